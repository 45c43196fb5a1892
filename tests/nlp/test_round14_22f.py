"""Round 14 (theme 22f): fields and patterns told in new wordings, and their look-alikes."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- no one comes, no one to know


@pytest.mark.parametrize(
    "text",
    [
        "家内に先立たれてひとりきり、誰も訪ねてこん。",
        "わしももう85じゃ。誰も訪ねて来ん",
        "ひとりで暮らしよるけど、だれも来てくれん",
        "誰もうちには来てくれません",
        "だーれも来ねえ。毎日ひとりでテレビ見てる",
        "夫が亡くなってから誰ひとり訪ねてきません",
        "おら一人暮らしで身寄りもねぐて",
        "引っ越してきたばっかで知り合いゼロ",
        "にほんに きて 1ねん。ともだち いない。",
        "こっちに友達ゼロで、話す人もいない",
        "車いすで、もう何か月もヘルパーさん以外と話していません",
        "ワンオペで、大人と話すのは週1回あるかないか",
    ],
)
def test_no_visitor_and_no_acquaintance_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "明日は友達が来てくれます",
        "誰も来てくれないと思ってたら、みんな来てくれた",
        "知り合いゼロからのスタートでしたが、今は友達もたくさんできました",
        "父の家には毎週ヘルパーさんが来てくれます",
        "今日は誰も来ないので、ゆっくりできます",
        "妊娠中ですが、頼れる家族がいません。",
        "学童のお迎えに誰も来ない日が続いている子がいる",
        "疲れた。全部終わりにしたい。誰にも会いたくない",
        "前の夫に居場所を知られたくないのですが、住民票を見られないようにできますか",
    ],
)
def test_a_quiet_day_or_a_wish_not_to_be_found_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- legs too weak for the shopping


@pytest.mark.parametrize(
    "text",
    [
        "私は一人暮らしで、足腰が弱ってきて買い物にも行けません",
        "足が悪くなって買い物にも行けん",
        "このごろ足腰も弱ってきて買い物さも行がれねぇ",
        "足が悪うなって買い物にも行けんし",
        "80過ぎて足が弱り、買い物に行けなくなった",
        "一人暮らしの母が足腰が弱って買い物に行けなくなりました",
    ],
)
def test_legs_too_weak_for_daily_errands_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "足をくじいて買い物に行けません",
        "雨で買い物に行けません",
        "車が壊れて買い物に行けない",
        "子どもが熱を出して買い物に行けない",
    ],
)
def test_a_passing_reason_not_to_shop_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- the length told first


@pytest.mark.parametrize(
    "text",
    [
        "娘(中1)が不登校になって半年。部屋から出てこなくて、ごはんも部屋で食べています",
        "息子が不登校になって半年。最近は部屋から出てこない日も増えました",
        "高2の息子が学校に行かなくなって3か月、部屋にこもりきりです",
        "中学生の娘が不登校になって1年、自分の部屋から出てきません",
    ],
)
def test_a_long_absence_then_a_shut_door_is_withdrawal(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が不登校になって1週間、部屋から出てこない",
        "娘は不登校だけど、毎日外に遊びに行っています",
    ],
)
def test_a_short_or_outgoing_absence_is_no_withdrawal(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- sleep lost to the worry


@pytest.mark.parametrize(
    "text",
    [
        "障害のある子の親亡き後が心配で眠れません。うちの子は今25歳です",
        "夫が「逃げたら殺す」と言ってきます。怖くて眠れません",
        "主人が寝たきりで私が介護しています。私が倒れたら二人ともどうなるのか、夜も眠れません",
        "借金の返済が不安で夜も寝れない",
        "母の認知症が心配で、ねむれない日が続いています",
        "家賃が払えなくて、どうなってしまうのか不安で眠れない",
    ],
)
def test_sleep_lost_to_the_worry_is_that_worry(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "最近ぜんぜん眠れません。心療内科に行くべきでしょうか",
        "借金もないし家賃もちゃんと払えてます。ただ最近ぜんぜん眠れなくて",
        "仕事のことが心配で眠れない",
        "不安で眠れない日が続いて、うつ病と診断されました。家賃も払えない",
    ],
)
def test_sleeplessness_on_its_own_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- money that is paid


@pytest.mark.parametrize(
    "text",
    [
        "ガチャで爆死した💸 家賃は払えるけどね",
        "家賃もちゃんと払えてます。ただ最近ぜんぜん眠れなくて",
        "転職したので国保から社保への切り替え方法を教えてください",
    ],
)
def test_rent_that_is_paid_or_an_insurance_switch_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "20歳です。仕事が続かなくて、家賃も払えるか不安です",
        "家賃は払えてるけど、食費が足りない",
        "家賃はなんとか払ってるけど、苦しいです",
    ],
)
def test_rent_in_doubt_or_a_shortage_beside_it_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a child who carries the family


@pytest.mark.parametrize(
    "text",
    [
        "高1。ばあちゃんの認知症がすすんでて、夜中に起きるから一緒に起きてる。学校で寝ちゃう",
        "わたし 15さい。ママ にほんご わからない。びょういん いつも わたし つうやく する",
        "母子家庭です。私が夜勤の日は、中学生の娘が下の子2人のご飯とお風呂を全部やってくれています",
        "ぼく 13さい。おとうさん にほんご できない。やくしょ で ぼく が つうやく してる",
        "中2です。じいちゃんが夜中に起きて歩き回るので、いっしょに起きてる。授業中ねむい",
    ],
)
def test_a_child_who_interprets_watches_or_raises_siblings_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "わたしの むすめ 15さい です。がっこう の こと しりたい",
        "通訳の仕事をしています。ビザの手続きについて教えてください",
        "赤ちゃんが夜中に起きるので一緒に起きてます。寝不足です",
        "姉が下の子の面倒を見てくれるので助かってます。姉は大学生です",
    ],
)
def test_a_parent_an_interpreter_or_a_grown_sibling_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- care that is over or a job


@pytest.mark.parametrize(
    "text",
    [
        "母の介護が終わって一年。やっと自分の時間ができたので、何かボランティアをしたいです",
        "訪問介護のヘルパーをしています。転倒事故があったときの報告先を教えてください",
        "夫に友達とも実家とも連絡をとるなと言われ、スマホも取り上げられました",
    ],
)
def test_care_that_is_over_a_care_job_or_a_ban_on_contact_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_parent_accusing_of_theft_is_still_care(ex):
    assert "care" in ex("母が「財布をとった」と言って私を責めます").fields


# ---------------------------------------------------------------- a young child missing now


@pytest.mark.parametrize(
    "text",
    [
        "小学２年の息子がまだ帰ってきません。友達の家にもいなくて、外はもう真っ暗です",
        "５さいの息子が公園でいなくなりました！！",
        "小4の娘が塾から帰ってこない。電話もつながらない",
        "中2の息子が家出して2日帰ってきません",
    ],
)
def test_a_young_child_missing_is_also_a_child_matter(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    ["40代の息子と3日連絡がとれません。アパートにもいない", "息子(30)が昨日から帰ってきません"],
)
def test_a_grown_son_missing_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields
