"""Round 27 (35m12), from the crisis misses of sets M12 and N12 (written as held out; read
after their unseen scores were recorded). Living by a partner's moods (顔色をうかがって); a
drunk husband who knocked a hole in the wall while the writer hides in the toilet now; a
baby shaken hard; an ex who waits outside the house or sends a hundred LINEs; a carer's
「二人で終わりにしよかな」; 「このまま静かに終わってもええかな」; 「私がいなくなれば保険で」;
pulled from the bed by care staff; the dead one's place without に (「お父さんのとこ行きたい」).
And what only looks like that: violence long past with no contact now, a bag pulled, a
sleeper shaken awake, a pleasant wait outside a friend's house."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "もう夫の顔色をうかがって暮らすのは無理です",
        "毎日旦那の機嫌ばかりうかがって生活しています",
        "彼氏の顔色を見て生きるのに疲れた",
        "元カレが別れてからも家の前で待ってたりします",
        "別れた夫が職場の前で待ち伏せしていて怖い",
        "元彼から1日100件くらいLINEが来る",
        "前の旦那から何十通もメールが届きます",
    ],
)
def test_control_and_stalking_are_dv(ex, text):
    """Walking on eggshells around a partner; an ex who waits outside or floods the phone."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "上司の顔色をうかがって毎日働いています",
        "友達が家の前で待っててくれて、一緒に学校に行きました",
        "別れた夫の暴力は昔のことで、今は連絡もありません",
        "DVは何年も前の話で、今は子どもと平和に暮らしています",
    ],
)
def test_a_boss_a_friend_and_the_past_are_no_dv(ex, text):
    """A boss's moods, a friend who waits, violence long past: no DV now."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那が酔って壁に穴あけた。今トイレに鍵かけて隠れてる",
        "夫がドアを蹴破ってきた。いま子どもと押し入れに隠れてます",
        "彼氏が暴れてて、今お風呂に鍵をかけて隠れています",
    ],
)
def test_hiding_now_from_a_violent_partner_is_dv_and_an_emergency(ex, text):
    crisis = set(ex(text).crisis)
    assert {"dv", "emergency"} <= crisis


def test_hide_and_seek_is_no_emergency(ex):
    assert "emergency" not in ex("子どもとかくれんぼしてて、今は押し入れで遊んでます").crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きで寝れなくて、昨日赤ちゃんを強くゆすってしまった",
        "泣き止まない子を思いきり揺すってしまいました。自分が怖い",
    ],
)
def test_a_baby_shaken_hard_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_sleeper_shaken_awake_is_no_abuse(ex):
    assert "abuse" not in ex("朝、寝坊した夫を強くゆすって起こしました").crisis


@pytest.mark.parametrize(
    "text",
    [
        "近所のおじいさん、寝たきりの奥さんを介護してはるんやけど「もう二人で終わりにしよかな」て言うてた",
        "介護に疲れて、母と二人で終わりにしたいと思ってしまう",
        "このまま静かに終わってもええかなと思っとる",
        "もう眠るように死んでもいいかな",
        "私がいなくなれば保険で全部なんとかなるのかな",
        "わしが死んだら保険金で借金は返せる",
        "母が「早くお父さんのとこ行きたい」って毎日言います。父は去年亡くなりました",
        "去年父が亡くなってから、母が「お父さんのとこ行きたい」と泣く",
    ],
)
def test_joint_endings_quiet_endings_and_joining_the_dead_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今日の会議はこのまま静かに終わってもいいかな",
        "二人で終わりにしようって、彼と別れ話をしました",
        "お父さんのとこ行きたいけど、単身赴任先が遠くて",
        "保険で全部なんとかなるって、火事のあとに言われました",
    ],
)
def test_meetings_break_ups_and_visits_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母がデイサービスから帰ってきたら擦り傷。職員さんにベッドから引っぱられたって",
        "施設で父が車いすから無理やり引きずり下ろされたと聞きました",
    ],
)
def test_pulled_about_by_care_staff_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_bag_pulled_is_no_abuse(ex):
    assert "abuse" not in ex("電車で母がかばんを引っぱられて転びそうになりました").crisis
