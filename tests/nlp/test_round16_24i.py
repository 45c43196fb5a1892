"""Round 16 (24i): a month of a small town's messages — one parent who shouts at and throws
things at the other (DV, and 面前DV when a child writes), a small child alone since
yesterday (an emergency beside the neglect), 死にたい as the name of a kind of song, an
ambulance called last year, an older person's vaccination, care that
is over, a missing person's money, a character in a novel, the money of a parent with
dementia managed for them, and a child's school year in brackets."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- parents shouting, throwing


@pytest.mark.parametrize(
    "text",
    [
        "お父さんがお母さんを毎日怒鳴ってる。きのうはコップを投げてた。こわい。中2です",
        "父が母をどなりつけて、物を投げとった。家におりたくない。高1",
        "パパがママをまいにちどなってる。こわい",
        "うちの父は母をいつも怒鳴ってて、皿も投げてた。小6です",
        "父が母を怒鳴って物を投げています。私は中学生で、弟と部屋に隠れています",
    ],
)
def test_a_child_seeing_a_parent_shouted_at_and_things_thrown_is_dv_and_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が犬を毎日どなってる。うるさい。中2です",
        "先生が母をどなった。授業参観で。中1です",
        "父が母を呼んでた。昨日は皿を洗ってた。中3です",
        "父がテレビに向かって毎日どなってる。野球の応援。中2",
    ],
)
def test_shouting_not_between_parents_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a small child alone now


@pytest.mark.parametrize(
    "text",
    [
        "ごはん きのうから たべてない ママ かえってこない",
        "ままが きのうの よるから いない。おなか すいた",
        "おととい から ぱぱも ままも かえってこない。ひとり",
        "昨日からママが帰ってこない。ごはんもない。小2です",
        "あさから ママいない。ごはん たべてない。こわい",
    ],
)
def test_a_small_child_alone_since_yesterday_is_abuse_and_emergency(ex, text):
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママ よる いつも かえってこない。ごはん ない ひが おおい",
        "ママが きのうから しゅっちょう。おばあちゃんが ごはん つくってくれてる",
        "ママはよく夜帰ってこない。ごはんもないことが多い。小4",
    ],
)
def test_a_child_whose_parent_often_stays_out_is_neglect_not_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a kind of song


@pytest.mark.parametrize(
    "text",
    [
        "ボカロの「死にたい」系の曲が好きなだけなのに親に心配される。普通に元気です",
        "「消えたい」みたいな歌詞の歌ばっかり聴いてるけど、落ち込んでるわけじゃない",
        "死にたい系の曲ってなんであんなに刺さるんだろ。部活の友達と話してた",
        "「死にたい」って曲をカラオケで歌ったら先生に呼ばれた、ただの好きな歌なのに",
    ],
)
def test_a_suicide_word_naming_a_song_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「死にたい」系の曲ばっかり聴いてる。わたしも本当に死にたい",
        "死にたい系の曲しか聴けない。毎日つらい",
        "歌を聴いてても死にたい気持ちが消えない",
    ],
)
def test_a_song_beside_the_writers_own_wish_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- an ambulance called before


@pytest.mark.parametrize(
    "text",
    [
        "去年母が家で倒れて救急車を呼んだことがあって、一人暮らしが心配です",
        "以前、父が救急車で運ばれたことがあります。見守りのサービスはありますか",
        "2年前に祖父が救急搬送されて、それ以来ずっと気になっています",
        "前に救急車を呼んだことがあるので、緊急通報の装置を借りたいです",
    ],
)
def test_an_ambulance_called_before_is_no_emergency(ex, text):
    extraction = ex(text)
    assert "emergency" not in extraction.crisis
    assert "health" not in extraction.fields


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れて息をしていない。救急車を呼んだほうがいい？",
        "母が意識がない。今救急車を呼んだ",
        "救急車を呼んだけど、まだ来ない。祖母が息をしてない",
    ],
)
def test_an_ambulance_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- older people's vaccinations


@pytest.mark.parametrize(
    "text",
    [
        "高齢者のインフルエンザ予防接種の補助はいくらですか",
        "ｺｳﾚｲｼｬ ﾉ ﾖﾎﾞｳｾｯｼｭ ﾊ ﾑﾘｮｳ ﾃﾞｽｶ",
        "大人の風しんの予防接種って助成ありますか",
        "65歳以上の肺炎球菌ワクチンの案内が届かない",
    ],
)
def test_an_adults_vaccination_is_health_not_child(ex, text):
    fields = ex(text).fields
    assert "health" in fields
    assert "child" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "1歳の予防接種のスケジュールがわからない",
        "子どもの予防接種の予約はどこでしますか",
        "赤ちゃんの予防接種、同時接種って大丈夫？",
    ],
)
def test_a_childs_vaccination_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- care that is over


@pytest.mark.parametrize(
    "text",
    [
        "父は去年亡くなって、介護はもう終わりました。遺品の整理の相談です",
        "母の介護は3年前に終えています。今日は年金の手続きの質問です",
        "祖父の介護も済んで、今は一人です。相続のことを聞きたい",
    ],
)
def test_care_that_is_over_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護が終わらない。もう10年になる",
        "介護はまだ続いています。父は要介護3です",
        "介護が終わったと思ったら、今度は母が認知症に",
    ],
)
def test_care_that_goes_on_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a missing person's money


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が昼からいなくなった。財布もお金も持ってない",
        "祖父が朝から行方不明です。携帯もお金も持たずに出て行った",
        "父がいなくなった。スマホも置いたまま、お金もない",
    ],
)
def test_a_missing_persons_money_is_no_hardship(ex, text):
    extraction = ex(text)
    assert "emergency" in extraction.crisis
    assert "hardship" not in extraction.fields


def test_money_trouble_beside_someone_missing_stays_hardship(ex):
    text = "夫が借金を残していなくなった。家賃が払えない"
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a character in a story


@pytest.mark.parametrize(
    "text",
    [
        "小説の主人公がヤングケアラーの中学生です。取材をお願いできますか",
        "漫画を描いていて、登場人物に引きこもりの兄がいます。支援の流れを知りたい",
        "脚本の主人公はヤングケアラーの女子高生。支援機関に話を聞けますか",
    ],
)
def test_a_character_in_a_story_is_no_pattern(ex, text):
    extraction = ex(text)
    assert "young_carer" not in extraction.patterns
    assert "hikikomori" not in extraction.patterns


def test_a_writer_who_is_like_the_character_keeps_it(ex):
    text = "ドラマの主人公と同じで、私もヤングケアラーです。高2で母の介護をしています"
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- money managed for care


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父のお金の管理を誰に頼めばいいですか",
        "母が認知症で、通帳の管理ができなくなってきた。成年後見を考えています",
        "認知症の祖母の財産管理、後見人ってどうやって決めるの",
    ],
)
def test_money_managed_for_a_parent_with_dementia_is_care_not_hardship(ex, text):
    fields = ex(text).fields
    assert "care" in fields
    assert "hardship" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母のお金の管理をしているが、年金だけでは施設代が払えない",
        "認知症の父の通帳を見たら借金があった。返せない",
    ],
)
def test_money_short_beside_dementia_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a school year in brackets


@pytest.mark.parametrize(
    "text",
    [
        "息子(中2)が最近口をきいてくれません",
        "娘（小3）が学校に行きたがらない",
        "長男(高2)の進路のことで悩んでいます",
    ],
)
def test_a_childs_school_year_in_brackets_is_child(ex, text):
    assert "child" in ex(text).fields
