"""Round 36 (44a25): families from two new sets of residents' messages (A25, B25), each
scored before anyone read it.

- A farm animal or a pet that has collapsed (「うちの牛が倒れて動かん」「子牛が立たん」) is no
  person's emergency and no health matter; a person who collapses beside one stays both.
- 「二人とも元気」「両親とも元気」 beside an old parent's age is a hale household: the age alone
  is no care matter (「二人とも元気がない」 still is).
- 「療育と精神どっち」「療育の手帳」 names a kind of disability certificate, not a child's
  developmental support.
- 園 alone (「園から電話ばっかり」「息子の園の先生」) is the child's nursery; 公園, 動物園 and a
  facility's name (「さくら園」) are not.
- A meal a child is not given (「ご飯を出してもらえてない」) is neglect of the child, not care the
  child gives: no young carer.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "うちの牛が倒れて動かんのやけど、夜でも来てくれる獣医さん知らん？",
        "子牛が立たんのやけど、どこに相談したらええ？",
        "馬が倒れて起き上がらない",
        "飼い猫がぐったりして息しとらん",
    ],
)
def test_a_collapsed_animal_is_no_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが牛の世話しよって倒れて動かん",
        "母が倒れて動かない、牛舎で",
        "うちの子が倒れて動かない",
    ],
)
def test_a_person_who_collapses_near_animals_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "80歳の母と二人暮らしですが、二人とも元気です！母と一緒に参加できる体操教室はありますか",
        "85歳の父と暮らしていますが、二人とも元気です",
        "両親とも80代ですが元気です。地域の集まりを探しています",
    ],
)
def test_an_old_household_both_well_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "80代の両親、二人とも元気がなくて心配",
        "90歳の父と暮らしていますが、最近は二人とも元気がない",
    ],
)
def test_both_without_energy_stays_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "成人した息子(ASD)の手帳、療育と精神どっちを申請すればいいんでしょう",
        "療育か精神か、手帳の種類がわかりません",
    ],
)
def test_the_kind_of_certificate_is_disability_not_child(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "child" not in result.fields


def test_a_small_child_in_developmental_support_stays_child(ex):
    result = ex("3歳の息子が療育に通っています")
    assert {"child", "disability"} <= set(result.fields)


@pytest.mark.parametrize(
    "text",
    [
        "息子が落ち着きがのうて、園から電話ばっかりかかってくる",
        "息子の園の先生から発達のことを言われました",
        "娘が園に行きたがらなくて毎朝泣きます",
    ],
)
def test_the_nursery_called_en_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "動物園から電話がありました",
        "さくら園から母のことで電話があった",
        "霊園の管理費の払い方を教えてください",
    ],
)
def test_other_en_are_not_a_nursery(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "小学生の姪がいつも同じ服で、家でご飯を出してもらえてないみたいです",
        "近所の小学生、夜ご飯を作ってもらえてないらしい",
    ],
)
def test_a_child_not_given_meals_is_no_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "甥(中3)が家事や通院の付き添いまでしている",
        "中学校で担任をしています。下の子2人の保育園のお迎えや夕飯はこの子がしているようです",
    ],
)
def test_a_pupil_who_keeps_the_house_stays_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns
