"""Round 31 (39v20): danger and neglect said plainly. An old person in a hot room with no air
conditioner who, called, only stares or does not answer (heatstroke); a child who alone of
the children gets no supper (「僕だけ晩ごはん抜き」「弟の分はあるのに私の分はない」); a small
child alone on a balcony or window railing now; a small child alone with no parent about; an
old neighbour grown thin of whom one asks 「ご飯ちゃんともらえてるのか」.
And what only looks like that: waking up dazed after a hot night, a diet or a check-up that
skips one's own supper, a parent asking how to guard a railing the toddler has begun to climb,
a patient's meals in hospital, a suicide scene in a film or drama, a cat or a dog that has not
come back, 「孫の花嫁姿を見られたらもう死んでもいい」, a small child who cannot sleep without a
parent."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- heatstroke: called, no answer


@pytest.mark.parametrize(
    "text",
    [
        "祖母がクーラーつけずに昼寝してて、声をかけても反応がにぶいんです。顔も赤い",
        "暑い部屋で父がぼーっとしてて返事もしない",
        "じいちゃんエアコン入れんと寝とって、ゆすっても起きんのよ",
        "母が冷房つけないで過ごしていて、呼んでもぼんやりしています",
    ],
)
def test_heat_and_no_answer_is_emergency(ex, text):
    """A hot room and a person who, called, hardly answers: an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "エアコンつけないで寝たら朝ぼーっとする。私の体質でしょうか",
        "暑い中の部活で疲れて、授業中ぼーっとしてしまいます",
        "クーラーをつけない父に何度言っても聞きません。電気代が気になるそうです",
    ],
)
def test_heat_without_a_dazed_person_is_no_emergency(ex, text):
    """The writer's own morning daze, tiredness, or a stubborn father: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a child alone without supper


@pytest.mark.parametrize(
    "text",
    [
        "小5です。僕だけ晩ごはん抜きの日がある。妹は食べてる",
        "弟の分はあるのに、私の分はない日がよくあります。中1です",
        "中2。うちだけご飯もらえん日がある。親には言えん",
        "高1。自分だけ夕飯が用意されてない。兄たちの分はある",
    ],
)
def test_child_alone_without_supper_is_abuse(ex, text):
    """A child who alone of the children is not fed: neglect, abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ダイエット中なので私だけ夕飯なしにしています",
        "明日胃カメラの検査なので、今夜は私だけご飯なしです",
        "飲み会の日は夫の晩ごはんはいらないので楽です",
    ],
)
def test_supper_skipped_by_choice_is_no_abuse(ex, text):
    """A diet, a check-up, a partner out: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a small child alone on a railing


@pytest.mark.parametrize(
    "text",
    [
        "2歳の娘がひとりで窓の手すりによじ登ってる！今！",
        "向かいのマンション、4歳くらいの子が一人でベランダの柵に乗ってる。大人がいない",
        "よちよち歩きの子がさっきからひとりでベランダのフェンスに足をかけてて、見ていられない",
    ],
)
def test_small_child_alone_on_a_railing_is_emergency(ex, text):
    """A small child alone on a railing now: an emergency (a fall)."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの2歳がひとりでベランダの柵に足をかけるようになったので対策を教えてください",
        "3歳の息子がひとりで窓の手すりに登ろうとするので、補助錠を付けたいです",
        "昔、2歳の娘がひとりでベランダの柵に登ってヒヤッとしたことがあります",
    ],
)
def test_railing_guard_asked_is_no_emergency(ex, text):
    """A parent asking for a guard, or a story of once: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の3歳くらいの子が夜ひとりで廊下で泣いてる。親はいないみたい",
        "近所の幼稚園くらいの子、ひとりで外にいて、親が見当たらない。もう暗い",
        "2歳くらいの子がひとりで公園にいて、保護者がいない。1時間たった",
    ],
)
def test_small_child_alone_without_parent_is_abuse(ex, text):
    """A small child alone, no parent about: neglect, abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "3歳の子が一人で寝られません。親がいないと泣きます",
        "5歳の息子がひとりで着替えられるようになりました。親がいない時も頑張ってます",
    ],
)
def test_small_child_needing_a_parent_is_no_abuse(ex, text):
    """A child who cannot sleep without a parent, or grows up: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- thin and fed?


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあちゃん、息子さんと住んでるけど最近ガリガリにやせて、ご飯ちゃんともらえてるのか心配",
        "近所のおじいさんが見るたびに痩せてる。お嫁さんにご飯食べさせてもらえてるのかな",
        "同じアパートの子、どんどん細くなってて、ごはんまともにもらえてるんやろか",
    ],
)
def test_thin_and_fed_asked_is_abuse(ex, text):
    """Grown thin, and one asks if they are fed: neglect feared, abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "入院してから痩せたけど、病院でご飯ちゃんと食べてるのかな",
        "ダイエットで痩せたけど、ご飯はちゃんと食べています",
    ],
)
def test_thin_and_eating_is_no_abuse(ex, text):
    """Thin in hospital or on a diet, eating: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- what only looks like a crisis


@pytest.mark.parametrize(
    "text",
    [
        "ドラマの自殺のシーンを見てから娘が怖がっています",
        "首吊りの場面がある漫画を息子が読んでいて、心配になりました",
        "映画の飛び降りの描写がトラウマで、子どもが高いところを怖がります",
    ],
)
def test_suicide_scene_in_a_work_is_no_suicide(ex, text):
    """A scene in a film, a drama or a comic: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫がいなくなりました。おとといから帰ってこないんです",
        "うちの犬が脱走して、昨日の夜から戻ってきません。茶色の雑種です",
        "インコが逃げてしまって、朝から見つからないです",
    ],
)
def test_pet_gone_is_no_emergency(ex, text):
    """A pet gone: no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫が逃げて、探しに行った父も夜から帰ってきません",
        "犬の散歩に出た母が、昨日の夕方から帰ってきません",
    ],
)
def test_person_gone_beside_a_pet_is_emergency(ex, text):
    """A person gone, a pet only mentioned: still an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫の花嫁姿を見られたらもう死んでもいいと祖母が言っています",
        "じいちゃんが「こんなおいしいもん食べられたらもう死んでもええ」って笑ってた",
        "母が「ハワイに行けたらいつ死んでも本望」と言うので旅行を計画中です",
    ],
)
def test_joy_then_death_is_no_suicide(ex, text):
    """「〜たらもう死んでもいい」 said in joy: no suicide."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう死んでもいい。疲れた",
        "このまま死んでもいいと思ってしまう。食べられない日が続いています",
    ],
)
def test_plain_wish_to_die_is_suicide(ex, text):
    """A plain 「死んでもいい」 of one's own: suicide."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- fields: living, mornings, heat


