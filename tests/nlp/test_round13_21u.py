"""Round 13 (set u, young writers and slang): a neighbour's child left cold or hungry, an
ex-partner's threats, someone not moving in the bath, an older parent not fed and their
pension gambled away, a parent hit by a partner as a child tells it, an overdose slept off;
and what is no crisis now: a drama's scene, 「死ぬ笑」, a DV case settled."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の子、真冬なのに上着も着てなくて震えてる",
        "向かいの家の男の子、雪の日なのに裸足で外に立ってた",
        "同じマンションの小学生の子が「朝から何も食べてない」って言ってうちに来た",
        "近所の子が、昨日からご飯食べてないって言ってました",
        "近所の小さい子、この寒空にいつも薄着で、夜も外にいる",
        "近所の子が「きのうからなにもたべてない」っていってた",
        "隣ん子、ご飯食べとらんって言いよった",
    ],
)
def test_a_neighbours_child_left_cold_or_hungry_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "寒い日なのに半袖で走り回ってる元気な息子です",
        "冬でも半袖で学校に行きたがる息子、どうしたら",
        "息子が「昼ごはん食べてない」って言って帰ってきた。お弁当忘れたらしい",
        "近所の子と雪の日に公園で遊んだ",
        "娘は寒いのに上着を嫌がって着てくれません",
        "冬なのに子どもの上着が買えない。コートも持ってない",
        "娘が友達の家に泊まって朝ごはん食べてないらしい",
    ],
)
def test_a_child_who_chooses_short_sleeves_or_forgot_lunch_is_not_neglected(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "元彼に「別れたら家燃やすぞ」って言われた",
        "元夫から、離婚するなら殺すって脅されてます",
        "別れた彼氏に「別れたら写真ばらまく」って言われて怖い",
        "元カノが家に火つけるぞってLINEしてきた",
        "彼氏に別れ話をしたら「出ていくならお前の親を殺す」と言われました",
        "夫に「逃げたら実家に押しかける」と言われています",
        "元カレがしつこくて、会わないなら死ぬってLINEが来る",
        "元カレにリベンジポルノばらまくって脅されてる",
    ],
)
def test_threats_from_a_partner_or_an_ex_are_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼氏と庭でゴミを燃やした",
        "元カレの写真を全部消した",
        "別れた彼氏と友達として仲良くしています",
        "落ち葉を燃やしていいですか",
        "やる気を燃やして受験をがんばる",
        "離婚したらどうなるか不安です",
        "夫と離婚したら、実家に戻るところです",
        "彼氏に写真をネットに上げてって言われた",
    ],
)
def test_burning_leaves_or_an_ex_who_is_a_friend_is_not_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖母がお風呂で動かない",
        "母が湯船でぐったりしてる！",
        "父が浴槽に沈んでる",
        "夫がトイレで返事がない、鍵がかかってる",
        "ばあちゃんが風呂場で倒れて動かん",
        "祖父が湯船に浸かったまま動かない",
    ],
)
def test_someone_not_moving_in_the_bath_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖母はお風呂で動けないので介助が必要です",
        "父はお風呂で動かないように手すりにつかまっています",
        "息子がお風呂で遊んで出てこない",
        "息子がトイレにこもって返事しない",
        "スマホがお風呂で水没して動かない",
    ],
)
def test_help_in_the_bath_or_a_child_at_play_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_help_in_the_bath_is_care(ex):
    assert ex("祖母はお風呂で動けないので介助が必要です").fields == ("care",)


@pytest.mark.parametrize(
    "text",
    [
        "弟が寝たきりの母にまともにご飯をあげず、母の年金でパチンコばかりしています",
        "姉が認知症の母にご飯をあげていないみたい",
        "兄が要介護の母に食事をあげず放っている",
        "叔父が祖母の年金をパチンコに使い込んでいる",
        "同居の兄がじいちゃんの年金を競馬につぎ込んでいる",
        "弟が母の年金で毎日飲み歩いてる。母は寝たきり",
    ],
)
def test_an_older_parent_not_fed_or_whose_pension_is_gambled_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


def test_the_gambled_pension_is_no_money_trouble_of_the_writer(ex):
    result = ex("兄が父の年金を自分のパチンコに使っています。父は寝たきりです")
    assert "hardship" not in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父は自分の年金でパチンコに行くのが楽しみです",
        "犬にご飯をあげてない",
        "母にご飯をあげたら喜んでくれた",
        "父の年金で家族で遊びに行った",
    ],
)
def test_ones_own_pension_or_a_dogs_dinner_is_not_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パパがママをたたいてた",
        "ママがかれしになぐられてる。こわい",
        "中2です。お母さんの彼氏がお母さんを殴ってる",
        "おかあさんのかれしが、おかあさんをけってた",
        "お父さんがお母さんをけってた",
    ],
)
def test_a_child_who_sees_a_parent_hit_by_a_partner_tells_of_dv_and_abuse(ex, text):
    # The partner's violence is DV; seeing it is 面前DV, psychological abuse of the child.
    assert {"dv", "abuse"} <= set(ex(text).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "母の彼氏が母を殴っているようで心配です",
        "姉の彼氏が姉を殴ってるらしい",
        "母が再婚相手に殴られている",
    ],
)
def test_an_adult_telling_of_a_mother_or_sister_hit_by_a_partner_is_dv(ex, text):
    assert ex(text).crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "ママが弟をたたく",
        "パパとママがけんかしてる",
    ],
)
def test_a_parent_hitting_a_child_or_quarrelling_is_not_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昨日の夜、薬を全部飲んだけど、目が覚めた",
        "おととい薬を大量に飲んで死ねなかった",
        "先週、ためこんだ眠剤をぜんぶ飲んだ。でも起きちゃった",
        "きのう、くすりいっぱいのんだけど、おきちゃった",
    ],
)
def test_an_overdose_slept_off_on_an_earlier_day_is_suicide_not_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "さっき薬を全部飲んだ",
        "薬を全部飲んだ。意識がもうろうとする",
        "昨日の夜、薬を全部飲んだ。さっき目が覚めたけど、まだふらふらする",
    ],
)
def test_an_overdose_now_or_still_felt_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "映画のDVシーンがリアルすぎて怖かった",
        "アニメで自殺するシーンがあってびっくり",
        "ドラマで子どもが虐待される場面があって泣いた",
        "ニュースで虐待の事件を見て胸が痛い",
    ],
)
def test_a_scene_in_a_drama_or_the_news_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("隣の家で虐待の場面を見てしまった", "abuse"),
        ("ドラマみたいに夫に殴られた", "dv"),
        ("ドラマの話をしたら夫に殴られた", "dv"),
    ],
)
def test_a_real_scene_or_a_drama_in_passing_stays_a_crisis(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ﾀﾋぬかと思った 自転車でこけただけ",
        "テスト難しすぎて死んだｗｗ",
        "眠すぎて死ぬ",
        "バイトきつすぎて死にそう笑",
        "推しがかわいすぎて死ぬ",
        "まじ死ぬｗｗｗ",
        "課題多すぎて死ぬｗ",
    ],
)
def test_laughing_or_gushing_about_dying_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいｗ",
        "もう死にたい笑",
        "つらすぎて死にたい",
        "死のうかな笑",
    ],
)
def test_wanting_to_die_with_a_laugh_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "前にDVのことで相談しました。おかげさまで保護命令が出て、今は安心して暮らせています",
        "夫の暴力で別居が決まり、今は実家で穏やかに過ごしています",
        "以前お世話になったDVの件、無事に離婚が成立しました。ありがとうございました",
    ],
)
def test_a_dv_case_settled_is_no_crisis_now(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "以前相談したDVの件、また始まりました",
        "離婚が成立したのに元夫が家まで来る",
        "前にDVのことで相談しました。最近また夫に殴られます",
        "暴力をふるう夫と離婚が成立したのに、今は元夫がつきまとってきて平和な日がない",
    ],
)
def test_dv_that_goes_on_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "80の母と二人暮らし。自分は無職で働けてない。最近母の物忘れがひどい",
        "ひきこもって10年、親はもう80近い。自分はこの先どうなるのか",
        "父は82歳、僕は働けなくて実家にいます",
        "母は78歳。私は無職で、実家で母の年金に頼って暮らしています",
    ],
)
def test_a_grown_child_who_writes_beside_an_old_parent_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "75歳の父と同居しています。私は専業主婦で働いていません。父の物忘れが心配です",
        "80の母と二人暮らし。私は定年退職して今は働いていない",
        "85の母と二人暮らし。私は介護で働けない",
        "85の母と二人暮らしです。私は会社員です",
    ],
)
def test_a_homemaker_a_retiree_or_a_carer_beside_an_old_parent_is_not_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_an_old_parents_age_beside_a_withdrawn_writer_is_not_care(ex):
    result = ex("ニート歴5年、ずっと実家の自分の部屋にいる。親ももう70近いし将来やばい")
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ニュースで8050問題って見て、うちの親も心配になっただけです",
        "テレビでひきこもりの特集を見た。特に困ってはいません",
        "授業でヤングケアラーという言葉を知りました",
    ],
)
def test_a_word_seen_in_the_news_is_no_pattern(ex, text):
    assert ex(text).patterns == ()


def test_a_word_seen_in_class_that_the_writer_owns_still_counts(ex):
    text = "授業でヤングケアラーを知って、自分もそうだと思った。母の介護をしている中学生です"
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "不登校で半年、ずっと家。外出るとか無理",
        "高校やめて1年、ほぼ部屋でゴロゴロ。外出るの怖い",
        "会社やめて2年くらい、ずっと自分の部屋にいる",
    ],
)
def test_months_at_home_in_young_words_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "コロナでずっと家。",
        "今日はずっと家でゴロゴロ",
        "骨折して3ヶ月、ずっと家。早く治したい",
    ],
)
def test_a_day_or_an_injury_at_home_is_not_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ずっと弟の世話と家事で学校もまともに行けてない",
        "母が病気で家事は全部わたし。学校もあんまり行けてない",
        "親が入院してて家事ぜんぶ自分。高校に通いながら弟の弁当も作ってる",
    ],
)
def test_housework_that_costs_school_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "保育園お迎え→実家で母のごはん作り→帰って夕飯。毎日これ",
        "実家で母のごはん作りをしてから、保育園のお迎え",
        "子ども2人を育てながら、義父の家に寄って食事作りをしています",
    ],
)
def test_cooking_for_a_parent_while_raising_children_is_double_care(ex, text):
    result = ex(text)
    assert "double_care" in result.patterns
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫のご飯作りが面倒",
        "子どものご飯作りで毎日バタバタ",
        "母がご飯作りをしてくれるので助かっています",
    ],
)
def test_cooking_for_a_husband_or_the_children_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "中3。母が病気で弟の世話も家事もやってる。バイトして家にお金入れてる",
        "高2。親が働けなくて家事は全部わたし。バイトして家賃も払ってる",
        "親が入院中で妹の世話もしてる。高校行きながら自分が稼いで食費を出してる",
    ],
)
def test_a_young_carer_who_earns_the_households_money_is_hardship(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "hardship" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "高2です。親が生活費を出してくれてるけど家事は全部自分",
        "中2です。部活のあとバイトして推しに使ってる",
        "父が生活費を出しています。私は週末だけバイトしてます",
    ],
)
def test_a_pupils_pocket_money_or_a_parent_who_pays_is_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "スロットで給料ぜんぶ溶けた",
        "投資で貯金が溶けた",
        "競馬で有り金とかした",
    ],
)
def test_money_that_melts_away_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["氷が溶けた", "チョコがとけちゃった", "雪が溶けて道がぐちゃぐちゃ"]
)
def test_melting_ice_is_no_money(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "親に内緒でカウンセリング受けられる所ありますか",
        "カウンセリングに行きたいけどお金がない",
        "彼女にフラれてからメンブレして会社いけてない",
        "病んで学校行けてない。もう1週間",
        "母がアル中で毎晩荒れてる",
        "友達の手首に切り傷がいっぱいあった",
    ],
)
def test_counselling_a_low_that_keeps_one_home_drink_and_cuts_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "カウンセリングの仕事をしています",
        "推しが卒業発表してメンブレ中",
        "ﾀﾋぬかと思った 自転車でこけただけ、ケガなし",
        "転んだけど、けがはなかったです",
        "高2の娘が不登校です。朝になると頭が痛いと言います",
    ],
)
def test_a_counsellors_job_an_idols_news_no_injury_and_a_school_ache_are_not_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "クラスでハブられてて話せる人ゼロ",
        "部活で仲間外れにされてる",
        "クラスLINEで無視されてつらい",
    ],
)
def test_left_out_at_school_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "職場でハブられてる",
        "兄が高校やめてから3年くらい部屋から出てこない",
        "20歳の娘は支援学校を卒業して、今は作業所に通っています",
    ],
)
def test_left_out_at_work_or_long_out_of_school_is_not_a_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "娘が高校をやめてしまいました",
        "息子に知的障害があり、特別支援学校を卒業した後の進路に悩んでいます",
        "息子は来年、支援学校を卒業したら作業所に通う予定です",
    ],
)
def test_a_child_leaving_school_now_or_soon_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護の専門学校に通ってます。奨学金の返済が不安です",
        "介護福祉士の資格の勉強中です",
        "福祉系の専門学校の学費が払えない",
    ],
)
def test_studying_care_as_a_job_is_not_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "祖母が夜中に家出ようとするからマジで目離せない",
        "じいちゃんが夜中に家を出ようとして困る",
        "認知症の母から目離せない",
    ],
)
def test_an_older_person_who_tries_to_leave_at_night_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["息子が家を出ようとしない", "来月、家を出ようと思う", "2歳の息子が目離せない"]
)
def test_a_son_who_stays_ones_own_move_or_a_toddler_is_not_care(ex, text):
    assert "care" not in ex(text).fields
