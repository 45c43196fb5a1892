"""Round 29 (37j20): from the misses of set J20. A parent who tells of hitting a fussing
toddler at last (「とうとう顔を叩いてしまった」); an older parent who has not woken since the
morning (「母さんが朝から起きない」); someone in a group home or care home who says in quotes
they are locked in, shouted at or hit; a child whose parent drinks and sleeps while the child
cooks for a younger sibling; a brother, sister or son who hardly feeds the older parent, or a
live-in son who does not make the older person's meals; a child in kana whose mother has not
come back for days and who is hungry; an older person who has not answered for days, told
politely (「応答がありません。」) before another sentence; kin with whom the bonds are cut.
And what only looks like that: a toddler who hits a friend, a habit of sleeping late, a
question about a group home's locks, a grown daughter who cooks for a drinking father, an
older parent who eats little from illness, a mother only late from work, a denial of violence
(「暴力とかそういうのは一切ない」「手を上げるような人じゃない」), 「月曜しんど」 (しんどい
cut short, not 死ぬ), bonds cut once and mended."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a toddler hit at last


@pytest.mark.parametrize(
    "text",
    [
        "1歳の息子が夜中ずっと泣いてて、とうとう頭をたたいてしまった。自分がこわい",
        "娘がごはんを投げるので、カッとなって手を叩いてしまいました",
        "4歳の子が言うことを聞かなくて、思いっきりお尻を叩いちゃった",
        "赤ちゃんが泣きやまず、つい叩いちゃった",
    ],
)
def test_parent_tells_of_hitting_a_fussing_toddler_is_abuse(ex, text):
    """A toddler who fusses, then the writer who hit them (てしまった): abuse feared."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳の息子が保育園で、お友達を叩いてしまったそうです",
        "2歳の娘がぐずって、ぬいぐるみを叩いてしまう",
        "3歳の娘がぐずって、妹を叩いてしまった",
    ],
)
def test_toddler_who_hits_a_friend_or_a_toy_is_no_abuse(ex, text):
    """The toddler hits a friend, a sister or a toy: child-rearing, no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older parent not waking


@pytest.mark.parametrize(
    "text",
    [
        "祖母が今朝からずっと起きてこないって母から電話がありました",
        "じいちゃんがきのうから起きん、いびきだけしよる",
        "父がさっきから目を覚まさない",
        "父が朝から起きてこなくて、呼んでも反応がうすい",
    ],
)
def test_older_parent_not_waking_since_morning_is_emergency(ex, text):
    """An older parent who has not woken since the morning or last night: an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は毎朝なかなか起きてこない",
        "父は休みの日は昼から起きてこない",
        "息子が朝から起きない、不登校です",
    ],
)
def test_habit_of_sleeping_late_is_no_emergency(ex, text):
    """A habit, a day off, a son who will not get up for school: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- told from a care home


@pytest.mark.parametrize(
    "text",
    [
        "施設に入ってる祖父が「夜は部屋に鍵かけられる」って言うんです",
        "入所している息子が帰宅のたびに「職員に怒鳴られる」と話します",
        "ショートステイから戻った母が「叩かれた」と言っている",
        "グループホームの兄が、会うたびに「部屋にカギかけられる」と言う",
    ],
)
def test_resident_says_they_are_locked_in_or_shouted_at_is_abuse(ex, text):
    """Someone in a group home or care home who says they are locked in, shouted at or hit."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "グループホームの鍵はかけられる？と聞かれました",
        "施設の人に「鍵かけられる？」と聞かれた",
        "施設の職員さんに「怒られる前にやろうね」と言いました",
    ],
)
def test_questions_about_a_home_are_no_abuse(ex, text):
    """A question about a home's locks, words said to staff: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a drinking parent asleep


@pytest.mark.parametrize(
    "text",
    [
        "おかあさんがお酒のんでねてばっかり。ごはんはぼくが妹につくってる",
        "パパがお酒ばっかり飲んでねてる。夕飯はおれが弟の分もつくる",
        "ママはお酒ばっかりのんで寝てる。ばんごはんはうちが妹につくる",
    ],
)
def test_child_cooks_while_the_parent_drinks_and_sleeps_is_abuse(ex, text):
    """A parent who drinks and sleeps while the child cooks for a sibling: neglect."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "父はお酒を飲んで寝てばかり。ご飯は私が作っています",
        "お父さんはお酒を飲んで寝てしまった。ご飯は私が作りました",
        "母がお酒を飲んで寝ています。ご飯は私が作っておきます",
    ],
)
def test_grown_child_cooking_for_a_drinking_parent_is_no_abuse(ex, text):
    """A grown son or daughter who cooks for a parent who drinks: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older parent not fed


@pytest.mark.parametrize(
    "text",
    [
        "姉が祖母にろくにご飯を食べさせていないようです",
        "長男が父親にまともな食事を出していない",
        "弟が父にろくにご飯を食べさせていないようで、父がやせてきた",
        "近所のおばあさん、同居の娘さんが食事を作っていないようで心配です",
        "ヘルパーです。利用者さんの同居の長男が食事を用意していない様子",
    ],
)
def test_older_parent_hardly_fed_by_kin_is_abuse_and_care(ex, text):
    """Kin who hardly feed an older parent, or do not make their meals: elder neglect."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "care" in e.fields
    assert "child" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "兄は母にご飯を作ってくれています",
        "母は入院中でほとんど食べていない",
        "母は同居の息子が食事を用意していない日は、宅配弁当を頼みます",
    ],
)
def test_older_parent_who_eats_little_is_no_abuse(ex, text):
    """Kin who cook, an illness, a day with a meal service: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a hungry child, in kana


@pytest.mark.parametrize(
    "text",
    [
        "おとうさんがなんにちもかえってこない。おなかぺこぺこ",
        "ママがもう3日かえってこない。パンもうない",
        "お母さんがおとといから帰ってこない、ごはんがない",
    ],
)
def test_parent_away_for_days_and_a_hungry_child_is_abuse(ex, text):
    """A parent not back for days and a child who is hungry or has no food: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママが仕事でまだ帰ってこない。おなかすいた",
        "ママがまだ帰ってこない。おなかすいたー",
    ],
)
def test_parent_only_late_is_no_abuse(ex, text):
    """A mother only late tonight: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- no answer, said politely


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父に電話しても、もう三日も応答がありません。心配です",
        "叔母と連絡がとれません。四日前から電話に出ません。近所の人も見ていないそうです",
        "80代の一人暮らしの男性宅、ここ数日まったく応答がありません。身寄りはないと聞いています",
    ],
)
def test_polite_no_answer_before_another_sentence_is_emergency(ex, text):
    """「応答がありません。」 with another sentence after it: still days without an answer."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a denial of violence


@pytest.mark.parametrize(
    "text",
    [
        "夫はやさしくて、暴力とかそういうのは一切ないです。最近気分が沈みます",
        "夫は暴力とかそういうことは全然ありません。ただ話を聞いてくれません",
        "彼は手を上げるような人じゃないです",
        "主人は手をあげるような人ではありません。でも毎日無視されます",
    ],
)
def test_violence_denied_is_no_dv(ex, text):
    """「暴力とかそういうのは一切ない」「手を上げるような人じゃない」: no DV."""
    assert "dv" not in ex(text).crisis


def test_denial_then_money_withheld_is_still_dv(ex):
    """A denial of blows, then money withheld by the husband: DV stays."""
    assert "dv" in ex("暴力とかそういうのはないけど、夫にお金を渡してもらえない").crisis


# ---------------------------------------------------------------- しんど cut short


@pytest.mark.parametrize(
    "text", ["月曜しんど。粗大ごみの予約は何日前まで？", "部活しんど", "テストしんどー"]
)
def test_shindo_is_no_suicide(ex, text):
    """「しんど」 is しんどい cut short, not 死ぬ."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize("text", ["生きるのしんどい", "生きてるのしんど", "もう生きるのがしんど"])
def test_life_too_hard_is_still_suicide(ex, text):
    """「生きるのがしんどい」 stays a suicide risk."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- bonds with kin cut


@pytest.mark.parametrize(
    "text",
    [
        "伯父は親族と縁が切れていて、誰も訪ねてきません",
        "親族とも疎遠で、頼れる人がいません",
        "一人暮らしの父は、家族とは縁が切れたままです",
    ],
)
def test_bonds_with_kin_cut_is_isolation(ex, text):
    """Kin with whom the bonds are cut: isolation."""
    assert "isolation" in ex(text).patterns


def test_bonds_mended_are_no_isolation(ex):
    """Bonds cut once and mended: no isolation."""
    assert "isolation" not in ex("親族と縁が切れていたけど、最近また仲良くしています").patterns
