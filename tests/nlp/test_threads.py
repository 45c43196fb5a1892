"""Taggers are per thread and renewed, so sharing an Extractor is safe and memory is flat."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from nlp import Extractor

TEXTS = [
    "母の認知症が進んで目が離せない",
    "家賃を3か月滞納している",
    "夫に殴られた",
    "中学生です。弟の世話をしています",
    "息子が10年ひきこもっている",
] * 40


def test_threads_get_the_same_answers_as_one_thread(extractor: Extractor):
    expected = [extractor.extract(t).to_dict() for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            assert list(pool.map(lambda t: extractor.extract(t).to_dict(), TEXTS)) == expected


def test_taggers_are_renewed():
    extractor = Extractor(renew_every=50)
    before = extractor.tagger.renewals
    for text in TEXTS:
        extractor.extract(text)
    assert extractor.tagger.renewals - before >= len(TEXTS) // 50 - 1
