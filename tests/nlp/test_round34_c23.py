"""Round 34 (42c23): older residents of rural Tohoku write as they speak. A message in Tohoku
speech (voiced て/た/か/き after verbs: 「見でる」「置いで」「言われだ」「行ぎでぇ」; negatives
ね/ねぇ/ねぐ: 「帰ってこね」「来ねぐなった」; がら, さ, ば, べ, おら, わらし, ごしゃぐ, おっかねぇ)
is read once more in standard forms (nlp.dialect.tohoku_reading), so the rows and rules
written for 「帰ってこない」「行きたい」 read it; the evidence still points at the writer's
words. Standard Japanese is not rewritten. Also: a spouse's 「ぶっ殺す」 and things thrown at
the writer (DV), an old person harmed by a daughter-in-law (elder abuse, not DV), a
grandchild kept from friends by a sibling's care, a daughter raising children while caring
for the writer, and their look-alikes."""

from __future__ import annotations

import pytest

from nlp.dialect import tohoku_reading
from nlp.normalise import normalise


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("早ぐ行ぎでぇ", "早く行きたい"),
        ("息子が帰ってこね", "息子が帰ってこない"),
        ("バスも来ねぐなった", "バスも来なくなった"),
        ("夫に言われでる", "夫に言われてる"),
        ("ちっちぇ子ば置いで出はった", "小さい子を置いて出かけた"),
        ("畑さ行ったきりだがら心配だべ", "畑に行ったきりだから心配だろう"),
        ("おらも腰が痛ぇ", "私も腰が痛い"),
        ("外さ出らんねぇ", "外に出られない"),
    ],
)
def test_tohoku_speech_is_read_in_standard_forms(text, standard):
    reading = tohoku_reading(normalise(text))
    assert reading is not None
    assert reading[0].text == standard


@pytest.mark.parametrize(
    "text",
    [
        "だからね、今から行くね",
        "子どもたちと公園で遊んでいます",
        "急いで帰ります。高さが足りないので",
        "母の介護で疲れています。どうすればいいですか",
        "座敷わらしの出る宿に泊まりたい",
        "それでいいと思いますけど、どうでしょう",
    ],
)
def test_standard_japanese_is_not_rewritten(text):
    assert tohoku_reading(normalise(text)) is None


def test_the_evidence_points_at_the_writers_words(ex):
    text = "おら、もう死にでぇ"
    found = ex(text)
    assert "suicide" in found.crisis
    words = [e for e in found.evidence if e.label == "suicide"]
    assert words and all(text[e.start : e.end] == e.surface for e in words)
    assert any(e.start < len(text) and text.index("死に") < e.end for e in words)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("おら、ばあさん亡くしてがら長生ぎしすぎだ。早ぐばあさんのどごさ行ぎでぇ", "suicide"),
        ("いっそ消えでぇ。もう疲れだ", "suicide"),
        ("じいちゃんが山さ行ったきり帰ってこね。もう暗ぐなった", "emergency"),
        ("旦那に「出でったらぶっ殺す」って言われだ。誰さも言えね", "dv"),
        ("とうちゃん、酔うと皿ば投げでよこす。おらの顔さ当だって血ぃ出だ", "dv"),
        ("向かいの若い母親、ちっちぇ子ば置いで毎晩飲みさ出はってる", "abuse"),
        ("向かいのじいさん、嫁に殴られでるみてぇだ。顔さあざもあった", "abuse"),
        ("隣のおばあちゃんがお嫁さんにご飯をもらえていないみたいで、腕にあざもあった", "abuse"),
    ],
)
def test_crises_in_tohoku_speech_are_read(ex, text, label):
    assert label in ex(text).crisis


def test_the_writers_own_wife_stays_dv(ex):
    found = ex("嫁に殴られて顔にあざができた")
    assert "abuse" not in found.crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("犬っこ死んでしまった。どごさ頼めばいいべ", "suicide"),
        ("娘が倒れねが心配だっちゃ", "emergency"),
        ("かあちゃんもいねぐなったし、さみしいもんだ", "emergency"),
        ("虐待とかあったらどうすべって心配してだども、いい施設だった", "abuse"),
        ("眠剤ためで、いっぺんに飲めば朝起ぎねで済むべが", "emergency"),
    ],
)
def test_tohoku_look_alikes_stay_quiet(ex, text, label):
    assert label not in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("中学生の孫が妹の世話ばっかりして、友達と遊ぶ暇もない", "young_carer"),
        ("娘が二人の子どもを育てながら私の介護までしてくれている", "double_care"),
        ("夫は退職してから近所の人とも会わない", "isolation"),
        ("むすこ　４８　もう　７ねん　へやに　こもってる", "hikikomori"),
    ],
)
def test_patterns(ex, text, label):
    assert label in ex(text).patterns


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("おらも腎臓わるい", "health"),
        ("膝ももうだめだ。畑もできね", "health"),
        ("給料が月二万もない", "hardship"),
        ("娘が二人の子どもを育てながら私の世話までしてくれてる", "care"),
    ],
)
def test_fields(ex, text, label):
    assert label in ex(text).fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("祖父に頼まれて孫が打っています。バスの時刻表はどこで見られますか", "child"),
        ("孫の顔見るのが楽しみで元気にしてる", "child"),
        ("孫が小学校の先生になった。子どもたちの面倒見てるって", "child"),
        ("今年で定年退職です。退職したあとの国保の手続きを知りたい", "hardship"),
        ("仕事も辞めらんねし、どうしたらいいべ", "hardship"),
        ("いぶりがっこ漬げだがら、今度持ってぐ", "child"),
    ],
)
def test_field_look_alikes_stay_quiet(ex, text, label):
    assert label not in ex(text).fields
