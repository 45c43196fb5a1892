"""Round 34 (42g23): parents of babies and small children.

A school-age son or daughter who looks after the little ones (or a disabled brother or
sister) while the parent works nights, is ill or in hospital, told by the parent, is a young
carer; a child who helps now and then, a wish, a refusal or a memory is not. A disabled or
ill partner whose personal care the writer does, beside a baby, is double care; care that is
over (看取った, ひと段落) or a grandparent who can no longer mind the children is not. A
partner who shouts at or hits an older in-law is elder abuse, not DV; a grown daughter struck
by her husband, told by her parent, is DV, not abuse. A grown neighbour not seen for days is
an emergency, not a sign of neglect."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "小5の長女が、私が夜勤の日は弟たちのご飯からお風呂まで全部やってくれています",
        "中学生の息子が、私の体調が悪い日は下の子のお迎えと夕飯をやってくれてる。頼りすぎだと思う",
        "自閉症の弟(6歳)の面倒を、高1の兄がほとんど見てくれてて、友達とも遊びに行かなくなった",
        "長男(12)が、私がうつで起きられない朝は妹たちの支度と保育園の送りをしてくれてます",
        "孫(中2)が、娘が入院してる間、下の子らの世話をかなりやってくれとる",
        "お姉ちゃん(小3)が、私が仕事の日は赤ちゃんの寝かしつけまでやってくれて、学校で寝てるらしい",
        "中1の娘に下の子の世話をほとんど任せてしまっている",
        "上の子(小5)にミルク作りから寝かしつけまで全部やってもらってて、最近元気がない",
        "高2の娘が、私が夜の仕事に出てる間、弟2人の晩ご飯を作って寝かしつけまでしてくれています",
    ],
)
def test_school_age_child_who_keeps_the_little_ones_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "小4の上の子がたまに赤ちゃんのミルクを作ってくれて助かります",
        "中学生の娘が夕飯の片付けを手伝ってくれる、やさしい子です",
        "小6の長男に下の子の世話を全部させるのはかわいそうで、どうしたらいいか",
        "中学生の娘が家事を全部やってくれたらいいのに",
        "高校生の娘が全然家事をやってくれない。私もうつで",
        "小学生の頃、長女が弟の世話を全部してくれていたのを思い出します",
        "小5の娘が友達のお世話係をしていて、学校が楽しいみたい",
        "小3の息子が保育園のお迎えに一緒に来てくれます",
        "中1の娘が下の子と遊んでくれて、その間に家事を全部済ませます",
        "中学生の娘が、赤ちゃんの世話を手伝いたいと言ってくれてうれしい",
        "高校生の娘はバイトで忙しく、家事はほとんど私がやっています",
        "小6の長男に話しても、下の子の世話は私が全部やるしかない",
    ],
)
def test_a_child_who_helps_now_and_then_or_does_not_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "旦那が障害者で、身の回りの世話は全部私。赤ちゃんもいてもう限界",
        "夫は目が見えないので、身の回りのことはほとんど私がしています。0歳の娘もいて手が回りません",
        "妻が車いすで、身の回りのことは全部おれがやってる。子どもは2歳と0歳",
        "夫が事故で車いすになり、着替えもトイレも私が手伝っています。下の子はまだ1歳です",
    ],
)
def test_partner_cared_for_beside_a_baby_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫は車いすですが自分のことは自分でできます。赤ちゃんのお世話も手伝ってくれます",
        "夫が車いすです。1歳の子がいます。バリアフリーの公園はありますか",
        "夫は足が悪いけど、身の回りのことは自分でしています。子どもは3歳です",
        "去年母を看取って、介護は終わりました。今は2歳の子の育児で、保育園のことを聞きたいです",
        "介護していた祖母が亡くなり、今は下の子の保育園のことで悩んでいます",
        "母の物忘れが増えてきて、いつも子どもを預けていたけど、もう頼めないかもしれない",
    ],
)
def test_no_care_of_ones_own_beside_children_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母を見送って、今度は父の物忘れがひどくなってきました。子どもも小さいのに",
        "父が亡くなってから、母の介護と3歳の子の世話で毎日バタバタです",
        "実家の父が認知症で、子どもを預けるのももう無理かな。週2回様子を見に通ってる",
        "認知症の母の介護中に父が亡くなった。子どもはまだ3歳",
    ],
)
def test_care_still_going_on_beside_children_stays_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫が義母を怒鳴りつけているのを見てしまいました",
        "主人が認知症の義父を叩いているみたいで心配です",
        "同居の姑を、旦那が毎日どなってる。ご飯も食べさせてない",
        "寝たきりの義父(要介護4)を、夫がけったりしているようで怖い",
        "義父を主人が殴っていた。子どもも見てる",
    ],
)
def test_partner_harming_an_older_in_law_is_elder_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が義母を怒鳴りつけて、私も殴られました",
        "夫に怒鳴られて怖い",
        "主人が義父をどなりつけるし、私のことも毎日殴ります",
    ],
)
def test_partner_harming_the_writer_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫と一緒に娘が戻ってきました。婿に蹴られたと言うてます",
        "娘が帰ってきて、婿に殴られたって泣いてる",
        "娘が子どもを連れて実家に来ました。娘の旦那に首を絞められたそうです",
    ],
)
def test_grown_daughter_struck_by_her_husband_told_by_a_parent_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "婿に殴られた。わしはもう75で、娘も見て見ぬふり",
        "孫が婿に叩かれたと娘が言っています",
    ],
)
def test_an_older_writer_or_grandchild_struck_by_a_son_in_law_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋のおばあさん、3日くらい姿を見ないんです。新聞もたまってます",
        "下の階のシングルのママさん、何日も姿を見ないし赤ちゃんの泣き声もしない",
    ],
)
def test_grown_neighbour_not_seen_is_an_emergency_not_neglect(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の子ども、最近まったく姿を見ない。前はよく泣き声がしてたのに",
        "隣の家の小学生の男の子、もう何日も姿を見ない。学校にも来てないらしい",
    ],
)
def test_child_not_seen_stays_a_sign_of_neglect(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "産後3か月。夜中の授乳中に、このまま窓から落ちたらって考える",
        "出産してから、もう消えてしまいたいと毎日思う",
        "授乳しながら、この子を置いていなくなりたいと思ってしまう",
    ],
)
def test_postpartum_wish_to_die_is_suicide_and_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもがベランダから落ちたらって考えると怖いので柵をつけたい",
        "息子が窓から落ちたらと思うと心配で、補助錠を買いました",
        "窓から落ちたらって考えると怖いので網戸にロックをつけた",
        "産後のママの自殺が多いってニュースで見ました",
    ],
)
def test_a_child_falling_or_the_news_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("両親学級って夫婦で行けますか", "child"),
        ("マタニティ教室の申し込みはどこですか", "child"),
        ("粉ミルク代とおむつ代で毎月ギリギリです", "hardship"),
        ("保育料がきつくて、下の子の分の減免ってありますか", "child"),
        ("パートの収入だけじゃ子どもを育てていけない気がする", "hardship"),
        ("バイトだけで産んで育てられるのか不安です", "hardship"),
        ("夫が傷病手当で休んでいて、先が見えない", "health"),
        ("5歳の子にスマホって何時間まで見せていいですか", "child"),
    ],
)
def test_what_parents_of_small_children_ask_about(ex, text, field):
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("収入だけで見ると厳しいけど、貯金があるので大丈夫です", "hardship"),
        ("30歳ですがゲームをやめられません", "child"),
        ("80歳の父がテレビばかり見ています", "child"),
    ],
)
def test_look_alikes_of_those_asks(ex, text, field):
    assert field not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "出産してから外に出るのが怖くなって、ずっと家にいます",
        "人前に出るのが怖くて、もう何か月も買い物にも行けてない",
    ],
)
def test_fear_of_going_out_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夜は外に出るのが怖い地域です。防犯灯をつけてほしい",
        "台風の日は外に出るのが怖いので家にいます",
        "熊が出たので外に出るのが怖い",
    ],
)
def test_going_out_feared_for_the_night_or_weather_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母が脳梗塞で倒れてから、毎週末実家に通ってます。子どもは1歳と3歳です",
        "父が脳梗塞で倒れてから週2で実家に通っています",
    ],
)
def test_stroke_told_as_how_the_care_began_is_no_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_stroke_just_now_stays_health(ex):
    assert "health" in ex("父が脳梗塞で倒れて、今入院中です。介護が必要になりそう").fields
