"""Own probes (29): my own wordings, not from any set. Signs of self-harm a parent sees
(thin cuts all over an arm, wrists hidden in long sleeves in summer, long sleeves and a
cutter in the bin); a son or daughter at home who takes the parent's bankbook or card; a
carer who fears their own hand (「手も出そうになる」) or deliberately withholds meals; and
what only looks like that: a cat's scratches, long sleeves against the sun, a wish to die
that is a year past, a farewell letter written for a class."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- signs of self-harm


@pytest.mark.parametrize(
    "text",
    [
        "高校生の娘の腕に細い傷がたくさんあるのを見つけてしまいました",
        "息子の手首に横向きの傷が何本もあって、本人は何も言いません",
        "妹の太ももに赤い傷がいくつも並んでた",
        "娘が夏なのに長袖しか着なくなりました。手首に何か隠している気がします",
        "中学生の息子が最近ずっと長袖で、腕を見せたがらない",
        "彼女、リストバンドで手首をずっと隠してる。見せてって言っても見せてくれない",
        "娘は暑いのに長袖ばかり。部屋の机の引き出しにカミソリが入っていました。",
        "長袖ばかり着るようになった。カッターの刃がゴミ箱に捨ててあった",
        "生徒の手首に細い傷が何本もあって、本人は猫にやられたと言ってますが、どうも違う気がする",
    ],
)
def test_signs_of_self_harm_are_suicide(ex, text):
    """Cuts on the arm, wrists or arms hidden, long sleeves and a blade: self-harm, a risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "猫に引っかかれて腕に細い傷がたくさんできた",
        "日焼けしたくないので夏でも長袖で腕を隠しています",
        "冷房が苦手で、会社では長袖で腕を隠してます",
        "庭のバラの手入れで腕に細い傷がいくつもできました",
        "アトピーで腕を見せたがらない娘の、皮膚科の相談先を知りたい",
    ],
)
def test_scratches_and_sun_sleeves_are_no_suicide(ex, text):
    """A cat, roses, skin trouble, the sun or the air conditioner: no self-harm."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a grown child takes the money


@pytest.mark.parametrize(
    "text",
    [
        "同居の息子に通帳を取り上げられて、逆らうと物を投げてくる",
        "息子に通帳を取り上げられました。どうしたらいいでしょうか",
        "娘にキャッシュカードを勝手に使われて、お金がなくなります",
        "長男夫婦に通帳と印鑑を握られていて、自分のお金なのに使えません",
    ],
)
def test_bankbook_taken_by_a_grown_child_is_abuse(ex, text):
    """A son or daughter who takes the parent's bankbook or card: economic abuse."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子の通帳を作りたいのですが、何が必要ですか",
        "娘がキャッシュカードをなくしました",
    ],
)
def test_a_childs_own_bankbook_is_no_abuse(ex, text):
    """The child's own account or a lost card: nothing taken from anyone."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's own hand


@pytest.mark.parametrize(
    "text",
    [
        "寝たきりの夫をつい怒鳴ってしまい、手も出そうになる",
        "認知症の母の介護で、最近は手も出そうになります",
        "介護している父に、ご飯をわざと出さない日があります。自分でもひどいと思う",
        "姑にごはんをわざと作らない日がある。介護に疲れました",
    ],
)
def test_carers_own_harm_is_a_crisis(ex, text):
    """A carer who fears their own hand, or withholds meals on purpose: a crisis."""
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "借金がふくらんで、手も足も出ない状況です",
        "母にご飯を作ってあげたら喜んでくれました",
    ],
)
def test_helpless_idiom_and_a_meal_made_are_no_crisis(ex, text):
    """「手も足も出ない」 is an idiom; a meal made is care given."""
    assert not ex(text).crisis


# ---------------------------------------------------------------- past or a class


@pytest.mark.parametrize(
    "text",
    [
        "去年の今頃は本当に死にたかったけど、カウンセリングに通って今はだいぶ元気になりました",
        "おととしは毎日死にたかったけど、今は仕事も楽しくやれています",
        "遺書を書くっていう授業の課題があって、どう書けばいいか悩んでます",
        "終活セミナーで遺書の書き方を習いました",
    ],
)
def test_a_wish_a_year_past_and_a_class_are_no_suicide(ex, text):
    """A wish to die that is a year past, now well; a farewell letter for a class."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年は死にたかったけど、今はもっとつらい",
        "去年の今頃は死のうとしてた。今もあまり変わらない",
        "去年から死にたいと思ってて、今もです",
    ],
)
def test_a_wish_that_goes_on_is_suicide(ex, text):
    """A wish to die that is still there, or worse now: suicide."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- one's own payout (29b)


@pytest.mark.parametrize(
    "text",
    [
        "仕事を失って半年、妻にも言えず毎朝スーツで家を出て公園にいます。保険金のことばかり考えてしまう",
        "借金のことで頭がいっぱいで、死亡保険の額を何度も確かめてる",
        "夜中に生命保険の金額ばっかり計算してしまう。家族に残せるのはそれだけ",
    ],
)
def test_thinking_of_ones_own_payout_is_suicide(ex, text):
    """Pressed by debt or job loss and counting on one's life insurance: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が亡くなって、保険金の手続きばかりで疲れました",
        "火災保険の保険金のことばかり考えてしまう、請求の仕方がわからない",
        "学資保険の保険金を毎日計算してます笑",
    ],
)
def test_other_payouts_are_no_suicide(ex, text):
    """A bereaved family's claim, fire or education insurance: no suicide."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- danger now, said plainly (29c)


@pytest.mark.parametrize(
    "text",
    [
        "母が階段から落ちて、頭から血が出て意識がぼんやりしてます",
        "父が転んで頭を打って、意識がはっきりしない",
        "子どもが洗剤を飲んでしまったみたい",
        "1歳の息子がボタン電池を飲み込んだかもしれない",
        "夫が山に行くと言って出たきり、夜になっても戻らず電話もつながりません",
        "息子が出たまま帰らず、携帯もつながらない",
        "一人ぐらしの母に電話してもつながりません",
        "同僚が電話もつながりませんし、会社にも来ていません",
    ],
)
def test_head_injury_poisoning_and_gone_unreachable_are_emergencies(ex, text):
    """Dazed after a fall, a child who swallowed something, gone and unreachable (polite too)."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "寝起きで意識がぼんやりしてます笑",
        "子どもが洗剤を飲んでしまわないか心配",
        "電池を飲み込んだら危ないので、棚を高くしました",
    ],
)
def test_drowsy_and_worries_ahead_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["薬をたくさん集めてる。いつでも使えるように", "睡眠薬を少しずつためてます"],
)
def test_pills_gathered_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_missed_doses_are_no_suicide(ex):
    assert "suicide" not in ex("飲み忘れた薬がたまっているのですが、どうしたらいいですか").crisis
