"""Round 37 (44h25): Okitama speech (長井市, Yamagata) and Miyagi speech (涌谷町, near Sendai)
(set H25), the families behind its misses.

- A carer who 「手あげでしまった」「手ぇ上げでまった」 (raised a hand, with the voiced て after a
  verb in kana) to the parent they care for is abuse feared; a hand raised to answer is not.
- Miyagi 「ばっぱ」 is a grandmother, an old person: 「ばっぱが同じごどばっかり聞いでくる」 is
  care; a family member who gives her no food (「ばっぱにご飯食べさせでねえ」) is elder neglect:
  abuse and care. 「まだご飯食べさせでねえ」 (not yet fed) is nothing.
- A pet gone with the particle dropped (「うちの猫いなぐなって三日」) is no missing person; a
  parent gone so stays an emergency.
- Okitama 「行がんね」「書がんね」 (cannot go, cannot write) is no cancer.
- 「なにしても楽しぐねえ」「何食ってもうまぐね」 is health (low mood, lost appetite).
- Wages or savings lost to pachinko or horse racing (「また給料ねぐした」) is hardship.
- An old parent bathing alone who worries the writer (「一人で風呂入ってんのも心配」) is care.
- 「部屋がら出でねえ」「家から一歩も出でね」 for months is withdrawal (hikikomori).
- A child's path after high school or a support school weighed by the parent (「高校卒業したら
  B型さ行がせっか迷ってる」) is a child matter; a school left long ago is not.
- An 8050 family on the parent's pension is a money matter when the writer asks what becomes
  of the child once the parent is in hospital or a home.
- Quitting a job only wondered about in Tohoku speech (「仕事辞めるしかねえべか」
  「辞めねばなんねべか」) is no hardship; a job already left stays.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a hand raised by a carer


@pytest.mark.parametrize(
    "text",
    [
        "認知症の親父にイライラして、この前つい手あげでしまった。またやりそうで怖え",
        "介護してる母さ、カッとなって手ぇ上げでまった",
        "認知症の母ちゃんに、きのう手ば上げでしまった",
    ],
)
def test_a_carers_hand_raised_in_tohoku_speech_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_hand_raised_to_answer_is_no_abuse(ex):
    assert ex("手あげで答えだ").crisis == ()


# ---------------------------------------------------------------- ばっぱ


@pytest.mark.parametrize(
    "text",
    [
        "兄嫁がばっぱにご飯食べさせでねえみてえ。行ったら痩せでた",
        "兄夫婦がばっぱさご飯食べさせでねぇ",
        "嫁がじんちゃさまま食わせでね",
    ],
)
def test_an_old_one_not_fed_in_tohoku_speech_is_abuse_and_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


def test_bappa_asking_the_same_thing_is_care(ex):
    assert "care" in ex("ばっぱが最近同じごどばっかり聞いでくる").fields


@pytest.mark.parametrize(
    "text",
    [
        "息子さまだご飯食べさせでねえ、今から作る",
        "ばっぱの煮物うまいっちゃ",
    ],
)
def test_not_yet_fed_or_a_grandmothers_cooking_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a pet gone


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫いなぐなって三日だず。見だ人いねべか",
        "犬っこいねぐなって二日",
        "飼い猫いなぐなって探してるっちゃ",
    ],
)
def test_a_pet_gone_in_tohoku_speech_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_a_father_gone_so_stays_an_emergency(ex):
    assert "emergency" in ex("親父いなぐなって三日だず").crisis


# ---------------------------------------------------------------- 行がんね


@pytest.mark.parametrize(
    "text",
    [
        "山形市さ住んでっから週末しか行がんねっけ",
        "仕事で病院さ行がんねがった",
        "字ぃ書がんねぐなった",
    ],
)
def test_cannot_go_in_okitama_speech_is_no_cancer(ex, text):
    assert "health" not in ex(text).fields


def test_cancer_stays_health(ex):
    assert "health" in ex("母が肺がんで入院した").fields


# ---------------------------------------------------------------- low mood


@pytest.mark.parametrize(
    "text",
    [
        "最近なにしても楽しぐねえ",
        "何やっても楽しぐね。朝起ぎんのもしんどい",
        "何食ってもうまぐねえんだっちゃ",
    ],
)
def test_nothing_enjoyable_in_tohoku_speech_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- money lost to gambling


@pytest.mark.parametrize(
    "text",
    [
        "パチンコやめらんねくて、また給料ねぐした",
        "競馬で生活費すってしまった",
        "給料全部パチンコで使ってしまう",
    ],
)
def test_money_lost_to_gambling_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_a_pachinko_hall_visited_is_no_hardship(ex):
    assert "hardship" not in ex("パチンコ屋の前で友達に会った").fields


# ---------------------------------------------------------------- bathing alone


@pytest.mark.parametrize(
    "text",
    [
        "実家の親父さ毎日寄れねえんだっちゃ。一人で風呂入ってんのも心配で",
        "母が一人で風呂さ入るのが危ねくて",
    ],
)
def test_a_parent_bathing_alone_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- withdrawal


@pytest.mark.parametrize(
    "text",
    [
        "うつで仕事辞めでから半年、ほとんど部屋がら出でねえ",
        "息子が学校やめでから一年、家から一歩も出でね",
    ],
)
def test_not_leaving_the_room_in_tohoku_speech_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- the path after school


@pytest.mark.parametrize(
    "text",
    [
        "息子が自閉症で、高校卒業したら就労継続支援B型さ行がせっか迷ってだ",
        "娘が高校卒業したら作業所さ通わせるか迷ってる",
        "支援学校を卒業したあとの進路、どうすっぺ",
    ],
)
def test_a_childs_path_after_school_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は40で、高校卒業してからずっと作業所に通ってる",
        "私は高校卒業したら就職した",
    ],
)
def test_a_school_left_long_ago_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- the pension and the hospital


@pytest.mark.parametrize(
    "text",
    [
        "弟は50で20年家さいる。母ちゃん85で、年金で弟食わしてんの。母ちゃん入院したら弟どうすっぺ",
        "兄(52)は働がねで、父(84)の年金で暮らしてる。父が施設さ入ったら兄はどうなるべ",
    ],
)
def test_an_8050_pension_with_the_parent_away_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_an_8050_pension_alone_stays_no_hardship(ex):
    assert "hardship" not in ex("兄(52)は働がねで、父(84)の年金で暮らしてる").fields


# ---------------------------------------------------------------- quitting wondered about


@pytest.mark.parametrize(
    "text",
    [
        "弟の作業所の送り迎えと母の通院で、おれ仕事辞めるしかねえべか",
        "母の介護で、仕事辞めねばなんねべか",
    ],
)
def test_quitting_wondered_about_in_tohoku_speech_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護で仕事辞めるしかねがった",
        "父の介護で仕事辞めたっけ。金がねえ",
    ],
)
def test_a_job_already_left_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields
