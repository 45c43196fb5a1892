"""Round 8c: field wording. Money: the council's loans, an allowance that runs out, a cost
that cannot be met (「〜代がない」「費用もない」), savings drawn down, gambling that eats the
pension or the wages; not a denial in dialect (心配はしとらん) nor parents who pay a grown
child's living costs. Health: low mood without a name, drinking from noon, a shaken baby;
not なんか (何科), the Kansai 〜やけど (火傷), 入院でもしたら, a parent who stays in bed to
refuse day care, a bullied child's stomach-ache. Child: special-needs schools, child
development support, a child's check-up by age; not children met at work, an adult's
childhood, a story on TV. Disability: not a student's practicum at a facility.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- hardship


@pytest.mark.parametrize(
    "text",
    [
        "社協の総合支援資金を借りたいです",
        "生活福祉資金の貸付って誰でも申し込めますか",
        "小口資金の返済が始まって苦しい",
        "きんきゅう小口資金の相談をしたい",
        "失業保険がもうすぐ切れてしまう",
        "傷病手当金の支給が来月で終わります",
        "リボ払いの残高が減らない",
        "督促状が何通も届いている",
    ],
)
def test_money_services_and_terms_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "出産費用がなくて困ってます",
        "ミルク代もないです",
        "おむつ代が払えない",
        "薬代が出せない",
        "電気代ない、止まりそう",
        "引っ越しの費用が出せない",
        "葬式の費用もなくて",
        "年金だけでは足りなくて、貯金を取り崩して暮らしています",
        "貯えを切り崩しながら、何とか息子の生活費を出しています",
    ],
)
def test_costs_that_cannot_be_met_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "競馬で給料を全部使ってしまう",
        "パチンコに年金をつぎ込んでしまう母が心配",
        "スロットがやめられず、ボーナスも消えた",
        "主人が競艇に給料をつぎ込んでいて、家賃が払えない",
        "パチンコで年金すっからかんになってしもうた",
    ],
)
def test_gambling_that_eats_the_money_to_live_on(ex, text):
    fields = ex(text).fields
    assert "hardship" in fields
    assert "health" in fields


@pytest.mark.parametrize(
    "text",
    [
        "競馬が趣味で、給料の範囲で楽しんでいます",
        "パチンコがやめられない",
        "パチンコに行かなくなった。年金を大事に使っています",
    ],
)
def test_gambling_without_money_gone_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金の心配はしとらん、父の物忘れが気がかりで",
        "生活費の心配はいらんけど、父が一人で暮らしとるのが心配",
        "息子の生活費は私が出しています。本人は在宅で仕事を探しています",
        "娘夫婦の生活費は親が援助しています。孫の保育園のことで相談です",
        "弟の生活費は両親が負担しています",
        "期限が切れる前に更新したい",
        "費用はかからないと聞きました",
        "入院費用の心配はありません",
        "入会金や会費もないので気軽に参加できます",
        "追加費用がないか確認したい",
        "参加費もないイベントです",
        "この手続きは手数料も費用もないですか",
    ],
)
def test_no_stated_shortage_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_an_allowance_running_out_is_no_partner_anger(ex):
    result = ex("夫がうつで休職中。傷病手当金ももうすぐ切れるのに、ローンの支払いが滞っています")
    assert "hardship" in result.fields
    assert "dv" not in result.crisis


def test_a_partner_who_snaps_is_still_control(ex):
    assert "dv" in ex("夫が仕事のことでキレる").crisis


# ---------------------------------------------------------------- health


@pytest.mark.parametrize(
    "text",
    [
        "何もする気になれなくて、ずっと家にいる",
        "なんもする気が起きん",
        "最近なにもやる気がでない",
        "朝起きても何をする気にもなれない",
        "休みの日は一日中横になっています",
        "夫が一日中横になっていて、話しかけても返事が少ない",
        "やる気が起きない日が続いています",
    ],
)
def test_low_mood_without_a_name_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "昼間から酒を飲んでしまう",
        "朝から酒飲んどる父ちゃんが心配",
        "最近酒量が増えてきた",
        "お酒を飲むのをやめたいのに、つい手が伸びる",
        "酒飲むのやめたいんやけど、どこに相談したらええ？",
    ],
)
def test_drinking_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "生後2か月の子を強く揺さぶってしまった",
        "泣き止まんけん、赤ちゃんをゆさぶってしもうた",
        "娘を激しく揺さぶってしまいました、大丈夫でしょうか",
        "赤ん坊がぐったりしとる",
        "子どもが熱でぐったりしてる",
    ],
)
def test_a_shaken_or_limp_baby_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "会社の健診で要再検って書かれてたけどそのまま",
        "二次検査に行けてない",
    ],
)
def test_a_check_up_recall_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "この映画は心を揺さぶる",
        "心を強く揺さぶる映画でした",
        "揺さぶられる感じの歌",
        "ケアマネさんと合わんのやけど",
        "ヘルパーさん頼みたいんやけど、どうしたらええ",
        "なんかよくわからんけど、母が最近変",
        "俺なんかいない方がいいって夫が言う",
        "わしが入院したらこの子はどうなるんじゃろ",
        "私が入院でもしたら、障害のある娘はどうなるのか",
        "母がデイサービスの日は布団から出てこない",
        "迎えの車が来ても、ばあちゃんが布団から出てこん",
        "娘が学校でいじめられて、毎朝おなかが痛いと言う",
        "不登校気味で、朝になると頭が痛いと言う小5の息子",
        "介護で無理すぎる、もう限界です",
        "在宅介護がもう限界",
    ],
)
def test_no_health_concern(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの子が手をやけどした",
        "熱湯でやけどしてしまった",
        "低温やけどになった",
        "何科に行けばいいかわからない",
        "夫が入院しました",
        "最近ずっと布団から出られない",
        "介護疲れで心療内科に通い始めた",
    ],
)
def test_look_alikes_still_health(ex, text):
    assert "health" in ex(text).fields


def test_medical_bills_are_money_not_health(ex):
    fields = ex("父の物忘れがひどくなって、病院代もかさんで家計が回りません").fields
    assert "hardship" in fields
    assert "health" not in fields


# ---------------------------------------------------------------- child


@pytest.mark.parametrize(
    "text",
    [
        "息子が春から特支に通います",
        "自閉症の娘、支援学級に入れるか迷ってます",
        "特別支援学校の見学に行きたい",
        "来年から特別支援学級に移る予定です",
        "児発に週2で通ってます",
        "じどう発達支援ってどこで申し込むの",
        "通所受給者証の更新の時期です",
        "放課後等デイサービスの空きがない",
        "息子の放課後等デイの受給者証",
    ],
)
def test_special_needs_schooling_is_child_and_disability(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "disability" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "3歳児健診で言葉の遅れを指摘されました",
        "1歳半健診っていつですか",
        "4か月健診の案内が届かない",
        "10ヶ月健診で体重が少ないと言われた",
        "乳児健診の予約をしたい",
    ],
)
def test_a_childs_check_up_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "会社の健診の日程を知りたい",
        "特別支援学校の先生をしています。研修会の案内が欲しい",
        "保育士をしとります。園児とお年寄りの交流会をやりたいが",
        "小学校の先生をしています。児童の登下校の見守りボランティアを募集したい",
        "教員として働いています。生徒の進路指導の研修はありますか",
        "ちっちゃい頃親にご飯もらえんかった。今20で家出たけど、毎晩思い出して眠れん",
        "子どもの頃、親に毎日殴られていた。今も夢に見る",
        "昨日のドラマ、ヤングケアラーの女の子の話で泣いてしまいました",
        "ドキュメンタリーでヤングケアラーの高校生を見て考えさせられた",
        "映画で不登校の男の子の話を見た",
    ],
)
def test_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


def test_a_story_about_a_young_carer_is_no_pattern(ex):
    assert "young_carer" not in ex("ドラマでヤングケアラーの子の話を見て泣いた").patterns


def test_childhood_neglect_told_by_an_adult_keeps_the_rest(ex):
    result = ex("ちっちゃい頃親にご飯もらえんかった。今20で家出たけど、毎晩思い出して眠れん")
    assert "health" in result.fields
    assert "abuse" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "保育士をしていますが、自分の娘が不登校になりました",
        "保育士です。うちの子が熱を出して",
        "ドラマみたいに、うちの娘も不登校です",
        "保育士をしていますが、妊娠がわかって産休のことを聞きたい",
    ],
)
def test_own_child_still_counts(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- disability


@pytest.mark.parametrize(
    "text",
    [
        "福祉の専門学校に通ってて、障害者施設の実習先探してます",
        "社会福祉士の実習で障害者支援施設に行きます",
        "大学の実習先として障害者の作業所を探している",
        "障害者施設でボランティアしたい",
    ],
)
def test_a_practicum_at_a_facility_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "障害者施設の見学をしたい、息子の入所先を探してる",
        "就労移行支援の実習先が見つからない",
    ],
)
def test_a_facility_for_oneself_or_family_is_still_disability(ex, text):
    assert "disability" in ex(text).fields
