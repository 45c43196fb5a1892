"""Round 23 (31t8): worries asked as a question to the town — 「楽になる方法」 asked beside
「もう限界」 (suicide); a grandmother with dementia not at home at night (emergency); a
teenager who writes 「16歳。」 in the middle of the message after being put out by a parent
(abuse, child); 「仕事もなくなりました」 (hardship); a teacher's worry about a pupil (child);
「病院に行ったほうがいいですか」 (health); an uncle shut in for years while a grandmother looks
after him (hikikomori). And what is not that: a poster for a campaign against violence,
暴力団, shoulders or chores made 楽, a care story told as a volunteer or a care that is
over, 不登校 that is over, the Kyushu 「どがん」 (no cancer), a shift cancelled for the day."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 楽になる方法 and もう限界


@pytest.mark.parametrize(
    "text",
    [
        "もう疲れました。楽になれる方法ってありますか",
        "楽になる方法を教えてください。生きてるのがしんどい",
        "つらい。いっそ楽になる方法ないかな",
        "らくになるほうほう おしえて もうげんかい",
        "楽に死ねる方法を調べてしまう",
        "もう無理やけん、楽になる方法ば知りたか",
        "姉がもう限界だと言って、楽になる方法を検索していました",
        "毎日つらくて、簡単に楽になれる方法ばかり考えてしまう",
    ],
)
def test_asking_how_to_be_at_ease_at_the_limit_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "肩こりがひどくてもう限界。楽になる方法ありますか",
        "育児がしんどいです。少しでも楽になる方法を知りたい",
        "介護がつらい。介護が楽になる方法ってありますか",
        "腰が痛くてつらい。楽になる方法を教えて",
        "つわりがつらいです。楽になる方法はありますか",
        "もう限界、楽になる方法教えて（宿題が多すぎ）",
    ],
)
def test_shoulders_chores_or_care_made_easier_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- not at home, with dementia


@pytest.mark.parametrize(
    "text",
    [
        "認知症の祖父が家にいません！",
        "じいちゃんが家におらん、夜なのに",
        "母が部屋にいない。認知症なのに",
        "認知症の母が部屋にいません、どこに行ったのか",
        "おじいちゃんがおうちにいない こんな時間なのに",
        "うちのばあちゃん、家にいないの！認知症だから心配",
        "徘徊のある義母が家にいない。夜なのに",
        "祖母がベッドにいない！！夜中に！認知症があるんです",
    ],
)
def test_an_older_relative_with_dementia_not_at_home_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母はデイサービスで昼間は家にいないので、その間に買い物します",
        "祖母が家にいない時間が増えて寂しい",
        "夫は仕事で家にいないことが多い。認知症の母を一人で見ています",
        "おばあちゃんは旅行で家にいない。夜なのに静か",
        "祖父は入院していて家にいません。認知症もあります",
    ],
)
def test_a_day_centre_a_trip_or_a_hospital_stay_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 「16歳。」 put out by a parent


@pytest.mark.parametrize(
    "text",
    [
        "お父さんに家から追い出された。15歳。行くところがない",
        "母親に出ていけって言われて家を追い出されました。17歳です。",
        "親に追い出されてネカフェにいます。16歳です",
        "家追い出された…13さい。寒い",
        "親に家を出されました。14歳。泊まれるところありますか",
        "また父に追い出された。16歳だけど、もう帰りたくない",
    ],
)
def test_a_teenager_put_out_by_a_parent_is_abuse_and_a_child_matter(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘が家出しました。15歳です。",
        "大家に部屋を追い出された。45歳。仕事もない",
        "息子のことで相談です。16歳です。",
    ],
)
def test_an_age_said_of_a_child_or_an_adult_is_not_the_writers(ex, text):
    assert not ex(text).writer_is_minor


def test_an_adult_put_out_by_a_landlord_is_no_abuse(ex):
    assert "abuse" not in ex("大家に部屋を追い出された。45歳。仕事もない").crisis


# ---------------------------------------------------------------- the job is gone


@pytest.mark.parametrize(
    "text",
    [
        "仕事もなくなりました",
        "先月でパートがなくなってしまった",
        "コロナで働き口がのうなった",
        "しごとが なくなりました",
        "夫の勤め先がなくなり、これからどうすれば",
        "派遣の仕事が急に無くなった",
        "職を失いました",
    ],
)
def test_a_job_that_is_gone_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "今日のバイトがなくなったから遊びに行く",
        "仕事の悩みがなくなってすっきりした",
        "仕事がなくなったら旅行に行きたい",
        "残業がなくなってうれしい",
    ],
)
def test_a_shift_off_or_a_worry_gone_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a teacher's worry about a pupil


@pytest.mark.parametrize(
    "text",
    [
        "小学校の教員です。生徒のあざが気になっています",
        "塾の講師をしています。教え子が最近元気がなくて心配",
        "中学校の先生です。受け持ちの子が何日も休んでいます",
        "養護教諭です。生徒さんの手首に傷があって",
        "部活の顧問をしています。生徒がいつもお腹をすかせています",
        "担任している子が家に帰りたくないと言います",
    ],
)
def test_a_pupil_a_teacher_worries_about_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "生徒会の選挙の日程を知りたい",
        "私は中学校の教員です。生徒数は300人です",
        "市民講座の生徒募集はいつですか",
        "書道教室の生徒さんが元気でいつも楽しいです",
    ],
)
def test_a_school_council_a_head_count_or_an_adult_class_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- should I see a doctor


@pytest.mark.parametrize(
    "text",
    [
        "お腹を蹴られました。病院に行ったほうがいいですか",
        "転んで足をひねった。病院行ったほうがいい？",
        "びょういんにいったほうがいいですか",
        "このくらいで医者にかかった方がいいんでしょうか",
        "救急に行ったほうがええですか",
        "受診したほうがいいのかな、迷っています",
    ],
)
def test_asking_whether_to_see_a_doctor_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "犬が吐きました。動物病院に行った方がいいですか",
        "書類を出すには病院に行ったほうが早いですか",
        "区役所と病院、どっちに先に行った方がいいですか",
    ],
)
def test_a_pet_or_an_errand_is_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- campaigns against violence


@pytest.mark.parametrize(
    "text",
    [
        "暴力追放のポスターを町内会の掲示板に貼りたい",
        "暴力団追放の看板を立てたいのですが",
        "いじめ防止のポスター募集はいつまで？",
        "児童虐待防止推進月間ののぼり旗がほしい",
        "DV防止キャンペーンのチラシを配りたい",
        "近所に暴力団の事務所があって怖い",
    ],
)
def test_a_campaign_poster_or_a_gang_office_is_no_abuse_or_dv(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text,label",
    [
        ("夫の暴力がひどい", "dv"),
        ("暴力団員の夫に殴られています", "dv"),
        ("父の暴力で家に帰れない。中学生です", "abuse"),
    ],
)
def test_violence_at_home_still_counts(ex, text, label):
    assert label in ex(text).crisis


# ---------------------------------------------------------------- care that is over, care told


@pytest.mark.parametrize(
    "text",
    [
        "母の介護の経験を活かして、ボランティアをしたいです",
        "介護の体験談を話してほしいと公民館から頼まれました",
        "昔、祖母の介護をしていましたが、三年前に亡くなりました",
        "父の介護は去年終わりました。いまは趣味を楽しんでいます",
        "夫の介護をしてましたけど、見送ってからは落ち着いています",
    ],
)
def test_a_care_story_or_a_care_that_is_over_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護をしていましたが、私が腰を痛めてしまいました",
        "父を見送ったあと、今度は母が認知症になりました",
        "介護していた祖母が亡くなり、今度は祖父の介護が始まりました",
    ],
)
def test_a_care_that_goes_on_is_still_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- 不登校 that is over


@pytest.mark.parametrize(
    "text",
    [
        "娘は中学の時不登校でしたが、今では毎日楽しく学校に通っています",
        "うちの子、前は学校に行けなかったけど、もう元気に登校してます",
        "去年までは登校拒否だったけど、今はちゃんと通えてます。ありがとうございました",
    ],
)
def test_school_refusal_that_is_over_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "不登校だったけど、最近また休みがちで心配です",
        "去年まで不登校だった息子が、今年また行けなくなりました",
    ],
)
def test_school_refusal_that_comes_back_is_still_a_child_matter(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- Kyushu どがん


@pytest.mark.parametrize(
    "text",
    [
        "どがんしたらよかとやろか、母の介護のことで",
        "こがん時はどこに相談すればよかと？",
        "そがんこと言われても困るばい",
    ],
)
def test_kyushu_dogan_is_no_cancer(ex, text):
    assert "health" not in ex(text).fields


def test_a_cancer_beside_dogan_is_still_health(ex):
    assert "health" in ex("父が胃がんと言われました。どがんすればよかですか").fields


# ---------------------------------------------------------------- an uncle shut in, grandma caring


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが叔父さんの世話をしていて、叔父さんは何年も部屋から出てこない",
        "祖母が伯母の面倒をみてるけど、伯母はもう十年部屋にこもったきり",
        "近所のおばあさんが50代のおじさんの世話をしていて、おじさんはもう何年も部屋から出ないらしい",
    ],
)
def test_an_uncle_shut_in_for_years_while_a_grandparent_cares_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_staying_home_to_care_for_an_aunt_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("おばさんの介護でもう何年もずっと家にいます").patterns
