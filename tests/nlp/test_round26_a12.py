"""Round 26 (34a12): a pupil whose father, brother or mother's boyfriend comes in while they
bathe or change; postpartum depression and a new mother's wish to vanish; food that has no
taste; travel costs at their limit; 「何かあっても誰も気づかない」 of someone living alone; a pupil
kept awake by a grandparent up at night, or working more shifts for a parent too ill to work;
cooking at a parent's house and being the only one who can look after a sick parent; a parent
on their own pension with a grown son at home, and a parent needing care with a jobless,
withdrawn brother or sister. And what only looks like that: a small child's bath with a
parent, welfare received in the past, a heatstroke flyer, a company's disability-hiring
officer, an injury denied, school refusal long past of someone now grown, old parents' own
ages beside sleep lost to a worry, a disabled adult's worry about life after the parents."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- coming in at bath time


@pytest.mark.parametrize(
    "text",
    [
        "中2です。義父がシャワーのときにドアを開けてくる。誰にも言えない",
        "お兄ちゃんが、わたしがお風呂のときに入ってこようとしてくる。中1",
        "着替えのとき、母の彼氏が部屋に入ってくる。気持ち悪い。高1",
        "うちがお風呂入ってるときに、お父さんが入ってくるのがいや。小6",
        "わたしがシャワー浴びてる時に兄が入ってきた。高2",
        "父がいつも私の着替え中に入ってこようとするので怖いです。中3",
    ],
)
def test_coming_in_at_bath_time_is_abuse(ex, text):
    """A father, brother or mother's boyfriend who comes in while a pupil bathes or changes."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父がお風呂に入ってきたので、次に私が入ります",
        "3歳の娘、お風呂のときパパが入ってくると喜んで一緒に遊んでます",
        "お風呂のときに子どもが入ってきて一緒に入りたがる",
        "息子がお風呂のとき、夫が入ってきて体を洗ってくれます",
    ],
)
def test_bath_with_family_is_no_abuse(ex, text):
    """A father back from his own bath, a small child's bath with a parent: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- after the birth


@pytest.mark.parametrize(
    "text",
    [
        "産後うつかもしれません。毎日涙が出る",
        "出産してから、この子と消えたいと思う日がある",
        "産後2か月、ずっと死にたい気持ちがある",
        "もしかして産後鬱ですかね。赤ちゃんがかわいいと思えない",
        "マタニティブルーが長引いてる気がします",
        "ごはんの味がしなくなって、何もしたくない",
        "最近なに食べても味がわからない。気力もない",
    ],
)
def test_postpartum_low_mood_is_health(ex, text):
    """Postpartum depression, a new mother's wish to vanish, food without taste: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "産後ケアの利用料はいくらですか",
        "産後の骨盤ベルトはどこで買えますか",
        "このスープ、味がしないくらい薄かった笑",
        "産後ヘルパーさんを頼みたいです",
    ],
)
def test_postpartum_services_are_no_health(ex, text):
    """Postpartum services, a bland soup: no health."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- travel costs


@pytest.mark.parametrize(
    "text",
    [
        "実家まで片道2時間、ガソリン代ももう限界です",
        "介護で通う交通費がバカにならない",
        "毎週の新幹線代がきびしい。貯金もない",
        "母の病院に通う交通費、もう払えない",
    ],
)
def test_travel_costs_at_the_limit_are_hardship(ex, text):
    """Travel or fuel costs that can no longer be met: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "説明会の交通費は出ますか",
        "交通費込みの時給です",
        "ガソリン代の領収書はどこに出せばいいですか",
    ],
)
def test_travel_costs_asked_are_no_hardship(ex, text):
    """A question about travel costs paid or receipts: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- no one would notice


@pytest.mark.parametrize(
    "text",
    [
        "独り身だから何かあっても誰にも気づいてもらえない",
        "一人暮らしで、なんかあっても誰も助けてくれないと思う",
        "何かあっても誰も気づかないと思う。ずっと一人です",
        "身寄りがないので、何かあったとしても誰も来てくれない",
    ],
)
def test_no_one_would_notice_is_isolation(ex, text):
    """Living alone with no one who would notice or come if something happened: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "何かあったら誰に連絡すればいいですか",
        "何かあっても大丈夫なように、近所の人と連絡先を交換しました",
        "何かあったら娘がすぐ来てくれます",
    ],
)
def test_help_at_hand_is_no_isolation(ex, text):
    """Asking whom to call, neighbours and a daughter at hand: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a pupil carries the load


@pytest.mark.parametrize(
    "text",
    [
        "中2です。じいちゃんが夜中に何度も起きるから、毎日眠れなくて授業中寝てしまう",
        "高1。お母さんが病気で働けなくなったから、私がバイト増やして家にお金入れてる",
        "中1。ばあちゃんが夜中に騒ぐので毎晩寝不足です",
        "高校2年です。父が入院してからバイトを掛け持ちしてます",
    ],
)
def test_pupil_kept_up_or_working_is_young_carer(ex, text):
    """A pupil woken by a grandparent at night, or working shifts for a sick parent."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "高1です。テスト前で夜中まで起きてるから寝不足",
        "高2です。スマホ買いたくてバイト増やしました",
        "中3です。弟が夜中に起きてゲームしてるのがうるさい",
    ],
)
def test_pupil_own_late_nights_are_no_young_carer(ex, text):
    """A pupil's own late nights or shifts for a phone: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- looking after a parent


@pytest.mark.parametrize(
    "text",
    [
        "仕事帰りに父の家に寄ってご飯作って、それから自分の家の家事。毎日です",
        "実家の母が認知症で、世話できるのは私しかいないんです",
        "母がリウマチで、面倒見れるのが私しかいない",
        "週3回、義母の家に行って夕飯を作ってから帰ります",
    ],
)
def test_cooking_for_or_sole_carer_of_a_parent_is_care(ex, text):
    """Cooking at a parent's house, being the only one who can look after a parent: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母がリウマチで、面倒見れるのが私しかいない。子どもは2歳です",
        "妊娠中です。父が要介護で、世話できるのは私だけ",
        "保育園の送り迎えのあと、母の家に寄ってご飯作って帰ってます",
        "下の子はまだ1歳。実家の父が病気で、看病できるのが私しかいない",
    ],
)
def test_raising_children_and_caring_for_a_parent_is_double_care(ex, text):
    """Raising young children or pregnant while being a parent's only carer: double care."""
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "実家で母とごはん作って楽しかった",
        "お盆は母の家でみんなでご飯を作りました",
        "母の家で料理教室をやっています",
    ],
)
def test_cooking_together_is_no_care(ex, text):
    """Cooking together at a parent's house, a cookery class: no care."""
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- 8050


@pytest.mark.parametrize(
    "text",
    [
        "息子は42歳、仕事もせず家にいて、私の年金だけで二人で暮らしてます",
        "母が寝たきりなのに、同居の弟は部屋から出てこない。弟はずっと無職です",
        "娘（38）は10年家から出ません。わたしの年金が頼りです",
        "父が要介護3で、兄は働かずにずっと家にこもっています",
    ],
)
def test_parent_on_pension_or_needing_care_with_withdrawn_child_is_8050(ex, text):
    """A parent on their own pension, or needing care, beside a withdrawn grown child: 8050."""
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "父が要介護になりました。兄は遠方に住んで働いています",
        "私の年金の受け取り口座を変えたいです",
        "母が認知症で、兄と交代で介護しています",
    ],
)
def test_parent_and_working_sibling_is_no_8050(ex, text):
    """A sibling who works or shares the care, a pension account: no 8050."""
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        "以前は生活保護を受けていましたが、就職できて今は自立しています",
        "2年前まで生活保護を受けてたけど、仕事が見つかって抜けられました",
        "昨年まで生活保護をもらっていましたが、今は働けています。ありがとうございました",
        "前は生活保護を利用していましたが、今は自立して暮らしています",
    ],
)
def test_welfare_in_the_past_is_no_hardship(ex, text):
    """Welfare received in the past, now independent: no hardship."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年まで生活保護を受けてましたが、また仕事を失って申請したいです",
        "生活保護を受けています。家賃が払えません",
    ],
)
def test_welfare_now_is_hardship(ex, text):
    """Welfare needed again or received now: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "熱中症予防のポスターを公民館に貼りたいです"),
        ("health", "熱中症対策のチラシを町内会で配りたい"),
        ("health", "転んだけど怪我は特になかったです"),
        ("health", "車同士ぶつかったけどケガは一切ありません"),
        ("disability", "人事で障害者雇用を担当しています。助成金について教えてください"),
        ("disability", "障がい者雇用の採用担当です。説明会に出たい"),
        ("child", "中学から不登校で、そのまま家にいて今は25歳です"),
        ("child", "不登校からひきこもりになって、もう22歳になりました"),
    ],
)
def test_look_alikes_raise_nothing(ex, label, text):
    """A flyer, an injury denied, a hiring officer, school refusal of someone now grown."""
    e = ex(text)
    assert label not in e.fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "熱中症で母がぐったりしています"),
        ("health", "転んでケガをしました。病院はどこがいいですか"),
        ("disability", "障害者雇用で働いていますが、職場になじめません"),
        ("child", "中2の息子が不登校です。今は部屋から出てきません"),
    ],
)
def test_the_real_thing_still_counts(ex, label, text):
    """Heatstroke now, an injury, work under disability hiring, a pupil's school refusal."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "私76、夫80、45歳の娘と三人暮らし。娘は知的障害があって、私たちがいなくなったらと思うと眠れません",
        "統合失調症で作業所に通っています。親が高齢で、親がいなくなったらどうしようと不安です",
        "知的障害があってグループホームにいます。両親が高齢で、親亡き後が心配です",
        "私は78、47歳の息子に障害があります。私たちが死んだ後が心配で夜も眠れません",
    ],
)
def test_life_after_the_parents_is_no_care(ex, text):
    """Old parents' ages beside sleep lost to a worry, a disabled adult's worry about life
    after the parents: no care."""
    assert "care" not in ex(text).fields
