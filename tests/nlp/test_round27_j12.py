"""Round 27 (35j12): disability and mental illness in the family. Feeling one is better gone
「いなくなった方が世の中のため」; pills swallowed all at once (まとめ飲み); a seizure that does not
stop; nappies not changed, a pension used up by the family, a disabled child's meals cut, an
old parent bruised, a disabled or older person left unkept in a home (abuse); a farewell
message that has just come (emergency); abbreviations (統失, 双極, 筋ジス, ALS), 医療的ケア, a
job that cannot go on, no one to talk to but the helper, a pupil who does a grandparent's meals
and medicine. And what only looks like that: someone else better gone, two doses after a
missed one, a seizure that sometimes lasts, a partner who hides the medicine, a partner who
takes the writer's disability pension (DV, not abuse), a school-age child who hits the writer,
a farewell long ago, clothes one likes to wear, a professional asking for leaflets, thanks for
a matter now resolved, a writer who does the care beside a school-age child, sports and
awareness days, a character in a film, bullying at work, the word 「ひきこもり」 itself."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- better gone, for others' sake


@pytest.mark.parametrize(
    "text",
    [
        "わたしがいなくなったほうが家族のためなんだと思う",
        "僕なんか消えた方がみんなのためだよ",
        "自分がいない方が職場のためになるんだろうな",
        "うちがおらんようになった方が子どもらのためやろ",
        "俺なんかいなくなった方が親のためだよな",
    ],
)
def test_better_gone_for_others_is_suicide(ex, text):
    """Thinking one's absence would serve others: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "あの上司がいなくなった方が会社のためだよね",
        "課長なんか消えた方がみんなのため笑",
        "隣の人がいない方が平和のため",
    ],
)
def test_someone_else_better_gone_is_no_suicide(ex, text):
    """A boss or a neighbour wished away: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- pills all at once


@pytest.mark.parametrize(
    "text",
    [
        "病院でもらった睡眠薬、まとめ飲みしたらどうなるんだろう",
        "妹が薬を一気飲みしたって連絡がきた",
        "昨日の夜、手持ちの薬ぜんぶまとめ飲みした",
        "彼氏が安定剤をまとめ飲みしてる",
    ],
)
def test_pills_all_at_once_is_suicide(ex, text):
    """Medicine swallowed all at once (overdose): suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "朝の薬を飲み忘れたので、夜に2回分まとめ飲みしてもいいですか",
        "サプリってまとめ飲みしても大丈夫？",
    ],
)
def test_two_doses_asked_is_no_suicide(ex, text):
    """Asking whether a missed dose may be taken with the next: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那が私の安定剤を隠して「そんなもん飲むな」って怒鳴る",
        "彼氏に薬を捨てられて「飲むな」と言われた、怖い",
        "夫がうつの薬を取り上げて飲ませてくれない",
    ],
)
def test_medicine_hidden_by_partner_is_no_suicide(ex, text):
    """A partner who hides or throws away the medicine: control, no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a seizure that does not stop


@pytest.mark.parametrize(
    "text",
    [
        "息子のけいれん発作がおさまらない、10分たった",
        "父のてんかんの発作が止まらん、どうしよう",
        "娘のひきつけが止まらない！",
        "発作がとまらなくて救急車呼ぶべき？いま5分",
    ],
)
def test_seizure_not_stopping_is_emergency(ex, text):
    """A seizure that goes on now: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "発作が止まらないことがたまにあるので薬を調整中です",
        "咳が止まらなくて眠れない",
    ],
)
def test_seizure_sometimes_long_is_no_emergency(ex, text):
    """A seizure that sometimes lasts, a cough: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- nappies, pension, meals


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの父、施設でオムツ替えてもらえてないみたいで、いつも濡れてる",
        "ヘルパーさんにパッド替えてもらえてなくて、母の肌がただれてる",
        "要介護の母のおむつ、兄嫁が替えてくれてないみたい",
        "認知症の祖母がデイでおむつ交換してもらえてない様子です",
    ],
)
def test_nappies_not_changed_is_abuse(ex, text):
    """An older person whose nappies are not changed: neglect (abuse)."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "障害のある兄の年金を、親戚が勝手に使ってるみたいです",
        "利用者さんの工賃を家族が全部使ってしまうので本人の手元に残らない",
        "知的障害の弟の障害年金、叔父が使い込んでいる気がする",
        "認知症の母の年金を弟が全部おろして使ってしまってる",
    ],
)
def test_pension_used_by_family_is_abuse(ex, text):
    """A disabled or older person's pension or wages used up by kin: economic abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の年金は家族で管理しています",
        "父の年金で家族みんな暮らしてます",
    ],
)
def test_pension_kept_by_family_is_no_abuse(ex, text):
    """A pension managed or shared in the household: no abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が私の障害年金を勝手に使い込んで、文句を言うと殴る",
        "彼が私の工賃をとりあげて、逆らうと蹴られる",
        "同棲中の彼氏に障害年金を全部おろされて、口答えしたら叩かれた",
        "旦那が私の障害年金を勝手に引き出して、怒鳴って物を投げる",
    ],
)
def test_partner_takes_disability_pension_is_dv(ex, text):
    """The writer's partner takes the writer's disability pension: DV, not abuse."""
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "発達障害の息子(12)に夫が毎日怒鳴って、夕飯を抜いたりする",
        "障害のある娘のご飯を夫がわざと減らしてる",
        "知的障害のある息子に、父親が罰だと言って食事を抜く",
        "うちの娘(小3)に継母がご飯を出さないことがある",
    ],
)
def test_childs_meals_cut_is_abuse(ex, text):
    """A parent who cuts a son's or daughter's meals: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘がダイエットでご飯を抜いてる",
        "息子(20)が最近ご飯を抜いてばかりで心配",
    ],
)
def test_child_skipping_meals_is_no_abuse(ex, text):
    """A son or daughter who skips meals themself: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an old parent struck


@pytest.mark.parametrize(
    "text",
    [
        "82の母と50の弟が同居。母の顔にあざがあって、弟がやったらしい",
        "父(80)の背中に青あざ。同居の兄が手をあげてるみたい",
        "78の父を兄が突き飛ばして、父が頭を打った",
        "85歳の祖母の腕にあざ、叔父と二人暮らし",
    ],
)
def test_old_parent_struck_is_abuse_and_care(ex, text):
    """A parent of 70 or more bruised or struck by kin: elder abuse and care."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


