"""Round 20 (28f8): people writing about someone else — a neighbour, a grandchild, a pupil, a
parent far away — and older writers in dialect: 「はよ迎えに来てほしい」「長う生きすぎた」, a
friend in debt who would pay with the insurance money, 「もう疲れた」 and then no answer, a small
child's 「まま が ねてて おきない」, a sister kept from her parents' home, a son-in-law's knife, a
friend's mother with a knife, a daughter-in-law who hits the grandchild, small children whose
mother is never home at night; a pupil who takes the little one to nursery, a grandchild who
keeps an eye on a grandmother with dementia, a wife with breast cancer, a lunch eaten alone
every day. And what is not that: a lift from the station, a long life and too small a pension,
a worry that someone may collapse, a parent who is late some nights, a secret a friend asked to
keep, a mum friend quoted."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- the older person's death wish


@pytest.mark.parametrize(
    "text",
    [
        "祖父が「もう長う生きすぎた」と毎晩言うようになりました",
        "ばあちゃんが「はよ迎えに来てほしいわ」ばっかり言うけぇ心配",
        "父が最近「わしはもう生きすぎた」とこぼします",
        "義母が「早う迎えに来てくれんかのう」と仏壇の前でつぶやいていた",
        "おばあちゃんが「長生きしすぎてしもうた」と泣いてた",
        "母が電話で「早く迎えに来てほしい」と言う。食事もとっていないようで",
        "じいちゃん、「はよ迎えに来てくれ」って言うて、ご飯も食べんようになった",
    ],
)
def test_an_older_persons_wish_to_be_taken_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "雨がひどいので、駅まで早く迎えに来てほしいと娘からLINEが来ました",
        "早く迎えに来てほしいと息子が言うので延長保育をやめたいです",
        "長生きしすぎて年金が足りなくなるのが心配です",
        "うちの猫は二十歳、ちょっと長生きしすぎなくらい元気です",
        "ばあちゃんは「はよ迎えに来てほしい」が口癖やけど、元気でカラオケ行っとる",
    ],
)
def test_a_lift_or_a_long_life_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- insurance money, of a friend


@pytest.mark.parametrize(
    "text",
    [
        "知人が借金で首が回らなくなって「保険金で返すしかない」と言っていました",
        "兄はローンで首が回らなくなってから、生命保険で返すしかないって言う",
        "借金で生活が回らなくなった友人が、生命保険で返すしかないとつぶやいた",
    ],
)
def test_paying_debts_with_the_insurance_money_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が亡くなって、生命保険の保険金の手続きをしています",
        "祖母がなくなって保険金の請求のしかたが分かりません",
    ],
)
def test_the_insurance_of_someone_who_died_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- tired of it all, then silence


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの娘から「もう疲れた」とメールがあって、それから電話に出ません",
        "友だちが「全部どうでもいい」ってストーリーに上げて、そのあと既読がつかない",
        "弟から夜遅く「もう何もかも嫌」と電話があり、それきり連絡が取れません",
        "父が「もうつかれたわ」と言って出かけてから、電話がつながらない",
        "彼氏が「全部どうでもええ」って言ったきり連絡がつかん",
    ],
)
def test_tired_of_it_all_then_out_of_reach_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "仕事でもう疲れた。今日は早く寝ます",
        "服なんて全部どうでもいいと思ってたけど、娘に言われて買いに行った",
        "母と連絡がつかなくて心配です。一人暮らしで八十五歳です",
    ],
)
def test_tiredness_or_silence_alone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a small child: mum does not wake


@pytest.mark.parametrize(
    "text",
    [
        "まま が ずっと ねてて おきない",
        "おかあさん が きのうから おきない。こわい",
        "ぱぱ ねたまま うごかない",
        "おばあちゃん よんでも へんじ しない",
        "ママ ゆすっても おきない",
    ],
)
def test_a_small_child_whose_parent_does_not_wake_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママはまだねてる。きょうはにちようび",
        "おかあさんが あさ おきないから ちこくした",
    ],
)
def test_a_parent_who_sleeps_in_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- kept from home and money


@pytest.mark.parametrize(
    "text",
    [
        "姉は旦那さんに実家に帰ることも許してもらえないそうです",
        "夫に友達と会うのも許してもらえません",
        "妻から生活費を一切渡してもらえず、実家にも帰れない",
        "主人に実家へ帰るのを許してくれないんです",
        "娘は夫に実家に帰ることすら許されないと泣いていました",
    ],
)
def test_a_partner_who_forbids_home_or_withholds_money_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "会社に有給を許してもらえず、実家に帰れません",
        "コロナで病院の面会を許してもらえない",
        "子どもの頃、門限を破るのは許してもらえなかった",
    ],
)
def test_a_rule_that_is_not_a_partners_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a knife in someone else's house


@pytest.mark.parametrize(
    "text",
    [
        "娘の旦那が酔って娘に包丁を向けたと、孫から連絡がありました",
        "姉の夫が姉にナイフを突きつけたって、姪から電話がありました",
        "息子の嫁が息子に包丁を向けたらしい",
    ],
)
def test_a_partner_who_holds_a_knife_to_the_writers_kin_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "友だちから、お父さんが包丁振り回してて部屋から出られないってLINEが来た",
        "クラスの子が、母親にナイフを向けられたって言ってた",
        "ままが ほうちょう もって おこってる",
        "生徒の話では、お父さんが刃物を持って暴れているらしい",
    ],
)
def test_a_parent_with_a_knife_told_by_a_child_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友だちのお母さんが包丁で魚をさばくのが上手",
        "娘の旦那が包丁を研いでくれた",
    ],
)
def test_a_knife_in_the_kitchen_is_no_crisis(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis


# ---------------------------------------------------------------- the grandchild's mother


@pytest.mark.parametrize(
    "text",
    [
        "嫁が孫をしょっちゅう叩いとるようで、孫がびくびくしとる",
        "お嫁さんが孫を毎日怒鳴って叩いているのを見ました",
        "嫁が孫をつねっとるのを見てしまった",
        "うちの嫁が孫にご飯を食べさせていない",
    ],
)
def test_a_daughter_in_law_who_harms_the_grandchild_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


def test_the_writers_own_wife_stays_a_partner(ex):
    assert "dv" in ex("俺の嫁が俺を殴る。孫もいる年なのに").crisis


# ---------------------------------------------------------------- never home at night


@pytest.mark.parametrize(
    "text",
    [
        "近所の小学生の兄弟、お母さんがいつも夜いなくて二人きりです",
        "保育園の子の家、親が毎晩いないみたいで、夜に子どもの泣き声がします",
        "小3と小1の姉妹、父親がほとんど家に帰ってこないらしい",
        "アパートの小さい子、ママがいつも夜はいなくて一人でコンビニに来ます",
    ],
)
def test_small_children_whose_parent_is_never_home_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもの頃、母は夜の仕事でいつもいなかったけど、今は仲良しです",
        "小学生の息子がいます。夫は単身赴任で平日はいません",
    ],
)
def test_a_childhood_memory_or_a_posted_parent_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- worries that are no emergency now


@pytest.mark.parametrize(
    "text",
    [
        "嫁っこが孫の世話と畑で、倒れねぇか心配だ",
        "母が無理して働くけぇ、倒れんか心配じゃ",
        "夫が夜中まで帰ってこない日もあって、寂しいです",
        "高校生の息子、部活で遅くまで帰らない日が多いです",
    ],
)
def test_a_worry_or_a_late_night_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が台所で倒れて動かない",
        "夫が昨日の夜から帰ってこない。電話もつながらない",
    ],
)
def test_a_collapse_or_a_disappearance_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a child who carries the family


@pytest.mark.parametrize(
    "text",
    [
        "担任している中1の子、お父さんが入院していて、家事を全部しているようです",
        "クラスの小5の女の子、お母さんがうつで、毎日ご飯作りをしているみたい",
        "お兄ちゃん（小5）が弟にご飯を食べさせてる。親はいないらしい",
        "お姉ちゃん（中2）が妹に毎晩ご飯を作ってるって",
        "孫（高1）が、認知症の祖母の見守りのためにバイトをやめた",
        "孫（中2）が、寝たきりのじいちゃんの見守りで部活を休んどる",
    ],
)
def test_a_child_named_by_school_year_who_keeps_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "下の子の保育園のお迎えがあるので、上の子の部活の送迎ができません",
        "小6の子のお弁当作りが大変です",
        "中2の子が家庭科の授業でご飯作りをしたそうです",
        "見守りのためにカメラを付けました",
    ],
)
def test_a_parents_own_chores_are_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a named cancer


@pytest.mark.parametrize(
    "text",
    [
        "妻が乳がんで治療中です",
        "夫が肺がんと言われました",
        "母が大腸癌の手術を受けることになった",
    ],
)
def test_a_named_cancer_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_wife_with_breast_cancer_and_small_children_is_double_care(ex):
    text = "妻が乳がんで治療中で、小学生の息子二人の世話と仕事で手一杯です"
    assert "double_care" in ex(text).patterns


def test_a_screening_notice_is_no_health(ex):
    assert "health" not in ex("乳がん検診のお知らせが届きました").fields


# ---------------------------------------------------------------- alone, said another way


@pytest.mark.parametrize(
    "text",
    [
        "がっこう やすんでる。だれとも はなしてない",
        "となりのおじいさん、奥さん亡くしてから誰も訪ねて来えへん",
        "ばあちゃんとこ、誰も寄ってこんし、電話もないらしい",
        "娘がクラスで毎日ひとりでお弁当を食べているようです",
        "友だちがいつもひとりで給食食べてて、話しかけても返事うすい",
    ],
)
def test_no_one_to_talk_to_or_eat_with_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ママ友が「最近いないね」って言ってくれた",
        "友達に「誰にも言わないで」って頼まれたことがあって、どうしたらいいか",
        "今日はたまたまひとりでお昼を食べた",
    ],
)
def test_a_quote_a_secret_or_one_lunch_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns
