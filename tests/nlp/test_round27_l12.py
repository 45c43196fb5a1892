"""Round 27 (35l12): someone who cannot be reached and had said 「もう無理」 before; a last
thank-you with the room all tidied up; small children alone whose parents have not been seen
for days; a grandmother who always answers and has not since the morning; 「火つけるぞ」 said
as a threat; a pension or allowance cut by tens of thousands a month; a family one has cut
ties with; a grown son who strikes both old parents; words of ending one's life sent earlier
and taken back; a partner changed by dementia who does not strike; a matter consulted on,
now settled and thanked.
And what only looks like that: a move or a new job with the room tidied, a parent who is
only away for work, 「誰にも言わないで」, parents too well for care, a check-up cleared on
the second look, a husband who strikes a son."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- unreachable after 「もう無理」


@pytest.mark.parametrize(
    "text",
    [
        "弟ともう3日連絡がとれません。前から「もう無理」ってよく言ってて心配です",
        "母と昨日から電話がつながらない。先週「もう疲れた」って何度もこぼしてた",
        "友達と連絡つかなくて、この前「もう消えたい」って言ってたのが気になる",
        "姉が「もう限界」って漏らしてたんだけど、それから音沙汰がないです",
        "父と連絡とれてない。最近「もう終わりにしたい」と言ってました",
    ],
)
def test_unreachable_after_words_of_despair_is_suicide(ex, text):
    """Someone who cannot be reached and had said 「もう無理」「もう限界」, told in either order."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄と連絡とれてないけど、「今日はもう疲れた、寝る」って言ってたから寝てると思う",
        "夫は「もう疲れたから先に寝る」と言ってた",
        "友達が「課題がもう限界」って言ってた",
    ],
)
def test_tiredness_or_silence_alone_is_no_suicide(ex, text):
    """Tired and gone to bed, a complaint about coursework: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a last thank-you, all tidied


@pytest.mark.parametrize(
    "text",
    [
        "最後にひとこと伝えたくて。身の回りも全部整理したので、もう思い残すことはないです",
        "荷物も全部処分しました。これまで話聞いてくれてありがとう",
        "最後のあいさつです。持ち物も全部片付けてあるので大丈夫です",
        "最後にお礼だけ。部屋もすっかり片づけました、これまで本当にありがとうございました",
    ],
)
def test_last_thanks_with_things_tidied_is_suicide(ex, text):
    """A last thank-you or greeting beside a room or belongings all put in order: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "引っ越しが決まったので最後にお礼を言いたくて。部屋も全部片付けました",
        "転勤になるので、最後にご挨拶です。荷物も全部整理しました",
        "最後にお礼を言いたくて。おかげで部屋も片付けられるようになって、毎日楽しいです",
        "今日で退職です。これまでありがとうございました、荷物も全部整理しました",
    ],
)
def test_tidying_for_a_move_or_a_job_is_no_suicide(ex, text):
    """A move, a transfer, a job ended, a room one can tidy again: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- children alone, parents away


@pytest.mark.parametrize(
    "text",
    [
        "隣の家、子ども3人だけで遊んでて、親はここ4日見てない",
        "下の階、小さい子2人だけで泣いてる。親はこの3日帰ってないみたい",
        "向かいのアパート、子ども2人だけでいる。お母さんをもう5日見かけない",
        "近所の小さい子が二人だけで夜まで外にいる。親はここ数日帰ってきてないらしい",
    ],
)
def test_children_alone_with_parents_gone_for_days_is_abuse(ex, text):
    """Small children by themselves whose parents have not been seen for days: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子ども2人だけで留守番させて、ここ3日ずっと仕事に行ってた夫が帰ってきた",
        "ここ3日雨で子どもたちが退屈してる",
        "子ども2人だけで公園に行かせてもいい年齢は何歳ですか",
    ],
)
def test_children_at_home_or_bored_is_no_abuse(ex, text):
    """A husband back from work, children bored by rain, a question of age: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- always answers, not today


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが昨日から電話に出ん。いつもはすぐ出るのに",
        "母が朝から電話に出ません。普段は必ず出るのに。一人暮らしです",
        "おばあちゃん朝から電話出ない、いつもなら絶対出るのに",
        "ばあちゃんが朝から電話に出ない。いつもは三回鳴らせば出るのに",
    ],
)
def test_no_answer_from_one_who_always_answers_is_emergency(ex, text):
    """An old relative who always answers and has not since the morning: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃん朝から電話出ない。いつも日曜は寝坊してるから大丈夫かな",
        "ばあちゃん朝から電話に出んけど、いつも昼までは畑におるけん",
    ],
)
def test_no_answer_as_usual_is_no_emergency(ex, text):
    """A Sunday lie-in, a morning in the field as always: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 「火つけるぞ」 as a threat


@pytest.mark.parametrize(
    "text",
    [
        "旦那に「家に火つけるぞ」って言われた",
        "彼氏が「お前の部屋に火つけるぞ」と脅してくる",
        "夫が「火つけてやる」とどなってきた",
        "夫から「実家に火つけるからな」ってLINEが来た",
    ],
)
def test_arson_threat_is_dv_not_emergency(ex, text):
    """A partner's threat to set a fire is DV, not a fire now."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の家から火が出て燃えてる",
        "夫が家に火をつけた、いま燃えてる",
    ],
)
def test_a_fire_now_is_emergency(ex, text):
    """A house on fire now: emergency."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a pension or pay cut


@pytest.mark.parametrize(
    "text",
    [
        "障害年金が3級に下がって、月2万も減ります",
        "年金の等級が変わって月何万も少なくなる、生活できるか",
        "去年から給料が月3万も減った",
        "母の遺族年金を減らされて困ってる",
    ],
)
def test_income_cut_is_hardship(ex, text):
    """A pension, allowance or pay cut by tens of thousands a month: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "節約して電気代が月1万も減りました",
        "体重が月2キロ減った",
    ],
)
def test_lower_bills_are_no_hardship(ex, text):
    """A smaller electricity bill, weight lost: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- parents too well for care


@pytest.mark.parametrize(
    "text",
    [
        "うちの母は元気そのもので介護なんかまだまだいらんよ笑 今日はゴミの出し方を聞きたくて",
        "じいちゃんピンピンしとるけん、介護とかまだ全然いらん",
        "いつか親の介護が始まったらって思うと怖いけど、今はふたりともピンピンしてます",
        "将来介護が必要になったらどうしようと思うけど、両親はまだ元気です。今日は図書館のことで",
        "介護なんていらんわ笑 ばあちゃん毎日畑に出とる",
    ],
)
def test_care_denied_or_only_imagined_is_no_care(ex, text):
    """Care not needed (元気すぎて), or imagined for later with the parents well now: no care."""
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父は「介護なんかいらん」って言い張るけど、一人で風呂にも入れない",
        "母は元気だけど物忘れがひどくて、介護が必要かもしれない",
        "もし介護が必要になったらどこに相談すればいいですか、母が最近よく転ぶので",
    ],
)
def test_care_refused_or_near_is_care(ex, text):
    """A parent who refuses care but cannot bathe, forgetfulness, frequent falls: care."""
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a check-up cleared


@pytest.mark.parametrize(
    "text",
    [
        "人間ドックで引っかかったけど、精密検査で異常なしでした",
        "健康診断で要再検査になって、病院で調べたらなんともなかったです",
        "会社の健診で引っかかって精密検査を受けたら大丈夫でした",
        "検診でひっかかって再検査したけど問題なかった。それより粗大ごみの日を教えて",
    ],
)
def test_check_up_cleared_is_no_health(ex, text):
    """A check-up flag cleared by the second test: no health."""
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "健診で引っかかって再検査したら糖尿病と言われました",
        "健康診断で引っかかったけど、再検査に行くのが怖い",
    ],
)
def test_check_up_with_a_finding_is_health(ex, text):
    """A finding on the second test, a second test feared: health."""
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- ties cut with the family


@pytest.mark.parametrize(
    "text",
    [
        "実家とはもう縁を切っていて、頼れるところがありません",
        "両親に勘当されてから一人で暮らしてます",
        "家族とは縁切ってるので保証人がいない",
        "親とはとっくに絶縁してる。出産費用どうしよう",
    ],
)
def test_ties_cut_with_the_family_is_isolation(ex, text):
    """Ties cut with one's parents or family, or disowned: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "悪い友達とは縁を切りました。今は毎日楽しいです",
        "親と縁を切りたいくらい腹が立ったけど、仲直りしました",
    ],
)
def test_ties_cut_with_friends_or_wished_is_no_isolation(ex, text):
    """Bad friends dropped, a wish said in anger and made up: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- 「誰にも言わないで」


@pytest.mark.parametrize(
    "text",
    [
        "明日学校に行ったら消える。誰にも言わないでね",
        "いじめられてるけど、先生には言わないで。誰にも言わないでください",
        "妊娠したかもしれない、まだ誰にも話せてない。中3です",
        "彼に殴られたことはまだ誰にも言ってません",
    ],
)
def test_a_secret_kept_is_no_isolation(ex, text):
    """Asking that no one be told, or not having told anyone yet: no isolation."""
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰にも言えなくて、ずっと一人で抱えてます",
        "相談できる人が誰もいない",
    ],
)
def test_no_one_to_tell_is_isolation(ex, text):
    """Carrying it alone, no one to consult: isolation."""
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- both old parents struck


@pytest.mark.parametrize(
    "text",
    [
        "娘(40)が暴れて、私も夫も叩かれる。もう80近いのに",
        "息子が酒を飲むと暴れて、私と主人も殴られたことがあります。私は78です",
        "50過ぎの息子に、私も主人も蹴られてあざだらけです",
        "同居の息子がキレると私も夫も突き飛ばされます。二人とも70代です",
    ],
)
def test_grown_child_striking_both_old_parents_is_abuse_not_dv(ex, text):
    """A grown son or daughter who strikes the writer and the partner: elder abuse, no DV."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "dv" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が暴れて息子も殴られた",
        "夫に殴られて、息子も蹴られた",
    ],
)
def test_husband_striking_is_dv(ex, text):
    """The husband strikes, a son is struck too: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- earlier words taken back


@pytest.mark.parametrize(
    "text",
    [
        "昨日の夜「死にたい」ってLINEしちゃったけど、あれはもう大丈夫です。今は落ち着いてます",
        "この前「もう消えたい」って書いたけど、もう平気です。病院に通い始めました",
        "先週「死にたい」って送ってしまったけど、忘れてください。今日は別件で、ごみの出し方を教えてください",
        "さっき「消えたい」って送ったけど大丈夫です、今は落ち着いてます",
    ],
)
def test_words_sent_earlier_and_taken_back_are_no_suicide(ex, text):
    """Words of ending one's life sent earlier, taken back, the writer calm now: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "前に「消えたい」って送ったけど、あれはもう大丈夫です。今までありがとうございました、最後にお礼を",
        "前に「死にたい」って言ったけど大丈夫です。でもやっぱりつらい",
        "昨日「消えたい」って送ったけど、大丈夫です。今もまだそう思ってる",
    ],
)
def test_taken_back_with_farewell_or_still_is_suicide(ex, text):
    """Taken back, then a farewell, 「やっぱりつらい」 or 「今もまだ」: suicide."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- an ill partner, no blows


@pytest.mark.parametrize(
    "text",
    [
        "妻が若年性認知症と診断されてから物を壊すことが増えた。私に手を出すことは一度もないです",
        "主人が脳梗塞のあと性格が変わって、ドアを蹴ったりする。私を殴ることはないです",
        "夫が病気のせいか物を壊すように。私を叩くことはありません",
        "連れ合いが認知症になって、すぐ怒鳴るようになった。手をあげたりはしません",
    ],
)
def test_ill_partner_who_does_not_strike_is_no_dv(ex, text):
    """A partner changed by an illness, blows to the writer denied: no DV."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が認知症になってから、私に手をあげるようになった",
        "夫は物を壊すけど、私に手をあげることはない",
        "夫が認知症で、殴られることもある。手をあげることはないと思ってたのに",
    ],
)
def test_partner_who_strikes_or_no_illness_is_dv(ex, text):
    """Blows told, or no illness behind the smashing: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- settled and thanked


@pytest.mark.parametrize(
    "text",
    [
        "前に相談した母のデイサービス、おかげさまで無事決まりました。ありがとうございました",
        "先日はありがとうございました。息子の保育園、無事入れました！",
        "先月相談した家賃の件、おかげで無事払えました。助かりました",
        "以前相談させてもらった父の入所、やっと決まりました。本当にありがとうございました",
    ],
)
def test_matter_settled_and_thanked_has_no_field(ex, text):
    """A matter consulted on before, now settled, with thanks: no field."""
    assert ex(text).fields == ()


@pytest.mark.parametrize(
    ("label", "text"),
    [
        (
            "care",
            "先月相談した父の件、おかげさまで施設に無事入れました。ただ母の物忘れもひどくなってきて心配です",
        ),
        (
            "hardship",
            "前に相談した家賃の件、無事払えました。ありがとうございました。でも来月の分がまた足りない",
        ),
    ],
)
def test_settled_then_a_new_worry_keeps_the_field(ex, label, text):
    """Settled, then a new worry (ただ…心配, でも…足りない): the field stays."""
    assert label in ex(text).fields
