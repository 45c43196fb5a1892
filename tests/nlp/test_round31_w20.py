"""Round 31 (39w20): death wished for in roundabout words and what is said around it. A widow
who wants to go 「むこう」 to the one who died (kana with spaces too); a mother who wants to go
with her baby to a far place where no one is; a farewell of thanks that ends by entrusting a pet;
a shut-in whose room is silent and whose meals stay untouched, or who has not opened the door
for days; a disabled person whose meals are withheld and who is left without help to the toilet
when the carer is in a mood; facility staff who take a worker's wage; a carer who snapped and
pushed the parent; in an 8050 home, the old partner struck by the grown child (abuse, not
DV). Fields and patterns: 就労継続支援 A型・B型, rent that may not be paid, a sleep clinic, a
young writer who can tell neither friends nor teachers.
And what only looks like that: a pet entrusted because of a move or a hospital stay, 「いびきで
殺される」 and other nuisances said big, an ambulance at a drama shoot or a drill, 「死にたい」
over an idol, a test or club practice said with 「本気じゃない」「笑」「楽しそう」, 「死ねババア」
shouted at someone else, 「手をあげずに育てた」, a skipped meal on a diet, a massage, a blood
type, an old dog's care, a son rumoured a shut-in who works from home."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- going 「むこう」 to the dead


@pytest.mark.parametrize(
    "text",
    [
        "主人を見送って半年。早くあっちに行きたいと思う毎日です",
        "もう あちらへ いきたいです。ひとりは さびしい",
        "妻が亡くなってから、そろそろ向こうへ逝きたいと考えてしまいます",
        "ばあちゃん、毎晩「はよ向こうに行きたい」って。いや、早く向こうに行きたいって言う",
    ],
)
def test_wish_to_go_over_is_suicide(ex, text):
    """Wanting to go 「向こう・あっち」 soon, to the one who died: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この子を連れて、誰も知らないところへ消えてしまいたい",
        "娘と二人で、どこか遠いところへ行きたい。もう疲れた。生後3ヶ月",
        "赤ちゃんと一緒に誰もいないところに行ってしまいたいと思う夜がある",
    ],
)
def test_vanishing_with_a_baby_is_suicide(ex, text):
    """A parent who wants to vanish with the child to a place with no one: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "長い間お世話になりました。犬のコタロウのことだけ、誰かにお願いします",
        "皆さん本当によくしてもらいました。さようなら。ねこの世話をどなたかよろしく",
        "ありがとうございました。うちのインコのことを頼みます",
    ],
)
def test_farewell_entrusting_a_pet_is_suicide(ex, text):
    """Thanks and goodbye, then only the pet entrusted to someone: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "来月施設に入所します。今までお世話になりました。犬のことをお願いできる所はありますか",
        "入院することになりました。ありがとうございました。猫の世話をお願いできる人を探しています",
        "娘と遠いところへ旅行に行きたいです。おすすめの場所はありますか",
        "川の向こうへ行きたいのですが、橋が通行止めです",
    ],
)
def test_pet_for_a_move_or_a_trip_is_no_suicide(ex, text):
    """A pet entrusted for a move or a hospital stay, a trip, a road: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a silent room


@pytest.mark.parametrize(
    "text",
    [
        "引きこもりの娘の部屋から物音がしない。お盆のご飯もそのまま",
        "息子の部屋の前に置いた食事が手つかずで、気配もしません",
        "兄がもう5日ドアを開けません。ずっと部屋にいる人です",
    ],
)
def test_silent_room_and_untouched_meals_are_emergency(ex, text):
    """No sound, meals left untouched, a door not opened for days: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子は部屋にこもっていますが、ご飯は毎回きれいに食べています",
        "夜は物音もしないほど静かな住宅街です",
    ],
)
def test_quiet_house_is_no_emergency(ex, text):
    """A shut-in who eats, a quiet street: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- withheld care, taken wages


@pytest.mark.parametrize(
    "text",
    [
        "障害があって寝たきりです。父は怒るとおむつを替えてくれません",
        "罰だと言われて晩ご飯を抜かれます。中学生です",
        "兄（知的障害）がグループホームの職員に障害年金を使い込まれているようです",
        "作業所のスタッフに給料を取り上げられてるって、妹が泣いてた",
    ],
)
def test_withheld_care_or_taken_wages_are_abuse(ex, text):
    """Meals or toilet help withheld as punishment, a wage taken by staff: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ダイエット中で夜ご飯を抜いています",
        "夜はヘルパーさんがいないので、トイレの介助が心配です",
        "作業所の工賃が少なくて、生活が苦しいです",
    ],
)
def test_diet_or_low_wage_is_no_abuse(ex, text):
    """A diet, a service gap, a low wage: no abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父の介護中、イライラして突き飛ばしてしまいました。自分が怖い",
        "認知症の母に何度も同じことを言われ、カッとなって押してしまった",
        "介護している祖母の背中を強く押してしまい、転ばせてしまいました",
    ],
)
def test_carer_who_pushed_is_abuse(ex, text):
    """A carer who snapped and pushed the parent they care for: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "マッサージで肩を強く押してもらって、楽になりました",
        "エレベーターのボタンを強く押してしまった",
        "子どもの頃は親に叩かれたけど、自分の子には一度も手をあげずに育てました",
    ],
)
def test_massage_button_or_no_hand_raised_is_no_abuse(ex, text):
    """A massage, a button, a hand never raised: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- said big, or at someone else


@pytest.mark.parametrize(
    "text",
    [
        "夫に「お前の歯ぎしりで殺される」って言われる笑　歯医者を探しています",
        "この暑さで死ぬ～　クーラーの補助金ってありますか",
        "撮影で救急車が何台も来てたけど、ドラマだった。粗大ごみの出し方を教えて",
        "防災訓練でパトカーと救急車が来ていました",
        "テスト赤点で死にたいって言ったけど冗談です。奨学金のこと聞きたい",
        "推しの卒業発表で人生終わった…まあ大丈夫です笑",
        "娘は「部活しんどすぎて死ぬ」が口癖ですが、毎日楽しそうです",
    ],
)
def test_hyperbole_and_drama_are_no_crisis(ex, text):
    """Nuisances and idols said big with a denial, an ambulance at a shoot: no crisis."""
    assert ex(text).crisis == [] or not set(ex(text).crisis) & {"suicide", "dv", "emergency"}


@pytest.mark.parametrize(
    "text",
    [
        "部活がつらくて死にたい。大丈夫じゃない",
        "テストのことで死にたい。本当に",
    ],
)
def test_hyperbole_without_denial_stays_suicide(ex, text):
    """The same causes without a denial stay suicide."""
    assert "suicide" in ex(text).crisis


def test_die_shouted_at_someone_is_no_suicide(ex):
    """「死ねジジイ」 shouted by a son at his father: no suicide for the writer."""
    text = "隣の家から毎晩「死ねジジイ」って息子さんの怒鳴り声が聞こえます"
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- struck by the grown child


@pytest.mark.parametrize(
    "text",
    [
        "息子（45）が家から出ず、お金のことで暴れます。夫が殴られてけがをしました。私は78です",
        "52歳の長男がずっと家にいて、夫は突き飛ばされて転びました。私たち夫婦は80代です",
        "娘（48）は働かず家にいます。怒ると物を投げ、主人は蹴られてあざだらけです。私も79",
    ],
)
def test_old_partner_struck_by_grown_child_is_abuse(ex, text):
    """A grown child at home strikes the writer's old partner: abuse, not DV."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "dv" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫（80）に殴られています。息子（50）は引きこもりです",
        "息子（45）は家にいます。私は夫から毎晩叩かれています。78歳です",
    ],
)
def test_old_writer_struck_by_partner_stays_dv(ex, text):
    """The old writer struck by her own partner, a grown son at home: still DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- fields: A型・B型, rent, snoring


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("今B型に通ってますが、A型事業所で働いてみたい", "disability"),
        ("A型からB型に変わるのって手続きいりますか", "disability"),
        ("B型作業所の見学はどこで申し込めますか", "disability"),
        ("来月の家賃、払えるかどうか正直不安です", "hardship"),
        ("電気代が上がって、今月払えるか微妙", "hardship"),
        ("更新料が高くて払えるかわからない", "hardship"),
        ("睡眠時無呼吸かもしれないと言われました", "health"),
        ("いびき外来って何科ですか", "health"),
        ("睡眠外来を紹介してほしい", "health"),
    ],
)
def test_service_type_rent_and_sleep_fields(ex, text, field):
    """就労継続支援 A型/B型, rent that may not be paid, a snoring or sleep clinic."""
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("血液型はB型です", "disability"),
        ("インフルのA型にかかりました", "disability"),
        ("家賃は払えるか心配でしたが、もう払い終わりました。大丈夫です", "crisis"),
    ],
)
def test_blood_type_is_no_disability(ex, text, field):
    """A blood type, a flu type: no disability; nothing raises a crisis."""
    e = ex(text)
    assert field not in e.fields
    assert not e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達にも先生にも言えなくて、ずっとひとりで抱えてる",
        "親にも友達にも話せない。どうしたらいい",
        "せんせいにも ともだちにも いえない",
    ],
)
def test_no_one_to_tell_is_isolation(ex, text):
    """A young writer who can tell neither friends nor teachers: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "老犬の介護で夜も眠れません。どこに相談すれば",
        "愛猫が寝たきりになって、おむつを替えるのが大変です",
        "うちのわんこ、もう18歳で認知症っぽい。夜鳴きがひどい",
    ],
)
def test_pet_care_is_no_care(ex, text):
    """A dog or cat that is old, bedridden or senile: no (human) care."""
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "犬を飼っています。母の介護が大変です",
        "うちの猫が寝たきりで、私も疲れた。父の介護もある",
    ],
)
def test_pet_beside_a_parent_keeps_care(ex, text):
    """A pet beside a parent who needs care: still care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "娘が「ニートなの？」と近所に言われたそうですが、テレワークで働いています",
        "息子のことを引きこもりだと噂されてますが、在宅勤務でちゃんと働いています",
        "近所でひきこもりと思われてるみたい。家で仕事してるだけなのに",
    ],
)
def test_rumoured_shut_in_who_works_is_no_hikikomori(ex, text):
    """Called a shut-in by neighbours, but working from home: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


def test_shut_in_told_plainly_stays_hikikomori(ex):
    """A son who truly has not left his room for years: hikikomori."""
    assert "hikikomori" in ex("息子は引きこもりと言われても仕方ない、5年部屋から出ません").patterns
