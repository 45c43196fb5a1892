"""Round 21 (29i8): long messages where worries tangle and the crisis sits in the middle: a
parent who wishes to vanish with the children (「一緒に消えてしまえたら楽なのに」), a teenager's
「自分がいなくなればいいのに」, an old father who would 「いっそ一緒に連れていく」 his son, a
mother afraid she will really hit the little one when it fusses, a handprint on a child's thigh
and 「せんせいがパチンした」, a mother's boyfriend who hits a child writing in kana; a teenager
who puts wages into the household or does a sister's bath and changing, a parent who can no
longer live alone, 「外にもほとんど出てません」. And what is not that: debts or pain that should
vanish, a child taken along to work, siblings hitting each other, money lent and not paid
back, 「連絡を取ると」 and dialect 「〜しとる」 read as theft, a wage too small to live alone."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- wishing to vanish


@pytest.mark.parametrize(
    "text",
    [
        "家計が苦しくて、夜になると子どもと一緒に消えてしまえたら楽なのにと思ってしまう",
        "もう疲れた。このまま消えられたらいいのに",
        "借金の電話ばかりで、いっそ家族みんなで消えちゃえたらって思う",
        "うちなんて いなくなれたら らくなのにな",
        "親のケンカばっかり聞いてると、自分がいなくなればいいのにって思う",
        "わしがおらんようになれば ええのにと思う日がある",
        "私が消えればええのにって、最近よく考えます",
        "息子の学費も払えず、私がいなければいいのにと毎晩泣いています",
    ],
)
def test_wishing_to_vanish_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この借金が全部消えてしまえたら楽なのに",
        "腰の痛みが消えてくれたらどんなに楽か",
        "嫌な記憶が消えてしまえばいいのにと思うことはあります",
        "隣の家の犬がいなくなればいいのにって思う、うるさくて",
        "手品でコインが消えてしまえたらおもしろいのにね",
    ],
)
def test_things_that_should_vanish_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- taking a dependant along


@pytest.mark.parametrize(
    "text",
    [
        "障害のある息子を残しては死ねん。いっそ一緒に連れていくしかないと思う",
        "娘のことを思うと、もう一緒に連れて逝こうかと考えてしまう夜がある",
        "わしが死ぬときはこの子も一緒に連れていくつもりや",
        "私が死んだら、この子も連れていこうと思っています",
        "いっそこいつも一緒に連れていけたら、と思う",
        "夫が「おれが死ぬ時は息子も一緒に連れていく」と言い出しました",
    ],
)
def test_taking_a_dependant_along_in_death_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "保育園が休みなので、職場に一緒に連れていくしかないです",
        "いっそ実家に一緒に連れていこうかと思っています",
        "夏休みは子どもたちを海に連れていくつもりです",
        "病院には私が連れていくので大丈夫です",
    ],
)
def test_taking_someone_along_on_an_errand_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- afraid of one's own hand


@pytest.mark.parametrize(
    "text",
    [
        "介護と育児で寝られず、下の子がぐずると本気で叩いてしまいそうで怖いです",
        "息子が言うことを聞かないと、カッとなって手が出そうになる",
        "娘が夜泣きするたびに、思わず叩きそうになる自分がいます",
        "子どもを本気で叩いてしまいそうになって、自分が怖い",
        "この子がぐずったら つい たたいてしまいそう",
        "長男が泣きやまないと、イライラして殴ってしまいそうになります",
    ],
)
def test_fearing_to_hit_ones_child_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "上の子が下の子を叩きそうになるので目が離せません",
        "3歳の子が弟を叩いてしまいそうで、二人きりにできない",
        "2歳の娘が猫を叩きそうになるので見張っています",
        "子どもの頃、父に叩かれそうになって押し入れに隠れたことがある",
    ],
)
def test_siblings_or_the_past_are_no_feared_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- marks and a child's words


@pytest.mark.parametrize(
    "text",
    [
        "小3の娘の太ももに手形みたいな赤いあとがありました",
        "デイから帰った息子の腕に、つかまれたようなあざが残っていた",
        "孫の背中に大人の手のあとがくっきりついとった",
        "うちの子が「せんせいがパチンした」って言うんです",
        "保育園の帰り、娘が「せんせいがバチンってした」と泣きながら話した",
        "息子（5歳）が「ママがぺちんってする」と言っていて、お隣のことですが心配です",
        "放課後デイの迎えのあと、息子の二の腕に指のあとがあって",
    ],
)
def test_marks_of_a_hand_and_a_childs_slap_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "会社の手形の支払いが来月に迫っていて、資金繰りが苦しいです",
        "子どもが手形アートで赤い絵の具を使ってました",
        "娘が蚊に刺されて、太ももに赤いあとが残っています",
        "息子が「ホチキスでパチンってした」と言って遊んでいる",
    ],
)
def test_a_bill_paint_or_a_stapler_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a mother's boyfriend, in kana


@pytest.mark.parametrize(
    "text",
    [
        "ままのかれしに たたかれる",
        "おかあさんのかれしが こわい。きのうも けられた",
        "ママの彼氏に毎日殴られる。家に帰りたくない",
        "かあちゃんの彼氏にたたかれた。いえに いたくない",
    ],
)
def test_a_mothers_boyfriend_hitting_the_child_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "今のままの彼氏に殴られる生活は嫌です",
        "彼氏に殴られる。そのままの関係でいいのかわからない",
    ],
)
def test_the_writers_own_boyfriend_hitting_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- money lent, not a person gone


@pytest.mark.parametrize(
    "text",
    [
        "元カレに貸したお金が返ってこないし、カードの支払いも遅れてます",
        "友達に立て替えたお金が全然返ってこない",
        "貸した本が返ってこない",
        "LINEしても返事が返ってこないけど、いつものことです",
    ],
)
def test_money_not_paid_back_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 取る that is not theft


@pytest.mark.parametrize(
    "text",
    [
        "彼は友達と連絡を取ると怒鳴ります。生活費もくれません",
        "夫に「誰が食わせとると思っとるんだ」と毎日言われます",
        "主人は年を取ると頑固になると言われますが、まだ50です",
        "夫は私の予定を全部メモを取るように言ってきます",
    ],
)
def test_taking_contact_or_dialect_toru_is_no_care_need(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が「財布を盗った」と怒鳴ります",
        "義母が私が通帳をとったと言い張ります",
        "父が「お前が金をとったやろ」と責めてくる",
    ],
)
def test_a_parent_who_says_something_was_stolen_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a teenager carrying the house


@pytest.mark.parametrize(
    "text",
    [
        "高2。バイトして家にお金入れてる。部活はやめた",
        "中3だけど、新聞配達して親にお金わたしてる",
        "高1です。妹の着替えとかお風呂とか、学校から帰ったら私がやってる",
        "中2。弟のおむつとごはん、毎日ぼくがしてる",
        "高校生です。ばあちゃんのトイレとか薬とか、夜はうちが見てる。ばあちゃんの薬は私が全部やってる",
        "小6。おかあさんのごはんとか くすりとか わたしが いつも やってる",
    ],
)
def test_a_teenager_who_carries_the_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は大学を出て働いていて、毎月家にお金入れてくれます",
        "妹の着替えとかお風呂とか、夫が手伝ってくれるので助かっています",
        "夫が仕事の給料を家に入れてくれません",
    ],
)
def test_an_adult_or_a_husband_helping_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a parent who cannot live alone


@pytest.mark.parametrize(
    "text",
    [
        "母が入院してから父が一人で暮らせなくなって、毎日実家に寄っています",
        "母はもう一人では生活できないと言われました",
        "父をひとりで置いておけなくなって、仕事を休みがちです",
        "おふくろが独りで暮らしていけなくなってきた",
        "祖母は一人で住めないので、うちで引き取ることに",
        "父親がひとりじゃ暮らせんようになって、どうしたらいいか",
    ],
)
def test_a_parent_who_cannot_live_alone_is_care(ex, text):
    assert "care" in ex(text).fields


def test_a_parent_who_cannot_live_alone_beside_a_toddler_is_double_care(ex):
    text = "父が一人で暮らせなくなって毎日実家に寄ってから保育園のお迎え。息子はまだ1歳"
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "パートの給料では一人で暮らせないので実家に戻りました",
        "年金だけでは独りで生活できない。家賃が高すぎる",
        "収入が減って、ひとりでは暮らしていけないので相談したいです",
    ],
)
def test_a_wage_too_small_to_live_alone_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- 外にもほとんど出てません


@pytest.mark.parametrize(
    "text",
    [
        "うつで仕事をやめて10年、外にもほとんど出てません",
        "息子はもう3年、部屋からほとんど出てません",
        "娘は去年から家から全然出てへん。半年になる",
        "兄は何年も家からほとんど出とらん",
        "もう5年くらい、外に一歩も出ていません",
    ],
)
def test_not_going_out_for_years_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "雨で今日は外にほとんど出てません",
        "風邪で三日ほど家からほとんど出てません",
        "ドラマの主人公が10年も部屋からほとんど出てませんでした",
    ],
)
def test_a_day_indoors_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- fields: the baby's milk, costs


@pytest.mark.parametrize(
    "text",
    [
        "母乳があまり出なくて、ミルクを足すべきか迷っています",
        "粉ミルクだけで育てても大丈夫でしょうか",
        "哺乳瓶を嫌がって飲んでくれません",
    ],
)
def test_feeding_a_baby_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母を施設に入れたいけど、費用が月15万と聞いて払えそうにありません",
        "父の薬代がもう払えん",
        "補聴器がほしいけど年金では買えません",
        "酒代で給料もほとんど残らん",
        "入院費が用意できなくて困っています",
        "パート代だけじゃ家賃が払えない",
    ],
)
def test_costs_that_cannot_be_met_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "施設の費用は兄が全部出してくれています",
        "カフェでミルクティーを飲みました",
        "手元に何も残らないように、荷物は全部実家に送りました",
    ],
)
def test_costs_paid_or_milk_tea_are_not_these_fields(ex, text):
    fields = ex(text).fields
    assert "hardship" not in fields
    assert "child" not in fields
