"""Round 35 (43s24): residents dictating to a phone's voice input (no punctuation, fillers
such as えーと, kanji numerals, sentences run together). Read now: a family member gone and
searched for around the home without being found (近所ずっと探してるけど見つからない:
emergency); savings that dwindle little by little (貯金もだんだん減ってきて: hardship); a home
hardly left (家からほとんど出てなくて: hikikomori); months without talking to anyone
(半年ぐらい人と話してません: isolation); a grandchild's or child's school year in kanji before
なんですけど, and an old relative's bath and meals all done by a pupil (young carer).
Left quiet: a pet run off or a thing lost, someone found since, a child who will not go to
sleep (a parenting matter, not the writer's insomnia), a happy afternoon with a grandchild,
a middle-aged child's not working when the only money words are the elder abuse's own."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- missing, searched around


@pytest.mark.parametrize(
    "text",
    [
        "えっと父が認知症でさっきからいなくて近所ずっと探してるけどまだ見つからないんです",
        "ばあちゃんが昼からおらんで近く探したけど見当たらんのです",
        "夫が認知症で夕方からいなくてあちこち探してるけど見つからない",
        "うちの母がいなくなって家族で近所を探してるんですけどどこにも見つからなくて",
        "母が携帯も持たずに出て行って近所を探してるけど見つからない",
        "父が犬の散歩に出たきりで近所探してるけど見つからない",
    ],
)
def test_kin_searched_around_the_home_and_not_found_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の猫がいなくて近所ずっと探してるけど見つからない",
        "娘と近所ずっと探してるけど猫が見つからない",
        "母が財布なくして近所ずっと探してるけど見つからない",
        "母が昨日いなくなって近所探したけど見つからなくて、夜に警察に保護されました",
        "母のために近所で評判のいい歯医者を探してるけど見つからない",
        "息子の中学の近くで物件を探してるけど見つからない",
    ],
)
def test_a_pet_a_thing_or_someone_found_since_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- savings dwindling


@pytest.mark.parametrize(
    "text",
    [
        "年金だけで暮らしてて貯金もだんだん減ってきてます",
        "夫が亡くなってから蓄えが少しずつ減っていく",
        "パートも減らされて預金がどんどん減ってきてる",
        "あのー息子が四十で仕事辞めてからずっと家にいて私らの年金で食べてるんですけど貯金も徐々に減ってきて",
    ],
)
def test_savings_dwindling_little_by_little_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "貯金がだんだん増えてきて旅行に行けそう",
        "体重がだんだん減ってきて嬉しい",
    ],
)
def test_savings_growing_or_weight_lost_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a home hardly left


@pytest.mark.parametrize(
    "text",
    [
        "妻を亡くしてから一年、家からほとんど出てなくて",
        "息子がもう二年部屋からほとんど出てなくて",
        "去年から外に全然出てなくて、もう何ヶ月も",
    ],
)
def test_a_home_hardly_left_for_months_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "今週は雨で家からほとんど出てなくて退屈",
        "インフルで三日間家から全然出てなくて",
    ],
)
def test_a_rainy_week_or_a_flu_at_home_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- months without talking


@pytest.mark.parametrize(
    "text",
    [
        "もう三ヶ月ぐらい人と話してません",
        "一年以上ほとんど人と会ってない",
        "夫が亡くなって半年人と話してなくて",
    ],
)
def test_months_without_talking_to_anyone_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "半年ぐらい人と話してなかったけど今はサロンで友達ができました",
        "人と話すのが苦手です",
        "一週間人と話してないけど在宅勤務なので平気",
    ],
)
def test_talk_resumed_shyness_or_a_quiet_week_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a pupil who carries the care


@pytest.mark.parametrize(
    "text",
    [
        "孫が中学一年生なんですけど母親が入院してて孫が弟たちのご飯作ってるんです",
        "息子が小学五年なんですけど私が病気で寝てるので下の子の保育園のお迎え行ってくれてて",
        "娘が高校二年なんですけどおばあちゃんの介護で部活辞めちゃって",
        "高校一年の息子がおじいちゃんのトイレとか着替えとか全部やってくれてて友達とも遊べてない",
        "中学生の娘が祖母の食事とかお風呂とか毎日やってくれて部活を休んでる",
    ],
)
def test_a_pupil_who_cooks_or_bathes_the_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


def test_a_pupil_bathing_a_grandmother_is_no_double_care(ex):
    result = ex("中学三年の娘が足の悪い祖母のお風呂とかご飯とか全部やってくれてて部活も辞めた")
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "孫が小学六年生なんですけど運動会でリレーの選手になりました",
        "娘が中学二年なんですけど最近反抗期で口をきいてくれません",
        "ヘルパーさんが母のお風呂とか食事とか全部やってくれてて助かってます",
        "デイサービスで祖母のお風呂とか全部やってくれるので安心",
    ],
)
def test_a_pupils_school_news_or_a_helpers_bath_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a child who will not sleep


@pytest.mark.parametrize(
    "text",
    [
        "二歳の息子がなかなか寝なくて毎晩十二時過ぎ",
        "娘が寝つかなくて絵本を何冊も読んでる",
        "上の子が夜寝なくて下の子も起きちゃうんです",
    ],
)
def test_a_child_who_will_not_sleep_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが寝たあとも私が眠れなくて毎晩三時まで起きてる",
        "息子が寝なくて私まで眠れなくなって心療内科に行った",
    ],
)
def test_the_writers_own_sleeplessness_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- a happy day with a grandchild


@pytest.mark.parametrize(
    "text",
    [
        "孫とカラオケ行ってきました楽しかったです",
        "孫たちとトランプして何回も負けたけど楽しかった",
        "孫と遊んできましたすごく楽しかったです",
    ],
)
def test_a_happy_day_with_a_grandchild_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫と遊ぶのは楽しいけど孫が学校に行けなくなって心配です",
        "孫と会っても楽しめないんです孫の夜泣きがひどくて毎晩つらい",
    ],
)
def test_a_grandchilds_trouble_beside_the_fun_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- not working beside elder abuse


def test_money_words_only_in_the_elder_abuse_are_no_hardship(ex):
    result = ex(
        "父の年金を一緒に住んでる兄が全部使ってしまって父はろくに食べさせてもらってない"
        "兄は四十すぎで働いてない"
    )
    assert "abuse" in result.crisis
    assert "hardship" not in result.fields


def test_rent_unpaid_beside_elder_abuse_stays_hardship(ex):
    result = ex("母の年金を弟が全部使い込んで、弟は五十で働いてないし家賃も払えない")
    assert "abuse" in result.crisis
    assert "hardship" in result.fields
