"""Round 35 (43x24): from a set of residents of 長井市 (Okitama, Yamagata) and 涌谷町 (Miyagi).
Tohoku grandparents called ばんちゃ and じんちゃ; おしょすい (embarrassed) after 消えたいくらい;
A型 and B型 for the work-support services; a child's 「弟のごはん わたしがつくってる」 with the
object first; small children left alone while the parents go out at night; a carer's hand raised
to a parent with dementia; a schoolgirl put out of a LINE group; the readings わだし (私),
出でくる (出てくる) and 家さいで (家にいて). And what is no matter: blood type A型, 子ども会 events,
investing or drinking 手を出した, a work LINE group, a child who cooks only today."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- ばんちゃ, じんちゃ


@pytest.mark.parametrize(
    "text",
    [
        "向かいのばんちゃ、二日も洗濯物出しっぱなしで呼んでも返事ねぇ",
        "裏のじんちゃ、今朝から姿見えねぇし電話も出ねぇ",
    ],
)
def test_a_tohoku_grandparent_not_seen_is_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "grandparent" in result.persons


def test_a_tohoku_grandmothers_papers_piling_up_is_care(ex):
    result = ex("裏のばんちゃ、4日ぐれぇ新聞たまってで、電話しても出ねぇ")
    assert "care" in result.fields
    assert "emergency" in result.crisis


# ---------------------------------------------------------------- おしょすい


@pytest.mark.parametrize(
    "text",
    [
        "消えたいくらいおしょすいごと言ってしまった",
        "死にたいほどおしょしい、結婚式のスピーチで噛んだ",
        "おしょすくて消えたい、名札逆さにつけてた",
    ],
)
def test_embarrassed_in_tohoku_speech_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_wanting_to_vanish_without_embarrassment_stays_suicide(ex):
    assert "suicide" in ex("もう消えたい。誰さも迷惑かげだぐねぇ").crisis


# ---------------------------------------------------------------- A型, B型


@pytest.mark.parametrize(
    "text",
    [
        "息子がB型やめでしまって家さいる",
        "弟、A型さ通ってたげんと休んでる",
        "娘がA型を退所してから次が決まらない",
    ],
)
def test_leaving_or_attending_a_type_a_or_b_service_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "血液型A型って几帳面って本当？",
        "うちの家族みんなB型で、おおざっぱなんだ",
    ],
)
def test_a_blood_type_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- a child cooks for the family


@pytest.mark.parametrize(
    "text",
    [
        "おとうさん　びょうきで　いもうとの　ごはん　ぼくが　つくってる　小4",
        "母が入院中で妹のお弁当は私が毎日作ってる。中2",
    ],
)
def test_a_child_cooking_for_a_sibling_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "弟のごはんはいつもお母さんが作ってる。小5",
        "妹のごはんはママが作ってくれるよ。小3",
    ],
)
def test_a_siblings_meals_made_by_a_grown_up_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- children left alone at night


@pytest.mark.parametrize(
    "text",
    [
        "隣のアパート、ちっちゃい子3人だけ置いで親が毎晩いねぐなる",
        "上の階、赤ちゃんだけ残して親が夜な夜な飲みに行ってるみたい",
    ],
)
def test_small_children_left_alone_by_their_parents_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_asking_how_long_children_may_be_left_is_no_abuse(ex):
    text = "子どもだけ家に置いて親が買い物に出かけるのって何分までなら大丈夫ですか？"
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's hand raised


@pytest.mark.parametrize(
    "text",
    [
        "認知症のおふくろに、とうとう手ぇ上げでしまった",
        "介護してる母にカッとなって手を出してしまった。自分が怖い",
    ],
)
def test_a_carers_hand_raised_to_a_parent_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "介護の仕事の給料が安くて、ついFXに手を出してしまった",
        "認知症の予防にいいって聞いて、健康食品に手を出した",
    ],
)
def test_a_hand_put_to_money_or_goods_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- put out of a LINE group


@pytest.mark.parametrize(
    "text",
    [
        "小6の息子、クラスのLINEグループから外されたらしい",
        "高1の娘が部活のライングループを追い出されて泣いでる",
    ],
)
def test_a_pupil_put_out_of_a_line_group_is_child(ex, text):
    assert "child" in ex(text).fields


def test_a_work_line_group_is_no_child(ex):
    assert "child" not in ex("会社のLINEグループから外された。気まずい").fields


# ---------------------------------------------------------------- 子ども会 events


@pytest.mark.parametrize(
    "text",
    [
        "子ども会のクリスマス会、会場どこだっけ？",
        "子ども会のバーベキュー、雨天中止ですか",
    ],
)
def test_a_childrens_association_event_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- readings


def test_wadashi_is_the_writer(ex):
    result = ex("とうちゃん　にゅういんしてで　いもうとのごはん　わだしがつくってる　小6")
    assert "young_carer" in result.patterns


def test_tears_coming_after_birth_in_tohoku_speech_is_health(ex):
    assert "health" in ex("産後から毎日涙出でくる。なんでだが分がんね").fields


def test_at_home_said_ie_sa_ide_is_withdrawal(ex):
    result = ex("息子40歳、もう10年も家さいで外さ出ねぇ")
    assert "hikikomori" in result.patterns


# ---------------------------------------------------------------- a pupil nursing a parent


@pytest.mark.parametrize(
    "text",
    [
        "母の看病してること、学校の友達には言えない",
        "おかんの看病してるの、学校で誰にも言えない",
    ],
)
def test_a_pupil_nursing_a_parent_is_a_young_carer_and_health(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns
    assert "health" in result.fields
    assert "care" not in result.fields


def test_a_parent_nursing_their_own_parent_beside_a_child_keeps_double_care(ex):
    result = ex("娘の小学校の行事と、認知症の母の看病で手一杯です")
    assert "care" in result.fields


# ---------------------------------------------------------------- a carer's sleep, said after


@pytest.mark.parametrize(
    "text",
    [
        "年子2人育でながら、寝たきりの姑の介護もしてる。夜ほとんど寝でねぇ",
        "子育てしながら、寝たきりの姑の介護もしてる。夜ほとんど寝てない",
        "幼稚園の息子の世話と、認知症の父の介護。毎晩ろくに眠れない",
    ],
)
def test_a_carers_sleep_told_right_after_the_caring_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "double_care" in result.patterns


def test_raising_children_in_tohoku_speech_is_child(ex):
    assert "child" in ex("年子2人育でながら働いでる").fields


def test_sleep_lost_to_a_worry_of_its_own_stays_health(ex):
    result = ex("母の介護をしています。仕事のことが不安で、夜になると胸が苦しくて眠れない")
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが夜中に何回も起ぎるから、おれが見でる。朝起ぎれねぐて遅刻ばっかり",
        "ばあちゃん夜中に起きて歩くから、一緒に起きてる。朝起きれなくて学校遅刻する",
    ],
)
def test_a_young_carers_lost_morning_after_the_night_is_no_health(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "health" not in result.fields


# ---------------------------------------------------------------- an old parent's back


@pytest.mark.parametrize(
    "text",
    [
        "父(86)は認知症で要介護2、母(82)も腰悪ぐして寝たり起ぎたり",
        "親父(88)はデイに通ってる。おふくろ(85)も足悪くして歩けなくなってきた",
    ],
)
def test_an_old_parents_back_after_a_bracketed_age_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_the_writers_own_bad_back_stays_health(ex):
    assert "health" in ex("母(84)の介護をしてて、私も腰を悪くして仕事を休んでる").fields


# ---------------------------------------------------------------- parents gone out is no missing


def test_parents_going_out_leaving_small_children_is_abuse_not_an_emergency(ex):
    result = ex("隣の家、ちっちゃい子3人だけ置いで親が毎晩いねぐなる")
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


def test_a_parent_missing_with_no_children_left_is_an_emergency(ex):
    assert "emergency" in ex("母が昨日の夜からいねぐなった。電話も出ねぇ").crisis


# ---------------------------------------------------------------- a car to the hospital


@pytest.mark.parametrize(
    "text",
    [
        "生活保護でも車持でるの？車ねぇと病院も行げねぇ",
        "この辺は車がないと病院にも行けないから、車は手放せません",
    ],
)
def test_no_car_no_hospital_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_a_pain_that_keeps_one_from_the_hospital_stays_health(ex):
    assert "health" in ex("腰が痛くて病院にも行けない").fields


# ---------------------------------------------------------------- an uncle past forty


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃん(85)が、50近くのおばさんの世話まだしてる。おばさんずっと無職で家から出ねぇ",
        "ばあちゃん(90)、40過ぎのおじの飯作ってる。おじは働いてなくて部屋がら出ね",
    ],
)
def test_an_old_grandparent_keeping_an_uncle_past_forty_is_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_an_uncle_past_forty_who_works_is_no_8050(ex):
    assert "8050" not in ex("ばあちゃん(88)と40過ぎのおじさんで温泉さ行ってきた").patterns
