"""Round 8a, crisis: suicide said indirectly (a burden to the family, a carer's 心中, "they
would be better off without me", life insurance as a way out, a goodbye and then
silence), emergencies in kana and dialect (not breathing, a person with dementia gone,
a baby limp after shaking, a parent with a knife as a child writes it), a parent who
hits their own child (abuse, not DV), and crisis words that are no crisis (a joke, a
game, a "what if", a collapse that is history, a song, a plain denial, a DV divorce long
settled, an allowance that 切れる). Each family has look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- suicide, said indirectly


@pytest.mark.parametrize(
    "text",
    [
        "もう生きとっても仕方ないわ",
        "ばあさんも逝ってしもうて、生きとってもしゃあない",
        "年寄りは生きてても子どもの迷惑になるだけ",
        "こんな体で長生きしても、家族の負担になるばっかりや",
        "おらはもう息子らのお荷物だ",
        "私なんて家族のお荷物でしかない",
        "わしのような年寄りは、若いもんの足手まといになるだけじゃ",
        "足も悪いし、もう迷惑かけるだけやけん",
        "早うお迎えが来てほしいと毎日思うとります",
    ],
)
def test_being_a_burden_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "傘は荷物になるだけだから置いていく",
        "子どもの荷物が多くて、遠足の準備が大変",
        "みんなの荷物を預かってもらえる場所はありますか",
        "ご迷惑をかけるだけなので、今回の会は欠席します",
        "子どもの重荷になりたくないので、今のうちに施設を探しています",
        "家族のお荷物になりたくないから、介護保険のことを知りたい",
        "保育園のお迎えに早く来てほしいと息子に言われます",
    ],
)
def test_burden_look_alikes(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の介護に疲れ果てて、いっそ一緒に楽になりたい",
        "夫と二人で楽になれたらと考えてしまう",
        "障害のある息子を残していけない、いっそ親子で楽になろうかと",
        "この子を連れて逝こうかと思った",
        "寝たきりの妻を道連れにしてしまいそうで怖いです",
        "父を連れて一緒に死のうかと思う夜がある",
        "主人を見送ったら、私もすぐ後を追うつもりです",
        "無理心中という言葉が頭をよぎる",
    ],
)
def test_carers_murder_suicide_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旅は道連れと言いますし、母と温泉に行きます",
        "二人で楽になる方法として、介護サービスを使いたい",
        "家事が少しでも楽になりたい",
        "階段から落ちて死ぬかと思った",
        "地震のとき、本当に死ぬかと思いました",
    ],
)
def test_shared_relief_look_alikes(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "私がいなくなったら夫も楽になると思う",
        "もう疲れた。あたしがいなくなれば、みんな楽になるよね",
        "うちさえおらんかったら、家族はうまくいくのに",
        "自分がおらんようになったら、家族も楽になるじゃろ",
        "俺が消えれば全部丸く収まる",
        "私さえいなければ、子どもたちは幸せなのに",
        "この世からおらんようになりたい",
    ],
)
def test_better_off_without_me_is_suicide_not_a_missing_person(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "あいつがいなくなれば楽になるのに",
        "母がいなくなったら私はどうしたらいいのか",
        "私がいなくなったら、この子の世話は誰がするのか心配です",
    ],
)
def test_better_off_look_alikes(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "自分の生命保険で借金を返せるなら、と考えてしまう",
        "生命保険で家のローンを払えるなら、それでもいいかと思う",
        "死亡保険金で借金を清算できたら楽なのに",
        "生命保険が下りれば、妻と子は困らない",
        "保険金でみんなを楽にしてやれる",
        "夫が「俺が死んだら保険金が入るから」と言い出した",
    ],
)
def test_life_insurance_as_a_way_out_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が亡くなって、生命保険の保険金で住宅ローンを返しました",
        "生命保険の見直しをしたいです",
        "生命保険を解約して借金を返せるか相談したい",
        "保険金の請求の仕方を教えてください",
        "車の保険金が下りれば修理代が払える",
    ],
)
def test_life_insurance_look_alikes(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "父から「さようなら」とメールが来て、電話に出ない",
        "彼女から「今までありがとう」ってLINEが来たきり、既読がつかない",
        "娘から「今まで本当にありがとう」と送られてきて、電話しても出ません",
        "弟から『今まで世話になった』とだけ来て、携帯がつながらない",
        "友達が「ばいばい」って送ってきて、それから返信が来ん",
    ],
)
def test_goodbye_then_unreachable_is_suicide_and_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "退職する先輩に「今までありがとう」ってLINEを送ったけど返事が来ない",
        "転校する友達に、さようならって言えなかった。電話にも出てくれない",
        "お世話になった先生に今までありがとうって伝えたい",
        "担当のケースワーカーさん、今までありがとうございました。",
    ],
)
def test_goodbye_look_alikes(ex, text):
    assert "emergency" not in ex(text).crisis


# ------------------------------ emergencies: kana and dialect, a shaken baby, a parent with a knife


@pytest.mark.parametrize(
    "text",
    [
        "母がいきしてない",
        "祖父が息しとらんように見える",
        "赤ちゃんが息してへん",
        "主人が息をしているか分からないんです",
        "じいちゃん呼吸しとるかわからん",
        "おかあさん　うごかない　いきしてるか　わからない",
    ],
)
def test_not_breathing_in_kana_and_dialect(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が大きくなって、息してるだけで可愛い",
        "ため息しか出ない",
        "走るとすぐ息が切れる",
        "息子が電話に出ない",
        "赤ちゃんが息してるかわからないくらい静かに寝てる",
    ],
)
def test_breath_look_alikes(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が昼から帰ってこない",
        "認知症のばあちゃんが朝からおらん、どこ行ったかわからん",
        "徘徊のある母が夕方から見当たりません",
        "どこさいったかわがんねえ、ばっちゃがいねえ",
        "物忘れのひどい祖父が、昨夜から家にいないんです",
        "ばあちゃんが朝から見えん、認知症なんよ",
    ],
)
def test_person_with_dementia_gone_missing(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "鍵どこ行ったかわからん",
        "財布をどこに置いたかわからない",
        "認知症の母は朝からデイに行っていて家にいない",
        "認知症の父がショートステイに行っていて、昨日から家にいません",
    ],
)
def test_missing_look_alikes(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが泣き止まなくて激しく揺さぶったら、ぐったりして泣かなくなった",
        "2か月の子をイライラして揺すってしまった、なんか様子がおかしい、ぐったりしてる",
        "泣きやまないからガクガク揺さぶってしもうた。ぐったりしとる",
        "あかちゃんをつよくゆさぶってしまって、いしきがないみたい",
    ],
)
def test_baby_limp_after_shaking_is_abuse_and_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" in result.crisis


def test_shaking_a_baby_hard_is_abuse(ex):
    assert "abuse" in ex("赤ちゃんを強く揺さぶってしまいました").crisis


@pytest.mark.parametrize(
    "text",
    [
        "揺さぶられっ子症候群が心配です。抱っこで揺らすのは大丈夫ですか",
        "ベビーカーで揺らすとよく寝ます",
        "地震で強く揺さぶられた",
    ],
)
def test_shaking_look_alikes(ex, text):
    assert ex(text).crisis == ()


def test_shaking_someone_awake_is_an_emergency_not_abuse(ex):
    result = ex("父を揺さぶっても起きない、ぐったりしてる")
    assert "emergency" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "小6です。お母さんが包丁持ってさけんでる。妹とクローゼットに隠れてる",
        "中3です。父が酒飲んで刃物を振り回してる、弟と外に逃げた",
        "小5です。お父さんがナイフを持ってどなってる。こわい",
        "高校生です。親父が包丁を向けてきた、今トイレに隠れてます",
    ],
)
def test_child_hiding_from_a_parent_with_a_knife_is_abuse_and_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が包丁を持って暴れている",  # an adult writes: danger, not child abuse
        "中2です。お母さんが倒れて救急車を呼んだ。お父さんが大声で泣いてる",
        "中学生です。お母さんが包丁で野菜を切るのを手伝ってます",
    ],
)
def test_knife_look_alikes_are_not_child_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent who hits their child


@pytest.mark.parametrize(
    "text",
    [
        "夫は単身赴任中で、息子に手をあげてしまう自分が怖い",
        "旦那が夜勤で、イライラして娘を叩いちゃう",
        "主人は帰りが遅く、私がついカッとなって娘の頭を叩いてしまいます",
        "旦那は何もしてくれない。イヤイヤ期の息子に手をあげてしまう",
        "夫が仕事で留守の日、泣きやまない下の子を思わず叩いてしまった",
        "夫がしつけと言って息子を殴る",
    ],
)
def test_parent_hitting_their_child_is_abuse_not_dv(ex, text):
    assert ex(text).crisis == ("abuse",)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("夫に殴られるし、子どもにも手をあげる", ("abuse", "dv")),
        ("夫が殴ってくる、子どもは2歳です", ("dv",)),
        ("夫を思わず叩いてしまった。子どもは2歳です", ("dv",)),
        # Seen by the children, it is also 面前DV (psychological abuse of the child).
        ("夫を思わず叩いてしまった。子どもの前で", ("abuse", "dv")),
        ("夫が酒を飲むと暴れて、子どもにも手を上げる", ("abuse", "dv")),
    ],
)
def test_partner_violence_stays_dv(ex, text, crisis):
    assert ex(text).crisis == crisis


# ---------------------------------------------------------------- crisis words that are no crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が「こんなしょっぱいもん食わせて殺す気か」と笑ってた",
        "「こんな量食べさせて殺す気？」って母が笑ってました。元気です",
        "上司に殺されそうなくらい怒られた",
        "スプラで敵に殺されまくった",
        "ランク戦で味方にころされてイライラする",
        "暑さに殺されそう",
        "締め切りに殺される、助けて笑",
    ],
)
def test_jokes_and_games_with_kill_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "殺されそう、助けて",
        "夫に「殺すぞ」と包丁を向けられた",
    ],
)
def test_kill_in_earnest_still_fires(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "わしが倒れても、誰も気づかんじゃろう",
        "ひとり暮らしで、倒れたとしても誰も来ない",
        "父が脳梗塞で倒れてリハビリ中です",
        "母が倒れて要介護3になりました",
        "義母が倒れて同居することになりました、介護の相談です",
        "夫が倒れてから寝たきりで、毎日の介護がしんどい",
        "倒れるまで働くのが当たり前の職場",
    ],
)
def test_what_if_and_past_collapse_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れて、介護用ベッドの横で動かない",
        "母が倒れた！意識がない",
    ],
)
def test_collapse_now_still_fires(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「死にたい」って歌詞の曲、子どもが歌ってて心配ないですか",
        "「消えたい」という曲が好きです。カラオケ大会に出たい",
        "歌詞に「殺してやる」ってあるバンドの曲、文化祭でやってもいい？",
        "消えてしまいたいって歌詞、共感しかない笑 ライブのチケットどこで買える？",
        "『死にたい夜にかぎって』って本を図書館で借りたい",
    ],
)
def test_lyrics_and_titles_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


def test_a_song_beside_ones_own_words_still_fires(ex):
    assert "suicide" in ex("死にたいって歌ばかり聴いて、私も死にたい").crisis


@pytest.mark.parametrize(
    "text",
    [
        "別に死にたいとかじゃないけど、仕事がつらい",
        "死にたいわけじゃないです。奨学金の返し方を知りたいだけ",
        "死のうとは思ってないけど、毎日しんどい",
        "虐待とかではないけど、子どもを怒りすぎてしまう",
        "虐待じゃないんですが、夜泣きがひどくて寝られません",
        "DVとかではないけど夫の言い方がきつい",
    ],
)
def test_plain_denials_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("死にたいじゃなくて、本当に死のうと思ってる", "suicide"),
        ("虐待ではないかと心配です", "abuse"),
        ("虐待じゃないと思うけど、隣の子が毎晩叩かれて泣いている", "abuse"),
        ("死にたいとかじゃないけど、生きてる意味がわからない", "suicide"),
    ],
)
def test_a_denial_does_not_hide_what_follows(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "10年前に夫の暴力が原因で離婚しました。今は子どもと穏やかに暮らしています",
        "元夫のDVから逃げて5年、今は落ち着いて暮らしてます",
        "昔、夫の暴力に耐えられず家を出ました。今は再婚して幸せです",
        "過去にDVを受けて離婚、今は平穏に暮らしています",
    ],
)
def test_dv_divorce_long_settled_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


def test_dv_after_divorce_still_fires(ex):
    text = "夫の暴力が原因で離婚したが、今も元夫が家の前で待ち伏せしている"
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫がうつ病で休職中。傷病手当ももうすぐ切れるし、カードの支払いが心配です",
        "旦那の携帯の契約が切れる",
        "夫と縁が切れてから、ひとりで子どもを育てています",
    ],
)
def test_something_running_out_is_not_a_partners_temper(ex, text):
    assert "dv" not in ex(text).crisis


def test_a_partner_who_snaps_is_still_dv(ex):
    assert ex("夫がすぐキレて物を投げてくる").crisis == ("dv",)
    assert ex("旦那がブチギレて壁を殴る").crisis == ("dv",)
