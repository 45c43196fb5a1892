"""Round 36 (44d25): from a set of residents born in Brazil or Peru (大泉町), writing simple
kana Japanese with Portuguese or Spanish words, and of the Japanese neighbours and teachers
who write about them. A school before いきたくない (ちゅうがく, escola: to go, not to live);
「わたし いなく なったら … その ほう が みんな らく」 over two sentences; a hand raised to a child
in kana (て を あげる); a parent with dementia who says 「おかね とった」 (no money matter); a
guarantor or a flat refused to a foreigner; a husband's drink every day; a care home's fee
too dear for a wage; a pregnant woman's headache and swollen legs in kana; 生涯学習 (no
disability); no one at home who speaks Japanese (no isolation); a father's bad legs and the
toilet he cannot reach alone; a mother of 72 who does everything for a son of 45 (8050);
the Spanish madre, padre, suegro; a stroke in kana that began the care; a parent's
exhaustion told by a nursery teacher; the children a parent who thinks of dying says goodbye
to. And the look-alikes each leaves alone."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a school before いきたくない


@pytest.mark.parametrize(
    "text",
    [
        "むすこ ちゅうがく いきたくない って",
        "filha escola いきたくない って いう",
        "むすめ こうこう もう いきたくない って ないてる",
        "中学 いきたくない って いってる",
    ],
)
def test_not_wanting_to_go_to_school_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["むすめ ちゅうがく で いじめ", "filho escola で けんか した", "ちゅうがくせい の むすこ"],
)
def test_a_school_in_kana_or_portuguese_is_child(ex, text):
    assert "child" in ex(text).fields


def test_not_wanting_to_live_alone_stays_suicide(ex):
    assert "suicide" in ex("もう いきたくない").crisis


# ---------------------------------------------------------------- いなくなったら… その方がみんな楽


@pytest.mark.parametrize(
    "text",
    [
        "わたし いなく なったら こども ペルー の いえ いける。その ほう が みんな らく",
        "わたし が きえたら おっと は あたらしい ひと と いられる。その ほう が しあわせ",
        "私がいなくなれば息子は施設に入れる。そのほうが楽だと思う",
    ],
)
def test_the_family_better_off_without_me_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_a_worry_for_the_children_if_i_am_gone_is_no_suicide(ex):
    result = ex("わたし いなく なったら こども たち どう なる。その ほう が しんぱい")
    assert "suicide" not in result.crisis


# ---------------------------------------------------------------- て を あげる in kana


@pytest.mark.parametrize(
    "text",
    [
        "おっと が わたし を なぐる。さいきん むすこ にも て を あげる",
        "marido filha に て を あげた",
        "おっと こども に すぐ て を だす",
    ],
)
def test_a_hand_raised_to_a_child_in_kana_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_hand_raised_to_me_in_kana_is_dv(ex):
    assert "dv" in ex("おっと が わたし に て を だした").crisis


def test_a_hand_raised_in_class_is_no_crisis(ex):
    assert not ex("こども が じゅぎょう で て を あげて しつもん した").crisis


# ---------------------------------------------------------------- 「おかね とった」 (dementia)


@pytest.mark.parametrize(
    "text",
    [
        "mãe ボケてきた。「おかね とった」って おこる",
        "おばあちゃん にんちしょう。さいふ ぬすんだ って わたし を うたがう",
        "認知症の父が「お金を盗られた」と騒ぐ",
    ],
)
def test_a_parent_with_dementia_accusing_of_theft_is_no_hardship(ex, text):
    result = ex(text)
    assert "hardship" not in result.fields
    assert "care" in result.fields


def test_money_short_stays_hardship(ex):
    assert "hardship" in ex("pai ボケてきた。おかね たりない").fields


# ---------------------------------------------------------------- a guarantor, a flat refused


@pytest.mark.parametrize(
    "text",
    [
        "ほしょうにん いない。へや かりれない",
        "アパート かりたい けど ガイジン だめ って いわれた",
        "部屋を借りたいけど外国人はダメと断られた",
    ],
)
def test_no_flat_for_a_foreigner_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- drink every day


@pytest.mark.parametrize(
    "text",
    [
        "marido おさけ まいにち のむ",
        "おっと の おさけ やめさせたい",
        "esposo ピンガ まいにち のんでる。",
    ],
)
def test_a_husbands_drink_every_day_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a care home's fee


@pytest.mark.parametrize(
    "text",
    [
        "pai の しせつ だい まいつき たかい",
        "mãe の ホーム の ひよう はらえない",
        "ママ の デイ つかってる。わたし の きゅうりょう じゃ もう むり",
    ],
)
def test_a_care_fee_beyond_the_wage_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_a_wage_that_buys_without_strain_is_no_hardship(ex):
    assert "hardship" not in ex("給料では無理なく買えるものを選びました").fields


# ---------------------------------------------------------------- a pregnant woman's pains in kana


@pytest.mark.parametrize(
    "text",
    [
        "にんしん 8かげつ。あたま も いたい",
        "にんしん 7かげつ。あし すごく むくむ",
        "にんしん 6かげつ。こし が すごく いたい",
    ],
)
def test_a_pregnant_womans_pain_in_kana_is_health(ex, text):
    result = ex(text)
    assert "health" in result.fields
    assert "child" in result.fields


# ---------------------------------------------------------------- 生涯学習


@pytest.mark.parametrize(
    "text",
    [
        "しょうがい がくしゅう センター の こうざ は なんようび？",
        "しょうがいがくしゅう センター で にほんご ならいたい",
        "生涯学習センターのスペイン語講座は何曜日ですか",
    ],
)
def test_lifelong_learning_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


def test_a_disability_and_learning_stays_disability(ex):
    assert "disability" in ex("むすこ しょうがい ある。がくしゅう も むずかしい").fields


# ---------------------------------------------------------------- no one at home speaks Japanese


@pytest.mark.parametrize(
    "text",
    [
        "日本語指導の担当です。ペルー籍の小3の子が、家に日本語を話せる人がいなくて宿題を見てもらえません",
        "担任です。家で日本語がわかる人がいないので、お便りが伝わりません",
    ],
)
def test_no_japanese_speaker_at_home_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_no_one_to_talk_to_stays_isolation(ex):
    assert "isolation" in ex("にほん に ともだち いない。はなす ひと いない").patterns


# ---------------------------------------------------------------- a father's legs, the toilet


@pytest.mark.parametrize(
    "text",
    [
        "あかちゃん うまれた。pai あし わるくて ひとり で トイレ むり",
        "mãe こし わるい。ひとり で おふろ はいれない",
        "padre ひとり で トイレ いけない",
    ],
)
def test_a_parent_who_cannot_reach_the_toilet_alone_is_care(ex, text):
    assert "care" in ex(text).fields


def test_a_small_child_not_yet_going_alone_is_no_care(ex):
    assert "care" not in ex("むすこ 3さい、ひとり で トイレ いけない").fields


# ---------------------------------------------------------------- a mother of 72 does everything


@pytest.mark.parametrize(
    "text",
    [
        "おにいさん 48さい しごと してない。ママ 74さい が ぜんぶ せわ してる",
        "おとうと 42さい びょうき。パパ 76さい が ずっと めんどう みてる",
    ],
)
def test_an_old_parent_doing_everything_for_a_grown_son_is_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_a_young_mother_doing_everything_is_no_8050(ex):
    assert "8050" not in ex("ママ 35さい が ぜんぶ せわ してる。むすこ 3さい").patterns


# ---------------------------------------------------------------- madre, padre, suegro


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("madre がん で にゅういん", "mother"),
        ("padre ボケてきた", "father"),
        ("suegro あし わるい", "grandparent"),
    ],
)
def test_spanish_kin_words_are_read(ex, text, person):
    result = ex(text)
    assert person in result.persons or (person == "grandparent" and "father" in result.persons)


# ---------------------------------------------------------------- a stroke in kana that began care


@pytest.mark.parametrize(
    "text",
    [
        "こども 2さい。sogra のうこうそく で ねたきり",
        "mãe のうこうそく の あと まひ。かいご たいへん",
    ],
)
def test_a_stroke_in_kana_behind_care_is_no_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_a_stroke_in_kana_now_stays_health(ex):
    assert "health" in ex("pai きのう のうこうそく で にゅういん した").fields


# ---------------------------------------------------------------- exhaustion seen by a teacher


@pytest.mark.parametrize(
    "text",
    [
        "保育園の保育士です。ペルー人のお母さんが、おばあさんの介護と下の子の世話で疲れきっていて、泣いていました。",
        "小学校の担任です。ブラジル人のお父さんが、奥さんの介護と子育てで疲れ果てていて心配です。",
    ],
)
def test_a_parents_exhaustion_told_by_staff_is_not_the_writers_health(ex, text):
    assert "health" not in ex(text).fields


def test_the_writers_own_exhaustion_stays_health(ex):
    result = ex("保育士です。私も母の介護と子育てで疲れ切っています。")
    assert "health" in result.fields


# ---------------------------------------------------------------- children said goodbye to


@pytest.mark.parametrize(
    "text",
    [
        "もう ぜんぶ おわり に したい。filhos ごめんね",
        "つかれた。もう しにたい。こども たち ごめんなさい",
        "わたし いなく なったら hijos ペルー いける。その ほう が みんな らく",
    ],
)
def test_children_a_parent_says_goodbye_to_are_no_child_matter(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "child" not in result.fields


def test_a_childs_school_beside_a_wish_to_die_stays_child(ex):
    result = ex("もう しにたい。むすこ の がっこう の こと も しんぱい")
    assert "suicide" in result.crisis
    assert "child" in result.fields
