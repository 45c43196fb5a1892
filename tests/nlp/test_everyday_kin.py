"""Everyday kin words in the lexicon's patterns: ママ and パパ wherever a pattern lists 母,
お母さん or 母親 (父, お父さん, 父親), せがれ wherever it lists 息子. A script rewrote the
crisis test texts with ママ for 母: 26 of 359 lost their crisis; now the ones that are real
Japanese keep it. Rows of elderly care (field care) keep 母 and 父 only: a child's ママ or
パパ who needs help is a young carer's parent, not elderly care (dev.tsv d041)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ママの彼氏から性的なことをさせられる", "abuse"),
        ("ママが部屋にいない。認知症なのに", "emergency"),
        ("認知症のママが家を抜け出して、いまも見つからないです", "emergency"),
        ("弟がママの年金で毎日飲み歩いてる。ママは寝たきり", "abuse"),
        ("3歳のせがれがいません！！ショッピングモールで探し回ってます", "emergency"),
        ("せがれと2人で消えられたらいいのに", "suicide"),
        ("自閉症のせがれがパニックで外に飛び出して見つからない", "emergency"),
    ],
)
def test_everyday_kin_words_keep_the_crisis(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "せがれが暴れて壁に穴をあけ、私も突き飛ばされました。夫とは離婚しています",
        "反抗期のせがれに蹴られた。どう接したら",
    ],
)
def test_a_son_who_hits_his_parent_is_no_partner_violence(ex, text):
    assert "dv" not in ex(text).crisis


def test_a_childs_papa_who_needs_help_is_no_elderly_care(ex):
    result = ex("中1です。パパをトイレに連れて行ったり、着替えさせたりしてる")
    assert result.patterns == ("young_carer",)
    assert "care" not in result.fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("彼がケンカのあとナイフを取り出した。怖くて外にいる", "dv"),
        ("彼から「役立たず」って毎日いわれる", "dv"),
        ("お母さんの彼が、わたしがお風呂に入ってるときに入ってくる。中1", "abuse"),
        ("彼の部屋から帰してもらえない。どうしよう", "dv"),
    ],
)
def test_kare_for_a_boyfriend_reads_like_kareshi(ex, text, label):
    """彼 for 彼氏 (a partner, or a mother's partner): 20 of 115 crisis texts lost their
    crisis with 彼 for 彼氏; now 1."""
    assert label in ex(text).crisis


def test_kare_not_answering_for_two_days_is_no_emergency(ex):
    assert "emergency" not in ex("彼氏が二日も返信くれない").crisis
