"""Round 34 (42n23): residents of Akita, Yamagata and Miyagi towns, half in local speech.
A person with dementia missing in Tohoku speech (「見当だらねぇ」 見当たらない, 「どさ行った」
どこに行った, 「行ったがわがんね」 行ったかわからない) is read in standard forms; a parent who
fears 「このままだと何かしてしまいそう」 with a baby who will not stop crying is abuse feared;
a knock on a door in Tohoku speech (「戸叩いでも」) is no blow; violence long over with a
divorce and a life that is well now (across a full stop) is no DV now. Also: travelling to a
parent who collapsed (「片道1時間かけて通ってます」) is care, and with a small child double care;
a pet's death that leaves one 「さみしい」 is grief, not isolation; the winter fuel subsidy
(福祉灯油) is hardship; 「今は孫もいて毎日楽しい」 is no child-rearing matter. Not: a lost
wallet, the stir of 「どさくさ」, a slip at work, a question how to soothe a baby, a wish to
divorce, a father's own rehabilitation visits, a widow's loneliness, a grandchild's care."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "認知症のじっちゃが昼がら見当だらねぇ。雪降ってるのに",
        "母っこ、夕方がらどさ行ったがわがんねぇ。認知症なんだ",
        "ボケたばっちゃ、どさ行ったかわがんね。外は吹雪だ",
        "認知症のおやじ、朝から姿見当だらね",
    ],
)
def test_someone_missing_in_tohoku_speech_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "じっちゃの財布が見当だらねぇ",
        "ばっちゃの補聴器、どさ置いだがわがんね",
        "引っ越しのどさくさで書類なくした",
    ],
)
def test_a_lost_thing_in_tohoku_speech_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜泣きが毎晩で、この子に何かしちゃわないか怖い",
        "息子が言うこと聞かなくて、そのうち何かやってしまいそう",
        "ギャン泣きが続くと自分が何をしでかすか怖い",
        "ぐずる娘を見てると何かしちゃいそうになる",
        "赤ちゃんがもう3時間泣きやまない。このままだと何かしてしまいそうな自分がいる",
    ],
)
def test_a_parent_who_fears_doing_something_is_abuse_feared(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "仕事でミスばかりで何かしてしまいそうで怖い",
        "子どもが泣きやまない時、何かいい方法ありますか",
        "泣きやまないので何かしてあげたいけど、どうしたら",
    ],
)
def test_other_fears_or_questions_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばっちゃの家の戸ドンドン叩いだども返事ねぇ",
        "隣のじっちゃ、戸叩いでも返事ねぇんだ",
    ],
)
def test_a_knock_on_a_door_in_tohoku_speech_is_no_blow(ex, text):
    crisis = ex(text).crisis
    assert "abuse" not in crisis and "dv" not in crisis


def test_a_blow_in_tohoku_speech_stays_abuse(ex):
    assert "abuse" in ex("おらの息子が孫ば叩いでる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘は前の夫に殴られてました。去年離婚して、今は落ち着いて暮らしています",
        "姪っ子、前の旦那に叩かれてたんだって。もう別れて、いまは子どもと元気にしてる",
    ],
)
def test_violence_over_with_a_divorce_is_no_dv_now(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られてた。離婚したいけど、今は落ち着くまで無理",
        "前の夫に殴られてた。離婚したけど今も怖い",
    ],
)
def test_violence_not_over_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "2歳の子がいて、実家の母が骨折してから毎日車で通ってる",
        "赤ちゃんがいるのに、離れて暮らす父が脳出血で倒れて週末ごとに通ってます",
    ],
)
def test_travelling_to_a_fallen_parent_with_a_small_child_is_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields and "double_care" in result.patterns


def test_a_parents_own_rehabilitation_visits_are_not_the_writers_care(ex):
    assert "care" not in ex("実家の父が脳梗塞で倒れて、リハビリに通ってます").fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫が死んじゃってさみしい。ペット霊園ってどこ",
        "十年飼った犬が亡くなって寂しいです",
    ],
)
def test_a_pets_death_is_grief_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    ["夫が死んでさみしい", "猫が死んでさみしい。誰とも話さない毎日"],
)
def test_loneliness_otherwise_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    ["福祉灯油の申請はいつからですか", "灯油代の助成って今年もあるの？"],
)
def test_the_winter_fuel_subsidy_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_grandchildren_as_a_joy_are_no_child_rearing_matter(ex):
    assert "child" not in ex("孫もいて毎日楽しいよ。老人会に入りたい").fields


def test_a_grandchilds_care_stays_child(ex):
    assert "child" in ex("孫の世話を毎日してて、しんどい").fields
