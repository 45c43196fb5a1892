"""Round 20 (28e8): someone sitting on a balcony or bridge rail, a person shaken who does not
answer, small children left by themselves for days, a neighbour's call that reports an alarm,
an older writer's husband who throws things and spends her pension, a middle-aged son, an
older writer's age said without 歳, games that cannot be stopped; and what is not that: a
husband who is out again tonight, a son who comes out only for meals, a withdrawal that is
over, a toddler on a rail, a smoke on the balcony."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- on the rail


@pytest.mark.parametrize(
    "text",
    [
        "大学生の娘が夜中にベランダの手すりに腰かけていて、慌てて部屋に入れました",
        "息子がマンションの屋上のフェンスを乗り越えようとしてた。もう疲れたって",
        "彼氏が橋の欄干に座って「もういい」ってLINEしてきた",
        "友達が歩道橋の手すりをまたごうとしてたから必死で止めた",
        "おねえちゃんがベランダのさくにすわって ないてた",
        "妻が非常階段の柵から身を乗り出していて、声をかけたら泣き出した",
        "夫が夜中にベランダの柵の上に立っとって、なんとか引きずり下ろした",
    ],
)
def test_sitting_on_or_climbing_a_rail_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "2歳の子がベランダの柵によじ登ろうとしてヒヤッとしました",
        "猫がベランダの手すりに座って外を眺めてます",
        "夏はベランダの手すりに腰かけてビール飲むのが楽しみ",
        "橋の欄干に座って花火を見た思い出",
        "ベランダの手すりに布団を干しています",
    ],
)
def test_a_rail_with_a_toddler_a_cat_or_a_beer_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- shaken, no answer


@pytest.mark.parametrize(
    "text",
    [
        "母が朝から起きてこなくて、揺すっても返事がありません",
        "じいちゃんがこたつで寝てて、ゆすっても返事せん",
        "夫がソファで倒れてて、肩を叩いても返事がない",
        "お父さんがうごかない。ゆすってもへんじがない",
        "祖母の体を揺すっても返答がなくて、息してるかわからない",
        "兄が部屋で横になってて、叩いても揺さぶっても返事がない。どうしよう",
    ],
)
def test_shaken_and_no_answer_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "LINEで何回呼びかけても返事がないけど、たぶん忙しいんだと思う",
        "息子に声をかけても返事もしない。反抗期かな",
        "メールを送っても返事がありません。担当の方に伝えてください",
    ],
)
def test_no_reply_to_a_message_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- children left alone


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋、小さい子2人だけで何日も過ごしているみたいです",
        "向かいの家、幼い兄弟ふたりきりで何日も置いとかれとるようです",
        "アパートの子どもたち3人だけで何日も留守番させられてる",
        "同じ階の子、何日も放っておかれてるみたいで、親を見かけない",
        "近所の幼い姉妹2人だけで何日も家にいるみたい。母親の姿を見ない",
        "となりの子たち、何日もほったらかしにされてるみたいで心配",
    ],
)
def test_small_children_left_by_themselves_for_days_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子ども2人だけで留守番できるようになりました",
        "週末は子ども3人だけでおばあちゃんちに泊まりに行きます",
        "息子と二人きりで旅行に行きました",
    ],
)
def test_children_by_themselves_for_a_while_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a neighbour's call


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの伯母と3日前から連絡がとれなくて、新聞がたまってると近所の人から電話がありました",
        "父と連絡がつかず、ポストに郵便がたまっていると管理人さんから連絡がありました",
        "一人で住む叔父と連絡が取れない。民生委員さんから「雨戸が閉まったまま」と電話がありました",
        "母と昨日から連絡とれません。隣の方から電気がつけっぱなしと電話がきました",
    ],
)
def test_a_neighbour_who_calls_about_an_alarm_keeps_the_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母と連絡取れなくて焦ったけど、夜に母から電話がありました",
        "父と連絡がつかなかったけど、さっき連絡がつきました。見守りサービスを知りたい",
        "祖母と連絡取れなかったのは、携帯の充電が切れてただけでした",
    ],
)
def test_the_missing_one_calling_back_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- an older writer's husband


@pytest.mark.parametrize(
    "text",
    [
        "70過ぎて、夫に年金を勝手に使われてます。文句言うと物を投げてくるし、怖くて家におれん",
        "わたしも75になりますが、主人に年金を勝手に使われて、言い返すと殴られます",
        "夫に年金を勝手に使われる。口答えすると怒鳴られて、物を投げられる",
        "旦那に年金を勝手に使われとる。文句言うたら叩かれた",
    ],
)
def test_an_older_writers_husband_who_hits_and_spends_her_pension_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の夫が年金のことを何度も聞いてきて、怒鳴ります",
        "夫に年金の手続きを任せています。今年から受け取りが始まりました",
    ],
)
def test_a_husband_with_dementia_or_a_pension_errand_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a husband out again


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣きやまなくて限界。夫は今日も帰ってこない",
        "主人は毎晩飲み歩いて帰ってこないので、ワンオペです",
        "旦那はいつも朝まで帰ってこーへん。もう慣れた",
        "夫は相変わらず帰らないし、子どもの世話は全部私です",
        "彼氏が今夜も帰ってこない。浮気かな",
    ],
)
def test_a_partner_out_again_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が昨日から帰ってこない。電話もつながらない",
        "認知症の父が朝出かけたまま帰ってこない",
        "中学生の娘が昨日の夜から帰ってこない",
    ],
)
def test_someone_gone_since_yesterday_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- out only for meals


@pytest.mark.parametrize(
    "text",
    [
        "娘が大学をやめてから自分の部屋にこもってて、ご飯の時しか出てきません",
        "息子はトイレとご飯の時くらいしか部屋から出てこない",
        "弟は食事の時だけ下りてくるけど、あとはずっと部屋です",
        "兄、飯の時しか部屋から出てこん",
    ],
)
def test_out_only_for_meals_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "となりの子、家でご飯が出てこないって言ってた",
        "ママがごはんつくってくれない。きのうからなにもたべてない",
    ],
)
def test_a_child_not_given_meals_is_still_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a withdrawal that is over


@pytest.mark.parametrize(
    "text",
    [
        "息子の引きこもりは去年解決して、今は元気に働いてます",
        "娘のひきこもりも落ち着いて、春からバイトに通ってます",
        "弟の引きこもりは終わって、今は就職して一人暮らし",
        "兄のひきこもりは3年前に抜け出して、今は仕事をしています",
    ],
)
def test_a_withdrawal_that_is_over_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子の引きこもりがもう5年。解決の糸口が見えません",
        "娘が2年ひきこもってて、外に出られない",
    ],
)
def test_a_withdrawal_still_going_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- ages said without 歳


@pytest.mark.parametrize(
    "text",
    [
        "40過ぎた息子がずっと部屋から出てきません。主人も亡くなって、私の年金だけで",
        "40を過ぎた息子が家にいて、私の年金で暮らしています",
        "五十過ぎた娘が働かずに家にいて、わしの年金が頼りです",
    ],
)
def test_a_middle_aged_child_and_a_parents_pension_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "80になって夫も亡くし一人暮らしです。膝が悪くて買い物も大変",
        "85になって足が弱って、病院に行くのも一苦労です",
        "78になってから物忘れが増えて、一人で暮らすのが不安",
    ],
)
def test_an_older_writers_age_without_sai_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "80になっても元気に山登りしてます",
        "体重が80になって、ダイエットを始めました",
    ],
)
def test_an_age_or_a_weight_without_a_need_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a middle-aged son's violence


@pytest.mark.parametrize(
    "text",
    [
        "40代の息子と同居してます。怒ると突き飛ばされて、年金も取られます。私は82歳です",
        "50過ぎの息子に叩かれます。年金も取り上げられて。私は80歳です",
    ],
)
def test_a_middle_aged_sons_violence_is_elder_abuse_not_a_child_matter(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- games that cannot be stopped


@pytest.mark.parametrize(
    "text",
    [
        "ネトゲに一日中はまって抜け出せない。やめられないのが自分でもやばい",
        "スマホゲームが朝までやめられなくて、仕事に遅刻してばかり",
        "徹夜でソシャゲしてしまう。やめたいのにやめられん",
        "中学生の息子が一日中ゲームをやめられなくて、学校にも行けてない",
        "動画が止められなくて眠れない日が続いてる。依存かも",
        "オンラインゲームやめられへん。生活がめちゃくちゃ",
    ],
)
def test_games_that_cannot_be_stopped_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "このゲーム面白くてやめられない！おすすめです",
        "子どもにゲームの時間を決めさせたら、ちゃんと守ってます",
        "ネットの解約ってどこに連絡すればいいですか",
    ],
)
def test_a_game_enjoyed_or_a_contract_is_no_health(ex, text):
    assert "health" not in ex(text).fields
