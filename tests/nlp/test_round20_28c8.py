"""Round 20 (28c8): indirect, understated crisis messages — treasured things given away with
「思い残すことはない」, sleeping pills saved up, a worn-out parent asking where the children
would live 「私がいなくなったら」, a carer who thinks of 「連れて一緒に」, someone who does not
wake and breathes strangely, a blue bruise and its excuse, a daily allowance and receipts shown
every night, a child put out on the balcony, a grandchild hit by the son's wife, screams next
door and a husband shouting for a knife; and what is not that: clothes handed on, a concert
that leaves nothing to wish for, a sleepy teenager, a bruise from baseball, pocket money,
a horror film next door, an unborn child's father who cannot be reached."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- giving away, nothing left


@pytest.mark.parametrize(
    "text",
    [
        "釣り道具も盆栽も全部息子に譲りました。もう思い残すことはありません。",
        "大事にしてたギターは後輩にあげた。もう思い残すことはないわ",
        "じいちゃんが最近、将棋の駒も掛け軸も親戚に配った。「もう思い残すことはない」って言うんよ",
        "思い残すことはもうないけぇ、着物はみな娘に譲った",
        "インスタの写真も全部消したし、ゲームのデータもあげちゃった。もういいかなって思ってる",
        "うちの犬を誰か引き取ってもらえませんか。もう疲れました。",
        "猫のタマの面倒を見てくださる方はいませんか。もう疲れてしまった。",
        "じいちゃんが急に大事な釣り竿を近所の人にあげて、「もう思い残すことはねえ」って言う",
        "友達がゲームのアカウントもフィギュアも全部くれた。「もういいかなって」って。心配",
        "俺が消えたら、犬のコロは誰が面倒みるんやろ。もう疲れたわ",
    ],
)
def test_giving_away_with_nothing_left_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子ども服を全部ママ友に譲りました。もう思い残すことはない、子育て卒業です笑",
        "推しのライブに行けた！もう思い残すことはない",
        "引っ越しで家具を後輩に譲った。もう疲れた〜",
        "写真は全部消したよ、元カレのやつ。もういいかなって吹っ切れた",
        "猫を引き取ってもらえる里親さん募集中です。転勤が決まりました",
        "長い間お世話になりました。転勤で引っ越すので鍵は大家さんに返します",
        "孫にお年玉を全部あげて、もう疲れた",
    ],
)
def test_handing_things_on_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- pills saved up


@pytest.mark.parametrize(
    "text",
    [
        "医者からもらった睡眠薬、飲まずにためてます",
        "ねむりぐすり、のまないでためてる",
        "父が眠剤を飲まずに貯め込んでいるのを見つけました",
        "薬を飲まんでためとる。もう十分生きたけぇ",
        "おかんが病院の眠り薬、飲まんとためとるみたいなんや",
    ],
)
def test_sleeping_pills_saved_up_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "睡眠薬をためておくのは危ないと薬剤師さんに言われました",
        "母は薬をよく飲み忘れます。カレンダーに貼るといいですか",
        "もう十分生きたって祖母は笑うけど、毎日畑に出て元気です",
    ],
)
def test_pills_talked_of_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 私がいなくなったら, 連れて一緒に


@pytest.mark.parametrize(
    "text",
    [
        "もう疲れました。私がいなくなったら、この子はどこで暮らすことになりますか",
        "限界です。わたしが消えたら、娘は施設に入ることになるんでしょうか",
        "私がいなくなったら子どもたちは誰が育てるんでしょう。もう本当に疲れました",
        "姑の介護でもう限界。夜中にふと、姑を連れて一緒に、と考えてしまう",
        "父を連れて二人で、って思ってしまう夜があります",
    ],
)
def test_a_worn_out_carer_planning_their_absence_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "私がいなくなったら、この子はどうなるのかと心配で眠れません。83歳の母です",
        "私が死んだら息子の年金はどうなるのか知りたい",
        "母を連れて一緒に温泉に行こうと考えています",
        "父を連れて二人で旅行したいと思っています",
        "もう疲れた〜！今日は残業だった",
    ],
)
def test_planning_ahead_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- does not wake


@pytest.mark.parametrize(
    "text",
    [
        "父が呼んでも起きません。息が変です",
        "パパがずっとねてて、よんでもおきない",
        "夫がいびきのような変な呼吸をしていて、声をかけても目を覚まさない",
        "祖父が昼寝から起こしても起きない。顔色が悪い",
        "おかあさんおこしてもおきない。どうしたらいい",
        "母がいびきみたいな息をしてて、ぜんぜん起きん",
    ],
)
def test_not_waking_with_a_sign_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "休みの日の旦那は昼まで起こしても起きない笑",
        "息子は毎朝、何回起こしても起きなくて遅刻ばかりです",
        "夏休みになると娘は呼んでも起きないので困ってます",
        "夫のいびきがうるさくて眠れません",
        "おばあちゃん、なんぼ起こしても起きへん。よう寝るわ",
    ],
)
def test_a_sleeper_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- bruises, money, phone


@pytest.mark.parametrize(
    "text",
    [
        "姉(30)の腕に青あざ。「ぶつけただけ」って言うけど、彼氏と住み始めてからずっと",
        "妹の目の周りに青たん。旦那に殴られたんじゃないかと思う",
        "夫からは毎朝1日千円だけ渡されます。レシートを毎晩見せる決まりです",
        "旦那に一日300円しかもらえません。レシートも毎晩チェックされます",
        "主人がスマホの暗証番号を知っていて、友達に会うと機嫌が悪くなります",
        "私の腕のあざは、夫にやられたものです。職場には転んだと言ってあります",
        "夫が帰ると子どもたちが隠れます。私の顔のあざは、転んだことにしてあります",
    ],
)
def test_a_partners_marks_and_control_are_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "草野球で腕が青あざだらけです笑",
        "子どもに一日100円ずつおこづかいを渡しています",
        "レシートを家計簿アプリで読み取る方法を知りたい",
        "スマホの暗証番号を忘れてしまいました",
        "昔、前の夫にお金を管理されていましたが、今は離婚して穏やかです",
    ],
)
def test_bruises_and_money_without_a_partner_are_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


def test_a_bruise_hidden_with_an_excuse_is_no_care(ex):
    text = (
        "主人の機嫌が悪いと子どもが押し入れに隠れます。私の顔のあざは、階段で転んだと言ってあります"
    )
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- a child put out, a grandchild hit


@pytest.mark.parametrize(
    "text",
    [
        "そとにまただされた。さむい。ママこわい",
        "きのうもベランダにだされた。パパおこるとこわい",
        "孫が婿さんに叩かれとるらしい。腕に青あざがあった",
        "孫が、嫁さんにぶたれとるみたいで、ほっぺたに青たん。まだ三つです",
    ],
)
def test_a_child_put_out_or_hit_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ベランダに布団を出したら雨が降ってきた",
        "そとにでたらさむかった",
        "孫が嫁さんに似てきました",
    ],
)
def test_a_balcony_or_a_grandchild_alone_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- screams next door, a knife


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋から悲鳴が聞こえて、ご主人が怒鳴ってる。今です",
        "上の階から叫び声と物が割れる音、旦那さんがわめいてる",
        "今となりのうちから悲鳴。旦那さんが「包丁持ってこい」って叫んでる",
        "お隣、いまご主人の怒鳴り声と奥さんの悲鳴がすごい",
    ],
)
def test_screams_and_a_husband_next_door_are_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "となりのおじさんが「ナイフ出せ」って叫んでる、今",
        "いま隣から悲鳴。旦那さんが「包丁どこだ」って怒鳴ってる",
    ],
)
def test_a_knife_shouted_for_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の家から悲鳴が聞こえたと思ったら、ホラー映画を見てたみたい",
        "包丁の研ぎ方を教えてくれる教室はありますか",
        "お腹の子の父親とは連絡がつきません。一人で産むことにしました",
        "元彼とは連絡がとれないけど、もう気にしてません",
    ],
)
def test_films_knives_and_absent_fathers_are_no_crisis(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis
    assert "emergency" not in result.crisis


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    "text",
    [
        "今日もテレビ以外の声を聞いてない。もう何日目だろう",
        "ここ一週間、テレビとしか話してない",
        "ばあさん亡くして、猫としかしゃべっとらん",
    ],
)
def test_only_the_television_to_hear_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


def test_a_flat_not_left_for_months_is_hikikomori(ex):
    assert "hikikomori" in ex("仕事を辞めてから半年、マンションから一歩も出てない").patterns


@pytest.mark.parametrize(
    "text",
    [
        "泣き止まない娘に怒鳴りそうで、トイレにこもりました。生後2か月です",
        "夫と喧嘩して、お風呂にこもって泣いた",
    ],
)
def test_a_moment_in_the_toilet_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


def test_nursery_and_a_stricken_parent_are_double_care(ex):
    result = ex("1歳の娘がいるのに、母が脳梗塞で倒れて、毎日保育園と実家の往復です")
    assert "care" in result.fields
    assert "double_care" in result.patterns


def test_a_pupil_taking_a_sibling_to_nursery_is_a_young_carer(ex):
    text = "ママがびょうきで、わたしがいもうとをほいくえんにつれていってからがっこうにいく。小4"
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("80歳の母が足が弱って買い物にも行けなくなった", "care"),
        ("父がまたやかんを焦がした。火の元が心配です", "care"),
        ("ばあちゃんが夜中に「うちに帰る」言うて出ていこうとする。ここが家なのに", "care"),
        ("お酒が2缶から6缶に増えてしまった", "health"),
        ("娘が食べなくなって、体重が3か月で8キロ減りました", "health"),
        ("クラスのみんなに無視されてる", "child"),
        ("きょうしつにいたくない", "child"),
        ("お米を無料でもらえるところはありますか", "hardship"),
        ("給食がないから夏休みが不安です。ひとり親です", "hardship"),
    ],
)
def test_understated_needs_raise_their_field(ex, text, field):
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("うちの猫が認知症みたいで夜鳴きします", "care"),
        ("雨で母が買い物に行けないので代わりに行った", "care"),
        ("鍋を焦がさないコツを教えて", "care"),
        ("友達にLINE既読無視された笑", "child"),
        ("ダイエットで体重が順調に落ちてます", "health"),
        ("夏休みが楽しみ！給食がないのは残念", "hardship"),
    ],
)
def test_look_alikes_raise_no_field(ex, text, field):
    assert field not in ex(text).fields
