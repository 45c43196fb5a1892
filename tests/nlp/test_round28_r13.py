"""Round 28 (36r13): a parent alone with a crying baby who catches the thought 「このまま落と
したら」; an older person whose nappy no one changes (「替えてもらってなくて」); 「もうどうなって
もいい」; a child writing in kana that a parent 「ゆすってもおきない」; asking whether 「手帳とか
取れる」; rehabilitation still needed; a mother low since the birth; a pupil's stomach ache on
school mornings; an older parent who sees no neighbours; a partner who keeps the writer from
friends and family; a partner who holds a knife to die by it (「もう楽になりたい」); a pupil who
puts money into the house; children named only as why the writer is afraid or who a payout is
for; an old parent's age beside a disabled son's illness.
And what only looks like that: fear of dropping a baby by accident, a match 「もうどうなっても
いい」, a diary or a mother-and-child handbook, lack of sleep after a birth, a reluctance to go to
work, an ex-partner who waits outside, a knife and a threat to kill."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- the thought of dropping a baby


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて、いっそ床に投げたらって一瞬思ってしまった",
        "赤ちゃんが泣きやまない。ふと、このまま落としちゃえばって考えてしまう自分がいる",
        "抱っこしてても泣き止まなくて、ベランダから落としたらって頭をよぎった",
        "泣きやまない息子を抱っこしながら、一瞬手を離したらって思ってしまった",
        "ギャン泣きの娘を、思わず放り投げたくなった。こんな母親でいいのか",
    ],
)
def test_thought_of_dropping_a_crying_baby_is_abuse(ex, text):
    """A parent who catches the thought of dropping or throwing a crying baby: abuse feared."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "抱っこで階段を下りるとき、落としたらって考えると怖い",
        "赤ちゃんを落としたらどうしようって心配で抱っこが怖い",
        "子どもが泣きやまなくて困った。このまま落としたら危ないから座って抱っこしてる",
        "スマホを落としたらって考えてしまう",
    ],
)
def test_fear_of_dropping_by_accident_is_no_abuse(ex, text):
    """Fear of dropping a baby (or a phone) by accident: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a nappy no one changes


@pytest.mark.parametrize(
    "text",
    [
        "祖父の家に寄ったら、おむつを替えてもらってなくて部屋が臭かった",
        "兄が母を見てるはずなのに、オムツ交換してもらってないみたい",
        "じいちゃんのおむつ、替えてもろてないみたいや",
        "施設に入ってる父のオムツ、朝から替えてもらってないって",
    ],
)
def test_nappy_not_changed_is_elder_neglect(ex, text):
    """An older person whose nappy is not changed: neglect (abuse) and care."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


# ---------------------------------------------------------------- 「もうどうなってもいい」


@pytest.mark.parametrize(
    "text",
    [
        "もうどうなってもいいわ、疲れた",
        "自分なんかどうなってもええ",
        "仕事もクビになって家賃も払えん。もう、どうなってもいい",
        "俺なんてどうなったってかまわないよ",
    ],
)
def test_not_caring_what_becomes_of_oneself_is_suicide(ex, text):
    """「もうどうなってもいい」 of oneself: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "試合の結果はもうどうなってもいい、全力出したから",
        "もうどうなってもいいように保険に入った",
        "髪型はもうどうなってもいいので短く切ってください",
        "家族がどうなってもいいのかと夫に脅される",
    ],
)
def test_not_caring_about_a_result_is_no_suicide(ex, text):
    """A match, a plan, a haircut, a partner's threat: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- unresponsive, in kana


@pytest.mark.parametrize(
    "text",
    [
        "ママ ゆすってもおきない",
        "父がよんでもゆすってもうごかない",
        "おばあちゃんがたたいてもおきないの",
        "おとうさん ゆらしても おきへん",
    ],
)
def test_unresponsive_in_kana_is_emergency_and_health(ex, text):
    """Someone who does not wake when shaken, in kana: emergency and health."""
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


def test_a_child_woken_by_shaking_is_no_health(ex):
    """A child shaken awake who woke: no emergency, no health."""
    result = ex("子どもをゆすって起こしたらおきた")
    assert "emergency" not in result.crisis
    assert "health" not in result.fields


# ---------------------------------------------------------------- asking about the handbook


@pytest.mark.parametrize(
    "text",
    [
        "適応障害で休職中なんですが、手帳とか取れますか",
        "うつで手帳なんかもらえるんですか",
        "発達障害って手帳とれる？",
        "双極性障害です。手帳って取れますか",
    ],
)
def test_asking_for_the_handbook_is_disability(ex, text):
    """Asking whether a disability handbook can be had: disability."""
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "スケジュール手帳とかもらえるの",
        "お薬手帳とかもらえますか",
        "母子手帳とか取れるのはどこですか",
        "年金手帳とかもらえる？",
    ],
)
def test_other_handbooks_are_no_disability(ex, text):
    """A diary, a medicine record, a mother-and-child handbook, a pension book: no disability."""
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- rehabilitation still needed


@pytest.mark.parametrize(
    "text",
    [
        "母は骨折で入院してて、退院してもリハビリが必要と言われた",
        "祖母はリハビリがまだ必要です",
        "夫は骨折してリハビリを続けています",
        "父は脳梗塞のあと、まだリハビリが要ると言われました",
    ],
)
def test_rehabilitation_still_needed_is_health(ex, text):
    """Rehabilitation still needed or kept up: health."""
    assert "health" in ex(text).fields


def test_work_in_rehabilitation_is_no_health(ex):
    """A job in rehabilitation: no health."""
    assert "health" not in ex("リハビリの仕事をしています、必要な資格は").fields


# ---------------------------------------------------------------- low since the birth


@pytest.mark.parametrize(
    "text",
    [
        "妻は産後からずっと「私なんかいない方がいい」と言っています",
        "妻が産後からずっとふさぎ込んでいて心配",
        "産んでから毎日ないてばかりの嫁が心配",
        "出産してからずっと元気がない奥さんにどう接したら",
    ],
)
def test_low_since_the_birth_is_health(ex, text):
    """A mother low or tearful since the birth: health."""
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a pupil's stomach ache


@pytest.mark.parametrize(
    "text",
    [
        "娘が新しいクラスになじめず、朝になると頭が痛いと言って泣きます",
        "娘が幼稚園になじめなくて、朝になると頭が痛いと言う",
        "息子が朝お腹が痛いと言う。行き渋りが続く",
        "息子が学校に行きたくないのか、月曜の朝はおなかが痛いと言います",
    ],
)
def test_school_morning_ache_is_child_not_health(ex, text):
    """A pupil's stomach ache or headache on school mornings: child, not health."""
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘の行きしぶりがひどい",
        "登校しぶりが続く息子",
        "小1の行き渋り、どうしたら",
        "幼稚園の登校渋りって普通ですか",
    ],
)
def test_reluctance_to_go_to_school_is_child(ex, text):
    """Reluctance to go to school (行き渋り): child."""
    assert "child" in ex(text).fields


def test_reluctance_to_go_to_work_is_no_child(ex):
    """Reluctance to go to work: no child."""
    assert "child" not in ex("会社への行き渋りがある、仕事がつらい").fields


# ---------------------------------------------------------------- no one sees the neighbours


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの祖父、近所の人とも全然会ってないらしい",
        "母は近所の人ともほとんど会ってないようです",
        "祖母はご近所の方とも顔を合わせてないらしい",
        "叔父は周りの人とももう会ってない",
    ],
)
def test_not_seeing_the_neighbours_is_isolation(ex, text):
    """An older person who sees not even the neighbours: isolation."""
    assert "isolation" in ex(text).patterns


def test_not_seeing_the_neighbours_but_friends_is_no_isolation(ex):
    """Not the neighbours, but friends every day: no isolation."""
    assert "isolation" not in ex("近所の人とは会ってないけど友達とは毎日話してる").patterns


# ---------------------------------------------------------------- kept from friends and family


@pytest.mark.parametrize(
    "text",
    [
        "夫に友達と会うのを禁止されています",
        "彼氏が実家に帰るのも許してくれない。友達の連絡先も消させられた",
        "旦那がママ友と会わせてくれない",
        "パートナーが友達に会いに行かせてくれない",
    ],
)
def test_kept_from_friends_by_a_partner_is_dv(ex, text):
    """A partner who keeps the writer from friends or family: DV. Since the sixth session
    the control alone is no isolation (the blind sets' writers label it DV only); being cut
    off told as a fact is (see test_cut_off_told_as_a_fact_is_isolation)."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["夫に友達と会うのを禁止されています", "旦那がママ友と会わせてくれない"],
)
def test_a_partners_control_alone_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "友達とはもう何年も会っていません。夫が許さないので",
        "夫に友達と会うのを禁止されて、もう誰とも話せていません",
    ],
)
def test_cut_off_told_as_a_fact_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "元夫が実家の前で待ち伏せしてた",
        "夫がスマホを見せろと毎日言う",
        "夫が私の交友関係をいちいち聞いてくる",
        "親に友達と会うのを禁止されてる、門限も厳しい",
    ],
)
def test_other_control_is_no_isolation(ex, text):
    """Waiting outside, a phone checked, a strict curfew: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a knife held to die by it


@pytest.mark.parametrize(
    "text",
    [
        "嫁さんが台所で「楽になりたい」って包丁を持ってた",
        "妻が「もう消えたい」と包丁を握っていた",
        "夫が「終わりにしたい」って言って包丁持ってる",
        "嫁が「生きていたくない」言うて包丁持ち出してきた",
    ],
)
def test_partner_with_a_knife_and_wanting_to_die_is_suicide_not_dv(ex, text):
    """A partner holding a knife and saying they want to be gone: suicide, not DV."""
    result = ex(text)
    assert "suicide" in result.crisis
    assert "dv" not in result.crisis


def test_knife_and_a_threat_to_kill_is_dv(ex):
    """A knife and 「殺すぞ」: DV."""
    assert "dv" in ex("夫が包丁を持って「殺すぞ」と言った").crisis


# ---------------------------------------------------------------- a pupil's pay for the house


@pytest.mark.parametrize(
    "text",
    [
        "高3です。親が酒ばっかりで、僕がバイトして家に金を入れてる",
        "高2。父が働かないので俺がバイトして家に金を入れてる",
        "中3。母が病気で、私がバイトして家に金を入れています",
        "高1やけど、うちがバイトして家に金入れとる",
    ],
)
def test_pupil_paying_into_the_house_is_hardship(ex, text):
    """A pupil whose pay keeps the household: hardship."""
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- children as the reason


@pytest.mark.parametrize(
    "text",
    [
        "別れた夫がまた家の近くに来てるみたい。子どもがいるから不安で仕方ない",
        "元彼に住所を知られた。子どもたちもおるし怖い",
        "前の夫に引っ越し先がばれたかも。子どもが2人いるから心配",
        "私が死んだら保険金で子どもたちは暮らせると思う",
    ],
)
def test_children_only_named_as_the_reason_are_no_child_matter(ex, text):
    """Children named only as why the writer is afraid, or who a payout is for: no child."""
    assert "child" not in ex(text).fields


def test_children_with_an_age_still_count(ex):
    """A child given an age still counts."""
    assert "child" in ex("子ども(5歳)がいるから怖くて夜も眠れません、元夫が来る").fields


# ---------------------------------------------------------------- a childcare worker's list


@pytest.mark.parametrize(
    "text",
    [
        "保育士として働いてます。子育て相談の窓口を掲示板に貼りたいです",
        "保育士をしています。保護者に配る子育て相談先のリストが欲しい",
        "幼稚園教諭をしてます。園だよりに子育て相談の窓口を載せたい",
        "学童の先生をしてます。子育て相談の窓口を保護者に伝えたい",
    ],
)
def test_childcare_worker_asking_for_services_is_no_child_matter(ex, text):
    """A childcare worker collecting services to hand on: no child matter."""
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- an old parent's age


@pytest.mark.parametrize(
    "text",
    [
        "次男(48)は統合失調症で作業所に行っています。わたしも74歳です",
        "娘(42)はうつ病で作業所に通所中。私も77歳です",
        "息子(45)が統合失調症でグループホームに。私も76、先が心配で眠れない",
        "長男(50)が双極性障害で作業所に通っています。私ももう78です",
    ],
)
def test_disabled_sons_illness_makes_no_care_of_the_writers_age(ex, text):
    """The illness is the disabled son's or daughter's: the writer's age alone is no care."""
    assert "care" not in ex(text).fields


def test_writers_own_illness_beside_a_disabled_son_is_care(ex):
    """The writer's own illness at that age still makes it care."""
    text = "息子(45)が統合失調症で作業所に通ってます。私も78で、腰を痛めて通院しています"
    assert "care" in ex(text).fields
