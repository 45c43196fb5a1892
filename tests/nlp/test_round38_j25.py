"""Round 38 (44j25): families from a new set of messages by residents born in Brazil or
Peru and their teenage children (大泉町), in simple, broken or kana-only Japanese with some
romaji and Portuguese or Spanish, and by neighbours, teachers and employers (J25), scored
before anyone read it.

- Spanish and Portuguese 「quiero morir」「quero morrer」「me quiero matar」「vou me matar」
  「no quiero vivir」 are suicide; 「quiero morir de risa」 and 「vou matar essa barata」 are not.
- A pest told and then 「ころす くすり」「ころす スプレー」 in the next sentence is no emergency;
  「夫 を ころす」 stays.
- Kana 「包丁 もった」「ナイフ もってる」 by a partner is DV and an emergency; 「包丁 もって
  りょうり」 is not.
- 「むすめ の 夫 が むすめ を なぐってる」 (a grown daughter or sister struck by her partner,
  in kana with spaces) is DV, not abuse; the daughter's husband striking a grandchild stays
  abuse.
- 「がっこう で 「ガイジン」って いわれて もう いきたくない」 (school told earlier in the
  sentence) is not wanting to go, not suicide; with しにたい, or with no place, it stays.
- 「夫 いなくなって、しごと も ない」 (a husband gone, told as the start of money trouble) is
  no one missing now; with 連絡 つかない it stays an emergency.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "quiero morir. ya no puedo mas",
        "Quero morrer, nao aguento mais o trabalho",
        "me quiero matar. 夫 いない",
        "vou me matar hoje",
        "no quiero vivir mas. つかれた",
        "nao quero mais viver",
    ],
)
def test_spanish_and_portuguese_wish_to_die_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "quiero morir de risa jaja",
        "vou matar essa barata",
        "quero morrer de fome, que horas e o almoco?",
    ],
)
def test_spanish_and_portuguese_idioms_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "へや に ゴキブリ でた。ころす くすり どこ で かう？",
        "ムカデ いっぱい。ころす スプレー ほしい",
        "ネズミ が でる。殺す 薬 どこ で 売ってる？",
    ],
)
def test_medicine_to_kill_pests_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text", ["夫 を ころす くすり ほしい", "むし いる。夫 を ころす くすり ほしい"]
)
def test_killing_a_person_told_in_kana_stays(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫 おこって 包丁 もった。へや に かくれてる",
        "だんな よっぱらって ナイフ もってる。こわい",
        "かれし が ほうちょう もって おいかけてくる",
    ],
)
def test_partner_with_a_knife_in_kana_is_dv_and_emergency(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "emergency" in crisis


def test_knife_held_for_cooking_is_no_danger(ex):
    assert ex("夫 包丁 もって りょうり してる").crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "むすめ の 夫 が むすめ を なぐってる みたい。かお に あざ",
        "むすめ の だんな が むすめ を けってる",
        "あね の おっと が あね を たたいてる",
    ],
)
def test_grown_daughter_struck_by_her_partner_is_dv(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" not in crisis


def test_daughters_husband_striking_a_grandchild_stays_abuse(ex):
    assert "abuse" in ex("むすめ の 夫 が まご を なぐる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "むすめ 小3。がっこう で 「ガイジン」って いわれて もう いきたくない って ないてる",
        "むすこ 中1。がっこう で からかわれて もう いきたくない って",
        "ちゅうがく で ともだち に むし されて、もう いきたくない",
    ],
)
def test_not_going_back_to_school_in_kana_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "がっこう で いじめられて もう いきたくない。しにたい",
        "もう いきたくない。つかれた",
    ],
)
def test_kana_wish_not_to_live_stays(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫 いなくなって、しごと も ない。家賃 も はらえない",
        "だんな いなくなってから、おかね ない。やちん はらえない",
    ],
)
def test_husband_gone_before_money_trouble_is_no_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis
    assert "hardship" in result.fields


def test_husband_missing_with_no_contact_stays_emergency(ex):
    assert "emergency" in ex("夫 いなくなって、連絡 つかない。お金 ない").crisis
