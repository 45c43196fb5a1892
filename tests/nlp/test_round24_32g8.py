"""Round 24 (32g8): a child not back from school or cram school while the phone does not
connect or the usual hour has passed; a carer afraid of the urge to leave the person they
care for alone; shame at a small blunder told as 「消えたい」 with a laugh; a pupil's
「まだ高2なのに」; hospital and medicine costs too heavy; a mother crying since the birth.
And what only looks like that: a child who will not sleep, an illness healed long ago,
loneliness at home, child-rearing finished, a bruise explained away as a fall, thanks for
help now ended, the politeness 「お世話になりました」."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- not back


@pytest.mark.parametrize(
    ("label", "text"),
    [
        (
            "emergency",
            "小3の息子がサッカーから帰ってこないんです。いつもなら6時には家にいるのに、もう8時です",
        ),
        ("emergency", "娘が学校から戻りません。携帯にかけても出ません"),
        ("emergency", "高1の息子がバイトから帰ってきません。スマホも繋がらない"),
        ("emergency", "中2の娘、部活から帰ってこない。LINEも既読つかん"),
        ("emergency", "夫が仕事から戻りません、電話も出ないし会社ももう出たって"),
        ("emergency", "うちの子が習い事から帰ってこーへん。普段は5時には帰るはずなのに"),
        ("emergency", "むすこが がっこうから かえってきません。でんわもつながりません"),
        (
            "emergency",
            "娘が塾から戻ってこない。いつもは8時には帰ってくるのに、もう10時。電話も出ない",
        ),
        ("emergency", "中学生の息子が部活から帰ってきません。携帯も電源が切れているみたいです"),
        ("emergency", "小2の子が下校時間を過ぎても帰ってきません"),
        ("emergency", "高校生の娘がバイト先から帰ってこず、連絡もとれません"),
        ("emergency", "主人が会社を出たと言ってから帰ってきません。電話もつながりません"),
        ("emergency", "息子がまだ塾から帰らん。いつもなら9時には帰っとるのに、電話もでらん"),
        ("emergency", "こどもが がっこうから もどりません。いつもは4じに かえるのに"),
        ("emergency", "娘（中1）が部活から帰ってこないです。携帯に何回かけてもつながりません"),
        ("emergency", "小6の息子、公園から帰ってこない。もう真っ暗で電話も持ってない"),
    ],
)
def test_not_back_raises(ex, label, text):
    """Not back from school or work, the phone silent or the usual hour past: emergency."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("emergency", "娘は修学旅行中なので帰ってきません。電話も出ませんが楽しんでいると思います"),
        ("emergency", "息子は塾で9時には帰るって。まだ帰ってきてません"),
        ("emergency", "夫は出張で金曜まで戻りません。電話は夜にしかつながらないです"),
        ("emergency", "娘が大学から帰ってきたら、スマホが繋がらないって文句言ってた"),
        (
            "emergency",
            "息子は部活の合宿で日曜まで帰ってきません。携帯は預けているので電話もつながりません",
        ),
        ("emergency", "夫が会社から戻りません、電話にも出ません。いつものことなので先に寝ます"),
    ],
)
def test_not_back_does_not_raise(ex, label, text):
    """A trip, a plan, or a phone complained about is no emergency."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- neglect urge


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("abuse", "寝たきりの母の世話を一人でしていて、ときどき放っておきたくなる自分がいます"),
        ("abuse", "認知症の父の介護で限界です。もうわざとほったらかしにしたくなります"),
        ("abuse", "義父のおむつ替えも食事も全部私。正直、放置したくなる時がある"),
        ("abuse", "ばあちゃんの介護、もうほっときたくなるんよ。こんな自分がこわい"),
        ("abuse", "夜泣きがひどくて、赤ちゃんを放っておきたくなってしまいます"),
        ("abuse", "要介護3の姑の世話、ご飯抜きにしたくなる瞬間がある"),
        ("abuse", "母の介護に疲れて、もう何もかも放り出して母をほったらかしにしたいと思ってしまう"),
        ("abuse", "認知症の祖母をわざと一人にしておきたくなる"),
        ("abuse", "寝たきりの夫の世話、ときどき放っておこうかと思ってしまう自分が怖い"),
        ("abuse", "義母の介護がつらくて、ご飯をあげたくないと思うことがある"),
        ("abuse", "認知症の母を見ていると、いっそ放っておきたくなります"),
        ("abuse", "寝たきりの父のこと、もうほっときたくなる。こんなこと思う自分が嫌"),
    ],
)
def test_neglect_urge_raises(ex, label, text):
    """A carer afraid of the urge to leave the cared-for alone: feared abuse."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("abuse", "母からの電話がしつこくて、正直放っておきたくなる"),
        ("abuse", "介護の仕事が忙しくて、家事なんかもう放っておきたくなる"),
        ("abuse", "認知症の父のことで役所に聞きたいです。散歩は好きにさせてます"),
        ("abuse", "姑の小言はもう放っておきたくなる。言い返すと長いので"),
    ],
)
def test_neglect_urge_does_not_raise(ex, label, text):
    """A call, housework or work one would leave is no abuse."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- embarrassed


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("suicide", "死にたい。生きてるのが恥ずかしい"),
        ("suicide", "こんな自分が恥ずかしくて消えたい。もう生きていたくない"),
        ("suicide", "失敗ばかりで恥ずかしい。消えたい。もう生きていたくない"),
        ("suicide", "もう恥ずかしい人生だった、消えたい"),
    ],
)
def test_embarrassed_raises(ex, label, text):
    """Shame of being alive is still suicide."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("suicide", "恥ずかしすぎて消えたいw 電車で寝言いっちゃった"),
        ("suicide", "はずかしくて消えたい笑\u3000会議で名前まちがえて呼んだ"),
        ("suicide", "みんなの前でこけて恥ずかしすぎて消えたい😂"),
        ("suicide", "メール誤送信した…恥ずかしくて消えたい。取り消しってできますか"),
        ("suicide", "恥ずい、消えたい（笑）申請書の書き方まちがえてました"),
        ("suicide", "恥ずかしすぎて死にたいｗ\u3000スカートのチャック開いてた"),
        ("suicide", "穴があったら入りたい、消えたい…書類の提出先まちがえた"),
        ("suicide", "はっず！消えたい！LINE誤爆した"),
        ("suicide", "恥ずかしすぎて消えたい〜w 元カレに誤爆した"),
    ],
)
def test_embarrassed_does_not_raise(ex, label, text):
    """Wanting to vanish in shame at a small blunder is no suicide."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- grade


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "まだ高2なのに毎日弟の世話でしんどい"),
        ("child", "中3やけど、家のこと全部うちがやってる"),
        (
            "young_carer",
            "父がうつで寝込んでて、料理も洗濯も全部ぼくがやってる。まだ中2なのに部活もできない",
        ),
        ("young_carer", "ばあちゃんの介護は私の役目。まだ高1なのに遊びにも行けん"),
        ("child", "もう中3なのに、お母さんが家事全部わたしにやらせる"),
        ("young_carer", "中1やのに毎晩ばあちゃんのおむつ替えしとる。母さんは病気で寝たきり"),
    ],
)
def test_grade_raises(ex, label, text):
    """A pupil who writes 「まだ高2なのに」 writes about themself."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- medical cost


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hardship", "病院代がきつくて、通院を減らしています"),
        ("hardship", "薬代が高すぎて、毎月の支払いがしんどい"),
        ("hardship", "医療費が払えなくて、歯医者にも行けてない"),
        ("hardship", "治療費がバカにならなくて生活が苦しい"),
        ("hardship", "入院費が払えなくて困っています"),
        ("hardship", "通院費がかさんで生活がきつい"),
        ("hardship", "薬代が払えんけん、薬を減らしとる"),
    ],
)
def test_medical_cost_raises(ex, label, text):
    """Hospital, medicine and treatment costs too heavy to pay: hardship."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hardship", "病院代は夫の会社の保険で戻ってくるので大丈夫です"),
    ],
)
def test_medical_cost_does_not_raise(ex, label, text):
    """Costs an insurer pays back are no hardship."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- postpartum


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "妻が産後ずっと泣いてばかりで心配です"),
        ("health", "嫁さん、産後から塞ぎ込んでて笑わなくなった"),
        ("health", "産後、毎日涙が止まらない"),
        ("health", "産後2か月、妻が毎晩泣いています"),
        ("health", "産後うつかもしれない。妻が毎日ふさぎこんでて笑わなくなった"),
    ],
)
def test_postpartum_raises(ex, label, text):
    """A mother who cries or withdraws since the birth: health."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- child sleep


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "子どもが寝たあとも、私が全然眠れないんです"),
    ],
)
def test_child_sleep_raises(ex, label, text):
    """The writer who cannot sleep is health."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "うちの子、夜ぜんぜん寝ないんです。寝かしつけのコツありますか"),
        ("health", "2歳の娘が夜寝てくれなくて困っています"),
        ("health", "赤ちゃんが寝付かない、抱っこしても泣く"),
        ("health", "コドモガ ヨル ネナイ ドウシタラ"),
        ("health", "息子が夜なかなか寝てくれません。寝かしつけに2時間かかります"),
        ("health", "1歳の子が夜中に何回も起きて寝ない"),
    ],
)
def test_child_sleep_does_not_raise(ex, label, text):
    """A child or baby who will not sleep is child-rearing."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- past illness


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "最近眠れなくて、夜中に何度も目が覚めます"),
        ("health", "昔うつで通院してたけど、今はまた眠れなくなってきました"),
    ],
)
def test_past_illness_raises(ex, label, text):
    """Sleeplessness now, or an illness that is back, is health."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("health", "昔うつで通院してたけど、今はもうすっかり元気です。マラソン大会の申込みは？"),
        ("health", "以前パニック障害で通ってましたが、今は完全に治りました"),
        ("health", "若い頃ぜんそくで入院したけど今は大丈夫です"),
        ("health", "数年前に適応障害で休職しましたが、今はすっかり元気に働いています"),
        ("health", "昔は喘息持ちでしたが、今は全然大丈夫です"),
    ],
)
def test_past_illness_does_not_raise(ex, label, text):
    """An illness long past and healed is no health concern."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- home alone


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hikikomori", "息子が5年家にこもっていて、部屋から出てきません"),
        ("hikikomori", "仕事をやめてから、ずっと家にいてもう3年になります"),
    ],
)
def test_home_alone_raises(ex, label, text):
    """Years shut in are hikikomori."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("hikikomori", "夫に先立たれて5年。家にいても話し相手がおらん"),
        ("hikikomori", "家にいても誰とも話さない日が2年続いてる"),
        ("hikikomori", "一人暮らしで10年。家にいても誰も来ない"),
    ],
)
def test_home_alone_does_not_raise(ex, label, text):
    """「家にいても話し相手がいない」 is loneliness at home."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- child raised


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "子育てが大変で、毎日くたくたです"),
    ],
)
def test_child_raised_raises(ex, label, text):
    """Raising children now is a child matter."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "子育ても一段落したので、パートに出たいです"),
        ("child", "子育てが終わって時間ができたので習い事を始めたい"),
        ("child", "子どもたちはみんな独立したので、夫婦二人暮らしです"),
        ("child", "子どもも手が離れたので、ボランティアを始めたいです"),
        ("child", "子育ても終わって、夫と二人の生活です"),
    ],
)
def test_child_raised_does_not_raise(ex, label, text):
    """Child-rearing finished is no child matter."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- cover story


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "父が家の中で転んでばかりで、一人では危ない"),
    ],
)
def test_cover_story_raises(ex, label, text):
    """A parent who keeps falling needs care."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "娘が顔にあざを作ってきた。本人は転んだって言うけど彼氏が怪しい"),
        ("care", "妹が旦那に殴られてるみたい。本人はぶつけたって言ってる"),
    ],
)
def test_cover_story_does_not_raise(ex, label, text):
    """A bruise explained away as a fall is no care need."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)


# ---------------------------------------------------------------- thanks


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "母が施設に入ったけど、まだ毎週面会と洗濯で大変です"),
        ("care", "認知症の母の世話で毎日くたくたです"),
    ],
)
def test_thanks_raises(ex, label, text):
    """Care still going on is care."""
    e = ex(text)
    assert label in (*e.fields, *e.crisis, *e.patterns)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "父の介護、施設に入ってやっと落ち着きました。本当にありがとうございました"),
        ("care", "祖母が特養に入れてもらって安心しました。その節はお世話になりました"),
        ("care", "いつもお世話になっております。粗大ごみの出し方を教えてください"),
        ("care", "先日はお世話になりました。書類は無事に届きました"),
        ("care", "母が老健に入ってやっと落ち着きました。ありがとうございました"),
    ],
)
def test_thanks_does_not_raise(ex, label, text):
    """Thanks for help now ended, and 「お世話になりました」, are no care."""
    e = ex(text)
    assert label not in (*e.fields, *e.crisis, *e.patterns)
