"""Round 34 (42h23): teenagers and students writing casual LINE slang about themselves and
their family. Read now: eating that ends in vomiting and a mind full of weight (health), a
parent whose body is weak, a body at its limit, drinking that will not stop once begun; a
student away from school since a past term and staying in the room (hikikomori); a small
sibling looked after by a parent beside a great-grandparent's care (child, double care).
Left quiet: the writer's own phone cut off or broken (連絡がとれない is no missing person),
「〜たら連絡とれなくなる」 (a worry about later), care told as over by recovery, a grandchild
doing the care paperwork (no child being raised), a family matter kept from friends alone
(a secret, not isolation), an older relative living alone and lonely with no need for help
(isolation, not care)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "最近食べては吐いての繰り返し。やめたいのにやめれん",
        "食べ吐きがやめられなくて喉が痛い",
        "太るのが怖くてなんも食べれん。高1",
        "体重のことばっかり考えてしまう毎日",
        "ママ体が弱くてパートもあんまり行けない",
        "体力的にもう限界。バイト週6はきつすぎ",
        "からだボロボロでもう無理かも",
        "オヤジ、ビール飲みだすとやめられなくて毎晩ひどい",
        "たべたらはいちゃうのやめれん",
        "かあちゃんからだよわくて働けん",
        "とうちゃん、さけのみだすととまらんくて困る",
    ],
)
def test_body_and_eating_worries_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの犬、ごはん食べたら吐いちゃう。動物病院どこがいい？",
        "コーラ飲みだすと止まらんｗ",
        "体育祭の準備でクラス全員ヘトヘト",
    ],
)
def test_look_alikes_are_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ケータイ料金払えなくて止められた。バイト先と連絡とれん",
        "スマホ落として友達と連絡できない。学校のパソコンから送ってる",
        "ネット代払えてないから止まったら先輩と連絡とれなくなる",
        "Wi-Fi止められたら友達と連絡とれなくなる",
        "引っ越したらみんなと連絡とれなくなるのかな",
        "スマホとめられて連絡とれへん",
        "携帯止まったら連絡とれへんくなるやん",
    ],
)
def test_own_phone_or_a_later_worry_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄が家出たきり連絡とれない。もう3日たつ",
        "父と連絡とれなくなった。昨日の夜から",
        "一人暮らしのばあちゃんと昨日から連絡とれない。スマホ壊れたのかもだけど心配",
    ],
)
def test_someone_out_of_reach_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "高2、2学期から学校行ってない。家から一歩も出てない",
        "専門、夏休み明けから行けてない。一日中部屋でゲームしてる",
        "弟が去年の春から高校行ってない。ずっと部屋にこもってる",
        "大学3年、去年の前期から一度も授業出てない。部屋でずっと寝てるだけ",
    ],
)
def test_away_from_school_since_a_term_and_staying_in_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "先週から学校行ってない。インフルで部屋で寝てる",
        "去年の秋から大学行ってない。バイト掛け持ちで忙しい",
        "去年の後期から大学行ってなかったけど、今は毎日通ってる",
    ],
)
def test_short_busy_or_ended_absence_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ママ、赤ちゃんの妹の世話とじいちゃんの介護で寝てないっぽい",
        "おかんが3歳の妹の面倒と、ばあちゃんの介護でずっと疲れてる",
    ],
)
def test_parent_with_small_sibling_and_elder_care_is_double_care(ex, text):
    e = ex(text)
    assert "child" in e.fields
    assert "double_care" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "20歳の弟の世話とばあちゃんの介護とか無理",
        "孫の私が要介護認定の手続きしてもいいですか",
        "祖母の介護保険の申請、孫でもできますか？",
    ],
)
def test_grown_sibling_or_grandchild_errand_is_no_double_care(ex, text):
    e = ex(text)
    assert "double_care" not in e.patterns


def test_grandchild_errand_is_no_child_field(ex):
    assert "child" not in ex("孫の私が要介護認定の手続きしてもいいですか").fields


@pytest.mark.parametrize(
    "text",
    [
        "孫の世話と親の介護でくたくたです",
        "孫を育てながら夫の介護もしてます",
    ],
)
def test_grandchild_being_raised_keeps_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中1です。じいちゃん認知症で、親いない日は部活休んで見てる。友達にも言えない",
        "高1。母さん病気で家のことほぼ俺がやってる。友だちには言えん",
    ],
)
def test_matter_kept_from_friends_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "友達にも先生にも言えない、ばあちゃんの介護のこと",
        "ばあちゃんの介護のこと、誰にも話せない 中3",
        "親にも友達にも話せない。どうしたらいい",
    ],
)
def test_no_one_at_all_to_tell_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしのおじいちゃん、寂しそう。誰とも話してないって",
        "ひとり暮らしのばあちゃん、じいちゃん死んでから誰とも話してないみたい",
    ],
)
def test_elder_alone_and_lonely_is_isolation_not_care(ex, text):
    e = ex(text)
    assert "isolation" in e.patterns
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしのばあちゃん、最近物忘れひどくて誰とも話してないみたい",
        "一人暮らしの父(85)、誰とも話してないみたい",
    ],
)
def test_elder_alone_with_a_need_keeps_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "前は車いすだったけど今は自分で歩けるようになった。ばあちゃんすごい",
        "じいちゃん去年まで要支援だったのに今ピンピンしてる。カラオケ行きたいって",
    ],
)
def test_care_told_as_over_by_recovery_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_care_over_but_in_a_home_keeps_care(ex):
    assert "care" in ex("去年まで寝たきりだったけど今は施設に入ってる").fields
