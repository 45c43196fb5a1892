"""Round 26 (34d12): neighbours and relatives told of by a third person. Someone standing outside
the railing of a balcony, roof or bridge; a father who hands over his bankbook and seal after a
diagnosis and starts putting his things in order; an old regular who has not come for days; a
child whose parents will not unlock the door, a wife shut out at night; round burn marks on a
child; a mother's boyfriend who comes into the bath; a bruise after a date (DV); 「家にごはん
ないけん」 in dialect; pupils who help a parent in the toilet, mind a sibling while the parents
work, or have no time for homework; a mother who cannot love her baby since the birth.
And what only looks like that: workers or a cat beyond a railing, 終活 and moving house, a regular
away in hospital, burns from an iron, a bath with a small child, 「消えたい」 that meant deleting
an account, a husband shouting at a baseball game, a grown daughter unseen for years (no
emergency), a forgetfulness check that found nothing, a child watching TV while a parent works."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- outside the railing


@pytest.mark.parametrize(
    "text",
    [
        "隣のマンションのベランダで、女の人が手すりの外側に立ってるんです",
        "橋の欄干の向こう側に男の人が座ってる、どうしよう",
        "屋上のフェンスの外に制服の子が立ってます",
        "歩道橋の柵の外に出ておる人がおる、危なそう",
        "団地の8階の柵のそとにだれか立ってる",
    ],
)
def test_outside_the_railing_is_suicide_and_emergency(ex, text):
    """A person outside the railing of a balcony, roof or bridge: suicide and emergency."""
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "工事の作業員さんがベランダの柵の外で作業してて、ちょっとうるさいです",
        "うちの猫がベランダの手すりの外に出てしまって降りてこない",
        "ベランダの柵の外側に植木鉢を置いてもいいですか",
        "橋の欄干の工事はいつ終わりますか",
    ],
)
def test_work_or_a_cat_beyond_the_railing_is_no_crisis(ex, text):
    """Workers, a cat or a flowerpot beyond a railing: no suicide, no emergency."""
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- putting affairs in order


@pytest.mark.parametrize(
    "text",
    [
        "母が病気がわかってから通帳と印鑑を私に預けて、身の回りの物を処分し始めた",
        "祖父が急に暗証番号を書いた紙を渡してきて、部屋を片付けてる",
        "兄が「家族に迷惑かけたくない」って言って身辺を整理しだしました",
        "父が「お前らに迷惑かけとうない」と言うて持ち物を片付けよる",
    ],
)
def test_affairs_put_in_order_is_suicide(ex, text):
    """Bankbook and seal handed over, things put in order, 「迷惑かけたくない」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が終活を始めて、通帳や印鑑を私に預けて身の回りを整理してます。エンディングノートの講座ってありますか",
        "引っ越しが決まったので、父が通帳を私に渡して部屋の片付けをしてます",
        "子どもに迷惑かけたくないから、元気なうちに生前整理で身の回りを片付けたい",
        "通帳の記帳のしかたを教えてください",
    ],
)
def test_end_of_life_planning_is_no_suicide(ex, text):
    """終活, moving house, tidying while well: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a regular not come for days


@pytest.mark.parametrize(
    "text",
    [
        "毎朝散歩の途中に寄ってくれてたおばあちゃんが、ここ5日顔を見せない",
        "常連の一人暮らしのおじいさんが、もう一週間…いや6日来てなくて心配",
        "いつも新聞を買いに来るお年寄りが3日も来ないんです",
        "毎日店に来よったじいちゃんが、もう4日来とらん",
    ],
)
def test_old_regular_not_come_for_days_is_emergency(ex, text):
    """An old regular who came every day and has not come for days: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "毎朝来てたおばあちゃん、3日来てないけど入院してるって娘さんから聞きました",
        "常連のおじいさんが5日来なかったのは旅行だったそうです",
        "毎日来てくれるおばあちゃんに何かお礼をしたい",
    ],
)
def test_regular_away_for_a_reason_is_no_emergency(ex, text):
    """A regular away in hospital or on a trip, or only thanked: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- shut out of the house


@pytest.mark.parametrize(
    "text",
    [
        "公園で小学生の子が「親がカギ開けてくれない」って夜遅くまでいた",
        "近所の中学生、夜中に家の前に座ってて「鍵開けてもらえん」って",
        "小4の姪が「ママがドア開けてくれへん」って泣きながら電話してきた",
        "うちの前でよその子が「玄関あけてくれない」って言ってて、夜10時です",
    ],
)
def test_child_shut_out_is_abuse(ex, text):
    """A child whose parents will not unlock the door: abuse (neglect)."""
    assert "abuse" in ex(text).crisis


def test_wife_shut_out_at_night_is_dv(ex):
    """A wife outside at night saying 「入れてもらえない」, the husband's shouting heard: DV."""
    text = "夜中に隣の奥さんが外で「家に入れてもらえない」って泣いてた。旦那さんがいつも怒鳴ってる"
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "鍵を開けてくれないと入れないので、管理会社に連絡しました",
        "保育園に入れてもらえないって、待機児童のことです",
    ],
)
def test_locked_door_business_is_no_abuse(ex, text):
    """A locked door and the management company, a nursery place: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- burn marks on a child


@pytest.mark.parametrize(
    "text",
    [
        "孫（小2）の腕にたばこのやけどの跡みたいなのがある",
        "近所の子の背中に、まるい火傷の痕がいくつもありました",
        "甥っ子の足にやけどの跡が何個もあって、聞いても答えない",
        "保育園の子の手にタバコを押しつけられたような跡があった",
    ],
)
def test_burn_marks_on_a_child_are_abuse(ex, text):
    """Round or cigarette burn marks, many of them, on a child: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子（小3）がアイロンで手にやけどして、跡が何個か残ってる",
        "娘が料理中に油がはねて腕に火傷の跡がいくつもできた",
        "子どもの日焼けのあとがヒリヒリしてるけど病院いくべき？",
    ],
)
def test_burns_from_an_accident_are_no_abuse(ex, text):
    """Burns from an iron, frying oil or the sun: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a mother's boyfriend


@pytest.mark.parametrize(
    "text",
    [
        "姪が「お母さんの彼氏がお風呂に入ってくるのがこわい」って",
        "娘（小5）が、母親の再婚相手にからだを触られるって泣いてた",
        "孫が「ママのかれしがおふろにはいってくる、きもちわるい」って言う",
        "友だちの子、義理の父がトイレをのぞいてくるのが嫌だって",
    ],
)
def test_mothers_partner_in_the_bath_is_abuse(ex, text):
    """A mother's boyfriend or a stepfather who comes into the bath or touches: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "新しいパパがお風呂に入れてくれて、子ども（3歳）も喜んでます",
        "母の彼氏がお風呂の掃除をしてくれて助かるって母が言ってた",
        "ママの彼氏、お風呂に入ってくるねって言って出ていった",
    ],
)
def test_mothers_partner_at_home_is_no_abuse(ex, text):
    """A stepfather who bathes a toddler, cleans the bath, goes to take a bath: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a bruise after a date


@pytest.mark.parametrize(
    "text",
    [
        "妹が彼氏と会うたびに腕に青あざつくってくる",
        "娘が彼氏の家に泊まった次の日、顔にあざがあった",
        "高校生の娘、付き合ってる相手とデートした日に足に痣ができてる",
        "友だちが恋人と遊んだあと、目のまわりを腫らして帰ってきた",
    ],
)
def test_bruise_after_a_date_is_dv(ex, text):
    """A bruise after meeting a boyfriend or partner: DV, not child abuse."""
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


def test_bruise_from_a_fall_is_no_dv(ex):
    """A bruise from a fall, no partner: no DV."""
    assert "dv" not in ex("娘が部活で転んで膝にあざを作った").crisis


# ---------------------------------------------------------------- no meals at home, in dialect


@pytest.mark.parametrize(
    "text",
    [
        "近所の小2の子が「うちにごはんないけえ」ってお菓子ばっかり食べとる",
        "よく来る小学生が「家に食べ物なか」って言うとです",
        "学童の子が「いえにごはんない」っていつも言ってる",
        "甥っ子（小4）、「家にご飯あらへん」ってうちに来よる",
    ],
)
def test_no_food_at_home_is_abuse(ex, text):
    """A child who says there is no food at home, in dialect or kana: abuse (neglect)."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今日は家にご飯ないから子どもたちと外食します",
        "子どもに「家にごはんないから買いに行こう」と言いました",
    ],
)
def test_no_dinner_cooked_tonight_is_no_abuse(ex, text):
    """No dinner cooked tonight, so eating out or shopping: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- words that meant no harm


@pytest.mark.parametrize(
    "text",
    [
        "友だちの「消えたい」はSNSから消えたいって意味だったらしいです、すみません",
        "先ほど妹が死にたいって言ってると書きましたが、ゲームのキャラが死にたいって意味でした",
        "息子の「きえたい」、部活をやめたいっていういみだった",
        "さっきの「消えたい」の件、私の勘違いでした",
    ],
)
def test_words_explained_away_are_no_suicide(ex, text):
    """「消えたい」 later explained as something else or a misunderstanding: no suicide."""
    assert "suicide" not in ex(text).crisis


def test_words_asked_about_are_still_suicide(ex):
    """Asking what 「消えたい」 meant, without an answer: still suicide."""
    assert "suicide" in ex("友達の「消えたい」ってどういう意味だったのか気になって眠れない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "上の階のご主人の大声、サッカーの試合で叫んでただけでした",
        "夫が毎晩怒鳴ってると思ったら、ゲームしながら騒いでるだけやった",
        "旦那の大声は野球の応援しとるだけです",
    ],
)
def test_shouting_at_a_game_is_no_dv(ex, text):
    """A husband shouting at a match or a game: no DV."""
    assert "dv" not in ex(text).crisis


def test_grown_daughter_unseen_for_years_is_no_emergency(ex):
    """A daughter unseen for years since quitting school: withdrawal, no emergency or abuse."""
    got = ex("向かいの家の息子さん、大学を中退してからもう5年姿を見てないです")
    assert "emergency" not in got.crisis
    assert "abuse" not in got.crisis


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "クラスの子（中1）、お母さんが病気で、着替えやお風呂を手伝ってるそうです",
        "近所の中学生が、お父さんのトイレを毎日手伝ってるって",
        "甥（高1）は、母親が寝たきりでおむつも替えてるらしい",
        "小6の姪が、親が夜勤の間ずっと妹を見てるって",
        "中2の男の子、お母さんの代わりに弟のお迎えと夕飯作ってるって聞いた",
        "高校生のいとこ、お父さんの代わりに下の子のごはん作ってる",
        "娘の同級生が「弟の世話してたら宿題できない」ってこぼしてたらしい",
        "姪が「家事やってたら勉強する時間がない」って言ってた",
    ],
)
def test_pupil_who_cares_is_young_carer(ex, text):
    """A pupil who helps a parent's body, minds siblings, or has no time for homework."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "小5です。お父さんが仕事の間、ずっとゲームしてる",
        "家事してたら子どもの宿題を見る時間がなくて困ってます",
        "高校生の息子のトイレトレーニングの本ってありますか",
    ],
)
def test_pupil_at_play_is_no_young_carer(ex, text):
    """A pupil playing while a parent works, a parent's own housework: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- after the birth; a check-up


@pytest.mark.parametrize(
    "text",
    [
        "友だちが出産してから、赤ちゃんをかわいいと思えないって落ち込んでる",
        "嫁が産後ずっと泣いてばかりで心配です",
        "娘が産んでから眠れないって言ってます、2か月になります",
        "産後3週間、涙が止まらなくて何もする気が起きない",
    ],
)
def test_after_the_birth_is_health(ex, text):
    """Unable to love the baby, crying, sleepless since the birth: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父の物忘れ、病院で検査したら年相応と言われて安心しました",
        "祖母の物忘れが増えたので受診したら、異常なしでした",
        "母のもの忘れを調べてもらったけど問題なかったです",
    ],
)
def test_forgetfulness_checked_and_clear_is_no_care(ex, text):
    """Forgetfulness checked and found normal for the age: no care."""
    assert "care" not in ex(text).fields
