"""Round 32 (40f21): wishing oneself gone, in Kansai and plain speech (「ウチなんかおらんように
なったらええねん」「私なんかいなくなったらいい」「わしなんぞおらんようになればええ」: suicide);
a parent's stay in hospital told as news beside the care after it (「母が入院することになった
…退院したあとの介護」: health as well as care); a parent who goes to the clinic themself for an
illness (「うつで通院中の母」: health, not elderly care); a middle-aged child living with an old
parent who works part-time or is the one who looks after the parent, the parent's age in
brackets (「姉(60)が母(90)の面倒を見ています」: care, no 8050); a homebody's
holiday (「引きこもりがちな休日」: no hikikomori).
And what only looks like that: someone else gone (「夫なんかいなくなればいい」「あいつなんか
おらんようになったらええねん」), a pet gone, a shop that runs without the writer; ウチ as the
writer, not a house with none; a stay in hospital told as over (「入院していた父が退院する」),
or only supposed (「入院したら」); a parent taken to the clinic, aged 80, or with dementia; a
middle-aged child who lives on the parent's pension, does not work, or stays in, or a parent
who is the carer; a son shut in for months who also stays in on holidays."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- wishing oneself gone


@pytest.mark.parametrize(
    "text",
    [
        "もうしんどいわ…いっそウチなんかおらんようになったらええねん",
        "うちなんかおらんようになったらええんや",
        "わしなんぞおらんようになればええ",
        "私なんかいなくなったらいいのに",
        "ウチがおらんかったらええねん",
        "あたしなんか、もういなくなったらいいんだ",
        "俺なんかおらんくなったらええねん、ほんまに",
        "しんどい。いっそおらんようになったらええのに",
        "うちなんかこの世におらんでええねん",
    ],
)
def test_wishing_oneself_gone_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫なんかいなくなればいいのに",
        "あいつなんかおらんようになったらええねん",
        "いっそ夫がおらんようになったらええのに",
        "あの上司おらんようになったらええのに",
        "うちの猫がいなくなったら困る",
        "私がいなくても店が回るようになったらいいな",
    ],
)
def test_someone_else_or_a_pet_gone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_uchi_as_the_writer_is_no_house_lacking(ex):
    assert "hardship" not in ex("ウチがおらんかったらええねん").fields
    assert "hardship" in ex("うち、住む家がないねん").fields


# ---------------------------------------------------------------- a stay in hospital as news


@pytest.mark.parametrize(
    "text",
    [
        "母が入院することになったのですが、退院したあとの介護が不安です",
        "父が入院することになりました。退院後の介護をどうしたらいいか",
        "おかんが入院してもうて、退院したら介護せなあかん",
        "母の入院が決まりました。退院後に介護保険を使いたい",
        "祖母が入院中で、退院したら家で介護できるか心配です",
        "母が入院して一週間。退院後の介護が心配です",
        "来月、母の入院の予定があり、退院後の介護について相談したい",
    ],
)
def test_a_stay_in_hospital_told_as_news_is_health_and_care(ex, text):
    fields = ex(text).fields
    assert "care" in fields
    assert "health" in fields


@pytest.mark.parametrize(
    "text",
    [
        "入院していた父が来週退院します。家での介護が不安です",
        "退院してくる母の世話を家でできるか不安",
        "母が入院したら、介護はどうなるの",
    ],
)
def test_a_stay_over_or_supposed_is_care_only(ex, text):
    assert ex(text).fields == ("care",)


# ---------------------------------------------------------------- a parent goes to the clinic


@pytest.mark.parametrize(
    "text",
    [
        "うつで通院中の母が、電話で何度も「死にたい」って言ってくる。離れて住んでるので何もできない",
        "母は心療内科に通院しています。電話で泣かれるのがつらい",
        "父ががんで通院中で、離れて住む私には何もできない",
        "おかんが精神科に通院しとるけど、最近また落ち込んでる",
    ],
)
def test_a_parent_who_goes_to_the_clinic_is_health_not_care(ex, text):
    fields = ex(text).fields
    assert "health" in fields
    assert "care" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "母の通院の付き添いをしている",
        "足の悪い母を通院に連れて行っています",
        "80歳の母が通院中です",
        "認知症の母が通院しています",
        "母が一人で通院できなくなった",
        "母は糖尿病で通院していて、食事の管理もできなくなってきた",
    ],
)
def test_a_parent_helped_to_the_clinic_or_old_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- the middle-aged child as carer


@pytest.mark.parametrize(
    "text",
    [
        "私は45歳でパートをしています。同居の母(78)が認知症で要介護1です",
        "私は50歳、同居の母(80)が認知症で、毎日介護しています",
        "私(52)はパートで働きながら、同居の父(83)の介護をしています",
        "パート勤めの私(48)と要介護2の母(79)の二人暮らしです",
        "同居の母(78)が認知症で、私が介護しています。私は52歳です",
        "私(47)は派遣で働いています。同居の父(76)の物忘れがひどくなってきました",
        "同居の姉(60)が母(90)の面倒を見ています",
        "私(55)は母（82歳）の世話をしています",
    ],
)
def test_a_middle_aged_carer_or_part_timer_is_no_8050(ex, text):
    result = ex(text)
    assert "8050" not in result.patterns
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "同居の息子(50)が働かず、私(80)の年金で暮らしている",
        "同居の息子(52)はパートをしていますが、生活費は私の年金頼みです",
        "同居の娘(48)はバイトを探しているけど見つからず、私(79)の年金で二人で暮らしています",
        "母(81)が父(84)の介護をしていて、同居の兄(55)は部屋でゲームばかり",
        "82歳の父と52歳の長男が同居、長男は無職です",
        "母(80)が同居の息子(50)の面倒を見ている",
    ],
)
def test_a_child_kept_by_the_parent_stays_8050(ex, text):
    assert "8050" in ex(text).patterns


# ---------------------------------------------------------------- a homebody's holiday


@pytest.mark.parametrize(
    "text",
    [
        "引きこもりがちな休日を過ごしてます笑　図書館って何時まで開いてますか",
        "ひきこもりの週末でした。市民プールは何時からですか",
        "こもりっきりの三連休だったので、体がなまってます",
        "引きこもりな土日ばっかりです",
    ],
)
def test_a_homebodys_holiday_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が半年引きこもっていて、休日も部屋から出てきません",
        "引きこもりの息子がいます。週末だけは少し話します",
        "夏休みからずっと引きこもっています",
    ],
)
def test_shut_in_for_months_stays_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns
