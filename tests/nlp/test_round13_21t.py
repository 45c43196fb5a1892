"""Round 13 (21t): older and dialect writers (おらん, 〜けぇ, 〜とです, 〜しとらん).

Crisis words that are no danger now (no one to talk to, after we are gone, a felled tree,
a tax return, a dream, a grandchild's joke, self-harm long over, a denial); crisis wordings
that were missed (went out and has not come back, 朝が来なければ, 「もう終わりにする」 and gone,
shaking a baby feared, a parent's pension spent by a sibling, control since the marriage,
うちの人); and the patterns and fields of the same writers.
"""

from __future__ import annotations

import pytest

# -------------------------------------------------- おらんようになる: no one to talk to, or later


@pytest.mark.parametrize(
    "text",
    [
        "主人が亡うなってから、話し相手がおらんようになりました",
        "茶飲み友達もみんなおらんようになってしもうた",
        "近所の知り合いもだんだんいなくなりました。さみしいです",
        "頼れる人がおらんようになって心細い",
    ],
)
def test_no_one_left_to_talk_to_is_isolation_not_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis
    assert "isolation" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "わしらがおらんようになったあと、あの子はどうやって暮らすんか",
        "親がいなくなった後のことが不安です。息子は作業所に通っています",
        "私がおらんようになった時、この子はどうなるのか心配でたまらん",
    ],
)
def test_after_we_are_gone_is_a_worry_not_an_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母がおらんようになった、朝から探しよる",
        "認知症の父がいなくなりました",
        "母がいなくなりました、探しています",
    ],
)
def test_someone_gone_missing_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# -------------------------------------------------- a storm fells trees, not people


@pytest.mark.parametrize(
    "text",
    [
        "台風で庭の松が倒れて、車庫の屋根がへこんだ",
        "大雪で竹やぶの竹が倒れて道をふさいどる",
        "強風で裏の杉の木が倒れました。撤去は頼めますか",
    ],
)
def test_a_felled_tree_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["台風の後片付けで父が倒れた", "杉の木の下で祖父が倒れている"],
)
def test_a_person_who_fell_after_a_storm_still_is(ex, text):
    assert "emergency" in ex(text).crisis


# -------------------------------------------------- 「終わらせて楽になりたい」 about a chore


@pytest.mark.parametrize(
    "text",
    [
        "確定申告を早う終わらせて楽になりたいわ",
        "宿題を早く終わらせたい",
        "引っ越しの片付けを済ませて楽になりたい",
        "年末調整の書類、さっさと片付けて楽になりたい",
    ],
)
def test_finishing_a_chore_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["もう全部終わらせたい", "人生を終わらせたい", "早く楽になりたい"],
)
def test_ending_it_all_still_is(ex, text):
    assert "suicide" in ex(text).crisis


# -------------------------------------------------- a dream, a grandchild's joke


@pytest.mark.parametrize(
    "text",
    [
        "ゆうべ夫に殴られる夢を見て目が覚めた",
        "殺される夢をみてうなされたわ",
        "夢で元彼に刺された。朝から気分が悪い",
    ],
)
def test_a_dream_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


def test_a_blow_that_is_no_dream_still_is_dv(ex):
    assert "dv" in ex("夫に殴られる。夢だったらいいのに").crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫が「じいちゃんに殺される〜」と笑っとる",
        "息子が「母ちゃんに殺される」って冗談言ってる",
        "孫娘が「ばあばに殺される〜」言うてふざけよる",
    ],
)
def test_a_grandchilds_joke_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_a_real_threat_still_is(ex):
    assert "dv" in ex("「殺してやる」と夫に言われて怖い").crisis


# -------------------------------------------------- self-harm long over; a plain denial


@pytest.mark.parametrize(
    "text",
    [
        "5年前にリスカしてたけど、今は落ち着いています",
        "昔ODしたことがあります。今は大丈夫です。作業所のことで相談です",
        "もう10年前の話ですが、手首を切ったこともありました。今は落ち着いてます",
    ],
)
def test_self_harm_long_over_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昔リスカしてた。今はしてないけど最近また切りたくなる",
        "昔ODしたことがあるけど、今もまたやってしまいそう",
    ],
)
def test_self_harm_that_comes_back_still_is(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとか、そういうんじゃないんです。ただ眠れなくて",
        "死にたいとか、そういうのじゃないです",
        "消えたいとかそんなんじゃない。疲れとるだけ",
    ],
)
def test_a_plain_denial_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# -------------------------------------------------- went out and has not come back


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が散歩に出たきり戻りません",
        "祖父が朝買い物に行ったまま帰ってきません。もう暗いです",
        "父が出かけたきり帰りません。携帯も持っていません",
    ],
)
def test_gone_out_and_not_back_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子は出張に行ったまま、来月まで戻りません",
        "猫が出て行ったきり帰ってきません",
        "夫は単身赴任で週末まで帰りません",
    ],
)
def test_away_on_purpose_or_a_pet_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------- 朝が来なければ, 「もう終わりにする」


