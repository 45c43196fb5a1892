"""Round 25 (33d10): rural speech and kana. A farmer looking at the pesticide in the shed and
thinking 「これ飲んだら楽になるかな」; a husband who brings out the hunting gun and says
「撃つぞ」; a neighbour whose figure has not been seen since the day before yesterday; an old
person writing in kana 「ころんで たてません」; a missing son whose last LINE was 「もう疲れた」;
a daughter struck by her husband told in the passive (「娘が婿さんから殴られよる」).
And what only looks like that: a husband away all winter 出稼ぎ, a TV drama about abuse,
withdrawal long past, weed killer that makes the weeding easier, a child who might swallow
pesticide by mistake."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- pesticide as a means


@pytest.mark.parametrize(
    "text",
    [
        "倉庫の農薬を見るたびに、あれを飲んだら楽になれるのかなと思ってしまいます",
        "借金で首が回らん。物置の除草剤、飲んだら全部終わるんやろか",
        "のうやく のんだら らくに なれるかな",
        "父が「農薬でも飲んで死のうか」とつぶやいていました",
        "牛も手放した。殺虫剤あおったら楽になれるかなって毎晩考える",
        "畑もダメになって、もう除草剤飲んで終わりにしようかと思っとる",
        "納屋にある農薬の瓶、いっそ飲んだら楽かなぁって見てしまう",
        "じいちゃんが除草剤を飲んで死にたいって言いよる",
    ],
)
def test_pesticide_as_a_means_is_suicide(ex, text):
    """Pesticide or weed killer looked at as a way out: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "除草剤をまいたら草取りがだいぶ楽になりました",
        "孫が農薬を誤って飲んだら危ないので、鍵のかかる棚を買いました",
        "農薬の散布を業者に頼んだら楽になるかな、費用はいくらくらいですか",
        "農薬の講習会は何月にありますか",
    ],
)
def test_pesticide_at_work_is_no_suicide(ex, text):
    """Spraying, safe storage, a course: farm work, no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が農薬を飲んだみたいで、ぐったりしています",
        "母が除草剤を飲んでしまいました。どうしたらいいですか",
        "じいちゃんが殺虫剤あおった、いま吐いとる",
    ],
)
def test_pesticide_swallowed_is_emergency(ex, text):
    """Pesticide already swallowed: emergency."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a gun brought out


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("emergency", "主人が酔って猟銃を出してきました。怖くて車の中に隠れています"),
        ("emergency", "とうちゃんが鉄砲出してきて「撃つぞ」言うとる"),
        ("emergency", "夫が喧嘩のあと猟銃を取り出して、家族に向けて怒鳴っています"),
        ("emergency", "父が酒を飲んでライフルを出した。母と納屋に逃げています"),
        ("dv", "旦那が「撃ち殺すぞ」って猟銃出してきた"),
        ("dv", "夫が鉄砲を引っ張り出して「撃つぞ」と脅してくる"),
        ("emergency", "息子が銃を出してきて暴れとる、いま隠れとる"),
    ],
)
def test_gun_brought_out_raises(ex, label, text):
    """A gun brought out with a threat or with the family hiding: emergency (dv from a partner)."""
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猟友会の父が猟銃を出して手入れしていました",
        "猟銃の所持許可の更新はどこでできますか",
        "鹿が増えたので猟銃を出して見回りに行きました",
    ],
)
def test_gun_at_work_is_no_emergency(ex, text):
    """Hunting, licences, cleaning the gun: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- not seen since


@pytest.mark.parametrize(
    "text",
    [
        "裏のばあちゃん、昨日から姿が見えんのよ。雨戸も閉まったまま",
        "一人暮らしのおじいさん、3日前から姿が見えません",
        "となりの　おばあさんの　すがたが　みえない",
        "ここ数日、向かいのじいさまの姿が見えねえ",
        "今朝から父の姿が見えません。軽トラもない",
        "近所のお年寄りの姿が見えなくなって心配です",
    ],
)
def test_not_seen_since_is_emergency(ex, text):
    """Someone's figure not seen for a day or more: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "霧で山の姿が見えない日が続いています",
        "孫が遠くに引っ越して、もう姿が見えなくて寂しい",
        "隣のおばあちゃん、入院中で昨日から姿が見えないけど元気だって",
    ],
)
def test_not_seen_with_a_reason_is_no_emergency(ex, text):
    """A mountain in the fog, a grandchild moved away, a neighbour in hospital: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- fallen, cannot stand


@pytest.mark.parametrize(
    "text",
    [
        "いま ころんで たてません たすけて",
        "台所で転んで立てません。一人です",
        "風呂場ですべって起き上がれません",
        "畑でこけて、立てれんのよ",
        "ころんで　うごけません　ひとりです",
        "さっき玄関で転んで起きられんのです",
    ],
)
def test_fallen_cannot_stand_is_emergency_and_health(ex, text):
    """Fallen now and cannot get up, in kana or polite speech: emergency, health."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "去年転んで立てませんでしたが、今はリハビリで歩けます",
        "転んで立てなくなったら困るので手すりをつけたい",
        "転んでも笑って立ち上がる子です",
    ],
)
def test_fall_past_or_feared_is_no_emergency(ex, text):
    """A fall long past, a fall feared, a child who gets up: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- last words of the missing


@pytest.mark.parametrize(
    "text",
    [
        "夫が昨日から帰りません。「もう疲れた」ってLINEが最後です",
        "息子と連絡がとれない。最後のメッセージが「もう無理」でした",
        "娘が出て行ったきり。「ごめんね」ってメールが最後",
        "弟が行方不明です。最後のLINEは「疲れた」だけでした",
        "父が朝からおらん。「もう限界」って書き置きがあった、それっきり",
        "兄から「つかれた」ってラインがきたきり、電話も出ません",
    ],
)
def test_last_words_of_despair_is_suicide(ex, text):
    """Someone gone whose last message was 「もう疲れた」「もう無理」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫から「もう疲れた、先に寝る」ってLINEが来ました。明日の予定を相談したいです",
        "仕事の帰りに「疲れたー」ってLINEした",
        "「ごめん、遅れる」って連絡が来た",
    ],
)
def test_tired_messages_are_no_suicide(ex, text):
    """Tiredness after work, an apology for being late: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a grown kin struck


@pytest.mark.parametrize(
    "text",
    [
        "娘が婿さんから殴られよるごたる。顔にあざ作って帰ってきた",
        "妹が旦那さんに叩かれとるらしいんです",
        "うちの娘が主人から蹴られてるみたいで、腕にあざがありました",
        "姉が連れ合いに殴られて実家に逃げてきた",
        "息子が嫁さんから叩かれとるらしい",
    ],
)
def test_grown_kin_struck_passively_is_dv(ex, text):
    """A grown daughter or sibling struck by their partner, told in the passive: dv, not abuse."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "abuse" not in e.crisis


# ---------------------------------------------------------------- only looks like it


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("emergency", "夫は冬のあいだ出稼ぎで帰ってきません。子ども二人と義母の世話がきつい"),
        ("emergency", "父は毎年出稼ぎに出て春まで戻らんけん、母と二人で雪かき"),
        ("emergency", "主人は期間工で寮に住み込みなので、しばらく帰ってこれません"),
        ("abuse", "昨日のドラマで子どもが虐待される場面があって、見てられんかった"),
        ("abuse", "映画で虐待を受ける役の子がすごく上手で泣いた"),
        ("abuse", "漫画で虐待の話を読んで考えさせられた。ところで図書館は何時までですか"),
        ("hikikomori", "昔は5年くらいひきこもってたけど、今は畑を継いで毎日働いてます"),
        ("hikikomori", "若い頃は引きこもってましたが、今は地元の工場に勤めています"),
    ],
)
def test_look_alikes_do_not_raise(ex, label, text):
    """Away for seasonal work, abuse in a drama, withdrawal long past: not raised."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)
