"""Round 26 (34c12): how teenagers and young parents write on social media. A kana 「しんだら
楽かな」; a belt hung on a doorknob 「かけてみた」; the habit of looking down from the balcony of
the eighth floor; lines on a classmate's arm; a crying baby one nearly threw; someone met
online who will not let the writer go home; a child in kana who will not go home for fear of
their father; a step-father at night or at the bath; a pupil whose mother shouts at grandpa and
does not feed him; a message in romaji. Fields and patterns with the particles dropped (味しない,
涙出る, ぼっち飯, 頼れる大人いない, 夕飯2軒分, おれがずっと見てる). And what only looks like that:
a husband who is often not home, a towel on a doorknob, a child who throws a toy, thanks for
help long ago, 家いたくない (no pain), a care leaver, a student's report on 8050."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- crisis: suicide


@pytest.mark.parametrize(
    "text",
    [
        "しんだらラクになれるのかなってたまに思う",
        "もう疲れた、しねたら楽なのにな",
        "いっそしんじゃったら楽かも　笑えない",
        "ぜんぶ投げ出してしんだほうがましかな",
    ],
)
def test_kana_dead_would_be_easier_is_suicide(ex, text):
    """「しんだら楽かな」 written in kana: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "カーテンレールにロープかけてみたけど、こわくなってやめた",
        "昨日ドアノブにひもをかけて座ってみた",
        "クローゼットのパイプにネクタイを通してみた。なんでもない",
        "ドアノブにタオルかけてみた、首入るか試した",
    ],
)
def test_cord_hung_on_a_doorknob_is_suicide(ex, text):
    """A belt, rope or towel hung on a doorknob or curtain rail 「かけてみた」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "屋上から下をのぞくのが最近くせになってる",
        "夜になるとベランダから地面をじっと見てしまうのがやめられない",
        "窓から下を見ちゃう、うちは12階",
        "毎晩ベランダから下見て、吸い込まれそうになる",
    ],
)
def test_looking_down_from_high_is_suicide(ex, text):
    """Looking down from a balcony as a habit, or with the floor told: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "部活の後輩の手首に線がいくつもあった",
        "友達のうでに細い線たくさんあるの見ちゃった",
        "娘の太ももに線が何本もあって、どう声かけたら",
        "あの子の腕、線びっしりだった",
    ],
)
def test_lines_on_an_arm_are_self_harm(ex, text):
    """Many lines on an arm or wrist, particles dropped: self-harm (suicide)."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ベランダから花火を見てる、ここ10階だから最高",
        "窓から下を見たら猫がいた",
        "ドアノブにタオルをかけて干してます",
        "しんだおばあちゃんの家を片付けたら楽になった",
        "腕に線いっぱい入ったジャージほしい",
    ],
)
def test_height_towel_and_lines_look_alikes_are_no_suicide(ex, text):
    """Fireworks from a balcony, a towel to dry, a temporary tattoo: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- crisis: abuse, emergency


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて、赤ちゃんを本気で揺さぶりそうになった",
        "息子がぐずって、思わずベッドに放り投げそうになった",
        "娘が泣き止まないから、ほんとに叩きつけそうになってこわい",
        "この子を投げそうになる自分がいて怖い",
    ],
)
def test_nearly_throwing_a_crying_child_is_abuse(ex, text):
    """A parent who nearly throws or shakes a crying baby (fears themself): abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもがおもちゃを投げそうになったので止めた",
        "息子が野球のボールを投げそうになって危なかった",
        "赤ちゃんがスプーンを投げそうになる",
    ],
)
def test_child_throwing_a_toy_is_no_abuse(ex, text):
    """A child who throws a toy or a ball: no abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "マッチングアプリで会った人が帰らせてくれない。今こっそり打ってる",
        "ネットで知り合った男の車に乗ったら降ろしてくれない、助けて",
        "先輩の車から出してくれない、いまトイレに隠れてる",
        "ゲームで知り合った人と会ったら帰してもらえない",
    ],
)
def test_kept_from_going_home_now_is_emergency(ex, text):
    """Someone met online who will not let the writer go, hiding now: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんちに行くと夕飯食べるまで帰してくれない",
        "会議が長引いて上司が帰らせてくれない日が多い",
    ],
)
def test_kept_late_in_jest_is_no_emergency(ex, text):
    """A grandmother who makes one stay for supper, a long meeting: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちかえりたくない　ぱぱこわい",
        "おかあさんにまたたたかれた　いえにかえりたくない",
        "家帰りたくない。オヤジがまた怒鳴る",
        "おとうさんがこわくて　いえにかえれない",
    ],
)
def test_child_afraid_of_a_parent_will_not_go_home_is_abuse(ex, text):
    """A child in kana who does not want to go home, afraid of a parent: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫は帰ってこない日ばかりで、ワンオペです",
        "旦那が飲み会で帰らない日が多い",
        "パパは帰ってこない日ばっかり、さみしい",
        "彼氏が帰ってこない夜ばっかりで不安",
    ],
)
def test_often_not_home_is_no_emergency(ex, text):
    """A husband or boyfriend who is often not home (nights out, work): no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママの彼氏がお風呂をのぞいてくる。お母さんに言えない",
        "継父が夜中に私の部屋に入ってくるのが嫌。ママは気づいてない",
        "義理の父が着替えをのぞきに来る、母さんには言えない",
        "新しいパパがからだをさわってくる。学校の先生に言うべき？",
    ],
)
def test_step_parent_at_night_or_at_the_bath_is_abuse(ex, text):
    """A step-parent or a mother's partner at the bath, in the room at night: abuse, child."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "義父が夜にわたしの部屋に入ってきて、夫の愚痴を言う",
        "義父がトイレをのぞくみたいで、認知症かもと夫に相談した",
        "母の彼氏が夜に部屋に来て電気を消してくれる",
    ],
)
def test_father_in_law_or_errand_is_no_child_abuse(ex, text):
    """A father-in-law told by a married writer, a partner who turns off the light: no abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "中2です。父がばあちゃんに毎日怒鳴ってる",
        "高2。お母さんがおじいちゃんにごはんを出さない日がある",
        "中3です。親父がじいちゃんを怒鳴りつけてて見てられない",
        "高1だけど、母がばあちゃんに「早く死んで」って怒鳴ってる",
    ],
)
def test_pupil_sees_a_parent_mistreat_a_grandparent(ex, text):
    """A pupil whose parent shouts at or does not feed a grandparent: abuse and care."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。じいちゃんが母さんに怒鳴ってる",
        "高1です。ばあちゃんにいつも怒鳴られる",
    ],
)
def test_grandparent_who_shouts_is_no_elder_abuse(ex, text):
    """A grandparent who shouts, or a pupil shouted at by them: no elder abuse here."""
    result = ex(text)
    assert "care" not in result.fields


# ---------------------------------------------------------------- thanks for the past


@pytest.mark.parametrize(
    "text",
    [
        "以前DVのことで相談させてもらいました。今は離れて穏やかに暮らしてます。お礼まで",
        "昔いじめで不登校だった娘、今は高校で楽しく通ってます！ありがとうございました",
        "去年はお世話になりました、今はもう元気にやってます",
        "高校の時ひきこもってたけど、いま専門学校たのしい。あの時はありがとう",
    ],
)
def test_thanks_for_help_in_the_past_is_no_concern(ex, text):
    """Thanks for help in the past, the matter now well: no crisis, no field, no pattern."""
    result = ex(text)
    assert not result.crisis
    assert not result.fields
    assert not result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "去年DVで相談した者です。今は元気ですが、また元夫から連絡が来て怖いです",
        "以前は不登校で相談しました。今は元気に通ってるけど、最近また休みがち",
    ],
)
def test_thanks_with_a_new_worry_stays(ex, text):
    """Thanks followed by a new worry: the concern stays."""
    result = ex(text)
    assert result.crisis or result.fields


# ---------------------------------------------------------------- romaji


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("abuse", "okaasan ni mata tatakareta. ie ni kaeritakunai"),
        ("suicide", "mou tsukareta. kietai to omou"),
        ("suicide", "kietai. dare mo tasukete kurenai"),
        ("abuse", "papa ni nagurareta. chu1"),
    ],
)
def test_romaji_is_read(ex, label, text):
    """A message typed in romaji is read as Japanese."""
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I need some help with my homework",
        "Thank you for the information",
        "ok",
        "ashinitaijo",
    ],
)
def test_english_is_not_read_as_romaji(ex, text):
    """English words, or one made-up word without a particle, do not read as romaji."""
    result = ex(text)
    assert not result.crisis
    assert not result.patterns


# ---------------------------------------------------------------- fields, particles dropped


@pytest.mark.parametrize(
    "text",
    [
        "最近ごはん味しない、なんもやる気でない",
        "何たべても味せんし、寝れない",
        "好きだったゲームもどうでもよくなった",
        "すきだったバンドのライブにも興味なくなった",
        "産後なんか毎晩涙でる",
        "産後3か月、ふとした時に涙が止まらない",
        "赤ちゃんかわいいと思えなくて自分が嫌",
        "咳止め飲まないと仕事行けない体になってる",
        "市販薬の量がだんだん増えてきた、やばいかな",
        "生理痛ひどくて毎月学校休んでる",
        "生理がつらくてバイト行けない",
    ],
)
def test_health_with_particles_dropped(ex, text):
    """Food without taste, no heart for what one liked, post-natal tears, more and more
    cough medicine, heavy periods: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "好きだった人もどうでもよくなった、次いこ",
        "ママにうるさく言われる。家いたくない",
        "学校にいたくない、クラスが合わない",
        "生理の貧困でナプキンが買えない",
    ],
)
def test_look_alikes_are_no_health(ex, text):
    """A love got over, 家いたくない (not 痛い), period poverty: no health."""
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "高校ずっとぼっち飯",
        "職場で誰も話しかけてくれない",
        "施設出てから頼れる大人いない",
        "人間関係ぜんぶ切った",
        "仕事以外で人と話してない",
        "週末は一日中こえださない",
    ],
)
def test_isolation_with_particles_dropped(ex, text):
    """Lunch alone, no one speaks to me, no adult to rely on, all ties cut: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰も話しかけてくれないと思ってたけど、今日声かけてもらえた",
        "頼れる親戚がいない",
        "友達と全員でカラオケ行った",
    ],
)
def test_isolation_look_alikes(ex, text):
    """A friend's call, relatives only, a night out: not these families."""
    result = ex(text)
    assert "isolation" not in result.patterns or "今日声かけて" in text


@pytest.mark.parametrize(
    "text",
    [
        "幼稚園の送迎して、実家の母の晩ごはんも作って、毎日2軒分の家事",
        "子どもの夕飯と、ばあちゃんちの夕飯、毎日ふた世帯分",
        "保育園お迎えのあと実家の父の様子見に毎日寄ってる",
        "毎日、実家の母の様子を見に行ってから子どもを迎えに行く",
    ],
)
def test_two_households_with_children_is_double_care(ex, text):
    """Meals for two households, a parent checked on daily beside small children: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "弟が障害あって、母さんいない日はぼくがずっと見てる。宿題する時間ない",
        "パパが夜勤の日は、わたしが妹をみてる。宿題やるひまない",
        "おれが一人で見てる、勉強する時間もない。妹まだ3歳",
        "ママが働いてる間、うちが弟をずっと見てる。部活もやめた。宿題の時間がない",
    ],
)
def test_child_who_minds_a_sibling_is_a_young_carer(ex, text):
    """A child who minds a sibling with no time for homework: young carer."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "児童養護施設を出て働いてます、家賃の相談",
        "里親から巣立って大学生になりました",
        "自立援助ホームを出て一人暮らし始めた",
        "養護施設を退所してから仕事探し中",
    ],
)
def test_care_leaver_is_no_child(ex, text):
    """A young adult who left a children's home: no child field."""
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "引っ越しの初期費用が足りない",
        "敷金払えんくて困ってる",
        "入居費用が用意できない",
        "引越し代が足らん",
    ],
)
def test_moving_costs_short_is_hardship(ex, text):
    """Not enough for the costs of moving in: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "卒論で8050問題について調べてます",
        "ゼミの発表でヤングケアラーを扱います、資料ありますか",
        "授業の課題でダブルケアについてまとめてる",
        "ダブルケアについてレポート書いてます",
    ],
)
def test_study_of_a_term_is_no_pattern(ex, text):
    """A student's report on 8050 or young carers: no pattern."""
    assert not ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "幼稚園の先生を目指してます、実習先ってどう探せばいいですか",
        "教員志望の大学生です。学童のボランティア募集してますか",
        "保育の専攻で、保育園のボランティア先を探しています",
        "保育士目指して勉強中です！保育園の見学したいです",
    ],
)
def test_student_training_for_childcare_is_no_child(ex, text):
    """A student training to work with children: no child field."""
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "2歳の子育てしながら脳梗塞の父の介護です",
        "脳出血で倒れた母の介護と、赤ちゃんのお世話",
        "くも膜下のあと寝たきりの夫の介護をしています",
        "脳卒中のじいちゃんの世話と保育園の送り迎え",
    ],
)
def test_stroke_of_the_one_cared_for_is_no_health(ex, text):
    """A stroke that names the one cared for: care, not the writer's health."""
    result = ex(text)
    assert "health" not in result.fields
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "伯父(50代)がじいちゃんの年金で暮らしてて、家から一歩も出ない",
        "おじさん(50)がばあちゃんの年金に頼ってて、外に全く出ない",
        "叔母(50代)が祖母の年金で暮らしてて、部屋からほとんど出てこない",
        "叔父(50代)、ばあちゃんの年金で暮らしてる。一歩も外出ない",
    ],
)
def test_uncle_kept_by_grandmother_never_out(ex, text):
    """A middle-aged uncle or aunt on a grandparent's pension who never goes out: 8050,
    withdrawal."""
    result = ex(text)
    assert "8050" in result.patterns
    assert "hikikomori" in result.patterns
