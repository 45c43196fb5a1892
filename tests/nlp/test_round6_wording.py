"""Round 6: a collapse told as history, a pet that is unwell, school costs, a son or
daughter shut in for a short time, a trip with an older parent, a TV title; and the
wordings the extractor already gets right that check5 questioned (isolation inside a
DV message, a 民生委員 about an older neighbour, one's own 70過ぎ beside a withdrawn
child, つわり and a cut wrist as health). Each family has look-alikes.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "夫が脳梗塞で倒れて半年、右半身にまひが残った。障害者手帳は取れますか",
        "父が倒れてから3か月、リハビリ中です",
        "母が倒れて2年になります。介護保険の更新について聞きたい",
        "祖父が倒れてから1年経つけど、まだ言葉が出にくい",
        "半年前に母が倒れて、今は施設にいます",
        "夫が倒れて3週間、入院費が心配",
        "父が倒れてから10日たって、やっと話せるようになった",
        "2週間前に父が倒れて、これからの生活が不安",
    ],
)
def test_collapse_told_as_history(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れて動かない",
        "母が倒れた！意識がない",
        "犬の散歩から帰ったら母が倒れて動かない",
        "猫が鳴いてて見に行ったら、父がぐったりして動かない",
        "祖母が倒れて半分意識がない、どうしよう",
    ],
)
def test_collapse_now_still_fires(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちのハムスターがぐったりして動かない",
        "犬がぐったりしてる、夜でも開いてる動物病院はどこ",
        "飼い猫が倒れて動かない",
        "インコが急に動かなくなった",
        "うちの文鳥がぐったりしてて息してないかも",
        "金魚が動かない",
        "愛犬が反応がない、どうしたら",
    ],
)
def test_unwell_pet_is_not_an_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもの進学費用の相談",
        "娘の大学の費用が払えない",
        "授業料が払えなくて退学になりそう",
        "入学金が用意できない",
        "高校受験の費用が心配です",
        "修学旅行の積立金が払えない",
        "息子の進学のお金がない",
    ],
)
def test_school_costs_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が部屋から出てこなくなって1年。ご飯も部屋の前に置いてる",
        "娘が部屋にこもって半年になります",
        "中2の息子が部屋から出てこなくなって3か月",
        "息子がずっと部屋にこもってる、もう2年になる",
    ],
)
def test_shut_in_son_or_daughter_is_child(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が仕事を辞めて半年、部屋から出てこない",
        "成人した息子が何年も家から出ない",
        "息子が部屋にこもって10年",
        "30過ぎの娘が家から出ず、もう5年になる。私も70を過ぎて先が心配",
    ],
)
def test_shut_in_grown_child_is_not_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "75歳の母と旅行に行きたい",
        "80歳の父と温泉に行く予定です",
        "78歳の祖母の誕生日のお祝いをしたい",
        "母が米寿なので家族で外食します",
    ],
)
def test_trip_with_older_parent_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "75歳の母と旅行したいけど、最近物忘れがひどくて心配",
        "80歳の父と温泉に行きたい。一人では歩けないので介助が要る",
        "75歳の母が最近物忘れがひどい",
    ],
)
def test_older_parent_with_a_need_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["孤独のグルメが好きです", "孤独のグルメの再放送を見てる", "『孤独な散歩者の夢想』を読んだ"],
)
def test_titles_are_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "8050問題のシンポジウムに参加しました",
        "8050問題についての講演会はありますか",
        "市の8050問題の勉強会に行きたい",
    ],
)
def test_events_on_8050_are_not_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "毎日孤独です",
        "妻に殴られてる。誰にも言えない",
        "夫に叩かれてる、誰にも相談できない",
    ],
)
def test_isolation_still_fires(ex, text):
    assert "isolation" in ex(text).patterns


def test_dv_with_no_one_to_tell(ex):
    result = ex("妻に殴られてる。誰にも言えない")
    assert "dv" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "つわりがひどくて何も食べられない",
        "つわりがひどくて上の子の世話ができない",
        "手首を切ってしまいました",
    ],
)
def test_morning_sickness_and_self_harm_are_health(ex, text):
    assert "health" in ex(text).fields


def test_cut_wrist_is_also_suicide(ex):
    assert "suicide" in ex("手首を切ってしまいました").crisis


@pytest.mark.parametrize(
    "text",
    ["手首をひねって捻挫しました"],
)
def test_sprained_wrist_is_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "民生委員です。隣の一人暮らしのおばあちゃんの見守りについて相談したい",
        "民生委員をしています。担当の80代の男性が最近物忘れがひどく、見守りが必要です",
    ],
)
def test_volunteer_about_an_older_neighbour_is_care(ex, text):
    assert "care" in ex(text).fields
