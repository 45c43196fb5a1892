"""Round 33 (41s22): a pain told by a likeness (「殴られたみたいに頭が痛い」); shame told big
(「消えたいって思うくらい恥ずかしい失敗した」); money kept by a husband (「お金も全部夫が
管理してて自分では使えません」: control, DV, not hardship); sleep lost to tiredness
(「子育てに疲れて、夜も眠れません」: health); a stroke's lasting harm behind care
(「脳梗塞の後遺症で右半身が不自由に」: no health of its own).
And what only looks like that: a real beating (「夫に殴られて頭が痛い」); 「消えたい」 with
no shame; a household purse a spouse just keeps (no DV), a debt beside money kept; a
baby's night crying that takes the sleep; a stroke just now, or its harm beside a
disability alone."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a pain told by a likeness


@pytest.mark.parametrize(
    "text",
    [
        "朝から殴られたみたいに頭が痛い。病院行くべき？",
        "ハンマーで叩かれたような頭痛がずっと続いてます",
        "後頭部を殴られたような痛みがあって心配です",
    ],
)
def test_a_pain_told_by_a_likeness_is_no_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis
    assert "child" not in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られて頭が痛い",
        "父に叩かれて頭が痛いです。中2",
        "娘が学校で殴られたみたいで、頭が痛いと言っている",
        "夫に殴られたみたいに頭が痛い。昨日また殴られた",
    ],
)
def test_a_real_blow_with_a_pain_stays(ex, text):
    result = ex(text)
    assert {"abuse", "dv"} & set(result.crisis)


# ---------------------------------------------------------------- shame told big


@pytest.mark.parametrize(
    "text",
    [
        "消えたいって思うくらい恥ずかしいミスしたｗ",
        "死にたいほど恥ずかしかった笑 ところで住民票ってどこで取れますか",
        "きえたい…と思うほど恥ずかしい失敗をした",
    ],
)
def test_shame_told_big_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "消えたいって思うくらいつらい",
        "もう消えたい。恥ずかしくて生きていけない",
        "毎日消えたいと思う",
    ],
)
def test_wishing_to_vanish_without_shame_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- money kept by a partner


@pytest.mark.parametrize(
    "text",
    [
        "夫に携帯を毎日チェックされて、お金も全部夫が管理してて自分では使えません",
        "旦那が給料を全部管理していて、スマホも毎日見られます",
        "通帳は彼氏に取り上げられてて、出かけると怒鳴られる",
    ],
)
def test_money_kept_by_a_partner_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金も全部夫が管理してて自分では使えません",
        "旦那が給料を握ってて、私は自由に使えない",
        "生活費は全部彼氏が管理していて、わたしでは何も買えない",
    ],
)
def test_money_kept_by_a_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "家計は夫が管理しているので、私は詳しくありません。児童手当の申請方法を教えて",
        "お金の管理は主人がしてくれています",
    ],
)
def test_a_household_purse_kept_by_a_spouse_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫の借金があって、お金は全部夫が管理してて私は使えない",
    ],
)
def test_a_debt_beside_money_kept_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- sleepless from tiredness


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子の子育てに疲れて、夜も眠れません",
        "母の介護に疲れすぎて眠れない日が続いています",
        "育児のストレスで全然眠れない",
    ],
)
def test_sleepless_from_tiredness_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんの夜泣きで寝不足です",
        "夜中に父が出て行こうとするので見張っていて眠れません",
    ],
)
def test_sleep_the_caring_takes_stays_off_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- a stroke's lasting harm


@pytest.mark.parametrize(
    "text",
    [
        "母が脳梗塞の後遺症で左半身が不自由です。介護保険のサービスを使いたい",
        "夫は脳出血の後遺症で右手が動かなくなり、要介護2になりました",
        "祖父が脳梗塞の後遺症でまひが残って、介護認定を受けたい",
    ],
)
def test_a_strokes_lasting_harm_behind_care_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父が脳梗塞で入院しました。今後の介護が心配です",
        "脳梗塞の後遺症で右手がしびれる。何科に行けばいい？",
        "脳出血の後遺症で右手が動かなくなって、障害者手帳って取れますか",
    ],
)
def test_a_stroke_now_or_alone_stays_health(ex, text):
    assert "health" in ex(text).fields
