"""Round 38 (44k25): from a set of residents of 大田市 (Iwami, Shimane), all ages. The
nominaliser ん after a verb's dictionary form (「おむつ替えるんがえらい」 is 替えるのが, no
neglect); 「出られとらん」 (not able to leave the house, the tagger's 取る read as とる); 「財布
しか持っとらん」 (what the writer took when fleeing, no 「財布を盗った」); a neighbour or friend
gone into a home (no care of the writer's own family); 「寂しいけど安心した」 (a child away and
well, no isolation); 「仕事のこと考えたら体が動かん」 (health); a carer's 「わしも寝られん」 after
the night of the one cared for (care, not health); an overdose told in a message someone sent
the writer (their crisis, not the writer's health)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- おむつ替えるんが (= のが)


@pytest.mark.parametrize(
    "text",
    [
        "主人が寝たきりで、私も82。おむつ替えるんがえらいんです",
        "母のおむつ替えるんが一日に何べんもあって、腰が痛い",
        "父のおむつを替えるんがしんどうてかなわん",
        "ばあちゃんのオムツ交換するんも一苦労です",
    ],
)
def test_changing_nappies_is_hard_is_care_not_neglect(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "施設で母のおむつを替えてもらえん",
        "施設の職員が父のおむつを替えてくれない",
    ],
)
def test_nappies_left_unchanged_stays_neglect(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- 出られとらん


@pytest.mark.parametrize(
    "text",
    [
        "大学やめて帰ってきてから3年、家から出られとらん",
        "息子は仕事やめてから2年、家から出られとらん",
        "3年前に大学やめて戻ってから、家から出れとらん",
    ],
)
def test_not_able_to_leave_the_house_for_years_in_iwami_speech_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "雪で昨日は家から出られとらん",
        "今朝は忙しゅうて家から出られとらんかった",
    ],
)
def test_a_day_indoors_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- 財布しか持っとらん


@pytest.mark.parametrize(
    "text",
    [
        "今、旦那が暴れとって、子どもと車で逃げてきた。財布しか持っとらん",
        "夫から逃げて、娘と実家に来とります。財布とスマホだけ持って出た",
    ],
)
def test_only_a_purse_taken_when_fleeing_is_no_care(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "母が財布を盗られた言うて騒ぐ",
        "ばあちゃんが「財布とった」言うてヘルパーさんを責める",
    ],
)
def test_a_purse_said_stolen_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- 近所の人が施設に


@pytest.mark.parametrize(
    "text",
    [
        "一人で暮らしよる母が、仲のよかった近所の人も施設に入ってしもうて、話し相手がおらんようで",
        "母の友達が施設に入って、母が寂しがっとる",
        "隣のばあちゃんが施設に入ったらしい",
    ],
)
def test_a_neighbour_gone_into_a_home_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母が施設に入ることになった",
        "父を施設に入れるか迷っとります",
    ],
)
def test_the_writers_parent_and_a_home_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- 寂しいけど安心した


@pytest.mark.parametrize(
    "text",
    [
        "大阪に出た息子から、元気にやっとるって電話があった。ちぃと寂しいけど安心したわ",
        "息子が就職で東京に行って、寂しいけど元気そうで安心しとる",
        "娘が嫁いで寂しゅうなったけど、孫の顔見に行くのが楽しみ",
    ],
)
def test_missing_a_child_who_is_well_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしで寂しい",
        "主人が亡うなって寂しいけど、誰にも話せん",
        "寂しいけど安心できる相手もおらん。誰とも話さん",
    ],
)
def test_loneliness_without_relief_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- 考えたら体が動かん


@pytest.mark.parametrize(
    "text",
    [
        "仕事のこと考えたら体が動かん",
        "会社のことを思うたら体が動かんようになる",
        "職場のこと考えたら、朝はもう体が動かない",
    ],
)
def test_the_body_stopped_by_thoughts_of_work_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "仕事のこと考えたら、体が動くうちに貯金しとかんと",
        "母が体が動かんようになって介護が要る",
    ],
)
def test_a_body_that_still_moves_or_a_parents_body_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- わしも寝られん


@pytest.mark.parametrize(
    "text",
    [
        "じいさんが夜中に外へ出ようとするけぇ、目が離せん。わしもよう寝られんでえらいわ",
        "認知症の父が夜中に歩き回る。わしも眠れん",
        "ばあちゃんが夜中に何べんも起きて徘徊する。私まで寝られんようになった",
    ],
)
def test_the_carers_sleep_after_the_night_of_the_cared_for_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護をしとります。私は最近眠れなくて朝がつらい",
        "わしも最近よう寝られん",
    ],
)
def test_the_writers_own_sleep_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- an overdose in a message


@pytest.mark.parametrize(
    "text",
    [
        "友達から「薬ぜんぶ飲んだ。ありがとう」ってLINEがきて、電話しても出ん",
        "彼氏から「薬いっぱい飲んだ」ってメッセージが来た",
        "後輩から『睡眠薬ぜんぶ飲んだ』ってメールがきとる",
    ],
)
def test_an_overdose_in_someone_elses_message_is_their_crisis_not_health(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "薬ぜんぶ飲んだ。もう楽になりたい",
        "「薬全部飲んだ」って友達にLINEした",
    ],
)
def test_the_writers_own_overdose_stays_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields
