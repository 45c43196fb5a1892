"""Round 29 (37l20): crisis wordings the blind set L20 missed, as families.
Suicide: 「もう終わりにする」 said as a last word, 「もう明日とかいらない」, a reason to live
gone, disappointment at waking (「今日も目が覚めちゃったか」「また朝が来てしまった」),
「今から飛ぶ」 and the inverted farewell 「ありがとう今まで」; silence behind a door after such
words (emergency). Abuse: a pillow or a hand over a crying baby's face, a parent who tells a
child 「一緒に死のう」, a child's room locked from outside, a bruise or burn on a small child
since the mother's boyfriend came, a drinking parent and a child who eats only the school
lunch, cigarettes or hair-pulling written in kana; a neighbour's baby crying for days with no
adult seen (also emergency). DV: an ex who sends hundreds of messages or waits at the
workplace after being blocked, a partner who will not let the writer leave their flat, a
partner who threatens self-harm if the writer talks to others or leaves. Emergency: an older
family member gone out and still not found.
And what only looks like that: a job, a relationship or a practice 「もう終わりにする」, a
flight 「今から飛ぶ」, waking at night, a towel that fell on a baby, the writer's own pillow, a
noisy baby, a group chat's hundred messages, a cat not found, 「消えたいくらい恥ずかしい」,
「人生終わった…っていうのは冗談」, 「太って死ぬよ」, 「私が死んだら保険金で」 said laughing,
たたいてかぶってジャンケンポン, 「引きずってでも連れて行け」, a hairdresser, a care worker
hit by residents on a night job."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- last words: 終わりにする


@pytest.mark.parametrize(
    "text",
    [
        "「もう全部終わりにします」ってLINEが兄から来た",
        "もう終わりにする。ごめんね",
        "何もかも終わりにしようと思う",
        "人生を終わりにしたい。疲れた",
    ],
)
def test_ending_it_said_plainly_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "この仕事はもう終わりにする。転職したい",
        "「もう終わりにしよう」って彼女に別れを切り出された",
        "彼との関係はもう終わりにするって決めた",
        "今日の練習はもう終わりにする",
        "仕事をもう終わりにしようと思う",
    ],
)
def test_ending_a_job_or_a_relationship_is_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- no tomorrow, no reason


@pytest.mark.parametrize(
    "text",
    [
        "もう明日なんていらない",
        "もう明日はいらない、疲れた",
        "生きる意味がなくなっちゃった",
        "彼が唯一の支えだった。生きる理由がなくなった",
    ],
)
def test_no_more_tomorrow_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_lunch_not_needed_tomorrow_is_nothing(ex):
    assert not ex("明日はお弁当いらないです").crisis


# ---------------------------------------------------------------- disappointed to wake


@pytest.mark.parametrize(
    "text",
    [
        "また朝が来てしまった。",
        "今朝も目が覚めてしまったか…",
        "朝起きるたびにがっかりする。また生きてる",
        "もう何もかもどうでもいい",
    ],
)
def test_disappointed_to_wake_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜中にまた目が覚めちゃった。3時。眠れない",
        "今日も目が覚めちゃったから散歩してきた",
        "朝起きるたびに今日も頑張ろうって思う",
        "細かいことは全部どうでもいいから早く決めて",
    ],
)
def test_waking_early_or_shrugging_is_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 今から飛ぶ, inverted farewell


@pytest.mark.parametrize(
    "text", ["これから飛びます。さよなら", "今夜飛ぶ。", "ありがとう今まで", "いまから飛ぶね"]
)
def test_jumping_now_and_farewell_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text", ["今から飛行機で飛ぶ。着いたら連絡する", "ありがとね、今まで助かった。また来月"]
)
def test_a_flight_or_thanks_is_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- silence after the words


@pytest.mark.parametrize(
    "text",
    [
        "兄の部屋から「もう全部終わりにする」って声がして、そのあと返事がない",
        "母が「死にたい」ってつぶやいて寝室に入ったきり、呼んでも反応がない",
        "弟が「もう終わりにしたい」って言ってて、さっきから部屋で物音がしない",
        "妹がドア越しに「もう終わりにする」って言ってから物音がしない。親は出張中",
    ],
)
def test_silence_after_words_of_ending_is_emergency(ex, text):
    e = ex(text)
    assert "suicide" in e.crisis
    assert "emergency" in e.crisis


# ---------------------------------------------------------------- a crying baby's face


@pytest.mark.parametrize(
    "text",
    [
        "ワンオペで夜泣きがつらくて、気づいたらクッションを赤ちゃんの顔に乗せかけてた",
        "ギャン泣きする娘の口を押さえつけてしまった。自分がこわい",
        "この子が泣き止まなくて、毛布を顔にかぶせそうになった",
    ],
)
def test_covering_a_crying_babys_face_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["赤ちゃんの顔にタオルがかかってて慌ててどけた", "枕を顔に当てて叫んだ。仕事のストレスやばい"],
)
def test_a_towel_that_fell_or_the_writers_pillow_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent's 一緒に死のう


@pytest.mark.parametrize(
    "text",
    [
        "パパがね、いっしょにしのうっていってくる",
        "お母さんに「二人で死のう」と言われた。中2です",
        "父が「みんなで死のう」って言ってきた。高1",
    ],
)
def test_parent_asks_child_to_die_together_is_abuse(ex, text):
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


# ---------------------------------------------------------------- locked in, bruised, unfed


@pytest.mark.parametrize(
    "text",
    [
        "夜になると親に部屋の外から鍵をかけられる。小5です",
        "中学生です。押し入れに外から鍵かけられて出られない",
        "高1です。親がわたしの部屋に外から鍵をつけて、夜は閉じ込められる",
    ],
)
def test_child_locked_in_from_outside_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママの恋人が来た日は弟の腕にやけどがある",
        "パパの彼女と暮らしてから妹の足にあざが増えた",
        "ﾏﾏのかれしがくるようになって、おとうとのせなかにあざがある",
    ],
)
def test_bruise_since_parents_new_partner_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_bruise_from_a_fall_is_no_abuse(ex):
    text = "妹が転んでできたあざが痛そう。ママの彼氏が病院に連れてってくれた"
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パパが毎晩お酒のんで寝てて、夜ごはんない。給食しか食べてない",
        "ママが酔っぱらってごはんつくってくれない。給食だけ楽しみ",
        "お父さんがずっとお酒飲んでて、ばんごはんない日がある。給食がたより",
    ],
)
def test_drinking_parent_and_school_lunch_only_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_lunch_money_short_is_no_abuse(ex):
    assert "abuse" not in ex("夫が毎晩お酒を飲む。子どもの給食費が払えない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "タバコの火を腕におしつけられた。母の彼氏に",
        "ままに　たばこ　あしに　おしつけられた",
        "おかあさんにかみのけひっぱられた　いたい　2ねんせい",
    ],
)
def test_kana_burns_and_hair_pulling_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣から毎晩子どもの泣き声がするけど、大人の姿を見ない。何日もそう",
        "上の部屋から3日くらい赤ちゃんの泣き声だけして、親が出入りしてるのを見てない",
        "ここ数日ずっと向かいの家から小さい子の泣き声がしてて、大人の気配がない",
    ],
)
def test_baby_crying_for_days_with_no_adult_is_abuse_and_emergency(ex, text):
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


def test_a_noisy_baby_is_nothing(ex):
    assert not ex("隣の家の赤ちゃんの泣き声がうるさい").crisis


# ---------------------------------------------------------------- stalking by an ex


@pytest.mark.parametrize(
    "text",
    [
        "元カノから着信300件。こわい",
        "別れた夫が、ブロックしてから毎日会社の前で待ってる",
        "元彼に着拒したら、次の日学校の前にいた",
        "彼氏の部屋から帰してもらえない。どうしよう",
    ],
)
def test_ex_who_floods_or_waits_is_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_a_busy_group_chat_is_nothing(ex):
    assert not ex("友達からLINEが100件きてて、グループの通知すごい").crisis


# ---------------------------------------------------------------- self-harm as a lever


@pytest.mark.parametrize(
    "text",
    [
        "別れたいって言ったら「死ぬ」って彼女が泣く",
        "旦那が、私が友達と会うと手首切るって言ってくる",
        "彼氏に「別れるなら飛び降りる」って言われてる",
        "夫が、私が男の人と話すと死ぬって言う",
    ],
)
def test_self_harm_threat_to_keep_the_writer_is_dv(ex, text):
    e = ex(text)
    assert "dv" in e.crisis
    assert "suicide" in e.crisis


def test_partner_with_a_knife_to_herself_is_no_dv(ex):
    assert "dv" not in ex("嫁が包丁持って「死んでやる」って叫んでる").crisis


# ---------------------------------------------------------------- gone out, not found


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが夕方ふらっと外に出て、まだ見つからない",
        "認知症の母が家を抜け出して、いまも見つからないです",
        "じいちゃんが昼寝のあと外に出ちゃって、まだ見つかってない",
    ],
)
def test_older_kin_gone_out_not_found_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_a_cat_not_found_is_no_emergency(ex):
    assert "emergency" not in ex("猫が外に出ちゃってまだ見つからない").crisis


# ---------------------------------------------------------------- what only looks like it


@pytest.mark.parametrize(
    "text",
    [
        "恥ずかしくて消えたい笑 プレゼンで噛んだ",
        "消えたいくらい恥ずかしいミスした",
        "データ消えて人生終わった",
        "人生終わった…っていうのは嘘で、ちゃんと元気です",
        "弟に『そんなに食べたら太って死ぬよ』って言われた",
        "父が「俺が死んだら葬式は家族だけで」って笑って言う",
        "友達とたたいてかぶってジャンケンポンして遊んだ",
        "夫は「引きずってでも学校に連れて行け」と言う。息子は中1です",
        "美容院で髪を引っ張られて痛かった",
        "特養で夜勤のバイトしてるけど、入居者さんに噛まれた。眠れない",
    ],
)
def test_idiom_joke_game_or_job_is_no_crisis(ex, text):
    assert not ex(text).crisis


def test_really_wanting_to_die_still_counts(ex):
    assert "suicide" in ex("死にたいくらいつらい。もう限界").crisis


def test_payout_on_own_death_not_laughed_still_counts(ex):
    assert "suicide" in ex("私が死んだら保険金で子どもたちが暮らせる。そうしようかな").crisis


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です。母が入院してて、家のことは私がなんとか回してる",
        "高1の俺が学校から帰ったら父を見てる。母は夜勤",
        "ヤンケアってやつかも。父が病気で、家事も妹の世話も全部わたし",
    ],
)
def test_pupil_keeping_the_house_or_watching_a_parent_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text", ["土日は家でアニメ見てる。高2", "会社の家のことは妻に任せて回してる"]
)
def test_watching_tv_or_a_job_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "不登校で半年。家から出るのは通院の時くらい",
        "ひきこもって1年。外に出るのはコンビニだけ",
        "中3。学校行ってない。昼はずっとひとりで動画見てる。もう4ヶ月",
    ],
)
def test_going_out_only_for_the_shop_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text", ["休日は昼間ずっと一人でゲームしてる。最高", "家を出るのは朝7時だけど帰りは遅い"]
)
def test_a_free_day_or_a_commute_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "休みの日は誰とも話さない。一人暮らし3年目",
        "土日はほぼひとことも喋らない",
        "娘とずっと二人きり。夫は単身赴任で",
    ],
)
def test_silent_days_or_alone_with_a_baby_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


def test_a_trip_for_two_is_no_isolation(ex):
    assert "isolation" not in ex("子どもと二人きりで旅行した").patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子を可愛いと思えない。自分がこわい",
        "最近ご飯があまり食べられない",
        "休職して実家で療養してます",
    ],
)
def test_numb_after_birth_no_appetite_or_recuperating_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["赤ちゃんかわいい！毎日幸せ", "お金がなくてご飯もまともに食べれてない"]
)
def test_a_happy_parent_or_no_money_for_food_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["年金だけじゃ生活できない", "給料だけでは足りないので副業したい", "工賃だけでは暮らせない"],
)
def test_one_income_not_enough_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["老犬の夜鳴きと徘徊がつらい", "うちのワンコがもう介護状態。ペットの介護って大変"]
)
def test_a_pets_care_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_an_old_parent_wandering_is_still_care(ex):
    assert "care" in ex("母が夜中に徘徊して大変").fields


def test_8050_feared_for_later_is_no_8050(ex):
    assert "8050" not in ex("いずれ8050になる前に相談したい。兄は30で家にいる").patterns


# ---------------------------------------------------------------- who is who


@pytest.mark.parametrize(
    "text",
    [
        "孫です。祖父の認知症が進んで、祖母が一人で介護してて心配",
        "まごです。じいちゃんが ばあちゃんの かいごで つかれてる",
        "孫の私から見ても、祖母の介護をしてる母が限界そう",
    ],
)
def test_writer_who_is_the_grandchild_is_no_double_care(ex, text):
    e = ex(text)
    assert "care" in e.fields
    assert "double_care" not in e.patterns


def test_grandparent_who_minds_grandchildren_and_cares_is_double_care(ex):
    assert "double_care" in ex("孫が2人いて、娘が仕事の間みてる。夫の介護もあってしんどい").patterns


@pytest.mark.parametrize(
    "text",
    [
        "弟が病気で、母は弟につきっきり。家に居場所がない。中3",
        "お父さんが妹にかかりきりで、私の話は聞いてもらえない。高1",
        "兄が入院してて、母親は兄につきっきり。小6です",
    ],
)
def test_parent_busy_with_a_sibling_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


def test_pupil_who_minds_a_sibling_all_day_is_young_carer(ex):
    assert "young_carer" in ex("母が病気で、妹につきっきりで世話してる。中2").patterns


@pytest.mark.parametrize(
    "text",
    [
        "仕事は行ってるけど、それ以外もう何ヶ月も誰とも会ってない",
        "会社には毎日通ってるけど、休みの日は半年くらい誰とも話してない",
        "学校には行ってるけど、もう何ヶ月も友達と話してない",
    ],
)
def test_going_to_work_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "昔の自分みたいな子の支援がしたいです。ボランティア募集ありますか",
        "同じ境遇の子の話を聞く会があれば手伝いたい",
        "困ってる子どもたちの力になりたくて、何かできることはありますか",
    ],
)
def test_children_the_writer_wants_to_help_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "弟の発達検査ってどこで受けられますか",
        "息子の発達検査の結果が出ました",
        "発達検査を勧められた",
    ],
)
def test_a_developmental_test_is_disability(ex, text):
    assert "disability" in ex(text).fields


# ---------------------------------------------------------------- words misread


@pytest.mark.parametrize(
    "text",
    [
        "民生委員です。近所の30代の方が、親御さんを亡くしてから様子が心配で",
        "親御さんの介護で大変だと同僚から聞きました",
        "子どもが虐待されてた事件の報道を見てから眠れない",
    ],
)
def test_parents_honorific_or_a_news_child_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


def test_a_teacher_asks_the_parent_still_child(ex):
    assert "child" in ex("担任の先生から「親御さんと話したい」と言われた。息子は中2").fields


@pytest.mark.parametrize(
    "text",
    ["親に説教されるのだるくて無視してる", "返信するのだるい", "バイトの先輩に絡まれるのだるい"],
)
def test_a_drag_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_tired_on_waking_is_health(ex):
    assert "health" in ex("最近朝起きるのがだるくて、体が重い").fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が亡くなってから、母はひとりで家にこもりがち",
        "妻が他界して以来、父は独りで部屋に閉じこもっている",
        "兄は両親が亡くなってから一人で家に引きこもってる",
    ],
)
def test_shut_in_alone_since_a_death_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "一時預かりってどこで頼めますか。うちは2歳",
        "ファミサポに登録したい",
        "保育園の一時預かりを使いたい",
    ],
)
def test_childcare_for_a_few_hours_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["荷物の一時預かりってありますか", "ペットの一時預かりボランティアをしてます"]
)
def test_luggage_or_a_pet_minded_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- more ways to say the same


@pytest.mark.parametrize(
    "text",
    ["もう明日とか要らん", "また朝が来ちゃった", "今日も目ぇ覚めてもうたか", "ぜんぶおわりにする"],
)
def test_dialect_and_kana_of_the_last_words_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_kana_die_together_from_a_parent_is_suicide_and_abuse(ex):
    e = ex("母にいつも「いっしょにしのうね」と言われる")
    assert "suicide" in e.crisis
    assert "abuse" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "嫁が、俺が飲み会行くとリスカするって言う",
        "彼氏が、私が実家に帰ったら死ぬって言う",
        "妻は、私が同窓会に行くなら手首を切るって",
    ],
)
def test_self_harm_threat_against_an_outing_is_dv(ex, text):
    assert "dv" in ex(text).crisis


def test_tired_after_a_party_is_no_dv(ex):
    assert "dv" not in ex("子どもと飲み会行くと疲れて死ぬ").crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋で赤ちゃんがずっと泣いてて、もう2日親の姿見てない",
        "下の階の子どもが泣き続けてて、3日くらい大人を見かけない",
    ],
)
def test_child_crying_then_days_without_an_adult_is_emergency(ex, text):
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


def test_a_baby_crying_at_night_for_days_is_no_emergency(ex):
    assert not ex("子どもが泣いてて困る。3日くらい夜泣きが続いてる").crisis
