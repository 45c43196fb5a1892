"""Round 29 (37q20): crisis misses and false alarms of the blind set Q20. The thought while
driving 「このままぶつかったら楽になれるかな」; a small child who 「いません！」 while a parent
searches; a mark on a pupil's neck or finger marks; a pupil struck by a parent over school
marks (abuse, not DV, though both parents are named); an old writer struck by a son or
daughter (a pension, 年寄り); an old parent's bankbook taken by a brother, named object first;
an old spouse with dementia hurt by the spouse who cares (abuse beside DV); a child shut out
in snow or left in a hot car now (emergency); a child of another family who says the power
is cut and the fridge empty.
And what only looks like that: 「自分で自分の首しめてます」 (an idiom), a drama's DV husband and a
shelter asked of out of curiosity, a resident's 「殺される〜」 heard at work, a son never seen
for years (shut in, not missing), a partner who brings out a knife when angry 「ことがある」
(DV, no emergency now), a child's 「ママ死なないで」, 「うちは子どもがいません」, a partner's
「殺す」 laughed off before another matter, a partner who shouts at a grown son, a school-age
child who hits the parent, a sister who manages the mother's pension, a past day in the snow.
Fields and patterns: a school-age child who changes the baby's nappies since the writer fell
ill (young carer), pay gone the day after payday, 「このままだと収入が…」, no place in class, a
parent who confiscates the phone or sets a curfew or game time, a support-school leaver (no
child), a family never seen visiting an old neighbour, friends not met for years, contacts
deleted by a partner, an old neighbour's son shut in for years (8050). Not: a teen daughter who
does not talk, a partner who confiscates the phone, 「職場に居場所がない」 (no child)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a crash imagined as relief


@pytest.mark.parametrize(
    "text",
    [
        "運転してると、このまま壁にぶつかれば楽になれるかなって考えてしまう",
        "いっそ事故に遭えば楽になれるのに、と毎朝思う",
        "高速でハンドル切ったら全部終わるかなって、ふと思った",
        "車でトラックに突っ込んだら死ねるかな",
    ],
)
def test_crash_imagined_as_relief_is_suicide(ex, text):
    """A crash while driving wished for as an end: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ぶつけたら楽になれる保険ってありますか",
        "車がぶつかったら大変なので、チャイルドシートの相談です",
        "運転が苦手で、このまま壁にぶつかりそうで怖い",
    ],
)
def test_crash_talk_without_wish_is_no_suicide(ex, text):
    """Insurance, a worry about an accident: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a small child gone now


@pytest.mark.parametrize(
    "text",
    [
        "娘がいない！スーパーでずっと探してるけど見つからない",
        "3歳の息子がいません！！ショッピングモールで探し回ってます",
        "孫がいない！公園のどこを探しても見つからない",
    ],
)
def test_child_gone_while_searched_is_emergency(ex, text):
    """A child who is not there now while the writer searches: an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちは子どもがいません。仕事を探しています",
        "子どもがいないので、パートを探しています",
        "娘がいないときに、保育園を探しています",
    ],
)
def test_no_children_is_no_emergency(ex, text):
    """「子どもがいません」 as having none, a job or a nursery searched for: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- marks on a neck, finger marks


@pytest.mark.parametrize(
    "text",
    [
        "担任しているクラスの子の首に、赤い跡のようなものがあって気になっています",
        "孫の首に指の跡があって、親に聞いても答えない",
        "娘の友達の腕に手の跡みたいなのがある。家で何かあるのかな",
    ],
)
def test_marks_on_a_child_are_abuse(ex, text):
    """A mark on a child's neck, or finger marks: abuse, like a bruise."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子の首に虫さされの跡がある。薬は何を塗れば",
        "娘の首に湿布の跡がかぶれて赤くなってる",
    ],
)
def test_bites_and_plasters_are_no_abuse(ex, text):
    """A bite or a plaster's mark: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- struck over school marks


@pytest.mark.parametrize(
    "text",
    [
        "オヤジが成績のことで殴ってくる。母さんは何も言わない",
        "父さんにテストの点が悪いと殴られる。母さんはかばってくれない",
        "親父に宿題やってないって殴られた　おかんは見てるだけ",
        "夫が息子のテストの点が悪いと殴るんです",
    ],
)
def test_struck_over_school_marks_is_abuse(ex, text):
    """A parent who strikes over marks or homework strikes a child: abuse, not DV."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "dv" not in e.crisis
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "親父が母さんを殴る。テスト前なのに勉強できない",
        "夫に殴られる。息子の塾代のことで",
    ],
)
def test_partner_struck_beside_school_stays_dv(ex, text):
    """A parent striking the other, a partner striking the writer: DV stays."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- an old writer struck by a child


@pytest.mark.parametrize(
    "text",
    [
        "娘に蹴られる。年金も全部取られる",
        "わしは年寄りじゃが、せがれに殴られる",
        "むすめに　けられます　ねんきんも　むすめが　つかって　います",
        "息子に叩かれます。年金の通帳も息子が持っていて、私は買い物のお金もありません",
    ],
)
def test_old_writer_struck_by_own_child_is_abuse(ex, text):
    """An old writer struck by a son or daughter: elder abuse and care, no child matter."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "care" in e.fields
    assert "child" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2の娘に叩かれて腕があざだらけ",
        "反抗期の息子に蹴られた。どう接したら",
    ],
)
def test_school_age_child_who_hits_is_no_abuse(ex, text):
    """A school-age son or daughter who hits the parent: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent's money, object first


@pytest.mark.parametrize(
    "text",
    [
        "母の年金を兄が勝手に使い込んでいる",
        "父の通帳を妹が持ち出して、自分の買い物に使っています",
        "祖母の貯金を叔父でなく弟が全部使ってしまった",
    ],
)
def test_old_parents_money_taken_object_first_is_abuse(ex, text):
    """An old parent's money named first, a sibling who takes it after: abuse."""
    assert "abuse" in ex(text).crisis


def test_old_parents_money_managed_is_no_abuse(ex):
    """A sister who manages the mother's pension for her: no abuse."""
    assert "abuse" not in ex("母の年金を姉が管理してくれて助かっています").crisis


# ---------------------------------------------------------------- an old spouse hurt by the carer


@pytest.mark.parametrize(
    "text",
    [
        "70代のご夫婦で、奥さんが認知症、旦那さんが介護している。旦那さんの怒鳴り声がして、"
        "奥さんの腕にあざがある",
        "近所のご夫婦、ご主人が寝たきりで奥さんが介護。奥さんがご主人を叩く音がする。80代です",
        "民生委員です。90代の奥様が要介護で、ご主人が介護されていますが、奥様の顔に青あざが",
    ],
)
def test_old_spouse_hurt_by_carer_is_abuse_and_dv(ex, text):
    """An old spouse who needs care, hurt by the spouse who cares: abuse beside DV."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "dv" in e.crisis


def test_writer_hit_while_caring_is_dv_only(ex):
    """The writer hit by her husband while she cares for her mother-in-law: DV, no abuse."""
    e = ex("夫に殴られる。認知症の義母の介護もしている")
    assert "dv" in e.crisis
    assert "abuse" not in e.crisis


# ---------------------------------------------------------------- shut out in the cold now


@pytest.mark.parametrize(
    "text",
    [
        "今、隣の子がベランダに出されてる。雪が降ってるのに半袖",
        "真夏の車の中に子どもが置き去りにされてる、今",
        "向かいの家の子が外に出されて泣いてる。氷点下なのにもう1時間",
    ],
)
def test_child_shut_out_in_cold_now_is_emergency(ex, text):
    """A child shut out in snow or left in a hot car now: abuse and an emergency."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


def test_child_shut_out_yesterday_is_no_emergency(ex):
    """A past day in the snow: abuse, no emergency now."""
    e = ex("昨日、隣の子がベランダに出されていた。雪だった")
    assert "emergency" not in e.crisis


# ---------------------------------------------------------------- another family's bare home


@pytest.mark.parametrize(
    "text",
    [
        "近所の子が、家の電気が止まってて冷蔵庫も空っぽだと言っていました",
        "息子の同級生が「うちガス止まってる」って言ってた",
        "娘のお友達が、冷蔵庫に何もないって言ってた。お母さんは夜いないらしい",
    ],
)
def test_other_childs_bare_home_is_abuse(ex, text):
    """Another family's child who says the power is cut or the fridge is empty: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "給料日前で冷蔵庫に何もない。子どもに食べさせるものがない",
        "息子に「冷蔵庫に何もないじゃん」って言われる",
        "電気が止まってしまい、夫と話して子どもを実家に預けた",
    ],
)
def test_own_bare_home_is_no_abuse(ex, text):
    """The writer's own empty fridge or cut power: hardship, no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- what only looks like a crisis


@pytest.mark.parametrize(
    "text",
    [
        "見栄はってローン組みすぎて、自分で自分の首しめてます",
        "リボ払いで自ら首を絞めてる状態です。妻にも言えない",
    ],
)
def test_own_neck_idiom_is_no_dv(ex, text):
    """「自分で自分の首をしめる」 is an idiom: no DV."""
    assert "dv" not in ex(text).crisis


def test_strangled_by_partner_stays_dv(ex):
    assert "dv" in ex("夫に首をしめられた").crisis


@pytest.mark.parametrize(
    "text",
    [
        "映画のDV夫がリアルだった。シェルターって本当にあるの？",
        "朝ドラのDV夫の話、職場で話題です。シェルターってこの市にもあるのかなって",
    ],
)
def test_drama_dv_is_no_dv(ex, text):
    """A drama's DV husband, a shelter asked of out of curiosity: no DV."""
    assert "dv" not in ex(text).crisis


def test_drama_seen_as_own_stays_dv(ex):
    e = ex("ドラマを見て、うちの夫も同じだと気づきました。シェルターってありますか")
    assert "dv" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "グループホームで働いてます。入居者さんに「殺される！」って言われることもあります",
        "看護師です。患者さんに「ころされる〜」と叫ばれて夜勤がきつい",
    ],
)
def test_residents_cry_at_work_is_no_emergency(ex, text):
    """A resident's or patient's 「殺される」 heard at work: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の息子さん、もう何年も姿を見たことがありません。お母さんが心配",
        "親戚の娘さんは20年近く顔を見たことがない。ずっと家にいるらしい",
    ],
)
def test_never_seen_for_years_is_no_emergency(ex, text):
    """Someone never seen for years (shut in): no emergency."""
    assert "emergency" not in ex(text).crisis


def test_not_seen_for_days_stays_emergency(ex):
    assert "emergency" in ex("父が3日前から姿を見ていない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が怒ると包丁を持ち出してくることがあります",
        "妻は酔うとナイフを振り回すことがある。子どもが心配",
    ],
)
def test_knife_as_a_habit_is_dv_without_emergency(ex, text):
    """A partner who brings out a knife when angry, said as a habit: DV, no emergency now."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "emergency" not in e.crisis


