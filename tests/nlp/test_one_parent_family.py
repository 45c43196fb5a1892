"""「パパ いない。シングルマザーです」: a parent telling in kana that the family has one parent
was read as a child writing of neglect (「ママ いない」). With no missing meals or hunger and
no parent who does not come home, a one-parent family (シングルマザー, 母子家庭, 離婚) is no
alarm; a child telling of hunger or a parent away at night still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "パパ いない。シングルマザーです",
        "パパいない、シングルマザーです。保育園さがしてます",
        "ママ いない。ぼしかていです。てあて のこと ききたい",
    ],
)
def test_a_one_parent_family_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "パパ いない りこんした。ママ よる いない ごはんない",
        "ママ いない。パパも かえってこない。おなか すいた",
        "ママ かえってこない",
    ],
)
def test_a_child_telling_of_neglect_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis
