"""Round 35 (43y24): from a set of residents born in the Philippines, Vietnam, China or Nepal,
who write simple or broken Japanese: hiragana with spaces between words, particles left out,
katakana, some romaji or English. A son's or daughter's grade after the kin word (むすめ
中学生。) and the care they carry (つうやく ぜんぶ する); parents who strike each other with the
particle left out (パパ ママ を たたく); a kin's death in kana; a job that ended as when the
staying in began; food money short; ベビー; a baby limp in the next sentence; a parent's
hospital escort; English and romaji; a year and a half in kana; a partner's old parent struck
at a care service; an adult who cannot eat after work; DV over in kana; children as the reason
to hold on; kin in the home country as why money is sent; loneliness that is over; a small
child crying at night with no parent."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a pupil in the family, in kana


@pytest.mark.parametrize(
    "text",
    [
        "むすこ 小学 5ねん、まいにち わたし の つうやく ぜんぶ する。がっこう ちこく する",
        "むすめ 中学生、よる おばあちゃん の おむつ かえる",
        "高校生 の むすめ、まいにち おじいちゃん の おふろ てつだう",
        "むすめ 高校 1ねん。わたし の かわり に びょうき の いもうと の せわ",
    ],
)
def test_a_pupil_named_in_kana_who_carries_care_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "むすめ 中学生。ぶかつ たのしい いってる",
        "むすこ 30さい、わたし の つうやく ぜんぶ する",  # a grown son
        "つうやく の しごと さがしてる",  # a job sought
    ],
)
def test_a_pupil_or_an_interpreter_alone_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


def test_the_grade_in_kana_after_the_son_is_child(ex):
    assert "child" in ex("むすこ 中学 3ねん、がっこう いかない").fields


# ---------------------------------------------------------------- parents who strike each other


@pytest.mark.parametrize(
    "text",
    [
        "ママ パパ を けった。ぼく こわい",
        "おとうさん おかあさん を なぐる。わたし 9さい",
    ],
)
def test_parents_striking_each_other_without_the_particle_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "child" in result.fields


def test_parents_together_on_an_outing_are_no_dv(ex):
    assert not ex("パパ と ママ と こうえん いった").crisis


# ---------------------------------------------------------------- a kin's death in kana


@pytest.mark.parametrize(
    "text",
    [
        "ちち しにました。おそうしき の おかね ない",
        "おっと しんだ。さびしい",
    ],
)
def test_a_kins_death_in_kana_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_a_wish_to_die_after_the_death_stays(ex):
    assert "suicide" in ex("はは 死にました。わたし も しにたい").crisis


def test_the_money_for_the_funeral_is_hardship(ex):
    assert "hardship" in ex("ちち しにました。おそうしき の おかね ない").fields


# ---------------------------------------------------------------- a job that ended, food money


def test_a_job_that_ended_before_staying_in_is_no_hardship(ex):
    assert "hardship" not in ex("しごと やめた あと、へや から でない 8かげつ").fields


@pytest.mark.parametrize(
    "text",
    [
        "しごと やめた、おかね ない",
        "せいかつひ たりない、こども 2人",
        "しょくひ ぜんぜん たりない",
    ],
)
def test_money_short_in_kana_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a baby


def test_bebii_is_a_baby(ex):
    assert "child" in ex("ベビー うまれた、ミルク の のませかた わからない").fields


def test_a_baby_limp_in_the_next_sentence_is_an_emergency(ex):
    result = ex("あかちゃん ねつ ある。ぐったり してる")
    assert "emergency" in result.crisis
    assert "health" in result.fields


def test_a_mother_worn_out_after_the_baby_sleeps_is_no_emergency(ex):
    assert "emergency" not in ex("あかちゃん やっと ねた。わたし も ぐったり してる").crisis


# ---------------------------------------------------------------- a parent's hospital escort


def test_old_parents_taken_to_hospital_is_care(ex):
    text = "ちち 82さい、はは 79さい。りょうしん の びょういん の おくりむかえ ぜんぶ わたし"
    assert "care" in ex(text).fields


def test_a_childs_hospital_escort_is_no_care(ex):
    assert "care" not in ex("こども の びょういん の おくりむかえ たいへん").fields


# ---------------------------------------------------------------- English and romaji


def test_a_wish_to_die_in_english_is_suicide(ex):
    assert "suicide" in ex("i want to die, too tired").crisis


def test_alone_in_english_is_isolation(ex):
    assert "isolation" in ex("I'm all alone in Japan").patterns


def test_dying_of_laughter_in_english_is_no_suicide(ex):
    assert "suicide" not in ex("I want to die of laughter lol").crisis


def test_kaigo_in_romaji_is_care(ex):
    assert "care" in ex("haha kaigo tsukareta").fields


def test_a_care_job_in_romaji_is_no_care(ex):
    assert "care" not in ex("kaigo no shigoto sagashiteru").fields


# ---------------------------------------------------------------- a year and a half in kana


def test_a_year_and_a_half_in_kana_is_a_long_time(ex):
    assert "hikikomori" in ex("むすこ へや から でない 1ねん はん").patterns


# ---------------------------------------------------------------- a partner's parent at a service


@pytest.mark.parametrize(
    "text",
    [
        "夫 の はは、しせつ で スタッフ に たたかれた みたい。あざ ある",
        "夫の母がショートステイで職員に叩かれたと言っています",
    ],
)
def test_a_partners_parent_struck_at_a_care_service_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


def test_a_partner_who_strikes_stays_dv(ex):
    assert "dv" in ex("夫 が デイサービス の かえり に わたし を なぐる").crisis


# ---------------------------------------------------------------- an adult after work


def test_an_adult_who_cannot_eat_after_work_is_no_neglected_child(ex):
    result = ex("しごと から かえって ごはん たべれない。ねむれない")
    assert "abuse" not in result.crisis
    assert "child" not in result.fields
    assert "health" in result.fields


def test_a_child_whose_mother_is_away_at_work_stays_neglect(ex):
    assert "abuse" in ex("ママ しごと から かえってこない。ごはん ない").crisis


# ---------------------------------------------------------------- DV over, in kana


@pytest.mark.parametrize(
    "text",
    [
        "むかし おっと から DV あった。いま は りこん して しあわせ",
        "5ねんまえ まえ の おっと DV。いま は あんしん",
    ],
)
def test_dv_over_in_kana_is_no_crisis(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "2ねんまえ から おっと DV。いま も なぐる",
        "まえ の おっと に なぐられてた。いま は りこん した けど、いえ の まえ で まちぶせ してる",
    ],
)
def test_dv_still_going_on_stays(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- children as the reason to live


def test_children_as_the_reason_to_hold_on_are_no_child_matter(ex):
    result = ex("もう しにたい。でも むすめ いる から がんばる")
    assert "suicide" in result.crisis
    assert "child" not in result.fields


def test_a_small_child_with_an_age_still_counts(ex):
    assert "child" in ex("しにたい。むすこ 3さい いる から…").fields


# ---------------------------------------------------------------- kin in the home country


def test_a_home_kins_illness_as_why_money_is_sent_is_no_health(ex):
    result = ex("くに の ちち びょうき、まいつき おかね おくる。わたし の きゅうりょう すくない")
    assert "health" not in result.fields
    assert "hardship" in result.fields


def test_the_writers_own_illness_stays_health(ex):
    assert "health" in ex("わたし びょうき。くに の かぞく に おかね おくれない").fields


# ---------------------------------------------------------------- loneliness that is over


def test_loneliness_in_the_past_with_friends_now_is_no_isolation(ex):
    text = "さいしょ にほん で ひとりぼっち だった。いま は ともだち いっぱい"
    assert "isolation" not in ex(text).patterns


def test_loneliness_now_stays(ex):
    assert "isolation" in ex("いま も ひとりぼっち。ともだち いない").patterns


# ---------------------------------------------------------------- a small child alone at night


@pytest.mark.parametrize(
    "text",
    [
        "となり の あかちゃん よる ずっと ないてる。おや いない",
        "隣の子どもが夜ずっと泣いてる。親はいないみたい",
    ],
)
def test_a_small_child_crying_at_night_with_no_parent_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_parent_with_no_one_to_turn_to_is_no_neglect(ex):
    assert "abuse" not in ex("うちの子 夜ずっと泣いてる。親がいないから頼れない").crisis
