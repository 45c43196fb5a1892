"""Round 26 (34b12): old people's speech, kana and dialect. Pills swallowed 「ぎょうさん」
「ようけ」; a tired parent who nearly covered the crying baby's mouth; 「わかれた男」 prowling
round the house with 「殺すぞ」; someone limp whose answer is faint and who cannot drink; a river
over its banks with a bedridden man who cannot be carried upstairs; an old father with dementia
unfed and unwashed although a brother lives with him. Fields in dialect: 「ねむれんし」
「めしもくえん」「なにしても楽しゅうない」, toothache, a collapse with snoring, violence when
drunk, 「ボゲ」, accusing the family of stealing what one put away oneself; isolation said as
「誰にもたよれん」「近くに親戚もおらん」「身内もみな遠い」.
And what only looks like that: pills taken as prescribed, a past flood, tiredness after work, a
grown daughter who seldom bathes, a husband who gambles away the pension, money that is fine,
a debt paid off, a course to become a carer, a first-aid day, a grandchild who found a job."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- pills swallowed, in dialect


@pytest.mark.parametrize(
    "text",
    [
        "娘が 睡眠薬を ようけ飲んだって 電話してきた",
        "父ちゃんが くすり ぎょうさん のんでしもうた",
        "主人が痛み止めをしこたま飲んだらしくて、ぼーっとしとる",
        "弟が安定剤を何錠も飲んだ言うとる",
        "息子が眠剤をひと箱のんじゃったって",
    ],
)
def test_many_pills_in_dialect_is_suicide(ex, text):
    """Pills swallowed in a quantity said in dialect or speech: suicide, and health."""
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母は毎朝 薬をようけ飲んどるけ 飲み忘れが心配",
        "薬をぎょうさん飲んだら胃があれるけん 先生に相談した",
        "薬局で薬をようけもろうてきた",
        "お酒をようけ飲んだ翌日はしんどい",
    ],
)
def test_many_pills_as_prescribed_is_no_suicide(ex, text):
    """Daily medicines, a side effect, a pharmacy visit, drink: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- nearly smothering a child


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがやまんで、赤ちゃんの口をふさぎそうになった",
        "泣きやまん息子の鼻と口を押さえてしまいそうで自分がこわい",
        "あかちゃんの かおに まくらを おしつけそうに なった",
        "ぐずる娘の口元をおさえかけた。もう限界",
    ],
)
def test_nearly_smothering_a_child_is_abuse(ex, text):
    """A parent who nearly covered the child's mouth or face: feared child abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんの口をふいてあげたら笑った",
        "子どもの鼻水がとまらんので耳鼻科にいきました",
        "息子の首がすわってきました",
        "娘の口元がパパにそっくり",
    ],
)
def test_wiping_a_childs_face_is_no_abuse(ex, text):
    """Wiping, a runny nose, a steady neck, a likeness: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a former partner prowling


@pytest.mark.parametrize(
    "text",
    [
        "別れた男が毎晩アパートのまわりをうろうろしとる",
        "わかれた相手から 殺すぞって 電話がくる",
        "離婚した人が 家の近くで まちぶせしとって こわい",
        "別れた彼が実家の前をうろついとる、殺すぞって言われた",
    ],
)
def test_former_partner_prowling_is_dv(ex, text):
    """A former partner who prowls round the house or threatens to kill: DV."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "別れた男の子どもを ひとりで育てとります 保育園はどこがええですか",
        "わかれた人とは もう連絡もとっとらんし 元気にやっとります",
        "家のまわりを猫がうろうろしとる",
    ],
)
def test_former_partner_in_the_past_is_no_dv(ex, text):
    """A child of a former partner, no contact any more, a cat: no DV."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- limp, faint, cannot drink


@pytest.mark.parametrize(
    "text",
    [
        "父がぐったりしとって 返事もよわい",
        "ばあちゃんが ぐったりして 水も のめん",
        "暑い部屋で母がぐったりしてて、反応がにぶい",
        "夫がぐったりしよって お茶ものめんようになっとる",
    ],
)
def test_limp_and_faint_is_emergency(ex, text):
    """Limp, with a faint answer or unable to drink: emergency, and health."""
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "仕事でぐったりして、友だちへの返事もおそくなる",
        "草むしりでぐったりしたけど、水をのんだら元気になった",
        "運動会のあと子どもらはぐったり寝とる",
    ],
)
def test_tired_is_no_emergency(ex, text):
    """Tired after work or weeding, children asleep after sports day: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a flood now


@pytest.mark.parametrize(
    "text",
    [
        "用水があふれてきた 足の悪いばあちゃんを連れ出せん",
        "裏山がくずれてきよる じいさんが寝たきりで運べん",
        "家が浸水しとる 車いすの母を二階にあげられん",
        "川の水が入ってきた、寝たきりの主人を動かせない",
    ],
)
def test_flood_with_someone_who_cannot_move_is_emergency(ex, text):
    """Water or earth coming in now, someone who cannot be moved: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "川があふれたら寝たきりの父を運べんので、避難の相談をしたい",
        "去年 川があふれたときは じいさんを二階にあげられんで困った",
        "大雨のとき避難できるか心配です",
    ],
)
def test_flood_as_a_worry_is_no_emergency(ex, text):
    """A flood feared or long past: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- an old parent left unkept


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母は 弟夫婦と同居しとるのに なんも食べとらんらしい",
        "実家の父が要介護で 兄と一緒に住んでいるのに 汚れた服のままでいる",
        "ばあちゃんは認知症で 息子さんと同居やのに ごはん食べとらんみたい",
        "寝たきりの祖母、娘と一緒に暮らしとるはずが 不潔なままらしい",
    ],
)
def test_old_parent_unkept_by_kin_is_abuse(ex, text):
    """An old parent who lives with other kin and goes unfed or unwashed: elder neglect."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "四十五の娘は十年も部屋にこもって 風呂もたまにしか入らん",
        "三十の息子が 家にこもりきりで 同じ服ばっかり着とる",
        "主人がパチンコで年金を使い込んで借金もある",
        "夫が競馬で年金をすってしもうた",
    ],
)
def test_grown_child_or_gambling_is_no_abuse(ex, text):
    """A grown child who stays in and seldom bathes, a husband who gambles away the pension:
    no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- health in dialect


@pytest.mark.parametrize(
    "text",
    [
        "ねむれんし なんもする気がせん",
        "このごろ めしものどを通らん",
        "なにやっても楽しゅうない 毎日くらい",
        "歯がうずいて夜も痛い",
        "入れ歯があわんようになって ものがかめん",
        "じいさんが倒れて いびきみたいな息しとる",
        "亭主は酒をのむと暴れるんよ",
    ],
)
def test_health_in_dialect(ex, text):
    """Sleep, appetite, no joy, teeth, a collapse with snoring, violence when drunk: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "救急の日の救命講習にいってきました",
        "AEDの使い方を公民館で習いました",
        "足が悪うて 病院にもひとりで行けんのです",
    ],
)
def test_first_aid_day_or_escort_is_no_health(ex, text):
    """A first-aid day, or an escort needed to hospital: no health."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- care in dialect


@pytest.mark.parametrize(
    "text",
    [
        "ばっちゃ ボゲてきて 同じこと何回も聞く",
        "おやじがぼげできて困っとる",
        "母が 通帳ぬすんだろうって 私を責める",
        "ばあさんが 財布とったじゃろって 嫁をどなる",
        "義父に物盗られの症状がでてきた",
    ],
)
def test_dementia_signs_in_dialect_is_care(ex, text):
    """「ボゲ」, accusing the family of theft: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "主人が 定年したら介護の資格とりたいそうです",
        "娘がヘルパーの講習をうけたいと言っています",
        "介護福祉士の資格の勉強をしとります",
    ],
)
def test_carer_course_is_no_care(ex, text):
    """A course or a licence to become a carer: work, no care."""
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text",
    [
        "お金のことは だいじょうぶです 道の除雪のことできいてます",
        "生活費は困っとらん ただ話し相手がほしい",
        "借金はあったけど 相談して おかげさまで ぜんぶ返し終わりました",
    ],
)
def test_money_denied_or_settled_is_no_hardship(ex, text):
    """Money said to be fine, a debt already paid off: no hardship."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金のことは だいじょうぶじゃない もう家賃がはらえん",
        "デイの利用料がはらえんようになった",
        "シフトをへらされて生活がまわらん",
        "パートを減らされて もう食べるもんがない",
    ],
)
def test_money_short_in_dialect_is_hardship(ex, text):
    """Fees that cannot be paid, hours cut, a life that does not go round: hardship."""
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "text",
    [
        "主人が亡くなってから 誰とも口きかんようになった",
        "こっちには身寄りもおらんし 誰にもたよれん",
        "近くに親戚もおらんで 困ったときどうしよう",
        "身内はみんな遠いけ 何かあっても来てもらえん",
        "子どもらも寄りつかんし、毎日ひとりです",
    ],
)
def test_isolation_in_dialect(ex, text):
    """No one to rely on, kin far away, children who never come: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "孫が 保育士になりまして 四月から働いとります",
        "子どもらはみんな家をでていって 夫婦でのんびりしとります",
        "孫が就職して東京に行きました",
    ],
)
def test_grown_grandchild_is_no_child(ex, text):
    """A grandchild who found a job, children who left home: no child matter."""
    assert "child" not in ex(text).fields
