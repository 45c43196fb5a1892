"""Round 19 (27y): towns and villages, older residents and rural teenagers — a friend who
posts 「もう終わりにする」 and then goes silent, 「もう消えます」, a kana goodbye before
れんらくつかない; and what is not that: ｶﾞｯｺｳ ｲｷﾀｸﾅｲ, the fear of dying alone, an ambulance
forty minutes away, an adult kept from home by a partner (no child's SOS); isolation in
dialect, pensions that do not last, care by commuting to the parents' home."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 書き込んだあと連絡がつかない


@pytest.mark.parametrize(
    "text",
    [
        "友達が「死にたい」ってストーリーにあげてから既読つかない",
        "先輩が「今から死ぬ」って投稿して、電話してもつながらん",
        "ともだちが　しにたいって　かいてから　へんじがない",
        "生徒が「死にます」と掲示板に書き込み、その後電話がつながりません",
        "幼なじみが「もう生きてたくない」ってストーリーあげとって、電話しても出ん",
        "クラスの子が「タヒにたい」ってつぶやいてから、ずっと未読のまま",
        "ﾄﾓﾀﾞﾁｶﾞ ｼﾆﾀｲｯﾃ ｶｲﾃｶﾗ ｷﾄﾞｸﾂｶﾅｲ",
    ],
)
def test_posted_suicide_words_then_silence_is_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達が「死にたい」ってLINEしてきたけど既読にならないのはいつものこと",
        "友達が「死にたい」って投稿してて心配。返信はすぐ来た",
        "友達が「死ぬほど疲れた」ってインスタに書いてから既読つかない",
        "友達と喧嘩して「消えて」って言われてから既読にならない",
        "友達が「もう学校やめる」って書いて、既読にならない",
        "友達が「死にたい」って書いて、電話に出ないと不安になる",
    ],
)
def test_posted_words_without_danger_now_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- もう消えます・ばいばい


@pytest.mark.parametrize(
    "text",
    [
        "教え子が「もう消えます」とメールを送ってきて、以後連絡がとれません",
        "姉から「今日でいなくなります」ってLINEが来た",
        "娘が「これで消えるね」って書いてきた",
    ],
)
def test_declared_disappearance_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ともだちが「もうむり、ばいばい」ってかいてから　れんらくつかない",
        "いもうとが　さよならって　おくってきて　へんじがない",
        "ｶﾚｼｶﾞ ﾊﾞｲﾊﾞｲｯﾃ ｵｸｯﾃｷﾃ ﾚﾝﾗｸﾂｶﾅｲ",
    ],
)
def test_kana_goodbye_then_no_reply_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「この投稿はもう消えます」って表示が出た",
        "「もうすぐ雪も消えます」と天気予報で言ってた",
        "「これで汚れもきれいに消えます」ってCMで言ってた",
    ],
)
def test_look_alike_disappearance_is_no_crisis(ex, text):
    result = ex(text)
    assert "suicide" not in result.crisis
    assert "emergency" not in result.crisis


# ---------------------------------------------------------------- ガッコウ イキタクナイ


@pytest.mark.parametrize(
    "text",
    [
        "ｶﾞｯｺｳ ｲｷﾀｸﾅｲ",
        "ｼｺﾞﾄ ｲｷﾀｸﾅｲ",
        "ﾌﾞｶﾂ ｲｷﾀｸﾅｲ ｾﾝﾊﾟｲｺﾜｲ",
        "ｱｼﾀ ｶﾞｯｺｳ ﾓｳ ｲｷﾀｸﾅｲ",
    ],
)
def test_katakana_not_wanting_to_go_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ｲｷﾀｸﾅｲ",
        "ﾓｳ ｲｷﾀｸﾅｲ ﾂｶﾚﾀ",
        "もう　いきたくない　つかれた",
    ],
)
def test_katakana_not_wanting_to_live_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- ひとりで死ぬのかという不安


@pytest.mark.parametrize(
    "text",
    [
        "誰にも看取られんで死ぬんやろか",
        "身寄りもない。誰にも気づかれんまま死ぬんじゃないかと不安",
        "ひとりで死ぬんやろかと思うと寂しい",
    ],
)
def test_fear_of_dying_alone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "誰にも看取られずに死にたい",
        "一人で死にたい。もう疲れた",
        "身寄りもおらんし、もう死にたい",
    ],
)
def test_wish_to_die_alone_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- 救急車が来るのに40分


@pytest.mark.parametrize(
    "text",
    [
        "救急車が来るのに40分かかる島なんですが、夜中に具合が悪くなったら",
        "救急車が来るまで1時間かかる山奥に住んでいます",
        "救急車も町から30分かかるけん心配",
    ],
)
def test_ambulance_far_away_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "救急車を呼んだけど来るまで40分かかるって言われた。父が息をしてない",
        "母が倒れて動かない。救急車呼んだ",
    ],
)
def test_ambulance_for_someone_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- 大人が家に帰りたくない


@pytest.mark.parametrize(
    "text",
    [
        "旦那が酒を飲むと暴れて物を投げる。仕事終わっても家に帰りたくない",
        "夫が毎晩怒鳴るので、パートが終わっても家に帰りたくない",
        "旦那に殴られる。もう家に帰りたくない",
    ],
)
def test_adult_afraid_of_a_partner_is_dv_not_child_abuse(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父が母を殴る。家に帰りたくない。中2",
        "夫に叩かれる。子どもも怖がって家に帰りたくないと言う",
    ],
)
def test_child_afraid_to_go_home_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- 孤立（方言・頼める人）


@pytest.mark.parametrize(
    "text",
    [
        "おばぁが最近誰ともゆんたくしないさ",
        "家族以外と話したのいつだったか",
        "息子夫婦は東京で頼める人もおらん",
        "ばあさんも逝ってしもうて一人じゃ",
        "父が亡くなってから一人で、ご飯も食べとらん",
        "家族もみんな遠いけん誰も行っとらん",
    ],
)
def test_isolation_in_dialect(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーさんで頼める人はいませんか",
        "父が亡くなってから一人っ子の私が手続きをしてます",
        "母が亡くなって一人で手続きに行きました",
        "おばぁとゆんたくするのが楽しみ",
    ],
)
def test_look_alike_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- 年金では続かない


@pytest.mark.parametrize(
    "text",
    [
        "タクシー代が高くて年金じゃとても続かん",
        "年金だけじゃやっていけん",
        "年金では暮らせない",
    ],
)
def test_pension_that_does_not_last_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金は年金で足りとります",
        "年金で十分やっていけてます",
    ],
)
def test_pension_that_lasts_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- 介護（通い）と違うもの


@pytest.mark.parametrize(
    "text",
    [
        "実家の母が脳梗塞で倒れてから週3で実家に通ってます",
        "父が骨折してから毎日実家に通って世話してる",
        "親の介護で人生終わった",
    ],
)
def test_care_by_commuting_or_worn_out(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父は元気で介護の必要はありません",
        "町の見守り訪問のボランティアに登録したいです",
        "認知症の見守りボランティアをやってみたい",
        "祖母の介護はもう終わりました",
        "週末は子どもを連れて実家に通ってます",
    ],
)
def test_no_care_needed(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- 休みがちな生徒


@pytest.mark.parametrize(
    "text",
    [
        "弟が不登校で、母は夜勤だから昼間は私が弟をみてます。私も高校休みがちになってきました",
        "母が病気で妹の世話をしてる。私も学校休みがちです",
        "じいちゃんの介護で、俺も学校休みがちになった",
    ],
)
def test_pupil_who_misses_school_to_care_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で、私も会社休みがちになった",
        "弟の世話をしています。私は仕事を休みがちです",
    ],
)
def test_adult_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns
