"""Round 21 (29k8): residents born abroad who write simple Japanese, professionals who write
about a client, and older people in Tohoku dialect: 「手伝ってける」「教えてけろ」 (a request,
not a kick) and 「足悪ぐして買い物さ行げねぐなった」 (care); a pupil whose parents give no
meals and who has not eaten for days; a pupil who looks after a brother or sister while the
parent works, or is woken every night by a grandparent with dementia; a partner gone back to
the home country and 「ひとりです」, 「日本語できない。ひとりです」; a shop's older customer who
cannot count the change or buys the same thing again and again; a stroke told as the start of
the care; a middle-aged son's violence on an old parent; a client's daughter raising children
while caring. And what is not that: 殴って蹴る, a fever or a diet, the television while the
mother works, a baby's night crying, 「子どもはひとりです」, a child buying sweets, a stroke
just now."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- Tohoku 「〜てける」 and care


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃが膝悪ぐしてよ、病院さ連れてってけるどこ探してる",
        "誰か手伝ってけろ。ばあちゃんひとりで雪かきでぎねぇ",
        "母ちゃの薬のこと、役場で教えてけるべか",
        "おら一人だば無理だ。助けてけねぇべか",
        "ばっちゃの買い物、代わりに行ってけるとこあれば教えてけで",
        "畑の草取り、手伝ってける人いねぇべか",
        "父ちゃが目ぇ悪ぐして字ぃ読めねぇ。書類書いてけるどこねぇすか",
    ],
)
def test_tohoku_te_keru_is_a_request_not_a_kick(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が子どもを殴って蹴るのを見てしまった",
        "お父さんにおなかをけられた。こわい。小5",
        "ママが弟をなぐってける。たすけて",
    ],
)
def test_a_real_kick_is_still_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばっちゃ、腰悪ぐして畑さ出られねぐなった",
        "じっちゃが足悪ぐしてから病院さ行げねぐなってな",
        "うちの婆ちゃ、膝悪ぐして買い物さも行げねぐなった。どうすべ",
        "母ちゃが目ぇ悪ぐして、ひとりで病院さ行げねぐなったのす",
        "年寄りが足悪ぐして風呂さ入れねぐなった",
    ],
)
def test_an_old_person_who_can_no_longer_go_out_in_tohoku_dialect_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a pupil not fed for days


@pytest.mark.parametrize(
    "text",
    [
        "中2です。母がご飯を作ってくれません。二日なにも食べてない",
        "中学生。親が夕飯つくってくれないし、お金もくれないからコンビニも行けない",
        "小6。ママがごはんつくってくれない。もう3日まともに食べてない",
        "高1です。父が食事を用意してくれない。何日も食べてません",
        "中3。親が晩ごはん作ってくれへんし食費もくれへん",
        "小5です。お母さんがごはん作ってくれない。2日間ほとんど食べてない",
        "高校2年。親がご飯出してくれない。もう三日ろくに食べてねえ",
    ],
)
def test_a_pupil_given_no_meals_for_days_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "高1だけど親がご飯作ってくれないのはいつものこと。今日は部活で食べてない",
        "中学生です。母がご飯を作ってくれないので自分で作ってます。料理は楽しい",
        "中2。熱が出て2日なにも食べてない。親はおかゆ作ってくれない",
        "高校生。ダイエット中で3日ちゃんと食べてない",
    ],
)
def test_a_fever_a_diet_or_cooking_for_oneself_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a pupil who watches over family


@pytest.mark.parametrize(
    "text",
    [
        "小5です。お母さんが仕事のあいだ、ずっと妹をみてる。遊びに行けない",
        "中1。ママがパートのあいだ、ぼくが弟のめんどうみてる",
        "小6。親が夜勤のあいだ、わたしがおばあちゃんを見てます",
        "中2です。母が仕事の間は妹をずっと見てなきゃいけない",
        "中学生。弟をいつも見てるから部活に入れない",
        "高1。じいちゃんが認知症で、毎晩夜中に起こされる。学校で寝ちゃう",
        "中3です。祖母が認知症で夜中に何度も呼ばれて眠れない",
        "小6。おばあちゃんが認知症で、よる起こされてねむい",
    ],
)
def test_a_pupil_who_watches_over_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "小5です。お母さんが仕事のあいだ、ずっとテレビをみてる",
        "中2。母が仕事の間は友だちの家で遊んでます",
        "小4。赤ちゃんの夜泣きで夜中に起こされてねむい",
        "母が仕事のあいだ、祖母が子どもたちをみてくれています",
    ],
)
def test_television_a_friends_house_or_a_babys_crying_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- alone, far from home


@pytest.mark.parametrize(
    "text",
    [
        "フィリピンから来ました。夫は国に帰った。わたし ひとりです",
        "ネパール人です。主人は国へ帰りました。いまは一人です。こわい",
        "かぞく みんな ベトナムに かえりました。わたし ひとり です",
        "妻は中国に帰国しました。私は一人です。子どもがいます",
        "日本語 すこししか わからない。ひとりです。たすけて",
        "ミャンマーから来た。日本語 できません。わたし ひとりです",
        "にほんご わからない。ひとり です。びょういん どこ",
        "一人です。日本語が話せません。どこに相談したらいいですか",
    ],
)
def test_alone_after_the_family_went_home_or_without_japanese_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫は国に帰りました。子どもはひとりです。保育園を探しています",
        "日本語できないので、ひとりで勉強しています",
        "夫は国に帰りましたが、来月もどります。友だちもたくさんいます",
        "日本語がわからない人向けの窓口はありますか。家族は4人です",
    ],
)
def test_one_child_or_studying_alone_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a customer's signs of dementia


@pytest.mark.parametrize(
    "text",
    [
        "スーパーで働いています。常連のおばあさんが、最近お釣りの計算ができず困っている様子です",
        "近所の高齢の方が、同じパンを一日に何度も買いに来ると店の人が言っていました",
        "商店をしています。80代のお客さんが同じ牛乳を一日に何回も買っていきます",
        "お年寄りのお客さんが、お会計の計算がわからなくなってレジで固まってしまいます",
        "八百屋です。おじいさんが同じ物を一日に何回も買いに来ます。家族に知らせたい",
        "薬局に来る70代の方、支払いができず、同じ商品をいくつも買っていきます",
    ],
)
def test_an_older_customer_who_cannot_count_the_change_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "小学生の子が同じお菓子を何度も買いに来ます。かわいい",
        "同じ弁当を何度も買ってしまうくらい、あの店の唐揚げが好きです",
        "レジの計算ができないと上司に怒られました。新人です",
    ],
)
def test_a_child_a_favourite_or_a_new_cashier_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a stroke that began the care


@pytest.mark.parametrize(
    "text",
    [
        "小学生が2人いて、脳出血で倒れた義父の介護もしています",
        "母が脳卒中の後遺症で要介護2です。デイサービスを増やしたい",
        "夫が脳梗塞で倒れてから介護の毎日です。子どもはまだ3歳",
        "保育園の子がいます。くも膜下出血で倒れた父の世話も私です",
    ],
)
def test_a_stroke_told_as_the_start_of_care_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父は脳出血の後遺症で右手がまひしています",
        "脳梗塞の後遺症がつらくて、リハビリに通っています",
        "さっき夫が脳梗塞で倒れました。介護の話は後でいいので病院を教えて",
    ],
)
def test_a_stroke_on_its_own_or_just_now_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a middle-aged son's violence


@pytest.mark.parametrize(
    "text",
    [
        "息子(40代)がずっと家にこもっていて、このごろ私を叩きます。私は78歳です",
        "娘(30代)が何年もひきこもり、最近は私に手をあげます。私はもう80歳",
        "息子(50)が働かずに家にいて、私に暴力をふるいます。私は82歳",
    ],
)
def test_a_grown_childs_violence_on_an_old_parent_is_no_child_matter(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "abuse" in result.crisis


# ---------------------------------------------------------------- a client's daughter


@pytest.mark.parametrize(
    "text",
    [
        "ケアマネをしています。担当の方のお嫁さんが、保育園児を育てながら通いで介護されています",
        "包括の職員です。利用者の息子さんが小学生を育てつつ毎日介護していて、限界が近そうです",
        "ヘルパーです。利用者さんの娘さんが幼児の子育てをしつつ、週末は泊まりで介護に来ています",
    ],
)
def test_raising_children_while_caring_is_no_childs_disability(ex, text):
    result = ex(text)
    assert "disability" not in result.fields
    assert "double_care" in result.patterns
