"""Section 追加（28）: crisis wordings found by probing with our own paraphrases (not from
any labelled set): a partner whose permission is needed to go out, money never one yen of
one's own (economic DV, not hardship: the money is there, a partner controls it), an older
relative locked in a room, blood from a wrist, belongings sorted and precious things given
away, 「首を…」 broken off, the kana いきてたくない, a parent with dementia gone out at night
and not back, nappies not changed for days, 「お前なんか産まなきゃよかった」, an ex-partner
waiting outside, a foot on a balcony rail; and what is not that: a household whose husband
keeps the accounts, a lock that broke, a fall, a move, a school one does not want to go to, a
search drill, a friend who prefers no replies, an ex-husband fetching the children as agreed,
a toddler climbing."""

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
        ("寝たきりの母のおむつを兄が何日も替えてないみたい", "abuse"),
        ("施設で祖父のオムツを一日中替えてもらえてない", "abuse"),
        ("何日もおむつを替えてない部屋のにおいがひどい。叔母が父をみてるはずなのに", "abuse"),
        ("姉が子どもを「お前なんか産まなきゃよかった」と毎日怒鳴ってる", "abuse"),
        ("お母さんに「あんたなんか産まなきゃよかった」って言われた", "abuse"),
        ("つい息子に「お前なんか生まなければよかった」と言ってしまった", "abuse"),
        ("元夫が家の前で待ってる。こわくて外に出られない", "dv"),
        ("別れた彼氏がアパートの前をうろうろしてて怖い", "dv"),
        ("元旦那が職場に押しかけてきて、震えが止まらない", "dv"),
        ("ベランダの柵に足をかけてしまった", "suicide"),
        ("気づいたら橋の欄干に足をかけてた", "suicide"),
        ("娘が夜中にベランダの手すりに足をかけていた", "suicide"),
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
        ("介護の研修でおむつの替え方を習いました", "abuse"),
        ("赤ちゃんのおむつを替えて、ミルクをあげて、一日中ばたばた", "abuse"),
        ("「産まなきゃよかった」なんて一度も思ったことはない", "abuse"),
        ("元夫が子どもを迎えに家の前まで来る約束です", "dv"),
        ("元彼が結婚したらしい。ちょっとさみしい", "dv"),
        ("2歳の息子がベランダの柵に足をかけて登ろうとする。危ないのでどうしたら", "suicide"),
        ("猫が窓の枠に足をかけて外を見てる", "suicide"),
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


@pytest.mark.parametrize(
    "text",
    ["shinitai", "mou shinitai yo", "kietai", "jisatsu shitai", "死にたみが深い", "きえたみ"],
)
def test_romaji_and_young_peoples_spellings_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize("text", ["ashinitaijo", "kietaisu", "Shinjuku ni ikitai"])
def test_romaji_inside_other_words_is_not(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "patterns"),
    [
        ("息子は小4です。育児と母の介護の両立に悩んでいます", ("double_care",)),
        ("娘は中2です。子育てしながら父の介護をしていて、毎日余裕がない", ("double_care",)),
        ("中学生の娘が、祖母の介護をしていて部活に行けない", ("young_carer",)),
    ],
)
def test_the_writers_own_raising_and_care_is_double_care(ex, text, patterns):
    assert ex(text).patterns == patterns


@pytest.mark.parametrize(
    ("text", "care"),
    [
        ("俺も腰が悪いから、親父を風呂に入れるのがきつい", True),
        ("母をお風呂に入れるのが大変", True),
        ("夜中に何度も父をトイレに連れていく", True),
        ("子どもをお風呂に入れるのが大変", False),
    ],
)
def test_bathing_a_parent_is_care(ex, text, care):
    assert ("care" in ex(text).fields) is care


@pytest.mark.parametrize(
    ("text", "dv"),
    [
        ("母が父から暴力を受けていたのは昔の話で、今は離婚して平和です", False),
        ("夫に殴られていたのは昔の話ではありません", True),
        ("夫から逃げても無駄だと言われて、家を出られずにいます", True),
        ("旦那が「逃げても無駄だ、どこまでも追いかける」と言う", True),
        ("ダイエットから逃げても無駄だった", False),
    ],
)
def test_past_violence_and_a_threat_not_to_flee(ex, text, dv):
    assert ("dv" in ex(text).crisis) is dv


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        ("おかあさん が あさから おきない", True),
        ("ママがあさからおきない", True),
        ("おかあさん あさから ずっと おきない。こわい", True),
        ("パパがあさからおきない。やすみのひはいつもそう", False),
        ("ママ あさから おきない。きのう おさけ のんでた", False),
        ("うちの子は朝なかなか起きない", False),
        ("パパ、朝から起きてこない。休みの日はいつもそう", False),
    ],
)
def test_a_child_whose_parent_has_not_woken_since_morning(ex, text, emergency):
    assert ("emergency" in ex(text).crisis) is emergency


@pytest.mark.parametrize(
    "text",
    [
        "息子がサッカーの試合で相手を蹴りそうになって、審判に注意された",
        "息子はボールを蹴るのが好き",
        "お兄ちゃんは妹にすぐ手が出そうになる",
        "上の子が下の子とすぐケンカして手が出る",
    ],
)
def test_sport_and_sibling_quarrels_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("夫が試合を見ながら酔って私を殴る", "dv"),
        ("夫が試合で負けると私を殴る", "dv"),
        ("兄が妹を殴って、妹の顔にあざがある", "abuse"),
    ],
)
def test_violence_beside_a_game_or_a_sibling_with_a_bruise_stays(ex, text, crisis):
    assert crisis in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("高校生の息子がバイト代を家に入れてくれると言ってくれたけど断りました", "young_carer"),
        ("母は一人で暮らせているので今のところ心配はない", "care"),
        ("施設の費用は兄が払ってくれるので心配ない", "hardship"),
        ("子育てにはお金がつきものですね", "hardship"),
    ],
)
def test_a_worry_that_is_not_there(ex, text, label):
    result = ex(text)
    assert label not in result.fields + result.patterns


def test_a_parent_living_alone_with_a_new_worry_is_care(ex):
    assert "care" in ex("母は一人で暮らしているが、最近物忘れが心配").fields


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("子どもが夫に叩かれています", ("abuse",)),
        ("うちの子も旦那に蹴られた", ("abuse",)),
        ("上の子が、夫に叩かれている", ("abuse",)),
        # 娘 may be grown, with a husband of her own: DV stays.
        ("娘が夫に殴られています", ("dv",)),
        ("子どもが夫に怒られて泣いている", ()),
    ],
)
def test_a_child_struck_by_the_writers_partner_is_abuse(ex, text, crisis):
    assert ex(text).crisis == crisis


@pytest.mark.parametrize(
    "text",
    [
        "テレビでやってた赤ちゃんの置き去り事件、ひどいね",
        "ニュースで流れてた虐待事件がつらい",
    ],
)
def test_a_case_seen_on_television_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "suicide"),
    [
        ("私が死んだら困るので生命保険に入りました", False),
        ("私が死んだら子どもが困るから保険を見直したい", False),
        ("死んだら保険金で借金を返せる", True),
    ],
)
def test_insurance_taken_out_for_the_family_is_no_suicide(ex, text, suicide):
    assert ("suicide" in ex(text).crisis) is suicide


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        ("おばあちゃんが おふろで ねてて おきない", True),
        ("父がお風呂で寝てて起きない", True),
        ("じいちゃん、湯船で寝とって返事がない", True),
        ("息子がお風呂で寝ちゃうのが心配", False),
        ("赤ちゃんがお風呂で寝てしまって起きないので、そのまま布団に寝かせた", False),
    ],
)
def test_asleep_in_the_bath_and_not_waking_is_an_emergency(ex, text, emergency):
    assert ("emergency" in ex(text).crisis) is emergency


@pytest.mark.parametrize(
    ("text", "care"),
    [
        ("この制度の認知が進んでない", False),
        ("ヤングケアラーという言葉の認知が広がってほしい", False),
        ("母の認知が進んできた", True),
    ],
)
def test_awareness_of_a_scheme_is_not_dementia(ex, text, care):
    assert ("care" in ex(text).fields) is care


@pytest.mark.parametrize(
    ("text", "suicide"),
    [
        ("野球に負けて死にたいくらい悔しい", False),
        ("月曜の朝は死にたいくらい眠い", False),
        ("死にたいくらいつらい", True),
        ("死にたいくらい苦しい毎日です", True),
    ],
)
def test_wanting_to_die_as_a_measure_of_annoyance(ex, text, suicide):
    assert ("suicide" in ex(text).crisis) is suicide
