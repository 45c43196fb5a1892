"""Round 36 (44c25): families from a new set of messages in Akita speech (大仙市) and by
Akita-born writers of all ages (C25), scored before anyone read it.

- 「生きでても仕方ね」「生きでだって意味ねぇ」 (生きていても仕方がない, with Akita's voiced て) is
  suicide; 「生きでる間に」 is not.
- 「夫がら逃げで来た」「旦那から逃げできた」 is fleeing a partner: DV. 「逃げでも無駄」 and
  「逃げだら」 (if one fled) are not fleeing.
- A brother's or a son's household (兄夫婦, 息子夫婦) who give an old parent hardly any food
  (「母にはろくにご飯も食べさせていません」「父さろくにまま食わせでねぇ」) is elder neglect: abuse
  and care.
- A fall from a roof, a ladder or while clearing snow with bleeding or no movement told after
  it (「屋根の雪下ろししてで落ぢだ。頭から血出て動がね」) is an emergency; a fall told as past and
  well, or as a warning (「落ぢだら」), is not.
- A family member who died (「親父が借金残して死んで、」「母が死んでがら」) is no suicide of the
  writer; a completed suicide told (首吊って) and the writer's own wish to die stay.
- An overdose told as a habit the writer cannot stop (「また薬まとめて飲んでしまった。やめたいのに
  やめられない」) is suicide and health but no emergency, unless the now is told (今ふらふら).
- 「寝られね」「眠れねがった」 (眠れない) is health; a night kept awake by joy (楽しみで) is not.
- 「毎晩焼酎一本空げる」 (a bottle a night) is health; a can of beer is not.
- 「高校やめでから、ほとんど家さいる」 is withdrawal (hikikomori); for a writer of 18 or more the
  high school left is no child matter (a minor's stays).
- 「90だども畑もやってるし元気」 and 「身の回りのことは自分でできますが」 beside an old parent's age
  or living alone are no care; a fall or forgetfulness told keeps it.
- A morning stomach ache before school or the day service (「行ぐ日の朝になれば「腹いでぇ」って
  言う」) is the reluctance, not health; an adult's ache before work stays health.
- 「工賃だけじゃ生活が足りません」 is hardship; 「食べ物が喉を通らない」 is appetite (health), not
  hardship; 「子ども食堂さ寄付でぎるすか」 is an offer, no child matter.
- 「来年高校卒業したあど」 (a school to be finished soon) is a child matter; a university is not.
- 「母の介護はもう終わりました。施設で看取ってもらいました」 is no care; a new care need told
  (父が認知症に) keeps it.
- 「脳梗塞で倒れだ義父の世話」 (Akita's voiced past) is a stroke that began care: care, no health;
  a stroke just now stays health and emergency.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "秋田の母が電話で「もう生きでても仕方ね」と言う",
        "ばっちゃが「生きでだって仕方ねぇ」って毎日言う",
        "おれなんか生きでても意味ねぇ",
        "生ぎでても迷惑かげるだげだ",
    ],
)
def test_akita_no_point_in_living_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "生きでる間に孫の顔見てぇ",
        "生きでても楽しいことばりだ",
    ],
)
def test_akita_living_said_otherwise_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那がら逃げで来た。今車の中",
        "彼氏から逃げできて友達の家さいる",
        "夫から逃げできて、今スーパーの駐車場。財布しか持ってこれねがった",
        "夫のどごがら逃げできた",
    ],
)
def test_akita_fleeing_a_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫から逃げでも無駄だ",
        "夫から逃げだら何されるがわがらね",
        "熊から逃げできた",
    ],
)
def test_akita_fleeing_not_done_or_not_a_partner_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄夫婦が母の年金ば使って、母にはろくにご飯も食べさせていません",
        "弟夫婦が父さろくにまま食わせでねぇ",
        "姉夫婦が母にまともにご飯も食べさせていないようです",
        "息子夫婦がばっちゃさ何も食わせでねぇみたいだ",
    ],
)
def test_a_sons_household_starving_an_old_parent_is_elder_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


def test_a_sons_household_who_care_for_the_parent_is_no_abuse(ex):
    assert "abuse" not in ex("兄夫婦が母の面倒見てくれてる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が屋根の雪下ろししてで落ぢだ。頭がら血出て動がね",
        "じっちゃが屋根から落ぢで、頭がら血出てる",
        "父がはしごから落ちた。意識がない",
        "雪下ろししてて屋根から落ちた。血が止まらない",
    ],
)
def test_a_fall_with_bleeding_or_no_movement_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年屋根から落ちたけど今は元気だ",
        "雪下ろしして落ちても動けるうちは大丈夫",
    ],
)
def test_a_fall_told_as_past_or_harmless_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "親父が借金残して死んで、督促状がおらさ来る",
        "母が死んでがら一人だ",
        "じっちゃが去年死んで、畑やる人いねぐなった",
    ],
)
def test_a_family_members_death_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が死んで、私も死にたい",
        "親父が首吊って死んで、借金が残った",
        "もう死んでしまいたい",
    ],
)
def test_a_death_beside_a_wish_to_die_or_a_suicide_stays(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "また薬まとめて飲んでしまった。やめたいのにやめらんね",
        "いつも眠剤まとめて飲んじゃう。やめられない",
        "何回も薬を大量に飲んでしまった。やめられねぇ",
    ],
)
def test_an_overdose_told_as_a_habit_is_suicide_but_no_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "また薬まとめて飲んでしまった。今ふらふらする",
        "薬をまとめて飲んでしまった",
    ],
)
def test_an_overdose_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜中に目ぇ覚めで、そのあど寝られね。もう1か月だ",
        "最近ずっと眠れねがった",
        "夜中の2時に目ぇ覚めで寝られねぇ",
    ],
)
def test_akita_cannot_sleep_is_health(ex, text):
    assert "health" in ex(text).fields


def test_akita_awake_with_joy_is_no_health(ex):
    assert "health" not in ex("明日遠足だがら楽しみで寝られね").fields


@pytest.mark.parametrize(
    "text",
    [
        "おやじが毎晩焼酎一本空げる。言っても聞がね",
        "父が毎日日本酒一升あげる",
        "夫が毎晩ウイスキー一本空ける",
    ],
)
def test_a_bottle_a_night_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_can_of_beer_a_night_is_no_health(ex):
    assert "health" not in ex("毎晩ビール一本飲むのが楽しみだ").fields


@pytest.mark.parametrize(
    "text",
    [
        "22です。高校やめでから、ほとんど家さいる。人さ会うのが怖い",
        "25歳です。高校やめでがら、ずっと家さいる",
    ],
)
def test_an_adult_at_home_since_leaving_high_school_is_withdrawal_not_child(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "child" not in result.fields


def test_a_minor_who_left_high_school_stays_a_child_matter(ex):
    assert "child" in ex("息子(16)が高校やめでから家さいる").fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの親父は88だども田んぼもやってるし元気そのもの",
        "母は85だけど毎日畑さ出で元気だ",
        "角館で一人暮らしの母(80)は身の回りのことは自分でできますが、話し相手がいないようです",
        "一人暮らしの父(82)、家のことは一人でやれてるども、話す人いねぇって",
    ],
)
def test_an_old_parent_well_or_managing_alone_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は85だども足悪ぐして元気がねぇ",
        "一人暮らしの母(85)、身の回りのことは自分でできますが、最近転んで歩けなくなりました",
        "一人暮らしの母(85)は家のことは全部自分でやってらども、最近物忘れが出てきた",
    ],
)
def test_an_old_parent_with_a_need_told_stays_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父がデイサービスば嫌がって、行ぐ日の朝になれば「腹いでぇ」って言う",
        "中1の娘が学校さ行がねぐなって、朝になれば頭いでぇって言う",
    ],
)
def test_akita_morning_ache_before_going_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎朝腹いでぇって言って仕事休む",
        "母が腰いでぇって言うの",
    ],
)
def test_an_ache_not_before_school_or_day_service_stays_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "B型の作業所さ通ってるども、工賃だけじゃ生活がぜんぜん足りねぇ",
        "工賃だば暮らしさ足りねぇ",
    ],
)
def test_wages_of_a_workshop_not_enough_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_food_that_will_not_go_down_is_no_hardship(ex):
    result = ex("最近ままが喉さ通らねくて、5キロ痩せだ")
    assert "hardship" not in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "じっちゃの畑の大根いっぱいとれだがら、子ども食堂さ寄付でぎるすか",
        "子ども食堂に野菜を届けたいです",
    ],
)
def test_a_gift_to_a_childrens_cafeteria_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "娘は療育手帳のAだども、来年高校卒業したあど、どごさ通えばいいべ",
        "娘は来年、高校卒業したら働ぐって言ってる",
    ],
)
def test_a_school_to_be_finished_next_year_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


def test_a_university_to_be_finished_is_no_child_matter(ex):
    assert "child" not in ex("来年大学を卒業したら地元に戻りたい").fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護はもう終わりました。去年ホームで看取ってもらいました。遺品の整理はどこさ頼めば",
        "父の介護は終わったども、去年施設で亡ぐなった。お墓のごとで相談したい",
    ],
)
def test_care_over_with_a_death_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_care_over_with_a_new_need_stays_care(ex):
    assert "care" in ex("母の介護は終わりました。今度は父が認知症になって施設を探しています").fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳の子育でしながら、脳梗塞で倒れだ義母の世話もしてら",
        "母が脳出血で倒れでがら、おれが介護してる",
    ],
)
def test_akita_stroke_that_began_care_is_no_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_akita_stroke_just_now_stays_health(ex):
    result = ex("父が脳梗塞で倒れだ。今救急車で病院さ向がってる")
    assert "health" in result.fields
    assert "emergency" in result.crisis
