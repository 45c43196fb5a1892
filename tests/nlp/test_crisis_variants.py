"""Crisis signals written in kana or dialect, and crisis words that are no present danger.

Each family has several phrasings that must raise the alarm and look-alikes that must
not: a settled past, a memory, someone away for a known reason, a pet, children's play,
night terrors, location sharing both partners chose, a reply that is late as usual.
"""

from __future__ import annotations

import pytest


def _crisis(ex, text):  # type: ignore[no-untyped-def]
    return set(ex(text).crisis)


# ---------------------------------------------------------------- suicide


@pytest.mark.parametrize(
    "text",
    [
        "ねむったまま目がさめなかったらいいのにって毎日おもう",
        "このまま目がさめなかったらいいのに",
        "あさ おきなかったらいいのにな",
        "ねたまましねたらいいのに",
        "眠ったまま目が覚めなかったら楽なのに",
        "めがさめなかったらいいのにって思いながら寝てる",
        "寝たまま目が覚めなかったらどんなに楽か",
    ],
)
def test_wishing_not_to_wake_up_in_kana(ex, text):
    assert "suicide" in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "電車のホームに立つと、ふっと線路に吸い寄せられそうになる",
        "せんろにすいよせられそうになる",
        "ホームで電車にすいこまれそうになる",
        "踏切で電車が来ると吸い寄せられそうで怖い",
        "駅で線路に引き寄せられそうになって、あわてて離れた",
        "橋の上から川に吸い寄せられそうになった",
    ],
)
def test_drawn_towards_the_tracks(ex, text):
    assert "suicide" in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "20代のころは毎日死にたいと思ってたけど、今は子どもにも恵まれて毎日楽しいです",
        "10年前は借金で死のうと思ったこともあったけど、今は完済して落ち着いてます",
        "若いころはリスカしてたけど、今はもう大丈夫です。娘の進学のことで相談",
        "以前は自殺ばかり考えていましたが、今は働けています",
        "職場で私なんかいらないと思われてそうで不安",
        "私なんかいらないって言われた気がして落ち込む",
        "娘が高い所から飛び降りる遊びばかりして、けがしないか心配",
        "子どもがソファから飛び降りて遊ぶのが危なくて",
        "息子が階段から飛び降りて足をくじいた",
    ],
)
def test_no_suicide_alarm(ex, text):
    assert "suicide" not in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "20代の頃から死にたいと思ってたけど、今は毎日そう思う",
        "20代のころは死にたいと思ってたけど、今もまだ死にたい",
        "昔は死にたいと思ってたけど、今はまた死にたくなってきた",
        "学生時代にいじめられてたけど、今は死にたいとしか思えない",
        "若いころはリスカしてたけど、今もやめられない",
        "私なんかいらないって言われた。もう死にたい",
        "娘が「ベランダから飛び降りたい」と言っている",
        "子どもが遊具から飛び降りたいって言う。もう死にたいって",
    ],
)
def test_the_past_that_is_still_now_stays_suicide(ex, text):
    assert "suicide" in _crisis(ex, text)


# ---------------------------------------------------------------- abuse


@pytest.mark.parametrize(
    "text",
    [
        "特養で祖母がベッドの柵に手をしばられてた。これって普通なの？",
        "施設で父が車いすにしばられてた",
        "ママに手をしばられて押し入れに入れられた",
        "母に手を縛られた",
        "父が施設でベッドに縛られてた",
        "隣の家、夜中になると男の人の怒鳴り声と、小さい子が「ごめんなさい」って泣いてる声がする",
        "となりの部屋から毎晩どなり声がして、子どもが「ごめんなさいごめんなさい」って泣き叫んでる",
        "子どもが「ゆるして」って泣いてる声がする。上の階から",
        "隣の子が夜泣きじゃなくて、毎晩叩かれて泣き叫んでる",
        "子どもが夜中に泣き叫ぶ声と、怒鳴り声が聞こえる",
    ],
)
def test_abuse_in_kana_and_far_apart(ex, text):
    assert "abuse" in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "子どもが夜中に急に泣き叫ぶことがあります。夜驚症でしょうか",
        "2歳の娘がイヤイヤ期で、スーパーで泣き叫ぶので困っています",
        "夜泣きがひどくて泣き叫ぶ、近所迷惑が心配",
        "予防接種で泣き叫ぶ息子をどうなだめれば",
        "高校生のとき親に殴られてたけど、今は仲良くやってます",
        "学生時代に親から殴られていたことを、今でもふと思い出してつらくなります",
        "子どもの頃に虐待されてたことを今も夢に見る",
        "母がエレベーターに閉じ込められた",
        "母に頼んで髪を縛ってもらった",
    ],
)
def test_no_abuse_alarm(ex, text):
    assert not _crisis(ex, text)


# ---------------------------------------------------------------- dv


@pytest.mark.parametrize(
    "text",
    [
        "昔から夫に殴られてたけど、今はもう限界",
        "昔は優しかったけど、今は毎日夫に殴られてる",
        "昔は夫も優しかったけど、今は暴力をふるわれてる",
        "昔は夫に殴られてたけど、今は子どもまで殴られてる",
        "前は言い返せてたけど、今はもう怖くて何も言えない。夫が物を投げてくる",
        "子どもの頃に父に殴られてたことを思い出す。今も母が父に殴られてる",
        "夫にGPSを勝手につけられて位置情報を共有させられてる",
        "夫に位置情報を共有しろと強要されている",
    ],
)
def test_dv_now(ex, text):
    assert "dv" in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "昔は夫の暴力がひどかったけど、今はお互い穏やかに暮らしています。夫の介護保険のことで相談",
        "前は元夫からDVを受けてたが、今は離婚して平穏です",
        "30代の頃、夫に殴られていたけど、もう離婚して大丈夫です",
        "夫とGPSで位置情報を共有していて、迎えに来てくれるので便利です",
        "家族でGPSの位置情報共有アプリを入れました",
    ],
)
def test_no_dv_alarm(ex, text):
    assert not _crisis(ex, text)


# ---------------------------------------------------------------- emergency


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが朝から畑に行ったまんま戻ってこん。もう暗いのに",
        "じいちゃんが散歩に出たまんま帰ってこん",
        "おとうさんが でかけたまま もどってこない もう夜",
        "じいちゃんが朝から帰ってこん、もう暗い",
        "夫が出張から帰ってこない、連絡もつかない",
        "夫が出張に行くと言って出たまま帰ってこない、電話も出ない",
        "猫を探しに行った父が帰ってこない",
        "犬の散歩に出たまま父が帰ってこない",
        "一人暮らしの母にLINEしても反応がない、昨日から",
        "母に電話しても反応がないけど、寝てるだけならいいけど心配",
    ],
)
def test_not_back_or_not_answering_is_an_emergency(ex, text):
    assert "emergency" in _crisis(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "夫が出張で1週間帰ってきません。ワンオペがつらい",
        "夫が単身赴任で半年帰ってこないので、育児がワンオペです",
        "父が入院していて家に帰ってこれない",
        "うちの犬が昨日から帰ってこない、迷子の届けはどこに出せばいい？",
        "猫が家出して3日帰ってこない。保健所に連絡したほうがいい？",
        "飼い猫が昨日の夜から戻ってこない",
        "インコが逃げて帰ってこない",
        "友達にLINEしても反応がないけど、たぶん寝てるだけ",
        "母にLINEしても反応がない時があるけど、スマホに慣れてないだけ",
        "兄がもう10年部屋から出てきません",
    ],
)
def test_no_emergency_alarm(ex, text):
    assert "emergency" not in _crisis(ex, text)
