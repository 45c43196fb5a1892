"""Round 30 (38s20): what the blind set S20 missed. A partner who says
「実家にも友達にも連絡するな」 (control: DV); 「このまま突っ込んだら楽かな」 at the wheel
(suicide); a debt and the thought that one's life insurance would settle it (suicide); a kin
who spends an old parent's pension all on themself (economic elder abuse, care); a partner's
drinking 「酒がひどい」「毎晩一升」 and a 特定健診 to book (health); 「何年ぶりかで人と話したい」
(isolation); kana 「首つろうかと」 (suicide).
And what only looks like that: 「消えたい」 said of an idol and laughed off, 「首つるかと思った」
over a tight tie, 「このままだと死ぬよ」 said by a mother or a doctor, a son who does not come
out at meals (no neglect), a phone looked at for a birthday surprise, a dog run away from
home, kana 「まいしゅう」「らいしゅう」 (not 異臭), a knife brought out 「この前」 (DV, no
emergency now), a nurse who asks for DV windows for her patients, an insurance payout after
a fire or a death."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- cut off by a partner


@pytest.mark.parametrize(
    "text",
    [
        "旦那に、実家と連絡するなって言われてます。携帯もよく見られる",
        "彼氏から友達と会うなと言われて、もう半年だれとも遊んでない",
        "夫が「親に電話するな」って怒る。私がおかしいのかな",
        "主人に誰とも連絡とるなと言われとる",
    ],
)
def test_partner_forbids_contact_is_dv(ex, text):
    """A partner who forbids the writer to contact family or friends: DV (control)."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達と会うなら夜は早めに帰ってきてね、と夫に言いました",
        "実家に連絡するなら週末がいいかな",
        "インフルエンザなので友達と会うなと医者に言われました",
    ],
)
def test_contact_words_without_a_ban_are_no_dv(ex, text):
    """「会うなら」 (if), or a doctor's order in an illness: no DV."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- at the wheel


@pytest.mark.parametrize(
    "text",
    [
        "通勤中、対向車にこのまま突っ込んだら楽になれるかなって考えてしまう",
        "高速でハンドル切ったら終われるのにって毎朝思う",
        "トラックにひかれたら楽かなって、信号待ちでぼーっと思った",
        "いっそ事故にあえば楽になれるのに",
    ],
)
def test_crash_as_relief_is_suicide(ex, text):
    """Thinking a crash would be a relief: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達のボケにツッコんだら楽しかった",
        "パワステだとハンドル切ったら楽に曲がれる",
        "子どもが車にひかれたら大変なので、通学路の見守りをお願いしたい",
    ],
)
def test_driving_words_without_the_wish_are_no_suicide(ex, text):
    """A joke's tsukkomi, easy steering, road safety: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a payout for a debt


@pytest.mark.parametrize(
    "text",
    [
        "借金まみれで、生命保険で何とかなるかなとか考えてしまいます",
        "ローンが払えない。保険金がおりれば家族は助かるのにって思う",
        "消費者金融の取り立てがこわい。死亡保険で全部チャラにできるかな",
    ],
)
def test_life_insurance_for_a_debt_is_suicide(ex, text):
    """A debt, and one's own life insurance as the way out: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "火事のあと火災保険の保険金でなんとか家を直せました。借金はまだあります",
        "父が亡くなって保険金で借金を返しました。相続の手続きを教えてください",
        "入院したけど医療保険の保険金で何とかなりました。ローンの相談です",
    ],
)
def test_other_payouts_are_no_suicide(ex, text):
    """A payout for a fire, a death already come, a hospital stay: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- an old parent's money


@pytest.mark.parametrize(
    "text",
    [
        "兄は働いてない。父の年金もほとんど自分の小遣いにしてるみたい",
        "同居の姉が、祖母の貯金を好き勝手に自分の買い物に使ってる",
        "弟が母の通帳を持ってて、勝手に自分の借金に回してる",
    ],
)
def test_parents_money_used_by_kin_is_abuse(ex, text):
    """A kin who spends an old parent's money on themself: economic abuse, care."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "care" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "母の年金は母が自分で管理しています。私は仕送りだけ",
        "父の年金で家族みんなの生活費をまかなっています",
    ],
)
def test_parents_money_for_the_house_is_no_abuse(ex, text):
    """A parent who manages the pension, a pension for the household: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- health and isolation


@pytest.mark.parametrize(
    "text",
    [
        "父のお酒がひどくて、家族がまいってます",
        "夫が毎晩ストロング缶を何本も。やめられないみたい",
        "特定健診の案内が来ないんですが",
        "がん検診の申し込み方法を教えてください",
    ],
)
def test_drinking_and_checkups_are_health(ex, text):
    """A kin's heavy drinking, an adult checkup: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "何年ぶりかに人としゃべった気がする。ずっと一人です",
        "数か月ぶりに誰かと話したくて、ここに書いてます",
        "半年以上、家族以外の誰とも会話してない。3年ぶりに人と話したのは病院の受付",
    ],
)
def test_talking_after_years_is_isolation(ex, text):
    """Talking to someone for the first time in years: isolation."""
    assert "isolation" in ex(text).patterns


def test_a_friend_after_years_is_no_isolation(ex):
    """Meeting an old friend again after years: no isolation."""
    assert "isolation" not in ex("10年ぶりに同級生と会って話しました。楽しかった").patterns


# ---------------------------------------------------------------- what only looks like a crisis


@pytest.mark.parametrize(
    "text",
    [
        "推しが引退発表して死にたいって言ったら母に本気で心配された笑　元気です",
        "ライブ外れて消えたいってツイートしたら友達に引かれたｗ",
        "ネクタイきつすぎて首つるかと思った笑",
        "医者に「このままだと死にますよ」って言われて禁煙中です",
        "嫁に「このままやったら死ぬで」と怒られて、毎朝歩いてます",
    ],
)
def test_hyperbole_and_warnings_are_no_suicide(ex, text):
    """An idol's news laughed off, a tight tie, a health warning: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう首つろうかと思った。借金が返せない",
        "推しもいなくなったし、ずっとつらい。消えたい",
    ],
)
def test_real_wishes_stay_suicide(ex, text):
    """「首つろうかと」 (meant), an idol named beside lasting pain: suicide stays."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が夕飯の時も部屋から出てこない。もう半年です",
        "夫にスマホ見られてプレゼントがバレた笑",
        "猫が脱走しました。おとといから帰ってこない",
        "まいしゅうまごがきてくれます。らいしゅうはうんどうかい",
        "看護師をしています。利用者さんから虐待の相談を受けたときの窓口の一覧がほしいです",
    ],
)
def test_look_alikes_raise_no_crisis(ex, text):
    """A withdrawn child at meals, a surprise found out, a cat, kana weeks, a nurse's
    request: no crisis."""
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "まいにちとなりのいえからいしゅうがします。おじいさんがみえません",
        "看護師です。夫に殴られて、DVの相談窓口の一覧が知りたい",
    ],
)
def test_the_real_thing_still_counts(ex, text):
    """A smell from next door in kana; a nurse hit by her husband: still a crisis."""
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼氏がこの前は包丁を持ち出した。別れたいけどこわい",
        "先月夫が刃物を振り回して、それから毎日びくびくしてる",
    ],
)
def test_knife_in_the_past_is_dv_without_emergency(ex, text):
    """A knife brought out before: DV, but no emergency now."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "emergency" not in e.crisis


def test_knife_now_is_emergency(ex):
    """A knife brought out just now: an emergency."""
    assert "emergency" in ex("夫がいま包丁持ち出して暴れてる、たすけて").crisis


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "大学行きたいけど、うちお金ないし無理かな",
        "バイト代も家に入れてる。金ないし、塾もやめた",
        "給料日前でカネないし、家賃も遅れそう",
    ],
)
def test_money_lacking_before_nai_shi_is_hardship(ex, text):
    """「金ないし」 (not read as 乃至): hardship."""
    assert "hardship" in ex(text).fields


def test_no_debt_is_no_hardship(ex):
    """「借金ないし」 denies the debt: no hardship from it."""
    assert "hardship" not in ex("うちは借金ないし、貯金も少しはあります").fields


@pytest.mark.parametrize(
    "text",
    [
        "朝5時に起きて息子の弁当作って、そのまま母のデイの送り出し",
        "子どもたちのお弁当を詰めてから、父のおむつ替えに実家へ",
        "上の子の弁当の準備と、認知症の義母の見守りで毎朝バタバタ",
    ],
)
def test_childs_lunch_beside_care_is_double_care(ex, text):
    """Packing a child's lunch and caring for a parent: child, care, double care."""
    e = ex(text)
    assert "child" in e.fields
    assert "double_care" in e.patterns


def test_partners_lunch_is_no_child(ex):
    """A partner's lunch box is not child-rearing."""
    assert "child" not in ex("夫の弁当を作るのがめんどう").fields


@pytest.mark.parametrize(
    "text",
    [
        "うちのおとん、母が死んでからずっと一人で家におるみたいで心配",
        "父が毎日ひとりで部屋にこもってるって近所の人から聞いた",
        "ばあちゃんが一日中ひとりで家にいて、誰とも話してないらしい",
    ],
)
def test_old_parent_alone_at_home_is_care(ex, text):
    """An old parent alone at home all day: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "妻を亡くしてから近所付き合いもなくなって、話す相手がいない",
        "引っ越してきて3年、近所づきあいも全然ないです",
        "団地で一人暮らしの母、ご近所との付き合いもなくなったみたい",
    ],
)
def test_no_neighbours_is_isolation(ex, text):
    """No more dealings with the neighbours: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妻は老人ホームの職員で、私は会社員です。保育園の申し込みについて",
        "母は障害者施設で働いています。妹の保育園のことで相談です",
        "不登校の子の学習支援のボランティアをしたいです。大学3年です",
        "こども食堂って大人だけでも行けますか？金欠で",
        "引きこもりがちな性格ですが、仕事は毎日行ってます",
    ],
)
def test_work_volunteering_and_manner_are_no_case(ex, text):
    """A kin who works in a home, a volunteer, an adult at a children's diner, a manner:
    no care, no child field, no hikikomori."""
    e = ex(text)
    assert "care" not in e.fields
    assert "double_care" not in e.patterns
    assert "hikikomori" not in e.patterns
    if "ボランティア" in text or "食堂" in text:
        assert "child" not in e.fields


def test_withdrawn_son_is_still_hikikomori(ex):
    """A son withdrawn for years, called 引きこもりがち: hikikomori."""
    assert "hikikomori" in ex("息子は引きこもりがちで、もう3年部屋から出てきません").patterns


@pytest.mark.parametrize(
    "text",
    [
        "ロープ買った。でも子どもの顔見るとまだできない",
        "消えたい。娘がいるから死ねないけど",
        "毎晩死にたいと思う。息子たちの寝顔を見ると踏みとどまる",
    ],
)
def test_children_holding_back_are_no_child_field(ex, text):
    """Children named only as what holds the writer back: suicide, no child field."""
    e = ex(text)
    assert "suicide" in e.crisis
    assert "child" not in e.fields


def test_young_child_beside_is_still_child(ex):
    """A child told of with a nursery: the child field stays."""
    e = ex("死にたい。でも2歳の息子がいるから死ねない。保育園にも行けてない")
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "70だいのふうふです。こどもはとうきょうで、たよれません",
        "むすめたちはみんなけんがいで、わしとばあさんのふたりぐらし。こしがいたい",
        "80すぎの夫と二人。息子は大阪で、頼れないんです。夫の物忘れがひどくて",
    ],
)
def test_grown_children_far_away_are_no_child_or_8050(ex, text):
    """An older couple whose grown children live far away (kana too): no child field, no
    8050, no double care."""
    e = ex(text)
    assert "child" not in e.fields
    assert "8050" not in e.patterns
    assert "double_care" not in e.patterns


def test_grown_son_living_on_the_parent_is_still_8050(ex):
    """A middle-aged son who lives on the old parent: 8050 stays."""
    assert "8050" in ex("50の息子が働かず、親に頼って暮らしています。私は80です").patterns


@pytest.mark.parametrize(
    "text",
    [
        "保育料の引き落とし口座を変更したいです",
        "給食費の引き落とし口座かえるのってどこで手続き？",
        "家賃の口座振替の銀行を変えたいんですが",
    ],
)
def test_changing_a_debit_account_is_no_hardship(ex, text):
    """Changing the account a fee is debited from: a form to fill, no hardship."""
    assert "hardship" not in ex(text).fields


def test_a_fee_that_cannot_be_paid_is_hardship(ex):
    """A fee the account could not cover: hardship stays."""
    assert "hardship" in ex("給食費の引き落としができなくて督促がきた。お金がない").fields
