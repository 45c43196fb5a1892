"""The extractor: tokenise once, match the lexicon, apply the rules."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from nlp import userdic
from nlp.lexicon import DEFAULT_LEXICON, Hit, Lexicon, load_entries
from nlp.model import Evidence, Extraction
from nlp.normalise import Normalised, normalise
from nlp.rules import decide
from nlp.tagger import TaggerPool
from nlp.tokens import Tokens

_EMPTY = Extraction()


class Extractor:
    """Loads the lexicon (plus any local extra lexicons) once; ``extract`` is pure.

    Safe to share between threads: each thread gets its own tagger. Caches are
    bounded, so memory stays flat (see ``nlp.tagger`` on ``renew_every``).
    """

    def __init__(
        self,
        extra_lexicons: Sequence[Path] = (),
        *,
        renew_every: int | None = None,
    ) -> None:
        with _quiet():  # the MeCab dictionary builder writes progress to stdout
            user_dic = userdic.build()
        self.tagger = TaggerPool(user_dic, renew_every=renew_every)
        entries = load_entries(DEFAULT_LEXICON)
        for path in extra_lexicons:
            entries += load_entries(Path(path))
        self.lexicon = Lexicon(entries, self.tagger)

    def extract(self, text: str) -> Extraction:
        found = self.analyse(text)
        if found is None:
            return _EMPTY
        norm, tokens, hits = found
        return decide(text, norm, tokens, hits)

    def extract_explained(self, text: str) -> tuple[Extraction, tuple[Evidence, ...]]:
        """``extract`` plus the words that were found but did not count (denied, an idiom,
        a job …), each as Evidence whose note says why; for ``--explain``."""
        found = self.analyse(text)
        if found is None:
            return _EMPTY, ()
        norm, tokens, hits = found
        discounted: list[Evidence] = []
        return decide(text, norm, tokens, hits, discounted), tuple(discounted)

    def analyse(self, text: str) -> tuple[Normalised, Tokens, list[Hit]] | None:
        """The normalised text, its tokens and every lexicon hit; None when nothing hit."""
        norm = normalise(text)
        if not norm.text.strip():
            return None
        tokens = self.lexicon.vocabulary.tokens(norm, self.tagger.lines(norm.text))
        hits = self.lexicon.find(norm.text, tokens, norm.joins)
        return (norm, tokens, hits) if hits else None


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str) -> Extraction:
    """Extract with the module-level default Extractor (built on first use)."""
    return default_extractor().extract(text)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence C-level stdout/stderr (fd 1 and 2) while native code chatters."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved:
            os.close(fd)
