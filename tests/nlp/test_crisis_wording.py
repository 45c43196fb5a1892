"""Crisis signals written around the usual words, and crisis words that are no crisis.

Each family is tested with several phrasings (kanji, kana, dialect, about oneself and
about someone else), and with the look-alikes that must not raise an alarm.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- abuse


@pytest.mark.parametrize(
    "text",
    [
        "孫が「お父さんにぶたれる」と泣いていた",
        "ぼく パパに ぶたれた",
        "うちの子が保育園で「ママがぶつ」と話したそうです",
        "おとうさんにげんこつされた",
        "パパにひっぱたかれた",
        "小2の息子が「ママにぶたれる」と言うので心配",
    ],
)
def test_a_child_telling_of_being_hit(ex, text):
    assert ex(text).crisis == ("abuse",)


@pytest.mark.parametrize(
    "text",
    [
        "娘がいい子ぶってるのが気になる",
        "子どもが転んで頭をぶつけた",
        "祖父がぶつぶつ独り言を言う",
        "息子が野球でボールを投げる練習をしている",
    ],
)
def test_child_speech_look_alikes(ex, text):
    assert ex(text).crisis == ()


def test_a_partner_hitting_in_child_words_is_dv(ex):
    assert ex("夫にぶたれた").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "母が入っている施設で、車いすにベルトで縛られていた",
        "祖父が特養でベッドに縛り付けられている",
        "ショートステイで父が車椅子に縛られていた",
        "老人ホームで父がミトンをつけられて手が使えないようにされていた",
        "施設で母が部屋に閉じ込められているみたい",
        "認知症の母を兄が部屋に閉じ込めている",
    ],
)
def test_restraint_of_an_older_person_is_abuse_and_care(ex, text):
    result = ex(text)
    assert result.crisis == ("abuse",)
    assert "care" in result.fields
    assert "child" not in result.fields


def test_locking_a_child_in_is_abuse(ex):
    result = ex("子どもを押し入れに閉じ込めているらしい")
    assert result.crisis == ("abuse",)
    assert "child" in result.fields


def test_restraint_by_a_partner_is_dv(ex):
    assert ex("夫に手足を縛られたことがある、怖い").crisis == ("dv",)
    assert ex("彼氏に部屋に閉じ込められて外に出してもらえない").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "エレベーターに閉じ込められたことがあって乗るのが怖い",
        "髪を縛るゴムを買いたい",
        "ゴミ袋の口を縛って出してください",
        "車いすのシートベルトの付け方を教えてください",
        "ベッドの柵をつけるか迷っています",
    ],
)
def test_tying_and_locking_look_alikes(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋から夜中に子どもの悲鳴が聞こえる",
        "上の階から毎晩「ごめんなさい、ごめんなさい」と子どもの声がする",
        "近所の家から「やめて」「いたい」と泣く子どもの声が聞こえる",
        "隣から毎日バシッという音と子どもの泣き声がする",
        "夜中に隣の子が「ゆるして」と叫んでいる",
        "となりのへやから子どものひめいがきこえる",
    ],
)
def test_a_childs_cries_heard_from_next_door(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて眠れない",
        "隣の赤ちゃんの泣き声が毎晩聞こえて眠れない",
        "娘が「ごめんなさい」と泣いて謝ってきたが、叱りすぎたかな",
        "隣の子と遊んでいたいと娘が泣く",
        "隣の家の人に騒音をやめてと言ったのに聞かない",
        "上の階の子どもが走り回る音がうるさい",
    ],
)
def test_ordinary_crying_and_noise(ex, text):
    assert ex(text).crisis == ()
