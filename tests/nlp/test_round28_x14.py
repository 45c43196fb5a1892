"""Round 28 (35x14), from the crisis misses of sets X14 and Y14 (written as held out; read
after their unseen scores were recorded). A letter written and 「これで終わりにするつもり」;
looking down from the balcony all the time; a carer's 「二人で一緒にいってしまおうか」; an
overdose with vomiting; nappies a husband will not let be changed; a sibling who draws the
parents' pension; a lighter's flame brought near a child 「しつけ」; 「逃げたら殺す」 at a
break-up; kept indoors and not a thousand yen to spend; 「お前には価値がない」 from a partner.
And what only looks like that: a job or a serial ended 「これで」, a trip together, keeping a
flame away from a child."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "手紙書いて机の引き出しにしまった。これで終わりにするつもり",
        "遺書を書きました。今夜で終わりにします",
        "最近ベランダから下ばっかり見てる",
        "夫の介護に疲れて、このまま二人で一緒にいってしまおうかと考える",
    ],
)
def test_letters_looks_down_and_going_together_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "このブログはこれで終わりにします。読んでくれてありがとう",
        "バイトは今日で終わりにする",
        "夫と二人で一緒に温泉に行ってしまおうかな",
    ],
)
def test_a_blog_a_job_and_a_trip_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_an_overdose_with_vomiting_is_an_emergency(ex):
    assert "emergency" in ex("OD して吐きまくってる　親にはバレたくない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの義母、夫が「ほっとけ」って言ってオムツ替えさせてくれない",
        "弟が80代の両親の年金まで勝手におろしてる",
        "兄が祖母の通帳を勝手に使ってる",
        "夫が子どもに「しつけ」って言ってライターの火を近づけてた",
    ],
)
def test_neglect_money_and_flame_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_keeping_a_flame_away_is_no_abuse(ex):
    assert "abuse" not in ex("花火のとき子どもに火を近づけないよう気をつけています").crisis


@pytest.mark.parametrize(
    "text",
    [
        "別れたいって言ったら「逃げたら殺す」って返ってきた",
        "主人は怒ると玄関の前に立って私を外に出しません",
        "お金は全部夫が持ってて、私は千円も自由にならないです",
        "夫に毎日「お前には価値がない」と言われてます",
        "彼氏から「役立たず」って毎日いわれる",
    ],
)
def test_threats_confinement_money_and_contempt_are_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_a_friend_called_worthless_in_a_game_is_no_dv(ex):
    assert not ex("ゲームで友達に「役立たず」って言われて笑った").crisis
