"""Round 5: wordings for elder neglect, someone not seen for days, an overdose or a
goodbye followed by silence, and field wordings without their keyword; each family
with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "兄が祖母にご飯を食べさせてないみたい",
        "叔父が同居の祖父に何も食べさせていないようで心配",
        "ヘルパーさんが父のおむつを替えてくれないことがある",
        "施設で母がおむつを何時間も交換してもらえてないみたい",
        "義姉が要介護の義母に薬を飲ませてくれない",
        "弟が寝たきりの父に暖房もつけさせてもらえないようにしてる",
        "認知症の祖母が家で置き去りにされてる",
        "嫁が認知症のおじいちゃんをお風呂に入れてもらえない状態にしてる",
    ],
)
def test_elder_neglect_by_family_or_carers(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが寝ちゃってまだご飯食べさせてない",
        "医者から祖父に甘いものを食べさせないように言われた",
        "母が食欲がなくてご飯を食べない",
        "祖母が薬を飲みたがらなくて困ってる",
    ],
)
def test_not_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣に住んでるおじいさんを4日くらい見てない",
        "向かいのおばあちゃん、一週間くらい姿を見かけない",
        "アパートの下の階の人の郵便受けがいっぱいになってる",
        "近所の一人暮らしの人、新聞が何日分もたまってる",
        "隣の家、電気がつきっぱなしで3日くらい誰も出てこない",
        "洗濯物が干しっぱなしで、昨日からインターホンにも応答がない",
        "おばの安否がわからない",
        "ひとり暮らしの母の安否確認をしてほしい",
    ],
)
def test_someone_not_seen_for_days(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "安否確認サービスについて教えて",
        "テレビを3日見てない",
        "息子が電気をつけっぱなしで寝る",
        "猫を2日見かけない",
        "災害のときの安否確認のメールの登録方法は？",
    ],
)
def test_not_someone_unseen(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼女が睡眠薬を全部飲んだってLINEきて既読がつかない",
        "友だちが薬を大量に飲んだみたいで、電話に出ない",
        "さっき薬を大量に飲んだ",
        "友達からさよならってメッセージがきて、電話に出ない",
        "今までありがとうって送ってきてから弟と連絡がとれない",
    ],
)
def test_overdose_or_goodbye_then_silence_is_danger_now(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("親父が免許返納を嫌がって困ってる。84歳", "care"),
        ("母がもう退職したのに夜中に「会社に行く」と言って出ようとする", "care"),
        ("ばあちゃんが入れ歯がなくなったって毎日探してる", "care"),
        ("派遣切られて寝るところもない", "hardship"),
        ("日雇いもなくなってお金がない", "hardship"),
        ("シフト切られて今月収入ゼロです", "hardship"),
        ("たばこをやめたいけどやめられない", "health"),
        ("禁煙外来ってどこにありますか", "health"),
        ("娘の担任です。お母さんが精神的に不安定なようで", "health"),
        ("最近情緒不安定で涙が止まらない", "health"),
    ],
)
def test_fields_without_the_keyword(ex, text, field):
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("子どもの支度と義母のデイの準備で毎朝パニック", "health"),
        ("昔は借金で苦しんでたけど今は完済しました。子どもの塾を探してます", "hardship"),
        ("ヤングケアラーについての市の講演会、申し込みはどこから？", "child"),
        ("ひきこもりに関する家族向けのセミナーに行きたい", "hikikomori"),
        ("認知症についての地域の勉強会はありますか", "care"),
        ("収入が不安定で心配", "health"),
        ("夫が夜中に仕事に行くので子どもと二人", "care"),
    ],
)
def test_look_alikes(ex, text, field):
    result = ex(text)
    assert field not in result.fields
    assert field not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "一日中家にいて、話すのはテレビに向かってだけ",
        "ワンオペで、大人と会話するのが保育園の先生だけ",
        "しゃべるのはスーパーの店員さんくらい",
        "話したのは宅配の人だけっていう日もある",
    ],
)
def test_isolation_only_the_tv_or_a_clerk(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "50近い息子が働かずに家にいて、私ら夫婦の年金で暮らしてる",
        "40過ぎの娘が仕事もせず、親の年金が頼り",
    ],
)
def test_eight_zero_five_zero_rough_age(ex, text):
    assert "8050" in ex(text).patterns


def test_rough_age_is_not_a_time(ex):
    assert "8050" not in ex("3時40過ぎに息子が帰ってきたけど仕事もせず").patterns
