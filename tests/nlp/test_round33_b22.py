"""Round 33 (41b22): a tired carer who nearly struck a child over a spilt cup (「牛乳こぼした
だけで思いきり叩きそうになって」); a carer who wishes to end it together (「二人で一緒に終わり
にできたら楽」); an ex-partner's 「今から行く」 that leaves the writer startled at every car;
「死にたいとかそういうのは全くない」; 「私だけいなくなるわけにもいかない」; a daughter's
boyfriend who shouts at a grandchild (abuse, not DV, and no spouse to care for).
Fields and patterns: a parent dying at home (家で看取る, 末期); income that falls short even
added up (工賃と年金を合わせても無理), card bills and 「パート代では無理」; a parent up at night
going round the house; home oxygen; a teenager asked to help with a grandparent's care
(young carer); a school refuser's morning stomach ache (child, not health); a disability
pension in an 8050 home (the child's own money).
And what only looks like that: children who hit each other, a day's work finished together,
an ex who collects the children, the writer's own child or cat gone missing, a sick child's
pain, the parents' pension."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- nearly struck a child


@pytest.mark.parametrize(
    "text",
    [
        "介護で寝不足続きで、下の子がお茶をこぼしただけで思わず叩きそうになってしまった。自分が怖い",
        "息子が宿題を忘れたくらいで本気で殴りそうになった。最近おかしい",
        "上の子が返事をしないだけで、手が出そうになる。余裕がないです",
        "3歳の娘がぐずったくらいのことで思いきり叩いてしまいそうで怖いです",
    ],
)
def test_nearly_striking_a_child_over_a_trifle_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が牛乳をこぼしただけで泣きそうになって、自分が情けない",
        "娘がテストで100点をとっただけで、うれしくて泣きそうになりました",
    ],
)
def test_near_tears_over_a_trifle_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- ending it together


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で限界です。いっそ二人で一緒に終わりにできたら楽なのに",
        "寝たきりの夫を見ていると、夫婦で終わりにできれば一番いいのかもと思う",
        "ふたりで終わりにできたらどんなに楽か",
    ],
)
def test_ending_it_together_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今日の作業は二人で終わらせたら楽だった",
        "二人で一緒に宿題を終わりにできたら遊びに行けるね",
    ],
)
def test_work_finished_together_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- an ex-partner coming now


@pytest.mark.parametrize(
    "text",
    [
        "元夫から「今から行くぞ」とメールが来ました。引っ越し先は教えていないのに。怖いです",
        "別れた彼氏から、いまから会いに行くってLINEが何件も。震えが止まりません",
        "前の夫が「今から家に行く」と電話してきて、子どもと隠れています",
    ],
)
def test_an_ex_partner_coming_now_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "元夫から今から子どもを迎えに行くと連絡がありました。面会の日なので",
        "別れた夫から今から荷物を取りに行くと連絡があり、どうしたらいいか迷っています",
    ],
)
def test_an_ex_partner_collecting_the_children_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- denied


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかそういうのは全くないんです。ただ眠れなくて",
        "死にたい気持ちは一切ありません。仕事の疲れが抜けないだけです",
        "消えたいとかは全然ないです、食欲がないのが心配で",
        "死にたいとは全然思っていないけど、気分が落ち込みます",
    ],
)
def test_denied_wish_to_die_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいって毎日思う",
        "死にたい気持ちはないの？って聞かれて、あるって答えた。今も死にたい",
    ],
)
def test_wish_to_die_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- the writer gone


@pytest.mark.parametrize(
    "text",
    [
        "父の世話があるので、私だけいなくなるわけにもいかない",
        "自分がいなくなるわけにはいかないので、休みも取れません",
    ],
)
def test_the_writer_gone_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母がいなくなりました。朝から探しています",
        "自分の子がいなくなった、公園で目を離したすきに",
    ],
)
def test_someone_else_gone_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a daughter's boyfriend


@pytest.mark.parametrize(
    "text",
    [
        "娘の彼氏が3歳の孫を怒鳴っていて、腕にあざがありました",
        "娘が連れてきた男が孫をたたいているようで、孫の顔にあざがあります",
        "娘の新しい彼氏が孫に怒鳴るので、孫がおびえています",
    ],
)
def test_a_daughters_partner_harming_a_grandchild_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が彼氏に殴られているみたいで、顔にあざがありました",
        "夫が孫を怒鳴るし、私のことも叩きます",
    ],
)
def test_a_daughter_struck_by_her_partner_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- dying at home


@pytest.mark.parametrize(
    "text",
    [
        "父が末期がんで、家で看取るかどうか決めなければなりません",
        "母が末期と言われ、自宅で看取りたいと思っています",
    ],
)
def test_a_parent_dying_at_home_is_care_and_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize("text", ["うちのチームはもう末期的だ", "世紀末期の文学を勉強しています"])
def test_late_stage_words_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- money that falls short


@pytest.mark.parametrize(
    "text",
    [
        "工賃と障害年金を合わせても、一人で暮らすのは無理だそうです",
        "年金とパート代を足しても生活できない",
        "息子のカードの支払いが毎月何十万もあります",
        "一度は肩代わりしましたが、もう私の年金では無理です",
    ],
)
def test_money_falling_short_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "カードの請求が来たので明細を確認しました",
        "給料では無理なく買えるものを選びました。年金と合わせても十分です",
    ],
)
def test_money_that_is_enough_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a parent up at night


@pytest.mark.parametrize(
    "text",
    [
        "父が夜中に何度も起きて家の中を歩き回るので、目が離せません",
        "義母が夜中に起き出して、外に出ようとします",
        "祖母が毎晩起きてうろうろするので家族が眠れない",
    ],
)
def test_a_parent_up_at_night_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が夜中に何度も起きて家の中を歩き回ります。まだ2歳です",
        "母は朝早く起きてジョギングに回っています",
    ],
)
def test_others_up_at_night_are_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- home oxygen


@pytest.mark.parametrize(
    "text",
    ["父は在宅酸素をしています", "母の酸素の機械が壊れたらと思うと心配です"],
)
def test_home_oxygen_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a teenager who helps


@pytest.mark.parametrize(
    "text",
    [
        "義父の介護を中学生の娘にも手伝ってもらっていて、最近遅刻が多いです",
        "高校生の息子に祖母の世話を見てもらっているので、部活をやめさせてしまいました",
        "母の見守りを高2の娘に任せてもらっている状態です",
    ],
)
def test_a_teenager_helping_with_care_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "高校生の息子に宿題を手伝ってもらって助かった",
        "中学生の娘に料理を教えてもらいました",
    ],
)
def test_a_teenager_helping_with_other_things_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a school refuser's stomach


@pytest.mark.parametrize(
    "text",
    [
        "小5の息子が学校に行けなくなりました。朝になるとお腹が痛いと言います",
        "娘が不登校です。登校前になると頭が痛いと訴えます",
    ],
)
def test_a_school_refusers_morning_ache_is_child_not_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が学校に行けなくなって、私も眠れない日が続いています",
        "娘が不登校で、胃潰瘍で入院したこともあります",
        "学校に行けない娘がいます。夜になると頭が痛いと言って、病院で検査をしました",
    ],
)
def test_other_health_beside_school_refusal_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a disability pension


@pytest.mark.parametrize(
    "text",
    [
        "80の私が、障害年金をもらっている50の息子と二人で暮らしています。私が倒れたら心配です",
    ],
)
def test_a_childs_disability_pension_is_no_hardship(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    ["50の息子が働かず、80の私の年金で二人で暮らしています"],
)
def test_living_on_the_parents_pension_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- grown, in adult services


@pytest.mark.parametrize(
    "text",
    [
        "知的障害の娘が入っているグループホームで、職員に叩かれたと娘が言っています",
        "自閉症の息子が作業所で怒鳴られているらしい。うまく話せない子なので心配です",
    ],
)
def test_a_son_in_a_group_home_is_no_child(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "障害者グループホームで働いています。小2の息子が学校に行きたがりません",
        "発達障害の息子は中学生です。作業所の見学に行きました",
    ],
)
def test_a_school_age_child_beside_adult_services_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- a disabled child's facility


@pytest.mark.parametrize(
    "text",
    [
        "障害のある娘の施設を探しています。夫は協力してくれません",
        "重い障害の息子がいて、施設に入所させるか迷っています。主人は反対です",
    ],
)
def test_a_disabled_childs_facility_is_no_care(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の施設を探しています。障害のある息子もいて大変です",
        "障害のある息子がいます。認知症の母も施設に入ることになりました",
    ],
)
def test_a_parents_facility_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a young carer's lost sleep


@pytest.mark.parametrize(
    "text",
    [
        "中2の息子が認知症の祖父を見てくれています。夜中に何度も起こされて朝起きられないようです",
        "高1の娘が認知症の祖母を見てくれていて、夜中に起こされるので朝起きられず遅刻ばかりです",
    ],
)
def test_a_young_carers_lost_sleep_is_no_health(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2の息子が認知症の祖父を見てくれています。最近は頭痛もひどいようです",
        "高校生の娘が祖母の介護をしてくれています。娘はうつ病で通院もしています",
    ],
)
def test_a_young_carers_illness_stays_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "障害のある息子の施設を探しています。夫も脳梗塞で入浴の介助が要るので、小さい娘もいて大変です"
    ],
)
def test_a_disabled_childs_facility_beside_a_spouses_care_keeps_double_care(ex, text):
    assert "double_care" in ex(text).patterns
