"""Round 26 (34g12): danger said sideways. A young mother who pictures the balcony with the baby
in her arms; an old person who has put their things in order and asks that the family be told
where the bankbook is; a house nobody has gone in or out of for a week; a toddler crying next
door since last night with the parents' car gone; a parent with dementia locked in from
outside; meals withheld from a grandmother; a sister who says her husband choked her, then does
not answer; a grown son who kicks his old mother (her husband long dead); a mother's bruise and
a father who shouts at her; a carer who wishes to go together with the husband she nurses; a
grandmother's bankbook held by an uncle while her fridge is empty; a mother's boyfriend who
comes into the bath. And fields and patterns: money denied as the worry, no income at all, no
one to talk to, years of not going out. And what only looks like that: moving house, a cat
locked in, strays not to be fed, 「おなかすいて死にそう笑」, thanks for help long ago, a TV
character, grown-up children, a bullying denied, a heart that aches at the news."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a child in the arms, a jump


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きが続いて、赤ちゃんを抱っこしたまま窓から…って考えてしまう自分が怖い",
        "この子を抱いて橋から飛び降りたらって、ふと頭をよぎります",
        "息子を連れて屋上から…なんて想像してしまった。疲れてるのかな",
        "娘をだっこしたまま線路に飛び込みたくなる瞬間がある",
        "我が子を抱えてマンションから身を投げることを考えてしまいました",
    ],
)
def test_a_jump_with_the_child_in_arms_is_suicide_and_abuse(ex, text):
    """Picturing a jump with one's baby or child in arms: suicide, and the child at risk."""
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもを抱っこしてベランダから花火を見ました",
        "赤ちゃんを抱いたまま窓から外の雪を見せてあげた",
        "息子を連れて橋から川の鯉を眺めるのが日課です",
        "娘を抱っこして屋上から夕日を見たらきれいでした",
    ],
)
def test_a_view_with_the_child_in_arms_is_no_crisis(ex, text):
    """Fireworks, snow or a sunset seen with a child in arms: no crisis."""
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "abuse" not in crisis


# ---------------------------------------------------------------- things in order, the bankbook


@pytest.mark.parametrize(
    "text",
    [
        "身の回りはすっかり片付けました。印鑑の場所を娘に伝えておいてください",
        "持ち物はもう処分しました。通帳のありかは長男に知らせておいてほしい",
        "通帳の隠し場所を息子に教えておいてもらえますか。今まで長いことお世話になりました",
        "身辺はもう整理しました。保険証書の置き場所を妹に言うておいてください",
    ],
)
def test_affairs_in_order_and_the_bankbook_told_is_suicide(ex, text):
    """Things put in order and the bankbook's place passed on to the family: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "引っ越しのため身の回りを整理しました。通帳の置き場所を息子に伝えておいてください",
        "来週から入院なので身の回りの物を片付けました。印鑑の場所を娘に教えておいてもらえますか",
        "施設に入るので持ち物を処分しました。通帳の場所を長男に知らせておいてほしい",
        "終活で身の回りを整理しています。エンディングノートの書き方を教えてください",
    ],
)
def test_affairs_in_order_for_a_move_is_no_suicide(ex, text):
    """A move, a hospital stay, a care home, end-of-life planning: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- nobody in or out for days


@pytest.mark.parametrize(
    "text",
    [
        "向かいの一人暮らしのおじいさんの家、5日くらい誰も出入りしてないみたいです",
        "ここ数日、隣のお宅に人の出入りがないんです。郵便受けもいっぱい",
        "裏の家、一週間近く誰も出入りしとらん。心配です",
        "何日も誰一人出入りしていない部屋があって、大家として気になっています",
    ],
)
def test_no_one_in_or_out_for_days_is_emergency(ex, text):
    """A home nobody has gone in or out of for days: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣は空き家で、もう何日も誰も出入りしていません。草がすごいです",
        "お向かいは旅行中で、一週間誰も出入りしてないけど行き先は聞いています",
        "店が改装工事で、ここ数日は人の出入りがないです",
        "入院中の父の家、しばらく誰も出入りしてないので風通しに行きたい",
    ],
)
def test_no_one_in_or_out_for_a_reason_is_no_emergency(ex, text):
    """An empty house, a trip, building work, a hospital stay: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a small child crying, no parent


@pytest.mark.parametrize(
    "text",
    [
        "下の部屋の赤ちゃんの泣き声が夜からずっとやまない。お母さんの気配もない",
        "隣の3歳くらいの子の泣き声が朝から止まらない。親の車もずっとないんです",
        "向かいの小さい子の泣き声が何時間も続いてて、大人の声がしない",
        "アパートの上の階、幼児の泣き声がゆうべからやみません。ママの姿も見えない",
    ],
)
def test_a_child_crying_with_no_parent_is_abuse_and_emergency(ex, text):
    """A small child crying since last night, no parent's car, voice or figure."""
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの子の夜泣きが毎晩ひどくて寝不足です",
        "隣の赤ちゃんの泣き声が朝から聞こえるけど、お母さんがあやす声もしていて安心しました",
        "子どもの泣き声がうるさいって苦情が来て困っています",
    ],
)
def test_a_child_crying_with_a_parent_is_no_emergency(ex, text):
    """A child's crying heard with a parent there, or one's own child: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- locked in from outside


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が徘徊しないように外から鍵をかけて、仕事に出ています",
        "ばあちゃんが出ていかないよう、家族が外からカギしめて出かけてる",
        "母が出られないように外から南京錠をかけてパートに行っています。正直つらい",
        "外から鍵をかけて閉じ込めてるんです、夫の母を。そうしないと出ていってしまうので",
    ],
)
def test_locked_in_from_outside_is_abuse(ex, text):
    """A parent or grandparent locked in from outside so they cannot leave: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫が出ていかないように外から鍵をかけています",
        "出かけるときは外から鍵をかけて戸締りしています",
        "犬が逃げないように玄関に鍵をつけました",
        "泥棒が入らないように外から鍵をかけてから出かけます",
    ],
)
def test_a_door_locked_for_a_pet_is_no_abuse(ex, text):
    """A pet kept in, a door locked when going out: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- meals withheld


@pytest.mark.parametrize(
    "text",
    [
        "おじいちゃんが漏らすと、おばさんが罰だって夕飯をあげない。中2です",
        "継母が弟にだけ晩ごはんをあげない日がある。高1",
        "母がばあちゃんに「くさい」と言ってごはんを出さないことがあります。中学生です",
        "施設で、祖母が夜ご飯を抜きにされているみたいです",
    ],
)
def test_meals_withheld_are_abuse(ex, text):
    """Meals held back from a grandparent or a child: abuse (neglect)."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "野良猫にご飯をあげないでくださいという張り紙はどこでもらえますか",
        "公園の鳩にごはんをあげないように看板を出してほしい",
        "子どもにご飯をあげないといけないのに、体が動かない",
    ],
)
def test_strays_not_to_be_fed_are_no_abuse(ex, text):
    """Strays not to be fed, a meal that must be given: no abuse."""
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "お腹すいて死にそうｗ 子ども食堂ってどこにありますか",
        "腹減って倒れそう笑　児童館の夏祭りの日程を教えてください",
        "おなかぺこぺこで死ぬ〜冗談です。子育てサロンの予約はどこから？",
        "お腹すいて限界w 子どもの予防接種の予約方法を知りたいです",
    ],
)
def test_hunger_as_a_joke_is_no_abuse(ex, text):
    """An adult's 「おなかすいて死にそう笑」: no neglect."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- thanks for help long ago


@pytest.mark.parametrize(
    "text",
    [
        "5年前、夫の暴力のことで相談に乗っていただきました。今は離婚して子どもと元気に暮らしています。ありがとうございました",
        "8年前に元夫のDVでお世話になりました。おかげさまで今は穏やかに過ごしています",
        "以前、前の夫から殴られていたときに助けていただきました。今は子どもたちも元気です。本当にありがとうございました",
        "十年前、暴力をふるう夫から逃げるとき役所の方にお世話になりました。今では孫もできて毎日楽しく過ごしています",
    ],
)
def test_thanks_for_help_with_violence_long_ago_is_no_dv(ex, text):
    """Thanks for help with violence years ago, all well now: no DV now."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "5年前にDVでお世話になりました。今は元気ですが、最近また元夫がつきまとってきて怖いです",
        "以前、夫の暴力でお世話になりました。ありがとうございました。実はまた殴られるようになって",
    ],
)
def test_thanks_with_violence_again_keeps_dv(ex, text):
    """Thanks for help long ago but the violence is back: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- violence told, then silence


@pytest.mark.parametrize(
    "text",
    [
        "妹から「旦那に殴られた、助けて」ってLINEが来た。そのあと電話しても出ない",
        "娘から「夫に蹴られた」と電話があって途中で切れました。何度かけても出ません",
        "友だちのお母さんから「主人に首を絞められた」って連絡があった。かけなおしてもつながらない",
        "姉が「夫に殴られてる」とメールしてきた。それから既読がつかない",
    ],
)
def test_violence_told_then_no_answer_is_emergency(ex, text):
    """Someone who told of a partner's blows, then cannot be reached: emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られて実家に逃げています。夫からの電話には出ないようにしています",
        "元夫の暴力で離婚しました。今は元夫から電話があっても出ません",
    ],
)
def test_writer_not_answering_a_violent_partner_is_no_emergency(ex, text):
    """The writer who does not take the violent partner's calls: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a grown son's blows


@pytest.mark.parametrize(
    "text",
    [
        "50になる息子がもう15年部屋にこもっています。このごろは私を突き飛ばしたり殴ったりします。主人はとうに亡くなりました",
        "45歳の娘がずっと家にいて働いていません。最近は私に物を投げてきます。夫は5年前に他界しました",
        "48の息子が仕事をやめてから十年家におります。最近は私を蹴ったりします。私は80です",
        "52歳の長男が20年近く引きこもっています。この頃は私に怒鳴って物を投げつけます。夫はもう亡くなりました",
    ],
)
def test_grown_child_strikes_old_parent_is_abuse(ex, text):
    """A middle-aged son or daughter at home who hits the old parent: abuse, not DV."""
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "dv" not in crisis


# ---------------------------------------------------------------- a parent bruised by the other


@pytest.mark.parametrize(
    "text",
    [
        "実家の父のことなんですが、母に怒鳴られてばかりで。この前、父の腕にあざがありました",
        "母は父に殴られているみたいです。帰省したら母の顔にあざがあった",
        "母が父に怒鳴られてるのは前からです。先週、母の首に青あざを見つけました",
        "父が母を毎晩怒鳴りつけてるようで、母の腕にあざができてました。私は遠方です",
    ],
)
def test_a_parent_bruised_by_the_other_is_dv(ex, text):
    """A bruise on one parent, the other parent shouting at or hitting them: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- dying together with the cared-for


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの母を看て8年。夜中に母の顔を見ていると、一緒に逝けたらと思います",
        "認知症の夫の介護に疲れました。いっそ一緒に連れていくしかないのかと考えてしまう",
        "要介護5の父の世話を一人でしています。父を道連れにしてしまいそうで怖い",
        "寝たきりの妻と二人暮らし。もう一緒に死のうかと思う夜がある",
    ],
)
def test_a_carer_thinking_of_dying_together_is_abuse(ex, text):
    """A carer who thinks of dying together with the one they look after: suicide and abuse."""
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "abuse" in crisis


# ---------------------------------------------------------------- a bankbook held, a bare fridge


@pytest.mark.parametrize(
    "text",
    [
        "祖父の通帳を伯父が握ってて、祖父の家は冷蔵庫がからっぽ、ガスも止められてた",
        "ばあちゃんの年金を叔母が預かってて、ばあちゃんは食べるものがないって言う",
        "母の通帳を兄が持って行ってしまって、母の家は電気が止まっていました",
        "おじいちゃんのキャッシュカードをおじさんが持ってて、家賃も払えてないみたい",
    ],
)
def test_older_persons_money_held_while_they_lack_is_abuse(ex, text):
    """An older person's bankbook held by a relative while they go without: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の通帳は兄が管理してくれていて、生活費もきちんと渡してくれています",
        "祖母の年金を叔父が預かっていますが、祖母は元気に暮らしています",
    ],
)
def test_older_persons_money_kept_for_them_is_no_abuse(ex, text):
    """A bankbook kept for the older person, who lacks nothing: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a bath walked into


@pytest.mark.parametrize(
    "text",
    [
        "お母さんの彼氏が、わたしがお風呂に入ってるときに入ってくる。中1",
        "ぎりのおとうさんが きがえのとき のぞいてくる。いやだ。小5",
        "義父がシャワーの最中に開けてくる。高2です",
        "ママのかれしが ふろのとき はいってくる こわい",
    ],
)
def test_an_adult_in_a_childs_bath_is_abuse(ex, text):
    """A mother's partner or step-parent who comes into a pupil's bath or changing: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "お父さんがお風呂の電気を消しに入ってくる。中1",
        "3歳の娘がお風呂に入ってくるのでゆっくりできません",
        "猫がお風呂のときに入ってくる笑　小6",
    ],
)
def test_a_bath_visit_without_fear_is_no_abuse(ex, text):
    """A father turning off the light, a toddler or a cat in the bath: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- money denied as the worry


@pytest.mark.parametrize(
    "text",
    [
        "お金は別にいいんです。それより最近ずっと頭痛がして",
        "お金の相談じゃないんです！父が夜中に家を出ていこうとするんです",
        "お金は年金で困ってるわけじゃないです。ただ夫の物忘れがひどくて",
        "お小遣いはちゃんともらってるから大丈夫。でも家にだれもいなくてさみしい。中2",
    ],
)
def test_money_denied_as_the_worry_is_no_hardship(ex, text):
    """「お金は別にいいんです」「お金の相談じゃない」: no hardship."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金がなくて大丈夫じゃない",
        "お金がなんとかならないか相談したいです",
        "子ども連れて家を出ました。住むところとお金、どうしたらいいですか",
        "病気で休んでいて、収入もありません",
        "障害のある妻の介助があって働きに出られません。貯金も減る一方です",
        "シングルで子どもが小さく、収入がまったくありません",
        "夫の年金だけで、私は介護で働きに行けません",
    ],
)
def test_money_short_is_hardship(ex, text):
    """Money short, no income, unable to go out to work: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "去年まで生活保護を受けてました。今は働いています。図書館カードの作り方を教えて",
        "3年前まで生保をもらってたんですけど、今は自立できてます",
        "先月まで生活保護を受給していました。就職したので確定申告について知りたい",
        "以前まで保護を受けていましたが、今はパートで暮らしています",
    ],
)
def test_welfare_long_ended_is_no_hardship(ex, text):
    """Welfare that ended, the writer now working: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- no one to talk to


@pytest.mark.parametrize(
    "text",
    [
        "介護と仕事で毎日へとへと。こういう話ができる人が周りにだれもいません",
        "育児のことで愚痴れる相手もいないし、夫は帰りが遅い",
        "弱音を吐ける人がいなくて、一人で抱えています",
        "本音を話せる友達がひとりもいない。高2",
    ],
)
def test_no_one_to_talk_to_is_isolation(ex, text):
    """No one to tell, complain to or be weak with: isolation."""
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- years of not going out


@pytest.mark.parametrize(
    "text",
    [
        "ここ5年くらい、家の外に出ようとすると動悸がして出られません",
        "何年も働いてなくて、外に出ようとすると吐き気がする。33歳です",
        "もう3年以上、玄関から出ようとすると足がすくんで出られない",
        "10年近く、外に出ようとしてもパニックになってしまいます",
    ],
)
def test_years_of_not_going_out_is_hikikomori(ex, text):
    """Years of not getting out of the door: hikikomori."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "映画でひきこもりの青年が出てきて泣いてしまいました。うちの子は元気に社会人をしています",
        "ドラマにひきこもりの娘役が登場して、昔の自分と重なりました。今は働いています",
        "漫画でひきこもりの主人公が描かれていて面白かった",
        "朝ドラのひきこもりの息子さんが出てくる回、よかったですね",
    ],
)
def test_a_withdrawn_character_on_tv_is_no_hikikomori(ex, text):
    """A withdrawn son or daughter in a drama or a film: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- words that are not the matter


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("child", "うちの子たちはもう社会人です。粗大ごみの出し方を教えてください"),
        ("child", "息子たちは二人とも独立して、夫と二人暮らしです。ゴミの分別表がほしい"),
        (
            "child",
            "母が施設を替わりたいと言っています。いじめとかじゃないです、食事が合わないそうで",
        ),
        (
            "child",
            "保育士です。クラスの気になる子のことは上司を通して相談するので大丈夫です。今日は税金の話で",
        ),
        ("health", "ああいう事件のニュースを見ると胸が痛みます。ところで図書館の開館時間は"),
        ("health", "ドラマの最終回、見ていて胸がぎゅっとしました。市の花火大会はいつですか"),
        (
            "care",
            "認知症カフェに父と参加してきました。楽しかったようで、また行きたいと言っています",
        ),
    ],
)
def test_words_that_are_not_the_matter(ex, label, text):
    """Grown children, a bullying denied, a job's children, a heart that aches at the news,
    an outing to a dementia cafe: not the field."""
    assert label not in ex(text).fields


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("care", "足が悪うなって買い物にも行けんようになった。息子は遠くにおる"),
        ("care", "膝が悪なって畑にも出られんようになりました"),
        ("care", "腰が弱くなって病院に行けないようになった。一人暮らしです"),
        ("care", "足が悪くなって外に出られなくなった。娘は県外です"),
        ("health", "最近、気づくと毎日泣いています。何もする気が起きない"),
        ("health", "夜になると、わけもなく涙が出てきます"),
        ("health", "気がつくと一人で泣いてる。仕事も手につかない"),
        ("health", "理由もなく涙が止まらない日が続いています"),
    ],
)
def test_wordings_that_are_the_matter(ex, label, text):
    """Legs too bad now to get out (dialect, older writer): care; crying without knowing
    why: health."""
    assert label in ex(text).fields
