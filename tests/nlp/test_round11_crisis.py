"""Round 11a, crisis: a partner who keeps the writer in (blocks the door, will not let them
go out, locks them in, takes the keys) is DV; 倒れる said of a thing (a tree, a wall felled
by a typhoon) or of the people met in a job is no emergency; care the writer must give
(おむつも替えなきゃ) is no neglect; violence denied with 〜わけではない is no DV; an overdose on
an earlier day, told from home, is suicide but no emergency now; a child's 「死ね」 in a game
or a quarrel is no suicide. Each family has look-alikes that must keep (or stay without)
their label.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- kept in by a partner


@pytest.mark.parametrize(
    "text",
    [
        "夫は怒ると玄関の前に立ちふさがって、私を外に出させてくれません",
        "夫にけんかのたびに寝室に閉じ込められます",
        "彼氏に家から出かけさせてもらえない",
        "旦那が一人で外出させてくれません",
        "夫に車の鍵を取り上げられて、どこにも行けない",
        "妻に閉じ込められて外に出られない",
        "同棲中の彼が玄関に立ちはだかって、出ていかせてくれない",
        "夫は私が友達と出かけるのを許さない",
        "夫に実家に帰らせてもらえません",
        "主人が私を家から出してくれない",
        "夫が玄関に鍵をかけて、私を出られないようにする",
        "彼に靴を隠されて出かけられない",
        "夫に監禁されているような状態です",
    ],
)
def test_kept_in_by_a_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "台風で夫と家に閉じ込められています",
        "夫とエレベーターに閉じ込められたことがあります",
        "夫が単身赴任で、子どもと家に閉じ込められているような毎日です",
        "父が運転をやめないので、夫が父の車の鍵を取り上げてくれた",
        "夫が鍵を隠してくれたので、母が夜に出ていかなくなりました",
        "母が厳しくて外出させてくれない。夫に相談したい",
        "コロナで病院が面会に行かせてくれない。夫が入院中です",
        "会社が帰らせてくれない。夫に申し訳ない",
        "夫の前に大きな壁が立ちはだかっている気がします",
        "夫が鍵を忘れて家に入れない",
        "夫に車の鍵を預けています",
        "エレベーターに閉じ込められた",
    ],
)
def test_kept_in_look_alikes_are_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママにへやにとじこめられた",
        "施設で母が部屋に閉じ込められているようです",
    ],
)
def test_locked_in_by_a_parent_or_in_care_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_an_older_parents_car_keys_taken_away_are_care_not_crisis(ex):
    result = ex("認知症の父から車の鍵を取り上げました。夫も賛成しています")
    assert result.crisis == ()
    assert "care" in result.fields


# ---------------------------------------------------------------- 倒れる said of a thing


@pytest.mark.parametrize(
    "text",
    [
        "台風で裏の木が倒れて、道路をふさいでいます。どこに連絡すればいいですか",
        "台風で倒れたブロック塀の撤去に補助金は出ますか",
        "強風で看板が倒れて、車にぶつかりました",
        "地震で本棚が倒れて部屋がぐちゃぐちゃです",
        "公園の大きな木が倒れたままになっています",
        "隣の家の塀が倒れてきて、うちの車がへこんだ",
        "お墓の墓石が地震で倒れてしまった",
        "大雪で物置が倒れた",
        "台風で祖母の家の塀が倒れました",
    ],
)
def test_a_thing_that_fell_is_no_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父は元救急隊員で、昔は倒れた人を毎日運んでいたそうです",
        "看護師をしていて、仕事柄倒れた人の対応には慣れています",
        "介護職なので、倒れた利用者さんを何度も起こしてきました",
        "駅で倒れた人を助けたことがあります",
    ],
)
def test_people_who_fell_met_in_a_job_or_before_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が急に倒れた",
        "台風の片付け中に父が倒れた",
        "駅で人が倒れています",
        "道で倒れている人がいます。どうしたらいいですか",
        "母が庭の木の手入れ中に倒れました",
        "本棚の前で祖父が倒れていた",
        "倒れた木の下敷きになって父が動けない",
        "夫が倒れた家具の下敷きになっている",
        "一家の大黒柱の夫が倒れて、意識がない",
        "看護師として働いています。さっき道で倒れている人を見つけて、救急車を待っています",
    ],
)
def test_a_person_who_fell_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_a_fall_feared_under_furniture_is_no_emergency(ex):
    assert "emergency" not in ex("地震で倒れた家具の下敷きになったら怖い").crisis


# ---------------------------------------------------------------- care the writer must give


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣いているのに義母のおむつも替えなきゃいけなくて、頭がおかしくなりそう",
        "下の子が泣いてるのに、寝たきりの父のおむつを替えないといけない",
        "双子の授乳の合間に、母のおむつも替えなくちゃいけない",
        "子どもにご飯を食べさせなきゃいけないのに、義父の介護もあって",
        "娘を着替えさせなきゃいけない時間に、父がトイレで呼ぶ",
        "赤ちゃんのおむつを替えなくてはいけないのに、姑が呼ぶ",
        "子どもたちにご飯を食べさせないといけないのに、体が動かない",
        "息子をお風呂に入れなければいけないのに、母の入浴介助もある",
    ],
)
def test_care_the_writer_must_give_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の子がいつもお腹をすかせていて、おむつも替えてもらえていないみたい",
        "赤ちゃんのおむつを一日中替えていないようです、隣の家",
        "近所の子が泣いているのに、親はおむつを替えない",
        "赤ちゃんが泣いているのに放置されている",
        "弟がご飯を食べさせてもらえない",
        "隣の家の子がお風呂に入っていないみたいで、いつも同じ服",
    ],
)
def test_care_left_undone_is_still_neglect(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- violence denied


@pytest.mark.parametrize(
    "text",
    [
        "夫から暴力を受けているわけではないです。ただ夫の収入が減って家賃が苦しいです",
        "DVとかじゃないんですけど、夫と話し合いができません",
        "夫が暴力をふるうわけではないのですが、毎日がつらいです",
        "別にDVというわけではないんですが、夫が口をきいてくれません",
        "殴られたりしているわけではないのですが、夫と離婚したいです",
        "暴力をふるわれているわけじゃないです。お金の相談です",
        "夫に殴られてるわけではないけど、話をすると疲れます",
        "彼氏に叩かれたわけでもないのに、会うのが怖い",
    ],
)
def test_violence_denied_is_no_dv(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "暴力を受けているわけではないと夫は言いますが、私は毎日叩かれています",
        "夫に毎日殴られています。DVとかじゃないと言われました",
        "これってDVじゃないですか？夫に毎日殴られます",
        "妻から暴力を受けています。わけがわからなくなりそうです",
        "夫に殴られたわけではないのですか？",
        "夫に殴られているのに離婚したいわけではないんです",
        "彼氏に叩かれているわけではありません。でも束縛がきついです",
    ],
)
def test_violence_beside_a_denial_is_still_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_a_parent_who_does_not_mean_to_hit_still_hits(ex):
    assert "abuse" in ex("子どもを叩きたいわけじゃないのに、つい叩いてしまう").crisis


# ---------------------------------------------------------------- an overdose on an earlier day


@pytest.mark.parametrize(
    "text",
    [
        "昨日、薬を大量に飲んでしまいました。今は家にいます",
        "昨日の夜、睡眠薬を30錠飲みました。今は落ち着いています",
        "おととい薬をまとめて飲んでしまった。今はもう大丈夫です",
        "先週ODしました。病院で処置してもらって、今は家にいます",
        "昨夜、眠剤をいっぱい飲んだ。今は部屋にいる",
        "3日前に薬を全部飲んでしまいました。誰にも言えていません",
    ],
)
def test_an_overdose_on_an_earlier_day_is_suicide_not_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬を大量に飲んでしまいました",
        "薬を30錠飲みました。今は家にいます",
        "さっき薬を大量に飲んでしまいました",
        "今、薬を大量に飲んじゃった",
        "昨日から眠れなくて、さっき睡眠薬を全部飲んだ",
        "昨日薬を大量に飲んで、今も意識がもうろうとしています",
        "娘が昨日薬を大量に飲んで、呼んでも起きません",
        "昨日、薬を大量に飲んでしまいました。まだふらふらします",
        "昨日振られて、薬を大量に飲んでしまった",
        "昨日の夜、薬をたくさん飲んだ。それから彼と連絡がつかない",
    ],
)
def test_an_overdose_now_or_still_felt_is_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


# ---------------------------------------------------------------- a child's 「死ね」


@pytest.mark.parametrize(
    "text",
    [
        "息子がゲーム中に「しね」とか叫んでいて、言葉づかいが気になります",
        "小学生の息子がゲームをしながら「死ね」と言うのでやめさせたい",
        "息子が弟に「氏ね」とか平気で言うんです",
        "オンラインゲームで「死ね」「消えろ」と言われて子どもが落ち込んでいます",
        "中学生の息子が、ゲームで負けると「しねよ」と叫ぶ",
        "うちの子が口癖のように「死ね」と言います",
        "息子がゲーム中に死ねとか言ってて困る",
        "息子がゲームで「死ね！」と叫んでいて注意しました",
        "娘がLINEで友達に死ねって送っていた",
    ],
)
def test_a_childs_insult_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が「死にたい」と言っています",
        "娘が「しにたい」と泣いていました",
        "毎日、自分に死ねと言い聞かせています",
        "「死ね」と思ってしまう自分がいる",
        "もう死ねたら楽なのに",
        "息子が友達に死ねと言われて、死にたいと言っています",
    ],
)
def test_death_wished_on_oneself_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis
