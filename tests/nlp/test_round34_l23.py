"""Round 34 (42l23): a partner who keeps the money (bankbook or card taken, every expense
reported with receipts, nothing bought without leave) is economic DV, and its money words
are not hardship; a children's association or PTA role is no child matter; a school the
grown son or sibling left years ago is no child; an old writer who introduces themself is
telling of money or loneliness, not asking for care; the parents' worry for an ill or
disabled child after they are gone (親亡き後) is disability, not money; a thank-you for help
with the trouble over is no field; throwing up after eating is an eating worry."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "旦那に通帳とキャッシュカードを取り上げられてて、自分のお金がありません",
        "彼氏に財布を握られていて、何に使ったかいちいち説明させられる",
        "主人の許可がないと何も買えないんです。これっておかしいですか",
        "妻から給料ぜんぶ取られて、使い道をレシートで報告しろって言われる",
        "夫がうるさくて、買ったものは全部レシートを見せないといけない。夫に通帳も隠された",
    ],
)
def test_money_kept_by_a_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那に通帳を取り上げられて、使ったお金は全部レシートで報告させられてる",
        "彼氏にカードも取られて、お金は一円単位で説明させられる",
    ],
)
def test_money_kept_by_a_partner_is_not_hardship(ex, text):
    got = ex(text)
    assert "dv" in got.crisis
    assert "hardship" not in got.fields


@pytest.mark.parametrize(
    "text",
    [
        "お小遣いの使い道を親に報告させられるのがいやだ",
        "元夫に通帳を取られてたけど、今は平和に暮らしてます",
        "夫にカードゲーム取られたｗ",
        "夫と相談して家計簿をつけ始めました",
    ],
)
def test_money_look_alikes_are_not_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今年は子ども会の役員で大変です。集会所の予約はどこでできますか",
        "PTAの会計になったんですが、振込の仕方を教えてください",
        "こども会のお祭りで使うテントを借りたい",
    ],
)
def test_a_childrens_association_role_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子ども会で息子が仲間外れにされているみたいです",
        "子供会の当番だけど、娘が不登校で顔を出しにくい",
    ],
)
def test_a_child_at_the_childrens_association_stays(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "弟は大学を出てから15年ずっと家にこもっています。母ももう80で足腰が弱ってきた",
        "うちの姉、高校卒業して以来10年以上ひきこもりです。父も年で体が弱ってきました",
    ],
)
def test_a_school_left_long_ago_is_no_child(ex, text):
    got = ex(text)
    assert "child" not in got.fields
    assert "double_care" not in got.patterns


@pytest.mark.parametrize(
    "text",
    [
        "年金暮らしのじいさんです。電気代が上がって、この冬が心配で",
        "わしは年寄りの一人暮らしで、もう何日も誰とも話しとらん",
    ],
)
def test_an_old_writer_introducing_themself_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年寄りの一人暮らしで、足が悪くて買い物に行けません",
        "母は年寄りの一人暮らしで、最近物忘れがひどい",
    ],
)
def test_an_old_person_who_needs_help_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "双極性障害の娘がいます。私たちが亡くなったら、この子はどう暮らしていけるのか",
        "知的障害のある弟のこと、両親がいなくなったら誰が見るのか",
        "親亡き後のことを今から考えておきたいです",
        "うつ病の息子、私が死んだらどうなるんだろう",
    ],
)
def test_life_after_the_parents_is_disability(ex, text):
    got = ex(text)
    assert "disability" in got.fields
    assert "hardship" not in got.fields


@pytest.mark.parametrize(
    "text",
    [
        "統合失調症の母が亡くなった後の手続きを知りたい",
        "親が亡くなった後の家の名義変更はどうすればいいですか",
    ],
)
def test_an_ill_parent_who_died_is_not_life_after_the_parents(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "以前家賃のことで相談しました。おかげさまで仕事も見つかって、もう大丈夫です。ありがとうございました",
        "父の介護の件ではお世話になりました。父は春に亡くなり、今は落ち着いています",
        "息子の件でお礼を言いたくて。今は元気に学校に通っています。ありがとうございました",
    ],
)
def test_thanks_for_help_that_is_over_is_no_field(ex, text):
    got = ex(text)
    assert not {"hardship", "care", "child"} & set(got.fields)


@pytest.mark.parametrize(
    "text",
    [
        "前に家賃の件でお世話になりました。ありがとうございました。でもまた今月払えなくて",
        "ありがとうございました。母は認知症で、今は施設も決まって落ち着いていますが、夜の徘徊がまた始まりました",
    ],
)
def test_thanks_with_a_need_still_told_keeps_the_field(ex, text):
    assert {"hardship", "care"} & set(ex(text).fields)


@pytest.mark.parametrize(
    "text",
    [
        "中3の娘が食べたあとトイレで吐いているみたいで心配です",
        "息子が食後にすぐトイレにこもって吐いてる",
    ],
)
def test_throwing_up_after_eating_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_pet_throwing_up_after_eating_is_not_health(ex):
    assert "health" not in ex("うちの犬が食べたあとに吐いちゃうんです").fields


@pytest.mark.parametrize(
    "text",
    [
        "高校をやめてから1年、家から出られていません",
        "高校を中退してから2年目、部屋からほとんど出ていません",
    ],
)
def test_a_school_left_a_year_or_two_ago_may_still_be_a_teenager(ex, text):
    assert "child" in ex(text).fields
