"""The lexicon is data staff can read and extend; the user dictionary is built from data."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp import Extractor
from nlp.lexicon import DEFAULT_LEXICON, GROUPS, LexiconError, load_entries
from nlp.needles import gates, needles
from nlp.tagger import TaggerPool
from nlp.userdic import SOURCE, build, mecab_csv, read_entries


def test_every_row_has_group_label_form_and_note():
    entries = load_entries(DEFAULT_LEXICON)
    assert len(entries) > 500
    for entry in entries:
        assert entry.group in GROUPS
        assert entry.form and entry.note, entry.source


def test_a_municipality_adds_local_words_without_code(tmp_path: Path):
    local = tmp_path / "local.tsv"
    local.write_text(
        "group\tlabel\tform\tnote\n"
        "field\thardship\tまんまが買えん\tlocal dialect: cannot buy food\n"
        "crisis\tsuicide\tもう楽んなりたか\tlocal dialect: wanting relief\n",
        encoding="utf-8",
    )
    extractor = Extractor(extra_lexicons=[local])
    assert extractor.extract("まんまが買えん").fields == ("hardship",)
    assert extractor.extract("もう楽んなりたか").crisis == ("suicide",)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("field\tcaring\t介護\tx", "unknown label"),
        ("feeld\tcare\t介護\tx", "unknown group"),
        ("field\tcare\t\tx", "empty form"),
        ("field\tcare\tre:(\tx", "bad regular expression"),
    ],
)
def test_bad_rows_are_reported_with_file_and_line(tmp_path: Path, row: str, message: str):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"group\tlabel\tform\tnote\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=f"bad.tsv:2: {message}"):
        load_entries(bad)


def test_user_dictionary_builds_reproducibly_and_keeps_words_whole(tmp_path: Path):
    entries = read_entries(SOURCE)
    assert ("ヤングケアラー", "ヤングケアラー") in entries
    assert mecab_csv(entries) == mecab_csv(read_entries(SOURCE))
    first = build(target_dir=tmp_path)
    assert build(target_dir=tmp_path) == first  # cached by content hash
    words = [m.surface for m in TaggerPool(first).parse("ヤングケアラーとダブルケア")]
    assert words == ["ヤングケアラー", "と", "ダブルケア"]


def test_userdic_source_is_readable_tsv():
    with SOURCE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t"))
    assert rows and all(row["note"] for row in rows)


def test_regex_needles():
    assert needles("(?:小学|中学|高校)生です") == frozenset({"生で"})
    assert needles(r"\d+") is None


def test_regex_gates_are_every_element_a_match_passes_through():
    assert gates("(?:小学|中学|高校)生(?:です|だ)") == (
        frozenset({"小学", "中学", "高校"}),
        frozenset("生"),
        frozenset({"です", "だ"}),  # the pair です, rarer than either of its characters
    )
    assert gates("(?:産まなきゃ|いらない子)[^。]{0,8}言われ") == (
        frozenset({"産ま", "い子"}),  # each branch's rarest key, not the common い
        frozenset({"まな", "いら"}),  # then each branch's second rarest, and third
        frozenset({"なき", "らな"}),
        frozenset({"言わ"}),
        frozenset({"われ"}),
    )
    # Not only the rarest: the pattern also needs one of 朝, 昼, 夜, 夕方.
    assert gates("(?:朝|昼)から|(?:夜|夕方)から") == (
        frozenset({"朝", "昼", "夜", "夕方"}),
        frozenset({"から"}),
    )
    assert gates("(?:死ね|)と") == (frozenset("と"),)  # a branch that may be empty
    assert gates("(?i:dv)x") == (frozenset("x"),) and gates("(?i)dv") == ()
    assert gates(r"[4４氏][にね]た?い") == (frozenset("4４氏"), frozenset("にね"), frozenset("い"))
    assert gates("(?:もう|こんな)自分") == (frozenset({"もう", "こん"}), frozenset({"自分"}))
    assert gates(r"\d+年") == (frozenset("年"),)
    assert gates("(") == ()  # not a pattern: no gates, so it would always run
    # The tagger drops spaces, so no key holds one: 「ご はん」 gives ご, は, はん.
    assert gates("ご はん") == (frozenset("ご"), frozenset("は"), frozenset({"はん"}))
    assert gates(" ") == ()


def test_gate_keys_are_collected_word_by_word(extractor):
    """A key with a space in it would make every message scan its text character by
    character (a lexicon row 「ご はん」 once did, and cost a tenth of the time)."""
    assert extractor.lexicon._gates_in_words


def test_a_pattern_runs_only_with_a_character_of_every_gate(extractor):
    lexicon = extractor.lexicon
    (number,) = [
        n for n, (regex, _) in enumerate(lexicon._regexes) if regex.pattern.startswith("(?:部屋")
    ]
    keys = lexicon._gate_keys.in_text
    assert number in lexicon._plan(keys("家から出ない")).first
    assert number not in lexicon._plan(keys("家からない")).first  # no 出/で: cannot match
    assert number not in lexicon._plan(keys("家か出らない")).first  # needs から, not か and ら
    assert "stay_home" in {h.entry.label for h in _hits(extractor, "息子が家から出てこない")}


def test_the_frequency_table_orders_the_plan_work_but_never_changes_it(
    extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Measured rarity picks each pattern's needle (いま, in every います, is not rare);
    without the table the same patterns run, found through other needles."""
    from nlp import lexicon as lexicon_module
    from nlp.lexicon import Lexicon

    measured = extractor.lexicon
    monkeypatch.setattr(lexicon_module, "KEY_FREQUENCIES", tmp_path / "missing.tsv")
    unmeasured = Lexicon(load_entries(DEFAULT_LEXICON), extractor.tagger)
    needle_keys = {key for gate_list in measured._gates if gate_list for key in gate_list[0]}
    assert "いま" not in needle_keys
    assert "いま" in {key for gate_list in unmeasured._gates if gate_list for key in gate_list[0]}
    texts = [
        "息子が家から出てこない",
        "いま家にいます、部屋から出てきません",
        "いま薬をたくさん飲みました",
    ]
    for text in texts:
        keys = measured._gate_keys.in_text(text)
        assert measured._plan(keys) == unmeasured._plan(keys)
        assert measured._plan(keys).first  # something runs: the comparison means something


