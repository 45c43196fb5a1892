"""Round 15 (23c): wording from a month of LINE-style messages — "no one would notice if I were
gone", a cared-for parent or a child taken along in a murder-suicide, and frames that are no
crisis (small children hitting a sibling, DV said as a joke, a course or a novel about abuse or
suicide, a missing grandparent found at once, a healthy elder's habit of お迎え); a pupil who
collects a sibling from nursery; fevers, clinics open at night, back pain and harassment at the
limit (health); tax in instalments and nowhere to sleep tonight (hardship)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- no one would notice


@pytest.mark.parametrize(
    "text",
    [
        "誰にも必要とされてない。いなくなっても誰も気づかないと思う",
        "私がいなくなっても誰も困らないよね",
        "このまま消えても誰も気づかんやろ",
        "わしがおらんようになっても誰も悲しまん",
        "僕がいなくなったって誰も探さないと思う",
        "ぼくがいなくなっても だれも きづかない",
        "うちなんかいなくなっても誰も寂しがらんし",
        "明日いなくなっても誰にも気づかれないと思う",
        "しんでもだれもきづかないとおもう",
        "うちがおらんようになっても誰も気にせえへん",
        "私がいなくなっても悲しむ人なんていない",
        "このまま消えても困る人なんておらん",
    ],
)
def test_no_one_would_notice_is_suicide(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫がいなくなっても誰も気づかなかった",
        "父がいなくなっても誰も気づかなかったらどうしようと心配です",
        "電気が消えても誰も気づかない",
        "私が休んでも誰も気づかない職場です",
        "私がいなくても誰も困らないので、今日は会社を休みます",
        "私がいなくなっても誰も困らないように、終活で整理しておきたい",
        "わしがおらんようになっても困る人はおらんように手配しとる",
        "猫がいなくなっても探す人はいないの？",
    ],
)
def test_others_or_things_unnoticed_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- murder-suicide of a dependent


@pytest.mark.parametrize(
    "text",
    [
        "介護に疲れ果てて、父を道連れにしてしまいそうで怖い",
        "認知症の母と心中するしかないと思い詰めている",
        "ばあちゃんを連れて逝こうかと思う夜がある",
        "この子と一緒に死のうと思った",
        "もう無理、子どもたちを連れて死にたい",
        "息子を殺して私も死ぬしかないのか",
        "親子心中という言葉が頭から離れない",
        "もう疲れた。ばあちゃん連れて一緒に死のうかと思うとる",
        "こどもといっしょにしのうかな",
        "この子ら連れて死んだほうが楽なんやろか",
    ],
)
def test_a_dependent_taken_along_is_suicide_and_abuse(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "abuse" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "旅は道連れ世は情け",
        "残業に同僚を道連れにしちゃった笑",
        "ご心中お察しします",
        "推しと心中する覚悟です",
        "ニュースで親子心中の事件を見て悲しくなった",
        "子どもと一緒に死ぬほど笑った",
    ],
)
def test_idioms_of_company_and_news_are_no_crisis(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "suicide" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "介護の末に母を手にかけてしまいそうで怖い",
        "介護がつらくて、このままだと父を殺しかねない",
        "母を殺してしまいそう",
    ],
)
def test_fear_of_killing_a_dependent_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもを連れて死に物狂いで逃げてきた",
        "母を連れて実家に帰ります",
        "子どもを連れて病院に行きました",
        "虫を殺してしまった",
    ],
)
def test_taking_family_along_elsewhere_is_no_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "suicide" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "父を連れて一緒に死のうかと思う夜がある",
        "母を殺してしまいそう",
        "ばあちゃんを道連れにしてしまいそうで怖い",
    ],
)
def test_a_parent_in_a_feared_murder_suicide_is_care_not_child(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields


def test_disappearing_with_an_unborn_baby_is_suicide_only(ex):
    result = ex("妊娠したけど頼れる人がいない。おなかの赤ちゃんと一緒に消えたい")
    assert "suicide" in result.crisis
    assert "abuse" not in result.crisis


# ---------------------------------------------------------------- small children hitting


@pytest.mark.parametrize(
    "text",
    [
        "上の子が赤ちゃん返りして、下の子を叩いてくる。どう接したらいい？",
        "3歳の兄が1歳の妹を叩くので困っています",
        "2歳の娘が私の顔を叩いてくる。イヤイヤ期かな",
        "上の子が下の子を蹴ってしまう。やきもちかな",
        "4才の息子が弟にかみつくんです",
        "二歳の子が私の髪を引っ張って叩く、どうしたら",
        "上の子が下の子に叩かれて泣いてる",
    ],
)
def test_small_children_hitting_is_child_rearing_not_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が上の子を叩く",
        "上の子が、夫に叩かれている",
        "3歳の娘が保育士に叩かれたと言っています",
    ],
)
def test_an_adult_hitting_a_small_child_stays_a_crisis(ex, text):
    assert ex(text).crisis


# ---------------------------------------------------------------- DV said as a joke


@pytest.mark.parametrize(
    "text",
    [
        "夫婦げんかしました笑　夫が私のおやつ勝手に食べた。これDVですよね？😂",
        "彼氏が私のアイス食べた、DVだわ笑",
        "旦那がチャンネル変えてくる、DVやんｗ",
        "妻にお菓子隠された😂これってモラハラ？笑",
        "夫がエアコンの温度勝手に下げる。DVだよね笑",
        "上司に仕事押し付けられた、これ虐待やろｗ",
    ],
)
def test_dv_said_laughing_about_a_trifle_is_no_dv(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼氏に殴られた笑　これDVかな",
        "夫にスマホ取り上げられて毎日見張られてる。これってDVですよね",
        "夫に生活費もらえない、DVかな笑",
        "DVされてます、助けて",
        "旦那が怖い、これってDV？笑えない",
        "カレシにLINE全部チェックされる、DVかなw",
        "うちの子が毎日叩かれてる、虐待かな笑",
    ],
)
def test_dv_with_harm_named_stays_dv_even_with_a_laugh(ex, text):
    assert ex(text).crisis


# ---------------------------------------------------------------- a course, a handout, a novel


@pytest.mark.parametrize(
    "text",
    [
        "保育士です。虐待が疑われる子を見つけたときの連絡先を、研修用にまとめたいです",
        "教員です。虐待の通告の流れを校内研修で説明したいので資料はありますか",
        "民生委員をしています。研修で使うDVの相談先の一覧がほしい",
        "看護学生です。ネグレクトについてレポートで調べています",
    ],
)
def test_abuse_words_for_a_course_are_no_crisis(ex, text):
    result = ex(text)
    assert not result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "保育士です。園児の体にあざがあって、家で叩かれてるみたいです",
        "教員です。生徒が親から虐待されていると打ち明けてくれました、研修で習った通りに通報すべき？",
        "保育士です。夫のDVがひどくて研修にも行けません、助けて",
    ],
)
def test_a_real_case_told_by_staff_stays_a_crisis(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小説で自殺を扱う話を書いています。窓口の描写を確認したい",
        "卒論で若者の自殺について調べています",
        "脚本で自殺を題材にしています",
        "レポートで自殺について書くので統計を知りたい",
    ],
)
def test_suicide_as_the_topic_of_writing_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いてるけど、もう死にたい",
        "自殺をテーマにした小説を読んで、私も死にたくなった",
        "レポートが終わらなくて自殺したい",
    ],
)
def test_the_writers_own_wish_beside_writing_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- missing, then found at once


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが見当たらん！と思ったら隣の部屋におった",
        "父がおらん！と思ったら畑におったわ",
        "母がいなくなった！と思ったら庭で草むしりしてました",
        "じいちゃんがおらんくなった！と思ったら近所の家におった😅",
        "おばあちゃんがいなくなった！とおもったら おふろに いた",
    ],
)
def test_missing_then_found_at_once_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖父がいなくなった！近所を探したけどどこにもおらん",
        "母が行方不明です。近所を探したけどまだ見つかってない",
        "認知症の父がいなくなった。家にいたはずなのに",
    ],
)
def test_still_missing_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんがいなくなった！と思ったら近所におった。でも最近こういうこと増えとる",
        "母がまた見当たらなくなって、近所の人が連れて帰ってくれた。これで3回目です",
        "父がふらっといなくなることが何度もあって心配",
    ],
)
def test_an_older_parent_often_missing_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が迷子になった、と思ったらおもちゃ売り場にいた。最近こういうこと多い",
        "猫がいなくなることが何度もある",
    ],
)
def test_a_child_or_pet_often_missing_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a healthy elder's お迎え


@pytest.mark.parametrize(
    "text",
    [
        "祖母は「早くお迎えが来てほしい」が口癖ですが、毎日元気に畑に出ています",
        "じいちゃん、昔から「はよお迎え来んかのう」が口ぐせ。でもピンピンしとる",
        "ばあちゃんは「早うお迎えが来んかねえ」が口癖やけど、元気でカラオケ行っとる",
    ],
)
def test_a_healthy_elders_habit_of_saying_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が最近「早くお迎えが来ないかな」ってよく言う。食欲もない",
        "父は口癖のように「早くお迎えが来てほしい」と言う。最近は寝てばかり",
        "ばあちゃんが「もうお迎えが来てもええ」って口癖みたいに言う",
    ],
)
def test_an_elders_wish_with_a_change_or_no_sign_of_health_stays(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a sibling collected from nursery


@pytest.mark.parametrize(
    "text",
    [
        "妹の保育園のお迎えが毎日おれの係。母ちゃん夜勤だから部活でれん",
        "弟の学童のお迎えがあるから部活やめた",
        "中2です。毎日妹の保育園のお迎えに行ってて友達と遊べない",
        "ちびたちの送り迎えで放課後なにもできん",
    ],
)
def test_a_pupil_collecting_a_sibling_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妹の保育園のお迎えって何時までですか",
        "下の子の保育園のお迎えがあるので、上の子の部活の送迎ができません",
        "妹の保育園のお迎えは夫がしてくれています",
    ],
)
def test_a_nursery_pick_up_without_a_pupil_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- health


@pytest.mark.parametrize(
    "text",
    [
        "息子が38.5度の熱を出しました",
        "娘が40℃近い熱でぐったりしてる",
        "夜もやってる整形外科ある？",
        "今日やってる歯医者さん知りませんか",
        "日曜も開いてる内科を探しています",
        "休日当番医はどこで調べられますか",
        "倉庫で働いてます。腰やばい…",
        "腰がもう限界、立ってられない",
        "職場でパワハラ受けてもう限界です",
        "上司のパワハラで眠れない日が続いてる",
    ],
)
def test_fevers_clinics_back_pain_and_harassment_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "38度の熱湯でお風呂に入る",
        "お風呂は40度くらいのお湯がいい",
        "市役所は土日もやってる？",
        "小児科の先生です。夜間の相談体制について知りたい",
        "病院で夜勤をしています",
        "腰を据えて話を聞きたい",
        "上司に褒められた、もう無理って思ってた仕事が終わった",
        "パワハラの相談窓口はどこですか",
        "犬がぐったりしてる、夜でも開いてる動物病院はどこ",
    ],
)
def test_temperatures_opening_hours_and_jobs_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- hardship


@pytest.mark.parametrize(
    "text",
    [
        "市民税の分割払いをお願いしたいです",
        "国保の保険料を分納したいです",
        "税金の支払いを待ってもらえないか相談したい",
        "家賃の分割はできますか",
        "夫とけんかして飛び出してきた。今夜どこに泊まればいいの",
        "今夜どこで寝ればいいかわからない",
        "今晩どこへ行けばいいのか、お金もない",
    ],
)
def test_instalments_and_nowhere_to_sleep_tonight_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "スマホを分割払いで買いました",
        "住民税の納付書をなくしました",
        "今夜はどこに泊まるか決めてない、旅行中で楽しい",
        "今日はどこに行けばいいですか？市役所の場所がわからない",
    ],
)
def test_shopping_on_credit_and_directions_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields
