"""Fields and patterns in the words residents use for them, and their look-alikes.

Each family has its own wordings: isolation without 孤独 (only the TV or a pet to talk
to, no voice used for days, no one to complain to), a pupil who keeps the house, money
for fees, a shop or a lease that ends, joy and energy gone, aches and small injuries,
dementia told by its signs; and the look-alikes: talks and campaigns, a carer's lost
sleep, a theft accusation at work, an old couple whose only trouble is money.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしで、話し相手は猫だけです",
        "話し相手は飼ってるインコくらいです",
        "犬が唯一の話し相手",
        "毎日ラジオとしか会話していない",
        "定年後は妻以外とほとんど口をきいていない",
        "もう3日くらい声を出していない",
        "一言もしゃべらない日が続いてる",
        "ここ数年、まともに人と話したのはコンビニのレジくらい",
        "困ったときに助けを求められる人がいない",
        "ぐちを聞いてくれる人がいなくてしんどい",
        "本音を話せる相手が一人もいません",
        "うちには誰も訪ねてこない",
        "夫が亡くなってから誰も家に来なくなった",
        "近所付き合いもなく、身寄りもありません",
        "誰からも連絡が来ない",
        "ひとりで悩みを抱え込んでしまって",
        "学校で友達に無視されて、休み時間も一人",
    ],
)
def test_isolation_without_the_word(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫以外の人と話すのが苦手",
        "日本語しか話せません",
        "声が出ない、喉が痛い",
    ],
)
def test_no_isolation_in_look_alikes(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "8050問題についての講演を聞いてきた",
        "孤独死を防ぐための講演会のお知らせを見ました",
        "孤独・孤立対策推進法について調べています",
        "孤立対策のセミナーに参加しました",
        "ひきこもりに関するドキュメンタリー番組を見ました",
        "ヤングケアラーに関する研修の案内がほしい",
        "ダブルケアをテーマにしたフォーラムがあるそうです",
        "認知症の講演会に行きました",
        "ボランティアで独居高齢者の見守り活動をしています",
        "老人ホームの見守りボランティアに応募したい",
        "去年はお金に困ってたけど、今は落ち着いてる",
        "先月まで腰痛で通院してたけど、今はもう治りました",
    ],
)
def test_talks_reports_volunteering_and_past_troubles_are_no_ones_concern(ex, text):
    result = ex(text)
    assert (result.fields, result.patterns) == ((), ())


def test_a_support_centre_for_withdrawal_is_still_asked_about(ex):
    assert ex("ひきこもり支援センターの場所を教えてください").patterns == ("hikikomori",)


@pytest.mark.parametrize(
    "text",
    [
        "高校生です。毎日スーパーで買い物して夕飯作ってます",
        "小5です。ママが病気で、妹のお風呂と寝かしつけは僕の役目",
        "小6です。夕ご飯と洗い物はうちの担当、お母さんは夜勤",
        "中学生。おばあちゃんの薬を毎朝飲ませてから学校に行く",
        "中1です。お父さんが日本語わからないから、病院や役所でいつも通訳してる",
        "高2。車いすの祖父を病院に連れて行くので部活を休んでいる",
        "中3。母がうつで寝込んでいて、弟の宿題をみたりご飯を用意したりしてる",
        "小学5年生です。妹の保育園のおむかえに毎日いってます",
        "中1。おばあちゃんが認知症で、夜は私が見てないといけない",
        "高3。父が病気で、バイト代を家に入れてるから部活はやめた",
    ],
)
def test_a_pupil_who_keeps_the_house_or_looks_after_family_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。友だちと買い物に行きたいけど親がダメって言う",
        "中2。家庭科の授業で料理を作った",
        "高2です。家族でキャンプに行って料理を担当しました",
        "料理が好きな中学生です",
        "中学生です。毎日お風呂掃除と洗濯物たたみを手伝ってる",
        "中学生です。風邪をひいて病院に連れて行ってもらった",
    ],
)
def test_a_pupils_ordinary_chores_and_outings_are_not_caring(ex, text):
    assert "young_carer" not in ex(text).patterns


def test_the_grandparent_a_pupil_looks_after_is_a_care_matter(ex):
    result = ex("小6。目の見えないおばあちゃんの薬を分けたり、病院についていったりしてる")
    assert {"care", "child", "disability"} <= set(result.fields)
    assert result.patterns == ("young_carer",)


def test_a_pupil_at_home_to_look_after_a_sibling_has_not_withdrawn(ex):
    result = ex("中2だけど、障害のある妹の世話で放課後はずっと家にいる")
    assert result.patterns == ("young_carer",)


@pytest.mark.parametrize(
    "text",
    [
        "賃貸の更新料が払えそうにない",
        "アパートの更新料どうしよう",
        "引っ越しの初期費用が用意できなくて困ってる",
        "今月の電気代をどう工面するか悩んでる",
        "お店を畳むことになって、これからどうしよう",
        "個人でやってた居酒屋を廃業した",
        "自営業ですが売り上げが激減して資金繰りが厳しい",
        "管理会社から退去してほしいと言われました",
        "家主に今月中に部屋を出てくれって言われた",
        "家を出てってくれと大家に言われてどうしたらいいか",
        "食費を削って一日一食にしてる",
        "子どもの制服が買えない",
        "スマホ止まって仕事探しもできない",
        "就学援助って申請できますか",
        "生活を切り詰めてもやっていけない",
    ],
)
def test_money_housing_and_work_in_other_words_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "閉店時間は何時ですか",
        "障害者手帳の更新手続きについて",
        "お客さんが来ない日は暇です",
    ],
)
def test_no_hardship_in_look_alikes(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "最近何をやっても楽しめない",
        "好きだったゲームも楽しいと思えなくなった",
        "何もする気が起きない",
        "最近ずっと頭がぼーっとして何も手につかない",
        "布団から出られない日が続いてる",
        "朝どうしても起き上がれなくて会社を休んだ",
        "やる気が出なくて一日中寝込んでいる",
        "わけもなく涙が出てくる",
        "ずっと肩こりと手のしびれがひどい",
        "パソコン仕事で腱鞘炎になりました",
        "階段で足首をひねって歩くと痛い",
        "転んで額を5針縫った",
        "膝が悪くて病院通いが続いてる",
        "買い物がやめられなくてカードが限度額",
    ],
)
def test_joy_energy_aches_and_injuries_are_health(ex, text):
    assert "health" in ex(text).fields


def test_a_childs_tummy_ache_before_school_is_a_school_matter(ex):
    assert ex("朝になると娘がお腹が痛いと言って学校を休みたがる").fields == ("child",)


@pytest.mark.parametrize(
    "text",
    [
        "仕事が忙しくて寝不足",
        "夜勤続きで寝不足",
        "最近肩こりがひどくて眠れない",
        "育児で眠れなくて心療内科に通っています",
    ],
)
def test_lost_sleep_that_is_the_concern_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父が最近同じ話を何回もする",
        "母が最近何回も同じことを聞いてくる",
        "母が家の場所がわからなくなることがある",
        "父がスーパーからの帰り道がわからなくなった",
        "義母に「財布を盗ったでしょ」と疑われる",
        "親父が最近認知入ってきた",
        "祖父の足腰が弱ってきて、一人で風呂に入れない",
    ],
)
def test_dementia_and_frailty_told_by_their_signs_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "同僚に財布を盗ったと疑われた",
        "財布を盗まれたので警察に届けた",
        "夫婦ともに70代、年金だけでは生活が苦しい",
        "私は72歳、趣味のゴルフ仲間を探しています",
    ],
)
def test_no_care_without_an_older_person_who_needs_help(ex, text):
    assert "care" not in ex(text).fields


def test_parents_of_a_withdrawn_son_past_eighty_is_care_and_8050(ex):
    # In their 70s a worry about the son's future is 8050 only (test_round8_patterns).
    result = ex("私たち夫婦ももう80を過ぎ、部屋から出てこない息子(47)の将来が心配です")
    assert "care" in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "75歳の父と、50代で無職の兄が二人で暮らしている",
        "私は46歳、仕事をせず母(78)に養ってもらっています",
        "80代の母が40代の弟の面倒をずっと見ていて心配",
    ],
)
def test_8050_told_by_a_parent_a_sibling_or_the_child(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    ("text", "patterns"),
    [
        ("娘が半年以上家から一歩も出ていません", ("hikikomori",)),
        ("大学を辞めてから息子はもう2年、自分の部屋から出てこない", ("hikikomori",)),
        (
            "高校を中退してから5年、息子はほとんど部屋にいて誰とも会わない",
            ("hikikomori", "isolation"),
        ),
        ("母の介護でずっと家にいるので外に出られない", ()),
        ("コロナでずっと家にいる", ()),
        ("夏休みはずっと部屋にいてゲームばかり", ()),
    ],
)
def test_withdrawal_told_without_the_word_and_staying_in_for_a_reason(ex, text, patterns):
    assert ex(text).patterns == patterns


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんのお世話と、寝たきりの祖母の介護で毎日くたくた",
        "保育園のお迎えの後、実家の父の様子を見に行く毎日。父は要介護2",
        "小学生の息子と認知症の義母を抱えて、仕事も辞めた",
        "自閉症の息子の世話をしながら、要介護の母も見ています",
    ],
)
def test_raising_children_while_caring_for_a_parent_is_double_care(ex, text):
    result = ex(text)
    assert {"care", "child"} <= set(result.fields)
    assert "double_care" in result.patterns


def test_a_parents_hospital_visits_the_writer_goes_along_to_are_care_not_health(ex):
    result = ex("子どもの送り迎えの合間に母の通院の付き添い")
    assert result.fields == ("care", "child")
    assert result.patterns == ("double_care",)
