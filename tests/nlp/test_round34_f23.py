"""Round 34 (42f23): what the F23 set missed. Men of 40 to 65 who write tersely: a wife called
家内, 女房 or かみさん (the writer's spouse: her knife is DV, her care is care of a spouse); a
carer's 「二人で終わりにした方が楽」 (suicide, and abuse of the one cared for feared); a debt
that 「生命保険で足りる」 (suicide); an old parent not fed while kin hold the pension (abuse); a
married daughter home with a bruise (DV, no child matter); a carer afraid his hand will go
out to the wife he looks after (abuse feared, not DV); 「52です」 opening a message (the
writer's age) and a writer in his forties shut in beside a parent (8050); a pupil son who
cooks for the younger ones while the wife is ill (a young carer, not the writer's double
care); 「電話も鳴らない」「レジで話すくらい」, alone in the house after a death (isolation);
「母と二人」 beside years without work (8050), out only to the convenience store without work
(hikikomori); a sibling's schizophrenia and who will look after him (disability), a parent's
home fees (care), a contract running out or sleeping in the car (hardship).
And what only looks like that: a relationship or a job ended together, a car insurance that
covers the repair, 「警察を呼ぶほどのことか」 (no emergency now), a childhood without meals, a
hospital's fasting, a married daughter's child struck, a writer with his own wife and
children, a dead parent, a phone that does not ring because it is broken, a neighbour met at
the till, volunteering for a hikikomori group."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 家内, 女房, かみさん


@pytest.mark.parametrize(
    "text",
    [
        "家内に包丁を突きつけられた。部屋にこもっている",
        "女房に毎晩殴られる。誰にも言えん",
        "かみさんに蹴られて肋骨が痛い",
    ],
)
def test_a_wife_called_kanai_or_nyobo_who_strikes_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "家内の介護と、小学生の息子の世話を一人でやっている",
        "女房が脳梗塞で要介護3。中学生の娘もいる。仕事との両立がきつい",
    ],
)
def test_a_wifes_care_beside_raising_a_child_is_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields and "double_care" in result.patterns


# ---------------------------------------------------------------- ending it together


@pytest.mark.parametrize(
    "text",
    [
        "親父の介護が五年目。二人で終わりにした方が楽だと思うことがある",
        "寝たきりの女房を見ていると、一緒におしまいにした方がましかと考える",
        "認知症の母を連れて終わりにするのが一番楽なんじゃないか",
    ],
)
def test_a_carer_ending_it_together_is_suicide_and_abuse(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis and "abuse" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "この関係は二人で終わりにした方がいいと彼に言われた",
        "仕事は二人で終わりにした方が早い",
        "今日の片付けは一緒に終わりにした方が楽だね",
    ],
)
def test_a_relationship_or_work_ended_together_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a debt and the life insurance


@pytest.mark.parametrize(
    "text",
    [
        "借金が三百万。生命保険で足りるはずだ",
        "ローンの残りは死亡保険でまかなえる。それしか考えられない",
        "督促が止まらない。保険金が下りれば穴埋めできる",
    ],
)
def test_a_debt_the_life_insurance_would_cover_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "車の修理代は車両保険で足りた。ローンは別に払っている",
        "父が亡くなって生命保険で借金は足りた。相続の相談をしたい",
        "借金はないが、生命保険の見直しで足りるか知りたい",
    ],
)
def test_an_insurance_that_covered_a_cost_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- whether to call the police


@pytest.mark.parametrize(
    "text",
    [
        "元妻が毎晩家の前に来る。警察を呼ぶほどのことかはわからん",
        "別れた女房が毎晩家の前に来る。110番するほどではないと思うが",
    ],
)
def test_wondering_whether_to_call_the_police_is_dv_not_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis and "emergency" not in result.crisis


def test_the_police_called_now_stays_an_emergency(ex):
    assert "emergency" in ex("元妻が包丁を持って玄関にいる。警察を呼んだ").crisis


# ---------------------------------------------------------------- an old parent not fed


@pytest.mark.parametrize(
    "text",
    [
        "弟がおふくろの年金を押さえていて、おふくろはろくに食べさせてもらっていない",
        "兄と暮らしている親父は、ご飯も満足に食べさせてもらえていないようだ",
        "姉が母の通帳を持っとって、母は風呂にも入れてもらえん",
    ],
)
def test_an_old_parent_not_fed_by_kin_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis and "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母は子どもの頃、ろくに食べさせてもらえなかったらしい",
        "父は入院中で、検査のためご飯を食べさせてもらえない",
        "戦争中、祖母はろくに食べさせてもらえなかったと聞いた",
    ],
)
def test_a_childhood_or_a_wards_rule_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a married daughter's bruise


@pytest.mark.parametrize(
    "text",
    [
        "嫁いだ娘が腕にあざを作って帰ってきた。婿のことは話したがらない",
        "結婚した娘の顔にあざがあった。旦那に殴られているんじゃないか",
        "お嫁に行った娘が首にあざをつけて実家に逃げてきた",
    ],
)
def test_a_married_daughters_bruise_is_dv_not_a_child_matter(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis and "child" not in result.fields


def test_a_married_daughters_small_child_bruised_keeps_abuse(ex):
    result = ex("嫁いだ娘の子、3歳の孫の腕にあざがある。娘の旦那が叩いているらしい")
    assert "abuse" in result.crisis


# ---------------------------------------------------------------- a carer's feared hand


@pytest.mark.parametrize(
    "text",
    [
        "女房の物忘れがひどく、毎晩怒鳴ってしまう。そのうち手が出そうで怖い",
        "おふくろの物忘れがひどくて、つい手が出そうになる",
    ],
)
def test_a_carers_feared_blow_at_a_wife_or_mother_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis and "dv" not in result.crisis


def test_a_blow_feared_from_a_partner_stays_dv(ex):
    result = ex("認知症の母の介護をしている。夫に殴られそうで怖い")
    assert "dv" in result.crisis


# ---------------------------------------------------------------- a middle-aged son at home


@pytest.mark.parametrize(
    "text",
    [
        "55です。会社を辞めて実家に戻った。今は親父の年金で二人で暮らしている",
        "男、四十八です。仕事をクビになって実家にいる。おふくろの年金頼みだ",
        "もう十年近く家から出ていない。46歳。親はもう何も言わない",
        "45歳、五年ほど部屋にこもっている。母が毎日飯を置いていく",
    ],
)
def test_a_middle_aged_writer_at_home_on_a_parent_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "もう三年家から出ていない。48歳。親はもう亡くなった",
        "三年ほど家にこもっている。45歳。妻と子が心配している",
        "部屋番号は52です。荷物の届け先を教えてください",
        "二年家から出ていない。32歳。親は何も言わない",
        "三年ほど家から出ていない。47歳。親とは絶縁している",
    ],
)
def test_a_dead_or_cut_off_parent_a_family_or_a_younger_writer_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- a pupil son who cooks


@pytest.mark.parametrize(
    "text",
    [
        "妻が病気で寝込みがちで、高二の長男が下の子たちの飯を作っている",
        "女房がうつで起きられない。中三の長女が弟の晩飯を作ってくれる",
        "中一の娘が、私が夜勤の間、寝たきりのばあさんを見てくれている",
    ],
)
def test_a_pupil_son_or_daughter_who_cooks_or_minds_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns


def test_a_pupils_cooking_is_not_the_writers_double_care(ex):
    result = ex("妻が病気で寝込みがちで、高二の長男が下の子たちの飯を作っている")
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "自分で飯を作るのが面倒だ。一人暮らしで外食ばかり",
        "ヘルパーさんが母を見てくれている間に買い物に行く",
    ],
)
def test_cooking_for_oneself_or_a_helper_minding_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- isolation, said tersely


@pytest.mark.parametrize(
    "text",
    [
        "女房に先立たれて、この家に俺一人になった",
        "親父が亡くなって、家に独りになってしまった",
        "電話も鳴らない。一日誰とも口をきかない日もある",
        "誰からも電話が来ない。盆も正月も同じだ",
        "訪ねてくる者もいない",
        "人と話すのは、たまにコンビニの店員と話すくらいだ",
        "スーパーのレジで一言話すくらい。別に困ってはいない",
    ],
)
def test_alone_and_unrung_terse_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "電話が鳴らない。故障かもしれないので修理を頼みたい",
        "近所の人とはスーパーのレジで話すくらいの仲です",
        "パートでスーパーのレジをしている。話すのは好きだ",
        "母が亡くなってから一人っ子の私が手続きをしている",
    ],
)
def test_a_broken_phone_a_neighbour_or_a_till_job_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- helping a hikikomori group


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもり支援のNPOでボランティアをしたい",
        "引きこもりの家族会の団体で手伝いたいが、募集はあるか",
    ],
)
def test_volunteering_for_a_hikikomori_group_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


def test_a_son_shut_in_for_years_stays_hikikomori(ex):
    assert "hikikomori" in ex("息子が五年ほど部屋から出てこない。支援のNPOを探している").patterns


# ---------------------------------------------------------------- fields, said tersely


@pytest.mark.parametrize(
    "text",
    [
        "統合失調症の兄がいる。親が亡くなったら俺が面倒を見るしかない",
        "弟は統合失調症で、どんな支援が受けられるのか知りたい",
    ],
)
def test_a_siblings_lasting_mental_illness_and_who_looks_after_is_disability(ex, text):
    assert "disability" in ex(text).fields


def test_a_siblings_illness_without_support_asked_stays_health(ex):
    assert "disability" not in ex("弟が統合失調症で入院した。見舞いに行った").fields


@pytest.mark.parametrize(
    "text",
    [
        "おふくろのホームの費用が上がって払えそうにない",
        "親父の施設代が月十五万。こっちの生活もきつい",
    ],
)
def test_a_parents_home_fees_are_care(ex, text):
    assert "care" in ex(text).fields


def test_a_home_centre_is_no_care(ex):
    assert "care" not in ex("親父のホームセンターの仕事を手伝っている").fields


@pytest.mark.parametrize(
    "text",
    [
        "腰を痛めて今の現場は無理だ。仕事も探さなきゃならん",
        "派遣が三月いっぱいで切れる。あてはない",
        "嫁に追い出されて、もう一週間ネットカフェで寝泊まりしている",
        "家を出されて、毎晩車で寝ている",
    ],
)
def test_work_ending_or_sleeping_in_a_car_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "キャンプで車中泊するのが趣味だ",
        "スマホの契約が今月で切れるので機種変更したい",
        "同僚が以前、借金を抱えていたが、今は完済して元気にしている",
    ],
)
def test_a_camping_trip_a_phone_contract_or_a_past_debt_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_a_childs_fever_that_costs_shifts_is_a_child_matter_not_health(ex):
    result = ex("シングルファーザーです。息子が熱を出すたびに仕事を早退している")
    assert "health" not in result.fields


def test_being_a_burden_to_grown_children_is_no_child_matter(ex):
    result = ex("長生きしても子どもたちの重荷になるだけだ")
    assert "child" not in result.fields


# ---------------------------------------------------------------- 「母と二人」「コンビニくらい」


def test_years_without_work_beside_a_mother_named_terse_is_8050(ex):
    assert "8050" in ex("男、五十三です。もう八年働いていない。おふくろと二人。").patterns


def test_a_trip_with_a_mother_is_no_8050(ex):
    assert "8050" not in ex("52歳。母と二人で旅行に行った。楽しかった").patterns


@pytest.mark.parametrize(
    "text",
    [
        "外に出るのはコンビニくらい。仕事はしていない",
        "無職で、出かけるのは夜のコンビニだけだ",
    ],
)
def test_out_only_to_the_convenience_store_without_work_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_out_only_to_the_store_while_working_from_home_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("外に出るのはコンビニくらいかな。仕事は在宅でしている").patterns
