"""Round 32 (40c21): Tohoku speech, where て goes to で, か to が, and ない is 「ね」.
Tired of living (「もう生ぎでぐのやんだ」「生きるのが嫌になった」); wishing oneself gone
with the parent one cares for (「母ど一緒にいなぐなれば楽」); 「父が息してね！」; a parent
with dementia who 「朝がら帰ってこね」; a neighbour's わらし shut out of the house; an old
writer's じいさん who has struck her since they were young (DV); feeling poorly
(「あんべわりぃ」); odd after stopping medicine; income gone (「収入なぐなった」); a
post-natal daughter-in-law who only cries; a room or house never left for years;
「おらが見てっから宿題できね」; eating alone every day; 「消えでぇ」, 「薬いっぺぇ飲んだ」,
「叩がれだ」, 「夜眠れねぐなった」.
And what only looks like that: a way of living one dislikes (「人に頼って生きるのは
嫌」); someone else gone (「兄貴がいなぐなれば」); 「ちゃんと息してね」; a trip or day care
that keeps a parent out; 座敷わらし; the がん inside 「わがんね」; a sick child's day
nursery; a grown son who 「高校出て勤めた」 or is called 「優しい子」 in an 8050 home; a
grandchild struck since childhood; a sibling who lives far off while the writer cares
for a parent on the parent's pension (no 8050); one snowed-in day at home; a toddler
learning to eat alone; a pain that should vanish; a drum played."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- tired of living


@pytest.mark.parametrize(
    "text",
    [
        "もう生ぎでぐのやんだ",
        "もう生きるのが嫌になった",
        "生きてるのがいやだ",
        "生きていくのもう嫌",
        "生ぎでんのやんだ。なんもかも",
    ],
)
def test_tired_of_living_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "人に頼って生きるのは嫌だ",
        "こんなふうに生きるのは嫌",
        "嘘をついて生きるのは嫌なので正直に話します",
    ],
)
def test_a_way_of_living_disliked_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- gone with the parent (Tohoku)


@pytest.mark.parametrize(
    "text",
    [
        "この前、母ど一緒にいなぐなれば楽だべなって本気で思ってしまった",
        "おらがいねぐなれば楽だべ",
        "このままいなぐなったら楽だべな",
    ],
)
def test_wishing_oneself_gone_in_tohoku_speech_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄貴がいなぐなれば楽だ",
        "猫がいなぐなって探してる",
    ],
)
def test_someone_else_gone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- not breathing, not back


@pytest.mark.parametrize(
    "text",
    [
        "父が息してね！！どうすんだ",
        "ばあちゃんが息してねぇ",
        "じいちゃんが息しでね！",
    ],
)
def test_not_breathing_in_tohoku_speech_is_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize("text", ["ちゃんと息してね", "鼻で息してね！", "ゆっくり深呼吸してね"])
def test_asked_to_breathe_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が朝がら帰ってこね。雪も降ってきたのに",
        "ばあちゃんが昼がら戻ってこねぇ",
        "父が昨日がら帰ってこね。電話もつながらね",
    ],
)
def test_parent_not_back_since_morning_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父は昨日から出張で帰ってこね",
        "母は朝がらデイさ行って帰ってこね",
    ],
)
def test_parent_away_on_a_trip_or_at_day_care_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a child shut out (Tohoku)


@pytest.mark.parametrize(
    "text",
    [
        "隣の家のわらし、夜中まで外さ出されで泣いでる。家さ入れでもらえねみてぇだ",
        "近所のわらしが家さ入れでもらえねみてぇだ",
    ],
)
def test_child_shut_out_in_tohoku_speech_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize("text", ["座敷わらしの話を聞いた", "座敷わらしの出る宿に泊まりたい"])
def test_zashiki_warashi_is_no_child(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert not result.crisis


# ---------------------------------------------------------------- an old partner since youth


@pytest.mark.parametrize(
    "text",
    [
        "じいさんに若い頃から殴られできた。年取っても変わんね、昨日も杖で叩かれだ",
        "嫁に来てからずっとじいさんに叩かれできた",
        "ばあさんに何十年も殴られできた",
    ],
)
def test_old_partner_striking_since_youth_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis
    assert "care" not in result.fields


def test_grandchild_struck_since_childhood_stays_abuse(ex):
    result = ex("小さい頃からじいさんに叩かれてきた")
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


# ---------------------------------------------------------------- fields in Tohoku speech


@pytest.mark.parametrize(
    "text",
    [
        "ここんとこあんべわりぃ日続いでる。何科さ行けばいいべ",
        "最近あんべわりくて病院さ行きてぇ",
        "息子が薬やめでがら様子おがしくて",
        "母が薬をやめてから様子がおかしい",
        "息子の嫁が産後、泣いでばっかりで心配だ",
    ],
)
def test_unwell_in_tohoku_speech_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "車のあんばいが悪い",
        "タバコやめてから調子いい",
        "どごで働げるのか、A型だのB型だのよぐわがんねっちゃ",
        "保育士しちょーますが、自分の子が病気の時に預けられるとこ、ありますか",
    ],
)
def test_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


def test_sick_child_day_nursery_is_child(ex):
    assert "child" in ex("子どもが病気の時に預けられるところありますか").fields


@pytest.mark.parametrize(
    "text",
    ["夫が仕事辞めで収入なぐなった", "父ちゃんの稼ぎがなぐなって困ってる"],
)
def test_income_gone_in_tohoku_speech_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_high_school_left_long_ago_is_no_child(ex):
    assert "child" not in ex("高校出て勤めた会社は三年で辞めた").fields


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    "text",
    [
        "三十過ぎた娘が、もう五年も部屋がら出でこね",
        "中3の息子、不登校になって半年、家がら一歩も出ね",
        "息子がもう三年も部屋がら出でこね",
    ],
)
def test_never_out_in_tohoku_speech_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_one_snowed_in_day_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("雪で今日は家がら出ね").patterns


@pytest.mark.parametrize(
    "text",
    [
        "年金少なぐて、頼る親戚もいね。毎日ひとりで飯食ってる",
        "おら一人で毎日めし食ってる",
        "夫が亡くなってから、いつも一人でご飯を食べています",
    ],
)
def test_eating_alone_every_day_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "今日はひとりでご飯食べた",
        "子どもが毎日ひとりでご飯食べられるように練習中",
    ],
)
def test_eating_alone_once_or_learning_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妹が障害あって、夜はおらが見てっから宿題できね。中学2年",
        "弟のご飯はおらが見てっから宿題できね。中1",
    ],
)
def test_tohoku_pupil_who_looks_after_family_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


def test_adult_who_looks_after_is_no_young_carer(ex):
    assert "young_carer" not in ex("おらが見てっから大丈夫だ").patterns


def test_grown_son_called_a_kind_child_is_no_child(ex):
    result = ex(
        "おら今年で83になる。息子は52で、高校出て勤めた会社ば三年で辞めでがら、ずっと家さいで"
        "外さも出ねぇ。優しい子なんだども、人さ会うのがおっかねえって言う。おらの年金で二人食ってる"
    )
    assert "8050" in result.patterns
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


def test_young_child_called_a_kind_child_stays_child(ex):
    result = ex("小学生の息子は優しい子なんだけど、学校でいじめられてる")
    assert "child" in result.fields


def test_sibling_far_away_while_writer_cares_is_no_8050(ex):
    result = ex(
        "母が認知症になってもう五年、おら一人でみでる。兄貴は東京さいで知らんぷりだ。"
        "パートも辞めで、母の年金だけでは足りねくて、灯油代も心配だ"
    )
    assert "8050" not in result.patterns
    assert "care" in result.fields
    assert "hardship" in result.fields


def test_middle_aged_son_at_home_stays_8050(ex):
    result = ex("母(82)の年金で兄(55)が暮らしてる。ずっと家から出ない。弟は東京さいる")
    assert "8050" in result.patterns


# ---------------------------------------------------------------- more Tohoku forms


@pytest.mark.parametrize("text", ["消えでぇ", "もう消えでぇ。疲れだ"])
def test_wish_to_vanish_in_tohoku_speech_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_a_pain_that_should_vanish_is_no_suicide(ex):
    assert "suicide" not in ex("この痛みが消えでぇ").crisis


@pytest.mark.parametrize("text", ["薬いっぺぇ飲んだ", "眠剤ありったげ飲んでまった"])
def test_many_pills_in_tohoku_speech_is_suicide_and_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


def test_medicine_taken_as_told_is_no_crisis(ex):
    assert not ex("薬ちゃんと飲んだ。いっぺぇ寝だ").crisis


@pytest.mark.parametrize("text", ["旦那に叩がれだ", "夫にまたはだがれで、痛ぇ"])
def test_struck_by_partner_in_tohoku_speech_is_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_drum_played_is_no_violence(ex):
    assert not ex("祭りで太鼓を叩がせでもらった").crisis


@pytest.mark.parametrize("text", ["夜眠れねぐなった", "最近ちっとも眠れねぇ"])
def test_sleepless_in_tohoku_speech_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize("text", ["もう疲れだ。もう終わりにしてぇ", "首つるしかねぇ"])
def test_ending_it_in_dialect_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_choking_collar_is_no_suicide(ex):
    assert "suicide" not in ex("ネクタイきつくて首つるかと思った").crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが起ぎね。呼んでも返事ねぇ",
        "母ちゃんが夜になっても帰ってこね。携帯も置いでった",
    ],
)
def test_no_answer_or_not_back_at_night_in_tohoku_speech_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_shut_in_son_who_does_not_answer_is_no_emergency(ex):
    assert "emergency" not in ex("息子は部屋がら出でこね。呼んでも返事ねぇ").crisis


def test_money_withheld_by_partner_in_tohoku_speech_is_dv(ex):
    assert "dv" in ex("旦那に生活費ば渡してもらえね").crisis


@pytest.mark.parametrize("text", ["金ねぐて米も買えね", "銭っこねぇくて困ってる"])
def test_no_money_in_tohoku_speech_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["ばあちゃん、おしっこ漏らすようになった", "じいちゃんが同じごど何回も聞ぐ"],
)
def test_signs_of_an_older_person_needing_care_are_care(ex, text):
    assert "care" in ex(text).fields


def test_small_childs_accident_is_no_care(ex):
    assert "care" not in ex("息子がおしっこ漏らすようになった。3歳").fields


@pytest.mark.parametrize("text", ["体がえらいけん、病院に行きたい", "しんどくて体がえらくて"])
def test_body_worn_out_in_western_dialect_is_health(ex, text):
    assert "health" in ex(text).fields


def test_an_important_person_is_no_health(ex):
    assert "health" not in ex("体がえらい人に会った").fields


def test_tired_of_living_in_sanin_speech_is_suicide(ex):
    assert "suicide" in ex("しんどくてもう生きちょるのがいやだ").crisis


@pytest.mark.parametrize(
    "text",
    ["この先暮らしていけない", "この先暮らしていがれねぇ", "これじゃ生活していけない"],
)
def test_cannot_make_a_living_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_cannot_live_alone_is_care_not_hardship(ex):
    result = ex("母は一人では暮らしていけない")
    assert "hardship" not in result.fields


@pytest.mark.parametrize("text", ["父が息しちょらん", "ばあちゃんは、息しちょらんみたい"])
def test_not_breathing_in_chugoku_speech_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["いねぐなりてぇ", "消えでなぐなりてぇ", "もう生ぎでらんね", "もう生きていられない"],
)
def test_wanting_to_be_gone_in_tohoku_speech_is_suicide(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize("text", ["暑くて生きていられない", "もう暑くて生きてらんねぇ"])
def test_heat_hyperbole_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_gone_missing_in_tohoku_speech_stays_emergency(ex):
    assert "emergency" in ex("ばあちゃんが朝がらいねぐなった").crisis


def test_middle_aged_writer_on_the_parents_pension_stays_8050(ex):
    result = ex("私(52)は無職で母(80)の年金で暮らしてる。母は認知症。兄は東京にいる")
    assert "8050" in result.patterns


@pytest.mark.parametrize("text", ["電気代払えねぐなった", "家賃払えねぐて困ってる"])
def test_cannot_pay_in_tohoku_speech_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_pupil_cooking_for_a_sibling_is_young_carer(ex):
    assert "young_carer" in ex("中学生だども、母ちゃんの代わりに弟の飯作ってる").patterns


def test_grown_sibling_cooking_once_is_no_young_carer(ex):
    assert "young_carer" not in ex("弟の飯作ってやったら喜んだ。おれ25だ").patterns


def test_no_one_there_in_tohoku_speech_is_isolation(ex):
    assert "isolation" in ex("誰もいね。おら一人だ").patterns


def test_nobody_home_yet_is_no_isolation(ex):
    assert "isolation" not in ex("家さ帰っても誰もいね。").patterns


@pytest.mark.parametrize("text", ["わらしの頃から腰が悪い", "わらしっこの頃から喘息だ"])
def test_as_a_child_long_ago_is_no_child(ex, text):
    assert "child" not in ex(text).fields
