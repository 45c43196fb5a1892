"""One Extractor for the whole test session: building it compiles the lexicon."""

from __future__ import annotations

import pytest

from nlp import Extraction, Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def ex(extractor: Extractor):  # type: ignore[no-untyped-def]
    """Shorthand: ex("text") -> Extraction."""

    def run(text: str) -> Extraction:
        return extractor.extract(text)

    return run
