"""Round 33 (41p22): misses found on the P22 set, fixed as families.

Small siblings next door always in the same clothes, whose parents 「もう何日も帰ってない」
(neglect: abuse and child); an aunt or parent living alone who no longer manages the
rubbish or the shopping, or for whom the writer asks about a 見守りサービス (care).
And what only looks like that: thanks for the help 「介護中は」 after the person has
died (no care); a parent worn out by a child's 運動会 (no child); a writer who stays
home 「子どもと留守番」 while the husband is away (no neglect)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- neglect of small siblings


@pytest.mark.parametrize(
    "text",
    [
        "隣の家のちっちゃい姉妹、毎日同じ服着てて、お母さんはもう3日帰ってないって言ってた",
        "向かいの小さい兄弟が夜も二人きり。親は何日も帰っていません",
        "下の階の幼いきょうだい、いつも同じ服で髪もボサボサ",
        "裏の家の小さい子どもたち、親がもう何日も戻ってないみたいで心配",
    ],
)
def test_small_siblings_left_unkept_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "小さい兄弟を連れて公園に行きました",
        "親は実家に帰ってないけど、元気にしてます",
        "夫は出張でもう何日も帰ってない。子どもと留守番",
        "旦那が単身赴任で、娘と二人で留守番してます",
    ],
)
def test_not_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


def test_children_alone_still_neglect(ex):
    assert "abuse" in ex("小学生の子が毎晩一人で留守番、親は夜中まで帰ってこない").crisis


# ---------------------------------------------------------------- a relative living alone


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの叔母、最近ゴミ出しもできてないようで心配",
        "一人暮らしの父、最近買い物に行けてないみたい",
        "独居の伯父さんがゴミ出しもできなくなってきた",
        "ひとり暮らしの祖母に見守りサービスを付けたい",
    ],
)
def test_relative_living_alone_declining_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの叔母は元気で、ゴミ出しの当番もしてくれる",
        "子どもの見守りサービス（GPS）ってありますか",
    ],
)
def test_relative_living_alone_not_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- thanks for past care


@pytest.mark.parametrize(
    "text",
    [
        "父の三回忌でした。介護中はヘルパーさんにお世話になりました",
        "母を看取りました。介護の間は訪問看護の方に助けていただきました",
        "祖母の四十九日が済みました。介護中はケアマネさんに本当にお世話になりました",
    ],
)
def test_thanks_for_past_care_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護中の母がまた転んだ。ケアマネさんに相談したい",
        "介護中は大変お世話になりました。今度は父が認知症と言われました",
    ],
)
def test_care_now_still_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- tired after a school event


@pytest.mark.parametrize(
    "text",
    [
        "息子の運動会で一日中声出して、もうクタクタ",
        "娘の発表会が終わってへとへと〜",
        "疲れたー。今日は子どもの運動会で朝から走り回った",
    ],
)
def test_tired_after_childs_event_is_not_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもの運動会で一人ぼっちだったみたいで心配",
        "子どもの運動会で疲れたけど、最近学校に行きたがらない",
    ],
)
def test_childs_event_with_a_worry_is_child(ex, text):
    assert "child" in ex(text).fields
