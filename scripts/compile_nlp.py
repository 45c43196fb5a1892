"""Compile the extractor's modules with mypyc into nlp/_compiled (see nlp/native.py).

    .venv/bin/python scripts/compile_nlp.py            # make install runs this
    .venv/bin/python scripts/compile_nlp.py --strict   # fail instead of falling back

Never fatal by default: without a C compiler (or with TSUNAGU_NLP_PURE=1) it says
so and the pure Python extractor runs, the same code about 1.5x slower. The new
build replaces the old one only once it is complete, with a manifest of the
sources it was built from, so a server that is running keeps working throughout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import native  # noqa: E402


def build(into: Path) -> None:
    """mypyc + setuptools: every compiled extension of the group ends up in ``into``."""
    from mypyc.build import mypycify
    from setuptools import setup

    work = ROOT / "build" / "nlp-native"
    extensions = mypycify(
        [str(native.PACKAGE_DIR / f"{name}.py") for name in native.MODULES],
        opt_level="3",
        group_name=native.GROUP,
        target_dir=str(work / "c"),
    )
    lib = work / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    os.chdir(work)  # not the project: setuptools would read its pyproject.toml
    setup(
        name="tsunagu-nlp-native",
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--build-lib", str(lib), "--build-temp", str(work)],
    )
    for built in (lib / "nlp").iterdir():
        shutil.copy2(built, into / built.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if it cannot compile")
    args = parser.parse_args(argv)
    if os.environ.get("TSUNAGU_NLP_PURE", "") not in ("", "0"):
        print("nlp: TSUNAGU_NLP_PURE is set, not compiling (pure Python runs)")
        return 0
    digests = native.source_digests()  # before compiling: a later edit then shows as stale
    staging = Path(tempfile.mkdtemp(prefix="_compiled.", dir=native.PACKAGE_DIR))
    try:
        with contextlib.redirect_stdout(sys.stderr):
            build(staging)
        manifest = native.manifest_for(digests)
        (staging / native.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    except (Exception, SystemExit) as exc:  # no compiler, a mypyc error …
        shutil.rmtree(staging, ignore_errors=True)
        print(f"nlp: could not compile with mypyc ({exc!r}); the pure Python extractor runs")
        return 1 if args.strict else 0
    old = native.COMPILED_DIR.with_name("_compiled.old")
    shutil.rmtree(old, ignore_errors=True)
    if native.COMPILED_DIR.exists():
        native.COMPILED_DIR.rename(old)
    staging.rename(native.COMPILED_DIR)
    shutil.rmtree(old, ignore_errors=True)
    print(f"nlp: compiled {len(native.MODULES)} modules with mypyc into {native.COMPILED_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
