"""Round 33 (41e22): short messages in kana, typed word by word, with the phone's
conversion slips. A wish to vanish or die converted wrong (「着えてしまいたい」「市にたい」); a
neighbour not seen for days, newspapers piling up (kana); a denial in kana
(「ぎゃくたいとかじゃない」); 「生涯」 for 障害; kana back pain and voices heard when no one is
there; pay too low to live on, a temp worker let go, wages gone on pachinko; 「ほうかご デイ」
(a disability service for children, no elder care); a house shut for two years; a child who
looks after a disabled sibling at night in turns; an 8050 parent's fear in kana
(「わたしが しんだら どうなる」).
And what only looks like that: 市に対して, 市にたくさん, 着替えて; a dog not seen; old
newspapers for recycling; 生涯学習; laughter next door; wages saved; a bonus not paid; care
that is over, a grandfather who only plays senile; a stroke told before 「これから介護」 (no
emergency, no disability service); sleep lost to a baby's night crying."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- conversion slips


@pytest.mark.parametrize(
    "text",
    [
        "もう着えたい",
        "だれにも会いたくない。着えてしまいたい",
        "このまま着えちゃいたいな",
        "なんかもう市にたい",
        "友だちが市にたいってLINEしてきた",
        "氏にたい。つかれた",
    ],
)
def test_mistyped_wish_to_vanish_or_die_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "市に対して要望があります",
        "市にたくさんの人が集まった",
        "この件は市にたいしてどう言えばいい",
        "着替えてから行きます",
        "コート着て出かけたい",
    ],
)
def test_city_and_clothes_are_no_suicide(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "おとうとに 生涯が あって まいにち おふろ てつだう 小6",
        "むすめに 生涯が あります 手帳 とりたい",
    ],
)
def test_lifetime_for_disability_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "かれの 生涯の ある 時期 について しらべてる",
        "生涯学習センター の 講座",
        "生涯のあり方を考える講座",
        "人の生涯のあるべき姿",
    ],
)
def test_a_lifetime_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- neighbour not seen


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋の人がもう5日も出てこない",
        "下の階の人 4日 出てこない 電気も ついたまま",
        "となりの ひと 1しゅうかん でてこない",
        "きんじょの ひと なんにちも しんぶん たまってて",
        "ひとりぐらしの おじさん 何日も しんぶん たまってる",
    ],
)
def test_neighbour_not_seen_for_days_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "となりの へやの ひと 3日 でてこない りょこう かな",
        "近所の犬が3日見えない",
        "しんぶん たまってきたので 古紙回収 いつ",
    ],
)
def test_trip_dog_or_recycling_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- denial in kana


@pytest.mark.parametrize(
    "text",
    [
        "ぎゃくたい とかじゃ ないです けど こどもを つい どなって しまう",
        "ぎゃくたいじゃないけど むすめの しつけ に なやんでる",
    ],
)
def test_kana_denial_of_abuse_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- health in kana


@pytest.mark.parametrize(
    "text",
    [
        "こし いたくて しごと いけない",
        "ひざが いたい びょういん どこ",
        "だれも いないのに こえが きこえる",
        "だれも いないのに わるぐち きこえる きがする",
    ],
)
def test_kana_pain_and_voices_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "となりの へやから わらいごえが きこえる",
        "ラジオの こえが きこえる",
    ],
)
def test_voices_really_there_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text",
    [
        "工賃 すくなすぎて くらせない",
        "きゅうりょう やすすぎて せいかつ できない",
        "はけん きられて しごと ない",
        "派遣切りにあって家賃はらえない",
        "パチスロで 給料 ぜんぶ つかっちゃう",
        "給料 ぜんぶ パチンコに きえる",
        "むすこ 50さい ずっと ひきこもり おやの ねんきん で くらしてる わたしが しんだら どうなる",
    ],
)
def test_low_pay_lost_job_and_gambled_wages_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_wages_saved_are_no_hardship(ex):
    assert "hardship" not in ex("給料ぜんぶ貯金してます").fields


# ---------------------------------------------------------------- after-school day service


@pytest.mark.parametrize(
    "text",
    [
        "ほうかご デイ 探してる むすこ 自閉症",
        "ほうかごでい の ひよう",
    ],
)
def test_after_school_day_service_is_disability_not_care(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- shut in for years


@pytest.mark.parametrize(
    "text",
    [
        "いえの シャッター しめて 3年 でてない 40さい",
        "へやの カーテン しめっぱなしで 2年 以上 でてない",
    ],
)
def test_house_shut_for_years_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_bonus_not_paid_for_years_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("ボーナス 2年 でてない").patterns


# ---------------------------------------------------------------- a sibling watched at night


def test_sibling_watched_at_night_in_turns_is_young_carer(ex):
    text = "いもうとに 生涯が あって よる 交代で みてる ねぶそく で じゅぎょう ねむい 中2"
    assert "young_carer" in ex(text).patterns


def test_watching_tv_in_turns_is_no_young_carer(ex):
    assert "young_carer" not in ex("よる こうたいで みてる ドラマ おもしろい").patterns


# ---------------------------------------------------------------- care over, senility played


@pytest.mark.parametrize(
    "text",
    [
        "ちちは きょねん なくなりました かいごは おわりました おせわに なりました",
        "ははの かいごが おわって ほっと してる",
        "じいちゃん ボケた ふり して わらわせて くる",
    ],
)
def test_care_over_or_senility_played_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "かいご が おわらない もう げんかい",
        "ははの かいご が おわったら じぶんの じかん ほしい",
        "ばあちゃん ボケて きて おなじこと なんかいも きく",
    ],
)
def test_care_going_on_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a stroke, then care


def test_stroke_then_care_ahead_is_no_emergency_nor_disability(ex):
    result = ex("ちちが のうこうそく で たおれて 半身まひ これから かいご どうしよう")
    assert "emergency" not in result.crisis
    assert "disability" not in result.fields
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ちちが たおれて 半身 うごかない いま",
        "おかあさん いま たおれて へんじ しない",
    ],
)
def test_collapse_now_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_certificate_asked_after_stroke_keeps_disability(ex):
    assert "disability" in ex("ははが 脳梗塞で 半身まひ 介護 と 障害者手帳 どっち").fields


# ---------------------------------------------------------------- night crying


@pytest.mark.parametrize(
    "text",
    [
        "よなき で まいばん ねられない",
        "夜泣きで毎晩寝られなくてつらい",
        "じゅにゅう で よる ねれない",
    ],
)
def test_sleep_lost_to_night_crying_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "child" in result.fields


def test_sleeplessness_alone_is_health(ex):
    assert "health" in ex("さいきん ねむれない").fields
