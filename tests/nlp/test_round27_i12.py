"""Round 27 (35i12): fathers, husbands and older men who write little and indirectly. A widower
who wants to go to 「あいつのとこ」; long looks down from a roof and finding oneself in front of
a level crossing; a missing son's last message 「ごめん」; a worn-out carer's 「二人で一緒に終われ
たら楽」; a suicide message sent from a mountain just reached; someone silent behind a locked
toilet door; small children left alone through a night shift; a bedridden parent left unkept
by the brother who looks after them; someone alone at night who cannot move for pain. No DV
where the partner is only the frightened one, where an ex-wife's new husband hits the child,
or where the wife's knife is turned on herself. Fields and patterns: drinking from midday,
ALS, not in touch with friends, a month without a proper talk, no kin seen to visit, months
away from school and never out of the house, an ill wife beside the children's school runs,
a wife caring for her parent and the little one, a stroke the writer nurses alone.
And what only looks like that: a roof for lunch or the view, a crossing-guard rota, a last
LINE 「ありがとう」 from someone at home, a day out in the mountains, a child in the bath
answering, a parent who asks from what age a child may stay home, one carer's own worry
about a bedsore, a backache that keeps one in on some days, a drama about care, thanks after
a parent's peaceful death, going freelance with income fine, welfare left behind for a job,
a retired fire-fighter, a job one cannot quit."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- joining the dead one


@pytest.mark.parametrize(
    "text",
    [
        "妻を亡くして半年。毎晩、早くあいつのところに行きたいと思ってしまう",
        "女房が死んでから何もする気がせん。もうあいつのそばへ行きたい",
        "母が去年他界しました。あの人のもとに早く行きたいとばかり考えています",
        "旦那に先立たれて一人。あんたのとこへはよ行きたいよ",
        "お前のところに早う行きたいわ。三年前に女房を亡くしてからずっとそう思う",
    ],
)
def test_wish_to_join_the_dead_partner_is_suicide(ex, text):
    """After a partner's death, wanting to go to 「あいつ」「あの人」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "あいつのところに早く遊びに行きたい。来月は有給が取れそう",
        "父が亡くなって一年。実家の母のところに週末行きたいと思っています",
        "あの人のとこへ行きたいけど、電車が止まってて行けない",
        "あいつのところへ行きたいんで、住所を教えてもらえますか",
    ],
)
def test_visiting_someone_alive_is_no_suicide(ex, text):
    """Going to see a living friend or parent: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- lingering at a height or rails


@pytest.mark.parametrize(
    "text",
    [
        "仕事がうまくいかない。最近、職場の屋上で下を眺めている時間が増えた",
        "マンションの10階のベランダから下を見つめてる時間が長くなってる",
        "借金のことを考えてて、気がついたら線路の近くに立ってた",
        "夜、気づくと踏切の前に立ってることがある",
        "帰り道、踏切の前でぼーっと立ってることが多くなった",
        "ふと気づくとホームの端に立っていたりする",
    ],
)
def test_lingering_at_a_height_or_rails_is_suicide(ex, text):
    """A long look down from a roof, finding oneself at a crossing: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "昼休みは会社の屋上で景色を眺める時間が好きです",
        "朝は踏切の見守り当番で、踏切の前に立ってることがある",
        "開かずの踏切で待つ時間が長くて困ります。改善できませんか",
        "屋上で休憩して下を眺めてる時間が長くなった、ぼーっとするの最高",
    ],
)
def test_roof_view_or_crossing_duty_is_no_suicide(ex, text):
    """A view at lunch, a crossing-guard rota, waiting at a crossing: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a missing one's last message


@pytest.mark.parametrize(
    "text",
    [
        "娘が昨日から帰ってこない。最後に来たLINEが「ごめんね」だけでした",
        "夫と連絡がつかない。最後に届いたメッセージが「今までありがとう」",
        "弟の行方がわからない。最後に送られてきたのが「さよなら」の一言",
        "息子が家出した。既読つかない。最後にきたのは「疲れた」だけ",
    ],
)
def test_missing_with_a_farewell_is_suicide(ex, text):
    """Someone missing whose last message was 「ごめん」「ありがとう」: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母にプレゼントを送った。最後に来たLINEが「ありがとう」で、すごく喜んでた",
        "息子は部屋にいます。最後に来たLINEが「ごめん、遅れる」だった",
        "友達から最後に来たのが「ありがとう」だった。また会おうねって言いたい",
        "最後にきたメッセージが「ありがとう」。送別会は楽しかったです",
    ],
)
def test_a_thank_you_from_someone_at_hand_is_no_suicide(ex, text):
    """A thank-you or a sorry from someone who is not missing: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- dying together with the cared-for


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母を一人で見てもう10年。二人で終われたら楽なのにと思う",
        "寝たきりの夫の介護に疲れました。夫婦で一緒に死ねたら一番いいのかも",
        "息子の世話に疲れた。親子で一緒に楽になれたらと考えてしまう",
        "妻の介護で夜も眠れん。ふたりで一緒に逝けたら幸せかもしれん",
    ],
)
def test_dying_together_with_the_cared_for_is_suicide(ex, text):
    """A carer who wishes to end together with the one cared for: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "二人で一緒に行けたら楽しいと思う。旅行の補助はありますか",
        "夫婦で一緒に住めたら一番いいんですが、施設の空きはありますか",
        "母と二人で温泉に行けたら幸せです",
        "みんなで一緒に掃除が終わったら楽になる",
    ],
)
def test_doing_things_together_is_no_suicide(ex, text):
    """A trip, a home or a chore together: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a suicide message from a far spot


@pytest.mark.parametrize(
    "text",
    [
        "海まで来た。もう疲れた。死にたい",
        "山奥に来ました。家族には申し訳ない。もう死にます",
        "崖まで来た。消えたい。最後に誰かと話したかった",
        "樹海に着いた。もう生きていたくない",
    ],
)
def test_suicide_from_a_far_spot_is_emergency(ex, text):
    """A suicide message from a mountain, the sea or a cliff just reached: emergency."""
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "海まで来た。天気がよくて最高",
        "山まで来ました。紅葉がきれいです",
        "家族で山に来た。キャンプ場の予約は役場でできますか",
        "崖まで来たけど柵があって安心した。観光案内ありがとう",
    ],
)
def test_a_day_out_is_no_emergency(ex, text):
    """A day out in the mountains or at the sea: no crisis."""
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- silent behind a locked door


@pytest.mark.parametrize(
    "text",
    [
        "母がトイレから出てこない。呼んでも返事がない。鍵がかかってる",
        "父が風呂に入ったまま1時間出てこない、声をかけても返事なし",
        "祖母が浴室から出てこない。ノックしても反応がない。もう40分たつ",
        "夫がお手洗いにこもったまま出てこない。何度呼んでも返事がない、鍵もかかってる",
    ],
)
def test_silent_behind_a_locked_door_is_emergency(ex, text):
    """Someone in the toilet or bath who does not come out or answer: emergency, health."""
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子がトイレから出てこない。呼んだら「うるさい」と返事があった。もう30分",
        "娘がお風呂に入ったまま1時間出てこない。長風呂が好きなんです",
        "トイレの鍵が壊れて中から開かない、返事はしてるけど業者を呼びたい",
        "猫がお風呂場から出てこない。呼んでも返事なし。1時間たつ",
    ],
)
def test_someone_who_answers_is_no_emergency(ex, text):
    """An answer, a long bath, a broken lock, a cat: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- small children alone at night


@pytest.mark.parametrize(
    "text",
    [
        "夜の仕事の間、2歳の子を一人で寝かせて置いてる",
        "夜勤の日は4歳と1歳の兄弟を二人だけで家に残して出てる",
        "深夜のバイト中、3歳の娘を一人で留守番させてる。仕方ない",
        "夜働いてるので、赤ちゃんを一人で寝かせておいて朝まで帰れない",
    ],
)
def test_small_children_left_through_the_night_is_abuse(ex, text):
    """Children of six or under left alone through a night shift: abuse (neglect)."""
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夜勤の間は5歳の子を実家に預けてる",
        "夜勤の日、4歳の子はシッターさんに来てもらってる",
        "小学生は何歳から一人で留守番させていい？夜勤があるので",
        "中学生の息子は夜勤の日も一人で留守番できるようになった",
    ],
)
def test_children_minded_or_older_is_no_abuse(ex, text):
    """A child minded by kin or a sitter, a question of age, a teenager: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older parent left unkept


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの父を弟が見てるはずなんだが、行ったらおむつがパンパンで床ずれもできてた",
        "認知症の母は姉夫婦に任せてる。久々に会ったら褥瘡がひどくて、冷蔵庫も空だった",
        "祖母の世話は兄がしてることになってるけど、オムツは替えてないし風呂にも入れてもらってない",
        "要介護の母を息子が面倒見てるはずが、床ずれが悪化して冷蔵庫の中も空っぽだった",
    ],
)
def test_older_parent_left_unkept_by_kin_is_abuse(ex, text):
    """An older parent left unkept (diaper, bedsores, empty fridge) by the kin carer: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの母の床ずれがひどくて、どうケアしたらいいか知りたい",
        "父を兄が見てくれてる。おむつの替え方を教わりたいそうです",
        "母の介護は弟に任せてる。冷蔵庫が古いので買い替えたい",
        "祖母のおむつがパンパンになる前に替えたいので、夜用のおすすめを教えて",
    ],
)
def test_one_sign_or_own_care_is_no_abuse(ex, text):
    """The writer's own care worry or one sign alone: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- alone and unable to move now


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしです。急に胸が苦しくて動けない",
        "夜中、お腹が痛すぎて起き上がれない。家に誰もいない",
        "いま腰が痛くて立ち上がれん。ひとり暮らしで誰も呼べん",
        "深夜に頭が痛くて動けないです。一人で住んでて、救急車呼ぶほどかわからない",
    ],
)
def test_alone_and_unable_to_move_now_is_emergency(ex, text):
    """Alone, unable to move for pain now: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしで、腰が痛くて動けない日がある。ヘルパーさんは頼めますか",
        "昨日は夜中に腹が痛くて動けなかったけど、今は治まりました",
        "家族と住んでいます。膝が痛くて立てないことが増えた",
        "筋肉痛で動けない笑 ひとりで引っ越し作業したせい",
    ],
)
def test_pain_on_some_days_or_past_is_no_emergency(ex, text):
    """Pain on some days, pain that passed, or with family: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- no DV


@pytest.mark.parametrize(
    "text",
    [
        "高校生の息子が夜中に壁を蹴る音がして、妻がおびえてる",
        "娘が部屋で物を投げて暴れる。妻は怖がって眠れない",
        "元妻の再婚相手に小3の息子が殴られてるらしい",
        "前の嫁の新しい旦那が娘を叩いてると聞いた。娘は小5",
        "妻が包丁を持って「死にたい」と泣いている",
    ],
)
def test_no_dv_where_the_partner_did_not_harm(ex, text):
    """A frightened partner, an ex-partner's new husband, a knife to herself: no DV."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が夜中に壁を殴って、私はおびえてる",
        "夫が暴れて物を投げる。子どもが怖がってる",
        "中2です。お母さんの彼氏がお母さんを殴ってる",
        "妻が包丁を向けて「殺してやる」と叫んでいる",
    ],
)
def test_partner_violence_stays_dv(ex, text):
    """A partner who rages, a mother's boyfriend who hits her, a knife pointed: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "text",
    [
        "仕事を辞めてから友達とも連絡とってない",
        "地元に戻ってきた。昔の仲間にはもう何年も連絡してない",
        "引っ越して一か月、まともに人と話してない",
        "ここ2週間、ろくに人と話していない",
        "向かいのおじいさん、一人暮らしで家族が来てる様子がない",
        "隣のばあちゃん、身内も訪ねてる気配がない",
    ],
)
def test_cut_off_is_isolation(ex, text):
    """Not in touch with friends, no proper talk for weeks, no kin seen to visit: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "友達と連絡とってて、来週会う予定です",
        "子どもが一か月まともに話を聞いてくれない",
        "家族が来てる様子なので、たぶん大丈夫です",
        "昔の仲間と連絡して飲み会をしました",
    ],
)
def test_in_touch_is_no_isolation(ex, text):
    """Friends in touch, a child who will not listen, kin visiting: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- hikikomori


@pytest.mark.parametrize(
    "text",
    [
        "中2の娘が半年学校に行ってない。夜はゲーム。家から一歩も出てない",
        "息子が3か月学校に行けてない。昼夜逆転で部屋から出てこない",
        "弟は30代、仕事を辞めてずっと働いてない。ほとんど外にも出てない",
        "俺は40で長いこと無職。外にもめったに出てない",
    ],
)
def test_months_away_and_shut_in_is_hikikomori(ex, text):
    """Months away from school or work, staying in the house: hikikomori."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が半年学校に行ってない。でも毎日フリースクールに通ってます",
        "雨の日は外にも出てない、犬の散歩もお休み",
        "息子が3日学校を休んだ。熱がある",
        "母の介護で半年学校に行けてない。家から出られない",
    ],
)
def test_school_absence_alone_is_no_hikikomori(ex, text):
    """Absence with going out, a rainy day, a few days ill, a young carer: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- double care


@pytest.mark.parametrize(
    "text",
    [
        "妻がうつで寝込んでいる。保育園の送り迎えも弁当も俺がやってる",
        "嫁が入院中で、幼稚園のお迎えは全部私です。小さい子が2人",
        "夫ががんの治療中。子どもの寝かしつけも家のことは全部私です",
        "旦那が統合失調症で、小学生の子が2人。家の中がまわってない",
        "妻が義母の介護と下の子の世話でいっぱいいっぱい",
        "嫁は親の面倒と子育てで疲れ切ってる",
    ],
)
def test_ill_partner_beside_children_is_double_care(ex, text):
    """An ill partner beside the children's days, or a parent's care beside children."""
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "保育園の送り迎えは妻と交代でやってます。延長保育はありますか",
        "妻が風邪気味。送り迎えは今日だけ俺が行った",
        "子どもの弁当作りが大変。何かいいレシピありますか",
        "家の中がまわってない、引っ越しの片付けが終わらない",
    ],
)
def test_chores_with_a_well_partner_are_no_double_care(ex, text):
    """School runs shared with a well partner, a packed lunch, moving: no double care."""
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "定年してから昼間から酒ばっかり飲んでる"),
        ("health", "夫が朝から焼酎浸り。どうしたらやめさせられるか"),
        ("health", "父がALSと言われました"),
        ("health", "母が筋萎縮性側索硬化症と診断された"),
        ("care", "夫が脳梗塞で倒れてから私ひとりで介護してる"),
        ("care", "母が認知症になって、わし一人で面倒見とる"),
        ("care", "親父が脳出血して、俺ひとりで見てる"),
        ("care", "妻が骨折してから俺が一人で世話してる"),
    ],
)
def test_field_wordings(ex, label, text):
    """Drinking from midday, ALS, nursing a spouse or parent alone: the field."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "父がパーキンソン病で要介護4。在宅で見てます"),
        ("health", "母が認知症で要介護2、デイに通ってる"),
        ("child", "嫁が子どもを連れて実家に帰った。酒がやめられん"),
        ("child", "もう死にたい。嫁も子どもも俺がいない方が楽だろう"),
        ("child", "子どもたちには悪いことをしたと思う。もう終わりにしたい"),
        ("care", "ドラマで認知症の母の介護の話を見て泣いた。うちの親は元気"),
        (
            "care",
            "父の介護のことでは大変お世話になりました。先週、家でおだやかに息を引き取りました",
        ),
        ("hardship", "会社を辞めて独立しました。収入は問題ないです。開業届はどこに出せば"),
        ("hardship", "去年は失業して生活保護でしたが、今は正社員で働けてます"),
        ("hardship", "子どもがまだ小さいので仕事は辞められない。延長保育はありますか"),
        ("health", "消防で25年、救急の現場にいました。防災の講師をやりたい"),
    ],
)
def test_field_look_alikes(ex, label, text):
    """An illness behind the care, children only named, a drama, a death after thanks,
    income fine, welfare left behind, a job one cannot quit, a fire-fighter's career."""
    assert label not in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "塾代が出せない月があって、子どもに申し訳ない"),
        ("child", "嫁が出ていった。子どもは小2と年長。学童の申し込みは"),
        ("health", "母が病気で寝たきり。中学生の俺が面倒みてる"),
        ("hardship", "会社を辞めて半年、貯金も尽きた"),
    ],
)
def test_fields_that_stay(ex, label, text):
    """A child's costs, children given grades, an ill bedridden mother, a job lost: kept."""
    assert label in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "会社を辞めて半年、収入は大丈夫かと不安で眠れない",
        "収入がない。貯金も尽きた。仕事を辞めてから家賃も払えない",
    ],
)
def test_income_worry_stays_hardship(ex, text):
    """Income feared for, or none: hardship stays."""
    assert "hardship" in ex(text).fields
