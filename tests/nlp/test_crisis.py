"""Crisis signals: suicide (also indirect, methods, someone else), abuse, DV, emergency."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "もう生きたくない",
        "いなくなりたいと毎晩思う",
        "全部終わりにしたい",
        "明日なんて来なければいい",
        "生きるのに疲れました",
        "自分はいない方がいいと思う",
    ],
)
def test_indirect_suicidal_wishes(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ホームセンターでロープを買った",
        "練炭を用意した",
        "ビルから飛び降りようかな",
        "睡眠薬をたくさん飲んだ",
        "遺書を書いた",
    ],
)
def test_method_words_signal_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


def test_self_harm_is_suicide_risk_and_an_injury(ex):
    result = ex("カッターで手首を切ってしまう")
    assert result.crisis == ("suicide",)
    assert result.fields == ("health",)


def test_suicidal_words_about_someone_else(ex):
    assert ex("夫が「死にたい」と言っている").crisis == ("suicide",)


def test_violence_by_a_partner_is_dv(ex):
    assert ex("旦那に蹴られた").crisis == ("dv",)
    assert ex("元彼に付きまとわれている").crisis == ("dv",)
    assert ex("夫にスマホを勝手に見られ、生活費も渡されない").crisis == ("dv",)


def test_violence_against_a_child_or_an_older_person_is_abuse(ex):
    assert ex("イライラして息子を叩いてしまう").crisis == ("abuse",)
    assert ex("施設で祖母が職員に殴られたらしい").crisis == ("abuse",)
    assert ex("隣の家から毎晩子どもの泣き声と怒鳴り声がする").crisis == ("abuse",)


def test_a_child_writing_about_home(ex):
    result = ex("いえにかえりたくない")
    assert result.crisis == ("abuse",)
    assert result.fields == ("child",)


def test_shouting_alone_is_not_abuse(ex):
    assert ex("2歳の娘につい怒鳴ってしまう").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "母が倒れていて返事がない",
        "父が息をしてない",
        "認知症の祖父が朝からいなくなった",
        "隣のおじいさんを何日も見ていない",
        "兄が包丁を持って暴れている",
    ],
)
def test_danger_right_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_worry_about_later_is_not_an_emergency(ex):
    assert ex("介護疲れで私が倒れそうです").crisis == ()
    assert ex("私が倒れたら母はどうなるのか").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "粗大ごみの出し方を教えて",
        "保育園の入園申込はいつまでですか",
        "家賃補助の制度はありますか",
        "母の介護保険証をなくしました",
        "息子が大学に合格しました",
    ],
)
def test_ordinary_questions_raise_no_alarm(ex, text):
    assert ex(text).crisis == ()


def test_leaving_home_is_not_being_told_to_leave(ex):
    # 「出て行け」 (an order) is a child thrown out; 「出て行った」 (went away) is not.
    assert "abuse" in ex("小6です。父に「出てけ」と言われて外にいる").crisis
    assert "abuse" not in ex("娘が彼氏の家に出て行ったまま戻らない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄が祖母の年金を勝手に使っている",
        "ヘルパーさんが母に暴言を吐いているのを聞いた",
        "寝たきりの父がおむつを替えてもらえていないようだ",
        "認知症の祖父が家で放置されているみたい",
    ],
)
def test_abuse_of_an_older_person(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields


def test_abuse_of_a_disabled_adult_is_not_a_child_matter(ex):
    result = ex("知的障害のある弟が通所先で叩かれているらしい")
    assert result.crisis == ("abuse",)
    assert result.fields == ("disability",)


def test_a_carers_complaint_is_not_neglect(ex):
    assert ex("祖母の世話を兄弟が誰も手伝ってくれない").crisis == ()


@pytest.mark.parametrize("text", ["最近希死念慮が強い", "もう逝きたい"])
def test_clinical_and_euphemistic_words_for_suicide(ex, text):
    assert ex(text).crisis == ("suicide",)


@pytest.mark.parametrize(
    "text",
    [
        "彼氏が怖くて家に帰れない",
        "夫に給料を全部取られる",
        "彼に無理やりされた",
    ],
)
def test_fear_money_and_force_from_a_partner_are_dv(ex, text):
    assert ex(text).crisis == ("dv",)


def test_force_from_others_is_not_dv(ex):
    assert ex("塾の先生に無理やり勉強させられる").crisis == ()


def test_a_child_outside_every_night_is_neglect(ex):
    assert ex("隣の子、毎日夜遅くまで外にいる").crisis == ("abuse",)
    assert ex("夜は子どもと外にいることが多い").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "安楽死できる国に行きたい",
        "疲れた。もう全部終わりにする",
        "自分を消してしまいたい",
        "生きる理由が見つからない",
        "私がいなくなっても誰も困らないよね",
        "生まれてきてごめんなさい",
        "何もかもどうでもいい",
        "俺なんかいないほうがいい",
    ],
)
def test_roundabout_wishes_to_die(ex, text):
    assert ex(text).crisis == ("suicide",)


@pytest.mark.parametrize(
    "text", ["会議をもう終わりにする", "孫が生きる理由です", "そんなことどうでもいい"]
)
def test_roundabout_words_in_everyday_sentences(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "夫に毎日「役立たず」と罵倒される",
        "彼氏に行動を全部管理されている",
        "夫に友達と会わせてもらえない",
        "元カレがしつこく連絡してきて家まで来る",
        "旦那に「死ね」と言われた",
        "夫に髪をつかまれて床を引きずられた",
    ],
)
def test_dv_as_insults_control_and_stalking(ex, text):
    assert ex(text).crisis == ("dv",)


def test_being_told_to_die_is_not_the_writers_wish_to_die(ex):
    assert "suicide" not in ex("彼に「しね」って言われた").crisis


def test_cruel_words_from_a_parent_to_a_child_are_abuse(ex):
    assert "abuse" in ex("母に「あんたなんか産まなきゃよかった」と言われる").crisis
    assert "abuse" in ex("中2。父親から毎日「死ね」って言われる").crisis


def test_a_parents_boyfriend_is_not_the_writers_partner(ex):
    result = ex("お母さんの彼氏に蹴られる")
    assert result.crisis == ("abuse",)


def test_shouting_at_an_older_parent_who_needs_care_is_abuse(ex):
    result = ex("兄が寝たきりの父を毎日怒鳴りつけている")
    assert result.crisis == ("abuse",)
    assert "care" in result.fields
    assert ex("認知症の父が毎日怒鳴ってくる").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "祖父が脚立から落ちて動かない",
        "息子がプールで溺れた",
        "弟が川に落ちて流された",
        "隣の部屋から異臭がする",
        "夫が胸を押さえてうずくまっている",
        "母の意識が朦朧としている",
    ],
)
def test_more_dangers_right_now(ex, text):
    assert "emergency" in ex(text).crisis


def test_drowning_in_work_is_a_figure_of_speech(ex):
    assert ex("毎日仕事に溺れている").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "さっき眠剤を40錠くらい飲んだ",
        "風邪薬を1箱全部飲みました",
        "安定剤を3シート飲んでしまった",
        "市販薬をまとめて飲んだ、頭がぼーっとする",
        "娘が頭痛薬を何十錠も飲んだみたいです",
        "ありったけの睡眠薬を用意した",
        "彼氏がODして動けなくなってる",
        "昨日オーバードースしました",
    ],
)
def test_an_overdose_given_as_a_count_or_a_whole_pack(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "毎食後に2錠ずつ飲んでいます",
        "サプリを60粒入りで買った",
        "飲み忘れた朝の薬を夜の分とまとめて飲んでもいいですか",
        "薬局でマスクを大量に買った",
        "痛み止めを1錠飲んだら楽になった",
    ],
)
def test_ordinary_doses_are_no_overdose(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「殺すぞ」と言われて怖い",
        "元夫から殺してやるってLINEが来る",
        "彼氏にころすぞって脅された",
    ],
)
def test_a_threat_to_kill_is_dv_not_an_emergency(ex, text):
    assert ex(text).crisis == ("dv",)


def test_a_threat_with_a_knife_in_hand_is_still_an_emergency(ex):
    assert ex("夫が包丁を持って「殺すぞ」と叫んでいる").crisis == ("dv", "emergency")
