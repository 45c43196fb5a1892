"""Round 14 (22e): danger right now (emergency) — new wordings of a missing older person and
of choking, and emergency words in a frame that is no danger now (past and settled, a plan, a
programme, a self-correction, a joke, a pet, an illness name, a message left unanswered)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an older person not come back


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が朝から家に戻りません。携帯も持っていません",
        "認知症の父が朝から帰ってきまません。もう暗くなってきました",
        "じいちゃん、最近ボケてきとって…畑から戻ってこんのです。携帯も置いていっとって、もう暗くなってきた",
        "母が朝から見当たりません",
        "ばあちゃんが昼から帰ってこない。もう暗くなってきた",
        "認知症の母がお昼から戻ってません。どこを探してもいません",
        "祖父が夕方から家に帰ってきていません。スマホも置いていきました",
        "おとうさんが あさから かえってこない。もう くらい",
        "物忘れのひどい祖母が朝から戻らんのよ。携帯も持っとらん",
        "ボケのある義父が田んぼから帰ってこんです。もう日が暮れてきた",
        "父が朝から姿が見えません。認知症があります",
    ],
)
def test_an_older_person_not_come_back_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が出張から戻りません。来週帰る予定です",
        "夫は単身赴任中で、朝から晩まで仕事なので家に戻りません",
        "息子は朝から部活で、夜まで帰ってこないです",
        "祖母はもう何年も実家に帰ってこない。携帯も持っていない",
        "猫が朝から帰ってきません。もう暗くなってきました",
        "母の物忘れが気になって、朝から病院に行ってきました",
        "父は入院中で、まだ家に戻りません",
    ],
)
def test_an_older_person_away_for_a_known_reason_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- choking


@pytest.mark.parametrize(
    "text",
    [
        "主人がおもちをのどに詰まらせて顔が真っ青です",
        "父が餅を喉に詰まらせました、息ができてないみたい",
        "おばあちゃんが ごはんを のどに つまらせて くるしそう",
        "子どもがあめ玉をのどに詰まらせた！どうしよう",
        "母が食べ物をのどに詰まらせて顔が紫色になってる",
        "じいちゃんが餅をノドにつまらせよった",
        "夫が肉を喉につまらせて咳もできない",
        "赤ちゃんがおもちゃを飲み込んで息が苦しそう、顔が真っ青",
    ],
)
def test_choking_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "高齢の母がおもちをのどに詰まらせないか心配です。食べやすい切り方はありますか",
        "のどに詰まらせないように、餅は小さく切っています",
        "最近、喉に何か詰まっている感じがして気になります",
        "寒くて顔が真っ青になったけど、もう温まりました",
        "去年、父が餅をのどに詰まらせたことがあって、それ以来お正月は気をつけています",
    ],
)
def test_care_against_choking_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- missing: past, plan, story, pet


@pytest.mark.parametrize(
    "text",
    [
        "去年、父が行方不明になった時に捜索してくださった方々にお礼を伝えたいです。おかげさまで元気にしています",
        "地震で家族が行方不明になったときの安否確認のやり方を、前もって知っておきたいです",
        "警察24時みたいな番組で、認知症の人が行方不明になる回を見ました。うちの父も最近物忘れが出てきたので、GPSを持たせた方がいいですか",
        "夫が行方不明…じゃなくて、携帯を家に忘れて出かけただけでした。お騒がせしました",
        "子どもがかくれんぼで行方不明…と思ったら押し入れで寝てました😂 予防接種の予約って"
        "ここでできますか",
        "いなくなった猫を探しています。迷い猫の届け出はどこにすればいいですか",
        "夫が救急車で運ばれたのは先月で、もう退院しました。医療費が高くて家計が苦しいので、高額療養費のことを教えてください",
        "ドラマで、おばあちゃんが行方不明になる話を見て泣きました",
        "災害で家族が行方不明になった場合に備えて、連絡方法を決めておきたい",
        "息子がいなくなった！と思ったら、トイレにいました笑",
        "先月は母が救急車で運ばれましたが、今は元気です",
        "いなくなったインコを探しています",
    ],
)
def test_missing_or_ambulance_in_a_settled_or_story_frame_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が行方不明です。昨日の夕方から帰ってきません",
        "ニュースを見ていたら、母が朝から行方不明なのに気づいた",
        "去年も行方不明になったことがある父が、今朝からまたいません。認知症です",
        "夫が救急車で運ばれました。意識がありません",
        "母がいなくなりました。認知症で、携帯も持っていません",
    ],
)
def test_a_missing_person_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- jokes, an illness name, messages


@pytest.mark.parametrize(
    "text",
    [
        "仕事でミスって上司に殺されるｗ それはそうと住民票ってコンビニで取れますか",
        "バイト先の店長マジ殺したいｗ シフト減らされて今月の家賃やばいんだけど",
        "テスト0点で母に殺される笑",
        "部長まじ殺したい🤣",
        "主人が脳出血で寝たきりになり、私が介護しています",
        "父は脳出血の後遺症で右手がまひしています",
        "息子に話しかけても反応がない。反抗期かな",
        "LINEしても反応がない。既読スルーかな",
        "父が倒れる夢を見て飛び起きました",
        "母が行方不明になる夢をみた。不安で眠れない",
        "息子がいなくなる夢ばかり見ます",
        "「反応がない」って、どういう意味ですか",
    ],
)
def test_a_joke_an_illness_name_or_an_unanswered_message_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「殺してやる」と包丁を向けられています。今も家にいます",
        "知らない人に殺されそう、助けて",
        "父が急に頭が痛いと言って倒れた。脳出血かもしれない",
        "祖母が倒れていて、話しかけても反応がない",
        "呼びかけても反応がない。息はしてる",
        "夢じゃないよね、父が倒れて動かない",
        "夢に出るほど心配だった母が、朝から見当たりません",
    ],
)
def test_real_danger_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れたと思ったら、呼んでも反応がない",
        "ドラマを見ていたら、隣で母が急に倒れた",
        "家の前に父が倒れています。救急車を呼びました",
        "夫が家に火をつけた！",
        "母が家に火をつけると言っている",
        "もしもの時のためと思ってたけど、今まさに母が行方不明です",
    ],
)
def test_a_frame_word_beside_real_danger_keeps_the_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「逃げたらお前の実家に火をつける」と言われました。本気だと思います",
        "彼に「家を燃やしてやる」ってLINEで脅されています",
    ],
)
def test_a_threat_to_set_fire_is_dv_not_an_emergency_now(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" not in result.crisis
