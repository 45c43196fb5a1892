"""Round 20 (28b8): a writer who fled a partner they fear (夫が怖くて子どもを連れて家を出た,
夫から逃げてきた), a child who tells of one parent suffering violence from the other as a noun
(母が父から暴力を受けてて), the word DV said in a quote as a joke, a neighbour who does not
answer the doorbell (an emergency, not withdrawal), the writer's own bad knee or heart,
care another relative carries 「ので心配ない」, care named beside raising the children, and a
disabled son or daughter harmed in a service for adults (not a child matter)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- fled a partner they fear


@pytest.mark.parametrize(
    "text",
    [
        "夫が怖くて、きのう子どもを連れて家を出ました。今は車の中です",
        "旦那が怖いので子ども二人連れて家を飛び出してきました。行くあてがありません",
        "主人が怖くて実家に逃げてきました。これからどうすればいいですか",
        "彼氏が怖すぎて部屋を出てきた。いまネカフェ",
        "だんなのどなり声がこわくて、こどもとにげてきました",
        "うちの人が怖いけん、子ども連れて友達の家に泊まっとる",
        "娘から連絡がありました。夫が怖くて家を出たそうです",
        "夫から逃げてきました。住むところを探しています",
        "旦那から子ども連れて逃げ出して、今は実家にいます",
        "妻が怖くて家を出た。今はビジネスホテルにいる",
    ],
)
def test_fleeing_a_feared_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が怖い映画ばかり見るので、私は部屋を出てリビングで寝ています",
        "夫が怖がりで、夜は一人で家を出られません",
        "旦那から逃げるようにジムに通ってます笑",
        "夫が怖い顔で帰ってきたけど、ただ眠かっただけだった笑",
        "昔、元夫が怖くて家を出たことがあります。今は再婚して幸せに暮らしています",
        "うちの人の機嫌が悪いけん、近所の家に遊びに行っとる",
    ],
)
def test_a_scary_film_or_a_settled_past_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a parent suffers violence


@pytest.mark.parametrize(
    "text",
    [
        "母が父から暴力受けてて、かばったら僕もたたかれた。中2",
        "母が父から暴力を受けています。中1です",
        "お母さんがお父さんから暴力をふるわれてる。小5です",
        "父が母から暴力を受けてます。高校生です",
        "ママがパパから暴力うけてる。わたしもこわい",
        "姉が彼氏から暴力を受けてるみたい",
    ],
)
def test_a_parent_suffering_violence_from_the_other_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が父からプレゼントを受け取った。中2です",
        "母が父から暴力団の話を聞いたらしい。中1です",
        "母が父から説明を受けてた。高1です",
    ],
)
def test_something_else_received_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- DV said in a quote as a joke


@pytest.mark.parametrize(
    "text",
    [
        "ふざけて「それDVじゃん」って友達と笑ってた",
        "彼氏がアイス全部食べたから「DVだ！」ってツッコんだ",
        "冗談で「これって虐待じゃね？」って言われたｗ 体育の持久走のこと",
        "姉に「モラハラ夫かよ」っていじられた笑",
        "サークルの先輩と冗談半分で「DV彼女」って呼び合ってる。部室の鍵ってどこで借りるの",
    ],
)
def test_the_word_dv_quoted_in_jest_is_no_crisis(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られた。冗談で「DV彼氏かよ」って言ってたのが本当になった",
        "夫に毎日殴られてて、友達には冗談で「DVかもｗ」って言ってるけど本当はつらい",
        "「これってDVですか？」夫に生活費を渡してもらえません",
    ],
)
def test_a_joke_beside_real_harm_keeps_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- no answer at the door


@pytest.mark.parametrize(
    "text",
    [
        "向かいのおじいさん、インターホン押しても出てこない。3日ほど姿を見てない",
        "一人暮らしのおばさん、郵便受けがいっぱいのままで、ピンポンしても出てこない",
        "隣のおばあちゃんち、呼び鈴を鳴らしても出てこないし、電気もついたまま",
        "近所のじいちゃん、何回チャイム押しても出て来ないんよ。昨日から",
    ],
)
def test_no_answer_at_the_door_is_no_withdrawal(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は部屋から3年出てこない。ノックしても出てこない",
        "30代の娘が何年も部屋から出てこなくて、チャイムが鳴ると隠れます",
    ],
)
def test_staying_in_for_years_is_still_withdrawal(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- the writer's own body


@pytest.mark.parametrize(
    "text",
    [
        "私も腰が悪くて、夫の介護がつらい",
        "母の介護をしてますが、自分も膝が悪くて階段がきつい",
        "私も心臓が悪くて、父の世話が大変です",
        "わしも足が悪うて、ばあさんの世話がこたえる",
        "わたしも最近ひざが悪くて、主人のデイの送り迎えがしんどいです",
        "俺も腰が悪いから、親父を風呂に入れるのがきつい",
        "うちも足腰が悪くて、買い物もままならんのよ",
        "私自身も肝臓が悪く、通院しながら母を看ています",
    ],
)
def test_the_writers_own_bad_knee_or_heart_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "私は目が悪いのでメガネです",
        "私は悪くないのに上司に怒られた",
        "私も口が悪いので気をつけます",
        "私は運が悪いだけ",
        "夫は腰が悪いのにゴルフばかり行く",
    ],
)
def test_bad_eyes_luck_or_words_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- care that others carry


@pytest.mark.parametrize(
    "text",
    [
        "母の介護は姉がやってくれてるので大丈夫です。マイナンバーカードの更新について教えて",
        "父の介護は弟夫婦が見てくれていて心配ありません。ごみの分別を知りたい",
        "義母の介護は義姉がしてくれてるから問題ないです。粗大ごみの出し方を教えて",
        "ばあちゃんの介護は叔母さんがやってくれよるけん心配いらん。図書館の本の返し方は？",
    ],
)
def test_care_another_carries_without_worry_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護は兄夫婦がやってくれてるけど、最近兄嫁が疲れてて心配です",
        "父の介護は妹がしてくれてるけど、私も手伝わないといけないのに遠くて",
        "母の介護は兄がやってくれてるので心配ないと思っていたら、兄が倒れました",
        "母の介護は兄がやってくれてるので大丈夫かな。兄も疲れてるみたい",
    ],
)
def test_care_another_carries_with_a_worry_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- care beside raising


@pytest.mark.parametrize(
    "text",
    [
        "夫が50代で若年性認知症に。子どもはまだ高校生で、仕事と介護と育児に追われています",
        "妻が難病で寝たきり。息子は小学生なので、介護も子育ても私一人です",
        "父が認知症。息子はまだ小2で、介護と子育ての両立がきつい",
        "主人が若年性認知症です。娘は中学生なので、子育てと介護で毎日手一杯",
    ],
)
def test_care_beside_raising_is_no_childs_disability(ex, text):
    result = ex(text)
    assert "disability" not in result.fields
    assert "care" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は知的障害があって、毎日介護が必要で大変です",
        "娘は重度心身障害児で、毎晩介護しています",
    ],
)
def test_a_disabled_childs_own_care_is_disability(ex, text):
    assert "disability" in ex(text).fields


# ---------------------------------------------------------------- a grown-up in adult services


@pytest.mark.parametrize(
    "text",
    [
        "知的障害の息子が作業所で職員に殴られたみたいです",
        "自閉症の娘が通ってるB型の事業所で、職員に怒鳴られて叩かれてるらしい",
        "障害のある息子が入所施設で職員に蹴られたと話しています",
        "ダウン症の娘がグループホームの世話人さんにたたかれたと言う",
    ],
)
def test_a_disabled_adult_harmed_in_a_service_is_no_child_matter(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "disability" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "発達障害の小学生の息子が、放課後デイで職員に叩かれた",
        "障害のある娘(中2)がグループホームで叩かれた",
    ],
)
def test_a_disabled_child_harmed_is_a_child_matter(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields
