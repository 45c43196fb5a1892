"""Line-by-line classification: one JSON object (or explanation) per input line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from nlp.explain import explain as explain_text
from nlp.extractor import Extractor, default_extractor


def run(
    lines: Iterable[str], *, explain: bool = False, extractor: Extractor | None = None
) -> Iterator[str]:
    """Yield one JSON line per input line; with ``explain``, a text block per line."""
    ex = extractor or default_extractor()
    for line in lines:
        text = line.rstrip("\r\n")
        if explain:
            extraction, discounted = ex.extract_explained(text)
            yield explain_text(text, extraction, discounted=discounted) + "\n"
        else:
            yield json.dumps(ex.extract(text).to_dict(), ensure_ascii=False)
