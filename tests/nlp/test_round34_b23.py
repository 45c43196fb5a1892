"""Round 34 (42b23): short Japanese of residents from abroad, written word by word in katakana,
in kana only or in romaji, and neighbours writing about such families.

A katakana message is read once more in kanji, the loanwords (ナイフ, カッター, ニュース) kept
and the writer's spaces shown to the tagger, so a partner with a knife, a cutter used on
oneself, a story on the news and a past that is over read as they do in kanji; romaji is read
in kanji too (a lone B of B型 no longer stops the reading). Hitting told as a drama's plot is no
DV. Lexicon rows: a care home too dear, a small pension, drinking every day, a child's
development to be seen, only work and the room, years at home told in kana numbers. Not: 部活に
行きたくない, a qualification (シカク) to get, the writer's own partner told as the same, a
development found fine.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ダンナ オコッテ ナイフ モッテル。ワタシ ムスメ ト フロバ ニ カクレテル。タスケテ",
        "オット ナイフ モッテ オコッテル。ワタシ ヘヤ ニ カクレテル",
    ],
)
def test_katakana_partner_with_a_knife_is_dv_and_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ムスコ 14サイ。カッター デ ジブン デ キッテル ミタイ。",
        "ムスメ 16サイ、カッター デ ジブン ノ ウデ キッテル。",
    ],
)
def test_katakana_cutting_oneself_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "テレビ ノ ニュース デ コドモ ノ ギャクタイ ミタ。カナシイ。",
        "キノウ ニュース デ ギャクタイ ノ ハナシ ミマシタ。コワイ ネ。",
    ],
)
def test_katakana_abuse_on_the_news_is_no_crisis(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "10ネン マエ、マエ ノ オット カラ DV アリマシタ。イマ ハ リコン シテ ゲンキ デス。",
        "3ネン マエ、マエ ノ オット カラ DV アリマシタ。イマ ハ リコン シテ ゲンキ デス。",
    ],
)
def test_katakana_dv_long_over_is_no_crisis(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ブカツ イキタクナイ センパイコワイ",
        "ガッコウ イキタクナイ",
        "ワタシ カイゴ ノ シゴト シテマス。ビザ ノ ショルイ ドコ？",
    ],
)
def test_katakana_look_alikes_stay_quiet(ex, text):
    result = ex(text)
    assert "suicide" not in result.crisis
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "昨日の映画、父親が娘を叩く。悲しかった。",
        "きのう の ドラマ、かれし が かのじょ を なぐる。かなしかった。",
        "さっきのドラマ、夫が妻を殴る。ひどい話。",
    ],
)
def test_hitting_told_as_a_dramas_plot_is_no_crisis(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "昨日のドラマ、夫が妻を殴る。うちも同じです。",
        "ドラマ見てたら、夫に殴られた。",
        "昨日のドラマ、夫が妻を殴る。でも私も毎日夫に叩かれてる。",
    ],
)
def test_a_drama_with_the_writers_own_harm_keeps_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "seishin no techou ari masu. A gata no shigoto sagashite imasu.",
        "ryouiku techou motte imasu. B gata no sagyousho wa doko desu ka?",
    ],
)
def test_romaji_with_a_lone_letter_is_read(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "musume 25sai. sannen ijou heya kara denai.",
        "むすこ 30さい。にねん いじょう へや から でない。",
        "otto wa ichinen ijou ie kara denai.",
    ],
)
def test_years_at_home_in_kana_numbers_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "いちねん まえ は いえ から でない ひ も あった けど いま は げんき",
        "ざんねん いえ から でない ひ",
    ],
)
def test_kana_years_look_alikes_are_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "チチ ヨウカイゴ 3。シセツ タカイ。",
        "母は要介護2で、施設が高くて入れない",
        "デイサービス の おかね が たかい",
        "ワタシ 75サイ。ネンキン スコシ。",
        "年金が少ないので生活がぎりぎり",
    ],
)
def test_care_costs_and_a_small_pension_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "施設は高いけど年金で払えるので大丈夫",
        "年金は少しずつ増えている",
    ],
)
def test_care_costs_met_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫は仕事がなくなってから毎日お酒ばかり",
        "ダンナ マイニチ オサケ。",
        "ちち は あさから おさけ ばかり",
    ],
)
def test_drinking_every_day_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "毎日お酒を飲むのが楽しみ",
        "毎日お酒の配達の仕事をしています",
    ],
)
def test_a_daily_drink_enjoyed_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ケンシン デ ハッタツ ミテ モラウ イワレタ",
        "健診で発達を診てもらうように言われました",
        "ほいくえん で はったつ を みて もらって と いわれた",
    ],
)
def test_development_to_be_seen_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "発達を見てもらったけど問題ないと言われた",
        "ニホン ノ シカク トレマスカ？",
        "保育士のしかくを取りたいです",
    ],
)
def test_development_found_fine_and_a_qualification_are_no_disability(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "毎日仕事と部屋だけ。",
        "まいにち しごと と りょう だけ",
        "mainichi shigoto to heya dake.",
    ],
)
def test_only_work_and_the_room_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns
