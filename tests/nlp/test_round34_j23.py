"""Round 34 (42j23): residents of small Tohoku towns, half of them writing as they speak.
The Tohoku reading (nlp.dialect.tohoku_reading) now also reads 「落ぢだら」 as 落ちたら,
「長ぐねぇ」 as 長くない, 「誰ども」 as 誰とも and a sentence-final 「だず」; an old writer's wish
not to live long and a rope put by are suicide; small children left by themselves for days
are neglect; a child shut out in the snow on a past day is abuse but no emergency now."""

from __future__ import annotations

import pytest

from nlp.dialect import tohoku_reading
from nlp.normalise import normalise


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("川さ落ぢだら楽だべな", "落ちたら"),
        ("バス来るの待ぢだら日暮れだべ", "待ちたら"),
        ("おらの足はもう長ぐねぇべ", "長くない"),
        ("あそこの店、よぐねぇんだべ", "よくない"),
        ("誰どもしゃべらねで一日終わるんだず", "誰とも"),
        ("ひとりで暮らしてるんだず。", "暮らしてるんだ。"),
        ("娘は孫の顔ばっかり見でだ", "見てた"),
        ("おらも八十なったし", "八十になった"),
        ("母ちゃん病気なってがら", "病気になって"),
    ],
)
def test_tohoku_reading_reads_the_new_spellings(text, standard):
    reading = tohoku_reading(normalise(text))
    assert reading is not None
    assert standard in reading[0].text


@pytest.mark.parametrize(
    "text",
    [
        "おれももう長ぐねえほうがいいんだべな",
        "わしはもう長くないほうがいいんだと思う",
        "おらなんか、もう長生きしねぇほうがいいべ",
        "あたしはもう長生きなんかしないほうがいい",
        "ばあさん死んでから一人だ。物置さ縄も置いだ",
        "じいさんいねぐなってがら、納屋さ縄っこ置いだ",
        "納屋に縄を置いてある。もう疲れた",
        "この橋から落ぢだら楽だべなって思う",
        "崖がら落ぢだら楽になれっかな",
    ],
)
def test_an_old_writers_quiet_wish_to_die_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父はもう長くないと医者に言われました",
        "会議はもう長くないほうがいいと思う",
        "髪はもう長くないほうが楽だね",
        "畑の支柱用に縄も置いた",
        "雪囲いの縄を物置に置いてある",
        "孫が木から落ちたら大変だべ",
    ],
)
def test_a_short_life_foretold_or_a_farm_rope_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋の小さい子が、子どもだけで何日も過ごしてるみたいです",
        "向かいの家、幼い兄弟が二人きりで何日も置かれてるようだ",
        "上のアパートのわらしっこ、きょうだいだけで何日も親が帰ってこねぇみてぇだ",
        "近所の小さい姉妹が子どもたちだけで何晩も過ごしていて心配です",
    ],
)
def test_small_children_alone_for_days_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "中学生の姉妹だけで何日も旅行して帰ってきた",
        "子どもたちだけで留守番できるようになって助かります",
    ],
)
def test_big_children_on_a_trip_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この前、雪の日に隣の子が裸足でベランダに出されていました",
        "先週は吹雪だったのに、向かいの男の子がパジャマで外に閉め出されてた",
        "こないだは雪降ってんのに隣のわらしが裸足で外さ出されでだ",
    ],
)
def test_a_child_shut_out_on_a_past_day_is_abuse_not_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "向かいのベランダに小さい子が裸足で出されて1時間泣いてる、雪ふってるのに",
        "こないだ雪の中で子どもが裸足で外に出されてた。今日もまた外に出されてる",
    ],
)
def test_a_child_shut_out_in_the_cold_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "実家の弟が父を叩いてるらしい。帰省したら父の腕にあざがあった",
        "実家の兄が母さ手あげでるみたいなんだず",
        "同居の姉が年老いた母を突き飛ばしているようです",
    ],
)
def test_a_sibling_striking_the_old_parent_is_elder_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "お兄ちゃんがお母さんを叩いてこわい",
        "兄が母に手をあげる。私は中学生です",
        "実家に帰ったら、兄が小学生の甥を叩いていた",
    ],
)
def test_a_child_witness_or_a_struck_child_keeps_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "娘の東京での就職が決まりました。家を出たら寂しくなるけど、めでたいことです",
        "娘が嫁いで寂しくなりますが、嬉しいことです",
        "孫が進学で家を出るのは寂しいけど、楽しみでもある",
    ],
)
def test_a_childs_new_start_missed_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫が亡くなって寂しくなりました。誰とも話さない",
        "一人暮らしで寂しいけど、誰にも頼れない",
    ],
)
def test_loneliness_without_a_celebration_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が「バイト死ぬほどだるい」って言ってたけど楽しそうに行ってる",
        "息子は学校まじ死ぬほどだるいって毎朝言ってる",
    ],
)
def test_a_chore_called_deadly_dull_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "体が死ぬほどだるい",
        "息子がこの一週間、死ぬほどだるいと言って寝ている",
    ],
)
def test_a_body_deadly_tired_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "漫画を描いていて、登場人物の男の子が保護される場面があります。一時保護ってどういう流れですか",
        "脚本を書いてます。主人公の女の子が施設に行く話で、児相はどうやって動くのか知りたいです",
    ],
)
def test_the_agency_asked_about_for_a_story_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いています。主人公は不登校の中学生です。うちの息子も不登校で、児童相談所ってどんな所ですか",
        "小説の主人公の子が家出する話を書いていますが、実は私の娘も家出しました。児童相談所はどう動きますか",
    ],
)
def test_a_writers_own_child_beside_the_story_keeps_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "近所の奥さん、前は義母さんの世話で大変そうだったけど、施設に入って今は落ち着いたって",
        "去年は父の介護で大変だったけど、今はデイサービスのおかげで落ち着いています",
    ],
)
def test_care_settled_now_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年は母の介護で大変だったけど、今は落ち着きました。今度は父が認知症で、夜も目が離せません",
        "去年は母の介護で大変だったけど、今は落ち着いたと思ったら、また母が転んで寝たきりに",
        "母の介護で大変です。今は落ち着いてるけど",
    ],
)
def test_care_still_going_keeps_care(ex, text):
    assert "care" in ex(text).fields
