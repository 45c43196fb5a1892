"""Count how common each character and character pair is in residents' messages.

    .venv/bin/python scripts/key_frequencies.py     # rewrites nlp/data/key_frequencies.tsv

The lexicon's ``re:`` patterns run only on messages with a key of each of their gates
(``nlp.needles``); the rarest gate is the needle a pattern is looked up by, and a plan
checks the other gates rarest first. "Rarest" is read from this table, so that a needle
like いま (in every います) is not taken for a rare one. The table only orders work: the
patterns that run, and so every label, are the same whatever it says.

The messages are the resident-style Japanese strings of the nlp tests, plus
``../shared/eval/dev.tsv`` when it is there. Keys in fewer than 0.5 % of them are left
out (the lexicon treats a missing key as rare).
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.native import PACKAGE_DIR  # noqa: E402
from nlp.normalise import normalise  # noqa: E402

TARGET = PACKAGE_DIR / "data" / "key_frequencies.tsv"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]")
MIN_PER_MILLE = 5


def messages() -> list[str]:
    """Distinct resident-style strings: test literals with Japanese, and dev.tsv."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "nlp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and _JAPANESE.search(text) and len(text) < 2000:
                found[text] = None
    dev = ROOT.parent / "shared" / "eval" / "dev.tsv"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > 1:
                found[cells[1]] = None
    return list(found)


def document_frequencies(texts: list[str]) -> Counter[str]:
    """In how many texts each character and each pair of adjacent characters occurs."""
    counts: Counter[str] = Counter()
    for text in texts:
        norm = "".join(normalise(text).text.split())
        keys = set(norm)
        keys.update(norm[i : i + 2] for i in range(len(norm) - 1))
        counts.update(keys)
    return counts


def main() -> int:
    texts = messages()
    counts = document_frequencies(texts)
    rows = sorted(
        ((key, 1000 * n // len(texts)) for key, n in counts.items()),
        key=lambda row: (-row[1], row[0]),
    )
    with TARGET.open("w", encoding="utf-8") as out:
        out.write(
            "# How common each character or pair is, per mille of residents' messages.\n"
            "# Written by scripts/key_frequencies.py (see there); it orders the lexicon's\n"
            f"# pattern checks and never changes a label. Messages counted: {len(texts)}.\n"
        )
        for key, per_mille in rows:
            if per_mille >= MIN_PER_MILLE and key.isprintable():
                out.write(f"{key}\t{per_mille}\n")
    print(f"{TARGET}: {len(texts)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
