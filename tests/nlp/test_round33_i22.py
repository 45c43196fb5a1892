"""Round 33 (41i22): a mixed day on a town's LINE account. A joyless life where the morning
should not come (「なにをしても楽しくなくて、朝が来なければいいのに」); a pupil who minds a
grandparent at night and sleeps at school; a temp or part-time job and 「この先やっていけるか」
(money); a parent of small children whose own parent became 要介護 (double care: the 介護
inside 要介護 is a care level, not a child's care).
And what only looks like that: 「暴力とかじゃなくて口喧嘩」; a child's 「宿題多すぎて死ぬ〜」; a
pet under the bed; 「私が病気になったら」 (a worry ahead); arrears of last year now paid, told
with thanks; a writer in their seventies who lives alone and writes of money (hardship, not
care)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- the morning should not come


@pytest.mark.parametrize(
    "text",
    [
        "毎日なにも楽しくない。朝なんか来なければいいのに",
        "何やっても楽しめなくて、明日が来なければいいって思う",
        "楽しみがなくて、もう朝が来なければいいと毎晩考えてしまう",
    ],
)
def test_joyless_days_and_no_morning_wanted_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昨日の飲み会が楽しすぎて朝が来なければいいのにって思った",
        "テスト前で明日が来なければいいのに",
    ],
)
def test_a_happy_night_or_a_test_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- homework hyperbole


@pytest.mark.parametrize(
    "text",
    [
        "息子が「課題終わらなくて死ぬー」って叫んでます笑",
        "娘がテストむずすぎて死にそうって言ってた",
        "宿題多すぎて死ぬ〜",
        "孫が「勉強きつすぎて死ぬ」と言うとります",
    ],
)
def test_homework_hyperbole_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "宿題が多すぎて死にたい",
        "勉強しても成績が上がらなくて死にたい",
    ],
)
def test_wishing_to_die_over_school_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- violence denied


@pytest.mark.parametrize(
    "text",
    [
        "彼氏とよく言い合いになるけど暴力ではないです",
        "夫の暴力じゃなくて、義母の口出しがつらいんです",
        "旦那とは喧嘩ばっかりだけど暴力とかじゃないです。児童手当のことを聞きたくて",
    ],
)
def test_violence_denied_is_no_dv(ex, text):
    e = ex(text)
    assert "dv" not in e.crisis
    assert "abuse" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に毎日怒鳴られます。これって暴力じゃないですか？",
        "夫がすぐ物を投げてくる。暴力じゃないのかな",
        "夫は暴力じゃないって言うけど、壁を殴って怖い",
        "夫に叩かれるけど、暴力じゃないと思いたい",
    ],
)
def test_violence_asked_about_or_denied_by_the_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- under the bed


@pytest.mark.parametrize(
    "text",
    [
        "犬がソファの下から出てこなくて困ってます",
        "うちのネコがベッドの下から出てきません。動物病院って夜もやってますか",
        "子どもが怒ってベッドの下から出てこない",
    ],
)
def test_hiding_under_furniture_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_not_getting_out_of_bed_is_health(ex):
    assert "health" in ex("朝になってもベッドから出られない日が続いてます").fields


# ---------------------------------------------------------------- an illness ahead


@pytest.mark.parametrize(
    "text",
    [
        "私が病気になったら息子の面倒は誰が見るのか心配です",
        "障害のある息子と二人です。自分が病気になったらこの子はどうなるのか",
        "もし母が病気で倒れたら、うちはどうなるんだろう",
    ],
)
def test_an_illness_feared_ahead_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "私が病気で入院することになりました。子どもの預け先を探しています",
        "自分が病気になって働けなくなりました",
    ],
)
def test_an_illness_now_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- an unsteady job


@pytest.mark.parametrize(
    "text",
    [
        "シングルで仕事もパートだから、この先生活できるか不安です",
        "契約社員なので子どもを育てていけるか心配",
        "妊娠しました。仕事が派遣で、この先やっていけるか",
        "派遣なんで、子ども産んでも育てていけるのか心配",
    ],
)
def test_unsteady_job_and_getting_by_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "パートで人間関係やっていけるか不安です",
        "アルバイトだけど大学でやっていけるか不安",
        "派遣で働いています。来年から職場でやっていけるか不安",
    ],
)
def test_getting_on_at_work_or_school_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- minding someone at night


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが夜中にはいかいするから、ぼくが見てて学校でねむくなる。中2です",
        "ママが夜中に具合悪くなるから、みてて授業中にねちゃう。中学生です",
        "弟が夜泣くから見てて学校で寝ちゃう。小6です",
        "娘(中2)が、夜中に起きる祖母を見てて学校で寝てしまうと先生から言われました",
    ],
)
def test_minding_family_at_night_and_sleeping_at_school_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夜中まで動画見てて学校で寝ちゃう。中1です",
        "おばあちゃんがテレビ見てて夜うるさくて学校で寝ちゃう。小5",
    ],
)
def test_watching_videos_at_night_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a care level, not a child's care


@pytest.mark.parametrize(
    "text",
    [
        "上の子は小2、下は年中。義母が要介護3になって毎日通ってます",
        "上の子は小1で下は保育園。実家の母が要介護1になって週2で通ってる。もう限界",
        "息子は小5、娘は小2。母が要支援になって買い物を代わりにしてます",
    ],
)
def test_raising_children_and_a_parent_in_care_is_double_care(ex, text):
    e = ex(text)
    assert "double_care" in e.patterns
    assert "young_carer" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生の娘が要介護の祖母の世話をしてくれていて、部活も休みがちです",
        "高校生の息子が、要介護3の祖父のおむつ替えを手伝ってくれてます",
    ],
)
def test_a_pupil_who_cares_for_a_grandparent_in_care_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- arrears paid now


@pytest.mark.parametrize(
    "text",
    [
        "以前、電気代を滞納して相談しました。今はちゃんと払えてます。本当にありがとうございました",
        "去年滞納して相談した者です。おかげさまで今は仕事が見つかって毎月払ってます。ありがとうございました",
        "去年、家賃をためてしまった時はお世話になりました。今は就職して払えてます",
    ],
)
def test_arrears_of_the_past_paid_now_with_thanks_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年家賃を滞納した時に助けてもらいました。今は就職したけど、まだ払えてないのがあって",
        "去年滞納した家賃、今は払えてますがまた今月も厳しくて。ありがとうございました",
    ],
)
def test_arrears_with_a_worry_now_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- seventies, alone, short of money


@pytest.mark.parametrize(
    "text",
    [
        "72歳、一人暮らし。年金が少なくて家賃が払えません",
        "78歳の一人暮らしで年金だけでは生活が苦しいです",
        "年金だけじゃ食べていけん。76歳の一人暮らしです",
    ],
)
def test_seventies_alone_short_of_money_is_hardship_not_care(ex, text):
    e = ex(text)
    assert "hardship" in e.fields
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "87歳の一人暮らし。年金が少なくて食費を削ってる",
        "76歳で一人暮らし。膝が悪くて買い物に行けず、年金も足りない",
        "母は75歳で一人暮らし、年金だけでは足りないみたいです",
    ],
)
def test_late_old_age_a_need_or_a_parent_alone_is_care(ex, text):
    e = ex(text)
    assert "care" in e.fields
    assert "hardship" in e.fields
