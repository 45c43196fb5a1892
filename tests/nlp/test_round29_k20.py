"""Round 29 (37k20): crisis words the K20 set showed missing, and the look-alikes it raised.
A parent asking whether she may leave her grown child and 「先に楽になってもよい」;
「もう十分生きた」 with meals refused; going 「そろそろ」 to the place of a dead wife
or mother, in plain 行く or 逝く; a baby shaken and limp or pale after it (now, not heard
of); staff of a home or a service who cut a disabled or older person's meals
(「言うこと聞かないとごはん抜き」).
And what only looks like that: a baby kicking in the womb, dying over and over in a game,
a boss who says 「死ねば」, 「…は冗談として」, a drama's DV husband role, bruises from judo
or football, an old neighbour not seen (no child neglect sign), 「もはや虐待」 called
overdone, thanks for help with a partner's violence last year before a new question, a
mother who keeps a normal face in front of the children (not a child watching),
「揺さぶったら…って聞いた」."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- leaving the family, 楽になっても


@pytest.mark.parametrize(
    "text",
    [
        "主人が逝ってから一人です。娘を残して先に楽になってもいいでしょうか",
        "もう疲れました。息子を置いて楽になってもいいですか",
        "毎日介護で限界。もう楽になってもいいよね",
        "孫を置いて先に逝ってもいいものかと考えてしまう",
    ],
)
def test_asking_leave_to_go_first_is_suicide(ex, text):
    """Asking whether one may leave the family and 「楽になっても」 go first: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "看取りのとき、母に「もう楽になっていいよ」と声をかけました",
        "家事を少しサボって楽になってもいいですか",
        "仕事を辞めたら楽になってもいいのかな",
    ],
)
def test_ease_for_chores_or_a_dying_parent_is_no_suicide(ex, text):
    """Ease from chores or work, or leave given to a dying parent: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 十分生きた and meals refused


@pytest.mark.parametrize(
    "text",
    [
        "父はもう十分生きたと言って、ご飯も食べてないんです",
        "もう充分生きたけぇ、と言うて飯も食わん",
        "ばあちゃん、じゅうぶん生きたって食事もとってない",
    ],
)
def test_lived_enough_and_not_eating_is_suicide(ex, text):
    """「もう十分生きた」 and meals refused: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖母はもう十分生きたと笑いながら、ごはんをもりもり食べてます",
        "十分生きたと言ってた祖父、ご飯は食べてます",
    ],
)
def test_lived_enough_while_eating_is_no_suicide(ex, text):
    """「十分生きた」 said while eating well: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- the dead one's place, plain 行く


@pytest.mark.parametrize(
    "text",
    [
        "おやじ、おふくろが死んでから電話のたびに「そろそろ母さんとこ行く」と言う",
        "女房に先立たれてもう三年。もう女房のそばへ逝くだけです",
        "家内が亡くなって一年、わしもそろそろ家内のとこへ行くわ",
        "じいちゃんが死んでから、ばあちゃんがもう爺さんのとこ行くって毎日言う",
    ],
)
def test_going_soon_to_the_dead_is_suicide(ex, text):
    """Going 「そろそろ」 or 「もう」 to the place of someone who has died: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が亡くなってから、週末は父のとこ行くようにしてます",
        "母さんとこそろそろ行くね、元気してる？",
        "父が亡くなってから、そろそろ母のとこ行く回数を増やそうと思う",
    ],
)
def test_visiting_a_living_parent_is_no_suicide(ex, text):
    """Visiting a living parent after another died: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a baby shaken, limp after


@pytest.mark.parametrize(
    "text",
    [
        "3ヶ月の娘を泣きやまなくて揺さぶってしまいました。なんだか反応が薄い",
        "夜泣きにイライラして揺さぶっちゃった。そのあと顔色が悪い気がする",
        "生後2か月。泣きやまなくてさっき揺さぶってしまった、目をあけない",
    ],
)
def test_baby_shaken_and_limp_is_emergency(ex, text):
    """A baby shaken, then limp, pale or slow to answer: abuse and an emergency."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "abuse" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんを揺さぶったらぐったりするって聞いて怖い",
        "揺さぶってしまいそうで怖い。ぐったりするまで泣かせたくない",
    ],
)
def test_shaking_heard_of_or_feared_is_no_emergency(ex, text):
    """Shaking heard of, or only feared: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- staff who cut meals


@pytest.mark.parametrize(
    "text",
    [
        "母の入ってる施設で、ヘルパーさんに「また漏らしたら夕飯抜き」って言われたらしい",
        "作業所の支援員さんから、できないとお昼抜きと言われてるって息子が",
        "兄はグループホームにいます。世話人さんに逆らうとご飯なしって言われるって",
    ],
)
def test_meals_cut_by_staff_is_abuse(ex, text):
    """Staff of a home or a service who cut a resident's meals: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "施設の健診の前は職員さんに朝ごはん抜きって言われた",
        "デイの職員さんに、ダイエット中だからお昼は抜きでいいか聞かれた",
    ],
)
def test_fasting_before_a_check_is_no_abuse(ex, text):
    """Fasting before a check-up or a diet: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- look-alikes of a crisis


@pytest.mark.parametrize(
    "text",
    [
        "妊娠8か月、おなかの子にボコボコ蹴られて眠れないｗ",
        "胎動で蹴られて夜中に起きる",
        "お腹の赤ちゃんがよく蹴るようになりました。両親学級の日程を知りたい",
    ],
)
def test_baby_kicking_in_the_womb_is_no_abuse(ex, text):
    """A baby kicking in the womb: no abuse, no DV."""
    e = ex(text)
    assert "abuse" not in e.crisis
    assert "dv" not in e.crisis


def test_partner_kicking_a_pregnant_belly_is_dv(ex):
    assert "dv" in ex("妊娠中なのに夫にお腹を蹴られた").crisis


@pytest.mark.parametrize(
    "text",
    [
        "マイクラで息子が何回も死んでキレてる",
        "ゲームの中で殺されまくって息子が荒れてる",
        "スプラで死にまくってイライラする中2の娘",
        "先輩に「死ねよ」とか言われて、会社に行くのがしんどい",
        "同級生から「しね」って書かれた手紙が机に入ってた",
        "推しの引退で消えたい…は冗談として、奨学金の相談です",
        "死にたいってのは冗談だけど、最近眠れない",
    ],
)
def test_game_deaths_insults_and_jokes_are_no_suicide(ex, text):
    """Deaths in a game, 「死ね」 said by others, a wish taken back as a joke: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子がゲームばかりで、死にたいって言うようになった",
        "上司に死ねと言われて、本当に死にたくなった",
        "冗談じゃなく本当に死にたい",
    ],
)
def test_wish_to_die_beside_those_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昼ドラのモラハラ夫役がリアルすぎた笑。それより家賃の相談",
        "韓国ドラマのDV彼氏役の俳優さんが怖すぎて寝れない",
        "映画のDVシーンで気分が悪くなった",
    ],
)
def test_drama_role_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


def test_own_partner_like_the_drama_is_dv(ex):
    assert "dv" in ex("ドラマ見てて、うちの夫のDVも同じだと気づきました").crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘がサッカーの練習でいつもあざを作ってくる",
        "息子は空手を始めてから足があざだらけ。本人は楽しそう",
        "孫が転んで膝にあざを作った",
    ],
)
def test_bruises_from_sport_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_bruise_from_a_parent_stays_abuse(ex):
    assert "abuse" in ex("夫が息子を叩いて、あざができてる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "近所のお宅、ここ1週間お母さんの姿を見ていません。息子さんとの二人暮らしです",
        "向かいのおじいさんの姿を見かけなくなって10日。新聞もたまってる",
    ],
)
def test_older_neighbour_not_seen_is_no_child_neglect(ex, text):
    """An older neighbour not seen: an emergency, not a child's neglect sign."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "abuse" not in e.crisis


def test_child_not_seen_stays_neglect(ex):
    e = ex("向かいの家の子ども、夏休みからずっと姿を見ない。学校にも来てないらしい")
    assert "abuse" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "妻は「虐待だ」って言うけど大げさだと思う。孫に甘いだけ",
        "夫は義母のことを「もはや虐待」とか言うけど、そこまでじゃないと思う",
    ],
)
def test_abuse_called_overdone_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_blows_beside_a_denial_stay_abuse(ex):
    assert "abuse" in ex("母は私を叩くのを虐待じゃないって言うけど、毎日叩かれる").crisis


# ---------------------------------------------------------------- partner's violence long thanked


@pytest.mark.parametrize(
    "text",
    [
        "昨年は元夫の暴力の件でお世話になりました。今は子どもたちと穏やかに暮らしています。"
        "児童手当の住所変更を教えてください",
        "前に彼氏のDVで相談した者です。おかげさまで今は実家で元気にしてます。それで転職のことなんですが",
        "去年は夫のDVで相談にのってもらいました。今は離婚して落ち着いてます。保育園の申し込みについて",
    ],
)
def test_past_dv_thanked_is_no_dv_now(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年夫のDVで相談しました。今は別居して落ち着いてますが、最近また夫から連絡が来て怖いです",
        "去年DVで相談しました。今は落ち着いてます。でも昨日夫に殴られました",
    ],
)
def test_past_dv_with_danger_again_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a face kept for the children


@pytest.mark.parametrize(
    "text",
    [
        "夫に髪をつかまれて引きずられる。子どもの前ではふつうの顔してます",
        "夫に殴られる。子どもたちの前では笑顔でいるようにしてる",
    ],
)
def test_normal_face_before_the_children_is_dv_only(ex, text):
    e = ex(text)
    assert "dv" in e.crisis
    assert "abuse" not in e.crisis


def test_struck_in_front_of_the_children_is_abuse_too(ex):
    e = ex("夫に子どもの前で殴られた")
    assert "dv" in e.crisis
    assert "abuse" in e.crisis


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "担任に「それヤングケアラーじゃない？」って言われた。毎日じいちゃんのトイレ手伝ってる",
        "中3。友だちに「ヤングケアラーなんじゃない？」と言われた。母の薬の管理は私",
        "小5。パパが夜勤の日はぼくが妹のごはんとおふろをやってる。宿題できない",
        "高1。いつも私が弟の着替えとか見てる。部活やめた",
    ],
)
def test_young_carer_asked_or_told_as_a_habit(ex, text):
    """「ヤングケアラーじゃない？」 is a question, not a denial; so is a habit of care
    (「〜の日はわたしがお風呂とごはん」)."""
    assert "young_carer" in ex(text).patterns


def test_young_carer_denied_stays_denied(ex):
    e = ex("ヤングケアラーじゃないです。家の手伝いはたまにするだけ")
    assert "young_carer" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が不登校になって4か月、家族とも顔を合わせず部屋にいます",
        "高1の息子、半年前から学校に行かず、ご飯も自分の部屋で食べてます",
        "むすめは　3ねんくらい　へやから　でてこない",
        "おにいちゃん　へやから　でてこない　もう　2ねん",
    ],
)
def test_withdrawn_in_other_words_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫とは顔を合わせないようにしてる。離婚したい",
        "ご飯は部屋で食べる派です笑",
        "あしたは　いえから　でないで　まってて　3じかん",
    ],
)
def test_staying_apart_for_a_while_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "主人が同じ話を何度もするようになって心配",
        "母が最近お鍋を焦がすことが増えた",
        "父がやかんを焦がすようになって、火の始末が心配",
    ],
)
def test_signs_of_forgetting_are_care(ex, text):
    assert "care" in ex(text).fields


def test_one_burnt_pot_is_no_care(ex):
    assert "care" not in ex("鍋を焦がしちゃった笑").fields


@pytest.mark.parametrize(
    "text",
    [
        "保護受けてるんですが、エアコンの修理代は出ますか",
        "保護もらってて、冷蔵庫が壊れたら買い替えられるのか不安",
        "保護費が入るまであと一週間、米がない",
    ],
)
def test_public_assistance_in_short_words_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize("text", ["保護猫を受け入れてる", "保護猫をもらってきました"])
def test_rescued_cat_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "しゃべる相手が犬だけの毎日です",
        "転勤で知らない町。夫は遅く、赤ちゃんとふたりきり。一日中しゃべる相手が赤ちゃんだけ",
        "息子は遠方、娘は海外で、ほとんど一人です",
    ],
)
def test_no_one_to_talk_to_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は海外だけど、近所の友達とほぼ毎日お茶してます",
        "しゃべる相手が欲しくてサークルに入りました。今は楽しいです",
    ],
)
def test_company_found_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a pet, a job, a new school


@pytest.mark.parametrize(
    "text",
    [
        "うちの犬が16歳で寝たきり、夜鳴きもひどくて介護が大変です",
        "愛猫が寝たきりになって、毎晩おむつ替え。介護ってこんなにしんどいんですね",
        "ヘルパーの仕事で毎日いろんなお宅の介護に入ってます。自分の肩を痛めました",
        "訪問介護の仕事をしてて、担当の利用者さんの介助で腰をやった",
    ],
)
def test_pet_care_or_care_work_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "犬の世話もあるし、母の介護もしんどい",
        "うちの猫が寝たきりで、父も要介護2。介護が二重でしんどい",
        "ヘルパーさんが来てくれない日は、母の介護で眠れない",
    ],
)
def test_a_parents_care_beside_a_pet_stays_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "放課後デイで支援員してます。手取り14万で家賃払うとほとんど残りません",
        "放課後等デイサービスの指導員として働いてて、残業代が出ません",
    ],
)
def test_working_at_an_after_school_service_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


def test_a_child_at_an_after_school_service_is_disability(ex):
    assert "disability" in ex("息子が放課後デイに通ってます。支援員さんが優しい").fields


@pytest.mark.parametrize(
    "text",
    [
        "上の子は転校したばかりでまだ友だちがいないみたい",
        "娘は入学したばかりなので、まだ友達ができてないと言っています",
    ],
)
def test_new_pupil_without_friends_yet_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_years_without_a_friend_stays_isolation(ex):
    assert "isolation" in ex("ここに越してきて3年、まだ友だちがいない").patterns


@pytest.mark.parametrize(
    "text",
    [
        "うちは80代の母と50代の私の二人暮らしですが、私は普通に会社勤めで、母もまだ元気です",
        "85歳の父と55歳の息子の私、二人暮らし。私は正社員で働いています。父の物忘れが心配",
    ],
)
def test_working_middle_aged_child_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "80代の母と50代の兄が同居。兄は働いてなくて母の年金で暮らしてる",
        "82の母が、同居の52歳の弟の面倒を見てる。弟は会社を辞めてから家にいる",
    ],
)
def test_middle_aged_child_kept_by_the_parent_stays_8050(ex, text):
    assert "8050" in ex(text).patterns


# ---------------------------------------------------------------- a parent's insulin, nights awake


@pytest.mark.parametrize(
    "text",
    [
        "2歳の娘を育てながら、毎日母のインスリン注射に実家へ通ってます",
        "朝は下の子を保育園に送ってから実家へ、父のインスリンと朝ごはん。夜は上の子の宿題",
        "小学生の子どもが二人いて、週末は義母のたんの吸引をしてます",
    ],
)
def test_a_parents_insulin_beside_children_is_double_care(ex, text):
    e = ex(text)
    assert "care" in e.fields
    assert "double_care" in e.patterns


def test_the_price_of_insulin_is_no_care(ex):
    assert "care" not in ex("父のインスリン代が高くて").fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は会社をやめてからもう十何年、昼は寝て夜中に起きてテレビを見ています",
        "娘は高校を中退してから3年、昼は寝て夜中にゲームしてる",
        "弟は大学を辞めてから何年も、昼間寝て夜起きてネットばかり",
    ],
)
def test_years_of_days_asleep_since_quitting_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_night_shift_sleeper_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("夫は夜勤を始めて5年、昼は寝て夜に起きて出勤します").patterns


# ---------------------------------------------------------------- a developmental test, MCI


@pytest.mark.parametrize(
    "text",
    [
        "3歳児健診で発達検査を受けるように言われました",
        "担任から発達検査をすすめられたけど、どこで受ければいいですか",
        "娘のWISCの結果が返ってきた。凹凸が大きいらしい",
    ],
)
def test_developmental_test_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母がもの忘れ外来で軽度認知障害って言われました",
        "父は認知機能障害があると言われ、火の始末が心配です",
    ],
)
def test_mild_cognitive_impairment_is_care_not_disability(ex, text):
    e = ex(text)
    assert "care" in e.fields
    assert "disability" not in e.fields


def test_brain_injury_stays_disability(ex):
    assert "disability" in ex("高次脳機能障害の夫の手帳の申請をしたい").fields
