"""Round 14 (theme A): abuse and DV told in new words, and abuse and DV words that are no
crisis now (a dream, a story or the news, a course, a word asked about, a past that is over,
a suspicion that came to nothing, a denial, a joke)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an ex-partner who finds them


@pytest.mark.parametrize(
    "text",
    [
        "元夫が新しい住所を調べて家の前まで来ていました。「逃げられると思うなよ」とメッセージも来ています",
        "元夫が引っ越し先を調べて、アパートの前まで来ていました",
        "別れた彼氏が職場まで押しかけてきて「逃がさないからな」と言われた",
        "元カレにどこに逃げても見つけるって言われた。怖い",
        "前に別れた元旦那が、実家の前に現れるようになりました",
        "元夫から「逃げられると思うなよ」とLINEが来ます",
        "元交際相手が新しい住所を調べたみたいで、家の近くまで来ていました",
        "元彼が住所を探し当てて家の前に来てた",
    ],
)
def test_an_ex_partner_who_tracks_down_and_threatens_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夢の中で元カレに追いかけられて怖かった",
        "元夫が子どもの誕生日にプレゼントを持って家の前まで来てくれました",
        "借金の取り立てで「逃げられると思うなよ」と言われた",
        "元夫とは円満に別れて、今も子どもの行事で会います",
    ],
)
def test_an_ex_partner_without_stalking_or_threats_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a child touched


@pytest.mark.parametrize(
    "text",
    [
        "おふろのとき　おじさんに　からだを　さわられる。ママに　いえない",
        "おじさんに からだを さわられる。だれにも いえない",
        "パパに おふろで むねを さわられる。いやだ",
        "お兄ちゃんが夜にパンツの中を触ってくる。ママには言えない",
        "ママのかれしに からだを さわられた",
        "義父に体を触られます。中学生です。母には言えません",
        "せんせいに へんなところを さわられた",
        "叔父が来るたびに体をさわってくる。小5です",
    ],
)
def test_a_child_touched_by_a_familiar_adult_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんの体を触ると熱い気がします。何度か測ったほうがいい？",
        "先生に体の調子を聞かれた",
        "おふろで子どもの体を洗うのが大変です",
        "マッサージで体を触られるのが苦手です",
    ],
)
def test_touching_in_care_or_health_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- carers who shout and poke


@pytest.mark.parametrize(
    "text",
    [
        "作業所で職員さんに「のろま」と毎日どなられて、こづかれる。もう行きたくない",
        "グループホームの世話人さんから毎日怒鳴られて、頭をこづかれるそうです。息子は知的障害があります",
        "施設の職員に毎日のように大声でどなられているようで、母が施設に行きたがりません",
        "ヘルパーさんに毎回ひどい言葉で怒鳴られると父が言っています",
        "弟（障害あり）が通所先の支援員に小突かれてるらしい",
        "職員さんが父を怒鳴りつけていました",
    ],
)
def test_a_disabled_or_older_person_shouted_at_by_carers_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "おこづかいが足りない 中2",
        "職場で上司に怒鳴られる。つらい",
        "ヘルパーさんが来ると母が怒鳴る",
        "お小遣いを毎月いくら渡せばいいですか",
    ],
)
def test_pocket_money_or_a_boss_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent's cruel words, no meals


@pytest.mark.parametrize(
    "text",
    [
        "親に「死ね」「産まなきゃよかった」って毎日言われる。ご飯も私の分だけない 高2",
        "母に「お前なんか産まなきゃよかった」と言われる。中2です",
        "おかんに毎日しねって言われる。高1",
        "中3です。父親に「いらない子」って言われて、晩ごはんも私の分だけない",
        "ママにきえろっていわれる。ごはんも ぼくのぶんだけない 小4",
        "高校生です。家でご飯がわたしの分だけない日が多い。親はなにも言わない",
    ],
)
def test_a_teen_told_to_die_or_left_without_meals_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "suicide" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "中2です。ゲームで友達に死ねって言われた。むかつく",
        "高1です。お母さんにご飯を作ってもらった",
        "中3です。親にもっと勉強しろって言われる",
        "小5です。お弁当は毎日ママが作ってくれます",
    ],
)
def test_a_teens_quarrel_or_a_parents_nagging_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- the writer hit for stepping in


@pytest.mark.parametrize(
    "text",
    [
        "夫が認知症の義母(88)を怒鳴ったり、ごはんを食べさせなかったりしています。止めると私にも当たります",
        "夫が子どもを叩くので、かばうと私まで殴られます",
        "旦那が義父に暴言を吐いていて、止めに入ると私にも手を上げます",
        "主人が息子を怒鳴りつけるので注意したら私にも当たってきます",
    ],
)
def test_a_partner_who_hits_the_writer_for_stepping_in_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- frames: no crisis now


@pytest.mark.parametrize(
    "text",
    [
        "死ぬほどお腹すいたｗ ところで保育園の入園申し込みって何月から？",
        "めっちゃお腹すいた笑 児童館って何時まで？",
        "DVって何の略ですか？公民館のチラシに書いてあって気になって",
        "モラハラってどういう意味ですか",
        "虐待の定義を教えてください。保育士を目指しています",
        "大学のレポートで児童虐待について調べています。市の相談件数の資料はありますか",
        "卒論で高齢者虐待をテーマにしています",
        "小説で虐待を受けた子どもの話を書いています。児童相談所の仕組みについて教えてください",
        "ドラマで夫に殴られる主人公を見て泣いた。保育園の申込はいつから？",
        "映画で子どもがネグレクトされるシーンがつらかった",
        "母は認知症ですが、家族みんなで見ていて虐待とかは一切ないです。ショートステイの空き状況を知りたいです",
        "うちは暴力とかは全くありません。離婚の手続きを知りたいです",
        "「殴る・蹴るだけがDVじゃない」と職場の研修で習いました。相談窓口のチラシを職場に置きたいので、もらえますか",
        "研修で高齢者虐待の事例を学びました",
        "虐待かもと思って通報したことがあるんですが、結局ただの兄弟げんかでした。通報した側の名前って相手に伝わりますか",
        "子どもを車に置き去りにした事件のニュースを見てぞっとしました。うちは2歳、一時預かりってどこで頼めますか",
        "ニュースで虐待の事件を見て悲しくなりました",
        "昔は父に殴られて育ちましたが、もう30年前の話です。その父も亡くなりました。相続の手続きで相談したいです",
        "若い頃は前の夫に叩かれていましたが、今は再婚して穏やかに暮らしています",
        "夫に殴られた…という夢を見て飛び起きました。現実の夫は優しいです。最近悪夢が多くて眠りが浅いです",
        "ゆうべ母親に叩かれる夢を見た。変な夢だった",
    ],
)
def test_abuse_words_in_a_dream_story_course_question_past_or_denial_are_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "abuse" not in crisis
    assert "dv" not in crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("夢に出るほど怖い、毎日夫に殴られる", "dv"),
        ("昔から父に殴られていて今も続いています", "abuse"),
        ("ドラマを見てたら夫に殴られました", "dv"),
        ("昔夫に殴られていたけど今も時々叩かれる", "dv"),
        ("DVって何の略か分からないけど、夫に毎日殴られています", "dv"),
        ("ニュースで虐待の事件を見て、うちも同じで夫が息子を毎日叩いています", "abuse"),
        ("虐待かもと思って相談しました。隣の子がいつも夜中に外に出されています", "abuse"),
        ("子どもがお腹すいたと毎日泣いている。親は夜もいない", "abuse"),
    ],
)
def test_a_real_crisis_that_only_mentions_a_frame_stays(ex, text, label):
    assert label in ex(text).crisis
