"""Round 33 (41j22): older residents writing in dialect and in spaced kana.
An overdose just now after which the son is 「ぼーっとして返事がおかしい」 (an emergency);
「はやく つまのところへ いきたい」 after the wife's death (suicide); 「電気代がたげぇ高くて」,
「灯油も買えるんだべか」 and 「タクシー代もばかにならん」 (hardship); a helper who 「週2回来て
もろうとる」, 「家で看取りたい」, 「着替えもトイレも手がいる」 and a grandchild who cooks because
the writer's legs are bad (care); 「だれとも はなしとらん」 (isolation).
And what only looks like that: 「家まで来てくれる歯医者」 (no stalking), 「宿題多すぎて死ぬー」
(hyperbole), 「手帳をとったほうがええ」 (no theft delusion), a bruised neighbour who only says
「転んだ」 (no care), 「ばあちゃんの私も何か手伝えることは」 (the writer helps), a grandchild who
taught the writer LINE or ran at sports day (no child matter), a lecture of a hikikomori
family group, 「外に出られん日がある」 (some days, no withdrawal), hearing loss asked about with
a hearing aid (disability, not health), a stroke's aftermath that needs help (care, not
health), a daughter-in-law in hospital while the grandchildren stay (no health), dementia
talked over with grown children (no child, no double care)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- overdose, odd answers


@pytest.mark.parametrize(
    "text",
    [
        "父が睡眠薬をたくさん飲んだみたいで、呂律が回らん",
        "さっき母が薬を大量に飲んで、ぼーっとして目がうつろ、返事も変",
        "娘が薬いっぱい飲んで受け答えがおかしい。どうしよう",
        "妹がODしたって。ろれつがまわってない",
    ],
)
def test_overdose_then_odd_answers_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "電話の返事がおかしいなと思ったら、父は酔っていただけでした",
        "最近母の返事がおかしい。認知症かな",
        "ぼーっとしてて返事が遅れました、すみません",
    ],
)
def test_odd_answers_without_an_overdose_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- to the one who died


@pytest.mark.parametrize(
    "text",
    [
        "夫がなくなってから、はやく　おっとのところへ　いきたい",
        "主人が亡くなって一年、もう主人のとこへ行きたい",
        "母が死んでから早く母のそばに行きたいとばかり思う",
    ],
)
def test_wish_to_join_the_dead_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_going_to_a_living_mother_is_no_suicide(ex):
    assert "suicide" not in ex("早く母のところへ行きたい。入院してて心細いって言うから").crisis


# ---------------------------------------------------------------- hyperbole


@pytest.mark.parametrize(
    "text",
    [
        "宿題多すぎて死ぬー",
        "テスト難しすぎて死んだｗ",
        "子どもが「漢字の書き取り多すぎて死ぬ〜」って言うてます",
    ],
)
def test_too_much_homework_to_live_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_too_hard_to_live_is_still_suicide(ex):
    assert "suicide" in ex("毎日つらすぎて死にたい").crisis


# ---------------------------------------------------------------- visits asked for, not stalking


@pytest.mark.parametrize(
    "text",
    [
        "主人の入れ歯が合わん。家まで来てくれる歯医者さんはおらんかね",
        "夫が足を悪くして、家まで来てもらえるお医者さんを探しとる",
    ],
)
def test_a_visit_asked_for_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "元夫が家まで来る。怖い",
        "別れた夫が家まで来て玄関を叩く",
    ],
)
def test_an_ex_coming_to_the_house_is_still_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- hardship in older speech


@pytest.mark.parametrize(
    "text",
    [
        "ガス代がなまら高くて、この冬越せるか心配",
        "電気代がたげぇ高くて、心配でなんね",
        "米も買えるんだろうか、心配で眠れん",
        "病院までのバス代もばかにならん",
        "通院のガソリン代も馬鹿にならない",
    ],
)
def test_costs_told_in_older_speech_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "電気代がめっちゃ高いけど、まあ仕方ないね",
        "タクシーの運転手さんが親切でした",
    ],
)
def test_a_cost_shrugged_off_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- care in older speech


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーさんに週3回来てもらってるけど足りない",
        "ヘルパーさんが毎朝来てくれるけど、夜が心配",
        "自宅で看取りたいと思っています。何から準備すれば",
        "母は風呂もトイレも手がいるようになった",
        "母が脳梗塞のあとで、トイレも介助がいる",
        "孫が、わしの目が悪いもんで毎日買い物に行ってくれる",
        "私の腰が悪くて、孫が掃除してくれる",
    ],
)
def test_help_at_home_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "障害のある息子にヘルパーさんに来てもらっています",
        "産後ヘルパーさんに来てもらえますか",
        "ヘルパーさんに来てもらって仕事を覚えた",
        "父を家で看取りました。もう三年になります",
        "2歳の子はまだトイレも着替えも手がいる",
        "孫が毎日ご飯作ってくれてうれしい",
        "休みを取ったほうがええよと言われた",
        "主人が脳梗塞で右半身が不自由になって、障害者手帳をとったほうがええと言われた",
        "近所の奥さん、顔にあざがあって、聞いても「転んだ」としか言わん",
        "娘が孫の発達のことで悩んどって、ばあちゃんの私も何か手伝えることはないか",
    ],
)
def test_what_only_looks_like_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_grandchild_helping_is_no_double_care(ex):
    assert "double_care" not in ex("孫が、わしの目が悪いもんで毎日買い物に行ってくれる").patterns


def test_a_stroke_with_help_needed_is_care_not_health(ex):
    out = ex("主人も脳梗塞のあとで着替えもトイレも手がいる")
    assert "care" in out.fields
    assert "health" not in out.fields


def test_a_stroke_in_rehabilitation_is_still_health(ex):
    assert "health" in ex("脳梗塞のあとリハビリを頑張っています").fields


# ---------------------------------------------------------------- hearing loss


def test_hearing_loss_with_a_hearing_aid_is_disability_not_health(ex):
    out = ex("耳が遠くなって、補聴器を作りたいけど障害者手帳がいりますか")
    assert "disability" in out.fields
    assert "health" not in out.fields


def test_hearing_loss_alone_is_still_health(ex):
    assert "health" in ex("耳が遠くなって、テレビの音が大きいと言われる").fields


# ---------------------------------------------------------------- hospital stay as the reason


@pytest.mark.parametrize(
    "text",
    [
        "娘が入院しとる間、孫を預かっとる",
        "嫁が入院している間、孫二人の面倒を見ています",
    ],
)
def test_a_stay_in_hospital_while_the_grandchildren_stay_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_visiting_a_partner_in_hospital_is_still_health(ex):
    assert "health" in ex("夫が入院しとる間、毎日病院に通っとる").fields


# ---------------------------------------------------------------- grown children, news


def test_dementia_talked_over_with_grown_children_is_no_child(ex):
    out = ex("認知症の主人のこと、子どもたちと相談して決めたい")
    assert "child" not in out.fields
    assert "double_care" not in out.patterns


def test_children_consulted_about_lessons_is_still_child(ex):
    assert "child" in ex("子どもたちと相談して、習い事を決めたい").fields


@pytest.mark.parametrize(
    "text",
    [
        "孫に教えてもらってスマホを始めました",
        "孫が設定してくれてLINEができるようになりました",
        "孫の運動会で、じいちゃん張り切って走ったわ",
        "孫の発表会に行ってきました",
    ],
)
def test_grandparents_news_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫に教えてもらったけど、孫が最近学校を休みがちで心配",
        "孫の運動会で、孫だけひとりぼっちで心配",
    ],
)
def test_a_grandchild_worried_about_is_still_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- withdrawal and isolation


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもりの親の会の勉強会に参加しました",
        "ひきこもりの家族会の講演を聞いてきました。うちには関係ないけど",
        "頭痛がひどくて外に出られない日もある",
    ],
)
def test_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子がひきこもって5年、ひきこもりの家族会に相談に行きました",
        "もう半年、外に出られん日が続いとる",
    ],
)
def test_still_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "だれとも　しゃべっとらん　もう　なんにちも",
        "ばあさんが　しんでから　だれとも　はなしとらん",
    ],
)
def test_no_one_talked_to_in_kana_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns
