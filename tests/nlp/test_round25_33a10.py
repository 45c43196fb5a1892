"""Round 25 (33a10): a father who 「手ぇ出してくる」 to the writer and their mother (a hand
raised against people, not 株に手を出す), a grown daughter's bruise whose partner is named in
the next sentence (DV, not child abuse), a young writer who gives only their age (「17です。」)
or says they quit high school and work or look after a parent, and a weekend or holiday spent
「引きこもって」 (how one spends a day off, not withdrawal)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 手を出す: a hand raised


@pytest.mark.parametrize(
    "text",
    [
        "中2です。父が酔っぱらうと僕と母に手を出してくる",
        "高1。おとんが飲んだらうちとおかんに手ぇ出してくるねん",
        "中学生です。お父さんがわたしとお母さんにすぐ手を出してきます",
        "小6。パパが怒るとぼくとママに手を出してくる。こわい",
        "中3やけど、親父が俺と母ちゃんに平気で手ぇ出してくる",
        "高2です。父は機嫌が悪いと私と母にまで手を出してきます",
    ],
)
def test_a_father_who_raises_a_hand_at_the_child_and_mother(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が酔うと私に手を出してきます。もう限界です",
        "彼氏が怒るとすぐ私に手ぇ出してくる",
        "主人は気に入らないことがあると私に手を出します。子どもも見ています",
    ],
)
def test_a_partner_who_raises_a_hand_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が株に手を出して大損しました",
        "ダイエット中なのにお菓子に手を出してしまった",
        "夫に手を出されたことは一度もありません。口げんかだけです",
        "新しい趣味に手を出してみようかな",
        "娘が最近ネイルに手を出してきた",
    ],
)
def test_shares_sweets_or_a_denial_are_no_violence(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


# ---------------------------------------------------------------- a grown daughter's partner


@pytest.mark.parametrize(
    "text",
    [
        "娘が顔にあざを作って実家に来ました。旦那さんに殴られたそうです",
        "嫁いだ娘が腕にあざを作っていた。どうやらご主人に叩かれたらしい",
        "息子が目の横にあざ作って帰ってきた。彼女から殴られたって",
        "娘が青あざだらけで帰ってきたの。聞いたら彼氏に殴られたって",
        "妹がほっぺにあざを作ってた。婚約者に手をあげられたみたい",
        "姉が顔にあざをつくってた。旦那さんから暴力を受けてるらしい",
    ],
)
def test_a_grown_childs_bruise_from_their_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が顔にあざを作って帰ってきた。担任に聞いても分からないと",
        "小学生の娘が腕にあざを作ってきました。学校で何かあったのかも",
        "夫が息子を叩いて、息子の腕にあざができた",
    ],
)
def test_a_childs_bruise_with_no_partner_of_theirs_keeps_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a young writer


@pytest.mark.parametrize(
    "text",
    [
        "17です。母の世話をしています。学校にあまり行けてません",
        "16だけど、弟たちのごはんも洗濯も全部わたしがやってる",
        "15です。おばあちゃんの介護で部活をやめました",
        "18です。父と二人暮らしで、高校やめてバイトしてます。父の通院の付き添いも私です",
        "高校やめて働いてます。病気の母の世話も私がしています",
        "19。学校辞めてバイトしとる。母の面倒もみよる",
    ],
)
def test_a_young_writer_who_cares_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "25歳です。高校を中退してから2年は働いていました",
        "息子が高校やめてバイトしてます。将来が心配です",
        "17年前に母を亡くしました",
        "45です。母の介護をしながら小学生の子を育てています",
    ],
)
def test_an_adult_or_a_son_who_quit_is_no_young_writer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a day off spent indoors


@pytest.mark.parametrize(
    "text",
    [
        "週末はずっと家に引きこもってゲーム三昧ｗ",
        "土日は基本ひきこもってアニメ見てる笑",
        "連休中ずっと引きこもって寝てたわ",
        "休みの日は一日中部屋にこもって漫画読んでます",
        "GWは引きこもって積んでた本を読む予定",
        "お正月は家に引き篭もってダラダラしてたｗ",
    ],
)
def test_a_day_off_spent_indoors_is_no_withdrawal(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夏休み明けから息子がずっと部屋に引きこもっています",
        "連休が終わってから娘が引きこもって半年になります",
        "弟は正月以来ずっと引きこもってて、もう10か月外に出ていない",
    ],
)
def test_withdrawal_since_a_holiday_is_still_withdrawal(ex, text):
    assert "hikikomori" in ex(text).patterns
