"""Crisis signals written around the usual words, and crisis words that are no crisis.

Each family is tested with several phrasings (kanji, kana, dialect, about oneself and
about someone else), and with the look-alikes that must not raise an alarm.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- suicide


@pytest.mark.parametrize(
    "text",
    [
        "このまま朝が来なければいいのに",
        "寝たらもう目が覚めなければいいなって毎晩思う",
        "眠ったまま死ねたらいいのに",
        "明日の朝、起きなかったらいいのにな",
        "二度と目覚めたくない",
        "ねたまま おきなければいいのに",
        "このまま目が覚めんかったらええのに",
    ],
)
def test_wishing_not_to_wake_up(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ベランダから下を見てると飛び降りたくなる",
        "駅のホームで電車に吸い込まれそうになる",
        "屋上から飛んだら楽になれるかな",
        "高いところから落ちたら楽かなと考えてしまう",
        "橋の上から川に飛び込もうかと思った",
        "電車に飛び込んだら終われるのかな",
    ],
)
def test_heights_and_trains(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize("text", ["もう楽になりたい", "らくになりたい", "早く楽になれたらいいのに"])
def test_wanting_it_to_be_over(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘の手首に何本も傷がある",
        "息子の腕に切り傷がたくさんあって、自分でやったみたい",
        "カッターで太ももを切ってしまう",
        "切ると落ち着くからやめられない",
        "血を見ると安心する",
        "腕に根性焼きの跡がある",
        "自分でタバコを腕に押し付けてしまう",
        "剃刀で腕を切った",
    ],
)
def test_cutting_and_burning_oneself(ex, text):
    assert "suicide" in ex(text).crisis


def test_burning_oneself_is_not_violence_by_someone(ex):
    assert ex("自分でタバコを腕に押し付けてしまう").crisis == ("suicide",)


@pytest.mark.parametrize(
    "text",
    [
        "睡眠薬を2週間分まとめて飲んだ",
        "処方薬を何日分も一気に飲んでしまった",
        "もらってた眠剤を1か月分飲んだ",
        "薬を一気に飲んだ、ふらふらする",
        "安定剤を10日分いっぺんに飲みました",
        "睡眠薬を何日分もいっきに飲んだ",
    ],
)
def test_overdose_told_as_days_or_weeks(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬を一週間分もらいました",
        "一週間分の薬を処方されました",
        "飲み忘れた2日分をまとめて飲んでもいいですか",
        "1週間分の抗生物質を飲んだけど治らない",
        "1か月分の薬を飲み終わりました",
        "母の薬を一週間分ずつ仕分けています",
    ],
)
def test_ordinary_talk_about_medicine(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "彼女から「ごめんね、バイバイ」ってLINEが来た",
        "友達が「探さないでください」と書き置きして出ていった",
        "友人から「これが最後のメッセージ」と届いた",
        "兄が大事にしていたものを急に人にあげ始めて心配",
        "先に逝くね、ってLINEが来た",
        "妹から「今までお世話になりました」と送られてきて電話に出ない",
    ],
)
def test_farewell_messages_and_giving_things_away(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "担当のヘルパーさんが異動されるので、今までありがとうございましたと伝えたい",
        "友達がLINEで「今までありがとう」って送ってきた、転校するらしい",
        "子どもが保育園で先生にバイバイと手を振った",
        "保育園の帰りに友達にバイバイしてきた",
        "遺言書の書き方を知りたい",
        "終活で大切にしていた着物を姉に譲った",
        "祖母が先に逝ってしまい、祖父が一人になった",
    ],
)
def test_thanks_and_goodbyes_that_are_no_farewell(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "生きてる意味がわからない",
        "いきてるかちない",
        "わたしなんて存在価値がない",
        "存在してる意味がない",
        "生きててごめんなさい",
        "いきててごめん",
        "彼が「もう生きてる意味ない」と言っている",
    ],
)
def test_no_reason_to_live(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "別れたら死んでやると彼氏に言われた",
        "母が「もう死ぬしかない」と言っている",
        "離婚するなら飛び降りるって妻が言う",
        "息子が首を吊ると言って部屋にこもった",
    ],
)
def test_someone_else_threatening_to_die(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死ぬ前に一度はオーロラを見たい",
        "死ぬ前にやりたいことリストを作っています",
        "母が死ぬ前にもう一度故郷に行きたいと言っている",
        "生きる意味のある仕事がしたい",
        "老犬がもう苦しそうで、楽にしてあげたい",
        "美容院で髪を切るとすっきりする",
        "料理中に包丁で指を切ってしまった",
        "手首を骨折してリハビリ中",
        "朝起きられなくて学校に遅刻してしまう",
        "介護が少しでも楽になればと思い相談します",
        "子どもがプールに飛び込むのが怖いと言っています",
    ],
)
def test_bucket_lists_and_everyday_words(ex, text):
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- campaigns and the past


@pytest.mark.parametrize(
    "text",
    [
        "自殺予防週間のポスターを貼りたい",
        "自殺者数の統計はどこで見られますか",
        "自殺防止の活動をしているNPOでボランティアをしたい",
        "児童虐待防止のオレンジリボン運動について知りたい",
        "DV防止のパープルリボンのイベントを企画しています",
        "虐待防止の取り組みについて議員として質問したい",
        "虐待の通報件数を調べている",
        "身体拘束廃止の研修を施設でやります",
        "いじめ防止の授業で使う資料を探しています",
    ],
)
def test_prevention_and_awareness_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


def test_a_prevention_line_is_still_a_plea(ex):
    assert "abuse" in ex("隣の子が毎晩叩かれている。虐待防止センターに電話したい").crisis
    assert "suicide" in ex("自殺防止の電話にかけたけどつながらない。もう死にたい").crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもの頃、父に殴られていましたが、今は家族と仲良くやっています",
        "中学生のとき母に叩かれてたけど、今はもう大丈夫です",
        "前の夫からDVを受けていました。今は離婚して落ち着いて暮らしています",
        "10年前に自殺未遂をしたことがありますが、今は元気に働いています",
        "若い頃はリストカットしてたけど、今はしてない",
        "大学生の頃、元彼に殴られたことがあるが今は結婚して幸せ",
    ],
)
def test_the_past_with_a_calm_present(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "前は怒鳴られるだけだったけど、今は殴られるようになった",
        "昔から死にたいと思ってたけど、最近それが強くなった",
        "中学生の娘がリストカットをしていたことが分かった",
        "元夫に殴られていた。今は別れたが、元夫が家の前で待ち伏せしている",
    ],
)
def test_the_past_that_goes_on_now(ex, text):
    assert ex(text).crisis


# ---------------------------------------------------------------- abuse


@pytest.mark.parametrize(
    "text",
    [
        "孫が「お父さんにぶたれる」と泣いていた",
        "ぼく パパに ぶたれた",
        "うちの子が保育園で「ママがぶつ」と話したそうです",
        "おとうさんにげんこつされた",
        "パパにひっぱたかれた",
        "小2の息子が「ママにぶたれる」と言うので心配",
    ],
)
def test_a_child_telling_of_being_hit(ex, text):
    assert ex(text).crisis == ("abuse",)


@pytest.mark.parametrize(
    "text",
    [
        "娘がいい子ぶってるのが気になる",
        "子どもが転んで頭をぶつけた",
        "祖父がぶつぶつ独り言を言う",
        "息子が野球でボールを投げる練習をしている",
    ],
)
def test_child_speech_look_alikes(ex, text):
    assert ex(text).crisis == ()


def test_a_partner_hitting_in_child_words_is_dv(ex):
    assert ex("夫にぶたれた").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "母が入っている施設で、車いすにベルトで縛られていた",
        "祖父が特養でベッドに縛り付けられている",
        "ショートステイで父が車椅子に縛られていた",
        "老人ホームで父がミトンをつけられて手が使えないようにされていた",
        "施設で母が部屋に閉じ込められているみたい",
        "認知症の母を兄が部屋に閉じ込めている",
    ],
)
def test_restraint_of_an_older_person_is_abuse_and_care(ex, text):
    result = ex(text)
    assert result.crisis == ("abuse",)
    assert "care" in result.fields
    assert "child" not in result.fields


def test_locking_a_child_in_is_abuse(ex):
    result = ex("子どもを押し入れに閉じ込めているらしい")
    assert result.crisis == ("abuse",)
    assert "child" in result.fields


def test_restraint_by_a_partner_is_dv(ex):
    assert ex("夫に手足を縛られたことがある、怖い").crisis == ("dv",)
    assert ex("彼氏に部屋に閉じ込められて外に出してもらえない").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "エレベーターに閉じ込められたことがあって乗るのが怖い",
        "髪を縛るゴムを買いたい",
        "ゴミ袋の口を縛って出してください",
        "車いすのシートベルトの付け方を教えてください",
        "ベッドの柵をつけるか迷っています",
    ],
)
def test_tying_and_locking_look_alikes(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋から夜中に子どもの悲鳴が聞こえる",
        "上の階から毎晩「ごめんなさい、ごめんなさい」と子どもの声がする",
        "近所の家から「やめて」「いたい」と泣く子どもの声が聞こえる",
        "隣から毎日バシッという音と子どもの泣き声がする",
        "夜中に隣の子が「ゆるして」と叫んでいる",
        "となりのへやから子どものひめいがきこえる",
    ],
)
def test_a_childs_cries_heard_from_next_door(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて眠れない",
        "隣の赤ちゃんの泣き声が毎晩聞こえて眠れない",
        "娘が「ごめんなさい」と泣いて謝ってきたが、叱りすぎたかな",
        "隣の子と遊んでいたいと娘が泣く",
        "隣の家の人に騒音をやめてと言ったのに聞かない",
        "上の階の子どもが走り回る音がうるさい",
    ],
)
def test_ordinary_crying_and_noise(ex, text):
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- dv


@pytest.mark.parametrize(
    "text",
    [
        "元夫が家の前で待ち構えている",
        "別れた彼氏にずっと後をつけられている",
        "元カレが毎晩家の周りをうろついている",
        "元旦那に引っ越し先を突き止められた",
        "別れた夫が毎晩アパートの前に車を停めている",
        "元彼から一日に何十回も電話がくる",
        "元交際相手が車で家の前に何時間も停まっている",
        "夫に見張られていて外出できない",
    ],
)
def test_being_watched_and_followed_by_a_partner(ex, text):
    assert ex(text).crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "夫が気に入らないと皿を投げつけてくる",
        "主人が怒るとリモコンや灰皿を投げてくる",
        "旦那が包丁をちらつかせて脅してくる",
        "彼氏が怒って壁に穴をあけた",
        "夫が機嫌が悪いと食器を床に叩きつける",
        "夫が怒ってテーブルをひっくり返す",
    ],
)
def test_a_partner_throwing_things_or_brandishing_a_blade(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が車で家の前に停めてる、駐車場の相談です",
        "夫がうっかり皿を割ってしまった",
        "夫がオムレツをひっくり返すのが上手",
        "夫が包丁の研ぎ方を見せてくれた",
        "夫が後で電気をつけると言った",
        "夫が病気の原因を突き止めたいと言っている",
        "夫と子どもと公園に行ったら、子どもがボールを投げてきた",
        "子どもの見守りにGPSを持たせたい",
    ],
)
def test_partner_look_alikes(ex, text):
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- emergency


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が朝出かけたまま、夜になっても帰らない",
        "祖母が散歩に出て何時間たっても戻らない",
        "母が買い物に行ったきり戻らない、暗くなってきた",
        "夫が昨日の夜から家に帰っていない、連絡もない",
        "徘徊して行方がわからない",
        "認知症の祖父が家を出て、どこに行ったのかわからない",
        "おかんが朝散歩に出たまま帰ってこーへん",
        "ばあちゃんが夕方から戻らん、外はもう真っ暗",
    ],
)
def test_someone_not_back(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父に昨日から何度電話しても出ない",
        "隣のおばあさんがインターホンを押しても出てこない",
        "母が床に倒れたまま、揺すっても起きない",
        "夫がぐったりして呼びかけに答えない",
        "祖父が声をかけても目を開けない",
        "息子が白目をむいて泡を吹いている",
        "父の体が冷たくなっている",
        "台所から火が出て燃えている",
    ],
)
def test_no_answer_no_response(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "散歩に行っても体力が戻らない",
        "体重が元に戻らない",
        "出張で夫が来週まで帰らない",
        "息子が大学進学で家を出てから帰ってこない",
        "息子が家に帰ってこないで友達の家に入り浸っている",
        "子どもが遊びに行ったまま帰ってこないことがよくあるが、いつも友達の家にいる",
        "父の行方が30年わからない、相続の手続きはどうすれば",
        "息子が朝、何度呼んでも起きない",
        "子どもが白目をむいて寝ているのですが大丈夫ですか",
        "1歳の息子が名前を呼んでも反応しないことがあり発達が心配です",
        "インターホンが鳴っても出ないようにしている、勧誘が多くて",
        "夫が電話に出ないことが多くて腹が立つ",
    ],
)
def test_not_back_and_not_answering_look_alikes(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "母がガスを消し忘れることが増えた",
        "父がコンロの火をつけっぱなしにして鍋を焦がした",
        "祖母がストーブをつけたまま寝てしまう",
        "夫がタバコに火をつけたまま寝てしまう",
        "仏壇の線香に火をつけっぱなしにするので心配",
        "ガスをつけっぱなしにして火事になりそうで怖い",
    ],
)
def test_safety_worries_are_no_emergency(ex, text):
    assert ex(text).crisis == ()


def test_an_older_person_leaving_the_gas_on_is_care(ex):
    result = ex("祖母がガスの火をつけっぱなしにすることが増えた")
    assert result.crisis == ()
    assert "care" in result.fields


def test_a_threat_to_set_fire_is_still_an_emergency(ex):
    assert "emergency" in ex("母が家に火をつけると言っている").crisis
