"""Section 追加（27）: crisis wordings found by probing with our own paraphrases (not from
any labelled set): 「もう消えるわ」 and 「消えたほうがええ」, a parent's 「性的なこと」, burn
marks on a child, meals withheld for days, a family member gone out and not found, lines cut
on an arm, sleeping rough too cold to move; and a partner's threats beside care for someone
else (only care in the partner's own clause makes it care rather than DV); a child's
「おかあさん おきない」 (the 朝 block had read あさ inside おかあさん), a limp baby, meals
only at school, a mother's partner coming into the room at night, a farewell."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("もう無理、消えるわ", "suicide"),
        ("わし、もう消えたほうがええんかのう", "suicide"),
        ("いっそ消えたほうが楽かな", "suicide"),
        ("もう疲れた。消えるね", "suicide"),
        ("限界、消えます", "suicide"),
        ("俺なんか消えたほうがいいんだ", "suicide"),
        ("娘が父親から性的なことをされている", "abuse"),
        ("妹が義父に性的ないたずらをされているみたい", "abuse"),
        ("母の彼氏から性的なことをさせられる", "abuse"),
        ("子供の体にタバコの跡がある", "abuse"),
        ("隣の子の腕にたばこのやけどがあった", "abuse"),
        ("孫の足にやけどの跡がいくつもある", "abuse"),
        ("母親が何日もご飯を作ってくれない", "abuse"),
        ("ごはんを何日も食べさせてもらえない", "abuse"),
        ("3日もご飯もらえてない、もらえない", "abuse"),
        ("認知症の母が夜中に家を出て見つからない", "emergency"),
        ("父が朝散歩に出かけて見つからないんです", "emergency"),
        ("息子が学校を出たまま見つからない", "emergency"),
        ("娘の腕に線のような傷がいくつもあります", "suicide"),
        ("弟の手首に切ったような傷があった", "suicide"),
        ("車中泊を続けています。寒くて体が動かなくなってきました", "emergency"),
        ("家がなくて公園で寝ています、寒さで手足が動かない", "emergency"),
        ("義母の介護をしていますが、夫は口答えすると物を投げてきます", "dv"),
        ("母の介護中なのに、夫が怒ると皿を投げつけてくる", "dv"),
        ("しんだほうがまし", "suicide"),
        ("カッター持ってるとおちつく", "suicide"),
        ("みんなありがとう、今までごめんね", "suicide"),
        ("今までごめんね、ありがとう。さよなら", "suicide"),
        ("おかあさん おきない", "emergency"),
        ("おかあさんが おきない", "emergency"),
        ("おじいちゃんが うごかない", "emergency"),
        ("揺すっても母が起きない", "emergency"),
        ("呼んでも父が動かない、反応がない", "emergency"),
        ("赤ちゃんがぐったりして泣かない", "emergency"),
        ("ご飯は給食だけ", "abuse"),
        ("まともなご飯は学校の給食しかない", "abuse"),
        ("お風呂に何日も入れてもらえない", "abuse"),
        ("お母さんの彼氏が夜に部屋に入ってくる", "abuse"),
        ("ロープを買って、かける場所を探している", "suicide"),
        ("練炭を車に積んである", "suicide"),
        ("クラスの生徒が、家に帰るとお父さんが怖いと言って帰ろうとしません", "abuse"),
        ("孫が、ママがこわいから家にかえりたくないって泣く", "abuse"),
        ("娘の彼氏が、娘の携帯を取り上げて外出も禁止しているみたい", "dv"),
        ("妹の旦那さんが妹を実家と会わせないようにしている", "dv"),
        ("一人暮らしのおばあちゃん、電気がずっとついたままでカーテンも閉まってる", "emergency"),
        ("弟がSNSに「今日で最後」と書いて、電話に出ません", "suicide"),
        ("友達が「これで終わりにする」ってLINEしてきた", "suicide"),
        ("彼氏にふられた。もう終わりにしたい、全部", "suicide"),
        ("大事にしてたものを友達に全部あげた", "suicide"),
        ("大事にしていたゲームを弟にぜんぶ譲った。もういらないから", "suicide"),
        ("夫が寝ている間に出ていきたい、見つかったら何をされるか", "dv"),
        ("彼氏にバレたら殴られるから相談もできない", "dv"),
        ("叔父が祖母のキャッシュカードを勝手に使っている", "abuse"),
        ("兄が父の通帳から黙って引き出している", "abuse"),
        ("友達がインスタに「しにたい」って書いてから既読つかない。たぶん寝てるだけ", "suicide"),
        ("いま屋上にいます。もう飛ぶしかない", "suicide"),
        ("最近は夜になると、母を残して自分だけ楽になれたらと考えてしまいます", "suicide"),
        ("いっそ楽になれればいいのに", "suicide"),
        ("子どもを置いて楽になりたいと思う自分が怖い", "suicide"),
        ("父が急に話せなくなって、顔の片側が下がってる", "emergency"),
        ("母の口の片側が垂れて、ろれつも変", "emergency"),
        ("自閉症の息子がパニックで外に飛び出して見つからない", "emergency"),
        ("グループホームで利用者さんが職員に閉じ込められている", "abuse"),
        ("障害のある娘が、施設で食事を抜かれているらしい", "abuse"),
        ("母がデイで職員さんにつねられたと言う", "abuse"),
        ("消えたすぎる", "suicide"),
        ("まじでしにたすぎて無理", "suicide"),
        ("もう限界、飛ぶわ", "suicide"),
        ("疲れた。飛び降りるしかない", "suicide"),
    ],
)
def test_our_own_paraphrases_raise_the_crisis(ex, text, label):  # type: ignore[no-untyped-def]
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "電気がもう消えるわ",
        "このキャンペーンもうすぐ消えるよ",
        "ポイントはもう消えるよ",
        "疲れた、電気消えるね",
        "このシミは消えたほうがいい",
        "会社で性的な嫌がらせを受けた",
        "タバコの火の不始末が心配",
        "料理中にやけどした跡が残っている",
        "ダイエット中で何日もご飯を食べてない",
        "母が出かけて鍵が見つからない",
        "寒くて体が動かないから布団から出られない",
        "猫に引っかかれて腕に傷ができた",
        "認知症の夫が最近よく物を投げるので困っています",
        "先生、今までありがとうございました",
        "みんなありがとう！今日の飲み会楽しかった",
        "夏は赤ちゃんが暑さでぐったりしないか心配",
        "夫は朝なかなか起きない",
        "息子があさなかなか起きない",
        "呼んでも起きないので遅刻しそう、息子が",
        "給食だけが楽しみ",
        "ロープを使った防災訓練はありますか",
        "練炭こたつを使っている祖母が心配",
        "バイトは今日で最後と言われた",
        "彼氏が「もう終わりにしよう」ってLINEしてきた",
        "大事にしてた本は引っ越しで古本屋に売った",
        "母のキャッシュカードを作りたいので手続きを教えて",
        "夫にサプライズがバレたら台無し",
        "母が死んでから、夜眠れない",
        "父に死なれてから、ずっと一人です",
        "いま屋上にいます。お昼ごはん食べてる",
        "会社の屋上にいます。景色がきれい",
        "ヘルパーさんが来てくれて、私だけの時間ができて少し楽になれた",
        "仕事が片付いて楽になれたらいいな",
        "急に話せなくなるほど緊張した面接だった",
        "施設で食事を残してしまうことが多い",
        "もう限界、バイト飛ぶわ",
        "無理、飛ぶように売れてる",
        "夫から「もう俺たち終わりにしよう」と言われた",
        "このお店は今日で最後って書いてあった",
        "子どもが電気をつけたまま寝てしまう",
        "娘の彼氏がスマホを新しくしてくれた",
    ],
)
def test_look_alikes_raise_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("産後ヘルパーさんを頼みたい", ("child",)),
        ("産後に家事を手伝ってくれるヘルパーさんってお願いできますか", ("child",)),
        ("母のためにヘルパーさんを頼みたい", ("care",)),
    ],
)
def test_a_helper_after_birth_is_not_elder_care(ex, text, fields):  # type: ignore[no-untyped-def]
    assert ex(text).fields == fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("じいちゃんが夜中に外さ出てく", "care"),
        ("おばあちゃんが夜中に外へ出ていこうとする", "care"),
        ("祖母は夜になると外に出ようとして目が離せない", "care"),
        ("灯油代が高くて、ストーブつけられん", "hardship"),
        ("電気代が高すぎて暖房は我慢しています", "hardship"),
    ],
)
def test_own_field_paraphrases(ex, text, field):  # type: ignore[no-untyped-def]
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("じいちゃんが夜中に外の犬小屋を見に行く元気な人です", "care"),
        ("父は夜中に外へ飲みに出ていく", "care"),
        ("電気代が高いプランから安いプランに変えたい", "hardship"),
    ],
)
def test_own_field_look_alikes(ex, text, field):  # type: ignore[no-untyped-def]
    assert field not in ex(text).fields
