"""Round 35 (43u24): from a set of old men caring for a wife or a parent, terse or
old-fashioned in their writing (倅, 家内, わし, 小生, 〜ておらん). The writer who calls himself
小生; worry over an operation's or a home's cost and whether the pension will pay; a friendless
retirement, no one to rely on, a lonely meal; a grandchild not fed; 8050 seen in a drama; thanks
to the care manager after a death; a drink given up decades ago; terse kanji ages; a shut-in
silent for days; a shut-in son who strikes his mother; a young carer named after the care; a
grown son's upbringing looked back on; a grandchild who takes the writer to the clinic; a
carer's blow at the one cared for; a job lost as the withdrawal's start."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 小生: the writer himself


@pytest.mark.parametrize(
    "text",
    [
        "小生がいなくなれば、家内も少しは楽になるのではないか",
        "年寄りがおらんようになれば、息子夫婦も丸く収まるだろう",
        "老いぼれが死ねば、子供らも助かるだろうと思う日がある",
    ],
)
def test_an_old_writer_gone_so_the_family_is_eased_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小生がいなくなれば、この会も誰が世話をするのか心配だ",
        "年寄りがいなくなったら、この町も寂しくなる",
        "小生、この度町内会の会長を引き受けた",
    ],
)
def test_an_old_writer_gone_with_no_ease_stays_quiet(ex, text):
    assert "suicide" not in ex(text).crisis


def test_the_writers_own_age_as_shosei_beside_a_shut_in_son_is_care(ex):
    result = ex("倅(48)が十五年部屋から出てこない。小生も八十を越えた")
    assert "care" in result.fields
    assert "8050" in result.patterns


# ---------------------------------------------------------------- an operation's or a home's cost


@pytest.mark.parametrize(
    "text",
    [
        "胃がんが見つかった。入院費が心配で眠れん",
        "家内を老人ホームに入れたいが、年金で足りるものか",
        "白内障の手術をすすめられたが、手術の費用が不安だ",
        "母を施設に入れたい。貯金だけで払えるかどうか",
    ],
)
def test_a_worry_over_medical_or_care_costs_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "手術代は心配いらないと先生に言われた",
        "入院費が心配ないのは保険のおかげだ",
        "施設の費用はいくらくらいですか",
    ],
)
def test_costs_denied_or_only_asked_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- no one left to talk to


@pytest.mark.parametrize(
    "text",
    [
        "定年してから友人もおらず、一日中家で新聞を読んでおる",
        "八十五の父と二人きり。頼れる者は誰もおらん",
        "娘は嫁に行って帰らん。一人の夕飯は味気ない",
        "独り暮らしになって一年、人と会うのも億劫になった",
    ],
)
def test_an_old_mans_loneliness_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "友人がいないわけではないが、介護の話はしにくい",
        "一人の時間は寂しくないので気にしておらん",
        "友もおらんのかと娘に聞かれた",
        "頼れる者が誰もおらんか、民生委員さんに聞いた",
    ],
)
def test_friends_there_or_asked_about_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a grandchild not fed


@pytest.mark.parametrize(
    "text",
    [
        "孫(小2)がろくに飯を食わせてもらえていないらしい",
        "隣の子は、朝ご飯を食わせてもらえてないようだ",
    ],
)
def test_a_child_not_fed_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "四十の倅は、今も親に飯を食わせてもらっている",
        "孫は毎日うちで飯を食っていく。にぎやかでよい",
    ],
)
def test_a_grown_son_kept_or_a_grandchild_fed_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 8050 seen in a drama


@pytest.mark.parametrize(
    "text",
    [
        "テレビで7040問題というのを見た。うちの娘は勤めに出ているが、相談先を知りたい",
        "ニュースで8050問題とかいうのをやっておった。うちは関係ない",
    ],
)
def test_8050_seen_on_the_screen_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_8050_at_home_beside_the_drama_stays(ex):
    text = "ドラマで8050問題というのを見た。うちも倅(50)が二十年部屋から出てこない"
    assert "8050" in ex(text).patterns


# ---------------------------------------------------------------- care over, thanks to the staff


@pytest.mark.parametrize(
    "text",
    [
        "先月おふくろを看取った。ヘルパーさんにお礼を言いたい",
        "親父が亡くなって半年。世話になったケアマネさんに礼を伝えたい",
    ],
)
def test_thanks_to_care_staff_after_a_death_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_care_manager_asked_for_now_is_care(ex):
    assert "care" in ex("家内が認知症になった。ケアマネさんに相談したい").fields


# ---------------------------------------------------------------- a drink given up long ago


@pytest.mark.parametrize(
    "text",
    [
        "若い頃は酒で苦労したが、断酒して三十年目になる",
        "断酒会の会場を公民館で借りたい。毎月の例会に使う",
    ],
)
def test_a_drink_given_up_long_ago_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "断酒して五年になるが、最近また飲んでしまった",
        "夫の酒がやめられない。断酒会を紹介してほしい",
    ],
)
def test_drinking_again_or_a_meeting_sought_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- terse kanji ages


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもり 十五年 息子四十八 わし七十五",
        "倅五十二、わし八十。倅は二十年家から出ておらん",
    ],
)
def test_terse_kanji_ages_of_son_and_father_are_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_a_memorial_day_is_no_age(ex):
    assert "8050" not in ex("父四十九日の法要を終えた。息子は二十年部屋から出ておらん").patterns


# ---------------------------------------------------------------- a shut-in silent for days


@pytest.mark.parametrize(
    "text",
    [
        "娘が部屋にこもって八年になる。もう四日、呼んでも返事がない",
        "息子が部屋から出てこなくなって五年。ドアの前に置いたご飯に手をつけていない、返事もしない",
    ],
)
def test_a_shut_in_silent_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子は部屋にこもって十年、声をかけても返事もしない",
        "娘が部屋から出てこない。話しかけても返事がない。もう三年になる",
    ],
)
def test_a_shut_ins_silence_alone_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a shut-in son strikes his mother


@pytest.mark.parametrize(
    "text",
    [
        "四十五の倅が十年家にこもっておる。昨夜は家内を殴り、家内は顔を腫らした",
        "息子(48)は仕事を辞めてから家にこもったまま。金をよこせと暴れて妻を突き飛ばした",
    ],
)
def test_a_shut_in_son_striking_his_mother_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "倅(45)は十年家にこもったまま。家内が倅を殴り、わしも家内に叩かれた",
        "倅(45)は十年家にこもったまま。昨夜わしが家内を殴ってしもうた",
    ],
)
def test_a_wife_who_strikes_or_the_writers_own_blow_keeps_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a young carer after the care


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの母の入浴を、中2の孫が手伝ってくれる",
        "認知症の家内のトイレの世話を、小5の孫娘がやってくれる",
    ],
)
def test_a_pupil_named_after_the_care_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


def test_a_pupil_who_only_visits_is_no_young_carer(ex):
    text = "寝たきりの家内の介護をしておる。小6の孫が遊びに来ると家内も喜ぶ"
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a grown son's upbringing


@pytest.mark.parametrize(
    "text",
    [
        "倅(50)が二十年家から出ない。小さい頃から大人しい子だった。わしらの育て方が悪かったのか",
        "息子(47)は仕事を辞めてから十年こもっておる。昔から内気なところのある子だった",
    ],
)
def test_a_grown_sons_upbringing_looked_back_on_is_no_child(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- taken to the clinic


def test_a_young_carer_taking_the_old_writer_to_the_clinic_is_care(ex):
    text = "娘は入院中。中学生の孫が弟の飯を作り、わしの通院にも付き添ってくれる"
    assert "care" in ex(text).fields


def test_a_grandchilds_own_clinic_visit_is_no_care(ex):
    assert "care" not in ex("高校生の孫の通院に、わしが付いていっておる").fields


# ---------------------------------------------------------------- a carer's blow


@pytest.mark.parametrize(
    "text",
    [
        "母の介護中、つい頭を叩いてしまった",
        "夫の介護をしていて、カッとなって腕をつねってしまった。またやりそうで怖い",
    ],
)
def test_a_carers_blow_at_the_one_cared_for_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "義母の介護中、夫に叩かれてしまった",
        "父の介護でいらいらして、妻を叩いてしまった",
    ],
)
def test_a_blow_suffered_or_on_another_keeps_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a job lost long ago


def test_a_job_lost_long_ago_as_the_withdrawals_start_is_no_hardship(ex):
    text = "倅(49)が会社をリストラされてから八年、家から一歩も出ない"
    assert "hardship" not in ex(text).fields


def test_a_job_lost_beside_money_trouble_stays_hardship(ex):
    text = "倅(49)が会社をクビになってから家から出ない。生活費が足りん"
    assert "hardship" in ex(text).fields
