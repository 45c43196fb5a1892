"""Round 28 (36u13): danger now and what is said around it. A partner kicking the door while
the writer and the children hide in a locked room; an ex who writes 「今から行く」; a partner
who brought out a knife (かな 「だした」); scars like lines on a classmate's arm; the urge to
throw a crying baby out of the window; 「またやっちゃった ちがとまらん」; 「私がいなくなれば兄が
やるのかな。そういう意味で」; 「子どもたちお願い」 and then no answer; children left without food
while the parents stay away; a grown son who threatens his old parent, named with his age in
brackets. Fields and patterns: one part-time wage for the house, a teen who listens to an
unstable parent all night, an older child who cooks for a young brother, 不登校 since a grade and
a life in the room, school runs for a parent's dialysis beside child-rearing, 「親がもう80すぎで、
親いなくなったらおれどうなる」, too afraid of people and always alone.
And what only looks like that: 「心が死にそう」, a collapse that was only dizziness, 「頭うって」
(not うつ), an ambulance ride that ended in a ward, police called yesterday and now safe at the
parents', 8050 as a novel's theme, a son who locks his door, the writer going to the police."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- hiding from a partner now


@pytest.mark.parametrize(
    "text",
    [
        "旦那が玄関で暴れてる。娘とトイレに鍵かけてこもってる。こわい",
        "彼氏がドアを何回も蹴ってる、押し入れに隠れてる、たすけて",
        "主人が怒鳴りながら物を壊してて、子どもたちと部屋にカギしめてる",
        "夫が酔って暴れよる、今風呂場に鍵かけとる",
    ],
)
def test_hiding_from_a_partner_now_is_emergency(ex, text):
    """Locked in or hiding now from a raging partner: DV and an emergency."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "emergency" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が怒るといつもトイレに鍵かけて隠れてる。離婚したいです",
        "息子が部屋に鍵かけてこもってる。高校を中退してから半年",
        "前は夫が怒鳴ると寝室に鍵かけてた。今は別居して落ち着いています",
    ],
)
def test_hiding_as_a_habit_or_a_son_is_no_emergency(ex, text):
    """Hiding as a habit, in the past, or a son who locks his door: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a partner on the way


@pytest.mark.parametrize(
    "text",
    [
        "元夫から「いまから家行くから待っとけ」って電話。前に殴られて骨折した。子どもと二人",
        "別れた彼氏が「今すぐそっち行く」ってメッセージ。前に首をしめられた",
        "元カレに殴られてたけど、いま家の前にいるってLINEがきた",
        "DVで別れた夫が、いまこっちに向かってるって友達から聞いた",
    ],
)
def test_partner_on_the_way_is_emergency(ex, text):
    """A violent partner or ex coming now: an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られました。今から警察に相談に行きます",
        "夫のモラハラがつらい。これから実家に帰ろうと思ってます",
    ],
)
def test_writer_on_the_way_is_no_emergency(ex, text):
    """The writer going to the police or to the parents': no emergency from that."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a knife brought out


@pytest.mark.parametrize(
    "text",
    [
        "だんなが酔っぱらって包丁だした",
        "彼氏がケンカのあとナイフを取り出した。怖くて外にいる",
        "夫がキレて包丁を握った、今トイレ",
        "主人が酒飲んでほうちょう出した",
    ],
)
def test_knife_brought_out_by_a_partner_is_dv(ex, text):
    """A partner who brought out a knife: DV and an emergency."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "emergency" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が包丁を出して魚をさばいてくれました",
        "主人が包丁を研いでくれた",
    ],
)
def test_knife_in_the_kitchen_is_no_dv(ex, text):
    """A knife for cooking: no DV, no emergency."""
    e = ex(text)
    assert "dv" not in e.crisis
    assert "emergency" not in e.crisis


# ---------------------------------------------------------------- scars like lines on an arm


