"""Round 33 (41f22): how young people write. A day one does not want to come
(「明日とか来なくていい」); a stepfather who walks in while the writer is in the bath, written
without the particle (「風呂入ってるとき勝手に入ってくる」); a hearing or sight loss written
with ほぼ or 生まれつき (「耳ほぼ聞こえない」); a pupil who takes a brother or sister to the bus
stop every morning before school (young carer).
And what only looks like that: 「明日とか来なくていいよ」 said to someone, or heard from a
boss; a disclaimer before the real question (「虐待とかの話じゃないんだけど」); 「バ先の子」
(a colleague at a part-time job, not a child); care that ended last year with the
grandparent now settled in a home; a parent bathing with a child; a noisy train."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a day that need not come


@pytest.mark.parametrize(
    "text",
    [
        "明日とか来なくていい。もう疲れた",
        "朝とかもう来なくていいのに",
        "あしたとか来なくていい。ガチで",
        "明日とか来ないでほしい。おやすみ",
        "明日とか来なくていい、学校も家もしんどい",
    ],
)
def test_a_day_that_need_not_come_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "明日とか来なくていいよ、ゆっくり休んで",
        "店長に明日とか来なくていいって言われた",
        "テストやだ、明日とか来なくていい",
        "明日とか来なくていいから、週末に会おう",
        "明日とか来なくていいし、無理しないで",
        "明日とか来なくていい、シフト代わるから",
    ],
)
def test_a_day_off_or_a_test_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- walked in on in the bath


@pytest.mark.parametrize(
    "text",
    [
        "高1です。義理の父が風呂入ってるとき勝手にドア開けてくる",
        "義理の父がシャワー浴びてるとき勝手に開けてくる、気持ち悪い",
        "ママの彼氏がお風呂入ってる時いつも入ってこようとする",
        "中2。継父がトイレ入ってるとき開けてくる　むり",
    ],
)
def test_walked_in_on_in_the_bath_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パパがお風呂入ってるとき子どもが入ってくる",
        "お父さんがお風呂入ってるとき娘が入ってきて一緒に洗ってる",
        "父が風呂入ってるとき宅配の人が来た",
    ],
)
def test_a_child_joining_a_parent_in_the_bath_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- hearing and sight


@pytest.mark.parametrize(
    "text",
    [
        "耳ほぼ聞こえないから窓口で筆記にしてほしい",
        "母が耳ほぼ聞こえなくて、手続きの電話ができない",
        "片耳生まれつき聞こえないんだけど、何か使える制度ある？",
        "目ほぼ見えないから書類読めない",
    ],
)
def test_hearing_or_sight_loss_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "電車うるさすぎて声ほぼ聞こえない",
        "イヤホンの音ほぼ聞こえない、壊れた？",
        "隣の工事の音で電話の声がほぼ聞こえない",
    ],
)
def test_a_noise_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- a sibling taken to the bus stop


@pytest.mark.parametrize(
    "text",
    [
        "妹が障害あって、毎朝バス停まで連れてってから学校行く。いつも遅刻",
        "弟を毎朝支援学校まで送ってから登校してる。遅刻しがち",
        "弟が自閉症で、毎朝バス停まで送ってから学校行ってる。遅刻ばっかで先生に怒られる",
    ],
)
def test_a_pupil_who_takes_a_sibling_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "弟が障害あって、毎朝作業所まで送ってから仕事行ってる。遅刻ばっかで上司に怒られる",
        "弟が毎朝駅まで送ってくれてから学校行ってる。遅刻しがち",
    ],
)
def test_an_adult_sibling_or_a_lift_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a disclaimer first


@pytest.mark.parametrize(
    "text",
    [
        "虐待とかの話じゃないんだけど、うちの子の健診って何か月だっけ？",
        "虐待の相談ではないのですが、児童手当の振込日を教えてください",
        "DVとかの話じゃないんですけど、離婚の手続きってどこで聞けますか",
        "死にたいとかの話じゃなくて、ただ眠れないだけ",
    ],
)
def test_a_disclaimer_is_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("これって虐待の話じゃないですか？", "abuse"),
        ("虐待とかの話じゃないんだけど、親に毎日殴られてる。中2", "abuse"),
        ("死にたいとかの話じゃないけど、ロープ買った", "suicide"),
    ],
)
def test_a_question_or_what_follows_still_counts(ex, text, label):
    assert label in ex(text).crisis


# ---------------------------------------------------------------- a colleague at the part-time job


@pytest.mark.parametrize(
    "text",
    [
        "バ先の子の腕、傷だらけで心配",
        "バイト先の子が最近リスカしてるっぽい",
        "職場の子がずっと休んでて連絡つかない",
    ],
)
def test_a_colleague_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの子がバイト先でいじめられてる",
        "会社の子育て支援制度って使える？",
    ],
)
def test_ones_own_child_is_still_a_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- care that has ended


@pytest.mark.parametrize(
    "text",
    [
        "去年までじいちゃんの介護してたけど、今は施設入って落ち着いてる。今日はゴミのことで",
        "去年まで母の介護してたけど、今はホームに入って穏やかに過ごしてる。住民票のことで",
        "2年前まで祖母の世話をしていましたが、今は施設に入所して落ち着いています。",
    ],
)
def test_care_that_has_ended_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年まで母の介護してたけど、今は施設に入って落ち着いてる。でも費用が払えなくて",
        "去年まで父の介護をしてたけど、今は施設に入って落ち着いた。次は母が認知症っぽい",
    ],
)
def test_care_with_a_new_worry_is_still_care(ex, text):
    assert "care" in ex(text).fields
