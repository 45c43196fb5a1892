"""Round 35 (43z24): older residents (70 to 90) writing of their own or their spouse's life
(set Z24), the families behind its misses.

- 死んでもいいくらい幸せ is joy, no suicide; grandchildren who gather or come to visit, a talk
  asked for at a school and 子はおらず are no child matter;
- 誰にも弱音をはけない is isolation; 不安で/夜になると胸がどきどき is health; a premium notice
  and how it is paid is no hardship;
- the writer's own blow at a spouse whose forgetfulness is told with の (妻の物忘れ) is elder
  abuse, not DV;
- a school-age grandchild who looks after the ill or old one of the house is a young carer, and
  the grandparent who writes has no double care;
- a son or daughter who works now after a withdrawal told as past is no hikikomori;
- a spouse who gambles away the couple's pension is no elder abuse;
- rides to dialysis for a spouse that the writer cannot manage alone are care;
- an older writer's own failing eyes with shopping and cooking given up are care and health,
  not disability;
- a son or daughter home again with their own children is no 8050; the grandchildren are child.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- joy, not death


@pytest.mark.parametrize(
    "text",
    [
        "ひ孫の顔を見られて、もう死んでもいいほど嬉しかったです",
        "死んでもええくらい幸せな一日でした",
        "こんなおいしいお寿司、死んでもいいくらいおいしかった",
    ],
)
def test_happy_enough_to_die_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう死んでもいいと思っています。生きていても仕方がない",
        "幸せだった頃を思うと、もう死にたい",
    ],
)
def test_wishing_to_die_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- grandchildren as guests


@pytest.mark.parametrize(
    "text",
    [
        "喜寿の祝いに孫たちがみんな集まってくれました",
        "孫が遊びに来てくれて、にぎやかな正月でした",
        "白寿のお祝いにひ孫まで駆けつけてくれました",
    ],
)
def test_grandchildren_who_gather_are_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_grandchild_visit_with_a_worry_keeps_child(ex):
    assert "child" in ex("孫が遊びに来たけど、孫の言葉が遅くて心配です").fields


# ---------------------------------------------------------------- a talk at a school


@pytest.mark.parametrize(
    "text",
    [
        "中学校で空襲の体験談をしてほしいと言われました",
        "昔の遊びの話を、小学校でしてほしいと頼まれております",
        "学校で子どもたちに戦争の話をしてほしいそうです。公民館に相談すればいいですか",
    ],
)
def test_a_talk_asked_for_at_a_school_is_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_a_grandchilds_school_trouble_stays_child(ex):
    assert "child" in ex("小学校で孫がいじめられているようです").fields


# ---------------------------------------------------------------- no children


@pytest.mark.parametrize(
    "text",
    [
        "夫婦二人きりで、子はおらず、主人が寝たきりになりました",
        "わたしたちには子どもはおりません。家内の物忘れがひどくなって",
        "子宝には恵まれず、いまは妻と二人です。妻の足が悪くなり買い物も行けません",
    ],
)
def test_no_children_is_no_child_and_no_double_care(ex, text):
    e = ex(text)
    assert "child" not in e.fields
    assert "double_care" not in e.patterns


# ---------------------------------------------------------------- no one to lean on


@pytest.mark.parametrize(
    "text",
    [
        "主人を亡くしてから、誰にも弱音をはけずにおります",
        "娘たちは遠くにおり、だれにも愚痴をこぼせません",
        "誰にも本音を話せなくて、毎日一人で泣いています",
    ],
)
def test_no_one_to_lean_on_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "亡くなった夫は誰にも弱音をはかない人でした",
        "弱音をはいてもいいんだよ、と友だちが言ってくれました",
    ],
)
def test_weakness_told_of_another_or_allowed_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a heart that races with fear


@pytest.mark.parametrize(
    "text",
    [
        "一人でいると不安で胸がドキドキしてきます",
        "夜中になると、どうしてか胸がばくばくして眠れません",
        "心配で心臓がどきどきして、夕方からおちつきません",
    ],
)
def test_a_racing_heart_with_fear_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫の結婚式で胸がどきどきしました",
        "初めてのスマホ教室、胸がドキドキしましたが楽しかった",
    ],
)
def test_a_racing_heart_with_joy_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a premium and how it is paid


@pytest.mark.parametrize(
    "text",
    [
        "後期高齢者医療の保険料の通知が届きました。口座から落ちるのですか",
        "介護保険料の納付書が来たのですが、コンビニで払えますか",
    ],
)
def test_how_a_premium_is_paid_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_a_premium_that_cannot_be_paid_is_hardship(ex):
    assert "hardship" in ex("保険料の通知が来たけど払えません").fields


# ---------------------------------------------------------------- the carer's own blow


@pytest.mark.parametrize(
    "text",
    [
        "家内の物忘れがひどく、同じことを何回も聞くので、つい叩いてしまいました",
        "夫の認知症が進んで、昨日とうとう手をあげてしまった。自分がこわい",
    ],
)
def test_carers_blow_at_a_spouse_of_need_is_abuse_not_dv(ex, text):
    e = ex(text)
    assert "abuse" in e.crisis
    assert "dv" not in e.crisis


def test_a_blow_suffered_from_a_spouse_stays_dv(ex):
    e = ex("夫の物忘れがひどくなってから、毎日のように夫に叩かれています")
    assert "dv" in e.crisis


# ---------------------------------------------------------------- a grandchild who carries the care


@pytest.mark.parametrize(
    "text",
    [
        "中学生の孫が、寝たきりの祖母の世話をずっとしてくれていて、部活もやめたそうです",
        "孫（小5）は、母親が入院しているので毎日夕飯を作っているらしい",
        "高校の孫娘が、認知症の主人の見守りをしてくれていて、友だちとも遊べていないようです",
    ],
)
def test_a_school_age_grandchild_who_cares_is_a_young_carer(ex, text):
    e = ex(text)
    assert "young_carer" in e.patterns
    assert "double_care" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生の孫が夏休みに遊びに来て、料理を作ってくれました",
        "小学生の孫の世話を、娘が入院している間だけ見ています",
        "中学の孫は元気に学校へ通っています",
    ],
)
def test_a_grandchild_visiting_or_cared_for_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a withdrawal that is over


@pytest.mark.parametrize(
    "text",
    [
        "昔はひきこもりの相談でお世話になりました。娘はいま働いております",
        "以前、引きこもりの講座に通っていました。息子はおかげさまで就職して元気です",
    ],
)
def test_a_withdrawal_told_as_past_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は以前は働いていましたが、いまは三年ひきこもっています",
        "以前相談した者です。息子はいまも部屋にひきこもっています",
    ],
)
def test_a_withdrawal_now_stays_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- a gambler's spending


@pytest.mark.parametrize(
    "text",
    [
        "主人が競馬で年金を使いこんでしまい、家計が苦しいです",
        "家内がパチンコ通いで、年金をつぎこんでしまいます",
    ],
)
def test_a_spouse_who_gambles_the_pension_is_no_elder_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_a_son_who_takes_the_pension_stays_abuse(ex):
    assert "abuse" in ex("息子がパチンコで私の年金を使いこんでしまいます").crisis


# ---------------------------------------------------------------- rides the writer cannot manage


@pytest.mark.parametrize(
    "text",
    [
        "家内のリハビリの送り迎えが、わたし一人ではもう無理です",
        "夫が週三回透析に通うことになり、付き添いが私ひとりでは大変です",
    ],
)
def test_rides_for_a_spouse_too_much_alone_are_care(ex, text):
    assert "care" in ex(text).fields


def test_a_childs_school_run_is_no_care(ex):
    assert "care" not in ex("息子の学校の送り迎えが一人では大変です").fields


# ---------------------------------------------------------------- an older writer's own eyes


@pytest.mark.parametrize(
    "text",
    [
        "めが　みえなくなって　せんたくも　りょうりも　できません",
        "目がだんだん見えにくくなって、買い物にも行けなくなりました",
    ],
)
def test_an_older_writers_failing_eyes_with_daily_life_given_up_are_care(ex, text):
    e = ex(text)
    assert "care" in e.fields
    assert "disability" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "目が見えにくくて、障害者手帳を取りたい",
        "事故で目が見えにくくなって、仕事ができなくなりました",
    ],
)
def test_eyes_with_a_card_or_an_accident_stay_disability(ex, text):
    assert "disability" in ex(text).fields


# ---------------------------------------------------------------- home again with children


@pytest.mark.parametrize(
    "text",
    [
        "息子が離婚して孫を連れて帰ってきました。わしの年金だけでは苦しい",
        "娘が別居して、まご二人をつれて戻ってきて、私の年金で暮らしています",
    ],
)
def test_a_child_home_with_grandchildren_is_child_not_8050(ex, text):
    e = ex(text)
    assert "child" in e.fields
    assert "8050" not in e.patterns


def test_a_holiday_visit_with_grandchildren_is_no_child(ex):
    assert "child" not in ex("正月に娘が孫を連れて帰ってきました。にぎやかでした").fields
