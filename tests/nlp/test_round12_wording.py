"""Round 12: word-by-word spacing (分かち書き), kept pills, a passport taken, a leap idiom."""

from __future__ import annotations

import pytest

from nlp.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "おっと が わたし の パスポート を とって、そと に でさせて くれません",
        "おっと が こわい です。 わたし を そと に でさせて くれない",
        "夫がパスポートを取り上げて、外に出させてくれません",
        "夫に パスポートを 隠されて、どこにも 行けません",
        "かれし が わたし の パスポート を もって いきました。そと に でさせて くれない",
    ],
)
def test_a_partner_who_keeps_the_passport_or_keeps_one_in_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パスポートの更新はどこでできますか",
        "パスポートを取って、来月は夫と旅行に行きます",
        "雨なので子どもを外に出させてくれない保育園です",
    ],
)
def test_a_passport_errand_or_a_rainy_day_is_not_dv(ex, text):
    assert "dv" not in ex(text).crisis


def test_spaces_between_words_are_not_sentence_breaks():
    spaced = normalise("おっと が わたし の パスポート を とって")
    assert spaced.text == "おっとがわたしのパスポートをとって"
    assert not spaced.breaks
    # Phrases set apart by a space, with no particle standing alone, still end a sentence.
    assert normalise("お金は大丈夫 母の介護").breaks


@pytest.mark.parametrize(
    "text",
    [
        "眠剤を少しずつためています。いつでも飲めるように。",
        "睡眠薬をためこんでいる",
        "病院でもらう睡眠剤を飲まずに貯めています",
        "薬をこっそりためてる。いざという時のために",
        "安定剤を溜めてある",
    ],
)
def test_keeping_back_pills_is_a_suicide_risk(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "飲み忘れた薬がたまってしまった。どうしたらいいですか",
        "お薬手帳をためておく方法を教えてください",
        "ポイントをためて薬局で使いたい",
    ],
)
def test_forgotten_pills_or_points_are_not_a_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "清水の舞台から飛び降りるつもりで連絡しました。娘の不登校のことです。",
        "清水の舞台から飛び降りる気持ちで、家を買いました",
    ],
)
def test_the_kiyomizu_idiom_is_no_suicide(ex, text):
    assert ex(text).crisis == ()


def test_a_real_leap_still_is(ex):
    assert "suicide" in ex("橋から飛び降りるつもりです").crisis


@pytest.mark.parametrize(
    "text",
    [
        "作業所に通う弟が、家で父から「ごくつぶし」と言われ、食事もまともに用意してもらえていません。",
        "知的障害のある姉が、母に食事を作ってもらえないことがある",
        "寝たきりの祖母がご飯を用意してもらえていないようです",
        "障害のある兄が、親から食事を出してもらえていない",
    ],
)
def test_a_disabled_or_older_person_not_given_meals_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_the_parent_who_withholds_meals_is_not_the_one_cared_for(ex):
    text = "作業所に通う弟が、家で父から「ごくつぶし」と言われ、食事も用意してもらえていません。"
    assert ex(text).fields == ("disability",)


@pytest.mark.parametrize(
    "text",
    [
        "忙しくて夫に食事を用意してもらえない日もあるけど平気",
        "うつで作業所に通っています。自分で食事を用意できません",
    ],
)
def test_a_busy_partner_or_ones_own_cooking_is_not_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("借金が返せません。自分の生命保険で返すしかないと思っています。", "suicide"),
        ("保険金で払うしかないのかなと考えてしまう", "suicide"),
        ("私がいなくなれば全部終わるのにと思ってしまいます", "suicide"),
        ("俺が消えたら全部片付くんだろうな", "suicide"),
        ("夫に毎晩スマホを見せろと言われ、友達の連絡先を全部消させられました", "dv"),
        ("彼氏に携帯見せろって毎日言われる", "dv"),
        ("3歳の息子が公園で見当たらなくなりました", "emergency"),
        ("スーパーで娘が見当たらない", "emergency"),
    ],
)
def test_more_ways_of_saying_a_crisis(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "市販の咳止めをたくさん飲まないと落ち着かなくなってしまいました。",
        "引っ越しで出た古いロープと包丁は、何ごみの日に出せばいいですか。",
        "2歳の息子が保育園でお友達を叩いてしまうと言われました。",
        "祖母がもし倒れたときに知らせが届くように、見守りの機械を付けたいです。",
        "生命保険の見直しをしたいです",
        "娘のスマホを見せてもらったら、友達とのやりとりが楽しそうだった",
    ],
)
def test_more_look_alikes_are_no_crisis(ex, text):
    assert ex(text).crisis == ()
