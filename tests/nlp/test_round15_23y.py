"""Round 15 (23y): three families of false alarms found in review — someone "not back" whose
whereabouts the writer knows (a hospital visit, a short stay extended, school, club, work, a
trip, a friend's house) or whose absence is a relief; shouting beside staff that is a
complaint (a rude reply to a caller, the writer's own outburst at staff), not abuse of the
cared-for; and a knock with no answer at a home the writer found was only empty. Each
keeps its alarm where the worry is real."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- not back, but the place is known


@pytest.mark.parametrize(
    "text",
    [
        "朝から子どもが帰ってこないので、やっと自分の時間",
        "父が朝から病院に行っていて、まだ戻ってない",
        "母がショートステイから戻ってきません。延長になりました",
        "息子は部活で朝から出ていて、まだ帰ってこない。静かでいい",
        "夫は朝から仕事でまだ帰ってきません",
        "娘が友達の家に遊びに行ってて、昼から戻ってこないけど楽しんでるみたい",
        "じいちゃん、朝からデイサービスに行っとって、まだ戻ってこん",
        "子どもたちが朝から学校行ってて帰ってこないから、ようやく一息",
        "祖母が昨日から姉の家に泊まりに行っていて、帰ってきません",
        "母がショートから帰ってこないのでほっとしてる。ゆっくり寝られた",
        "息子が昼から遊びに行ってる。まだ帰ってこないけど、夕方には戻るって",
        "うちの子、朝から部活で帰ってこーへんから、ひさしぶりにのんびりしてる",
        "ばあちゃんが昨日からショートに行っとって、まだ戻ってこん。延長になったらしい",
        "父が入所先から戻ってきません。ショートステイの延長が決まったそうです",
        "こども あさから がっこう いってて まだ かえってこない。やっと じぶんの じかん",
    ],
)
def test_someone_whose_whereabouts_are_known_is_not_missing(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "朝から認知症の父が帰ってこない。どこに行ったかわからない",
        "息子が朝から帰ってこなくて、連絡もつかない。心配です",
        "母が病院に行くと言って出たまま、夜になっても戻らない",
        "娘が昨日から帰ってこない。警察に相談すべき？",
        "父が散歩から戻らない。みんなで探してる",
        "朝から祖母が帰ってこない、暗くなってきた",
        "認知症の母が朝から戻ってこない。デイにも行ってないし、どこにいるかわからない",
        "中学生の息子が部活に行ったきり帰ってこない。学校にもいないって言われた",
        "夫が昨日仕事に出て、まだ帰ってこない",
        "ばあちゃん朝から帰ってこん、みんなでさがしよる",
        "小４の息子が塾から帰ってきません",
        "祖母がデイサービスから帰ってこない",
        "娘が友達の家から戻ってこない",
        "息子が学校から帰ってこない",
        "母がショートステイから戻ってきません。連絡もないし心配",
        "おじいちゃんが朝から病院行ったきり戻ってこん",
    ],
)
def test_someone_not_back_with_a_real_worry_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- shouting beside staff


@pytest.mark.parametrize(
    "text",
    [
        "施設に電話したら怒鳴られた",
        "職員に怒鳴ってしまった",
        "デイサービスに問い合わせたら、職員さんに電話口で怒鳴られました。感じ悪い",
        "疲れていて、つい施設の職員さんを怒鳴ってしまいました",
        "ヘルパーさんに怒鳴っちゃった。反省してる",
        "施設の職員にどなってもうた",
        "事業所に苦情の電話をかけたら、施設の人に逆に怒鳴られた",
        "母の施設に面会の予約の電話をしたら、職員の方に怒鳴られて嫌な気持ちになりました",
        "施設に電話したらどなられた",
        "ケアマネに電話で相談したら怒鳴り返された",
        "デイの送迎のことで問い合わせたら、えらい剣幕で怒鳴られたわ",
        "父がデイの職員に怒鳴ってしまうらしい",
        "職員さんにどなってしもた",
    ],
)
def test_shouting_at_staff_or_at_a_caller_is_no_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "施設に電話したら怒鳴られた",
        "職員に怒鳴ってしまった",
        "ヘルパーさんに怒鳴っちゃった。反省してる",
    ],
)
def test_shouting_at_staff_alone_is_no_care_matter(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "施設の職員が母を怒鳴っていた",
        "職員に怒鳴られて父がおびえている",
        "ヘルパーさんが祖母を怒鳴りつけているのを見た",
        "面会に行ったら、職員が入所者を怒鳴っていた",
        "母が施設で職員に怒鳴られているらしい",
        "作業所の職員に息子が毎日怒鳴られている",
        "施設に電話したら、後ろで職員が父を怒鳴ってる声が聞こえた",
        "施設に電話したら、母が職員に怒鳴られてると言われた",
        "作業所の職員に怒鳴られた",
    ],
)
def test_staff_shouting_at_the_cared_for_is_still_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a knock at an empty home


@pytest.mark.parametrize(
    "text",
    [
        "母の家をノックしても返事がない。留守だったみたいで、後で電話がありました",
        "実家に寄ってノックしたけど返事なし。旅行中だったのを忘れてた",
        "隣の部屋をノックしても返事がなかったけど、出かけていただけでした",
        "おばあちゃん家の戸を叩いても返事がなかった。買い物に行っとったらしい",
        "友達の家に行ってノックしても反応がなくて、あとで連絡したら仕事だった",
        "父の部屋をノックしても返事がない。と思ったら後で電話があって、病院に行ってたそうです",
        "叔母の家をノックしても返事がなかった。旅行中だったみたいです",
        "実家の玄関の戸をトントン叩いたけど、誰も出てこなかった。母は出かけていた",
        "ピンポン押しても出てこなかった。留守やった",
        "インターホン鳴らしても反応なし。あとで聞いたら旅行中やったって",
    ],
)
def test_no_answer_at_a_home_that_was_only_empty_is_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "emergency" not in crisis
    assert "abuse" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父の家、何日もノックしても返事がない",
        "ノックしても返事がない。中で倒れてるかもしれない",
        "隣のおばあさん、電気がついたままで、ノックしても返事がない",
        "母のアパートをノックしても返事がなくて、新聞がたまってる",
        "叔父の家、ノックしても返事がない。電話もつながらない、心配",
        "ノックしても返事がない",
    ],
)
def test_no_answer_when_no_one_knows_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text, label",
    [
        ("夫に戸を叩かれて怖い", "dv"),
        ("父に戸を叩かれて怖い", "abuse"),
    ],
)
def test_a_door_struck_at_someone_keeps_its_alarm(ex, text, label):
    assert label in ex(text).crisis
