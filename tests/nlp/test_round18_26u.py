"""Round 18 (26u): long messages about someone else — a son who cries 「生まれてこなきゃよかった」,
a friend with no reply for days, a child fending for meals beside a parent who drinks and
sleeps, a carer who thinks of stopping a parent's mouth, a neighbours' husband shouting and
the wife crying 「やめて」; and what is not that: a son who pushes his mother, a bruise from a
partner where children are only named, a mother-in-law's 「出ていけ」, a feared collapse, a
parent who writes 「7歳の息子が」, 「近所の家のことです」, a premium's question."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 生まれてこなきゃよかった


@pytest.mark.parametrize(
    "text",
    [
        "娘が「生まれてこなきゃよかった」ってつぶやいていて心配です",
        "生まれてこんかったらよかったって、毎晩思ってしまう",
        "うまれてこなきゃよかった。もうつかれた",
        "弟が部屋で「俺なんか生まれてこない方がよかった」と言っていました",
        "産まれてこなけりゃ良かったって思う。高2です",
        "孫が「生まれたくなかった」と泣いていたと嫁から聞きました",
        "なんで私生まれてきたんだろう。誰にも必要とされてない",
        "生まれてきた意味がわからない。毎日しんどい",
        "生まれてこーへんかったらよかったって息子が言う",
    ],
)
def test_wishing_not_to_have_been_born_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この子が生まれてきてくれて本当によかった",
        "弟が生まれてこなかったら、私は一人っ子だった",
        "生まれてこなければよかった子なんていない、と先生が話してくれた",
        "孫が生まれてからは毎日が楽しいです",
    ],
)
def test_being_born_said_otherwise_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- no reply for days


@pytest.mark.parametrize(
    "text",
    [
        "友達から3日返事がない。家まで行ったけどチャイムに出てこなかった",
        "一人暮らしの叔父から4日ほど返信もなく、アパートを訪ねても応答がありません",
        "同僚が1週間無断欠勤していて、LINEも返事がありません",
        "友人と5日前から返信が来ない。家に行っても誰も出ん",
    ],
)
def test_no_reply_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友人から5日ほど返信がないけど、旅行に行ってるらしい",
        "彼氏から3日返信がない。喧嘩したからかな",
        "LINEの返事がないと不安になってしまう性格です",
        "娘は返事がないことが多い。3日くらい平気で放置する",
    ],
)
def test_a_silence_with_a_reason_or_a_habit_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- drinking parent, own meals


@pytest.mark.parametrize(
    "text",
    [
        "中1です。お母さんが毎日酒飲んで寝てばっかりで、晩ごはんはいつもコンビニのパンを自分で買ってる",
        "父が朝から酒を飲んで寝ていて、ご飯を作ってくれない。小5です",
        "うちの親、毎晩飲んだくれてて夕飯は出てこない。中2",
        "隣の家の小学生の子、お母さんがいつも酔って寝ていて、ご飯は自分でカップ麺を作っているそうです",
        "小4。ママずっとおさけのんでねてる。ごはんはじぶんでカップラーメン",
    ],
)
def test_a_child_fending_for_meals_beside_a_drinking_parent_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "中2です。日曜はお父さんがお酒のんで昼まで寝てるから、朝ごはんは自分で作ってる",
        "母がいつもお酒を飲んで寝てしまうので心配です。私は40代で、母は70代です",
        "夫が毎晩お酒を飲んで寝てしまい、家事を手伝ってくれません",
        "一人暮らしの大学生です。ご飯は自分でカップ麺ばかりで栄養が心配",
    ],
)
def test_drinking_or_own_cooking_alone_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's urge to harm


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの父のおむつを替えていて、このまま口をふさいだら…と考えてしまいました",
        "介護している母の首に手をかけそうになって、自分が怖い",
        "夜中に何度も起こされて、姑の顔に枕を押し付けたらどうなるかと考えてしまった",
        "ばあちゃんの世話で限界。口と鼻をタオルでふさいでしまいそうで怖い",
    ],
)
def test_a_carers_urge_to_smother_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "マスクで口をふさいでしまうので息苦しい",
        "父は口をふさいで咳をする",
        "花粉症で鼻と口をふさいで寝ています",
        "母の介護で、口の中を清潔にする方法を知りたい",
        "父の介護をしています。父は口をふさいで咳をします",
    ],
)
def test_a_covered_mouth_without_an_urge_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- neighbours' shouting


@pytest.mark.parametrize(
    "text",
    [
        "隣の家から旦那さんの怒鳴り声と、奥さんの悲鳴が毎晩聞こえます",
        "アパートの隣で、男の人の怒鳴り声と女の人の「痛い、やめて」という声が毎晩します",
        "上の階のご主人の怒鳴り声と、奥さんが泣いて謝る声が聞こえる",
        "隣のご夫婦、夫の怒鳴り声のあとに壁に何かがぶつかる音がしました",
    ],
)
def test_a_husbands_shouting_and_the_wifes_cries_heard_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋の夫婦の笑い声が毎晩うるさい",
        "隣の家の旦那さんが毎朝大きな声で犬を叱っている",
        "隣の旦那さんの大きな笑い声と、奥さんの「やめてよ〜」という楽しそうな声が聞こえる",
        "上の階の夫婦が毎晩テレビを見て笑っている",
    ],
)
def test_neighbours_noise_without_a_cry_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a son or daughter who hits


@pytest.mark.parametrize(
    "text",
    [
        "中3の娘が反抗期で、物を投げたり私を叩いたりします。夫は単身赴任です",
        "息子が暴れて壁に穴をあけ、私も突き飛ばされました。夫とは離婚しています",
        "自閉症の息子(15)が家で暴れて、私を蹴るようになりました。元夫とは連絡も取っていません",
    ],
)
def test_a_child_who_hits_the_parent_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が暴れて、私を突き飛ばすようになりました",
        "元夫が家に来て暴れて、息子を突き飛ばしました",
        "夫に殴られて、息子も突き飛ばされました",
        "うちの子が、パパに蹴られるママをかばっていました",
    ],
)
def test_a_partner_who_hits_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a bruise from a partner


@pytest.mark.parametrize(
    "text",
    [
        "姉が旦那に殴られて腕にあざができていた。子どもが二人いるので離婚は迷っているそうです",
        "友達、彼氏に蹴られたあざを長袖で隠してる。子どももいるのに",
        "同僚が夫に叩かれて、目の周りにあざを作って出勤してきました。小さいお子さんがいるので心配です",
    ],
)
def test_a_bruise_from_a_partner_is_dv_not_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が息子を叩いて、息子の腕にあざがありました",
        "夫に叩かれました。子どもの足にもあざがあります",
        "夫に殴られて、子どもと私の顔にあざができた",
    ],
)
def test_a_bruise_on_a_child_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a mother-in-law's words


@pytest.mark.parametrize(
    "text",
    [
        "同居の姑に毎日「出ていけ」と言われます。夫は何も言ってくれません",
        "義母から「この家から出て行け」と怒鳴られ、主人はかばってくれません",
        "お義母さん（80）に「出ていけ」と言われ続けて5年、夫は知らん顔です",
    ],
)
def test_a_mother_in_laws_get_out_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「出ていけ」と言われて、義母もそれを見て笑っていました",
        "夫から毎晩「出て行け」と怒鳴られます。義母は同居していません",
        "義母の前で夫に怒鳴られます",
    ],
)
def test_a_partners_get_out_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a feared collapse


@pytest.mark.parametrize(
    "text",
    [
        "このままだと兄が家で倒れてしまうのではと怖いです",
        "一人暮らしの父が倒れてしまわないか心配で眠れません",
        "母が倒れるんじゃないかと不安です",
    ],
)
def test_a_feared_collapse_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が家で倒れてしまって、今救急車を待っています",
        "母が台所で倒れました。呼んでも返事がありません",
    ],
)
def test_a_collapse_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- the writer is a parent


@pytest.mark.parametrize(
    "text",
    [
        "8歳の娘が学校に行きたがりません",
        "10歳と6歳の息子がいて、毎日けんかばかりです",
        "12歳の息子が最近夜遅くまでゲームをしています",
    ],
)
def test_a_childs_age_first_is_not_a_minor_writer(ex, text):
    assert not ex(text).writer_is_minor


@pytest.mark.parametrize(
    "text", ["14歳です。親とけんかして家に帰りたくない", "私は12歳です。学校がつらい"]
)
def test_the_writers_own_age_stays_a_minor_writer(ex, text):
    assert ex(text).writer_is_minor


# ---------------------------------------------------------------- 近所の家のこと


@pytest.mark.parametrize(
    "text",
    [
        "近所の家のことです。高齢のご夫婦が二人で住んでいて、最近雨戸が閉まったままです",
        "向かいの家のことなんですが、夜中に大きな音がします",
        "隣のことで相談です。おばあさんが一人で住んでいます",
    ],
)
def test_a_neighbours_matter_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text", ["隣の子が毎晩外に出されて泣いています", "近所の子が一人で遅くまで公園にいます"]
)
def test_a_neighbours_child_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- an older person's self-neglect


@pytest.mark.parametrize(
    "text",
    [
        "近所のおじいさんの家から変なにおいがして、ゴミもたまっています",
        "隣のばあちゃんちから最近ひどい臭いがする。一人暮らしで足も悪い",
        "一人暮らしの祖母の冷蔵庫の中のものが腐っていた。最近物忘れもある",
        "母が亡くなってから父が買い物にも出ていないようです",
    ],
)
def test_an_older_persons_home_going_to_ruin_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "隣の空き家から変なにおいがする",
        "うちの子の部屋が汗くさいにおいがする",
        "息子は20年買い物にも出ていません",
    ],
)
def test_a_smell_or_a_young_persons_staying_in_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- money: getting by


@pytest.mark.parametrize(
    "text",
    [
        "年金でなんとか食いつないでいます",
        "パート代だけでぎりぎり暮らしている",
        "わしの年金でどうにか食っとる",
    ],
)
def test_just_getting_by_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫の給料でなんとかやっていけています、旅行も行けるし",
        "住民税が去年より上がったのはなぜですか？計算方法を知りたい",
        "保険料が今年から急に上がりました。理由を教えてください",
        "次の仕事は決まっています。国保への切り替えはどうすればいいですか",
    ],
)
def test_a_premiums_question_or_a_switch_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護保険料が年金から引かれています。金額の理由を知りたい",
        "介護保険料はいつ払えばいいですか",
    ],
)
def test_the_care_insurance_premium_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- cut marks on an arm


@pytest.mark.parametrize(
    "text",
    [
        "娘の手首に切ったあとがいくつもあります",
        "うでに きったあと ある。ともだち",
        "彼女の太ももにカッターで切ってる傷があった",
        "同じ部活の子がいつも腕に絆創膏を貼ってて、この前切った跡が見えた",
    ],
)
def test_cut_marks_on_an_arm_are_suicide_and_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "手術で腕を切った跡が残っています",
        "料理中に包丁で手首を切った傷がなかなか治らない",
        "転んで腕を切った傷が化膿した",
    ],
)
def test_a_wound_from_surgery_or_an_accident_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- sleep, a racing heart, drinking


@pytest.mark.parametrize(
    "text",
    [
        "全然眠れたことがない",
        "一晩ぐっすり寝られたことがない",
        "夜になると胸がバクバクして眠れない",
        "電話が鳴るだけで心臓がバクバクします",
        "父は一日中酒を飲んで酔っぱらっています",
        "おとうさんは ずっと おさけ のんで ねてる",
    ],
)
def test_no_sleep_a_racing_heart_or_drinking_all_day_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "旅館の布団でこんなにぐっすり眠れたことはない",
        "好きな人と話すと心臓がドキドキする",
        "明日の発表を考えると心臓がバクバクです、楽しみ",
        "週末はいつもお酒を飲んで友達と楽しく過ごしています",
    ],
)
def test_good_sleep_excitement_or_social_drinking_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a young carer's parent cares too


@pytest.mark.parametrize(
    "text",
    [
        "子どもが二人いて、上の子（小5）が下の子の面倒をよく見てくれます。私も父の介護で手が回りません",
        "中2の娘が弟の送り迎えをしてくれています。私は義母の介護で毎日施設に通っています",
        "小6の息子が妹のごはんを作ってくれる。私自身も母の介護で余裕がない",
    ],
)
def test_a_young_carers_parent_who_also_cares_is_double_care(ex, text):
    patterns = ex(text).patterns
    assert "double_care" in patterns
    assert "young_carer" in patterns


@pytest.mark.parametrize(
    "text",
    [
        "高校生です。私も祖母の介護をしていて、弟の世話もしています",
        "中2の娘が祖母の介護を手伝ってくれています。母の介護は娘に任せきりです",
    ],
)
def test_a_young_carer_without_the_writers_own_care_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------------- a child's 「転んだ」 for a bruise


@pytest.mark.parametrize(
    "text",
    [
        "担任している男の子の腕にあざがありました。聞くと「自転車で転んだ」と言いますが、"
        "お父さんの話になると黙ります",
        "孫の足にあざがあって、「公園でこけた」って。でも娘の彼氏が来てから増えた",
        "クラスの女の子の背中にあざ。「階段から落ちた」と言うけど、お母さんを怖がっている",
    ],
)
def test_a_bruised_childs_excuse_is_abuse_not_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母が階段で転んで、腕にあざができました。一人で歩くのが難しくなっています",
        "父がまた転んで、足にあざを作っていた。最近ふらつきがひどい",
    ],
)
def test_a_parent_who_falls_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- unseen for years; full mailbox


@pytest.mark.parametrize(
    "text",
    [
        "近所の家で、80代のお母さんと50代の息子さん。息子さんはもう何年も姿を見たことがありません",
        "隣の息子さん、10年以上顔を見たことがない。親御さんは80代",
        "向かいの家の娘さんはもう何年も姿を見たことがない。お父さんと二人暮らし",
    ],
)
def test_never_seen_for_years_is_hikikomori_not_emergency(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしのおじいさんの家、郵便受けがあふれています",
        "お母さんが亡くなってから、家の明かりもつかず、郵便受けがあふれています",
        "隣のおばあさんちのポストが手紙であふれている",
    ],
)
def test_an_overflowing_mailbox_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "郵便受けにチラシがあふれていて迷惑です",
        "引っ越してきたばかりなので、隣の人の顔を見たことがない",
    ],
)
def test_flyers_or_a_new_neighbour_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis
