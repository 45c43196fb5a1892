"""Round 15 (23g): a crisis-heavy blind set — a means of suicide readied now, a call cut
after "going to the roof", a burden said with a knife taken away, a child without meals
while a parent stays away, an older person's pension used by a relative, fleeing a partner
in secret, no answer behind a door for days, heat and a strange answer; and the words that
are no crisis: a denial, a drawn-out 死ぬー, an idiom of shame, camping rope, a pet gone, a
doctor's warning, past abuse that is over, a question asked in general, a grown daughter's
fiancé, 「出ていけ」 said to the writer."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a means readied now


@pytest.mark.parametrize(
    "text",
    [
        "縄を買った。家のどこに吊るせるか見て回ってる",
        "ロープ用意した、あとは結べるとこ探すだけ",
        "練炭を車に積みました。もう疲れた",
        "七輪と練炭買って車の中に運んだ。さよなら",
        "ろーぷ かってきた。へやの どこに むすべるか しらべてる",
        "紐はもう買ってある。クローゼットのどこに掛けられるか考えてる。死にたい",
    ],
)
def test_a_means_readied_now_is_suicide_and_emergency(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "キャンプ用にロープ買った。テントのどこに結べばいいか調べてる",
        "ロープとペグを買ってキャンプデビューしました",
        "七輪で焼き肉するのに練炭買って車に積んだ",
        "引っ越しの荷造りでロープを買ってきました",
        "バーベキュー用の練炭ってどこで売ってますか",
    ],
)
def test_rope_and_charcoal_for_leisure_are_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- going to the roof, then silence


@pytest.mark.parametrize(
    "text",
    [
        "友達から「今から屋上行く」ってLINEが来て、そのあと既読がつかない",
        "兄が「橋の上にいる。今までありがとう」と電話してきて切れた",
        "彼女が「線路に来てる、ごめんね」って言ったきり電話に出ない",
        "同僚が「これから屋上に行ってくる」と言って、それから連絡がつかない",
        "息子が電話で「ダムに来た」って言うて切れた。かけても出ん",
    ],
)
def test_going_to_a_high_place_then_unreachable_is_suicide_and_emergency(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "先輩が「今から屋上行くわ」って言ってタバコ吸いに行った",
        "夫が線路の点検に行ってて電話に出ない",
        "屋上のビアガーデン行ってくるね、ありがとう",
        "屋上で洗濯物を干してたら電話が切れた",
    ],
)
def test_a_roof_for_a_break_or_work_is_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- a burden said, a knife taken


@pytest.mark.parametrize(
    "text",
    [
        "母が「もう迷惑かけたくない」って言ってカッター持ってトイレに閉じこもった",
        "父が「わしはもう長くない」と包丁を握って部屋にこもってる",
        "じいちゃんが「お荷物になりたくない」ち言うて包丁持って出ていった",
        "祖母が「みんなに迷惑かけるだけや」と言って、包丁を持ち出して部屋に鍵をかけた",
        "夫が「生きてても迷惑かけるだけ」とナイフを持って車で出て行った",
    ],
)
def test_a_burden_said_with_a_knife_taken_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖父が「迷惑かけたくない」と言って施設に入ると決めました",
        "母は「迷惑かけたくない」と言ってデイサービスを断ります",
        "父が包丁を研いでくれた。切れ味がいい",
        "「近所に迷惑かけたくない」と母が言うので、ごみ出しを手伝ってます",
    ],
)
def test_a_burden_said_without_a_knife_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child without meals


@pytest.mark.parametrize(
    "text",
    [
        "中1です。ママは毎晩彼氏のとこに行ってて、晩ごはんがない日が多い",
        "小5やけど、ごはんない日ばっかり。お父さんは飲みに行って帰ってこん",
        "小6です。お母さんが帰ってこない日があって、ご飯食べてない",
        "中2です。夕ごはんはいつもない。親は夜いない",
        "小3です。ごはんが ない日が おおい。ママは かれしの いえに いる",
    ],
)
def test_a_child_writing_of_no_meals_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "小4です。お母さんは夜勤で朝まで帰ってこないけど、ごはんは作ってくれてる",
        "中1です。今日はお母さんが出張なので、おばあちゃんちでご飯食べます",
        "小5です。宿題が多くて困ってます",
        "高1です。お父さんが単身赴任で帰ってこない。さみしい",
        "中2です。ダイエット中で夜ご飯食べてない日が多い",
    ],
)
def test_a_child_with_meals_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older person's money used


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんの年金、同居のいとこが全部使ってて、ばあちゃんはご飯も少ない",
        "祖父の年金をおじさんが勝手に使ってしまい、祖父は灯油も買えない",
        "母の貯金、叔父が使い込んでるみたいです",
        "じいちゃんの通帳、孫のあいつがパチンコに使うとる",
        "祖母の年金を伯母が取り上げて、祖母は小遣いももらえない",
    ],
)
def test_an_older_persons_money_used_by_a_relative_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "祖母の年金はおじさんが管理してくれていて助かってます",
        "ばあちゃんの年金だけでは施設代が足りません",
        "母の貯金で叔父が施設代を払ってくれています",
        "じいちゃんの年金の受け取り方を教えてください",
    ],
)
def test_an_older_persons_money_handled_for_them_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- fleeing a partner in secret


@pytest.mark.parametrize(
    "text",
    [
        "夫にバレないように送ってます。子ども連れて逃げたい",
        "旦那が仕事行ってる間にこっそり連絡してます。もう家を出たい",
        "彼氏が寝てるすきに書いてる。今すぐ逃げたい",
        "夫に知られずに相談できますか？今すぐ家を出たいです",
        "主人が寝とる間に打っとる。シェルターいうのはすぐ入れるんやろか",
        "夫から逃げたいです。シェルターに入るにはどうしたらいいですか",
        "旦那が出張中のうちに家を出たい。どこに相談したらいい？",
    ],
)
def test_fleeing_a_partner_in_secret_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が寝てるあいだにこっそりケーキを用意しました。サプライズです",
        "災害のときのシェルターってどこにありますか。夫と二人暮らしです",
        "保護猫のシェルターでボランティアしたいです。夫も賛成してます",
        "息子が家を出たいと言っています。一人暮らしの手続きを知りたい",
        "夫と相談して、今の家を出たいと思ってます。市営住宅の申し込みは？",
        "夫が出張中のあいだに実家に帰りたい。新幹線の割引ってある？",
    ],
)
def test_secrets_and_shelters_of_other_kinds_are_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- no answer behind a door


@pytest.mark.parametrize(
    "text",
    [
        "兄が2日部屋から出てこない。呼んでも返事がない",
        "息子がもう4日部屋から出てこん。ドア叩いても物音ひとつせん",
        "娘が昨日から部屋にこもってて、声をかけても反応がない",
        "父が自室から丸一日出てこない。ノックしても応答がない",
        "弟がご飯も食べてないし、ノックしても返事がない",
    ],
)
def test_no_answer_behind_a_door_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子は部屋から出てこないけど、ノックすると「うるさい」と返事はある",
        "ひきこもりの息子は10年部屋から出てこない。ご飯は部屋の前に置くと食べてる",
        "娘が3日部屋にこもってゲームしてる。呼んだら返事はする",
        "呼んでも返事がないと思ったら、イヤホンしてただけでした",
    ],
)
def test_someone_who_answers_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- heat, limp, a strange answer


@pytest.mark.parametrize(
    "text",
    [
        "暑い部屋で父がぐったりしてて、呼んでも反応が鈍い",
        "祖母がエアコンつけんで、ぐったりして返事が変",
        "母が熱中症みたいで、意識がもうろうとしてる",
        "夫がぐったりして受け答えがおかしい",
        "じいちゃんが暑さでぐったりしとる。ろれつが回ってない",
    ],
)
def test_limp_in_the_heat_with_a_strange_answer_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "暑さでぐったりだけど元気です笑",
        "子どもが熱中症にならないか心配です",
        "夏バテでぐったり気味、食欲がない",
        "エアコンつけないと暑いですね。電気代の補助はありますか",
    ],
)
def test_tired_in_the_heat_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- suicide words that are not


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかは全くないです、ただ疲れやすいんです",
        "消えたいなんて思ってないです！仕事の相談です",
        "自殺とか考えてないので安心してください。引っ越しの相談です",
        "死にたい気持ちはないです。眠れないだけ",
        "夫が「死ぬー」って言いながら寝落ちしてた笑",
        "息子が「宿題多い、死ぬ〜」って騒いでます笑",
        "消えたいレベルの恥ずかしいミスをしました笑",
        "死にたいくらい恥ずかしい失敗をしたw",
    ],
)
def test_denials_laughs_and_idioms_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかじゃないけど、消えたい",
        "死にたい気持ちがなくならない",
        "夫が「もう死ぬ」と言って部屋にこもった",
        "死にたい気持ちはないって言ってたけど、最近また消えたいと思う",
    ],
)
def test_suicide_words_not_denied_stay(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- emergency words that are not


@pytest.mark.parametrize(
    "text",
    [
        "犬が2日帰ってこない。どこに届ければいい？",
        "行方不明の猫を探すチラシってどこに貼れますか",
        "医者に「このままじゃ倒れるよ」と言われた",
        "無理すると倒れるって看護師さんに注意された",
        "そのうち倒れるぞって上司に笑われた",
    ],
)
def test_pets_and_warnings_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["父がさっき倒れました", "認知症の母が3日帰ってこない", "息子が昨日から行方不明です"],
)
def test_people_fallen_or_missing_stay_emergencies(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- abuse words that are not now


@pytest.mark.parametrize(
    "text",
    [
        "父の暴力から逃げて15年、今は穏やかに暮らしてます",
        "虐待する母と縁を切って10年になります。今は結婚して二人の子の母です",
        "親の虐待から離れて20年、今は再婚して幸せです",
        "児童虐待の通報って、一般論として匿名でもいいんですか",
        "参考までに、虐待の通報の窓口ってどこですか",
    ],
)
def test_past_or_general_abuse_is_no_crisis(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫の暴力から逃げて1年、今も居場所を探されてて怖い",
        "隣の子が虐待されてるみたい、匿名で通報できますか",
        "父に今も殴られます。相談窓口はどこですか",
    ],
)
def test_ongoing_or_seen_abuse_stays(ex, text):
    crisis = ex(text).crisis
    assert "abuse" in crisis or "dv" in crisis


# ---------------------------------------------------------------- a grown child's partner; 出ていけ


@pytest.mark.parametrize(
    "text",
    [
        "娘が婚約者に殴られてるみたい。顔にあざがあった",
        "姉が彼氏に叩かれてて、腕にあざがある",
        "息子が奥さんから暴力を受けているようで、あざを作ってきた",
    ],
)
def test_a_grown_childs_partner_who_hits_is_dv_not_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「出ていけ」と毎日言われます。子どもが3人います",
        "旦那の口ぐせが「出て行け」。小学生の子どももいます",
    ],
)
def test_put_out_by_a_partner_is_dv_not_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


def test_a_child_put_out_by_a_partner_is_abuse(ex):
    assert "abuse" in ex("夫が息子に「出ていけ」と怒鳴って、夜に外に出した").crisis


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    "text",
    [
        "練炭を用意した。最後に誰かと話したかっただけ",
        "もう終わりにする。最後に誰かの声が聞きたかった",
        "死にたい。最後にお母さんに会いたかったな",
        "ロープ買った。最後に誰かと話したくて送ってます",
    ],
)
def test_a_last_talk_before_suicide_is_no_isolation(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "isolation" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "死にたい。もう1週間誰とも話してない",
        "誰とも話してない。最後に人と話したのは先月です",
        "消えたい。話し相手が一人もいない",
    ],
)
def test_being_alone_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "テレビで8050問題の特集を見て、うちも将来そうなるか不安。娘は会社員です",
        "8050問題って記事を読んだ。息子は今ちゃんと働いてるけど、いずれが心配",
        "ニュースで8050問題って知って、うちもそのうちなるのかなと。長男は正社員です",
    ],
)
def test_8050_read_about_with_a_working_child_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "うちはまさに8050問題です。50代の息子が働かずに家にいます",
        "ニュースで見た8050問題、うちのことです。息子は20年働いてない",
    ],
)
def test_an_8050_household_stays(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "うちのお母さん病気でずっとねてるから、弟のごはんうちが作ってる。学校もう行ってない",
        "ママが入院してて、妹のごはんは私が作ってる。学校いってない日が多い",
        "パパがうつで寝込んでて、ごはんはうちが作ってる。学校2週間行ってない",
        "おかあさんが びょうきで ねてて、ごはんは わたしが つくってる。がっこう いってない",
    ],
)
def test_a_child_who_cooks_and_misses_school_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母が病気で寝てるので、私が夕飯を作っています。子どもは2人です",
        "息子が学校に行ってないので、昼ごはんは私が作ってます",
        "夫が入院中で、ごはんは私が作ってる。夫の会社にも行ってない",
    ],
)
def test_an_adult_who_cooks_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("最近寝付きが悪くて困ってます", "health"),
        ("眠りが浅くて夜中に何度も起きる", "health"),
        ("ねつきがわるくて朝しんどい", "health"),
        ("父が断酒会に通いたいと言ってます", "health"),
        ("夫が酒で会社を休みがちです", "health"),
        ("ガチャ課金がやめられない、月3万消えてる", "health"),
        ("ガチャ課金がやめられない、月3万消えてる", "hardship"),
        ("パートもクビなった。来月の家賃どうしよう", "hardship"),
        ("会社くびになってしもた", "hardship"),
        ("一時保育って予約いりますか", "child"),
        ("病児保育の登録方法を教えてください", "child"),
        ("息子が滑り台から落ちて頭を打った", "health"),
        ("転んで頭をぶつけたけど、病院行くべき？", "health"),
        ("息が止まるかと思うくらい咳き込んだ", "health"),
        ("ヘルパーさんお願いしたい、父が足わるくて", "care"),
        ("高齢の父一人じゃ雪かきできないんです", "care"),
        ("夫に一日300円しかもらえない", "hardship"),
        ("元夫が養育費を払ってくれないうえに脅してくる", "hardship"),
        ("隣のおばあさん、お嫁さんに叩かれてるのを見ました", "care"),
    ],
)
def test_field_wordings(ex, text, field):
    assert field in ex(text).fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("寝つきはいい方です。引っ越しの手続きを教えて", "health"),
        ("お酒で乾杯しました。歓送迎会の会場を探してます", "health"),
        ("ガチャで推しが出た！うれしい", "health"),
        ("頭を打たないようにヘルメットを買いました", "health"),
        ("息が止まるかと思うほど笑ったw 本題ですが、保育園の申し込みは？", "health"),
        ("私一人じゃ無理です、子ども3人の送り迎え", "care"),
        ("小学生です。おじいちゃんに叩かれる", "care"),
    ],
)
def test_field_look_alikes(ex, text, field):
    assert field not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、お嫁さんに叩かれてるのを見ました",
        "近所のおじいさんがお嫁さんに殴られてるみたい",
        "向かいのおばあちゃん、お嫁さんに毎日怒鳴られて叩かれとる",
    ],
)
def test_an_older_person_hit_by_a_daughter_in_law_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "care" in result.fields


def test_the_writers_own_wife_called_oyomesan_stays_dv(ex):
    assert "dv" in ex("うちのお嫁さんに毎日叩かれてます").crisis


# ---------------------------------------------------------------- more look-alikes of the new rules


@pytest.mark.parametrize(
    "text",
    [
        "母が「迷惑かけたくない」と言って薬を持って一人で病院に行った",
        "父が「もう長くない」と言いながら包丁を持って料理してる",
        "友達が「屋上にいるよ、ありがとう」って。屋上ビアガーデンの場所を教えてくれた",
        "彼氏が寝てる間にこっそりプレゼント用意した。逃げたいくらい恥ずかしい",
    ],
)
def test_other_look_alikes_are_no_suicide_or_dv(ex, text):
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "dv" not in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫にバレないようにへそくりしてます。老後のためです",
        "夫に内緒でこっそり貯金してます。いつか家を建てたい",
    ],
)
def test_secrets_kept_from_a_partner_for_savings_are_no_crisis(ex, text):
    assert ex(text).crisis == ()
