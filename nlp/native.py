"""The extractor's modules compiled to C with mypyc, used only while they match the source.

Extraction is pure Python; compiled with mypyc (``scripts/compile-nlp``, run by
``make install``) the same code runs about 1.5x faster. The compiled modules live
in ``nlp/_compiled/`` next to a manifest of the sources' SHA-256 they were built
from. ``nlp/__init__.py`` puts that folder first on the package's ``__path__``
only when every listed source is unchanged, so editing a ``.py`` file can never
run stale compiled code: until the next ``make install`` the pure Python runs.
``TSUNAGU_NLP_PURE=1`` forces pure Python.

This module must import nothing from ``nlp`` (it runs while ``nlp`` starts).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = "manifest.json"
# The modules on the extraction path; cli, explain and the user dictionary builder
# are not worth compiling. Order does not matter.
MODULES = (
    "model",
    "normalise",
    "tokens",
    "plain",
    "dialect",
    "kana_spellings",
    "stops",
    "tagger",
    "needles",
    "lexicon",
    "persons",
    "rules",
    "extractor",
)
# mypyc's shared library; its module name must be inside the package so that the
# compiled folder on ``nlp.__path__`` is where it is found.
GROUP = "nlp.native_group"


def source_digests() -> dict[str, str]:
    """SHA-256 of each compiled module's source as it is now."""
    return {
        name: hashlib.sha256((PACKAGE_DIR / f"{name}.py").read_bytes()).hexdigest()
        for name in MODULES
    }


def manifest_for(digests: dict[str, str]) -> dict[str, object]:
    return {"python": sys.implementation.cache_tag, "sources": digests}


def usable_compiled_dir() -> Path | None:
    """``nlp/_compiled`` if it was built from exactly these sources for this Python."""
    if os.environ.get("TSUNAGU_NLP_PURE", "") not in ("", "0"):
        return None
    try:
        built = json.loads((COMPILED_DIR / MANIFEST).read_text(encoding="utf-8"))
        current = manifest_for(source_digests())
    except (OSError, ValueError):
        return None
    return COMPILED_DIR if built == current else None
