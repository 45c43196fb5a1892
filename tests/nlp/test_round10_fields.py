"""Round 10b: field and pattern wording.

A mental illness named beside a disability service is health as well as disability
(統合失調症で作業所に, うつで障害年金).
Health: voices heard with nobody there and insults heard said in many words
(誰もいないのに…聞こえる, 悪口を言われているのが聞こえる); a body that will not move in the
morning or on the way to work. Not health: which department to see, asked about an older
person's memory (ものわすれ外来って何科?).
Care: a parent's talk that no longer fits (話がかみ合わなくなってきた, 話が通じなくなって
きた, 同じ質問ばかり), 物わすれ in mixed kana, a parent living alone far away (一人で暮らして
いて, 駆けつけられない); talk that does not fit is no isolation.
Money: pay that is not enough to live on (パート代だけではやっていけない), a small pension,
day labour and savings that never grow, bills too frightening to use the heating or
cooling; not a stated non-receipt of 生活保護.
Disability: not もう学校 (read like 盲学校).
Patterns: withdrawal told by the person (部屋から出られていません, コンビニにも行けない), a
teenager sharing the watching of a disabled brother or sister, days without a word said.
Each family has look-alikes.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a mental illness beside a
# disability service: disability and health


@pytest.mark.parametrize(
    "text",
    [
        "統合失調症で作業所に通ってて、親が亡くなったあとの暮らしが心配",
        "うつで障害年金をもらっています。更新の書類が難しい",
        "双極性障害でグループホームに住んでいます。退去の手続きを知りたい",
        "弟が統合失調症で、精神の手帳を持っています",
        "うつ病でB型に通所中です。工賃が少ない",
        "適応障害で就労移行支援を使っています",
    ],
)
def test_a_mental_illness_beside_a_disability_service_is_also_health(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "health" in fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は知的障害でB型に通っています",
        "自閉症の娘がグループホームに入りました",
        "療育手帳の更新はどこでできますか",
        "作業所の送迎の時間が変わりました",
    ],
)
def test_a_disability_service_without_an_illness_is_not_health(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "health" not in fields


# ---------------------------------------------------------------- health: voices, a body
# that will not move


@pytest.mark.parametrize(
    "text",
    [
        "夜中に誰もいないのに、自分の悪口を言われているのが聞こえてくる",
        "ひとりでいると近所の人に悪口を言われているのが聞こえる気がして怖い",
        "家に誰もいないのに話し声が聞こえます",
        "誰もいないのに名前を呼ばれることがある",
        "月曜の朝になると体が動かなくなって、出勤できない",
        "朝、布団の中で体が動かないまま昼になってしまう",
        "会社に行こうとすると体が動かなくなります",
        "朝起きても体が動かず、仕事を休んでしまいました",
    ],
)
def test_voices_and_a_body_that_will_not_move_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "家に誰もいないので、インターホンが聞こえませんでした",
        "父の物忘れがひどくなって仕事を休みがちになりました",
        "朝から体を動かすのが好きです",
    ],
)
def test_hearing_nothing_or_missing_work_for_care_is_not_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "もの忘れ外来は何科になりますか？母のことです",
        "認知症の検査って何科に行けばいいの",
        "祖父の物忘れがひどい。病院は何科を受診すればいいですか",
        "母が認知症かもしれません。何科を受診させたらいいですか",
        "祖母の認知症が進んできた。何科に連れて行けばいい？",
    ],
)
def test_which_department_for_an_older_persons_memory_is_care(ex, text):
    fields = ex(text).fields
    assert "care" in fields
    assert "health" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "頭が痛くて何科に行けばいいかわからない",
        "母の介護中です。自分の腰が痛いけど何科ですか",
        "子どもの湿疹がひどいけど何科がいいですか",
    ],
)
def test_which_department_for_the_writers_own_symptoms_is_still_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- care: talk that no longer
# fits, 物わすれ, a parent alone far away


@pytest.mark.parametrize(
    "text",
    [
        "実家の母と電話で話すと、最近話がかみ合わなくなってきた",
        "父と最近話が通じなくなってきた",
        "祖母と会話がかみ合わないことが増えました",
        "おふくろ、電話しても話が噛み合わなくなってきてる",
        "母が同じ質問ばかりしてくる",
        "親父の物わすれがひどくなってきて、どこに相談すりゃいいのか",
        "父は田舎でひとりで暮らしていて、何かあっても駆けつけられない",
        "遠距離介護になりそうで不安です",
    ],
)
def test_a_parents_decline_or_living_alone_far_away_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫と話がかみ合わない、けんかばかり",
        "夫と話が通じなくなってきた。離婚を考えています",
        "娘と話が通じなくなってきた、反抗期かな",
        "上司が同じことばかり言う",
        "私は一人で暮らしています。仕事を探しています",
        "彼氏と遠距離で、何かあっても駆けつけられない",
        "知的障害の息子が、親亡きあと一人で暮らせるか心配です",
    ],
)
def test_talk_with_others_or_the_writers_own_life_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "祖母と会話がかみ合わないことが増えました",
        "上司と会話が通じない",
        "母と会話が成り立たなくなってきた",
    ],
)
def test_talk_that_does_not_fit_is_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- money: not enough pay, a
# small pension, day labour, frightening bills


@pytest.mark.parametrize(
    "text",
    [
        "パート代だけじゃやっていけない",
        "バイト代だけでは暮らしていけません",
        "夫の稼ぎだけではやっていけない",
        "年金が少なくて、父のショートステイを減らすしかない",
        "日雇いの仕事でその日暮らしです",
        "日払いのバイトしかなくて、引っ越しの費用が貯まらない",
        "電気代が怖くてエアコンを使えない",
        "光熱費がこわくて冬でもストーブを我慢してます",
    ],
)
def test_pay_that_is_not_enough_and_frightening_bills_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "給料はいいけど、この職場ではやっていけない",
        "夫とはもうやっていけない",
        "電気代の支払い方法を変えたい",
        "アパートの初期費用はいくらかかりますか",
        "生活保護は受けていません。息子の不登校のことで相談です",
        "生活保護はもらってません。母の介護の相談です",
        "うちは生活保護を受けていないけど、障害年金のことで聞きたい",
    ],
)
def test_other_trouble_or_a_stated_non_receipt_is_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "生活保護を受けたいです",
        "生活保護を受けられないと言われた",
        "生活保護は受けていませんが、申請できますか",
        "生活保護を受けていないので医療費が払えない",
    ],
)
def test_wanting_or_being_refused_welfare_is_still_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- disability: もう学校


@pytest.mark.parametrize(
    "text",
    [
        "いじめられてて、もう学校に行けない",
        "もう学校やめたい",
        "もうがっこういきたくない",
        "息子が、もう学校には行かないと言っています",
    ],
)
def test_mou_before_school_is_not_a_school_for_the_blind(ex, text):
    fields = ex(text).fields
    assert "child" in fields
    assert "disability" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "盲学校に通う娘のことで相談です",
        "視覚障害があって盲学校の高等部にいます",
        "ろう学校の寄宿舎について知りたい",
    ],
)
def test_a_school_for_the_blind_or_deaf_is_still_disability(ex, text):
    assert "disability" in ex(text).fields


# ---------------------------------------------------------------- patterns: withdrawal told
# by the person, a teenager watching a disabled sibling, days without a word


@pytest.mark.parametrize(
    "text",
    [
        "もう1年くらい家から出られていない",
        "3か月ほど部屋から一歩も出られずにいます",
        "二年くらい外に出られていない。人の目が怖い",
        "ここ何ヶ月もコンビニにすら行けていない",
        "半年、部屋から出られない生活です",
    ],
)
def test_withdrawal_told_by_the_person_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "今日は雨で一歩も外に出ていない",
        "コンビニに行けないくらい忙しい",
        "風邪で三日間部屋から出られなかった",
    ],
)
def test_a_day_in_or_a_busy_week_is_not_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。障害のある弟の見守りを母と交代でしていて、宿題ができない",
        "中2です。ダウン症の弟を見守ってないといけないから、友達と遊べない",
        "高校生です。障害のある姉の見守りがあって部活に行けない",
        "高1だけど、自閉症の兄の見守りを親と交代でやってて勉強する時間がない",
    ],
)
def test_a_teenager_watching_a_disabled_sibling_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "disability" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "弟の成長を見守っています",
        "近所の見守り活動に参加しています",
    ],
)
def test_watching_over_in_the_plain_sense_is_not_a_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "先週から誰とも一言も話していない",
        "おとといから一言も声を出してない",
        "連休から一言もしゃべってません",
        "3日前から声を出していない",
        "もう何日も誰とも口をきいていない",
        "誰とも口を利かない日が続いてる",
    ],
)
def test_days_without_a_word_are_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "昨日から喉が痛くて声が出ない",
        "息子が学校で一言もしゃべらない",
        "先週から夫が口をきいてくれない",
    ],
)
def test_a_sore_throat_or_silence_of_others_is_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns
