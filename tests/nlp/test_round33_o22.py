"""Round 33 (41o22): what the O22 set missed or read wrongly.
Children whose parent does not come home and who are always hungry (neglect: abuse and
child, not the emergency of someone missing now); a parent writing of a child's asthma or
ear infection (child). And what only looks like that: a partner who says work or the
company will kill him (「会社に殺される」: an overstatement, not DV or an emergency); a
loneliness denied (「寂しいとかは全然ない」); a joke that one slept so deeply that the family
thought one had stopped breathing; a mother who looks after a withdrawn son and a father
in care on her own (「一人で二人を見てる」: not children); a new parent kept awake by a
crying baby who asks whether it is normal; a pupil joking that homework will kill them;
kin who live far away given as why the writer cares for the parents alone."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- neglect: hungry, parent not home


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の子、親が夜遅くまで帰ってこなくて、毎日お腹すかせてうちに来る",
        "アパートの下の階の姉弟、お母さんが何日も帰ってこないみたいで、おなかをすかせて泣いてる",
        "近所の兄弟がいつも夜一人でいる。親が帰らなくて腹すかせてるらしい",
    ],
)
def test_hungry_children_parent_not_home_is_abuse(ex, text):
    got = ex(text)
    assert "abuse" in got.crisis
    assert "child" in got.fields


@pytest.mark.parametrize(
    "text",
    [
        "近所の小さい姉妹、夜になっても親が帰ってこなくて、いつもお腹すかせてうちに来ます",
        "うちの隣の子たち、毎晩ママが帰ってこなくて、ご飯も食べてないみたい。お腹すかせてる",
    ],
)
def test_always_hungry_children_are_no_emergency(ex, text):
    got = ex(text)
    assert "abuse" in got.crisis
    assert "emergency" not in got.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜になっても母が帰ってこない。電話も出ない",
        "小学生の息子が暗くなっても帰ってこない",
    ],
)
def test_someone_not_back_tonight_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a child's illness


@pytest.mark.parametrize(
    "text",
    [
        "娘が喘息で、夜になると咳がひどくなる。小児科と呼吸器科どっちがいい？",
        "息子が中耳炎をくり返してて、耳鼻科に通うのが大変",
        "うちの子が熱性けいれんを起こしたことがあって、予防接種が心配です",
    ],
)
def test_childs_illness_is_child(ex, text):
    got = ex(text)
    assert "child" in got.fields
    assert "health" in got.fields


def test_grown_sons_asthma_is_not_child(ex):
    assert "child" not in ex("会社員の息子が喘息で、職場の粉じんがよくないらしい").fields


# ---------------------------------------------------------------- overstatement, not DV


@pytest.mark.parametrize(
    "text",
    [
        "旦那が「このままだと会社に殺される」ってぼやいてます。残業続きで心配",
        "夫が上司に殺されるって言うくらい毎日遅い。保育園の延長って何時まで？",
        "妻が職場に殺されるって笑ってた。最近ずっと夜勤",
    ],
)
def test_killed_by_work_is_no_dv(ex, text):
    got = ex(text)
    assert "dv" not in got.crisis
    assert "emergency" not in got.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「別れたら殺される」と思うくらい毎日怒鳴られる",
        "彼氏に殺すって言われた。もう会社にも行けない",
    ],
)
def test_threat_by_partner_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- loneliness denied


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしが気楽で、寂しいとかは別にないです。ごみの出し方を教えてください",
        "一人が好きなのでさびしくは全然ないです。図書館の休館日を知りたい",
        "寂しいなんてまったくないけど、防災の集まりはありますか",
    ],
)
def test_loneliness_denied_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_loneliness_told_stays_isolation(ex):
    assert "isolation" in ex("一人暮らしで毎日寂しい。話す人が誰もいない").patterns


# ---------------------------------------------------------------- a joke about deep sleep


@pytest.mark.parametrize(
    "text",
    [
        "昼寝してたら母に「息してないのかと思った」って言われたw",
        "熟睡しすぎて、夫に息してないかと思ったって揺さぶられた",
    ],
)
def test_deep_sleep_joke_is_no_health(ex, text):
    got = ex(text)
    assert "health" not in got.fields
    assert "emergency" not in got.crisis


def test_stopped_breathing_now_stays_an_emergency(ex):
    assert "emergency" in ex("父が息してない。呼んでも反応がない").crisis


# ---------------------------------------------------------- 「一人で二人を見てる」: not children


@pytest.mark.parametrize(
    "text",
    [
        "兄がずっとひきこもってて、母は認知症。父一人で二人を見てる状態です",
        "祖父が寝たきりで、叔父もひきこもり。祖母がひとりで二人とも面倒みてる",
    ],
)
def test_two_grown_ones_looked_after_are_not_children(ex, text):
    got = ex(text)
    assert "child" not in got.fields
    assert "double_care" not in got.patterns


def test_two_small_children_alone_stay_child(ex):
    assert "child" in ex("ワンオペで一人で2人見てる。3歳と1歳、もう限界").fields


# ---------------------------------------------------------------- a crying baby at night


@pytest.mark.parametrize(
    "text",
    [
        "生後2か月の娘が夜中ずっと泣いてて、私もほとんど寝られない。よくあることですか",
        "新生児が夜通し泣きやまないで、ママも全然眠れない。みんなこんなもの？",
    ],
)
def test_kept_awake_by_baby_is_child_not_health(ex, text):
    got = ex(text)
    assert "child" in got.fields
    assert "health" not in got.fields


def test_kept_awake_to_breaking_point_stays_health(ex):
    got = ex("赤ちゃんが夜ずっと泣いてて私も寝られなくなって、涙が止まらない")
    assert "health" in got.fields


# ---------------------------------------------------------------- homework joke


@pytest.mark.parametrize(
    "text",
    [
        "宿題多すぎて死ぬｗ これ誰がやってるアカウント？",
        "課題終わらなくて死にそう笑",
    ],
)
def test_homework_joke_is_nothing(ex, text):
    got = ex(text)
    assert "child" not in got.fields
    assert not got.crisis


def test_homework_and_school_refusal_stays_child(ex):
    assert "child" in ex("宿題多すぎて死にそう笑 もう学校行きたくない").fields


# ---------------------------------------------------------------- kin far off, caring alone


@pytest.mark.parametrize(
    "text",
    [
        "母が認知症で父は入院中。兄弟はみんな遠くて、私ひとりで両方の面倒を見てます",
        "姉は県外なので、私一人で父の介護をしています。ショートステイを使いたい",
    ],
)
def test_kin_far_off_while_caring_is_no_isolation(ex, text):
    got = ex(text)
    assert "care" in got.fields
    assert "isolation" not in got.patterns


def test_kin_far_off_and_no_one_to_talk_to_stays_isolation(ex):
    got = ex("きょうだいは遠くて私一人で母を見てます。誰とも話さない日が続いてる")
    assert "isolation" in got.patterns
