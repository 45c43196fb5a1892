"""Section 追加（28）: crisis wordings found by probing with our own paraphrases (not from
any labelled set): a partner whose permission is needed to go out, money never one yen of
one's own (economic DV, not hardship: the money is there, a partner controls it), an older
relative locked in a room, blood from a wrist, belongings sorted and precious things given
away, 「首を…」 broken off, the kana
いきてたくない, a parent with dementia gone out at night and not back; and what is not that:
a household whose husband keeps the accounts, a lock that broke, a fall, a move, a school
one does not want to go to, a search drill, a friend who prefers no replies."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("夫の許可がないと出かけられない", "dv"),
        ("旦那の許しがないと友達にも会えません", "dv"),
        ("出かけるたびにいちいち夫に報告しないといけない。遅れると怒鳴られる", "dv"),
        ("主人のOKがもらえないと美容院にも行けない", "dv"),
        ("彼氏の許可なしで外出すると怒られる", "dv"),
        ("給料は全部夫が管理してて、私は一円も自由に使えない", "dv"),
        ("夫にお金を握られてて、自由に使えるお金がない", "dv"),
        ("旦那に通帳とキャッシュカードを取り上げられた", "dv"),
        ("パートナーに財布を取り上げられて、一円も持たせてもらえない", "dv"),
        ("祖母が部屋に鍵をかけられて閉じ込められてるみたい", "abuse"),
        ("おばあちゃんが離れに外から鍵をかけられてる", "abuse"),
        ("認知症の父が叔父に部屋に鍵をかけられています", "abuse"),
        ("気づいたら手首から血が出てた", "suicide"),
        ("また手首から血がにじんでる。やめたいのに", "suicide"),
        ("てくびから ちが とまらない", "suicide"),
        ("身の回りのものを整理して、友達に大事なものあげた", "suicide"),
        ("娘が持ち物を片付けて、大切にしてたゲームを友達に配ってた", "suicide"),
        ("大事にしてた物を全部後輩にあげちゃった。もう要らないから", "suicide"),
        ("弟が部屋で首を…", "suicide"),
        ("父が納屋で首を…どうしよう", "suicide"),
        ("もうむり、いきてたくない", "suicide"),
        ("いきていたくないです", "suicide"),
        ("もう生きてたくねえ", "suicide"),
        ("認知症の父が夜中に出ていって戻らない", "emergency"),
        ("徘徊のある母が家を出て、もう2時間帰ってこない", "emergency"),
        ("物忘れのひどい祖父が夕方外に出てからまだ見つからない", "emergency"),
    ],
)
def test_own_probe_28_raises(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("家計は夫が管理しています。私はパートです", "dv"),
        ("夫の許可をとってから旅行の予約をしました", "dv"),
        ("出かけるときは家族に報告するようにしています", "dv"),
        ("息子に一円も使わせないように貯金しています", "dv"),
        ("母は部屋に鍵をかけて寝ています", "abuse"),
        ("父がトイレに閉じ込められた。ドアの鍵が壊れて", "abuse"),
        ("転んで手首から血が出た", "suicide"),
        ("引っ越しの前に身の回りを整理して、いらない服を友達にあげた", "suicide"),
        ("首をかしげていた", "suicide"),
        ("学校にいきたくない", "suicide"),
        ("認知症の父がデイサービスに出かけて、まだ戻らない時間です", "emergency"),
        ("行方不明者の捜索ボランティアに参加しました", "emergency"),
        ("町の行方不明者捜索訓練がありました", "emergency"),
        (
            "友達が「しにたい」って言ってた。LINEの返事はない方が気楽って言ってたから様子見てる",
            "emergency",
        ),
        ("料理中に指を切って血が出た", "suicide"),
    ],
)
def test_own_probe_28_look_alikes_do_not(ex, text, label):
    assert label not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "給料は全部夫が管理してて、私は一円も自由に使えない",
        "夫にお金を握られてて、自由に使えるお金がない",
    ],
)
def test_money_never_ones_own_is_dv_not_hardship(ex, text):
    result = ex(text)
    assert result.crisis == ("dv",)
    assert "hardship" not in result.fields