def test_old_parent_bruised_in_a_fall_is_no_abuse(ex):
    """A bruise from a fall: no abuse."""
    assert "abuse" not in ex("80の母が転んで腕に青あざができた").crisis


# ---------------------------------------------------------------- a pupil hits the writer


@pytest.mark.parametrize(
    "text",
    [
        "発達障害の娘(14)がかんしゃくを起こすと私を叩く。腕があざだらけ",
        "ADHDの息子(中2)がキレると私を蹴ってくる",
        "自閉症の息子(12)にパニックのとき殴られて、あざができた",
        "中1の娘が私をたたいてくる。もう疲れた",
    ],
)
def test_child_hits_the_writer_is_no_abuse(ex, text):
    """A school-age son or daughter who hits the writer: no child abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("夫が私を殴る。息子(10)も見ている", "dv"),
        ("娘から「パパにたたかれた」と聞いた", "abuse"),
    ],
)
def test_adult_who_hits_keeps_the_crisis(ex, text, label):
    """A partner's blow, a child struck by the father: the crisis stays."""
    assert label in ex(text).crisis


# ---------------------------------------------------------------- a farewell just come


@pytest.mark.parametrize(
    "text",
    [
        "母から「今までありがとう、さようなら」ってLINEだけ届いた",
        "友達から「もう終わりにする。さよなら」ってメッセージがきた",
        "一人暮らしの兄から「みんなさようなら」ってメールが来ました",
        "遠くに住む姉から「先に逝きます、ごめんね」ってショートメールが届いた",
    ],
)
def test_farewell_message_arrived_is_emergency(ex, text):
    """A farewell from someone that has just arrived: suicide and emergency."""
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年、兄から「もう終わりにしたい」ってメールが来たことがあります。今は元気です",
        "彼に「さよなら」ってLINEした",
    ],
)
def test_farewell_long_ago_or_sent_is_no_emergency(ex, text):
    """A message long ago, a goodbye the writer sent: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- left unkept in a home


@pytest.mark.parametrize(
    "text",
    [
        "グループホームにいる知的障害の兄、会いに行ったら何日も同じ服で髪もボサボサだった",
        "特養の父、面会のたびに同じ服のままで床ずれもできてる",
        "入所施設にいる重度障害の娘(30)、いつ行っても同じ服で不潔なまま",
        "ショートステイから帰ってきた母、ずっと着替えてないようでおむつも汚れたまま",
    ],
)
def test_adult_unkept_in_a_home_is_abuse(ex, text):
    """A disabled or older person unwashed for days in a home: neglect (abuse)."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "施設の母はお気に入りの同じ服ばかり着たがります",
        "施設に入っている父は元気で、職員さんにもよくしてもらってます",
    ],
)
def test_home_without_neglect_is_no_abuse(ex, text):
    """Clothes one likes, a parent well looked after: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a professional, thanks


@pytest.mark.parametrize(
    "text",
    [
        "保育士をしています。保護者向けに子育て相談の案内を配りたいので、パンフレットをください",
        "看護師として働いています。病棟に認知症カフェのチラシを置きたいです",
        "ヘルパーをしています。利用者さんのご家族に障害福祉サービスの資料を渡したいので何部かいただけますか",
        "小学校で養護教諭をしています。不登校の保護者向け講演会の日程を教えてください",
    ],
)
def test_professional_asking_for_leaflets_has_no_field(ex, text):
    """A worker who asks for leaflets or dates for others: no field."""
    assert ex(text).fields == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("看護師をしています。夜勤続きでずっと眠れなくてつらい", "health"),
        ("保育士をしていますが、自分の娘が不登校になりました", "child"),
    ],
)
def test_professional_with_own_trouble_keeps_the_field(ex, text, label):
    """The worker's own trouble told after the job: the field stays."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "以前は適応障害で休んでいましたが、おかげさまで職場復帰できました。ありがとうございました",
        "昔は借金で首が回りませんでしたが、完済しました。相談員さんに感謝しています",
        "母を去年看取りました。ヘルパーさんにもお世話になったのでお礼を伝えたいです",
        "3年前はうつで大変でしたが、すっきり治りました。保健師さんにありがとうと伝えてください",
    ],
)
def test_thanks_for_a_resolved_matter_has_no_field(ex, text):
    """Thanks for a matter now resolved: no field."""
    assert ex(text).fields == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("母を去年看取りました。ありがとうございました。今度は父の介護が始まって大変です", "care"),
        (
            "以前は借金がありましたが完済しました。ありがとうございました。でもまた収入が減って不安です",
            "hardship",
        ),
    ],
)
def test_thanks_then_a_new_worry_keeps_the_field(ex, text, label):
    """A new worry after the thanks: the field stays."""
    assert label in ex(text).fields


# ---------------------------------------------------------------- the writer does the care


@pytest.mark.parametrize(
    "text",
    [
        "娘(小2)が発達障害で、私は義母の介護もしていて毎日くたくた",
        "息子(中1)が不登校で、わたしが認知症の母の世話もしてる",
        "小3の娘がいて、私ひとりで父の介護をしている",
        "息子(小5)が反抗期で、わたしは夫の介護もしてて余裕がない",
    ],
)
def test_writer_caring_beside_a_pupil_is_no_young_carer(ex, text):
    """The writer cares; the school-age child does not: no young carer."""
    assert "young_carer" not in ex(text).patterns


def test_child_caring_instead_of_the_writer_is_young_carer(ex):
    """A daughter who cares in the writer's place: young carer."""
    assert "young_carer" in ex("娘(中2)が、私の代わりに父の介護をしてくれている").patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です。じいちゃんの飯と薬は毎日おれがやってる",
        "高1です。母の食事と薬の管理をしてて部活に行けない",
        "中3、ばあちゃんのご飯と薬ぜんぶやってる",
        "小6です。おじいちゃんのごはんとくすりをぼくが見てる",
    ],
)
def test_pupil_doing_meals_and_medicine_is_young_carer(ex, text):
    """A pupil who sees to a relative's meals and medicine: young carer."""
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- words for fields and patterns


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("統失の母が最近また独り言が増えてきた", "health"),
        ("弟は双極で、いまは躁っぽい", "health"),
        ("父がALSと診断されました。これから家でどう暮らせば", "health"),
        ("筋ジスの息子の将来が心配です", "health"),
        ("娘は医療的ケアが必要で、夜中も吸引しています", "disability"),
        ("医療的ケアのある息子を預けられる場所はありますか", "disability"),
        ("腰を痛めて力仕事はもう続けられそうにない", "hardship"),
        ("病気で今のパートを続けられなくなりそう", "hardship"),
        ("持病が悪化して、立ち仕事はもう続けられない", "hardship"),
        ("けがをして今の仕事をとても続けられそうにない", "hardship"),
    ],
)
def test_field_words(ex, text, label):
    """Abbreviated illnesses, medical care at home, a job that cannot go on."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("パラスポーツの大会を見に行って感動しました", "disability"),
        ("障害者スポーツ教室の申し込みはどこでできますか", "disability"),
        ("発達障害啓発週間のイベント楽しかったです", "disability"),
        ("自閉症啓発デーのポスター、うちの店にも貼れますか", "disability"),
        ("映画でうつ病の主人公を見て考えさせられました", "health"),
        ("職場でいじめられてて会社に行くのがつらい", "child"),
        ("作業所の人にいじめられるのがつらい", "child"),
        ("うつのせいじゃなくて、ただもう全部いやになった", "health"),
        ("指定難病の医療受給者証の申請はどこでしますか", "disability"),
        ("障害者施設の求人を探しています", "disability"),
    ],
)
def test_field_look_alikes(ex, text, label):
    """Sports, awareness days, a film, bullying at work, a denial, a medical certificate, a job
    search: not that field."""
    assert label not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーさん以外に会う人がいません",
        "ヘルパーさん以外と話すことがない毎日です",
        "デイの職員さん以外としゃべる相手もいない",
        "訪問看護の看護師さん以外と話す機会がほとんどない",
    ],
)
def test_no_one_but_the_helper_is_isolation(ex, text):
    """No one to talk to but the helper or the nurse: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "「ひきこもり」という呼び方がいやなので変えてほしい",
        "「引きこもり」って表記、もう少しやわらかい言葉にできませんか",
    ],
)
def test_the_word_hikikomori_is_no_hikikomori(ex, text):
    """The word itself discussed: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns
