"""Round 13 (set s): a child shouting 「死ね死ね」, a shop's phone line, saving up for fun, kana
read as people, news and drills, a care job, talking to no adult, a young carer who 「見ている」,
dialect 「出えへん」 and ages 「70越え」, a collapse with no response, an older neighbour not fed,
a teenager who left school, children hiding with the writer."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a child shouting 「死ね」


@pytest.mark.parametrize(
    "text",
    [
        "死ね死ねって息子が叫んでる",
        "「死ね」って息子が毎日叫ぶんです",
        "息子が死ね死ね言うてくる",
        "中学生の息子が、死ねクソババアって怒鳴ってくる",
        "娘が私に向かって死ね死ねとわめきます",
        "しねしねって下の子が毎日言ってきます",
    ],
)
def test_a_child_shouting_die_at_someone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死ねって毎日自分に言い聞かせてる",
        "自分に死ね死ねって言ってしまう",
        "死ねって思う",
        "自分なんか死ねばいい",
        "息子が「死にたい」って叫んでいます",
    ],
)
def test_die_said_to_oneself_or_a_wish_to_die_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a shop's phone line


@pytest.mark.parametrize(
    "text",
    [
        "二日前から電話がつながらないとお客さんに言われた",
        "昨日から店の電話がつながらないって常連さんに言われました",
        "おとといから会社の電話がつながらないと取引先から連絡がありました",
        "3日前から事務所の固定電話がつながりません。回線の問題でしょうか",
        "昨日から電話がつながらないとお客様から苦情が来ています",
    ],
)
def test_a_shop_or_office_line_out_of_order_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昨日から父の電話がつながらない",
        "二日前から兄に電話がつながりません",
        "昨日から店をやってる父に電話がつながらない。店にもいない",
        "昨日から実家の電話がつながらない",
    ],
)
def test_a_relative_unreachable_since_yesterday_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- saving up for fun


@pytest.mark.parametrize(
    "text",
    [
        "お金をためて旅行に行きたい",
        "お金を貯めて車を買いたいです",
        "コツコツお金を貯めて、来年は海外旅行に行く予定です",
        "推しのライブのためにお金を貯めています",
        "おかねをためてゲームを買いたい",
    ],
)
def test_saving_money_for_fun_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金を貯めたいけど、給料が少なくて毎月赤字です",
        "お金をためて家賃を払わないといけない",
        "お金がなくて旅行にも行けない",
        "お金が貯まらない、生活が苦しい",
    ],
)
def test_money_short_beside_saving_is_still_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- kana read as people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("昨日、薬を大量に飲んでしまいました。今は家にいます", "sibling"),
        ("仕事で失敗してしまいました", "sibling"),
        ("もうおしまいだ", "sibling"),
        ("おい、聞いてるのか", "child"),
        ("おや、雨だ", "parent"),
        ("おっと、忘れてた", "spouse"),
    ],
)
def test_kana_words_are_not_read_as_people(ex, text, person):
    assert person not in ex(text).persons


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("姉妹で母の介護をしています", "sibling"),
        ("うちは3人姉妹です", "sibling"),
        ("おっとがこわい", "spouse"),
    ],
)
def test_people_written_so_are_still_people(ex, text, person):
    assert person in ex(text).persons


# ---------------------------------------------------------------- news, words and drills


@pytest.mark.parametrize(
    "text",
    [
        "ニュースで高齢者の孤独死のことを見ました。自治会でも見守り活動を始めたいので、担当の課は",
        "テレビで児童虐待の特集を見て胸が痛くなりました。寄付できる団体はありますか",
        "ニュースで子どもの虐待事件を見て胸が痛みます。何かできることはありますか",
        "「8050問題」という言葉をテレビで聞きました。どういう意味ですか？",
        "7040問題って何ですか",
        "ヤングケアラーとは何ですか",
        "ダブルケアってどういう意味ですか",
        "町内会で見守り活動をしています。研修はありますか",
    ],
)
def test_news_a_words_meaning_or_a_neighbourhood_watch_is_no_concern(ex, text):
    result = ex(text)
    assert result.fields == ()
    assert result.patterns == ()
    assert result.crisis == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("一人暮らしの母が孤独死しないか心配です", "isolation"),
        ("うちはまさに8050問題です。息子は50で家から出ません", "8050"),
        ("最近胸が痛くて息苦しいです", "health"),
        ("朝から胸が痛い。病院に行った方がいい？", "health"),
        ("走ってみて胸が痛くなった", "health"),
        ("転んで胸を痛めた", "health"),
    ],
)
def test_ones_own_worry_beside_those_words_still_counts(ex, text, label):
    result = ex(text)
    assert label in result.fields + result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "町内会の防災訓練で、倒れている人を見つけたときの対応を練習したいです。講師を派遣してもらえますか",
        "救命講習で倒れた人への対応を習いたい",
        "道で人が倒れたときの対応を教えてください",
        "倒れている高齢者を見つけた場合の対処法を知りたい",
    ],
)
def test_a_drill_for_someone_who_collapses_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今、道で倒れている人がいます。どうしたらいいですか",
        "防災訓練の最中に祖父が倒れて意識がない",
        "講習の帰りに母が倒れた",
    ],
)
def test_someone_who_collapses_now_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a care job


@pytest.mark.parametrize(
    "text",
    [
        "特養で介護職をしています。夜勤明けで窓口に行けないので、住民票をオンラインで取る方法を教えて",
        "老人ホームの職員です。有給の取り方で相談です",
        "介護施設で夜勤をしています。市民税の支払い方法を教えてください",
        "グループホームでパートをしています",
    ],
)
def test_working_in_a_care_home_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "特養の職員に父が叩かれたようです",
        "老人ホームの職員です。母の介護のことで相談したいです",
        "特養に入っている母のことで相談です",
    ],
)
def test_a_care_home_in_ones_family_is_still_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- talking to no adult


@pytest.mark.parametrize(
    "text",
    [
        "夫は出張ばかりで、昼間はずっと赤ちゃんと二人きり。最後に大人と話したのは何日前だろう…",
        "育休中で、もう何日も大人と話してない",
        "毎日子どもとしか話していなくて、大人と話したい",
        "平日は一日中赤ちゃんと二人っきりで気が狂いそう",
    ],
)
def test_a_parent_who_talks_to_no_adult_is_isolated(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "子どもと二人きりで旅行に行きたい",
        "大人と話すのが苦手です",
        "子どもと話す時間を増やしたい",
    ],
)
def test_time_alone_with_a_child_or_shyness_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a young carer who 「見ている」


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。おばあちゃんが認知症で、学校から帰ったらずっとみてます。友達と遊べない",
        "弟に重い障害があって、親が仕事の日は私が学校を休んで見ています。小6です",
        "中2です。お母さんがうつで、毎日わたしがみています",
        "高1。じいちゃんが寝たきりで、夜中は俺が看てる",
        "小5です。妹が小さいので、ママがいない日はわたしがみています",
        "小6です。親が仕事の日は学校休んで弟みてる",
        "中1。母が入院中で、学校を休んで見ています",
    ],
)
def test_a_pupil_who_looks_after_family_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。学校から帰ったらずっとテレビを見てます",
        "中学生です。私がずっと見てる動画があって",
        "息子が学校から帰ったら、ずっと私が見ています",
        "息子が学校を休んで見ています",
    ],
)
def test_watching_television_or_a_parent_watching_a_son_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- 「出えへん」, 「70越え」


@pytest.mark.parametrize(
    "text",
    [
        "息子がもう5年も部屋から出てけえへん",
        "兄はもう10年、家から一歩も出やんのです",
        "息子は3年間ずっと家から出らん",
        "もう何年も部屋から出てこおへん息子がおります",
    ],
)
def test_staying_in_for_years_in_dialect_is_hikikomori(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "abuse" not in result.crisis  # 出てけえへん: not 「出てけ」


def test_staying_in_because_of_rain_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("今日は雨やから家から出えへん").patterns


@pytest.mark.parametrize(
    "text",
    [
        "うちの娘、30過ぎてもう何年も家から出えへんのです。うちらももう70越えてしもて、どないしたらええか",
        "息子は40過ぎても働かず家にいます。私らも80超えました",
        "娘がもう何年も部屋から出てきません。私ももう七十超えてます",
    ],
)
def test_a_withdrawn_child_of_parents_past_seventy_is_8050(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "体重がもう70超えてしまった。ダイエットしたい",
        "息子は偏差値も70超えで、毎日家で勉強しています",
        "気温はもう30超え。熱中症が心配",
    ],
)
def test_a_weight_or_a_score_past_seventy_is_no_age(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "8050" not in result.patterns


# ---------------------------------------------------------------- a collapse with no response


@pytest.mark.parametrize(
    "text",
    [
        "夫が急に倒れて、話しかけても反応がありません",
        "父が倒れた。呼んでも反応がない",
        "母が台所で倒れてて、声をかけても返事がありません",
        "祖母が意識を失った",
        "夫が気を失って倒れた",
    ],
)
def test_someone_collapsed_without_response_is_an_emergency_and_health(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "気を失いそうなくらい忙しい",
        "倒れそうなくらい疲れて、LINEの返事もしていない",
        "貧血で気を失ったことがあります",
    ],
)
def test_an_idiom_or_a_past_faint_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- an older neighbour not fed


@pytest.mark.parametrize(
    "text",
    [
        "近所のおじいさん、息子さんと二人暮らしなんですが、暖房もつけず薄着で、ご飯ももらってないみたい",
        "近所のおばあさん、娘さんと二人暮らしなんだけど、ご飯を食べさせてもらってないみたいで痩せてきた",
        "隣のおじいちゃんが、同居の息子さんにご飯をもらえていないようです",
        "近所のお年寄りが、家族に食事を出してもらえていないみたいで心配です",
    ],
)
def test_an_older_person_not_fed_by_family_is_care_and_abuse(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "abuse" in result.crisis


def test_a_child_not_fed_at_a_grandmothers_is_not_elderly_care(ex):
    assert "care" not in ex("娘がご飯をもらえていないみたい。おばあちゃんの家に預けている").fields


# ---------------------------------------------------------------- a teenager who left school


@pytest.mark.parametrize(
    "text",
    [
        "高校を中退してから2年、ほとんど部屋から出ていません。外に出るのが怖い",
        "高校を中退して1年、ずっと家にいます。このままでいいのかな",
        "中学を卒業してから半年、どこにも行かず部屋にいます",
        "高校やめてから2年、バイトもしてなくて家から出れない",
    ],
)
def test_a_writer_who_left_school_a_year_or_two_ago_is_a_teenager(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "高校を中退して10年、ずっと家にいます",
        "25歳です。高校を中退してから2年は働いていました",
        "高校を卒業してから2年、部屋から出ていません",
    ],
)
def test_an_adult_who_left_school_long_ago_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- children hiding with the writer


@pytest.mark.parametrize(
    "text",
    [
        "夫が包丁を持って暴れています。子どもと一緒にトイレにかくれてます",
        "旦那がナイフ振り回してる、子どもたちと押し入れに隠れています",
        "彼氏が暴れてるので、子どもを連れて車に逃げてます",
    ],
)
def test_children_hiding_with_the_writer_from_a_partner_are_dv_not_a_child_matter(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が子どもの前で私を殴ります。子どもと一緒に実家に逃げたい",
        "夫が怒鳴って、子どもにも手をあげる。子どもと逃げたい",
        "妊娠中です。夫に殴られて実家に逃げました",
    ],
)
def test_a_child_who_sees_or_is_hit_or_a_pregnancy_is_still_a_child_matter(ex, text):
    assert "child" in ex(text).fields
