"""Round 13 (set V): crises told without crisis words, and crisis words that are no crisis."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- pulled toward the tracks


@pytest.mark.parametrize(
    "text",
    [
        "駅のホームに立つと、ふっと吸い込まれそうになる。疲れてるだけかな",
        "ホームで電車を待っていると、線路に吸い寄せられる感じがする",
        "電車が入ってくると、ふらっと飛び込んでしまいそうで怖いです",
        "踏切の前に立つと、なんだか一歩踏み出しそうになる",
        "駅のホームの端に立つと、体が勝手に前に出そうになります",
        "えきの ほーむに たつと すいこまれそうに なる",
        "通勤の電車を待ってる間、すーっと線路に引き込まれそうになった",
    ],
)
def test_being_pulled_toward_the_tracks_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "駅前のイルミネーションがきれいで吸い込まれそうだった",
        "電車に吸い込まれるように人が乗っていく",
        "電車の中で吸い込まれそうな青空の写真を撮った",
        "駅のホームで子どもが線路に帽子を落としました",
        "ホームで電車を待っていたら、足を踏み出した瞬間に転んでしまった",
        "老人ホームへの入居、一歩踏み出したくても迷っています",
        "電車で席を譲ろうと、体が勝手に動いた",
    ],
)
def test_a_view_or_a_crowd_at_the_station_is_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a parent's urge to smother


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣きやまないと、口をふさぎたくなる瞬間があります。まだ何もしてないけど",
        "夜泣きがひどくて、息子の口を手でふさいでしまいそうになる",
        "泣き止まない娘の顔に枕を押し付けたくなる時がある",
        "生後2か月の子が泣きっぱなしで、赤ちゃんを投げつけたくなる",
        "ギャン泣きされると口を塞ぎたくなって怖い",
    ],
)
def test_an_urge_to_smother_or_throw_a_crying_baby_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもには咳をするとき口をふさぐように教えています",
        "赤ちゃんの鼻水がつまって鼻がふさがっているみたい",
        "娘が「耳をふさぎたくなる」と言うほど夫婦げんかがうるさい",
        "赤ちゃんを抱っこしていて落としそうになった",
        "娘が文句ばかり言うので口をふさぎたくなる",
    ],
)
def test_covering_a_cough_or_a_blocked_nose_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- crying and shouting next door


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋から毎晩、子どもの泣き声と「うるさい！」って怒鳴る声がします。昨日はドンって大きな音も",
        "上の階から子どもが泣いている声が聞こえます。母親がすごい声で怒鳴っていて心配です",
        "隣の家から毎日ギャン泣きと叩くような音がする",
        "近所のお宅、夜になると泣き叫ぶ声とバンって何かを叩く音がします",
        "下の階の家から、子どもが泣いてて親が怒鳴ってるのが毎晩聞こえる",
    ],
)
def test_a_child_crying_and_an_adult_shouting_next_door_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもの夜泣きで、隣の人に怒鳴られました",
        "隣の赤ちゃんの泣き声がうるさくて眠れない",
        "イヤイヤ期で泣いてばかり、つい怒鳴ってしまう。近所に聞こえてないか心配",
        "ドラマで子どもが泣いて父親が怒鳴る場面があって、隣で見ていた娘が怖がった",
        "隣の家の赤ちゃんが泣いてて、私が大きな音を立てたせいかと心配",
        "私が怒鳴る声で隣の部屋の子が泣いてしまった",
        "近所の子が泣いてもドンと構えていられる母親になりたい",
    ],
)
def test_a_neighbours_complaint_or_ones_own_shouting_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a child says a parent hit them


@pytest.mark.parametrize(
    "text",
    [
        "娘から「パパにたたかれた」と聞きました。夫は否定しています。どちらを信じれば",
        "息子が、お父さんに殴られたと言っています。夫は覚えていないと言います",
        "娘が泣きながら「ママにぶたれた」って。妻は躾だと言っています",
        "息子がパパにぶたれたって言うんです。夫は違うと言います",
    ],
)
def test_a_child_who_says_a_parent_hit_them_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られています",
        "娘が、パパに叩かれるママを見て泣いていました",
        "息子の前で夫に叩かれました",
    ],
)
def test_the_writer_hit_by_a_partner_is_still_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- an older person not fed


@pytest.mark.parametrize(
    "text",
    [
        "祖母が「嫁がご飯くれへん」て言うてます。ほんまかどうか分からんけど、会うたびに痩せてる",
        "祖父が「ご飯をくれない」と言っています。痩せてきた",
        "認知症の母が、兄にご飯もろくにもらえんと言う",
        "ばあちゃんが「飯をくれねえ」とこぼしてる",
    ],
)
def test_an_older_person_given_no_meals_is_abuse_and_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫がご飯を作ってくれないので、子どもと外食ばかり",
        "孫がご飯を食べてくれない",
        "猫がご飯くれって鳴く",
        "祖母がご飯を作ってくれるので助かっています",
    ],
)
def test_a_picky_eater_or_a_partner_who_does_not_cook_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- threats made through one's family


@pytest.mark.parametrize(
    "text",
    [
        "彼氏に別れたいって言ったら「お前の家族がどうなってもいいんだな」って言われた",
        "夫に「実家に何があっても知らないぞ」と脅されています",
        "旦那が、離婚するなら子どもがどうなっても知らんからなって言う",
        "彼に「お前の親に手を出すぞ」と言われて怖い",
        "元カレから「家族に危害を加えるぞ」ってLINEが来る",
    ],
)
def test_a_partner_threatening_ones_family_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫と喧嘩して、もう家族がどうなってもいいと思ってしまう",
        "夫は家族がどうなってもいいみたいで、家事も育児もしない",
        "先生に「このままだと子どもがどうなっても知らないよ」と言われた",
    ],
)
def test_despair_or_a_teachers_warning_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- signs of a stroke


@pytest.mark.parametrize(
    "text",
    [
        "夫が急にろれつが回らなくなって、ソファでぐったりしてます",
        "父のろれつが回ってない。右手にも力が入らないみたい",
        "さっきから母の呂律があやしい、顔も片方ゆがんでる気がする",
        "朝起きたら祖父の右半身が急に動かなくなってた",
        "おばあちゃんが突然ろれつが回らなくなった",
        "じいちゃんがさっきからろれつ回っとらん",
        "母が急に話せなくなって、右手が動かない",
    ],
)
def test_sudden_slurred_speech_or_a_limp_side_is_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が酔っぱらってろれつが回らない",
        "眠くてろれつが回らないw",
        "脳梗塞の後遺症でろれつが回りにくい父の介護をしています",
        "ろれつが回らないくらい飲んで帰ってきた",
        "酔うてろれつ回っとらん",
    ],
)
def test_drink_sleepiness_or_an_old_stroke_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- learning to answer 「死にたい」


@pytest.mark.parametrize(
    "text",
    [
        "「死にたい」と打ち明けられたときの対応を学ぶゲートキーパー研修って、一般の市民も受けられますか？",
        "死にたいと言われた時の接し方を学べる講座はありますか",
        "ゲートキーパー養成講座で「死にたい」と言われたらどうするか練習しました",
    ],
)
def test_training_to_answer_someone_who_wants_to_die_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達に「死にたい」と言われたとき、どうしたらいいか分かりませんでした",
        "「死にたい」と思ったときの対処を学びたい",
        "毎日死にたいと思いながら研修に通っています",
    ],
)
def test_a_real_wish_to_die_beside_learning_still_is(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a missing person already found


@pytest.mark.parametrize(
    "text",
    [
        "先月は認知症の母が行方不明になり、無事に見つけていただきありがとうございました。GPSの貸し出しは",
        "父が徘徊でいなくなったけど、警察に保護されました。今後の対策を相談したいです",
        "昨日、息子が帰ってこなかったのですが、夜中に無事に帰ってきました",
    ],
)
def test_a_missing_person_already_found_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が行方不明です。早く見つけてください",
        "父がいなくなりました。まだ見つかりません",
        "認知症の父が朝から見当たりません。保護されたら連絡をもらえますか",
    ],
)
def test_a_person_still_missing_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- DV named and denied


@pytest.mark.parametrize(
    "text",
    [
        "DVって最近よく聞くけど、うちの夫は優しいので関係ないです笑 保育園の申し込みはいつですか？",
        "モラハラの記事を読んだけど、うちは大丈夫そう。それより子どもの偏食の相談です",
        "うちの夫はDVとは無縁ですが、家事をしません",
    ],
)
def test_dv_named_only_to_say_it_does_not_apply_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "DVって関係ないと思ってたけど、最近夫に怒鳴られて怖い",
        "これってDVですか？夫が生活費をくれません",
        "DVの相談をしたいです",
    ],
)
def test_dv_asked_about_still_is(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- scars of old self-harm


@pytest.mark.parametrize(
    "text",
    [
        "もう何年もやってないけど、リスカの跡を目立たなくする治療って保険きく？",
        "昔の自傷の跡を消したいです。形成外科でできますか",
        "リストカットの傷跡を消すレーザーってどこでできますか",
    ],
)
def test_treating_old_self_harm_scars_is_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "リスカの跡が増えていく。やめられない",
        "リスカの跡を消したいけど、また切りたくなる",
        "リスカの跡を隠すために夏も長袖を着てる",
    ],
)
def test_self_harm_going_on_still_is(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a boyfriend who stopped answering


@pytest.mark.parametrize(
    "text",
    [
        "妊娠したけど、彼と連絡取れなくなった。産むかどうかも、お金のことも決められない",
        "お腹の子の父親と連絡がつかなくなりました",
        "妊娠を伝えたら、彼とはもう連絡が取れません",
    ],
)
def test_a_boyfriend_out_of_touch_is_no_missing_person(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫と連絡が取れません。昨日から帰ってきていません",
        "娘と連絡が取れない。妊娠中なのに",
        "昨日の夜、薬をたくさん飲んだ。それから彼と連絡がつかない",
    ],
)
def test_a_husband_or_daughter_out_of_touch_or_an_overdose_still_is(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- an older person neglected


@pytest.mark.parametrize(
    "text",
    [
        "近所のおばあちゃん、息子さんと住んでるのにいつも同じ服で、ご飯もちゃんと食べてないみたい",
        "向かいのおじいちゃん、最近いつも同じ服で、お風呂にも入れてもらえてないみたい",
        "近所のおじいさん、息子さんと二人暮らしなんですが、ご飯もちゃんともらってないみたいです",
    ],
)
def test_signs_of_neglect_of_an_older_person_are_abuse_and_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "近所の子が、おばあちゃんと住んでるのにいつも同じ服でお腹をすかせています",
        "近所の女の子、おじいちゃんと二人暮らしで、いつも同じ服を着ています",
    ],
)
def test_signs_of_neglect_of_a_child_who_lives_with_a_grandparent_are_no_elder_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" not in result.fields


# ---------------------------------------------------------------- shut in since last year


@pytest.mark.parametrize(
    "text",
    [
        "中2です。去年の夏から学校行ってなくて、ほとんど部屋から出てない",
        "息子は去年の春からずっと部屋にこもっています",
        "高1の娘が、おととしから家から出られなくなりました",
    ],
)
def test_shut_in_since_last_year_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "去年の夏から部活を始めて、毎日家にいない",
        "去年から母の介護で家から出られない",
        "去年の夏から娘と二人で暮らしています",
    ],
)
def test_out_every_day_or_at_home_to_care_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "小6です。おばあちゃんがひとりでトイレに行けないから、学校から帰ったらわたしがてつだってます",
        "中1です。お母さんが足をけがしてお風呂に入れないので、毎日ぼくが手伝っています",
        "おかあさん びょうき。にほんご わからない。わたし びょういん いっしょ いって つうやく"
        " する。だから がっこう やすむ",
        "隣のお宅、お母さんが入院してから、小学生のお姉ちゃんが弟のご飯を作ったり洗濯したりしてる"
        "みたいです",
        "近所の中学生の娘さんが、寝たきりのお父さんの世話をしているそうです",
    ],
)
def test_a_child_who_helps_or_interprets_for_the_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母がトイレに行けないので、私が毎日手伝っています。仕事との両立がつらい",
        "熱が出たので学校を休ませました",
        "小学生のお姉ちゃんが二人います。夫の母の介護もしています",
    ],
)
def test_an_adult_carer_or_a_sick_day_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- school years and classes


@pytest.mark.parametrize(
    "text",
    [
        "小４の息子が塾から帰ってきません",
        "中2の娘の反抗期に悩んでいます",
        "発達グレーと言われた娘、中学は支援級か通常級か迷ってます",
        "ADHDの診断が出た小1の息子、放課後デイってどう探せばいい？",
    ],
)
def test_a_school_year_or_class_is_about_a_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "仕事の途中1回休憩をとりました",
        "集中1時間でへとへと",
        "小一時間待たされました",
    ],
)
def test_words_with_a_number_after_a_kanji_are_no_school_year(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ADHDの診断が出た小1の息子、放課後デイってどう探せばいい？",
        "放課後デイの空きがなくて困っています",
        "放課後等デイを探しています。障害のある子です",
    ],
)
def test_an_after_school_day_service_is_no_elderly_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "disability" in result.fields


# ---------------------------------------------------------------- teaching a child


@pytest.mark.parametrize(
    "text",
    [
        "ゲームで「氏ね」って言われたって息子が怒ってた。ネットのマナーってどう教えたらいいんですかね",
        "娘にスマホのルールをどうやって守らせたらいいか、どう伝えればいいですか",
        "息子に嘘をつかないことをどう言い聞かせればいいでしょう",
    ],
)
def test_how_to_teach_ones_son_or_daughter_is_about_a_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "部下にビジネスマナーをどう教えたらいいですか",
        "大学生の息子にお金の使い方をどう教えたら",
        "新人さんにどう教えればいいか悩んでいます",
        "長男ですが、父の病気のことを母にどう伝えたらいいか",
    ],
)
def test_teaching_a_colleague_or_a_grown_son_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- drink


@pytest.mark.parametrize(
    "text",
    [
        "担任しているクラスの生徒が、お酒の問題を抱えた父親の世話で遅刻が多いです",
        "夫がお酒に逃げるようになって、借金まで作ってきました",
        "父が酒に溺れて仕事にも行かない",
        "親がアル中で家事ぜんぶ自分",
    ],
)
def test_a_drink_problem_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "居酒屋に逃げ込んで雨宿りした",
        "ドラマで主人公がリスカする場面があって、娘と見てて気まずかった笑 児童手当の振込日は？",
        "お酒の席で上司の話から逃げるのが大変",
    ],
)
def test_a_pub_or_a_drama_scene_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text",
    [
        "給料日前で米しかない。腹減って死にそう",
        "給料日まであと5日なのにお金が足りない",
        "ﾊﾟﾁﾝｺやめられへん。給料ぜんぶ消える",
        "精神障害者保健福祉手帳を持っています。一人暮らしをしたいけど保証人がいません",
        "子どもの高校の奨学金について相談したいです",
    ],
)
def test_more_ways_of_saying_money_is_short(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "給料日前でわくわくする",
        "保証人は父がなってくれました",
        "90の父と60の姉が二人暮らし。お金は今のところなんとかなってるけど、父の物忘れが増えてきた",
        "給料は全部夫が管理していて、私は自分のお金を一円も持たせてもらえません",
    ],
)
def test_money_that_is_managing_or_held_by_a_partner_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_money_asked_to_be_managed_still_is(ex):
    assert "hardship" in ex("お金がなんとかならないか相談したいです").fields


@pytest.mark.parametrize(
    "text",
    [
        "給料は全部夫が管理していて、私は自分のお金を一円も持たせてもらえません",
        "夫に財布を持たせてもらえない",
        "彼氏にお金を触らせてもらえない",
    ],
)
def test_money_kept_from_one_by_a_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- work, news and no one to lean on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("介護施設で夜勤をしています。虐待防止の研修はどこで受けられますか", "care"),
        ("特養で働いています。夜勤明けがつらい", "care"),
        ("民生委員です。独居高齢者の見守り名簿の更新はいつ頃でしょうか", "care"),
    ],
)
def test_work_in_care_is_no_care_matter(ex, text, label):
    assert label not in ex(text).fields


def test_a_lonely_mother_still_needs_watching(ex):
    assert "care" in ex("ひとり暮らしの母が心配で、見守りサービスを使いたい").fields


@pytest.mark.parametrize(
    "text",
    [
        "昨日のニュースで孤独死の話を見て、ちょっと考えちゃいました。うちは家族と住んでるので大丈夫",
        "テレビで孤独死の特集をやっていました",
        "新聞の孤独死の記事を読みました",
    ],
)
def test_lonely_deaths_in_the_news_are_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_fearing_a_lonely_death_oneself_is_isolation(ex):
    assert "isolation" in ex("誰とも話さない毎日で、このまま孤独死するのかと思う").patterns


@pytest.mark.parametrize(
    "text",
    [
        "80の父が認知症で、私は非正規で収入が少なく、自分もうつで通院中です。兄は音信不通で頼れません",
        "母は85歳。50代の私には兄弟もいなくて誰にも頼れない",
        "親には頼ることができません。父は80で入院中です",
    ],
)
def test_no_one_to_lean_on_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_a_son_who_lives_on_his_mothers_pension_still_is_8050(ex):
    assert "8050" in ex("母は80歳、50歳の兄が仕事をせずに母の年金に頼りきりです").patterns
