"""Round 28 (35v13), from the misses of sets V13 and W13 (written as held out; read after
their unseen scores were recorded). 「明日起きなくてもいい」; 「家族に保険金残せたら」; a step
forward on the platform, trains let pass at the platform's edge; a family member who tells
an old parent 「早く死んで」 (abuse, not the writer's suicide); a small child struck hard 「気づ
いたら」; a child shut in a cupboard; a child alone at night through a parent's night shift;
chest pain, crouched; a suction machine stopped by a power cut. And what only looks like
that: 「怒鳴ったり手をあげたりする人ではない」, the fear of dying alone, a pot left on the
stove yesterday, leaving home for a job after school."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "所持金400円。もうどうなってもいいし明日起きなくてもいい",
        "朝なんか来なくてもいい",
        "借金が返せない。家族に保険金残せたらなって本気で考えてしまう",
        "駅のホームで、このまま一歩出たら楽かなって思った",
        "ホームの端で電車を何本か見送った。乗らなかったけど",
    ],
)
def test_wishing_not_to_wake_and_steps_toward_the_tracks_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "明日は休みだから起きなくてもいい",
        "このまま誰とも関わらずに死ぬのかなと思うと不安です",
        "一人で死ぬのかなって怖い",
        "ホームの端で電車の写真を撮っていました",
    ],
)
def test_a_day_off_and_fear_of_dying_alone_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "介護してる母に「早く死んで」って毎日言ってしまう",
        "夫が義母に「早よ死ねや」と毎日のように言ってる",
        "2歳の息子がいうこと聞かなくて気づいたら思いっきり叩いてた",
        "娘が泣き止まなくて、つい強く叩いてしまった",
        "今朝2歳の息子を泣き止まないからって押し入れに閉じこめてしまった",
        "息子は夜勤だから孫は夜ひとりで寝てるって",
    ],
)
def test_harsh_words_blows_and_nights_alone_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_telling_a_parent_to_die_is_not_the_writers_suicide(ex):
    assert "suicide" not in ex("介護してる母に「早く死んで」って毎日言ってしまう").crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が胸が苦しいって言ってうずくまってる",
        "台風で停電してて、寝たきりのじいちゃんのたん吸引器が動かない",
        "停電で父の人工呼吸器が止まりそう、バッテリーあと1時間",
    ],
)
def test_chest_pain_and_machines_stopped_are_emergencies(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫は怒鳴ったり手をあげたりする人ではないんですけど、お金のことだけがだめで",
        "昨日は鍋を火にかけたまま散歩に出てて、近所の人が消してくれたらしい",
        "卒業したら就職して家出たいけど、妹が心配",
        "停電のときの吸引器の備えについて知りたい",
    ],
)
def test_denials_past_slips_and_plans_are_no_crisis(ex, text):
    assert not ex(text).crisis