def test_knife_now_stays_emergency(ex):
    assert "emergency" in ex("夫が今包丁を持ち出してきた").crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に叩かれました。上の子に「ママ死なないで」って泣かれて",
        "娘に「おばあちゃん死なないで」と言われて泣いた",
    ],
)
def test_child_pleading_is_no_suicide(ex, text):
    """A child's 「死なないで」: someone else's plea, no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那に「殺すぞ」って言われたｗ　私がプリン食べたから笑　ところで児童手当の相談です",
        "妻に「次やったら殺す」って言われてますw それはさておき、保育園の申し込みについて",
    ],
)
def test_partner_threat_laughed_off_is_no_dv(ex, text):
    """A partner's 「殺す」 laughed at and set aside for another matter: no DV, no emergency."""
    e = ex(text)
    assert "dv" not in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那に「殺す」って言われたｗ 本気で怖い",
        "夫が「殺す」と言います。それはさておき、お金の相談です",
    ],
)
def test_partner_threat_with_fear_or_no_laugh_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が、ひきこもりの息子(30)に毎晩怒鳴る。どうしたらいいか",
        "主人が、もう5年部屋にこもっている娘に怒鳴るので家の空気が最悪です",
    ],
)
def test_partner_shouting_at_grown_child_is_no_dv(ex, text):
    """A partner who shouts at a grown son or daughter: no DV on the writer."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎晩私に怒鳴る。息子(30)にも怒鳴る",
        "夫が息子に怒鳴って、私を殴る",
    ],
)
def test_partner_shouting_at_writer_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "小4の娘が、私が入院してから弟のごはんやお風呂を全部やってくれてます",
        "中1の息子が、私が骨折してから妹の世話を毎日してくれる",
        "息子は中1ですが、赤ちゃんのミルクまで作ってくれる。私が産後で寝込んでいて",
    ],
)
def test_child_who_cares_since_writer_fell_ill_is_young_carer(ex, text):
    """A school-age child who cares for a sibling since the writer fell ill: young carer."""
    assert "young_carer" in ex(text).patterns


def test_writer_who_cares_is_no_young_carer(ex):
    e = ex("発達障害の息子(小4)が不登校で、私は認知症の父の介護もあって")
    assert "young_carer" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "給料が入っても3日でなくなる",
        "年金が出ても翌日にはもう残ってない",
        "最近朝起きられなくて仕事を休みがち、このままだと収入が…",
    ],
)
def test_money_gone_or_income_at_risk_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize("text", ["給料日の次の日に振り込みます", "このままだと体がもたない"])
def test_payday_or_strain_alone_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "学校でも塾でも居場所がない",
        "母さんにスマホ取り上げられて没収。まじむり",
        "うちの親、門限7時とかありえない",
        "ゲームは1日30分までって親に決められた",
    ],
)
def test_pupils_matters_are_child(ex, text):
    """No place at school, a parent's phone ban, curfew or game rule: a child's matter."""
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["職場に居場所がない", "夫にスマホを没収された", "支援学校を卒業して、今はB型に通う娘(22)"],
)
def test_adults_matters_are_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、一人で住んでいて、誰か訪ねてくるのを見たことがない",
        "友達とはもう何年も会っていません。夫が許さないので",
        "夫にLINEの友達を全部消された",
    ],
)
def test_cut_off_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


def test_teen_who_does_not_talk_is_no_isolation(ex):
    text = "思春期の息子が口をきかない。部屋にこもりがちで会話がないのが気がかり"
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "隣のおじいさん(78歳)、娘さんが何年も部屋から出てこないらしい",
        "向かいの90代のおばあさんの息子さんが、20年近く家にこもっているようです",
    ],
)
def test_old_neighbours_child_shut_in_is_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_grandmother_beside_school_refuser_is_no_8050(ex):
    e = ex("80代の祖母と暮らす中学生の息子が不登校で部屋にこもっている")
    assert "8050" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "要介護の父の通院に付き添うため、仕事を休みがちです",
        "父が物を盗ったと言います。認知症でしょうか。本人は受診を嫌がります",
        "認知症の祖母の通院の送り迎えを毎週しています",
    ],
)
def test_cared_for_parents_visits_are_care_not_health(ex, text):
    """A visit to the doctor of a parent who needs care: care, not the writer's health."""
    e = ex(text)
    assert "care" in e.fields
    assert "health" not in e.fields


@pytest.mark.parametrize(
    "text",
    ["母の介護で疲れて、私が心療内科に通院しています", "母は認知症です。私はうつで通院中です"],
)
def test_writers_own_visits_stay_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["保育料が3か月払えていません", "施設の利用料が滞納になっていると連絡がきた"],
)
def test_fees_unpaid_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_fees_paid_are_no_hardship(ex):
    assert "hardship" not in ex("施設代はきちんと払われています").fields


@pytest.mark.parametrize(
    "text",
    [
        "訪問ヘルパーをしています。担当の90代の女性の腕にあざ。同居のお孫さんは転んだと言う",
        "民生委員です。80代のおばあさんが、お孫さんに怒鳴られているようです",
    ],
)
def test_clients_grandchild_is_no_child(ex, text):
    """A care worker's or volunteer's old client and her grandchild: no child, no double care."""
    e = ex(text)
    assert "child" not in e.fields
    assert "double_care" not in e.patterns


def test_grandchild_raised_by_client_stays_child(ex):
    e = ex("ケアマネです。担当の方が孫(小2)を一人で育てていて、要介護1です")
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘ももう50です。私は最近、一人でお風呂に入れなくなりました",
        "息子は40過ぎて同居。私は膝が悪くて一人で買い物に行けなくなってしまった",
    ],
)
def test_old_writers_own_decline_is_care(ex, text):
    """A writer with a middle-aged son or daughter who can no longer shop or bathe alone: care."""
    assert "care" in ex(text).fields


def test_young_parents_shopping_is_no_care(ex):
    assert "care" not in ex("子どもが小さいので一人で買い物に行けない").fields


@pytest.mark.parametrize(
    "text",
    ["お母さんが毎晩泣いてる。どうしたらいい", "パパがずっとないてて、ごはんもつくってない"],
)
def test_parent_who_keeps_crying_is_health(ex, text):
    assert "health" in ex(text).fields


def test_parent_who_cried_at_a_funeral_is_no_health(ex):
    assert "health" not in ex("母はずっと泣いていた、葬式のとき").fields
