"""Round 33 (41a22): a parent of small children writing in plain chat. Self-harm told as
「カッターで腕やっちゃった」; a partner who says 「俺いなくなっても保険おりるし」; a child lost
from sight in a park (「みうしなった」, 「はぐれた」); a baby's 「息がなんか変」 and a swallowed
battery (health);
乳腺炎; 同時接種 and the miswritten 「予防摂取」; ミルクとおむつ代, a nappy hand-out, 「ママ友も
いない」, a 3-year-old called 発達グレー (child); a pupil who stays home from school to mind the
baby, or minds the younger one on the days a parent is laid low with depression (young carer);
「この子つれて消えたい」 (the child is the matter too); a boyfriend harsh to the son alone (abuse,
not DV); children named only in a quoted farewell, or only as when or why (「子どもまだ2歳なのに」,
「子ども小さいし私働けない」).
And what only looks like that: an arm hurt at tennis, insurance asked about, a child lost and
found at once, an adult's vaccines, an adult's nappies, a grown-up's 発達グレー, a pupil who
plays with the baby, a stamp a child sent by mistake, a play fight, a busy school run, a
fever told to ask about sick-child day care, 「誰とも話す気力ない」 (isolation)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- self-harm in chat words


@pytest.mark.parametrize(
    "text",
    [
        "またカミソリで手首やっちゃった",
        "カッターで腕やってしまう日がある",
        "昨日の夜ナイフで太ももやっちゃった。誰にも言えない",
    ],
)
def test_blade_on_arm_done_again_is_suicide_and_health(ex, text):
    got = ex(text)
    assert "suicide" in got.crisis
    assert "health" in got.fields


@pytest.mark.parametrize(
    "text",
    [
        "テニスで腕やっちゃった、病院いくべき？",
        "カッターの替え刃ってどこで売ってますか",
    ],
)
def test_a_sports_arm_or_a_blade_bought_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a payout on one's own death


@pytest.mark.parametrize(
    "text",
    [
        "夫が「俺が死んでも保険出るから」って言う",
        "私がいなくなっても保険おりるし、子どもは大丈夫",
        "旦那が最近、僕いなくなっても保険おりるしってよく言う",
        "生命保険入ってるから俺いなくなっても大丈夫って夫が",
    ],
)
def test_own_death_and_the_insurance_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が入院しても保険おりますか",
        "父が亡くなって保険がおりました",
    ],
)
def test_insurance_asked_about_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child lost from sight


@pytest.mark.parametrize(
    "text",
    [
        "ショッピングモールで娘を見失った、まだ見つからない",
        "祭りで5歳の息子みうしなって探してる",
        "公園で下の子みうしなった！",
        "スーパーで3歳の娘とはぐれた、見つからない",
        "動物園で子どもとはぐれちゃった",
    ],
)
def test_child_lost_from_sight_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "一瞬息子を見失ったけどすぐ見つかった、ヒヤッとした",
        "息子が目標を見失ってるみたいで心配",
        "子どもとはぐれないように手をつないでます",
        "祭りで息子とはぐれたけどすぐ見つかった",
        "子どもとはぐれても大丈夫なように名札つけてる",
    ],
)
def test_lost_and_found_or_a_goal_lost_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- health of a baby or a mother


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんの息がなんか変、顔色わるい",
        "息子の息がなんか苦しそう",
        "2歳の娘が洗剤のんじゃった",
        "乳腺炎っぽくて胸が痛い",
    ],
)
def test_breath_swallowed_battery_and_mastitis_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "なんか眠い",
        "子どもが洗剤を飲んでしまわないか心配",
        "ボタン電池を飲み込まないようにカバーをつけたい",
    ],
)
def test_nanka_or_a_worry_about_swallowing_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- child words


@pytest.mark.parametrize(
    "text",
    [
        "4種類の同時接種って赤ちゃんに負担ない？",
        "予防摂取のスケジュールってどこで見れますか",
        "おむつとミルク代が高くて",
        "紙おむつの無料配布ってまだやってますか",
        "引っ越してきてママ友いない",
        "発達グレーって言われた4歳の息子",
    ],
)
def test_baby_costs_vaccines_and_a_lonely_mother_are_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "コロナとインフルの同時接種、大人もできますか",
        "介護用おむつの無料配布ってありますか",
        "母に使う大人用おむつの配布ってありますか",
        "私、大人の発達グレーって言われた",
    ],
)
def test_an_adults_vaccine_nappy_or_grey_zone_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "中2の娘が学校休んで下の子の面倒みてる",
        "高1の息子が学校をやすんでばあちゃんの介護してくれてる",
        "夫が入院してから、小5の娘が弟のごはん作ってくれてる",
        "私がうつで起きられない日、中1の長男が下の子のおむつとかやってくれてる",
    ],
)
def test_pupil_minding_the_family_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "小4の長女が下の子と遊んでくれて助かる",
        "学校休んで病院に行った",
        "私が風邪で寝込んだ日、夫が子どものごはん作ってくれた",
    ],
)
def test_play_a_sick_day_or_a_partners_help_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- no child matter, no harm


@pytest.mark.parametrize(
    "text",
    [
        "すみません、息子が勝手にスタンプ押しちゃいました",
        "すみません子どもがいたずらでスタンプおしました",
    ],
)
def test_stamp_sent_by_a_child_is_nothing(ex, text):
    got = ex(text)
    assert not got.fields
    assert not got.crisis


@pytest.mark.parametrize(
    "text",
    [
        "毎晩息子にキックされまくってる笑 プロレスごっこ",
        "パパ毎日子どもたちにボコボコにされてるｗ　戦いごっこ",
    ],
)
def test_play_fight_is_no_abuse_and_no_child(ex, text):
    got = ex(text)
    assert "abuse" not in got.crisis
    assert "child" not in got.fields


def test_partner_beating_a_son_is_still_abuse(ex):
    assert "abuse" in ex("夫が息子を殴っている").crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の物忘れがひどくて毎日実家に通ってる。上の子のお迎えもあるし時間たりない",
        "上の子のお迎えもあるから時間がない",
    ],
)
def test_busy_school_run_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "熱が出たら病児保育って使える？",
        "病児保育って当日予約できますか、朝から熱出てて",
    ],
)
def test_fever_told_for_sick_child_day_care_is_no_health(ex, text):
    got = ex(text)
    assert "health" not in got.fields
    assert "child" in got.fields


def test_no_strength_to_talk_to_anyone_is_isolation_not_health(ex):
    got = ex("もう誰とも話す気力ない")
    assert "isolation" in got.patterns
    assert "health" not in got.fields


# ---------------------------------------------------------------- children as the setting


@pytest.mark.parametrize(
    "text",
    [
        "子どもまだ1歳なのに睡眠薬いっぱい飲んだ",
        "夫の借金がわかった。子どもまだ小さいし私は働けない",
        "子ども寝かしつけたあと、またカミソリで手首やっちゃった",
    ],
)
def test_children_named_only_as_when_or_why_are_no_child(ex, text):
    got = ex(text)
    assert "child" not in got.fields
    assert got.fields or got.crisis


def test_children_with_their_own_matter_stay_child(ex):
    assert "child" in ex("子どもまだ小さいし保育園入れるか心配").fields


def test_this_child_taken_along_is_child(ex):
    got = ex("この子を連れて死にたい")
    assert "suicide" in got.crisis
    assert "child" in got.fields


def test_this_child_of_an_old_parent_is_still_no_child(ex):
    assert "child" not in ex("この子が心配で眠れない、息子はもう45").fields


def test_children_in_a_quoted_farewell_are_no_child(ex):
    got = ex("友達から「子どもたちをお願い、今までありがとう」ってメールが来て連絡つかない")
    assert "suicide" in got.crisis
    assert "child" not in got.fields


# ---------------------------------------------------------------- harsh to the child alone


def test_partner_harsh_to_the_child_alone_is_abuse_not_dv(ex):
    got = ex("内縁の夫が娘にだけ厳しくて、腕にあざがあった")
    assert "abuse" in got.crisis
    assert "dv" not in got.crisis


def test_writer_struck_too_keeps_dv(ex):
    assert "dv" in ex("夫が息子にだけきつくて、私にも手をあげる").crisis


# ---------------------------------------------------------------- a disabled partner's help


@pytest.mark.parametrize(
    "text",
    [
        "夫が事故で車いすになって障害者手帳とりました。1歳育てながら夫の介助もしてる",
        "妻が障害者手帳をもらいました。妻の介助と上の子の送り迎えで手一杯",
    ],
)
def test_help_for_a_disabled_partner_is_disability_not_care(ex, text):
    got = ex(text)
    assert "disability" in got.fields
    assert "care" not in got.fields


@pytest.mark.parametrize(
    "text",
    [
        "78歳の夫が障害者手帳をとった。夫の介助がしんどい",
        "夫が認知症で障害者手帳も。夫の介助がつらい",
    ],
)
def test_help_for_an_old_or_demented_partner_is_still_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "下の子がまだ1歳なんですが、義母が要介護2になって私が見るしかない",
        "子どもまだ2歳なので、母の介護に通うのが大変",
    ],
)
def test_young_child_beside_care_stays_child(ex, text):
    got = ex(text)
    assert "child" in got.fields
    assert "care" in got.fields
