"""Round 19 (27x): short messages with tangled worries, often about someone else — 「なんで
生きてるのかわかんない」, a suicide told from a platform or a roof now, a family member searched
for and not found, an older person found outside who cannot say a name or an address, job
seeking and nursery fees; and what is not that: a goldfish's life, a lesson's theme, a
brother who could not live alone if the mother fell ill, a neighbour not seen outside since a
birth, keys or a helper searched for, a parent at home who forgets the address."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- なんで生きてるのか


@pytest.mark.parametrize(
    "text",
    [
        "なんで生きてるのかわかんない。誰とも話したくない",
        "何のために生きてるのかわからなくなりました",
        "なんのために生きとるんかわからん。もう疲れた",
        "中2の息子が「なんで俺まだ生きてるんだろ」とつぶやいていた",
        "なんでいきてるのかな　もうわかんない",
        "母が電話で「わしは何のために生きとるんじゃろ」と言うようになった",
        "なんで生きなきゃいけないの。しんどい",
        "なんで私生まれてきたんだろう。毎晩そればかり考える",
    ],
)
def test_losing_the_reason_to_live_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この金魚、なんで生きてるのかわからないくらい丈夫です",
        "なんで生きてるのかを考える道徳の授業がありました",
        "人はなんのために生きているのか、について作文を書く宿題が出た",
        "赤ちゃんはなんで生まれてくるの？と娘に聞かれました",
    ],
)
def test_the_reason_to_live_as_a_topic_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- at the spot now


@pytest.mark.parametrize(
    "text",
    [
        "いま駅のホームにいます。次の快速に飛び込もうかと思ってる",
        "今、橋の上に来てる。ここから飛び降りたら楽になれるかな",
        "いまマンションの屋上にいます。もう死にたい",
        "踏切の前にいる。次の電車で終わりにする",
        "今から飛び降ります。今までありがとう",
        "友だちから「今から死ぬ」ってLINEが来た",
        "ロープ用意した。今夜やる",
    ],
)
def test_a_suicide_told_from_the_spot_now_is_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "いま駅のホームにいます。電車が遅れていて乗り換えに間に合いません",
        "今から海に行きます！子どもたちは岩から飛び込んで遊ぶのが楽しみみたい",
        "今から死ぬ気で勉強します",
        "今夜やるドラマが楽しみ",
        "死にたいと思っていた時期もありましたが、いまは元気に働いています",
    ],
)
def test_a_place_or_now_without_a_suicide_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- searched for, not found


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが夜中に家出てって、いまおらん！",
        "おかんがおらへん、さっきから探してるけど見つからへん",
        "認知症の父が夜中に出ていって、探してるけど見つからない",
        "母を探しています。朝から近所を回ってるけど見当たりません",
        "じいちゃん、さがしよるけど見つからん。どうしよう",
    ],
)
def test_a_family_member_searched_and_not_found_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "鍵を探してるけど見つからない",
        "母と一緒に財布を探してるけど見つからない",
        "母がヘルパーさんを探してるけど見つからないみたい",
        "父の施設を探していますが、空きが見つかりません",
        "娘の保育園を探してるけど見つからん",
    ],
)
def test_a_thing_or_a_place_not_found_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- lost outside


@pytest.mark.parametrize(
    "text",
    [
        "近所のおじいさんが道に座り込んでいて、名前も住所も言えないみたいです",
        "おばあさんが裸足で外を歩いてて、名前を聞いても答えられない",
        "知らないおじいちゃんが公園のベンチにずっと座ってて、どこから来たか言えない。雪なのに薄着",
        "スーパーの前でおばあちゃんがうろうろしてて、家も住所もわからんって",
    ],
)
def test_an_older_person_lost_outside_is_an_emergency_and_care(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母が最近、自分の住所も言えなくなってきた",
        "認知症の父は家で名前も住所もわからないことがある",
        "公園で知らないおじいさんに道を聞かれた",
        "うちの子、まだ名前も住所も言えないので迷子が心配です",
    ],
)
def test_forgetting_at_home_or_a_question_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- someone else's life alone


@pytest.mark.parametrize(
    "text",
    [
        "母が倒れたら兄は一人で生きていけないと思います",
        "私がいなくなったら息子(45)はひとりで生きていけない",
        "父が亡くなったら母は一人では暮らしていけないでしょう",
    ],
)
def test_a_relative_who_could_not_live_alone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう生きていけない",
        "夫がいなくなって、私はもう一人では生きていけない。消えたい",
        "妹が「もう一人じゃ生きていけない、死にたい」と泣いている",
    ],
)
def test_ones_own_despair_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- not seen outside since


@pytest.mark.parametrize(
    "text",
    [
        "近所の若い奥さん、出産してから一度も外で見かけません",
        "お向かいのおじさん、奥さんを亡くしてからほとんど外に出てこない",
        "隣のお嫁さん、赤ちゃんが生まれてから一度も外で見かけない。心配です",
    ],
)
def test_not_seen_outside_since_a_life_event_is_isolation_not_emergency(ex, text):
    result = ex(text)
    assert "isolation" in result.patterns
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、3日前から一度も見かけない",
        "引っ越してきてから一度も外で見かけないけど、毎朝車で出勤しているみたい",
    ],
)
def test_not_seen_for_days_or_seen_going_out_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- fields: jobs and fees


@pytest.mark.parametrize(
    "text",
    [
        "仕事を探しています。市の就労支援ってありますか",
        "求職中で、なかなか決まりません",
        "職探しをしてるけど年齢で断られる",
        "働き口を探しとるけど、この辺はなかなかない",
    ],
)
def test_looking_for_work_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの店で働いてくれる人を探しています",
        "仕事は探していません、いまの職場で満足しています",
        "息子の生活費は私が出しています。本人は在宅で仕事を探しているところです",
    ],
)
def test_seeking_staff_or_not_seeking_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "今月の保育料も払われへん",
        "保育園代が払えなくて困ってます",
        "学童代、もう2か月ためてしまった",
    ],
)
def test_unpaid_nursery_fees_are_child_and_hardship(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "hardship" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "保育料の引き落とし日はいつですか",
        "保育料が無償化されて助かっています",
    ],
)
def test_a_fee_asked_about_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields
