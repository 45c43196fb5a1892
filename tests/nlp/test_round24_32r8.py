"""Round 24 (32r8): what a pupil writes of home, told plainly and without the word 虐待: a
parent away for days with no food left, a step-father or a mother's partner who comes into
the room at night, a parent who shouts and throws things every night. Beside them what only
looks like a crisis or a case: 「倒れるかと思った」 (nearly, not fallen), a drama's withdrawn
son, a cat that hides in the cupboard, children grown and off one's hands, thanks for help
long ago with all now well, a young disabled adult's future (no 8050). And fields told in
dialect: 「動げねぇ」「足も悪ぐ」「おらもう82だ」 in Tohoku, 「修理代の出せん」 in Kyushu, a
pension gone on drink, and the hospital visits of a parent named with an age in brackets."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a parent away for days


@pytest.mark.parametrize(
    "text",
    [
        "小5です。お母さんが4日帰ってこない。食べるものがない",
        "中1。ママがもう3日も帰ってきてない。お金もない",
        "中2です。親が一週間帰ってこない。冷蔵庫に何もない",
        "高1です。母が何日も帰ってこなくて、弟と二人です",
        "小6だよ。パパが5日かえってこない。おなかすいた",
        "ぼく小4。おかあさん みっか かえってこない",
    ],
)
def test_a_pupil_left_for_days_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小5です。パパは出張で3日帰ってこない",
        "中1。お母さんが入院して3日帰ってこないけど、おばあちゃんが来てくれてる",
        "うちの猫が3日帰ってこない。小6です",
        "母が3日帰ってこない。82歳で認知症があります",
    ],
)
def test_a_parent_away_for_a_reason_or_a_missing_elder_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- shouted at, things thrown


@pytest.mark.parametrize(
    "text",
    [
        "父親に毎晩怒鳴られて物を投げられる。もう家にいたくない。高2",
        "中2です。母に毎日怒鳴られて、もう家に帰りたくない",
        "高1。お父さんに物を投げられる。こわい",
        "小6です。ママにいつも怒鳴られてリモコン投げられた",
        "中3です。父に毎晩どなられる",
        "高2だけど、父親から怒鳴られたり物を投げつけられたりする",
    ],
)
def test_a_pupil_shouted_at_and_thrown_at_by_a_parent_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "中2です。テストの点が悪くてお父さんに怒鳴られた。次はがんばる",
        "部活の顧問に毎日怒鳴られる。中3",
        "高1。昔は父に毎晩怒鳴られてたけど、今は仲いいよ",
        "中1です。サッカーの試合でコーチに怒鳴られた",
    ],
)
def test_one_scolding_a_coach_or_the_past_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- into the room at night


@pytest.mark.parametrize(
    "text",
    [
        "義理の父が夜中に部屋に入ってくる。鍵をかけたい。中2",
        "中3です。母の再婚相手が夜、私の部屋に来る。こわい",
        "夜になると継父が部屋に入ってくる。中1です",
        "ぎりのおとうさんが よる へやに はいってくる こわい",
        "高2。お父さんが夜中に部屋に入ってきて、いやだ",
        "高1です。新しいパパが寝てる時に部屋に入ってくる",
    ],
)
def test_a_grown_man_into_a_pupils_room_at_night_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "高2です。父が夜、部屋に入ってきて電気を消していく",
        "中1。義父が夜に部屋に来て宿題を見てくれる",
        "お兄ちゃんが夜中に部屋に入ってきてゲームしてる。うるさい。中1",
        "中2です。お父さんが夜、部屋に来て一緒にゲームした。楽しかった",
    ],
)
def test_an_errand_at_night_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- nearly fallen


@pytest.mark.parametrize(
    "text",
    [
        "熱中症で倒れるかと思った〜",
        "満員電車で倒れるかと思ったわ",
        "海で溺れるかと思ったけど無事でした",
        "暑すぎて気絶するかと思った",
        "立ちくらみで倒れるかと思いました。涼しい場所ありますか",
    ],
)
def test_nearly_fallen_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["母が倒れて動かない", "父が倒れた、意識がない", "子どもが川で溺れてる"],
)
def test_a_fall_or_drowning_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a story, a pet


@pytest.mark.parametrize(
    "text",
    [
        "昨日の映画、ひきこもりの男の子の話で泣けた",
        "朝ドラの、引きこもりだった主人公の回よかった",
        "うちの犬が雷にびびってベッドの下に引きこもってる",
        "猫がこたつに引きこもって出てこない笑",
        "ハムスターが巣箱に引きこもって出てこない",
    ],
)
def test_a_story_or_a_pet_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子がひきこもって3年、部屋から出てこない",
        "ドラマみたいな話ですが、うちの兄もひきこもりで10年になります",
    ],
)
def test_withdrawal_at_home_is_still_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- children off one's hands


@pytest.mark.parametrize(
    "text",
    [
        "子どもはもう2人とも社会人で手がかからなくなりました。ボランティアをしたいです",
        "息子たちはみんな独立して、今は夫婦二人です",
        "娘はもう大学生で手が離れたので、パートを探しています",
        "子供らも自立しとるけん、地域の講座に出てみたか",
    ],
)
def test_children_grown_is_no_child_field(ex, text):
    assert "child" not in ex(text).fields


def test_one_child_off_hands_and_one_not_is_child(ex):
    assert "child" in ex("上の子は手が離れたけど、下の子が不登校で困っています").fields


# ---------------------------------------------------------------- thanks for help long ago


@pytest.mark.parametrize(
    "text",
    [
        "以前、母の介護のことで相談に乗っていただきありがとうございました。今は施設で穏やかに暮らしています",
        "昨年は息子の不登校でお世話になりました。おかげさまで今は毎日元気に学校に通っています",
        "去年、兄のひきこもりのことでお世話になりました。今は元気に働いています",
        "その節は父のことで大変お世話になりました。今は落ち着いて過ごしております",
    ],
)
def test_thanks_for_help_long_ago_is_no_consultation(ex, text):
    result = ex(text)
    assert not result.fields and not result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "以前は母の介護でお世話になりました。でも最近また物忘れがひどくなって心配です",
        "昨年は息子の不登校でお世話になりました。今は元気ですが、また休みがちで",
    ],
)
def test_thanks_with_a_new_worry_keeps_the_field(ex, text):
    assert ex(text).fields


# ---------------------------------------------------------------- young disabled adult


@pytest.mark.parametrize(
    "text",
    [
        "障がいのある息子（25）の親亡き後が心配です。私ももう70を過ぎました",
        "知的障害のある娘(22)の親亡き後が不安です。私は73です",
    ],
)
def test_a_young_disabled_adult_is_no_8050_nor_the_parents_care(ex, text):
    result = ex(text)
    assert "8050" not in result.patterns
    assert "care" not in result.fields
    assert "disability" in result.fields


def test_a_middle_aged_disabled_child_is_8050(ex):
    assert "8050" in ex("障害のある息子(52)の親亡き後が心配です。私ももう80です").patterns


# ---------------------------------------------------------------- fields in dialect


@pytest.mark.parametrize(
    "text",
    [
        "おらもう82だ。足も悪ぐしてなんぼも動げねぇ",
        "わしゃもう88じゃ。腰が悪ぐて歩げね",
        "ばあちゃん、足悪ぐして動げねぐなった",
        "おら85だ。膝も悪ぐしてよ、畑さも行がれね",
    ],
)
def test_tohoku_legs_that_will_not_move_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "おらもう80だけど、まだまだ畑やってるべ",
        "俺は75点だった。悔しい",
    ],
)
def test_an_age_or_a_score_alone_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "屋根の修理代の出せんとです",
        "病院代の払えんけん困っとります",
        "お金の無かけん、米も買えんです",
        "父が年金を全部酒代に使ってしまう",
        "旦那の稼ぎはみんな飲み代に消える",
        "じいちゃんの年金、ほとんど酒代に消えよる",
    ],
)
def test_money_that_cannot_be_found_or_goes_on_drink_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "屋根の修理代の見積もりが出ました",
        "お年玉は全部ゲームに消えた",
    ],
)
def test_money_words_without_want_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父（85）の通院に付き添ってくれる人を探しています",
        "母(79)の通院の付き添いをお願いできますか",
        "視覚障害のある母（82）の通院に付き添ってくれるサービスはありますか",
    ],
)
def test_a_parents_visits_named_with_an_age_are_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields
