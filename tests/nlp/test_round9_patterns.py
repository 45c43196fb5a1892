"""Round 9c (patterns and elderly care): double care told by the tasks (a parent's meals,
nappies or laundry the writer goes to do) and a partner's young-onset dementia beside
school-age children; elderly care in dialect by what a parent can no longer do
(飯作れんくなった, 着替えられんごとなった, 歩がねぐなった); an older parent robbed or left
without meals by a son, daughter, brother or sister is care, not 8050; what is not care (a
pet's, old parents who only keep a middle-aged son or daughter); 8050 told by a parent who
gives a disabled son's or daughter's age and their own; isolation without company
(誰とも付き合いがない, 人付き合いもない), and loneliness with support, which is not. Each
family has look-alikes.
"""

from __future__ import annotations

import pytest

# -------------------------------------------------- double care told by the tasks


@pytest.mark.parametrize(
    "text",
    [
        "幼稚園のお迎えの前に実家の母のところへ寄って夕飯を作っています。下の子はまだ2歳です",
        "子どもを学校に送り出してから、義父の家に通って洗濯と掃除をしてる。夜は息子の宿題も見ないといけない",
        "保育園に送ったその足で、父んちに行っておむつ替えて、夕方またお迎え",
        "娘(3歳)を連れて毎日ばあちゃんちに寄って、ご飯の支度をしてから帰ります",
        "仕事帰りに母の家に寄って食事を作り、家では小学生の息子二人の世話",
        "夫の母のオムツ替えと、1歳の娘の離乳食で一日が終わる",
        "保育園の迎えの帰りにおふくろの分の晩ご飯も作って届けとる",
    ],
)
def test_double_care_told_by_a_parents_meals_or_nappies(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "child" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "保育園のお迎えのあと義母の家に寄ってご飯を食べて帰った。子どもは大喜び",
        "義母が毎日うちに来てご飯作ってくれるので助かってます。子どもは2歳",
        "実家の母にご飯作ってもらって、子どもをお風呂に入れてもらってる",
        "祖母の家に行って一緒にご飯を作った。子どもたちも楽しそうだった",
        "母の家に子どもを預けて、洗濯をしてから仕事に行く",
        "父の料理がしょっぱいと子どもが言う",
    ],
)
def test_a_visit_or_help_from_a_parent_is_not_double_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "夫(52)が若年性認知症に。子どもは高校生と中学生で、これから介護と子育てをどうしたら",
        "妻が五十代で若年性アルツハイマーと言われました。娘はまだ小学生です",
        "主人が五十二歳で若年性認知症になりました。息子はまだ中学生です。介護と子育ての両立が不安",
        "妻が若年性認知症で、子どもたちはまだ学校に通っています。仕事と介護でもう限界",
        "妻が50代で若年性認知症。子ども二人は小学生で、私はフルタイムで働いています",
    ],
)
def test_partners_young_onset_dementia_beside_school_children(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "double_care" in result.patterns
    assert "young_carer" not in result.patterns  # the children are not said to care
    assert not result.writer_is_minor


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。父が若年性認知症で、毎日ごはんを作って父の世話をしてます",
        "弟がいて、私は中学生です。母の介護をしています",
    ],
)
def test_a_teenager_who_cares_is_still_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


# -------------------------------------------------- elderly care in dialect, by decline


@pytest.mark.parametrize(
    "text",
    [
        "実家のおやじ、最近ひとりで飯も作れんくなっとる",
        "ばあちゃんが一人で着替えられんごとなった",
        "じいちゃん、最近ひとりで風呂に入れんごとなっとる",
        "おふくろがご飯作れんようになって、どげんしよう",
        "親父が立てんくなってきたけん心配",
        "うちの母ちゃん、買い物に行けんごとなって",
        "ばっちゃ、ひとりで便所さ行げねぐなった",
        "じっちゃが歩がねぐなってしまって",
        "父が自分でご飯を作れなくなってきました",
    ],
)
def test_elderly_care_in_dialect_by_decline(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子がひとりで着替えられんごとなって",
        "娘が一人でトイレに行けんようになった",
        "仕事が忙しくて飯作れんくなった",
        "雪で買い物に行けんごとなった",
    ],
)
def test_decline_of_a_child_or_the_writer_or_the_weather_is_not_care(ex, text):
    assert "care" not in ex(text).fields


# -------------------------------------------------- an older parent robbed or deprived by family


@pytest.mark.parametrize(
    "text",
    [
        "同居の弟が父の年金を使い込んでしまい、父は食事もろくにもらえていないようです",
        "兄が母の通帳を取り上げて、母にご飯も食べさせていない",
        "姉が実家の母のお金を全部使ってしまい、母は暖房もつけてもらえないらしい",
        "息子が祖母の年金を勝手に使ってしまって、祖母はおむつも替えてもらえていない",
    ],
)
def test_older_parent_deprived_by_family_is_care_not_8050(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "8050" not in result.patterns  # the son or daughter exploits the parent
    assert "child" not in result.fields
    assert "hardship" not in result.fields  # the parent's money, not the writer's


@pytest.mark.parametrize(
    "text",
    [
        "同居の弟が父の年金を使い込んでしまい、父は食事もろくにもらえていないようです",
        "息子が祖母の年金を勝手に使ってしまって、祖母はおむつも替えてもらえていない",
    ],
)
def test_deprived_parent_keeps_the_abuse_alarm(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "50代の兄が母の年金で暮らしていて、働いていない",
        "40代の息子が働かず、私の年金をあてにしています。私は76です",
    ],
)
def test_living_on_a_parents_pension_is_still_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_a_childhood_without_meals_is_not_elderly_care(ex):
    assert "care" not in ex("ちっちゃい頃親にご飯もらえんかった。今も思い出して眠れん").fields


# -------------------------------------------------- not care: pets, parents who only keep a child


@pytest.mark.parametrize(
    "text",
    [
        "老猫の介護で毎日寝不足",
        "愛犬が寝たきりになって、おむつ替えが大変",
        "15歳の猫が認知症っぽい",
        "ペットの介護について相談できるところはありますか",
        "うちのワンコ、もう高齢で介護が始まりました",
    ],
)
def test_a_pets_care_is_not_elderly_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護と老犬の世話で手一杯",
        "父が認知症で、犬の散歩もできなくなった",
    ],
)
def test_care_beside_a_pet_stays(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年老いた両親が、50過ぎの弟の食事も洗濯もいまだにしています",
        "年老いた母が、いまだに50代の兄の弁当を作っている",
        "高齢の母が、働かない40代の兄の世話をずっとしている",
        "70代の両親が、仕事をしていない兄(48)の身の回りのことを全部やっている",
        "年老いた両親が50代の兄の面倒を見ています。兄は働いていません。親が倒れたらどうなるのか",
    ],
)
def test_old_parents_who_keep_a_middle_aged_child_are_8050_not_care(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "care" not in result.fields


def test_a_writer_of_80_who_keeps_a_middle_aged_son_is_care(ex):
    result = ex("50過ぎの息子の食事も洗濯も、わしがいまだにしとる。わしももう82じゃ")
    assert "8050" in result.patterns
    assert "care" in result.fields


def test_a_mother_cooking_for_herself_is_not_8050(ex):
    assert "8050" not in ex("母はいまだに自分で食事を作っています。兄(50)と同居しています").patterns


# -------------------------------------------------- 8050: a parent of a disabled son or daughter


@pytest.mark.parametrize(
    "text",
    [
        "娘は四十八で、ダウン症です。わしも八十になった",
        "息子(50)に精神障害があって、ずっと私が面倒を見ています。私は78です",
        "次男は55歳、自閉症で作業所に通っています。私たち夫婦も80を過ぎました",
        "長女は46で身体障害者手帳を持っています。母親の私ももう76歳",
        "私は83歳。障害のある息子(57)を残して死ねません",
    ],
)
def test_8050_told_by_a_parent_of_a_disabled_son_or_daughter(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "disability" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は52で会社員です。私ももう81",
        "息子は25で知的障害があります。私は58です",
        "長男は52で知的障害があります",
        "私は75歳で障害者手帳を持っています。息子は50で会社員です",
    ],
)
def test_ages_and_a_disability_alone_are_not_8050(ex, text):
    assert "8050" not in ex(text).patterns


# -------------------------------------------------- isolation without company


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、ご主人が亡くなってから誰とも付き合いがないようです",
        "一日中誰とも口をきかない日が続いています",
        "父は退職してから人付き合いもなくなって、家でテレビばかり",
        "親戚とも付き合いがなくなりました",
        "近所とは行き来もない",
        "誰とも関わらずに暮らしています",
        "母は一人暮らしで、もう何日も誰とも顔を合わせていないらしい",
        "越してきてから近所の人とも話さないまま一年たった",
    ],
)
def test_isolation_without_company(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "さみしいけど、家族や友達が支えてくれてるので大丈夫です",
        "夫が単身赴任でさみしいけど、近所のママ友がよく声をかけてくれます",
        "一人暮らしはさみしいですが、娘が毎日電話をくれるので安心しています",
        "誰とでも付き合いがいいタイプです",
        "近所付き合いは多い方です",
    ],
)
def test_loneliness_with_support_or_company_is_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


def test_loneliness_with_no_one_to_tell_is_isolation(ex):
    assert "isolation" in ex("さみしいけど、誰にも話せない").patterns
