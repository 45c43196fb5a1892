"""Round 25 (33b10): a message written only in katakana, its words set apart by spaces
(「ﾀﾞﾝﾅ ﾆ ｸﾋﾞ ｼﾒﾗﾚﾀ」), read as one sentence; a child writing in kana of the body care they
give (「おむつかえ」「といれのてつだい」「きがえさせてる」); a family member fallen from the
stairs or a roof who does not move (health beside the emergency). And what only looks like
that: care that ended long ago with a death, a worry that a check-up dispelled, a support
group introducing itself, a phone fallen off a bed, a dream told in kana."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- katakana only, word-spaced


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("dv", "ｵｯﾄ ﾆ ｸﾋﾞ ｼﾒﾗﾚﾀ ﾀｽｹﾃ"),
        ("dv", "カレシ ニ クビ シメラレタ コワイ"),
        ("dv", "ﾀﾞﾝﾅ ﾆ ｸﾋﾞ ｼﾒﾗﾚｿｳ ﾆ ﾅｯﾀ"),
        ("dv", "ｼｭｼﾞﾝ ﾆ ｸﾋﾞ ｦ ｼﾒﾗﾚﾏｼﾀ"),
        ("dv", "ｵｯﾄ ｶﾞ ﾅｸﾞﾙ ｺﾜｲ"),
        ("dv", "ツマ ニ ナグラレル"),
        ("suicide", "ﾓｳ ｼﾆﾀｲ"),
        ("emergency", "ﾀｽｹﾃ ﾊﾊｶﾞ ﾀｵﾚﾀ"),
    ],
)
def test_katakana_spaced_raises(ex, label, text):
    """Spaces in an all-katakana message are word breaks, not sentence ends."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("dv", "ﾀﾞﾝﾅ ﾆ ｸﾋﾞ ｼﾒﾗﾚﾙ ﾕﾒ ｦ ﾐﾀ"),
        ("dv", "だんなに くびしめられた ゆめをみた"),
        ("dv", "カレシ ト ケンカ シタ ケド ナカナオリ シタ"),
        ("dv", "ﾀﾞﾝﾅ ﾊ ﾔｻｼｲ ﾃﾞｽ"),
    ],
)
def test_katakana_spaced_stays_quiet(ex, label, text):
    """A dream, a quarrel made up, a kind husband."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- body care in a child's kana


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("young_carer", "しょうがくせいです。おじいちゃんのおむつかえをてつだってる"),
        ("young_carer", "ちゅうがくせいです。まいにちおばあちゃんのといれのてつだいをしてます"),
        ("young_carer", "しょうがくせいだよ。おばあちゃんのきがえをてつだってるよ"),
        ("young_carer", "ちゅうがくせいです。おじいちゃんのおしめをかえてる"),
        ("young_carer", "しょうがくせいです。あさはおばあちゃんのきがえさせてから がっこうにいく"),
        ("young_carer", "小学生です。ひいおばあちゃんのおむつがえもやってます"),
        ("young_carer", "しょうがくせいです。おかあさんがびょうきで、といれのかいじょをしてる"),
        ("care", "ちゅうがくせいです。おじいちゃんのおしめをかえてる"),
    ],
)
def test_child_body_care_in_kana_raises(ex, label, text):
    """A pupil who helps a grandparent with nappies, the toilet or dressing."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("young_carer", "あかちゃんのおむつかえ、パパもしてくれるようになりました"),
        ("young_carer", "生後2か月です。おむつかえのコツを教えてください"),
        ("young_carer", "トイレの手伝いをするヘルパーの仕事をしています"),
        ("young_carer", "ちゅうがくせいです。きがえるのがおそいってママにおこられる"),
    ],
)
def test_child_body_care_in_kana_stays_quiet(ex, label, text):
    """A parent's nappy changing, a job, a child slow to dress."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- a fall that hurt


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "母が階段から落ちて動かないんです"),
        ("health", "夫が屋根から落ちて動けない、どうしよう"),
        ("health", "じいちゃんが脚立から落ちて、頭を打った"),
        ("health", "祖母がベッドから落ちて意識がありません"),
        ("health", "おやじが二階から落ちて動かん"),
        ("health", "父が階段から転げ落ちました"),
        ("emergency", "主人がはしごから落ちて動かないです"),
    ],
)
def test_fall_raises_health(ex, label, text):
    """Someone fallen from a height who does not move or hit their head: an injury."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "スマホがベッドから落ちて動かなくなった"),
        ("health", "時計が棚から落ちて動かない"),
        ("health", "成績が落ちて、やる気が出ない"),
    ],
)
def test_fall_stays_quiet(ex, label, text):
    """A phone or a clock, marks at school."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- care ended with a death


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "8年前に母を介護して看取りました。体験談の募集はまだしていますか"),
        ("care", "昔、義父の介護をしていました。もう亡くなって5年です。講座の申込方法を教えて"),
        ("care", "父を自宅で介護して見送りました。今は一人で気楽にやってます"),
        ("care", "祖母の看病をしていました。その後亡くなりました。遺品の片付けの業者を知りたい"),
        ("care", "夫を介護の末に看取りました。遺族年金の手続きを教えてください"),
    ],
)
def test_care_long_ended_stays_quiet(ex, label, text):
    """Care that ended with the person's death: no care consultation now."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "父を介護して看取りました。今度は母の介護が始まります"),
        ("care", "母を介護して看取ったばかりなのに、今度は父が認知症になりました"),
        ("care", "義母の介護をしていました。亡くなって今は義父の世話をしています"),
        ("care", "父の介護をしています。最期は家で看取りたいです"),
        ("care", "認知症の母を介護している者です。相談したいです"),
    ],
)
def test_care_now_still_raises(ex, label, text):
    """Care going on now, or a new one after a death."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- a worry dispelled


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "父が認知症かと思ったけど、病院で調べたら違いました"),
        ("care", "祖母は介護が要るかと思ったけど、診てもらったら大丈夫だって"),
        (
            "care",
            "物忘れが認知症かと心配しましたが、検査の結果、異常なしでした。ありがとうございました",
        ),
        ("disability", "息子が発達障害かと思いましたが、検査では問題なしでした"),
        ("health", "うつ病かもと思ったけど、病院で診てもらったら問題ないって"),
    ],
)
def test_dispelled_worry_stays_quiet(ex, label, text):
    """A suspected need that a check-up ruled out."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "母が認知症かと思って検査したら、やっぱり認知症でした"),
        ("care", "認知症かと思ったけど検査では問題なし。でも物忘れがひどくて心配です"),
        ("care", "父が認知症かもしれないと思って、どこに相談したらいいですか"),
        (
            "disability",
            "発達障害かと思ったけど、検査では違うと言われた。でも療育手帳の相談をしたい",
        ),
    ],
)
def test_worry_not_dispelled_raises(ex, label, text):
    """The check-up confirmed it, or the worry goes on."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- a support group writes


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hikikomori", "ひきこもりの方の支援をしているNPO法人です。チラシを置いていただけますか"),
        ("hikikomori", "引きこもりの家族会を主催している者です。会場をお借りしたいです"),
        ("child", "不登校の子の居場所づくりをしている団体です。連携をお願いしたいです"),
        ("care", "認知症カフェを運営している団体の者です。ポスターを貼ってもらえますか"),
        ("hardship", "生活困窮の方の支援を行っているNPOです。窓口で案内してもらえますか"),
    ],
)
def test_support_group_stays_quiet(ex, label, text):
    """An organisation introducing itself asks no help for anyone."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hikikomori", "息子が5年引きこもっていて、支援をしているNPOを紹介してほしいです"),
        ("hikikomori", "支援をしているNPOに相談したいです。兄がもう3年部屋から出ません"),
        ("care", "認知症の父を介護している者です。デイサービスを探しています"),
    ],
)
def test_help_sought_still_raises(ex, label, text):
    """A family asking for such a group."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)
