"""Round 34 (42d23): messages typed late at night on a phone: fragments run together with
spaces, kana for kanji, IME and voice-input slips. A child who writes in kana that a grown
man from around the home (a parent's friend, a neighbour, a tutor) touches them, the body
part written apart from the touch (からだ　さわって), is abuse; 人知症 (認知症) and 自動手当
(児童手当) are slips; a parent who 「もうひとりじゃむり」 needs care; 「そと出てない」 for years is
withdrawal; 「テレビとしゃべっとる」 is isolation; 「弟のことも全部わたし」 is a young carer's
chores; a mental illness with a helper or a workshop asked for is disability; 「また給料ぜんぶ」
after gambling is hardship. Not: 「しかねてない」 (sleep, not money), 「いつねるの」 (when to
sleep, not pinching), a picked-up pet called 子, a school-lunch account change, a DV that is
over and thanked for, a baby or a pet who touches, a partner who touches (DV)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ままのしりあいのひとが　よる　からだ　さわってくる　こわい",
        "きんじょのおじさんが　あそびにいくと　むね　さわってくる　いや",
        "じゅくのせんせいが　へんなところ　さわろうとしてくる　だれにもいえない",
        "中1です。パパの友達が泊まりに来ると夜に体さわってくる、ママに言えない",
        "からだ　さわってくる　きもちわるい　ないしょっていわれた",
    ],
)
def test_a_child_touched_by_a_grown_man_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "あかちゃんが　かお　さわってくる　かわいい",
        "ねこが　からだ　すりすりして　さわってくる",
        "おじさんが　ねつ　あるか　おでこ　さわってきた",
        "おとうさんのともだちがきて　ゲームをさわってくる　いやだ",
    ],
)
def test_a_baby_a_pet_or_a_fever_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_a_partner_who_touches_is_dv_not_child_abuse(ex):
    result = ex("おっとが　からだ　さわってくる　いやだ")
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "人知症の母がまた同じこと聞いてくる",
        "認地症っぽい祖父のことで相談",
        "母もうひとりじゃむり　毎日通ってる",
        "ばあちゃんひとりじゃくらせないって言われた",
    ],
)
def test_dementia_slips_and_a_parent_who_cannot_cope_alone_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母はひとりで無理して働いてる",
        "父はひとりで無理をしがち",
    ],
)
def test_working_too_hard_alone_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "自動手当いつ入る？",
        "3さいってこんなにイヤイヤするもの？",
        "2歳ってみんなこうなの？",
        "娘がアニメのキャラが死んで泣いてる　3さいってこんなもん？",
    ],
)
def test_child_allowance_slip_and_a_small_childs_age_are_child(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫5さいってもうシニア？",
        "犬の登録ってどこ　ひろった子です",
        "ひろった子猫のワクチンどこで",
        "保護した子がなついてきた　ねこです",
        "小説の主人公が5歳の子どもで",
    ],
)
def test_a_pet_or_a_story_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "弟もう3年そと出てない",
        "姉もう10年外でてない",
    ],
)
def test_not_going_out_for_years_without_a_particle_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_not_going_out_today_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("きょうは雨でそと出てない").patterns


def test_an_old_parent_with_a_spaced_age_and_a_shut_in_child_is_8050(ex):
    result = ex("母86 弟はもう15年外に出ていない")
    assert "8050" in result.patterns
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫に先立たれて　毎日テレビとしゃべってる",
        "ばあさんが逝ってから　ラジオ相手にしゃべっとる",
    ],
)
def test_talking_with_the_tv_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "テレビで話してた先生の話がおもしろかった",
        "テレビ電話で話した",
    ],
)
def test_a_tv_programme_or_a_video_call_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_a_pupils_verbless_chores_are_young_carer(ex):
    result = ex("中1です　父が入院してて洗濯も妹のことも全部ぼく　つかれた")
    assert "young_carer" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です　ごはんは全部わたしが食べちゃった",
        "中2です　弟のことは全部わたしが悪いって言われる",
    ],
)
def test_eating_or_being_blamed_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "うつ病でヘルパーさんお願いしたい",
        "統合失調症の母がいて、作業所に通ってる",
        "双極性障害で子育て中です　居宅介護って使える？",
    ],
)
def test_a_mental_illness_with_a_service_is_disability(ex, text):
    assert "disability" in ex(text).fields


def test_a_helpers_job_is_no_disability(ex):
    assert "disability" not in ex("統合失調症の利用者さんのヘルパーをしてます").fields


@pytest.mark.parametrize(
    "text",
    [
        "競馬また給料ぜんぶ　やばい",
        "スロットやめられん　今月も給料ぜんぶ",
    ],
)
def test_gambling_the_whole_salary_said_halfway_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "パチンコ屋でバイトしてて給料ぜんぶ貯金",
        "2時間しかねれない日が続く",
        "夜中の授乳で4時間しかねてない",
        "給食費の引き落とし口座変更したい",
    ],
)
def test_sleep_work_or_a_form_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_school_lunch_unpaid_stays_hardship(ex):
    assert "hardship" in ex("給食費はらえない").fields


@pytest.mark.parametrize(
    "text",
    [
        "子ども寝かせて洗い物して　いつねるの私",
        "いつねれるんだろう　子ども3人",
    ],
)
def test_when_do_i_sleep_is_no_pinching(ex, text):
    assert "abuse" not in ex(text).crisis


def test_pinching_stays_abuse(ex):
    assert "abuse" in ex("いつもつねってくる兄がこわい").crisis


@pytest.mark.parametrize(
    "text",
    [
        "姉はDVだったけど、もう離婚して元気にしてます",
        "妹の彼氏がDVだったけど、もう別れて今は落ち着いてます。ありがとうございました",
    ],
)
def test_a_dv_that_is_over_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "DVだったけどもう別れて元気にしてる。でもまた最近連絡がきてこわい",
        "夫がDVだったけど、もう別れて幸せ、けど最近また家の前にいる",
    ],
)
def test_a_dv_over_then_a_new_fear_stays_dv(ex, text):
    assert "dv" in ex(text).crisis
