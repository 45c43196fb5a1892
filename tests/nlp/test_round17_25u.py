"""Round 17 (25u): longer messages about someone else. An 8050 child who threatens the old
parent, a carer's regretted grab, a parent named with an age who throws things at the other,
a child's meals only every other day and 「オレ中3」, a child made to stand outside at night;
things that fell, a partner gone quiet after a pregnancy, someone never seen, loud singing;
and the isolation, double care and young carer wordings, each with look-alikes."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 8050: the grown child threatens


@pytest.mark.parametrize(
    "text",
    [
        "45歳の息子が仕事を辞めてから8年、ずっと家にいます。私も80になりました。息子は金をよこせと怒鳴って物を投げます。",
        "50代の娘が会社をやめてから10年以上家にいます。私は82です。娘は気に入らないと大声を出して壁を蹴ります。",
        "息子(48)がもう20年ひきこもっていて、80歳の私の年金で暮らしています。息子は最近、お金を出せと怒鳴って壁を殴ります。",
    ],
)
def test_an_8050_child_who_threatens_the_old_parent_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "45歳の息子が仕事を辞めてから8年、ずっと家にいます。私も80になりました。息子は穏やかで家事を手伝ってくれます。",
        "50代の娘が会社をやめてから10年以上家にいます。私は82です。娘は好きな歌手の曲を大声で歌っています。",
        "息子(48)がもう20年ひきこもっていて、80歳の私の年金で暮らしています。つい息子を怒鳴ってしまい反省しています。",
    ],
)
def test_an_8050_home_without_threats_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's regretted grab


@pytest.mark.parametrize(
    "text",
    [
        "要介護2の母を自宅で介護しています。同じことを何度も聞かれて、つい腕を強くつかんでしまいました。",
        "認知症の父の介護をしていますが、昨日イライラして手首をぎゅっと握ってしまった。自分が怖いです。",
        "寝たきりの義母を介護していて、おむつ交換を嫌がられたときに腕を思い切りつかんでしまいました。",
    ],
)
def test_a_carer_who_grabs_the_cared_for_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "要介護2の母を自宅で介護しています。転びそうになったので腕をつかんで支えました。",
        "認知症の父の介護をしていますが、歩くときは手をつないで一緒に行きます。",
        "母の介護をしています。リハビリで腕を強く握る練習をしています。",
    ],
)
def test_a_carer_who_holds_or_supports_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent named with an age


@pytest.mark.parametrize(
    "text",
    [
        "父(78)が酒を飲むと母に暴言を吐いたり物を投げたりします。どうすればいいでしょうか。",
        "父(70)は毎日のように母を怒鳴りつけて、茶碗を投げることもあります。",
        "母(68)が父に物を投げたり暴言を吐いたりするので、実家に帰るのがつらいです。",
    ],
)
def test_a_parent_with_an_age_who_throws_at_the_other_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父(78)が物忘れがひどくなり、母も疲れています。",
        "父(70)は昔から母と仲が良く、毎日一緒に散歩しています。",
        "母(68)が父の介護で疲れていて、心配です。",
    ],
)
def test_a_parent_with_an_age_without_threats_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a child without meals, in grade


@pytest.mark.parametrize(
    "text",
    [
        "オレ中2で、母ちゃんが夜いなくて、ごはんも2日に1回しか出ない。どうしたらいい",
        "私中1です。うちはご飯が1日1回しか出ないし、お父さんはお金をくれない",
        "ぼく小5で、晩ごはんは2日に1回くらいしか作ってもらえない",
    ],
)
def test_a_child_fed_every_other_day_is_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ダイエット中で、ご飯は1日1回だけにしています",
        "オレ中2で、部活が忙しくてごはんを食べる時間がない日もあるけど元気",
        "うちの施設では、おやつは1日1回しか出ません",
    ],
)
def test_meals_by_choice_or_a_snack_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "オレ中3で、バイトもできないし、どうしたらいい",
        "私高1だけど、家のことで相談したい",
        "僕中2です、学校に行きたくない",
    ],
)
def test_a_pronoun_then_a_grade_is_a_minor_writer(ex, text):
    assert ex(text).writer_is_minor


@pytest.mark.parametrize(
    "text",
    [
        "私は小学生と保育園の子がいて、毎日バタバタです",
        "私は中学生の娘がいます。進路のことで相談です",
    ],
)
def test_a_parent_with_school_children_is_no_minor_writer(ex, text):
    assert not ex(text).writer_is_minor


# ---------------------------------------------------------------- a child made to stand outside


@pytest.mark.parametrize(
    "text",
    [
        "近所の子(小3)が、夜になると外に立たされて泣いています。",
        "孫(小1)が、母親の彼氏に寒い中、家の外に立たされているようです。",
        "隣の家の男の子、冬の夜に玄関の外にずっと立たされてる",
    ],
)
def test_a_child_made_to_stand_outside_at_night_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子(小3)が、授業中に廊下に立たされたと言っています",
        "夜に外で子どもと花火をしました",
        "娘(小2)が夜に外で星を見たいと言います",
    ],
)
def test_standing_in_a_corridor_or_outside_for_fun_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- not in danger now


@pytest.mark.parametrize(
    "text",
    [
        "昨日の大雨で、家の前の道路標識が倒れています。直してもらえますか",
        "強風で公園の看板が倒れていて危ないです",
        "交差点の信号機が倒れかけています。早めに見てください",
    ],
)
def test_a_sign_or_a_mirror_that_fell_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "道路標識の近くで、おじいさんが倒れています",
        "看板を直していた父が倒れて、意識がありません",
        "台風のあと、母が庭で倒れていました",
    ],
)
def test_a_person_who_fell_near_a_sign_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "妊娠がわかってから彼と連絡が取れなくなりました。これから一人で育てられるか不安です",
        "子どもができたとたん、相手と連絡がつかなくなりました。出産費用が心配です",
        "別れ話をしてから元彼と連絡が取れないけど、もう関わりたくないのでいいです",
    ],
)
def test_a_partner_gone_quiet_after_a_pregnancy_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父と3日前から連絡が取れません",
        "昨日から娘と連絡がとれなくなりました。どこにいるかわかりません",
        "妊娠中の妻と今朝から連絡がつかないです",
    ],
)
def test_someone_unreachable_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "向かいの家の息子さん、40代だと思うけど、ほとんど姿を見たことがありません",
        "隣の部屋の人、引っ越してきてから一度も顔を見たことがない",
        "裏の家のご主人は、一度も姿を見かけたことがないです",
    ],
)
def test_someone_never_seen_is_no_emergency(ex, text):
    # Only with ほとんど/一度も…: a bare 姿を見たことがない stays an alarm, since a missed
    # absence costs more than a false alarm.
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあちゃん、いつもは毎朝見かけるのに4日も姿を見ていません",
        "一人暮らしの伯父の姿を一週間見ていません",
    ],
)
def test_someone_not_seen_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "40代の息子さんが何年も働いていない様子で、ほとんど姿を見たことがありません",
        "50代の娘さんがいるはずですが、もう何年もほとんど顔を見ません",
        "隣の家の30代の息子さん、10年くらいほとんど姿を見かけない",
    ],
)
def test_someone_hardly_ever_seen_for_years_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "40代の息子さんは毎日仕事に出かけていて、ほとんど家にいません",
        "隣の家の30代の息子さん、昨日から姿を見ていません",
    ],
)
def test_someone_out_or_just_missing_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "隣のご主人、奥さんを亡くされてから昼間から大声で歌っています",
        "夫は酔うと大声で笑って、すぐ寝てしまいます",
        "彼氏がカラオケで大声で歌うのが好きです",
    ],
)
def test_loud_singing_or_laughing_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎晩大声で怒鳴ってきて怖いです",
        "彼氏が大声を出して壁を殴ります",
        "旦那が酔うと大声で私をののしります",
    ],
)
def test_a_partner_shouting_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "text",
    [
        "向かいのおじいさん、一人暮らしで身内の人も見たことないです",
        "母は身寄りが少なく、身内も誰もいません",
        "隣のおばあさん、話し相手ができてうれしいって何度も言ってくれます",
    ],
)
def test_no_kin_or_glad_of_someone_to_talk_to_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "入院するあいだ、娘を頼れる身内もいません",
        "小1の子に一人で留守番させても大丈夫ですか",
        "娘は最近、友達と遊んでいないみたいです",
        "身内の人はみんな近くに住んでいます",
    ],
)
def test_practical_help_a_child_alone_or_play_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- children, not child-rearing


@pytest.mark.parametrize(
    "text",
    [
        "夫の物忘れがひどく、子どもたちは遠方で頼れません",
        "母が認知症になりました。子どもはもうみんな独立しています",
        "夫が要介護になり、子どもたちは県外で暮らしています",
    ],
)
def test_grown_children_far_away_is_no_double_care(ex, text):
    result = ex(text)
    assert "double_care" not in result.patterns
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもは2人とも保育園で、母は要介護3です",
        "母の介護をしながら、小学生の子どもを育てています",
        "父が認知症で、子どもはまだ2歳です",
    ],
)
def test_young_children_beside_care_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫に暴言を吐かれ、子どもたちのおむつ代も足りません",
        "夫がお金をくれず、おむつ代やミルク代も払えません",
        "ミルクやオムツ代で毎月かつかつです",
    ],
)
def test_a_babys_nappies_are_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの父のおむつ代が高くて困っています",
        "義母のオムツ代が毎月かかります",
    ],
)
def test_an_older_persons_nappies_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "義父がパーキンソン病で、義母も寝たり起きたり。子どもは小学生と幼稚園児です",
        "朝は義父の着替えを手伝ってから、子どもを保育園に送ります",
        "祖母のトイレを手伝い、夜は子どもの宿題を見ています。私は二人の子の母です",
    ],
)
def test_an_older_parents_daily_help_beside_children_is_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "子どもの着替えを手伝っています",
        "最近は寝たり起きたりの生活リズムが乱れています",
    ],
)
def test_a_childs_dressing_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "親が共働きで、私(小5)が妹のごはんとおふろをやってます。宿題の時間がない",
        "ぼくは小6です。弟2人のご飯とお風呂をやっていて、友達と遊べない",
        "中2の息子のことです。息子が祖父の介護をしていて、最近学校を休みがちです。",
    ],
)
def test_a_child_who_cares_for_the_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "私は二人の子の母です。弟たちのご飯とお風呂は私がやってます",
        "中2の息子のことです。私が祖父の介護をしていて、息子は学校を休みがちです。",
        "息子は祖父の介護施設でボランティアをしています",
    ],
)
def test_a_parent_who_cares_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns
