"""Round 28 (36s13): from the misses of set S13. A partner banging on the door right now
while the writer cannot get out; the fear of what a partner will do if divorce is raised;
an ex's threat 「家知ってるからな」 or 「どこに逃げても見つける」; hands that shake when a
husband's homecoming draws near (「今日は何で怒られるんやろ」); a carer's 「いっそ二人で…」;
「死にたいとかじゃないけど消えたら楽かな」; a farewell sent round to everyone, the office too
(「今までお世話になりました。役所の方にも一応」); no meals at home but the school lunch; a
pupil who does all the housework (「家のことは全部ぼく」); a back put out so that one cannot
work; arms hidden under long sleeves (self-harm, also health); a support group introducing
itself. And what only looks like that: a courier knocking, a friend who knows the way home,
a husband whose return one looks forward to, a trip 「いっそ二人で」, pain that would be a relief
to lose, a farewell on moving or retiring, a pupil who ate only lunch before going home ill,
an adult who does all the housework, a mother's bad back, long sleeves against the sun."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a partner at the door now


@pytest.mark.parametrize(
    "text",
    [
        "いま元夫が玄関のドアをドンドン叩いてる。こわくて動けない",
        "今旦那がドア蹴ってきてる、開けろって怒鳴ってる、助けて",
        "いま彼氏が部屋のドアを叩いてて出られへん、こわい",
        "こわい。今かれしが外からドアをどんどんしてる",
    ],
)
def test_partner_at_the_door_now_is_dv_and_emergency(ex, text):
    """A partner banging on the door right now, the writer afraid or shut in: dv and emergency."""
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "今宅配の人がドア叩いてる、ちょっと待ってて",
        "いま子どもがドアを叩いて遊んでる",
        "夫にドアを叩いて起こされた",
        "玄関のドアをノックする音がしたけど誰もいなかった",
    ],
)
def test_knocking_is_no_crisis(ex, text):
    """A courier, a child at play, a husband waking one up: no dv, no emergency."""
    crisis = ex(text).crisis
    assert "dv" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- afraid to raise a divorce


@pytest.mark.parametrize(
    "text",
    [
        "別れ話を切り出したら何をされるかわからないので言えません",
        "旦那に離婚したいって言うたら殺されると思う",
        "家を出たいけど、逃げたら何されるか分からない",
        "別居したいって伝えたら、なにされるかわからんから黙ってる",
    ],
)
def test_afraid_to_raise_a_divorce_is_dv(ex, text):
    """Divorce or leaving not raised for fear of what the partner will do: dv."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "親に離婚するって言ったら何言われるかわからん",
        "離婚したいけど、子どもにどう話したらいいかわからない",
        "離婚の手続きは何をしたらいいかわからない",
        "友だちが離婚したって言ってた",
    ],
)
def test_divorce_without_fear_is_no_dv(ex, text):
    """What parents will say, how to tell the children, the paperwork: no dv."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- an ex's threat


@pytest.mark.parametrize(
    "text",
    [
        "元夫から「住所知ってるからな」ってメールが来た",
        "別れた彼氏に「どこに逃げても見つけ出す」って言われた",
        "元カノから「職場わかってるんだぞ」ってDMがきます",
        "元旦那が「実家知ってるぞ」ってしつこく電話してくる",
    ],
)
def test_ex_threat_is_dv(ex, text):
    """An ex or partner who says they know where one lives or will find one anywhere: dv."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達が家知ってるから迎えに来てくれる",
        "彼氏は私の家知ってるから送ってくれた",
        "どこに逃げても猫は見つけ出してくる",
        "新しい職場わかってるから、あとは引っ越すだけ",
    ],
)
def test_knowing_the_way_is_no_dv(ex, text):
    """A friend or partner who knows the house and helps, a cat: no dv."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- dreading a partner's return


@pytest.mark.parametrize(
    "text",
    [
        "旦那の車の音がすると体がこわばる",
        "主人が帰ってくる時間が近づくと動悸がして吐き気がする",
        "彼氏と同棲してて、今日はなんで怒られるんだろうって毎日びくびくしてる",
        "夫が帰宅する頃になると手がふるえる。きょうは何で怒鳴られるんやろ",
    ],
)
def test_dreading_a_partner_is_dv(ex, text):
    """A body that shakes as a partner's homecoming nears, or the daily 「何で怒られる」: dv."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が帰ってくるのが楽しみ",
        "上司に今日は何で怒られるんやろ",
        "認知症の夫が帰ってくるのが遅くて怖い",
        "夫が帰ってくる時間に合わせてごはんを作る",
    ],
)
def test_homecoming_without_fear_is_no_dv(ex, text):
    """Looking forward to it, a boss, a late husband with dementia, dinner on time: no dv."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- 「いっそ二人で…」


@pytest.mark.parametrize(
    "text",
    [
        "母の介護もう無理。いっそのこと二人で…って考えてしまう",
        "この子と一緒に…とか考えてしまう夜がある",
        "義父の世話で疲れ切った。いっそ、ふたりで…と思う",
        "もうしんどい。いっそ親子で…なんて考える",
    ],
)
def test_together_trailing_off_is_suicide(ex, text):
    """「いっそ二人で…」 left unsaid by a worn-out carer or parent: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "いっそ二人で旅行にでも行こうかな",
        "いっそ家族で引っ越そうかな",
        "母と二人で...なんとかやってます",
        "いっそ一緒に住んだ方が介護は楽かな",
    ],
)
def test_together_plans_are_no_suicide(ex, text):
    """A trip, a move, getting by together, moving in: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- denied, then 消えたら楽


@pytest.mark.parametrize(
    "text",
    [
        "別に死にたいわけじゃないけど、いなくなったら楽かなって思う",
        "死にたいとは思ってないけどふと消えたら楽かなって",
        "学校行けてない。たまに消えたらラクになれるかなって考える",
        "自殺とかじゃないけど、おらんくなったら楽やろなって",
    ],
)
def test_denied_then_vanish_is_suicide(ex, text):
    """「死にたいとかじゃないけど」 followed by vanishing as a relief: suicide all the same."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "痛みが消えたら楽になるかな",
        "借金が消えたら楽なのに",
        "このシミ、けど消えたら楽やのになあ",
        "死にたいとかじゃないです。仕事の相談です",
    ],
)
def test_pain_or_debt_gone_is_no_suicide(ex, text):
    """Pain, debt or a stain that would be a relief to lose, a plain denial: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a farewell sent round


@pytest.mark.parametrize(
    "text",
    [
        "今まで本当にお世話になりました。市役所の皆さんにもよろしく",
        "これまでありがとうございました。みんなにも一言伝えておきます",
        "長い間お世話になりました。役場の人にも念のため",
        "いままでありがとう。そちらの方にもいちおう",
    ],
)
def test_farewell_sent_round_is_suicide(ex, text):
    """A farewell with no reason given, sent to everyone and the office too: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "来月引っ越します。今まで大変お世話になりました。役所の方にも一応ご挨拶を",
        "退職しました。今までお世話になりました。みなさんにもよろしく",
        "今までお世話になりました。転勤になったので、窓口の皆さんにもよろしく",
        "母が施設に入りました。今までありがとうございました。ケアマネさんにもよろしく",
    ],
)
def test_farewell_with_a_reason_is_no_suicide(ex, text):
    """A farewell on moving, retiring, a transfer or a move to a home: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- only the school lunch


@pytest.mark.parametrize(
    "text",
    [
        "家ではごはん出ないから給食しか食べてない",
        "朝ごはんも晩ごはんも作ってもらえないから、食べるのは給食だけ",
        "あさごはんもよるごはんもないからきゅうしょくだけ",
        "息子の友達、夕飯食べてないから給食だけが頼りって言ってた",
    ],
)
def test_only_school_lunch_is_abuse(ex, text):
    """No breakfast or dinner at home, the school lunch the only meal: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "給食だけ食べて早退しました",
        "給食だけアレルギー対応してもらえますか",
        "夏休みは給食がないからお昼ごはん作るのが大変",
        "朝ごはんはパン派です。給食の献立表はどこで見られますか",
    ],
)
def test_school_lunch_talk_is_no_abuse(ex, text):
    """Home early after lunch, allergies, summer lunches to make, the menu: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- all the housework is me


@pytest.mark.parametrize(
    "text",
    [
        "母が夜勤で家のことはほとんどわたし。中2です",
        "お母さん病気で家事は全部うち。小6",
        "父がうつで家のことぜんぶ僕。中3",
        "高2。母がおらんけん家事はほぼ自分",
    ],
)
def test_pupil_doing_all_housework_is_young_carer(ex, text):
    """A pupil who says the housework is all theirs: young carer."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "家のことは全部私。夫は何もしない",
        "共働きで家事は全部わたし、もう疲れた",
        "中2の息子、家のことは全部私まかせ",
        "家事は全部夫がやってくれます",
    ],
)
def test_adult_doing_housework_is_no_young_carer(ex, text):
    """An adult who does the housework, a teenager who leaves it to the parent: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a back put out


@pytest.mark.parametrize(
    "text",
    [
        "腰いわして仕事いけへん",
        "腰やって仕事できん。どうしよう",
        "わし、膝やってしもて働けん",
        "肩痛めて仕事ができない",
    ],
)
def test_back_put_out_is_health(ex, text):
    """One's own back, knee or shoulder hurt so that one cannot work: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母が腰やって動けん",
        "腰を据えて仕事探したい",
        "肩の荷が下りて働ける",
        "膝を交えて話し合いたい",
    ],
)
def test_back_look_alikes_are_no_health(ex, text):
    """A mother's back (care), idioms with 腰・肩・膝: no health of the writer."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- arms hidden


@pytest.mark.parametrize(
    "text",
    [
        "夏なのに長袖で腕の傷かくしてる。やめられない",
        "夏でもずっと長袖で、腕を見せたがらない娘",
        "うちの子、リストバンドで腕を隠してるんです",
        "腕を見せようとしない、いつも長袖",
    ],
)
def test_hidden_arms_are_health(ex, text):
    """Arms hidden under long sleeves or a wristband (self-harm): health as well as suicide."""
    result = ex(text)
    assert "health" in result.fields
    assert "suicide" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "日焼けが嫌で長袖着て腕を隠してる",
        "冷房が寒いので長袖で腕を隠してます",
        "長袖のシャツはどこで売ってますか",
        "腕を隠すデザインの服が好き",
    ],
)
def test_sleeves_against_the_sun_are_no_health(ex, text):
    """Long sleeves against the sun or the cold, shopping for clothes: no health."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a support group says hello


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもり支援のNPOです。チラシを置かせてください",
        "ひきこもり支援の団体です。講演会のお知らせです",
        "不登校・ひきこもりの家族会の者です。会場をお借りしたい",
        "ひきこもりサポートの法人の担当者です。ポスターの掲示をお願いできますか",
    ],
)
def test_support_group_hello_is_no_hikikomori(ex, text):
    """A group that supports the withdrawn, introducing itself: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が10年ひきこもりで、支援団体を探しています",
        "ひきこもり支援のNPOです。相談者の息子さん(40)が5年部屋から出てきません",
        "娘が半年ひきこもってる。家族会ってありますか",
        "弟が何年も引きこもっています。支援してくれるNPOはありますか",
    ],
)
def test_withdrawn_kin_is_hikikomori(ex, text):
    """A family member withdrawn for months or years, a group's client described: hikikomori."""
    assert "hikikomori" in ex(text).patterns
