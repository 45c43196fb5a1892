"""Round 29 (37p20), from set P20: crisis said without the crisis word. A partner
who lays hands on the writer once the drink is in (「酒が入ると手ぇ出す」); a partner
who has begun to hit the child too (「子にも手を出すようになった」); a parent who
found they had covered a crying child's mouth; prescribed pills kept back and hoarded;
knowing the roof door is unlocked; 「明日なんか来なきゃいいのに」; a lone drive to
樹海 or 東尋坊; no clean skin left on the arm, or 「またやっちゃった」 hidden under a
sleeve; 「ここなら楽かな」 at a bridge or a crossing; things put in order and
「世話になった」; 「俺がいなくなれば食いぶち減る」 and 「その方がいい」.
And what only looks like that: merry when drunk, shares 「手を出す」, a cough covered,
pills left over or stocked for a disaster, a roof door reported to the caretaker, a
visitor or a test tomorrow, a tour of the forest, eczema or drip marks, a flat near the
station, a clear-out for the end of life, leaving home for a flat of one's own, dying in
a game, 「死にかけてます」 from overwork, 「消えたくなるくらい恥ずかしい」,
「遺書、じゃなくて遺言書」, a hale mother who laughs 「長生きしすぎた」, a collapse that
was only drink, a neighbour unseen for years (no emergency), a child's
「ママ、ずっと帰ってこない」 (neglect, not a missing person)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------- violence once drunk, and to a child


@pytest.mark.parametrize(
    "text",
    [
        "旦那は酒が入るとすぐ手ぇあげる。昨日も叩かれた",
        "彼氏、酔っぱらうと手を出してくるんです",
        "うちのひと、お酒はいったら手ぇ出すんよ",
        "夫は酔ったら手が出る人です。もう限界",
    ],
)
def test_partner_who_hits_when_drunk_is_dv(ex, text):
    """A partner who lays hands on the writer when drunk: DV."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫は前から私を叩くけど、最近は3歳の娘にも手を出すようになった",
        "主人が息子にまで手をあげるようになりました",
        "彼氏が子どもにも手を出すようになって怖い",
    ],
)
def test_partner_who_begins_to_hit_a_child_is_abuse(ex, text):
    """A partner who has begun to hit the child as well: child abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "酒が入ると陽気になって歌い出す父です",
        "息子が株に手を出すようになって心配",
        "夫は酔うと手がつけられないほど陽気になる",
    ],
)
def test_drink_and_shares_are_no_dv(ex, text):
    """Merry when drunk, or shares 「手を出す」: no DV."""
    e = ex(text)
    assert "dv" not in e.crisis
    assert "abuse" not in e.crisis


# ---------------------------------------------------------------- a crying child's mouth covered


@pytest.mark.parametrize(
    "text",
    [
        "上の子が泣きやまなくて、気づいたら鼻と口を手で押さえつけてた",
        "赤ちゃんがギャン泣きして、タオルで口ふさいでしまった",
        "2歳が夜泣きして、とっさに口をふさいだ。自分が信じられない",
    ],
)
def test_crying_childs_mouth_covered_is_abuse(ex, text):
    """A crying child's mouth or nose covered by the parent: abuse feared."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "咳をするときは口をふさいでね、と子どもに教えた",
        "子どもが花火の音で耳をふさいでた",
    ],
)
def test_mouth_covered_for_a_cough_is_no_abuse(ex, text):
    """A cough covered, ears covered at a noise: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- pills hoarded


@pytest.mark.parametrize(
    "text",
    [
        "睡眠薬を飲んだふりして少しずつためてる",
        "もらってる安定剤、こっそり集めてます",
        "病院の薬を飲まずにちょっとずつためとる",
    ],
)
def test_pills_hoarded_are_suicide(ex, text):
    """Prescribed pills kept back and hoarded: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "飲み忘れた薬がたくさんたまってしまいました。捨て方を教えて",
        "防災用に薬を少しずつためています",
        "旅行に備えて薬をこっそり多めにためてます",
    ],
)
def test_pills_left_over_or_stocked_are_no_suicide(ex, text):
    """Pills left over or kept for a disaster or a trip: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------- the roof door, tomorrow, a far spot


@pytest.mark.parametrize(
    "text",
    [
        "学校の屋上、カギかかってないの知ってるんだよね",
        "バイト先のビルの屋上のドアが開いてるの知ってる",
        "マンションの屋上に出られるの知ってる。もう疲れた",
    ],
)
def test_knowing_the_roof_is_open_is_suicide(ex, text):
    """Knowing the roof door is unlocked: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "屋上の鍵があいてるのを知って、管理人さんに伝えました",
        "屋上の扉がいつも開いてるの知ってる？危ないから先生に言おう",
    ],
)
def test_roof_door_reported_is_no_suicide(ex, text):
    """A roof door reported to the caretaker or a teacher: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "朝なんか一生来なければいいのに",
        "もう明日が来ないでほしい",
        "ぜんぶしんどい。明日なんてこなけりゃいい",
    ],
)
def test_wishing_tomorrow_away_is_suicide(ex, text):
    """Wishing tomorrow would not come: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "義母が明日来なきゃいいのに。憂うつ",
        "明日テストだから明日なんか来なきゃいいのに笑",
    ],
)
def test_a_visitor_or_a_test_tomorrow_is_no_suicide(ex, text):
    """A visitor or a test one dreads tomorrow: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今週末、ひとりで東尋坊に行ってくる。もう戻らないかも",
        "夫が『樹海に行く』とだけ書いて出て行きました",
        "友達が一人で樹海まで車で向かってるって",
    ],
)
def test_a_lone_trip_to_a_known_spot_is_suicide(ex, text):
    """A lone trip to 樹海 or 東尋坊: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "家族で樹海の風穴を見に行く予定です",
        "富士の樹海ツアーに参加したい",
        "東尋坊に観光で行ってきました",
    ],
)
def test_a_tour_of_the_forest_is_no_suicide(ex, text):
    """A family outing or a tour: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- self-harm


@pytest.mark.parametrize(
    "text",
    [
        "手首もう切るとこないや",
        "太ももはもうきれいなところがない",
        "またやってしまった。長袖で隠してる",
    ],
)
def test_no_clean_skin_left_is_self_harm(ex, text):
    """No clean skin left, or 「またやっちゃった」 hidden under a sleeve: suicide and health."""
    e = ex(text)
    assert "suicide" in e.crisis
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "アトピーで腕にもうきれいなところがない",
        "点滴の跡で腕にきれいなとこがないって看護師さんが",
        "またやっちゃった、袖にカレーこぼした",
    ],
)
def test_eczema_or_a_spill_is_no_self_harm(ex, text):
    """Eczema, drip marks or a spill on a sleeve: no suicide."""
    assert "suicide" not in ex(text).crisis


# -------------------------------------------------------- 「ここなら楽かな」, farewells, burden


@pytest.mark.parametrize(
    "text",
    [
        "踏切の前で電車を待ってた。ここだったら一瞬かなって",
        "川の土手でずっと水を見てる。ここなら楽かも",
        "ホームの端に立って、ここからなら楽やなって思った",
    ],
)
def test_here_it_would_be_easy_is_suicide(ex, text):
    """「ここなら楽かな」 at a river, a crossing, a platform: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "川沿いの物件を見てきた。ここなら通勤が楽かな",
        "駅の近くの物件、ここなら楽かなって思って決めました",
    ],
)
def test_a_flat_near_the_station_is_no_suicide(ex, text):
    """A flat or a commute 「ここなら楽」: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "身の回りの片付けは終わった。みんなには世話になったな",
        "父が「身辺整理はすんだ、ありがとう」と言って通帳を渡してきた",
        "祖母が身辺の整理を済ませました、お世話になりましたと電話してきた",
    ],
)
def test_things_in_order_and_thanks_are_suicide(ex, text):
    """Things put in order, then thanks or a farewell: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "終活で身辺整理が済みました。業者さんありがとう",
        "老人ホームに入居するので身の回りの片付けが終わりました。ありがとうございました",
    ],
)
def test_a_clear_out_for_a_move_is_no_suicide(ex, text):
    """A clear-out for the end of life or a move into a home: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "わしがおらんようになれば、年金で娘が楽になる。その方がいい",
        "私がいなくなったら、その方がいいんじゃないかと思う",
        "僕がいなくなれば食費も減るし",
    ],
)
def test_the_family_better_off_without_me_is_suicide(ex, text):
    """「俺がいなくなれば食いぶち減る」「その方がいい」: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "俺が一人暮らしでいなくなれば、食費も浮くし親も楽になるかな",
        "私が入院していなくなったら食費は減るけど、子どもが心配",
    ],
)
def test_leaving_home_is_no_suicide(ex, text):
    """Away for a flat of one's own or a hospital stay: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- idioms and things settled


@pytest.mark.parametrize(
    "text",
    [
        "スプラで死にまくった",
        "ゲームでボスに何回も死にまくって草",
        "残業続きで死にそうです。保育園の延長保育ってありますか",
        "仕事で死にかけてます（忙しすぎて）",
        "穴があったら消えたくなるくらい恥ずかしかった",
        "遺書、じゃなくて遺言書の書き方を知りたいです",
        "母は「長生きしすぎたわ」って笑いながら毎日畑に出かけてます",
    ],
)
def test_idioms_are_no_suicide(ex, text):
    """Games, overwork, shame, a will, a hale mother's joke: no suicide."""
    e = ex(text)
    assert "suicide" not in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れたけど、ただ酔って寝てただけでした",
        "夫が倒れた、っていっても飲みすぎて酔いつぶれただけです",
        "隣の人、もう何年も見かけないです。ひきこもりなのかな",
        "向かいの家の息子さんはもう10年くらい姿を見ません",
        "店に来る子が「ママ、ずっと帰ってこない」って言う",
    ],
)
def test_settled_or_long_unseen_is_no_emergency(ex, text):
    """A collapse that was only drink, a neighbour unseen for years, a child's parent away
    (neglect, not a missing person): no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、3日前から見かけないし新聞もたまってる",
        "父が倒れて意識がありません",
    ],
)
def test_unseen_for_days_or_collapsed_is_still_emergency(ex, text):
    """Unseen for days, or a real collapse: still an emergency."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- 8050 told by kin or neighbours


@pytest.mark.parametrize(
    "text",
    [
        "息子（48）は仕事をやめてから、もう5年も部屋から出てません。私ら夫婦ももう八十をすぎました",
        "うちの人もわしも七十をこえた。娘は五十で、ずっと家から出とらん",
        "隣のおじいちゃん、60くらいの息子さんと二人で住んでて、息子さんはもう何年も外で見かけない",
        "お向かいのお母さん（80代）、40過ぎの娘さんはもう何年も姿を見ません",
    ],
)
def test_old_parents_and_a_withdrawn_grown_child_are_8050(ex, text):
    """Old parents and a middle-aged child withdrawn for years: 8050 and hikikomori."""
    e = ex(text)
    assert "8050" in e.patterns
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子さんはもう何年も姿を見ません",
        "隣の人、もう何年も見かけないです",
    ],
)
def test_a_grown_son_unseen_for_years_is_no_neglect(ex, text):
    """A grown son unseen for years: no child neglect, no emergency."""
    e = ex(text)
    assert "abuse" not in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が部屋にこもってると思ったらずっと絵を描いてた",
        "息子がずっと部屋にこもってると思ったらテスト勉強してました",
        "2年ぶりに実家から出てきた友達と会った",
    ],
)
def test_a_room_for_study_is_no_hikikomori(ex, text):
    """Shut in for study or a drawing, a friend met: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "text",
    [
        "ひとりぐらしの　としよりです　だれとも　しゃべって　おりません",
        "休みの日は家で一言もしゃべらないまま終わる",
        "転勤してきて知り合いがいない。誰かとおしゃべりがしたい",
        "今日も　誰とも　話して　いません",
    ],
)
def test_no_one_to_talk_to_is_isolation(ex, text):
    """No word spoken on a day off, no one spoken to, wanting someone to talk to: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰とも話さない一人の時間が好きです",
        "週末は一人で過ごすのが最高。図書館の本の返却について",
        "息子が会議で一言もしゃべらなかったと先生から聞いた",
    ],
)
def test_alone_by_choice_is_no_isolation(ex, text):
    """Alone by choice, a child quiet in a meeting: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "小6です。家のことはほとんど全部ぼくです。ママは夜いない",
        "中2です。妹が夜泣きするから、夜中に起きてあやしてる。学校で眠い",
        "高1。家のことはぜんぶ私で、部活もやめた",
    ],
)
def test_a_pupil_who_keeps_the_house_is_a_young_carer(ex, text):
    """A pupil who keeps the house or soothes a sibling at night: young carer."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "家のことは全部私で、夫は何もしません",
        "長女が妹をあやしてくれて助かってます",
    ],
)
def test_an_adult_who_keeps_the_house_is_no_young_carer(ex, text):
    """A wife who does the housework, an older daughter who helps: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    "text",
    [
        "元カレにしつこく連絡される　中3　どうしたらいい",
        "先輩に無視されてる　高1",
        "親とけんかした　中2　家に帰りたくない",
    ],
)
def test_a_school_year_alone_is_a_child_writing(ex, text):
    """A school year written alone between spaces: a child or teenager writes (child)."""
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が余命を告げられました",
        "父が余命半年と言われました",
        "母は余命3か月です",
    ],
)
def test_told_how_long_is_left_is_health(ex, text):
    """Told how long one has to live: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "給料日前なのに財布すっからかん",
        "パチンコで負けて財布からっぽ",
        "口座の中もう空っぽです",
    ],
)
def test_an_empty_wallet_is_hardship(ex, text):
    """An empty wallet or account: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "新しい財布がからっぽ笑",
        "ずっと寝ていたいくらい毎日眠い",
        "ニュースで事件を見て胸が苦しくなった",
    ],
)
def test_a_new_wallet_or_a_wish_to_sleep_is_no_field(ex, text):
    """A new wallet, 「寝ていたい」 (not 痛い), a feeling at the news: no hardship or health."""
    e = ex(text)
    assert "hardship" not in e.fields
    assert "health" not in e.fields


# ---------------------------------------------------------- more wordings of the same families


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きがひどくて、思わず枕を顔に押し付けてしまった",
        "処方された睡眠薬、飲まずに全部とってある。いざって時のために",
        "マンションの屋上って鍵かかってないんだよね。知ってる",
        "富士の樹海に一人で行こうと思ってる",
        "またやっちゃった。腕がもう傷だらけ",
        "お世話になりました。身の回りのものは全部処分しました",
    ],
)
def test_other_wordings_raise_their_crisis(ex, text):
    """Other wordings of the round's families still raise a crisis."""
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "引っ越すので身の回りのものは全部処分しました。お世話になりました",
        "東尋坊まで電車で来た！景色すごい",
        "猫にやられて腕が傷だらけ",
        "屋上って鍵かかってないんだよね、危なくない？管理会社に言うべき？",
    ],
)
def test_other_near_misses_stay_quiet(ex, text):
    """A move, a sightseeing trip, a cat's scratches, a roof door to report: no crisis."""
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "あしたなんか来なきゃいいのに、夏休み終わっちゃう",
        "薬を少しずつためてるおばあちゃんがいて、飲ませ方の相談です",
        "腕にきれいなところがないくらい蚊に刺された",
        "屋上に出られるの知ってる？夏はビアガーデンやってるよ",
        "酔うと手をあげて踊りだす",
        "お酒が入ると手を叩いて笑う父です",
    ],
)
def test_holidays_bites_and_merriment_stay_quiet(ex, text):
    """A holiday's end, an old person's leftover pills, mosquito bites, a roof-top beer garden,
    hands raised or clapped in merriment: no crisis."""
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もうまじ全部だるい",
        "部活だるいけど行くしかない",
        "正直だるいけど家族だししゃーない",
    ],
)
def test_tedious_is_no_health(ex, text):
    """「だるい」 for tedious (全部・正直・部活): no health."""
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "朝から体がだるい",
        "熱はないけど、ずっとだるい",
        "最近だるくて仕事に行けない",
    ],
)
def test_a_weary_body_is_still_health(ex, text):
    """A weary body: still health."""
    assert "health" in ex(text).fields
