"""Round 22 (30n8): crisis wordings — a neighbour wife's scream and something hitting the
wall, an apology note left by someone now gone, a chest pain with no breath, a fall with a
bleeding head or no getting up, a child left in the car while a parent gambles or shops.
And what is not that: a 「殺すぞ」 laughed off over a game, a 「死にたいわ〜」 when one's team
loses, a death threat received as a message (DV, not an emergency), a young child who says
「ママいない」 while telling of an emergency (no neglect), hikikomori that is over, a parent
who needs no care at all; and money worries in kana and after quitting a job."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- heard through the wall


@pytest.mark.parametrize(
    "text",
    [
        "上の階の奥さんの悲鳴と、壁に何かがぶつかる音が聞こえてきます",
        "隣の部屋から女の人の叫び声と、ドンって何かぶつかる音が毎晩するんです",
        "となりの奥さんが「やめて」って泣き叫んでて、物が割れる音もした",
        "向かいのご夫婦の部屋から悲鳴が聞こえて怖い",
        "ガシャンって物が壊れる音のあと、奥さんの悲鳴が聞こえた",
        "下の部屋の夫婦、殴る音みたいなのが毎晩聞こえる",
        "アパートの隣、夜中に奥さまの悲鳴と壁を叩く音がします。通報すべきでしょうか",
    ],
)
def test_a_neighbour_wifes_scream_and_a_blow_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の奥さんの悲鳴が聞こえたと思ったらホラー映画の音でした",
        "隣の夫婦はいつも仲良しで、よく二人で散歩してます",
        "引っ越しで壁に家具がぶつかる音がうるさかった",
        "奥さんの笑い声が毎晩聞こえてにぎやかです",
    ],
)
def test_a_noise_or_a_film_next_door_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- an apology note, then gone


@pytest.mark.parametrize(
    "text",
    [
        "夫が「ごめん」とだけ書いたメモを残して、いなくなりました",
        "娘の部屋に「ごめんなさい」って書いた紙があって、本人が帰ってきません",
        "兄が「すまん」と一言だけの置き手紙を置いて家を出たきり、携帯もつながらない",
        "息子が『ゆるして』って書き置きして出ていった",
        "父が「もう疲れた」とメモを置いて出て行き、電話に出ません",
        "おかんが「ごめんね」って手紙おいて消えた。どうしよう",
    ],
)
def test_an_apology_note_left_by_someone_gone_is_suicide(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "「ごめんね、先に寝ます」ってメモがテーブルにあった",
        "娘が「ごめんなさい」って手紙をくれて、仲直りしました",
        "母の日に「いつもありがとう」って手紙をもらった",
        "夫がけんかの後「ごめん」ってLINEしてきた",
    ],
)
def test_an_apology_with_no_one_gone_is_no_crisis(ex, text):
    assert not {"suicide", "emergency"} & set(ex(text).crisis)


# ---------------------------------------------------------------- no breath, a chest pain


@pytest.mark.parametrize(
    "text",
    [
        "息ができない、たすけて",
        "胸が苦しくて、息がうまくできない。一人で動けません",
        "母が胸が痛いって言って動けなくなってる",
        "さっきから息が苦しくて動けない",
        "父が急に呼吸ができなくなって、顔が真っ青",
        "むねがいたくて いきが できない",
        "胸が締め付けられて冷や汗が止まらん",
    ],
)
def test_no_breath_or_a_chest_pain_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "笑いすぎて息ができない笑",
        "推しが尊すぎて息ができない",
        "マスクしてると息ができない感じがして苦手",
        "プールで潜ってたら息ができなくなって慌てた",
        "息ができないくらい忙しい一週間でした",
    ],
)
def test_a_laugh_or_a_mask_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------------- a fall with blood or no getting up


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが階段から落ちて頭から血が出てる",
        "父が転んで起き上がれない、どうしよう",
        "母がトイレで転倒して立ち上がれないみたいです",
        "おじいちゃんがこけて、おでこから血がだらだら出てる",
        "じいちゃんが庭でこけて立てんのよ",
        "祖母が滑って頭を打って、頭から血が止まらない",
        "夫が脚立から落ちて動けない",
    ],
)
def test_a_fall_with_a_bleeding_head_or_no_getting_up_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年母が転んで起き上がれなかったことがあって、見守りサービスを考えています",
        "一人のときに転んで起き上がれなくなったら困るので、緊急通報の機械がほしい",
        "子どもが公園で転んで膝をすりむいた",
        "父は転んでも自分で起き上がれるので大丈夫です",
        "子どもが転んでおでこから血が出たので病院に行きました、もう大丈夫です",
        "祖母は転んでから一人で立てなくなり、介護が必要になりました",
        "母は足が悪くて、転んだら一人で起き上がれないんです",
        "スノボで転んで動けなくなるくらい疲れた",
    ],
)
def test_a_past_or_feared_fall_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a child left in the car


@pytest.mark.parametrize(
    "text",
    [
        "妹が子どもを車に置いたままパチンコに行ってる",
        "娘が孫ば車ん中に置いたまま買い物に行きよるとです",
        "夫が赤ちゃんを車の中に残したまま飲みに行った",
        "隣の人、2歳の子を車に寝かせたままスロット行ってる。夏なのに",
        "駐車場で子どもだけ車に残して何時間も戻ってこない親がいる",
        "元妻が息子を車に放置してホストに行っているらしい",
    ],
)
def test_a_child_left_in_the_car_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもを車に乗せて買い物に行きました",
        "子どもの荷物を車に置いたまま忘れてた",
        "孫を車で塾まで送っていった",
        "車に傘を置いたままパチンコに行った",
        "子どもを車に置いたまま買い物するのは何分までならいいですか？",
        "寝てる赤ちゃんを車に残してゴミ出しに行くのってダメかな",
    ],
)
def test_a_child_driven_somewhere_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a threat in a game, laughed off


@pytest.mark.parametrize(
    "text",
    [
        "彼氏に「殺すぞ」って言われた笑 スマブラで勝っただけなのに",
        "夫がマリカで負けて「ころすぞ」って言ってきた🤣",
        "ババ抜きで最後に勝ったら旦那に「殺すからな」って言われたｗ",
        "対戦ゲームで彼女に「ぶっ殺す」って言われて爆笑した😂",
    ],
)
def test_a_threat_over_a_game_said_laughing_is_no_dv(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に「殺すぞ」って言われて、包丁を向けられた",
        "ゲームのことで怒った彼氏に「殺すぞ」と言われて殴られました",
        "彼に「殺す」って何度も言われて怖い",
    ],
)
def test_a_threat_without_a_laugh_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a threat received as a message


@pytest.mark.parametrize(
    "text",
    [
        "元夫から「殺す」ってきた。怖い",
        "別れた彼女から「殺してやる」とDMが来ました",
        "元カレから『殺すからな』って届いた",
    ],
)
def test_a_threat_received_as_a_message_is_dv_not_an_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" not in result.crisis


# ---------------------------------------------------------------- a team lost, 「死にたいわ〜」


@pytest.mark.parametrize(
    "text",
    [
        "巨人また負けた、死にたいわ〜 まあ来年は優勝やろ",
        "推しチーム逆転負けとか死にたい笑",
        "ガチャ爆死した死にたいｗ",
        "カープ連敗しとる、しにたい。まあ明日は勝つじゃろ",
        "ライブの抽選外れた…死にたい…まあ次は当たるか",
    ],
)
def test_a_lost_game_laughed_off_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "試合に負けてから毎日死にたいと思ってます",
        "裁判に負けた。もう死にたい",
        "受験に落ちて死にたい。誰にも会いたくない",
    ],
)
def test_a_loss_that_is_not_laughed_off_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# -------------------------------------------------------- a child in kana, mum out, an emergency


@pytest.mark.parametrize(
    "text",
    [
        "ぱぱが　たおれて　うごかない　ままいない",
        "にいちゃんが いきしてない ママいない",
        "ぱぱが　よんでも　おきない　ままいない",
    ],
)
def test_mum_out_while_a_child_tells_of_an_emergency_is_no_neglect(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "abuse" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ママ かえってこない おなか すいた",
        "ままいない ごはんない きのうから",
    ],
)
def test_mum_gone_without_meals_stays_neglect(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- hikikomori that is over


@pytest.mark.parametrize(
    "text",
    [
        "去年まで引きこもってたけど、今は週4でコンビニのバイトしてます",
        "前はひきこもってましたが、今は作業所に通ってます",
        "二年くらい閉じこもってたけど、今年から通信の高校に通ってる",
        "兄はずっと引きこもってたけど、今では毎日仕事に行ってます",
    ],
)
def test_hikikomori_that_is_over_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が三年引きこもっていて、今は部屋から出てきません",
        "娘は半年前から部屋にひきこもってます",
    ],
)
def test_hikikomori_still_now_stays(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- no care needed


@pytest.mark.parametrize(
    "text",
    [
        "父は介護なんかまだまだいらんくらいピンピンしてます",
        "うちのばあちゃん、介護なんて全く必要ないほど元気で畑やってる",
        "母は介護とは無縁なくらい元気です。敬老会の日程を知りたい",
    ],
)
def test_a_parent_who_needs_no_care_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は介護が必要になって、元気がなくなりました",
        "父の介護がいらないって言われたけど、実際は一人で歩けない",
    ],
)
def test_care_that_is_needed_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- money in kana, after quitting


@pytest.mark.parametrize(
    "text",
    [
        "ｷｭｳﾘｮｳﾀﾞｹｼﾞｬ ﾀﾘﾅｲ ｺﾄﾞﾓ3ﾆﾝ",
        "きゅうりょうだけじゃ たりません",
        "ﾈﾝｷﾝﾀﾞｹﾃﾞﾊ ﾀﾘﾏｾﾝ",
        "パートやめたら生活していけるか心配です",
        "介護で仕事を辞めたら暮らしていけるのか不安",
        "退職したら食べていけるか分からない",
    ],
)
def test_money_short_in_kana_or_after_quitting_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "きゅうりょうびが たのしみ",
        "夜更かしをやめたら生活リズムが戻るか心配",
        "部活をやめたら生活にメリハリがなくなった",
    ],
)
def test_a_payday_or_savings_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_the_pachinko_a_parent_leaves_a_child_for_is_abuse_not_health(ex):
    result = ex("嫁が子どもば車に置いたままパチンコに行っとる")
    assert "abuse" in result.crisis
    assert "health" not in result.fields
