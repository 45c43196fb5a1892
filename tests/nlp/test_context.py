"""Context a word list misses: denials, idioms, jobs, and who is concerned."""

from __future__ import annotations

import pytest


def test_denial_after_a_worry_cancels_it(ex):
    assert ex("家賃のことは問題ありません").fields == ()
    assert ex("借金は心配していません。父の物忘れが気になる").fields == ("care",)


def test_denial_does_not_reach_into_the_next_clause(ex):
    assert "hardship" in ex("母は大丈夫と言うが、生活費が足りない").fields


def test_double_negation_and_questions_are_not_denials(ex):
    assert ex("お金がなくて大丈夫じゃない").fields == ("hardship",)
    assert ex("家賃の滞納は大丈夫でしょうか").fields == ("hardship",)


def test_idioms_are_not_crises(ex):
    assert ex("死ぬほど腹が減った").crisis == ()
    assert ex("寒くて死にそう").crisis == ()
    assert ex("死ぬ気で勉強した").crisis == ()
    assert ex("事故で死ぬかと思った").crisis == ()


def test_grief_and_planning_are_not_crises(ex):
    assert ex("昨年父が死んで、遺品の整理に困っている").crisis == ()
    assert ex("私が死んだら娘の世話は誰がするのか").crisis == ()


def test_wish_to_die_beside_an_idiom_is_still_a_crisis(ex):
    assert ex("死ぬほどつらい、もう死にたい").crisis == ("suicide",)


def test_occupation_is_not_family_care(ex):
    assert ex("介護職員として老人ホームに勤めています").fields == ()
    assert ex("デイサービスで働いていて腰を痛めた").fields == ("health",)
    assert ex("保育士をしています").fields == ()


def test_caring_that_costs_a_job_is_still_care(ex):
    assert ex("義母の介護で仕事を辞めました").fields == ("care", "hardship")


def test_grown_children_are_not_a_child_matter(ex):
    assert ex("子どもたちはもう独立して、夫の足腰が弱ってきた").fields == ("care",)


def test_an_older_person_with_a_need_is_care_even_without_the_word(ex):
    assert ex("一人暮らしの祖父が最近よく転ぶ").fields == ("care",)
    assert ex("祖父が亡くなって相続で揉めている").fields == ()


def test_a_stated_old_age_is_care(ex):
    assert ex("私は84歳で、買い物に行くのもつらい").fields == ("care",)


def test_bereavement_by_suicide_is_not_the_writers_crisis(ex):
    assert ex("兄を自殺で亡くしてから眠れません").crisis == ()
    assert ex("自死遺族の集まりはありますか").crisis == ()
    assert ex("夫を自殺で亡くして、私も死にたい").crisis == ("suicide",)


def test_exaggeration_and_embarrassment_are_not_crises(ex):
    assert ex("笑いすぎて死んだｗ").crisis == ()
    assert ex("人前で転んで死にたいぐらい恥ずかしかった").crisis == ()
    assert ex("消えたいくらいつらい").crisis == ("suicide",)


def test_training_on_a_crisis_topic_is_no_alarm(ex):
    assert ex("DV防止のセミナーはいつですか").crisis == ()
    assert ex("児童虐待についての講演会に行きたい").crisis == ()


def test_a_past_trouble_now_settled_is_no_label(ex):
    assert ex("以前は夫に殴られていましたが、今は別居しています").crisis == ()
    assert ex("昔は借金がありましたが、今は完済しました").fields == ()
    assert ex("前は元気でしたが、今は母の物忘れがひどい").fields == ("care",)


def test_looking_after_a_parent_or_spouse_is_care_at_any_age(ex):
    assert ex("母の世話で自分の時間がない").fields == ("care",)
    assert ex("主人の看病で毎日病院に通っています").fields == ("care",)
    assert ex("父の料理がしょっぱい").fields == ()
    # a child looking after a parent is a young carer, not an elderly-care case
    assert "care" not in ex("中1です。お母さんの世話をしています").fields


@pytest.mark.parametrize(
    "text",
    [
        "飼っていたハムスターが死んじゃった",
        "うちの犬がいなくなったので探しています",
        "寒すぎて死ぬ",
        "パソコンが死んで申請書が作れません",
        "ロープウェイは何時まで動いていますか",
        "映画で犬が死ぬ場面があって泣いた",
        "家事が少しでも楽になりたい",
        "部屋に出たゴキブリを殺したい",
        "古い包丁の捨て方を教えて",
        "火事の時の避難所はどこですか",
        "夫は出張で来週まで帰ってこない",
        "弟が友達とケンカして叩かれたらしい",
        "児童虐待のニュースを見てつらくなった",
    ],
)
def test_everyday_uses_of_crisis_words_raise_no_alarm(ex, text):
    assert ex(text).crisis == ()


def test_crisis_words_beside_everyday_ones_still_count(ex):
    assert ex("猫が死んじゃった。私も死にたい").crisis == ("suicide",)
    assert ex("育児が少しでも楽になりたい、もう消えたい").crisis == ("suicide",)
    assert ex("夫とケンカして殴られた").crisis == ("dv",)


def test_past_tense_died_is_no_wish_to_die(ex):
    assert ex("テスト全然できなくて死んだ").crisis == ()
    assert ex("死んだほうが楽かも").crisis == ("suicide",)


def test_abuse_remembered_from_childhood_is_not_current(ex):
    assert ex("子どもの頃は父によく殴られていた").crisis == ()
    assert "abuse" in ex("中1です。小さい頃から母に叩かれています").crisis


def test_a_withdrawal_that_ended_is_no_pattern(ex):
    assert ex("ずっと引きこもってたけど今は外に出られてる").patterns == ()


def test_welfare_work_is_not_the_writers_need(ex):
    assert ex("生活保護の相談員として働いています").fields == ()
    assert ex("障がい者の作業所で働いています").fields == ()


def test_how_to_pay_is_no_money_trouble(ex):
    assert ex("住民税の振込先を教えてください").fields == ()
    assert ex("保険料の支払い方法を口座にしたい").fields == ()
    assert ex("国保の払い方がわからない、もうお金がない").fields == ("hardship",)
    assert ex("口座の残高が足りなくて引き落とされなかった").fields == ("hardship",)


@pytest.mark.parametrize(
    "text",
    [
        "うちの文鳥が今朝死んでしまいました",
        "飼っていた金魚が死んで、子どもが泣いている",
        "愛犬が老衰で死んでしもた",
        "市の自殺防止キャンペーンのチラシを見た",
        "DV防止のパンフレットを窓口に置いてほしい",
        "自殺がテーマの映画を見た",
        "しにたいくらいひまー",
        "死にたいほど退屈な会議だった",
    ],
)
def test_pets_campaigns_and_boredom_raise_no_alarm(ex, text):
    assert ex(text).crisis == ()


def test_a_wish_to_die_after_a_pets_death_still_counts(ex):
    assert ex("猫が死んでしまった。私も死んでしまいたい").crisis == ("suicide",)


@pytest.mark.parametrize(
    "text",
    [
        "若い頃、夫に殴られていましたが、今は離婚して穏やかです",
        "10年前まで借金がありましたけど、今はもう返しました",
        "学生時代はいじめられていたけど今は元気に働いてます",
    ],
)
def test_a_past_trouble_told_with_a_comma_or_a_year_is_no_label(ex, text):
    result = ex(text)
    assert (result.fields, result.crisis) == ((), ())


def test_a_recent_blow_is_not_the_past(ex):
    assert ex("3日前に夫に殴られましたが、今は実家にいます").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "兄が母の年金を勝手に使っていて、母の食事もろくにない",
        "弟が父の年金を使い込んでいるみたい",
        "息子が祖母の年金を勝手に引き出している",
    ],
)
def test_a_parents_pension_taken_is_abuse_not_8050(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "8050" not in result.patterns
    assert "hardship" not in result.fields
