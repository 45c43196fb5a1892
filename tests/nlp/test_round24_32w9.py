"""Round 24 (32w9): a farewell line and then a phone that is not answered (the 電話
of 「電話出ない」 is no 「話」 that ends a conversation), 「殴られてはないけど」 (a denial,
while the shouting and the blocked door stay), a partner who blocks the door or lectures
until morning, a child's kana 「おとうとのごはん つくってる」 and a high-school pupil whose
part-time pay keeps the house of a parent who does not work, voices of ill talk heard all
day and the feeling of being watched, a job that never lasts. And what only looks like
that: a debt settled with a lawyer's help, a grandfather of 90 who jogs every morning, a
parent's hospital visits the writer goes along to."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- farewell, then no answer


@pytest.mark.parametrize(
    "text",
    [
        "友達から「もう終わりにするね」ってメッセージが来て、電話しても出ない",
        "後輩から「もう終わりにします」とLINEがあり、電話がつながりません",
        "彼が「全部終わりにする」って言って出て行って、電話にも出ない",
        "妹から「もう何もかも終わりにしたい」って届いたきり、電話出てくれん",
        "同僚が「もう終わりにする」と書き置きして、携帯にかけても出ません",
        "ともだちから「もうおわりにする」ってLINEきて、でんわもでない",
        "姉が「もう全部おしまいにしたい」と言ったきり電話がつながらない",
    ],
)
def test_a_farewell_then_a_phone_not_answered_is_suicide_and_emergency(ex, text):
    r = ex(text)
    assert "suicide" in r.crisis
    assert "emergency" in r.crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼女から電話で「もう終わりにしよう」って言われた",
        "会議は電話で話して、今日はもう終わりにしよう",
        "電話当番は今日でもう終わりにします",
        "長電話はもう終わりにして寝ます",
    ],
)
def test_a_break_up_or_work_on_the_phone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 「殴られてはないけど」


@pytest.mark.parametrize(
    "text",
    [
        "殴られてはないけど、毎日のように怒鳴られる",
        "叩かれてはいませんが、ずっと無視されています",
        "蹴られてはおらんけど、物に当たる音が怖い",
        "ぶたれてないけど、ずっと責められる",
        "なぐられてはないよ。ただ口をきいてもらえない",
    ],
)
def test_being_hit_denied_is_no_abuse(ex, text):
    r = ex(text)
    assert "abuse" not in r.crisis
    assert "child" not in r.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られてはないけど、物を投げられる",
        "彼氏に殴られてないけど、スマホを毎日チェックされて怒鳴られる",
        "これってDVなのかな？殴られてはないけど、何時間も怒鳴られる",
    ],
)
def test_being_hit_denied_leaves_the_partners_control(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["殴られてない日はない", "パパにたたかれてないか心配です", "息子が夫に殴られてたんです"],
)
def test_a_double_negative_or_a_worry_is_still_violence(ex, text):
    assert ex(text).crisis


# ---------------------------------------------------------------- a blocked door, a long lecture


@pytest.mark.parametrize(
    "text",
    [
        "旦那が玄関をふさいで、朝まで説教される",
        "彼氏がドアの前に立ちふさがって、何時間も問い詰めてくる",
        "主人に毎晩寝かせてもらえず責められます",
        "夫が夜通し怒鳴ってくる",
        "嫁が出口をふさいで、一晩中罵ってくる",
        "彼に何時間も謝らされて、部屋の入り口をふさがれる",
    ],
)
def test_a_partner_who_blocks_the_door_or_lectures_all_night_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "部長に何時間も説教された",
        "雪で玄関がふさがって出られない",
        "夫と朝まで映画を見て語り合った",
        "先輩に夜通し怒鳴られる夢を見た",
    ],
)
def test_a_boss_snow_or_a_dream_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- young carers in kana and at work


@pytest.mark.parametrize(
    "text",
    [
        "しょう4です ママがびょうきでねてるから いもうとのごはん つくってる",
        "ぼく3ねんせい。いもうとの おふろ いれてる。ママ いつも ねてるから",
        "ちゅうがくせい。あかちゃんのおせわ まいにちしてる",
        "おとうとのおべんとう まいあさ つくってる。おかあさん びょうき",
        "母がうつで仕事してなくて、家賃もやばい。高校生の自分がバイトで何とかしてる",
        "中3。おかんが働かんけん、うちがバイトでなんとかしとる",
        "父が酒ばかりで無職。高2の私のバイト代で生活費払ってる",
        "お母さんが入院中で、高校生のオレがバイトで家計を支えてる",
    ],
)
def test_a_child_who_cooks_for_a_sibling_or_earns_for_the_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "おとうとのごはん おいしかった",
        "高校生の自分がバイトで買ったスマホ",
        "高校生です。バイトで何とかスマホ代を払ってる",
        "高校生の自分から見ても、親の仕事は大変そう",
    ],
)
def test_a_meal_eaten_or_pay_for_oneself_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- voices and being watched


@pytest.mark.parametrize(
    "text",
    [
        "近所の人がわたしの噂してる声が毎日きこえるような気がして",
        "みんなが私を笑う声が聞こえる感じがして眠れない",
        "誰かに陰口を叩かれてる声がずっと聞こえる気がする",
        "知らない人にずっとつけられてる気がする",
        "テレビで私のことを話しているんです",
        "電波で操られている",
        "考えてることが読まれてる気がする",
    ],
)
def test_voices_heard_or_being_watched_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "あの人、上司の悪口言ってた",
        "噂話が聞こえてきたけど、ただの世間話でした",
        "夜になるとお隣さんの楽しそうな笑い声がする",
        "テレビで芸能人の噂を話していた",
    ],
)
def test_gossip_and_laughter_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a debt settled


@pytest.mark.parametrize(
    "text",
    [
        "母の借金は弁護士さんに頼んで全部片付きました。ありがとうございました",
        "兄の借金、債務整理で片がつきました",
        "借金がやっと全部なくなった",
        "滞納してた税金、分納で片付きました。ご相談にのってもらって感謝です",
        "おかげさまで借金の件は無事に解決しました",
    ],
)
def test_a_debt_settled_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金を解決したいです",
        "借金で家がなくなった",
        "借金は片付いたと思ったら、また督促状が来た",
        "借金がなくなったら楽になるのに",
    ],
)
def test_a_debt_still_there_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a job that never lasts


@pytest.mark.parametrize(
    "text",
    [
        "シングルマザーです。仕事が続かなくて困ってます",
        "自分、どの仕事も長続きしなくて",
        "俺はバイトが全然続かん",
        "母子家庭で、私のパートもなかなか続きません",
        "どの仕事も長続きせんのよ",
    ],
)
def test_a_job_that_never_lasts_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["この連載は続かない", "私の仕事は続けられそうです", "雨がなかなか続かない"],
)
def test_other_things_that_do_not_last_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- hale at ninety


@pytest.mark.parametrize(
    "text",
    [
        "うちのばあちゃん92歳だけど毎朝ジョギングしてて元気すぎる",
        "父は85歳、毎日ゴルフに行ってるくらい元気です。敬老パスの申し込み方法は？",
        "祖父は90、今もグラウンドゴルフに通ってます。長寿のお祝いってありますか",
        "祖母は92歳、私より元気で毎日畑に出てます",
        "88歳の母はまだ現役で店に立ってます",
    ],
)
def test_an_old_person_who_jogs_or_plays_golf_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "90歳の父、毎朝ジョギングしてたけど転んでから歩けない",
        "80歳の父が、最近物忘れがひどい。ゴルフに通ってるけど道に迷う",
        "85歳の母が心配です",
    ],
)
def test_an_old_person_in_need_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a parent's hospital visits


@pytest.mark.parametrize(
    "text",
    [
        "近くに住む父の物忘れがひどくなり、通院の付き添いや薬の管理も私がしています",
        "母は足が悪く、通院の送り迎えは私です",
        "義母が認知症で、通院の付き添いも私の役目",
    ],
)
def test_going_along_to_a_parents_visits_is_care_not_health(ex, text):
    r = ex(text)
    assert "care" in r.fields
    assert "health" not in r.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子の通院の付き添いで仕事を休みがち",
        "母が認知症でがんの治療も始まり、通院の付き添いが大変",
    ],
)
def test_a_childs_visits_or_a_named_illness_stay_health(ex, text):
    assert "health" in ex(text).fields
