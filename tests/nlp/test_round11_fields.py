"""Round 11b: field and pattern wording.

Care: an older parent's false accusations of theft shouted or insisted on (「盗んだだろう」と
怒鳴る), going out at night or trying to leave by the front door, refusing a helper or a
nurse at home, incontinence told as おむつ or 粗相, typos of 要介護 (要介後, 要介誤); a
father or mother of 80 or more who still looks after a withdrawn son or daughter, and a
brother shut in beside a parent's care (withdrawn). Not care: a parent's age beside a
disabled (not withdrawn) son or daughter.

Health: a lot of drink told by the amount (ウイスキーを1本空ける, 一升, 何本も). Not health:
an older person's low mood or refusal to see a doctor in a message about their care, the
writer's work in an emergency department, and a carer's sleep lost to the caring or the
strain of it (体がもたない, 私が倒れそう; exhaustion and sleep told on their own still are).

Money: shortage written in kana (きゅうりょうびまで, こめもかえない). Not money: 「借金とかは
ないです」, quitting a job only considered (辞めようか迷う), living on a pension with nothing
short.

Child: speech that is late (単語が出ない, 発語がない), being teased at school (いじられる),
a son's or daughter's developmental disability, their language. Not child: 療育手張 (a typo
of 療育手帳, which adults hold too); not care: the writer's job as a care manager.

Patterns: a school refuser shut in for years is withdrawn, a child writing in kana who
cooks for a younger sister is a young carer, so is a teenager who earns money for the
family; a parent of schoolchildren who cares for a father is double care.

Each family has look-alikes.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- care: signs of dementia
# without the word, refused services, typos


@pytest.mark.parametrize(
    "text",
    [
        "義母に「財布を盗ったでしょ」と毎晩のように怒鳴られて参っています",
        "母が「お前が通帳を盗ったんだ」と言い張って聞きません",
        "祖母が、私が指輪を盗んだと決めつけてきます",
        "父が「金を盗まれた」とわめいて近所に電話する",
        "母にいつも泥棒呼ばわりされる",
        "祖父が夜中に玄関から出て行こうとします",
        "夜になると母が家から出ていこうとする",
        "夜中に父が外へ出ようとするので困っている",
    ],
)
def test_false_accusations_and_leaving_at_night_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーさんに来てもらうのを父がひどく嫌がるんです",
        "認知症かもしれない母が、ヘルパーさんを家に入れたがりません",
        "父がヘルパーを断ってしまい困っています",
        "祖母が訪問看護を嫌がります",
        "祖母がおむつになって、本人もふさぎ込んでいる",
        "母がトイレで粗相をするようになった",
        "父の要介誤認定の申請をしたい",
        "母が要介語2になりました",
    ],
)
def test_refused_help_incontinence_and_typos_of_kaigo_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "自転車を盗まれたと警察に届けた",
        "夫が家を出ていこうとするので止めた",
        "彼氏が出ていこうとする",
        "ヘルパーの仕事を探しています",
        "2歳の息子が紙パンツです",
    ],
)
def test_theft_leaving_home_and_a_helpers_job_are_not_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- care in an 8050 family


@pytest.mark.parametrize(
    "text",
    [
        "85歳の母が、10年ひきこもっている50代の兄の食事を作っています",
        "81歳の父が、20年部屋から出てこない48歳の弟の面倒を見ています",
        "83歳の母が、家にこもったままの55歳の兄の世話をずっとしています。もう限界だと思う",
        "80歳の父が、何年も家から出ていない45歳の弟の面倒を見ている",
    ],
)
def test_a_parent_of_80_who_still_looks_after_a_withdrawn_child_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "78の母が、10年ひきこもっている50の兄の食事を作っています",
        "ばあちゃん(83)がおじさん(52)の面倒見てる。おじさんは20年ほぼ外に出ん",
        "82歳の父の年金で、20年ひきこもっている50代の兄と暮らしています",
        "うちの次男は50で知的障害があります。私ももう82、この子を残して死ねません",
        "私は83歳。障害のある息子(57)のこれからが心配です",
    ],
)
def test_a_parents_age_alone_in_an_8050_family_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "82歳の父に介護が必要になったのに、何年も部屋から出ない50歳の兄は何も手伝わない",
        "母が要介護になったのに、10年部屋にこもっている48歳の弟は顔も見せません",
        "父の介護が必要なのに、兄はもう10年部屋から出てこない",
    ],
)
def test_a_withdrawn_brother_beside_a_parents_care_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の介護でずっと家にいるので外に出られない",
        "母の介護があるから、もう何年も家から出られない",
        "祖母の介護があって、もう半年家から出ていない",
    ],
)
def test_a_carer_at_home_for_the_caring_is_not_withdrawn(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- health: what belongs to
# someone's care, a job, the amount of drink


@pytest.mark.parametrize(
    "text",
    [
        "父が失禁するようになって、本人もかなり落ち込んでいます",
        "認知症と診断された母が落ち込んでいます",
        "母が物忘れを気にして受診を嫌がります",
        "父は足腰が弱っているのに通院を拒否している",
        "祖母の物忘れがひどいのに、受診してくれません",
        "要介護2の父が、何度言っても受診しようとしない",
    ],
)
def test_an_older_persons_low_mood_or_refused_doctor_is_care_not_health(ex, text):
    fields = ex(text).fields
    assert "care" in fields
    assert "health" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で私が落ち込んでいます",
        "最近落ち込んでいて、母の物忘れも心配です",
        "母の介護をしています。私が受診したいのですが、どこがいいですか",
        "夫がうつっぽいのに受診してくれません",
    ],
)
def test_the_writers_own_low_mood_or_an_illness_is_still_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "救急病棟で看護師として働いています。子どもの預け先を探しています",
        "救急で勤務していて夜勤が多く、保育園の延長が必要です",
        "父は元救急隊員です。最近物忘れがひどい",
        "救急外来の看護師をしています。夫の転勤で引っ越します",
        "救急救命士をしていて、子どもの学童を探しています",
    ],
)
def test_work_in_an_emergency_department_is_not_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "救急外来に行ったほうがいいですか",
        "夜中に子どもが熱を出して、救急に行くか迷っています",
    ],
)
def test_going_to_the_emergency_department_is_still_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎晩焼酎を一本空けています",
        "父が毎日一升飲んでいて心配",
        "缶チューハイを何本も飲まないと眠れない",
        "ビールを何本も飲んでしまう日が続く",
        "夫が毎晩ボトルを空けてしまう",
        "主人が一升瓶を二日で空けます",
    ],
)
def test_drink_told_by_the_amount_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ビールを何本買えばいいですか",
        "敬老会で一升瓶をいただきました。お礼はどこに送ればいいですか",
    ],
)
def test_drink_without_drinking_too_much_is_not_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- health: a carer's sleep
# and strain (the labelled sets: o003, o072, j083, n116, g051 no health; i040 health, where
# the sleeplessness is told in a sentence of its own)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("障害のある息子の見守りで毎晩寝不足です", "disability"),
        ("夜中に父が何度も外に出ようとするので、見張っていて眠れません", "care"),
        ("認知症の母が夜中に起きてくるので、私まで寝られない", "care"),
        ("双子の夜泣きと授乳で、ほとんど寝ていません", "child"),
        ("要介護4の父を家で見ていて、もう体がもたない", "care"),
        ("母が要介護3になって毎日通っています。このままだと私が倒れそうです", "care"),
    ],
)
def test_a_carers_sleep_and_strain_from_the_caring_are_not_health(ex, text, field):
    fields = ex(text).fields
    assert field in fields
    assert "health" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "姑が要介護で同居しています。夫は何もしてくれず、私は最近眠れなくて食欲もありません",
        "父の介護で心身ともに疲れ果てた",
        "母の介護で眠れず、心療内科にかかっています",
        "夜中に何度も目が覚めて、そのまま朝まで眠れません",
    ],
)
def test_sleep_told_on_its_own_and_exhaustion_are_still_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text",
    [
        "きゅうりょうびまで　あと５日　おかね　ない",
        "こめもかえない　どうしよう",
        "きゅうりょうびまであと3日、おこめがかえない",
        "給料日まで　あと1週間　米も買えない",
        "たべものもかえない。こどもがいる",
    ],
)
def test_shortage_written_in_kana_or_with_spaces_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金とかはないです。母の介護の相談です",
        "ローンとかは特にないですが、家のことで相談です",
        "仕事を辞めようか悩んでいます。介護がきつい",
        "会社を辞めるか迷っています",
        "子育てとの両立が大変で、退職しようか考えています",
        "年金暮らしです。介護保険の申請の仕方を教えてください",
        "年金生活の夫婦です。市のバス券はどこでもらえますか",
    ],
)
def test_denied_debt_a_job_still_held_and_a_pension_alone_are_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金とかあって首が回らない",
        "会社を辞めて収入がありません",
        "年金暮らしで、毎月赤字です",
        "年金で暮らしていますが、医療費が払えません",
        "年金暮らしの夫婦です。貯金が減る一方です",
    ],
)
def test_debt_a_job_lost_and_a_short_pension_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- child


@pytest.mark.parametrize(
    "text",
    [
        "1歳半なのに単語が全然出ません",
        "3歳の息子の言葉の遅れが気になります",
        "娘はもうすぐ2歳ですが発語がありません",
        "うちの子、まだ二語文が出なくて心配",
        "息子の言葉がほかの子より遅い気がする",
        "娘が学校でいじられてるらしい",
        "息子が同級生にいじられて泣いて帰ってきた",
        "部活でいじられるのがつらいと娘が言っています",
    ],
)
def test_late_speech_and_being_teased_at_school_are_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が発達グレーと言われた",
        "幼稚園の娘が自閉症と診断されました",
        "娘がADHDかもしれないと担任に言われました",
        "息子はグレーゾーンだそうです。支援は受けられますか",
    ],
)
def test_a_sons_or_daughters_developmental_disability_is_child_too(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "child" in fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は自閉症で作業所に通っています",
        "息子(30)が発達障害です",
        "自閉症の娘がグループホームに入りました",
        "療育手帖の申請について",
        "療育手張を持っています。就労移行支援を使いたい",
    ],
)
def test_a_grown_childs_disability_and_the_techo_are_not_child(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "child" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "息子の言葉遣いが最近ひどくて困っています",
        "娘がゲームをしながら「しね」とか言ってて、口が悪いのが気になる",
        "小学生の息子がオンラインゲームで暴言を吐いています",
    ],
)
def test_a_childs_language_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "職場でいじられるのがつらい",
        "夫の言葉遣いが荒くて怖いです",
        "息子(30)の暴言がひどい",
    ],
)
def test_teasing_at_work_and_an_adults_language_are_not_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ケアマネをやっています。息子が不登校です",
        "ケアマネをしていますが、今日は娘の発達相談のことで連絡しました",
        "ケアマネジャーをしています。自分の子の保育園のことで相談です",
        "ケアマネの仕事をしていて、息子の学校のことで悩んでいます",
    ],
)
def test_a_care_manager_asking_about_their_own_child_is_child_only(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


def test_a_care_manager_of_ones_mother_is_still_care(ex):
    result = ex("母のケアマネに相談しました。息子の不登校も心配です")
    assert "care" in result.fields
    assert "double_care" in result.patterns


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が中1から不登校で、高1の今もほとんど部屋から出てきません",
        "小学校から不登校で、中学生の今も家から一歩も出ない",
        "娘が小5から学校に行けなくて、中2の今もほとんど家から出ていません",
        "中2から不登校で、高3の今も部屋から出てきません",
    ],
)
def test_a_school_refuser_shut_in_for_years_is_withdrawn(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "child" in result.fields


def test_a_school_year_without_staying_in_is_not_withdrawal(ex):
    assert ex("小6から塾に通っています").patterns == ()


@pytest.mark.parametrize(
    "text",
    [
        "ぼくがおとうとのごはんつくってる。ままはびょうきでねてる",
        "おねえちゃんとわたしでいもうとのせわしてる。おかあさんがびょういん",
        "おとうさんがびょうきだから、いもうとのごはんはぼくがつくってる",
    ],
)
def test_a_child_writing_in_kana_who_cooks_for_a_sister_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields
    assert result.writer_is_minor


@pytest.mark.parametrize(
    "text",
    [
        "むすこのごはんはわたしがつくってる",
        "はははびょうきで、あにのせわはわたしがしている",
    ],
)
def test_an_adult_writing_in_kana_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。母が病気で働けないので、新聞配達をして家にお金を入れています",
        "高2です。バイト代を家に入れて家計を支えています",
        "高校生です。父が入院していて、私のバイトの給料を家に入れています",
        "中3です。お母さんがうつで働けないから、私がお金を家に入れてる",
    ],
)
def test_a_teenager_who_earns_for_the_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "社会人です。実家にお金を入れています",
        "40歳ですが、家にお金を入れていません",
    ],
)
def test_an_adult_paying_board_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生の子が二人いて、認知症の母の介護もしています",
        "小学生の娘がいます。父の介護もしています",
        "小学生の子が3人いて、寝たきりの義母の世話もしています",
        "高校生の息子がおりまして、要介護の父とも同居しています",
    ],
)
def test_a_parent_of_schoolchildren_who_cares_for_a_parent_is_double_care(ex, text):
    result = ex(text)
    assert "double_care" in result.patterns
    assert "young_carer" not in result.patterns


def test_a_schoolchild_who_cares_for_a_grandparent_is_still_a_young_carer(ex):
    assert "young_carer" in ex("小学生の孫が、寝たきりの祖父の世話をしています").patterns
