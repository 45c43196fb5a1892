"""Round 16 (24j): messages written by third parties — a son's wife who hits a grandchild,
a father who hits a mother with dementia, a child left without dinner by a drinking
parent, a niece, friend or girlfriend with a school year who keeps the house; and the
words that are no crisis: 「殺される〜」 said laughing, 「手をあげられたことは一回もない」, an
older person laughing 「いつお迎えが来てもええ」 who is well."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------- someone else's spouse hits a child


@pytest.mark.parametrize(
    "text",
    [
        "息子のお嫁さんが孫(4歳)をぶってるのを見てしまった。どこに言えばいいの",
        "娘のお婿さんが孫を殴ってるみたいで、孫の顔にあざがあった",
        "息子の嫁が孫をよく叩いてる。見てて辛いです",
        "弟のお嫁さんが甥っ子(2歳)を叩いてるところを見ました",
        "姉の旦那が姪を殴ってるらしい。姪はまだ小1",
    ],
)
def test_a_relatives_spouse_hitting_a_child_is_abuse_not_dv(ex, text):
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "dv" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が息子を叩くのを見てしまった。私も殴られる",
        "旦那が子どもを殴る。私にも手をあげる",
        "嫁に毎日殴られてます。子どもの前でも",
    ],
)
def test_the_writers_own_partner_still_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------- a parent hits one who needs care


@pytest.mark.parametrize(
    "text",
    [
        "父(80)が認知症の母を叩いてるみたい。介護疲れだと思うけど母の腕にあざ",
        "要介護の母に父が手をあげてるって近所の人から聞いた",
        "父が寝たきりの母を殴ってるようで心配です。老老介護です",
        "認知症の母を父が叩いていた。父ももう限界みたい",
        "おやじが認知症のおふくろに手ぇあげよる",
    ],
)
def test_a_parent_striking_the_parent_who_needs_care_is_elder_abuse(ex, text):
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "dv" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が母を殴るのをずっと見てきた。今も毎晩",
        "両親のケンカがひどくて、父が母に手をあげる",
        "お父さんがお母さんをなぐってた。こわい",
    ],
)
def test_parents_violence_without_care_needs_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a drinking parent, no dinner


@pytest.mark.parametrize(
    "text",
    [
        "姪(小3)の話。母親が毎晩お酒飲んで寝ちゃって、晩ご飯がないらしい",
        "まま まいばん おさけ のんで ねてて ばんごはん ないの。しょうがく2ねん",
        "甥っ子のところ、父親が酔っ払って寝てしまって夕飯が出ないって言ってた",
        "孫が言うには、ママがお酒のんで寝てばっかりでごはんないって。まだ小1",
        "小4です。お父さんがまいにちお酒飲んで寝てて、夜ごはんがない",
    ],
)
def test_a_drinking_parent_and_no_meals_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎晩お酒を飲んで寝てしまう。晩ご飯は子どもと先に食べてます",
        "パパがお酒飲んで寝ちゃったから、晩ごはんはママとピザにした",
        "父が毎晩飲んでるのが心配です。健康診断で肝臓の数値が悪い",
        "飲み会で夫が帰らないので今日は晩ご飯作らない",
    ],
)
def test_drinking_without_a_child_left_hungry_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 「殺される〜」 in jest


@pytest.mark.parametrize(
    "text",
    [
        "娘が「先輩に殺される〜」って毎日言いながら部活行ってますｗ",
        "息子「テスト悪かったから塾の先生に殺される」って言ってますw 元気です",
        "高校生の娘が「監督に殺される！」って笑いながら出ていきました。合宿の費用の相談です",
        "うちの子、「コーチに殺されるー」が口ぐせで笑っちゃいます。元気にやってます",
        "孫が「ばあちゃんに殺される〜」ってふざけて言うんですｗ",
    ],
)
def test_a_quoted_kill_said_laughing_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が「先輩に殺される」って震えてる。部活で何かあったみたい",
        "息子が「このままじゃ殺される」って泣きながら電話してきた",
        "夫に「殺すぞ」と言われた。笑えない",
        "友達から「殺される、助けて」ってLINEが来た",
    ],
)
def test_a_quoted_kill_with_fear_stays_a_crisis(ex, text):
    crisis = ex(text).crisis
    assert crisis


# ---------------------------------------------------------------- 「一回もない」


@pytest.mark.parametrize(
    "text",
    [
        "夫とは言い合いもするけど、手をあげられたことは一回もないです",
        "旦那に殴られたことはいっぺんもないよ。保育園のことで相談です",
        "彼氏に叩かれたことは一度たりともありません。引っ越しの手続きを知りたい",
        "主人から暴力をふるわれたことは一回もありません。介護保険の申請について",
    ],
)
def test_violence_denied_once_and_for_all_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に手をあげられたことは一回もなかったのに、昨日初めて殴られた",
        "旦那に殴られたことは一回もないけど、最近物を投げてくる。怖い",
        "夫が謝ったことは一回もない。毎日殴られる",
    ],
)
def test_a_first_blow_or_a_but_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- お迎え said laughing


@pytest.mark.parametrize(
    "text",
    [
        "90のじいちゃん「いつお迎えが来てもええ」って笑っとる。元気で畑もしよる",
        "祖母(93)は「もういつお迎え来てもいいわ」と笑顔で言います。元気です。デイの見学をしたい",
        "母(88)、「いつお迎えが来ても構わん」ってにこにこしてる。ピンピンしてます",
        "ばあちゃんが「はよお迎えこんかね」って笑いながら言う。でも元気にゲートボール行っとる",
    ],
)
def test_an_older_persons_saying_laughed_off_while_well_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母(88)が「早くお迎えが来てほしい」って泣いてます",
        "じいちゃんが「いつお迎えが来てもええ」って笑ってたけど、最近ご飯を食べない",
        "祖母が笑って「もうお迎え来てほしい」と言うけど、元気がない",
        "父が「はよお迎え来んかな」ってつぶやく。寝てばかりいる",
    ],
)
def test_the_saying_with_a_change_or_in_tears_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------- a named school-age child keeps house


@pytest.mark.parametrize(
    "text",
    [
        "姪っ子(小5)のところ、お母さんが病気で寝込んでて、ご飯も洗濯も姪がやってるらしい",
        "彼氏(高2)のお父さんが入院してて、彼氏がずっと家事と弟の世話してる",
        "高校生の友達が、親の代わりにバイト代を家に入れてるって",
        "生徒(中2)、母親が精神的に不安定で家のこと全部やってる様子です",
        "甥(中学生)は、父親がアル中で家事をひとりでやってるって聞いた",
        "中学生の長女が下の子たちの夕飯を毎日作ってくれてる。仕事で遅くなるので",
    ],
)
def test_a_named_school_age_child_keeping_the_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子(小3)の療育と、父の介護が重なって大変です",
        "孫(小2)の送り迎えを毎日して、夫の看病もしてます",
        "娘(中1)がいて、私が母の介護もしてます",
        "姪(小4)の世話を週末だけ私がしています",
        "高校生の友達と家庭科でご飯を作りました",
    ],
)
def test_care_for_the_child_or_by_the_writer_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------- a newborn beside a parent's care


@pytest.mark.parametrize(
    "text",
    [
        "妻が3人目を産んだばかりなのに、義父の介護もしている",
        "嫁さん、下の子が生まれたばっかりで、おふくろの介護までやってくれてる",
        "二人目を出産したばかりで、母の介護も重なってしまった",
        "姉は赤ちゃん産んだとこやのに、父の介護も一人でしてる",
    ],
)
def test_a_newborn_beside_a_parents_care_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "2人目を産んだばかりで寝不足です",
        "娘が二人目を出産したばかり。手伝いに行きたい",
        "介護職です。3人目を産んだばかりで復帰が不安",
    ],
)
def test_a_newborn_alone_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------- care and child-rearing said together


@pytest.mark.parametrize(
    "text",
    [
        "友達の旦那さんが病気で倒れて、友達が介護と育児を一人でやってる",
        "子育ても介護も私一人。夫は単身赴任",
        "育児と介護で毎日くたくたです",
        "介護や子育てが重なって、自分の時間がまったくない",
    ],
)
def test_care_and_child_rearing_said_together_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "介護と育児の仕事を掛け持ちしている会社の話です",
        "ダブルケアについてのレポートを書いています",
    ],
)
def test_care_and_child_rearing_as_a_topic_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------- months off university, in the room


@pytest.mark.parametrize(
    "text",
    [
        "大学生の娘、もう半年大学に行ってないみたい。部屋から出てこない",
        "息子が大学に通ってない。ずっと部屋にいる。もう4か月になる",
        "甥っ子(大学2年)、一人暮らしで何か月も大学行ってへんらしい。部屋から出てないって",
        "姉の息子、中学から不登校で今19歳、ずっと部屋",
    ],
)
def test_months_off_university_in_the_room_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "大学に行ってないけど、毎日バイトに出かけてます",
        "息子は大学に行かず就職しました",
        "今日は大学行ってない、熱で部屋で寝てる",
        "ずっと部屋の片付けをしていた",
    ],
)
def test_a_day_off_or_a_job_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns
