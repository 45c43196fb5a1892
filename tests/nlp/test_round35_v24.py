"""Round 35 (43v24): from a set of young adults (18–30) writing with internet slang and
hyperbole. Nursery fees that are too much (保育料エグすぎ); a flat hunt where every landlord
says no (部屋探しで断られまくり); an old relative's pension spent by the kin at home (年金も叔父に
使われてる); rubbish piling up at a grandparent's house; an empty room to come home to and a
phone that never lights up (LINEの通知ゼロ); a mental illness whose name ends in 障害, PTSD and
フラバ; an overdose planned, not taken; a baby crying with the parents gone for days, the days
told inside the absence. And what is no matter: a childhood beating remembered by an adult, a
handbook the writer does not have, a disability suspected and no doctor seen yet, a night too
excited to sleep before a gig, pay allowances at work, whether a service takes someone who is
not working, thanks after a care matter settled, and a childcare worker's generic 子ども."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a mental illness named 〜障害


@pytest.mark.parametrize(
    "text",
    [
        "彼氏が強迫性障害で手洗いが止まらなくて、見てるこっちもしんどい",
        "双極性障害って診断されて、バイトも続かない",
        "姉が気分障害で寝込んでて、家のこと回らない",
        "PTSDでフラバがきつい",
    ],
)
def test_a_mental_illness_named_disorder_is_health_not_disability(ex, text):
    fields = ex(text).fields
    assert "health" in fields
    assert "disability" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "双極性障害で作業所に通ってる弟のこと",
        "双極性障害です。手帳って取れますか",
        "強迫性障害で障害年金の申請を考えてる",
    ],
)
def test_a_mental_illness_with_a_service_keeps_disability(ex, text):
    assert "disability" in ex(text).fields


def test_a_flashback_scene_in_a_film_is_no_health(ex):
    assert "health" not in ex("映画のフラッシュバックの演出が好き").fields


# ---------------------------------------------------------------- a pension spent by kin


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃん(84)の年金、同居の叔父に全部使われてるらしい",
        "ばあちゃんの年金、息子夫婦に使い込まれてるって近所の人から聞いた",
        "祖母が伯母に年金を勝手に使われてるっぽい",
    ],
)
def test_an_old_relatives_pension_spent_by_kin_is_abuse_and_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "年金が生活費に全部使われて貯金できない",
        "年金の使われ方ってどう決まるの？",
        "兄に年金のこと聞かれたけどよくわからん",
    ],
)
def test_a_pension_spent_on_living_or_asked_about_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- nursery fees too much


@pytest.mark.parametrize(
    "text",
    [
        "保育料エグすぎて働く意味わからん",
        "学童代きつくて夏休みどうしよう",
        "保育料高すぎ、手取りの半分消える",
    ],
)
def test_nursery_fees_too_much_are_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["保育料の引き落とし日っていつ？", "保育料が無償化されてマジ助かる", "保育料3万円は高い"],
)
def test_nursery_fee_dates_or_relief_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- refused a flat


@pytest.mark.parametrize(
    "text",
    [
        "部屋探ししてるけど外国籍ってだけで断られまくり",
        "賃貸の審査落ちまくってネカフェ生活",
        "入居断られた、生活保護だからって",
        "物件探しで門前払いばっかり、家なくなる",
    ],
)
def test_a_flat_hunt_refused_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "部屋探しで断られたけど、別のとこが見つかった",
        "バイトの面接で断られた、つら",
        "部屋探し中、おすすめの不動産屋ある？",
    ],
)
def test_a_flat_found_or_a_job_interview_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- rubbish at an old relative's


@pytest.mark.parametrize(
    "text",
    [
        "おじいちゃんの家、行くたびにゴミたまってて心配",
        "独居のおばあさんの部屋、ゴミだらけになってきてる",
        "ばあちゃん(81)ち、帰省するたびにゴミ増えてて草も生えない",
    ],
)
def test_rubbish_piling_up_at_an_old_relatives_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "亡くなった祖母の家、ゴミが山積みで片付け業者探してる",
        "弟の部屋ゴミだらけでマジ無理",
        "おばあちゃんちの前のゴミ捨て場、カラスがやばい",
    ],
)
def test_a_dead_relatives_house_or_a_siblings_room_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- an empty room, a silent phone


@pytest.mark.parametrize(
    "text",
    [
        "誰もいない部屋に帰るのさみしすぎる",
        "仕事終わって誰もいない家に帰るの、毎日つらい",
        "LINEの通知ゼロの日が続いてる。誰とも繋がってない感じ",
        "誰からもLINE来なくなった",
    ],
)
def test_an_empty_room_or_a_silent_phone_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "LINEの通知来ないんだけどバグ？",
        "通知ゼロにしたくて全部オフにした",
        "家に帰ると誰もいない",
        "誰もいない部屋に帰ったら猫が待ってた",
    ],
)
def test_a_phone_setting_or_no_one_home_just_now_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a childhood beating remembered


@pytest.mark.parametrize(
    "text",
    [
        "中学のとき親に殴られてたの、今でも夢に出てくる",
        "高校のころ父に叩かれてたの思い出して病む",
        "小学生の時に虐待されてたのフラッシュバックして眠れない",
    ],
)
def test_a_childhood_beating_remembered_is_no_abuse_or_child_matter(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" not in result.fields


def test_a_childhood_flashback_is_health(ex):
    assert "health" in ex("小学生の時に虐待されてたのフラッシュバックして眠れない").fields


@pytest.mark.parametrize(
    "text",
    ["中1だけど、毎日親に殴られてる", "中2です。小学生の時から父に殴られてる"],
)
def test_a_pupil_beaten_now_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- no handbook; no doctor yet


@pytest.mark.parametrize(
    "text",
    [
        "精神手帳とかは持ってないです。うつで休んでます",
        "障害者手帳はまだ持ってないし、傷病手当ももうすぐ終わる",
    ],
)
def test_a_handbook_the_writer_does_not_have_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["障害者手帳は持ってないけど、取れますか", "手帳は持ってないけど、就労移行って使える？"],
)
def test_no_handbook_yet_asked_about_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "発達障害かもって言われたけど病院行ってない",
        "ADHDっぽいって友達に言われたけど診断は受けてない",
        "弟(40)、障害あるかもって言われたけど受診してない",
    ],
)
def test_a_disability_suspected_with_no_doctor_yet_is_no_health(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "health" not in result.fields


def test_feeling_low_with_no_doctor_yet_is_health(ex):
    assert "health" in ex("うつっぽいけど病院行ってない").fields


# ---------------------------------------------------------------- too excited to sleep


@pytest.mark.parametrize(
    "text",
    [
        "推しのライブ楽しみすぎて寝れない",
        "明日フェスでわくわくして眠れない笑",
        "推しのライブ前日は寝れない、毎回これ",
    ],
)
def test_too_excited_to_sleep_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize("text", ["仕事が不安で寝れない", "推しのライブの帰り、胸が痛くて眠れない"])
def test_worry_or_pain_at_night_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- pay allowances at work


@pytest.mark.parametrize(
    "text",
    [
        "夜勤手当ってどのくらいもらえるもの？",
        "残業手当込みで手取り20万です",
        "看護助手してます、資格手当って職場で違う？",
    ],
)
def test_a_pay_allowance_at_work_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_an_allowance_left_unpaid_is_hardship(ex):
    assert "hardship" in ex("夜勤手当が未払いで家賃払えない").fields


# ---------------------------------------------------------------- 働いてなくても使える？


@pytest.mark.parametrize(
    "text",
    [
        "専業主婦で働いてなくても保育園入れる？",
        "母が働いてなくてもデイサービスって利用できますか",
    ],
)
def test_asking_if_a_service_takes_someone_not_working_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_a_partner_not_working_and_short_of_money_is_hardship(ex):
    assert "hardship" in ex("夫が働いてなくて生活が苦しい").fields


# ---------------------------------------------------------------- thanks after a matter settled


@pytest.mark.parametrize(
    "text",
    [
        "祖父の介護、先月ホーム入ってひと段落しました。ありがとうございました",
        "家賃の件、なんとか落ち着きました。その節はありがとうございました",
        "父の介護、一段落つきました。相談乗ってもらって感謝です",
    ],
)
def test_thanks_after_a_matter_settled_is_no_field(ex, text):
    assert ex(text).fields == ()


def test_settled_then_a_new_need_keeps_care(ex):
    assert "care" in ex("ひと段落したけど、また父の物忘れがひどくなって相談したい").fields


# ---------------------------------------------------------------- a childcare worker's 子ども


@pytest.mark.parametrize(
    "text",
    [
        "保育士してて、子どもの睡眠のこと勉強してます。講座ってありますか",
        "学童の先生やってます、子どもの食物アレルギーの研修ってある？",
    ],
)
def test_a_childcare_workers_generic_children_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


def test_a_childcare_workers_own_child_is_a_child_matter(ex):
    assert "child" in ex("保育士してるけど、うちの子が不登校で悩んでる").fields


# ---------------------------------------------------------------- an overdose planned


@pytest.mark.parametrize(
    "text",
    ["ODしたい", "ODする用に市販薬買いだめしてる", "オーバードーズしようと思ってる、もう疲れた"],
)
def test_an_overdose_planned_is_suicide_only(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis
    assert "health" not in result.fields


def test_an_overdose_taken_is_an_emergency_and_health(ex):
    result = ex("ODしちゃった、吐き気やばい")
    assert "emergency" in result.crisis
    assert "health" in result.fields


# ---------------------------------------------------------------- crying, the parents gone for days


@pytest.mark.parametrize(
    "text",
    [
        "向かいの家、子どもの泣き声ずっとしてて大人の姿が2日見えない",
        "上の階の赤ちゃんずっと泣いてて、親をもう3日見てない",
        "隣の赤ちゃん泣きっぱなしで、親の気配が丸2日ない",
    ],
)
def test_a_baby_crying_with_the_parents_gone_for_days_is_abuse_and_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    ["隣の赤ちゃんの泣き声、3日くらいうるさい", "うちの子、3日くらい夜泣きがひどくて寝れん"],
)
def test_a_noisy_baby_for_days_is_no_crisis(ex, text):
    assert not ex(text).crisis