def _hits(extractor, text):  # type: ignore[no-untyped-def]
    found = extractor.analyse(text)
    return found[2] if found else []


@pytest.mark.parametrize(
    "text",
    [
        "息子が家から出てこない",
        "ｶﾈがない　けど　へやから　でない",
        "中2です。親が3日も帰ってこない！",
        "a b c 4にたい DV 8050",
        "😀ガス代を3か月ためています😀",
    ],
)
def test_gate_keys_from_the_words_are_those_of_the_text(extractor, text):
    from nlp.normalise import normalise

    norm = normalise(text)
    tokens = extractor.lexicon.vocabulary.tokens(norm, extractor.tagger.lines(norm.text))
    lexicon = extractor.lexicon
    assert lexicon.gate_keys_in(norm.text, tokens) == lexicon._gate_keys.in_text(norm.text)


_PATTERNS = sorted({e.form[3:] for e in load_entries(DEFAULT_LEXICON) if e.form.startswith("re:")})


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_of_a_lexicon_pattern_passes_all_its_gates(data):
    """Gates only skip patterns that cannot match: any text a pattern matches has a
    key of every gate (hypothesis writes texts the pattern matches). The key may lie
    outside the match itself, in what a lookahead or lookbehind looked at."""
    pattern = data.draw(st.sampled_from(_PATTERNS))
    text = data.draw(st.from_regex(pattern))
    match = re.search(pattern, text)
    assert match is not None
    for gate in gates(pattern):
        assert any(key in text for key in gate), (pattern, text, gate)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        # what a lookahead or lookbehind looks at is in the text: a gate
        (r"(?:息子|娘)(?=が高校を(?:中退|やめ))", {"高校"}),
        (r"(?<=[。!])(?:1[0-7])歳", {"。", "!"}),
    ],
)
def test_lookarounds_give_gates(pattern, gate):
    assert frozenset(gate) in gates(pattern)


def test_negative_lookarounds_give_no_gate():
    assert gates(r"(?<!教室の)生徒(?!会)") == (frozenset({"生徒"}),)
