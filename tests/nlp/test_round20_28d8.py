"""Round 20 (28d8): the words of teenagers and young parents — an ex who turns up at the
part-time job or writes from another account after being blocked, a cigarette burn written
in spaced kana, a pupil who has eaten nothing since yesterday, a child who must watch a
disabled brother or sister after school or keeps the house, 「家出られなくなって」, a
grandmother supporting an uncle who never works; and what is not that: a quoted term looked
up for homework, a drama about hikikomori, a father at home since his lay-off, care that
ended, an infant check-up, school that is fun again."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an ex who follows


@pytest.mark.parametrize(
    "text",
    [
        "元彼がバイト先まで来て待ってる。怖くてシフト入れない",
        "別れた彼氏が大学の駅まで来るようになった。どうしたらいい",
        "元夫がパート先に押しかけてくる。子どもの学校も知られてる",
        "元カレ、LINEブロックしても別垢からメッセージ送ってくる。こわい",
        "元旦那を着信拒否したのに非通知で毎晩かけてくる",
        "元嫁が、ブロックしたら友達のアカウントで連絡してくるんです",
        "彼氏と別れたいって言ったら、ブロックしても別のアカでDMしてきて怖い",
        "元カノが勤め先の前で待ち伏せしてた",
    ],
)
def test_an_ex_who_follows_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "元カレがバイト先に来て、忘れ物を届けてくれた",
        "迷惑メールをブロックしても別のアドレスから来る。どうにかならない？",
        "クラスの子にブロックされて、別垢で悪口書かれてる",
        "元彼とは別れてから一度も会ってません。今は平和です",
    ],
)
def test_an_ex_kind_or_a_stranger_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a cigarette burn


@pytest.mark.parametrize(
    "text",
    [
        "ｵﾄｳｻﾝ ﾆ ﾀﾊﾞｺ ｵｼﾂｹﾗﾚﾀ",
        "ぱぱに たばこ おしつけられた いたい",
        "ママの彼氏にタバコの火あてられた。中1",
        "ﾏﾏ ﾆ ﾀﾊﾞｺ ｱﾃﾗﾚﾀ ｱｼ ｲﾀｲ",
        "継父に煙草押しつけられて腕に跡がある",
        "母さんに たばこ を おしつけられて やけどした",
    ],
)
def test_a_cigarette_pressed_on_a_child_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "タバコの火を消し忘れて、母に注意された",
        "たばこの煙が隣から流れてきて困ってる",
        "夫にタバコやめてほしいけど聞いてくれない",
    ],
)
def test_cigarettes_without_a_burn_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a pupil not fed


@pytest.mark.parametrize(
    "text",
    [
        "小5です。昨日から何も食べてない。家にごはんない",
        "中1。おとといから なにも たべてない。おなかすいた",
        "きのうの夜からご飯食べてない。お母さんは寝てる。小3",
        "ぼく小4、朝から何も食べてないよ",
        "私は中2です。2日前から何も食べていません",
        "高1だけど昨日からなんも食べてない。親は何もしてくれない",
    ],
)
def test_a_pupil_not_fed_since_yesterday_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。熱が出て昨日から何も食べてない",
        "高1。ダイエット中で朝から何も食べてない",
        "小6。弟がきのうから何も食べてない、具合わるいのかな",
        "昨日から何も食べてない。お金がない。45歳無職です",
    ],
)
def test_an_ill_or_dieting_pupil_or_an_adult_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "弟に障害があって、学校から帰ったらずっと見てないといけない。中1",
        "小5です。妹がてんかんで、放課後は見てなきゃだめで遊べない",
        "ばあちゃんが認知症で、部活やめて毎日見てなきゃいけない。高2",
        "ｵｶﾝ ｶﾞ ﾋﾞｮｳｷ ﾃﾞ ｲｴﾉｺﾄ ｾﾞﾝﾌﾞ ｵﾚ ｶﾞ ﾔｯﾃﾙ ｶﾞｯｺｳ ｲｹﾃﾅｲ",
        "いえのこと ぜんぶ わたしが やってる。がっこう いけてない",
        "高校生でバイトして、給料はぜんぶ家に入れてます。父が病気で働けない",
        "中学生で、うちのこと全部ひとりでやってる。母は寝たきり",
        "兄がダウン症で、放課後も休みの日もずっとみてなきゃいけなくて部活できない。中2",
    ],
)
def test_a_child_who_watches_family_or_keeps_the_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妹が見てる番組がうるさい。中1",
        "母の介護で、家のことは全部私がやっています。58歳です",
        "高校生で、来月から駅前のカフェでバイト始めます",
        "弟のサッカーの試合、見てなきゃ損するくらい上手い！",
    ],
)
def test_watching_a_show_or_an_adults_housework_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- staying in


@pytest.mark.parametrize(
    "text",
    [
        "専門学校やめてから家出られなくなって2年たつ",
        "仕事辞めてから部屋出られなくなって半年。誰とも会ってない",
        "息子が中学卒業してから、家でられない状態が3年続いてる",
        "いじめられてから家出れなくなってもう1年くらい",
        "会社クビになってから、ずっと家にいてもう2年になる",
    ],
)
def test_not_leaving_home_for_months_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "父がリストラされて、毎日ずっと家にいる。母はイライラしてる",
        "夫が休職してずっと家にいるので、息がつまる",
        "ママがおしごとでいないから、ずっとひとりでまってる",
        "映画で引きこもりの主人公を見て、考えさせられた",
        "テレビで8050問題の特集をやってて、うちの親戚を思い出した",
        "宿題で「ひきこもり」について調べています。資料はありますか",
    ],
)
def test_a_recent_lay_off_or_a_story_is_no_hikikomori(ex, text):
    result = ex(text)
    assert "hikikomori" not in result.patterns
    assert "8050" not in result.patterns


# ---------------------------------------------------------------- a grandparent and an uncle


@pytest.mark.parametrize(
    "text",
    [
        "祖母(85)が、働いていない叔父(55)の生活をみている。孫として心配です",
        "じいちゃんは90近いのに、無職のおじさんを養ってる",
        "おばあちゃんの年金で、ずっと家にこもってる伯父と二人で暮らしてる",
        "ばあばが引きこもりのおばさんのごはんを毎日作ってる。ばあばもう80だよ",
    ],
)
def test_a_grandparent_supporting_an_uncle_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "おばあちゃんとおじさんと三人で温泉に行きました",
        "祖父が、叔父の会社を手伝って毎日働いている",
        "孫の私が、祖母の買い物を手伝っています",
    ],
)
def test_a_grandparent_and_an_uncle_at_ease_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


def test_the_writer_as_grandchild_is_no_child_matter(ex):
    result = ex("孫の私から見ても、祖母の年金だけで暮らすのは大変そうです")
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- quoted terms looked up


@pytest.mark.parametrize(
    "text",
    [
        "総合の授業で「ヤングケアラー」について調べることになりました。資料ありますか",
        "大学のレポートで『ダブルケア』について勉強してます",
        "課題で「8050問題」について調べています。相談件数を教えてください",
    ],
)
def test_a_quoted_term_looked_up_is_no_pattern(ex, text):
    result = ex(text)
    assert not result.patterns
    assert "child" not in result.fields


def test_a_quoted_term_beside_a_real_worry_still_counts(ex):
    result = ex("「ヤングケアラー」って私のことかも。中2で、母の介護で学校休みがち")
    assert "young_carer" in result.patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳児健診でひっかかって、言葉の教室をすすめられました",
        "10か月健診で要経過観察って言われた",
        "うちの子、1歳6か月健診で引っかかりました。歩くのが遅いって",
    ],
)
def test_an_infant_check_up_is_a_child_matter_not_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


def test_an_adults_check_up_is_still_health(ex):
    assert "health" in ex("会社の健診でひっかかって再検査です").fields


@pytest.mark.parametrize(
    "text",
    [
        "父の介護はおととし終わりました。今は施設で穏やかにしています。ありがとうございました",
        "祖母はホームで毎日楽しくしてます。心配いりません",
        "小学生のとき学校行けなかったけど、今は高校楽しい！",
        "前は不登校でしたが、今では中学毎日行けてます。ありがとう",
    ],
)
def test_a_past_worry_now_at_ease_raises_nothing(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "child" not in result.fields


def test_a_parent_in_a_home_with_a_present_need_is_still_care(ex):
    assert "care" in ex("母は施設で元気にしてますが、父が認知症で目が離せません").fields


@pytest.mark.parametrize(
    "text",
    [
        "おとうさんの会社がつぶれた。ぼくピアノやめなきゃいけないの？",
        "家のお金がないみたいで、私も塾やめないといけないかも",
        "おれ部活やめろって親に言われた。遠征費が出せないって",
    ],
)
def test_a_child_who_must_quit_lessons_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


def test_a_teacher_quitting_a_cram_school_is_no_child_matter(ex):
    assert "child" not in ex("講師をしていた塾を辞めて独立しました").fields


@pytest.mark.parametrize(
    "text",
    [
        "時短勤務にしたら給料がだいぶ減って、家賃がきつい",
        "シフトが削られてバイト代が半分に減った",
        "夫の手取りが3万も下がって、やっていけるか不安",
        "コロナ以降、稼ぎが減ってしまって",
    ],
)
def test_pay_that_went_down_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_pay_that_went_up_is_no_hardship(ex):
    assert "hardship" not in ex("転職して給料が上がりました！").fields


def test_no_trouble_said_of_a_grandparent_is_no_care(ex):
    result = ex("祖父に聞いてみたら、特に困ってないって言ってた")
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は50で、30年ひきこもってます。私は80。親亡き後が心配です",
        "引きこもりの娘(45)がいます。親亡き後どうなるのか不安でたまらない",
    ],
)
def test_a_withdrawn_childs_future_after_the_parents_is_8050_not_disability(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "disability" not in result.fields


def test_a_disabled_childs_future_after_the_parents_is_still_disability(ex):
    result = ex("知的障害の息子(40)がずっと家にいます。親亡き後が心配です")
    assert "disability" in result.fields
