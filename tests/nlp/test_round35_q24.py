"""Round 35 (43q24): older residents of 大田市 writing in Iwami speech (〜よる, 〜とる, けぇ,
言うとる). Being a burden said as 「わしがおらんほうが…迷惑にならん」; drowning thought of as
「川に入ってしまおうか」; sleeping pills taken written in kana (ねむりぐすり ぜんぶのんだ); an
old parent's 「わしが死んだらと思うと」 (life after the parent, no suicide); a mind fallen ill
(心を病んで); staying in after a death (家から出る気にならん) and seeing no one (誰とも会うとらん);
days without using one's voice; a son who never worked and stays at home; 8050 seen on the
news (8050問題いうの); the quote without と (「殺す」言うとる, 転んだゆうとる); a wallet taken by a
partner; a watch call declined; an old writer asking about a home for themself; a kin's or
the writer's own stay in hospital told as the reason or the past; a stroke long behind care;
the strain of caring (体がもたん) in dialect; siblings who do not come to help; a tale set
aside before another question."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a burden: おらんほうが


@pytest.mark.parametrize(
    "text",
    [
        "わしがおらんほうが、せがれの迷惑にならんのじゃないかと思う",
        "わたしなんかおらんほうが娘の負担にならんじゃろうね",
        "いっそ、おらんほうが家のもんの重荷にならんのよ",
    ],
)
def test_better_gone_so_as_to_be_no_burden_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "わしが家におらんほうがヘルパーさんの迷惑にならんじゃろ",
        "会議にわしがおらんほうが若いもんの負担にならん",
        "息子がおらんほうが家が静かでええ",
    ],
)
def test_being_out_of_a_place_or_someone_else_gone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- drowning: 川に入ってしまおうか


@pytest.mark.parametrize(
    "text",
    [
        "ばあさんに先立たれて、海に入ってしまおうかと思う晩がある",
        "もう疲れた。池に沈んでしまおうかと考える",
        "ひとりで川に入ってしまいたいと思うことがあるんよ",
    ],
)
def test_going_into_the_water_for_good_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夏は孫と川に入って遊ぶのが楽しみじゃ",
        "鮎をとりに川に入ろうと思う",
        "今日は暑いけぇ海に入って泳いできた",
    ],
)
def test_going_into_the_water_to_play_or_fish_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- sleeping pills in kana


@pytest.mark.parametrize(
    "text",
    [
        "ねむりぐすり いっぱい のんだ",
        "眠り薬を全部飲んでしもうた。もうええ",
        "ねむりぐすりを ありったけ のみました",
    ],
)
def test_sleeping_pills_all_taken_is_suicide_and_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ねむりぐすりを もらって きました",
        "眠り薬は毎晩一錠だけ飲んどります",
        "ねむりぐすりを ぜんぶのんだことが むかしある",
    ],
)
def test_sleeping_pills_taken_as_told_or_long_ago_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- わしが死んだらと思うと


@pytest.mark.parametrize(
    "text",
    [
        "50の娘が働かんで家におる。わしが死んだらと思うと夜もねむれん",
        "障害のある息子がおるけぇ、私が死んだらと思うと心配でたまらん",
        "親が亡くなったらと思うと不安で眠れません。兄はずっと家にいます",
    ],
)
def test_an_old_parents_thought_of_their_own_death_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう死にたいと思うと夜も眠れん",
        "わしが死んだら楽になるじゃろうか",
    ],
)
def test_a_wish_to_die_still_counts(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- 心を病んで


@pytest.mark.parametrize(
    "text",
    [
        "娘が職場で心を病んで、いまは家で休んどる",
        "夫がこころを病んでしまって、会話もできん",
        "精神を病んで仕事を辞めました",
    ],
)
def test_a_mind_fallen_ill_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "そんなこと気に病まんでええよ",
        "心を病んだ人の支援をする仕事をしています",
    ],
)
def test_worrying_or_work_with_ill_people_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- staying in, seeing no one


@pytest.mark.parametrize(
    "text",
    [
        "連れ合いを亡くして8か月、外に出る気にならんのよ",
        "妻が死んでからもう一年、家から出る気がせん",
    ],
)
def test_no_wish_to_go_out_for_months_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "雨じゃけぇ今日は外に出る気にならん",
        "寒うて朝は家から出る気がせんが、昼から畑に行きよる",
    ],
)
def test_no_wish_to_go_out_today_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "じいさんが死んでから、誰とも会うとらん",
        "この冬は だれとも おうとらん",
        "ひとりで くらして こえを だすことも ない ひが あります",
        "一人でおると声を出すこともない日ばかりです",
    ],
)
def test_seeing_no_one_and_days_without_a_voice_are_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "大きな声を出すこともない、おとなしい子です",
        "毎日デイで友達と会うとるけぇ元気です",
    ],
)
def test_a_quiet_child_or_friends_seen_are_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- never worked, at home


@pytest.mark.parametrize(
    "text",
    [
        "48の娘は一度も働いたことがのうて、部屋でずっとスマホ見とる",
        "息子は50になるが一度も勤めたことがなく、家に閉じこもっとります",
    ],
)
def test_a_middle_aged_child_who_never_worked_and_stays_in_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夏休みなので小学生の息子が家でずっとゲームしてる",
        "夫が定年してから家でずっとテレビ見とる",
        "わしは一度も働いたことがないけど、家で内職はしよった",
    ],
)
def test_a_school_holiday_a_retired_husband_or_home_work_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- 8050 on the news


@pytest.mark.parametrize(
    "text",
    [
        "テレビで8050問題いうのを見たが、うちは孫も働いとるけぇ大丈夫",
        "新聞で7040問題ゆうのを読んだけど、よそのことじゃと思うとる",
    ],
)
def test_8050_seen_on_the_news_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_8050_seen_on_the_news_with_a_son_at_home_still_counts(ex):
    text = "テレビで8050問題いうのを見た。うちの52の息子も10年部屋から出てこん。わしも80で年金だけ"
    assert "8050" in ex(text).patterns


# ---------------------------------------------------------------- a quote without と


@pytest.mark.parametrize(
    "text",
    [
        "孫がゲームで負けると「ころす」言うんよ。今の子はそんなもんかね",
        "ひ孫がテレビ見ながら「殺す」言いよる。それより敬老会の申し込みはいつまで？",
    ],
)
def test_kill_said_in_a_quote_without_to_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "主人が包丁を持って「殺す」言うて追いかけてくる、今も外におる",
        "いま息子が暴れて包丁を持っとる",
    ],
)
def test_a_knife_and_a_threat_now_stay_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a fall given as the excuse


@pytest.mark.parametrize(
    "text",
    [
        "姪が旦那に叩かれよるらしい。腕にあざがあるが、本人は転んだゆうとる",
        "妹が夫に殴られとるようで、顔のあざも転んだ言うとった",
    ],
)
def test_a_fall_given_as_the_excuse_for_a_kins_bruise_is_no_care(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "care" not in result.fields


def test_an_old_mothers_fall_still_is_care(ex):
    assert "care" in ex("85の母がよう転ぶようになって、ひとりで風呂に入れん").fields


# ---------------------------------------------------------------- a wallet taken by a partner


@pytest.mark.parametrize(
    "text",
    [
        "夫に通帳も財布も取り上げられて、買い物もさせてもらえん",
        "主人にさいふを取り上げられとる。実家に電話するのも怒る",
    ],
)
def test_a_wallet_taken_by_a_partner_is_dv_not_care(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "care" not in result.fields


def test_a_parent_who_says_the_wallet_was_stolen_is_care(ex):
    assert "care" in ex("母が「財布を盗られた」と毎日言うようになった").fields


# ---------------------------------------------------------------- a watch call declined


@pytest.mark.parametrize(
    "text",
    [
        "まだ元気にしとるけぇ、見守りの訪問はもういらんです",
        "見守りの電話は結構です。毎日娘から電話がきよります",
    ],
)
def test_a_watch_call_declined_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_watch_call_asked_for_is_care(ex):
    assert "care" in ex("一人暮らしの父に見守りの電話をお願いしたい").fields


# ---------------------------------------------------------------- a home for oneself


@pytest.mark.parametrize(
    "text",
    [
        "足が弱って娘に迷惑かけとる。わしが施設に入ったほうがええかのう",
        "私もう老人ホームに入ったほうがいいのかしら。ひとりで風呂が怖い",
    ],
)
def test_an_old_writer_asking_about_a_home_for_themself_is_care(ex, text):
    assert "care" in ex(text).fields


def test_a_home_told_of_someone_else_is_no_care_of_the_writer(ex):
    assert "care" not in ex("友達が施設で働きよって、楽しいゆうとった").fields


# ---------------------------------------------------------------- a stay in hospital as a reason


@pytest.mark.parametrize(
    "text",
    [
        "息子の嫁が入院してしもうて、孫をふたり預かって世話しよります",
        "娘が入院したけぇ、孫の保育園の送り迎えをわしが見よる",
    ],
)
def test_a_kins_stay_in_hospital_told_as_why_the_grandchildren_stay_is_no_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子(48)が家から出んようになって8年。去年わしが入院したら、そのあいだ食事もとらんかった",
        "先月入院しとったあいだ、娘(45)は部屋から一歩も出んかったらしい。もう15年こもっとる",
    ],
)
def test_the_writers_past_stay_in_hospital_as_a_time_is_no_health(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘が入院しとる。がんが見つかって心配",
        "わしが今入院しとって、家の息子のことが心配じゃ",
    ],
)
def test_a_stay_in_hospital_now_or_an_illness_keeps_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a stroke long behind care


@pytest.mark.parametrize(
    "text",
    [
        "父がおととし脳梗塞で倒れてから、左手が動かんようになって、わしが毎日介護しよります",
        "主人が脳出血で倒れて以来、右足がきかんようになって、ずっと家で介護しとります",
    ],
)
def test_a_stroke_told_as_when_the_care_began_is_no_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_a_carers_own_illness_beside_it_stays_health(ex):
    text = "主人が脳梗塞で倒れてから、わしが家で介護しとる。わしも胃がんが見つかった"
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- the strain of caring


@pytest.mark.parametrize(
    "text",
    [
        "息子の子を引き取って育てとるうえに、母も認知症で、わしひとりで両方見よる。体がもたんわ",
        "ばあさんの世話と孫の世話を毎日しよる。もう体がもたん",
    ],
)
def test_the_strain_of_caring_in_dialect_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_strain_with_no_caring_told_stays_health(ex):
    assert "health" in ex("毎日しんどうて体がもたん。病院に行ったほうがええかね").fields


# ---------------------------------------------------------------- siblings who do not come


@pytest.mark.parametrize(
    "text",
    [
        "父の介護をひとりでしとります。兄は誰も来てくれんし、もうえらい",
        "母の介護をしとるが、きょうだいらは誰も来てくれん",
    ],
)
def test_siblings_who_do_not_come_to_help_with_care_are_no_isolation(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "isolation" not in result.patterns


def test_no_one_coming_to_an_old_writer_alone_stays_isolation(ex):
    text = "母の介護も終わって、今は一人じゃ。誰も来てくれん"
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- a tale set aside


@pytest.mark.parametrize(
    "text",
    [
        "孫がまた背が伸びとってびっくりした。それより、敬老会は何時からですか？",
        "ひ孫が保育園で歌を覚えてきたんよ。ところで、ゴミの日はいつですか",
    ],
)
def test_a_tale_set_aside_before_another_question_is_no_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が学校に行かんようになって心配じゃ。それより、相談はどこにしたらええですか？",
        "孫が不登校です。ところで、相談の窓口はどこですか",
    ],
)
def test_a_worry_told_before_the_question_keeps_its_field(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- よそのこと


def test_someone_elses_matter_is_no_child(ex):
    assert "child" not in ex("新聞で読んだが、よそのことじゃと思うとる").fields


def test_a_neighbours_child_still_is_child(ex):
    assert "child" in ex("よその子が毎晩ひとりで外におって心配").fields
