"""Round 30 (38t20): what staff, neighbours and relatives saw or heard. An older person gone limp
who answers vaguely; a child who writes in kana 「ぼくがいなければ家がへいわ」; a towel pressed on
a resident's mouth; a mother hiding her neck, the husband hinted at; a baby crying for hours with
no one answering the door; a parent who keeps a pupil in the room and no one may see them; an
older person with dementia who walked off just now in pyjamas; small children out late at night
again and again.
And what only looks like that: 「受け答えがはっきりしない」 without a collapse, 「私がいなければ店
が回らない」, a towel on the writer's own face while crying, a bruise from a sports club, a baby
crying while the parents are home, a child kept home with a cold, an older person who walks to
day care, a summer festival at night, a drum, a boxing gym, 「家に帰りたくない〜」 before drinks
with colleagues, 「死ぬ死ぬ」 said laughing, a door knocked at with no one home."""

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
