"""Round 28 (36t13): what a home helper, a neighbour or a sibling sees from outside. A son
who pushes his wife against the wall in the house of the old woman the helper visits; a
mother's pension spent by a brother whose age is written in brackets; 「たすけて」 heard from
the house next door; welts on a brother back from the group home, 「職員にやられた」; an ex
banging on the door shouting 「開けろ」. Also a DV word read online and denied by the writer,
a son who leaves his room only for meals, 「誰もわかってくれない」, a care worker who changes
nursing homes. And what only looks like that: a son who helps his wife, a cry for help in a
game or on TV, a cat's scratch, a door banged in a drama, DV played down beside a blow."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a couple's violence seen


@pytest.mark.parametrize(
    "text",
    [
        "近所のおばあさんの家で、息子さんが奥さんを突き飛ばしてるのを見てしまいました",
        "配達先で、ご主人が奥さんの胸ぐらをつかんで怒鳴ってた。通報した方がいい？",
        "デイの送迎のとき、利用者さんの息子さんがお嫁さんを叩いてるのが見えた",
        "隣の家の旦那さんが奥さんを蹴ってるのを見た",
    ],
)
def test_couple_violence_seen_by_others_is_dv(ex, text):
    """One partner striking or shoving the other, seen by a helper or a neighbour: dv."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子さんがお嫁さんに優しく声をかけてました",
        "利用者さんの息子さんがお嫁さんの家事を手伝ってて仲良しです",
    ],
)
def test_couple_kindness_seen_is_no_dv(ex, text):
    """A son who speaks kindly to or helps his wife: no dv."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a pension spent by kin


@pytest.mark.parametrize(
    "text",
    [
        "祖母の年金を同居の叔父(60)が勝手に使ってて、祖母は食べるものもない",
        "父(88)の貯金を弟(52、無職)が全部おろして使ってしまった",
        "ばあちゃんの年金、孫(30)が使い込んでるみたい",
        "母の年金を兄（58）が全部使ってしまって、母はやせてきてる",
    ],
)
def test_pension_spent_by_kin_with_age_in_brackets_is_abuse(ex, text):
    """An older person's money spent by a relative whose age is in brackets: abuse."""
    assert "abuse" in ex(text).crisis


def test_living_on_a_pension_with_a_brother_is_no_abuse(ex):
    """Living together on the mother's pension, nothing taken: 8050, no abuse."""
    result = ex("母の年金で兄(50)と暮らしてます")
    assert "abuse" not in result.crisis
    assert "8050" in result.patterns


def test_mother_thinner_while_pension_spent_is_care(ex):
    """The mother getting thin while her pension is spent: care as well as abuse."""
    assert "care" in ex("母(82)の年金を弟(50、無職)が使い込んで、母はだんだんやせてきた").fields


def test_mother_thinner_on_a_diet_is_no_care(ex):
    """A mother who lost weight on a diet: no care."""
    assert "care" not in ex("母がダイエットでやせてきたって喜んでる").fields


# ---------------------------------------------------------------- a cry for help next door


@pytest.mark.parametrize(
    "text",
    [
        "裏の家から「たすけて」って声が聞こえる",
        "向かいのおばあさんの家の中から助けてって声がする、鍵がかかってて開かない",
        "隣の部屋から「助けて」と小さい声がきこえた",
        "となりのうちから、たすけてーって声がする",
    ],
)
def test_cry_for_help_next_door_is_emergency(ex, text):
    """「たすけて」 heard from a neighbour's house: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の子が遊んでて「たすけて〜」って声が聞こえて笑った",
        "隣の家からテレビの「助けて」って声が聞こえる",
        "となりの子たち、ゲームしながら「たすけてー」って声が聞こえる",
    ],
)
def test_cry_for_help_in_play_is_no_emergency(ex, text):
    """A child at play or a TV: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- marks from a care home


@pytest.mark.parametrize(
    "text",
    [
        "グループホームから帰ってきた娘の腕にあざがあって、「職員さんに叩かれた」って言うんです",
        "施設に入ってる父の足にミミズ腫れ。聞いたら「夜勤の人にやられた」と",
        "作業所に通う息子の背中に傷があった。作業所の人にやられたって",
        "ショートステイから戻った母の腕にあざ、「スタッフさんにつねられた」って",
    ],
)
def test_marks_from_a_care_home_are_abuse(ex, text):
    """A bruise, welt or wound on someone in a home, blamed on the staff: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "転んで膝にあざができた。猫にやられた傷もある",
        "施設の庭で転んで傷ができたとホームから連絡がありました",
    ],
)
def test_marks_from_a_fall_are_no_abuse(ex, text):
    """A fall or a cat's scratch: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- banging on the door now


@pytest.mark.parametrize(
    "text",
    [
        "元夫が玄関のドアをドンドン叩いて「開けろ」って叫んでる",
        "彼氏が外でドアを蹴って「出てこい」って怒鳴ってる、怖い",
        "「開けろ！」って元カレが窓をたたいてる",
        "別れた旦那がドアをガンガン叩いて「ぶっ殺すぞ」って言ってる",
    ],
)
def test_door_banged_with_a_threat_is_emergency(ex, text):
    """Someone at the door now, banging and shouting 「開けろ」 or a threat: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで犯人がドアを叩いて「開けろ」って叫ぶシーンが怖かった",
        "子どもがトイレのドアを叩いて「開けて」って言ってる",
    ],
)
def test_door_banged_in_a_drama_is_no_emergency(ex, text):
    """A drama scene or a child knocking to be let in: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a DV word read and denied


@pytest.mark.parametrize(
    "text",
    [
        "友達にそれモラハラだよって言われたけど違いますよね？夫は家事も手伝ってくれるし優しいです",
        "家計は夫が管理してるけど不満はないです。雑誌で経済的DVとか書いてあったけど違いますよね",
        "ネットで読んだらDVって書いてあってびっくり。うちは夫婦で話し合って決めてるし違うよね",
        "テレビで虐待って言ってたけど、うちのしつけは違いますよね。ちゃんとごはんも食べさせてます",
    ],
)
def test_dv_word_read_and_denied_is_no_crisis(ex, text):
    """A DV word met online or in talk and denied, with no harm named: no dv, no abuse."""
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られることがある。DVって言われたけど違いますよね",
        "彼氏にスマホ全部見られる。ネットでDVって書いてあったけど違うよね",
        "夫に毎日怒鳴られてます。友達にモラハラだと言われたけど違いますよね",
    ],
)
def test_dv_word_denied_beside_harm_is_dv(ex, text):
    """The same denial beside a blow, a watch or shouting: still dv."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- out of the room only to eat


@pytest.mark.parametrize(
    "text",
    [
        "高1の娘、夏休みから部屋から出てくるのはトイレの時だけで、もう半年になります",
        "息子は3年前に仕事を辞めてから、部屋を出るのはご飯のときぐらいです",
        "中2の息子が去年の冬から学校に行けず、部屋から出てくるのも食事の時だけです",
        "弟はもう5年、部屋から出てくるのはお風呂のときくらい",
    ],
)
def test_out_of_the_room_only_to_eat_is_hikikomori(ex, text):
    """Leaving the room only for meals, the toilet or a bath, for months: hikikomori."""
    assert "hikikomori" in ex(text).patterns


def test_a_late_riser_is_no_hikikomori(ex):
    """A husband who comes out of his room only in the morning: no hikikomori."""
    assert "hikikomori" not in ex("部屋から出てくるのはいつも朝だけですね、夜型の夫です").patterns


# ---------------------------------------------------------------- no one understands


@pytest.mark.parametrize(
    "text",
    [
        "子ども3人と義母の介護。毎日くたくたで、誰もわかってくれない",
        "誰一人わかってくれん。家でも職場でもひとり",
        "夫も親も誰も分かってくれない。毎晩ひとりで泣いてる",
        "しんどいって言っても、だれもわかってくれへん",
    ],
)
def test_no_one_understands_is_isolation(ex, text):
    """「誰もわかってくれない」: isolation."""
    assert "isolation" in ex(text).patterns


def test_understood_by_someone_is_no_isolation(ex):
    """Someone who understands: no isolation."""
    assert "isolation" not in ex("夫がよくわかってくれるので助かってます").patterns


# ---------------------------------------------------------------- a care worker moves jobs


@pytest.mark.parametrize(
    "text",
    [
        "介護福祉士です。来月から老健に転職するので、住所変更の手続きを教えてください",
        "ヘルパーの仕事をしていて、春から特養で働きます。住民票の移し方を教えてください",
        "介護職です。4月から隣の市の老人ホームに異動になります。転入届はいつまで？",
        "職場が変わって来月から特養に勤めることになりました。駐車場の申請はどこですか",
    ],
)
def test_care_worker_changing_homes_is_no_care(ex, text):
    """A care worker moving to another nursing home: work, not a care matter."""
    assert "care" not in ex(text).fields


def test_mother_moving_homes_is_care(ex):
    """A mother moving into a nursing home: care."""
    assert "care" in ex("母が特養に移ることになりました。手続きを教えてください").fields
