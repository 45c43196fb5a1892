"""Round 23 (31u8): phone writing — a neighbour whose newspapers pile up and who has not been
seen for days, an older parent with dementia shouted at and then hit by the other parent
(elder abuse, not DV), voice-input and conversion slips (発達生涯, 生涯者手帳, 保育円, 両育手帳,
認知症の母の解雇), a life lived ギリギリ and 「パートだけじゃ無理」, a pupil late because of the
family's care (care, not a disability matter). And what is not that: care that is still
「まだ先の話」, 8050 seen on the news, savings that 底をつきそう (no 付き添う), a brother who
could not live alone (no parent's care need), 生涯学習, a real dismissal, time ギリギリ."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- newspapers piling up, not seen


@pytest.mark.parametrize(
    "text",
    [
        "隣のじいちゃん新聞たまってるし何日も見かけてないんだけど",
        "向かいのばあちゃん新聞たまっとって何日も見とらん",
        "近所の一人暮らしのおばあさん、新聞が3日分たまってて姿を見てない",
        "となりのおじさん 新聞いっぱいで一週間くらい見かけない 大丈夫かな",
        "アパートの下の人、ポストから新聞あふれてて何日も見かけてないです",
        "裏のじいちゃん新聞ささったままで何日も見かけん",
    ],
)
def test_newspapers_piling_up_and_no_one_seen_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "テレビもう何日も見てないな",
        "新聞は何日も読んでない",
        "隣の猫を何日も見かけない",
        "新聞たまってたから古紙回収に出した",
    ],
)
def test_unread_papers_or_an_unseen_cat_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------- a parent with dementia shouted at, then hit


@pytest.mark.parametrize(
    "text",
    [
        "義母が認知症の義父のことどなってて、この前ついに叩いてた",
        "祖母が寝たきりの祖父をどなってて この前たたいてた",
        "要介護の祖父を祖母がキレて叩いてるの見た",
        "ばあちゃんが認知症のじいちゃんのこと怒ってつねってる",
        "要介護の母を父が怒鳴って、毎日叩く",
        "母が認知症の父のこと叩いてる",
    ],
)
def test_a_parent_with_care_needs_hit_by_the_other_is_elder_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が母を殴る",
        "夫が私のこと怒鳴ってて こないだ叩かれた",
        "認知症の父を介護してて 疲れた 夫が叩いてくる",
    ],
)
def test_a_partner_who_hits_is_still_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- conversion and voice-input slips


@pytest.mark.parametrize(
    "text",
    [
        "発達生涯の娘のことで相談したい",
        "うちの子は知的生涯があります",
        "生涯者手帳の更新はどこでできますか",
        "生涯年金の申請ってどうやるの",
        "娘が生涯児の放課後デイに通ってる",
        "夫が生涯者枠で働いてます",
        "両育手帳もってる",
        "りょういく…じゃなくて両育センターに通ってる",
    ],
)
def test_a_disability_word_typed_wrong_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "生涯学習センターの講座に申し込みたい",
        "生涯現役でがんばるぞ",
        "生涯独身かもしれん",
        "生涯年収ってどれくらい",
    ],
)
def test_a_lifetime_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["ほいく円に落ちた", "幼稚円の願書いつから", "保育円って何歳から入れますか"],
)
def test_a_nursery_typed_wrong_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


def test_a_fee_in_yen_is_no_nursery(ex):
    assert "child" not in ex("保育料3万円は高い").fields


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの父の解雇で毎日へとへと",
        "父の解雇がしんどくて仕事休みがち",
        "要解雇2の祖母がいます",
        "在宅解雇もう限界",
        "用介護3の父",
    ],
)
def test_care_typed_as_dismissal_is_care_not_hardship(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    ["父が会社を解雇された", "会社から解雇されて家賃払えない", "母の解雇理由が納得できない"],
)
def test_a_real_dismissal_is_still_hardship(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "care" not in result.fields


# ---------------------------------------------------------------- a life lived ギリギリ


@pytest.mark.parametrize(
    "text",
    [
        "生活ギリギリです",
        "毎月ギリギリの生活",
        "お金がほんとギリギリで",
        "うちの家計は毎月かつかつ",
        "パートだけじゃ無理",
        "私のパート代だけでは足りません",
        "夫の給料だけじゃやっていけない",
        "年金だけじゃ苦しい",
    ],
)
def test_living_on_the_edge_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "時間ギリギリに着いた",
        "締め切りギリギリで提出",
        "ギリギリセーフだった",
        "パートだけじゃ物足りない",
        "提出期限ギリギリだったけど間に合った",
    ],
)
def test_a_tight_deadline_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- care not yet, 8050 on the news


@pytest.mark.parametrize(
    "text",
    [
        "親は二人とも元気で介護とかまだ先の話です",
        "介護はまだまだ先かな",
        "うちはまだ介護とか全然先の話です",
    ],
)
def test_care_still_far_off_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護はまだ先だと思ってたのに父が認知症に",
        "介護なんてまだ先と思ってたら母が寝たきりになった",
    ],
)
def test_care_that_came_sooner_than_thought_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "テレビで8050問題やってた うちは関係ない",
        "ネットで7040問題を読んで勉強になった",
        "ニュースで8050問題見たけど、うちの親はまだバリバリ働いてる",
    ],
)
def test_8050_on_the_news_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_8050_on_the_news_that_fits_the_family_is_8050(ex):
    text = "ニュースで8050問題を見て、うちもまさにそうだと思った 息子が45で引きこもってて母は80"
    assert "8050" in ex(text).patterns


# ---------------------------------------------------------------- no care need where none is said


@pytest.mark.parametrize(
    "text",
    [
        "父の貯金が底をつきそうで心配",
        "姉(48)が家から出ない 親は78で年金暮らし 貯金も底つきそう",
        "障害のある兄(40)と80の母の二人暮らし 母が入院したら兄ひとりで暮らせない",
        "母は元気。息子ひとりでは生活できないのが心配",
    ],
)
def test_savings_running_out_or_a_son_who_cannot_live_alone_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["母の通院に付き添うのが大変", "父がひとりで暮らせなくなった"],
)
def test_a_parent_who_needs_help_is_still_care(ex, text):
    assert "care" in ex(text).fields


# -------------------------------------------------- a pupil late because of the family's care


@pytest.mark.parametrize(
    "text",
    [
        "ヤングケアラーかもしれない生徒がいて、家族の介護で遅刻が多いです",
        "うちの生徒、家族の介護で部活に来れない",
        "クラスの子が家の人の介護で宿題できてないみたい",
    ],
)
def test_a_pupil_who_gives_the_familys_care_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "child" in result.fields


def test_a_disabled_sons_care_is_still_disability(ex):
    result = ex("障害のある息子の介護で仕事できない")
    assert "disability" in result.fields
    assert "care" not in result.fields


# ---------------------------------------------------------------- gone, in casual speech


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃん夜中に出てったきり戻らんのやけど",
        "うちのおかん昼に出てったまんま帰ってこん",
        "じいちゃん散歩に出てったきり帰ってきとらん",
        "認知症の母がでてったまま戻ってこない",
        "祖父が朝でかけてったきり連絡つかん",
    ],
)
def test_gone_out_and_not_back_in_casual_speech_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫が出てったきり戻らん",
        "息子は出てったきり帰ってこんけど、週末には戻る予定",
        "ゴミ出しに出てったと思ったらすぐ戻ってきた",
    ],
)
def test_a_cat_or_a_planned_return_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- no answer for days, in dialect


@pytest.mark.parametrize(
    "text",
    [
        "実家の母と連絡とれんまま2日目",
        "ばあちゃんと連絡とれんでもう3日たつ",
        "父に電話してもでん もう3日",
        "じいちゃんに電話かけてもでんのよ 昨日から",
        "一人暮らしの母、既読つかんまま丸一日",
    ],
)
def test_no_answer_for_days_in_dialect_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達と連絡とれん 喧嘩したから",
        "連絡とれんかったら心配やけど今は大丈夫",
        "母に電話してもでんことが多いけど昔からそう",
    ],
)
def test_a_quarrel_a_worry_or_a_habit_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------- the phone and the friends controlled


@pytest.mark.parametrize(
    "text",
    [
        "彼氏にスマホのパスワード教えろって毎日言われる",
        "旦那にLINEのパスワード教えないと怒られる",
        "夫が私の交友関係全部把握したがる",
        "彼にスマホのロック解除しろって言われて中身見られる",
        "主人が携帯の暗証番号を教えさせてくる",
    ],
)
def test_a_partner_who_demands_the_password_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "スマホのパスワード忘れた",
        "会社のパスワード教えろって上司に言われた",
        "子どものスマホのパスワードは親が管理してます",
        "夫婦でパスワード管理アプリを使ってる",
    ],
)
def test_a_forgotten_password_or_a_work_password_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- short forms typed on a phone


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃん最近ちょっと認知っぽい",
        "父が物忘れ多くて認知始まってるかも",
        "おかん認知すすんできた気がする",
        "母はもういい年だから一人暮らしは心配",
        "じいちゃんもう年やし一人じゃ無理やと思う",
    ],
)
def test_a_parents_認知_or_age_said_short_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもを認知してもらえない",
        "3年で一人前になれって言われた",
        "仕事でもう年で一人じゃ無理とか言ってられない",
    ],
)
def test_acknowledging_a_child_or_an_apprenticeship_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text", ["兄が就B行ってる", "就Aで働いてる娘のことで", "りょういくに通ってる"]
)
def test_short_or_kana_disability_services_are_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize("text", ["メンクリ通ってる", "めんくりの予約とれない"])
def test_a_mental_clinic_said_short_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["保活しんどい", "保活で全落ちした、4月から仕事どうしよ", "ほかつ中です"]
)
def test_hunting_for_a_nursery_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize("text", ["人材確保活動の担当です", "担保活用について知りたい"])
def test_a_word_that_only_contains_保活_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- a hospital stay feared, not had


@pytest.mark.parametrize(
    "text",
    [
        "障害のある弟と70代の父の二人暮らし、父が入院したら弟ひとりで暮らせない",
        "もし私が入院することになったら子どもの世話する人がいない",
        "妻が入院でもしたら、認知症の母を誰がみるのか心配",
    ],
)
def test_a_hospital_stay_feared_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize("text", ["母が肺炎で入院した", "父が入院して一週間たつ"])
def test_a_hospital_stay_had_is_health(ex, text):
    assert "health" in ex(text).fields
