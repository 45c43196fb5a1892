"""Round 32 (40a21): an older writer's words. Crisis: 「このまま飛びこめば楽になるだろうか」
(the れば / めば form of a leap); a daughter-in-law or daughter who 「孫にろくに食事をさせていない」
(neglect told by a grandparent); a daughter who came home and, in the next sentence, 「婿どのに
殴られておった」 (DV, not child abuse); a carer who strikes 「ぼけた主人」 (elder abuse, not DV).
And what only looks like that: jumping into a futon or a new job, a child not fed before a
check-up or with a fever, a grandchild struck by the son-in-law (child abuse), a husband who
has gone senile and strikes the writer (DV).
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 飛びこめば楽に


@pytest.mark.parametrize(
    "text",
    [
        "橋の上から川をのぞいて、このまま飛びこめば楽になるだろうかと考えておりました",
        "いっそ飛び込めば楽になれるのに",
        "踏切でふと、飛びこめば終われるかなと思ってしまった",
        "とびこめばらくになれるかな",
    ],
)
def test_a_leap_that_would_end_it_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "疲れた日は布団に飛び込めば楽になる",
        "思い切って転職に飛び込めば楽になるかな",
        "プールに飛び込めば楽しいよ",
    ],
)
def test_a_leap_into_bed_or_a_job_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 孫に食事をさせていない


@pytest.mark.parametrize(
    "text",
    [
        "嫁が孫にろくに食事をさせていないようで、うちに来るとがつがつ食べます",
        "娘が孫にちゃんと食事をさせていないみたいで心配です",
        "息子の嫁は孫にまともに食事もさせません",
        "隣の奥さん、子どもにろくに食事させてないみたい",
        "嫁が孫にご飯を作ってやらないようで、いつも腹をすかせております",
    ],
)
def test_a_child_not_fed_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は熱があるので今日は食事をさせていません",
        "検査の前なので子どもに食事をさせていません",
        "まだ離乳食は食べさせていません",
    ],
)
def test_a_meal_held_back_for_a_reason_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 娘が…。婿どのに殴られて


@pytest.mark.parametrize(
    "text",
    [
        "娘が孫をつれて帰ってまいりました。婿どのに殴られておったようで顔にあざがございます",
        "娘が戻ってきました。旦那さんに叩かれたらしいです",
        "娘が婿どのに殴られておるようで心配です",
        "息子が帰ってきた。嫁に殴られたと言っている",
    ],
)
def test_a_grown_kin_struck_by_their_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫が泣いて帰ってきました。婿に叩かれたようで、腕にあざがあります",
        "娘が帰ってきました。孫も婿に叩かれたそうです",
    ],
)
def test_a_grandchild_struck_by_the_son_in_law_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- ぼけた主人を叩く


@pytest.mark.parametrize(
    "text",
    [
        "ぼけた主人につい手をあげてしまいます。自分がこわいのです",
        "ぼけてきた母をつい叩いてしまう",
        "ボケた夫をカッとなって叩いてしまいました",
    ],
)
def test_a_carer_striking_the_senile_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ぼけた主人に叩かれます",
        "主人がぼけてきて、私に手をあげるようになりました",
    ],
)
def test_a_senile_partner_who_strikes_is_dv(ex, text):
    assert "dv" in ex(text).crisis
