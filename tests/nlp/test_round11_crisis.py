"""Round 11a, crisis: care the writer must give (おむつも替えなきゃ, ご飯を食べさせないと
いけない) is no neglect; violence denied with 〜わけではない / 〜わけじゃない is no DV; a
child's 「死ね」 in a game or a quarrel is no suicide. Each family has look-alikes that must
keep (or stay without) their label.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- care the writer must give


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣いているのに義母のおむつも替えなきゃいけなくて、頭がおかしくなりそう",
        "下の子が泣いてるのに、寝たきりの父のおむつを替えないといけない",
        "双子の授乳の合間に、母のおむつも替えなくちゃいけない",
        "子どもにご飯を食べさせなきゃいけないのに、義父の介護もあって",
        "娘を着替えさせなきゃいけない時間に、父がトイレで呼ぶ",
        "赤ちゃんのおむつを替えなくてはいけないのに、姑が呼ぶ",
        "子どもたちにご飯を食べさせないといけないのに、体が動かない",
        "息子をお風呂に入れなければいけないのに、母の入浴介助もある",
    ],
)
def test_care_the_writer_must_give_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の子がいつもお腹をすかせていて、おむつも替えてもらえていないみたい",
        "赤ちゃんのおむつを一日中替えていないようです、隣の家",
        "近所の子が泣いているのに、親はおむつを替えない",
        "赤ちゃんが泣いているのに放置されている",
        "弟がご飯を食べさせてもらえない",
        "隣の家の子がお風呂に入っていないみたいで、いつも同じ服",
    ],
)
def test_care_left_undone_is_still_neglect(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- violence denied


@pytest.mark.parametrize(
    "text",
    [
        "夫から暴力を受けているわけではないです。ただ夫の収入が減って家賃が苦しいです",
        "DVとかじゃないんですけど、夫と話し合いができません",
        "夫が暴力をふるうわけではないのですが、毎日がつらいです",
        "別にDVというわけではないんですが、夫が口をきいてくれません",
        "殴られたりしているわけではないのですが、夫と離婚したいです",
        "暴力をふるわれているわけじゃないです。お金の相談です",
        "夫に殴られてるわけではないけど、話をすると疲れます",
        "彼氏に叩かれたわけでもないのに、会うのが怖い",
    ],
)
def test_violence_denied_is_no_dv(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "暴力を受けているわけではないと夫は言いますが、私は毎日叩かれています",
        "夫に毎日殴られています。DVとかじゃないと言われました",
        "これってDVじゃないですか？夫に毎日殴られます",
        "妻から暴力を受けています。わけがわからなくなりそうです",
        "夫に殴られたわけではないのですか？",
        "夫に殴られているのに離婚したいわけではないんです",
        "彼氏に叩かれているわけではありません。でも束縛がきついです",
    ],
)
def test_violence_beside_a_denial_is_still_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_a_parent_who_does_not_mean_to_hit_still_hits(ex):
    assert "abuse" in ex("子どもを叩きたいわけじゃないのに、つい叩いてしまう").crisis


# ---------------------------------------------------------------- a child's 「死ね」


@pytest.mark.parametrize(
    "text",
    [
        "息子がゲーム中に「しね」とか叫んでいて、言葉づかいが気になります",
        "小学生の息子がゲームをしながら「死ね」と言うのでやめさせたい",
        "息子が弟に「氏ね」とか平気で言うんです",
        "オンラインゲームで「死ね」「消えろ」と言われて子どもが落ち込んでいます",
        "中学生の息子が、ゲームで負けると「しねよ」と叫ぶ",
        "うちの子が口癖のように「死ね」と言います",
        "息子がゲーム中に死ねとか言ってて困る",
        "息子がゲームで「死ね！」と叫んでいて注意しました",
        "娘がLINEで友達に死ねって送っていた",
    ],
)
def test_a_childs_insult_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が「死にたい」と言っています",
        "娘が「しにたい」と泣いていました",
        "毎日、自分に死ねと言い聞かせています",
        "「死ね」と思ってしまう自分がいる",
        "もう死ねたら楽なのに",
        "息子が友達に死ねと言われて、死にたいと言っています",
    ],
)
def test_death_wished_on_oneself_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis
