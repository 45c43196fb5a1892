"""Round 14 (22s): suicide told without its words, and its words that are no crisis (a story,
a catchphrase, a time that is over, an accident, a word set aside, 空いとらん)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- the payout on one's death


@pytest.mark.parametrize(
    "text",
    [
        "夫が最近「もう疲れた」「生命保険っていくら出るんだっけ」と聞いてくる",
        "妻が急に生命保険の受取人を確認してきて、「疲れた」ばかり言う",
        "息子が「自殺でも保険っておりるの？」と聞いてきた",
        "主人が保険証券を出してきて、死亡保険金がいくら入るか何度も確認してる",
        "もう限界。生命保険で借金返せるかな",
        "私が死んだら保険金で子どもたちは暮らせると思う",
        "おとんが「わしの生命保険でなんとかなる」って言うとって怖い",
        "生命保険って自殺でもおりますか",
        "父が「俺の保険があれば借金は返せる」と言ってて、最近眠れてないみたい",
    ],
)
def test_asking_what_ones_death_pays_out_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "生命保険の見直しをしたいので相談窓口を教えてください",
        "学資保険っていくら戻るんだっけ",
        "夫の生命保険、月いくら払ってるか確認したい。家計が苦しい",
        "保険の営業の仕事に疲れた",
        "母が亡くなって、生命保険がいくら出るのか急に聞かれても分からない",
    ],
)
def test_premiums_a_review_or_a_payout_after_a_death_are_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- waiting for お迎え


@pytest.mark.parametrize(
    "text",
    [
        "わしももう85じゃ。早うお迎えが来んかと毎日思うとる",
        "早くお迎えが来てほしい",
        "はよお迎え来てくれんかのう",
        "母が「もういつお迎えが来てもいい」と言う",
        "お迎えを待つだけの毎日です",
        "ばあさんに先立たれてから、はよう お迎えが来ればええと思う",
        "祖父が「もうお迎えが来てもかまわん」とばかり言います",
        "ぽっくり逝きたいと毎日思う",
        "もうじゅうぶん生きた、早く逝きたい",
    ],
)
def test_an_older_person_waiting_for_death_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "保育園のお迎えが来ないと子どもが泣く",
        "母のデイサービスのお迎えが来るまで待っている",
        "学童のお迎えに間に合わない",
        "父を駅までお迎えに行く",
        "早くお迎えに来てほしいと娘が言うので延長保育をやめたい",
    ],
)
def test_picking_someone_up_is_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- jumping from a height


@pytest.mark.parametrize(
    "text",
    [
        "友達が「明日屋上から飛ぶ」ってLINEしてきた",
        "屋上から飛ぼうかな",
        "ビルから飛んだら楽になれるかな",
        "橋から飛び込もうと思って川まで来た",
        "ベランダから飛んでしまいたい",
        "息子が「マンションの屋上から飛ぶ」と言ってる",
        "おくじょうから とぶ",
        "学校の屋上から飛びたい",
        "10階から落ちたら終わりにできるかな",
    ],
)
def test_jumping_from_a_height_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "屋上からドローンを飛ばしたい",
        "屋上から花火がよく見える",
        "ベランダから洗濯物が飛んだ",
        "橋から飛び込む祭りの行事が心配",
    ],
)
def test_things_that_fly_from_a_height_are_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- the writer vanishing


@pytest.mark.parametrize(
    "text",
    [
        "このまま消えても誰も気づかないと思う",
        "夫の暴力から逃げられない。私が消えればいいのかな",
        "私なんて消えた方がいい",
        "自分が消えたら楽になるのかな",
        "俺が消えれば家族は幸せになる",
        "うちが消えても誰も困らん",
        "わたしがきえればいいのかな",
        "いっそ消えてしまおうか",
        "僕さえ消えればみんな楽になる",
    ],
)
def test_the_writer_thinking_of_vanishing_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "電気が消えても誰も気づかない",
        "痛みが消えればいいのに",
        "不安が消えたら楽になるのに",
        "データが全部消えてしまった",
    ],
)
def test_a_light_a_pain_or_data_vanishing_is_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a cord tied up at home


@pytest.mark.parametrize(
    "text",
    [
        "17歳の息子の部屋で、カーテンレールに結んだ紐を見つけました",
        "息子の部屋のドアノブにタオルが結んであった",
        "クローゼットのパイプにベルトが輪にして掛けてあった",
        "娘の部屋で輪っかにした紐を見つけました",
        "鴨居にひもがくくりつけてあった",
        "夫が梁にロープを結んでいた",
        "カーテンレールにベルトを吊るしてあった",
        "ひもを わっかにして へやに おいてた",
    ],
)
def test_a_cord_tied_up_at_home_is_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "カーテンレールにハンガーを掛けて洗濯物を干している",
        "靴紐が結べない子どもの支援",
        "段ボールを紐で結んで出す日",
        "ドアノブに袋をかけておいてください",
    ],
)
def test_laundry_and_parcels_are_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- words said in a story


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで主人公が「消えたい」って言ってて泣いた😭 ところで図書館って何時まで？",
        "映画でヒロインが「死にたい」と叫ぶシーンがつらかった",
        "小説の中で主人公が自殺する話を読んだ",
        "好きな歌の歌詞に「消えたい」ってあって泣ける",
        "ニュースで自殺のことをやってた。図書館の予約どうやるの",
    ],
)
def test_words_said_in_a_story_or_the_news_are_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ニュースを見てから死にたくなった",
        "ドラマの主人公みたいに私も消えたい",
        "漫画のキャラが「消えたい」って言ってて共感した",
        "友達がドラマの話をしてて、そのあと「死にたい」って言ってた",
    ],
)
def test_a_story_the_writer_takes_up_is_still_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a catchphrase laughed off


@pytest.mark.parametrize(
    "text",
    [
        "息子が「学校だるい、死ぬ」って毎朝言うけど、元気に行ってます笑",
        "娘が「部活きつい、死ぬ」って言いながら毎日楽しそうに行ってる",
        "「宿題多すぎ、しぬ」が口ぐせの中2の息子、元気です",
        "旦那が「仕事だるい死ぬ」って言いながら元気に出勤してった笑",
    ],
)
def test_a_complaint_ending_in_death_that_is_laughed_off_is_no_suicide_risk(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が毎朝「死にたい」って言うけど、学校には元気に行ってます",
        "もう無理、死ぬ。助けて",
        "仕事きつい、死ぬしかない",
    ],
)
def test_a_wish_to_die_or_no_sign_all_is_well_is_still_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- over, and well now


@pytest.mark.parametrize(
    "text",
    [
        "去年は本気で死にたいと思ってたけど、カウンセリングに通って今は元気です",
        "昔は死にたいと思ってた時期もあったけど、今は毎日楽しいです",
        "学生の頃は消えたいってずっと思ってたけど、今は大丈夫です",
        "5年前に自殺未遂をしたことがありますが、今は落ち着いています。仕事を探しています",
    ],
)
def test_a_wish_that_is_over_is_no_suicide_risk_now(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年は死にたいと思ってて、今は元気なふりをしてるけど最近またそう思う",
        "昔から死にたいと思っていて、今も変わりません",
        "去年は死にたいと思ってた。今は大丈夫だったけど、また死にたくなってきた",
    ],
)
def test_a_wish_that_comes_back_is_still_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a cut by accident


@pytest.mark.parametrize(
    "text",
    [
        "料理中に包丁で手首のとこをちょっと切っちゃった。日曜にやってる病院ある？",
        "うっかりカッターで腕を切ってしまって、何針か縫った",
        "割れたコップで手首を切ってしまった。病院に行くべき？",
    ],
)
def test_a_cut_by_accident_is_no_self_harm(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "包丁で手首を切った",
        "料理中にわざと包丁で手首を切った",
        "カッターで腕を切るのがやめられない",
    ],
)
def test_a_cut_on_purpose_is_still_self_harm(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a word set aside


@pytest.mark.parametrize(
    "text",
    [
        "遺書じゃなくて遺言書の書き方を相談できるところはありますか",
        "自殺じゃなくて事故だったと警察に言われました",
        "死にたいんじゃなくて、ただ休みたいだけです",
    ],
)
def test_a_suicide_word_set_aside_for_another_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["父の部屋で遺書を見つけました", "死にたいんじゃなくて、消えたいんです"],
)
def test_a_suicide_word_not_set_aside_is_still_a_crisis(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- 空い is 空く, not 空しい


@pytest.mark.parametrize(
    "text",
    [
        "年金だけじゃ家賃が払えんようになってきた。市営住宅は空いとらんかね",
        "部屋は空いちょる？",
        "手が空いとったら電話ください",
        "お腹空いとるやろ",
    ],
)
def test_a_room_or_hands_free_are_not_emptiness(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize("text", ["毎日が空しい", "生きていても虚しいだけ", "なんかむなしい"])
def test_emptiness_written_out_is_still_a_suicide_risk(ex, text):
    assert "suicide" in ex(text).crisis
