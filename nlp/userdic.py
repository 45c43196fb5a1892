"""Build the MeCab user dictionary from ``data/userdic.tsv``.

The source is a readable TSV (word, reading, note). The compiled ``.dic`` is
tied to the system dictionary's connection ids, so it is never committed: it is
built on first use into a cache directory, keyed by a hash of the source and the
dictionary, which takes a few milliseconds and works offline. Run
``python -m nlp.userdic`` to build it by hand and print where it went.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path

import fugashi  # type: ignore[import-untyped,unused-ignore]
import unidic_lite  # type: ignore[import-untyped,unused-ignore]

from nlp.native import PACKAGE_DIR
from nlp.normalise import is_kana

SOURCE = PACKAGE_DIR / "data" / "userdic.tsv"

# Context id of 名詞,普通名詞,一般 in unidic-lite (platform-conventions §3.3).
NOUN_CONTEXT_ID = 5146
# Low enough that the whole word beats the pieces the system dictionary offers.
WORD_COST = 3000


def read_entries(source: Path = SOURCE) -> list[tuple[str, str]]:
    """(surface, katakana reading) for every row of the source TSV."""
    rows: list[tuple[str, str]] = []
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t"
        ):
            surface = (row.get("surface") or "").strip()
            reading = (row.get("reading") or "").strip()
            if surface and reading:
                rows.append((surface, reading))
    return rows


def mecab_csv(entries: list[tuple[str, str]]) -> str:
    """The entries in MeCab's format: surface, ids, cost, then 26 UniDic features."""
    out = io.StringIO()
    for surface, reading in entries:
        goshu = "外" if is_kana(surface) else "混"
        features = [
            "名詞", "普通名詞", "一般", "*", "*", "*",
            reading, surface, surface, reading, surface, reading, goshu,
            "*", "*", "*", "*",
            reading, reading, reading, reading,
            "*", "*", "0", "C2", "*",
        ]  # fmt: skip
        cells = [surface, str(NOUN_CONTEXT_ID), str(NOUN_CONTEXT_ID), str(WORD_COST)]
        out.write(",".join(cells + features) + "\n")
    return out.getvalue()


def cache_dir() -> Path:
    base = os.environ.get("TSUNAGU_NLP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "tsunagu-nlp"


def build(source: Path = SOURCE, target_dir: Path | None = None) -> Path:
    """Compile the user dictionary (or reuse an identical earlier build); return its path."""
    csv_text = mecab_csv(read_entries(source))
    dicdir = str(unidic_lite.DICDIR)
    digest = hashlib.sha256(
        "\0".join([csv_text, dicdir, getattr(unidic_lite, "__version__", "")]).encode()
    ).hexdigest()[:16]
    for directory in _candidate_dirs(target_dir):
        target = directory / f"userdic-{digest}.dic"
        if target.exists():
            return target
        try:
            directory.mkdir(parents=True, exist_ok=True)
            return _compile(csv_text, dicdir, target)
        except OSError:
            continue  # read-only home, try the next place
    raise OSError("nowhere writable to build the nlp user dictionary")


def _candidate_dirs(target_dir: Path | None) -> list[Path]:
    if target_dir is not None:
        return [target_dir]
    return [cache_dir(), Path(tempfile.gettempdir()) / "tsunagu-nlp"]


def _compile(csv_text: str, dicdir: str, target: Path) -> Path:
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        source_csv = Path(work) / "userdic.csv"
        source_csv.write_text(csv_text, encoding="utf-8")
        built = Path(work) / "userdic.dic"
        fugashi.build_dictionary(
            # argv[0] first, as on a command line
            f'fugashi -d "{dicdir}" -u "{built}" -f utf8 -t utf8 "{source_csv}"'
        )
        os.replace(built, target)  # atomic: concurrent builders never see half a file
    return target


if __name__ == "__main__":
    sys.stdout.write(f"{build()}\n")
