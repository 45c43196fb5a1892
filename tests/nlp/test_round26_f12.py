"""Round 26 (34f12): indirect crises inside long, tangled messages (a set first held out,
then read for its crisis misses). 「いなくなったら楽かな」; looking down from a balcony for a
long time; a worn-out carer's 「お父さん連れて一緒に行こうかな」 and a parent's 「一緒に連れて行く
しかない」; a carer who pushed the parent they look after; someone whose talk is strange and
who is limp; a child who takes a sibling to the park to get away from a violent parent;
searching how to tie a rope; joining a wife who went first (「先立たれて」, 「早う行きたい」); a
small child shut out in the rain; polite 「行方がわかりません」. And what only looks like
that: a drama about abuse, 「もしDVにあったら」, acquaintances who have all gone, a carer's
parent with dementia who says 「産まなきゃよかった」 to an adult, a rope for camping."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "学校もつまらないし、もう全部どうでもいい。いなくなったら楽かな",
        "私がいなくなれば楽になれるのかなって、最近よく考える",
        "いっそ消えたら楽かな、とか思ってしまう",
        "自分なんかいなくなったら楽になるのかも",
        "最近ふとベランダから下をじっと見てることがある",
        "夜、屋上から下をぼーっと眺めてる時が増えた",
        "母が介護で疲れ切ってて「お父さん連れて一緒に行こうかな」って言ってた",
        "この子を残しては死ねない。一緒に連れて行くしかないのかな",
        "仕事も家もなくした。ロープの結び方ばっかり調べてる",
        "妻に先立たれて一年。妻のところに早う行きたい",
        "夫に先立たれてから、夫のところにはよ行きたいと毎日思う",
    ],
)
def test_indirect_wishes_to_die_are_suicide(ex, text):
    """Better gone, a long look down, taking a dependant along, a rope, joining the dead."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "私がいなくなったら子どもが困るので、保険のことを知りたい",
        "ベランダから花火をじっと見てることがある",
        "父を連れて一緒に病院に行こうかなと思います",
        "保育園が休みなので、職場に一緒に連れていくしかないです",
        "キャンプで使うロープの結び方を調べています",
        "防災訓練でロープの結び方を習いました",
    ],
)
def test_look_alikes_of_indirect_wishes_are_no_suicide(ex, text):
    """A child's future, fireworks, a hospital visit, a workplace, a camping rope."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母を引き取って三年。今日、母を押してしまった",
        "義父が何度言ってもわかってくれなくて、つい突き飛ばしてしまいました。義父を突き飛ばしてしまった自分が怖い",
        "おとうさんがお酒のむとあばれるから、弟つれて公園で時間つぶしてる",
        "お母さんが怒鳴るし物投げるから、コンビニで時間つぶしてから帰る。中1",
        "夜になると隣から「なんでできないの」って怒鳴り声とドンって音、子どもが泣き止むまで続く",
        "2歳くらいの子がずっと泣いてて親の車がない。ベランダに出されたまま。雨降ってきた",
    ],
)
def test_harm_in_a_tangled_message_is_a_crisis(ex, text):
    """A carer's push, a child away from a violent parent, noises next door, a child shut out."""
    assert {"abuse", "emergency"} & set(ex(text).crisis)


def test_a_child_shut_out_in_the_rain_is_an_emergency(ex):
    text = "隣の子が大雨の中ずっとベランダに出されて泣いてる"
    assert {"abuse", "emergency"} <= set(ex(text).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんに電話したら話が変で、ぐったりしてるっぽい",
        "母の受け答えが変で、ぐったりしています",
        "母が昨日から行方がわかりません",
        "認知症の父の行方が分かりません",
    ],
)
def test_limp_with_strange_talk_and_whereabouts_unknown_are_emergencies(ex, text):
    """Strange talk then limp; polite 「行方がわかりません」."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "話が変わりますが、夏バテでぐったりしないか心配です",
        "ドラマ見てて、虐待ってこんなふうに気づかれないんだって泣いちゃった",
        "ニュースを見て、DVって本当に怖いと思いました",
        "もしDVにあったら町のどこに逃げればいいのか、一応知っておきたい",
        "近所の知り合いもみなおらんようになってのう",
        "同級生もだんだんいなくなって寂しい",
        "介護してる母に「あんたなんか産まなきゃよかった」って言われる。認知症だからしかたない",
    ],
)
def test_look_alikes_in_tangled_messages_are_no_crisis(ex, text):
    """Worry ahead, a drama, a hypothetical, people gone, words of a parent with dementia."""
    assert not ex(text).crisis


def test_a_child_told_it_should_not_have_been_born_is_abuse(ex):
    assert "abuse" in ex("母に「産まなきゃよかった」と毎日言われます。中2です").crisis
