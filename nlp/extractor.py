"""The extractor: tokenise once, match the lexicon, apply the rules."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from nlp import userdic
from nlp.lexicon import DEFAULT_LEXICON, Hit, Lexicon, load_entries
from nlp.model import CRISES, FIELDS, PATTERNS, PERSONS, Evidence, Extraction
from nlp.normalise import Normalised, normalise, to_hiragana
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
        return self._extract(text, None)

    def extract_explained(self, text: str) -> tuple[Extraction, tuple[Evidence, ...]]:
        """``extract`` plus the words that were found but did not count (denied, an idiom,
        a job …), each as Evidence whose note says why; for ``--explain``."""
        discounted: list[Evidence] = []
        return self._extract(text, discounted), tuple(discounted)

    def _extract(self, text: str, discounted: list[Evidence] | None) -> Extraction:
        """One path for both: ``--explain`` shows what ``classify`` decided."""
        found = self.analyse(text)
        if found is None:
            result = _EMPTY
        else:
            norm, tokens, hits = found
            result = decide(text, norm, tokens, hits, discounted)
        if _KANA_OR_KANJI_24k.search(text) is None and _KATAKANA_GATE_24k.search(text):
            again = self._read_as_hiragana_24k(text, discounted)
            if again is not None:
                result = _merged_24k(result, again)
        return result

    def _read_as_hiragana_24k(
        self, text: str, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """「ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ ｺﾜｲ」: a message written only in katakana (half-width on old phones)
        whose verbs the tagger cannot read as katakana; read once more in hiragana, which keeps
        every offset, so the evidence still points at the writer's words. Messages with any
        hiragana or kanji never get here."""
        norm = normalise(text)
        if _KATAKANA_ONLY_24k.fullmatch(norm.text) is None:
            return None
        kana = Normalised(to_hiragana(norm.text), norm.starts, norm.ends, norm.breaks, norm.joins)
        tokens = self.lexicon.vocabulary.tokens(kana, self.tagger.lines(kana.text))
        hits = self.lexicon.find(kana.text, tokens, kana.joins)
        return decide(text, kana, tokens, hits, discounted) if hits else None

    def analyse(self, text: str) -> tuple[Normalised, Tokens, list[Hit]] | None:
        """The normalised text, its tokens and every lexicon hit; None when nothing hit."""
        norm = normalise(text)
        if not norm.text.strip():
            return None
        tokens = self.lexicon.vocabulary.tokens(norm, self.tagger.lines(norm.text))
        hits = self.lexicon.find(norm.text, tokens, norm.joins)
        return (norm, tokens, hits) if hits else None


# Half-width katakana (ｦ-ﾟ) or full-width katakana, with no hiragana or kanji at all: the
# first check stops at the first hiragana or kanji, so other messages pay almost nothing.
_KANA_OR_KANJI_24k = re.compile(r"[\u3041-\u309f\u3400-\u9fff\uf900-\ufaff々]")
_KATAKANA_GATE_24k = re.compile(r"[\uff66-\uff9f\u30a1-\u30fa]")
_KATAKANA_ONLY_24k = re.compile(
    r"[\u30a0-\u30ff\s0-9A-Za-z、。！？!?,.…・「」ー〜~()（）]*[\u30a1-\u30fa][\u30a0-\u30ff\s0-9A-Za-z、。！？!?,.…・「」ー〜~()（）]*"
)


def _merged_24k(first: Extraction, second: Extraction) -> Extraction:
    """The labels, evidence and persons of both readings of a katakana-only message."""

    def both(a: tuple[str, ...], b: tuple[str, ...], order: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(label for label in order if label in a or label in b)

    evidence = first.evidence + tuple(e for e in second.evidence if e not in first.evidence)
    return Extraction(
        fields=both(first.fields, second.fields, FIELDS),
        patterns=both(first.patterns, second.patterns, PATTERNS),
        crisis=both(first.crisis, second.crisis, CRISES),
        evidence=evidence,
        persons=both(first.persons, second.persons, PERSONS),
        writer_is_minor=first.writer_is_minor or second.writer_is_minor,
    )


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
