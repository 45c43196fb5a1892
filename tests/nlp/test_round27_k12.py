"""Round 27 (35k12): crisis words that kana and spaces break up, and short LINE messages.
Someone who does not answer when called or shaken (「よんでも返事しない」, read across a
space); 「いきできない」 without a particle; an arm cut in kana (「うで切ってる」); wishing to
disappear together with one's baby; a letter written to everyone, 「これでもう大丈夫」; small
children alone for days with the parents away (emergency as well as neglect). Fields and
patterns: bullying in kana (「むしされる」), typing slips (生活補語, 快語, 不当校), small
children's ages listed (「3さいと1さい」), an old parent who can do nothing alone, goes out at
night, blames the writer for a lost bankbook or gets meals cooked at their home; a pounding
heart at the baby's crying; raising two alone; talking only to the cashier; 「ずっと部屋」;
a pupil's chores listed with 「ぜんぶわたし」 and a grade in kana (「ちゅう2」).
And what only looks like that: laughing till one cannot breathe, a cut while cooking, a
thank-you letter, a teenager left home on purpose, a childhood told, 「もうけれますか」 (can I
still get it), a nursery job, a late grandparent's insurance card, a parent settled in a home,
a rent problem solved last year, a day off at home."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- crisis in kana and short lines


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんがゆすっても起きん、返事もせん",
        "祖父 よびかけても反応がない",
        "母 呼んでも返事ない　いびきみたいな音",
        "じいちゃん ソファで寝たまま 声かけても反応せん",
        "夫が倒れてて呼びかけても返事がありません",
    ],
)
def test_no_answer_when_called_is_emergency(ex, text):
    """Called, spoken to or shaken and no answer or response: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "くるしい　いきできない",
        "胸がしめつけられて いきがすえない",
        "娘が いきできないって泣いてる",
        "ぜんそくの発作で息できん",
    ],
)
def test_cannot_breathe_in_kana_is_emergency(ex, text):
    """「いきできない」「息できん」 without が: emergency and health."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "友だちがうで切ってるっぽい",
        "またてくびきってしまった",
        "息子がうできってるの知ってしまった",
        "うでをきりたくなる",
    ],
)
def test_arm_cut_in_kana_is_suicide(ex, text):
    """An arm or wrist cut, written in kana or without a particle: self-harm."""
    e = ex(text)
    assert "suicide" in e.crisis
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんと一緒にいなくなりたい",
        "この子とふたりでいなくなれたら楽になるのに",
        "息子と2人で消えられたらいいのに",
        "娘をつれていなくなってしまいたい",
    ],
)
def test_disappearing_with_the_child_is_suicide(ex, text):
    """Wishing to disappear together with one's child: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "みんなへの手紙を書いた。これで準備できた",
        "両親あての手紙かいといた　もう思い残すことない",
        "家族に手紙を書きました。もう心残りはありません",
        "手紙書いた　家族あて　これでいつでも",
        "みんなに手紙を書いた、もう悔いはない",
    ],
)
def test_farewell_letter_is_suicide(ex, text):
    """A letter written to everyone or the family, and then 「これでもう大丈夫」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "近所の子ども2人だけで親が何日も帰ってこない　ずっと泣いてる",
        "向かいの家、幼い兄弟だけで3日も親が帰ってない",
        "となりの部屋、小さい子ども2人だけで親が何日も帰ってこない",
        "隣のアパート、ちっさい子だけで親が何日も戻ってない",
    ],
)
def test_small_children_alone_for_days_is_emergency(ex, text):
    """Small or crying children alone for days, the parents away: abuse and emergency."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("emergency", "笑いすぎて息できないｗ"),
        ("emergency", "走りすぎて息できないくらい疲れた"),
        ("suicide", "料理してたら包丁でうで切った"),
        ("suicide", "みんなにお礼の手紙を書いた　これで大丈夫かな？"),
        ("suicide", "母の日に家族あての手紙を書いた"),
        ("suicide", "先生あての手紙を書いた、これで大丈夫"),
        ("suicide", "子どもがいなくなったらどうしようと心配"),
        ("emergency", "出張で3日間、中学生の子どもだけで留守番させても大丈夫ですか"),
        ("emergency", "昔、親が何日も帰ってこなくて小さい弟と2人だけで過ごしたことがあった"),
        ("emergency", "息子の名前を呼んでも反応しないことが多い"),
        ("abuse", "生活保護って車あってもうけれますか"),
        ("abuse", "障害年金もうけれますか"),
        ("abuse", "手当ってもう受けれる？"),
    ],
)
def test_crisis_look_alikes_do_not_raise(ex, label, text):
    """Laughing hard, a kitchen cut, a thank-you letter, a planned stay home, a childhood, a
    child's development, 「もうけれますか」 (can I still get it): not raised."""
    assert label not in ex(text).crisis


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "学校でむしされてる　つらい"),
        ("child", "クラスのみんなからシカトされてる"),
        ("child", "部活の子にハブられた"),
        ("child", "同級生にむしされるのがこわくて学校いきたくない"),
        ("hardship", "生活補語の申請ってどこで"),
        ("hardship", "せいかつほごじゃなくて生活補語って打ってしまった、申請したい"),
        ("care", "母の快語で仕事やめようか迷ってる"),
        ("care", "快語疲れで眠れない"),
        ("child", "娘が不当校気味で"),
        ("child", "息子が不凍港になって3か月"),
        ("child", "4さいと2さいがいて毎日バタバタ"),
        ("child", "6か月と3歳の子育て中"),
        ("child", "夫は夜勤で毎日ひとりで3人見てる"),
        ("child", "一人で二人育ててます"),
        ("health", "泣き声きくと心臓バクバクする"),
        ("health", "赤ちゃんの泣き声聞くたび心臓ばくばく"),
        ("health", "夫の足音がきこえると胸がドクドクする"),
    ],
)
def test_fields_in_kana_and_slips(ex, label, text):
    """Bullying in kana, typing slips, small children's ages, raising two alone, a pounding
    heart at a sound: the field."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は一人だと何もできない",
        "父がひとりになると何もできん",
        "ばあちゃん一人じゃなんもできへん",
        "じいちゃんがまた夜中にそと出ようとする",
        "母がよなかにそとに出て行こうとして目が離せない",
        "ばあちゃんが財布なくなったってわたしのせいにする",
        "母が通帳がないと嫁のせいにして怒る",
        "義父が印鑑とられたってヘルパーさんのせいにしてる",
        "毎朝実家によって母のごはん用意してから出勤",
        "仕事帰りに実家寄って父の晩飯つくってる",
    ],
)
def test_old_parent_needing_help_is_care(ex, text):
    """An old parent who can do nothing alone, goes out at night, blames others for a lost
    bankbook, or whose meals the writer cooks at their home: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "一人だと何もできない性格で"),
        ("care", "夜中にそと出ようとしたら雨だった"),
        ("care", "祖母が去年亡くなりました。介護保険証はどこに返却すればいいですか"),
        ("care", "おかげさまで父も特養に入所して落ち着いています。ありがとうございました"),
        ("child", "保育士の資格あります。こども園の求人ってどこで見れますか"),
        ("child", "幼稚園の先生の募集、時給いくらですか"),
        ("child", "学童の支援員の採用面接はいつですか"),
        ("child", "虫にさされてかゆい"),
        ("child", "不当行為の相談"),
        ("hardship", "前に借金のことで相談したんですが、おかげで今はなんとかなってます"),
    ],
)
def test_field_look_alikes_do_not_raise(ex, label, text):
    """A character trait, the writer going out, a late parent's card, a parent settled in a
    home with thanks, a nursery job, insect bites, a problem solved: not raised."""
    assert label not in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "保育士です。うちの子の保育園の空きはありますか"),
        ("hardship", "先月お金のことで相談しました。今は払えなくて困ってます"),
        ("hardship", "去年は家賃のことで相談したけど今また仕事なくなった"),
    ],
)
def test_field_kept_beside_look_alikes(ex, label, text):
    """The writer's own child at a nursery, money trouble back again: still raised."""
    assert label in ex(text).fields


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("isolation", "今週話したのはコンビニの店員さんくらい"),
        ("isolation", "口きいたのは犬だけ"),
        ("isolation", "この3日　しゃべったのはスーパーのレジだけ"),
        ("isolation", "今月声出したの病院の受付だけかも"),
        ("hikikomori", "息子40すぎてずっと家"),
        ("hikikomori", "娘は30すぎてずっと自室、もう5年"),
        ("hikikomori", "会社やめてから3年ずっとへや"),
        ("hikikomori", "弟は高校やめてからずっと部屋　もう10年"),
        ("young_carer", "妹のおむかえとかごはんとかもぜんぶじぶん ちゅう1"),
        ("young_carer", "パパ単身赴任でママ病気　弟のおふろとかごはんとかぜんぶわたし　中2"),
        ("young_carer", "母がうつで、妹の世話もごはんもぜんぶぼく　しょう6"),
        ("young_carer", "ばあちゃんのせわとかごはんとかもぜんぶうち　ちゅう3"),
        ("double_care", "0歳と2歳を見ながら父の通院"),
        ("double_care", "4さいと2さいと母の認知症で毎日バタバタ"),
    ],
)
def test_patterns_in_short_lines(ex, label, text):
    """Talking only to a cashier, 「ずっと部屋」 for years, a pupil's chores with a kana
    grade, small children's ages beside a parent's care: the pattern."""
    assert label in ex(text).patterns


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hikikomori", "今日はずっと家でゴロゴロ"),
        ("hikikomori", "ずっと部屋の片付けをしていた"),
        ("hikikomori", "テレワークでずっと家で仕事"),
        ("hikikomori", "ずっと家族と一緒です"),
        ("double_care", "80歳と85歳の両親"),
    ],
)
def test_pattern_look_alikes_do_not_raise(ex, label, text):
    """A day at home, tidying a room, working from home, two old parents' ages: not raised."""
    assert label not in ex(text).patterns