@pytest.mark.parametrize(
    "text",
    [
        "父が亡くなりました。50代で仕事もなくて、これからどうやって暮らしていけばいいのか",
        "離婚して、この先どう生活していったらいいかわかりません",
        "今後どうやって食べていけばいいのか不安で眠れません",
    ],
)
def test_how_to_live_from_now_is_hardship(ex, text):
    """「これからどうやって暮らしていけば」: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "最近ずっとだるくて、朝起きるのもやっとです",
        "朝布団から出るのがつらくて、仕事に行けない日があります",
        "このところ朝起き上がるのがしんどい。何もする気になれない",
    ],
)
def test_mornings_hard_to_rise_is_health(ex, text):
    """「朝起きるのもやっと」: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "祖母がクーラーつけずに昼寝してて、声をかけても反応がにぶいんです",
        "暑い部屋で父がぼーっとしてて返事もしない",
        "じいちゃんエアコン入れんと寝とって、ゆすっても起きんのよ",
    ],
)
def test_heat_and_no_answer_is_health(ex, text):
    """Heatstroke feared: a health matter as well as an emergency."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "明日から旅行です。朝起きるのが楽しみ",
        "これからどうやって遊ぼうか、夏休みの計画を立てています",
    ],
)
def test_mornings_and_plans_that_are_fine(ex, text):
    """A happy morning or a holiday plan: neither health nor hardship."""
    e = ex(text)
    assert "health" not in e.fields
    assert "hardship" not in e.fields


# ---------------------------------------------------------------- a debt paid off, with thanks


@pytest.mark.parametrize(
    "text",
    [
        "カードローンやっと完済しました。相談に乗ってもらって感謝してます",
        "家賃の滞納、なんとか払い終えました。ありがとうございました",
        "消費者金融の借金、全部返しきった！いろいろ助かりました",
    ],
)
def test_debt_paid_off_and_thanked_is_no_hardship(ex, text):
    """A debt paid off, with thanks and no new worry: no hardship now."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金は返し終わったけど、今度は家賃が払えません。ありがとうございました",
        "ありがとうございます。借金返し終わったんですが、また別の借金ができてしまって",
        "相談ありがとう。借金が返せなくて困ってます",
    ],
)
def test_debt_paid_then_new_worry_is_hardship(ex, text):
    """A new worry after the payoff, or a debt not paid: hardship."""
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- grown children not to be worried


@pytest.mark.parametrize(
    "text",
    [
        "70すぎの夫がすぐ怒鳴ります。子どもたちには心配かけたくなくて言えていません",
        "80の母です。息子たちに迷惑かけたくないので施設を考えています",
        "年金暮らしの78歳です。娘には負担かけたくないので一人でがんばっています",
    ],
)
def test_grown_children_not_to_be_worried_are_no_child(ex, text):
    """An old writer's children, not to be worried or burdened: no child, no double care."""
    e = ex(text)
    assert "child" not in e.fields
    assert "double_care" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "小学生の子ども2人がいます。子どもたちには心配かけたくなくて、病気のことを言えていません",
        "子どもに心配かけたくないのに、毎日泣いてしまう。3歳と5歳です",
    ],
)
def test_young_children_not_to_be_worried_are_child(ex, text):
    """Young children named beside it: still child."""
    assert "child" in ex(text).fields
