"""Round 23 (31v8): neighbours, landlords, delivery people, colleagues and teachers who tell
of the SIGNS they saw or heard about someone who does not come out, rather than naming the
problem: a colleague absent without a word whose phone does not connect, newspapers not
taken for days, no light at night, no sound for a week, a voice through the intercom
saying 「動けん、助けて」, a resident who tried to climb the balcony rail. The indirect crisis
words beside them: wanting to go where a dead parent is (母さん for 母), 「もう十分生きた」 and
the medicine thrown away, a despairing mail and then silence, a baby crying for hours with
no voice soothing it, a small child's 「ママが帰ってこない」, a child afraid of the mother's
boyfriend, 「この子さえいなければ」, a partner someone is afraid of, 「誰の金で食ってる」.
And what only looks like that: a day off or a trip, a house that takes no newspaper, a power
cut, a 「助けて」 on television, a fire that was none, an ambulance that has come and gone, a
mother gone long ago, a lost old woman now safe at the writer's home, a woman's scream
(DV, not a child's), an in-law shouted at by the writer's husband (elder abuse, not DV)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- absent from work, unreachable


@pytest.mark.parametrize(
    "text",
    [
        "後輩が三日前から無断欠勤していて、携帯もつながりません",
        "パートさんが今日出勤してこなくて、電話しても出ないんです。一人暮らしの方です",
        "同僚が急に会社に来なくなって、LINEも既読がつきません",
        "うちの店の若い子、バイトに来ないし連絡も取れない。何かあったんかな",
        "職場の先輩が月曜から出社してこず、メールも電話も通じない",
        "部下が無断で休んでいて、何度かけても電話に出ません",
        "電話もつながらないし、会社にも来ていないと同僚から聞きました",
        "現場に来ねえし携帯も出ねえ。あいつ一人もんだから心配だ",
    ],
)
def test_absent_from_work_and_unreachable_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "同僚は有給で旅行中なので、会社に来ないし電話も出ないと思います",
        "部長は出張中で会社に来ないので、電話もつながりにくいです",
        "同僚は電話に出ないけど、会社には毎日ちゃんと来てる",
        "バイトの子が無断欠勤したけど、電話したらすぐ出て寝坊でした",
        "先輩は先月退職したので、もう会社には来ません。連絡先も知りません",
    ],
)
def test_a_day_off_a_trip_or_a_call_answered_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- signs at the door


@pytest.mark.parametrize(
    "text",
    [
        "向かいのおじいさん、ここ4日ほど新聞を取り込んでいないようです",
        "新聞配達してるんやけど、坂の上のばあちゃん家、3日分新聞取ってへん",
        "裏のおばあちゃん家、何日も新聞がとってないまま玄関にささってる",
        "隣の一人暮らしの方、夜になっても電気がつかないし、新聞もたまっています",
        "2日前から隣の部屋の電気がついてないし、チャイム押しても出てこない",
        "上の階から一週間くらい物音が全然しないんです。年配の一人暮らしの男性です",
        "ここ数日、隣の家から人の気配がしません。おばあさん一人のはずなのに",
        "管理会社です。住人の方から「隣から何日も物音がしない」と連絡がありました",
    ],
)
def test_newspapers_no_light_or_no_sound_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちは新聞を取っていないので、チラシの入れ方を教えてください",
        "停電で昨日の夜から電気がつかない。いつ直りますか",
        "電球が切れて3日も電気がつかないまま。交換を頼める所ある？",
        "隣の人が引っ越したらしく、一週間物音がしません",
        "旅行で4日間留守にするので新聞を止めてもらいました",
    ],
)
def test_no_newspaper_a_power_cut_or_a_move_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a cry from inside


@pytest.mark.parametrize(
    "text",
    [
        "宅配で伺ったお宅で、ドア越しに「たすけて…」と弱い声がしました",
        "隣のおばあちゃんの家の中から「助けてー」って声が聞こえる",
        "インターホンから「動けないの、助けて」と聞こえました。鍵がかかってます",
        "玄関越しに「起き上がれん」って声がするんよ。どうしたらいい",
        "集金に行ったら部屋から「救急車呼んで」と聞こえた",
        "父の家に電話したら「立てん、助けて」と一言だけ言って切れた",
    ],
)
def test_a_cry_for_help_from_inside_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋から「助けて〜」ってテレビのドラマの声が聞こえてきた",
        "子どもたちが部屋から「たすけてー」って叫んで鬼ごっこしてる",
        "ゲームの中から「助けて」って声がしてびっくりした",
    ],
)
def test_a_cry_on_television_or_in_play_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- climbing the rail


@pytest.mark.parametrize(
    "text",
    [
        "マンションの管理人です。住人がベランダの柵を乗り越えようとしていたそうです",
        "夫が屋上のフェンスをよじ登ろうとしていたのを見かけた人がいます",
        "娘が窓の手すりから身を乗り出していて、今は部屋に戻りました",
        "同じ階の人が非常階段の柵をまたごうとしてたって",
        "弟が橋の欄干を乗り越えようとしてたのを友達が止めた",
        "ﾍﾞﾗﾝﾀﾞの柵を乗り越えようとしてたと聞きました",
    ],
)
def test_climbing_a_rail_is_suicide_and_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫がベランダの柵を乗り越えようとしていて焦った",
        "ベランダの手すりに布団を干しています",
        "夏はベランダの手すりに腰かけてビールを飲むのが楽しみ",
    ],
)
def test_a_cat_or_a_futon_on_the_rail_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- to where the dead one is


@pytest.mark.parametrize(
    "text",
    [
        "父からメールで「母さんのところに早く行きたい」と。母は去年亡くなりました",
        "祖母がじいちゃんのそばに行きたいって毎日言う。祖父は三年前に亡くなってる",
        "母が父が亡くなってから「お父さんのとこに行きたい」ってずっと言ってます",
        "おじいちゃんが「ばあさんのところへ行きたい」と。祖母は先月他界しました",
        "義母が「お父さんのとこに行きたい」って。義父は去年亡くなりました",
        "義父が「かあさんのとこに行きてえ」と言う。義母は春に亡くなった",
    ],
)
def test_wanting_to_go_where_a_dead_parent_is_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母さんのところに行きたいけど、遠くて月に一度しか行けない",
        "施設にいる父のところに行きたいので、送迎を頼めますか",
        "亡くなった母のお墓に行きたいけど足が悪くて",
    ],
)
def test_visiting_a_living_parent_or_a_grave_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 「もう十分生きた」


@pytest.mark.parametrize(
    "text",
    [
        "祖父が「もう十分生きた」と言って、薬を飲まなくなりました",
        "母が「じゅうぶん生きたけん、もう薬はいらん」と言っています",
        "おばあちゃん、十分生きたからって薬を全部捨ててしまった",
        "父が「もう充分生きた、透析はもうやめる」と言い出した",
        "薬を捨てて「もう十分生きた」とつぶやいていた",
        "じいちゃんが、十分生きたし病院にはもう行かんって",
    ],
)
def test_enough_life_and_no_more_medicine_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "十分生きたいから、薬はちゃんと飲んでいます",
        "医者に言われて薬をやめました。副作用がつらかったので",
        "祖母は「もう十分生きた」と笑いながら、好きなものを食べています",
    ],
)
def test_wanting_to_live_or_a_doctors_order_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a despairing mail, then silence


@pytest.mark.parametrize(
    "text",
    [
        "部下から「迷惑かけてばかりですみません」とメールが来て、それから電話に出ません",
        "友達から夜中に「もう無理」ってLINEがきて、既読がつかない",
        "兄に電話がつながりません。昨日「もう無理だ」と留守電が入っていました",
        "娘から「消えます」とだけ来て、連絡がつかない",
        "後輩の「迷惑ばかりで申し訳ないです」ってメッセージのあと、音信不通です",
        "母と連絡が取れない。朝に「もうムリ」ってきてた",
    ],
)
def test_a_despairing_message_then_silence_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「もう無理、お腹いっぱい」って友達から来て、そのまま寝たみたい",
        "「宿題もう無理」って娘からLINEがきた。すぐ電話がきて笑ってた",
        "友達に電話がつながらない。充電切れだと思う",
    ],
)
def test_a_full_stomach_or_homework_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a baby crying, no one soothing


@pytest.mark.parametrize(
    "text",
    [
        "上の部屋の赤ちゃん、何時間も泣き続けてるのに大人の声が全然しない",
        "隣の赤ちゃんが一晩中泣いていて、あやす声がしません",
        "向かいの家の小さい子がずっと泣いてるけど、親の気配がない",
        "アパートの隣、赤ん坊が朝から晩まで泣いてて、お母さんの声が聞こえないんです",
        "となりのあかちゃん、3時間以上ないてるのに ママの こえ しない",
        "隣から乳児の泣き声が一日中して、あやす様子がないので心配です",
    ],
)
def test_a_baby_crying_for_hours_with_no_one_soothing_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの子が何時間も泣き続けて、私がいくらあやしても泣き止まない",
        "隣の赤ちゃん、夜泣きがすごいけど、お母さんがずっとあやしてて大変そう",
        "赤ちゃんがずっと泣いてたけど、抱っこしたらすぐ寝ました",
    ],
)
def test_a_baby_crying_while_soothed_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a small child left alone


@pytest.mark.parametrize(
    "text",
    [
        "隣の子(4歳)が「ママが帰ってこない」と泣いていました",
        "保育園の子が「おかあさん きのうから かえってこない」って言ってた",
        "幼稚園の年中さんが「パパもママもおうちにいない」と話していて気になります",
        "近所の子が「お母さんがずっといない」って言うんです。まだ5さいくらい",
        "年長の子が朝「ママ、夜帰ってきてない」と言っていました",
        "小1の子が「おかあさんが家にいない」と言ってうちに来ました",
    ],
)
def test_a_small_child_saying_the_parent_does_not_come_home_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "4歳の娘が「パパが帰ってこない」と寂しがる。夫は単身赴任中です",
        "出張の多い夫のことを、3歳の息子が「パパ帰ってこない」と言っています",
        "5歳の子が「ママ帰ってくるの遅い」と言うけど、仕事で7時には帰ります",
    ],
)
def test_a_father_away_for_work_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- the mother's boyfriend


@pytest.mark.parametrize(
    "text",
    [
        "隣の子(小1)が「ママのかれしがこわい」と言っている",
        "クラスの子が、お母さんの彼氏が怖いって先生に話したそうです",
        "姪が「ママの恋人がこわくて家に帰りたくない」と言う",
        "近所の小3の子、母親の交際相手が来るとうちに逃げてくる",
        "小2の子が、ママの彼氏が家にいる日は公園に隠れてるって",
        "孫が母親の新しいパパが怖いと泣いとった",
    ],
)
def test_a_child_afraid_of_the_mothers_boyfriend_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達のママの彼氏、こわいくらいイケメンらしい",
        "ママの彼氏が怖い顔してるけど、実はやさしいって娘が言ってた",
        "私の彼氏が来ると猫がベッドの下に逃げて隠れる",
    ],
)
def test_a_handsome_boyfriend_or_a_shy_cat_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 「この子さえいなければ」


@pytest.mark.parametrize(
    "text",
    [
        "妹が産後に「この子さえいなければ」ってつぶやいてた",
        "嫁が赤ちゃんを抱っこしなくなって、「この子がいなければ楽なのに」と言う",
        "「こいつさえいなけりゃ自由なのに」って娘が孫のことを言っていた",
        "友達が「この子がいなきゃよかった」と子どもの前で言っていて怖い",
        "姉が「この赤ちゃんさえいなければ」と泣いていた",
    ],
)
def test_if_only_this_child_were_gone_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この子がいなければ今の私はないと思う",
        "この子がいなかったら、私はとっくにくじけていました",
        "この子がいないと家が静かでさみしい",
    ],
)
def test_a_child_one_lives_for_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a partner one fears


@pytest.mark.parametrize(
    "text",
    [
        "夫が怖いです。家に帰りたくない",
        "姉がうちに来るたびに「旦那が怖い」と言うけど、何をされてるかは言わない",
        "主人の機嫌が怖くて、毎日顔色をうかがっています",
        "彼氏がこわくて別れ話ができない",
        "夫の足音が怖くなってしまった",
        "娘が「だんなが本当に怖い」と電話してきた",
        "姉が夫に「誰の金で食ってると思ってんだ」と毎日言われているらしい",
        "主人に、誰の稼ぎで暮らしてるんだって怒鳴られます",
    ],
)
def test_a_partner_one_is_afraid_of_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が怖い映画ばっかり見るので一緒に見られません",
        "旦那が怖いくらい優しくて逆に不安（笑）",
        "夫が怖がりで夜トイレに一人で行けない",
        "ママの彼氏がこわいって友だちが言ってた",
    ],
)
def test_a_horror_film_or_a_timid_husband_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- the in-law shouted at


@pytest.mark.parametrize(
    "text",
    [
        "同居の義母が、夫に毎日怒鳴られて泣いています",
        "姑が主人に叩かれているのを見てしまいました",
        "お義母さんが旦那から毎日どなられている。止められない",
    ],
)
def test_an_in_law_hit_by_the_writers_husband_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママがかれしになぐられてる。こわい",
        "母が再婚相手に殴られている",
        "私は夫に毎日怒鳴られています",
    ],
)
def test_a_woman_hit_by_her_own_partner_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- what was no danger now


@pytest.mark.parametrize(
    "text",
    [
        "きのう近所に消防車が来てたけど、火事じゃなかったみたい",
        "となりで煙が出て大騒ぎ、でも火事ではありませんでした",
        "隣のおじいさんが倒れて救急車で運ばれたあと、奥さんが一人で困っています",
        "父が救急車で病院に運ばれてから、母の物忘れがひどくなりました",
        "おかあさんがいなくなってから、ぼくがごはんをつくってる",
        "母が出て行ってからもう3年、父と二人で暮らしています",
        "夜中に近所のおばあさんが家がわからないと歩いていたので、今うちで保護しています",
    ],
)
def test_a_fire_that_was_none_or_an_alarm_already_handled_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣が火事です！煙が出てます",
        "母が倒れて救急車を呼びました",
        "母が昨日いなくなって、まだ帰ってきません",
        "夜中に近所のおばあさんが裸足で歩いていて、家がわからないと言っています",
    ],
)
def test_a_fire_a_collapse_or_a_disappearance_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "アパートの隣の部屋から女の人の「やめて」という叫び声とドンという音がする",
        "下の階の奥さんの悲鳴が毎晩聞こえる",
        "隣の女性の「痛い」って声と物が壊れる音",
    ],
)
def test_a_womans_scream_next_door_is_dv_not_child_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis


def test_no_one_would_notice_my_death_is_isolation(ex):
    result = ex("近所のおじいさんが「わしが死んでも誰も気づかんやろ」と言っていた")
    assert "isolation" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "隣の子がずっとゲームしてて、親の声もしないくらい静か",
        "子どもが一日中して遊んでるのに、大人の声がしないのが不思議",
    ],
)
def test_a_child_playing_quietly_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- patterns: withdrawn, told in kana


@pytest.mark.parametrize(
    "text",
    [
        "おとなりのおにいさん、もう1ねんくらい そとにでてないって",
        "おにいちゃんが へやからでてこなくなった。もう3かげつ",
        "いもうとが がっこうでいやなことがあって、はんとし へやからでない",
        "おねえちゃん、なんねんも いえからでてないよ",
        "ぼくのにいちゃんは2ねんかん そとに いちども でてない",
        "むかいのおじさん、もう5ねん そとにでてこないってママがいってた",
    ],
)
def test_kana_months_indoors_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ちゅうがく3ねんです。きょうは そとにでて あそんだ",
        "1ねんせいの おとうと と そとで あそんだ",
        "しょうがく2ねんです。へやから でてきて ごはん たべた",
    ],
)
def test_a_school_year_in_kana_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "実家の親父、電話すっと「誰もこね」って言うんだ",
        "ばあちゃんが「だぁれも来ん」とさみしそうに言う",
        "一人暮らしの叔父が、誰も来ねえって電話で",
        "母が「正月も誰もこねぇ」とこぼしていました",
        "じいちゃん、誰も来んし話す相手もおらんって",
        "「誰っこも来ね」って祖母が言ってた",
    ],
)
def test_no_one_comes_in_dialect_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰もこねこを飼っていない団地です",
        "うちの子ら、誰もこんにゃく食べへんねん",
        "だれもこねたパン生地をさわらないで",
    ],
)
def test_no_one_in_other_sentences_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の友人が、ご主人を亡くしてから家にこもりがちだそうです",
        "向かいの奥さん、旦那さんが亡くなってからずっと雨戸を閉めたままです",
        "叔母は夫に先立たれてから、ほとんど外に出ない",
        "叔父は奥さんが亡くなって以来、家に閉じこもっています",
        "近所のおじいさん、奥さんを亡くしてから出かけなくなった",
        "祖母がじいちゃんが死んでから家にこもりきりで",
    ],
)
def test_staying_in_after_a_spouse_died_is_isolation_not_hikikomori(ex, text):
    result = ex(text)
    assert "isolation" in result.patterns
    assert "hikikomori" not in result.patterns


def test_a_son_who_stays_in_after_the_fathers_death_stays_hikikomori(ex):
    result = ex("父が亡くなってから、息子がもう2年部屋から出てこない")
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "担任の先生に遅刻が多いと言われました。私が病気で、娘に家事を頼りきりです",
        "中2の息子の先生から居眠りが多いと。実は私が入院していて、息子に下の子の世話を任せっきりで",
        "学校から連絡があり、夫がうつで寝込んでいて、長女に食事を作ってもらっていると話しました",
        "ぼくがまいにちごはんつくってる。おかあさんはびょうきでねてる",
        "おとうさんはにゅういんしてて、わたしがせんたくもそうじもしてる。しょう5です",
        "ママがずっとねてて、あたしがごはんをつくってる",
    ],
)
def test_a_child_keeping_house_for_a_sick_parent_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "私が病気の時だけ、たまに娘に家事を頼っています。娘は社会人です",
        "ぼくがごはんつくったら、おかあさんがよろこんだ",
        "娘の学校の先生に相談しました。私は元気で、家事も自分でしています",
    ],
)
def test_a_grown_child_or_a_cooking_treat_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- fields: signs of dementia


@pytest.mark.parametrize(
    "text",
    [
        "店の常連のおばあちゃん、同じものを何回も買っていかれるんです",
        "うちの八百屋に来るじいちゃん、おんなじもんを毎日こうて帰る",
        "レジでお金の払い方がわからなくなっているお客さんがいます",
        "お客さんのおじいちゃんが、払ったのに払ってないって言い張る",
        "隣のおばあさんが夜中に「泥棒がいる」と大声を出して外に出てくる",
        "祖母が財布をなくしたって何度も電話してくる",
        "離れて暮らす父が詐欺で大金を取られて、もう一人にしておけないと思う",
        "近所のおじいさん、お釣りの計算ができなくなってるみたい",
    ],
)
def test_signs_of_dementia_seen_by_others_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "好きなお菓子は同じものを何回も買っちゃう",
        "子どもを一人にしておけないので、仕事を探せません",
        "財布をなくしたけど、交番に届いていました",
    ],
)
def test_own_shopping_a_child_or_a_lost_wallet_is_no_care(ex, text):
    assert "care" not in ex(text).fields
