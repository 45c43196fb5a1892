"""Round 32 (40b21): a pupil touched by a step-father, father, brother or a mother's partner
with no body part named (「義理の父に夜さわられる」), or a child touched at night as a parent
tells it; a young person told 「出てけ」 by a parent and staying at a friend's or a boyfriend's
(housing hardship, and no DV from the boyfriend named as the refuge); a home about to be lost
(住むところがなくなる); school words (教室に入れない, クラスのLINEで悪口); a child writing in kana
who does the housework for a sick まま, with the grade at the end (しょうがく5ねん) or none;
「高2のうちが」 as a pupil writing. And what only looks like that: a phone or a head touched,
a pet, a fever felt, an adult's childhood; 「子どもはまだいない」; 「誰に言えばいいかわからない」
(which office to ask, no isolation); 放デイ as the writer's part-time job; a weekend at home
called 「ひきこもり気味ｗ」; grandma's care settled in a home; 児相 asked about after a drama; a
shut-in's 「働いてません」 with no money named (no hardship); a younger sister's care beside a
grandmother far away (no elder care); a mother who cooks for the child."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- touched by a man at home


@pytest.mark.parametrize(
    "text",
    [
        "中3　義理の父に夜さわられる　お母さんには言えない",
        "高1。義父が寝てる時に触ってくる",
        "ままのかれしが よる さわってくる",
        "中2です。お兄ちゃんに触られるのがいや",
        "娘が夜中に再婚相手に触られているみたい",
        "娘が夜中に義父に触られているみたいで心配",
        "娘(小4)が、じいちゃんに触られるのが嫌だと言う",
        "こうこうせいです。おとうさんに よる さわられる",
        "中2です。母の彼氏に寝てるときさわられた",
    ],
)
def test_touched_by_a_man_at_home_is_abuse(ex, text):
    """A pupil (or a child the writer tells of) touched by a man of the household: abuse."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父にスマホを触られる、中2",
        "うちの猫は父に触られるのを嫌がる",
        "子どもの頃、義父に触られていた。今も夢に見る",
        "赤ちゃんがパパに触られると泣く",
        "高2。父に頭をさわられてうざい",
        "中1。熱っぽいと言ったら母が触ってきた",
        "義父に触られるのが嫌。夫に言えない",
        "娘(30)が、父に夜触られるのが嫌だと言う",
    ],
)
def test_touching_that_is_something_else_is_no_abuse(ex, text):
    """A phone or a head touched, a pet, a baby, a fever felt, a grown-up's past: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- told to leave home


@pytest.mark.parametrize(
    "text",
    [
        "親に出てけって言われて今友達んちにいる、19",
        "おかんに出てけ言われて、今は彼氏の家におる",
        "母に出ていけと言われて、彼氏の家に泊めてもらってる",
        "父に出ていけと言われて家を出た。今は先輩の家にいます",
        "住むところがなくなりそう",
        "来月で住む場所がなくなります",
    ],
)
def test_told_to_leave_and_staying_elsewhere_is_hardship(ex, text):
    """Sent out by a parent and staying at a friend's, or a home about to be lost: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "おかんに出てけ言われて、今は彼氏の家におる",
        "母に出ていけと言われて、彼氏の家に泊めてもらってる",
    ],
)
def test_a_parents_get_out_is_no_dv(ex, text):
    """The parent says 「出て行け」; the boyfriend is only where the writer stays: no DV."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に出ていけと言われた",
        "彼氏に出ていけと言われて、今友達の家にいる",
    ],
)
def test_a_partners_get_out_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達の家に遊びに行ってる",
        "今日は友達んちに泊まる",
    ],
)
def test_a_friends_house_alone_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- school


@pytest.mark.parametrize(
    "text",
    [
        "クラスのLINEで悪口書かれてから教室入れなくなった",
        "教室に入るのが怖い",
        "最近は教室に戻れなくて保健室にいる",
        "中3だけど教室に入れなくて、別室にいる",
        "クラスのグループLINEから外された",
        "部活のグループLINEで陰口書かれてる",
    ],
)
def test_classroom_and_class_line_are_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "料理教室に行けなくなった",
        "職場のLINEで悪口書かれた",
        "会議室に入れなかった",
        "英会話教室に通えない",
    ],
)
def test_other_rooms_and_groups_are_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- a child who keeps the house


@pytest.mark.parametrize(
    "text",
    [
        "ままがびょうきで　ごはんとかせんたくとか　ぼくがやってる　しょうがく5ねん",
        "ままがびょうきで ごはんとかせんたくとか ぼくがやってる",
        "おかあさんが びょうきだから わたしが ごはんつくってる",
        "母子家庭で母さんが病気で働けなくなって、高2のうちがバイトで家計ささえてる",
        "高2の自分が毎日ごはん作って弟の世話もしてる",
        "ちゅうがく2ねん。ぼくが ごはんつくってる。ままは びょうき",
    ],
)
def test_child_who_keeps_the_house_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ままが ごはんつくってくれる",
        "ままが ぼくのごはんつくってくれる",
        "わたしはおかあさんのかいごでつかれました",
        "高2のうちの娘がごはん作ってくれる",
        "ぼくがごはんつくったら、ままがよろこんだ",
    ],
)
def test_a_parent_who_cooks_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- no children yet


@pytest.mark.parametrize(
    "text",
    [
        "結婚して3年、子どもはまだいないです。",
        "子どもはまだです。夫のことで相談があります",
        "うちは子どもが一人もいません",
    ],
)
def test_no_children_yet_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもはまだ小さいです",
        "子どもがまだ1歳です",
        "子どもはまだ学校に行けてない",
    ],
)
def test_children_still_young_stay_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- whom to tell


@pytest.mark.parametrize(
    "text",
    [
        "誰に言ったらいいかわからない",
        "介護のこと、誰に相談すればいいのか分からない",
        "これって誰に聞けばいいかわかりません",
    ],
)
def test_asking_whom_to_tell_is_no_isolation(ex, text):
    """Not knowing which office to ask is no isolation."""
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰にも言えなくて、ずっと一人で抱えてます",
        "相談できる人が誰もいない",
    ],
)
def test_no_one_to_tell_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- 放デイ as a job


@pytest.mark.parametrize(
    "text",
    [
        "放デイでバイトしてるけど、自分もADHDで仕事ミスばっか…手帳とったほうがいい？",
        "放デイで働いてるけど、最近眠れない",
        "放課後デイでパートを始めました。腰が痛い",
    ],
)
def test_working_at_a_day_service_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が放デイに通ってます",
        "娘の放デイを探してる",
    ],
)
def test_a_childs_day_service_stays_child(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "disability" in result.fields


# ---------------------------------------------------------------- a weekend at home


@pytest.mark.parametrize(
    "text",
    [
        "週末ずっと家でゲームしてた、ひきこもり気味ｗ　図書館の自習室って何時まで？",
        "連休はずっと部屋で漫画読んでた、完全に引きこもり状態",
        "最近ひきこもりがち笑　どこかいいカフェない？",
    ],
)
def test_a_weekend_indoors_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が3年ひきこもっています",
        "娘が夏休み明けからずっと引きこもっていて心配です",
    ],
)
def test_withdrawal_for_months_stays_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- care settled in a home


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんの介護は施設入ってやっと落ち着いた〜　今日は自分のことで、奨学金の返済きつい",
        "母の介護は施設に入ってだいぶ落ち着きました。今日は息子の進学のことで",
    ],
)
def test_care_settled_in_a_home_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は施設に入って落ち着いたけど、費用が払えない",
        "ばあちゃんの介護が大変で施設を探してる",
    ],
)
def test_care_with_a_worry_left_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- 児相 after a drama


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで虐待のシーン見てしんどくなった、児相ってほんとにあんな感じなの？",
        "ニュースで児童相談所のこと見たけど、一時保護ってどういう流れ？",
    ],
)
def test_agency_asked_about_after_a_drama_is_no_child(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ドラマ見て思ったんだけど、隣の子が心配で児相に通報したい",
        "児相に相談したほうがいいですか、娘が言うことを聞かない",
    ],
)
def test_agency_with_a_child_named_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- a shut-in who does not work


@pytest.mark.parametrize(
    "text",
    [
        "うちの兄は45歳で、20代の頃からずっと家にいて働いてません。父は82です",
        "大学中退して3年ニート、親はもう定年だし働かなきゃってわかってるけど外出るのがこわい",
    ],
)
def test_shut_in_not_working_without_money_is_no_hardship(ex, text):
    result = ex(text)
    assert "hardship" not in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は40歳で20年ひきこもって働いていません。年金だけでは苦しい",
        "夫が働かない。生活費が足りない",
    ],
)
def test_not_working_with_money_named_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a sister's care, not elder care


@pytest.mark.parametrize(
    "text",
    [
        "高2です。家事と小1の妹の世話は全部自分がやってます。おばあちゃんも遠くに住んでて頼れない",
        "中1。弟の面倒をみてる。じいちゃんは遠くに住んでる",
    ],
)
def test_a_siblings_care_beside_a_far_grandparent_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "祖母の世話が大変です",
        "弟の世話をしています。祖父も最近心配",
    ],
)
def test_an_older_persons_care_stays_care(ex, text):
    assert "care" in ex(text).fields
