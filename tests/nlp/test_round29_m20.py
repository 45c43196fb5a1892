"""Round 29 (37m20): crisis families from set M20. A bedridden parent left with bedsores in
the smell of filth, or in a soiled nappy (neglect); a partner who says 「殺すぞ」 to the
children too (abuse); a small child crying for days with no adult about (neglect and danger
now); a bruise by the eye, on the face or the neck (DV where a partner is named); a crying baby
thrown onto the bed, 「このままだと自分が何するかわからない」 (abuse feared); an ex parked or
standing at the door and watching (stalking: DV); marks of being tied on a parent's wrists, a
parent tied to a wheelchair (abuse in a home); 「二人で川にでも入ったほうが楽」 (a carer's
double suicide); 「もう目が覚めんでくれたら」 (dialect); 「わしもすぐそっち行く」 after a death.
And what only looks like that: 「叩かれたりとかは全然ない」, a work course on whom to call when
someone cannot move, many medicines and a fear of missed doses, 「遺書…じゃなかった遺言書」, a
list of whom to call about abuse from a training, beating a futon, 「腰が痛くて楽になりたい」,
post piling up until the neighbour was heard to be at a daughter's.
Fields and patterns: no kin and no visitor ever seen (isolation); asleep by day, out only to
the convenience store at night (hikikomori); 「止めるのがおれの係」 (a young carer); not a yen
left, the rice gone before pension day, where food is given, 就学支援金 (hardship); an
emergency call device or a watching call for an old parent (care). Not: snowed in or ill for a
few days, thanks for help when a child was withdrawn, 「払えんことはない」, money said to be
fine, a pet taken ill. Also: no money for a home or a ward (hardship), sleeping pills asked
for (health), the writer's own sleep put down to 「年のせい」 (health, not care), an old man
still and silent in the bath (health, not care)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a bedridden parent left in filth


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの母を姉に任せとったら、床ずれがひどくて部屋中おしっこのにおいがした",
        "父は褥瘡だらけで、汚物まみれのベッドに寝かされとった。弟が世話しとるはずなんじゃが",
        "祖母の部屋に入ったら排泄物のにおいがすごくて、背中は床ずれだらけやった",
        "母が汚れたおむつのまま寝かされとった。兄嫁は何もしてくれん",
    ],
)
def test_bedsores_in_filth_are_abuse(ex, text):
    """Bedsores beside the smell of filth, or a soiled nappy left on: neglect (abuse)."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の床ずれが治らんので、訪問看護を頼みたいです",
        "おむつのにおいが気になるので消臭剤のおすすめを",
        "床ずれ予防のマットを介護保険で借りられますか",
    ],
)
def test_bedsores_cared_for_are_no_abuse(ex, text):
    """A bedsore being treated, the smell of nappies asked about: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a partner threatens the children


@pytest.mark.parametrize(
    "text",
    [
        "夫が酔うと息子にまで「殺すぞ」って怒鳴るんです",
        "彼氏が娘に「ぶっ殺すぞ」て言うてた。こわい",
        "主人は機嫌が悪いと子どもたちに殺してやるとか平気で言う",
    ],
)
def test_kill_threat_to_the_children_is_abuse(ex, text):
    """A partner or parent who says 「殺すぞ」 to the children: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ゲームで負けた息子が弟に「殺すぞ」って言ってて、注意したい",
        "同級生が娘に「殺すぞ」って言ったらしい、学校に相談すべき？",
    ],
)
def test_kill_words_between_children_are_no_abuse(ex, text):
    """Children saying it to each other: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a small child crying for days


@pytest.mark.parametrize(
    "text",
    [
        "上の階の赤ちゃんが昨日の夜からずっと泣いてて、大人の声が全然しない",
        "向かいの家の小さい子、おとといからずーっと泣いとって、親の姿が見えん",
        "隣のこどもが何日も泣いていて、お母さんの気配がありません",
    ],
)
def test_child_crying_for_days_alone_is_abuse_and_emergency(ex, text):
    """A small child crying for a day or days with no adult about: neglect and danger now."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の赤ちゃん、昨日からずっと泣いてるけど、お母さんがあやす声も聞こえるので大丈夫そう",
        "うちの子がおとといからずっと泣いてばかりで、夜泣きがつらい",
    ],
)
def test_child_crying_with_a_parent_is_no_crisis(ex, text):
    """A parent heard soothing, or the writer's own child's night crying: no crisis."""
    e = ex(text)
    assert "abuse" not in e.crisis
    assert "emergency" not in e.crisis


# ---------------------------------------------------------------- a bruise by the eye


@pytest.mark.parametrize(
    "text",
    [
        "隣の奥さん、旦那さんがよく怒鳴ってて、今日見たら目のまわりが青紫になってた",
        "姉が彼氏と住みはじめてから、顔が紫色になってることがある",
        "姉の首に赤黒い跡があって、旦那にやられたって",
    ],
)
def test_bruise_on_a_partner_is_dv(ex, text):
    """A purple eye, face or neck beside a partner: DV."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "寝不足で目の下がクマで紫っぽい",
        "寒くて唇が紫になった",
    ],
)
def test_dark_circles_and_cold_lips_are_no_dv(ex, text):
    """Dark circles from lack of sleep, lips blue from the cold: no DV."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a baby thrown, the writer afraid


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて、娘をベッドに投げつけてしまいました",
        "息子がぐずって、思わずソファに放り投げてしもうた。自分がこわい",
        "子どもがいうこと聞かなくて、このままだと私が何するかわからない",
        "赤ちゃんと二人きりだと、自分が何をしでかすか分からない",
    ],
)
def test_baby_thrown_or_writer_afraid_of_self_is_abuse(ex, text):
    """A child thrown onto the bed, a parent afraid of what they might do: abuse feared."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもがおもちゃを放り投げてしまって困ります",
        "子どもが何するかわからない年頃で目が離せない",
        "洗濯物をベッドに放り投げてしまった",
    ],
)
def test_things_thrown_or_a_busy_toddler_are_no_abuse(ex, text):
    """A child throwing toys, a toddler who gets into everything, laundry: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an ex watching the home


@pytest.mark.parametrize(
    "text",
    [
        "元カレが毎晩マンションの下に車とめてこっち見てる",
        "別れた旦那がうちの前でずっと立ってて、怖くて外に出られん",
        "元夫がアパートの前に車停めてじっと見とる",
    ],
)
def test_ex_watching_the_home_is_dv(ex, text):
    """An ex parked or standing at the home and watching: stalking (DV)."""
    assert "dv" in ex(text).crisis


def test_neighbour_parked_at_the_door_is_no_dv(ex):
    """A neighbour's car at the door: no DV."""
    assert "dv" not in ex("隣の人がうちの前に車を停めて困ってます").crisis


# ---------------------------------------------------------------- tied in a home


@pytest.mark.parametrize(
    "text",
    [
        "父のいる施設で、足首にしばられたような跡を見つけた",
        "グループホームで母が車椅子に縛りつけられていた",
        "ばあちゃんの手首に縛られた痕があって、職員は知らんと言う",
    ],
)
def test_marks_of_being_tied_are_abuse(ex, text):
    """Marks of being tied on a parent's wrists or ankles, a parent tied to a chair: abuse."""
    assert "abuse" in ex(text).crisis


def test_restraint_training_is_no_abuse(ex):
    """A course on doing without restraint: no abuse."""
    assert "abuse" not in ex("身体拘束の研修に出ました").crisis


# ---------------------------------------------------------------- a carer's double suicide by water


@pytest.mark.parametrize(
    "text",
    [
        "介護に疲れて、母と二人で海に入ったら楽やろなと思う",
        "夫と一緒に線路に飛び込んだほうがましかもしれん",
        "もう妻と二人して池にでも沈んだら終わりにできる",
    ],
)
def test_two_into_the_river_is_suicide(ex, text):
    """「二人で川にでも入ったほうが楽」: a carer's double suicide (suicide)."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫と二人で川に入ったらええ気持ちやった",
        "夏は二人で海に入るのが楽しみ",
    ],
)
def test_two_into_the_sea_for_fun_is_no_suicide(ex, text):
    """Paddling with a grandchild, swimming in summer: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- not waking, going over there


@pytest.mark.parametrize(
    "text",
    [
        "もう目が覚めないでくれたらいいのにと毎晩思う",
        "このまま目ぇ覚めんでええ、そう思うて布団に入る",
        "二度と目が覚めんといてほしい",
    ],
)
def test_wish_not_to_wake_is_suicide(ex, text):
    """「もう目が覚めんでくれたら」 and its kin: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜中に目が覚めんでぐっすり眠れた",
        "もう夜中に目が覚めんでくれたら助かるんやけど、眠剤は出ますか",
        "明日は休みやけん、もう目覚ましかけんでええ",
    ],
)
def test_sleeping_through_is_no_suicide(ex, text):
    """Sleeping through the night, or wishing to: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "妻が死んでから、俺ももうすぐそっちに行くからなって仏壇に話しかけてる",
        "母ちゃんが逝ってしもうて、わしもじきにそっちへ行くけえ待っとれ",
        "夫を亡くして半年、私もそろそろそっちに行きたいです",
    ],
)
def test_going_over_there_after_a_death_is_suicide(ex, text):
    """「わしもすぐそっち行く」 after someone close died: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が東京に住んでて、私もすぐそっちに行くねと電話した",
        "父が亡くなって、実家の片付けに私もすぐそっちに行きます",
    ],
)
def test_going_to_the_living_is_no_suicide(ex, text):
    """Going to a daughter's, or to the family home after a funeral: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- near-misses that stay quiet


@pytest.mark.parametrize(
    "text",
    [
        "主人は口うるさいけど、殴られたりとかは一度もないです",
        "夫に手をあげられることはありません。ただ会話がないのがつらい",
        "叩かれたりはしてませんが、毎日無視されます",
    ],
)
def test_blows_denied_are_no_dv(ex, text):
    """「叩かれたりとかは全然ない」: the blow is denied (no DV from it)."""
    assert "dv" not in ex(text).crisis


def test_blow_feared_still_counts(ex):
    """「殴られたりしないか」 is a fear, not a denial."""
    assert "dv" in ex("夫に殴られたりしないか毎日こわい").crisis


@pytest.mark.parametrize(
    "text",
    [
        "介護の仕事で、利用者さんが倒れていたときの対応を確認したい",
        "警備の研修で、意識のない人を見つけた場合の通報の流れを教わりたい",
    ],
)
def test_what_to_do_when_someone_collapses_is_no_emergency(ex, text):
    """A worker's question on whom to call when someone has collapsed: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬を何種類も飲んどるので、飲み忘れが多くて困っとる",
        "主人は薬がたくさん出ていて、管理が大変です",
        "遺書、いや遺言書の書き方を知りたい",
        "遺書っていうか遺言を残したいんですが、どこで相談できますか",
        "膝が痛くて痛くて、早く楽になりたい。どこの病院がいい？",
        "頭が痛いのが続いて楽になりたいです",
    ],
)
def test_medicines_a_will_and_pain_are_no_suicide(ex, text):
    """Many medicines to keep track of, a will misnamed, relief from pain: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬をいっぱい飲んだ。もう終わりにしたい",
        "遺書を書きました",
        "もう生きるのに疲れた、楽になりたい",
    ],
)
def test_overdose_a_note_and_tiredness_of_life_still_count(ex, text):
    """An overdose, a suicide note, tired of living: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "講習で児童虐待の通報の仕方を教わったが、資料をなくした",
        "研修でDVの相談窓口の一覧をもらいました",
        "布団をはたいてたら腰を痛めた",
        "毎朝ほこりをはたく音がうるさいと苦情が来た",
    ],
)
def test_training_and_beating_bedding_are_no_crisis(ex, text):
    """A training's list of numbers, beating a futon: no crisis."""
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "新聞がたまってて心配したけど、入院してるって聞いてほっとしました",
        "電話に出ないので気にしてたら、旅行中だと分かって安心しました",
    ],
)
def test_worry_put_to_rest_is_no_emergency(ex, text):
    """Post piled up until the neighbour was heard to be away: no emergency."""
    assert "emergency" not in ex(text).crisis


def test_post_piled_up_is_still_emergency(ex):
    """Post piled up and no answer, nothing heard: emergency."""
    assert "emergency" in ex("新聞がたまってて、電話にも出ない。心配です").crisis


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母は親戚もおらんし、近所付き合いもない",
        "隣のじいさん、身内はいないらしくて、誰か来とるのも見たことない",
        "向かいのおばあさん、家族は一人もいないみたいで心配です",
        "来てくれる人も見たことがないし、一日中ひとりでテレビ見とるみたい",
    ],
)
def test_no_kin_and_no_visitors_are_isolation(ex, text):
    """No kin at all, no one ever seen to visit: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "家族はいない時間に電話してください",
        "親戚はいないけど、友達がよく来てくれるので寂しくないです",
    ],
)
def test_kin_away_or_friends_near_are_no_isolation(ex, text):
    """Family out at a time, friends who come round: no isolation."""
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は昼間はずっと寝てて夜中にコンビニ行くだけの生活がもう3年",
        "弟はコンビニ以外は外に出ない。もう何年も働いてない",
    ],
)
def test_out_only_to_the_convenience_store_is_hikikomori(ex, text):
    """Asleep by day, out only to the convenience store at night: hikikomori."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "台風で三日間家に閉じこもってた",
        "風邪で一週間ひきこもってました、やっと治った",
        "前に娘が引きこもってた時にお世話になりました。今は専門学校に通えています",
    ],
)
def test_a_few_days_in_or_a_past_withdrawal_is_no_hikikomori(ex, text):
    """Kept in by a storm or a cold, thanks for help with a withdrawal now over."""
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です。母が病気で、妹の保育園のお迎えが私の係になってます",
        "ばあちゃんの薬を飲ませるのがぼくの役目です。小学5年",
        "高2。父が夜中に起きて騒ぐのをなだめるのがおれの担当になってる",
    ],
)
def test_care_as_the_pupils_job_is_young_carer(ex, text):
    """「〜のがおれの係」 from a pupil about family care: young carer."""
    assert "young_carer" in ex(text).patterns


def test_a_job_at_work_is_no_young_carer(ex):
    """A task at work: no young carer."""
    assert "young_carer" not in ex("会社では新人の教育が私の担当です").patterns


@pytest.mark.parametrize(
    "text",
    [
        "手元にお金が一円もないです",
        "年金の支給日まであと五日、米も切れそう",
        "食べ物をわけてもらえるところはありますか",
        "就学支援金の書類を出し忘れた",
    ],
)
def test_no_money_or_food_is_hardship(ex, text):
    """Not a yen left, the rice gone before pension day, food given, school money."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "家賃、払えないことはないけど高いなあと思う",
        "国保の通知を見てびっくり。払えんことはないけど、なんでこんなに上がったのか",
        "お金は主人の給料があるので心配はないです。子育ての相談です",
    ],
)
def test_money_said_to_be_fine_is_no_hardship(ex, text):
    """「払えんことはない」, money said to be no worry: no hardship."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父に緊急通報の装置をつけたい",
        "見守りの電話サービスを母に頼みたい",
        "年寄り二人なので、見守りのセンサーみたいなのはありますか",
    ],
)
def test_emergency_call_device_for_the_old_is_care(ex, text):
    """An emergency call device or a watching call for an old parent: care."""
    assert "care" in ex(text).fields


def test_childrens_watch_volunteers_are_no_care(ex):
    """Volunteers watching children on the way to school: no care."""
    assert "care" not in ex("登下校の見守り活動のボランティアに参加したい").fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫が吐いて動かない、夜間の動物病院は",
        "飼い犬が散歩の途中で倒れた。休日でもみてくれる動物病院ありますか",
    ],
)
def test_a_pet_taken_ill_is_no_health(ex, text):
    """A pet taken ill: no health."""
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "施設に入れるお金はないし、家でみるしかない",
        "入院の費用がなくて困ってます",
        "葬式の金もねえ、どうしたらええ",
    ],
)
def test_no_money_for_a_home_or_a_ward_is_hardship(ex, text):
    """No money for a care home, a ward or a funeral: hardship."""
    assert "hardship" in ex(text).fields


def test_money_for_surgery_at_hand_is_no_hardship(ex):
    """The money for the operation is there: no hardship."""
    assert "hardship" not in ex("手術のお金はあるので大丈夫です").fields


@pytest.mark.parametrize(
    "text",
    [
        "眠れん日が続いて、朝方にようやくうとうとするくらい。年のせいかねえ",
        "最近腰が痛うて、年のせいやろか",
        "夜中に何度も目が覚める。歳のせいかな",
    ],
)
def test_own_sleep_or_back_put_down_to_age_is_health_not_care(ex, text):
    """The writer's own sleep or back put down to age: health, not care."""
    e = ex(text)
    assert "health" in e.fields
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "母が同じことばかり言うようになって、年のせいかと思ってたら認知症だった",
        "父の物忘れがひどいけど年のせいですかね",
    ],
)
def test_a_parents_forgetting_put_down_to_age_is_still_care(ex, text):
    """A parent's forgetting put down to age: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ねむれる　くすりが　ほしい",
        "眠り薬を病院でもらいたい",
        "眠れる薬って内科でも出してもらえますか",
    ],
)
def test_sleeping_pills_asked_for_are_health(ex, text):
    """Sleeping pills, in kana too: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "じいさんが風呂で動かん、返事もせん",
        "おじいちゃんがお風呂で動かない！呼んでも返事しない",
        "ばあちゃんがトイレで倒れて返事がない",
    ],
)
def test_an_old_body_still_in_the_bath_is_health_not_care(ex, text):
    """An older person still and silent in the bath or the toilet: an emergency of the body
    (health), not care by age alone."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" in e.fields
    assert "care" not in e.fields


def test_a_named_care_need_in_the_bath_is_still_care(ex):
    """A father with dementia who stopped moving in the toilet: care too."""
    assert "care" in ex("認知症の父がトイレで動かなくなった").fields


def test_a_phone_that_stops_in_the_bath_is_nothing(ex):
    """A phone that stops working in the bath: no health, no emergency."""
    e = ex("スマホがお風呂で動かない")
    assert "health" not in e.fields
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもの受験のことで夫と喧嘩ばかりで、このままだと自分が何するかわからない",
        "息子の担任に言われたことが悔しくて、自分が何するかわからないくらい",
        "職場の上司に腹が立って、このままだと自分が何するかわからない",
    ],
)
def test_anger_not_at_the_child_is_no_abuse(ex, text):
    """「自分が何するかわからない」 about a partner, a teacher or a boss, a child only named:
    no abuse."""
    assert "abuse" not in ex(text).crisis
