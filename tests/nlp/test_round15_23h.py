"""Round 15 (23h): teenagers and young parents — a grade written before a space, a parent's
「産まなきゃよかった」, a parent's partner who peeps at the bath, a parent away at night with
nothing to eat, a pupil run away and out now, a parent who hits the other told without
particles or at the neck, denials (「殴られたとかじゃない」), a suicide word as the topic of
schoolwork, fandom hyperbole, a grandchild who cares, and isolation and withdrawal reworded."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a grade before a space


@pytest.mark.parametrize(
    "text",
    [
        "高1 親がずっと喧嘩してて家にいたくない",
        "小5 ママにまいにちおこられる",
        "中3 進路のことで親と話がかみあわない",
        "高2　父親にスマホとりあげられた",
    ],
)
def test_a_grade_opening_the_message_is_the_writer(ex, text):
    extraction = ex(text)
    assert extraction.writer_is_minor
    assert "child" in extraction.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2の息子が学校に行きません",
        "小1から不登校の娘がいます",
        "高3になる娘の進学費用が心配です",
        "中2病の息子の扱いに困ってます",
        "小1ギャップが心配です",
    ],
)
def test_a_grade_of_the_writers_child_is_not_the_writer(ex, text):
    assert not ex(text).writer_is_minor


# ---------------------------------------------------------------- 「産まなきゃよかった」


@pytest.mark.parametrize(
    "text",
    [
        "母親から「あんたなんか産まなきゃよかった」って毎日のようにいわれる",
        "父に「お前は生まれてこなければよかったんだ」ってしょっちゅう言われる",
        "高1 ママに「産むんじゃなかった」っていつも言われてる",
        "「いらない子」って親にずっと言われてきた。中2",
        "お母さんに産まなきゃよかったって怒鳴られた。中1",
    ],
)
def test_a_parent_telling_a_child_they_were_not_wanted_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「産まなきゃよかった」なんて言われたら子どもは傷つくよね",
        "産まなきゃよかったなんて思ったことは一度もない。子どもはかわいい",
        "ドラマで母親に「産まなきゃよかった」って言われるシーンがあって泣いた",
    ],
)
def test_the_words_not_said_to_a_child_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- peeping at the bath


@pytest.mark.parametrize(
    "text",
    [
        "母の彼氏が、わたしが着替えてるときにのぞいてくる",
        "義父がシャワー中にドアあけてのぞいてくる。中2",
        "お兄ちゃんがおふろをのぞいてきて気持ち悪い",
        "ままのかれしが おふろ のぞいてくる",
        "継父が夜中にわたしの布団に入ってくる。こわい",
        "おかんの彼氏が風呂のぞきにくる。きもい",
    ],
)
def test_a_household_adult_peeping_at_a_childs_bath_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パパがお風呂に入れてくれる",
        "兄がお風呂長くて、のぞいたら寝てた",
        "パパが赤ちゃんのお風呂をのぞいて様子を見てくれる",
        "お父さんが布団に入ってきて一緒に寝た。5歳の娘が喜んでた",
    ],
)
def test_a_bath_or_a_bed_without_peeping_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- away at night, nothing to eat


@pytest.mark.parametrize(
    "text",
    [
        "ママ、よるはいつもでかけてて、ごはんない日ある。小3",
        "お母さんが夜いなくて、冷蔵庫なにもない。弟とおなかすいた 小5",
        "中1 親が何日も帰ってこない。冷蔵庫空っぽ",
        "かあちゃん夜おらんし、冷蔵庫なんもない。小6",
        "ママよるいない。ごはんでない 小2",
        "うちの母は夜になるといない。食べるものがなくてお腹すいた。中2",
    ],
)
def test_a_child_left_at_night_with_nothing_to_eat_is_neglect(ex, text):
    extraction = ex(text)
    assert "abuse" in extraction.crisis
    assert "child" in extraction.fields


@pytest.mark.parametrize(
    "text",
    [
        "お母さんは夜勤で夜いない日あるけど、ごはんは作っといてくれる。中2",
        "冷蔵庫からっぽだからバイト帰りに買い物する 高2",
        "ママ夜いないから弟とゲームしてる 小6",
        "夫が夜いない日が多くて冷蔵庫も空っぽ",
        "お母さん夜はパートでいない。冷蔵庫からっぽで1日1食 中1",
    ],
)
def test_a_parent_away_or_an_empty_fridge_alone_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- run away from home, out now


@pytest.mark.parametrize(
    "text",
    [
        "親に毎日殴られるから家出した。今公園にいる。中2",
        "ずっと怒鳴られてて、家出してきた。帰りたくない。高2",
    ],
)
def test_a_pupil_run_away_from_harm_is_abuse_and_an_emergency(ex, text):
    crisis = ex(text).crisis
    assert "emergency" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "高1です。家を飛び出してきた。帰る場所がない",
        "中3、昨日から家出中。ネカフェにいるけどお金ない",
        "いえでした。いま えきに いる。かえりたくない。小6",
        "家出してきた。今ネカフェ。中2",
        "親に叩かれて家出した。帰りたくないけん、公園におる。中1",
    ],
)
def test_a_pupil_run_away_and_out_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "中学のとき一回家出したことある。今は親と仲いい。高3",
        "家出したいくらいムカつく 中2",
        "家出したらどうなるの？ 中1",
        "家出して今は祖母の家にいる。落ち着いてる。中3",
        "兄が家出して、今は一人暮らししてる。高1",
        "猫が家出した。今公園にいるかも 中2",
    ],
)
def test_a_run_away_that_is_over_wished_or_a_pets_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a parent hit by the other


@pytest.mark.parametrize(
    "text",
    [
        "パパがママのくびしめてた。こわい",
        "ﾊﾟﾊﾟがﾏﾏの顔なぐってた",
        "とうちゃん酔うとかあちゃんなぐる",
        "お父さんがお母さんの首しめてるのみた。小4",
        "オトンがオカンの首しめとった。中1",
        "おとんお酒のむとおかんけるねん",
    ],
)
def test_a_child_who_sees_a_parent_hit_tells_of_dv_and_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が母の首をマッサージしてた",
        "お父さんがお母さんの肩たたいてた",
    ],
)
def test_a_parent_touching_the_other_kindly_is_no_crisis(ex, text):
    assert not ex(text).crisis


# ---------------------------------------------------------------- 「殴られたとかじゃない」


@pytest.mark.parametrize(
    "text",
    [
        "親と言い合いになったけど、叩かれたとかじゃないです",
        "父に叩かれたとかではないです。口うるさいだけ",
        "母に殴られたりはしてないです、成績のことで言い合いになっただけ",
        "夫に叩かれたとかはないけど、会話がない",
        "親に殴られたとかやないです、門限で言い合いになっただけ",
    ],
)
def test_a_blow_denied_is_no_crisis(ex, text):
    assert not {"abuse", "dv"} & set(ex(text).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "父に殴られたとかじゃなくて、毎日蹴られる",
        "夫に殴られたりしないか毎日こわい",
    ],
)
def test_a_blow_beside_the_denial_still_counts(ex, text):
    assert {"abuse", "dv"} & set(ex(text).crisis)


# ---------------------------------------------------------------- a suicide word as a topic


@pytest.mark.parametrize(
    "text",
    [
        "総合の授業で自殺対策について発表します。資料ありますか",
        "卒論で若者の自殺をテーマにしています。統計はどこで見られますか",
        "自由研究で「いじめと自殺」について調べてる。中2",
        "社会の課題で自殺の件数を調べてます",
    ],
)
def test_a_suicide_word_as_the_topic_of_schoolwork_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "レポートが終わらなくて死にたい",
        "授業で自殺について習ってから、自分も死にたくなった",
        "発表がこわくて消えたい",
        "授業で自殺について習ってから、ずっと頭から離れない",
        "自殺の統計をレポートで使いたいけど、正直わたしも死にたいと思う時ある",
    ],
)
def test_schoolwork_beside_the_writers_own_wish_still_counts(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- fandom hyperbole


@pytest.mark.parametrize(
    "text",
    [
        "推しが結婚発表して死にたいレベルでショックｗ",
        "ライブのチケット外れて消えたいレベルで悔しい笑",
        "推しの新曲が尊すぎて死にたいくらい好き",
        "推しに認知されて消えたいくらい恥ずかしい！",
    ],
)
def test_a_fans_hyperbole_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "推しが卒業してから毎日消えたいレベルでつらい",
        "消えたいレベルで落ち込んでる。ずっと",
        "死にたいくらいつらい",
    ],
)
def test_the_same_measure_with_real_weight_still_counts(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a grandchild who cares


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが要介護で、学校から帰ったらトイレの介助してる",
        "おばあちゃん寝たきりで、放課後は私がおむつ替え。宿題する時間ない",
        "じいちゃん認知症で、部活やめて毎日見守りしてる",
        "じいちゃんが要介護3で、放課後はうちが見とる。部活も辞めたけん",
        "おばあちゃんの世話で塾やめた",
    ],
)
def test_a_grandchild_whose_school_day_goes_to_care_is_a_young_carer(ex, text):
    patterns = ex(text).patterns
    assert "young_carer" in patterns
    assert "double_care" not in patterns


@pytest.mark.parametrize(
    "text",
    [
        "子どもが小学生で、母の介護もしてる。宿題見る時間ない",
        "ばあちゃんの介護と子育てで限界。息子の部活の送迎もある",
        "義母の介護をしながら、小学生の娘の宿題もみてる",
    ],
)
def test_a_parent_who_cares_for_a_grandparent_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


# ---------------------------------------------------------------- care as a topic or a course


@pytest.mark.parametrize(
    "text",
    [
        "ヤングケアラーについて授業で発表します",
        "介護福祉士の資格とりたい。高2",
        "看護学校の実習で高齢者と関わるのが不安",
        "介護の専門学校に行きたいけどお金が心配",
    ],
)
def test_care_studied_or_presented_is_no_young_carer_or_care(ex, text):
    extraction = ex(text)
    assert "young_carer" not in extraction.patterns
    assert "care" not in extraction.fields


def test_a_young_carer_who_says_so_still_counts(ex):
    assert "young_carer" in ex("わたしヤングケアラーかも。毎日母の介護してる 中2").patterns


@pytest.mark.parametrize(
    "text",
    [
        "弟が知的障害で、夜は母と交代で見てる。中2",
        "妹が病気で、パパと交代でみてる。高1",
    ],
)
def test_a_pupil_who_takes_turns_with_a_parent_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- isolation and withdrawal


@pytest.mark.parametrize(
    "text",
    [
        "リアルで話せる友達ゼロ",
        "本音言える人ひとりもいない",
        "ネットの友達にしか相談できない",
        "夫の転勤で知り合いのいない町に来た。0歳の子と二人きり",
        "引っ越しで見知らぬ土地に来て、平日は赤ちゃんとだけ",
    ],
)
def test_no_one_to_talk_to_in_new_words_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "転勤で知らない土地だけど、ママ友ができて楽しい",
        "ネットの友達とも仲いいし、学校の友達もいる",
    ],
)
def test_a_new_town_with_friends_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "半年くらい誰とも会ってない。外に出るのはコンビニくらい",
        "2年間、コンビニに夜だけ行く生活",
        "もう1年、誰にも会わずに部屋にいる",
    ],
)
def test_months_without_seeing_anyone_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "コンビニに夜だけバイトに行ってる",
        "今週は誰にも会ってない、レポートで忙しい",
    ],
)
def test_a_night_job_or_a_busy_week_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- an uncle of 50 at home


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃん85で、おじさん55が家にいて働いてない",
        "ばあちゃん90で、おばさん60がずっと家におって働いとらん",
        "祖母83、叔父52は仕事もせず何年も部屋から出てこない",
    ],
)
def test_an_uncle_of_fifty_kept_by_a_grandparent_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "おじさん50が来月結婚する。じいちゃんも喜んでる",
        "おじさん50は会社員で、ばあちゃん80と住んでる",
    ],
)
def test_an_uncle_of_fifty_at_work_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- a hero, a feeling dragged on


@pytest.mark.parametrize(
    "text",
    [
        "漫画の主人公が首つる話を読んで、まだ引きずってる",
        "失恋をまだ引きずってる",
        "ドラマの主人公が夫と別れる回、しばらく引きずった",
    ],
)
def test_a_hero_and_a_dragged_on_feeling_are_no_dv(ex, text):
    crisis = ex(text).crisis
    assert "dv" not in crisis
    assert "suicide" not in crisis


def test_being_dragged_by_a_partner_is_still_dv(ex):
    assert "dv" in ex("夫に髪をつかまれて引きずられた").crisis


# ---------------------------------------------------------------- fields in young people's words


@pytest.mark.parametrize(
    "text",
    [
        "根性焼きやめられない。腕の跡が増えてく",
        "昔アムカしてた跡が夏になると気になる",
        "市販薬がないと学校行けない。だんだん量が増えてる",
        "失恋してからずっと元気でない",
        "娘が熱38.8、ぐったりしてる",
        "産後からイライラして夫に当たってしまう",
    ],
)
def test_young_peoples_words_for_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "市販薬の値段が上がったって本当？",
        "産後ケア事業の申し込み方法を教えてください",
        "体温は36.5で平熱です。予防接種の予約をしたい",
    ],
)
def test_the_same_words_without_an_illness_are_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "バイト代ほとんど親に渡してる。高3",
        "家族のためにバイト掛け持ちしてる。高2",
        "授業料が払えなくて学校やめるかも",
    ],
)
def test_a_pupils_wages_for_the_household_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "家族のためにバイト代でプレゼント買った",
        "バイト代ぜんぶ推しに使った",
    ],
)
def test_wages_spent_on_a_gift_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ラインのグループで悪口書かれてる。担任に言っても変わらない",
        "体育の着替えのとき傷を見られた",
        "弟（小3）が夕方から帰ってこない",
    ],
)
def test_school_and_a_school_age_sibling_are_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "職場のLINEグループで無視されてる",
        "体育館で地域の体操教室に通ってます。70歳です",
        "兄（32）が働かない",
        "友達のことで相談です。彼氏に束縛されてるらしい",
    ],
)
def test_a_work_group_an_adult_sibling_or_a_friend_is_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_depression_like_being_bedridden_is_no_elderly_care(ex):
    fields = ex("父がうつで寝たきりみたいになってる。家のこと全部自分。高1").fields
    assert "care" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "リスカの跡を隠す方法ある？",
        "昔の自傷の傷跡、レーザーで消せるって聞いた",
        "根性焼きの跡を皮膚科で治したい",
    ],
)
def test_treating_the_scars_of_self_harm_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_scratch_on_a_car_is_no_health(ex):
    assert "health" not in ex("車の傷あとを消したい。安い修理屋さんある？").fields


# ---------------------------------------------------------------- a child struck by an elder


@pytest.mark.parametrize(
    "text",
    [
        "義母に娘がたたかれてる気がする。腕にあざがある",
        "義父に息子がたたかれていた",
        "実家の母に、うちの子が毎日つねられてるみたい",
        "おじいちゃんに娘が蹴られた",
    ],
)
def test_a_child_struck_by_a_grandparent_is_child_abuse(ex, text):
    extraction = ex(text)
    assert "abuse" in extraction.crisis
    assert "child" in extraction.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘が義母を叩いてしまう",
        "義母が転んで腕にあざができた。娘が見つけた",
    ],
)
def test_a_grandparent_struck_or_fallen_is_no_child_field(ex, text):
    assert "child" not in ex(text).fields
