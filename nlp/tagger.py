"""Thread-local fugashi taggers that are renewed before their cache grows large.

fugashi taggers are not safe to share between threads (shared use silently
returns wrong features) and intern every distinct surface they see without
ever evicting it. So each thread gets its own tagger, and a tagger is replaced
after ``renew_every`` messages; creating one takes a few milliseconds because
the dictionary is memory-mapped.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

import fugashi  # type: ignore[import-untyped]
import unidic_lite  # type: ignore[import-untyped]


class Morpheme(NamedTuple):
    """The parts of a fugashi node we use, copied out before the next parse."""

    surface: str
    white_space: str
    lemma: str | None
    pos1: str
    pos2: str
    kana_base: str | None
    kana: str | None


def tagger_args(user_dic: Path | None) -> str:
    # Pin unidic-lite: fugashi would otherwise prefer an (empty) `unidic` package.
    dicdir = unidic_lite.DICDIR
    args = f'-r "{dicdir}/mecabrc" -d "{dicdir}"'
    if user_dic is not None:
        args += f' -u "{user_dic}"'
    return args


class TaggerPool:
    """One tagger per thread, each renewed after ``renew_every`` parses."""

    def __init__(self, user_dic: Path | None = None, renew_every: int = 20_000) -> None:
        self._args = tagger_args(user_dic)
        self._renew_every = renew_every
        self._local = threading.local()
        self.renewals = 0  # how many taggers were created (for tests and the bench)
        self._lock = threading.Lock()

    def _tagger(self) -> fugashi.Tagger:
        local = self._local
        uses: int = getattr(local, "uses", 0)
        tagger = getattr(local, "tagger", None)
        if tagger is None or uses >= self._renew_every:
            tagger = fugashi.Tagger(self._args)
            local.tagger = tagger
            uses = 0
            with self._lock:
                self.renewals += 1
        local.uses = uses + 1
        return tagger

    def parse(self, text: str) -> list[Morpheme]:
        """Tag ``text``; features are copied out in one pass (nodes go stale later)."""
        result: list[Morpheme] = []
        for node in self._tagger()(text):
            feature = node.feature
            result.append(
                Morpheme(
                    node.surface,
                    node.white_space,
                    feature.lemma,
                    feature.pos1,
                    feature.pos2,
                    feature.kanaBase,
                    feature.kana,
                )
            )
        return result