@pytest.mark.parametrize(
    "text",
    [
        "部活の後輩の手首に線みたいな傷がある。聞いたら笑ってごまかされた",
        "娘の太ももに線の傷がいくつもあるのを見つけました",
        "友達のうでに切ったようなあとがいっぱいあった",
        "生徒の腕に細い傷がたくさんあって、長袖で隠している",
    ],
)
def test_line_scars_on_an_arm_are_suicide(ex, text):
    """Line-like scars on someone's arm, wrist or thigh: self-harm (suicide)."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "腕に猫のひっかき傷がいっぱいある",
        "手術で切った跡が腕に残っています",
    ],
)
def test_scratches_and_surgery_are_no_suicide(ex, text):
    """A cat's scratches, a surgical scar: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- the urge to throw a baby


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きが止まらなくて、ベランダから投げたくなった。自分がこわい",
        "泣きやまない。一瞬、窓から落としたくなった",
        "ギャン泣き2時間。放り投げたくなる自分がいる",
        "赤ちゃんが寝ない。ほんとに投げつけたくなった",
    ],
)
def test_urge_to_throw_a_crying_baby_is_abuse(ex, text):
    """The urge to throw or drop a crying baby: abuse feared."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きで寝不足。スマホを放り投げたくなるほどイライラ",
        "窓から紙飛行機を投げたくなる、いい天気",
    ],
)
def test_throwing_things_is_no_abuse(ex, text):
    """A paper plane, or nothing said of the baby itself: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- bleeding, in kana


@pytest.mark.parametrize(
    "text",
    [
        "また やっちゃった ちが とまんない",
        "さっき ちがとまらない",
        "またやってしまった。ちがとまらへん",
        "またきっちゃった ちがとまらん",
    ],
)
def test_bleeding_after_doing_it_again_is_suicide_and_emergency(ex, text):
    """「またやっちゃった」 and blood that will not stop, in kana: suicide and an emergency."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "suicide" in e.crisis or "さっき" in text
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "すきなきもちがとまらない",
        "ぐちがとまらん",
        "料理中にまたやっちゃった、血が止まらない",
    ],
)
def test_feelings_and_kitchen_cuts_are_no_suicide(ex, text):
    """Feelings or complaints that will not stop, a cut while cooking: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- if I were gone


@pytest.mark.parametrize(
    "text",
    [
        "育児もう限界。私がいなくなったら夫が見るのかな",
        "母の介護に疲れた。わたしが消えれば弟が面倒みるんかな",
        "もう疲れた。自分がいなくなれば姉がやるだろう",
        "わたしがいなくなればいいのかなって。変な意味で",
        "消えたいって思う。そういう意味で",
    ],
)
def test_if_i_were_gone_is_suicide(ex, text):
    """Tired and 「私がいなくなれば…がやるのかな」, or a hint 「そういう意味で」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "私がいなくなったら、母の世話は誰がするのか心配です",
        "私が入院したら兄がやるのかな",
    ],
)
def test_worry_about_who_takes_over_is_no_suicide(ex, text):
    """A worry about who takes over, with no tiredness or hint: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a farewell request, then silence


@pytest.mark.parametrize(
    "text",
    [
        "友達から「猫のことよろしく」ってきて、それから電話に出ない",
        "妹が「子どもをお願い」と送ってきたきり連絡がつかない",
        "母から「あとはお願い」ってLINE、既読つかない",
        "兄から「娘をたのむ」とメールがあって電話がつながらない",
    ],
)
def test_farewell_request_then_silence_is_emergency(ex, text):
    """「子どもをお願い」 and then no answer: suicide and an emergency."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "suicide" in e.crisis


# ---------------------------------------------------------------- children left without food


@pytest.mark.parametrize(
    "text",
    [
        "ママがもう3日帰ってこない。妹といる。食べるものない",
        "お父さんがもう2日かえってこない。弟とふたり。冷蔵庫からっぽ",
        "親がもう4日も帰ってきてない。妹と家にいるけど、ごはんがない",
        "母さんがもう2日帰らない。弟と待ってる。食べ物がない",
    ],
)
def test_children_left_without_food_is_abuse(ex, text):
    """Parents away for days, a child with a younger sibling and no food: neglect, child."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


# ---------------------------------------------------------------- a grown son threatens


@pytest.mark.parametrize(
    "text",
    [
        "娘(45)が家から出ずに、最近「殺すぞ」と物を投げる。私は80です",
        "息子(52)がずっと部屋にこもってて、この頃は皿を投げてくる。わしは82",
        "長男(50)が働かずに家にいて、怒ると物を投げる。私も78になりました",
        "息子(47歳)が引きこもって20年、最近は物を投げつけてくる。私は76です",
    ],
)
def test_grown_child_with_age_in_brackets_threatens_is_abuse(ex, text):
    """A grown son or daughter named with an age in brackets who throws things at an old
    parent in an 8050 home: elder abuse."""
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- one part-time wage


@pytest.mark.parametrize(
    "text",
    [
        "夫が働かなくなって、私のパートだけで暮らしてます",
        "父は家でごろごろ。母のバイトだけでなんとか食べてる",
        "旦那が失業中で、妻のパート一本で回してます",
        "親父が飲んでばかりで、おかんの内職だけで生活してる",
    ],
)
def test_one_part_time_wage_is_hardship(ex, text):
    """A household living on one part-time wage: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "パートだけでなく、土日にボランティアもしています",
        "母のパートの時間が変わりました",
    ],
)
def test_part_time_work_alone_is_no_hardship(ex, text):
    """Part-time work said of itself: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a teen listens all night


@pytest.mark.parametrize(
    "text",
    [
        "中3です。お母さんが毎晩泣いてて、朝まで話を聞いてる。授業中ねちゃう",
        "高1。父がうつで夜中ずっと愚痴を聞かされる。学校に遅刻する",
        "中2。ママが不安定で一晩中話きいてる。宿題できない",
        "高3です。母が夜中ずっと話を聞いてほしがって、朝起きられず遅刻ばかり",
    ],
)
def test_teen_listening_to_a_parent_all_night_is_a_young_carer(ex, text):
    """A pupil who listens to an unstable parent all night: a young carer."""
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- the older child keeps the house


@pytest.mark.parametrize(
    "text",
    [
        "妹(小2)の晩ごはん、わたしが作ってる。ママは仕事で帰り遅いから",
        "弟は小3で、ごはんも洗濯もぼくがやってる。お母さんは夜いない",
        "いもうと(5さい)のおむかえ、あたしが行ってる。ママ夜の仕事",
        "弟(小1)のお風呂、おれが入れてる。お母さんは寝てる",
    ],
)
def test_writer_keeping_house_for_a_young_sibling_is_a_young_carer(ex, text):
    """An older child who cooks and washes for a young brother or sister: a young carer."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子(小4)の晩ごはん、私が作ってます。夫は夜勤です",
        "弟(小4)の夕飯はお母さんが作ってくれる。私は塾です",
    ],
)
def test_parent_cooking_is_no_young_carer(ex, text):
    """A parent who cooks for their own child, or the mother who cooks: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- 不登校 since a grade, in the room


@pytest.mark.parametrize(
    "text",
    [
        "息子が中1から不登校で、もう中3。ずっと部屋にこもってる",
        "娘は小5から不登校。いまは一日中自室で昼夜逆転",
        "高1から不登校の息子、2年たっても部屋から出てこない",
        "長男が中2から不登校になり、昼夜逆転で自室にいる",
    ],
)
def test_school_refusal_since_a_grade_in_the_room_is_hikikomori(ex, text):
    """不登校 since a grade, then a life in the room: hikikomori."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が不登校気味です。どこに相談すればいいですか",
        "娘が中2から不登校でしたが、今はフリースクールに元気に通っています",
    ],
)
def test_school_refusal_alone_is_no_hikikomori(ex, text):
    """不登校 with no life in the room: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- a parent's school runs


@pytest.mark.parametrize(
    "text",
    [
        "年子を育てながら、義母のリハビリの送迎もしてます",
        "赤ちゃんと一緒に、父の通院の付き添い。週2回",
        "母の透析の送迎をしながら、保育園のお迎えも",
        "子育てしながら、実父の病院の送り迎え。もう限界",
    ],
)
def test_parents_school_runs_beside_child_rearing_are_double_care(ex, text):
    """Taking a parent to dialysis or hospital while raising children: double care."""
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の透析の送迎を週3回しています",
        "子どもの塾の送迎が大変です",
    ],
)
def test_one_side_only_is_no_double_care(ex, text):
    """A parent's school runs alone, or a child's alone: no double care."""
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------------- after the old parents


@pytest.mark.parametrize(
    "text",
    [
        "障害年金で暮らしてます。母がもう85で、母がいなくなったら俺どうしよう",
        "親が90近いけど、親が死んだら自分はどうやって生きていけばいいのか",
        "両親ともに80超えで、親がいなくなったら僕の生活はどうなるんだろう",
        "うちの父は88歳。父が亡くなったら私は一人でやっていけるのか",
    ],
)
def test_life_after_parents_in_their_eighties_is_8050(ex, text):
    """A grown child of parents over 80 who asks what comes after them: 8050."""
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "小説で8050問題をテーマにしています。取材をお願いできますか",
        "大学の卒論で8050について調べています",
    ],
)
def test_8050_as_a_theme_is_no_8050(ex, text):
    """8050 as a novel's or a thesis' theme: no 8050."""
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- afraid of people, always alone


@pytest.mark.parametrize(
    "text",
    [
        "人と会うのが怖くて、ずっとひとりです",
        "他人と関わるのが苦手で、毎日ひとりぼっち",
        "ずっと独りで、人と話すのがこわい",
        "人と話すの無理で、いつも一人",
    ],
)
def test_afraid_of_people_and_alone_is_isolation(ex, text):
    """Too afraid of people and always alone: isolation."""
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- look-alikes of danger


@pytest.mark.parametrize(
    "text",
    [
        "仕事のことで上司に詰められて、心が死にそう",
        "毎日同じことの繰り返しで、心が死んでる",
        "義母の小言で気持ちが死にかけてる",
    ],
)
def test_a_heart_that_dies_is_no_suicide(ex, text):
    """「心が死にそう」: a way of saying it hurts, no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が倒れたと聞いて駆けつけたけど、ただの貧血で今は元気です",
        "祖父が倒れたって電話。行ってみたらただの寝不足で、もうピンピンしてる",
        "救急車で父が運ばれて、そのまま入院になりました。明日からどうしよう",
        "先週夫に殴られて警察を呼びました。今は実家にいます",
        "きのうの夜、夫に叩かれて110番しました。いまは友達の家です",
    ],
)
def test_danger_already_passed_is_no_emergency(ex, text):
    """A collapse that was nothing, a parent already in a ward, police called yesterday and
    now safe elsewhere: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "階段で頭うって、たんこぶできた",
        "転んで腰うった。湿布どこで買える？",
    ],
)
def test_a_knock_is_no_depression(ex, text):
    """「頭うって」 is a knock, not うつ: no health from うつ."""
    e = ex(text)
    assert not any(item.note.startswith("うつ") for item in e.evidence)


def test_regards_after_care_resolved_is_no_care(ex):
    """Regards sent after a grandmother moved to a home and things settled: no care."""
    text = "父は去年ホームに入れて、ようやく落ち着きました。ケアマネさんによろしくお伝えください"
    assert "care" not in ex(text).fields
