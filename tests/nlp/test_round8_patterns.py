"""Round 8 (patterns): 8050 told by ages in any notation (kanji, bare numbers, brackets,
a couple's two ages, in-laws, an uncle or aunt) and withdrawal in dialect (出ん, 出とらん);
young carers in more shapes (a sibling's meals and baths, つきっきり, watching a grandparent
at night, a grandchild or a neighbour's child seen by an adult) and what is not one (a
drama, a parent worn out by caring); double care without the word 介護; isolation in other
words; elderly care in kana, dialect and a writer's own old age, and what is not care (a
settled past, a sick partner, a grandparent asking about a grandchild, a disabled adult in
a facility, a parent in their 70s who only pays for a dependent child). Each family has
look-alikes.
"""

from __future__ import annotations

import pytest

# -------------------------------------------------- 8050 by ages, withdrawal in dialect


@pytest.mark.parametrize(
    "text",
    [
        "息子は五十を過ぎても仕事をせず、わしも八十五になった",
        "娘は四十八で、もう二十年家から出とらん。わしら夫婦も八十と七十九じゃ",
        "両親は八十二と七十九で、兄は五十五、十年以上働いていません",
        "88になる母が、いまだに58の弟の弁当を作っています。弟は無職です",
        "祖母(86)と叔父(54)が二人暮らし。叔父は働いていない",
        "じいちゃん(90)がおばさん(62)を養ってる。おばさんは仕事してない",
        "義兄は六十で、もう二十年ひきこもっています。義母は九十です",
        "母は八十九、五十代の姉は十五年外に出ん",
    ],
)
def test_8050_told_by_ages(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "父は八十二で元気、畑仕事もしています。弟は五十で会社員です",
        "わしは八十、今日は孫と温泉に行ってきた",
        "祖母(86)と叔父(54)で旅行に行きました",
        "姉は四十五で、子どもが二人います",
    ],
)
def test_ages_alone_are_not_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子はもう七年、部屋から一歩も出ん",
        "弟は十年以上外に出とらん",
        "娘が家から出てへん、もう三年になる",
        "兄は二十年近く家から出ておらん",
        "うちの子は十五年、家から一歩も出ねえ",
    ],
)
def test_withdrawal_in_dialect(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "明日は朝早く家を出んといけん",
        "雨の日は外に出んで、家で本を読んどる",
    ],
)
def test_going_out_in_dialect_is_not_withdrawal(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が十年ひきこもっていて、わしも八十五になった",
        "50代の息子が働かず家におる。わしも七十八、足腰が弱ってきた",
        "娘は四十で家から出とらん。わしは七十六で、このごろよう転ぶ",
    ],
)
def test_old_parent_of_a_dependent_child_who_needs_help_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "40代の娘がひきこもって5年。私は72で、娘の生活費を出している",
        "うちの息子は四十五で、仕事を辞めてから外に出とらん。わしら夫婦も七十八と七十六、いつまで面倒みれるか",
        "ばあちゃん(83)がおじさん(52)の面倒見てる。おじさんは働かんで外に出ん",
    ],
)
def test_old_parent_who_only_keeps_a_dependent_child_is_not_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "8050" in result.patterns


# -------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "中1です。母が夜勤なので、弟のご飯とお風呂はぜんぶ私がしてる",
        "小6。お母さんがうつで寝てばかりだから、妹たちの晩ごはんも洗濯もみんな僕がやってる",
        "姉に重い障害があって、放課後はずっと私がつきっきりです。中2",
        "高2です。じいちゃんが認知症で、夜は俺が見てるけん学校で寝てしまう",
        "中学生です。ばあちゃんのおむつを毎日替えています",
    ],
)
def test_teenager_who_carries_care(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学二年の孫娘が、寝たきりの祖父のおむつを替えてくれている",
        "近所の小学4年生の男の子が、毎朝目の見えないお父さんの手を引いて駅まで行っています",
        "姪(中3)が、障害のある妹の世話を親の代わりにしている",
        "孫は小学6年生です。母親が入院していて、孫が弟たちのご飯を作っています",
        "小5の孫が、車いすの母親に付き添って役所に来ていました",
        "うちの子が中1で、毎日母の介護を手伝ってくれる",
    ],
)
def test_child_carer_seen_by_an_adult(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "近所の小学4年生の男の子が、毎朝目の見えないお父さんの手を引いて駅まで行っています",
        "小5の孫が、車いすの母親に付き添って役所に来ていました",
    ],
)
def test_parent_a_child_carer_looks_after_is_not_elderly_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ヤングケアラーを描いた映画を見て考えさせられました",
        "昨日の講演会でヤングケアラーの話を聞きました。参加できてよかった",
        "ドラマのヤングケアラーの男の子に泣いた。原作の小説はありますか",
    ],
)
def test_young_carers_in_fiction_or_talks(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "高校生です。お母さんがおばあちゃんの介護で疲れてるみたいで心配",
        "中2です。父さんがじいちゃんの世話で毎日しんどそう",
    ],
)
def test_teenager_telling_of_a_parent_worn_out_by_care(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。ばあちゃんの介護で疲れた",
        "ニュースでヤングケアラーって言葉を知って、自分のことだと思った。中2で毎日母の介護をしてる",
    ],
)
def test_teenager_who_cares_is_a_young_carer_whatever_else_is_told(ex, text):
    assert "young_carer" in ex(text).patterns


# -------------------------------------------------- double care without 介護


@pytest.mark.parametrize(
    "text",
    [
        "幼稚園に子どもを送ってから、足の悪い母の買い物と通院の世話をしています",
        "3歳の息子を連れて毎日実家に通い、父の食事の世話をしています",
        "赤ちゃんを抱えながら、膝が悪い義母の通院に付き添っています",
        "保育園のお迎えの後、実家に寄って足の悪い父の夕飯の世話。上の子も小1でまだ手がかかる",
    ],
)
def test_raising_children_and_looking_after_an_older_parent(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫が白血病で治療中で、通院の付き添いと小さい子ども二人の世話でくたくた",
        "妻が難病で通院していて、付き添いと2歳の娘の世話で手一杯です",
    ],
)
def test_nursing_a_sick_partner_while_raising_children(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "health" in result.fields
    assert "double_care" in result.patterns


def test_partner_who_can_no_longer_walk_is_still_care(ex):
    result = ex("妻がパーキンソン病で、だんだん歩けなくなってきた。家で見ていけるか不安だ")
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が自閉症と診断されました。祖父として何ができるでしょうか",
        "孫の発達のことで、ばあばの私に何かできることはありますか",
        "放課後等デイサービスの利用料について教えてください",
        "放課後等デイサービスの見学に行きたいです。息子は小2です",
    ],
)
def test_grandparent_asking_and_after_school_service_are_not_double_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


# -------------------------------------------------- isolation


@pytest.mark.parametrize(
    "text",
    [
        "雪が降ると何日も誰の顔も見ない",
        "もう何年も誰とも連絡をとっていません",
        "親戚とはとっくに縁が切れてしまった",
        "病気になってから友人とも疎遠になった",
        "山の奥の一軒家で、隣の家まで車で20分かかる",
        "近所には誰も住んでいない",
        "誰ともしゃべらん日が続く",
    ],
)
def test_isolation_in_other_words(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰に連絡したらいいかわからない",
        "友達の顔を見に行ってきた",
        "隣の家まで歩いて10分、何かあっても安心です",
        "近所にはスーパーもあって便利です",
    ],
)
def test_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# -------------------------------------------------- elderly care wording


@pytest.mark.parametrize(
    "text",
    [
        "父が認知証かもしれない。どこに相談すれば",
        "おかあさんが　おなじこと　なんども　きく",
        "おとうさんが　さいきん　おこりっぽくなった",
        "78さい、ひとりぐらし。そうじもかいものもつらくなってきた",
        "83歳の一人暮らしです。ゴミ出しがしんどくなってきました",
        "母は足が悪く、買い物にも行けなくなりました",
        "親父が風呂に入れんようになった",
        "近所の人から、母の薬の飲み忘れが増えていると聞きました",
    ],
)
def test_elderly_care_in_other_words(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年は父の介護のことでお世話になりました。今は施設に入って落ち着いています",
        "母の認知症のことで相談に乗っていただき、今はもう落ち着いております。お礼まで",
        "3年前に母を看取りました。母が使っていた介護用品を譲りたいのですが",
        "夫ががんで通院中です。付き添いで仕事を休みがちです",
        "施設に入所している知的障害のある兄が、職員に殴られたと言っています",
        "孫が発達障害と言われました。祖母として何かできることはありますか",
    ],
)
def test_not_elderly_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の認知症、薬で今は落ち着いていますが、夜中に歩き回ることがあります",
        "デイサービスで祖父が職員に叩かれたと言っています",
    ],
)
def test_care_that_stays(ex, text):
    assert "care" in ex(text).fields


def test_disabled_adult_hit_in_a_facility_is_still_abuse(ex):
    result = ex("施設に入所している知的障害のある兄が、職員に殴られたと言っています")
    assert "abuse" in result.crisis
    assert "disability" in result.fields
