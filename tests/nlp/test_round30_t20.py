"""Round 30 (38t20): what staff, neighbours and relatives saw or heard. An older person gone limp
who answers vaguely; a child who writes in kana 「ぼくがいなければ家がへいわ」; a towel pressed on
a resident's mouth; a mother hiding her neck, the husband hinted at; a baby crying for hours with
no one answering the door; a parent who keeps a pupil in the room and no one may see them; an
older person with dementia who walked off just now in pyjamas; small children out late at night
again and again. Also: a son's or brother's blows with the writer's partner named elsewhere
(no DV), a pupil, nephew or niece who keeps the house (a young carer, no double care), a bruise
on the old parent in an 8050 home, ties with neighbours and kin dropped, curtains drawn for years,
a grown child at home unseen for years, an old parent's worry for a middle-aged child (8050).
And what only looks like that: 「受け答えがはっきりしない」 without a collapse, 「私がいなければ店
が回らない」, a towel on the writer's own face while crying, a bruise from a sports club, a baby
crying while the parents are home, a child kept home with a cold, an older person who walks to
day care, a summer festival at night, a drum, a boxing gym, 「家に帰りたくない〜」 before drinks
with colleagues, 「死ぬ死ぬ」 said laughing, a door knocked at with no one home, 「連絡がなかなか
つかない」, 内出血 after a blood draw, a thing that falls, grown children 県外, a grandchild's video
call, a happy reunion, curtains drawn for a storm, a lecture on young carers, volunteering, a son
who moved away and is not seen, a young child's fear, a funeral plan."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- limp and answering vaguely


@pytest.mark.parametrize(
    "text",
    [
        "訪問したら一人暮らしのおばあさんがぐったりしていて、返事もはっきりしない",
        "祖父が朝からぐったりして、話がかみ合わないんです",
        "ヘルパーです。利用者さんがぐったりしてて受け答えがあいまいです",
    ],
)
def test_limp_and_vague_answers_are_emergency(ex, text):
    """Limp and not answering clearly: danger now."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は認知症で、最近は受け答えがはっきりしないことが増えました",
        "暑くて子どもたちもぐったりです。夏休みの過ごし方の相談です",
    ],
)
def test_vague_answers_alone_are_no_emergency(ex, text):
    """A care need or summer tiredness: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- better off without me (kana)


@pytest.mark.parametrize(
    "text",
    [
        "娘の日記に「わたしがいなくなればパパとママはけんかしない」と書いてありました",
        "児童が「ぼくがいなければ家がなかよくなる」とつぶやいていました",
        "うちの子が「おれがいなきゃ家はへいわなのに」って言った",
    ],
)
def test_child_better_off_gone_is_suicide(ex, text):
    """A child who believes the family would be at peace without them."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "私がいなければこの店は回らないので休めません",
        "兄がいなくなれば家がへいわになるのにと思うことがある",
    ],
)
def test_needed_or_someone_else_is_no_suicide(ex, text):
    """The writer is needed at work; someone else gone: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a towel pressed on the mouth


@pytest.mark.parametrize(
    "text",
    [
        "老人ホームで、職員が入居者さんの口をタオルでふさいでいるのを見ました",
        "デイサービスの職員が利用者さんの口に手を押し当てて黙らせていた",
        "施設の夜勤で同僚が入所者の顔に枕を押し付けていた",
    ],
)
def test_mouth_covered_in_care_is_abuse(ex, text):
    """Smothering a resident in a care setting: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "悲しくて、タオルを顔に当てて声を殺して泣きました",
        "咳が出るので口にハンカチを当てて病院に行きました",
    ],
)
def test_own_towel_is_no_abuse(ex, text):
    """The writer's own towel or handkerchief: no crisis."""
    e = ex(text)
    assert "abuse" not in e.crisis
    assert "dv" not in e.crisis


# ---------------------------------------------------------------- a mother's marked neck


@pytest.mark.parametrize(
    "text",
    [
        "幼稚園の教諭です。あるお母さんが首をストールで隠していて、ちらっとあざが見えました。旦那さんのことを聞くと黙ってしまいます",
        "保育士です。お迎えのお母さんが首元をタオルで隠していて赤い跡がありました。「主人が…」と小さい声で",
        "学童の職員です。ママさんの首に指の跡みたいなのがあって、夫が怖いと言っていました",
    ],
)
def test_mothers_marked_neck_is_dv(ex, text):
    """A child's mother with a mark on her neck, the husband hinted: DV."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子の首に赤い跡があって、夫と皮膚科に連れて行きました",
        "娘がサッカー部の練習であざだらけで帰ってきました。夫も心配しています",
    ],
)
def test_childs_mark_or_sports_is_no_dv(ex, text):
    """A child's mark is not the mother's; a sports bruise is nothing."""
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- a baby crying, no one there


@pytest.mark.parametrize(
    "text",
    [
        "向かいの家から赤ちゃんの泣き声が朝からずっとしてて、チャイム鳴らしても誰も出てこない",
        "アパートの下の部屋で小さい子が何時間も泣いてる。親の車がない",
        "隣の赤ん坊の泣き声が昨日の夜から止まらない。インターホンを押しても応答がない",
    ],
)
def test_baby_crying_for_hours_alone_is_abuse_and_emergency(ex, text):
    """A baby crying for hours with no adult answering: neglect and danger now."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の赤ちゃんの泣き声が毎晩すごいです。お母さん大変そうで、何か手伝えないかな",
        "うちの赤ちゃんが朝から泣きっぱなしで、私ももう疲れました",
    ],
)
def test_baby_crying_with_parents_home_is_no_emergency(ex, text):
    """Crying with a parent there: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達の家のドアを叩いても誰も出てこなかった。留守だったみたい",
        "宅配の人がチャイムを鳴らしても出てこないと言っていました",
    ],
)
def test_door_knocked_is_no_withdrawal(ex, text):
    """Nobody coming to the door is no one being withdrawn."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- a pupil kept in, unseen


@pytest.mark.parametrize(
    "text",
    [
        "担任です。家庭訪問に行ったら母親が「あの子は家から出さない」と言い、本人に会わせてもらえませんでした",
        "中学の先生から聞いたのですが、継父が学校にはもう行かせないと言っていて、誰も本人の顔を見ていないそうです",
        "もう何か月も姪に会えていません。姉が「部屋から出さない」と言っていて心配です",
    ],
)
def test_child_kept_in_and_unseen_is_abuse(ex, text):
    """A parent who keeps the child in and lets no one see them: abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "熱があるので今日は学校に行かせないことにしました",
        "猫を部屋から出さないようにしています。脱走が心配で",
    ],
)
def test_kept_home_when_ill_is_no_abuse(ex, text):
    """A sick day, a cat indoors: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- walked off just now


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母がさっき裸足で外へ出ていった。電話もつながらない",
        "近所のおばあちゃん、今ねまきのまま大通りのほうに歩いていった",
        "徘徊のある祖父が、いま夜中に一人でふらふら出ていった",
    ],
)
def test_older_person_walked_off_now_is_emergency(ex, text):
    """Gone off just now, in night clothes or barefoot: danger now."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父がさっきパジャマのまま出ていったけど、すぐ連れ戻しました",
        "認知症の母ですが、今はデイサービスに歩いて行けています",
    ],
)
def test_brought_back_or_walking_to_day_care_is_no_emergency(ex, text):
    """Brought back, or a walk to day care: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- small children out late


@pytest.mark.parametrize(
    "text",
    [
        "同じ団地の5歳くらいの子が、夜10時すぎても公園に一人でいるのを何度も見ます",
        "近所の幼い兄弟が、夜遅くに駐車場で遊んでいる。親は夜勤らしい",
        "園児の姉妹が毎晩のように深夜に廊下に座っています",
    ],
)
def test_small_children_out_late_is_abuse(ex, text):
    """Small children out late at night again and again: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夏祭りで夜9時すぎまで子どもたちが外で遊んでいて楽しかったです",
        "塾帰りの小学生が夜遅く駅にいることが多いですね",
    ],
)
def test_festival_or_cram_school_is_no_abuse(ex, text):
    """A festival, a cram school: no neglect."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    "text",
    [
        "娘が和太鼓を習い始めて、毎日家でも叩いています。発表会の会場を知りたい",
        "息子が空手の道場で毎回蹴られて帰ってくるけど楽しいそうです。子育て支援の窓口は?",
        "「家に帰りたくないー」って同僚と飲みに行くのが金曜の楽しみです",
        "娘が部活のことで「死ぬ死ぬ」って笑いながら言ってます",
    ],
)
def test_drum_gym_drinks_and_hyperbole_are_no_crisis(ex, text):
    """A drum, a dojo, a joke before drinks, a laughed 「死ぬ死ぬ」: no crisis."""
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- a son's or brother's blows


@pytest.mark.parametrize(
    "text",
    [
        "弟が父を蹴ったと母から電話がありました。夫は関わりたくないと言います",
        "40代の息子が部屋にこもっています。夜になると物を投げる音がします。私も主人ももう年です",
        "兄が母に「出ていけ」と怒鳴って突き飛ばしたそうです。うちの夫は見て見ぬふりです",
    ],
)
def test_blows_of_a_son_or_brother_are_no_dv(ex, text):
    """The blow is a son's or a brother's; the partner named elsewhere does nothing: no DV."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が壁を殴る。息子も怖がっている",
        "息子が心配です。夫は毎晩酒を飲んで怒鳴ります",
    ],
)
def test_partners_own_blows_stay_dv(ex, text):
    """The partner's own blows or shouting: DV still."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a pupil or nephew as carer


@pytest.mark.parametrize(
    "text",
    [
        "小学校の担任です。お父さんが入院中で、弟の保育園のお迎えや晩ご飯の支度はこの子がしているようです",
        "姪(中2)のことです。母親が病気で寝込みがちで、姪が家事を全部やっているらしい",
        "部活の顧問です。生徒が祖母の介護をしていて、練習に来られない日が多いです",
    ],
)
def test_pupil_or_nephew_keeping_house_is_young_carer(ex, text):
    """A school-age pupil, nephew or niece who keeps house or cares: a young carer."""
    e = ex(text)
    assert "young_carer" in e.patterns
    assert "double_care" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "甥が結婚して、家事も育児もよくやっているそうです",
        "担任です。この子はお母さんが作ったお弁当をいつも自慢しています",
    ],
)
def test_grown_nephew_or_a_lesson_is_no_young_carer(ex, text):
    """A grown nephew, a lesson about housework: no young carer."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- what only looks like that


@pytest.mark.parametrize(
    "text",
    [
        "母とは連絡がなかなかつかないので、手紙を書こうと思います",
        "採血のあと腕に内出血ができました。病院に聞くべき？",
        "地震で何かが倒れる音がしてびっくりしました",
    ],
)
def test_slow_contact_a_blood_draw_a_falling_thing_are_no_emergency(ex, text):
    """Slow to reach as always, a bruise from a blood draw, a thing falling: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "70代の両親は元気です。子どもたちはみんな県外にいます",
        "母は毎晩、孫とビデオ通話するのが楽しみです",
    ],
)
def test_grown_children_far_or_a_grandchilds_call_is_no_child(ex, text):
    """Grown children far away, a grandchild on a call: no child-rearing matter."""
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーです。80代の女性が50代の息子さんと同居していて、息子さんは働かず年金で暮らしています。腕に内出血がありました",
        "民生委員です。70代の父親が40代の無職の息子を養っている家で、お父さんの首にあざを見ました",
    ],
)
def test_bruise_on_the_old_parent_in_an_8050_home_is_abuse(ex, text):
    """A bruise on the old parent where a middle-aged child lives on them: abuse."""
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- cut off, curtains drawn


@pytest.mark.parametrize(
    "text",
    [
        "父は母を亡くしてから、近所づきあいもすっかりなくなってしまいました",
        "伯母は一人暮らしで、友人との付き合いも全部断っているそうです",
        "祖父に電話したら「誰かと話すのはひさしぶりじゃ」と言っていた",
    ],
)
def test_ties_dropped_is_isolation(ex, text):
    """Ties with neighbours, friends or kin dropped; talking to someone is rare: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "友人と話すのは久しぶりでしたが、楽しい同窓会でした。来月も会います",
        "飲み会の付き合いを減らして、家族との時間を増やしました",
    ],
)
def test_a_reunion_or_fewer_drinks_is_no_isolation(ex, text):
    """A happy reunion, fewer drinking parties: no isolation."""
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "隣の40代の男性、もう何年も雨戸を閉めっぱなしで、夜中にしか外に出ないみたいです",
        "息子はこの2年、部屋のカーテンを閉め切りで、ほとんど出てきません",
        "向かいの家の娘さん、半年以上ずっとカーテン閉めたままで姿を見ない",
    ],
)
def test_curtains_drawn_for_long_is_hikikomori(ex, text):
    """Curtains or shutters drawn for months or years: withdrawn."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夜勤明けなので昼間はカーテンを閉めっぱなしで寝ています",
        "台風なので今日は雨戸を閉めたままです",
    ],
)
def test_curtains_for_sleep_or_a_storm_is_no_hikikomori(ex, text):
    """Sleeping after a night shift, a storm: no withdrawal."""
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学校の研修で「ヤングケアラー」をテーマに話せる講師を探しています",
        "町内会で子ども食堂を始めたいので、ボランティアの集め方を教えてください",
        "フードバンクに寄付したいのですが、どこに持っていけばいいですか",
    ],
)
def test_a_lecture_or_volunteering_is_no_pattern_or_hardship(ex, text):
    """A lecture on young carers, volunteering at a children's cafeteria: no matter of theirs."""
    e = ex(text)
    assert "young_carer" not in e.patterns
    assert "hardship" not in e.fields


# ---------------------------------------------------------------- unseen for years; parents gone


@pytest.mark.parametrize(
    "text",
    [
        "裏のおばあさん、80過ぎで一人で買い物してるけど、娘さんがいるはずなのにもう何年も顔を見ていない",
        "隣の家には長男さんがいるそうですが、ここ何年も誰も姿を見かけたことがありません。ご両親は80代です",
        "向かいのお宅の息子さん、10年以上姿を見ていません。お父さんは90近いです",
    ],
)
def test_grown_child_unseen_for_years_beside_old_parent_is_8050(ex, text):
    """A grown son or daughter at home unseen for years, an old parent: withdrawn, 8050."""
    e = ex(text)
    assert "hikikomori" in e.patterns
    assert "8050" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子さんは東京で就職して、もう何年も顔を見ていないそうです",
        "娘は結婚して海外にいるので、3年くらい顔を見ていません",
    ],
)
def test_grown_child_moved_away_is_no_hikikomori(ex, text):
    """A son or daughter who moved away: not withdrawn."""
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "姉夫婦の娘(知的障害・48歳)のことです。姉はもう80近くて「私が死んだらこの子はどうなるの」と泣きます",
        "近所のご夫婦は70代で、息子さん(52歳)と暮らしています。「親がいなくなったらあの子はどうなる」が口癖です",
        "叔父(82歳)が、同居の息子(50歳)のことで「わしが亡くなったら心配だ」と言っています",
    ],
)
def test_worry_for_a_middle_aged_child_after_the_parents_is_8050(ex, text):
    """An old parent's worry about a middle-aged child after the parents are gone: 8050."""
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘(8歳)が「ママがいなくなったらどうなるの」と不安がります。私は70代の母と同居です",
        "母(75歳)が自分が死んだら葬儀はどうするか心配しています",
    ],
)
def test_young_child_or_funeral_worry_is_no_8050(ex, text):
    """A young child's fear, a funeral plan: no 8050."""
    assert "8050" not in ex(text).patterns
