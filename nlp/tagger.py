"""Thread-local fugashi taggers.

fugashi taggers are not safe to share between threads (shared use silently
returns wrong features), so each thread gets its own.

Memory: fugashi's node API interns every distinct surface it sees and never
evicts it, which is why taggers are often renewed periodically. Messages here
are tagged through MeCab's text output instead (unidic-lite's own format),
which never touches that cache and is also more than twice as fast as building
a Python node per word; we read surface, lemma, part of speech and the
lemma's reading (lForm) from it. Measured: RSS stays flat over 100k+ messages
with one tagger per thread, while every *new* tagger leaks 5-50 MB inside
MeCab, so renewal (``renew_every``) is available but off by default.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

import fugashi  # type: ignore[import-untyped,unused-ignore]
import unidic_lite  # type: ignore[import-untyped,unused-ignore]


class Morpheme(NamedTuple):
    """One word as MeCab saw it."""

    surface: str
    lemma: str
    pos1: str
    pos2: str
    lform: str  # katakana reading of the lemma (the surface again for unknown words)


def tagger_args(user_dic: Path | None) -> str:
    # Pin unidic-lite: fugashi would otherwise prefer an (empty) `unidic` package.
    dicdir = unidic_lite.DICDIR
    args = f'-r "{dicdir}/mecabrc" -d "{dicdir}"'
    if user_dic is not None:
        args += f' -u "{user_dic}"'
    return args + OUTPUT_FORMAT


# Only the features we read, in Morpheme's order: less for MeCab to write and for us to
# split than unidic-lite's own format. Unknown words have no lemma or reading: the
# surface stands in for both (as in unidic-lite's unk-format).
OUTPUT_FORMAT = (
    r' -O "" -F "%m\t%f[7]\t%f[0]\t%f[1]\t%f[6]\n" -U "%m\t%m\t%f[0]\t%f[1]\t%m\n"'
    r' -E "EOS\n"'
)


def morpheme(line: str) -> Morpheme:
    surface, lemma, pos1, pos2, lform = line.split("\t")
    return Morpheme(surface, lemma, pos1, pos2, lform)


class TaggerPool:
    """One tagger per thread; renewed after ``renew_every`` parses if that is set."""

    def __init__(self, user_dic: Path | None = None, renew_every: int | None = None) -> None:
        self._args = tagger_args(user_dic)
        self._renew_every = renew_every
        self._local = threading.local()
        self.renewals = 0  # how many taggers were created (for tests and the bench)
        self._lock = threading.Lock()

    def tagger(self) -> fugashi.Tagger:
        """This thread's tagger (a new one every ``renew_every`` calls, if set)."""
        local = self._local
        uses: int = getattr(local, "uses", 0)
        tagger = getattr(local, "tagger", None)
        if tagger is None or (self._renew_every is not None and uses >= self._renew_every):
            tagger = fugashi.GenericTagger(self._args)
            local.tagger = tagger
            uses = 0
            with self._lock:
                self.renewals += 1
        local.uses = uses + 1
        return tagger

    def lines(self, text: str) -> list[str]:
        """MeCab's output for ``text``, one line per word (EOS dropped)."""
        out: str = self.tagger().parse(text)
        return out.split("\n")[:-1]  # the last line is EOS

    def parse(self, text: str) -> list[Morpheme]:
        return [morpheme(line) for line in self.lines(text)]

    def readings(self, text: str) -> list[str]:
        """Katakana spelling of each word (for the lexicon's kana-only matching)."""
        return [
            node.feature[17] if len(node.feature) > 17 and node.feature[17] != "*" else ""
            for node in self.tagger()(text)
        ]