@pytest.mark.parametrize(
    "text",
    [
        "朝が来んといいのにと思いながら寝ています",
        "明日なんか来なければいい",
        "朝なんて来んでもいい",
        "朝が来ないといいのにな",
    ],
)
def test_wishing_the_morning_would_not_come_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["店長に明日来なくていいと言われた", "明日は来なくていいよ", "朝が来るのが楽しみ"],
)
def test_a_day_off_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄が「もう終わりにする」と言って車で出て行った。電話がつながらない",
        "夫がもう全部終わりにしたいと言って出て行った",
        "弟が死にたいと言って家を飛び出した、電話に出ない",
        "友達が消えたいとLINEしてきて、その後既読にならない",
    ],
)
def test_ending_it_said_and_then_gone_is_suicide_and_an_emergency(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "「もう終わりにする」とLINEが来た",
        "もう終わりにするって言ってた",
        "母が「もう終わりにしたい」と言う",
    ],
)
def test_ending_it_said_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「もう終わりにしよう」と彼氏に別れを告げられた",
        "「もう終わりにするよ」と先生が言った",
        "今日はもう終わりにします",
    ],
)
def test_a_break_up_or_the_end_of_a_lesson_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいって言ったら夫に怒られた。電話にも出てくれない",
        "母が死にたいと言うので電話したら、出張中で出なかった",
        "夫が死にたいと言っていたが、今は落ち着いている",
    ],
)
def test_suicide_talk_without_someone_gone_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------- shaking a baby, feared


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣きやまなくて、揺さぶってしまいそうになる。自分がこわい",
        "泣き止まない息子をゆさぶりそうになる",
        "イライラして揺さぶりたくなる",
    ],
)
def test_fearing_to_shake_a_baby_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "health" not in result.fields  # feared, no head injury yet


@pytest.mark.parametrize(
    "text",
    [
        "心を揺さぶられる映画でした",
        "揺さぶられっ子症候群について知りたい",
        "相手の気持ちを揺さぶってしまった",
    ],
)
def test_a_moving_film_or_a_question_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# -------------------------------------------------- an older parent's money, spent by family


@pytest.mark.parametrize(
    "text",
    [
        "兄が同居している母（８８）の年金を全部つかってしまい、母はまともに食事もさせてもらってない",
        "弟が父の貯金を使い果たしてしまった",
        "兄が母のキャッシュカードを持ち出している",
        "姉が祖母の貯金を全部使ってしまった",
    ],
)
def test_family_spending_an_older_parents_money_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "8050" not in result.patterns
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "姉が母の通帳を管理してくれています",
        "兄が母のお金を引き出して施設代を払ってくれている",
        "母の年金で兄の学費を払った",
    ],
)
def test_money_handled_for_the_parent_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# -------------------------------------------------- control since the marriage; うちの人


@pytest.mark.parametrize(
    "text",
    [
        "結婚してから友達と会うのも実家に帰るのも禁止、スマホも毎晩チェックされる",
        "同棲してからスマホを毎日チェックされる",
        "付き合ってから友達に会うのを禁止された",
        "結婚してから毎晩のように殴られる",
    ],
)
def test_control_since_the_marriage_is_dv(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "結婚してから義母にスマホをチェックされる",
        "結婚してから10年、幸せです",
        "結婚してから子どもを叩いてしまう",
    ],
)
def test_someone_else_or_no_control_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの人、機嫌の悪かと手がつけられんごとなって、髪ば引っ張られて引きずり回されたとです",
        "うちの人に殴られる",
        "うちん人が酒飲んで叩いてくる",
    ],
)
def test_violence_by_uchi_no_hito_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    ["うちの人は優しいです", "うちの人が腰を痛めて", "うちの人と旅行に行きます"],
)
def test_uchi_no_hito_alone_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# -------------------------------------------------- staying in, told by dialect or a neighbour


@pytest.mark.parametrize(
    "text",
    [
        "わだすの孫、二十歳過ぎでも部屋がら出ねぇで、もう三年になるべが",
        "学校に行けなくなって２年、いまは外にも出られません",
        "息子は家からも出ん、もう何年もたつ",
        "隣の息子さんはもう何十年も外で見たことがない",
    ],
)
def test_staying_in_told_in_dialect_or_by_a_neighbour_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    ["雨で外にも出られません", "台風で家からも出られん", "外で見たことがない鳥がいた"],
)
def test_a_rainy_day_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "隣の家、９０近いおばあさんと５０くらいの息子さんの二人暮らし。息子さんはもう何十年も外で見たことがない",
        "向かいのおばあさん（85）と50代の息子さんの二人暮らし。息子さんはずっと家にこもっている",
        "倅がもう２５年も部屋から出てこん。わしは８３で足も弱ってきた",
        "せがれが二十年部屋から出てこんのです。わしも八十五になりました",
    ],
)
def test_an_old_parent_and_a_withdrawn_son_told_by_neighbours_or_old_writers_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "孫がもう２年部屋から出てこん。ばあちゃん（80）も心配しとる",
        "近所のおばあさん（90）は一人暮らしで元気です",
        "50代の息子さんが引っ越してきて、お母さんと同居を始めたそうです",
    ],
)
def test_a_grandchild_or_a_lone_neighbour_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# -------------------------------------------------- young carers: a parent writes, a child writes


@pytest.mark.parametrize(
    "text",
    [
        "うちの子（小６）が、おじいちゃんの介護で放課後友達と遊べてないみたいなんです",
        "中学生の娘が父の世話で部活をやめた",
        "小5の息子が、おばあちゃんの世話で宿題もできてない",
    ],
)
def test_a_parents_school_age_child_who_cares_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "小6の息子がいて、私は父の介護で友達と遊ぶ暇もない",
        "0歳の娘を育てながら母の介護をしています",
        "小3の娘が、友達と遊べないと泣いています",
    ],
)
def test_the_writer_who_cares_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        (
            "しょうがくせい です。おとうとに しょうがいが あって、"
            "まいにち おふろに いれたり ごはんを たべさせたり してます。ともだちと あそべない"
        ),
        "ばあちゃん認知症で夜はおれが見とる。親は夜勤やけん。学校で寝てしまってよう怒られる　高２",
        "ちゅうがくせいです。いもうとを まいにち おふろに いれてます",
    ],
)
def test_a_child_who_bathes_feeds_or_watches_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんをお風呂に入れるのが大変です",
        "夜は私が見てるドラマがある",
        "毎日子どもにご飯を食べさせるのが大変",
    ],
)
def test_a_parents_own_baby_or_tv_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# -------------------------------------------------- double care with an ill partner


@pytest.mark.parametrize(
    "text",
    [
        "嫁が統合失調症で入退院を繰り返してて、子ども２人の世話と仕事で俺ももうきつい",
        "妻がうつで寝込んでいて、子どもの世話も家事も全部俺",
        "夫が脳梗塞で麻痺が残り、子ども3人の世話もあってしんどい",
    ],
)
def test_children_and_an_ill_partner_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妻が風邪をひいて、子どもの世話を頼まれた",
        "夫がインフルエンザで、子どもの世話が大変な一週間だった",
        "妻がうつです。子どもは独立しています",
    ],
)
def test_a_passing_illness_or_grown_children_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# -------------------------------------------------- fields of older writers


@pytest.mark.parametrize(
    "text",
    [
        "主人が亡くなってから、話す相手がおらんようになりました。足が悪いけぇ買い物に出るのもおおごとです。８４になります",
        "足が悪いので買い物に出るのも大変です。もう今年で九十になりました",
        "膝が痛うて畑にも出られん。とうとう八十八になりました",
    ],
)
def test_an_old_writers_age_told_as_a_sentence_is_care_with_a_need(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "合計で９０になります",
        "ポイントがたまって、もうすぐ８０になります",
        "息子は５０になりました",
    ],
)
def test_a_total_or_someone_elses_age_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("介護の仕事して２０年、腰をいわしてしもうて、労災って使えるんじゃろうか", "health"),
        ("膝をいわしてから歩くのがつらい", "health"),
        ("熱が３８度あるけど夜間やっとる病院ありますか", "health"),
        ("子どもの熱が39.5度から下がらない", "health"),
        ("年金暮らしのひとりもん。冷蔵庫もからっぽで、話し相手もおらん", "hardship"),
        ("車いすでも住める市営住宅はありますか", "hardship"),
        ("台風で屋根に穴があいてしもうた。年金暮らしで修理代が出せんのです", "hardship"),
        ("葬式代も出せない", "hardship"),
        ("おばあちゃんのオムツ代が高くて生活がくるしいです", "care"),
    ],
)
def test_field_wordings_of_older_writers(ex, text, label):
    assert label in ex(text).fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("確定申告の医療費控除の書き方教えてください", "hardship"),
        ("息子が骨折しました。子どもの医療費助成って使えますか", "hardship"),
        ("父は住み慣れた家を離れんと言います", "hardship"),
        ("起立性調節障害ではないかと言われました", "disability"),
        ("声が出せない", "hardship"),
        ("赤ちゃんのおむつ代が高い", "care"),
        ("スーパーの前でおじいさんが倒れてて動かないです", "care"),
        ("冷蔵庫の中を整理したい", "hardship"),
    ],
)
def test_look_alikes_that_are_not_the_field(ex, text, label):
    assert label not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "７歳の息子が学校から帰ってきません。友達の家にもいないし、学童にも行っていない",
        "娘が友達の所にもおらんかった",
        "友人の家にはいないそうです",
    ],
)
def test_not_at_a_friends_house_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_no_friends_still_is_isolation(ex):
    assert "isolation" in ex("引っ越してきて友達がいない").patterns
