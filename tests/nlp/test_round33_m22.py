"""Round 33 (41m22): plain everyday messages. A partner or step-parent harsh to a child,
and the parent's fear that the child is hurt while she is away at work (「私が仕事でいない
間に何かされていないか心配」): feared abuse, and no DV on the writer; gas or fire left on
more and more often (a sign of forgetting: care); gambling that eats the wages the day
they come in (「給料入ったらその日に全部つっこんでまう」: hardship); 「今まで誰にも言えなかった」
said as one starts to tell (no isolation).
And what only looks like that: a child home alone and strangers, bullying at school, a
partner's cheating, a partner who minds the child; the writer's own tiredness or ADHD
behind the gas left on, a cooker sold with a shut-off; a pachinko parlour as a workplace,
wages saved; 「誰にも言えない」 with no 「今まで」, or with 「一人で抱えて」 after it."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- harm feared while away


@pytest.mark.parametrize(
    "text",
    [
        "彼氏が娘にきつく当たるので、私が夜勤の間に叩かれてないか不安です",
        "内縁の夫が連れ子に厳しくて、私がパートに出ている間に手をあげていないか心配",
        "継父が妹に冷たい。お母さんが仕事でいないときに何かされてないか心配でねむれない",
        "再婚相手が娘にだけ厳しい。仕事の間に何かされていたらと思うと怖い",
        "交際相手が子どもに怒鳴るので、私が出かけている間に叩いていないか不安",
        "夫が上の子に冷たい。私が仕事中に叩かれてないか心配",
        "夫が上の子に冷たくて。私が夜勤のとき何かされてないか…",
    ],
)
def test_harm_feared_while_away_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "child" in result.fields


def test_writer_hit_too_keeps_dv(ex):
    result = ex("夫は私にも手をあげるし、子どもにもきつい。私が仕事の間に叩かれてないか心配")
    assert {"abuse", "dv"} <= set(result.crisis)


@pytest.mark.parametrize(
    "text",
    [
        "夫が単身赴任で、私がパートの間に子どもが一人で留守番。何かされていないか心配",
        "夫が出張中で、私が仕事の間に子どもが学校でいじめられていないか心配",
        "彼氏が私がいない間に浮気してないか心配",
        "夫が子どもを見てくれるので、私が仕事の間も安心です",
        "夫が子どもと二人で留守番してくれるけど、私がいない間にケガしてないか心配",
        "夫が、私がいない間に何かしてないか心配",
        "子どもが学校で何かされていたらと思うと心配",
    ],
)
def test_other_worries_while_away_are_no_abuse(ex, text):
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- gas left on, more often


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの伯父がコンロの火の消し忘れが増えてきたと近所の人から聞きました",
        "離れて住む母、ガスを消し忘れることが多くなってきた",
        "近所のおじいさん、最近ストーブのつけっぱなしが多いみたいで心配",
        "一人で住んでいる叔母、火の消し忘れが続いていて心配です",
    ],
)
def test_gas_left_on_more_often_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert result.crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "最近寝不足でガスの消し忘れが多くて自分でもびっくり",
        "ADHDのせいか火の消し忘れが多くて困ってます",
        "育児で疲れててガスの消し忘れが増えた",
        "タバコの火を消し忘れて、母に注意された",
        "ガスの消し忘れ防止の機能がついたコンロってありますか",
    ],
)
def test_own_slips_with_the_gas_are_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- wages gone on the day


@pytest.mark.parametrize(
    "text",
    [
        "パチンコがやめられない。給料が入ったらすぐ全部使ってしまう",
        "スロットやめたい、給料入ったその日に全部スッてしまう",
        "競馬やめられん。年金出たらその日にほとんどつぎ込んでまう",
        "給料が入ったらすぐ全部パチンコに消える",
    ],
)
def test_wages_gambled_on_payday_are_hardship(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "パチンコは月に一回だけ。給料入ったらまず全部貯金してます",
        "パチンコ屋でバイトしてます。給料入ったら全部使っちゃうタイプです笑",
    ],
)
def test_wages_not_gambled_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- telling for the first time


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。兄に殴られてる。今まで誰にも言えなかったけど、もう限界",
        "今まで誰にも言えなかったんですが、借金が200万あります",
        "これまで誰にも相談できなかったけど、夫に毎日怒鳴られています",
    ],
)
def test_telling_for_the_first_time_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "今まで誰にも言えなかった。ずっと一人で抱えてきた",
        "誰にも言えなくて、ずっと一人で抱えてます",
        "夫に殴られてる。誰にも言えない",
    ],
)
def test_no_one_to_tell_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns
