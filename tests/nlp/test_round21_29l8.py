"""Round 21 (29l8): second and third messages (「さっきの続きですが」「実は…」) and dialect —
「眠れんのよ」, meals hardly eaten and weight lost, a pan left on the fire and forgotten, a baby of
a few months beside a parent's care, school things a grandparent cannot afford, a pupil who waits
for the day-service car before school, a child writing in kana about themself, a couple in their
sixties who are no 8050, a grandchild raised on a pension, an 8050 son who hits the old parent.
And what is not that: 「90やけど元気」, care that is over (施設に入って落ち着いてます), 「子どもが
寝たあとに」 in a DV message, a fall from being pushed, a toddler's check-up, a childcare worker
asking for leaflets, a stalker feared to be outside, a night of excitement or of a baby crying."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- sleep in dialect


@pytest.mark.parametrize(
    "text",
    [
        "最近夜眠れんのよ。もう10日くらいになるかね",
        "わし、このごろ寝られんかった日ばっかりや",
        "夜になっても眠れへんのや、どないしたらええ",
        "ここ最近ねむれんくて昼間ふらふらする",
        "主人が亡くなってから眠れんのです",
        "もう三週間も寝付けんのよ、病院行ったほうがええんかね",
        "母が夜眠れんようになって、昼まで寝とる",
    ],
)
def test_sleep_lost_in_dialect_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "遠足が楽しみで眠れんかったって息子が言うてた",
        "夜泣きで寝られへんのよ、ワンオペやし",
        "ライブが楽しみすぎて昨日は寝られへんかった",
        "授乳で夜中に何回も起きて寝られへんわ",
    ],
)
def test_a_night_of_excitement_or_a_crying_baby_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- meals and weight


@pytest.mark.parametrize(
    "text",
    [
        "一人になってから飯もろくに食うとらん",
        "母がご飯をまともに食べてないようで心配です",
        "体重が5キロも減ってしまった",
        "父の体重がどんどん落ちてる",
        "食事もろくにとれてなくて、ふらつきます",
        "この半年で体重がごっそり減りました",
        "妻に先立たれて、めしもまともに食えとらんようです",
    ],
)
def test_meals_hardly_eaten_or_weight_lost_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ダイエットで体重が3キロ減って嬉しい",
        "ジムに通い始めて体重が落ちてきた",
        "減量中で、体重が目標まで減りました",
    ],
)
def test_a_diet_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a pan left on the fire


@pytest.mark.parametrize(
    "text",
    [
        "義母が鍋を火にかけたまま忘れることが何回もある",
        "ばあちゃん、やかんを火にかけっぱなしで出かけてしもうた",
        "80歳の父がお湯を火にかけたまま寝てしまう",
        "母が味噌汁をコンロにかけたまま忘れて、鍋が真っ黒に",
        "おじいちゃんがなべを火にかけたまま外出してしまった",
        "一人暮らしの父、鍋を火にかけたまま忘れることが増えました",
    ],
)
def test_a_pan_left_on_the_fire_by_an_older_person_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "鍋を火にかけたまま洗濯してたら焦がしちゃった",
        "カレーの鍋を火にかけたまま電話に出たら吹きこぼれた",
    ],
)
def test_a_pan_forgotten_by_the_writer_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a baby of a few months


@pytest.mark.parametrize(
    "text",
    [
        "生後3か月の息子がいて、母の介護もしています",
        "5か月の娘を連れて、毎日父の世話に実家へ通ってます",
        "8ヶ月の子がいるのに、義母の介護まで回ってきた",
        "十か月になる長女をおんぶして、寝たきりの祖母の介護をしています",
        "4カ月の赤ちゃんを抱えて、認知症の母の介護もしてる",
    ],
)
def test_a_baby_of_months_beside_a_parents_care_is_double_care(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "6か月の子犬を飼い始めました",
        "2か月の子猫を保護しました",
    ],
)
def test_a_puppy_of_months_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- school things not afforded


@pytest.mark.parametrize(
    "text",
    [
        "年金で孫を育てているけど、制服もそろえてやれない",
        "子どもに学用品も満足に買ってやれなくて情けない",
        "息子にランドセルを買ってあげられない",
        "娘の体操服も新しく買ってやれん",
        "孫に上履きひとつ買ってやれへん",
        "給食費も払ってあげられなくて、学校から手紙が来ました",
    ],
)
def test_school_things_not_afforded_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "欲しいおもちゃを全部は買ってあげられないと言い聞かせています",
        "ランドセルは祖父母が買ってくれました",
    ],
)
def test_a_rule_about_toys_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "70歳です。娘が出ていって、年金で孫を育ててます",
        "80歳です。年金で孫を育ててます",
        "わしら夫婦、年金から孫を育てとる",
    ],
)
def test_a_grandchild_raised_on_a_pension_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- a pupil and the day service


@pytest.mark.parametrize(
    "text",
    [
        "小5です。毎朝おじいちゃんのデイサービスのお迎えを待ってから学校に行くので遅刻ばかり",
        "中1。ばあちゃんのデイの車を見送ってから登校してる",
        "小6です。おばあちゃんのデイのおむかえがくるまで待ってから学校にいきます",
        "中2です。祖母をデイサービスに送り出してから学校に行ってます",
        "ぼくは小4です。朝はおじいちゃんのデイのむかえをまってからがっこうにいく",
    ],
)
def test_a_pupil_who_sees_off_the_day_service_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "デイサービスのお迎えを待ってから出勤しています",
        "母のデイサービスの送迎を待ってから仕事に行きます",
    ],
)
def test_an_adult_who_sees_off_the_day_service_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a child writing in kana


@pytest.mark.parametrize(
    "text",
    [
        "ぼくがいなくなったらおかあさんはらくになるのかな",
        "おれ もう しにたい。おとうさん こわい",
        "わたしがきえたらままはよろこぶとおもう",
        "ぼくは いなくなりたい。おかあさんに いえない",
        "あたしなんかきえたほうがいい。パパもそういってる",
    ],
)
def test_a_child_writing_in_kana_about_themself_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "わたしはおかあさんのかいごでつかれました",
        "わたしはおかあさんのかいごでつかれて、もうきえたい",
    ],
)
def test_an_adult_writing_in_kana_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- parents in their sixties


@pytest.mark.parametrize(
    "text",
    [
        "息子(30)が仕事を辞めてからずっと引きこもりです。私たち夫婦はまだ60代で働いてますが",
        "息子(35)が会社を辞めてから2年引きこもってます。私たち夫婦はまだ60代です",
        "娘(28)が会社を辞めて1年、部屋から出てきません。私たち夫婦は50代です",
    ],
)
def test_a_couple_under_seventy_is_no_8050(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "8050" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子(48)が20年ひきこもってます。私たち夫婦も80歳を過ぎました",
        "娘(42)がずっと家にいて働かない。私たち夫婦はもう80です",
    ],
)
def test_a_couple_of_eighty_with_a_withdrawn_child_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "75歳の母です。家にいる息子(45)が働かず、お金を渡さないと壁を殴ったりします。私も突き飛ばされました",
        "78歳の父です。家にいる息子(48)が働かず、金を渡さないと殴ってくる",
        "80歳です。同居の娘(50)が働かなくて、お金を出さないと私を叩きます",
    ],
)
def test_an_8050_son_who_hits_the_old_parent_is_no_child_matter(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "8050" in result.patterns
    assert "child" not in result.fields


# ---------------------------------------------------------------- not care


@pytest.mark.parametrize(
    "text",
    [
        "うちのばあちゃん88やけどめっちゃ元気で毎日グラウンドゴルフ行っとる",
        "祖父は92歳ですがピンピンしていて、敬老会の案内が欲しいです",
        "じいちゃん90やけどまだまだ元気で、毎日畑しよるよ",
        "父は八十二で元気、畑仕事もしています",
    ],
)
def test_hale_at_ninety_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父は85歳で元気ですが、最近同じことを何度も聞きます",
        "90になる母、元気がなくて心配です",
    ],
)
def test_an_old_age_with_a_need_is_still_care(ex, text):
    assert "care" in ex(text).fields


def test_ninety_yakedo_is_no_burn(ex):
    assert "health" not in ex("じいちゃん90やけど元気で毎日畑しよるｗ").fields


@pytest.mark.parametrize(
    "text",
    [
        "父の介護のことはもう大丈夫です。先月ホームに入って落ち着いてます。今日はごみの出し方を",
        "母は先月施設に入って慣れてきたので、介護のことはもう心配ないです",
        "さっきの続きですが、祖母の介護はおかげさまで解決しました！特養に入れました",
    ],
)
def test_care_that_is_over_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母が父から毎日怒鳴られていて、この前は突き飛ばされて転んでました",
        "実は母が父に押し倒されて転んだんです",
        "母は父に殴られて転倒しました",
    ],
)
def test_a_fall_from_being_pushed_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- not a child matter


@pytest.mark.parametrize(
    "text",
    [
        "夫が酒を飲むと物を投げる。昨日は子どもが寝たあとに首をしめられた",
        "子どもが寝てから旦那が暴れる",
        "子供が寝静まってから夫に首を絞められます",
    ],
)
def test_children_asleep_as_a_time_is_no_child(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "child" not in result.fields


def test_crying_after_the_children_sleep_is_child(ex):
    assert "child" in ex("子どもが寝たあとに一人で泣いています。育児がつらい").fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの子3歳なんやけど、言葉が遅くて健診でひっかかってん",
        "2歳の娘、健診で発達を指摘されて",
        "息子が2歳半なんですが、ことばが出なくて健診で要観察と言われました",
    ],
)
def test_a_toddlers_check_up_is_no_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


def test_an_adults_check_up_is_health(ex):
    assert "health" in ex("会社の健診でひっかかって再検査になった").fields


@pytest.mark.parametrize(
    "text",
    [
        "保育士をしています。保護者に配る子育て支援センターのチラシをください",
        "幼稚園の先生をしてます。子育て広場の案内を園に置きたいのですが",
    ],
)
def test_a_childcare_worker_asking_for_leaflets_is_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_a_childcare_worker_with_a_child_of_their_own_is_child(ex):
    assert "child" in ex("保育士をしてますが、自分の子の夜泣きがひどくて").fields


# ---------------------------------------------------------------- not an emergency


@pytest.mark.parametrize(
    "text",
    [
        "元カレが家の前で待ち伏せしてて、今も外にいる気がする",
        "元夫に待ち伏せされて、今も家の外にいるかもしれなくて怖い",
        "元彼に待ち伏せされてて、今も車にいるみたいで外に出られない",
    ],
)
def test_a_stalker_feared_outside_is_dv_not_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" not in result.crisis


def test_fleeing_a_partner_into_the_car_now_is_still_an_emergency(ex):
    assert "emergency" in ex("夫から逃げて、いま子どもと車の中にいます").crisis


# ---------------------------------------------------------------- a matter already settled


@pytest.mark.parametrize(
    "text",
    [
        "さっきの続きですが、カードの借金のことはもう解決しました。今日は犬の登録のことで",
        "家賃の滞納はおかげさまで解決しました。今日はごみの日の確認です",
        "実は、息子の借金のことはもう片付きました。今日は住民票を取りたくて",
        "あと、滞納の件は無事に解決しました！ありがとうございました",
    ],
)
def test_money_trouble_already_settled_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金のことはもう解決したいんです",
        "借金はもう解決したけど、生活費が足りない",
        "滞納はまだ解決していません",
        "借金を早く解決してほしいと夫に言われた",
    ],
)
def test_money_trouble_not_yet_settled_is_hardship(ex, text):
    assert "hardship" in ex(text).fields
