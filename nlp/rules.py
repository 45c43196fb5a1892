"""From lexicon hits to labels: blocks, negation, and the compound rules.

The lexicon says which words matter; this module decides what they mean
together: a denial after a worry cancels it, violence is DV when a partner is
involved and abuse when a child or an older person is, an aged parent plus a
middle-aged child at home is 8050, a pupil doing housework is a young carer.
Every label keeps the hits that raised it, as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.lexicon import Hit
from nlp.model import CRISES, FIELDS, PATTERNS, Evidence, Extraction, Group
from nlp.normalise import KANJI, Normalised, to_hiragana
from nlp.persons import Age, find_ages, kanji_number, ordered_persons, writer_is_minor
from nlp.tokens import Tokens

NEGATION_REACH = 8  # tokens between a worry and the denial that follows it
ELDERLY_AGE = 70
MIDDLE_AGES = range(38, 70)  # the "50" of 8050 (also 7040, 9060)
_PARENTS = frozenset({"mother", "father", "parent"})
_CHILDREN = frozenset({"child"})
_CARED_FOR = _PARENTS | {"spouse"}  # people whose lasting needs are care
_SUDDEN = frozenset({"倒れる", "動けない"})  # an event, not yet a care need
# Help with the body (dressing, the toilet, the bath): care even when a child gives it.
_PERSONAL_CARE = re.compile(r"着替え|トイレ|風呂|入浴|おむつ|オムツ|介助|体…拭く|漏らし")
# Looking after someone (「父の世話」「母の面倒を見る」), not housework (「父の料理」).
_CARE_WORK = frozenset({"世話", "面倒…見る", "面倒み", "看病", "付き添い"})


def _evidence(values: tuple[str, Group, str, int, int, str]) -> Evidence:
    """``Evidence(*values)`` without the NamedTuple's __new__, which runs as Python."""
    return tuple.__new__(Evidence, values)


class _Evidence:
    """Collects evidence per label while the rules run."""

    def __init__(self, text: str, norm: Normalised) -> None:
        self.text = text
        self.norm = norm
        self.items: dict[tuple[str, int, int], Evidence] = {}
        # items per label, kept beside ``items``: the rules ask ``has`` often (a scan of
        # every item was a twentieth of the time); change ``items`` only through methods.
        self.counts: dict[str, int] = {}
        self.dropped: list[tuple[Evidence, str]] = []  # and why

    def add(self, label: str, group: Group, start: int, end: int, note: str) -> None:
        o_start, o_end = self.norm.original_span(start, end)
        key = (label, o_start, o_end)
        if key not in self.items:
            surface = self.text[o_start:o_end]
            self.items[key] = _evidence((label, group, surface, o_start, o_end, note))
            self.counts[label] = self.counts.get(label, 0) + 1

    def hit(self, label: str, group: Group, hit: Hit, note: str | None = None) -> None:
        self.add(label, group, hit.start, hit.end, note or hit.entry.note)

    def add_original(self, label: str, group: Group, item: Evidence, note: str) -> None:
        """Re-use another label's evidence (already in original offsets)."""
        key = (label, item.start, item.end)
        if key not in self.items:
            self.items[key] = _evidence((label, group, item.surface, item.start, item.end, note))
            self.counts[label] = self.counts.get(label, 0) + 1

    def drop(self, label: str, start: int, end: int, why: str) -> None:
        """Withdraw a label's evidence for the normalised span [start, end)."""
        o_start, o_end = self.norm.original_span(start, end)
        key = (label, o_start, o_end)
        if key in self.items:
            self.pop(key, why)

    def drop_label(self, label: str, why: str) -> None:
        """Withdraw every item of ``label`` (the whole label was a misreading)."""
        for key in [k for k in self.items if k[0] == label]:
            self.pop(key, why)

    def pop(self, key: tuple[str, int, int], why: str) -> None:
        """Withdraw one item (it must be there), keeping why."""
        self.dropped.append((self.items.pop(key), why))
        self.counts[key[0]] -= 1

    def drop_inside(
        self, label: str, spans: list[tuple[int, int]], why: str, *, overlapping: bool = False
    ) -> None:
        """Withdraw a label's evidence lying inside (or overlapping) the normalised spans."""
        inside = [self.norm.original_span(a, b) for a, b in spans]
        for key in [k for k in self.items if k[0] == label]:
            if any(
                (key[1] < b and a < key[2]) if overlapping else (a <= key[1] and key[2] <= b)
                for a, b in inside
            ):
                self.pop(key, why)

    def discounted(
        self, found: _Found, skipped: list[tuple[str, str, int, int, str]]
    ) -> list[Evidence]:
        """Words that were found but did not count, with the reason (for staff)."""
        out: list[Evidence] = []

        def add(label: str, group: Group, start: int, end: int, why: str) -> None:
            o_start, o_end = self.norm.original_span(start, end)
            out.append(Evidence(label, group, self.text[o_start:o_end], o_start, o_end, why))

        for hit, block in found.blocked:
            why = block.entry.note
            add(hit.entry.label, hit.entry.group, hit.start, hit.end, why)  # type: ignore[arg-type]
        for hit, neg in found.negated:
            o_start, o_end = self.norm.original_span(neg.start, neg.end)
            why = f"否定：「{self.text[o_start:o_end]}」が後に続く"
            add(hit.entry.label, hit.entry.group, hit.start, hit.end, why)  # type: ignore[arg-type]
        for label, group, start, end, why in skipped:
            add(label, group, start, end, why)  # type: ignore[arg-type]
        for item, why in self.dropped:
            if (item.label, item.start, item.end) not in self.items:
                out.append(item._replace(note=why))
        return sorted(out, key=lambda e: (e.start, e.end, _RANK[e.label]))

    def has(self, label: str) -> bool:
        return self.counts.get(label, 0) > 0

    def present(self) -> set[str]:
        return {label for label, count in self.counts.items() if count}

    def ordered(self) -> tuple[Evidence, ...]:
        """The evidence in label order; words inside a longer span of the same label
        (死に inside 死にたい) are left out, so staff see each phrase once."""
        items = list(self.items.values())
        counts = self.counts
        kept = [
            item for item in items if counts[item.label] == 1 or not _inside_longer(item, items)
        ]
        kept.sort(key=_evidence_order)
        return tuple(kept)


def _inside_longer(item: Evidence, items: list[Evidence]) -> bool:
    """Whether a longer span of the same label holds ``item``."""
    return any(
        other.label == item.label
        and other.start <= item.start
        and item.end <= other.end
        and other.end - other.start > item.end - item.start
        for other in items
    )


_RANK = {label: i for i, label in enumerate(FIELDS + PATTERNS + CRISES)}


def _evidence_order(item: Evidence) -> tuple[int, int, int]:
    return (_RANK[item.label], item.start, item.end)


def _in_order(present: set[str], order: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(label for label in order if label in present) if present else ()


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _apply_blocks(hits: list[Hit], blocked: list[tuple[Hit, Hit]]) -> list[Hit]:
    blocks = [h for h in hits if h.entry.group == "block"]
    kept = []
    for hit in hits:
        if hit.entry.group == "block":
            continue
        # A block for every label ("*": a settled past) leaves who is mentioned: in
        # 「昔は夫も優しかったけど、今は暴力を…」 the husband is still the one now.
        star = hit.entry.group != "person"
        block = next(
            (
                b
                for b in blocks
                if (b.entry.label == hit.entry.label or (star and b.entry.label == "*"))
                and _overlaps(b, hit)
            ),
            None,
        )
        if block is not None:
            if hit.entry.group in _LABEL_GROUPS:
                blocked.append((hit, block))
            continue
        kept.append(hit)
    return kept


def _negated(hit: Hit, negations: list[Hit], tokens: Tokens) -> Hit | None:
    clauses = tokens.clauses
    clause = clauses[hit.last - 1]
    for neg in negations:
        # 「借金ではない」 denies only the word it follows; 「…は大丈夫」 reaches further.
        reach = 1 if neg.entry.label == "copula_negation" else NEGATION_REACH
        # The denial follows the word, or shares the phrase's last word (お金の心配 +
        # 心配はありません).
        near = max(hit.first + 1, hit.last - 1) <= neg.first <= hit.last + reach
        if near and clauses[neg.first] == clause:
            return neg
    return None


def _longest_persons(person_hits: list[Hit]) -> list[Hit]:
    """Drop a person hit inside a longer one (母 inside 母親, 親 inside 両親)."""
    return [
        h
        for h in person_hits
        if not any(
            o is not h
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in person_hits
        )
    ]


class _Found:
    """Hits sorted by what they are, after blocks and negation."""

    def __init__(self, hits: list[Hit], tokens: Tokens, text: str) -> None:
        self.tokens = tokens
        self.text = text  # normalised
        self.by: dict[tuple[str, str], list[Hit]] = {}
        self.negated: list[tuple[Hit, Hit]] = []
        self.blocked: list[tuple[Hit, Hit]] = []
        blocks = [h for h in hits if h.entry.group == "block"]
        kept = _apply_blocks(hits, self.blocked) if blocks else hits
        negations = [h for h in kept if h.entry.group == "cue" and h.entry.label in _NEGATIONS]
        by = self.by
        for hit in kept:
            entry = hit.entry
            if negations and entry.group in ("field", "pattern"):
                neg = _negated(hit, negations, tokens)
                if neg is not None:
                    self.negated.append((hit, neg))
                    continue
            key = (entry.group, entry.label)
            if key in by:
                by[key].append(hit)
            else:
                by[key] = [hit]
        self.cues = {label for group, label in by if group == "cue"}
        self.discharges = [h for h in by.get(("field", "health"), []) if h.entry.form == "退院"]
        person_hits = [h for (group, _), hs in by.items() if group == "person" for h in hs]
        self.persons = _longest_persons(person_hits) if len(person_hits) > 1 else person_hits

    def get(self, group: str, label: str) -> list[Hit]:
        return self.by.get((group, label), [])

    def cue(self, label: str) -> list[Hit]:
        return self.by.get(("cue", label), [])

    def person_labels(self) -> set[str]:
        return {h.entry.label for h in self.persons}

    def same_sentence(self, a: list[Hit], b: list[Hit]) -> list[tuple[Hit, Hit]]:
        return [
            (x, y)
            for x in a
            for y in b
            if self.tokens.sentences[x.first] == self.tokens.sentences[y.first]
        ]


_NEGATIONS = frozenset({"negation", "copula_negation"})
_LABEL_GROUPS = frozenset({"field", "pattern", "crisis"})
_VIOLENCE_CUES = frozenset({"violence", "control", "expelled", "restraint"})
_8050_CUES = frozenset({"old_parent", "dependency", "not_working", "co_residence"})
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十]")
_DEPRIVATION_CUES = frozenset({"withheld_care", "old_parent", "dependency"})
_NEGLECT_CUES = frozenset(
    {"neglect_sign", "alone_child", "parent_absent", "loitering", "withheld_care"}
)
ADULT_AGE = 18
_MONEY_DEPENDENCY = frozenset(
    {"年金", "養う", "養ってもらう", "すねをかじる", "すねかじり", "仕送り"}
)


def decide(
    text: str,
    norm: Normalised,
    tokens: Tokens,
    hits: list[Hit],
    discounted: list[Evidence] | None = None,
) -> Extraction:
    """The labels, persons and evidence; ``discounted`` (if given) gets the words that were
    found but did not count, each with the reason (denied, an idiom, a job …)."""
    found = _Found(hits, tokens, norm.text)
    cues = found.cues
    ev = _Evidence(text, norm)
    for (group, label), label_hits in found.by.items():
        if group in _LABEL_GROUPS:
            for hit in label_hits:
                ev.hit(label, group, hit)  # type: ignore[arg-type]
    if _FRAME_GATE.search(norm.text):
        _framed_abuse(found, ev)
    if found.by.keys() & _TERMED_23c and _DV_TERM_23c.search(norm.text):
        _dv_term_as_a_joke_23c(found, ev)
    if found.by.keys() & _TERMED_23c and _TERM_DENIED_36t13.search(norm.text):
        _dv_term_read_and_denied_36t13(found, ev)  # round 28 (36t13)
    if found.by.keys() & _TERMED_23c and _FOR_TEACHING_23c.search(norm.text):
        _term_for_teaching_23c(found, ev)
    if found.by.keys() & _TERMED_23c and _CLIENTS_38s20.search(norm.text):
        _term_asked_for_clients_38s20(found, ev)  # round 30 (38s20)
    if cues & _KEEPER_CUES:
        _kept_in_by_no_one(found)
    if "control" in cues and _SHOUT_GATE_23y.search(norm.text):
        _shouting_not_at_the_cared_for_23y(found, ev)  # round 15 (23y)
    if ("crisis", "emergency") in found.by:
        _emergency_not_now(found, ev)
        _emergency_in_a_frame(found, ev)
        if _BUSINESS_LINE.search(norm.text):
            _business_line_down(found, ev)
        _whereabouts_known_23y(found, ev)  # round 15 (23y)
        if _DOOR_23y.search(norm.text):
            _home_was_only_empty_23y(found, ev)
        if "殺" in norm.text and "「" in norm.text:
            _quoted_kill_said_in_jest_24j(found, ev)  # round 16 (24j)
    ages = find_ages(norm.text, found.persons, norm.joins) if _NUMERAL.search(norm.text) else []
    skipped: list[tuple[str, str, int, int, str]] = []  # labels a rule decided against
    minor_hits = writer_is_minor(found.cue("minor_self"), found.persons, norm.text) if cues else []
    minor = bool(minor_hits)
    for hit in minor_hits:
        ev.hit("child", "field", hit, "本人が子ども・10代")
    if not minor and "family_care" in cues and _nearly_all_kana_30m8(norm.text):
        minor = _kana_young_carer(found, ages, ev)
    # Each compound rule runs only when one of its cues is there at all.
    if "no_answer" in cues:
        _no_answer_for_days(found, ev)
    if "unresponsive" in cues:
        _unresponsive_after_overdose(found, ev)
    if ev.has("suicide"):
        _suicide_frames(found, ev)  # round 14 (22s): story, laugh, over, accident, set aside
        if _HABIT_OF_SAYING_23c.search(norm.text):
            _welcome_of_death_as_a_habit_23c(found, ev)
        elif "笑" in norm.text or "わろ" in norm.text or "にこ" in norm.text or "ニコ" in norm.text:
            _welcome_of_death_laughed_24j(found, ev)  # round 16 (24j)
    if ev.has("suicide") and _TOPIC_FRAME_23h.search(norm.text):
        _suicide_as_a_topic_23h(found, ev)  # round 15 (23h)
    if ev.has("suicide") and any(word in norm.text for word in _MEASURE_GATE_23h):
        _fandom_hyperbole_23h(found, ev)
    if "保険" in norm.text and not ev.has("suicide"):
        _payout_on_death_asked(found, ev)
        if not ev.has("suicide"):
            _payout_for_a_debt_38s20(found, ev)  # round 30 (38s20)
    if ev.has("suicide"):
        _suicide_denied_23g(found, ev)  # round 15 (23g): denied, drawn out, a means readied
        _drawn_out_death_23g(found, ev)
    if not ev.has("suicide") and _BURDEN_GATE_23g.search(norm.text):
        _burden_and_blade_23g(found, ev)
    if ev.has("suicide"):
        _unreachable_after_suicide_talk(found, ev)
        _means_readied_23g(found, ev)
    if "stay_home" in cues:
        _hikikomori(found, ages, ev)
    if ages or cues & _8050_CUES:
        _eight_zero_five_zero(found, ages, ev)
        _uncle_or_aunt_at_home(found, ages, ev)
        _old_neighbour_and_son(found, ages, ev)
        _grown_child_writes(found, ages, minor, ev)
    if "stay_home" in cues and ev.has("8050") and not ev.has("hikikomori"):
        _supported_kin_never_out_34c12(found, ev)  # round 26 (34c12)
    if ages or found.persons or "elderly" in cues:
        _care_of_older_people(found, ages, minor, ev, skipped)
    if "care_need" in cues and not ev.has("care") and ev.has("8050"):
        _parent_of_8050_needs_help_34b12(found, ev)  # round 26 (34b12)
    if found.persons and ev.has("care"):
        _care_of_a_child(found, ages, ev)
    if found.discharges:
        _discharge(found, minor, ev)
    if ages and found.persons:
        _grown_children(ages, ev)
        _young_children(ages, ev)
    if ev.has("child") and (ages or ev.has("8050")):
        _grown_child_called_that_child_23e(found, ages, ev)
    if ev.has("child") and "登校" in norm.text and _NUMERAL.search(norm.text):
        _school_refusal_now_grown_34a12(found, ages, ev)  # round 26 (34a12)
    if cues & _VIOLENCE_CUES:
        _violence(found, ages, minor, ev)
        _hiding_from_danger(found, ev)
        _harmed_since_marriage(found, ev)
        _partner_strikes_kin(found, minor, ev)
        if ev.has("dv") and not minor:
            _child_tells_of_a_parent(found, ev)
        if not minor and ("の" in norm.text or "婿" in norm.text):
            _grown_kin_struck_by_partner_23e(found, ev)
        if not minor and ("から" in norm.text or "に" in norm.text):
            _grown_kin_struck_passive_33d10(found, ev)  # round 25 (33d10)
        if ev.has("abuse") != ev.has("dv") and not minor:
            _writer_struck_beside_child_26s(found, ev)  # round 18 (26s)
    if minor and _CRUEL_WORDS.search(norm.text):
        _cruel_words_to_a_child(found, ev)
    if "control" in cues and _STAFF.search(norm.text):
        _shouted_at_by_carers(found, ev)
    if cues & _MISTREATMENT and not minor and found.persons:
        _older_kin_mistreated(found, ages, ev)
    if "withheld_money" in cues:
        _money_withheld(found, ev)
    if "witness" in cues and ev.has("dv"):
        _dv_seen_by_children(found, ev)
    if found.get("crisis", "abuse") and found.get("field", "hardship"):
        _money_taken(found, ev)
    if cues & _NEGLECT_CUES:
        _neglect(found, ages, minor, ev)
        if ages and ev.has("abuse") and "neglect_sign" in cues:
            _sign_on_a_grown_child_34b12(found, ages, ev)  # round 26 (34b12)
        if "alone_child" in cues and "days" in cues:
            _small_children_alone_for_days_35k12(found, ev)  # round 27 (35k12)
    if "co_residence" in cues and not minor and cues & _UNKEPT_CUES_34b12:
        _older_kin_left_unkept_34b12(found, ev)  # round 26 (34b12)
        if not minor and "elderly" in cues and ev.has("abuse"):
            _older_person_neglected(found, ev)
        if not minor and "withheld_care" in cues and "elderly" in cues:
            _older_person_not_fed(found, ev)
    if not minor and not ev.has("abuse") and KANJI.search(norm.text) is None:
        _kana_child_neglect(found, ev)
    if minor and "no_meals" in cues and not ev.has("abuse"):
        _child_without_meals_23g(found, ev)
    if minor and "から" in norm.text and not ev.has("abuse"):
        _child_unfed_since_28d8(found, ev)  # round 20 (28d8)
    if minor and not ev.has("abuse") and any(word in norm.text for word in _NIGHT_GATE_23h):
        _left_at_night_23h(found, ev)
    if minor and any(word in norm.text for word in _RAN_AWAY_GATE_23h):
        _ran_away_now_23h(found, ev)
    if not ev.has("abuse") and "泣" in norm.text:
        _crying_and_shouting_heard(found, ev)
    if "bruise" in cues:
        _bruise(found, ages, minor, ev)
        if ev.has("abuse") and ev.has("dv"):
            _bruise_from_a_kin_partner_23g(found, ev)
    if ev.has("abuse") and _CARED_GATE_23e.search(norm.text):
        _staff_hit_by_the_cared_for_23e(found, ev)
    if "family_care" in cues:
        _young_carer(found, minor, ev)
        if not minor and "school_life" in cues:
            _own_child_cares(found, ev)
            if not ev.has("young_carer"):
                _own_child_named_earlier_cares_25u(found, ev)  # round 17 (25u)
        _care_told_of_others(found, ev)
        _pupil_pays_household(found, minor, ev)
        if not minor and found.persons:
            _chores_for_older_kin(found, ev)
    if found.persons:
        _care_without_older_person(found, ages, minor, ev)
    if not minor and ev.has("young_carer") and ("孫" in norm.text or "まご" in norm.text):
        _young_carer_cares_for_writer_23e(found, ev)
    if ev.has("care") and found.get("crisis", "emergency"):
        _bodily_emergency_not_care(found, ages, ev)
        if ev.has("care"):
            _bodily_emergency_words_not_care_37m20(found, ages, ev)  # round 29 (37m20)
    if found.get("crisis", "emergency") and "child" in found.person_labels():
        _young_child_in_danger(found, ages, ev)
    if ev.has("care") and "孫" in norm.text and _RAISING_GRANDCHILD_33c10.search(norm.text):
        _grandparent_raising_grandchild_33c10(found, ages, ev)  # round 25 (33c10)
    if ev.items:
        _child_victims(found, ages, ev)
        if found.persons and ev.has("abuse"):
            _parent_taken_along_23c(found, ev)
        if not minor and ev.has("child"):
            _childhood_told(found, ev)
            _childcare_job(found, ev)
        _double_care(found, ages, minor, ev)
        if not minor and "family_care" in cues:
            _ill_partner_and_children(found, ev)
    if ev.has("abuse") and not ev.has("child") and "child" in found.person_labels():
        _child_struck_by_an_elder_23h(found, ev)
    if ev.has("abuse") and not minor and "elderly" in cues and not ev.has("care"):
        _older_person_harmed_23e(found, ev)
    if not minor and found.persons and cues & _DEPRIVATION_CUES:
        _older_kin_exploited(found, ev)
    if (ev.has("double_care") or ev.has("care")) and "grandparent" in found.person_labels():
        _grandchild_carer_23h(found, ev)
    if not minor and len(found.persons) > 1:
        _older_kin_robbed(found, ev)
    if found.persons and not ev.has("abuse") and _MONEY_GATE_23g.search(norm.text):
        _older_money_used_by_relative_23g(found, ev)
    if found.persons and not ev.has("dv") and _GET_OUT_23g.search(norm.text):
        _fleeing_a_partner_23g(found, ev)
    if not ev.has("emergency") and _DOOR_GATE_23g.search(norm.text):
        _silent_behind_a_door_23g(found, ev)
    # round 19 (27x): a suicide from the spot now, a family member not found, lost outside
    if ev.has("suicide") and not ev.has("emergency"):
        _suicide_from_the_spot_now_27x(found, ev)
    if found.persons and not ev.has("emergency") and _FOUND_GATE_27x.search(norm.text):
        _family_searched_not_found_27x(found, ev)
    if not ev.has("emergency") and _SAY_GATE_27x.search(norm.text):
        _older_person_lost_outside_27x(found, ev)
    if ev.has("abuse") and _IN_GENERAL_23g.search(norm.text):
        _abuse_asked_in_general_23g(found, ev)
    if ev.has("abuse") and not ev.has("care") and not minor and "elderly" in cues:
        _older_victim_is_care_23g(found, ev)  # after _older_person_harmed_23e: other wordings
    if ev.has("isolation") and ev.has("suicide") and "最後" in norm.text:
        _last_words_not_isolation_23g(found, ev)
    if ev.has("8050") and "8050" in norm.text:
        _8050_read_about_23g(found, ev)
    if _GAMBLING.search(norm.text):
        _gambling_money(found, ev)
        _pension_gambled_by_kin(found, ev)
    if ev.has("health"):
        _health_in_context(found, ev)
        if _STROKE_23e.search(norm.text):
            _stroke_behind_care_23e(found, ev)
        if "退院" in norm.text or "おかげ" in norm.text or "回復" in norm.text:
            _sudden_event_over_23e(found, ev)
    if ev.has("health") and len(ev.present()) > 1:
        _sleep_lost_to_a_worry(found, ev)
    if ev.has("8050") and ev.has("hardship"):
        _support_without_shortage(found, ev)
    if "年金" in norm.text and found.get("field", "hardship"):
        _pension_life_without_shortage(found, ev)
    if (
        found.persons
        and not minor
        and (found.get("field", "disability") or "言" in norm.text or "口" in norm.text)
    ):
        _development_and_manners_of_a_child(found, ages, ev)
    if ev.has("child") and found.persons:
        _children_as_the_reason(found, ev)
    elif found.persons and not minor and _ASKED_HOW.search(norm.text):
        _teaching_a_child(found, ages, ev)
    if ev.has("child") and ev.has("dv"):
        _children_with_the_writer(found, ev)
    if not minor and ("高校" in norm.text or "高専" in norm.text or "中学" in norm.text):
        _recent_school_leaver(found, ages, ev)
    # round 15 (23x): fleeing a partner now, a noose from a cord, joining the dead, a drama
    if ev.has("dv") and any(w in norm.text for w in _FLIGHT_GATE_23x + _FLIGHT_GATE_MORE_23x):
        _fleeing_with_children_now_23x(found, ev)
    if "輪" in norm.text or "わっか" in norm.text:
        _noose_from_a_cord_23x(found, ev)
    if found.persons and not ev.has("suicide") and any(w in norm.text for w in _JOIN_GATE_23x):
        _joining_the_dead_23x(found, ev)
    if not ev.has("dv") and _STORY_WORD_23x.search(norm.text):
        _own_partner_in_a_story_23x(found, ev)
    # round 16 (24i): parents' shouting, a child alone now, a song, a story, money managed
    if "control" in cues and not ev.has("dv") and len(found.persons) > 1:
        _parents_shouting_and_throwing_24i(found, minor, ev)
    if (minor or KANJI.search(norm.text) is None) and found.person_labels() & _PARENTS:
        _young_child_left_alone_now_24i(found, minor, ev)
    if ev.has("suicide") and _SONG_24i.search(norm.text):
        _suicide_word_names_a_song_24i(found, ev)
    if ev.has("emergency") and ev.has("hardship"):
        _missing_without_money_24i(found, ev)
    if ev.items and _CHARACTER_24i.search(norm.text):
        _character_in_a_story_24i(found, ev)
    if ev.has("hardship") and ev.has("care") and _MANAGED_24i.search(norm.text):
        _money_managed_for_care_24i(found, ev)
    # round 16 (24m): a child left alone, violence now, a carer's own blow, a class's words
    if not ev.has("abuse") and _LEFT_GATE_24m.search(norm.text):
        _child_left_alone_24m(found, ev)
    harmed = ev.has("dv") or ev.has("abuse")
    if harmed and cues & _HARM_NOW_CUES_24m and _NOW_GATE_24m.search(norm.text):
        _violence_right_now_24m(found, ev)
    if "violence" in cues and ev.has("care") and not minor and not ev.has("child"):
        _carer_hits_the_cared_for_24m(found, ev)
    if ev.has("suicide") and _CLASS_GATE_24m.search(norm.text):
        _suicide_for_a_class_24m(found, ev)
    # round 16 (24k): kana with a day count, a child in the cold, denials with けど, long
    # stopped self-harm, a character in a novel, a pupil hit by a peer, a professional's
    # question, an alarm that came to nothing
    if not minor and not ev.has("abuse") and "日" in norm.text and _kana_with_counts_24k(norm.text):
        _child_left_for_days_24k(found, ev)
    if ev.has("abuse") and not ev.has("emergency") and _COLD_24k.search(norm.text):
        _child_out_in_the_cold_24k(found, ev)
    if ev.has("suicide") and ("けど" in norm.text or "まで" in norm.text or "が" in norm.text):
        _suicide_denied_but_24k(found, ev)
    if ev.has("suicide") and "年" in norm.text:
        _self_harm_long_stopped_24k(found, ev)
    if ev.has("suicide") and _WRITING_24k.search(norm.text):
        _character_in_writing_24k(found, ev)
    if ev.has("abuse") and "violence" in cues and _PEER_GATE_24k.search(norm.text):
        _struck_by_a_peer_24k(found, ev)
    if ev.has("abuse") and _JOB_24k.search(norm.text):
        _abuse_asked_as_a_professional_24k(found, ev)
    if ev.has("emergency") and (
        "だけ" in norm.text
        or "無事" in norm.text
        or "つきました" in norm.text
        or "取れました" in norm.text
        or "とれました" in norm.text
        or "来ました" in norm.text
        or "ありました" in norm.text
        or "きました" in norm.text
        or "ついた" in norm.text
    ):
        _alarm_came_to_nothing_24k(found, ev)
    # round 16 (24j): a named school-age child keeps the house; a drinking parent, no meals
    if not minor and "family_care" in cues and not ev.has("young_carer"):
        _named_minor_keeps_the_house_24j(found, ev)
    if "no_meals" in cues and not ev.has("abuse") and _DRINK_GATE_24j.search(norm.text):
        _drunk_parent_and_no_meals_24j(found, minor, ev)
    # round 17 (25u): an 8050 child who threatens the old parent, a parent named with an age
    if ev.has("8050") and not ev.has("abuse") and cues & _THREAT_CUES_25u:
        _grown_child_threatens_old_parent_25u(found, ev)
    if not ev.has("dv") and "(" in norm.text and cues & _THREAT_CUES_25u:
        _aged_parent_strikes_the_other_25u(found, minor, ev)
    # round 18 (26t): the writer's daughter-in-law (嫁 told of to the son) harms the writer
    if "嫁" in norm.text and ev.has("abuse") and ev.has("child"):
        _elder_harmed_by_daughter_in_law_26t(found, ev)
    # round 18 (26u): a son or daughter who hits the writer, a partner named elsewhere
    if ev.has("dv") and "child" in found.person_labels():
        _child_strikes_the_parent_26u(found, ev)
    if "bruise" in cues and ev.has("abuse") and ev.has("dv"):
        _bruise_from_a_partner_26u(found, ev)
    if not minor and ev.has("young_carer") and ev.has("care") and not ev.has("double_care"):
        _parent_of_a_young_carer_also_cares_26u(found, ev)
    # round 19 (27y): a friend's posted words then silence; an adult kept from home by a partner
    if ev.has("suicide") and not ev.has("emergency") and "no_answer" in cues:
        _unreachable_after_posted_27y(found, ev)
    if ev.has("dv") and ev.has("abuse") and not minor and "帰りたくな" in norm.text:
        _adult_kept_from_home_by_partner_27y(found, ev)
    # round 20 (28c8): a child shut out in kana, the writer's own bruise, a grandchild hit
    if not ev.has("abuse") and KANJI.search(norm.text) is None and "され" in norm.text:
        _kana_child_shut_out_28c8(found, ev)
    if "bruise" in cues and ev.has("abuse") and not ev.has("dv"):
        _writers_own_bruise_28c8(found, ev)
    if ev.has("dv") and ("孫" in norm.text or "まご" in norm.text):
        _grandchild_struck_by_in_law_28c8(found, ev)
    # round 21 (29l8): a child who writes in kana about themself, with no other child word
    if not minor and ev.items and not ev.has("child") and KANJI.search(norm.text) is None:
        _kana_child_writes_29l8(found, ev)
    # round 22 (30p8): a grown son's or daughter's school refusal long ago, at home since
    grown = ev.has("8050") or ev.has("hikikomori")
    if grown and ev.has("child") and _grown_child_only_29k8(ages):
        _school_long_ago_30p8(ev)
    # round 22 (30o8): one of the writer's parents or grandparents who controls the other
    harmed = ev.has("dv") or ev.has("abuse")
    if cues & _COUPLE_ACTS_30o8 and not harmed and len(found.persons) > 1:
        _couple_controls_the_other_30o8(found, minor, ev)
    # round 24 (32r8): a pupil shouted at by a parent, night visits, thanks for help long ago
    if minor and "control" in cues and not ev.has("abuse") and not ev.has("dv"):
        _minor_harmed_by_parent_32r8(found, ev)
    if (
        (minor or KANJI.search(norm.text) is None)
        and not ev.has("abuse")
        and any(word in norm.text for word in _ROOM_WORDS_32r8)
    ):
        _night_visits_to_a_child_32r8(found, ev)
    # round 26 (34g12): violence long past, thanked; danger told, then silence; a grown son's
    # blows; one parent bruised by the other; dying together with the cared-for; a bankbook
    # held while the older person goes without; a step-parent in a child's bath
    if (ev.has("dv") or ev.has("abuse")) and _THANKS_32r8.search(norm.text):
        _past_harm_thanked_34g12(found, ev)
    if (ev.has("dv") or ev.has("abuse")) and "no_answer" in cues and not ev.has("emergency"):
        _unreachable_after_violence_34g12(found, ev)
    if ev.has("8050") and not ev.has("abuse") and cues & _THREAT_CUES_25u:
        _grown_child_strikes_old_parent_34g12(found, ev)
    if "bruise" in cues and not ev.has("dv") and found.person_labels() >= {"mother", "father"}:
        _parent_bruised_by_the_other_34g12(found, ev)
    if ev.has("suicide") and ev.has("care") and not ev.has("abuse"):
        _carer_dying_together_34g12(found, ev)
    if found.persons and not ev.has("abuse") and _MONEY_GATE_23g.search(norm.text):
        _older_money_held_and_lacking_34g12(found, ev)
    if not ev.has("abuse") and any(word in norm.text for word in _BATH_WORDS_34g12):
        _bath_intrusion_34g12(found, minor, ev)
    if ev.items and _THANKS_32r8.search(norm.text):
        _thanks_for_help_long_ago_32r8(found, ev)
    # round 26 (34c12): a grandparent mistreated by a parent, a step-parent at night, thanks
    if (
        minor
        and not ev.has("care")
        and cues & _MISTREATMENT
        and "grandparent" in found.person_labels()
    ):
        _grandparent_mistreated_by_parent_34c12(found, ev)
    if not minor and not ev.has("abuse") and _STEP_GATE_34c12.search(norm.text):
        _step_parent_intrudes_34c12(found, ev)
    if ev.items and _THANKS_34c12.search(norm.text):
        _past_matter_thanked_34c12(found, ev)
    # round 27 (35l12): the partner struck too, earlier words taken back, a partner changed by
    # an illness who does not strike, a matter settled and thanked
    if ev.has("dv") and "も" in norm.text and "child" in found.person_labels():
        _partner_struck_too_35l12(found, ages, ev)
    if ev.has("suicide") and any(word in norm.text for word in _TAKEN_BACK_35l12):
        _retracted_earlier_words_35l12(found, ev)
    if ev.has("dv") and not minor and _ILLNESS_35l12.search(norm.text):
        _no_hand_raised_in_illness_35l12(found, ev)
    if ev.items and _THANKS_34c12.search(norm.text):
        _settled_and_thanked_35l12(found, ev)
    # round 27 (35i12): a far spot reached, silence behind a locked door, children alone
    # through a night shift, an older parent left unkept by kin, alone and unable to move;
    # no DV where the partner is only frightened, an ex-partner's new partner, a knife to herself
    if not ev.has("suicide") and any(word in norm.text for word in _JOIN_GATE_23x):
        _joining_the_dead_by_pronoun_35i12(found, ev)
    far = ev.has("suicide") and not ev.has("emergency")
    if far and any(word in norm.text for word in _FAR_SPOT_GATE_35i12):
        _suicide_from_a_far_spot_35i12(found, ev)
    if not (ev.has("emergency") and ev.has("health")) and any(
        word in norm.text for word in _LOCKED_IN_GATE_35i12
    ):
        _silent_behind_a_locked_door_35i12(found, ev)
    if not ev.has("abuse") and _NIGHT_WORK_35i12.search(norm.text):
        _small_children_left_for_night_work_35i12(found, ev)
    if not ev.has("abuse") and any(word in norm.text for word in _UNKEPT_GATE_35i12):
        _older_kin_unkept_by_carer_35i12(found, ev)
    if not ev.has("emergency") and any(w in norm.text for w in _UNABLE_TO_MOVE_GATE_35i12):
        _alone_and_unable_to_move_now_35i12(found, ev)
    if ev.has("dv") and found.persons:
        if any(word in norm.text for word in _FRIGHT_GATE_35i12):
            _partner_only_frightened_35i12(found, ev)
        if ev.has("dv") and "の" in norm.text:
            _ex_partners_new_partner_35i12(found, ev)
    if ev.has("dv") and ev.has("suicide") and "「" in norm.text:
        _knife_held_to_herself_35i12(found, ev)
    absent = "stay_home" in cues and "school_life" in cues and "persistence" in cues
    if absent and not ev.has("hikikomori") and "family_care" not in cues:
        _long_school_absence_shut_in_35i12(found, ev)
    ill_beside = ev.has("child") and ev.has("health") and not ev.has("double_care")
    if ill_beside and any(word in norm.text for word in _CHORE_GATE_35i12):
        _ill_partner_and_the_childrens_chores_35i12(found, ev)
    if ev.has("health") and ev.has("care") and ("で" in norm.text or "やって" in norm.text):
        _illness_behind_care_35i12(found, ev)
    beside = ev.has("child") and not ev.has("dv") and not ev.has("abuse")
    if beside and any(word in norm.text for word in _CHILDREN_BESIDE_GATE_35i12):
        _children_only_named_beside_35i12(found, ev)
    # round 27 (35j12): a child's meals cut, an old parent struck, a partner takes the writer's
    # money, a school-age child hits the writer, a farewell just come, an adult left unkept
    if "meals_cut" in cues and not minor and not ev.has("abuse"):
        _meals_cut_for_a_child_35j12(found, ages, ev)
    if ages and cues & _HARM_MARKS_35j12 and found.person_labels() & _OLDER_KIN:
        _old_parent_harmed_35j12(found, ages, ev)
    if ev.has("abuse") and _DISABILITY_PENSION_35j12.search(norm.text):
        _partner_takes_writers_money_35j12(found, ev)
    if ev.has("abuse") and "violence" in cues and not minor and "child" in found.person_labels():
        _child_strikes_the_writer_35j12(found, ages, ev)
    if ev.has("suicide") and not ev.has("emergency") and "」" in norm.text:
        _farewell_message_arrived_35j12(found, ev)
    if "neglect_sign" in cues and not ev.has("abuse") and not minor:
        _cared_for_adult_unkept_35j12(found, ages, ev)
    if ev.has("young_carer") and not minor and "family_care" in cues:
        _writer_is_the_carer_35j12(found, ev)
    # round 27 (35j12): a professional's request for leaflets, thanks for a matter now resolved
    crisis_now = any(ev.has(label) for label in CRISES)
    if ev.items and not crisis_now and _JOB_GATE_35j12.search(norm.text):
        _asked_for_work_35j12(found, ev)
    if ev.items and not crisis_now and _THANKS_34c12.search(norm.text):
        _past_matter_resolved_35j12(found, ev)
    if ev.items and not crisis_now and _REGARDS_36u13.search(norm.text):
        _past_matter_resolved_35j12(found, ev)  # round 28 (36u13): 「よろしくお伝えください」
    # round 28 (36u13): hiding from a partner now, a partner on the way, children left unfed
    if ev.has("dv") and not ev.has("emergency"):
        if any(word in norm.text for word in _HIDING_GATE_36u13):
            _hiding_from_partner_now_36u13(found, ev)
        if any(word in norm.text for word in _COMING_GATE_36u13):
            _partner_coming_now_36u13(found, ev)
    if "parent_absent" in cues and not ev.has("abuse"):
        _children_left_without_food_36u13(found, ev)
    shut_in = "stay_home" in cues and "persistence" in cues and "family_care" not in cues
    if shut_in and not ev.has("hikikomori") and "不登校" in norm.text:
        _school_refusal_shut_in_36u13(found, ev)
    sibling_kept = not minor and "family_care" in cues and not ev.has("young_carer")
    if sibling_kept and _CHILDS_PARENT_WORD_36u13.search(norm.text):
        _writer_keeps_house_for_young_sibling_36u13(found, ev)
    # round 28 (36r13): children named only as why the writer is afraid, or as who a payout
    # on the writer's death is for
    named = ev.has("child") and (ev.has("dv") or ev.has("suicide"))
    if named and _CHILDREN_NAMED_GATE_36r13.search(norm.text):
        _children_only_the_reason_36r13(found, ev)
    if ev.has("child") and ev.has("suicide") and _HELD_BACK_38s20.search(norm.text):
        _children_hold_back_from_dying_38s20(found, ev)  # round 30 (38s20)
    # round 29 (37m20): 「わしもすぐそっち行く」 after a death
    if not ev.has("suicide") and ("そっち" in norm.text or "そちら" in norm.text):
        _going_over_there_after_a_death_37m20(found, ev)
    _round29_37l20(found, minor, ev)  # round 29 (37l20)
    # round 29 (37p20): a school year alone between spaces; a roughly aged son withdrawn
    if not minor and not ev.has("child") and norm.joins and _GRADE_37p20.search(norm.text):
        _grade_between_spaces_37p20(found, norm, ev)
    if ev.has("hikikomori") and not ev.has("8050") and found.persons:
        _roughly_aged_son_withdrawn_37p20(found, ages, ev)
    if ages and ev.has("8050") and not ev.has("care"):
        _old_parent_of_8050_laid_up_37j20(found, ages, ev)  # round 29 (37j20)
    # round 29 (37k20): the dead one's place in plain words, staff who punish, DV long thanked
    if not ev.has("suicide") and _JOIN_GATE_37k20.search(norm.text):
        _joining_the_dead_plain_37k20(found, ev)
    if cues & _PUNISH_CUES_37k20 and not ev.has("abuse") and _STAFF.search(norm.text):
        _punished_by_staff_37k20(found, ev)
    if ev.has("dv") and not ev.has("emergency") and _HELPED_BEFORE_37k20.search(norm.text):
        _past_partner_harm_thanked_37k20(found, ev)
    if ev.has("8050") and not ev.has("hikikomori"):
        _working_child_is_no_8050_37k20(found, ev)
    _round29_37q20(found, ages, minor, ev)  # round 29 (37q20)
    _round30_38r20(found, ages, minor, ev)  # round 30 (38r20)
    _round30_38u20(found, ages, ev)  # round 30 (38u20)
    _round30_38t20(found, ev)  # round 30 (38t20)
    if not ev.has("emergency") and _ALONE_GATE_39v20.search(norm.text):
        _small_child_alone_on_a_ledge_39v20(found, ev)  # round 31 (39v20)
    if ev.has("hardship") and _THANKS_34c12.search(norm.text):
        _debt_repaid_and_thanked_39v20(found, ev)  # round 31 (39v20)
    if ev.has("child") and ev.has("8050") and "子" in norm.text:
        _grown_child_praised_40c21(found, ages, ev)  # round 32 (40c21)
    if ev.has("abuse") and not ev.has("dv") and not minor and _SINCE_YOUTH_40c21.search(norm.text):
        _old_partner_since_youth_40c21(found, ev)  # round 32 (40c21)
    if ev.has("8050") and ev.has("care") and not ev.has("hikikomori"):
        _kin_far_away_no_8050_40c21(found, ages, ev)  # round 32 (40c21)
    # round 32 (40b21): a pupil touched by a man of the household
    if not ev.has("abuse") and ("さわ" in norm.text or "触" in norm.text):
        _touched_by_kin_40b21(found, minor, ev)
    if ev.has("dv") and "expelled" in cues:
        _parent_expels_not_partner_40b21(found, ev)
    kana_carer = not minor and "family_care" in cues and not ev.has("young_carer")
    if kana_carer and _nearly_all_kana_30m8(norm.text) and _CHILDS_PARENT_30m8.search(norm.text):
        _kana_carer_names_a_parent_40b21(found, ages, ev)
    if ev.has("hardship") and (ev.has("hikikomori") or ev.has("8050")):
        _not_working_only_the_shut_in_40b21(found, ev)
    if ev.has("child") and _A_STORY.search(norm.text):
        _agency_asked_after_a_story_40b21(found, minor, ev)
    if ev.has("care") and "care_worry" in cues:
        _sibling_care_not_elder_care_40b21(found, ev)
    # round 32 (40a21): a grown kin struck by their partner, told in the next sentence
    told_apart = "violence" in cues and not minor and not ev.has("dv")
    if told_apart and _PASSIVE_GATE_40a21.search(norm.text):
        _kin_struck_by_partner_told_apart_40a21(found, ev)
    if (
        "violence" in cues
        and not minor
        and not ev.has("8050")
        and _GROWN_GATE_40a21.search(norm.text)
    ):
        _grown_kin_strikes_old_writer_40a21(found, ev)
    if ev.has("disability") and ("不自由" in norm.text or "ふじゆう" in norm.text):
        _old_writers_legs_failed_40a21(found, ages, ev)
    if ev.has("8050") and "孫" in norm.text:
        _family_back_with_grandchildren_40a21(found, ages, ev)
    if ev.has("child") and not minor and any(w in norm.text for w in _BARE_CHILD_GATE_40a21):
        _grown_one_named_as_a_child_40a21(found, ev)
    if ev.items:
        _round32_40d21(found, ages, minor, norm, ev)  # round 32 (40d21)
    # round 32 (40f21): a stay in hospital told as news; a parent who goes to the clinic alone;
    # a middle-aged child who works part-time or looks after the old parent
    if ev.has("care") and not ev.has("health") and "入院" in norm.text:
        _admitted_to_hospital_now_40f21(found, ev)
    if ev.has("care") and "通院" in norm.text and not ev.has("double_care"):
        _parent_goes_to_the_clinic_40f21(found, ages, ev)
    if not ev.has("care") and "family_care" in cues and ")の" in norm.text:
        _aged_parent_looked_after_40f21(found, ev)
    if ev.has("8050") and not ev.has("hikikomori") and ages:
        _carer_or_part_timer_no_8050_40f21(found, ages, ev)
    if ev.items:
        _round32_40e21(found, ages, minor, norm, ev)  # round 32 (40e21)
    if ev.items:
        _round33_41a22(found, ev)  # round 33 (41a22)
    # round 33 (41c22): a drunk partner's rampage now is DV and the emergency, not health
    if ev.has("health") and ev.has("dv") and ev.has("emergency"):
        _drunk_rampage_now_41c22(found, ev)
    if ev.has("emergency") and any(word in norm.text for word in _KEPT_IN_GATE_41c22):
        _kept_in_when_angry_41c22(found, ev)
    if ev.items:
        _round33_41d22(found, ages, minor, norm, ev)  # round 33 (41d22)
    if ev.items:
        _round33_41b22(found, minor, ev)  # round 33 (41b22)
    # round 33 (41h22): a pupil woken for a grandparent's toilet; house and children alone
    if minor and not ev.has("young_carer") and "daily_decline" in cues:
        _pupil_and_the_elders_body_41h22(found, ev)
    alone = "一人で" in norm.text or "ひとりで" in norm.text or "全部" in norm.text
    if alone and ev.has("child") and ev.has("health") and not ev.has("double_care"):
        _house_and_children_alone_41h22(found, ev)
    # round 33 (41j22): a family member's stay in hospital told as why the grandchildren stay
    if ev.has("health") and "入院" in norm.text and "間" in norm.text:
        _stay_in_hospital_as_the_reason_41j22(found, ev)
    if ev.has("double_care") and "孫" in norm.text:
        _helped_by_a_grandchild_41j22(found, ev)
    if ev.items:
        _round33_41i22(found, ages, minor, norm, ev)  # round 33 (41i22)
    # round 33 (41g22): a call unanswered from outside the home; a school day told as chat
    if ev.has("health") and ev.has("emergency") and ("返事" in norm.text or "反応" in norm.text):
        _call_unanswered_from_outside_41g22(found, ev)
    if ev.has("child") and not minor:
        _school_day_told_as_chat_41g22(found, ev)
    # round 33 (41m22): a child feared harmed by the partner while the writer is away
    if ev.has("dv") and ev.has("abuse"):
        _feared_harm_while_away_41m22(found, ev)
    if ev.items:
        _round33_41l22(found, ages, ev)  # round 33 (41l22)
    # round 33 (41k22): a carer who has become unable to sleep (私のほうが眠れなくなった)
    if ev.has("care") and not ev.has("health"):
        _carer_became_sleepless_41k22(found, ev)
    if ev.has("care") and ev.has("emergency") and ev.has("health"):
        _stroke_signs_not_care_41k22(found, ages, ev)  # round 33 (41k22)
    # round 33 (41n22): a baby and a parent in hospital; someone asked for is no isolation
    if ev.has("child") and not minor and not ev.has("double_care"):
        _baby_and_a_parent_in_hospital_41n22(found, ev)
    if ev.has("isolation") and "誰か" in norm.text:
        _someone_asked_for_not_isolation_41n22(found, ev)
    if ev.has("isolation") and ("家族" in norm.text or "かぞく" in norm.text):
        _matter_kept_from_family_41n22(found, ev)
    if ev.has("care") and ev.has("health") and "耳" in norm.text:
        _elders_hearing_in_their_care_41n22(found, ev)
    # round 33 (41s22): sleepless from tiredness; a stroke's lasting harm behind care
    if ev.has("child") or ev.has("care") or ev.has("disability"):
        _worn_out_and_sleepless_41s22(ev)
    if ev.has("health") and ev.has("care"):
        _stroke_sequel_behind_care_41s22(ev)
    # round 33 (41q22): a writer in their seventies alone and lonely; care that has ended
    if ev.has("care") and ev.has("isolation") and ages:
        _seventies_alone_and_lonely_41q22(found, ages, ev)
    if ev.has("care") and "まで" in norm.text:
        _care_ended_41q22(found, ev)
    if minor and ev.has("dv"):
        _control_told_by_a_pupil_41q22(ev)
    # round 34 (42f23): a carer ending it together; an old parent left unfed; a married child's
    # bruise; a middle-aged writer at home beside a parent; a young carer's chores
    if ev.has("suicide") and ev.has("care") and not ev.has("abuse"):
        _carer_ending_together_42f23(found, ev)
    if "withheld_care" in cues and not minor and not ev.has("abuse"):
        _older_kin_left_unfed_42f23(found, ev)
    married = any(word in norm.text for word in _MARRIED_GATE_42f23)
    if married and ev.has("abuse") and not minor and cues & _HARM_CUES_42f23:
        _married_child_bruised_42f23(found, ev)
    if ages and not ev.has("8050") and not minor and found.person_labels() & _PARENTS:
        _middle_aged_writer_at_home_42f23(found, ages, ev)
    if not minor and ev.has("double_care") and ev.has("young_carer"):
        _young_carers_chores_not_double_care_42f23(ev)
    if "violence" in cues and ev.has("care") and not minor and not ev.has("child"):
        _carer_fears_own_hand_42f23(found, ev)
    # round 34 (42b23): hitting told as a drama's or the news's plot (昨日のドラマ、夫が妻を殴る)
    if (ev.has("dv") or ev.has("abuse")) and _STORY_GATE_42b23.search(norm.text):
        _harm_in_a_told_story_42b23(found, ev)
    if ev.items or found.cues:
        _round34_42g23(found, ages, minor, ev)  # round 34 (42g23)
    if ev.items or ev.dropped:
        _round34_42e23(found, ages, minor, norm, ev)  # round 34 (42e23)
    # round 34 (42d23): a child touched by a grown man; the child's own story keeps child
    if not ev.has("abuse") and not ev.has("dv") and ("さわ" in norm.text or "触" in norm.text):
        _touched_by_a_grown_man_42d23(found, minor, ev)
    if not ev.has("child") and ev.dropped and "キャラ" in norm.text:
        _childs_own_story_keeps_child_42d23(found, ev)
    # round 34 (42h23): a student away from school since a past term and staying in; a small
    # sibling looked after; a grandchild's care errand; a matter kept from friends; an older
    # relative alone and lonely with no need for help
    if "弟" in norm.text or "妹" in norm.text or "おとうと" in norm.text or "いもうと" in norm.text:
        _small_sibling_raised_42h23(found, minor, ev)
    if ev.has("child") and ("孫" in norm.text or "まご" in norm.text):
        _grandchild_does_the_errand_42h23(found, ev)
    if ev.has("isolation") and ("友" in norm.text or "クラス" in norm.text):
        _matter_kept_from_friends_42h23(found, ev)
    if ev.has("care") and ev.has("isolation"):
        _elder_alone_and_lonely_42h23(found, ages, ev)
    # A minor's sibling cared for by an adult (お母さんが作ってくれる): no young carer
    if minor and ev.has("young_carer") and ("くれ" in norm.text or "もら" in norm.text):
        _sibling_cared_for_by_an_adult(found, ev)
    # round 34 (42c23): an old person harmed by a daughter-in-law is elder abuse, not DV
    if ev.has("dv") and ("嫁" in norm.text or "よめ" in norm.text):
        _elder_harmed_by_daughter_in_law_42c23(found, ev)
    # round 34 (42k23): over there after a death, in kana; DV left only on a partner's name
    if not ev.has("suicide") and _OVER_THERE_GATE_42k23.search(norm.text):
        _going_over_there_after_a_death_42k23(found, ev)
    if ev.has("dv") and ev.has("abuse") and ev.dropped:
        _only_partner_words_left_after_elder_abuse_42k23(found, ev)
    if ev.has("hardship") and ("今" in norm.text or "いま" in norm.text):
        _past_hardship_now_fine_42k23(found, ev)  # help with money that has ended
    # round 34 (42l23): money kept by a partner; a school left long ago; an old writer who
    # introduces themself; a child's life after the parents; thanks for help that is over
    if ev.has("dv") and ev.has("hardship"):
        _money_control_not_hardship_42l23(found, ev)
    if (
        ev.has("child")
        and not minor
        and ("出" in norm.text or "卒業" in norm.text or "中退" in norm.text)
    ):
        _school_left_long_ago_42l23(found, ev)
    if ev.has("care") and not minor:
        _elderly_writer_introduces_self_42l23(found, ev)
    if ev.has("hardship") and ev.has("disability"):
        _life_after_parents_not_money_42l23(found, ev)
    thanks = (
        "ありがと" in norm.text or "礼" in norm.text or "感謝" in norm.text or "世話に" in norm.text
    )
    if thanks and (ev.has("hardship") or ev.has("care") or ev.has("child")):
        _thanks_after_help_42l23(found, ev)
    # round 34 (42j23): a child shut out in the cold on a past day is abuse, not an emergency
    if ev.has("emergency") and ev.has("abuse") and _PAST_DAY_42j23.search(norm.text):
        _child_put_out_on_a_past_day_42j23(found, ev)
    # round 34 (42j23): a brother or sister who strikes the old parent is elder abuse
    if ev.has("abuse") and ev.has("child") and ("母" in norm.text or "父" in norm.text):
        _parent_struck_by_a_sibling_42j23(found, ages, minor, ev)
    # round 34 (42j23): how the child guidance centre works, asked for a novel or a manga
    if ev.has("child") and ("主人公" in norm.text or "登場人物" in norm.text):
        _agency_asked_for_a_story_42j23(found, minor, ev)
    # round 34 (42j23): care that was hard last year and has settled now
    if ev.has("care") and ("今" in norm.text or "いま" in norm.text):
        _care_ended_in_its_sentence_42j23(found, ev)
    # round 34 (42o23): a partner who strikes a grandparent, written word by word
    if ev.has("dv") and ("ば" in norm.text or "じい" in norm.text or "祖" in norm.text):
        _partner_harms_an_older_kin_spaced_42o23(found, ev)
    # round 34 (42o23): violence by a partner long over, written word by word
    if ev.has("dv") and ("年" in norm.text or "ねん" in norm.text or "いま" in norm.text):
        _partner_violence_long_over_42o23(found, ev)
    # round 34 (42m23): an old parent paralysed by a stroke is a care matter, not disability
    if ev.has("disability") and ev.has("care") and not minor:
        _stroke_paralysis_of_an_old_parent_is_care_42m23(found, ev)
    # round 34 (42m23): a young carer who cannot get up after a night duty: no health matter
    if minor and ev.has("young_carer") and ev.has("health"):
        _young_carers_night_duty_sleep_42m23(ev)
    if ev.items or found.cues:
        _round35_43p24(found, ages, minor, ev)  # round 35 (43p24)
    if ev.items:
        _round35_43q24(found, minor, norm, ev)  # round 35 (43q24)
    if found.persons:
        _round35_43s24(found, ev)  # round 35 (43s24)
    if ev.has("care"):
        _round35_43t24(found, ages, minor, norm, ev)  # round 35 (43t24)
    if ev.items:
        _round35_43u24(found, ages, minor, norm, ev)  # round 35 (43u24)
    if ev.items:
        _round35_43v24(found, minor, norm, ev)  # round 35 (43v24)
    if ev.has("child") or ev.has("young_carer"):
        _round35_43r24(found, ages, minor, ev)  # round 35 (43r24)
    if ev.items:
        _round35_43y24(found, minor, norm, ev)  # round 35 (43y24)
    if ev.items or found.persons:
        _round35_43z24(found, ages, minor, norm, ev)  # round 35 (43z24)
    if ev.items:
        _round35_43x24(found, ages, minor, norm, ev)  # round 35 (43x24)
    _round36_44c25(found, ages, minor, norm, ev)  # round 36 (44c25)
    _round36_44d25(found, ages, minor, norm, ev)  # round 36 (44d25)
    _round36_44e25(found, ages, minor, norm, ev)  # round 36 (44e25)
    _round37_44f25(found, ages, minor, norm, ev)  # round 37 (44f25)
    _round37_44g25(found, ages, minor, norm, ev)  # round 37 (44g25)
    _round37_44h25(found, ages, minor, norm, ev)  # round 37 (44h25)
    _round38_44i25(found, ages, minor, norm, ev)  # round 38 (44i25)
    _round38_44j25(found, ages, minor, norm, ev)  # round 38 (44j25)
    _round38_44k25(found, ages, minor, norm, ev)  # round 38 (44k25)
    _round39_44l25(found, ages, minor, norm, ev)  # round 39 (44l25)
    _round39_44m25(found, ages, minor, norm, ev)  # round 39 (44m25)
    _round39_44n25(found, ages, minor, norm, ev)  # round 39 (44n25)
    if discounted is not None:
        discounted += ev.discounted(found, skipped)
    if not ev.items and not found.persons:
        return _NOTHING
    present = ev.present()
    return Extraction(
        fields=_in_order(present, FIELDS),
        patterns=_in_order(present, PATTERNS),
        crisis=_in_order(present, CRISES),
        evidence=ev.ordered(),
        persons=ordered_persons(found.persons, minor),
        writer_is_minor=minor,
    )


_NOTHING = Extraction()


def _care_of_older_people(
    found: _Found,
    ages: list[Age],
    minor: bool,
    ev: _Evidence,
    skipped: list[tuple[str, str, int, int, str]],
) -> None:
    """An older person (or a parent) who needs help, or a stated age of 70+, is care."""
    elderly = found.cue("elderly")
    needs = found.cue("care_need") + found.get("crisis", "emergency")
    worries = found.cue("care_worry")
    if elderly and needs:
        for hit in elderly + needs:
            ev.hit("care", "field", hit, f"高齢の人の困りごと：{hit.entry.note}")
    # A parent or spouse is not necessarily old: only lasting needs count (父が倒れた is not).
    deaths = found.cue("death")
    parents = [
        h
        for h in found.persons
        if h.entry.label in _CARED_FOR and not any(0 <= d.start - h.end <= 2 for d in deaths)
    ]  # 「妻を亡くして一人暮らし」: the one who died needs no care
    lasting = [h for h in found.cue("care_need") if h.entry.form not in _SUDDEN]
    children = [h for h in found.persons if h.entry.label == "child"]
    if children and lasting:  # 「母が子どもの着替えを手伝ってくれる」: the child's, not hers
        text = found.text
        lasting = [h for h in lasting if not any(_of(text, c, h) for c in children)]
    if minor:  # a child writes: a parent's illness or housework is not care, bodily care is
        lasting = [h for h in lasting if _PERSONAL_CARE.search(h.entry.form)]
        parents = [h for h in parents if h.entry.label in _PARENTS] if lasting else []
    if parents and lasting:
        for hit in parents + lasting:
            ev.hit("care", "field", hit, f"親・配偶者が手助けを要する：{hit.entry.note}")
    # 「父の世話」「夫の看病」: the writer looks after a parent or spouse, whatever their age.
    work = [h for h in found.cue("family_care") if h.entry.form in _CARE_WORK] if parents else []
    text = found.text
    for person in parents:
        for hit in work:
            if _of(text, person, hit) or _of_chores(text, person, hit):
                ev.hit("care", "field", person, f"親・配偶者の世話をしている：{person.entry.note}")
                ev.hit("care", "field", hit, f"親・配偶者の世話をしている：{hit.entry.note}")
    # 「母の通院に付き添う」: a parent's hospital visits the writer goes along to are care,
    # not the writer's own health.
    visits = [h for h in found.get("field", "health") if h.entry.form == "通院"] if parents else []
    why = "親・配偶者の通院の付き添い"
    for person in parents:
        for hit in visits:
            if (_of(text, person, hit) or _of_aged_32r8(text, person, hit)) and _escorted(
                found, hit
            ):
                ev.drop("health", hit.start, hit.end, f"{why}（介護として扱う）")
                ev.hit("care", "field", hit, why)
    decline = found.cue("daily_decline")
    if decline and not minor:
        _daily_decline(found, ages, decline, ev)
    # 8050: old parents who support a middle-aged child are not a care matter by their
    # age or by a worry about the future; only an actual need for help makes it care.
    supporting = ev.has("8050") or _parent_of_young_disabled_adult_32r8(found, ages, ev)
    if elderly and worries and ("親" in text or "母" in text or "父" in text):
        worries = _worries_not_after_parents_gone_34a12(text, worries)  # round 26 (34a12)
    if elderly and worries and not found.cue("death") and not supporting:
        for hit in elderly + worries:  # 祖母が亡くなり… is not care
            ev.hit("care", "field", hit, f"高齢の人についての心配：{hit.entry.note}")
    for age in ages:
        if age.years >= ELDERLY_AGE and age.person not in _CHILDREN | {"sibling"}:
            if supporting and age.person != "self" and not _old_parent_still_caring(found, ev, age):
                why = "8050：親の年齢だけでは介護の相談にしない（介護が要る様子がない）"
                skipped.append(("care", "field", age.start, age.end, why))
                continue
            # 「夫婦ともに70代、年金だけでは家賃が払えない」: the writer's own age is care
            # only beside a need for help, an illness, or a withdrawn child when 80 or more
            # (私も80歳に; see _own_age_is_care).
            if age.person in (None, "self") and not _own_age_is_care(found, ev, supporting, age):
                why = "本人の年齢だけでは介護の相談にしない（手助けが要る様子がない）"
                skipped.append(("care", "field", age.start, age.end, why))
                continue
            # 「75歳の母と旅行に行きたい」: a trip or a celebration is no need for help.
            if found.cue("outing") and not _need_beside_outing(found, ev):
                why = "楽しみの外出の話（年齢だけでは介護の相談にしない）"
                skipped.append(("care", "field", age.start, age.end, why))
                continue
            # 29l8: 「じいちゃん90やけどめっちゃ元気で毎日畑しよる」: hale at that age.
            if found.cue("hale") and not _need_beside_outing(found, ev):
                why = "年をとっても元気にしている（年齢だけでは介護の相談にしない）"
                skipped.append(("care", "field", age.start, age.end, why))
                continue
            ev.add("care", "field", age.start, age.end, f"{age.years}歳（高齢）")


def _daily_decline(found: _Found, ages: list[Age], decline: list[Hit], ev: _Evidence) -> None:
    """「父が一人で風呂に入れなくなった」「80代の両親、買い物も難しくなってきた」: a parent or
    an older person who can no longer manage daily life needs care (a child who cannot
    dress alone, or a wife with morning sickness who cannot cook, does not)."""
    labels = found.person_labels()
    old = found.cue("elderly") or any(a.years >= ELDERLY_AGE for a in ages)
    young = labels & {"child", "sibling"}
    for hit in decline:
        owner, subject = _owner(found, hit)
        whose = owner.entry.label if owner else None
        if owner and subject and (whose in _OLDER_KIN or (whose == "spouse" and old)):
            people = [owner]
        elif owner is None and not young and (labels & _OLDER_KIN or old):
            people = []  # 「父は85です。最近、風呂に一人で入れなくなりました」
        else:
            continue
        why = "親や高齢の人が日々のことをできなくなってきた"
        for item in [*people, hit]:
            ev.hit("care", "field", item, f"{why}：{item.entry.note}")


# Care words that fit a child as well as an older person (「自閉症の息子から目が離せない」).
_WATCHING = frozenset({"目が離せない", "目を離せない"})
_CHILD_CARE_WORDS = _WATCHING | {"介護", "介助", "おむつ交換", "寝たきり", "失禁"}
# 28b8: 「介護と子育てで手一杯」「子育てと介護」: care listed beside raising the children.
_BESIDE_REARING_28b8 = re.compile(
    r"(?:と|や|も|、|・)(?:仕事|家事|パート)?(?:と|や|、|・)?(?:子育て|育児|こそだて|子どもの世話)"
)
_REARING_BEFORE_28b8 = re.compile(r"(?:子育て|育児|こそだて|子どもの世話)(?:と|や|も|、|・)$")
_RAISING_WHILE_29k8 = re.compile(
    r"(?:育て|そだて|(?:子育て|育児)を?し)(?:ながら|つつ|ている中で|る傍ら|るかたわら)[^。]{0,10}$"
)
_OWNER_REACH = 16  # characters between a person and what is said of them (息子が自閉症で…)
_SUBJECT_MARK = re.compile(r"が|は|も|って|ったら|、|,|の|と|から")


def _owner(found: _Found, hit: Hit) -> tuple[Hit | None, bool]:
    """The person a word is said of: the nearest one before it in its sentence (None if
    there is none), and whether it is named as the subject or owner (「母が…」「母の…」,
    not 「母に頼まれて…」)."""
    sentences = found.tokens.sentences
    before = [
        h
        for h in found.persons
        if h.end <= hit.start
        and hit.start - h.end <= _OWNER_REACH
        and sentences[h.first] == sentences[hit.first]
    ]
    if not before:
        return None, False
    owner = max(before, key=lambda h: h.end)
    subject = owner.end == hit.start or _SUBJECT_MARK.match(found.text, owner.end) is not None
    return owner, subject


def _care_of_a_child(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """A son or daughter (not grown) who needs watching or 介護 is a disability or child
    matter, not elderly care: the care word goes with the nearest person before it in
    its sentence, or, with no one before it, with a child named there or just before
    (when no older person is named at all)."""
    grown = {id(a.person_hit) for a in ages if a.person == "child" and a.years >= ADULT_AGE}
    if grown or ev.has("8050"):
        return
    labels = found.person_labels()
    if "child" not in labels:
        return
    only_children = not labels & (_CARED_FOR | {"grandparent"}) and not found.cue("elderly")
    text = found.text
    disabled = ev.has("disability")
    care = found.get("field", "care")
    sentences = found.tokens.sentences
    near = {
        sentences[h.first] + k for h in found.persons if h.entry.label == "child" for k in (0, 1)
    }
    for hit in care:
        if hit.entry.form not in _CHILD_CARE_WORDS or any(
            other.entry.form not in _CHILD_CARE_WORDS and _overlaps(other, hit) for other in care
        ):
            continue  # 介護 inside 要介護 is no word of its own
        if _BESIDE_REARING_28b8.match(text, hit.end) or _REARING_BEFORE_28b8.search(
            text, max(0, hit.start - 8), hit.start
        ):
            continue  # 28b8: 「仕事と介護と子育て」: care named beside raising, not the child's
        if hit.entry.form not in _WATCHING and _RAISING_WHILE_29k8.search(
            text, max(0, hit.start - 24), hit.start
        ):
            continue  # 29k8: 「小学生2人を育てながら毎日通いで介護」: the writer's double care
        if _FAMILYS_CARE_31u8.search(text, max(0, hit.start - 6), hit.start):
            continue  # 31u8: 「家族の介護で遅刻が多い子」: the family's care, the child gives it
        # 「寝たきりの祖母」: the word says what the person after it is like; else the
        # person before it (「息子を育てていて、目が離せない」: the son too).
        after = [
            p
            for p in found.persons
            if hit.end <= p.start
            and (_describes(text, hit, p) or _BECAME_23e.fullmatch(text, hit.end, p.start))
        ]
        owner = after[0] if after else _owner(found, hit)[0]
        whose = owner.entry.label if owner else None
        alone = owner is None and only_children and sentences[hit.first] in near
        if whose != "child" and not alone:  # no one before it: a child just named
            continue
        watching = hit.entry.form in _WATCHING
        label = "child" if watching and not disabled else "disability"
        why = "子どもの見守りや介助（高齢の人の介護ではない）"
        matter = "子育て" if label == "child" else "障害"
        ev.drop("care", hit.start, hit.end, f"{why}：{matter}の相談")
        ev.hit(label, "field", hit, why)


_FAMILYS_CARE_31u8 = re.compile(r"(?:家族|かぞく|家の人|おうちの人|家庭)(?:の|を)$")
# 40a21: 「ぼけた主人」「ぼけてきた母」: a verb form (ボケる) that says what the person is like.
_DESCRIBES_BEFORE = re.compile(
    r"[0-9一二三四五]?(?:級|度)?(?:の|のある|がある|を持つ|をもつ|な)"
    r"|(?:になっ|になりかけ)?(?:た|てる|ている|ておる|とる|てきた|てしもうた|てしまった)"
)
_DESCRIBES_AFTER = re.compile(r"(?:は|が|も)(?:[^。、]{0,6}?(?:で|の|が|も))?")


def _describes(text: str, hit: Hit, person: Hit) -> bool:
    """``hit`` says what ``person`` is like: 「自閉症の息子」「要介護2の母」 or 「息子は自閉症」
    「母が認知症で」 (a few words between at most)."""
    if hit.end <= person.start:
        return _DESCRIBES_BEFORE.fullmatch(text, hit.end, person.start) is not None
    if person.end <= hit.start:
        return _DESCRIBES_AFTER.fullmatch(text, person.end, hit.start) is not None
    return False


def _of(text: str, person: Hit, hit: Hit) -> bool:
    """「母の世話」: ``hit`` belongs to ``person``, joined by の."""
    return hit.start == person.end + 1 and text[person.end] == "の"


# 「父の夕飯と薬の世話」: what is looked after, between the person and the care word.
_CHORES_OF = re.compile(
    r"の(?:(?:食事|夕飯|夕食|晩ご飯|晩ごはん|朝ご飯|朝ごはん|ご飯|ごはん|昼食|朝食|薬|身の回り|"
    r"身のまわり|着替え|トイレ|入浴|お風呂|風呂|通院|買い物|排泄|洗濯)(?:と|や|も|、)?){1,3}の$"
)


def _of_chores(text: str, person: Hit, hit: Hit) -> bool:
    """「父の夕飯と薬の世話」: ``hit`` belongs to ``person`` across what is looked after."""
    return (
        0 < hit.start - person.end <= 16
        and _CHORES_OF.match(text, person.end, hit.start) is not None
    )


def _escorted(found: _Found, visit: Hit) -> bool:
    """Someone goes along: a help word (付き添い, 連れて行く) after the visit, same sentence."""
    sentences = found.tokens.sentences
    return any(
        h.start >= visit.end and sentences[h.first] == sentences[visit.first]
        for h in found.cue("care_need") + found.cue("family_care")
    )


def _own_age_matters(found: _Found, ev: _Evidence, supporting: bool) -> bool:
    """Beside the writer's own old age: a need for help, daily life (買い物がつらい), an
    illness or a withdrawn child; not a bare worry (年金だけでは不安) or money alone."""
    return supporting or "hikikomori" in ev.present() or _needs_help(found, ev, bare_worry=False)


_BARE_WORRIES = frozenset({"心配", "不安", "大変", "困る"})
_OLD_ENOUGH = 80  # the 80 of 8050: old enough to count as care beside a dependent child


def _own_age_is_care(found: _Found, ev: _Evidence, supporting: bool, age: Age) -> bool:
    """Beside a withdrawn or dependent son or daughter, the writer's own age is care from 80
    on (私も80歳になりました) or with a need for help of their own (足腰が弱り); in their
    70s paying the child's way (生活費を出しています) or a worry about how long they can keep
    it up (いつまで面倒みれるか) is 8050, not care. Elsewhere see ``_own_age_matters``."""
    present = ev.present()
    if not (supporting or "hikikomori" in present):
        return _own_age_matters(found, ev, supporting)
    lasting = [h for h in found.cue("care_need") if h.entry.form not in _SUDDEN]
    # 「長男は52で知的障害があります。私ももう81」: beside a disabled (not withdrawn) son or
    # daughter, the disability is theirs and the age alone is no care (j052, i028).
    disabled_child = supporting and "disability" in present and "hikikomori" not in present
    return (
        (age.years >= _OLD_ENOUGH and not disabled_child)
        or bool(lasting or found.get("crisis", "emergency"))
        or (
            "health" in present
            and not _health_only_worried_sleep_34a12(found, ev)
            and not (disabled_child and _health_only_the_childs_36r13(found, ev))
        )
        or ("disability" in present and not disabled_child)
        # 「78になる。倅に年金よこせ言うて突き飛ばされた」: an old parent hurt by the child they
        # keep is elder abuse, a care matter whatever the age (30m8; violence is read later).
        or bool(found.cue("violence"))
    )


# 「面倒を見ている」「世話をしている」: what a parent still does for a son or daughter.
_STILL_CARING = frozenset({"面倒…見る", "面倒み", "世話"})


def _old_parent_still_caring(found: _Found, ev: _Evidence, age: Age) -> bool:
    """「82歳の父が、もう15年家にこもっている52歳の兄の面倒を見ています」: a father or mother of 80
    or more who still looks after a withdrawn son or daughter is care, as the writer's own 80
    is (``_own_age_is_care``); in their 70s, or a grandparent told of by a grandchild
    (ばあちゃん(83)がおじさん(52)の面倒見てる), the age alone is not."""
    parent = age.person_hit
    if age.years < _OLD_ENOUGH or age.person not in _PARENTS or parent is None:
        return False
    if not ev.has("hikikomori"):
        return False
    sentences = found.tokens.sentences
    work = [h for h in found.cue("care_worry") if h.entry.form in _STILL_CARING]
    return any(
        parent.end <= h.start and sentences[h.first] == sentences[parent.first]
        for h in work + found.cue("family_care")
    )


def _need_beside_outing(found: _Found, ev: _Evidence) -> bool:
    """Beside a trip with an older person: a need for help, a worry, an illness or a disability."""
    return _needs_help(found, ev, bare_worry=True)


def _needs_help(found: _Found, ev: _Evidence, *, bare_worry: bool) -> bool:
    """A need for help, a worry (a bare 心配 only if ``bare_worry``), an emergency, an
    illness or a disability."""
    worries = found.cue("care_worry")
    if not bare_worry:
        worries = [h for h in worries if h.entry.form not in _BARE_WORRIES]
    return bool(
        found.cue("care_need")
        or worries
        or found.get("crisis", "emergency")
        or {"health", "disability"} & ev.present()
    )


# Care words that tell what someone does to the writer (年金を勝手に使われる), not a need of
# the partner named beside them.
_WRITER_WRONGED_28e8 = frozenset({"年金…勝手…使う"})


# 31v8: 「同居している義母が、夫に毎日怒鳴られて」: an older parent is the one the partner
# shouts at (the subject, the partner the agent), so it is elder abuse, not DV.
_ELDER_SUBJECT_31v8 = re.compile(r"^(?:さん|様)?(?:が|は)、?$")


def _elder_wronged_by_partner_31v8(found: _Found, partner: list[Hit]) -> bool:
    text = found.text
    for person in found.persons:
        if person.entry.label != "grandparent" and not _IN_LAW_31v8.match(text, person.start):
            continue
        for p in partner:
            if not _OWN_MATE_31v8.fullmatch(text, p.start, p.end):
                continue  # 「母が再婚相手に」「ママがかれしに」: her own partner (DV)
            near = 0 < p.start - person.end <= 4
            if (
                near
                and _ELDER_SUBJECT_31v8.match(text[person.end : p.start])
                and _AGENT_MARK.match(text[p.end : p.end + 2])
            ):
                return True
    return False


def _violence(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Violence is DV between partners (or between the writer's parents), else abuse."""
    people = found.person_labels()
    partner = _own_partners(found)
    parents_pair = {"mother", "father"} <= people
    violence = found.cue("violence")
    if violence and partner and _elder_wronged_by_partner_31v8(found, partner):
        # 31v8: 「姑が主人に殴られている」: the older parent is the one the partner hits.
        why = "夫が高齢の親に暴力（高齢者虐待）"
        for hit in violence:
            ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
            ev.hit("care", "field", hit, why)
        violence = []
    if violence:
        # Adults name the partner who hits them; a child often names no one.
        label = "dv" if partner or (parents_pair and not minor) else "abuse"
        # 「子どもにも手を上げる」「下の子を思わず叩いてしまった」: a child is the one hit.
        on_child = _child_victim_of(found, violence) if label == "dv" else []
        if label == "dv":  # 28: 「子どもが夫に叩かれています」: the child is the one hit
            on_child += _child_struck_by_partner_28(found, violence, partner)
        if label == "dv" and not minor and _child_present(found, ages, minor):
            on_child += [(hit, hit) for hit in violence if _own_act(found, hit, partner)]
        child_hits = [hit for _, hit in on_child]
        others = [hit for hit in violence if hit not in child_hits]
        if label == "dv" and not partner:  # 24j: 父が認知症の母に手をあげる is elder abuse
            struck = [hit for _, hit in _cared_for_victims_of(found, violence)]
            others = [hit for hit in others if hit not in struck]
        for hit in others + (partner if label == "dv" and others else []):
            ev.hit(label, "crisis", hit, f"暴力：{hit.entry.note}")
        if label == "dv":  # 30p8: a child hit too, the partner's violence still DV
            on_child += [p for p in _child_hit_too_30p8(found, others) if p not in on_child]
        for victim, hit in on_child:
            ev.hit("abuse", "crisis", victim, "子どもへの暴力")
            ev.hit("abuse", "crisis", hit, f"子どもへの暴力：{hit.entry.note}")
        for victim, hit in _cared_for_victims_of(found, violence):
            why = "介護の要る家族への暴力（高齢者虐待）"
            ev.hit("abuse", "crisis", victim, why)
            ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
            ev.hit("care", "field", victim, why)
    # 認知症の夫が怒鳴る is care, not DV; but not 「義母の介護をしていますが、夫は…物を
    # 投げてきます」: the care must be in the partner's own clause.
    care = found.get("field", "care")
    clauses = found.tokens.clauses
    # 28e8: 「夫に年金を勝手に使われてます」 is the partner's doing, not the partner's care need.
    partner_care = [c for c in care if c.entry.form not in _WRITER_WRONGED_28e8]
    partner_cared_for = any(
        clauses[c.first] == clauses[p.first] for c in partner_care for p in partner
    )
    cared_for = partner_cared_for if partner else bool(care)
    if (
        found.cue("control")
        and partner
        and not cared_for
        and not _elder_wronged_by_partner_31v8(found, partner)
    ):
        for hit in found.cue("control") + partner:
            ev.hit("dv", "crisis", hit, f"パートナーから：{hit.entry.note}")
        # Money the partner controls (管理, 取り上げ) is DV, not the writer's own hardship;
        # living money withheld is both (_money_withheld).
        control = found.cue("control")
        why = "パートナーに握られたお金（DVとして扱う）"
        # 23g: 「元夫が養育費払わない」: child support not paid is money the household lacks.
        if "養育費" not in found.text:
            ev.drop_inside("hardship", [(h.start, h.end) for h in control], why)
            for _, money in found.same_sentence(control, found.get("field", "hardship")):
                if not _no_money_to_flee_32x9(found, money):
                    ev.drop("hardship", money.start, money.end, why)
    # 「同居の息子が認知症の母を怒鳴りつける」: shouting at an older parent who needs care.
    if found.cue("control") and not minor and (care or found.cue("elderly")):
        text = found.text
        for person in found.persons:
            if person.entry.label not in _OLDER_KIN:
                continue
            for hit in found.cue("control"):
                if _OBJECT_MARK.match(text[person.end : hit.start]):
                    ev.hit("abuse", "crisis", person, "高齢の家族への暴言・威圧")
                    ev.hit("abuse", "crisis", hit, f"高齢の家族への暴言・威圧：{hit.entry.note}")
                    ev.hit("care", "field", person, "高齢の家族への暴言・威圧（介護の相談）")
    # 「中1です。母親が包丁持って暴れてる」: a child writes of a parent's armed threat.
    if minor and not partner and people & _PARENTS:
        danger = found.get("crisis", "emergency")
        for hit in found.cue("control"):
            if any(_overlaps(hit, d) for d in danger):
                ev.hit("abuse", "crisis", hit, f"親からの命の危険のある脅し：{hit.entry.note}")
    restraint = found.cue("restraint")
    if restraint:
        _restraint(found, restraint, partner, minor, ev)
    expelled = found.cue("expelled")
    if expelled and (
        minor or ("child" in people and _expelled_child_23g(found, expelled, partner))
    ):
        for hit in expelled:
            ev.hit("abuse", "crisis", hit, "子どもが家を追い出された")
    if expelled and partner:
        for hit in expelled + partner:
            ev.hit("dv", "crisis", hit, f"パートナーから：{hit.entry.note}")


# 32x9: 「子どもを連れて逃げたいけど、お金もなくて行くところがありません」: the writer's own
# lack of money to leave is hardship beside the DV.
_LACKING_32x9 = re.compile(
    r"(?:が|も|は)?(?:全然|ぜんぜん|全く|まったく)?(?:ない|なく|無い|無く|ありません|足りな|たりな)"
)
_FLEEING_32x9 = re.compile(
    r"逃げ|にげ|家を出|いえをで|出て行|出ていき|出ていけ|行くところ|行く所|いくところ|行き場|いきば"
    r"|住むところ|住む所|住む場所|引っ越|ひっこ|離婚|りこん|別居"
)


def _no_money_to_flee_32x9(found: _Found, money: Hit) -> bool:
    """「お金もなくて」 in a sentence about leaving: the writer's own lack of money."""
    if _LACKING_32x9.match(found.text, money.end) is None:
        return False
    text = found.text
    begin = max(text.rfind("。", 0, money.start), text.rfind("\n", 0, money.start)) + 1
    end = text.find("。", money.end)
    return _FLEEING_32x9.search(text, begin, end if end >= 0 else len(text)) is not None


_LIVING_MONEY = re.compile(r"生活費|食費|家計費")
_WAGES = re.compile(r"給料|給与")


def _money_withheld(found: _Found, ev: _Evidence) -> None:
    """「夫が生活費を渡してくれない」: living money withheld is hardship (the household
    lacks it) and, from the writer's partner, economic DV. Money in general (お金をくれない)
    counts only from a partner, wages only when no family is named (会社から給料が…)."""
    partner = _own_partners(found)
    cared_for = bool(found.get("field", "care"))  # 認知症の夫がお金を渡さない: care
    text = found.text
    for hit in found.cue("withheld_money"):
        living = _LIVING_MONEY.match(text, hit.start)
        wages = _WAGES.match(text, hit.start) and not found.persons  # 会社から給料がもらえない
        if not (partner or living or wages):
            continue
        ev.hit("hardship", "field", hit, f"暮らしのお金が渡されない：{hit.entry.note}")
        if partner and not cared_for:
            ev.hit("dv", "crisis", hit, f"パートナーから（経済的DV）：{hit.entry.note}")
            for person in partner:
                ev.hit("dv", "crisis", person, f"パートナーから（経済的DV）：{person.entry.note}")


def _dv_seen_by_children(found: _Found, ev: _Evidence) -> None:
    """「夫が子どもの前で私を殴る」: violence or threats between partners that a child sees
    are psychological abuse of the child (面前DV), beside the DV."""
    for hit in found.cue("witness"):
        ev.hit("abuse", "crisis", hit, f"面前DV（子どもへの心理的虐待）：{hit.entry.note}")
        ev.hit("child", "field", hit, f"面前DV：{hit.entry.note}")


def _restraint(
    found: _Found, restraint: list[Hit], partner: list[Hit], minor: bool, ev: _Evidence
) -> None:
    """Tied down or locked in: abuse in a care setting or of a child or an older or disabled
    person, DV from a partner; nothing when no one is named (エレベーターに閉じ込められた)."""
    setting = found.cue("care_setting")
    cared = found.cue("elderly") or found.get("field", "care") or found.get("field", "disability")
    young = minor or found.get("field", "child") or "child" in found.person_labels()
    if setting:
        label, whose = "abuse", "介護の場で"
    elif partner:
        label, whose = "dv", "パートナーから"
    elif cared or young:
        label, whose = "abuse", "子どもや高齢・障害のある人が"
    elif _by_parent(found, restraint):  # 「ママに手をしばられた」: a child writes
        label, whose = "abuse", "親から"
    else:
        return
    for hit in restraint + (partner if label == "dv" else []):
        ev.hit(label, "crisis", hit, f"{whose}：{hit.entry.note}")


_AGENT_MARK = re.compile(r"^(?:に|から)")


def _by_parent(found: _Found, restraint: list[Hit]) -> bool:
    """A parent named as the one who does it (母に…縛られた), in the same sentence."""
    sentences = found.tokens.sentences
    return any(
        person.entry.label in _PARENTS
        and person.end <= hit.start
        and sentences[person.first] == sentences[hit.first]
        and _AGENT_MARK.match(found.text[person.end : hit.start]) is not None
        for person in found.persons
        for hit in restraint
    )


_OLDER_KIN = frozenset({"mother", "father", "parent", "grandparent"})
_OBJECT_MARK = re.compile(r"^を(?:毎日|いつも|よく|また)?$")
_KIN_BEFORE_PARTNER = re.compile(
    r"(?:母|母親|ママ|お母さん|おかあさん|母さん|父|父親|パパ|お父さん|姉|妹|兄|弟|娘|息子|友達|友だち"
    r"|孫|甥|姪|いとこ"
    # 29i8: a child's kana 「ままのかれし」「おかあさんのかれし」 (not 「そのままの」)
    r"|(?<![そこあどの])まま|ぱぱ|おかーさん|おかあさん|かあさん|かーちゃん|かあちゃん|母ちゃん|おかん"
    r")の(?:お)?$"  # 24j: 「息子のお嫁さん」 is the son's wife
)


def _own_partners(found: _Found) -> list[Hit]:
    """The writer's partner, not 「ママの彼氏」 or 「姉の夫」 (someone else's)."""
    text = found.text
    return [
        h
        for h in found.persons
        if h.entry.label == "spouse"
        and not _KIN_BEFORE_PARTNER.search(text, 0, h.start)
        and not _daughter_in_law_23g(found, h)
        and not ("嫁" in text and _daughter_in_law_26t(found, h))
        and not ("孫" in text and _grandchilds_mother_28f8(text, h))
    ]


# 28f8: 「嫁が孫を叩いとる」: beside the writer's grandchild, 嫁 is the child's mother.
_GRANDCHILD_28f8 = re.compile(r"孫(?!の手)")


def _grandchilds_mother_28f8(text: str, hit: Hit) -> bool:
    """「嫁が孫をしょっちゅう叩いとる」「お嫁さんが孫にご飯をあげない」: a 嫁 in a message
    about the writer's grandchild is the grandchild's mother, not the writer's own wife, so
    what she does to the child is abuse, not DV. 「僕の嫁」「俺の嫁」 stay the writer's own."""
    if not text.startswith(("嫁", "嫁さん"), hit.start):
        return False
    if text.startswith(("僕の", "俺の", "私の", "ぼくの", "おれの"), max(0, hit.start - 3)):
        return False
    return _GRANDCHILD_28f8.search(text) is not None


def _daughter_in_law_23g(found: _Found, hit: Hit) -> bool:
    """「隣のおばあさん、お嫁さんに叩かれてる」: お嫁さん beside an older person is that person's
    daughter-in-law (elder abuse), not the writer's own wife (うちのお嫁さん still is)."""
    text = found.text
    return (
        "elderly" in found.cues
        and text.startswith("嫁さん", hit.start)
        and text[hit.start - 1 : hit.start] == "お"
        and not text.startswith(("うちの", "僕の", "俺の", "私の"), max(0, hit.start - 4))
    )


# 「結婚してから友達と会うのも禁止」「同棲してから毎晩殴られる」: the writer's own partner,
# not named but told by the marriage or the living together.
_OWN_UNION = re.compile(
    r"結婚(?:して|後|した|以来|当初)|嫁いで|とついで|入籍(?:して|後)|同棲(?:して|を始め|し始め)"
    r"|付き合(?:って|い始め)|つきあ(?:って|い始め)|一緒になって"
)
_NOT_PARTNERS = frozenset({"self", "spouse"})


def _harmed_since_marriage(found: _Found, ev: _Evidence) -> None:
    """「結婚してから友達と会うのも実家に帰るのも禁止、スマホも毎晩チェックされる」: control or
    violence told since the marriage, with no one else named, is by the partner (DV), not a
    child's abuse."""
    if _own_partners(found) or _OWN_UNION.search(found.text) is None:
        return
    if any(p.entry.label not in _NOT_PARTNERS for p in found.persons):
        return
    why = "結婚・同棲してからの相手から"
    for hit in found.cue("control") + found.cue("violence") + found.cue("restraint"):
        ev.drop("abuse", hit.start, hit.end, f"{why}（DVとして扱う）")
        ev.drop("child", hit.start, hit.end, f"{why}（子どものことではない）")
        ev.hit("dv", "crisis", hit, f"{why}：{hit.entry.note}")


def _money_taken(found: _Found, ev: _Evidence) -> None:
    """「母の年金を兄が使い込む」: an older person's money taken is abuse, not the writer's
    own money trouble (the words overlap the abuse row)."""
    taken = [(h.start, h.end) for h in found.get("crisis", "abuse")]
    ev.drop_inside(
        "hardship", taken, "家族にお金を取られている（虐待として扱う）", overlapping=True
    )


def _hikikomori(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """Staying in, for a long time or without work, is withdrawal (こもりがち alone is not)."""
    stay = found.cue("stay_home")
    care = found.cue("family_care")
    if care:  # 「母の介護でずっと家にいる」: at home to look after someone, not withdrawn
        # (「父に介護が必要になったのに、何年も部屋から出ない45歳の弟」: the brother is withdrawn)
        sentences = found.tokens.sentences
        stay = [
            h
            for h in stay
            if not any(
                c.end <= h.start
                and sentences[c.first] == sentences[h.first]
                and not _someone_else_stays(found, c, h)
                for c in care
            )
        ]
    if not stay:
        return
    persistence = found.cue("persistence")
    lasting = found.same_sentence(stay, persistence) + _length_told_next(found, stay, persistence)
    lasting += _length_told_before(found, stay, persistence)
    jobless = found.cue("not_working")
    # 「50代の弟はカーテンを閉め切って」: a middle-aged son, daughter, brother or sister.
    middle_child = [
        a for a in ages if a.years in MIDDLE_AGES and a.person in _CHILDREN | {"sibling"}
    ]
    if lasting:
        for a, b in lasting:
            ev.hit("hikikomori", "pattern", a, f"長い間こもっている：{a.entry.note}")
            ev.hit("hikikomori", "pattern", b, f"長い間こもっている：{b.entry.note}")
        _shut_in_child(found, ages, lasting, ev)
    elif jobless or middle_child:
        for hit in stay + jobless:
            ev.hit("hikikomori", "pattern", hit, f"働かずに家にいる：{hit.entry.note}")
        for age in middle_child:
            ev.add("hikikomori", "pattern", age.start, age.end, "中年の子")


_STAYING_KIN = frozenset({"child", "sibling"})
# 「部屋から出ない45歳の弟」「こもっている兄」: the one who stays, named right after it.
_NAMED_AFTER = re.compile(
    r"(?:ている|ていた|てる|とる|ない|ん|た|る)?"
    r"(?:[0-9一二三四五六七八九十]+(?:歳|才|代)の?)?"
)


# round 23 (31t8): 「ばあちゃんがおじさんの面倒みてて、おじさんもう何年も部屋から出てこない」:
# an uncle or aunt (no person label) named between the care word and the staying in.
_UNCLE_AUNT_31T8 = re.compile(r"叔父|伯父|叔母|伯母|おじさん|おばさん|おじちゃん|おばちゃん")


def _someone_else_stays(found: _Found, care: Hit, stay: Hit) -> bool:
    """A son, daughter, brother or sister named between the care word and the staying in
    (「父の介護が要るのに、弟は部屋から出ない」) or right after it (「部屋から出ない45歳の弟」);
    an uncle or aunt between them (「おじさんの面倒みてて、おじさんもう何年も」)."""
    text = found.text
    if _UNCLE_AUNT_31T8.search(text, care.end, stay.start) is not None:
        return True
    for person in found.persons:
        if person.entry.label not in _STAYING_KIN:
            continue
        if care.end <= person.start and person.end <= stay.start:
            return True
        gap = person.start - stay.end
        if 0 <= gap <= 9 and _NAMED_AFTER.fullmatch(text, stay.end, person.start) is not None:
            return True
    return False


# 「1年」「半年」「3か月」: a length short enough for a school-age son or daughter.
_SHORT_STAY = re.compile(
    r"^(?:半年|[0-9]+\s*(?:ヶ月|か月|カ月|ケ月|箇月)"
    r"|[一二三四五六七八九十数]+(?:ヶ月|か月|カ月)|[12一二]\s*年)$"
)
_LENGTH = re.compile(r"[0-9一二三四五六七八九十数何]\s*(?:年|ヶ月|か月|カ月|ケ月|箇月)")

# A son or daughter past school age: work, university, adulthood, marriage.
_ADULT_SIGNS = re.compile(
    r"仕事|会社|職場|退職|就職|就活|転職|大学|専門学校|成人|社会人|大人|バイト|アルバイト|結婚|年金|派遣"
    r"|作業所|就労継続|就労移行|就労支援|B型|A型"  # 33c10: a workshop for adults with a disability
)


def _shut_in_child(
    found: _Found, ages: list[Age], lasting: list[tuple[Hit, Hit]], ev: _Evidence
) -> None:
    """「息子が部屋から出てこなくなって1年」: a son or daughter, no adult sign, shut in for a
    year or less is a child matter (school); a grown child (age, work, 8050) is not."""
    if "child" not in found.person_labels() or ages:
        return
    if found.cue("not_working") or found.cue("dependency") or found.cue("old_parent"):
        return
    text = found.text
    if _ADULT_SIGNS.search(text):
        return
    lengths = [text[b.start : b.end] for _, b in lasting]
    short = [length for length in lengths if _SHORT_STAY.match(length)]
    if not short or any(_LENGTH.search(x) for x in lengths if x not in short):
        return  # 「ずっと」 alone says nothing of age; 「10年」 is past school age
    for person in found.persons:
        if person.entry.label == "child":
            ev.hit("child", "field", person, "子どもが部屋にこもっている（学校の年代）")


_OPENING = 4  # words allowed before a length that opens the next sentence (かれこれ10年)


def _length_told_next(found: _Found, stay: list[Hit], lengths: list[Hit]) -> list[tuple[Hit, Hit]]:
    """「部屋から出てこない。もう5年になる」: how long, said at the start of the next sentence."""
    sentences = found.tokens.sentences
    pairs = []
    for length in lengths:
        sentence = sentences[length.first]
        start = length.first
        while start > 0 and sentences[start - 1] == sentence:
            start -= 1
        if length.first - start <= _OPENING:
            pairs += [(hit, length) for hit in stay if sentences[hit.first] == sentence - 1]
    return pairs


# Words allowed after a length that closes its sentence (「不登校になって半年です。」).
_CLOSING = 4


# 22f: 「不登校になって半年。部屋から出てこない」 — how long, told just before the staying in.
def _length_told_before(
    found: _Found, stay: list[Hit], lengths: list[Hit]
) -> list[tuple[Hit, Hit]]:
    """「娘が不登校になって半年。部屋から出てこなくて」: how long, said at the end of the
    sentence before the staying in (the mirror of _length_told_next)."""
    sentences = found.tokens.sentences
    pairs = []
    for length in lengths:
        sentence = sentences[length.first]
        end = length.last - 1
        while end + 1 < len(sentences) and sentences[end + 1] == sentence:
            end += 1
        if end - (length.last - 1) <= _CLOSING:
            pairs += [(hit, length) for hit in stay if sentences[hit.first] == sentence + 1]
    return pairs


def _eight_zero_five_zero(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """An aged parent with a middle-aged child who depends on them, or lives with them."""
    people = found.person_labels()
    middle = [
        a for a in ages if a.years in MIDDLE_AGES and a.person in {"child", "sibling", "self"}
    ]
    middle_child = [a for a in middle if a.person in {"child", "sibling"}]
    old_parent = [
        a
        for a in ages
        if a.years >= ELDERLY_AGE and (a.person in _PARENTS | {"self"} or a.person is None)
    ]
    old_cues = found.cue("old_parent")
    withdrawn = [e for e in ev.items.values() if e.label == "hikikomori"]
    dependency = found.cue("dependency") + found.cue("not_working")
    taken = found.get("crisis", "abuse")
    if taken:  # 「母の年金を弟が勝手に使う」: a parent's money taken is abuse, not living on it
        old_cues = [h for h in old_cues if not any(_overlaps(h, t) for t in taken)]
        dependency = [h for h in dependency if not any(_overlaps(h, t) for t in taken)]
    spent = _money_spent_by_kin(found)
    if spent:  # 「同居の兄が母の年金を全部使ってしまって」: the parent is exploited, not supporting
        old_cues = [h for h in old_cues if not _inside(h, spent)]
        dependency = [h for h in dependency if not _inside(h, spent)]
    together = found.cue("co_residence")
    if dependency and "孫" in found.text:  # 「年金で孫を育ててます」: raising a grandchild (29l8)
        dependency = [h for h in dependency if not _FOR_GRANDCHILD_29l8.match(found.text, h.end)]
    if old_cues and middle:  # 「私たち夫婦はまだ60代で」: the couple's own age, under 70 (29l8)
        young = _young_couple_29l8(found, old_cues, middle)
        if young:
            old_cues = [h for h in old_cues if h not in young]
            middle = [a for a in middle if a not in young]
            middle_child = [a for a in middle_child if a not in young]

    reasons: list[tuple[int, int, str]] = []
    depends = bool(withdrawn or dependency)
    if middle_child and depends:
        reasons += [(a.start, a.end, "中年の子") for a in middle_child]
    elif (old_parent or old_cues) and _disabled_grown_child(found, middle_child, ev):
        reasons += [(a.start, a.end, "障害のある中年の子") for a in middle_child]
        reasons += [(a.start, a.end, "高齢の親") for a in old_parent]
        reasons += [(h.start, h.end, h.entry.note) for h in old_cues]
    elif middle and (old_parent or old_cues) and (depends or together):
        reasons += [(a.start, a.end, "中年の子") for a in middle]
        reasons += [(a.start, a.end, "高齢の親") for a in old_parent]
        reasons += [(h.start, h.end, h.entry.note) for h in old_cues]
    elif (
        (old_parent or old_cues)
        and depends
        and people & {"child", "sibling"}
        and not _only_grandchildren_29l8(found)
        and not _only_young_grown_children_32r8(ages)  # 32r8: 息子（25）の親亡き後
    ):
        reasons += [(a.start, a.end, "高齢の親") for a in old_parent]
        reasons += [(h.start, h.end, h.entry.note) for h in old_cues]
    if not reasons:
        return
    for start, end, note in reasons:
        ev.add("8050", "pattern", start, end, f"8050：{note}")
    for hit in dependency + together:
        ev.hit("8050", "pattern", hit, f"8050：{hit.entry.note}")
        if hit.entry.form in _MONEY_DEPENDENCY:  # living on the parents' money
            ev.hit("hardship", "field", hit, f"親のお金で暮らしている：{hit.entry.note}")


# 33c10: 「年金だけで子育てはきびしい」: with 孫 in the message, the raising is of a grandchild.
_FOR_GRANDCHILD_29l8 = re.compile(
    r"(?:暮らし|ぐらし|生活)?(?:だけ|のみ|ばかり)?(?:で|から|を使って|をやりくりして)[^。、]{0,4}?"
    r"(?:孫|まご|子育て|こそだて|育て|そだて|育児)"
)
_COUPLE_29l8 = re.compile(r"夫婦|ふうふ")
_COUPLES_AGE_29l8 = re.compile(
    r"(?:は|も)?(?:まだ|まだまだ|ともに|とも|共に|二人とも|ふたりとも)?$"
)


def _young_couple_29l8(found: _Found, old_cues: list[Hit], middle: list[Age]) -> list[object]:
    """「私たち夫婦はまだ60代で働いてますが」: the age told right after the couple is the
    parents' own, and under 70 it makes them no aged parents (nor a middle-aged child)."""
    text = found.text
    out: list[object] = []
    for cue in old_cues:
        if _COUPLE_29l8.search(cue.entry.form) is None:
            continue
        for age in middle:
            if 0 <= age.start - cue.end <= 6 and _COUPLES_AGE_29l8.search(text, cue.end, age.start):
                out += [cue, age]
    return out


def _only_grandchildren_29l8(found: _Found) -> bool:
    """「年金で孫を育ててます」: a grandparent raising a grandchild is no 8050 (the child of
    8050 is a grown son or daughter)."""
    kin = [h for h in found.persons if h.entry.label in {"child", "sibling"}]
    return bool(kin) and all(h.entry.form == "孫" for h in kin)


def _disabled_grown_child(found: _Found, middle_child: list[Age], ev: _Evidence) -> bool:
    """「うちの長男は52で知的障害があります。私ももう81」: a son or daughter of middle age with a
    disability (said of them), beside an old parent, is a parent still supporting them (8050)."""
    children = [a.person_hit for a in middle_child if a.person == "child" and a.person_hit]
    if not children or not ev.has("disability"):
        return False
    text = found.text
    return any(
        _owner(found, hit)[0] in children or any(_describes(text, hit, c) for c in children)
        for hit in found.get("field", "disability")
    )


# 「兄が母の年金を全部使ってしまって」「弟が父の通帳を取り上げて」: the parent's money, taken.
_SPENT = re.compile(
    r"(?:\([0-9]{2,3}(?:歳|才)?\))?の(?:年金|お金|おかね|貯金|貯え|蓄え|預金|通帳|キャッシュカード|カード|財布|金)"
    r"(?:を|も|まで|は)?[^。、]{0,8}?"
    r"(?:使い込|使いこ|使い果た|使い切|全部使|ぜんぶ使|全部つか|ぜんぶつか|勝手に使|勝手につか"
    r"|使ってしま|使っちゃ|使うてしま|取り上げ|とりあげ|巻き上げ|まきあげ|奪|持ち出|引き出|せび)"
)
_TAKERS = frozenset({"sibling", "child"})


def _money_spent_by_kin(found: _Found) -> list[tuple[int, int]]:
    """Spans 「母の年金を全部使ってしま」 where a brother, sister, son or daughter named as the
    subject before it (「同居の兄が」) takes an older parent's or grandparent's money."""
    spans: list[tuple[int, int]] = []
    text, sentences = found.text, found.tokens.sentences
    for person in found.persons:
        if person.entry.label not in _OLDER_KIN:
            continue
        match = _SPENT.match(text, person.end)
        if match is None:
            continue
        taker = any(
            p.entry.label in _TAKERS
            and p.end < person.start
            and sentences[p.first] == sentences[person.first]
            and _SUBJECT.match(text, p.end) is not None
            for p in found.persons
        )
        if taker:
            spans.append((person.start, match.end()))
    return spans


def _inside(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(a <= hit.start and hit.end <= b for a, b in spans)


_RECEIVES = re.compile(r"もら|貰")  # 「母はご飯ももらえていない」: the one named goes without


def _older_kin_exploited(found: _Found, ev: _Evidence) -> None:
    """「同居の兄が母の年金を全部使ってしまって、母はろくにご飯ももらえていない」: an older parent
    whose money a son or daughter takes, or who goes without meals or care, is care; the
    pension is not the writer's money trouble, and the meals are no child's."""
    text = found.text
    spent = _money_spent_by_kin(found)
    deprived: list[tuple[Hit, Hit]] = []
    for hit in found.cue("withheld_care"):
        owner, subject = _owner(found, hit)
        if owner is None or owner.entry.label not in _OLDER_KIN:
            continue
        # 「母は…もらえていない」 names who goes without; 「母に食べさせない」 too, but in
        # 「親にご飯もらえんかった」「父から…用意してもらえない」 the parent is the one who did
        # not give.
        receives = _RECEIVES.search(text, hit.start, hit.end) is not None
        between = text[owner.end : hit.start]
        if (subject and receives and not between.startswith(("に", "から"))) or (
            not receives and between.startswith(("に", "を"))
        ):
            deprived.append((owner, hit))
    if not spent and not deprived:
        return
    why = "家族にお金を使われたり世話をされなかったりする高齢の親"
    ev.drop_inside("hardship", spent, f"{why}（本人のお金の困りごとではない）", overlapping=True)
    for start, end in spent:
        ev.add("care", "field", start, end, why)
    for owner, hit in deprived:
        ev.hit("care", "field", owner, f"{why}：{owner.entry.note}")
        ev.hit("care", "field", hit, f"{why}：{hit.entry.note}")
        ev.drop("child", hit.start, hit.end, f"{why}（子どものことではない）")


# 「姉が母の通帳から引き出して施設代を払ってくれる」: money handled for the parent.
_HANDLED_FOR = re.compile(
    r"[^。]{0,16}?(?:くれ|代わり|かわり|管理|手続|頼ま|たのま|払って(?:い|る|あげ)|払い込|振り込)"
)


def _older_kin_robbed(found: _Found, ev: _Evidence) -> None:
    """「兄が母の年金を全部使ってしまい」: a son, daughter, brother or sister who spends an older
    parent's money is economic elder abuse, however the spending is worded."""
    text = found.text
    spent = [s for s in _money_spent_by_kin(found) if not _HANDLED_FOR.match(text, s[1])]
    why = "家族が高齢の親のお金を使ってしまう（経済的虐待）"
    for start, end in spent:
        ev.add("abuse", "crisis", start, end, why)
        ev.add("care", "field", start, end, why)
    if spent:
        ev.drop_inside(
            "hardship", spent, f"{why}（本人のお金の困りごとではない）", overlapping=True
        )


def _young_carer(found: _Found, minor: bool, ev: _Evidence) -> None:
    """A child or teenager who cares for family or keeps the house."""
    care = found.cue("family_care")
    if not care:
        return
    if minor:
        for hit in care:
            ev.hit("young_carer", "pattern", hit, f"子ども本人が担っている：{hit.entry.note}")
        return
    text = found.text
    for other in found.cue("minor_other"):
        if _HAS_CHILDREN.match(text, other.end):
            continue  # 「小学生の子が二人いて、父の世話もしています」: the writer's children
        later = [
            h
            for h in care
            if h.start >= other.end
            # 「息子は小4です。育児と母の介護の両立に…」: the writer's double care (28)
            and _WRITER_RAISES_AND_CARES_28.search(text, max(other.end, h.start - 14), h.start)
            is None
        ]
        if later:
            ev.hit("young_carer", "pattern", other)
            for hit in later:
                ev.hit("young_carer", "pattern", hit)
            return
    school = found.cue("school_life")
    # 「妹の保育園のお迎え」: the nursery is the sibling's, not a sign the writer raises children.
    care_spans = [(h.start, h.end) for h in care]
    raising = any(not _inside(p, care_spans) for p in found.cue("parenting"))
    if school and not raising:
        for hit in care + school:
            ev.hit("young_carer", "pattern", hit, f"学校生活を削って世話：{hit.entry.note}")


# 「育児と母の介護」「子育てしながら親の介護」: the writer raises children and cares (28).
_WRITER_RAISES_AND_CARES_28 = re.compile(
    r"(?:育児|子育て|こそだて|いくじ)(?:と|や|も|を?しながら|に加えて|をしつつ|しつつ)"
)


# 「うちの子（小6）が」「小6の娘が」「中学生の息子は」: the writer's child, of school age.
_SCHOOL_AGE_AFTER = re.compile(
    r"(?:\((?:小|中|高)[1-6]\)|\((?:[6-9]|1[0-7])(?:歳|才)?\))?(?:が|は|も)(?!い|お)"
)
_SCHOOL_AGE_BEFORE = re.compile(
    r"(?:(?:小|中|高)[1-6]|(?:小学|中学|高校)(?:生|[1-6]年生?)|(?:[6-9]|1[0-7])(?:歳|才))の$"
)
_NOT_THE_CHILDS = frozenset({"self", "spouse"})


def _own_child_cares(found: _Found, ev: _Evidence) -> None:
    """「うちの子（小6）が、おじいちゃんの介護で放課後友達と遊べてない」: a parent writes that their
    school-age child cares for the family and loses school life (a young carer, not the
    parent's double care)."""
    text, sentences = found.text, found.tokens.sentences
    care, school = found.cue("family_care"), found.cue("school_life")
    for child in found.persons:
        if child.entry.label != "child":
            continue
        after = _SCHOOL_AGE_AFTER.match(text, child.end)
        if after is None:
            continue
        before = text[max(0, child.start - 8) : child.start]
        if "(" not in text[child.end : after.end()] and not _SCHOOL_AGE_BEFORE.search(before):
            continue
        sentence = sentences[child.first]
        doing = [
            h
            for h in care
            if h.start >= after.end()
            and sentences[h.first] == sentence
            and not any(
                p.entry.label in _NOT_THE_CHILDS and child.end <= p.start < h.start
                for p in found.persons
            )
        ]
        losing = [h for h in school if h.start >= after.end() and sentences[h.first] == sentence]
        if doing and losing:
            why = "子どもが家族の世話で学校生活を削っている"
            for hit in [child, *doing, *losing]:
                ev.hit("young_carer", "pattern", hit, f"{why}：{hit.entry.note}")
            return


# 「小学生の子が二人いて」「中学生の娘がいます」: the writer has children (they do not care).
_HAS_CHILDREN = re.compile(
    r"(?:[0-9一二三四五六七八九十]+人|ふたり|ひとり|さんにん)?(?:い|お)(?:て|ます|る|り|ま)"
)


_ADULTS_PARENTS = re.compile(r"(?:はは|ちち)(?:が|は|も|の|に|を)")


# 30m8: 「家のことはぜんぶわたしがして弟のめんどうもみてるのに、おとうさんにぶたれる」: a child
# writes in kana but for a few easy kanji (家, 弟), and calls a parent おとうさん or ママ.
_CHILDS_PARENT_30m8 = re.compile(
    r"おとうさん|おかあさん|おとーさん|おかーさん|おとうちゃん|おかあちゃん|ママ|パパ|まま(?:が|に|は)|ぱぱ"
)


def _nearly_all_kana_30m8(text: str) -> bool:
    """No kanji at all, or at most three in a message that names a parent as a child does."""
    kanji = KANJI.findall(text)
    if not kanji:
        return True
    return len(kanji) <= 3 and _CHILDS_PARENT_30m8.search(text) is not None


def _kana_young_carer(found: _Found, ages: list[Age], ev: _Evidence) -> bool:
    """「おかあさんがびょうきでねてるから、いもうとのごはんはわたしがつくってる」: a message in kana
    only, in which the writer cooks or cares for the family with a brother or sister named,
    is a child writing (a young carer; see ``_kana_child_neglect``). An adult names a
    partner or children of their own, an adult age, money troubles, or はは and ちち."""
    labels = found.person_labels()
    if "sibling" not in labels or labels & {"spouse", "child"}:
        return False
    if any(a.years >= ADULT_AGE for a in ages) or ev.has("hardship"):
        return False
    if _ADULTS_PARENTS.search(found.text):
        return False  # 「はははびょうきで」: an adult's word for their mother
    for hit in found.cue("family_care"):
        ev.hit("child", "field", hit, "かなだけで書く子どもが家族の世話をしている（本人が子ども）")
    return True


# Words of a care setting that say nothing of age (a disabled person's home has 職員 too).
_ANY_SETTING = frozenset({"施設", "職員", "ヘルパー", "身内"})


def _elder_care_setting(found: _Found) -> list[Hit]:
    """The care-setting words, unless they are only a disabled adult's (「施設に入っている知的障害
    のある弟が職員に叩かれた」: a disability matter, not elderly care)."""
    setting = found.cue("care_setting")
    if not setting or not found.get("field", "disability"):
        return setting
    if found.cue("elderly") or found.get("field", "care"):
        return setting
    if any(h.entry.form not in _ANY_SETTING for h in setting):
        return setting  # 特養, デイサービス: elderly care whoever is named
    return []


# 「介護で疲れてる」「世話に追われて」: the care word as the cause of someone's burden.
_BURDEN_AFTER = re.compile(
    r"(?:で|に)(?:毎日|いつも|ずっと|すごく|かなり|もう)?(?:疲れ|つかれ|しんど|参っ|まいっ|限界|くたくた|へとへと|ヘトヘト|追われ|大変|手一杯)"
)
_CARERS = _PARENTS | {"spouse", "sibling", "grandparent"}
_SUBJECT = re.compile(r"が|は|も|って")  # 「母さんが…」, not 「ばあちゃんの介護」


def _care_told_of_others(found: _Found, ev: _Evidence) -> None:
    """「母さんがばあちゃんの介護で疲れてるっぽい。高校生です」: a teenager telling of a parent
    worn out by caring, not of caring themself, is no young carer."""
    text, sentences = found.text, found.tokens.sentences
    care = found.cue("family_care")
    burdens = [hit for hit in care if _BURDEN_AFTER.match(text, hit.end)]
    if not burdens or not ev.has("young_carer"):
        return
    theirs = [
        hit
        for hit in burdens
        if any(
            p.entry.label in _CARERS
            and _SUBJECT.match(text, p.end) is not None
            and p.end <= hit.start
            and sentences[p.first] == sentences[hit.first]
            for p in found.persons
        )
        and not any(
            p.entry.label == "self" and sentences[p.first] == sentences[hit.first]
            for p in found.persons
        )
    ]
    why = "家族がしている世話の話（本人が担っているのではない）"
    if len(theirs) == len(care):
        ev.drop_inside("young_carer", [(0, len(text))], why)
    else:
        for hit in theirs:
            ev.drop("young_carer", hit.start, hit.end, why)


# The housework or bodily care a parent's day needs (not 送り迎え or a sibling's bedtime).
_OLDER_KIN_CHORE = re.compile(
    r"飯|ごはん|食事|夕食|朝食|料理|弁当|洗濯|掃除|家事|買い物|風呂|おむつ|オムツ|着替え|トイレ"
    r"|体|介助|薬|車椅子|車いす"
)
# 「親父のおむつ替え」「母の分のご飯も作る」: what is done for them (not 「父の料理」, his cooking).
_OF_OLDER_KIN = re.compile(r"の(?:分|ぶん)?(?:の|も)?")
_DONE_FOR = re.compile(r"作|つく|支度|用意|替え|換え|交換|させ|入れ|拭|手伝|押|飲ませ|介助")
# 「義母の家に寄って」「父んちに行って」「ばあちゃんちに」: the writer goes to do it.
_AT_OLDER_KIN = re.compile(
    r"(?:の(?:家|うち|いえ|実家|所|ところ|とこ|部屋|アパート|マンション)|ん?(?:ち|家|とこ))"
    r"(?:に|へ|まで)(?:毎日|毎晩|毎朝|週[^。、]{0,3}|仕事帰りに|帰りに)?"
    r"(?:寄|よ|行|い|通|かよ|顔を出|顔出|泊ま|泊|まわ|回)(?:(?!一緒|いっしょ)[^。]){0,6}?"
)
_RECEIVED = re.compile(r"[^。、]{0,4}?(?:くれ|もら|貰)")  # 作ってくれる: done for the writer


def _chores_for_older_kin(found: _Found, ev: _Evidence) -> None:
    """「保育園のお迎えのあと義母の家に寄ってご飯作って」「その足で実家の親父のおむつ替えに行って」:
    a parent's or grandparent's meals, laundry or bodily care that the writer goes to do is
    care, though the word 介護 is not there (not 「母がご飯を作ってくれる」)."""
    text, sentences = found.text, found.tokens.sentences
    kin = [h for h in found.persons if h.entry.label in _OLDER_KIN]
    for hit in found.cue("family_care"):
        if not _OLDER_KIN_CHORE.search(text, hit.start, hit.end) or _RECEIVED.match(text, hit.end):
            continue
        before = [
            p
            for p in found.persons
            if p.end <= hit.start and sentences[p.first] == sentences[hit.first]
        ]
        person = max(before, key=lambda h: h.end) if before else None
        if person is None or person not in kin:
            continue
        done_for = _OF_OLDER_KIN.fullmatch(text, person.end, hit.start) is not None and (
            _DONE_FOR.search(text, hit.start, hit.end) is not None
        )
        if not done_for and _AT_OLDER_KIN.fullmatch(text, person.end, hit.start) is None:
            continue
        why = "親や祖父母の食事や身の回りの世話をしに行っている"
        ev.hit("care", "field", person, f"{why}：{person.entry.note}")
        ev.hit("care", "field", hit, f"{why}：{hit.entry.note}")


def _care_without_older_person(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Care inferred from a parent's or partner's needs where no one old is named: the parent
    a young carer looks after (「孫娘が目の見えない母親の手を引いて」) is not elderly care, and a
    partner who is ill (「夫ががんで療養中で、通院の付き添いと子ども二人の世話」) is a health
    matter; looking after that partner while raising children is still double care."""
    cared = {h.entry.label for h in found.persons if h.entry.label in _CARED_FOR}
    carer = "family_care" in found.cues  # a young carer, seen by an adult or writing
    if not (carer or cared == {"spouse"}) or found.get("field", "care") or found.cue("elderly"):
        return
    if any(a.years >= ELDERLY_AGE and a.person not in _CHILDREN | {"sibling"} for a in ages):
        return
    if not ev.has("care"):
        return
    everything = [(0, len(found.text))]
    if carer and ev.has("young_carer"):
        ev.drop_inside("care", everything, "子どもが世話をしている親（高齢の人の介護ではない）")
    elif cared == {"spouse"} and ev.has("health") and _only_treatment(found):
        items = [item for key, item in ev.items.items() if key[0] == "care"]
        ev.drop_inside("care", everything, "病気の配偶者の看病（高齢の人の介護ではない）")
        if ev.has("child") and not minor:
            children = [item for key, item in ev.items.items() if key[0] == "child"]
            for item in items + children:
                why = f"配偶者の看病と子育てが重なる：{item.note}"
                ev.add_original("double_care", "pattern", item, why)


# A partner's needs that come with an illness and its treatment, not a loss of daily life.
_TREATMENT = frozenset({"通院", "付き添い", "付き添う", "入院", "退院", "看病"})


def _only_treatment(found: _Found) -> bool:
    """The partner's needs are only hospital visits and nursing (通院の付き添い, 看病), not
    a daily life they can no longer manage (歩けなくなってきた, 寝たきり)."""
    return all(h.entry.form in _TREATMENT for h in found.cue("care_need"))


_UNCLE_OR_AUNT = r"(?:叔父|伯父|叔母|伯母|おじ(?!い)|おば(?!あ))(?:さん|ちゃん|き)?"
_MIDDLE_NUMBER = r"(?:\d{2}|[三四五六]十[一二三四五六七八九]?)"
# 「おじさん(52)」「叔母は五十五で」「50代のおじ」: an uncle's or aunt's age.
_UNCLE_OR_AUNT_AGE = re.compile(
    rf"{_UNCLE_OR_AUNT}(?:[(（](?P<a>\d{{2}})(?:歳|才|代)?[)）]"
    rf"|(?:は|も)(?:もう|今年)?(?P<b>{_MIDDLE_NUMBER})(?:歳|才|代)?)"
    rf"|(?P<c>{_MIDDLE_NUMBER})(?:歳|才|代)?の{_UNCLE_OR_AUNT}"
    rf"|{_UNCLE_OR_AUNT}(?P<d>{_MIDDLE_NUMBER})(?:歳|才|代)?(?:が|は|も|で|、|,)"  # おじさん50が
)


def _uncle_or_aunt_at_home(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「ばあちゃん(83)がおじさん(52)の面倒見てる。おじさんは働かんで外に出ん」: a grandparent
    who keeps a middle-aged son or daughter (the writer's uncle or aunt) is 8050 too."""
    if not any(h.entry.label == "grandparent" for h in found.persons) or ev.has("8050"):
        return
    withdrawn = ev.has("hikikomori")
    dependency = found.cue("dependency") + found.cue("not_working")
    if not (withdrawn or dependency):
        return
    middle = []
    for match in _UNCLE_OR_AUNT_AGE.finditer(found.text):
        number = match.group("a") or match.group("b") or match.group("c") or match.group("d")
        if kanji_number(number) in MIDDLE_AGES:
            middle.append(match.span())
    if not middle:
        return
    for start, end in middle:
        ev.add("8050", "pattern", start, end, "8050：中年のおじ・おば（祖父母の子）")
    for age in ages:
        if age.person == "grandparent" and age.years >= ELDERLY_AGE:
            ev.add("8050", "pattern", age.start, age.end, "8050：高齢の祖父母")
    for hit in dependency:
        ev.hit("8050", "pattern", hit, f"8050：{hit.entry.note}")


# 「50くらいの息子さん」: a rough age just before someone else's son or daughter.
_ROUGH_MIDDLE_CHILD = re.compile(
    r"(?P<num>[4-6]\d|[四五六]十[一二三四五六七八九]?)(?:代|歳|才)?(?:くらい|ぐらい|前後|近く|近い|過ぎ)?の"
    r"(?:息子|娘|せがれ)さん"
)
_NEIGHBOURS_OLD = frozenset({"grandparent", None})


def _old_neighbour_and_son(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「隣の家、90近いおばあさんと50くらいの息子さんの二人暮らし。息子さんはもう何十年も外で見た
    ことがない」: an old woman or man and their middle-aged son or daughter (息子さん, someone
    else's) who stays in or lives with them is 8050, though she is no one's 母 here."""
    if ev.has("8050") or "孫" in found.text:
        return
    old = [a for a in ages if a.years >= ELDERLY_AGE and a.person in _NEIGHBOURS_OLD]
    if not old:
        return
    text = found.text
    middle = [
        (a.start, a.end)
        for a in ages
        if a.person == "child"
        and a.years in MIDDLE_AGES
        and a.person_hit is not None
        and text.startswith("さん", a.person_hit.end)
    ]
    middle += [
        m.span()
        for m in _ROUGH_MIDDLE_CHILD.finditer(text)
        if kanji_number(m.group("num")) in MIDDLE_AGES
    ]
    stays = [e for e in ev.items.values() if e.label == "hikikomori"]
    together = found.cue("co_residence")
    if not middle or not (stays or together):
        return
    for start, end in middle:
        ev.add("8050", "pattern", start, end, "8050：中年の息子さん・娘さん")
    for age in old:
        ev.add("8050", "pattern", age.start, age.end, "8050：高齢の親")
    for hit in together:
        ev.hit("8050", "pattern", hit, f"8050：{hit.entry.note}")


# Services for disabled adults (not 放課後等デイ or 児童発達支援, which are for children).
_ADULT_SERVICE_28b8 = re.compile(
    r"グループホーム|作業所|就労継続|就労移行|就労支援|[AB]型|生活介護|入所施設|障害者支援施設"
)


def _child_victims(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """Abuse in a care setting concerns care; elsewhere, and young carers, a child."""
    present = {label for label, _, _ in ev.items}
    if "abuse" not in present and "young_carer" not in present:
        return
    setting = _elder_care_setting(found)
    # 「障害のある兄が作業所で殴られた」: a disabled adult, unless a child is named.
    # 28b8: 「障害のある娘がグループホームで職員に叩かれた」: a son or daughter in a service
    # for disabled adults is a grown-up, unless a child word (中学生, 学校) is there.
    named_child = found.get("field", "child") or (
        any(h.entry.label == "child" for h in found.persons)
        and not (found.get("field", "disability") and _ADULT_SERVICE_28b8.search(found.text))
    )
    # 「親父がわけわからんことばっか言うけん、つい手ぇ上げてしもうた」: care found by a rule
    # (a parent's needs) makes the one struck an older adult too, when no child is named.
    older = (
        found.cue("elderly")
        or found.get("field", "care")
        or setting
        or (ev.has("care") and not named_child)
    )
    adult = older or (found.get("field", "disability") and not named_child)
    # 28e8: 「40代の息子に突き飛ばされて…私は82歳」: the son is middle-aged (8050), the one
    # struck the older writer.
    if not adult and ev.has("8050") and ev.has("care"):
        adult = True
    # 29k8: 「息子(30代)がひきこもっていて、私に暴力を…私は75歳」: in 8050 the son or daughter
    # is given an adult age and no child a young one: the one struck is the old parent.
    if not adult and ev.has("8050") and _grown_child_only_29k8(ages):
        adult = True
    # 29l8: 「75歳の母です。家にいる息子(45)が…私を突き飛ばしたり」: with 8050 and no child word
    # (no 子ども, no pupil), the son is grown and the one struck his old parent.
    if (
        not adult
        and ev.has("8050")
        and not found.get("field", "child")
        and not found.cue("minor_other")
        and not found.cue("minor_self")
    ):
        adult = True
    # 32x9: 「息子に殴られたり、ご飯も食べさせてもらえません。七十八の母親です」: the son or
    # daughter is the one who strikes (に + passive), the one struck the old writer.
    old = ev.has("care") or any(a.years >= ELDERLY_AGE for a in ages)
    if not adult and old and not found.get("field", "child"):
        adult = _struck_by_own_child_32x9(found)
        if adult and not ev.has("care"):  # 「息子に蹴られる。わしは82じゃ」: elder abuse
            for item in [e for e in ev.items.values() if e.label == "abuse"]:
                ev.add_original("care", "field", item, f"高齢の親が子から受ける暴力：{item.note}")
    for item in list(ev.items.values()):
        if item.label == "abuse" and setting:
            ev.add_original("care", "field", item, f"介護の場での虐待：{item.note}")
        if (item.label == "abuse" and not adult) or item.label == "young_carer":
            ev.add_original("child", "field", item, f"子どものこと：{item.note}")


def _struck_by_own_child_32x9(found: _Found) -> bool:
    """「息子に殴られる」「娘から叩かれた」: a son or daughter before the blow, with に or から,
    the blow in the passive: the child is the one who strikes."""
    text = found.text
    return any(
        person.end <= hit.start
        and _PARTNER_BEFORE_BLOW_28.fullmatch(text, person.end, hit.start) is not None
        and _PASSIVE.match(text, hit.end) is not None
        for person in found.persons
        if person.entry.label == "child"
        for hit in found.cue("violence")
    )


def _grown_child_only_29k8(ages: list[Age]) -> bool:
    """A son or daughter is given an adult age (30代, 45歳) and no child a young one."""
    children = [a.years for a in ages if a.person == "child"]
    return bool(children) and min(children) >= ADULT_AGE


# 32x9: 「夫が若年性認知症で…下の子はまだ大学生で学費がかかります」: a student at university
# or a working son or daughter is not a child being raised (no double care), unless a young
# child is named too.
_GROWN_CHILD_32x9 = re.compile(
    r"大学生|だいがくせい|大学院|大学[0-9０-９一二三四]年|専門学生|専門学校に|短大生|社会人|成人し|就職し"
)
_YOUNG_CHILD_32x9 = re.compile(
    r"小学|しょうがく|中学|ちゅうがく|高校|こうこう|幼稚園|保育園|こども園|赤ちゃん|赤ん坊|乳児|幼児"
    r"|未就学|子育て|子そだて|育児|小[1-6１-６]|中[1-3１-３]|高[1-3１-３]|園児|年長|年中|年少"
)


def _child_grown_32x9(found: _Found, ages: list[Age]) -> bool:
    """Every son or daughter named is grown: at university or working, no young one."""
    text = found.text
    if _GROWN_CHILD_32x9.search(text) is None or _YOUNG_CHILD_32x9.search(text):
        return False
    return not any(a.person == "child" and a.years < ADULT_AGE for a in ages)


def _double_care(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Raising children (a disabled son or daughter too) while caring for an older relative."""
    present = {label for label, _, _ in ev.items}
    if minor or "young_carer" in present or "care" not in present:
        return
    raising = ("child",) if "child" in present else ()
    if raising and _child_grown_32x9(found, ages):
        raising = ()
    grown_up = {"hikikomori", "8050"} & present  # a son or daughter past school age
    if (
        not raising
        and "disability" in present
        and not grown_up
        and _child_present(found, ages, minor)
    ):
        children = [h for h in found.persons if h.entry.label == "child"]
        if any(
            _describes(found.text, hit, child)
            for hit in found.get("field", "disability")
            for child in children
        ):
            raising = ("disability",)  # 「発達障害の息子がいて、父の介護もしている」
    for item in list(ev.items.values()) if raising else ():
        if item.group == "field" and (item.label == "care" or item.label in raising):
            ev.add_original("double_care", "pattern", item, f"介護と子育てが重なる：{item.note}")


# 「嫁が統合失調症で入退院を繰り返して」: an illness said of the partner (not only dementia);
# a cold, the flu or a sprain passes (妻が風邪をひいて、子どもの世話を頼まれた).
_PARTNERS_ILLNESS = frozenset({"health", "disability"})
_PASSING = re.compile(
    r"風邪|かぜ|インフル|熱|胃腸炎|コロナ|ぎっくり|捻挫|ねんざ|骨折|怪我|けが|ケガ|つわり"
)


def _ill_partner_and_children(found: _Found, ev: _Evidence) -> None:
    """「嫁が統合失調症で入退院を繰り返してて、子ども2人の世話と仕事で俺ももうきつい」: looking
    after children while the partner is ill is double care, even without a care word."""
    if "double_care" in ev.present() or not ev.has("child"):
        return
    partners = _own_partners(found)
    if not partners:
        return
    text = found.text
    ill = [
        hit
        for label in _PARTNERS_ILLNESS
        for hit in found.get("field", label)
        if any(_describes(text, hit, p) for p in partners)
        and _PASSING.search(text, hit.start, hit.end) is None
    ]
    children = [p for p in found.persons if p.entry.label == "child"]
    looked_after = [
        h
        for h in found.cue("family_care")
        if any(
            _of(text, c, h) or _of_chores(text, c, h) or 0 <= h.start - c.end <= 6 for c in children
        )
    ]
    if not ill or not looked_after:
        return
    why = "病気の配偶者を支えながら子どもの世話"
    for hit in ill + looked_after:
        ev.hit("double_care", "pattern", hit, f"{why}：{hit.entry.note}")


_CHILDHOOD = re.compile(
    r"(?:子供|子ども|こども|小さい|ちいさい|ちっちゃい|ちっさい|幼い|おさない|幼少|ガキ)の?"
    r"(?:頃|ころ|時|とき|期)"
)
_FROM_ABUSE = "子どものこと："  # the note _child_victims gives


def _childhood_told(found: _Found, ev: _Evidence) -> None:
    """「ちっちゃい頃親にご飯もらえんかった。今19で…」: an adult telling of their own
    childhood is no child matter now; the abuse they went through still counts."""
    text = found.text
    spans = []
    for match in _CHILDHOOD.finditer(text):
        end = text.find("。", match.end())
        spans.append(ev.norm.original_span(match.start(), len(text) if end < 0 else end))
    if not spans:
        return
    why = "大人が子どもの頃のことを話している（今の子どもの相談ではない）"
    for key, item in list(ev.items.items()):
        inside = any(a <= key[1] and key[2] <= b for a, b in spans)
        if key[0] == "child" and item.note.startswith(_FROM_ABUSE) and inside:
            ev.pop(key, why)


# The writer works with children: 「保育士をしとります」「教員として働いています」.
_CHILDCARE_JOB = re.compile(
    r"(?:保育士|保育教諭|幼稚園教諭|(?:保育園|幼稚園|こども園|小学校|中学校|学校)の先生"
    r"|学童(?:保育)?の(?:先生|指導員|支援員)|教員|教師|ベビーシッター)"
    r"(?:を|として|で)?(?:し(?:て|と|ちょ|よ)|やっ|働|勤)"
)


# round 26 (34c12): 「保育士目指してる短大生です」: a student training for such work.
_CHILDCARE_TRAINEE_34c12 = re.compile(
    r"(?:保育士|保育教諭|幼稚園教諭|幼稚園の先生|保育園の先生|小学校の先生|学校の先生|先生|教員|教師"
    r"|保育|幼児教育|こども学科|子ども学科|児童学科|教育学部)(?:を|に|の)?(?:目指|めざ|志望|志し|なりた"
    r"|養成|専攻|実習|学科|コース)"
)


# Children as the writer meets them at work (not 妊娠 or 産休, the writer's own).
_AT_WORK = re.compile(
    r"園児|児童|生徒|子供|子ども|こども|子たち|保育|幼稚園|学校|学級|クラス|小学生|中学生|高校生"
    r"|赤ちゃん|乳児|幼児|学童|登校|下校|いじめ|不登校"
)


def _childcare_job(found: _Found, ev: _Evidence) -> None:
    """「保育士をしとります。園児とお年寄りの交流会を…」: children met at work are no child
    matter of the writer's; a son or daughter of their own (うちの子, 娘) still is."""
    if "child" in found.person_labels():
        return
    text = found.text
    if _CHILDCARE_JOB.search(text) is None and _CHILDCARE_TRAINEE_34c12.search(text) is None:
        return
    _children_met_at_work(ev)


def _children_met_at_work(ev: _Evidence) -> None:
    """The child items that are children met at work (園児, 生徒) or a service for parents."""
    why = "仕事の話：保育や学校の仕事で会う子ども（本人の子どもの相談ではない）"
    for key, item in list(ev.items.items()):
        if key[0] == "child" and (
            _AT_WORK.search(item.surface) or _SERVICE_FOR_PARENTS_29l8.match(ev.text, item.end)
        ):
            ev.pop(key, why)


# 29l8: 「子育て支援センターのパンフレット」: a service the childcare worker hands on to parents.
_SERVICE_FOR_PARENTS_29l8 = re.compile(
    r"(?:支援|しえん|ひろば|広場|サロン|講座|教室|センター|情報|相談窓口"
    r"|相談の窓口|相談先|の窓口)"  # 36r13: 子育て相談の窓口
)


_GAMBLING = re.compile(
    r"パチンコ|ぱちんこ|パチスロ|スロット|競馬|競輪|競艇|ボートレース|ギャンブル|賭け事|かけごと|賭博"
)
# The money to live on that gambling eats: 年金, 給料 (給料日), 生活費, 貯金 ….
_GAMBLED_MONEY = re.compile(
    r"年金|給料|給与|生活費|貯金|貯え|蓄え|有り金|ありがね|ボーナス|手取り|全財産|家賃|食費"
)
# …and it is gone: 使ってしまう, 溶かす, つぎ込む, すっからかん.
_MONEY_GONE = re.compile(
    r"使(?:っ|い|う|わ)|溶か|つぎ込|注ぎ込|突っ込|すっからかん|スッカラカン|スッ(?:た|て)|消え"
    r"|なくな|無くな|底をつ"
    r"|つか(?:っ|い|う|わ)|つこう|遣(?:っ|い|う|わ)|とかし|とかす"  # 41c22: つこうてまう
)
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _gambling_money(found: _Found, ev: _Evidence) -> None:
    """「パチンコがやめられんで、年金が入ったその日に使うてしまう」「競馬で給料を全部使う」:
    gambling that eats the pension or the wages, in one sentence, is a money matter and a
    health one (not 「競馬が趣味で、給料の範囲で楽しんでいます」)."""
    text = found.text
    for sentence in _SENTENCE.finditer(text):
        begin, end = sentence.span()
        gambling = [m.span() for m in _GAMBLING.finditer(text, begin, end)]
        money = [m.span() for m in _GAMBLED_MONEY.finditer(text, begin, end)] if gambling else []
        if not money or _MONEY_GONE.search(text, begin, end) is None:
            continue
        for start, stop in money:
            ev.add("hardship", "field", start, stop, "ギャンブルに生活のお金を使ってしまう")
        for start, stop in gambling:
            why = "ギャンブルに生活のお金を使ってしまう（依存の心配）"
            ev.add("health", "field", start, stop, why)


# ---------------------------------------------------------------- health words that say
# something else here (round 9b): a disabled person's panic, someone else's exhaustion, an
# older relative's injury that leaves them needing care. (A mental illness named beside a
# disability service, 統合失調症で作業所に, stays health as well: round 10b.)

# The exhaustion rows (疲れ果てた, 疲れ切った …): the writer's own, unless said of another.
_EXHAUSTION = frozenset({"疲れ果てる", "疲れ切る", "疲労困憊", "疲れ…取れる…ない", "過労"})
# 「疲れ切っているようです」「疲れ果ててるみたい」: how someone else seems.
_SEEMS = re.compile(
    r"(?:て|で)?(?:い|お)?(?:る|た)?(?:よう|みたい|らしい|らしく|っぽ)"
    r"|(?:て|で)(?:い|お)?(?:る|た)そう(?:です|だ|や|な)"
)
# Injuries that leave an older person in bed or in need of help (腰を悪くして寝たきり).
_INJURIES = frozenset(
    {
        "腰…悪くする",
        "膝…悪くする",
        "腰…痛める",
        "痛める",
        "骨折",
        "怪我",
        "腰痛",
        "ぎっくり腰",
        "腰をやる",  # 31s8: 「父が腰をやって」 (口語)
        "こしをやる",
        "膝をやる",
        "ひざをやる",
        "捻挫",
        "打撲",
        "脱臼",
    }
)
_PANIC_ILLNESS = re.compile(r"障害|障がい|発作|症")
_SUBJECT_AFTER = re.compile(r"(?:が|は|も|って)(?!の)")


def _health_in_context(found: _Found, ev: _Evidence) -> None:
    """Health words that are not the writer's health concern where they stand."""
    health = found.get("field", "health")
    if found.get("field", "disability"):
        _panic_of_a_disabled_person(found, health, ev)
    _exhaustion_of_others(found, health, ev)
    if _own_partners(found):
        _watched_by_a_partner(health, ev)
    if found.get("field", "care"):  # 介護, 寝たきり, 認知症: not only 転んで (an event)
        _injury_that_needs_care(found, health, ev)
    care = ev.has("care")
    if care:
        _department_for_care(found, health, ev)
        _said_of_the_cared_for(found, health, ev)
    if care or ev.has("child") or ev.has("disability"):
        _carers_sleep_and_strain(found, health, ev)
    if found.cue("violence") and {"dv", "abuse"} & ev.present():
        _injury_from_violence(found, health, ev)


def _panic_of_a_disabled_person(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「発達障害のある息子が学校でパニックを起こして」: a disabled person's panic is part of
    the disability, not a panic disorder (パニック障害, パニック発作 still are health)."""
    text = found.text
    why = "障害のある人のパニック（障害の相談として扱う）"
    for hit in health:
        if hit.entry.form == "パニック" and not _PANIC_ILLNESS.match(text, hit.end):
            ev.drop("health", hit.start, hit.end, why)


def _subject_before(found: _Found, hit: Hit) -> Hit | None:
    """The person named as the subject (母が, 姉は, 義母も) nearest before ``hit`` in its
    clause (「夫が単身赴任で、疲れ切って」: the comma ends the husband's clause)."""
    clauses, text = found.tokens.clauses, found.text
    before = [
        p
        for p in found.persons
        if p.end <= hit.start
        and clauses[p.first] == clauses[hit.first]
        and _SUBJECT_AFTER.match(text, p.end) is not None
    ]
    return max(before, key=lambda p: p.end) if before else None


def _exhaustion_of_others(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「姉がひとりで育てていて疲れ切っています」「父の介護で疲れ切っているようです」: someone
    else worn out is not the writer's own health concern (the writer's own exhaustion is)."""
    text = found.text
    why = "ほかの人の疲れ（書き手自身の健康の相談ではない）"
    for hit in health:
        if hit.entry.form not in _EXHAUSTION:
            continue
        subject = _subject_before(found, hit)
        if subject is not None:
            other = subject.entry.label != "self"
        else:
            other = _SEEMS.match(text, hit.end) is not None
        if other:
            ev.drop("health", hit.start, hit.end, why)


# The feeling of being watched or overheard (見張られている気がする, 盗聴されている).
_WATCHED = frozenset(
    {
        "見張る…気がする",
        "監視…気がする",
        "盗聴…気がする",
        "盗聴されている",
        "誰かに見張られる",
        "誰かに監視される",
        "狙われている気がする",
    }
)


def _watched_by_a_partner(health: list[Hit], ev: _Evidence) -> None:
    """「元夫に見張られている気がする」: watched by a partner or an ex is control (DV), not
    a sign of illness."""
    why = "パートナーや元パートナーからの見張り・監視（DVとして扱う）"
    for hit in health:
        if hit.entry.form in _WATCHED:
            ev.drop("health", hit.start, hit.end, why)


def _injury_that_needs_care(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「ばっちゃが腰悪くして寝たきりに」「義母も腰を痛めてしまい、老老介護で限界」: an older
    relative's injury in a message about their care is care, not a health matter (the
    writer's own bad back, 介護で腰を痛めた, still is)."""
    why = "高齢の家族のけが（介護の相談として扱う）"
    for hit in health:
        if hit.entry.form not in _INJURIES:
            continue
        subject = _subject_before(found, hit)
        if subject is not None and subject.entry.label in _OLDER_KIN:
            ev.drop("health", hit.start, hit.end, why)
            ev.hit("care", "field", hit, why)


_DEPARTMENT = frozenset({"何科"})  # 「何科に行けばいい？」: which department to see
_SEEING_A_DOCTOR = frozenset({"受診"})  # 「何科を受診すれば」: said with the question


def _department_for_care(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「ものわすれ外来って何科に行けばいいですか」「母が認知症かも。何科を受診すれば」: which
    department to take an older person to, in a message about their care, is a care question
    (the writer's own symptoms, 頭痛, めまい, still are health)."""
    sentences = found.tokens.sentences
    asked = {sentences[h.first] for h in health if h.entry.form in _DEPARTMENT}
    if not asked:
        return
    why = "介護の相談の中で、どの科にかかるかの質問（介護の相談として扱う）"
    for hit in health:
        form = hit.entry.form
        if form in _DEPARTMENT or (form in _SEEING_A_DOCTOR and sentences[hit.first] in asked):
            ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------------------------------- round 11b: health words
# that belong to someone's care

# A low mood (落ち込む, 気力がない): the older person's own, about their decline.
_MOOD = re.compile(r"落ち込|おちこ|気力|無気力|ふさぎ|塞ぎ|元気が(?:な|出)")
_THE_PERSON = re.compile(r"本人(?:も|が|は|って)")
# A visit to the doctor that the older person will not make (受診してくれない, 受診を嫌がる).
_VISITS = frozenset({"受診", "通院", "精神科"})
_REFUSED = re.compile(
    r"(?:を|に|へ|は|も)?(?:して|し|に行って|にいって|行って|いって)?(?:もらえ|は)?"
    r"(?:くれ(?:ない|ません|ず|へん|ん|なく|ね)|たがら|嫌が|いやが|拒|断|しようとし(?:な|ませ)"
    r"|行こうとし(?:な|ませ)|いこうとし(?:な|ませ)|聞か(?:な|ん)|聞きませ|きか(?:な|ん))"
)


def _said_of_the_cared_for(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「ばあちゃんが最近おもらしするようになって、本人も落ち込んでる」「父は物忘れがひどいのに受診
    してくれません」: in a message about an older person's care, their own low mood or their
    refusal to see a doctor is part of that care, not a health matter of the writer's (「介護で
    私が落ち込んで」, 「私が受診したい」 still are)."""
    text = found.text
    for hit in health:
        surface = text[hit.start : hit.end]
        mood = _MOOD.search(surface) is not None
        refused = hit.entry.form in _VISITS and _REFUSED.match(text, hit.end) is not None
        if not (mood or refused):
            continue
        subject = _subject_before(found, hit)
        if subject is not None:
            theirs = subject.entry.label in _CARED_FOR | {"grandparent"}
        elif mood:
            theirs = _THE_PERSON.search(text, _clause_start(found, hit), hit.start) is not None
        else:
            theirs = not any(p.entry.label == "self" for p in found.persons)
        if theirs:
            why = "介護の要る人の落ち込みや受診の拒否（介護の相談として扱う）"
            ev.drop("health", hit.start, hit.end, why)


def _clause_start(found: _Found, hit: Hit) -> int:
    """The normalised offset where the clause holding ``hit`` begins."""
    clauses = found.tokens.clauses
    first = hit.first
    while first > 0 and clauses[first - 1] == clauses[hit.first]:
        first -= 1
    return found.tokens.starts[first]


# Lost sleep (寝不足, 眠れない, 一睡も) and the strain of being about to break down (体がもたない,
# 私が倒れそう); not exhaustion as a state (疲れ果てた, 疲れ切った: round 9 keeps those health).
_SLEEP = re.compile(
    r"眠れ|ねむれ|寝られ|ねられ|寝らん|ねらん|寝れ|ねれ|寝不足|睡眠不足|不眠|一睡|寝て(?:い)?(?:な|ませ|へん|ねえ)"
    r"|(?:寝る|ねる|眠る)(?:暇|ひま|時間)"
)
_BREAKING_DOWN = re.compile(r"もた(?:な|へ|ん|ず)|持た(?:な|へ|ん|ず)|倒れそう|たおれそう")
# Looking after someone: the care of a parent or a child, watching them at night.
_CARING = re.compile(
    r"介護|世話|せわ|看病|見張|見守|目が離せ|目を離せ|夜泣き|授乳|寝かしつけ|育児|子育て|ワンオペ"
    r"|徘徊|おむつ|オムツ|介助|付き添|面倒を?見|面倒み"
    r"|看て|看る|看とる|看ちょる"  # 40a21: 「九十の母を看ております。…もう体がもちません」
)


def _carers_sleep_and_strain(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「発達障害の娘の世話で寝不足なのに」「夜中に祖母が出て行こうとするので、見張っていてこっちが
    寝られません」「要介護3の母の所に通っています。…このままだと私が先に倒れそう」: a carer's sleep
    lost to the caring (told in the sentence of the caring or of the one cared for) and the
    strain of caring (体がもたない, 私が倒れそう, told after it) are the care or child matter,
    not a health one, as the labelled sets have it (o003, o072, j083, n116, g051). Sleep
    loss told in a sentence of its own (i040: 「私は最近眠れなくて朝起きるのがつらいです」),
    exhaustion (疲れ果てた) and other health words (心療内科, うつ, 腰痛) still count."""
    text = found.text
    why = "世話や介護による寝不足・体がもたない（本人の健康の相談には数えない）"
    cared = [key for key in ev.items if key[0] == "care"]
    for hit in health:
        surface = text[hit.start : hit.end]
        if _SLEEP.search(surface):
            begin, end = _sentence_around(text, hit.start, hit.end)
            o_begin, o_end = ev.norm.original_span(begin, end)
            told = _CARING.search(text, begin, end) is not None or any(
                o_begin <= key[1] and key[2] <= o_end for key in cared
            )
            # 「ばあちゃん、夜中に外出てっちゃうんさ。こっちが寝らんねえよ」: the carer's own
            # sleep (こっちが), told right after the sentence of the one cared for (23e).
            if not told and begin > 0 and _CARER_SELF_23e.match(text, begin):
                p_begin, _ = _sentence_around(text, begin - 1, begin - 1)
                p_o_begin, _ = ev.norm.original_span(p_begin, begin)
                told = any(p_o_begin <= key[1] and key[2] <= o_begin for key in cared)
        elif _BREAKING_DOWN.search(surface):
            told = _CARING.search(text, 0, hit.start) is not None
        else:
            continue
        if told:
            ev.drop("health", hit.start, hit.end, why)


# 22f: a worry or a fear named as the cause of lost sleep (心配で, 怖くて, どうなるのか…).
_WORRY_BEFORE_SLEEP = re.compile(
    r"(?:心配|不安|怖|こわ|恐|おそろし|気がかり|気掛かり|どうなる|どうなって|考えると|思うと)"
    r"[^。！？!?]{0,10}$"
)


def _sleep_lost_to_a_worry(found: _Found, ev: _Evidence) -> None:
    """「障害のある子の親亡き後が心配で眠れません」「怖くて眠れません」「私が倒れたら二人とも
    どうなるのか、夜も眠れません」: sleep lost to the worry the message is about belongs to that
    matter (w103, x077, w040), not to a health one; sleeplessness with no cause named (「ただ
    最近ぜんぜん眠れなくて」) and other health words still count."""
    text = found.text
    why = "心配ごとで眠れない（その心配ごとの相談として扱う）"
    for hit in found.get("field", "health"):
        if not _SLEEP.search(text, hit.start, hit.end):
            continue
        # The sentence the words start in: a hit may end on the 。 after them.
        begin, _ = _sentence_around(text, hit.start, hit.start + 1)
        if _WORRY_BEFORE_SLEEP.search(text, begin, hit.start) is not None:
            ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------------------------------- an 8050 family's money

_PARENTS_MONEY = frozenset(
    {"親…年金", "母…年金", "父…年金", "両親…年金", "年金…暮らす", "年金…生活"}
)
_PARENTS_SUPPORT = frozenset({"年金", "養う", "仕送り"})  # not 養ってもらう (the writer's own)
# A stated shortage or strain beside living on the parents' money: 年金だけ, 頼り, 将来が不安,
# 親が倒れたら, 共倒れ, 無職, 働けない, 苦しい, ぎりぎり.
_STRAIN = re.compile(
    r"だけ|しか|頼り|頼み|頼っ|頼る|不安|心配|将来|この先|先が|倒れたら|亡くなったら|いなくなったら"
    r"|死んだら|共倒れ|無職|働けな|働けず|苦し|厳し|ぎりぎり|ギリギリ|足りな|足らな|尽き|底をつ"
    r"|生活でき|暮らせな|やっていけな"
    # 41e22: the same in kana (「わたしらが しんだら どうなる のか」)
    r"|ふあん|しんぱい|しょうらい|このさき|たおれたら|なくなったら|しんだら|ともだおれ|むしょく"
    r"|はたらけな|くるし|きびし|たりな|たらな|そこをつ|せいかつでき|くらせな"
)


def _support_without_shortage(found: _Found, ev: _Evidence) -> None:
    """「70代の両親が40歳の弟を養ってる」「九十の父の年金で、六十の私が暮らしています」: an
    8050 family living on the parents' pension, with no shortage or strain stated, is no
    money matter of its own (年金だけ, 将来が不安, 親が倒れたら … still are; so is the
    middle-aged writer's 養ってもらっている)."""
    if _STRAIN.search(found.text):
        return
    why = "8050：親の年金や仕送りで暮らしている（足りない・不安などの言葉がない）"
    for hit in found.get("field", "hardship"):
        if hit.entry.form in _PARENTS_MONEY:
            ev.drop("hardship", hit.start, hit.end, why)
    for hit in found.cue("dependency"):
        if hit.entry.form in _PARENTS_SUPPORT:
            ev.drop("hardship", hit.start, hit.end, why)


# An 8050 family's money is above; a couple living on their pension, with nothing short.
_PENSION_LIFE = frozenset({"年金暮らし", "年金…暮らす", "年金…生活"})
_SHORT = re.compile(r"残ら|残りませ|減る一方|減って|赤字|切り詰|切りつめ|節約|カツカツ|かつかつ")


def _pension_life_without_shortage(found: _Found, ev: _Evidence) -> None:
    """「年金暮らしの夫婦ですが、住民税の通知の見方を教えてください」: living on a pension, said
    of oneself with no shortage or strain and no other money trouble, is no hardship (年金だけ
    では, 手元に残らない, 貯金が減る一方 still are)."""
    pension = [h for h in found.get("field", "hardship") if h.entry.form in _PENSION_LIFE]
    if not pension:
        return
    span = ev.norm.original_span
    told = {span(h.start, h.end) for h in pension}
    if any(key[0] == "hardship" and (key[1], key[2]) not in told for key in ev.items):
        return
    if _STRAIN.search(found.text) or _SHORT.search(found.text):
        return
    why = "年金で暮らしている（足りない・苦しいなどの言葉がない）"
    for hit in pension:
        ev.drop("hardship", hit.start, hit.end, why)


# ---------------------------------------------------------------- a child's development and
# language (round 11b)

_DEVELOPMENTAL = re.compile(
    r"発達|自閉|ADHD|ASD|アスペルガー|学習障害|グレーゾーン|ダウン症|多動|注意欠如"
)
# Services and signs of a grown son or daughter (besides _ADULT_SIGNS).
_GROWN_SERVICES = re.compile(r"作業所|グループホーム|就労|[AB]型|障害年金|成年後見|親亡き")
# (decide calls the rule only with a 言 or a 口 in the message)
_MANNERS = re.compile(
    r"言葉(?:づかい|遣い|使い)|口(?:が|の)(?:悪|わる)|口が汚|汚い言葉|乱暴な言葉|暴言"
)


def _development_and_manners_of_a_child(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「小2の娘が発達グレーと言われました」: a son's or daughter's developmental disability is a
    child matter too; 「息子がゲーム中に『しね』とか叫んでいて、言葉づかいが気になります」: so is
    their language. Not a grown son or daughter (an adult age, work, 作業所, グループホーム,
    8050)."""
    text = found.text
    developmental = [
        h
        for h in found.get("field", "disability")
        if _DEVELOPMENTAL.search(text, h.start, h.end) is not None
        or (
            _DEV_MORE_30p8.search(text, h.start, h.end) is not None
            and _CARED_SON_30p8.search(text) is None
        )
    ]
    manners = _MANNERS.search(text) is not None
    if not (developmental or manners) or ev.has("child"):
        return
    children = [p for p in found.persons if p.entry.label == "child"]
    if not children or {"8050", "hikikomori"} & ev.present():
        return
    if any(a.person == "child" and a.years >= ADULT_AGE for a in ages):
        return
    if _ADULT_SIGNS.search(text) or _GROWN_SERVICES.search(text):
        return
    for hit in developmental:
        if _owner(found, hit)[0] in children or any(_describes(text, hit, c) for c in children):
            ev.hit("child", "field", hit, "子どもの発達の障害（子ども・子育ての相談でもある）")
    if developmental and not ev.has("child"):
        _development_told_of_a_child_30p8(found, developmental, children, ev)
    if manners and not ev.has("child"):
        for match in _MANNERS.finditer(text):
            begin, _ = _sentence_around(text, match.start(), match.end())
            if any(begin <= c.start and c.end <= match.start() for c in children):
                ev.add("child", "field", match.start(), match.end(), "子どもの言葉づかい・暴言")


# 30p8: 「自閉スペクトラム症の息子」「発達グレーと言われた年長の息子」「娘に知的障害があると
# 言われました」: a few more words between the disability and the son or daughter.
_DEV_BEFORE_30p8 = re.compile(
    r"[^。、！？!?\n]{0,12}?(?:の|のある|がある|を持つ|をもつ|な|ている|てる|された|れた)"
)
_DEV_AFTER_30p8 = re.compile(r"(?:に|には|は|が|も)(?:[^。、！？!?\n]{0,4}?)")
_DEV_MORE_30p8 = re.compile(r"知的|療育")
_CARED_SON_30p8 = re.compile(r"介護|かいご")  # 「知的障害のある息子の介護」: a grown son


def _development_told_of_a_child_30p8(
    found: _Found, developmental: list[Hit], children: list[Hit], ev: _Evidence
) -> None:
    """A son's or daughter's developmental or intellectual disability named a few words away
    (the caller has ruled out a grown son or daughter)."""
    text = found.text
    for hit in developmental:
        for child in children:
            if hit.end <= child.start:
                near = _DEV_BEFORE_30p8.fullmatch(text, hit.end, child.start) is not None
            else:
                near = child.end <= hit.start and (
                    _DEV_AFTER_30p8.fullmatch(text, child.end, hit.start) is not None
                )
            if near:
                ev.hit("child", "field", hit, "子どもの発達の障害（子ども・子育ての相談でもある）")
                return


# ---------------------------------------------------------------- children as the reason

# 「子どもたちのためにも我慢する」「子どものことを考えると離婚できない」「子どもがいるから別れ
# られない」: the children named as the reason to stay with a partner.
_FOR_THE_CHILDREN = re.compile(
    r"(?:子供|子ども|こども|子)(?:たち|達|ら)?"
    r"(?:の(?:ため|為)(?:に|と思って)?(?:も|は)?|の(?:こと|事)を(?:考える|思う)と"
    r"|が(?:[0-9一二三四五]人|ふたり|さんにん)?(?:いる|おる)(?:から|ので|し))"
    r"[、,]?[^。]{0,12}?(?:我慢|がまん|耐え|たえ|離婚|別れ|わかれ|家を出|逃げ)"
)


def _children_as_the_reason(found: _Found, ev: _Evidence) -> None:
    """「旦那に通帳を取り上げられて…子どもたちのためにも我慢するべきなのか」: children named
    as the reason to put up with a partner are no child matter by that alone (a child who
    sees the violence, or one given an age, still is)."""
    if not _own_partners(found):
        return
    spans = [m.span() for m in _FOR_THE_CHILDREN.finditer(found.text)]
    if spans:
        why = "パートナーとの関係を続ける理由としての子ども（子どもの相談ではない）"
        ev.drop_inside("child", spans, why)


def _child_present(found: _Found, ages: list[Age], minor: bool) -> bool:
    """A child (not an adult son or daughter) is what the message is about."""
    if minor or found.get("field", "child"):
        return True
    if not any(h.entry.label == "child" for h in found.persons):
        return False
    grown = any(a.person == "child" and a.years >= ADULT_AGE for a in ages)
    return not grown and not found.cue("stay_home")


# A trip the children chose (キャンプ, 旅行, 合宿), told in the sentence of 「子どもだけで」.
_TRIP = re.compile(
    r"キャンプ|旅行|りょこう|合宿|がっしゅく|遠征|修学旅行|ツアー|泊まりに|お泊り|お泊まり|帰省"
)


def _a_trip_of_their_own(found: _Found, alone: list[Hit]) -> bool:
    """「高校生の息子たちが子どもだけで何日もキャンプに行くと言っていて心配です」: children going
    on a trip by themselves is a parent's worry, not a sign of neglect."""
    text = found.text
    for hit in alone:
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _TRIP.search(text, begin, end) is None:
            return False
    return True


def _neglect(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Neglect described by its signs: unwashed, hungry, alone at night or for days."""
    if not _child_present(found, ages, minor):
        _neglect_of_adults(found, ev)
        return
    reasons = found.cue("neglect_sign") + found.cue("withheld_care")
    alone, absent = found.cue("alone_child"), found.cue("parent_absent")
    night, days = found.cue("night"), found.cue("days")
    loitering, repeated = found.cue("loitering"), found.cue("repeated")
    if alone and (night or days) and not _a_trip_of_their_own(found, alone):
        reasons += alone + night + days
    # 「夜遅くまでうろうろしている小学生」: out late, wandering (not 夜に子どもとコンビニへ).
    reasons += [h for pair in found.same_sentence(night, loitering) for h in pair]
    if absent and (night or days or alone or repeated):
        reasons += absent + night + days + alone + repeated
    if minor and _only_hunger(found, reasons):
        return  # 「部活おわっておなかすいたー」: a pupil who is hungry now, no sign of neglect
    for hit in reasons:
        ev.hit("abuse", "crisis", hit, f"ネグレクトのサイン：{hit.entry.note}")
    if reasons and absent:  # the parents stay away: neglect, not a missing person
        why = "親が家をあけている（行方不明でなくネグレクトとして扱う）"
        ev.drop_inside("emergency", [(h.start, h.end) for h in absent], why, overlapping=True)


# Round 27 (35k12): 「下の階、ちっちゃい子2人だけで親がもう何日も帰ってきてない。ベランダで
# 泣いてる」: small (or crying) children left alone for days (said in one sentence) are in
# danger now: neglect and an emergency. Not a parent asking whether a teenager may stay
# home alone (させても大丈夫？), nor a past time (前に…ことがあった).
_SMALL_OR_CRYING_35k12 = re.compile(
    r"泣|ないてる|ないてた|ないとる|小さい|ちいさい|ちっちゃい|ちっさい|幼い|おさない|赤ちゃん|あかちゃん|赤ん坊"
    r"|乳児|幼児|園児|(?<![0-9])[0-6](?:歳|さい|才)"
)
_PLANNED_OR_PAST_35k12 = re.compile(
    r"させ|大丈夫|だいじょうぶ|いいですか|いいでしょうか|ありました|あった|昔|むかし|子どもの頃|子供の頃"
)


def _small_children_alone_for_days_35k12(found: _Found, ev: _Evidence) -> None:
    """Small or crying children alone for days while the parents stay away: emergency too."""
    if not ev.has("abuse"):
        return
    text = found.text
    if _SMALL_OR_CRYING_35k12.search(text) is None or _PLANNED_OR_PAST_35k12.search(text):
        return
    alone, days = found.cue("alone_child"), found.cue("days")
    if not found.same_sentence(alone, days):
        return
    why = "小さい子どもだけで何日も過ごしている（今、危険）：緊急（命の危険）"
    for hit in alone + days:
        ev.hit("emergency", "crisis", hit, why)


# Hunger is a sign of neglect told of a child (いつもお腹をすかせている), but a pupil who
# writes お腹すいた is only hungry unless something else is said: every day, for days, no
# food at home, a parent away.
_HUNGER_FORMS = frozenset({"お腹…空く", "おなか…すいてる", "空腹"})
_NEGLECT_BESIDE_HUNGER = ("repeated", "days", "parent_absent", "withheld_care", "no_meals")


def _only_hunger(found: _Found, reasons: list[Hit]) -> bool:
    if not reasons or any(h.entry.form not in _HUNGER_FORMS for h in reasons):
        return False
    if found.get("crisis", "emergency"):  # 「おなかすいたけどママがかえってこない」
        return False
    return not any(found.cue(label) for label in _NEGLECT_BESIDE_HUNGER)


_UNKEPT_CUES_34b12 = frozenset({"neglect_sign", "no_meals"})
# Kin who may live with an older parent and be the ones to look after them.
_CARERS_34b12 = frozenset({"sibling", "child"})


def _parent_of_8050_needs_help_34b12(found: _Found, ev: _Evidence) -> None:
    """「おれも腰まがって歩ぐのもやっとだ、四十五の娘は十年も家さこもって」: in an 8050 message
    the writer is the old parent; the writer's own failing body (said of the writer, the nearest
    person before it) is care even with no age given. Not the middle-aged child's."""
    for hit in found.cue("care_need"):
        before = [p for p in found.persons if p.end <= hit.start]
        if before and max(before, key=lambda p: p.end).entry.label == "self":
            ev.hit("care", "field", hit, "8050の親（書き手）が手助けを要する：介護の相談")


def _sign_on_a_grown_child_34b12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「四十五の娘は十年も家さこもって…風呂もたまにしか入らね」: a sign of neglect said of a
    son or daughter given an adult age (the nearest person before it) is their own withdrawal,
    not a child neglected. Not a young child named between them (「30の息子が孫を風呂に入れん」)."""
    grown = [a.person_hit for a in ages if a.person == "child" and a.years >= ADULT_AGE]
    if not grown:
        return
    for hit in found.cue("neglect_sign"):
        before = [p for p in found.persons if p.end <= hit.start]
        if not before:
            continue
        owner = max(before, key=lambda p: p.end)
        if any(g is not None and _overlaps(owner, g) for g in grown):
            why = "大人の子のこと（子どもへのネグレクトではない）"
            ev.drop("abuse", hit.start, hit.end, why)


def _older_kin_left_unkept_34b12(found: _Found, ev: _Evidence) -> None:
    """「父が認知症で、兄夫婦がいっしょに住んどるはずなのに、三日もごはん食べとらん…汚れた服の
    まま」: an older parent (care) who lives with a brother, sister, son or daughter and is then
    told unfed or unwashed is elder neglect by those who live with them. Not the writer's own
    life with the parent (「認知症の母と同居で、お風呂に入りたがらない」: no other kin lives
    there), nor signs told before the household (「汚れた服で…兄と住んどる」)."""
    if ev.has("abuse"):
        return
    older = found.get("field", "care") or found.cue("elderly")
    if not older or not (found.person_labels() & _OLDER_KIN or found.cue("elderly")):
        return
    households = [
        co
        for co in found.cue("co_residence")
        if any(
            p.entry.label in _CARERS_34b12 and p.end <= co.start and co.start - p.end <= 6
            for p in found.persons
        )
    ]
    if not households:
        return
    first = min(h.start for h in households)
    signs = [h for h in found.cue("neglect_sign") + found.cue("no_meals") if h.start > first]
    if not signs:
        return
    why = "同居の家族がいるのに食事や身なりの世話がされていない（高齢者へのネグレクト）"
    for hit in signs:
        ev.hit("abuse", "crisis", hit, why)
    for hit in households:
        ev.hit("care", "field", hit, why)


def _neglect_of_adults(found: _Found, ev: _Evidence) -> None:
    """An older or disabled person not fed or looked after by those who should (ネグレクト)."""
    withheld = found.cue("withheld_care")
    if not withheld:
        return
    elderly = found.cue("elderly")
    older = elderly or found.get("field", "care") or found.cue("care_setting")
    grandparent = "grandparent" in found.person_labels()  # 「兄が祖母にご飯を食べさせてない」
    if not (older or grandparent or found.get("field", "disability")):
        return
    for hit in withheld:
        ev.hit("abuse", "crisis", hit, f"高齢の人や障害のある人へのネグレクト：{hit.entry.note}")
    for hit in elderly:
        ev.hit("care", "field", hit, "高齢の人へのネグレクト")


def _bruise(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """A bruise is abuse on a child or an older person, DV on a partner."""
    bruises = found.cue("bruise")
    partner = _own_partners(found)
    if _child_present(found, ages, minor):
        label = "abuse"
    elif partner:
        label = "dv"
    elif found.cue("elderly") or found.cue("care_setting") or ev.has("care"):
        label = "abuse"
    else:
        return
    whose = "パートナーから" if label == "dv" else "子どもや高齢の人に"
    for hit in bruises:
        ev.hit(label, "crisis", hit, f"{whose}：{hit.entry.note}")


def _discharge(found: _Found, minor: bool, ev: _Evidence) -> None:
    """A parent or spouse coming home from hospital: looking after them is care."""
    cared = [h for h in found.persons if h.entry.label in _CARED_FOR | {"grandparent"}]
    if minor or not (cared or found.cue("elderly")):
        return
    for hit in found.discharges:
        ev.hit("care", "field", hit, "退院後の家での介護")
    for hit in found.get("field", "health"):
        if hit.entry.form in ("退院", "入院"):
            ev.drop("health", hit.start, hit.end, "退院後の家での介護として扱う")


def _grown_children(ages: list[Age], ev: _Evidence) -> None:
    """「うちの子はもう30歳」: a son or daughter given an adult age is no child matter."""
    for age in ages:
        if age.person == "child" and age.years >= ADULT_AGE and age.person_hit is not None:
            why = f"成人した子（{age.years}歳）"
            ev.drop("child", age.person_hit.start, age.person_hit.end, why)


def _young_children(ages: list[Age], ev: _Evidence) -> None:
    """「1歳の娘がいて」: a son or daughter given a child's age is a child matter."""
    for age in ages:
        if age.person == "child" and age.years < ADULT_AGE and age.person_hit is not None:
            ev.add("child", "field", age.start, age.end, f"子ども（{age.years}歳）")
            hit = age.person_hit
            ev.add("child", "field", hit.start, hit.end, f"子ども（{age.years}歳）")


# 「子どもを」「息子にも」「娘の頭を」, then perhaps an adverb (「下の子を思わず叩いた」).
_VICTIM_MARKS = re.compile(
    r"^(?:たち|達|ら)?(?:に|を|の(?:頭|顔|体|お尻|尻|背中|頬|ほっぺ|腕|手|足)(?:を|に))(?:も|まで)?"
    r"(?:つい|ついつい|思わず|おもわず|また|毎日|いつも|何度も|強く|思い切り|思いっきり)?$"
)
_OWN_ACT = re.compile(r"^(?:て|で)?(?:しま|しも|しちゃ|ちゃ|ちま|じゃ|まう|もうた|もた)")


def _own_act(found: _Found, hit: Hit, partner: list[Hit]) -> bool:
    """「叩いてしまった」「手をあげちゃう」: the writer's own act (regretted), not on a
    partner (「夫を叩いてしまった」)."""
    text = found.text
    if not _OWN_ACT.match(text[hit.end : hit.end + 3]):
        return False
    return not any(
        p.end <= hit.start and _VICTIM_MARKS.match(text[p.end : hit.start]) for p in partner
    )


# 「要介護の母を叩く」「寝たきりの母に父が手を上げる」「認知症の夫をつい叩いてしまう」
_STRUCK = re.compile(
    r"(?:を|に|のこと(?:を)?)(?:も|まで|は)?(?:[^。、]{0,8}?たり)?"
    r"(?:つい|また|毎日|いつも|よく|何度も|[^。、]{0,4}?が)?"
    # 31u8: 「義父のこと怒鳴ってて こないだ叩いてる」: a shout or a push first, then the blow
    r"|(?:を|に|のこと(?:を)?)(?:も|まで|は)?(?:[^。、]{0,4}?が)?(?:怒鳴|どな|罵|ののし|責め|せめ|怒|おこ|キレ|きれ|叱|しか"
    r"|押|おし|突き飛ば|つきとば|つね|蹴|け|引っ張|ひっぱ)[^。、]{0,3}?(?:てて|って|て|てい|とって)"
    r"(?:て|る|た)?、?(?:こないだ|この前|このまえ|この間|昨日|きのう|さっき|今日|きょう|ついに|とうとう"
    r"|最近|さいきん|時々|ときどき|たまに)?(?:は|も)?(?:ついに|とうとう|つい|また|毎日|いつも|よく|何度も)?"
)


def _cared_for_victims_of(found: _Found, violence: list[Hit]) -> list[tuple[Hit, Hit]]:
    """(person, violence) where the one hit is a parent, grandparent or spouse said to need
    care (要介護, 認知症, 寝たきり, a disability), here or elsewhere (母は要介護3です)."""
    needs = (
        found.get("field", "care")
        + found.cue("care_need")
        + found.cue("elderly")
        + found.get("field", "disability")
    )
    if not needs:
        return []
    text = found.text
    kin = [h for h in found.persons if h.entry.label in _CARED_FOR | {"grandparent"}]
    described = {p.entry.label for p in kin if any(_describes(text, h, p) for h in needs)}
    return [
        (person, hit)
        for person in kin
        if person.entry.label in described
        for hit in violence
        if person.end < hit.start
        and _STRUCK.fullmatch(text, person.end, hit.start) is not None
        # 「認知症の主人に叩かれる」: in the passive, the partner named with に hits (23e: DV)
        and not (
            person.entry.label == "spouse"
            and text.startswith(("に", "から"), person.end)
            and _PASSIVE.match(text, hit.end)
        )
    ]


def _child_victim_of(found: _Found, violence: list[Hit]) -> list[tuple[Hit, Hit]]:
    """(child, violence) where the child is the object of the violence (子どもを叩く)."""
    children = found.get("field", "child") + [h for h in found.persons if h.entry.label == "child"]
    text = found.text
    pairs = []
    for child in children:
        for hit in violence:
            between = text[child.end : hit.start]
            if 0 < len(between) <= 10 and _VICTIM_MARKS.match(between):
                pairs.append((child, hit))
    return pairs


_CHILD_BEFORE_PARTNER_28 = re.compile(r"(?:たち|達)?(?:が|は|も|まで)(?:、|\s)?")
_PARTNER_BEFORE_BLOW_28 = re.compile(r"(?:に|から)(?:、|\s)?[^。、]{0,6}")


def _child_struck_by_partner_28(
    found: _Found, violence: list[Hit], partner: list[Hit]
) -> list[tuple[Hit, Hit]]:
    """(child, violence) for 「子どもが夫に叩かれています」「うちの子も旦那に蹴られた」: a child
    (子ども, not 娘 or 息子, who may be grown with a husband of their own) struck by the writer's
    partner, in the passive, is child abuse."""
    text = found.text
    return [
        (child, hit)
        for child in found.get("field", "child")
        for person in partner
        if child.end <= person.start
        and _CHILD_BEFORE_PARTNER_28.fullmatch(text, child.end, person.start) is not None
        for hit in violence
        if person.end <= hit.start
        and _PARTNER_BEFORE_BLOW_28.fullmatch(text, person.end, hit.start) is not None
        and _PASSIVE.match(text, hit.end) is not None
    ]


_CHILD_TOO_30p8 = re.compile(r"(?:たち|達|ら)?(?:まで|も|までも|にまで)(?:、|\s)?")


def _child_hit_too_30p8(found: _Found, violence: list[Hit]) -> list[tuple[Hit, Hit]]:
    """(child, violence) for 「止めに入った息子まで、突き飛ばされました」「娘も蹴られた」: a child
    hit too, in the passive, beside the partner's violence (which stays DV)."""
    children = found.get("field", "child") + [h for h in found.persons if h.entry.label == "child"]
    text = found.text
    return [
        (child, hit)
        for child in children
        for hit in violence
        if child.end < hit.start
        and _CHILD_TOO_30p8.fullmatch(text, child.end, hit.start) is not None
        and _PASSIVE.match(text, hit.end) is not None
    ]


# 「今トイレに隠れてます」「子どもと寝室に鍵かけて隠れてる」「いまベランダに逃げてる」: hiding
# now (not 隠れていた, not 「今は実家に避難しています」, safe again).
_LOCKED_IN = r"(?:い(?:る|ます)|ます|る|とる)(?:$|[。、!！?？\s]|けど|から|ので|んで|んです)"
_HIDING = re.compile(
    r"(?:隠れ|かくれ)(?:て(?:る|います|ます|いる|おる|ん)|とる|ちょる|とります)"
    r"|(?:閉じこも|とじこも|立てこも|たてこも)っ(?:て(?:る|います|ます|いる)|とる)"
    rf"|(?:鍵|カギ|かぎ)(?:を)?(?:かけ|掛け|閉め|しめ)て{_LOCKED_IN}"
    r"|(?:今|いま)(?!は)[^。]{0,12}?(?:逃げ(?:込|こ)ん(?:だ|で)|逃げて(?:る|います|ます|いる))"
)
_HABIT = re.compile(r"いつも|毎回|毎日|たびに|度に|ときは|時は|頃|ころ|昔|以前")


def _hiding_from_danger(found: _Found, ev: _Evidence) -> None:
    """「夫が包丁を持ち出して暴れてる。今トイレに隠れてます」「夫に殴られて、今トイレに
    隠れてます」: someone violent or threatening, whoever it is, and the writer hiding or
    locked in now is an emergency (a habit or the past is not)."""
    text = found.text
    for match in _HIDING.finditer(text):
        begin = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if _HABIT.search(text, begin, match.end()) is None:
            why = "暴力や脅しから今隠れている・閉じこもっている"
            ev.add("emergency", "crisis", match.start(), match.end(), f"{why}：緊急（命の危険）")


_KANA_HUNGER = re.compile(
    r"(?:おなか|オナカ|はら)(?:が|も)?(?:すいた|すいて|へった|ぺこぺこ|ペコペコ)"
)
_KANA_PARENT_AWAY = re.compile(
    r"(?:まま|ママ|ぱぱ|パパ|おかあさん|おとうさん|おかん|かあちゃん|とうちゃん)(?:も|が|は)?"
    r"(?:かえってこ(?:ない|ん|へん)|かえって(?:き|こ)てない|かえらない|いない|いなくて|おらん|いーひん)"
)
_CHILDS_PARENT = re.compile(r"^(?:まま|ママ|ぱぱ|パパ)")
_ADULT_LIFE = frozenset({"hardship", "care", "disability"})


def _kana_child_neglect(found: _Found, ev: _Evidence) -> None:
    """「いえで ごはん でない ひが おおい。おなか すいた」「ママ かえってこない」: a message
    in kana only, telling of no meals at home or a parent away, is a child writing of
    neglect (abuse, child); hunger alone (おなか すいた) is not. A writer with a partner or
    children of their own, money or care troubles, or telling of someone else not eating
    (ははが ごはん たべてない) is an adult."""
    if _ADULT_LIFE & ev.present() or found.person_labels() & {"spouse", "child"}:
        return
    text = found.text
    meals = [(h.start, h.end) for h in found.cue("no_meals") if not _said_of_someone(found, h)]
    away = list(_KANA_PARENT_AWAY.finditer(text))
    hunger = [m.span() for m in _KANA_HUNGER.finditer(text)]
    if (
        not (meals or hunger)
        and all(_NOT_HERE_NOW_30n8.search(m.group()) for m in away)
        and _ONE_PARENT_FAMILY.search(text)
    ):
        return  # 「パパ いない。シングルマザーです」: a parent telling of a family with one parent
    mama = [m.span() for m in away if _CHILDS_PARENT.match(m.group())]
    if not (meals or mama or (hunger and away)):
        return
    if not (meals or hunger) and _parent_out_in_an_emergency_30n8(away, ev):
        for start, end in mama:
            ev.add("child", "field", start, end, "子どもが書いている（ひらがなで「ママいない」）")
        return
    why = "子どもが書くネグレクトのサイン"
    for start, end in meals + [m.span() for m in away] + hunger:
        ev.add("abuse", "crisis", start, end, f"{why}：食事が出ない・親が帰ってこない・空腹")
        ev.add("child", "field", start, end, f"{why}（本人が子ども）")
    ev.drop_inside(
        "emergency",
        [m.span() for m in away],
        "親が家をあけている（行方不明でなくネグレクトとして扱う）",
        overlapping=True,
    )


# A family with one parent, said by that parent (「パパ いない。シングルマザーです」).
_ONE_PARENT_FAMILY = re.compile(
    r"シングル|しんぐる|母子家庭|父子家庭|ぼしかてい|ふしかてい"
    r"|ひとり親|ひとりおや|一人親|片親|かたおや|りこん|離婚|別居|べっきょ|死別|しべつ"
)


# Round 22 (30n8): 「ママ いない」 (not here now), not 「かえってこない」 (not coming back).
_NOT_HERE_NOW_30n8 = re.compile(r"(?:いない|いなくて|おらん|いーひん)$")


def _parent_out_in_an_emergency_30n8(away: list[re.Match[str]], ev: _Evidence) -> bool:
    """「おとうとが おふろで たおれて うごかない ママいない」: a child telling of an emergency
    says the parent is not there to help right now; with no missing meals or hunger and no
    parent who does not come home, that is the emergency, not neglect."""
    return ev.has("emergency") and all(_NOT_HERE_NOW_30n8.search(m.group()) for m in away)


def _said_of_someone(found: _Found, hit: Hit) -> bool:
    """「ははが ごはん たべてない」: the meals of a person named just before, not the writer's."""
    return any(p.entry.label != "self" and 0 <= hit.start - p.end <= 3 for p in found.persons)


def _bodily_emergency_not_care(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「じいちゃんが呼んでも返事せん。息はしとるけど目ぇ開けん」: a body in danger now
    (unresponsive, not breathing: the emergency words that are health words too) is a
    health matter; an older person's age alone does not make it elderly care (a fall with
    nothing said of the body, 祖母が倒れて動けない, still is)."""
    health = found.get("field", "health")
    emergencies = found.get("crisis", "emergency")
    if not any(_overlaps(h, e) for h in health for e in emergencies):
        return
    span = ev.norm.original_span
    only_old = {span(h.start, h.end) for h in found.cue("elderly") + emergencies}
    only_old |= {span(a.start, a.end) for a in ages if a.years >= ELDERLY_AGE}
    care = [(key[1], key[2]) for key in ev.items if key[0] == "care"]
    if all(item in only_old for item in care):
        why = "体の急変（救急・健康の相談。高齢というだけで介護にしない）"
        ev.drop_inside("care", [(0, len(found.text))], why)


# 22f: a school grade or a young child's word beside the son or daughter (小学2年の息子).
_YOUNG_MARK = re.compile(
    r"小学|小[1-6１-６](?![0-9０-９])|中学|中[1-3１-３](?![0-9０-９])|幼稚園|保育園|年長|年少|園児"
    r"|赤ちゃん|幼児|乳児|(?<![0-9０-９])(?:[0-9０-９]|1[0-2]|１[０-２])\s?(?:歳|才|さい)"
)
_YOUNG_YEARS = 13


def _young_child_in_danger(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「小学２年の息子がまだ帰ってきません」「５さいの息子が公園でいなくなりました」: a young
    son or daughter missing or in danger now is also a matter of the child (w048, z045); a
    grown son (「40代の息子と連絡がとれない」) is not."""
    text = found.text
    young = {a.person_hit for a in ages if a.person == "child" and a.years < _YOUNG_YEARS}
    for person in found.persons:
        if person.entry.label != "child":
            continue
        begin, _ = _sentence_around(text, person.start, person.end)
        if person in young or _YOUNG_MARK.search(text, begin, person.start) is not None:
            ev.hit("child", "field", person, "子どもの今の危険（子どもの相談でもある）")


# ---------------------------------------------------------------- round 10a: crisis


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the normalised span [start, end). A word matched on a polite
    negative read as plain (nlp.plain: 「応答がありません。」→「応答がない。   」) may end past
    its 。 in the spare spaces: the sentence it starts in holds it."""
    ran_on: tuple[int, int] | None = None  # 37j20: the hit runs on past its 。
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() <= start and end <= sentence.end():
            return sentence.span()
        begins_here = sentence.start() <= start < sentence.end()
        if ran_on is None and begins_here and not text[sentence.end() : end].strip("。！？!? "):
            ran_on = sentence.span()
    return ran_on if ran_on is not None else (start, end)


def _raise_label(found: _Found, ev: _Evidence, label: str, hit: Hit, why: str) -> None:
    """A label a rule decided on, also made visible to the rules that run after it (an
    emergency is a need for care beside an older person; a body in danger is health)."""
    group = "field" if label in FIELDS else "crisis"
    hits = found.by.setdefault((group, label), [])
    if hit not in hits:
        hits.append(hit)
    ev.hit(label, group, hit, why)  # type: ignore[arg-type]


# How long someone has not answered: 「3日前から」「昨日から」「二日も」「何日も」「一週間」.
_DAYS_SILENT = re.compile(
    r"(?:昨日|きのう|昨夜|ゆうべ|昨晩|おととい|一昨日|先週|[0-9一二三四五六七八九十何数]+日(?:前|まえ))"
    r"(?:の(?:夜|朝|晩|昼|夕方))?(?:から|以来)"
    r"|(?:[0-9]+|[二三四五六七八九十何数]|[二三四五六七八九]?十[一二三四五六七八九]?|丸一|まる一|丸|まる)日"
    r"(?![にのはでを曜酔])"
    r"|[0-9一二三四五六七八九十数]+週間|一週間"
)
# A habit, told in the sentence of the silence (電話に出ないことが多い, 普段から出ない);
# 「いつもは」「普段は」「いつもすぐ出るのに」 set the silence against the habit: they do not count.
_HABIT_OF_SILENCE = re.compile(
    r"ことが(?:多|よく|ある|あり|たまに|しょっちゅう)|ことも(?:ある|あり|多)"
    r"|(?:いつも|普段|ふだん)(?!は|なら|[^。]{0,8}?のに)|しょっちゅう|たまに|よくある|昔から"
    r"|もともと|元々"
)
# A reason for it anywhere in the message: someone busy or away, a quarrel or a boyfriend, a
# customer's complaint, a broken phone, an office's line (市役所の電話がつながらない).
_REASON_FOR_SILENCE = re.compile(
    r"忙し|仕事中|出張|旅行|入院|夜勤|海外|合宿|修学旅行|単身赴任|留学|キャンプ|登山|圏外"
    r"|喧嘩|けんか|ケンカ|怒って|怒らせ|無視|ブロック|スルー|機嫌|嫌われ|寝て(?:る|いる)だけ"
    r"|お客|取引先"
    r"|彼氏|元彼|元カレ|元カノ|元夫|元妻|元旦那|交際相手|好きな人|片思い|片想い"
    r"|故障|壊れ|調子が|電波|回線|料金|止められ|解約|充電|電池|機種変"
    r"|(?:役所|役場|窓口|会社|病院|センター|サポート|ダイヤル|事務所|業者|大家|店|保健所|学校)"
    r"(?:の|に|へ|まで)?(?:電話|でんわ)"
)
_LEAD_IN = 12  # characters of the next sentence that may tell how long (もう3日になります)
# 「3日ないと不安になる」「既読にならないのは普通」: a condition or a habit, not what happens.
_NO_ANSWER_TAIL = re.compile(
    r"と(?:不安|心配|困|怒|イライラ|いらいら|落ち着|気にな)|ば|なら|たら|のは(?:普通|当たり前|いつも|よく)"
)


def _no_answer_for_days(found: _Found, ev: _Evidence) -> None:
    """「一人暮らしの85歳の父が、3日前から電話に出ません」「二日も電話がつながらない」「何日も既読
    にならない」: someone who has not answered for a day or more is not seen for days (an
    emergency); a habit, someone busy or away, a quarrel or a broken phone is not."""
    text = found.text
    if _REASON_FOR_SILENCE.search(text):
        return
    why = "何日も電話に出ない・既読にならない：緊急（安否がわからない）"
    for hit in found.cue("no_answer"):
        if _NO_ANSWER_TAIL.match(text, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _HABIT_OF_SILENCE.search(text, begin, end):
            continue
        length = _DAYS_SILENT.search(text, begin, end)
        if length is None and end < len(text):
            length = _DAYS_SILENT.search(text, end + 1, min(len(text), end + 1 + _LEAD_IN))
        if length is None:
            continue
        _raise_label(found, ev, "emergency", hit, why)
        ev.add("emergency", "crisis", length.start(), length.end(), why)


# A drug taken in quantity: the overdose rows (薬を大量に, 30錠, OD, オーバードーズ).
_OVERDOSE = re.compile(r"薬|剤|錠|粒|シート|OD|od|オーバード|服薬|くすり|クスリ")
# After 起きない: the past (起きなかった), a wish or a guess (起きなければいい, 起きないかも).
_NOT_NOW = re.compile(
    r"た|かった|でした|ければ|けりゃ|ば|かな|かも|だろ|でしょ|ように|といい|とええ|と思|とおも"
    r"|でほし|でいい|なら|で済|ですむ|ですみ"
)


def _unresponsive_after_overdose(found: _Found, ev: _Evidence) -> None:
    """「娘が薬を大量に飲んで、呼んでも起きません」「友達がODして、ぐったりして動かない」: after
    an overdose, someone who does not wake or answer is in danger now (an emergency, and a
    health matter); 「薬をいっぱい飲んで、もう起きなければいい」 is a wish, not that."""
    text, sentences = found.text, found.tokens.sentences
    overdoses = [
        h
        for h in found.get("crisis", "suicide") + found.get("field", "health")
        if _OVERDOSE.search(text, h.start, h.end)
    ]
    why = "過量服薬のあと起きない・反応がない：緊急（命の危険）"
    for hit in found.cue("unresponsive"):
        if _NOT_NOW.match(text, hit.end):
            continue
        sentence = sentences[hit.first]
        taken = [
            od
            for od in overdoses
            if od.end <= hit.start and sentence - sentences[od.first] in (0, 1)
        ]
        if taken:
            _raise_label(found, ev, "emergency", hit, why)
            _raise_label(found, ev, "health", hit, "過量服薬のあと起きない（体の急変）")
            for od in taken:
                ev.hit("emergency", "crisis", od, why)


_MISTREATMENT = frozenset({"control", "meals_cut"})
_MISTREATERS = frozenset({"sibling", "child", "spouse"})
_TARGET = re.compile(r"(?:に|を|へ)(?!より)")  # 母に怒鳴る, 父を怒鳴りつける
_BY = re.compile(r"(?:に|から)(?!は)")  # 兄に怒鳴られる
_PASSIVE = re.compile(r"(?:れ|られ|され)")
_OWN_MEALS = re.compile(r"自分|自身|自ら")


def _older_kin_mistreated(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「同居の兄が認知症の母に怒鳴ったり、食事を抜いたりしているようです」「認知症の祖母が同居の
    息子に怒鳴られている」: a son, daughter, brother, sister or partner who shouts at, or cuts
    the meals of, a parent or grandparent in a message about care or old age is elder abuse
    (and care). Not the older person shouting (認知症の父が母に怒鳴る), being shouted at by
    them (認知症の母に怒鳴られる), nor the writer's own outburst (つい怒鳴ってしまう)."""
    old = (
        found.get("field", "care")
        or found.cue("elderly")
        or any(a.years >= ELDERLY_AGE for a in ages)
    )
    if not old:
        return
    text, sentences = found.text, found.tokens.sentences
    why = "家族が高齢の親や祖父母に怒鳴る・食事を抜く（高齢者虐待）"
    for act in found.cue("control") + found.cue("meals_cut"):
        before = [
            p
            for p in found.persons
            if p.end <= act.start and sentences[p.first] == sentences[act.first]
        ]
        passive = _PASSIVE.match(text, act.end) is not None
        for victim in before:
            if victim.entry.label not in _OLDER_KIN or _OWN_MEALS.search(
                text, victim.end, act.start
            ):
                continue
            others = [p for p in before if p.entry.label in _MISTREATERS]
            if passive:
                done = _SUBJECT.match(text, victim.end) is not None and any(
                    victim.end <= p.start and _BY.match(text, p.end) for p in others
                )
            else:
                # 「母の食事を抜く」: の only right before the meals
                target = _TARGET.match(text, victim.end) is not None or (
                    act.start == victim.end + 1 and text[victim.end] == "の"
                )
                done = target and any(_SUBJECT.match(text, p.end) for p in others)
            if done:
                ev.hit("abuse", "crisis", victim, why)
                ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
                _raise_label(found, ev, "care", victim, why)


def _injury_from_violence(found: _Found, health: list[Hit], ev: _Evidence) -> None:
    """「娘が交際相手に殴られているようで、顔にけがをして帰ってきました」: an injury told with
    the violence that caused it, in one sentence, is the violence (DV or abuse), not a
    health matter of its own."""
    sentences = found.tokens.sentences
    struck = {sentences[h.first] for h in found.cue("violence")}
    why = "暴力によるけが（DV・虐待として扱う）"
    for hit in health:
        if hit.entry.form in _INJURIES and sentences[hit.first] in struck:
            ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------------------------------- round 11a: crisis


def _take_back(found: _Found, hit: Hit) -> None:
    """Take a hit back before the rules use it."""
    key = (hit.entry.group, hit.entry.label)
    hits = found.by.get(key)
    if hits and hit in hits:
        hits.remove(hit)
        if not hits:
            del found.by[key]
            if hit.entry.group == "cue":
                found.cues.discard(hit.entry.label)


# Rows of someone keeping the writer in (lexicon 追加（11a）): 「外に出させてくれない」
# 「閉じ込められる」「鍵を取り上げられる」 count only where the one who does it is named.
_KEEPER_CUES = frozenset({"control", "restraint"})
_KEPT_IN = frozenset(
    {
        "出させてくれない",
        "出させてもらえない",
        "外に出してくれない",
        "外に出してもらえない",
        "家から出してくれない",
        "家から出してもらえない",
        "部屋から出してくれない",
        "部屋から出してもらえない",
        "出かけさせてくれない",
        "出かけさせてもらえない",
        "外出させてくれない",
        "外出させてもらえない",
        "行かせてくれない",
        "行かせてもらえない",
        "帰らせてくれない",
        "帰らせてもらえない",
        "出かける…許さない",
        "出かける…許してくれない",
        "出かける…許してもらえない",
        "外出…許さない",
        "外出…許してくれない",
        "外出…許してもらえない",
        "立ちふさがる",
        "立ちはだかる",
        "鍵…取り上げる",
        "鍵…隠す",
        "鍵…奪う",
        "靴…隠す",
        "鍵…かけられる",
        "出られないようにする",
        "出られなくする",
    }
)
_LOCKED_UP = frozenset({"閉じ込める", "監禁", "軟禁"})
_BY_KEEPER = re.compile(r"(?:に|から|によって)(?:は|も)?(?!(?:言|い[わっ]|頼|たの|相談|話))")
_KEEPER_SUBJECT = re.compile(r"(?:が|は|も|って|ったら)(?!の)")
_PASSIVE_AFTER = ("られ", "され", "れ")


def _kept_in_by_no_one(found: _Found) -> None:
    """「夫は…玄関の前に立ちふさがって、私を外に出させてくれません」「夫に寝室に閉じ込められる」
    「夫に車の鍵を取り上げられる」: kept in by the writer's partner is control (DV), by a
    parent or a carer restraint; said with no one who does it (台風で家に閉じ込められた,
    夫とエレベーターに閉じ込められた), or done for the writer (夫が父の鍵を取り上げてくれた),
    it is neither."""
    for label, forms in (("control", _KEPT_IN), ("restraint", _LOCKED_UP)):
        for hit in [h for h in found.cue(label) if h.entry.form in forms]:
            if not _keeper_named(found, hit, partner_only=label == "control"):
                _take_back(found, hit)


def _keeper_named(found: _Found, hit: Hit, *, partner_only: bool) -> bool:
    text, sentences = found.text, found.tokens.sentences
    passive = (
        hit.entry.form.endswith("られる")  # 鍵…かけられる (not 出られないようにする)
        or "もら" in text[hit.start : hit.end]  # 出させてもらえない
        or text.startswith(_PASSIVE_AFTER, hit.end)  # 閉じ込め|られる, 取り上げ|られる
    )
    if not passive and _RECEIVED.match(text, hit.end):
        return False  # 「夫が鍵を隠してくれた」: done for the writer
    people = _own_partners(found) if partner_only else found.persons
    for person in people:
        if person.entry.label == "self" or person.end > hit.start:
            continue
        if sentences[person.first] != sentences[hit.first]:
            continue
        if passive:
            if _BY_KEEPER.match(text, person.end):
                return True
            continue
        if not _KEEPER_SUBJECT.match(text, person.end):
            continue
        between = [p for p in found.persons if person.end <= p.start and p.end <= hit.start]
        # 「夫が父の車の鍵を取り上げた」: a parent's keys, not the writer kept in.
        if partner_only and any(p.entry.label in _OLDER_KIN for p in between):
            continue
        # 「夫が私を閉じ込める」, not 「息子が虫を瓶に閉じ込めて遊ぶ」: someone is locked in.
        if not partner_only and not any(text.startswith("を", p.end) for p in between):
            continue
        return True
    return False


def _withdraw(found: _Found, ev: _Evidence, hit: Hit, why: str) -> None:
    """Take a hit back, and its evidence (kept with the reason, for staff)."""
    _take_back(found, hit)
    if hit.entry.group in _LABEL_GROUPS:
        ev.drop(hit.entry.label, hit.start, hit.end, why)


def _emergency_not_now(found: _Found, ev: _Evidence) -> None:
    """Emergency words that are no one in danger now (see the two helpers)."""
    _fallen_things(found, ev)
    _overdose_on_an_earlier_day(found, ev)


# 「…と言って」「ってLINEしてきて」: words someone else said or sent.
_REPORTED = re.compile(
    r"[」』]?(?:と|って)(?:言って|いって|言い残|言うて|いうて|ゆうて|LINE|ライン|メール|連絡"
    r"|書いて|書き|電話|送って|送られ|送ってき)"
)
# 「出て行った」「飛び出した」: gone from where they were, after speaking of ending their life.
_LEFT = re.compile(
    r"出て(?:行|い)っ|出てった|飛び出|とびだ|家を出|出ていきよ|いなくな|おらんようにな|行方"
)


def _unreachable_after_suicide_talk(found: _Found, ev: _Evidence) -> None:
    """「兄が「もう終わりにする」と言って車で出て行った。電話がつながらない」: someone who spoke of
    ending their life and then left or cannot be reached is in danger now (an emergency)."""
    text, sentences = found.text, found.tokens.sentences
    if _REASON_FOR_SILENCE.search(text):
        return
    told = [
        h
        for h in found.get("crisis", "suicide")
        if _REPORTED.match(text, h.end)
        or any(
            p.entry.label != "self"
            and p.end <= h.start
            and sentences[p.first] == sentences[h.first]
            for p in found.persons
        )
    ]
    why = "死ぬ気持ちを口にしたあと、出て行った・連絡がつかない：緊急（命の危険）"
    for hit in told:
        begin, end = _sentence_around(text, hit.start, hit.end)
        left = _LEFT.search(text, hit.end, end)
        later = [
            h
            for h in found.cue("no_answer")
            if h.start >= hit.end and not _NO_ANSWER_TAIL.match(text, h.end)
        ]
        if left is None and not later:
            continue
        _raise_label(found, ev, "emergency", hit, why)
        for h in later:
            ev.hit("emergency", "crisis", h, why)
        if left is not None:
            ev.add("emergency", "crisis", left.start(), left.end(), why)


# Things that fall over in a storm, a quake or a house: a tree, a wall, a shelf (not
# 大黒柱, the one who keeps the family).
_THING = (
    r"(?:木|樹|樹木|大木|枝|竹|塀|ブロック塀|壁|柵|フェンス|電柱|電信柱|看板|標識|街灯|信号機?|棚|本棚"
    r"|食器棚|タンス|たんす|箪笥|家具|冷蔵庫|テレビ|自転車|バイク|墓石|墓|灯籠|灯篭|石碑|(?<!大黒)柱"
    r"|物置|小屋|倉庫|アンテナ|カーポート|物干し竿|物干し|植木鉢|植木|鉢|プランター|花瓶|ボトル|瓶"
    r"|コップ|グラス|ドミノ|稲|ポール|はしご|梯子|脚立|ゴミ箱|ごみ箱|仏壇|ストーブ|扇風機|ブロック"
    r"|鳥居|ビル|建物)"
)
_FALLEN = re.compile(r"倒れ|たおれ|タオレ")
# 「木が台風で倒れて」「墓石が地震で倒れ」: the thing is the one that fell.
_THING_FELL = re.compile(_THING + r"(?:が|は|も|まで|ごと)[^。、がはも]{0,6}$")
# 「倒れたブロック塀」「倒れている大きな木」
_FELL_THING = re.compile(
    r"(?:た|ている|てる|ていた|てた|かけた|かけの|かけている|かけてる)[^。、をがはにで]{0,4}?"
    + _THING
)
# 「台風で倒れた」: a storm or a quake, just before, felled it.
_STORM_FELL = re.compile(
    r"(?:台風|強風|暴風|突風|大風|竜巻|地震|大雪|雪の重み|大雨)(?:で|により|によって|の(?:せい|影響)で)$"
)
# 「倒れた人を毎日運んでいた」: people who fell, met in a job or again and again.
_FELL_SOMEONE = re.compile(
    r"(?:た|ている|てる|ていた|てた)(?:人|方|患者|利用者|お客|客|高齢者|お年寄り)"
)
_HABIT_OR_JOB = re.compile(
    r"元(?:救急|消防|看護|介護|警察|自衛|医|ヘルパー)|昔|以前|かつて|毎日|毎回|いつも|何度も|何人も"
    r"|しょっちゅう|仕事|職業柄|勤務|ことが(?:ある|あり|あった|多)|ていた|でいた|てきた|慣れ"
)
_FALL_ROWS = (("crisis", "emergency"), ("cue", "care_need"), ("field", "health"))


def _fallen_things(found: _Found, ev: _Evidence) -> None:
    """「台風で裏の木が倒れて」「台風で倒れたブロック塀」: 倒れる said of a thing is no one in
    danger; nor are the people who fell that someone met in a job or again and again
    (「父は元救急隊員で、昔は倒れた人を毎日運んでいた」). A person who fell still is (父が倒れた,
    道で倒れている人がいます, 台風の片付け中に父が倒れた)."""
    text, clauses = found.text, found.tokens.clauses
    falls = {
        h.start: h.first for h in found.get("crisis", "emergency") if _FALLEN.match(text, h.start)
    }
    for start, first in falls.items():
        after = _FALLEN.match(text, start).end()  # type: ignore[union-attr]
        begin, end = _sentence_around(text, start, after)
        why = ""
        thing = _THING_FELL.search(text, begin, start) or _STORM_FELL.search(text, begin, start)
        if thing is not None and not any(
            thing.start() < p.end and p.start < start for p in found.persons
        ):
            why = "物が倒れた（人の緊急ではない）"
        elif (match := _FELL_THING.match(text, after)) is not None and not any(
            (after <= p.start < match.end())
            or (
                p.end <= start
                and clauses[p.first] == clauses[first]
                and text.startswith("が", p.end)
            )
            for p in found.persons
        ):  # 「夫が倒れた木に挟まれて」: the husband may be the one who fell
            why = "倒れた物（人の緊急ではない）"
        elif (match := _FELL_SOMEONE.match(text, after)) is not None and (
            _HABIT_OR_JOB.search(text, begin, start) or _HABIT_OR_JOB.search(text, match.end(), end)
        ):
            why = "仕事や前のことで倒れた人に接した話（今の緊急ではない）"
        if not why:
            continue
        for key in _FALL_ROWS:
            for hit in [h for h in found.by.get(key, []) if h.start == start]:
                _withdraw(found, ev, hit, why)


# 「昨日、薬を大量に飲んでしまいました。今は家にいます」: an overdose on an earlier day, told
# from where the writer is now, is no danger now (it is still suicide).
_DAYS_BEFORE = (
    r"昨日|きのう|昨夜|ゆうべ|夕べ|昨晩|おととい|一昨日|先週|先日|この前|このまえ|こないだ|この間|先月"
    r"|[0-9一二三四五六七八九十数何]+日(?:前|まえ)"
)
_EARLIER_DAY = re.compile(
    rf"(?:{_DAYS_BEFORE}|週末)"
    r"(?:の(?:夜|晩|朝|昼|夕方|深夜|夜中|明け方))?(?:に|は|、|,)?[^。、て]{0,12}$"
)
# 「昨日、ためてた薬ぜんぶ飲んだ。結局起きちゃった」: the day told a clause before the
# pills, and the writer woke up again after them.
_DAY_BEFORE = re.compile(_DAYS_BEFORE)
_WOKE_AGAIN = re.compile(
    r"(?:(?:起き|おき)(?:ちゃ|ちま|てしま|てもうた|た|ました)|(?:目|め)が(?:覚め|さめ)(?:た|ちゃ|てしま|ました)"
    r"|目(?:覚め|ざめ)(?:た|ちゃ|ました)|死ねな(?:かった|くて)|しねな(?:かった|くて)|死ねず|しねず"
    r"|死ねへんかった|死に(?:損|そこ)な|しにそこな)"
)
# …unless it goes on now: 「さっき」「今も」「まだふらふらする」.
_STILL_NOW = re.compile(
    r"さっき|先ほど|さきほど|たった今|今しがた|いましがた|今も|いまも|今でも"
    r"|まだ[^。]{0,6}?(?:ふらふら|フラフラ|ぼー|ぼんやり|朦朧|もうろう|吐|気持ち悪|苦し|効いて|意識|眠|ねむ)"
)
# The emergency rows of a swallowed overdose end on the swallowing (飲んだ, ODした).
_SWALLOWED = re.compile(
    r"(?:飲|呑|の)(?:ん|み)[^。]{0,8}$|し(?:た|ちゃった|ちゃいました|ました)$|しま(?:った|いました)$"
    r"|(?:もうた|しもた)$"
)


def _overdose_on_an_earlier_day(found: _Found, ev: _Evidence) -> None:
    """「昨日、薬を大量に飲んでしまいました。今は家にいます」「先週ODしました」「昨日、ためてた
    薬ぜんぶ飲んだ。結局起きちゃった」: an overdose told as on an earlier day, or one the
    writer has woken up from since, is suicide, not an emergency now; one with no day (薬を
    大量に飲んでしまいました), just now (さっき, 今), or still felt (今も, まだふらふら) stays
    one, and so does an earlier one after which someone does not wake (「昨日飲んで、呼んでも
    起きない」)."""
    text = found.text
    if _STILL_NOW.search(text):
        return
    unresponsive = "unresponsive" in found.cues
    for hit in list(found.get("crisis", "emergency")):
        if not _OVERDOSE.search(text, hit.start, hit.end):
            continue
        if not _SWALLOWED.search(text, hit.start, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if not unresponsive and _EARLIER_DAY.search(text, begin, hit.start):
            _withdraw(
                found, ev, hit, "前の日の過量服薬（今の緊急ではない。自殺の危険としては数える）"
            )
            continue
        _, after = _sentence_around(text, end + 1, end + 1) if end < len(text) else (end, end)
        if _DAY_BEFORE.search(text, begin, hit.start) and _WOKE_AGAIN.search(text, hit.end, after):
            _withdraw(
                found,
                ev,
                hit,
                "前の日に過量服薬して、もう目が覚めている（今の緊急ではない。自殺の危険としては数える）",
            )


# ---------------------------------------------------------------- round 21u: crisis

# A child's words for a parent (an adult writes 母, 父).
_CHILDS_WORD = re.compile(
    r"まま|ママ|ぱぱ|パパ|お母さん|お父さん|おかあさん|おとうさん|かあちゃん|とうちゃん|母ちゃん|父ちゃん"
    r"|おかん|おとん|オカン|オトン"
)
# ママを(毎日)なぐる, パパがママの首しめてた (a part of her body), お母さんなぐる (を left out)
_AT_KIN = re.compile(
    r"(?:(?:を|に|の(?:首|くび|顔|かお|頭|あたま|髪|かみ)?を?)(?:も|まで)?(?:まいにち|[^。、をにが]){0,6})?"
)
# 「お父さんお酒のむとお母さんなぐる」: a child's sentence without particles; the parent who
# opens it is the one who hits (only when the one hit is named right before the blow).
_NO_PARTICLE_23h = re.compile(r"[^のをにとへやもはがで、。]")
_BY_PARTNER = re.compile(r"(?:に|から)(?:も|まで)?[^。、をにが]{0,6}")  # ママがかれしになぐられる
_STRUCK_KIN = frozenset({"mother", "father", "parent", "sibling"})
# 28b8: 「母が父から暴力受けてて」「暴行をうけている」: a blow suffered, read as passive.
_SUFFERED_28b8 = re.compile(r"(?:を|も)?(?:受け|うけ|振るわれ|ふるわれ)")


# 31v8: an in-law (義母, 姑) and the writer's own husband (夫, 主人): not the in-law's partner.
_IN_LAW_31v8 = re.compile(r"義|お義|姑|舅|しゅうとめ")
_OWN_MATE_31v8 = re.compile(r"夫|旦那|だんな|主人|旦那さん")


def _partner_strikes_kin(
    found: _Found, minor: bool, ev: _Evidence, blows: list[Hit] | None = None
) -> None:
    """「ママのかれしがママをなぐってる」「パパがママをたたいてた」「母が彼氏に殴られている」:
    a parent (or sister, brother) hit by a partner is DV, also when a child writes it (no
    partner of the writer's is named, so _violence calls it abuse); a child who sees a parent
    hit suffers 面前DV, psychological abuse, so a child writer keeps abuse beside it."""
    text, sentences = found.text, found.tokens.sentences
    people = found.persons
    # 24j: 「父が寝たきりの母を殴る」: the parent who needs care is hit (elder abuse, _violence)
    cared = [victim for victim, _ in _cared_for_victims_of(found, found.cue("violence"))]
    for hit in found.cue("violence") if blows is None else blows:
        passive = (
            _PASSIVE.match(text, hit.end) is not None
            or _SUFFERED_28b8.match(text, hit.end) is not None
        )
        for victim in people:
            if victim.entry.label not in _STRUCK_KIN or victim.end > hit.start:
                continue
            if sentences[victim.first] != sentences[hit.first]:
                continue
            for actor in people:
                if actor is victim or sentences[actor.first] != sentences[hit.first]:
                    continue
                # a partner (ママのかれし; with ママが…に殴られる, hers) or the other parent
                partner = actor.entry.label == "spouse"
                other_parent = {actor.entry.label, victim.entry.label} == {"mother", "father"}
                if not (partner or other_parent) or (other_parent and victim in cared):
                    continue
                if (
                    partner
                    and _IN_LAW_31v8.match(text, victim.start)
                    and _OWN_MATE_31v8.fullmatch(text, actor.start, actor.end)
                ):
                    continue  # 31v8: 「義母が夫に怒鳴られて」: the writer's husband, not hers
                if passive:
                    done = (
                        victim.end <= actor.start
                        and _SUBJECT.match(text, victim.end) is not None
                        and _BY_PARTNER.fullmatch(text, actor.end, hit.start) is not None
                    )
                else:
                    bare = (  # the child's particle-less sentence (see _NO_PARTICLE_23h)
                        victim.end == hit.start
                        and _sentence_around(text, actor.start, actor.end)[0] == actor.start
                        and _NO_PARTICLE_23h.match(text, actor.end) is not None
                    )
                    done = (
                        actor.end <= victim.start
                        and (_SUBJECT.match(text, actor.end) is not None or bare)
                        and _AT_KIN.fullmatch(text, victim.end, hit.start) is not None
                    )
                if done:
                    _parent_struck(found, minor, ev, hit, actor, victim)


def _parent_struck(
    found: _Found, minor: bool, ev: _Evidence, hit: Hit, actor: Hit, victim: Hit
) -> None:
    """DV on the blow and the partner; 面前DV (abuse) when a child writes of a parent."""
    why = f"家族がパートナーから受ける暴力（DV）：{hit.entry.note}"
    ev.hit("dv", "crisis", hit, why)
    ev.hit("dv", "crisis", actor, why)
    text = found.text
    child_writer = (
        minor
        or KANJI.search(text) is None
        or _CHILDS_WORD.match(text, victim.start) is not None
        or _CHILDS_WORD.match(text, actor.start) is not None
    )
    ev.drop("abuse", hit.start, hit.end, "大人どうしの暴力（DVとして扱う）")
    if child_writer and victim.entry.label != "sibling":
        ev.hit("abuse", "crisis", hit, f"面前DV（子どもへの心理的虐待）：{hit.entry.note}")


def _pension_gambled_by_kin(found: _Found, ev: _Evidence) -> None:
    """「兄が父の年金を自分のパチンコに使っています」: the gambling that eats an older parent's
    pension is abuse (lexicon 追加（21u）), not the writer's money trouble or gambling that
    _gambling_money finds in the same words; so is the pachinko a parent goes to, leaving a
    child in the car (lexicon 追加（30n8）)."""
    taken = [
        (h.start, h.end)
        for h in found.get("crisis", "abuse")
        if _GAMBLING.search(found.text, h.start, h.end)
    ]
    if taken:
        why = "虐待の知らせの中のギャンブル（年金を使い込む・子どもを置いて行く。虐待として扱う）"
        ev.drop_inside("hardship", taken, why, overlapping=True)
        ev.drop_inside("health", taken, why, overlapping=True)


# ---------------------------------------------------------------- round 21u: patterns

_FAMILY_OF_OTHERS = frozenset({"child", "sibling", "spouse", "grandparent"})
# Not working for a reason of one's own age or role: retired, a homemaker.
_RETIRED = re.compile(r"定年|退職|リタイア|年金暮らし|年金生活|主婦|主夫")


def _grown_child_writes(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """「85の母と二人暮らし。俺は精神の手帳2級で働けてない」「ニート歴5年、ずっと実家の自分の
    部屋にいる。親ももう70近い」: the writer, who gives no age of their own, is the grown
    child who does not work or stays in, beside a parent of 70 or more: 8050 (the rule
    above wants the child's age, or a son or brother named). Not when the work stopped for
    the parent's care (介護で仕事を辞めた) or with age (定年), nor when a child, partner or
    sibling is named."""
    if minor or ev.has("8050") or found.person_labels() & _FAMILY_OF_OTHERS:
        return
    if _RETIRED.search(found.text):
        return
    if any(a.person == "self" for a in ages):
        return  # an age of the writer's own: _eight_zero_five_zero decides
    old = [a for a in ages if a.years >= ELDERLY_AGE and a.person in _PARENTS]
    if not old:
        return
    sentences = found.tokens.sentences
    caring = {sentences[h.first] for h in found.cue("family_care") + found.get("field", "care")}
    jobless = [h for h in found.cue("not_working") if sentences[h.first] not in caring]
    withdrawn = [e for e in ev.items.values() if e.label == "hikikomori"]
    together = found.cue("co_residence") + found.cue("dependency")
    if not (jobless or withdrawn) or not (withdrawn or together):
        return
    why = "8050：働いていない・こもっている本人と高齢の親"
    for age in old:
        ev.add("8050", "pattern", age.start, age.end, f"{why}（{age.years}歳の親）")
    for hit in jobless + together:
        ev.hit("8050", "pattern", hit, f"{why}：{hit.entry.note}")
    for item in withdrawn:
        ev.add_original("8050", "pattern", item, f"{why}：{item.note}")


# ---------------------------------------------------------------- round 21u: fields

# 「バイトして生活費も出してる」「自分が稼いで家にお金を入れてる」: the child earns the
# household's money (not 「親が生活費を出してくれる」).
_PUPIL_PAYS = re.compile(
    r"(?:バイト|アルバイト|働いて|稼いで|自分で|自分が|私が|わたしが|うちが|俺が|僕が)[^。]{0,12}?"
    # 36r13: 「家に金入れてる」
    r"(?:生活費|家賃|食費|光熱費|家計|家のお金|家にお金|お金を家|家に金|家にかね|金を家)"
    r"(?:を|も|は|まで|に)?[^。、]{0,4}?"
    r"(?:出して|出し|払って|払っ|入れて|入れ|稼|支え|助けて|負担)(?![^。、]{0,3}(?:くれ|もら|貰))"
)


def _pupil_pays_household(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「親がアル中で家事ぜんぶ自分。高校行きながらバイトして生活費も出してる」: a young
    carer who earns the household's living money is in a household short of money (the
    lexicon's 「生活費を出している」 is an adult's support of someone, not hardship)."""
    if not (minor or ev.has("young_carer")):
        return
    for match in _PUPIL_PAYS.finditer(found.text):
        ev.add("hardship", "field", match.start(), match.end(), "子どもが家の生活費を稼いでいる")


# ---------------------------------------------------------------- round 21v: abuse heard or told

# 「隣から毎晩、子どもの泣き声と「うるさい！」って怒鳴る声がします。昨日はドンって大きな音も」:
# a child crying, an adult shouting or banging, heard through the wall (the lexicon's
# 泣き声…怒鳴る cannot see past a quoted 「うるさい！」 or into the next sentence).
_CRYING = re.compile(
    r"(?<!夜)(?:泣き声|泣く声|泣いてる声|泣いている声)|なきごえ|泣き叫|泣きわめ|泣きじゃく"
    r"|ギャン泣き|ぎゃん泣き|(?<!夜)泣いて|泣いとる|泣きやま|泣き止ま|(?<!夜)(?:泣き止む|泣きやむ)まで"
)
_SHOUTING_HEARD = re.compile(
    r"怒鳴(?!られ|り込|りこ)|どな(?:る|り(?!こ)|っ(?!て(?:こ|来)))|怒声|罵声|叱(?:る|りつけ)(?:る)?声"
    r"|怒る声|ドン(?:ドン|って|という|!|ッ)|バン(?:バン|って|という|!|ッ)"
    r"|(?:叩|たた|殴)(?:く|くような|るような)音"
)
_HEARD = re.compile(
    r"隣|となり|近所|上の階|下の階|上の部屋|下の部屋|向かい|壁越し|聞こえ|きこえ|声がし|音がし"
    r"|通報|よその"
)
# The one crying is an adult (奥さんの泣き声): no child is said to be crying.
_ADULT_CRIER = re.compile(
    r"(?:奥さん|奥様|女性|女の人|妻|嫁|母親|お母さん|ママ|おばあ(?:ちゃん|さん)|老人|お年寄り|男性)"
    r"(?:の|が)$"
)
_OWN_SHOUTING = re.compile(r"[^。、]{0,3}?(?:てしま|でしま|ちゃ|ちま|てもうた|てしもた)")
_SHOUTED_BY_WRITER = re.compile(
    r"(?:私|わたし|あたし|自分|僕|ぼく|俺|おれ)(?:が|の|も)[^。、]{0,4}$"
)
_A_STORY = re.compile(r"ドラマ|映画|アニメ|漫画|マンガ|小説|番組|動画|ニュース|ゲーム|シーン|場面")


def _crying_and_shouting_heard(found: _Found, ev: _Evidence) -> None:
    """A child's crying and an adult's shouting or blows heard from next door are suspected
    abuse (domain facts 3.9: 毎晩泣き声と怒鳴り声がする); not the writer's own shouting (つい
    怒鳴ってしまう), not a neighbour shouting at the writer (怒鳴られた), not a drama."""
    text = found.text
    if not _HEARD.search(text) or _A_STORY.search(text):
        return
    crying = [m for m in _CRYING.finditer(text) if not _ADULT_CRIER.search(text, 0, m.start())]
    shouting = [
        m
        for m in _SHOUTING_HEARD.finditer(text)
        if not _OWN_SHOUTING.match(text, m.end())
        and not _SHOUTED_BY_WRITER.search(text, max(0, m.start() - 8), m.start())
    ]
    if not crying or not shouting:
        return
    why = "子どもの泣き声と怒鳴り声・物音が聞こえる：虐待の疑い"
    for match in crying[:1] + shouting[:1]:
        ev.add("abuse", "crisis", match.start(), match.end(), why)


# 「娘から「パパにたたかれた」と聞きました。夫は否定しています」: a child tells of being hit by a
# parent; the violence is on the child (abuse), not on the writer (DV), though the
# writer's husband is named.
_TOLD_BY_CHILD = re.compile(
    r"(?:から|が|は|も|って|ったら)、?[^。]{0,14}?"
    r"(?:パパ|ママ|お父さん|お母さん|おとうさん|おかあさん|父さん|母さん|とうちゃん|かあちゃん|父親|母親"
    r"|ぱぱ|まま)(?:に|から)(?:また|いつも|毎日|よく|何度も)?"
)
# 「パパに叩かれるママを見て」: the one hit is named after the verb, an adult.
_ADULT_HIT = re.compile(
    r"[^。、]{0,4}?(?:ママ|まま|母|お母さん|おかあさん|私|わたし|あたし|妻|奥さん)"
)


def _child_tells_of_a_parent(found: _Found, ev: _Evidence) -> None:
    """A son or daughter who says a parent hit them: abuse of the child; the DV the
    partner's name raised goes when nothing else of it is left."""
    text = found.text
    sentences = found.tokens.sentences
    children = [p for p in found.persons if p.entry.label == "child"]
    told = [
        hit
        for hit in found.cue("violence")
        if any(
            child.end <= hit.start
            and sentences[child.first] == sentences[hit.first]
            and _TOLD_BY_CHILD.fullmatch(text, child.end, hit.start) is not None
            for child in children
        )
        and not _ADULT_HIT.match(text, hit.end)
    ]
    if not told:
        return
    why = "子どもが親からの暴力を打ち明けた（子どもへの虐待。DVではない）"
    for hit in told:
        ev.drop("dv", hit.start, hit.end, why)
        ev.hit("abuse", "crisis", hit, f"子どもへの暴力：{hit.entry.note}")
    span = ev.norm.original_span
    partners = {span(p.start, p.end) for p in found.persons if p.entry.label == "spouse"}
    left = [(key[1], key[2]) for key in ev.items if key[0] == "dv"]
    if all(item in partners for item in left):
        for person in found.persons:
            if person.entry.label == "spouse":
                ev.drop("dv", person.start, person.end, why)


# ---------------------------------------------------------------- round 21v: an older person
# neglected, a child taught

# 「息子さんと住んでるのに」: the one lived with is not the one the signs are of.
_LIVED_WITH = re.compile(
    r"(?:さん|ちゃん|くん)?(?:と|とは)(?:住|すん|暮|くら|同居|二人|ふたり|一緒|いっしょ)"
)


def _older_person_neglected(found: _Found, ev: _Evidence) -> None:
    """「近所のおばあちゃん、息子さんと住んでるのにいつも同じ服で」: signs of neglect said of an
    older person are elder neglect, a care matter (the son she lives with is not the one
    unwashed)."""
    text = found.text
    sentences = found.tokens.sentences
    elderly = found.cue("elderly")
    for hit in found.cue("neglect_sign") + found.cue("withheld_care"):
        before = [
            p
            for p in found.persons
            if p.end <= hit.start
            and sentences[p.first] == sentences[hit.first]
            and not _LIVED_WITH.match(text, p.end)
        ]
        if not before:
            continue
        owner = max(before, key=lambda p: p.end)
        if owner.entry.label == "grandparent" or any(_overlaps(owner, e) for e in elderly):
            ev.hit("care", "field", owner, "高齢の人へのネグレクト（介護の相談）")
            ev.hit("care", "field", hit, f"高齢の人へのネグレクト：{hit.entry.note}")


_ASKED_HOW = re.compile(r"どう|どの|どんな")
# 「息子として」「娘ですが」: the writer is the son or daughter.
_THE_WRITER_AS_CHILD = re.compile(r"として|です|だけど|やけど|の私|の僕|の俺|の立場")
# 「ネットのマナーってどう教えたらいいんですかね」「スマホのルールをどうしつければ」: how to teach
# or discipline one's son or daughter is a child-rearing question.
_TEACHING = re.compile(
    r"(?:どう|どうやって|どのように|どんなふうに|どんな風に)(?:して)?"
    r"(?:教え|おしえ|伝え|つたえ|しつけ|躾け|躾|叱|しか|注意し|言い聞かせ|いいきかせ)"
    r"(?:たら|れば|る(?:べき|の|か)|て(?:い|あげ))"
)


def _teaching_a_child(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """A question of how to teach a son or daughter who is not grown (no adult age, work,
    university) is about child-rearing."""
    match = _TEACHING.search(found.text)
    if match is None or _ADULT_SIGNS.search(found.text):
        return
    if any(a.person == "child" and a.years >= ADULT_AGE for a in ages):
        return
    if {"8050", "hikikomori"} & ev.present():
        return
    text = found.text
    if any(
        p.entry.label == "child" and not _THE_WRITER_AS_CHILD.match(text, p.end)
        for p in found.persons
    ):
        ev.add("child", "field", match.start(), match.end(), "子どもへの教え方・しつけの相談")


# ---------------------------------------------------------------- round 13 (set s): a shop's
# phone line, an older neighbour not fed, a teenager who left school, children who hide with
# the writer

# A shop's or office's line, or the customers who report it (not 実家の電話, a family's).
_BUSINESS_LINE = re.compile(
    r"お客|常連|取引先|クライアント|苦情|電話回線|回線|固定電話|代表電話|電話機|故障|FAX|ファックス"
    r"|(?:店|お店|店舗|会社|事務所|職場|オフィス|営業所|工場)の(?:固定)?(?:電話|でんわ)"
)
_PHONE = re.compile(r"電話|でんわ")


def _business_line_down(found: _Found, ev: _Evidence) -> None:
    """「二日前から電話がつながらないとお客さんに言われた」「昨日から店の電話がつながらない」: a
    shop's or office's line out of order, with no one named whose phone it is, is no person
    unreachable (the rows of a phone unanswered since yesterday raise an emergency at once,
    before ``_no_answer_for_days`` could weigh the reason)."""
    if any(p.entry.label != "self" for p in found.persons):
        return  # 「昨日から母の店の電話がつながらない」: the mother may be the one unreachable
    text = found.text
    why = "店や会社の電話回線がつながらない話（人の安否の話ではない）"
    for hit in list(found.get("crisis", "emergency")):
        if _PHONE.search(text, hit.start, hit.end):
            _withdraw(found, ev, hit, why)


_GIVER = re.compile(r"(?:さん|ちゃん|くん|夫婦|たち|達)?(?:に|から)(?!は)")


def _older_person_not_fed(found: _Found, ev: _Evidence) -> None:
    """「近所のおじいさん、息子さんと二人暮らしなんですが、…ご飯もちゃんともらってないみたいで」:
    an older person named first, then not given meals or care (by the son or daughter they
    live with), is elder neglect, a care matter as well as abuse; ``_neglect`` reads the son
    as a child and counts only the abuse. Not a child who goes without (「娘がご飯をもらえて
    いない」: said of the nearest person, a child)."""
    elderly = found.cue("elderly")
    if not elderly:
        return
    first = min(h.start for h in elderly)
    if any(p.entry.label == "child" and p.start < first for p in found.persons):
        return  # 「息子が…祖母の家に」: the son comes first, it is about him
    text = found.text
    told = []
    for hit in found.cue("withheld_care"):
        owner, _ = _owner(found, hit)
        # 「同居の息子さんにご飯をもらえていない」: the son named with に or から is the giver.
        giver = owner is not None and _GIVER.match(text, owner.end) is not None
        if hit.start > first and (owner is None or owner.entry.label in _OLDER_KIN or giver):
            told.append(hit)
    if not told:
        return
    why = "高齢の人が食事や世話をしてもらえていない（高齢者へのネグレクト）"
    for hit in elderly + told:
        ev.hit("care", "field", hit, why)
    for hit in told:
        ev.hit("abuse", "crisis", hit, why)


# 「高校を中退してから2年」「中学を出て半年」: the writer left school a short while ago.
_LEFT_SCHOOL = re.compile(
    r"(?:(?:高校|高専)(?:を|は)?(?:中退し|退学し|辞め|やめ)|中学(?:校)?(?:を|は)?(?:卒業し|出|中退し|辞め|やめ))"
    r"(?:て|た)(?:から|きり|以来)?[、,]?(?:もう|まだ|かれこれ|ほぼ|約)?"
    r"(?:半年|[0-9]+\s*(?:ヶ月|か月|カ月|ケ月)|[一二三四五六七八九十]+(?:ヶ月|か月|カ月)|[12一二]\s*年)"
)


def _recent_school_leaver(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「高校を中退してから2年、ほとんど部屋から出ていません」: a writer who left school a year or
    two ago, telling of themself, is a teenager (a child matter, as a son shut in for that long
    is in ``_shut_in_child``); 「高校を中退して10年」 or an adult age is not."""
    if any(p.entry.label != "self" for p in found.persons):
        return
    if any(a.years >= 20 for a in ages):
        return
    for match in _LEFT_SCHOOL.finditer(found.text):
        ev.add("child", "field", match.start(), match.end(), "本人が10代（学校をやめて間もない）")


# 「子どもと一緒にトイレにかくれてます」「子どもを連れて逃げた」: the children with the writer.
_WITH_THE_WRITER = re.compile(
    r"(?:子ども|子供|こども|子|息子|娘|せがれ)(?:たち|達|ら)?(?:[0-9一二三四五]人|ふたり|さんにん)?"
    r"(?:と一緒に|といっしょに|と|を連れて|をつれて|連れて)"
    r"[^。]{0,12}?(?:隠れ|かくれ|逃げ|にげ|避難|ネカフェ|シェルター)"
)


def _children_with_the_writer(found: _Found, ev: _Evidence) -> None:
    """「夫が包丁を持って暴れています。子どもと一緒にトイレにかくれてます」: children named only
    as those who hide or flee with the writer from a partner are no child matter by that
    alone, as children named as the reason to stay are not (``_children_as_the_reason``); a
    child who is hit, sees it (面前DV) or is given an age is told elsewhere and still counts."""
    spans = [m.span() for m in _WITH_THE_WRITER.finditer(found.text)]
    if spans:
        why = "書き手と一緒に隠れたり逃げたりしている子ども（子どもの相談ではない）"
        ev.drop_inside("child", spans, why)


# ---------------------------------------------------------------- round 14 (22s): suicide,
# the frames that make its words no crisis, and the worries told without its words

# A story, a song or the news the words are said in: 「ドラマで」「漫画の」「主人公が」.
_STORY_FRAME = re.compile(
    r"(?:ドラマ|映画|アニメ|漫画|マンガ|まんが|小説|番組|歌詞|ニュース|動画|ゲーム|舞台|芝居|絵本|物語"
    r"|ストーリー|作品|原作|絵本|脚本|シナリオ|卒論|論文|レポート)(?:で|の|に|では|の中で|のなか|の中の|を見てたら)"
    r"|(?:主人公|登場人物|キャラクター|キャラ|ヒロイン|役者|俳優|女優|芸人|犯人)(?:が|は|の|も|って)"
)
# …where the words are told as the story's: quoted, said, sung, a scene, a news item.
_TOLD_IN_STORY = re.compile(
    r"[」』]?(?:って|と|という|っていう)?(?:言|い[っうわ]|叫|さけ|歌|うた|書|つぶや|呟|泣)"
    r"|[」』]|(?:の)?(?:シーン|場面|話|回|特集|記事|事件|こと|描写|エピソード|セリフ|台詞)"
    r"|する(?:話|シーン|場面|ところ)|した(?:話|シーン|場面)"
    r"|を(?:扱|あつか|テーマ|題材|描|えが)|について(?:調べ|しらべ|書|研究|まとめ)"
)
# The writer takes the words as their own: 「私も」「共感した」「死にたくなった」.
_OWN_FEELING = re.compile(
    r"(?:私|わたし|あたし|自分|僕|ぼく|俺|おれ|うち|わし)(?:も|まで|だって)|共感|分か(?:る|った)|わか(?:る|った)"
    r"|同じ(?:気持ち|きもち|思い)|たく(?:なっ|なる|なり)|なりたい|気持ちにな|そう思"
)


_FRAME_REACH = 16  # characters between the frame and the words said in it
_CLAUSE_BREAK = re.compile(r"[、,。]")


def _said_in_a_story(found: _Found, ev: _Evidence) -> None:
    """「ドラマで主人公が「消えたい」って言ってて泣いた」「ニュースで自殺のことをやってた」: suicide
    words said by someone in a drama, a song or the news are no crisis of the writer's; the
    writer who takes them up (私も, 共感した, 見てから死にたくなった) stays one."""
    text = found.text
    if _OWN_FEELING.search(text):
        return
    why = "ドラマや歌・ニュースの中の言葉（書き手の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, end = _sentence_around(text, hit.start, hit.end)
        frame = _STORY_FRAME.search(text, max(begin, hit.start - _FRAME_REACH), hit.start)
        if frame is None or _CLAUSE_BREAK.search(text, frame.end(), hit.start):
            continue  # 「ドラマの話をしてて、そのあと「死にたい」って」: the friend's own words
        after = hit.end
        while after < end and text[after] in _DRAWN_OUT_43r24:  # 43r24: 「きえたい〜」って
            after += 1
        if _TOLD_IN_STORY.match(text, after, min(end + 1, len(text))):
            _withdraw(found, ev, hit, why)


_DRAWN_OUT_43r24 = frozenset("〜~ーｰ")


# 「学校だるい、死ぬ」「部活きつい、死ぬ」: a plain 死ぬ right after a complaint…
_COMPLAINT_DEATH = re.compile(
    r"(?:だるい|ダルい|ダルイ|きつい|キツい|キツイ|しんどい|疲れた|つかれた|眠い|ねむい|めんどい|めんどくさい"
    r"|面倒くさい|多すぎ|おおすぎ|暑い|あつい|寒い|さむい|無理|むり|ムリ|やばい|ヤバい|つらい)"
    r"[、,\s]*(?:もう|まじ|マジ)?[、,\s]*$"
)
_PLAIN_DEATH = re.compile(r"(?:死ぬ|しぬ|シヌ|死む|しむ)(?![たそにのん])")
# …that the same message shows as a way of talking: they are fine, or it is laughed off.
_FINE_AFTER_ALL = re.compile(
    r"元気に|元気です|元気で|楽しそう|たのしそう|普通に|ふつうに|ちゃんと行|毎日行|笑|w{1,}$|ｗ|口癖|口ぐせ"
)


def _complaint_with_a_laugh(found: _Found, ev: _Evidence) -> None:
    """「息子が「学校だるい、死ぬ」って毎朝言うけど、元気に行ってます笑」: a bare 死ぬ after a
    complaint, in a message that says the one saying it is fine, is a way of talking; 死にたい,
    or the same words with no sign that all is well, still count."""
    text = found.text
    if not _FINE_AFTER_ALL.search(text):
        return
    why = "「だるい、死ぬ」のような口ぐせ（元気にしている。自殺の意味ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _PLAIN_DEATH.fullmatch(text, hit.start, hit.end) and _COMPLAINT_DEATH.search(
            text, max(begin, hit.start - 12), hit.start
        ):
            _withdraw(found, ev, hit, why)


# 「去年は」「昔は」「学生の頃は」: a time that is over…
_PAST_BEFORE_WELL_NOW = re.compile(
    r"去年|昨年|一昨年|おととし|昔|むかし|以前|かつて|当時|一時期|あの頃|あのころ|前は|前まで"
    r"|[0-9一二三四五六七八九十数何]+年(?:ほど|くらい|ぐらい)?前|若い(?:頃|ころ|時|とき)"
    r"|(?:学生|中学|高校|大学|独身|子ども|子供|こども|10代|十代|20代|二十代)(?:の)?(?:頃|ころ|時|とき|時代)"
)
# …told in the past tense (思ってた, でした, 時期もあった)…
_TOLD_AS_PAST = re.compile(
    r"[^。]{0,16}?(?:てた|ていた|でいた|でた|ました|でした|だった|った(?:けど|が|。|、)|時期|ころ|頃|ことが(?:ある|あり|あった))"
)
# …and the writer is well now.
_WELL_NOW = re.compile(
    r"(?:今|いま|現在)(?:は|では)[、,]?[^。]{0,10}?"
    r"(?:元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|楽し|たのし|平気|前向き|幸せ|しあわせ|安定|笑え|穏やか|生きてて|生きていて)"
)
_RELAPSE = re.compile(
    r"また|まだ|再び|ふたたび|最近|さいきん|ぶり返|戻って|もどって|たくなる|たくなっ|そうで怖"
)


# 24m: the time told after the words (もう10年前の話, 学生の頃のこと),
# and a well-now word taken back (楽しくない).
_PAST_AFTER_24m = re.compile(
    r"[0-9一二三四五六七八九十数何]+年(?:も|ほど|くらい|ぐらい|以上)?(?:前|まえ)|(?:昔|むかし|過去|前|まえ)の(?:話|こと|事)"
    r"|(?:学生|中学|高校|大学|10代|十代|20代|二十代)(?:の)?(?:頃|ころ|時|とき|時代)"
)
_WELL_DENIED_24m = re.compile(r"[^。]{0,3}?(?:くな|じゃな|ではな|ない|なか|ません)")


def _over_and_well_now(found: _Found, ev: _Evidence) -> None:
    """「去年は本気で死にたいと思ってたけど、カウンセリングに通って今は元気です」: a wish or an act
    told as over, beside a plain statement that the writer is well now, is no crisis now
    (「今もまだ」「最近またそう思う」 is)."""
    text = found.text
    well = _WELL_NOW.search(text)
    if well is None or _RELAPSE.search(text, well.start()):
        return
    why = "前のことで、今は元気にしている（今の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if hit.end > well.start():
            continue
        # 24m: 「死にたいと思ってた時期もあったけど、もう10年前の話。今は…楽しい」: told after
        if not _PAST_BEFORE_WELL_NOW.search(text, begin, hit.start) and (
            not _PAST_AFTER_24m.search(text, hit.end, well.start())
            or _WELL_DENIED_24m.match(text, well.end())
        ):
            continue
        if _TOLD_AS_PAST.match(text, hit.end):
            _withdraw(found, ev, hit, why)


# 「料理中に」「うっかり」「割れたコップで」: a cut by accident…
_ACCIDENT = re.compile(
    r"料理|調理|りょうり|包丁で[^。]{0,12}?(?:うっかり|ちょっと|少し|すこし)|野菜|果物|缶|割れ|ガラス|転ん|こけ"
    r"|うっかり|誤って|あやまって|間違って|まちがって|作業中|仕事中|DIY|草刈|スライサー|ピーラー|カッターで作業"
)
# …unless the writer tells of cutting on purpose.
_ON_PURPOSE = re.compile(
    r"わざと|自分で|切りたく|きりたく|死にたい|しにたい|消えたい|きえたい|リスカ|また切|やめられ|血を見|落ち着く|すっきり"
)
_CUTTING = re.compile(r"切|き[っらりる]")


def _cut_by_accident(found: _Found, ev: _Evidence) -> None:
    """「料理中に包丁で手首のとこをちょっと切っちゃった」: a wrist or an arm cut by accident is an
    injury (health), no self-harm."""
    text = found.text
    if _ON_PURPOSE.search(text):
        return
    why = "料理やけがで切った（事故。自傷ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if not _CUTTING.search(text, hit.start, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _ACCIDENT.search(text, begin, end):
            _withdraw(found, ev, hit, why)


# 「遺書じゃなくて遺言書」「自殺じゃなくて事故」: the word set aside for another.
_SET_ASIDE = re.compile(
    r"(?:ん|の|わけ|訳)?(?:とか|なんて|なんか|って)?(?:は)?(?:じゃ|では|でわ)(?:なくて|なく[、,]|なく(?=[^いな]))"
)


def _set_aside_for_another(found: _Found, ev: _Evidence) -> None:
    """「遺書じゃなくて遺言書の書き方を」: a suicide word named only to say it is not the one meant
    (AじゃなくてB) is no crisis; 「死ぬんじゃないか」 (a fear) is not set aside."""
    text = found.text
    why = "「〜じゃなくて」と打ち消して別のことを言っている（自殺の意味ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if _SET_ASIDE.match(text, hit.end):
            _withdraw(found, ev, hit, why)


# 「生命保険っていくら出るんだっけ」「死亡保険金がいくら入るか」: the payout on one's death asked…
_PAYOUT = re.compile(
    r"(?:生命保険|死亡保険|保険金|保険)(?:の|って|は|が|で|を)?[^。]{0,10}?"
    r"(?:いくら|なんぼ|どれくらい|どのくらい|どれだけ|受取人|受け取り人|うけとりにん)"
    r"|(?:生命保険|死亡保険|保険金)[^。]{0,6}?(?:おり|下り|降り)(?:る|ます)(?:の|か|ん)"
)
# …beside weariness, or asked again and again, suddenly.
_WEARY = re.compile(
    r"疲れた|つかれた|疲れ果て|限界|しんどい|もう無理|もうむり|もういい|生きる|終わり|眠れ|ねむれ|口数|元気がな"
    r"|何度も|なんども|しきりに|急に|きゅうに|やたら"
)
_NOT_OWN_DEATH = re.compile(
    r"亡くな|他界|死んだ(?!ら)|亡き|見直|営業|学資|掛け金|保険料|払って|月いくら|年末調整|控除"
)


def _payout_on_death_asked(found: _Found, ev: _Evidence) -> None:
    """「夫が最近「もう疲れた」「生命保険っていくら出るんだっけ」と急に聞いてきて怖い」: asking what
    one's death would pay out, beside weariness, is an indirect sign of suicide (domain
    facts 3: 保険金); not the payout after a death (亡くなって), a review or the premiums."""
    text = found.text
    if _NOT_OWN_DEATH.search(text):
        return
    asked = _PAYOUT.search(text)
    if asked is None or not _WEARY.search(text):
        return
    why = "自分が死んだら出る保険金を気にしている：自殺の危険"
    ev.add("suicide", "crisis", asked.start(), asked.end(), why)


def _suicide_frames(found: _Found, ev: _Evidence) -> None:
    """Suicide words said in a story, as a laugh, as over, as an accident or set aside."""
    _said_in_a_story(found, ev)
    _complaint_with_a_laugh(found, ev)
    _over_and_well_now(found, ev)
    _cut_by_accident(found, ev)
    _set_aside_for_another(found, ev)


# ---------------------------------------------------------------- round 14 (22e): emergency frames

# A past time told in the sentence of the emergency word (去年, 先月, 以前, 3年前).
_PAST_OF_AN_EMERGENCY = re.compile(
    r"去年|昨年|一昨年|おととし|先月|先週|先日|以前|前にも|少し前|ちょっと前|この前|このまえ|こないだ|昔|むかし|あの時|あのとき"
    r"|[0-9一二三四五六七八九十何数]+(?:年|か月|ヶ月|カ月|ヵ月)(?:前|まえ)"
)
_SINCE = re.compile(r"[^。]{0,3}?(?:から|以来|より)")
# It has ended well, told after the emergency word (もう退院しました, 無事に見つかりました, お礼).
_NOW_FINE = re.compile(
    r"もう退院|退院しました|退院して(?:い|お)?ます|無事(?:に|で)?(?:見つか|保護|戻|帰)|見つかりました"
    r"|見つけて(?:いただき|いただいた|もらった|もらい|くださった|くれた)|保護されました|おかげさまで|今は元気|いまは元気|元気にして"
    r"|元気になりました|回復しました|お礼"
)
# Getting ready for it, in the sentence (前もって知っておきたい, 場合に備えて).
_READY = re.compile(
    r"前もって|事前に|あらかじめ|備え|そなえ|知っておき|万が一|万一|もしもの|訓練|防災"
)
_CASE_AFTER = re.compile(r"(?:に(?:なった|なる)|した|する|の)?(?:とき|時|場合|際)")
# A programme or a story that holds the emergency (番組で…行方不明になる回を見た).
_STORY_WORD = re.compile(r"番組|ドラマ|映画|アニメ|漫画|マンガ|小説|ドキュメンタリー|動画|再現")
_STORY_PART = re.compile(r"回|話|シーン|場面|エピソード|特集|ストーリー|役|番組|ドラマ|映画")
# Taken back at once (行方不明…じゃなくて, いなくなった！と思ったら).
_SAID_AGAIN = re.compile(
    r"(?:た|て|になった|になって|になっ)?[…・.、！!？?〜ー ]{0,4}"
    r"(?:じゃなく|じゃなかっ|ではなく|ではなかっ|(?:か)?と(?:思|おも)ったら|(?:か)?と思いきや|かと思った)"
)
# The one thought missing was there all along (寝てました, 出かけただけでした, お騒がせしました).
_FOUND_AGAIN = re.compile(
    r"寝て|ねて|いました|見つか(?!ら|りませ|って(?:い)?な|ってませ|ってへん)|戻ってき|帰ってき|だけ|笑|😂|🤣"
    r"|無事|お騒がせ|勘違い|ホッと|ほっと|(?:に|で)\s?(?:おった|おりました|いた(?!ら|はず|のに)|おる|いる)"
    r"|してました|しとった|しよった|しとる|😅"
)
# 「倒れる夢を見た」「殺される…という夢」: a dream told right after the emergency word.
_DREAM_AFTER_EMERGENCY = re.compile(
    r"[^。]{0,12}?(?:夢|ゆめ)(?:を|に|で|ばかり|ばっかり|だった|でした|みたい|ね|か)"
)
# 「反応がないって、どういう意味ですか」: a question what the words mean.
_MEANING_ASKED = re.compile(
    r"[」』]?(?:って|とは|という(?:言葉|の))[、,]?[^。]{0,8}?(?:どういう意味|何の略|なんの略|意味)"
)
# 「殺されるｗ」「殺したい笑」「殺される🤣」: said laughing.
_LAUGHING = re.compile(
    r"[^。！!？?\n]{0,8}?(?:[wｗWＷ](?![a-zA-Zａ-ｚ])|笑(?!え|わ|い|って)|草|😂|🤣|😆|😅)"
)
_MESSAGE = re.compile(r"LINE|ライン|らいん|メール|メッセージ|DM|返信|送って|送っ|既読|スタンプ")


def _emergency_in_a_frame(found: _Found, ev: _Evidence) -> None:
    """Emergency words inside a frame that puts them out of the present: a dream (倒れる夢を
    見た), a question what a word means, a past event that ended well (去年父が行方不明に
    なった時…お礼; 救急車で運ばれたのは先月で、もう退院), a plan for
    it (行方不明になったときの安否確認を前もって), a programme (番組で…行方不明になる回を見ました),
    words taken back at once (行方不明…じゃなくて, と思ったら寝てました), a joke (上司に殺されるｗ)
    or a message left unanswered (LINEしても反応がない). A crisis told beside such a frame stays
    (ニュースを見ていたら母が朝から行方不明なのに気づいた; 去年も…今朝からまたいません)."""
    text = found.text
    for hit in list(found.get("crisis", "emergency")):
        begin, end = _sentence_around(text, hit.start, hit.end)
        why = _emergency_frame(found, hit, begin, end)
        if why:
            _withdraw(found, ev, hit, why)


def _emergency_frame(found: _Found, hit: Hit, begin: int, end: int) -> str:
    """Why the emergency word ``hit`` (in the sentence [begin, end)) is no danger now, or ''."""
    # Why: a past event that has ended well, or getting ready for one, is no danger now.
    text = found.text
    past = _PAST_OF_AN_EMERGENCY.search(text, begin, end)
    if past and not _SINCE.match(text, past.end()) and _NOW_FINE.search(text, hit.end):
        return "前にあったことで、もう済んでいる（今の緊急ではない）"
    if _READY.search(text, begin, end) and _CASE_AFTER.match(text, hit.end):
        return "もしもの時への備えの話（今の緊急ではない）"
    if _told_as_over(text, hit, end):
        return "倒れた・運ばれたことは済んでいる（もう退院・回復。今の緊急ではない）"
    if _STORY_WORD.search(text, begin, hit.start) and _STORY_PART.search(text, hit.end, end):
        return "番組やドラマの中の話（今の緊急ではない）"
    if _DREAM_AFTER_EMERGENCY.match(text, hit.end):
        return "夢の話（今の緊急ではない）"
    if _MEANING_ASKED.match(text, hit.end):
        return "言葉の意味をたずねている（今の緊急ではない）"
    if _SAID_AGAIN.match(text, hit.end) and _FOUND_AGAIN.search(text, hit.end):
        return "すぐに言い直している（行方不明ではなかった）"
    form = hit.entry.form
    if form == "殺す" and _LAUGHING.match(text, hit.end) and not _partner_before(found, hit, begin):
        return "笑いながらの大げさな言い方（今の命の危険ではない）"
    if (
        form == "反応がない"
        and _MESSAGE.search(text, begin, hit.start)
        and not _DAYS_SILENT.search(text, begin, end)
    ):
        return "LINEやメールへの反応がない（何日もでなければ今の緊急ではない）"
    return ""


# A collapse or a trip to hospital told in the past (倒れた, 運ばれて, 倒れたって聞いて).
_PAST_EVENT = re.compile(
    r"[^。！？!?]{0,6}?(?:て|で|まして|(?:た|だ|ました)(?:って|と|けど|けれど|が|から|、|。|$))"
)
# Then told as over, in this sentence or the next: back home, well again, no danger to life.
_OVER_NOW = re.compile(
    r"(?:もう|もうすっかり|すっかり|無事|ぶじ|今は|いまは|おかげさまで)[^。？?]{0,6}?"
    r"(?:(?:退院|たいいん)(?:し|でき)(?:た|まし)|回復し(?:た|まし|て)|(?:元気|げんき)(?:です|だよ|に(?:なっ|なり|して))"
    r"|(?:落ち着い|おちつい)て(?:い|ま|る)|(?:良く|よく)なっ(?:た|て))"
    r"|命に別状(?:は)?(?:ない|なかった|ありません)|大事に(?:は)?至らな|大事には至りませ"
    r"|(?:通って|かよって|通いで)[^。？?]{0,4}?(?:世話|介護|看病|面倒)"
    r"|(?:世話|介護|看病|リハビリ)を?(?:して|続けて)(?:い|ま|る)"
)
_NEXT_SENTENCE = re.compile(r"[。！？!?\s]*[^。！？!?]*")
# A new danger told after it (また倒れ, 今朝から, 意識が戻らない): keep the alarm.
_DANGER_AGAIN = re.compile(
    r"また|再び|今朝|今夜|さっき|戻らな|戻りませ|意識がな|息をして|動かな|動けな"
)


def _told_as_over(text: str, hit: Hit, end: int) -> bool:
    """「倒れたって聞いてびっくりした。でももう退院したよ」「父が倒れたけど、もう回復して元気
    です」: a collapse or an ambulance told in the past, then as over (back from hospital,
    well again, no danger to life) in the same sentence or the next, with no new danger
    after it."""
    if not _PAST_EVENT.match(text, hit.end) and not _PAST_EVENT.match(text, hit.end - 1):
        return False
    last = _NEXT_SENTENCE.match(text, end).end()  # type: ignore[union-attr]  # always matches
    over = _OVER_NOW.search(text, hit.end, last)
    return over is not None and _DANGER_AGAIN.search(text, hit.end, len(text)) is None


def _partner_before(found: _Found, hit: Hit, begin: int) -> bool:
    """A partner named before ``hit`` in its sentence (夫に殺される笑 is not waved off)."""
    # Why: a joke about a partner may hide DV; keep the alarm there.
    return any(p.entry.label == "spouse" and begin <= p.start < hit.start for p in found.persons)


# ---------------------------------------------------------------- round 14 (22a): abuse and DV

# Literal words one of the frames needs; the frame rule runs only where one is there.
_FRAME_GATE = re.compile(
    r"夢|ドラマ|映画|アニメ|漫画|マンガ|まんが|小説|物語|絵本|番組|動画|ニュース|記事|報道|新聞"
    r"|研修|講座|講演|講義|授業|レポート|論文|卒論|ゼミ|セミナー|勉強会|主人公|登場人物|シーン|場面"
    r"|略|意味|定義|結局|ただの|勘違い|誤解|亡くな|他界|年前|昔の話|前の話|過去の|今は|w|笑|死ぬほど"
)
_FRAMED_ROWS = (
    ("crisis", "abuse"),
    ("crisis", "dv"),
    ("cue", "violence"),
    ("cue", "control"),
    ("cue", "restraint"),
    ("cue", "neglect_sign"),
    ("cue", "withheld_care"),
)
# 「夫に殴られた…という夢を見て」「夢の中で叩かれて」, not 「夢に出るほど怖い、毎日殴られる」.
_DREAM_AFTER_ABUSE = re.compile(
    r"[^。、]{0,14}?(?:という|とゆう|っていう|って|との|な|の)?(?:悪|怖い|こわい|変な|嫌な|いやな)?夢"
    r"(?!に(?:も)?(?:出|で)る|に(?:まで)?見るほど)"
)
_DREAM_BEFORE = re.compile(r"夢(?:の中)?(?:で|では)[^。、]{0,24}$")
# 「正夢になった」「現実でも」: the dream is also what happens.
_REAL_TOO = re.compile(
    r"正夢|現実(?:でも|にも|に(?:も)?な)|実際(?:に|にも)(?:され|殴|叩|あっ)|本当に(?:され|あっ|起き)"
)
# A story, the news, a course or a paper the crisis word is the topic of (not a TV that is on
# while it happens, 「ニュースを見ていたら夫に殴られた」, nor 「ドラマみたいに殴られた」).
_STORY = re.compile(
    r"(?:ドラマ|映画|アニメ|漫画|マンガ|まんが|小説|物語|絵本|番組|動画|ニュース|記事|報道|新聞"
    r"|研修|講座|講演|講義|授業|レポート|論文|卒論|ゼミ|セミナー|勉強会|主人公|登場人物)"
    r"(?!中|みたい|のよう|並み|の(?:時|とき|間|途中|帰り|後|あと)|[^。、]{0,10}?(?:たら|る(?:時|とき)))"
)
# The writer says the story is also theirs: 「うちも同じ」「自分のことかと」「思い出して」.
_OWN_TOO = re.compile(
    r"(?:うち|家|私|わたし|あたし|自分|僕|俺|我が家|わが家|うちの子|娘|息子|夫|妻|旦那|母|父|せがれ)(?:も|にも)"
    r"(?:同じ|そう|され|殴|叩|毎日|いつも|似|なぐ|たた)|同じ(?:こと|目|状況|だ|です|じゃ|や)"
    r"|思い出|重な|自分のこと|他人事(?:と|じゃ|では)|身に覚え"
)
_ASKS_HELP = re.compile(
    r"相談し(?:よう|たい)|助けて|たすけて|逃げたい|にげたい|どうすれば|つらい|辛い|こわい|怖い"
)
_CLAUSE = re.compile(r"[^。、,！？!?\n]+")
_DEFINITION = re.compile(
    r"何の略|なんの略|どういう意味|どんな意味|って(?:何|なに)(?:です|でしょう|？|\?|$)|とは(?:何|なに)"
    r"|の意味(?:は|を|が|って)|の定義|何て読|なんて読"
)
_TERM = re.compile(r"^(?:DV|dv|虐待|モラハラ|ネグレクト|ドメスティック)")
_PAST = re.compile(
    r"昔|むかし|子(?:ども|供)(?:の)?(?:頃|ころ|時)|小さい(?:頃|ころ|時)|幼い(?:頃|ころ)|若い(?:頃|ころ)"
    r"|学生(?:の頃|時代)|当時|[0-9一二三四五六七八九十数何]+年(?:ほど|くらい|ぐらい)?前|かつて"
    # 23g: 「親の虐待から逃げて20年」
    r"|(?:逃げ|にげ|離れ|はなれ|家を出|縁を切っ|絶縁し)て(?:から)?(?:もう)?[0-9一二三四五六七八九十数何]+年"
)
_CLOSED = re.compile(
    r"(?:もう|既に|すでに)[^。]{0,10}?(?:前の話|昔の話|過去の(?:話|こと)|終わっ|済んだ)|亡くな|他界"
    r"|今は[^。]{0,8}?(?:平穏|穏やか|落ち着|幸せ|大丈夫|元気|仲良|普通に|関係な|縁を切)|吹っ切|乗り越え"
    r"|今は(?:結婚|再婚|自分の家庭|家庭を持)"  # 23g: 「逃げて20年、今は結婚して子どももいます」
)
_ONGOING = re.compile(
    r"今も|今でも|いまだに|未だに|相変わらず|最近(?:も|また)|今日も|昨日も|また(?:殴|叩|怒鳴|暴)|続いて"
    r"|続け|まだ(?:殴|叩|怒鳴|暴|続)|フラッシュバック|眠れ|夢に"
)
_SUSPECTED = re.compile(r"(?:かも|かと)(?:と|って)?(?:思|おも)[^。]{0,10}?(?:通報|相談|連絡)")
_RESOLVED = re.compile(
    r"結局|ただの|勘違い|誤解|違いました|違った|何もなかった|何でもなかった|杞憂"
)
# 「死ぬほどお腹すいたｗ」: the writer's own hunger said as a joke.
_JOKE_AFTER = re.compile(r"^[^。、]{0,4}?(?:w|笑|草|😂|🤣)")
_HYPERBOLE_BEFORE = re.compile(r"(?:死ぬほど|しぬほど|めっちゃ|まじで|マジで|超)$")


def _framed_abuse(found: _Found, ev: _Evidence) -> None:
    """Abuse and DV words told as a dream, a story, the news or a course, a question of what
    a word means, a past that is over, or a suspicion that came to nothing are no crisis now;
    withdraw them before the rules use them."""
    text = found.text
    closed = bool(_CLOSED.search(text)) and not _ONGOING.search(text)
    resolved = bool(_RESOLVED.search(text)) and not _ONGOING.search(text)
    own_too = bool(_OWN_TOO.search(text))
    real_too = bool(_REAL_TOO.search(text))
    for key in _FRAMED_ROWS:
        for hit in list(found.by.get(key, [])):
            why = _frame_of(text, hit, closed, resolved, own_too, real_too)
            if why:
                _withdraw(found, ev, hit, why)


def _frame_of(
    text: str, hit: Hit, closed: bool, resolved: bool, own_too: bool, real_too: bool
) -> str:
    """Why the hit is framed (empty if it is not)."""
    s_start, s_end = _sentence_around(text, hit.start, hit.end)
    sentence = text[s_start:s_end]
    if hit.entry.label in ("neglect_sign", "withheld_care") and (
        _JOKE_AFTER.match(text[hit.end : s_end])
        or _HYPERBOLE_BEFORE.search(text[s_start : hit.start])
    ):
        return "冗談・大げさな言い方の空腹（書き手自身のこと。ネグレクトではない）"
    if not real_too and (
        _DREAM_AFTER_ABUSE.match(text, hit.end, s_end)
        or _DREAM_BEFORE.search(text[s_start : hit.start])
    ):
        return "夢の中のこと（今の危険ではない）"
    c_start, c_end = _clause_around(text, hit)
    if not own_too and _STORY.search(text[c_start:c_end]) and not _ASKS_HELP.search(sentence):
        return "ドラマ・ニュース・研修・レポートなどの話（本人の相談ではない）"
    if (
        hit.entry.group == "crisis"
        and _TERM.match(text[hit.start : hit.end])
        and _DEFINITION.search(sentence)
    ):
        return "言葉の意味をたずねている（相談ごとではない）"
    if closed and _PAST.search(sentence):
        return "終わった昔の話（今の危険ではない）"
    if resolved and _SUSPECTED.search(sentence):
        return "疑ったが違った話（今の危険ではない）"
    return ""


def _clause_around(text: str, hit: Hit) -> tuple[int, int]:
    """The clause (between 、 and 。) holding the hit, or its sentence if it spans commas."""
    for clause in _CLAUSE.finditer(text):
        if clause.start() <= hit.start and hit.end <= clause.end():
            return clause.span()
    return _sentence_around(text, hit.start, hit.end)


# Words a parent says to wound a child: 「死ね」「産まなきゃよかった」「いらない子」.
_CRUEL_WORDS = re.compile(
    r"死ね|しね|氏ね|消えろ|きえろ|産まなきゃ|生まなきゃ|うまなきゃ|産まなければ|生まなければ"
    r"|産むんじゃなかった|生むんじゃなかった|いらない子|要らない子|生まれてこなければ|お前なんか|おまえなんか"
)
_SAID_TO_ME = re.compile(
    r"言われ|いわれ|ゆわれ|言ってく|いってく|怒鳴られ|どなられ|って言う|と言う"
)


def _cruel_words_to_a_child(found: _Found, ev: _Evidence) -> None:
    """A child or teenager told 「死ね」「産まなきゃよかった」 by a parent: psychological abuse,
    not the child's own wish to die."""
    if not found.person_labels() & _PARENTS or _own_partners(found):
        return
    text = found.text
    for words in _CRUEL_WORDS.finditer(text):
        s_start, s_end = _sentence_around(text, words.start(), words.end())
        if _SAID_TO_ME.search(text, words.end(), s_end):
            why = "親からの心ない言葉（子どもへの心理的虐待）"
            ev.add("abuse", "crisis", words.start(), words.end(), why)


# Carers and staff of a facility: 「作業所で職員さんに毎日どなられる」.
_STAFF = re.compile(r"職員|支援員|指導員|スタッフ|ヘルパー|介護士|看護師|世話人")
_STAFF_BY = re.compile(r"(?:さん|たち|達|の人|の方)?(?:に|から)(?:は|も)?")
_STAFF_DOES = re.compile(r"(?:さん|たち|達|の人|の方)?(?:が|は|も)")
_STAFF_SHOUTING = re.compile(r"怒鳴|どな|罵|ののし|暴言")


def _shouted_at_by_carers(found: _Found, ev: _Evidence) -> None:
    """A disabled or older person shouted at by the staff who care for them: abuse by carers
    (障害者虐待・高齢者虐待), however many words come between."""
    text = found.text
    for hit in found.cue("control"):
        if not _STAFF_SHOUTING.search(text, hit.start, hit.end):
            continue
        passive = "られ" in text[hit.start : hit.end + 3] or "され" in text[hit.start : hit.end + 3]
        s_start, _ = _sentence_around(text, hit.start, hit.end)
        for staff in _STAFF.finditer(text, s_start, hit.start):
            # 「職員さんに怒鳴られる」, or 「職員さんが父を怒鳴りつける」 (someone is the object).
            by = _STAFF_BY if passive else _STAFF_DOES
            if by.match(text, staff.end()) and (passive or "を" in text[staff.end() : hit.start]):
                why = f"職員からの暴言（障害のある人・高齢の人への虐待）：{hit.entry.note}"
                ev.hit("abuse", "crisis", hit, why)
                break


# ---------------------------------------------------------------- round 15 (23g): crisis-heavy set

# A means of suicide in hand (ロープ, 練炭, 七輪, 睡眠薬) and a step being taken with it now: where
# to tie it, loaded into the car, the room sealed, about to use it.
_MEANS_23g = (
    r"(?:ロープ|ろーぷ|縄|なわ|紐|ひも|ヒモ|ベルト|練炭|七輪|睡眠薬|薬"
    r"|包丁|ナイフ|刃物|カッター|かみそり|剃刀)"
)
_MEANS_READIED_23g = re.compile(
    _MEANS_23g + r"[^\n]{0,30}?(?:"
    r"(?:どこ|場所|ところ|とこ)[^。\n]{0,6}?(?:結|むす|吊|つる|かけ|掛け|くく|括)"
    r"|(?:結|むす|吊|つる|掛け|括)[べれせ]る(?:場所|ところ|とこ|所)"
    r"|(?:車|くるま|部屋|へや)(?:の中)?に(?:積|つ[んま]|運|はこ|持ち込|もちこ|用意|置)"
    r"|目張り|めばり|(?:今|いま)から(?:使|つか|飲|の[むみ]|火|やる|する)|火を(?:つけ|付け|おこ|起こ)"
    r")"
)


def _means_readied_23g(found: _Found, ev: _Evidence) -> None:
    """「ロープ買ってきた。部屋のどこに結べるか調べてる」「練炭と七輪、車に積んだ」: a suicide
    message that tells of a means in hand and a step being taken with it now (where to tie
    it, loaded into the car, the room sealed) is someone in danger now: emergency too."""
    text = found.text
    readied = _MEANS_READIED_23g.search(text)
    if readied is None:
        return
    why = "自殺の道具を用意して、今使おうとしている：緊急（命の危険）"
    ev.add("emergency", "crisis", readied.start(), readied.end(), why)


# 「もう長くないし迷惑かけたくない」「お荷物になりたくない」: being a burden, said by someone…
_BURDEN_23g = re.compile(
    r"迷惑(?:を|ば)?(?:かけたくな|かけとうな|かけられん|かけられな|かけとる|かけてる|かけるだけ|ばかり)"
    r"|もう長く(?:な|は)|長うない|お荷物|おにもつ|厄介者|やっかいもの|足手まとい|あしでまとい|役立たず"
    r"|生きとっても|生きてても|生きていても|死なせて|しなせて"
)
# …who takes a blade or a rope away and shuts themself in, or leaves with it…
_BLADE_TAKEN_23g = re.compile(
    r"(?:包丁|ほうちょう|ナイフ|刃物|カッター|かみそり|剃刀|ロープ|縄|紐|ひも)(?:を)?[^。]{0,6}?"
    r"(?:持ち出|もちだ|持って|もって|握|にぎ|手に|隠し持|かくしも)"
)
# …not to cook or to sharpen it.
_KITCHEN_WORK_23g = re.compile(
    r"料理|調理|研|野菜|魚を|肉を|果物|りんご|切って(?:くれ|もら)|荷造り|ごみ"
)


def _burden_and_blade_23g(found: _Found, ev: _Evidence) -> None:
    """「祖父が「もう長くないし迷惑かけたくない」と言って包丁持ち出して部屋にこもった」: someone
    who speaks of being a burden and takes a knife or a means away with them is at risk of
    suicide; the knife alone (a threat, cooking) is not."""
    text = found.text
    burden = _BURDEN_23g.search(text)
    if burden is None:
        return
    blade = _BLADE_TAKEN_23g.search(text)
    if blade is None or _KITCHEN_WORK_23g.search(text):
        return
    why = "「迷惑かけたくない」と言って刃物などを持って行った：自殺の危険"
    ev.add("suicide", "crisis", burden.start(), burden.end(), why)
    ev.add("suicide", "crisis", blade.start(), blade.end(), why)


# A parent staying away, told by a child: 「お母さんは彼氏の家に行ってかえってこない」.
_PARENT_AWAY_23g = re.compile(
    r"(?:お母さん|おかあさん|母さん|かあさん|ママ|まま|母|お父さん|おとうさん|父さん|パパ|ぱぱ|父|親)"
    r"(?:は|が|も)?[^。]{0,20}?(?:帰ってこな|帰って来な|かえってこな|帰らな|かえらな|帰ってこん|かえってこん"
    r"|戻ってこな|もどってこな|(?:家|いえ|うち|夜|よる)(?:に|は)?いな|おらん|泊まって|とまって)"
)
# 「ダイエットで夜ご飯食べてない」「部活で」: the child's own choice or timetable.
_OWN_CHOICE_23g = re.compile(
    r"ダイエット|食欲|食べたくな|たべたくな|部活|塾|残して|好き嫌い|お腹(?:が)?痛"
)
_MEALS_OFTEN_23g = re.compile(
    r"日が(?:多|おお)|ことが(?:多|おお)|いつも|毎日|まいにち|よく|しょっちゅう"
)


# 29k8: a pupil with no meals at home who has not eaten for days, or gets no money for food
# either (「もう3日ちゃんと食べてない」「お金もくれない」).
_DAYS_UNFED_29k8 = re.compile(
    r"(?:[0-9０-９一二三四五六七]日(?:間)?|何日も|なんにちも|二日|ふつか|三日|みっか|丸一日|まる一日)"
    r"(?:も|くらい|ぐらい|以上)?[、]?(?:ちゃんと|まともに|ろくに|何も|なにも|なんも|ほとんど|ご飯を?|ごはんを?)?"
    r"(?:食べ|たべ)て(?:い)?(?:ない|ません|へん|ん|ねえ|ねぇ)"
)
_NO_MONEY_EITHER_29k8 = re.compile(
    r"(?:お金|おかね|食費|しょくひ|お小遣い|おこづかい|こづかい)(?:も|すら|さえ)(?:くれ|もらえ)"
    r"(?:ない|ません|へん|ん|ねえ|ねぇ|なくて)"
)


def _child_without_meals_23g(found: _Found, ev: _Evidence) -> None:
    """「小4です。夜ごはんない日が多い。お母さんは彼氏の家に行ってかえってこない」: a child who
    writes of no meals at home, often or with a parent staying away, tells of neglect
    (abuse), and the parent away is no missing person (the kana-only case is
    _kana_child_neglect)."""
    text = found.text
    # 29k8: 「親がごはん作ってくれない」: the parent named before is the one who gives no meals.
    meals = [
        h
        for h in found.cue("no_meals")
        if not _said_of_someone(found, h) or "くれ" in text[h.start : h.end]
    ]
    if not meals or _OWN_CHOICE_23g.search(text):
        return
    away = list(_PARENT_AWAY_23g.finditer(text))
    often = any(_MEALS_OFTEN_23g.search(text, h.start, h.end + 8) for h in meals)
    # 29k8: 「親がごはん作ってくれないしお金もくれない。もう3日ちゃんと食べてない」
    unfed = (
        _DAYS_UNFED_29k8.search(text) or _NO_MONEY_EITHER_29k8.search(text)
    ) and not _ILL_OR_CHOICE_28d8.search(text)
    if not away and not often and not unfed:
        return
    why = "子どもが書くネグレクトのサイン：家でごはんがない・親が帰ってこない"
    for hit in meals:
        ev.hit("abuse", "crisis", hit, why)
    for m in away:
        ev.add("abuse", "crisis", m.start(), m.end(), why)
    ev.drop_inside(
        "emergency",
        [m.span() for m in away],
        "親が家をあけている（行方不明でなくネグレクトとして扱う）",
        overlapping=True,
    )


# round 20 (28d8): 「家でご飯でない。きのうから何もたべてない。小4」: a child who has eaten
# nothing since yesterday (not ill, not dieting) is a child not fed at home.
_UNFED_SINCE_28d8 = re.compile(
    r"(?:きのう|昨日|おととい|一昨日|ゆうべ|昨夜|朝|あさ|[0-9一二三]日(?:前|間)?|何日も|なんにちも)"
    r"(?:の(?:朝|夜|昼|よる|ひる))?から(?:ずっと)?(?:何も|なにも|なんも|なんにも|ごはん|ご飯)"
    r"(?:を|も)?(?:食べ|たべ)て(?:い)?(?:ない|ません|へん|ん|ねえ|ねぇ)"
)
_ILL_OR_CHOICE_28d8 = re.compile(
    r"熱|ねつ|風邪|かぜ|吐|はい(?:た|て)|具合|ぐあい|体調|食欲|インフル|胃|気持ち悪|きもちわる"
    r"|ダイエット|手術|検査|絶食|断食|ショック|失恋|部活|試合"
)


def _child_unfed_since_28d8(found: _Found, ev: _Evidence) -> None:
    """「家でご飯でない。きのうから何もたべてない。小4」: a pupil writing that they have eaten
    nothing since yesterday, with no illness or choice of their own, tells of neglect
    (abuse); a child who is ill or dieting (熱で昨日から何も食べてない) is not."""
    text = found.text
    match = _UNFED_SINCE_28d8.search(text)
    if match is None or _ILL_OR_CHOICE_28d8.search(text):
        return
    if any(p.entry.label != "self" and 0 <= match.start() - p.end <= 3 for p in found.persons):
        return  # 「弟がきのうから何も食べてない」: someone else's meals
    why = "子どもが書くネグレクトのサイン：きのうから何も食べていない"
    ev.add("abuse", "crisis", match.start(), match.end(), why)
    ev.add("child", "field", match.start(), match.end(), f"{why}（本人が子ども）")


# An older person's money (ばあちゃんの年金) used up by a relative (おじさんが全部使ってて).
_OLDER_MONEY_23g = re.compile(
    r"(?:祖母|祖父|ばあちゃん|じいちゃん|ばあさん|じいさん|おばあちゃん|おじいちゃん|婆ちゃん|爺ちゃん"
    r"|母|父|お母さん|お父さん|おふくろ|親父|親)(?:\([0-9]{2,3}(?:歳|才)?\))?の"
    r"(?:年金|お金|おかね|貯金|預金|通帳|キャッシュカード)"
)
_RELATIVE_23g = (
    r"(?:おじさん|おじちゃん|叔父|伯父|おばさん|おばちゃん|叔母|伯母|いとこ|従兄|従姉|甥|姪|親戚|孫"
    r"|兄|弟|姉|妹|息子|娘|長男|次男|長女|次女)"
)
_RELATIVE_SPENDS_23g = re.compile(
    _RELATIVE_23g + r"(?:さん|ちゃん)?(?:の[^。、]{0,4}?)?(?:が|は)[^。]{0,10}?"
    r"(?:全部使|ぜんぶ使|ぜんぶつか|全部つか|使い込|使いこ|使い果た|使ってしま|使っちゃ|使うてしま|使うとる"
    r"|使って(?:て|る|いる|おる|とる)|勝手に使|取り上げ|とりあげ|巻き上げ|持って(?:い|っ)|パチンコ|飲み代)"
)


def _older_money_used_by_relative_23g(found: _Found, ev: _Evidence) -> None:
    """「ばあちゃんの年金、同居のおじさんが全部使ってて」: an older person's pension or savings
    used up by an uncle, a grandchild or another relative is economic elder abuse, and
    care (not the writer's own money trouble)."""
    text = found.text
    money = _OLDER_MONEY_23g.search(text)
    if money is None:
        return
    begin, end = _sentence_around(text, money.start(), money.end())
    spends = _RELATIVE_SPENDS_23g.search(text, begin, end)
    if spends is None or _HANDLED_FOR.match(text, spends.end()):
        return
    why = "親戚が高齢の人の年金やお金を使ってしまう（経済的虐待）"
    for start, stop in (money.span(), spends.span()):
        ev.add("abuse", "crisis", start, stop, why)
        ev.add("care", "field", start, stop, why)
    ev.drop_inside(
        "hardship", [money.span()], f"{why}（本人のお金の困りごとではない）", overlapping=True
    )


# Written in secret while the partner sleeps or is out (夫が寝てるあいだにこっそり)…
_SECRETLY_23g = re.compile(
    r"(?:寝て(?:る|いる)|ねて(?:る|いる)|寝とる|いない|おらん|出かけて(?:る|いる)|仕事(?:に)?(?:行って|いって)(?:る|いる))"
    r"(?:あいだ|間|すき|隙|うち)に|(?:出張|仕事|留守|不在|入院|夜勤)中の?(?:あいだ|間|すき|隙|うち)に"
    r"|こっそり|隠れて|かくれて|(?:バレ|ばれ|知られ|しられ|見つから)(?:ない|ん)(?:よう|ように)"
    r"|(?:知られ|しられ|バレ|ばれ)ずに"
)
# …or asking for a shelter, and wanting to get out now.
_GET_OUT_23g = re.compile(
    r"シェルター|(?:(?:家|うち|いえ)を?出たい|家(?:を)?出(?:たい|よう)|逃げたい|にげたい"
    r"|逃げ(?:る|られる)(?:場所|ところ)|避難したい|出ていきたい|出て行きたい)"
    r"(?!(?:くらい|ぐらい|ほど|レベル))"  # 「逃げたいくらい恥ずかしい」
)
# What is done in secret: this message, a call, a consultation.
_CONTACTING_23g = re.compile(
    r"送|おく[っり]|連絡|相談|書い|かい|打っ|うっ|メッセージ|LINE|ライン|らいん|電話|でんわ"
)
_NOT_A_REFUGE_23g = re.compile(
    r"犬|猫|ペット|動物|保護犬|保護猫|核|防災|災害|地震|台風|洪水|避難所"
)


def _fleeing_a_partner_23g(found: _Found, ev: _Evidence) -> None:
    """「今すぐ家を出たい。夫が寝てるあいだにこっそり送ってます。シェルターってすぐ入れますか」:
    a writer who wants to get away from a partner, writing in secret or asking for a
    shelter, is in DV (domain facts 3.9: 夫に知られずに相談できますか, 今すぐ逃げたい)."""
    text = found.text
    partner = _own_partners(found)
    if not partner or _NOT_A_REFUGE_23g.search(text):
        return
    out = _GET_OUT_23g.search(text)
    if out is None:
        return
    secret = _SECRETLY_23g.search(text)
    if secret is not None and not _CONTACTING_23g.search(text, secret.end(), secret.end() + 14):
        secret = None  # 「夫にバレないようにへそくり」: a secret, but not this message
    if secret is None and "シェルター" not in text:
        return
    why = "パートナーから隠れて逃げたい・シェルターを探している：DVの疑い"
    ev.add("dv", "crisis", out.start(), out.end(), why)
    if secret is not None:
        ev.add("dv", "crisis", secret.start(), secret.end(), why)
    for hit in partner:
        ev.hit("dv", "crisis", hit, why)


# Someone behind a door who does not answer (ノックしても声がしない, 呼んでも返事がない)…
_NO_SOUND_23g = re.compile(
    r"(?:ノック|のっく|ドア(?:を)?(?:叩|たた)|戸(?:を)?(?:叩|たた)|呼|よ[んび]|声(?:を)?かけ|声掛け)"
    r"[^。]{0,6}?(?:ても|でも)[、,]?[^。]{0,6}?"
    r"(?:声が(?:しな|せん|せえへん)|返事(?:が|も)?(?:な|せ|し[なー])|反応(?:が|も)?(?:な|せ)|物音(?:が|も|ひとつ)?(?:しな|せん|せえへん)"
    r"|応答(?:が|も)?な|音(?:が|も)?(?:しな|せん)|うんともすんとも)"
)
# …shut in for days, or not eating.
_SHUT_FOR_DAYS_23g = re.compile(
    r"(?:[0-9二三四五六七八九十何数]|丸一|まる一|丸|まる)日(?:間)?(?:も)?[^。]{0,6}?(?:出てこ|出て来|でてこ|出ん|出ない|こも|篭|籠)"
    r"|昨日から|きのうから|おとといから|一昨日から|何日も|ご飯(?:も|を)?(?:食べて(?:い)?な|手(?:を)?つけ)"
    r"|ごはん(?:も|を)?(?:食べて(?:い)?な|手(?:を)?つけ)|食事(?:も|を)?(?:とって(?:い)?な|取って(?:い)?な|して(?:い)?な)"
)


_AWAY_23g = re.compile(r"留守|不在|空き家|出かけ|外出|帰省|引っ越|ひっこ|宅配|配達|訪問販売|勧誘")


def _silent_behind_a_door_23g(found: _Found, ev: _Evidence) -> None:
    """「ひきこもりの息子が部屋から3日出てこない。ご飯も食べてないし、ノックしても声がしない」:
    someone shut in a room for days, or not eating, who gives no answer when knocked or
    called, may have collapsed or harmed themself (emergency); one who answers is not."""
    text = found.text
    silent = _NO_SOUND_23g.search(text)
    if silent is None or not _SHUT_FOR_DAYS_23g.search(text):
        return
    if _REASON_FOR_SILENCE.search(text) or _AWAY_23g.search(text):
        return
    why = "何日も部屋から出てこず、呼んでも返事がない：緊急（安否の心配）"
    ev.add("emergency", "crisis", silent.start(), silent.end(), why)


# 「死にたいとかは全然ないです」「消えたいなんて思ってないです」: suicide words denied.
_SUICIDE_DENIED_23g = re.compile(
    r"(?:とか|なんて|なんか|みたいな(?:こと|の|気持ち)|っていう(?:の|気持ち)|(?:という|って)?(?:気持ち|きもち|こと|の))"
    r"(?:は|も)?[、,]?(?:全然|ぜんぜん|全く|まったく|別に|べつに|特に|とくに|一切|いっさい|本当に|ほんとに)?"
    r"(?:ない|無い|ありません|ないです|思って(?:い)?(?:ない|ません)|考えて(?:い)?(?:ない|ません)"
    r"|思わない|考えない|ないので|ないから)(?![らりくけ])"
    r"|わけ(?:じゃ|では)(?:ない|ありません)(?!けど|が)"
)


def _suicide_denied_23g(found: _Found, ev: _Evidence) -> None:
    """「死にたいとかは全然ないです！ただ最近寝つきが悪くて」: a suicide word the writer denies
    at once is no crisis; 「死にたいとかじゃないけど消えたい」 still is (the other word counts)."""
    text = found.text
    hits = found.get("crisis", "suicide")
    denied = [h for h in hits if _SUICIDE_DENIED_23g.match(text, h.end)]
    # Every suicide word lies in a denied one (死に inside 死にたい), or none is withdrawn.
    if not denied or not all(any(_overlaps(h, d) for d in denied) for h in hits):
        return
    why = "すぐに打ち消している（「死にたいとかはない」。自殺の危険ではない）"
    for hit in list(hits):
        _withdraw(found, ev, hit, why)


# 「死ぬー」「しぬ〜」: a drawn-out 死ぬ…
_DRAWN_OUT_DEATH_23g = re.compile(r"[ーｰ〜~ぅうっ]+")


def _drawn_out_death_23g(found: _Found, ev: _Evidence) -> None:
    """「夫が毎晩「死ぬー」ってソファで寝落ちしてる笑」: a bare 死ぬ drawn out (死ぬー) in a message
    that laughs is a way of saying one is worn out, not a wish to die."""
    text = found.text
    if not _FINE_AFTER_ALL.search(text):
        return
    why = "「死ぬー」のような口ぐせ（疲れたの言い方。自殺の意味ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if _PLAIN_DEATH.fullmatch(text, hit.start, hit.end) and _DRAWN_OUT_DEATH_23g.match(
            text, hit.end
        ):
            _withdraw(found, ev, hit, why)


# 「一般的な話として」「参考までに」: abuse asked about in general, for no one in particular.
_IN_GENERAL_23g = re.compile(
    r"一般的|一般論|いっぱん的|参考までに|仮の話|例えばの話|たとえばの話|知識として|勉強のため"
)
_REPORTING_23g = re.compile(r"通報|つうほう|相談窓口|窓口|どこに(?:連絡|相談)|匿名")


def _abuse_asked_in_general_23g(found: _Found, ev: _Evidence) -> None:
    """「高齢者虐待の通報って匿名でもできるんですか？一般的な話として知りたいです」: how to report
    abuse, asked in general, names no one harmed: no crisis (the care or child field stays)."""
    text = found.text
    if not _IN_GENERAL_23g.search(text) or not _REPORTING_23g.search(text):
        return
    why = "一般論として通報のしかたをたずねている（今の虐待の相談ではない）"
    if "高齢" in text:
        for hit in found.get("crisis", "abuse"):
            ev.add("care", "field", hit.start, hit.end, "高齢者虐待の通報のしかた：介護の相談")
    ev.drop_inside("abuse", [(0, len(text))], why)


# 「娘が婚約者に殴られてる」: a grown child's partner who hits them.
_KIN_PARTNER_23g = re.compile(
    r"(?:娘|息子|姉|妹|兄|弟|せがれ)(?:さん)?(?:が|は)[^。]{0,4}?(?:の)?"
    r"(?:婚約者|彼氏|彼女|夫|旦那|妻|嫁|奥さん|奥様|ご主人|交際相手|恋人|パートナー|同棲相手"
    r"|婿|むこ|主人|連れ合い)"  # 33d10: 婿さん, 主人, 連れ合い
    r"(?:さん|どん|殿)?(?:に|から)"
)


# round 25 (33a10): 「娘が顔にあざを作って帰ってきました。旦那さんに殴られたらしいです」: the
# grown daughter or son is the subject of one sentence, their partner (さん, ご主人, 彼氏: not
# the writer's own 夫) opens the next with the blow.
_KIN_PARTNER_NEXT_33a10 = re.compile(
    r"(?:娘|息子|姉|妹|兄|弟|せがれ)(?:さん)?(?:が|は|、)[^。\n]{0,40}?[。\n]\s*"
    r"(?:どうも|どうやら|なんでも|聞けば|聞いたら)?[、,]?"
    r"(?:旦那さん|だんなさん|ご主人|ごしゅじん|奥さん|彼氏|かれし|彼女|婚約者|交際相手|恋人|"
    r"パートナー|同棲相手|婿|むこ|お婿さん|婿さん|夫さん|嫁さん|相手の(?:男|人|方))"
    r"(?:に|から)[^。]{0,10}?(?:殴|なぐ|叩|たた|蹴|け[らっ]|ぶた|やられ|手を(?:上げ|あげ|出)|暴力)"
)


def _bruise_from_a_kin_partner_23g(found: _Found, ev: _Evidence) -> None:
    """「娘が婚約者に殴られてるみたいです。先週顔にあざを作って帰ってきました」: a bruise on a
    grown daughter or son hit by their partner is DV, not child abuse."""
    text = found.text
    if _KIN_PARTNER_23g.search(text) is None and _KIN_PARTNER_NEXT_33a10.search(text) is None:
        return
    why = "大人の子やきょうだいがパートナーから受けた暴力のあざ（DVとして扱う）"
    bruises = [(h.start, h.end) for h in found.cue("bruise")]
    ev.drop_inside("abuse", bruises, why)
    ev.drop_inside("child", bruises, why)


# Literal words the round 15 (23g) rules need; each rule runs only where one is there.
_BURDEN_GATE_23g = re.compile(
    r"迷惑|長く|長う|荷物|にもつ|厄介|やっかい|足手|あしで|役立たず|生きとっ|生きて|死なせ|しなせ"
)
_MONEY_GATE_23g = re.compile(r"年金|お金|おかね|貯金|預金|通帳|キャッシュカード")
_DOOR_GATE_23g = re.compile(r"ノック|のっく|ドア|戸|呼|よん|よび|声")


def _expelled_child_23g(found: _Found, expelled: list[Hit], partner: list[Hit]) -> bool:
    """「夫に「出ていけ」と言われる…子ども2人いて」: with the writer's partner named, 「出ていけ」
    is said to the writer (DV), not a child put out, unless a child is named right before it
    (子どもに「出ていけ」, 息子を追い出した)."""
    if not partner:
        return True
    text, sentences = found.text, found.tokens.sentences
    return any(
        p.entry.label == "child"
        and p.end <= hit.start
        and sentences[p.first] == sentences[hit.first]
        and re.match(r"(?:さん|ちゃん|くん|たち|達)?(?:に|を|まで|も)", text[p.end : hit.start])
        for p in found.persons
        for hit in expelled
    )


# 「最後に誰かと話したかった」: a farewell at the end of a suicide message.
_LAST_TALK_23g = re.compile(r"最後に[^。]{0,10}?(?:話|はな|声|こえ|会|あ[いえ]|聞|き[きけ])")


def _last_words_not_isolation_23g(found: _Found, ev: _Evidence) -> None:
    """「練炭と七輪、車に積んだ。最後に誰かと話したかった」: wanting to talk to someone one last
    time is a farewell (suicide), not a life without anyone to talk to (isolation); other
    words of being alone (誰とも話していない) still count."""
    spans = [m.span() for m in _LAST_TALK_23g.finditer(found.text)]
    why = "最後に誰かと話したかった（別れの言葉。自殺の危険として扱う）"
    ev.drop_inside("isolation", spans, why, overlapping=True)


# 「ネットで8050問題って見て、うちもいずれそうなるのかな」: the word read about, a worry ahead.
_READ_ABOUT_23g = re.compile(
    r"ネット|ニュース|テレビ|記事|番組|特集|新聞|本で|SNS|見て|みて|読んで|よんで|聞いて|知って|って(?:言葉|ことば)"
)
_AHEAD_23g = re.compile(
    r"いずれ|将来|そのうち|この先|先々|なるのかな|なるのでは|なるんじゃ|ならないか|なったら|なりそう"
)
_CHILD_WORKS_23g = re.compile(r"働いて|はたらいて|仕事して|勤めて|会社員|正社員")


def _8050_read_about_23g(found: _Found, ev: _Evidence) -> None:
    """「ネットで8050問題って見て、うちもいずれそうなるのかなと。息子は今ふつうに働いてる」:
    the word 8050 read in the news, feared for later, with a child who works now, is no 8050
    household yet."""
    text = found.text
    if not (_READ_ABOUT_23g.search(text) and _AHEAD_23g.search(text)):
        return
    if not _CHILD_WORKS_23g.search(text):
        return
    why = "ニュースなどで見た8050問題を先の心配として話している（今の8050ではない）"
    ev.drop_inside("8050", [(0, len(text))], why)


# 「おじいちゃんに叩かれる」 (the one who does it), 「おばあちゃんの家に預けている」 (a place).
_AGENT_AFTER_23g = re.compile(r"(?:さん|ちゃん)?(?:に|から|によって|の)")


def _older_victim_is_care_23g(found: _Found, ev: _Evidence) -> None:
    """「近所のおじいちゃん、息子さんに家の外に締め出されてる」: an older person who is abused
    needs care as well as protection (the care field); an older person who does the harm
    (おじいちゃんに叩かれる) or whose house it is (おばあちゃんの家で) is not counted here,
    nor is anyone when a child is in the message (「おじいさんが孫を叩いとる」: the child
    is the one harmed)."""
    if ev.has("child"):
        return
    text = found.text
    why = "虐待を受けている高齢の人（介護の相談）"
    for hit in found.cue("elderly"):
        if _AGENT_AFTER_23g.match(text, hit.end):
            continue
        # 「近所の子が、おばあちゃんと住んでるのに」: the child told of first is the one harmed.
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if "子" in text[begin : hit.start]:
            continue
        ev.hit("care", "field", hit, f"{why}：{hit.entry.note}")


# ---------------------------------------------------------------- round 15 (23c)

# 「これDVですよね？😂」「DVだわ笑」: the word DV or モラハラ asked or said with a laugh…
_DV_TERM_23c = re.compile(r"DV|dv|モラハラ|虐待")
_TERM_JOKE_23c = re.compile(
    r"[^。、!！?？\n]{0,8}?[!！?？]*[^。\n]{0,2}?(?:[wｗ](?![a-zA-Z])|笑(?!え|わ|い|って)|草|😂|🤣|😆|😅|😝|😜)"
)
# …over a trifle (food eaten, a game, the remote), with no violence or control named.
_HARM_CUES_23c = frozenset({"violence", "control", "expelled", "restraint", "withheld_money"})


def _dv_term_as_a_joke_23c(found: _Found, ev: _Evidence) -> None:
    """「夫が私のプリン勝手に食べた。これDVですよね？😂」「彼氏にアイス食べられた、DVだわ笑」:
    the word DV (or モラハラ) used laughing about a trifle, in a message that names no violence,
    threat or control, is a joke, not a report of DV. With 殴られた笑, 見張られてる or any other
    harm named, the word still counts (a laugh may hide DV)."""
    if found.cues & _HARM_CUES_23c:
        return
    text = found.text
    why = "冗談で使った「DV」「虐待」（暴力や支配は書かれていない。相談ごとではない）"
    for hit in list(found.get("crisis", "dv") + found.get("crisis", "abuse")):
        if not _DV_TERM_23c.fullmatch(text, hit.start, hit.end):
            continue
        if _TERM_JOKE_23c.match(text, hit.end) or _quoted_in_jest_28b8(text, hit):
            _withdraw(found, ev, hit, why)
            for person in found.persons:
                ev.drop(hit.entry.label, person.start, person.end, why)


# 36t13: 「ネットでそれ経済的DVって書かれてたけど違いますよね」: a DV word read or heard
# somewhere, then denied by the writer.
_TERM_DENIED_36t13 = re.compile(
    r"(?:DV|dv|モラハラ|虐待)(?:だよ|です|だ)?(?:って|と|とか)[^？?\n]{0,36}?(?:違います|ちがいます|違うよね"
    r"|ちがうよね|違うでしょ|ちがうでしょ|違いますか|ちがいますか|当てはまらな|あてはまらな"
    r"|じゃないですよね|ではないですよね|じゃないよね)"
)


def _dv_term_read_and_denied_36t13(found: _Found, ev: _Evidence) -> None:
    """「給料の管理は全部夫だけど必要な分はくれる。ネットでそれ経済的DVって書かれてたけど違い
    ますよね」: the word DV (or モラハラ, 虐待) met online or in talk and denied by the writer,
    in a message that names no violence, threat or control, is a question, not a report.
    With any harm named (殴る, 怒鳴る, お金を渡さない) the word still counts: victims often
    play it down."""
    if found.cues & _HARM_CUES_23c:
        return
    text = found.text
    why = "どこかで見た「DV」という言葉を、書き手が打ち消している（暴力や支配は書かれていない）"
    denied = [m.span() for m in _TERM_DENIED_36t13.finditer(text)]
    for hit in list(found.get("crisis", "dv") + found.get("crisis", "abuse")):
        if not _DV_TERM_23c.fullmatch(text, hit.start, hit.end):
            continue
        if not any(a <= hit.start < b for a, b in denied):
            continue
        _withdraw(found, ev, hit, why)
        for person in found.persons:
            ev.drop(hit.entry.label, person.start, person.end, why)
        for money in found.get("field", "hardship"):  # 「経済的DV」: the word, not money trouble
            if money.end == hit.start:
                ev.drop("hardship", money.start, money.end, why)


# 28b8: 「冗談で「DV彼氏かよ」って言い合ってた笑」: the word inside a quote said in jest — a
# joke word before the quote, or a laugh or 言い合う・ツッコむ after it.
_JEST_BEFORE_28b8 = re.compile(
    r"(?:冗談|じょうだん|ジョーダン|ふざけ|おふざけ|ネタ|ノリ|からかっ|茶化し|ちゃかし)"
    r"(?:で|て|半分で|っぽく|まじりに|交じりに|として)?[^。「」]{0,6}$"
)
_JEST_AFTER_28b8 = re.compile(
    r"[」』](?:と|って|て)?[^。]{0,12}?(?:[wｗ](?![a-zA-Z])|笑(?!え|わ|い事|いごと)|草|😂|🤣|😆"
    r"|冗談|じょうだん|ふざけ|ネタ|言い合|いいあ|ツッコ|つっこ|突っ込|からか|いじ(?:ら|り|っ))"
)


def _quoted_in_jest_28b8(text: str, hit: Hit) -> bool:
    """The DV or 虐待 word sits in a quote (「…DV彼氏かよ」) said as a joke, told before the
    quote (冗談で, ふざけて) or after it (って言い合ってた笑, ってツッコまれた)."""
    opened = text.rfind("「", max(0, hit.start - 12), hit.start)
    if opened < 0 or "」" in text[opened : hit.start]:
        return False
    close = text.find("」", hit.end, hit.end + 14)
    if close < 0:
        return False
    return (
        _JEST_BEFORE_28b8.search(text, max(0, opened - 14), opened) is not None
        or _JEST_AFTER_28b8.match(text, close) is not None
    )


# 「研修用にまとめたい」「授業で調べています」「資料はありますか」: the word asked about for a
# course, a class or a handout…
_FOR_TEACHING_23c = re.compile(
    r"(?:研修|講習|講座|勉強会|授業|講義|ゼミ|レポート|論文|卒論|資料|マニュアル|職員会議|園内|校内)"
    r"(?:用|で|の(?:資料|ため|準備|中で)|に(?:使|つか))"
)
# …by someone whose work or study it is (保育士です, 教員をしています, 看護学生です).
_PROFESSION_23c = re.compile(
    r"(?:保育士|保育教諭|幼稚園教諭|教員|教師|先生|看護師|保健師|職員|民生委員|児童委員|支援員|相談員"
    r"|学生|生徒|ケアマネ|ヘルパー)(?:です|でして|をして|をしとり|をやって|として|の立場)"
    r"|(?:調べ|しらべ|まとめ)(?:て(?:い|ま|る)|たい)"
)
# A real child told of (虐待されていると打ち明けてくれた, うちの子が): a report, not a course.
_REAL_CASE_23c = re.compile(
    r"され(?:て(?:い|る|ま)|た|まし)|受けて(?:い|る|ま)|打ち明け|うちあけ|話してくれ|言って(?:い|き|る|ま)"
    r"|相談され|見かけ(?:た|まし)|うちの|我が家|わが家|私の(?:子|娘|息子|せがれ)"
)
_TERMED_23c = frozenset({("crisis", "abuse"), ("crisis", "dv")})
_ABUSE_TERM_23c = re.compile(r"虐待|ぎゃくたい|DV|dv|ネグレクト|モラハラ")
# The children a course is about (虐待が疑われる子), and the school of a class (中学校の授業).
_GENERIC_CHILD_23c = re.compile(r"子|子ども|子供|こども|児童|園児|生徒")
_SCHOOL_OF_CLASS_23c = re.compile(r"(?:の)?(?:授業|課題|宿題|ゼミ)")


def _term_for_teaching_23c(found: _Found, ev: _Evidence) -> None:
    """「保育士です。虐待が疑われる子を見つけたときの通報先を、研修用にまとめたい」「DVについて
    授業で調べています」: the word 虐待 or DV asked about for a course, a handout or a class, by
    someone who says it is their work or study, is no crisis (the story frame of round 14
    reads only the word's own clause). A child or school named in the same sentence is the
    course's, not a child matter of the writer's. Asking for help (どうすれば, 助けて) or a
    harm named (叩かれて, あざ) keeps the word."""
    text = found.text
    if not _PROFESSION_23c.search(text) or _ASKS_HELP.search(text) or _REAL_CASE_23c.search(text):
        return
    if found.cues & (_HARM_CUES_23c | {"bruise", "neglect_sign", "withheld_care"}):
        return
    why = "研修・授業・資料のための質問（本人の相談ではない）"
    for key in (("crisis", "abuse"), ("crisis", "dv")):
        for hit in list(found.by.get(key, [])):
            if not _ABUSE_TERM_23c.fullmatch(text, hit.start, hit.end):
                continue
            begin, end = _sentence_around(text, hit.start, hit.end)
            if not _FOR_TEACHING_23c.search(text, begin, end):
                continue
            _withdraw(found, ev, hit, why)
            for child in list(found.get("field", "child")):
                if not begin <= child.start < end:
                    continue
                surface = text[child.start : child.end]
                generic = _GENERIC_CHILD_23c.fullmatch(surface)
                if generic or _SCHOOL_OF_CLASS_23c.match(text, child.end):
                    ev.drop("child", child.start, child.end, why)


# 「早うお迎えが来んかねえ」って口癖…本人は元気でゲートボール行っとる: a habit of saying…
_HABIT_OF_SAYING_23c = re.compile(r"口癖|口ぐせ|くちぐせ|昔から言|昔からの")
# …by someone the message shows well and busy…
_WELL_AND_ACTIVE_23c = re.compile(
    r"元気(?:で|に|です|だ|や|じゃ|いっぱい|そのもの)|ピンピン|ぴんぴん|達者|丈夫"
)
# …unless something has changed (最近, 食べない, 寝てばかり, 元気がない).
_CHANGED_23c = re.compile(
    r"最近|さいきん|この頃|このごろ|近頃|ちかごろ|急に|増え|食欲|食べな|眠れ|寝てばか|寝てばっか"
    r"|元気が(?:な|出)|落ち込|おちこ|ふさぎ|塞ぎ|泣い|本気"
)


def _welcome_of_death_as_a_habit_23c(found: _Found, ev: _Evidence) -> None:
    """「ばあちゃんが「早うお迎えが来んかねえ」って口癖みたいに言うけど、本人は元気で
    ゲートボール行っとる」: the older person's お迎え saying, told as a long habit of someone
    the writer shows well and active, is a way of talking; said anew (最近), with a change (食欲
    がない, 寝てばかり) or without the signs of health, it still counts."""
    text = found.text
    if not _WELL_AND_ACTIVE_23c.search(text) or _CHANGED_23c.search(text):
        return
    why = "元気な高齢の人の口ぐせの「お迎え」（今の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if "お迎え" not in hit.entry.note:
            continue
        _withdraw(found, ev, hit, why)


_OWN_PARENTS_23c = frozenset({"mother", "father", "parent", "grandparent"})
_HARM_FEARED_23c = "：虐待の心配"  # the note of the round-15 rows (母を道連れ, 父を手にかけ)


def _parent_taken_along_23c(found: _Found, ev: _Evidence) -> None:
    """「父を連れて一緒に死のうかと」「母を手にかけてしまいそう」: a parent or grandparent named
    in a feared murder-suicide or killing is the one the writer cares for; the abuse is an
    older person's (care), not a child matter, which _child_victims assumes when no older
    person or care word is named. A child in the same words (この子と) stays a child's."""
    why = "介護している親を巻きこむ心配（介護の相談）"
    for hit in found.get("crisis", "abuse"):
        if not hit.entry.note.endswith(_HARM_FEARED_23c):
            continue
        parents = [
            p
            for p in found.persons
            if p.entry.label in _OWN_PARENTS_23c and hit.start <= p.start < hit.end
        ]
        if not parents:
            continue
        ev.drop("child", hit.start, hit.end, why)
        ev.hit("care", "field", parents[0], why)


# ---------------------------------------------------------------- round 15 (23h): teenagers and
# young parents — a parent away at night with nothing to eat, a pupil run away from home, a
# suicide word as the topic of schoolwork, fandom hyperbole, a grandchild who cares

_MEASURE_GATE_23h = ("レベル", "くらい", "ぐらい")
_NIGHT_GATE_23h = ("夜", "よる", "何日")
_RAN_AWAY_GATE_23h = ("家出", "いえで", "を飛び出", "をとびだ", "を抜け出")
_PARENT_23h = (
    r"(?:お母さん|おかあさん|母さん|かあさん|母ちゃん|かあちゃん|お父さん|おとうさん|父さん|とうさん"
    r"|父ちゃん|とうちゃん|ママ|まま|パパ|ぱぱ|母親|父親|おかん|おとん|母|父|親)"
)
# 「おかあさんがよるいない日おおくて」「ママは夜いつもでかけてる」「親が何日も帰ってこない」
_AWAY_AT_NIGHT_23h = re.compile(
    _PARENT_23h + r"(?:が|は|も)?[^。]{0,6}?(?:夜|よる|夜中|よなか)(?:は|に|も|中|じゅう|になると)?"
    r"(?:いつも|ずっと|よく)?(?:いない|いなく|いね|おらん|おらへん|おらず|おれへん|出かけ|でかけ"
    r"|出て(?:いく|いっ|く)|でて(?:いく|いっ|く)|帰ってこ|かえってこ|帰らな|かえらな|遊びに|あそびに)"
    r"|" + _PARENT_23h + r"(?:が|は|も)[^。]{0,8}?(?:何日も|なんにちも|なんにち|何日)[^。]{0,4}?"
    r"(?:帰ってこ|かえってこ|帰らな|かえらな|いない|おらん)"
)
# 「れいぞうこからっぽ」「冷蔵庫に何もない」「ごはんがない」「おなかすいた」
_NOTHING_TO_EAT_23h = re.compile(
    r"(?:冷蔵庫|れいぞうこ|レイゾウコ)(?:の中|のなか|に|には)?(?:が|は|も)?(?:いつも|ほとんど|ほぼ)?"
    r"(?:空っぽ|からっぽ|カラッポ|空(?:だ|で|。|、|$)|何もな|なにもな|なんもな|何も入って|なにも入って"
    r"|なにもはいって)"
    r"|(?:ごはん|ご飯|食べ物|たべもの|食べるもの|たべるもの)(?:が|も|は)?(?:ない|なくて|なかった|ありません)"
)
# The parent is away for work (夜勤, two jobs): the family's money, hardship, not neglect.
_AWAY_FOR_WORK_23h = re.compile(r"夜勤|仕事|しごと|働|はたら|バイト|パート|残業|出張")


def _left_at_night_23h(found: _Found, ev: _Evidence) -> None:
    """A child who writes that a parent is away at night (or for days) and that there is
    nothing to eat at home (「れいぞうこからっぽ」): neglect, abuse. The parent away alone (meals
    left ready) or an empty fridge alone (a shopping day) is not, nor a parent away at work
    (夜勤, two jobs: the family's money, hardship); the two together, told by the child, are
    the sign domain facts 3.3 gives (家でごはんが出ない)."""
    text = found.text
    away = _AWAY_AT_NIGHT_23h.search(text)
    if away is None:
        return
    food = _NOTHING_TO_EAT_23h.search(text) or next(iter(found.cue("no_meals")), None)
    if food is None or _AWAY_FOR_WORK_23h.search(text):
        return
    why = "子どもが書くネグレクトのサイン：親が夜いない・家に食べるものがない"
    ev.add("abuse", "crisis", away.start(), away.end(), why)
    if isinstance(food, Hit):
        ev.hit("abuse", "crisis", food, why)
    else:
        ev.add("abuse", "crisis", food.start(), food.end(), why)
    ev.drop_inside("emergency", [away.span()], "親が家をあけている（行方不明でなくネグレクト）")


# 「今日家出した」「家を飛び出してきた」: a pupil who has run away from home…
_RAN_AWAY_23h = re.compile(
    r"家出(?:した(?![いら])|して(?!み|ほし|も|は)|中|ちゅう|しちゃ|してる|してき|しました)"
    r"|いえで(?:した(?![いら])|して(?!み|ほし|も|は)|ちゅう|しちゃ|してる)"
    r"|(?:家|いえ|うち)を(?:飛び出|とびだ|出てき|でてき|抜け出|ぬけだ)"
)
# …and is out now, with nowhere to go or not wanting to go back.
_OUT_NOW_23h = re.compile(
    r"(?:今|いま|現在)[、,\s]?(?:は)?[^。]{0,10}?(?:駅|公園|コンビニ|ネカフェ|ネットカフェ|漫画喫茶|カラオケ"
    r"|ファミレス|友達の家|外|そと|街|まち|路上|河原|橋|駐車場|ホーム)(?:に|で|の)?[^。]{0,4}?"
    r"(?:いる|います|おる|いて|いま|おります)"
    r"|(?:駅|公園|ネカフェ|ネットカフェ|漫画喫茶|カラオケ|ファミレス|友達の家|路上|河原|駐車場)(?:に|で)"
    r"(?:いる|います|おる|いて|泊ま|とま|寝|ね[てる])"
    r"|(?:今|いま)[、,\s]?(?:は)?(?:駅|公園|ネカフェ|ネットカフェ|漫画喫茶|カラオケ|ファミレス|友達の家|路上|外)"
    r"(?:です|だ|や|[。、!！?？]|$)"
    r"|帰りたくな|かえりたくな|帰れな|かえれな|帰らな(?:い|いつもり)|戻りたくな|もどりたくな"
    r"|(?:帰る|泊まる|とまる|行く|いく)(?:場所|ところ|とこ|あて|アテ)(?:が|も)?(?:ない|なくて|ありません)"
)
_PET_23h = re.compile(r"猫|ねこ|ネコ|犬|いぬ|イヌ|ペット|インコ|ハムスター|うさぎ|ウサギ")
# Told as a past that is over: 「昔家出したことある」「家出した時期もあったけど今は」.
_RAN_AWAY_BEFORE_23h = re.compile(
    r"昔|むかし|前に|以前|去年|小学生の(?:頃|ころ|時|とき)|ことが?ある|ことあ|時期|今は[^。]{0,8}?(?:仲|平気|大丈夫)"
)


def _ran_away_now_23h(found: _Found, ev: _Evidence) -> None:
    """A pupil who has run away from home and is out now (「今日家出した。いま駅にいる」「家出し
    てきた、帰りたくない」): a minor out alone with nowhere to go is in danger now (emergency);
    with shouting or blows at home told beside it, what they ran from is abuse. A run-away told
    as over (昔家出したことがある) or only wished for (家出したい) is neither."""
    text = found.text
    ran = _RAN_AWAY_23h.search(text)
    if ran is None or _RAN_AWAY_BEFORE_23h.search(text):
        return
    if _PET_23h.search(text, max(0, ran.start() - 5), ran.start()):
        return  # 「猫が家出した」: a pet gone, not the child
    out = _OUT_NOW_23h.search(text, ran.start())
    if out is None:
        return
    why = "家出した子どもが今も外にいる（今の危険）"
    ev.add("emergency", "crisis", ran.start(), out.end(), why)
    harm = [h for key in ("violence", "control", "restraint") for h in found.cue(key)]
    for hit in harm:
        ev.hit("abuse", "crisis", hit, f"家出の前の家での扱い（子どもへの虐待）：{hit.entry.note}")


# Schoolwork or a study the suicide word is the topic of…
_TOPIC_FRAME_23h = re.compile(
    r"レポート|自由研究|調べ学習|卒論|卒業論文|論文|研究|発表|授業|宿題|課題|ゼミ|作文|探究|統計|件数"
)
# …where it is the topic, not a feeling: 「若者の自殺」について, を調べて, の件数, 対策.
_AS_TOPIC_23h = re.compile(
    r"[」』]?(?:について|に関して|に関する|についての|を(?:テーマ|調べ|しらべ|扱)|が(?:テーマ|題材)"
    r"|の(?:統計|件数|データ|現状|対策|予防|問題|数|率|原因|背景|推移|実態)|対策|予防|防止|率|者数|件数)"
)


# …unless it stays on the writer's mind: 「頭から離れない」「ずっと考えてしまう」.
_ON_MIND_23h = re.compile(
    r"頭から離れ|あたまから離れ|頭からはなれ|ずっと考え|考えてしま|考えちゃ|考えてまう|眠れな|ねむれな"
)


def _suicide_as_a_topic_23h(found: _Found, ev: _Evidence) -> None:
    """「国語のレポートで「若者の自殺」を調べてます」「自殺の件数を発表で使いたい」: a suicide word
    that is the topic of a report, a class presentation or a study is no crisis of the
    writer's; one who also takes it as their own (私も, 死にたくなった) or asks for help stays
    one."""
    text = found.text
    if _OWN_FEELING.search(text) or _ASKS_HELP.search(text) or _ON_MIND_23h.search(text):
        return
    why = "レポートや発表で調べている話題（書き手の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _TOPIC_FRAME_23h.search(text, begin, end) and _AS_TOPIC_23h.match(text, hit.end):
            _withdraw(found, ev, hit, why)


# 「消えたいレベルでショック」「死にたいくらい恥ずかしい」: a feeling measured with the words…
_MEASURED_23h = re.compile(
    r"(?:レベル|くらい|ぐらい|ほど)(?:で|の|に|に|って)?[^。、]{0,3}?"
    r"(?:ショック|恥ずかし|はずかし|はずい|悔し|くやし|尊|とうと|かわい|可愛|好き|すき|眠|ねむ|嬉し|うれし"
    r"|推せ|萌え|エモ)"
)
_WISH_23h = re.compile(r"(?:死に|しに|シニ|ｼﾆ|タヒに|消え|きえ)(?:たい|タイ)|")
# …in talk of an idol or a game, or laughed off, or said to pass soon.
_LIGHT_23h = re.compile(
    r"推し|オタ|ライブ|配信|ガチャ|グッズ|アイドル|卒業発表|解散|脱退|新曲|w$|ｗ|笑|草|復活|明日には|すぐ治"
)
_HEAVY_23h = re.compile(
    r"本気|ほんき|ガチで|まじで死|ずっと|毎日|つらい|辛い|しんどい|限界|リスカ|OD"
)


def _fandom_hyperbole_23h(found: _Found, ev: _Evidence) -> None:
    """「推しが卒業発表して消えたいレベルでショック😭 まあ明日の配信で復活するけど」: 消えたい or
    死にたい used as a measure (〜レベルで, 〜くらい) of a shock, shame or delight, in talk of
    an idol or laughed off, is hyperbole; without the light frame, or beside real weight
    (ずっと, つらい, 限界), it stays a crisis."""
    text = found.text
    if not _LIGHT_23h.search(text) or _HEAVY_23h.search(text):
        return
    why = "推しの話などの大げさな言い方（「消えたいレベルでショック」。自殺の意味ではない）"
    for hit in list(found.get("crisis", "suicide")):
        wish = _WISH_23h.match(text, hit.start)  # the whole 死にたい, where 死ぬ hit inside it
        if wish is not None and _MEASURED_23h.match(text, max(hit.end, wish.end())):
            _withdraw(found, ev, hit, why)


# A pupil's day that the care takes from: 「学校から帰ったら」「テスト勉強もできん」「高校やめて」.
_PUPIL_LIFE_23h = re.compile(
    r"学校から帰|がっこうから帰|テスト|部活|授業|宿題|受験|友達と遊|ともだちと遊|友だちと遊"
    r"|(?:高校|学校|がっこう)(?:を|は)?(?:やめ|辞め|休|やす)|塾|放課後"
)
# What the grandchild does: 「見守り当番」「おらがオムツ替えてる」「介助」.
_GRANDCHILD_CARES_23h = re.compile(
    r"当番|おむつ|オムツ|見守|みまも|介助|着替え|トイレ|世話|せわ|面倒|めんどう|見てる|みてる|見とる"
)


def _grandchild_carer_23h(found: _Found, ev: _Evidence) -> None:
    """「ばあちゃん認知症で、学校から帰ったら見守り当番。テスト勉強もできん」: a writer who calls
    the cared-for ばあちゃん or じいちゃん and tells of their own school day given up to the care
    is a grandchild, a young carer (not a parent with double care), though no grade is given.
    A writer who names children of their own or a partner is a parent."""
    if found.person_labels() & {"child", "spouse"}:
        return
    text = found.text
    school = _PUPIL_LIFE_23h.search(text)
    cares = _GRANDCHILD_CARES_23h.search(text)
    if school is None or cares is None:
        return
    why = "孫（子ども）が祖父母の世話をして学校生活が削られている"
    ev.drop_inside("double_care", [(0, len(text))], "書き手は孫（子育てとの重なりではない）")
    ev.add("young_carer", "pattern", cares.start(), cares.end(), why)
    ev.add("young_carer", "pattern", school.start(), school.end(), why)
    ev.add("child", "field", school.start(), school.end(), "本人が子ども・10代（学校生活）")


# 「義母に娘が叩かれてる」: a son or daughter named as the one struck (passive)…
_CHILD_STRUCK_23h = re.compile(r"(?:ちゃん|くん|君)?(?:が|は|も)(?:また|いつも|毎日|よく)?$")


def _child_struck_by_an_elder_23h(found: _Found, ev: _Evidence) -> None:
    """「義母に娘が叩かれてる気がする。二の腕にあざ」: a child struck by a grandparent or another
    older relative; _child_victims reads the older person as the one the abuse concerns (elder
    abuse) and leaves out child, but the passive names the child as the one struck."""
    text = found.text
    children = [p for p in found.persons if p.entry.label == "child"]
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        for child in children:
            if (
                child.end <= hit.start <= child.end + 6
                and _CHILD_STRUCK_23h.search(text, child.end, hit.start) is not None
            ):
                ev.hit("abuse", "crisis", hit, f"子どもが叩かれている：{hit.entry.note}")
                ev.hit("child", "field", hit, f"子どものこと：{hit.entry.note}")


# ---------------------------------------- round 15 (23e): grown children's partners, staff hit

# 「娘の旦那が」「娘婿が」「息子の嫁は」: the partner of the writer's grown child or sibling.
_KIN_PARTNER_23e = re.compile(
    r"(娘|息子|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄)(?:の)?"
    r"(?:旦那|夫|主人|婿|嫁|妻|奥さん|彼氏|彼女|連れ合い|パートナー|彼(?![女ら等氏]))(?:さん)?(?:が|は|も|って|、)"
)
# …then that kin as the one struck: 「娘を」「娘ば」「娘に」「娘のことを」 and a few words.
_KIN_STRUCK_23e = (
    r"[^。]{{0,8}}?{kin}(?:さん|ちゃん)?(?:のこと)?(?:を|ば|に|ん事ば)"
    r"(?:も|まで)?[^。、をにが]{{0,6}}"
)


_BLADE_28f8 = re.compile(r"包丁|ほうちょう|刃物|ナイフ|はさみ|ハサミ")


def _grown_kin_struck_by_partner_23e(found: _Found, ev: _Evidence) -> None:
    """「娘の旦那が娘ば殴る」「娘婿が娘に暴力をふるう」「息子の嫁が息子を叩く」: a grown child
    (or a sibling) hit by their own partner is DV, though the writer is the parent who tells
    of it; _violence called it abuse of a child because the partner is not the writer's. The
    blow is withdrawn from abuse and from the child field (the daughter is an adult); a
    grandchild hit in the same message keeps its own abuse."""
    text = found.text
    for m in _KIN_PARTNER_23e.finditer(text):
        kin = m.group(1)
        struck = re.compile(_KIN_STRUCK_23e.format(kin=kin))
        # 28f8: a blade held to the kin (娘の旦那が酔って娘に包丁を向けた) is the same violence
        threats = [h for h in found.cue("control") if _BLADE_28f8.search(text, h.start, h.end)]
        for hit in found.cue("violence") + threats:
            if hit.start < m.end() or struck.fullmatch(text, m.end(), hit.start) is None:
                continue
            why = f"家族がパートナーから受ける暴力（DV）：{hit.entry.note}"
            ev.hit("dv", "crisis", hit, why)
            ev.add("dv", "crisis", m.start(), m.end(), why)
            ev.drop("abuse", hit.start, hit.end, "大人どうしの暴力（DVとして扱う）")
            ev.drop("child", hit.start, hit.end, "大人どうしの暴力（子どものことではない）")


# ---------------------------------------- round 25 (33d10): a grown kin struck, told passively

# 「娘が婿さんから殴られよる」「妹が旦那に叩かれとるらしい」: the kin first, then their partner
# as the one who strikes (から / に), then the blow.
_KIN_STRUCK_PASSIVE_33d10 = re.compile(
    r"(?:娘|息子|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄|せがれ)(?:さん|ちゃん)?(?:が|は|も)[、,]?"
    r"[^。]{0,8}?(?:旦那|だんな|夫|主人|婿|むこ|嫁|よめ|妻|奥さん|彼氏|彼女|連れ合い|パートナー|彼(?![女ら等氏]))"
    r"(?:さん|どん|殿)?(?:から|に)(?:は|も|まで)?[^。、]{0,6}$"
)


def _grown_kin_struck_passive_33d10(found: _Found, ev: _Evidence) -> None:
    """「娘が婿さんから殴られよる」「妹が旦那に叩かれとる」: a grown child or sibling struck by
    their own partner, told in the passive, is DV as in _grown_kin_struck_by_partner_23e; the
    blow is withdrawn from abuse and from the child field."""
    text = found.text
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        begin = max(text.rfind("。", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        m = _KIN_STRUCK_PASSIVE_33d10.search(text, begin, hit.start)
        if m is None:
            continue
        why = f"家族がパートナーから受ける暴力（DV）：{hit.entry.note}"
        ev.hit("dv", "crisis", hit, why)
        ev.add("dv", "crisis", m.start(), m.end(), why)
        ev.drop("abuse", hit.start, hit.end, "大人どうしの暴力（DVとして扱う）")
        ev.drop("child", hit.start, hit.end, "大人どうしの暴力（子どものことではない）")


# 「介護施設で働いとるけど、利用者さんに叩かれたり」: a care worker hit by the people in their
# care. Hard work to talk about, but no abuse: the writer is staff, not someone cared for.
_CARED_GATE_23e = re.compile(r"利用者|入居者|入所者|患者")
_CARED_AGENT_23e = re.compile(
    r"(?:利用者|入居者|入所者|患者|お年寄り|認知症の方|認知症の人)(?:さん|様|さま)?(?:たち|達|ら)?"
    r"(?:に|から)(?:は|も|まで)?(?:毎日|いつも|よく|しょっちゅう)?$"
)
_WRITER_IN_CARE_WORK_23e = re.compile(
    r"(?:施設|介護|ホーム|病院|デイ|特養|老健|グループホーム|病棟)[^。]{0,8}?(?:で|に)"
    r"(?:働|勤め|勤務|パート)|介護士を?|介護職|ヘルパーを|職員を|職員として|看護師を|看護師として"
    r"|(?:介護|施設|病院)の仕事"
)


def _staff_hit_by_the_cared_for_23e(found: _Found, ev: _Evidence) -> None:
    """A writer who works in care (介護施設で働いている, ヘルパーをしている) and is hit, bitten
    or kicked by 利用者さん or 入居者さん: workplace strain, not abuse. A resident hit by
    staff (職員に叩かれた) is still abuse; so is anyone hit when the writer is family."""
    text = found.text
    if _WRITER_IN_CARE_WORK_23e.search(text) is None:
        return
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        s_start, _ = _sentence_around(text, hit.start, hit.end)
        if _CARED_AGENT_23e.search(text[s_start : hit.start]) is None:
            continue
        why = "介護職員が利用者から受けた暴力（仕事のつらさ。虐待ではない）"
        ev.drop("abuse", hit.start, hit.end, why)
        s_end = _sentence_around(text, hit.start, hit.end)[1]
        for mark in found.cue("bruise"):  # 「殴られてあざができた」: the writer's own bruise
            if hit.end <= mark.start < s_end:
                ev.drop("abuse", mark.start, mark.end, why)


# 「あの子」「この子」「うちの子」: how old parents speak of a son or daughter of any age.
_THAT_CHILD_23e = re.compile(r"(?:あの|この|その|うちの)(?:子|こ)(?:ら|ども)?$")


def _grown_child_called_that_child_23e(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「47になる長男が…わしらがおらんようになったら、あの子はどうやって生きていくんか」: old
    parents call a middle-aged son あの子. Where a son or daughter is given an adult age, or
    the message is already 8050, あの子 is that grown child: no child matter (and so no
    double care beside the parents' age). Any other child word still counts."""
    grown = ev.has("8050") or any(a.person == "child" and a.years >= ADULT_AGE for a in ages)
    if not grown or any(a.person == "child" and a.years < ADULT_AGE for a in ages):
        return
    text = found.text
    for hit in found.get("field", "child"):
        if _THAT_CHILD_23e.search(text, max(0, hit.start - 3), hit.end):
            ev.drop("child", hit.start, hit.end, "大人になった子を「あの子」と呼んでいる")


# ---------------------------------------- round 15 (23e): what an illness word is part of

# A stroke (脳梗塞で, 脳梗塞のあと) told as the cause of lasting care needs or a disability.
_STROKE_23e = re.compile(r"脳梗塞|脳出血|脳卒中|くも膜下|クモ膜下")
_LASTING_AFTER_23e = re.compile(
    r"(?:で|の(?:あと|後|後遺症で?)|してから|になって|をして)[、,]?[^。]{0,6}?"
    r"(?:寝たきり|ねたきり|半身不随|半身まひ|半身麻痺|片麻痺|麻痺|まひ|要介護|車いす|車椅子|後遺症)"
)


# 29k8: 「脳梗塞で倒れた義母の介護」「脳梗塞で倒れて介護が始まった」: the stroke began the care.
_FELL_INTO_CARE_29k8 = re.compile(
    r"で(?:倒れ|たおれ)(?:た|て|ちゃった|てしまった|てから)[^。]{0,16}?(?:介護|かいご|要介護|世話|看病)"
)
_SEQUEL_CARE_29k8 = re.compile(
    r"(?:で|が残って|が残り)[、,]?[^。]{0,6}?(?:要介護|介護|寝たきり|ねたきり)"
)
# round 26 (34c12): 「1歳児育てながら脳梗塞の母の介護」: the stroke names the one cared for.
_STROKE_OF_THE_CARED_34c12 = re.compile(
    r"(?:の|した|になった|で倒れた|で寝たきりの)(?:母|父|夫|妻|祖母|祖父|義母|義父|姑|舅|主人|旦那|親"
    r"|母親|父親|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん|おかん|おとん)(?:さん|ちゃん)?"
    r"(?:の)(?:介護|かいご|世話|せわ|看病|介助)"
)
_STROKE_BEFORE_29k8 = re.compile(r"(?:脳梗塞|脳出血|脳卒中|くも膜下出血|くも膜下|クモ膜下)の$")


def _stroke_behind_care_23e(found: _Found, ev: _Evidence) -> None:
    """「脳梗塞のあと寝たきりになった夫の介護」「脳梗塞で半身不随になって、障害者手帳」: the
    stroke is told as how the care need began, and the message asks about care or a
    disability. The stroke is no health concern of its own there (a stroke just now, or in
    a message about the illness alone, still is)."""
    text = found.text
    why = "介護や障害のきっかけとして書かれた病気（介護・障害の相談として扱う）"
    for hit in found.get("field", "health"):
        stroke = _STROKE_23e.search(text, hit.start, hit.end)
        if stroke and _LASTING_AFTER_23e.match(text, stroke.end()):
            ev.drop("health", hit.start, hit.end, why)
        elif stroke and _FELL_INTO_CARE_29k8.match(text, stroke.end()):
            ev.drop("health", hit.start, hit.end, why)  # 「脳梗塞で倒れた義母の介護」
        elif stroke and _STROKE_OF_THE_CARED_34c12.match(text, stroke.end()):
            ev.drop("health", hit.start, hit.end, why)  # 「脳梗塞の母の介護」 (round 26)
        elif (
            stroke is None
            and _STROKE_BEFORE_29k8.search(text, max(0, hit.start - 6), hit.start)
            and _SEQUEL_CARE_29k8.match(text, hit.end)
        ):
            ev.drop("health", hit.start, hit.end, why)  # 「脳梗塞の後遺症で要介護3」


# A sudden event that is over: 「倒れて救急車で運ばれましたが、おかげさまで退院できました」.
_SUDDEN_23e = re.compile(r"救急|倒れ|たおれ|運ばれ|搬送")
_WELL_AGAIN_23e = re.compile(
    r"退院(?:でき|し)(?:ました|た)|無事(?:に)?退院|おかげさまで|今は(?:元気|落ち着い)|回復しました"
)


def _sudden_event_over_23e(found: _Found, ev: _Evidence) -> None:
    """「先月主人が倒れて救急車で運ばれましたが、おかげさまで退院できました。要介護1になったので
    …デイを探しとります」: the collapse is told as over, in the sentence that says so; what
    the writer asks about is the care that follows. The event's words are no health concern
    then (a collapse not yet over, 「倒れて入院中」, still is)."""
    text = found.text
    why = "済んだ急病（退院した。今の相談は介護）"
    for hit in found.get("field", "health"):
        if not _SUDDEN_23e.search(text, hit.start, hit.end):
            continue
        _, s_end = _sentence_around(text, hit.start, hit.end)
        if _WELL_AGAIN_23e.search(text, hit.end, s_end):
            ev.drop("health", hit.start, hit.end, why)


# 「高校生の孫が、私の世話のために部活を辞めた」: the grandchild cares for the writer.
_MY_CARE_23e = re.compile(
    r"(?:私|わたし|あたし|わし|うち|おら|俺|自分)(?:ら|たち)?の(?:世話|介護|介助|面倒|看病)"
)


def _young_carer_cares_for_writer_23e(found: _Found, ev: _Evidence) -> None:
    """A grandchild who gives up school life to look after the writer: a young carer, and the
    writer, a grandparent who needs that care, is elderly care too (_care_without_older_person
    withdraws care where the one cared for is a young carer's parent, not old)."""
    for m in _MY_CARE_23e.finditer(found.text):
        ev.add(
            "care", "field", m.start(), m.end(), "子どもや孫に世話をしてもらっている（介護の相談）"
        )


def _older_person_harmed_23e(found: _Found, ev: _Evidence) -> None:
    """「同居しとる息子に殴られて、年金も通帳ごと取られとる。年寄りやけん逃げるとこもない」:
    abuse of someone who calls themself, or is called, old (年寄り, 高齢) is elder abuse, and
    elder abuse is a care matter (地域包括支援センター) even where no care need is named. Not
    when a child is in the message: then the abuse may be the child's."""
    if ev.has("child"):
        return
    old = found.cue("elderly")
    if any(h.entry.label == "child" for h in found.persons):
        # 「娘がご飯をもらえていない。おばあちゃんの家に預けている」: with a son or daughter
        # named, only a word of old age itself (年寄り, 高齢) says who was harmed.
        old = [h for h in old if h.entry.form in _OLD_AGE_WORDS_23e]
    why = "高齢の人への虐待（介護の相談）"
    for hit in old:
        ev.hit("care", "field", hit, f"{why}：{hit.entry.note}")


_OLD_AGE_WORDS_23e = frozenset({"年寄り", "お年寄り", "高齢", "高齢者", "老人", "年老いた", "老い"})


# The carer, set against the one cared for, at the start of a sentence (こっちが寝られん).
_CARER_SELF_23e = re.compile(
    r"(?:こっち|こちら)(?:が|も|は|の方が)"
    r"|(?:わし|私|わたし|あたし|うち|俺|おれ|自分)(?:も|まで)"  # 44k25: わしもよう寝られん
)


# 「脳梗塞のあと寝たきりになった夫の介護」: the care word says what the person after it became
# (used by _care_of_a_child, so that 夫 and not the 孫 named before owns it).
_BECAME_23e = re.compile(r"に(?:なった|なってる|なっている|なってしまった|なってしもうた)")
# ---------------------------------------------------------------- round 15 (23x): fleeing a
# partner now with the children, a noose from an everyday cord, a wish to join the dead, and
# the writer who sees their own partner in a drama

# The writer away from the danger right now: 逃げてる, 逃げてきた, 避難してます, 車の中におる.
_FLED_NOW_23x = re.compile(
    r"(?:逃げ|にげ)\s?(?:て\s?(?:る|います|ます|いる|おる|きた|きました|来た|来ました|きて)|とる|ちょる"
    r"|込(?:んだ|んで|みました)|こ(?:んだ|んで|みました)|た(?=[。、！!\s]|$)|ました)"
    r"|避難\s?(?:して\s?(?:る|います|ます|いる|きた|きました)|した(?=[。、！!\s]|$)|しました)"
    r"|(?:隠れ|かくれ)\s?(?:て\s?(?:る|います|ます|いる|おる)|とる|ちょる)"
    r"|(?:閉じこも|とじこも)っ\s?(?:て\s?(?:る|います|ます|いる)|とる)"
    r"|(?:車|くるま|外|そと|公園|コンビニ|ベランダ|トイレ|隣の家|近所)(?:の中|のなか|ん中)?(?:に|で)?\s?"
    r"(?:いる|います|いま|おる|おります|おって|いて)"
    r"|向かって(?:る|います|ます|いる)|(?:外|そと|家)(?:に|を)出(?:た|ました|てきた)(?=[。、！!\s]|$)"
    r"|飛び出(?:した|してきた|しました)"
)
# The flight is told as over or as a plan: 去年逃げた, 今は落ち着いて, 逃げたことがある.
_FLED_BEFORE_23x = re.compile(
    r"去年|昨年|おととし|一昨年|[0-9一二三四五六七八九十数何]+\s?(?:年|ヶ月|か月|カ月|ヵ月)前|昔|むかし|以前|当時"
    r"|あの(?:時|とき|頃|ころ)|ことが(?:ある|あります|あった)|今は(?:[^。]{0,6}?)(?:落ち着|平穏|穏やか|幸せ|元気|安全|離婚|別)"
)
# Children who are with the writer: 子どもを連れて, 娘と二人で, 息子を抱っこして.
_CHILD_ALONG_23x = re.compile(
    r"(?:子ども|子供|こども|息子|娘|赤ちゃん|赤ん坊|あかちゃん|むすこ|むすめ|下の子|上の子|長男|長女|次男|次女|子ら|せがれ)"
    r"(?:たち|達|ら)?\s?(?:と(?:一緒に|いっしょに|二人で|ふたりで|三人で)?|を?\s?(?:連れて|つれて|抱っこして|だっこして"
    r"|抱えて|かかえて|おんぶして|抱いて))"
)
# …or already somewhere safe (今は実家に避難しています), which is no danger now.
_SAFE_NOW_23x = re.compile(
    r"実家|親の家|親戚|友達の家|友だちの家|友人の家|シェルター|避難所|警察|交番|ホテル|今は"
)
_ON_THE_WAY_23x = re.compile(r"向かって|向かう途中|移動中|途中")
_FLIGHT_GATE_23x = ("逃げ", "にげ", "避難", "隠れ", "かくれ", "こも", "車", "くるま", "外", "そと")
_FLIGHT_GATE_MORE_23x = ("向かって", "飛び出")
# A partner who thrashes in sleep is no violence: 寝相で暴れる, 寝ぼけて暴れる.
_ASLEEP_23x = re.compile(r"寝相|寝ぼけ|ねぼけ|寝言|ねごと|夢遊|いびき|寝てる間に暴れ")


# 29l8: 「元カレが…今も外にいる気がして怖い」: someone feared to be there, not the writer fled.
_SOMEONE_ELSE_THERE_29l8 = re.compile(
    r"(?:ような|ようで|みたい|かも|気が|きが|気配|けはい|と思|とおも|んじゃ|のでは|らしい)"
)


def _fleeing_with_children_now_23x(found: _Found, ev: _Evidence) -> None:
    """「夫が暴れてる。子どもを連れて車の中に逃げてる」: a partner's violence (DV already read)
    and the writer away from it right now (逃げてる, 逃げてきた, 避難してます, 車におる) is
    someone in danger now: emergency, unless already somewhere safe (今は実家に避難して
    います) and not on the way, or told as a habit (いつも実家に逃げてる). Children who are
    there with the writer have seen a parent attacked, which is psychological abuse of the
    child (面前DV). A flight told as past (去年逃げた, 今は落ち着いて) or as a plan
    (逃げたい) is neither."""
    text = found.text
    if _ASLEEP_23x.search(text) or _FLED_BEFORE_23x.search(text):
        return
    fled = next(
        (
            m
            for m in _FLED_NOW_23x.finditer(text)
            if not _SOMEONE_ELSE_THERE_29l8.match(text, m.end())
        ),
        None,
    )
    if fled is None:
        return
    if _HABIT.search(text) is None and (
        _SAFE_NOW_23x.search(text) is None or _ON_THE_WAY_23x.search(text)
    ):
        why = "パートナーの暴力から今逃げている・避難している：緊急（命の危険）"
        ev.add("emergency", "crisis", fled.start(), fled.end(), why)
    along = _CHILD_ALONG_23x.search(text)
    if along is not None:
        why = "子どもと一緒にパートナーの暴力から逃げている：面前DV（子どもへの心理的虐待）"
        ev.add("abuse", "crisis", along.start(), along.end(), why)


# An everyday cord made into a loop: 延長コードを輪にして, ベルトで輪っかを作った.
_CORD_LOOP_23x = re.compile(
    r"(?:延長コード|充電コード|コード|ケーブル|こーど|ネクタイ|スカーフ|ストッキング|シーツ|ベルト|べると|タオル"
    r"|紐|ひも|ヒモ|ロープ|ろーぷ|縄|なわ)\s?(?:で|を)?\s?[^。、]{0,6}?(?:輪っか|わっか|輪)\s?(?:に|を|が|の形)?"
)
# …hung on something in the house, or tried round the neck.
_HUNG_OR_NECK_23x = re.compile(
    r"(?:ドアノブ|どあのぶ|カーテンレール|鴨居|かもい|梁|クローゼット|押し入れ|押入れ|パイプ|手すり|手摺|フック"
    r"|物干し|ロフト|階段|天井|木の枝|枝)\s?(?:の[^。、]{0,4}?)?(?:に|へ|から)\s?[^。]{0,8}?"
    r"(?:かけ|掛け|かか|掛か|引っかけ|ひっかけ|引っ掛け|結|むす|くく|括|吊|つる|通し|とおし|下げ|さげ)"
    r"|首\s?(?:に|を|が|へ)\s?[^。]{0,6}?(?:かけ|掛け|入|はい|通|とお|まわ|回|巻)"
)
# …not tidied, bundled, packed or made into a toy or a necklace.
_LOOP_FOR_USE_23x = re.compile(
    r"まとめ|束ね|たば|しばっ|縛っ|(?<!首に)巻|しま[っうい]|片付|かたづけ|収納|留め|新聞|段ボール|だんボール|荷物"
    r"|荷造り|スーツケース|キャリー|引っ越|首飾り|ネックレス|飾り|かざり|工作|手芸|リース|輪投げ|ごっこ|遊[びん]"
    r"|あそ[びん]|犬|いぬ|ペット|リード"
)
_LOOP_BEFORE_23x = re.compile(
    r"去年|昨年|[0-9一二三四五六七八九十数何]+\s?(?:年|ヶ月|か月|カ月)前|昔|むかし|以前|当時|ことが(?:ある|あります|あった)"
    r"|頃|ころ(?!す)"
)


def _noose_from_a_cord_23x(found: _Found, ev: _Evidence) -> None:
    """「延長コードを輪にしてドアノブにかけた」「ベルトで輪っかを作った。首が入るか試した」: an
    everyday cord (a cable, a belt, a tie, a towel) made into a loop and hung on a door
    handle or a rail, or tried round the neck, is a means of suicide readied: suicide, and
    emergency unless told as the past. A loop that tidies cables, bundles newspapers, packs
    a suitcase or makes a toy or a necklace is none of that."""
    text = found.text
    for loop in _CORD_LOOP_23x.finditer(text):
        begin, end = _sentence_around(text, loop.start(), loop.end())
        _, after = _sentence_around(text, min(end + 1, len(text)), min(end + 1, len(text)))
        reach = after if end < len(text) else end
        if _LOOP_FOR_USE_23x.search(text, begin, reach):
            continue
        hung = _HUNG_OR_NECK_23x.search(text, loop.end(), reach)
        if hung is None:
            continue
        why = "身近なひもやコードで輪を作り、かけた・首に通した（自殺の道具の用意）"
        ev.add("suicide", "crisis", loop.start(), hung.end(), f"{why}：自殺の危険")
        if _LOOP_BEFORE_23x.search(text) is None:
            ev.add("emergency", "crisis", loop.start(), hung.end(), f"{why}：緊急（命の危険）")
        return


_JOIN_GATE_23x = (
    "行きた",
    "いきた",
    "逝きた",
    "行けたら",
    "いけたら",
    "行きてえ",
    "行こう",
    "いこう",
    "逝こう",
)
# To the place of someone: のところに行きたい, のそばに行きたい, のおるとこに早く行きたい.
_JOIN_23x = re.compile(
    r"の\s?(?:いる|おる|居る)?\s?(?:ところ|とこ|所|そば|側|もと|元|隣|となり)\s?(?:に|へ|まで)?\s?"
    r"(?:早く|はやく|早う|はよう|はよ|もう|すぐ|今すぐ|いますぐ|そろそろ)?\s?"
    r"(?:行きた|いきた|逝きた|行けたら|いけたら|行きてえ|行こうか|いこうか|逝こうか|行こうと|逝こうと)"
)
# The one there has died: 亡くなった母, 天国の夫, 先に逝った息子 (just before the person)…
_DEAD_BEFORE_23x = re.compile(
    r"(?:亡くなった|亡くなりました|なくなった|死んだ|しんだ|逝った|他界した|亡き|天国の|天国にいる|あの世の"
    r"|あの世にいる|旅立った)\s?$"
)
# …or the same person is said to have died (じいちゃんが死んでから).
_DIED_AFTER_23x = re.compile(
    r"\s?(?:が|は|も)?\s?(?:死ん|しん|亡くな|なくな|他界|逝っ|旅立っ|死去)"
)
_PERSON_BEFORE_REACH_23x = 8
# 31v8: 「母は去年亡くなっています」「父が三年前に亡くなってから」: the same kind of person (母 for
# 母さん, 父 for お父さん) said to have died, a time word or two between.
_DIED_LATER_31v8 = re.compile(
    r"\s?(?:が|は|も)\s?(?:[^。、「」]{0,6}?)(?:死ん|しん|亡くな|なくな|他界|逝っ|旅立っ|死去)"
    r"|\s?に\s?(?:先立た|さきだた|先に逝かれ|先にいかれ)"  # 29f: 「妻に先立たれて」
    r"|\s?を\s?(?:亡くし|なくし|失っ|うしなっ)"  # 35o13: 「夫を亡くしてから」
)


def _joining_the_dead_23x(found: _Found, ev: _Evidence) -> None:
    """「早くじいちゃんのところに行きたい。じいちゃんが死んでから毎日つらい」「亡くなった母の
    そばに行きたい」: wanting to go to the place (ところ, そば, もと) of someone who has died
    is an indirect wish to die (suicide). Going to a living grandparent, to a grave
    (お墓に行きたい) or to the funeral hall names no such place and stays clear."""
    text = found.text
    for join in _JOIN_23x.finditer(text):
        person = next(
            (p for p in found.persons if p.end <= join.start() and join.start() - p.end <= 1),
            None,
        )
        if person is None:
            continue
        name = text[person.start : person.end]
        window = text[max(0, person.start - _PERSON_BEFORE_REACH_23x) : person.start]
        dead = _DEAD_BEFORE_23x.search(window) is not None
        if not dead:
            at = text.find(name)
            while at >= 0 and not dead:
                dead = _DIED_AFTER_23x.match(text, at + len(name)) is not None
                at = text.find(name, at + 1)
        if not dead:
            kind = person.entry.label
            dead = any(
                _DIED_LATER_31v8.match(text, other.end) is not None
                for other in found.persons
                if other.entry.label == kind and other is not person
            )
        if dead:
            why = "亡くなった人のところへ行きたい（遠回しな死にたい気持ち）：自殺の危険"
            ev.add("suicide", "crisis", person.start, join.end(), why)
            return


# A drama, a film or the news where partner harm is shown…
_STORY_WORD_23x = re.compile(
    r"ドラマ|映画|アニメ|漫画|マンガ|まんが|小説|番組|ドキュメンタリー|ニュース|記事|動画|特集|舞台|再現VTR"
)
_PARTNER_HARM_23x = re.compile(
    r"DV|モラハラ|ドメスティック|暴力|殴|なぐ|叩|たた[いかく]|蹴|怒鳴|どな|暴言|束縛|支配|見下|無視"
    r"|スマホ[^。]{0,6}?見|生活費|お金を渡さ|行動を?(?:制限|監視)"
)
_PARTNER_WORD_23x = re.compile(
    r"夫|旦那|だんな|主人|彼氏|彼女|恋人|パートナー|妻|嫁|奥さん|夫婦|うちの人|元夫|元彼|交際相手"
)
# …that the writer says is their own: うちの夫も同じ, 私のことだと思った,
# 自分も同じことをされている.
_OWN_PARTNER_SAME_23x = re.compile(
    r"(?:夫|旦那|だんな|主人|彼氏|彼|妻|嫁|パートナー|うちの人|相手)(?:も|と|に)?\s?"
    r"(?:全く|まったく|全然|ほぼ|ほとんど|まるで|まんま)?\s?"
    r"(?:同じ|おなじ|一緒(?!に)|いっしょ(?!に)|そっくり|そのもの|そのまんま)(?!じゃな|ではな|でなく|ではあり)"
    r"|(?:私|わたし|あたし|自分|うち)(?:の|ん)(?:こと|家|話)(?:だ|や|じゃん|か(?:と|も)|みたい|そのもの)"
    r"|(?:私|わたし|あたし|自分|うち)(?:も|だって)[^。]{0,8}?同じ(?:こと|目|ような|よう)"
    r"[^。]{0,4}?(?:され|さ\s?れ|あって|遭|にあ|受け|言われ)"
)


def _own_partner_in_a_story_23x(found: _Found, ev: _Evidence) -> None:
    """「ドラマで暴力のシーンを見て、うちの夫も同じだと気づきました」: a drama, a film or the
    news about a partner's harm is no crisis by itself (the story frame and its block rows
    take it back), but a writer who says their own partner is the same (うちの夫も同じ,
    自分も同じことをされている, 私のことだと思った) is telling of DV at home."""
    text = found.text
    same = _OWN_PARTNER_SAME_23x.search(text)
    if same is None or _PARTNER_HARM_23x.search(text) is None:
        return
    if _PARTNER_WORD_23x.search(text) is None and "DV" not in text and "モラハラ" not in text:
        return
    why = "ドラマやニュースの話を自分のパートナーのことだと言っている：DVの疑い"
    ev.add("dv", "crisis", same.start(), same.end(), why)
    for hit in found.persons:
        if hit.entry.label == "spouse":
            ev.hit("dv", "crisis", hit, why)


# ---------------------------------------------------------------- round 15 (23y): whereabouts
# (known whereabouts, shouting at staff, an empty home)

# 「父が朝から病院に行っていて、まだ戻ってない」: where the one not back is, or why (a visit, a
# short stay extended, school, club, work, a trip, a friend's house, out playing).
_WHEREABOUTS_23y = re.compile(
    r"病院|通院|受診|診察|検査|入院|ショートステイ|ショート|デイ|施設|学校|がっこう|部活|ぶかつ|塾"
    r"|習い事|仕事|しごと|会社|出勤|職場|バイト|パート|旅行|りょこう|出張|帰省|合宿|遠征|修学旅行"
    r"|キャンプ|の家に|のうちに|んちに|ん家に|実家|泊まり|とまり|お泊|遊びに|あそびに|遊んで|あそんで"
    r"|延長|予定|(?:には|までに)(?:戻|帰|もど|かえ)る|(?:戻|帰|もど|かえ)るって"
)
# 「やっと自分の時間」「静かでいい」: the writer is glad of the quiet, not afraid.
_RELIEVED_23y = re.compile(
    r"自分の時間|ほっと|ホッと|一息|ひといき|静かで|しずかで|のんびり|羽を伸ば|羽をのば|気楽|せいせい"
    r"|清々|ゆっくり(?:でき|寝|ね|休|やす|し)"
)
# …unless the writer is still afraid: no contact, looking, the police, dark, not where they
# said, gone「きり」「まま」, not knowing where.
_STILL_WORRIED_23y = re.compile(
    r"連絡(?:が|も)?(?:つかな|つかん|取れな|とれな|ない|なく|来な|こな)|電話(?:に|にも|も)?(?:出な|でな|出ん)"
    r"|つながらな|繋がらな|心配|しんぱい|不安|探|さが|捜|警察|けいさつ|110|行方|見当たら|みあたら"
    r"|わから|分から|知らな|暗く|くらく|夜になっても|夜中|日が暮れ|(?:た|て)(?:っ)?きり|(?:た|て)まま"
    r"|と言って|って言って"
    r"|っていって|とゆうて|にもいな|にもおら|にも(?:行って|いって)(?:い)?な|来てな|来ていな|きてな"
    r"|着いてな|着いていな|ついてない|事故|倒れ|たおれ|徘徊|はいかい|迷子|まいご|いなくな|おらんく"
    r"|過ぎても|すぎても|過ぎたのに|すぎたのに|時間になっても"
    # round 24 (32g8): 「電話もつながりません」「いつもなら7時には帰るのに」 (polite, usual hour)
    r"|つながりません|繋がりません|出ません|でません|通じな|つうじな|既読(?:が|も)?(?:つかな|つきません|つかん)"
    r"|(?:いつも|普段|ふだん)(?:なら|は)[^。]{0,16}?(?:のに|はずなのに|はずが)"
)
# Gone overnight (昨日から, 夜): only a stay away (a trip, a short stay, a night at a friend's)
# explains it.
_NOT_ARRIVED_23y = frozenset({"来てな", "来ていな", "きてな"})
_OVERNIGHT_23y = re.compile(
    r"昨日|きのう|昨夜|ゆうべ|昨晩|おととい|一昨日|何日|日も|日間|夜(?!分)|よる|晩"
)  # 夜分 is the greeting 「夜分遅くにすみません」, not a night away
_STAY_23y = re.compile(
    r"ショート|入院|旅行|りょこう|出張|帰省|合宿|遠征|修学旅行|キャンプ|泊|とまり|実家|の家|のうち|んち|ん家"
    r"|延長|予定|(?:には|までに)(?:戻|帰|もど|かえ)る"
)
_NOT_BACK_23y = re.compile(r"帰|戻|かえ|もど")
_LEFT_FROM_23y = re.compile(r"[ァ-ヶー一-龯]*\s?から")  # 塾から, がっこう から: a place left
_MISSING_WORDS_23y = re.compile(r"見当た|みあた|姿|どこにも|行方|いなくな")


def _whereabouts_known_23y(found: _Found, ev: _Evidence) -> None:
    """「朝から子どもが帰ってこないので、やっと自分の時間」「母がショートステイから戻ってきません。
    延長になりました」: reads the "not back" emergency words (帰ってこない, 戻ってない) beside
    where the person is or why (a hospital visit, a short stay, school, club, work, a trip, a
    friend's house) or the writer's relief. The person is not missing, so no emergency;
    any worry in the message (連絡がつかない, 心配, 探してる, 警察, dark, 行ったきり, not where
    they said) keeps it. A place left (塾から帰ってこない) is no place they are, and a night
    away is explained only by a stay (旅行, 泊まり, ショート). The place counts in the sentence
    of the words or the next one, or the one before when that sentence names no one before
    the words (「昼から遊びに行ってる。まだ帰ってこないけど」)."""
    text = found.text
    hits = found.get("crisis", "emergency")
    # 「来てない」 (not arrived) is a worry, but not inside the not-back words themselves
    # (帰ってきてない, which the polite 帰ってきてません reads as: nlp.plain).
    for worry in _STILL_WORRIED_23y.finditer(text):
        arrived = worry.group() in _NOT_ARRIVED_23y
        if not arrived or not any(h.start <= worry.start() and worry.end() <= h.end for h in hits):
            return
    sentences = [m.span() for m in _SENTENCE.finditer(text)]
    for hit in list(hits):
        said = text[hit.start : hit.end]
        if not _NOT_BACK_23y.search(said) or _MISSING_WORDS_23y.search(said):
            continue
        at = next((i for i, (a, b) in enumerate(sentences) if a <= hit.start < b), None)
        if at is None:
            continue
        begin, end = sentences[at]
        if at + 1 < len(sentences):
            end = sentences[at + 1][1]
        named = any(begin <= p.start < hit.start for p in found.persons)
        if at > 0 and not named:
            begin = sentences[at - 1][0]
        overnight = _OVERNIGHT_23y.search(text) is not None
        places = _STAY_23y if overnight else _WHEREABOUTS_23y
        # 「塾から帰ってきません」: on the way back from a place is not being there.
        if any(not _LEFT_FROM_23y.match(text, m.end()) for m in places.finditer(text, begin, end)):
            why = "どこにいるか・なぜ帰らないかがわかっている（行方不明ではない）"
        elif _RELIEVED_23y.search(text, begin, end):
            why = "書き手はほっとしている（行方不明の心配ではない）"
        else:
            continue
        _withdraw(found, ev, hit, why)


# 「施設に電話したら怒鳴られた」「職員に怒鳴ってしまった」: shouting, no abuse of the cared-for.
_SHOUT_23y = re.compile(r"怒鳴|どな")
_SHOUT_GATE_23y = re.compile(
    r"職員|支援員|指導員|スタッフ|ヘルパー|介護士|看護師|世話人|施設|事業所|デイ|ケアマネ|相談員|窓口"
)
_SHOUT_PASSIVE_23y = re.compile(r"(?:りつけ|り散らさ|りちらさ|り返さ|りかえさ)?(?:ら|さ)?れ")
_STAFF_TARGET_23y = re.compile(
    r"(?:さん|たち|達|の人|の方|の方々|の担当者|の担当の人)?(?:に対して|にたいして|に|を|へ)(?:も|は|まで)?"
    r"[^。、をが]{0,8}$"
)
_CALLER_23y = re.compile(
    r"電話|でんわ|問い合わせ|問合せ|問い合せ|といあわせ|窓口|苦情|クレーム|受付|予約|申し込|申込"
    r"|相談したら|聞いたら|きいたら|尋ねたら|質問したら|お願いしたら|頼んだら|たのんだら|メール"
)
_RESIDENT_23y = re.compile(
    r"入所者|利用者|入居者|本人|患者|お年寄り|高齢者|子ども|子供|こども|園児"
)


def _shouting_not_at_the_cared_for_23y(found: _Found, ev: _Evidence) -> None:
    """Reads 怒鳴る beside staff or a care home. 「職員に怒鳴ってしまった」 (someone shouts at
    staff: the staff word is the target) and 「施設に電話したら怒鳴られた」 (a rude reply to a
    caller or at a counter, with no one else named as the one shouted at) are complaints,
    not abuse: the abuse rows, the control cue and so the care drawn from them are taken
    back. Staff shouting at or hurting the cared-for (「職員が母を怒鳴っていた」「職員に
    怒鳴られて父がおびえている」) stays abuse."""
    text = found.text
    for shout in _SHOUT_23y.finditer(text):
        begin, end = _sentence_around(text, shout.start(), shout.end())
        staff = list(_SHOUT_GATE_23y.finditer(text, begin, shout.start()))
        if not staff:
            continue
        nearest = staff[-1]
        if _SHOUT_PASSIVE_23y.match(text, shout.end()):
            others = [
                p
                for p in found.persons
                if begin <= p.start < end
                and p.entry.label != "self"
                and text[p.end : p.end + 1] != "の"
            ]
            if others or _RESIDENT_23y.search(text, begin, end):
                continue
            if not _CALLER_23y.search(text, begin, shout.start()):
                continue
            why = "電話や窓口で職員に怒鳴られた（書き手への対応の苦情。虐待ではない）"
        else:
            between = text[nearest.end() : shout.start()]
            if not _STAFF_TARGET_23y.match(between) or _RESIDENT_23y.search(between):
                continue
            why = "職員に向かって怒鳴った（職員への言動。虐待ではない）"
        for hit in found.get("crisis", "abuse") + found.cue("control"):
            if hit.start <= shout.start() < hit.end:
                _withdraw(found, ev, hit, why)


# 「ノックしても返事がない。留守だったみたいで、後で電話がありました」: the home was only empty.
_DOOR_23y = re.compile(
    r"ノック|のっく|インターホン|インターフォン|チャイム|ピンポン|呼び鈴|戸|ドア|扉|呼|よん|声"
)
_AWAY_23y = re.compile(
    r"留守|るす|不在|出かけ|でかけ|出掛け|外出|旅行|りょこう|出張|帰省|入院|通院|病院|買い物|かいもの"
    r"|仕事|しごと|デイ|ショート|散歩|さんぽ|(?:後|あと|のち)で(?:電話|でんわ|連絡|れんらく|LINE|ライン)"
    r"|後から(?:電話|連絡)|折り返|おりかえ|(?:電話|でんわ|連絡|れんらく)(?:が|も)(?:あ|来|き)"
    r"|寝てた|寝ていた|ねてた|無事|ぶじ|イヤホン|聞こえなかった"
)
_NO_ONE_KNOWS_23y = re.compile(
    r"何日|なんにち|[0-9一二三四五六七八九十数]+日|昨日から|きのうから|倒れ|たおれ|電気|明かり|灯り|あかり"
    r"|新聞|郵便|洗濯物|つながらな|繋がらな|電話(?:に|にも|も)?(?:出な|でな|出ん)"
    r"|連絡(?:が|も)?(?:つかな|つかん|取れな|とれな)|心配|しんぱい|警察|救急|119|110|異臭|におい|臭い"
    r"|わから|分から"
)


def _home_was_only_empty_23y(found: _Found, ev: _Evidence) -> None:
    """Reads "knocked, no answer" emergency words (ノックしても返事がない, インターホンを押しても
    出てこない, 呼んでも返事がない) beside the writer's own account that the home was simply
    empty (留守だった, 出かけていた, 旅行中, 後で電話があった): no one is in danger. Where no one
    knows (何日も, 中で倒れてるかも, 電気がついたまま, 電話もつながらない, 心配) it stays."""
    text = found.text
    if _NO_ONE_KNOWS_23y.search(text) or not _AWAY_23y.search(text):
        return
    for hit in list(found.get("crisis", "emergency")):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _DOOR_23y.search(text, begin, hit.end):  # 「ノックしても反応がなくて」 too
            _withdraw(found, ev, hit, "留守だった・出かけていたとわかっている（今の緊急ではない）")


# ---------------------------------------------------------------- round 16 (24i)


def _parents_shouting_and_throwing_24i(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「父が母を毎日どなってて、昨日は皿を投げてた」「お父さんがお母さんを怒鳴りつけて物を投げる」:
    one parent who shouts at or throws things at the other, day after day or with more
    than one act, is DV (and 面前DV, abuse, when a child writes it); _partner_strikes_kin
    reads only blows, so this hands it the shouting. A single shout is left alone."""
    control = found.cue("control")
    acts = {h.start for h in control + found.cue("violence")}
    thrown = any("投げ" in found.text[h.start : h.end] for h in control)
    if not (found.cue("repeated") or thrown or len(acts) > 1):
        return
    _partner_strikes_kin(found, minor, ev, blows=control)


# 「ごはん きのうからたべてない ママかえってこない」: since when, …
_SINCE_24i = re.compile(
    r"(?:きのう|昨日|おととい|一昨日|昨夜|ゆうべ|夕べ|[0-9一二三]+日(?:前)?|朝|あさ|夜|よる)から"
)
# …the parent still away now, …
_AWAY_NOW_24i = re.compile(
    r"かえってこ|帰ってこ|かえってな|帰ってな|帰らな|かえらな|いない|おらん|おらへん|もどってこ|戻ってこ"
)
# …not a habit told of (いつも, 日が多い), …
_HABIT_24i = re.compile(
    r"いつも|よく|多い|おおい|時々|ときどき|たまに|毎週|毎晩|毎日|まいにち|しょっちゅう"
)
# A pupil who writes in kanji is in danger alone only without food.
_NO_FOOD_24i = re.compile(
    r"食べてない|たべてない|食べていない|ごはん|ご飯|おなか|お腹|食べ物|食べるもの"
)
# …and no other adult with the child.
_OTHER_ADULT_24i = re.compile(
    r"おばあちゃん|ばあちゃん|おじいちゃん|じいちゃん|祖母|祖父|おば|叔母|伯母|親戚|施設|保護"
)


# 32r8: 「ママが3日帰ってこない」「お母さんもう4日も帰ってきてない」: days away (no から).
_DAYS_AWAY_32r8 = re.compile(
    r"(?:[2-9２-９二三四五六七八九十]日(?:間)?|[0-9０-９]{2}日(?:間)?|何日も|なんにちも|ふつか|みっか"
    r"|よっか|いつか|一週間|1週間|１週間|いっしゅうかん)(?:も|くらい|ぐらい|以上|ほど)?(?:ずっと)?(?:、)?"
)
_AWAY_FOR_A_REASON_32r8 = re.compile(
    r"出張|しゅっちょう|単身赴任|夜勤|入院|にゅういん|旅行|りょこう|里帰り|実家|仕事で|しごとで|泊まり"
    r"|修学旅行|合宿|キャンプ|おばあちゃん|ばあちゃん|祖母|親戚"
)


def _young_child_left_alone_now_24i(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「ごはん きのうからたべてない ママかえってこない」「ままが きのうの よるから いない」: a
    child alone since yesterday (or this morning), the parent still not back and no other
    adult there, is neglect (abuse) and in danger now (emergency); a parent who often
    stays out (いつも, 日が多い) is neglect only, not a missing person, and a grandmother who
    is there is neither."""
    text = found.text
    if not (minor or KANJI.search(text) is None) or _OTHER_ADULT_24i.search(text):
        return
    parent = _CHILDS_WORD.search(text)
    if parent is None:
        return
    away = [m.span() for m in _AWAY_NOW_24i.finditer(text, parent.end())]
    if not away:
        return
    if _HABIT_24i.search(text):
        if ev.has("abuse"):
            why = "親がよく家をあけている（行方不明でなくネグレクトとして扱う）"
            ev.drop_inside("emergency", away, why, overlapping=True)
        return
    since = _SINCE_24i.search(text)
    days = None
    if since is None or not any(start >= since.end() for start, _ in away):
        # 32r8: 「小6です。ママが3日帰ってこない」: days away, told without から
        days = _DAYS_AWAY_32r8.search(text, parent.end())
        if days is None or not any(0 <= start - days.end() <= 2 for start, _ in away):
            return
        if _AWAY_FOR_A_REASON_32r8.search(text):
            return  # 「パパは出張で3日帰ってこない」: away for a reason the child knows
        since = days
    if days is None and KANJI.search(text) is not None and not _NO_FOOD_24i.search(text):
        return  # an older pupil alone since yesterday: only with no food either
    why = "子どもが昨日から一人きり・親が帰ってこない（今の危険：緊急）"
    if days is not None:
        why = "子どもが何日も一人きり・親が帰ってこない（今の危険：緊急）"
    ev.add("emergency", "crisis", since.start(), since.end(), why)
    if not ev.has("abuse"):
        why = "子どもが書くネグレクトのサイン：親が帰ってこない"
        for start, end in away:
            ev.add("abuse", "crisis", start, end, why)
            ev.add("child", "field", start, end, "子どもが書くネグレクトのサイン（本人が子ども）")


# 「ボカロの「死にたい」系の曲」「「消えたい」って歌詞の歌」: the word names a kind of song, …
_SONG_24i = re.compile(r"曲|歌|ソング|ボカロ|ジャンル|バンド|プレイリスト")
_AS_SONG_24i = re.compile(
    r"(?:たい|タイ)?[」』]?(?:系|みたいな|っぽい|って|という|とかの|とか)?(?:の)?"
    r"(?:曲|歌|ソング|うた|ジャンル|プレイリスト|ボカロ)"
)
# …unless the writer takes it as their own.
_OWN_WEIGHT_24i = re.compile(
    r"つらい|辛い|しんどい|限界|リスカ|OD|本気|ほんき|本当に|ほんとに|死にたくな|消えたくな|私も|わたしも"
    r"|自分も|僕も|俺も|うちも|あたしも|共感"
)


def _suicide_word_names_a_song_24i(found: _Found, ev: _Evidence) -> None:
    """「ボカロの「死にたい」系の曲が好きってだけで心配される。わたし全然元気」: 死にたい or
    消えたい as the name of a kind of song or lyric is music talk, not the writer's wish;
    beside the writer's own weight (つらい, 私も, 本気で) it stays a crisis."""
    text = found.text
    if _OWN_WEIGHT_24i.search(text):
        return
    why = "曲のジャンルや歌詞の言葉（書き手の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if _AS_SONG_24i.match(text, hit.end):
            _withdraw(found, ev, hit, why)


# 「携帯も持ってないしお金もない」: what a missing person carries, not money trouble.
_CARRIED_24i = re.compile(r"携帯|けいたい|ケータイ|スマホ|財布|さいふ|持って|もって|所持")
_MONEY_WORDS_24i = frozenset({"お金", "おかね", "金", "財布", "所持金", "現金"})


def _missing_without_money_24i(found: _Found, ev: _Evidence) -> None:
    """「認知症の父が朝からいなくなった。携帯も持ってないしお金もない」: beside someone missing
    now, the money they do not carry (お金もない, 財布も持たずに) is no hardship."""
    text = found.text
    why = "いなくなった人が持っていないもの（お金の困りごとではない）"
    for hit in list(found.get("field", "hardship")):
        if text[hit.start : hit.end] not in _MONEY_WORDS_24i:
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _CARRIED_24i.search(text, begin, end):
            ev.drop("hardship", hit.start, hit.end, why)


# 「主人公がヤングケアラーの高校生です」: a character in a story, not the writer.
_CHARACTER_24i = re.compile(r"主人公|登場人物|キャラクター|キャラ|ヒロイン")
_STORY_LABELS_24i = ("child", "young_carer", "hikikomori", "8050", "double_care", "isolation")
_SELF_AS_CHARACTER_24i = re.compile(
    r"(?:私|わたし|自分|僕|俺|うち|あたし)(?:も|と同じ|みたい)|(?:と|に)(?:同じ|似て)"
)


def _character_in_a_story_24i(found: _Found, ev: _Evidence) -> None:
    """「小説の主人公がヤングケアラーの高校生です。取材できますか」「漫画の登場人物が引きこもり」:
    what a character of a novel, a drama or a manga is (its young carer, its withdrawn son)
    is the story's, not the writer's; a writer who says they are the same (私も) keeps it."""
    text = found.text
    if _SELF_AS_CHARACTER_24i.search(text):
        return
    spans = [_sentence_around(text, m.start(), m.end()) for m in _CHARACTER_24i.finditer(text)]
    why = "物語の登場人物のこと（書き手や家族の相談ではない）"
    for label in _STORY_LABELS_24i:
        if ev.has(label):
            ev.drop_inside(label, spans, why)


# 「認知症の母のお金の管理」「成年後見」: managing the money of someone who needs care.
_MANAGED_24i = re.compile(
    r"(?:お金|おかね|金銭|財産|通帳|年金|預金)の?(?:管理|かんり)|成年後見|後見人|日常生活自立支援"
)


def _money_managed_for_care_24i(found: _Found, ev: _Evidence) -> None:
    """「認知症の母のお金の管理、成年後見とかってどこに相談したら」「父の通帳の管理ができなく
    なってきた」: the money of a parent with dementia, managed for them, is a care matter
    (成年後見), not money trouble; words of shortage (払えない, 足りない) keep hardship."""
    spans = [m.span() for m in _MANAGED_24i.finditer(found.text)]
    why = "介護の要る人のお金の管理・成年後見（お金の困りごとではない）"
    ev.drop_inside("hardship", spans, why, overlapping=True)


# ---------------------------------------------------------------- round 16 (24m): a small
# child left alone while the parents go out (also in half-width kana), violence going on
# right now, a carer's own blow at the one cared for, suicide words for a class or a handout

_LEFT_GATE_24m = re.compile(
    r"置いて|置き去り|おいて|オイテ|残して|のこして|ノコシテ|ほったらかし|ホッタラカシ|放って"
)
# Read on the text in hiragana (katakana folded), so ﾁｲｻｲｺ ﾀﾞｹ ﾉｺｼﾃ reads as ちいさいこだけのこして.
_LEFT_CHILD_24m = re.compile(
    r"(?:子|こ|こども|子ども|子供|幼児|赤ちゃん|あかちゃん|赤ん坊|乳児|きょうだい|兄弟|姉妹)(?:たち|達|ら)?"
    r"(?:だけ|ひとり|一人|ふたり|二人)?(?:を|が|は|も)?(?:だけ)?[^。]{0,6}?"
    r"(?:置いて|おいて|残して|のこして|置き去りにして|おきざりにして|ほったらかして|ほったらかしで|放って)"
    r"[^。]{0,14}?(?:出かけ|でかけ|出掛け|遊びに|あそびに|遊び歩|あそびある|飲みに|のみに|飲み歩|のみある"
    r"|夜遊び|よあそび|ぱちんこ|からおけ|ほすと|彼氏|かれし|男の(?:所|ところ|とこ|家)|女の(?:所|ところ|とこ|家))"
)
# …often, or at night or for long (not once, for a moment).
_OFTEN_24m = re.compile(
    r"毎晩|まいばん|毎日|まいにち|毎週|まいしゅう|いつも|夜|よる|夜中|よなか|深夜|しんや|何日|なんにち"
    r"|何時間|なんじかん|しょっちゅう|朝まで|あさまで|一晩|ひとばん|週末|しゅうまつ|たびたび"
)
# Someone minds the child, or the writer asks from what age a child may stay alone.
_MINDED_24m = re.compile(
    r"預け|あずけ|保育|実家|じっか|祖母に|祖父に|ばあばに|じいじに|しったー|託児|たくじ|何歳|なんさい"
    r"|いくつから|何年生|なんねんせい|ちょっと|少し|すこし|数分|すうふん|[0-9]+分|ごみだし|ごみ出し"
)


def _child_left_alone_24m(found: _Found, ev: _Evidence) -> None:
    """「隣の家、毎晩小さい子だけ残して親が出かけてる」「ﾏｲﾊﾞﾝ ﾁｲｻｲｺ ﾀﾞｹ ﾉｺｼﾃ ｵﾔｶﾞ ﾃﾞｶｹﾃﾙ」
    「子どもを置いて夜な夜な飲み歩いてる」: a child left (置いて, 残して, 置き去り) while the
    parents go out to play or drink, often or at night, is neglect (abuse, child). The kana
    of older or hurried writers (half-width too) is read by folding it to hiragana. A child
    minded by someone (祖母に預けて, 保育園), a short absence (ちょっと, ゴミ出し) or a question of
    from what age (何歳から) is not."""
    text = to_hiragana(found.text)
    if not _OFTEN_24m.search(text) or _MINDED_24m.search(text):
        return
    why = "子どもだけを置いて親が出かけている（ネグレクト）"
    for left in _LEFT_CHILD_24m.finditer(text):
        ev.add("abuse", "crisis", left.start(), left.end(), f"ネグレクトのサイン：{why}")
        ev.add("child", "field", left.start(), left.end(), f"子どものこと：{why}")


_NOW_GATE_24m = re.compile(r"今|いま|イマ")
_HARM_NOW_CUES_24m = frozenset({"violence", "control"})
# A word of now: 今も, いま, 今まさに (not 今は毎日, 今日, 今まで, 今から).
_NOW_24m = re.compile(
    r"(?:今|(?<![てでにがもはしきりちみび])(?:いま|イマ)(?![すせしスセシ]))"
    r"(?!日|は|まで|では|後|年|月|週|朝|夜|晩|度|回|更|頃|ごろ|時|さら|だに|から|いち|の(?!うち))"
)
# The blow told as going on (殴ってる, 叩かれてる, 暴れてて), right after the violence word.
_GOING_ON_24m = re.compile(
    r"^(?:ら|さ)?(?:れ)?(?:て|で)(?:る|い(?:る|ま)|ま(?:す|し)|お(?:る|り)|と(?:る|ん)|て)"
)
# A habit, a memory, a dream or a story is not a blow now.
_NOT_THIS_MOMENT_24m = re.compile(
    r"毎日|まいにち|いつも|毎晩|まいばん|毎回|たびに|度に|よく|しょっちゅう|ずっと|昔|むかし|続い|つづい"
    r"|続け|時々|ときどき|たまに|夢|ゆめ|ような|みたいな|気がし|思い出|おもいだ|フラッシュバック"
)


_SHORT_NEXT_24m = 8
_RAMPAGE_24m = re.compile(r"暴れ|あばれ")  # 暴れてる now, read with the blows


def _violence_right_now_24m(found: _Found, ev: _Evidence) -> None:
    """「おとうさんがおかあさんをなぐってる いまも こわい」「今、夫に殴られてる」「いま夫が暴れてて
    怖い」: violence by a partner or on a child told as going on now (a progressive verb with
    今も / いま in its sentence) is someone in danger right now (emergency), besides DV or
    abuse. A habit (今は毎日, 今も時々), a memory or dream, or a story is not."""
    text = found.text
    if _A_STORY.search(text):
        return
    why = "今まさに暴力を受けている：緊急（命の危険）"
    rampage = [h for h in found.cue("control") if _RAMPAGE_24m.match(text, h.start)]
    for hit in found.cue("violence") + rampage:
        if not _GOING_ON_24m.match(text[hit.end : hit.end + 5]):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if end + 1 < len(text):  # 「殴ってます。今も。」: the now told in a short next sentence
            after, after_end = _sentence_around(text, end + 1, end + 2)
            if after > end and after_end - after <= _SHORT_NEXT_24m:
                end = after_end
        if not _NOW_24m.search(text, begin, end) or _NOT_THIS_MOMENT_24m.search(text, begin, end):
            continue
        ev.hit("emergency", "crisis", hit, why)


# The writer's own blow, said with its regret (してしまった) at the one the writer cares for.
_CARE_KIN_24m = _CARED_FOR | {"grandparent"}


def _carer_hits_the_cared_for_24m(found: _Found, ev: _Evidence) -> None:
    """「認知症の夫を介護しています。昨日カッとなって手をあげてしまいました」「寝たきりの妻を
    介護してるけど、つい叩いてしまう」: the writer's own blow (〜てしまった), in a message about
    caring for a spouse or parent who needs care, is that person's abuse (高齢者虐待 by the
    carer), not DV against the writer; a blow named on someone else (夫を, when the mother is the
    one cared for) or suffered (叩かれて) is left to the other rules."""
    text = found.text
    _carers_own_blow(
        found,
        ev,
        lambda hit: _OWN_ACT.match(text[hit.end : hit.end + 3]) is not None,
        of_too=False,
        why="介護している家族に手をあげてしまった（高齢者虐待の心配）",
        not_dv="介護している側が手をあげた（DVでなく高齢者虐待として扱う）",
    )


def _carers_own_blow(
    found: _Found,
    ev: _Evidence,
    acted: Callable[[Hit], bool],
    *,
    of_too: bool,
    why: str,
    not_dv: str,
) -> None:
    """The writer's own blow (a violence cue that ``acted`` reads as theirs, not suffered) at
    a spouse, parent or grandparent described as needing care (also 「〜の」 their need, with
    ``of_too``) is elder abuse; DV resting only on those words and on a spouse's name goes."""
    text = found.text
    needs = (
        found.get("field", "care")
        + found.cue("care_need")
        + found.cue("elderly")
        + found.get("field", "disability")
    )
    cared = [
        p
        for p in found.persons
        if p.entry.label in _CARE_KIN_24m
        and any(_describes(text, n, p) or (of_too and _of(text, p, n)) for n in needs)
    ]
    if not cared:
        return
    own: list[Hit] = []
    for hit in found.cue("violence"):
        if not acted(hit) or _PASSIVE.match(text, hit.end):
            continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        named = [
            p
            for p in found.persons
            if begin <= p.start
            and p.end <= hit.start
            and _VICTIM_MARKS.match(text[p.end : hit.start])
        ]
        if named and not any(p in cared for p in named):
            continue
        own.append(hit)
    if not own:
        return
    for hit in own:
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
    ev.hit("abuse", "crisis", cared[0], why)
    spans = {ev.norm.original_span(h.start, h.end) for h in own}
    spouses = [p for p in found.persons if p.entry.label == "spouse"]
    spans |= {ev.norm.original_span(p.start, p.end) for p in spouses}
    dv = [key for key in ev.items if key[0] == "dv"]
    if dv and all((key[1], key[2]) in spans for key in dv):
        for key in dv:
            ev.pop(key, not_dv)


_CLASS_GATE_24m = re.compile(
    r"授業|道徳|ホームルーム|学級会|研修|講座|講習|勉強会|ゲートキーパー|ロールプレイ|資料|パンフ|チラシ|掲示"
)
_SUICIDE_TERM_24m = re.compile(r"自殺|自死")
# The word as a term: 自殺予防, 自殺対策, 自殺について, 自殺の相談窓口.
_AS_A_TERM_24m = re.compile(
    r"(?:予防|対策|防止|について|に関する|に関して|の(?:相談窓口|窓口|相談先|電話|サイン|統計|件数|現状|問題))"
)
# Said by someone supposed: 「消えたい」って言う友達がいたら, 死にたいと言われたら.
_SAID_IF_24m = re.compile(
    r"[」』]?(?:って|と)(?:言う|いう|言っ|いっ|ゆう|ゆっ|言わ|いわ|打ち明け|うちあけ|相談さ)[^。]{0,12}?"
    r"(?:いたら|おったら|居たら|れたら|場合)"
)
_CLASS_REACH_24m = 30  # characters before the word's sentence where the class may be named


def _suicide_for_a_class_24m(found: _Found, ev: _Evidence) -> None:
    """「道徳の授業で「消えたいって言う友達がいたらどうする？」って話し合った」「民生委員です。
    研修で使うので自殺予防の相談窓口の一覧を」: a suicide word in a class, a training or a
    handout, as a term (自殺予防, 自殺対策) or as words someone supposed might say (〜って言う
    友達がいたら), is no crisis of the writer's. Taken as the writer's own (私も, 死にたくなった)
    or on the writer's mind, it stays."""
    text = found.text
    if _OWN_FEELING.search(text) or _ON_MIND_23h.search(text):
        return
    why = "授業や研修で扱う話題（書き手の自殺の危険ではない）"
    hits = list(found.get("crisis", "suicide"))
    spans: list[tuple[int, int]] = []
    for hit in hits:
        begin, end = _sentence_around(text, hit.start, hit.end)
        if not _CLASS_GATE_24m.search(text, max(0, begin - _CLASS_REACH_24m), end):
            continue
        term = _SUICIDE_TERM_24m.match(text, hit.start) and _AS_A_TERM_24m.match(text, hit.end)
        if term or _SAID_IF_24m.match(text, hit.end):
            spans.append((hit.start, hit.end))
    for hit in hits:  # 「死に」 inside 「死にたい」 goes with it
        if any(a <= hit.start and hit.end <= b for a, b in spans):
            _withdraw(found, ev, hit, why)


# ---------------------------------------------------------------- round 16 (24k)

# 「ママが3日かえってこない ごはんない」: a child's kana message with only a count in kanji.
_COUNTS_24k = re.compile(r"[0-9一二三四五六七八九十]+(?:日|回|時間|週間)")
_DAY_COUNT_24k = re.compile(r"[0-9一二三四五六七八九十]+日|なんにち|何日")


_KANJI_NOT_COUNT_24k = re.compile(r"(?![日回時間週])[\u3400-\u9fff\uf900-\ufaff々]")


def _kana_with_counts_24k(text: str) -> bool:
    """Whether the only kanji in ``text`` are counts (3日, 2回): still a child's kana writing.
    The first search stops at the first other kanji, so most messages pay little."""
    if _KANJI_NOT_COUNT_24k.search(text) is not None:
        return False
    return KANJI.search(_COUNTS_24k.sub("", text)) is None


_KANA_PARENT_24k = re.compile(
    r"ママ|まま|パパ|ぱぱ|おかあさん|おかーさん|おとうさん|おとーさん|おかん|おとん"
)
_KANA_AWAY_24k = re.compile(
    r"かえって(?:こない|こん|きてない)|もどって(?:こない|こん)|いない|いなくて|おらん"
)
_KANA_NO_FOOD_24k = re.compile(
    r"ごはん\s*(?:が|も)?\s*(?:ない|なくて)|たべる\s*もの\s*(?:が|も)?\s*ない|おなか\s*(?:が)?\s*すい"
    r"|おなかすい|からっぽ|なにも\s*たべて"
)


def _child_left_for_days_24k(found: _Found, ev: _Evidence) -> None:
    """「ママが3日かえってこない ごはんない おなかすいた」: a child writing in kana, with only a
    count of days in kanji, that a parent has been away for days and there is no food, is
    neglect (abuse, child), as in ``_kana_child_neglect``; and a child alone for days without
    food is in danger now, so it is also an emergency (the kana-only rule treats a parent
    away as neglect rather than a missing person, and drops the emergency)."""
    if _ADULT_LIFE & (ev.present() - {"hardship"}) or found.person_labels() & {"spouse", "child"}:
        return
    text = found.text
    days = _DAY_COUNT_24k.search(text)
    parent = _KANA_PARENT_24k.search(text)
    if days is None or parent is None or parent.start() > days.start():
        return
    away = _KANA_AWAY_24k.search(text, days.end())
    food = _KANA_NO_FOOD_24k.search(text)
    if away is None or food is None:
        return
    why = "子どもが書くネグレクトのサイン"
    for start, end in (away.span(), food.span()):
        ev.add("abuse", "crisis", start, end, f"{why}：親が何日も帰らず、食べるものがない")
        ev.add("child", "field", start, end, f"{why}（本人が子ども）")
    ev.drop_inside(
        "hardship", [food.span()], "子どもが書く空腹（家計の相談ではない）", overlapping=True
    )
    urgent = "子どもだけで何日も、食べるものがない：緊急（命の危険）"
    ev.add("emergency", "crisis", days.start(), away.end(), urgent)


# 「雪ふってるのに裸足でベランダに出されて泣いてる」: a child put out in the cold.
# 34f12: rain, a storm or the midday heat are as dangerous to a small child shut out.
_COLD_24k = re.compile(
    r"雪|ゆき|氷点下|零下|吹雪|極寒|凍え|こごえ|雨|大雨|豪雨|雷|かみなり|炎天下|猛暑|熱中症"
)
_EXPOSED_24k = re.compile(
    r"裸足|はだし|薄着|うすぎ|パジャマ|下着|[0-9一二三四五六七八九十]+時間|何時間|ずっと"
)
_PUT_OUT_24k = re.compile(r"出され|だされ|閉め出|締め出|しめだ|追い出|おいだ")


def _child_out_in_the_cold_24k(found: _Found, ev: _Evidence) -> None:
    """「向かいのベランダに小さい子が裸足で出されて1時間泣いてる、雪ふってるのに」: a child shut
    out of the home (the neglect sign that already raised abuse) in snow or below freezing,
    barefoot, half-dressed or for hours, is in danger now: emergency as well. Shut out on a
    cold day with neither (寒いのに締め出されて) stays abuse only, as the earlier sets label it."""
    cold = _COLD_24k.search(found.text)
    if cold is None or _EXPOSED_24k.search(found.text) is None:
        return
    for hit in found.cue("neglect_sign") + found.cue("restraint"):
        if _PUT_OUT_24k.search(found.text, hit.start, hit.end):
            why = "寒さや雪の中で子どもが外に出されている：緊急（命の危険）"
            ev.add("emergency", "crisis", hit.start, hit.end, why)
            return


# 「死にたいとかは全然ないけど、寝つきが悪い」「死にたいとまでは思わないけど、しんどい」
_DENIED_BUT_24k = re.compile(
    r"(?:とか|なんて|なんか|とまで|までは|とまでは|とまでも)(?:は|も)?[、,]?"
    r"(?:全然|ぜんぜん|全く|まったく|別に|べつに|特に|とくに|一切|いっさい)?"
    r"(?:ない|無い|ありません|ないです|思って(?:い)?(?:ない|ません)|考えて(?:い)?(?:ない|ません)"
    r"|思わない|おもわない|思いません|考えない|考えません)(?:です)?(?:けど|けれど|が[、,]|んだけど|んですが)"
)


def _suicide_denied_but_24k(found: _Found, ev: _Evidence) -> None:
    """「死にたいとかは全然ないけど、最近寝つきが悪くて」「死にたいとまでは思わないけど毎日しんどい」:
    a suicide word denied at once and followed by けど and another worry is no crisis (the
    other worry keeps its field). As in ``_suicide_denied_23g``, every suicide word must lie in
    a denied one: 「死にたいとかはないけど消えたい」 still raises suicide (消えたい)."""
    text = found.text
    hits = found.get("crisis", "suicide")
    denied = [h for h in hits if _DENIED_BUT_24k.match(text, h.end)]
    if not denied or not all(any(_overlaps(h, d) for d in denied) for h in hits):
        return
    why = "すぐに打ち消している（「死にたいとまでは思わないけど」。自殺の危険ではない）"
    for hit in list(hits):
        _withdraw(found, ev, hit, why)


# 「昔リストカットしてたけど、もう10年以上してないです」: self-harm long stopped.
_STOPPED_24k = re.compile(
    r"(?:もう|ここ|この)?[0-9一二三四五六七八九十数何]+年(?:以上|くらい|ぐらい|ほど|近く)?(?:は|も)?"
    r"(?:して(?:い)?(?:ない|ません|なくて)|やって(?:い)?(?:ない|ません)|切って(?:い)?(?:ない|ません)"
    r"|やめて(?:い)?(?:る|ます)|止めて(?:い)?(?:る|ます)|やめられて|経(?:ち|っ)|たち(?:ます|まし))"
)
_STILL_24k = re.compile(
    r"また|最近|さいきん|今も|いまも|まだ|切りたく|きりたく|したくな|やりたくな|ぶり返"
)


def _self_harm_long_stopped_24k(found: _Found, ev: _Evidence) -> None:
    """「昔リストカットしてたけど、もう10年以上してないです。傷あとを消す治療は」: self-harm told as
    past (昔, 学生の頃) and stopped for years is no crisis now; the scar treatment keeps its
    health field. 「最近また切りたくなる」 or 「今も」 keeps the crisis."""
    text = found.text
    stopped = _STOPPED_24k.search(text)
    if stopped is None or _STILL_24k.search(text):
        return
    why = "昔のことで、もう何年もしていない（今の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if hit.end <= stopped.start() and _PAST_BEFORE_WELL_NOW.search(text, begin, hit.start):
            _withdraw(found, ev, hit, why)


# 「小説で自殺を考える登場人物を書いています」: a suicide word that is a character's, in writing.
_WRITING_24k = re.compile(r"小説|漫画|マンガ|脚本|シナリオ|物語|同人誌|台本|創作|作品")
_CHARACTER_AFTER_24k = re.compile(
    r"[^。、]{0,10}?(?:登場人物|キャラクター|キャラ|主人公|ヒロイン|人物|役)(?:を|の|が|に)"
)


def _character_in_writing_24k(found: _Found, ev: _Evidence) -> None:
    """「小説で自殺を考える登場人物を書いています。窓口の流れを正しく描きたい」: a suicide word that
    describes a character the writer is writing (小説, 脚本, 漫画) is no crisis of the writer's;
    one who takes it as their own (私も, 共感) stays one."""
    text = found.text
    if _OWN_FEELING.search(text) or _ASKS_HELP.search(text):
        return
    why = "書いている小説や脚本の登場人物のこと（書き手の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _WRITING_24k.search(text, begin, end) and _CHARACTER_AFTER_24k.match(text, hit.end):
            _withdraw(found, ev, hit, why)


# 「息子が部活で先輩に殴られた」: a child hit by another pupil, not by a carer.
_PEER_24k = re.compile(
    r"(?:先輩|後輩|上級生|下級生|同級生|クラスメイト|クラスの子|部員|友達|友だち|ともだち|いじめっ子|男子|女子)"
    r"(?:たち|達|ら)?(?:に|から)(?:も)?$"
)
_PEER_GATE_24k = re.compile(
    r"先輩|後輩|上級生|下級生|同級生|クラスメイト|クラスの子|部員|友達|友だち|ともだち|いじめっ子|男子|女子"
)


def _struck_by_a_peer_24k(found: _Found, ev: _Evidence) -> None:
    """「息子が部活で先輩に殴られたらしい。学校に言うべきか」: violence to a child by another pupil
    (先輩, 同級生, 友達) is bullying or a school matter (child), not abuse, which the README
    keeps for a carer or family; violence by a parent or teacher in the same message stays."""
    text = found.text
    why = "学校の先輩や同級生からの暴力（いじめ・学校の相談。家庭や養育者からの虐待ではない）"
    for hit in found.cue("violence"):
        if _PEER_24k.search(text, max(0, hit.start - 12), hit.start):
            ev.drop_inside("abuse", [(hit.start, hit.end)], why, overlapping=True)


# 「保育士です。もし園児に虐待の疑いがあった場合、通告はどこに」: a professional's question.
_JOB_24k = re.compile(
    r"(?:保育士|教員|教師|看護師|介護士|介護職|ヘルパー|ケアマネ|民生委員|児童委員|支援員|相談員|職員|保健師)"
    r"(?:です|をして|として|の立場|をしており|をやって)"
)
_SUPPOSED_24k = re.compile(r"もし|仮に|かりに|場合")
# A real case told by the worker: 「打ち明けてくれた」「されているようです」.
_REAL_CASE_24k = re.compile(
    r"打ち明け|うちあけ|されて(?:い)?る|と言(?:って|われ)|って言|話して|ようです|みたい|らしい|気がする|疑わしい"
)


def _abuse_asked_as_a_professional_24k(found: _Found, ev: _Evidence) -> None:
    """「保育士です。もし園児に虐待の疑いがあった場合、通告はどこに…研修で確認したくて」: a
    professional asking how to report abuse in a supposed case (もし, 仮に, 場合) names no one
    harmed: no crisis. A worker who tells of a real case (あざ, 叩かれて, 打ち明けてくれた,
    されているようです) stays abuse."""
    text = found.text
    if not _SUPPOSED_24k.search(text) or _REAL_CASE_24k.search(text):
        return
    if found.cue("bruise") or found.cue("violence"):
        return
    why = "仕事の立場で、もしもの時の通告のしかたをたずねている（今の虐待の相談ではない）"
    ev.drop_inside("abuse", [(0, len(text))], why)


# 「連絡取れなくて焦ったけど、スマホの充電切れてただけでした」: an alarm that came to nothing.
_NOTHING_AFTER_ALL_24k = re.compile(
    r"(?:た|てた|でた|ていた)だけ(?:でした|だった|やった|みたい|らしい|と(?:わかり|分かり|判明))"
    r"|無事(?:でした|だった|やった|に(?:帰|見つ|連絡)|と(?:わか|分か))"
    r"|(?:連絡|電話|返事|返信)(?:が|も)?(?:つきました|ついた|取れました|とれました|来ました|きました|ありました)"
    # 31v8: 「今うちで保護しています」: the lost person is safe with the writer now.
    r"|(?:うち|家|自宅|我が家|わが家|店|交番|警察)で(?:保護|預か|あずか)(?:って|して|し)(?:い|お)?(?:ます|る|ました)"
)
_AGAIN_24k = re.compile(r"また|今も|いまも|まだ|今度は|こんどは")
# 「新聞がたまってると近所の方から電話がありました」: a neighbour's call that reports the alarm
# is not the missing person calling back (round 20, 28e8).
_REPORTED_BY_OTHERS_28e8 = re.compile(
    r"(?:近所|きんじょ|隣|となり|管理人|管理会社|大家|民生委員|警察|交番|職場|会社|勤め先|配達|新聞屋"
    r"|ヘルパー|ケアマネ|施設|病院|学校|役所|役場|町内会|自治会|知り合い|友人|友達"
    r"|入居者|住人|住民|居住者|利用者|お客|同僚)"  # 31v8: 「入居者の方から「…」と連絡がありました」
    r"[^。]{0,6}?(?:から|より)(?:の)?(?:(?:「[^」]{0,40}」\s?|[^。「」]{0,20}?)(?:と|って))?$"
)
# 28f8: 「…包丁を向けたって、孫から電話がありました」: the call is how the alarm came, not its end.
_REPORTED_BY_28f8 = re.compile(r"(?:って|と)、?[^。、]{0,10}?から$")


def _alarm_came_to_nothing_24k(found: _Found, ev: _Evidence) -> None:
    """「一人暮らしの母と連絡取れなくて焦ったけど、充電が切れてただけでした。見守りサービスは」:
    an emergency word told before the writer's own word that it was nothing (ただけでした,
    無事でした, 連絡がつきました) is no danger now; the care question stays. A new alarm after
    it (また連絡がつかない, 今度は) keeps it. A call from someone else who reports the alarm
    (新聞がたまってると近所の方から電話がありました) is not that word (28e8)."""
    text = found.text
    ends = list(_NOTHING_AFTER_ALL_24k.finditer(text))
    if not ends:
        return
    ends = [
        m
        for m in ends
        if not _REPORTED_BY_OTHERS_28e8.search(text, max(0, m.start() - 60), m.start())
    ]
    if not ends:
        return
    last = ends[-1]
    if _AGAIN_24k.search(text, last.end()):
        return
    if _REPORTED_BY_28f8.search(text, max(0, last.start() - 16), last.start()):
        return  # 「包丁を向けたって、孫から電話がありました」: the call that told of it
    why = "あとで何でもなかったとわかった（今の緊急ではない）"
    for hit in list(found.get("crisis", "emergency")):
        if hit.end <= last.start():
            _withdraw(found, ev, hit, why)


# ---------------------------------------------------------------- round 16 (24j)

# 「姪っ子(小6)」「彼女(高3)」「いとこの子(高校生)」「高校生の友達が」「中学生の長男が」: a child or
# teenager the writer names with a school year, who may be someone else's.
_NAMED_MINOR_24j = re.compile(
    r"(?P<a>姪っ子|甥っ子|姪|甥|孫娘|孫息子|孫|息子|娘|子|彼女|彼氏|友達|友だち|生徒|教え子|長男|長女|次男"
    r"|次女|いとこ|従兄弟|従姉妹|お兄ちゃん|お姉ちゃん|兄|姉)(?:さん|ちゃん|くん|君)?[(（](?:小学|中学|高校|小|中|高)"
    r"[1-6一二三四五六]?(?:年生?|生)?[)）]"
    r"|(?:小学|中学|高校)(?:[1-6一二三四五六]年)?生の(?P<b>友達|友だち|長男|長女|次男|次女|生徒|教え子"
    r"|いとこ|彼女|彼氏|姪っ子|甥っ子|姪|甥)"
    # 28f8: a teacher's 「クラスの小6の子、…」
    r"|(?:小|中|高)[1-6一二三四五六](?:年生)?の(?P<c>子|男の子|女の子|生徒|児童)"
)
_HOUSEWORK_24j = re.compile(r"家|洗濯|料理|ご飯|ごはん|夕飯|食事|看病|弁当|掃除|バイト|お金")
# The care is the minor's own object (孫(小3)の送り迎え), or the writer's (私が).
_CARE_FOR_THE_MINOR_24j = re.compile(r"^(?:の|を)[^。、]{0,6}$")


def _named_minor_keeps_the_house_24j(found: _Found, ev: _Evidence) -> None:
    """Reads a young carer told of by someone else: a niece, a friend, a girlfriend, a
    pupil or the writer's own child named with a school year (姪っ子(小6), 彼女(高3),
    高校生の友達が, 中学生の長男が) who then does the housework, the nursing or pays into the
    household (ご飯も洗濯も姪がやってて, 家事と看病してる, バイト代を家に入れてる). Teachers,
    relatives and friends write of young carers this way; the existing rule only knew the
    family's 「中学生の息子が」. Care done for the child (孫(小3)の送り迎え), or by the writer
    (私が) or a partner between the two, is not the child's."""
    text = found.text
    care = found.cue("family_care")
    for named in _NAMED_MINOR_24j.finditer(text):
        after = named.end() + (1 if text.startswith(("が", "は", "も"), named.end()) else 0)
        if _HAS_CHILDREN.match(text, after):
            continue
        for hit in care:
            if hit.start < named.end():
                continue
            between = text[named.end() : hit.start]
            if _CARE_FOR_THE_MINOR_24j.match(between):
                continue
            # The child is the one who does it: named as the subject (姪(小6)が, 高校生の友達が),
            # named again as the subject before it (…のお母さんがうつで、彼女が家事), or set apart
            # with a comma before housework (いとこの子(高校生)、…家のこと全部やってる).
            noun = re.escape(
                (named.group("a") or named.group("b") or named.group("c")).removesuffix("っ子")
            )
            subject = noun + r"(?:っ子|ちゃん|さん|くん)?(?:が|は|も)"
            if text.startswith(("が", "は", "も"), named.end()):
                pass
            elif text.startswith(("、", ","), named.end()):
                if not _HOUSEWORK_24j.search(text, hit.start, hit.end):
                    continue
            elif not (  # 「ご飯も洗濯も姪がやってて」: named again just after the chores, too
                re.search(subject, between) or re.match(r"[^。]{0,6}?" + subject, text[hit.end :])
            ):
                continue
            if any(
                p.entry.label in ("self", "spouse")
                and named.end() <= p.start < hit.end
                and text[p.start : p.end] not in ("彼女", "彼氏")
                for p in found.persons
            ):
                continue
            why = "学年を添えて書かれた子どもが家事や世話をしている"
            ev.add("young_carer", "pattern", named.start(), named.end(), why)
            ev.hit("young_carer", "pattern", hit, f"{why}：{hit.entry.note}")
            return


# 「ママ毎晩お酒飲んで寝ちゃって晩ごはんない」: a parent who drinks (and sleeps) while a child goes
# without meals.
_DRINK_GATE_24j = re.compile(r"酒|さけ|飲ん|のん|呑ん|酔|よっぱら")
_DRINKING_PARENT_24j = re.compile(
    r"(?:お母さん|おかあさん|母さん|かあさん|ママ|まま|母親|母|お父さん|おとうさん|父さん|とうさん|パパ|ぱぱ"
    r"|父親|父|親)(?:が|は|も)?[^。]{0,12}?(?:飲ん|のん|呑ん|酔っ|酔い|よっぱら)"
)
_A_CHILD_24j = re.compile(r"(?:小|中)[1-6一二三四五六]|小学|姪|甥|孫|めい|おい")


def _drunk_parent_and_no_meals_24j(found: _Found, minor: bool, ev: _Evidence) -> None:
    """Reads a child's meals missing at home beside a parent who drinks (and falls
    asleep): 「ママ毎ばんおさけのんでねちゃってばんごはんないって（小2）」「父親が毎晩酔って寝て
    しまい、甥は夕飯を食べていない」. A child, the writer or one they name (姪, 孫, 小3), left
    without food by a drinking parent is neglect; the parent's drinking alone, or an adult's
    missed dinner, is not."""
    text = found.text
    drinking = _DRINKING_PARENT_24j.search(text)
    if drinking is None:
        return
    if not (minor or "child" in found.person_labels() or _A_CHILD_24j.search(text)):
        return
    meals = [h for h in found.cue("no_meals") if h.start >= drinking.start()]
    if not meals:
        return
    why = "飲酒で寝てしまう親と、家でごはんがない子ども（ネグレクト）"
    ev.add("abuse", "crisis", drinking.start(), drinking.end(), why)
    for hit in meals:
        ev.hit("abuse", "crisis", hit, why)
        ev.hit("child", "field", hit, why)


# 「顧問に殺される〜」って毎日言ってますｗ 元気です: a quoted 殺される said as a joke.
_QUOTE_CLOSE_24j = re.compile(r"[〜ー~！!…w]{0,4}[」』]")
_JOKED_AFTER_24j = re.compile(
    r"[wｗWＷ](?![a-zA-Zａ-ｚ])|笑(?!え|わ|い事|いごと)|草|😂|🤣|😆|😅|元気(?:です|だ|や|で|に)|ピンピン|ぴんぴん"
)
_FEARED_24j = re.compile(r"怖|こわ|震え|ふるえ|本気|泣|怯え|おびえ|逃げ|警察|110")


def _quoted_kill_said_in_jest_24j(found: _Found, ev: _Evidence) -> None:
    """Reads 殺される inside a quote someone says every day, followed by a laugh or the
    writer's 「元気です」: 「顧問に殺される〜」って毎日言ってますｗ, 娘は「先輩に殺される」って
    笑って部活に行く. Hyperbole, not a threat to life now. The existing laughing frame looks only 8
    characters on, so a quote and 「って言ってます」 hid the ｗ. A partner named before it, or
    fear (怖い, 震えて, 本気), keeps the alarm."""
    text = found.text
    if _FEARED_24j.search(text):
        return
    for hit in list(found.get("crisis", "emergency")):
        if hit.entry.form != "殺す":
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        opened = text.rfind("「", begin, hit.start)
        if opened < 0 or _partner_before(found, hit, begin):
            continue
        close = _QUOTE_CLOSE_24j.search(text, hit.end, min(len(text), hit.end + 10))
        if close is None or not _JOKED_AFTER_24j.search(text, close.end(), close.end() + 30):
            continue
        why = "「殺される〜」と笑いながら言う大げさな言い方（今の命の危険ではない）"
        _withdraw(found, ev, hit, why)


# 「いつお迎えが来てもええわ」って笑っとる: the older person's saying, said laughing.
_SAID_LAUGHING_24j = re.compile(
    r"[」』](?:と|って|て)?[^。]{0,6}?(?:笑っ|笑い|わろ|笑顔|にこにこ|ニコニコ|にっこり|笑う)"
)


def _welcome_of_death_laughed_24j(found: _Found, ev: _Evidence) -> None:
    """Reads an older person's 「いつお迎えが来てもええ」 said laughing (って笑っとる, と笑顔で)
    by someone the writer shows well: a way of talking, handled as the habit of saying it
    (_welcome_of_death_as_a_habit_23c), which keeps it where something has changed or no sign
    of health is given."""
    text = found.text
    for hit in found.get("crisis", "suicide"):
        if "お迎え" in hit.entry.note and _SAID_LAUGHING_24j.search(text, hit.end, hit.end + 14):
            _welcome_of_death_as_a_habit_23c(found, ev)
            return


# ---------------------------------------------------------------- round 17 (25u)

_THREAT_CUES_25u = frozenset({"control", "violence"})
_BY_25u = re.compile(r"(?:に|から)")


def _grown_child_threatens_old_parent_25u(found: _Found, ev: _Evidence) -> None:
    """「５０になる息子が…ずっと家にいます。わたしも８３になり…息子は手伝ってくれるどころか、
    お金を出せと大声を出して壁をたたきます」: in a home already read as 8050, the grown son or
    daughter who shouts at, threatens or hits things before the old parent (or whom the parent
    is shouted at or hit by) is elder abuse (家庭内暴力), though the parent is not named in that
    sentence. An act aimed at someone else named there (妹に, 嫁を) is left to the other rules;
    so is an act done to the son (息子を怒鳴ってしまう)."""
    text = found.text
    why = "8050：同居の大人の子が高齢の親を脅す・物に当たる（高齢者虐待）"
    for act in found.cue("control") + found.cue("violence"):
        begin, _ = _sentence_around(text, act.start, act.end)
        passive = _PASSIVE.match(text, act.end) is not None
        before = [p for p in found.persons if begin <= p.start and p.end <= act.start]
        children = [p for p in before if p.entry.label == "child"]
        if not children:
            continue
        actor = children[-1]
        if passive:
            done = _BY_25u.match(text, actor.end) is not None
        else:
            others = [
                p
                for p in before
                if p.start >= actor.end and p.entry.label not in _OLDER_KIN | {"self"}
            ]
            # 36u13: 「息子(48)が」, the age in brackets before the が
            done = _SUBJECT_AFTER_AGE_36u13.match(text, actor.end) is not None and not others
        if done:
            ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
            ev.hit("abuse", "crisis", actor, why)


# 「息子(48)が」: a subject marker after an age in brackets (round 28, 36u13).
_SUBJECT_AFTER_AGE_36u13 = re.compile(r"(?:\([0-9]{1,3}(?:歳|才)?\))?(?:が|は|も|って)")


# 「父(75)が…母に暴言を吐いたり物を投げたり」: a parent named with an age in brackets.
_AGED_SUBJECT_25u = re.compile(r"\([0-9]{1,3}(?:歳|才)?\)(?:が|は|も|って)")
_PARENTS_25u = frozenset({"mother", "father"})


def _aged_parent_strikes_the_other_25u(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「父(75)がアルコール依存で、酔うと母に暴言を吐いたり物を投げたりします」: one parent who
    shouts at, throws things at or hits the other is DV (_parents_shouting_and_throwing_24i),
    also when the one who does it is named with an age in brackets, which hid the が from
    _partner_strikes_kin. As there, a single shout is left alone, and a blow on the parent
    who needs care is elder abuse, read elsewhere."""
    text, sentences = found.text, found.tokens.sentences
    control = found.cue("control")
    acts = control + found.cue("violence")
    thrown = any("投げ" in text[h.start : h.end] for h in control)
    if not (found.cue("repeated") or thrown or len({h.start for h in acts}) > 1):
        return
    for actor in found.persons:
        if actor.entry.label not in _PARENTS_25u or not _AGED_SUBJECT_25u.match(text, actor.end):
            continue
        for victim in found.persons:
            if victim.start < actor.end or {actor.entry.label, victim.entry.label} != _PARENTS_25u:
                continue
            for hit in acts:
                if hit.start < victim.end or _PASSIVE.match(text, hit.end):
                    continue
                if not sentences[actor.first] == sentences[victim.first] == sentences[hit.first]:
                    continue
                if _AT_KIN.fullmatch(text, victim.end, hit.start) is None:
                    continue
                _parent_struck(found, minor, ev, hit, actor, victim)


def _own_child_named_earlier_cares_25u(found: _Found, ev: _Evidence) -> None:
    """「中2の娘のことです。…娘がおばあちゃんのトイレの世話やご飯を全部やってくれていたみたいで、
    最近学校を休みがちになりました」: the writer's child is given a school year once (中2の娘,
    息子(小6)) and later named again as the one who does the family's care, losing school life in
    that sentence. _own_child_cares wants the school year at the same mention; this reads the
    later one. Care done by the writer or a partner named between, or a child never given a
    school year, is not read."""
    text, sentences = found.text, found.tokens.sentences
    care, school = found.cue("family_care"), found.cue("school_life")
    children = [p for p in found.persons if p.entry.label == "child"]
    aged = {
        text[p.start : p.end]
        for p in children
        if _SCHOOL_AGE_BEFORE.search(text[max(0, p.start - 8) : p.start])
        or _SCHOOL_YEAR_AFTER_25u.match(text, p.end)
    }
    for child in children:
        if text[child.start : child.end] not in aged or not _SUBJECT.match(text, child.end):
            continue
        sentence = sentences[child.first]
        doing = [
            h
            for h in care
            if h.start >= child.end
            and sentences[h.first] == sentence
            and not any(
                p.entry.label in _NOT_THE_CHILDS and child.end <= p.start < h.start
                for p in found.persons
            )
        ]
        losing = [h for h in school if h.start >= child.end and sentences[h.first] == sentence]
        if doing and losing:
            why = "学年を書いた子どもが家族の世話で学校生活を削っている"
            for hit in [child, *doing, *losing]:
                ev.hit("young_carer", "pattern", hit, f"{why}：{hit.entry.note}")
            return


_SCHOOL_YEAR_AFTER_25u = re.compile(r"\((?:小|中|高)[1-6]\)|\((?:[6-9]|1[0-7])(?:歳|才)?\)")


# ---------------------------------------------------------------- round 18 (26s)
# 「夫が私だけやなく息子にも手を上げる」「旦那が私にも娘にも手ぇ上げる」「主人が私と子どもを殴る」
# 「夫が子どもにまで手を上げる」: the partner hits the writer as well as a child. _violence gives
# the child's abuse only; the writer named beside the child (or まで, "even the child") is DV.
_WRITER_TOO_26s = re.compile(
    r"(?:私|わたし|あたし|わたくし|うち|自分|僕|ぼく|俺|おれ)"
    r"(?:(?:に|を)?だけ(?:で(?:は)?な|じゃな|やな|やの|じゃの|でね|でな)"
    r"|(?:に|を)?(?:も|と|や)(?=[^。]{0,10}?(?:子|息子|娘|孫|ども|せがれ))"
    r"|(?:に|を)?(?:も)?(?:、)?(?:子|息子|娘|せがれ)"
    r")"
    r"|(?:子ども|子供|こども|息子|娘|子|せがれ)(?:ら|たち|達)?(?:に|を)まで"
)

_CHILD_TOO_26s = re.compile(
    r"(?:子ども|子供|こども|息子|娘|子|せがれ)(?:ら|たち|達)?(?:に|を)?(?:も|まで)"
)


def _writer_struck_beside_child_26s(found: _Found, ev: _Evidence) -> None:
    """The partner named as the one who hits, and the writer named among those hit
    (私だけでなく子どもにも), in the sentence of the blow: DV as well as the child's abuse
    (「私だけじゃなくて子どもまで叩く」: the child named with まで is abused too)."""
    text, sentences = found.text, found.tokens.sentences
    partners = _own_partners(found)
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end):
            continue  # 「夫に殴られる」 is DV already (_violence)
        for partner in partners:
            if partner.end > hit.start or sentences[partner.first] != sentences[hit.first]:
                continue
            if _SUBJECT.match(text, partner.end) is None and not text.startswith("、", partner.end):
                continue
            too = _WRITER_TOO_26s.search(text, partner.end, hit.start)
            if too is None:
                continue
            if not ev.has("dv"):
                why = f"パートナーから書き手と子どもへの暴力（DV）：{hit.entry.note}"
                ev.hit("dv", "crisis", hit, why)
                ev.hit("dv", "crisis", partner, why)
            child = _CHILD_TOO_26s.search(text, too.start(), hit.start)
            if not ev.has("abuse") and child is not None:
                why = f"子どもへの暴力：{hit.entry.note}"
                ev.hit("abuse", "crisis", hit, why)
                ev.hit("child", "field", hit, f"子どものこと：{why}")
            return


# ---------------------------------------- round 18 (26t): elderly writers' dialects

# 「嫁っこがおらさ飯もけねで…息子さ言っても聞いでけね」: 嫁 told of to, or beside, the
# writer's son is the son's wife (an older writer's daughter-in-law), not the writer's own.
_SON_26t = r"(?:息子|倅|せがれ|伜|長男|次男|三男)(?:さん)?"
_SON_TOLD_26t = re.compile(
    _SON_26t + r"(?:さ|に|へ|には|にも|さも|に何度|に何回)[^。]{0,6}?"
    r"(?:言|い[うっえわ]|ゆ[うっ]|話|はな[しさ]|相談|訴え|頼|たの|言いつけ|告げ)"
    r"|" + _SON_26t + r"(?:は|も|ぁ)[^。]{0,8}?(?:嫁の味方|見て見ぬ|見で見ね|知らん顔|知らんぷり"
    r"|知らんふり|なんも言わ|何も言わ|なも言わ|かばう|庇う|嫁の言いなり|嫁さ言いなり)"
)
_OWN_MARK_26t = ("うちの", "僕の", "俺の", "私の", "おれの", "ぼくの", "わしの", "オレの")


def _daughter_in_law_26t(found: _Found, hit: Hit) -> bool:
    """「嫁っこがおらさ飯もけねで、部屋さ閉じ込める。息子さ言っても聞いでけね」「嫁にご飯を出して
    もらえん。息子は見て見ぬふり」: 嫁 in a message where the writer tells the son (or the son
    looks away) is the son's wife, so what she does to the writer is elder abuse, not DV.
    「うちの嫁が」 and a message without the son stay the writer's own wife."""
    text = found.text
    if not text.startswith("嫁", hit.start) or text.startswith(
        _OWN_MARK_26t, max(0, hit.start - 4)
    ):
        return False
    return _SON_TOLD_26t.search(text) is not None


def _elder_harmed_by_daughter_in_law_26t(found: _Found, ev: _Evidence) -> None:
    """「嫁がわしに飯も食わせんで部屋に閉じ込める。息子に言うても聞いてくれん」: the one harmed
    is the older writer, so the abuse concerns care, not a child (the son is an adult)."""
    if not any(h.entry.label == "spouse" and _daughter_in_law_26t(found, h) for h in found.persons):
        return
    if found.get("field", "child") or found.cue("minor_self") or found.cue("minor_other"):
        return
    for item in [i for i in ev.items.values() if i.label == "abuse"]:
        key = ("child", item.start, item.end)
        if key in ev.items:
            ev.pop(key, "嫁から高齢の親への虐待（子どものことではない）")
        ev.add_original("care", "field", item, f"嫁から高齢の親への虐待：{item.note}")


# round 18 (26u): a son or daughter who hits or pushes the writer is no partner's violence.
_CHILD_ACTOR_26u = re.compile(
    r"(?:息子|むすこ|娘|むすめ|長男|次男|三男|長女|次女|三女|子ども|子供|こども|うちの子|下の子|上の子|せがれ)"
    r"(?:\([0-9]{1,2}(?:歳|才)?\)|\((?:小|中|高)[1-6]\))?(?:さん|くん|君|ちゃん)?(?:が|は|に|から)"
)
_PASSIVE_26u = re.compile(r"(?:さ|ら)?れ")
_ADULTS_26u = frozenset({"mother", "father", "spouse", "grandparent", "sibling"})
_PARTNER_26u = re.compile(
    r"夫|旦那|だんな|主人|彼氏|彼女|妻|嫁|婿|パートナー|交際相手|内縁|恋人|DV|dv|亭主|連れ合い"
)


def _child_strikes_the_parent_26u(found: _Found, ev: _Evidence) -> None:
    """「発達障害の息子（16）が家で暴れて、私を突き飛ばすようになりました。元夫とは連絡もつかず」
    「中3の娘が物を投げたり私を叩いたりします。夫は単身赴任です」: when every act of violence
    is told of a son or daughter, in a sentence naming no partner, the partner named elsewhere
    did not do it, and it is no DV. A partner in the sentence of the act keeps it
    (夫が暴れて息子を突き飛ばした, 息子が夫に殴られた), as does a DV word itself."""
    if found.get("crisis", "dv"):
        return
    acts = found.cue("violence") + found.cue("control") + found.cue("expelled")
    if not acts:
        return
    text = found.text
    for hit in acts:
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _PARTNER_26u.search(text, begin, end):
            return
        actors = list(_CHILD_ACTOR_26u.finditer(text, begin, hit.start))
        # 「息子に殴られた」 tells who hit; 「娘に暴力をふるう」 tells who was hit.
        if not actors:
            return
        by_whom = actors[-1].group().endswith(("に", "から"))
        passive = _PASSIVE_26u.match(text, hit.end) or hit.entry.form.endswith("れる")
        if by_whom and not passive:
            return
        # 「娘が、パパに叩かれるママを見て」: a parent named between the child and the act did it.
        if any(
            p.entry.label in _ADULTS_26u and actors[-1].end() <= p.start < hit.start
            for p in found.persons
        ):
            return
    why = "子どもが親に手を上げている（パートナーからの暴力ではない）"
    ev.drop_label("dv", why)


# round 18 (26u): a bruise told in the sentence of a partner's blow is the partner's doing.
_CHILD_WORD_26u = re.compile(r"子|児|赤ちゃん|赤ん坊|孫|生徒|こども|むすこ|むすめ|娘")


def _bruise_from_a_partner_26u(found: _Found, ev: _Evidence) -> None:
    """「ママ友が旦那さんに顔を叩かれたらしく、あざをサングラスで隠していました。「子どもがいる
    から別れられない」」: a bruise in the sentence where a partner struck someone, with no child
    in that sentence, is DV's mark, not a child's; the children named elsewhere were not hit.
    A child in the sentence of the bruise (夫が息子を叩いて、腕にあざ) keeps the abuse."""
    text = found.text
    blows = found.cue("violence")
    dropped = []
    for bruise in found.cue("bruise"):
        begin, end = _sentence_around(text, bruise.start, bruise.end)
        if _CHILD_WORD_26u.search(text, begin, end) or not _PARTNER_26u.search(text, begin, end):
            continue
        if not any(begin <= b.start < end for b in blows):
            continue
        dropped.append((bruise.start, bruise.end))
    if dropped:
        why = "パートナーに叩かれたあざ（子どもへの虐待ではない）"
        ev.drop_inside("abuse", dropped, why)
        ev.drop_inside("child", dropped, why)


# round 18 (26u): a parent whose child helps at home, who also cares for their own parent.
_OWN_CARE_26u = re.compile(
    r"(?:私|わたし|あたし|僕|俺|自分)(?:も|は|が|自身も)[^。]{0,6}?"
    r"(?:母|父|義母|義父|姑|舅|祖母|祖父|実家の(?:母|父|親)|親)(?:親)?の(?:介護|世話|看病|通院の付き添い)"
)


def _parent_of_a_young_carer_also_cares_26u(found: _Found, ev: _Evidence) -> None:
    """「上の子（小4）が下の子の世話を手伝ってくれるのですが…私も母の介護で手が回らず」: the
    writer raises the children (one of whom helps, a young carer) and cares for their own
    parent; that is double care too, which the young carer alone had kept back."""
    if "child" not in found.person_labels():
        return
    own = _OWN_CARE_26u.search(found.text)
    if own is None:
        return
    why = "子育て中の親が自分の親の介護もしている（子どもも手伝っている）"
    ev.add("double_care", "pattern", own.start(), own.end(), why)


# round 19 (27y): a friend who posted or sent words of ending their life, then went silent.
# After the suicide words: 「…」ってインスタに書いて, とストーリーにあげて, って投稿して.
_POSTED_27y = re.compile(
    r"(?:[^」』。]{0,8}?[」』])?(?:って|と|て)[^。]{0,14}?(?:書い|書き|書込|書きこ|かい|投稿|とうこう|あげ|上げ|アップ|載せ|のせ"
    r"|つぶや|呟|ツイート|ポスト|送っ|送ら|送り|おくっ|LINE|ライン|DM|メッセ|言っ|言う|言い|いっ|ゆう|ゆっ"
    r"|残し|のこし|来|き)"
)
# 「返事はない方が気楽」「既読にならんでもええ」: a wish or a shrug, not a silence now.
_WISH_TAIL_27y = re.compile(r"(?:方|ほう)が|でも(?:いい|ええ|よい)|くらいが|ぐらいが")
# Someone outside the family named before the words: 友達が, 先輩が, クラスの子が, 生徒が.
_OTHER_27y = re.compile(
    r"友達|友だち|ともだち|トモダチ|友人|親友|先輩|せんぱい|後輩|こうはい|同級生|クラスメイト|クラスの"
    r"|部活の|幼なじみ|幼馴染|彼女|かのじょ|知り合い|しりあい|生徒|教え子|部員|仲間|なかま|同僚|いとこ|従兄弟"
    r"|従姉妹|近所の|隣の"
)


def _unreachable_after_posted_27y(found: _Found, ev: _Evidence) -> None:
    """「友達が「もう終わりにする」ってインスタに書いて、そのあとLINEも既読にならない」「先輩が
    「今から死ぬ」って投稿して、電話してもつながらん」「ともだちが しにたいって かいてから へんじが
    ない」: a friend, classmate or pupil who wrote, posted or sent words of ending their life and
    then does not answer is in danger now (an emergency). A habit (既読にならないのはいつも),
    a quarrel, someone asleep or busy (the reasons for silence) is not; nor words after the
    silence (電話に出ないから「死ね」と書いた)."""
    text = found.text
    if _REASON_FOR_SILENCE.search(text):
        return
    silences = [
        h
        for h in found.cue("no_answer")
        if not _NO_ANSWER_TAIL.match(text, h.end) and not _WISH_TAIL_27y.match(text, h.end)
    ]
    if not silences:
        return
    why = "友達などが死ぬ気持ちを書き込んだあと、連絡がつかない：緊急（命の危険）"
    for hit in found.get("crisis", "suicide"):
        later = [h for h in silences if h.start >= hit.end]
        if not later:
            continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        posted = _POSTED_27y.match(text, hit.end) is not None
        other = _OTHER_27y.search(text, max(0, begin - 40), hit.start) is not None
        if not (posted and other):
            continue
        _raise_label(found, ev, "emergency", hit, why)
        for h in later:
            ev.hit("emergency", "crisis", h, why)
        return


# round 19 (27y): an adult who does not want to go home because of a partner.
_CHILD_ROLE_27y = frozenset({"child"})
_HOME_WORDS_27y = re.compile(r"家に帰りたくな|いえにかえりたくな|家帰りたくな|うちに帰りたくな")


def _adult_kept_from_home_by_partner_27y(found: _Found, ev: _Evidence) -> None:
    """「旦那が酒飲むと怒鳴って物投げてくる。怖くて仕事終わっても家に帰りたくない」「夫が毎晩
    怒鳴るので、パートが終わっても家に帰りたくない」: the one who does not want to go home is the
    writer, a partner of the one who shouts, not a child; 家に帰りたくない (a child's SOS) is no
    abuse here and no child matter. A child named in the message (子どもも怖がって家に帰りたくない
    と言う) keeps both."""
    if found.person_labels() & _CHILD_ROLE_27y:
        return
    abuse = found.get("crisis", "abuse")
    text = found.text
    if not abuse or not all(_HOME_WORDS_27y.match(text, h.start) for h in abuse):
        return
    spans = [(h.start, h.end) for h in abuse]
    why = "パートナーが怖くて大人が家に帰りたくない（子どもの訴えではない）：DV"
    ev.drop_inside("abuse", spans, why)
    ev.drop_inside("child", spans, why)


# round 19 (27x): a suicide told from the spot now, a family member searched for and not
# found, an older person found outside who cannot say who they are.
_SPOTS_27x = (
    r"(?:駅のホーム|ホーム|線路|せんろ|踏切|踏み切り|ふみきり|屋上|おくじょう|橋の上|橋|はし|"
    r"ビルの上|ビル|マンション|崖|がけ|ダム|海|うみ|川|かわ|樹海|歩道橋|展望台)"
)
_IMMINENT_27x = re.compile(
    r"(?:今|いま|現在|ただいま)(?:は|、)?[^。\n]{0,10}?"
    + _SPOTS_27x
    + r"(?:の上|のうえ|の前|のまえ|の近く|のそば|の端|のはし|のふち)?(?:に|へ|まで)"
    r"(?:い(?:ます|る|て|まーす)|おる|おります|おって|来(?:て|た|まし)|"
    r"き(?:て|た|まし)|着い|つい|立って|たって|向か(?:って|ってる|い)|むか(?:って|い))"
    r"|"
    + _SPOTS_27x
    + r"(?:の上|のうえ|の前|のまえ|の近く|のそば|の端|のはし|のふち)?に(?:いる|います|来た|きた|"
    r"来てる|きてる|立ってる|たってる|おる)(?:[。、!！]|$)"
    r"|(?:今から|いまから|今すぐ|いますぐ|これから)[^。\n]{0,12}?(?:死に(?:ます|に行|にいく)|"
    r"死ぬ(?:[。!！ねわよ」]|$|って|つもり|から|けん|き)|しにます|しぬ(?:[。!！ねわよ」]|$|って|つもり)|"
    r"飛び降り(?:ます|る|よう)|とびおり(?:ます|る|よう)|飛び込(?:みます|む|もう)|とびこ(?:みます|む|もう)|"
    r"首(?:を)?(?:吊|つ)(?:ります|る|ろう)|命を絶|いのちを絶|終わりに(?:します|する)|おわりに(?:します|する)|"
    r"消えます|きえます|実行)"
    r"|(?:今夜|今晩|こんや|こんばん|今日|きょう)(?:こそ|、)?(?:やる(?:[。!！わよ]|$|つもり)|やります|実行|決行)"
)


def _suicide_from_the_spot_now_27x(found: _Found, ev: _Evidence) -> None:
    """「いま駅のホームにいます。次の電車に飛び込もうかと思ってる」「今から飛び降ります」: a
    suicide message told from a platform, a roof or a bridge now, or with 今から on the act,
    is someone in danger right now: an emergency too (the suicide words stay as they are)."""
    now = _IMMINENT_27x.search(found.text)
    if now is None:
        return
    why = "今その場所にいる・今から実行すると言う（自殺）：緊急（命の危険）"
    ev.add("emergency", "crisis", now.start(), now.end(), why)


# 「1時間さがしとるけど見つからん」「探してるけど見当たらない」: searched for, not found.
_SEARCHED_27x = re.compile(
    r"(?:探|さが)(?:し|して|しと|しよ|しま|しても|しに)[^。\n]{0,10}?"
    r"(?:見つから|みつから|見当たら|みあたら|見つかりません|みつかりません|見つかれへん|見つけられ|みつけられ)"
    r"(?:ない|ん|へん|ねえ|ねぇ|ません|ず)?"
)
# What was sought is a thing, a job or a place, not a person (鍵を探して, 仕事探してる).
_THING_SOUGHT_27x = re.compile(
    r"(?:仕事|職|就職先|バイト|アルバイト|パート|働き口|家|部屋|物件|住まい|保育園|幼稚園|園|施設|病院|"
    r"医者|先生|鍵|かぎ|カギ|財布|さいふ|携帯|スマホ|眼鏡|メガネ|書類|通帳|カード|印鑑|ハンコ|相手|人|"
    r"先|ところ|所|場所|答え|方法|やり方|情報|資料|本|服|靴|犬|猫|ねこ|いぬ|ペット|車|自転車|薬|"
    r"ヘルパー|ケアマネ|業者|窓口|制度|支援)(?:を|が|も|は)?(?:ずっと|色々|いろいろ|あちこち)?$"
)
_MISSING_KIN_27x = frozenset(
    {"mother", "father", "parent", "grandparent", "spouse", "child", "sibling"}
)


def _family_searched_not_found_27x(found: _Found, ev: _Evidence) -> None:
    """「おかんがおらへん、さっきから探してるけど見つからへん」「ばあちゃんを1時間さがしとるけど
    見つからん」: a family member named before a search that finds no one is missing now
    (emergency). A thing, a job or a place sought (鍵を探してるけど見つからない, 仕事探してる
    けど見つからん, 手伝ってくれる人を探して) is no missing person."""
    text = found.text
    for searched in _SEARCHED_27x.finditer(text):
        before = text[max(0, searched.start() - 14) : searched.start()]
        if _THING_SOUGHT_27x.search(before):
            continue
        # 「ヘルパーさんを探して」: what comes before を must be the family member sought.
        if before.endswith("を") and not any(
            p.entry.label in _MISSING_KIN_27x and 0 <= searched.start() - 1 - p.end <= 3
            for p in found.persons
        ):
            continue
        kin = [
            p
            for p in found.persons
            if p.entry.label in _MISSING_KIN_27x and 0 <= searched.start() - p.end <= 60
        ]
        if not kin:
            continue
        why = "家族を探しているが見つからない：緊急（命の危険）"
        ev.add("emergency", "crisis", searched.start(), searched.end(), why)
        return


# 「家の前で座り込んでて、名前も住所も答えられない」「どこから来たか言えない」: an older person
# found outside who cannot say who or where they are.
_CANNOT_SAY_27x = re.compile(
    r"(?:名前|なまえ|住所|じゅうしょ|家|いえ|自宅)(?:も|や|と|を)(?:住所|じゅうしょ|家|いえ|自宅|電話番号|連絡先)?(?:も)?"
    r"(?:聞いても|きいても|尋ねても|たずねても|聞かれても)?"
    r"(?:答えられ|こたえられ|答え|言え|いえ|わから|分から|わかん|分かん|言わ)(?:ない|ん|へん|ません|ず|ねえ)"
    r"|(?:どこから|どっから)(?:来た|きた)(?:の)?か(?:も)?(?:言え|いえ|わから|分から|答えられ)(?:ない|ん|へん|ません)"
    r"|(?:自分の|じぶんの)?(?:家|いえ|うち)(?:が|も)(?:どこか)?(?:わから|分から|わかん)(?:ない|ん|へん|ません)"
)
_OUTSIDE_27x = re.compile(
    r"家の前|玄関先|道|みち|路上|外で|そとで|外に|公園|駅|バス停|交差点|歩道|店の前|コンビニ|スーパー|"
    r"座り込|すわりこ|うろうろ|ウロウロ|さまよ|歩いて|あるいて|迷子|まいご|裸足|はだし|パジャマ|寝巻|"
    r"薄着|うすぎ|寒い|さむい|雪|夜中|真夜中|深夜"
)


# 31v8: 「今うちで保護しています」「交番で預かってもらっています」: found, and safe now.
_SAFE_NOW_31v8 = re.compile(
    r"(?:うち|家|自宅|我が家|わが家|店|交番|警察|署)で(?:保護|預か|あずか)(?:って|して|し)(?:い|お|もらっ)?"
)


def _older_person_lost_outside_27x(found: _Found, ev: _Evidence) -> None:
    """「近所のおばあさんが家の前で座り込んでて、名前も住所も答えられない」: an older person found
    outside (a road, a park, in pyjamas or barefoot) who cannot give a name or an address is
    lost and in danger now (emergency, and care). At home (母が最近自分の住所も言えなくなった)
    it is a need for care, not an emergency."""
    text = found.text
    cannot = _CANNOT_SAY_27x.search(text)
    if cannot is None:
        return
    elders = found.cue("elderly") + [p for p in found.persons if p.entry.label == "grandparent"]
    if not elders:
        return
    outside = [m for m in _OUTSIDE_27x.finditer(text) if abs(m.start() - cannot.start()) <= 50]
    if not outside:
        return
    if "住所" not in cannot.group() and "どこから" not in cannot.group() and len(outside) < 2:
        return  # 「自分の家がわからない」 alone needs a second sign of being out (道で, 夜中に)
    if _SAFE_NOW_31v8.search(text, cannot.end()) is None:  # 31v8: not once taken in
        why = "外で見つかった高齢の人が名前や住所を言えない（迷っている）：緊急（命の危険）"
        ev.add("emergency", "crisis", cannot.start(), cannot.end(), why)
    for hit in elders:
        ev.hit("care", "field", hit, "外で迷っている高齢の人（介護の相談）")


_FOUND_GATE_27x = re.compile(r"見つか|みつか|見当た|みあた|見つけられ|みつけられ")
_SAY_GATE_27x = re.compile(r"名前|なまえ|住所|じゅうしょ|どこから|どっから|わから|分から|わかん")


# round 20 (28c8)
_KANA_SHUT_OUT_28c8 = re.compile(
    r"(?:ベランダ|べらんだ|そと|おそと|げんかんのそと|いえのそと)(?:に|へ)(?:また|まった)?"
    r"(?:だされ|ださせられ|おいだされ|しめだされ|たたされ|ほうりだされ)"
)


def _kana_child_shut_out_28c8(found: _Found, ev: _Evidence) -> None:
    """「パパがおこるとこわい。きのうもベランダにだされた」: a message in kana only telling of being
    put out on the balcony or outside is a child writing of abuse (abuse, child). A writer with
    a partner or children of their own, or money or care troubles, is an adult."""
    if _ADULT_LIFE & ev.present() or found.person_labels() & {"spouse", "child"}:
        return
    why = "子どもが書く閉め出し（ベランダや外に出された）"
    for m in _KANA_SHUT_OUT_28c8.finditer(found.text):
        ev.add("abuse", "crisis", m.start(), m.end(), f"{why}：虐待の疑い")
        ev.add("child", "field", m.start(), m.end(), f"{why}（本人が子ども）")


_OWN_BRUISE_28c8 = re.compile(
    r"(?:私|わたし|あたし|自分|じぶん)の(?:顔|かお|腕|うで|体|からだ|背中|首|目|目元|足|頬|ほほ|ほっぺ|太もも)?"
    r"(?:の|に|も)?(?:青)?(?:あざ|アザ|痣|たん|タン)"
)


def _writers_own_bruise_28c8(found: _Found, ev: _Evidence) -> None:
    """「主人の車の音がすると子どもたちが隠れます。私の顔のあざは、職場には転んだと言ってあります」:
    the writer's own bruise, with her partner named, is DV as well as the children's fear."""
    partner = _own_partners(found)
    if not partner:
        return
    text = found.text
    for hit in found.cue("bruise"):
        own = _OWN_BRUISE_28c8.search(text, max(0, hit.start - 12), hit.end)
        if own is None or own.end() != hit.end:
            continue
        ev.hit("dv", "crisis", hit, f"本人がパートナーから受けたあざ：{hit.entry.note}")
        for person in partner:
            ev.hit("dv", "crisis", person, "あざをつけたパートナー")


_GRANDCHILD_STRUCK_28c8 = re.compile(
    r"(?:孫|まご)(?:\([0-9]{1,2}\))?(?:が|は|も)[、,]?[^。]{0,6}?(?:お)?(?:嫁|婿|よめ|むこ)(?:さん|っこ|ご)?"
    r"(?:に|から)[^。]{0,8}?(?:叩か|たたか|殴ら|なぐら|蹴ら|けら|つねら|ぶた|怒鳴ら|どなら|たたかれ)"
)


def _grandchild_struck_by_in_law_28c8(found: _Found, ev: _Evidence) -> None:
    """「孫が、嫁さんにたたかれとるようで、ほっぺたに青たん」: the one struck is the grandchild and
    嫁 is the grandchild's mother (the writer's son's wife): child abuse, not the writer's DV."""
    struck = _GRANDCHILD_STRUCK_28c8.search(found.text)
    if struck is None:
        return
    why = "孫が嫁（孫の親）に叩かれている：子どもへの虐待（本人のDVではない）"
    for key in [k for k in ev.items if k[0] == "dv"]:
        item = ev.items[key]
        ev.add_original("abuse", "crisis", item, why)
        ev.pop(key, why)
    ev.add("child", "field", struck.start(), struck.end(), why)


# ---------------------------------------------------------------- round 21 (29l8): a child who
# writes in kana about themself

# 「ぼくがいなくなったらおかあさんはらくになる」: a child's I and a child's word for a parent.
_KANA_CHILD_I_29l8 = re.compile(
    r"(?:^|[\s、。!！?？])(?:ぼく|ボク|わたし|あたし|おれ|オレ|うち)(?=が|は|の|も|を|なんか|って|\s|、)"
)
_KANA_CHILDS_PARENT_29l8 = re.compile(
    r"おかあさん|おかーさん|おとうさん|おとーさん|まま|ママ|ぱぱ|パパ|せんせい|がっこう"
)
# An adult in kana: a partner, children of their own, work, money or care.
_KANA_ADULT_29l8 = re.compile(
    r"おっと|だんな|かれし|つま|よめ|むすこ|むすめ|こども|しごと|かいしゃ|かいご|ねんきん|おかね"
)
_KANA_CHILD_SIGNS_29l8 = frozenset({"suicide", "abuse", "dv", "emergency", "isolation"})


def _kana_child_writes_29l8(found: _Found, ev: _Evidence) -> None:
    """「ぼくがいなくなったらおかあさんはらくになるとおもう」: a message in kana only, with a
    child's 「ぼく」「わたし」 and a child's word for a parent, that raises a crisis or
    loneliness, is a child writing about themself (child). An adult names a partner,
    children, work, money or care."""
    if not ev.present() & _KANA_CHILD_SIGNS_29l8 or ev.has("hardship") or ev.has("care"):
        return
    text = found.text
    me = _KANA_CHILD_I_29l8.search(text)
    if me is None or _KANA_CHILDS_PARENT_29l8.search(text) is None:
        return
    if _KANA_ADULT_29l8.search(text) or found.person_labels() & {"spouse", "child"}:
        return
    start = me.start() + (1 if text[me.start()] in " \t　、。!！?？" else 0)
    ev.add(
        "child",
        "field",
        start,
        me.end(),
        "かなだけで書く子どもが自分のことを書いている（本人が子ども）",
    )


# ---------------------------------------- round 22 (30p8): parents, teachers and pupils

_SCHOOL_30p8 = re.compile(r"学校|がっこう|不登校|登校|中学|高校|小学|いじめ")
_SINCE_30p8 = re.compile(
    r"[てで](?:から|がら)|って(?:から|以来)|以来|いらい|の(?:頃|ころ|時|とき)|時代|の途中"
)


def _school_long_ago_30p8(ev: _Evidence) -> None:
    """「息子もう40なるんやけど、中学で学校行かんようになってからずっと家におる」: the school
    named only as where a grown son's or daughter's withdrawal began long ago is no child
    matter (the caller checked that every son or daughter is given an adult age)."""
    text = ev.text
    keys = [key for key in ev.items if key[0] == "child"]
    for _, start, end in keys:
        if _SCHOOL_30p8.search(text, start, end) is None:
            return
        _, s_end = _sentence_around(text, start, end)
        if _SINCE_30p8.search(text, end, s_end) is None:
            return
    for key in keys:
        ev.pop(key, "成人した子が昔学校に行かなくなった話（今の子どもの相談ではない）")


# ---------------------------------------------------------------- round 22 (30o8): one of a
# couple (the writer's parents or grandparents) who controls the other

_COUPLE_ACTS_30o8 = frozenset({"control", "withheld_money"})
_MAN_30o8 = re.compile(r"祖父|じい|じぃ|爺|じっちゃ|じじ|ジジ|ジイ")
_WOMAN_30o8 = re.compile(r"祖母|ばあ|ばぁ|婆|ばっちゃ|ばば|ババ|バア")
# 「祖父が祖母に」「父が母を」「父が母の外出を」: the other one, as the one acted on.
_AT_OTHER_30o8 = re.compile(r"(?:\([0-9]{2,3}(?:歳|才)?\))?(?:に|を|の|から|へ)")
_SHOUT_30o8 = re.compile(r"怒鳴|どな|大声")
_HARD_OF_HEARING_30o8 = re.compile(r"耳が遠|みみがとお|難聴|補聴器")
_STOP_30o8 = re.compile(r"[。\n!！?？]")
_OFTEN_30o8 = re.compile(r"ばかり|ばっかり|しょっちゅう|いつも|毎日|まいにち|毎晩|たびに|度に")


def _kin_sex_30o8(text: str, hit: Hit) -> str | None:
    """The sex, m or f, of a father or grandfather, a mother or grandmother; else None."""
    label = hit.entry.label
    if label in {"mother", "father"}:
        return "m" if label == "father" else "f"
    if label != "grandparent":
        return None
    surface = text[hit.start : hit.end]
    man, woman = _MAN_30o8.search(surface), _WOMAN_30o8.search(surface)
    if (man is None) == (woman is None):  # 祖父母, or neither
        return None
    return "m" if man else "f"


def _couple_controls_the_other_30o8(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「祖父が祖母に生活費をほとんど渡さず、一人で出かけることも許さず、毎日怒鳴っています」
    「父が母の外出を許さず、お金も渡さない」: one of the writer's parents or grandparents who
    keeps living money from the other, forbids them to go out or shouts at them day after
    day is DV (the rules above read control only from the writer's own partner, and blows
    only when they follow the one hit closely). Not when care is told in that sentence
    (認知症の祖父が祖母に怒鳴る: care), nor one shout (父が母に大声で言った) or a shout at one
    who is hard of hearing. A child's spaced kana (「おとうさんが おかあさんに まいにち
    どなってる」) is one sentence: what counts is no full stop between."""
    text = found.text
    acts = found.cue("control") + found.cue("withheld_money")
    care = found.get("field", "care") + found.cue("care_need")
    for actor in found.persons:
        sex = _kin_sex_30o8(text, actor)
        if sex is None or _SUBJECT.match(text, actor.end) is None:
            continue
        for other in found.persons:
            if other.start < actor.end or _STOP_30o8.search(text, actor.end, other.start):
                continue
            if _kin_sex_30o8(text, other) in {None, sex}:
                continue
            if _AT_OTHER_30o8.match(text, other.end) is None:
                continue
            done = [
                h
                for h in acts
                if other.end <= h.start <= other.end + 60
                and not _STOP_30o8.search(text, other.end, h.start)
            ]
            if not done:
                continue
            begin = text.rfind("。", 0, actor.start) + 1
            end = max(h.end for h in done)
            if any(begin <= c.start < end for c in care):
                continue
            often = found.cue("repeated") or _OFTEN_30o8.search(text, begin, end + 8)
            shouts = all(_SHOUT_30o8.search(text, h.start, h.end) for h in done)
            if shouts and (_HARD_OF_HEARING_30o8.search(text) or not often):
                continue
            for hit in done:
                _parent_struck(found, minor, ev, hit, actor, other)
            return


# ---------------------------------------------------------------- round 24 (32r8)
# 「父親に毎晩怒鳴られて物投げられる。もう家にいたくない。高3」: a pupil shouted at or thrown at
# by a parent, often, more than once, or with fear or no wish to be at home, suffers abuse; a
# single scolding (「テストが悪くてお父さんに怒鳴られた」) or one now over is not.
_PARENT_KIN_32r8 = frozenset({"mother", "father", "parent"})
_BY_KIN_32r8 = re.compile(r"(?:さん|ちゃん|親)?(?:に|から)(?:は|も)?")
_PASSIVE_AFTER_32r8 = re.compile(r"(?:れ|られ|され)")
_OFTEN_OR_AFRAID_32r8 = re.compile(
    r"毎晩|まいばん|毎日|まいにち|毎朝|毎回|いつも|しょっちゅう|何度も|なんども|ずっと"
    r"|(?:家|いえ|うち)に(?:いたくな|居たくな|おりたくな|帰りたくな|かえりたくな)"
    r"|帰りたくな|かえりたくな|こわい|怖い|コワイ|こわくて|怖くて|逃げたい|にげたい|家出|いえで"
)
_NOW_FINE_32r8 = re.compile(
    r"(?:今は|いまは|今では|最近は)[^。]{0,12}?"
    r"(?:仲|なか(?:が|よ)|優し|やさし|大丈夫|だいじょうぶ|落ち着|おちつ|おさま|なくな)"
)


def _minor_harmed_by_parent_32r8(found: _Found, ev: _Evidence) -> None:
    """「父親に毎晩怒鳴られて物投げられる。もう家にいたくない。高3」: a pupil who writes of a
    parent's shouting or things thrown at them, often or in fear, tells of abuse."""
    text = found.text
    if _NOW_FINE_32r8.search(text):
        return
    sentences = found.tokens.sentences
    acts = [
        h
        for h in found.cue("control")
        if _PASSIVE_AFTER_32r8.match(text, h.end)
        or text[h.start : h.end].endswith(("られ", "され"))
    ]
    parents = [p for p in found.persons if p.entry.label in _PARENT_KIN_32r8]
    done: list[tuple[Hit, Hit]] = []
    for act in acts:
        for parent in parents:
            if parent.end > act.start or act.start - parent.end > 24:
                continue
            if sentences[parent.first] != sentences[act.first]:
                continue
            if _BY_KIN_32r8.match(text, parent.end) is None:
                continue
            between = [p for p in found.persons if parent.end <= p.start < act.start]
            if not between:
                done.append((parent, act))
    if not done:
        return
    starts = {act.start for _, act in done}
    thrown = any("投げ" in text[act.start : act.end] for _, act in done)
    if len(starts) < 2 and not thrown and _OFTEN_OR_AFRAID_32r8.search(text) is None:
        return
    why = "子どもが書く親からの暴言・物を投げられる（虐待の疑い）"
    for parent, act in done:
        ev.hit("abuse", "crisis", parent, why)
        ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")


# 「義理の父が夜、部屋に入ってくる。こわい。高2」: a step-parent or a mother's partner who comes
# into a pupil's room or bed at night (a father or brother only with the child's fear) is
# feared sexual abuse; one who comes to wake them or turn off the light is not.
_NIGHT_ROOM_32r8 = (
    r"(?:さん)?(?:が|は|、)\s?[^。]{0,6}?"
    r"(?:夜|よる|夜中|よなか|深夜|寝てる|ねてる|寝ている|寝た|ねた|寝る|ねる|寝とる)[^。]{0,8}?"
    r"(?:部屋|へや|布団|ふとん|ベッド|べっど)(?:に|へ|の中に)"
    r"(?:入って|はいって|来る|くる|来て|きて|来よう|こよう|入ろう|はいろう|忍び込|しのびこ"
    r"|もぐりこ|潜り込)"
)
_STEP_KIN_32r8 = (
    r"(?:義理の(?:父|お父さん|おとうさん|兄|お兄さん|おにいさん|パパ)|ぎりの(?:ちち|おとうさん|おにいさん|あに)"
    r"|義父|継父|(?:母|ママ|まま|お母さん|おかあさん|母親)の(?:彼氏|かれし|カレシ|恋人|再婚相手|交際相手|彼(?![女ら等氏]))"
    r"|新しい(?:父|パパ|ぱぱ|お父さん|おとうさん)|同居人|内縁の夫)"
)
_OWN_KIN_32r8 = (
    r"(?:お父さん|おとうさん|父親|父|パパ|ぱぱ|兄|お兄ちゃん|おにいちゃん|兄貴|おじさん|叔父|伯父"
    r"|おじいちゃん|祖父)"
)
_STEP_AT_NIGHT_32r8 = re.compile(
    _STEP_KIN_32r8
    + _NIGHT_ROOM_32r8
    + "|(?:夜|よる|夜中|よなか|深夜|寝てると|ねてると|寝てる時|ねてるとき)[^。]{0,8}?"
    + _STEP_KIN_32r8
    + r"(?:さん)?(?:が|は)[^。]{0,4}?(?:部屋|へや|布団|ふとん|ベッド)(?:に|へ|の中に)"
    r"(?:入って|はいって|来る|くる|来て|きて|忍び込|しのびこ|もぐりこ|潜り込)"
)
_KIN_AT_NIGHT_32r8 = re.compile(_OWN_KIN_32r8 + _NIGHT_ROOM_32r8)
_ROOM_WORDS_32r8 = ("部屋", "へや", "布団", "ふとん", "ベッド", "べっど")
_ON_AN_ERRAND_32r8 = re.compile(
    r"起こし|おこし|起こす|おこす|電気|でんき|勉強|べんきょう|宿題|しゅくだい|エアコン|布団をかけ"
    r"|ふとんをかけ|様子を見|ようすをみ|おやすみ|充電|ゲーム|漫画|マンガ"
)
_CHILDS_FEAR_32r8 = re.compile(
    r"こわい|怖い|コワイ|こわくて|怖くて|いや(?:だ|で|な)|嫌(?:だ|で|な)|やめて|鍵|カギ|かぎ|眠れ|ねむれ"
    r"|気持ち悪|きもちわる|誰にも言え|だれにもいえ|さわ|触"
)


def _night_visits_to_a_child_32r8(found: _Found, ev: _Evidence) -> None:
    """「義理の父が夜、部屋に入ってくる。こわい。高2」: feared sexual abuse of a pupil."""
    text = found.text
    match = _STEP_AT_NIGHT_32r8.search(text)
    if match is not None and _ON_AN_ERRAND_32r8.search(text, match.end(), match.end() + 16):
        match = None
    if match is None:
        match = _KIN_AT_NIGHT_32r8.search(text)
        if match is None or _CHILDS_FEAR_32r8.search(text, match.end(), match.end() + 16) is None:
            return
    why = "子どもが書く：夜に家族の大人が部屋や布団に入ってくる（性的虐待のおそれ）"
    ev.add("abuse", "crisis", match.start(), match.end(), why)


# 「昔、うちの子が不登校だったときにお世話になりました。今は高校で元気にやってます」: thanks
# for help long ago, with the matter now well, is no consultation (no field, no pattern).
_THANKS_32r8 = re.compile(
    r"お世話になりました|おせわになりました|お世話になって|その節は|そのせつは|ありがとうございました"
)
_LONG_AGO_32r8 = re.compile(
    r"昔|むかし|昨年|去年|以前|前に|先日|その節|当時|あの時|あのとき|(?:だった|の)(?:とき|時|頃|ころ)"
)
_NOW_WELL_32r8 = re.compile(
    r"(?:今は|いまは|今では|いまでは|おかげさまで|おかげで|現在は)[^。]{0,16}?"
    r"(?:元気|げんき|穏やか|おだやか|落ち着|おちつ|楽しく|たのしく|順調|じゅんちょう|通って|かよって"
    r"|頑張って|がんばって|笑顔|安心|決まりました|決まって|見つかりました)"
)
_STILL_WORRIED_32r8 = re.compile(
    r"心配|しんぱい|困って|こまって|相談した|相談させ|どうしたら|どうすれば|また|でも|(?<!い)ただ|ですが|ますが|が、"
    r"|けど|悩|なや|不安|ふあん|つらい|辛い|しんどい|\?|？"
)


def _thanks_for_help_long_ago_32r8(found: _Found, ev: _Evidence) -> None:
    """Thanks for help long ago, the matter now well: the fields and patterns go."""
    text = found.text
    if _LONG_AGO_32r8.search(text) is None or _NOW_WELL_32r8.search(text) is None:
        return
    if _STILL_WORRIED_32r8.search(text) is not None:
        return
    if any(ev.has(label) for label in CRISES):
        return
    why = "前にお世話になったお礼（今は落ち着いている。今の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# 「障がいのある息子（25）の親亡き後が心配です。私ももう70を過ぎました」: the son or daughter
# told with an age, all in their twenties or younger, is no 8050 (the 50 is a middle-aged
# child; 「30過ぎ」「30代」 may be one).
_YOUNG_ADULT_32r8 = 30


def _only_young_grown_children_32r8(ages: list[Age]) -> bool:
    kin = [a for a in ages if a.person in {"child", "sibling"}]
    return bool(kin) and all(a.years < _YOUNG_ADULT_32r8 for a in kin)


def _parent_of_young_disabled_adult_32r8(found: _Found, ages: list[Age], ev: _Evidence) -> bool:
    """「障がいのある息子（25）の親亡き後が心配です。私ももう70を過ぎました」: an old parent who
    still supports a young disabled son or daughter; the parent's age alone is no care."""
    return (
        ev.has("disability")
        and bool(found.cue("dependency"))
        and _only_young_grown_children_32r8(ages)
    )


_AGED_OF_32r8 = re.compile(r"\([0-9]{1,3}(?:歳|才)?\)の")


def _of_aged_32r8(text: str, person: Hit, hit: Hit) -> bool:
    """「母（82）の通院」: ``hit`` belongs to ``person`` across the age in brackets."""
    match = _AGED_OF_32r8.match(text, person.end)
    return match is not None and match.end() == hit.start


# ---------------------------------------------------------------- round 25 (33c10)
_RAISING_GRANDCHILD_33c10 = re.compile(
    r"孫[^。]{0,8}?(?:を|も)?(?:育て|そだて|引き取|ひきと|預か|あずか|面倒(?:を)?(?:見|み)|めんどう(?:を)?み)"
)


def _grandparent_raising_grandchild_33c10(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「70過ぎて孫2人を育てることになりました」: the writer's own old age beside raising a
    grandchild is the strain of child-rearing late in life, not a care need, when the age is
    all that said care (no one frail, no help needed)."""
    if found.cue("care_need"):
        return
    own = [a for a in ages if a.years >= ELDERLY_AGE and a.person in {None, "self"}]
    spans = {ev.norm.original_span(a.start, a.end) for a in own}
    care = [k for k in ev.items if k[0] == "care"]
    if not own or any((k[1], k[2]) not in spans for k in care):
        return
    for key in care:
        ev.pop(key, "孫を育てている祖父母：自分の年齢だけでは介護の相談にしない")


# ---------------------------------------------------------------- round 26 (34a12)

# 「不登校からそのまま引きこもりになって3年、今19です」「中学から不登校で、今は25歳」: the school
# refusal is long past; the one told of is now grown (the age said with 今, もう, 現在).
_NOW_GROWN_34a12 = re.compile(
    r"(?:今|いま|現在|もう|今年)(?:は|で|では|年)?[、,]?(?:1[89]|[2-9][0-9])(?:歳|才|さい)?"
    r"(?:です|に(?:なり|なっ|なる)|だ|で|。|、|$)"
)
_SCHOOL_REFUSAL_34a12 = frozenset({"不登校", "登校"})


def _school_refusal_now_grown_34a12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """School refusal told as where a withdrawal began, of someone now 18 or more, is no
    child matter; a child of school age named anywhere keeps it."""
    if any(a.person == "child" and a.years < ADULT_AGE for a in ages):
        return
    text = found.text
    grown = _NOW_GROWN_34a12.search(text)
    if grown is None:
        return
    why = "昔の不登校で、いまは大人（子どもの相談ではない）"
    for hit in found.get("field", "child"):
        if hit.entry.form in _SCHOOL_REFUSAL_34a12 and hit.end <= grown.start():
            ev.drop("child", hit.start, hit.end, why)


# 「親が高齢で、親がいなくなったらどう暮らせばいいのか不安です」: a grown son or daughter worried
# about their own life once the parents are gone (親亡き後) asks no care for the parents.
_AFTER_PARENTS_GONE_34a12 = re.compile(
    r"(?:親|両親|父母|父|母)(?:が|も|たちが)?(?:いなくな|居なくな|亡くな|死ん|おらんようにな|おらんくな)"
    r"(?:ったら|った後|ったあと|ってから|だら|だあと)|親(?:亡き|なき)(?:後|あと)"
)


def _worries_not_after_parents_gone_34a12(text: str, worries: list[Hit]) -> list[Hit]:
    """The worries that are not about life after the parents are gone (told before them)."""
    gone = [m.end() for m in _AFTER_PARENTS_GONE_34a12.finditer(text)]
    if not gone:
        return worries
    return [h for h in worries if not any(0 <= h.start - end <= 30 for end in gone)]


def _health_only_worried_sleep_34a12(found: _Found, ev: _Evidence) -> bool:
    """All the health evidence is sleep lost to a worry (「私たちがいなくなったらと思うと眠れ
    ません」), which ``_sleep_lost_to_a_worry`` later withdraws: no illness of the writer's."""
    keys = [key for key in ev.items if key[0] == "health"]
    text = found.text
    worried: list[tuple[int, int]] = []
    for hit in found.get("field", "health"):
        if not _SLEEP.search(text, hit.start, hit.end):
            continue
        # The sentence the words start in: a hit may end on the 。 after them.
        begin, _ = _sentence_around(text, hit.start, hit.start + 1)
        if _WORRY_BEFORE_SLEEP.search(text, begin, hit.start) is not None:
            worried.append(ev.norm.original_span(hit.start, hit.end))
    return bool(worried) and all(
        any(a <= key[1] and key[2] <= b for a, b in worried) for key in keys
    )


# ---------------------------------------------------------------- round 26 (34c12)
# 「高1です。母さんがじいちゃんに『早く死ね』って怒鳴ってて、ご飯出さない日もある」: a pupil
# who sees a parent shout at, or cut the meals of, a grandparent tells of elder abuse (and care).
# Not the grandparent who shouts (じいちゃんが母さんに怒鳴る), nor the pupil shouted at by them.
def _grandparent_mistreated_by_parent_34c12(found: _Found, ev: _Evidence) -> None:
    text, sentences = found.text, found.tokens.sentences
    why = "子どもが書く：親が祖父母に怒鳴る・食事を出さない（高齢者虐待）"
    for act in found.cue("control") + found.cue("meals_cut"):
        if _PASSIVE.match(text, act.end) is not None:
            continue
        before = [
            p
            for p in found.persons
            if p.end <= act.start and sentences[p.first] == sentences[act.first]
        ]
        parents = [p for p in before if p.entry.label in _PARENTS and _SUBJECT.match(text, p.end)]
        for victim in before:
            if victim.entry.label != "grandparent" or _TARGET.match(text, victim.end) is None:
                continue
            if any(p.end <= victim.start for p in parents):
                ev.hit("abuse", "crisis", victim, why)
                ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
                _raise_label(found, ev, "care", victim, why)
                return


# 「義父が夜わたしの部屋に入ってくる。お風呂ものぞかれる。ママには言えない」: a step-parent (or
# a mother's partner) who comes into the room at night or peeps at the bath, told by a writer
# who calls their mother ママ or お母さん, is feared sexual abuse of a child, age unstated. Not a
# father-in-law told by a married writer (夫・旦那・姑 named), nor one who comes to wake them.
_STEP_PEEPS_34c12 = re.compile(
    _STEP_KIN_32r8 + r"(?:さん)?(?:が|に|は|、)[^\n]{0,30}?"
    r"(?:(?:お風呂|おふろ|風呂|ふろ|着替え|きがえ|シャワー|トイレ)(?:を|も|中|の時|のとき|の最中)?"
    r"[^。]{0,4}?(?:のぞ|覗|ノゾ|見に来|みにく|のぞきに)"
    r"|(?:体|からだ|胸|むね|お尻|おしり|おっぱい)(?:を|に|も)?[^。]{0,3}?(?:さわ|触)(?:って|られ|る))"
)
_CHILDS_MOTHER_34c12 = re.compile(
    r"ママ|まま(?:に|には|が|は|も)|お母さん|おかあさん|母さん|かあさん|おかん|学校|先生|部活|クラス"
)
_MARRIED_34c12 = re.compile(r"夫|旦那|だんな|ダンナ|主人|嫁|姑|しゅうとめ|舅|結婚|義母|お義母")


_STEP_GATE_34c12 = re.compile(
    r"(?:義|継父|ぎりの|彼氏|かれし|カレシ|恋人|再婚相手|交際相手|新しい|同居人|内縁|彼(?![女ら等氏]))[^\n]*?"
    r"(?:部屋|へや|布団|ふとん|ベッド|風呂|ふろ|着替え|きがえ|シャワー|トイレ|体|からだ|胸|むね|尻)"
)


def _step_parent_intrudes_34c12(found: _Found, ev: _Evidence) -> None:
    text = found.text
    match = _STEP_AT_NIGHT_32r8.search(text)
    if match is not None and _ON_AN_ERRAND_32r8.search(text, match.end(), match.end() + 16):
        match = None
    if match is None:
        match = _STEP_PEEPS_34c12.search(text)
    if match is None or _CHILDS_MOTHER_34c12.search(text) is None or _MARRIED_34c12.search(text):
        return
    why = "子どもが書く：義理の親や母の恋人が夜に部屋に入る・風呂をのぞく（性的虐待のおそれ）"
    ev.add("abuse", "crisis", match.start(), match.end(), why)
    ev.add("child", "field", match.start(), match.end(), why)


# 「去年彼氏のDVのことで相談乗ってもらった者です、今は別れて実家で元気にしてます！お礼言いたくて」
# 「中学の時不登校だったけど今大学めっちゃ楽しい！あの時の相談員さんありがとう」: thanks for help in
# the past, the matter now well and nothing worrying after it, is no consultation and no crisis.
_THANKS_34c12 = re.compile(
    r"お礼|おれい|ありがとう|有難う|ありがと|感謝|かんしゃ|お世話になり|おせわになり|助かりました"
)
_PAST_34c12 = re.compile(
    r"昔|むかし|昨年|去年|きょねん|以前|前に|先日|その節|当時|あの時|あのとき|あの頃|あのころ"
    r"|[0-9一二三四五六七八九十数]+年前|(?:だった|の)(?:とき|時|頃|ころ)|相談(?:に)?乗って|相談した"
)
_NOW_WELL_34c12 = re.compile(
    r"(?:今は|いまは|今では|いまでは|今|いま|現在は|おかげさまで|おかげで)[^。?？]{0,16}?"
    r"(?:元気|げんき|楽しい|楽しく|たのしい|たのしく|穏やか|おだやか|落ち着|おちつ|平和|幸せ|しあわせ"
    r"|順調|笑顔|安心して)(?!が?な[いく]|じゃな|ではな|が(?:出|で)|ない|なく)"
)


def _past_matter_thanked_34c12(found: _Found, ev: _Evidence) -> None:
    text = found.text
    now = _NOW_WELL_34c12.search(text)
    if now is None or _PAST_34c12.search(text, 0, now.start()) is None:
        return
    if _STILL_WORRIED_32r8.search(text, now.end()) is not None:
        return
    start, _ = ev.norm.original_span(now.start(), now.end())
    if any(key[2] > start for key in ev.items):
        return  # something told after the 「今は元気」 is a matter of now
    why = "前に相談したことのお礼（今は元気。今の相談ではない）"
    for key in list(ev.items):
        ev.pop(key, why)


# 「叔父(50代)がばあちゃんの年金で暮らしてて一歩も外出ない」: a middle-aged son, daughter,
# uncle or aunt kept by an old parent (8050) who does not set a foot outside is withdrawn,
# though no length of time is told; 「たまに外出しない」 (now and then) is not.
_NEVER_OUT_34c12 = re.compile(
    r"一歩も|いっぽも|全く|まったく|全然|ぜんぜん|一切|いっさい|ほとんど|ほぼ"
)


def _supported_kin_never_out_34c12(found: _Found, ev: _Evidence) -> None:
    text = found.text
    why = "8050の中年の子やおじ・おばが一歩も外に出ない：ひきこもり"
    for hit in found.cue("stay_home"):
        if _NEVER_OUT_34c12.search(text, max(0, hit.start - 4), hit.end):
            ev.hit("hikikomori", "pattern", hit, why)


# ---------------------------------------------------------------- round 26 (34g12)

# 「10年前、元夫の暴力のことで本当にお世話になりました。いまは子どもたちも元気にやってます」
_YEARS_AGO_34g12 = re.compile(
    r"[0-9一二三四五六七八九十数何]+年(?:くらい|ほど|ぐらい|以上)?前|昔|むかし|以前|いぜん|当時"
)


def _past_harm_thanked_34g12(found: _Found, ev: _Evidence) -> None:
    """「10年前、元夫の暴力のことで役所の方に本当にお世話になりました。いまは子どもたちも成人して
    元気にやってます」: thanks for help with violence years ago, all well now and no worry
    left, is no DV or abuse now (_thanks_for_help_long_ago_32r8 then drops the fields)."""
    text = found.text
    if _YEARS_AGO_34g12.search(text) is None or _NOW_WELL_32r8.search(text) is None:
        return
    if _STILL_WORRIED_32r8.search(text) is not None:
        return
    if ev.has("suicide") or ev.has("emergency"):
        return
    why = "何年も前の暴力で助けてもらったお礼（今は落ち着いている。今の危機ではない）"
    for key in [k for k in ev.items if k[0] in ("dv", "abuse")]:
        ev.pop(key, why)


# 「姉から「夫に首しめられた」って電話がきて、途中で切れた。かけなおしても出ない」
_REPORTERS_34g12 = frozenset({"sibling", "child", "mother", "father", "parent", "grandparent"})


def _unreachable_after_violence_34g12(found: _Found, ev: _Evidence) -> None:
    """「姉から「夫に首しめられた」って電話がきて、途中で切れた。かけなおしても出ない」: someone
    who told (in quotes, or named before it) of violence, then cannot be reached in a later
    sentence, is in danger now (an emergency); the writer's own silence to a partner is not."""
    text, sentences = found.text, found.tokens.sentences
    if _REASON_FOR_SILENCE.search(text) or _YEARS_AGO_34g12.search(text):
        return
    harms = found.cue("violence") + found.cue("control")
    told = [
        h
        for h in harms
        if text.rfind("「", 0, h.start) > text.rfind("」", 0, h.start)
        or any(p.entry.label in _REPORTERS_34g12 and p.end <= h.start for p in found.persons)
    ]
    if not told:
        return
    first = min(sentences[h.first] for h in told)
    later = [
        h
        for h in found.cue("no_answer")
        if sentences[h.first] > first and not _NO_ANSWER_TAIL.match(text, h.end)
    ]
    why = "暴力を受けたと知らせてきたあと、連絡がつかない：緊急（命の危険）"
    for hit in later:
        _raise_label(found, ev, "emergency", hit, why)
    if later:
        for hit in told:
            ev.hit("emergency", "crisis", hit, why)


# 「夫はもう亡くなりました」「主人に先立たれて」: the partner named is dead.
_DEAD_PARTNER_34g12 = re.compile(
    r"(?:夫|主人|旦那|妻|家内|女房|連れ合い|つれあい)(?:さん)?(?:は|も|が)?[、]?(?:もう|とうに|すでに|既に)?"
    r"(?:[0-9一二三四五六七八九十数何]+年(?:ほど|くらい|ぐらい)?前に?[、]?)?(?:亡くな|なくな|死ん|しん|他界|先立|逝)"
    r"|(?:夫|主人|旦那|妻|家内|女房|連れ合い|つれあい)(?:に|を)(?:先立た|さきだた|亡くし|なくし)"
)


def _grown_child_strikes_old_parent_34g12(found: _Found, ev: _Evidence) -> None:
    """「40すぎの息子が部屋にこもって20年。最近は私に物を投げつけたり、足で蹴ってきたりします。
    私は76で、夫はもう亡くなりました」: in an 8050 home, a sentence of blows or threats that
    names no one but the writer follows one whose subject is the grown son or daughter: he
    or she did it (elder abuse). A partner named only as dead did nothing (no DV)."""
    text = found.text
    acts = found.cue("violence") + found.cue("control")
    done = []
    for act in acts:
        begin, _ = _sentence_around(text, act.start, act.end)
        if any(begin <= p.start < act.start and p.entry.label != "self" for p in found.persons):
            continue
        earlier = [p for p in found.persons if p.end <= begin and p.entry.label != "self"]
        if not earlier or earlier[-1].entry.label != "child":
            continue
        if _SUBJECT.match(text, earlier[-1].end) is None:
            continue
        done.append((earlier[-1], act))
    if not done:
        return
    why = "8050：同居の大人の子が高齢の親に物を投げる・蹴る（高齢者虐待）"
    for actor, act in done:
        ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
        ev.hit("abuse", "crisis", actor, why)
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if all(_DEAD_PARTNER_34g12.match(text, p.start) for p in partners):
        gone = "名前の出た配偶者は亡くなっている（暴力は子どもから。DVではない）"
        ev.drop_label("dv", gone)


# 「父に怒鳴られてる」「父が母を殴る」: the other parent who shouts at or hits the bruised one.
_AT_34g12 = re.compile(r"(?:さん)?(?:に|から)")
_BY_34g12 = re.compile(
    r"(?:さん)?(?:が|は)[^。]{0,8}?(?:母|父|お母さん|お父さん|おかあさん|おとうさん|ママ|パパ)(?:さん)?(?:を|に)"
)
_OTHER_PARENT_34g12 = {"mother": "father", "father": "mother"}


def _parent_bruised_by_the_other_34g12(found: _Found, ev: _Evidence) -> None:
    """「実家の母のことです。父に怒鳴られてるのは昔からなんですが、先月帰ったら母の二の腕に青あざ
    があって」: a bruise on one of the writer's parents, the other parent shouting at or hitting
    them (passive 「父に怒鳴られる」 or 「父が母を殴る」), is DV between the parents."""
    text = found.text
    for bruise in found.cue("bruise"):
        begin, _ = _sentence_around(text, bruise.start, bruise.end)
        owners = [
            p
            for p in found.persons
            if p.entry.label in _OTHER_PARENT_34g12
            and begin <= p.start
            and p.end <= bruise.start
            and bruise.start - p.end <= 8
        ]
        if not owners:
            continue
        other = _OTHER_PARENT_34g12[owners[-1].entry.label]
        why = "親の一方にあざがあり、もう一方の親が怒鳴る・暴力をふるう（親どうしのDV）"
        for doer in [p for p in found.persons if p.entry.label == other]:
            for act in found.cue("violence") + found.cue("control"):
                if not 0 <= act.start - doer.end <= 12:
                    continue
                passive = _PASSIVE.match(text, act.end) is not None
                if passive and _AT_34g12.match(text, doer.end) or _BY_34g12.match(text, doer.end):
                    for hit in (bruise, doer, act):
                        ev.hit("dv", "crisis", hit, why)
                    return


_TOGETHER_34g12 = re.compile(
    r"(?:一緒に|いっしょに|二人で|ふたりで|2人で|道連れに|みちづれに)(?:もう)?$"
)


def _carer_dying_together_34g12(found: _Found, ev: _Evidence) -> None:
    """「寝たきりの夫を10年看てきました。…夫の寝顔を見ていると、一緒に逝けたらと思ってしまいます」:
    a carer who thinks of dying together with the parent or spouse they look after (心中) puts
    that person's life at risk too (abuse feared), besides the suicide."""
    if found.cue("death"):
        return  # 「亡くなった夫のところへ一緒に」: joining the dead, no one else at risk
    cared = [p for p in found.persons if p.entry.label in _CARED_FOR | {"grandparent"}]
    why = "介護している家族と一緒に死ぬことを考える（心中）：介護される人の命も危ない（虐待の心配）"
    text = found.text
    for hit in found.get("crisis", "suicide"):
        together = "心中" in hit.entry.note or _TOGETHER_34g12.search(
            text, max(0, hit.start - 6), hit.start
        )
        if together and any(p.end <= hit.start for p in cared):
            ev.hit("abuse", "crisis", hit, why)


# 「祖母の通帳を叔父が持ってて、見に行ったら冷蔵庫は空っぽ、電気も止まってた」
_HELD_BY_RELATIVE_34g12 = re.compile(
    _RELATIVE_23g + r"(?:さん|ちゃん)?(?:が|は)[^。、]{0,6}?"
    r"(?:持って|もって|握って|にぎって|預かって|あずかって|押さえて|おさえて|取り上げて|とりあげて"
    r"|管理して|かんりして|使って|つかって)"  # 35o13: 「父の年金を兄が全部管理してて」
)


def _older_money_held_and_lacking_34g12(found: _Found, ev: _Evidence) -> None:
    """「祖母の通帳を叔父が持ってて、見に行ったら冷蔵庫は空っぽ、電気も止まってた」: an older
    person's bankbook or pension held by a relative while the older person goes without
    food or power is economic abuse (and care)."""
    text = found.text
    money = _OLDER_MONEY_23g.search(text)
    if money is None:
        return
    begin, end = _sentence_around(text, money.start(), money.end())
    held = _HELD_BY_RELATIVE_34g12.search(text, begin, end)
    if held is None or _HANDLED_FOR.match(text, held.end()):
        return
    lacking = [h for h in found.get("field", "hardship") if h.start >= held.end()]
    if not lacking:
        return
    why = "親戚が高齢の人の通帳を持ち、本人は食べ物や電気もない（経済的虐待）"
    for start, stop in (money.span(), held.span()):
        ev.add("abuse", "crisis", start, stop, why)
        ev.add("care", "field", start, stop, why)


# 「ママの彼氏がおふろのとき入ってくる。やめてっていえない。小6」
_BATH_WORDS_34g12 = ("風呂", "ふろ", "シャワー", "着替え", "きがえ", "トイレ", "といれ")
_IN_THE_BATH_34g12 = (
    r"(?:さん)?(?:が|は|、)\s?[^。]{0,10}?"
    r"(?:お風呂|おふろ|風呂|ふろ|シャワー|着替え|きがえ|トイレ|といれ)"
    r"(?:の(?:とき|時|最中|さいちゅう|あいだ|間)|中|ちゅう|場)?(?:に|を|の|、)?[^。]{0,8}?"
    r"(?:入って(?:くる|きて|来る|来て|こよう)|はいって(?:くる|きて|こよう)|のぞ|覗|開けて|あけて"
    r"|見に来|みにく|みにき)"
)
_STEP_IN_BATH_34g12 = re.compile(_STEP_KIN_32r8 + _IN_THE_BATH_34g12)
_KIN_IN_BATH_34g12 = re.compile(_OWN_KIN_32r8 + _IN_THE_BATH_34g12)


def _bath_intrusion_34g12(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「ママの彼氏がおふろのとき入ってくる。やめてっていえない」: a mother's partner or a
    step-parent who comes into a child's bath, toilet or changing (a father or brother only
    with the child's fear, and only when a child writes) is feared sexual abuse."""
    text = found.text
    young = minor or found.get("field", "child") or KANJI.search(text) is None
    match = _STEP_IN_BATH_34g12.search(text) if young else None
    if match is None and minor:
        match = _KIN_IN_BATH_34g12.search(text)
        if match is not None and not _CHILDS_FEAR_32r8.search(text, match.end(), match.end() + 16):
            match = None
    if match is None:
        return
    why = "子どもの入浴や着替えのときに大人が入ってくる・のぞく（性的虐待のおそれ）"
    ev.add("abuse", "crisis", match.start(), match.end(), why)


# ---------------------------------------------------------------- round 27 (35l12)
# 「息子(45)が暴れてます。…私(74)も主人も殴られたことがある」: the partner named beside the
# writer as one more person struck (主人も殴られた) did not strike.
_FELLOW_VICTIM_35l12 = re.compile(
    r"(?:さん)?(?:も|と)[^。]{0,6}?(?:殴ら|なぐら|叩か|たたか|蹴ら|けら|突き飛ばさ|つきとばさ|どつかれ"
    r"|しばかれ|暴力を(?:ふるわ|振るわ)|手を(?:あげ|上げ|出さ)れ)"
)
_OLD_SELF_35l12 = 65  # the writer's age (or an age told of no one else)
_GROWN_CHILD_35l12 = 40  # a son or daughter this old has old parents


def _partner_struck_too_35l12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「息子(45)がまた暴れてます。…私(74)も主人も殴られたことがある」「娘が暴れて、私も夫も
    叩かれる」: when every partner named is one more person struck (主人も殴られた) and a son
    or daughter is the one told of, to an old writer or in an 8050 home, the partner's DV goes
    and it is elder abuse (a younger parent struck is left as it is)."""
    text = found.text
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if not partners or any(_FELLOW_VICTIM_35l12.match(text, p.end) is None for p in partners):
        return
    if _CHILD_ACTOR_26u.search(text) is None:
        return
    old = any(
        (a.person in (None, "self") and a.years >= _OLD_SELF_35l12)
        or (a.person == "child" and a.years >= _GROWN_CHILD_35l12)
        for a in ages
    )
    if not (old or ev.has("8050") or "elderly" in found.cues):
        return  # a young parent struck by a child: left as it is
    why = "息子や娘が親に手を上げている（配偶者も一緒に被害を受けている。DVではない）"
    ev.drop_label("dv", why)
    why = "大人の子が高齢の親に暴力をふるう（高齢者虐待）"
    for hit in found.cue("violence") + found.cue("control"):
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")


# 「前に「消えたい」って送っちゃったけど、あれはもう大丈夫です。カウンセリング通って今は落ち着いて
# ます」: words of ending one's life sent earlier, taken back, with the writer calm now.
_RETRACTED_35l12 = re.compile(
    r"[^」』。]{0,6}?[」』](?:って|と)[^。、]{0,4}?(?:送っ|おくっ|書い|かい|言っ|いっ|LINEし|ラインし"
    r"|つぶやい|呟い|投稿し)(?:ちゃった|ちゃいました|てしまった|てしまいました|た|ました)"
    r"(?:けど|けれど|が|んですが|んですけど)[、,]?[^。]{0,8}?(?:あれは|それは|あの件は|あのことは)?"
    r"(?:もう|今は|いまは)?(?:大丈夫|だいじょうぶ|平気|へいき|気にしないで|忘れて|わすれて|本気じゃ)"
)
_TAKEN_BACK_35l12 = (
    "大丈夫",
    "だいじょうぶ",
    "平気",
    "へいき",
    "気にしないで",
    "忘れて",
    "わすれて",
    "本気じゃ",
)
_EARLIER_35l12 = re.compile(
    r"前に|まえに|この前|このまえ|こないだ|この間|先日|昨日|きのう|昨夜|ゆうべ|さっき|夜中に|先週|以前"
)
_CALM_NOW_35l12 = re.compile(
    r"(?:今は|いまは|今では|最近は)[^。]{0,10}?(?:落ち着|おちつ|元気|げんき|安定|穏やか|おだやか)"
    r"|カウンセリング|通院|病院に(?:通|かよ|行)|別件|べっけん|別の(?:用事|相談|こと)"
)
_STILL_35l12 = re.compile(
    r"まだ(?!わから)|今も|いまも|やっぱり|やっぱ|ぶり返|つらい|辛い|しんどい|最後|さいご|ありがと"
    r"|お世話になりました|片付け|片づけ|整理し|さよなら|さようなら|お別れ"
)


def _retracted_earlier_words_35l12(found: _Found, ev: _Evidence) -> None:
    """「前に「消えたい」って送っちゃったけど、あれはもう大丈夫です。カウンセリング通って今は落ち着いて
    ます。今日は別件で」: every suicide word quoted as sent or said earlier and taken back at once
    (あれはもう大丈夫), the writer calm now or writing of another matter, is no crisis now.
    Words of farewell, thanks or tidying up (最後に, ありがとう, 片付けた) or 「まだ」「今も」
    after it keep it."""
    text = found.text
    hits = found.get("crisis", "suicide")
    back = None
    for hit in hits:
        begin, _ = _sentence_around(text, hit.start, hit.end)
        taken = _RETRACTED_35l12.match(text, hit.end)
        if taken is None or _EARLIER_35l12.search(text, begin, hit.start) is None:
            return
        back = taken if back is None or taken.end() > back.end() else back
    if back is None or _CALM_NOW_35l12.search(text, back.end()) is None:
        return
    if _STILL_35l12.search(text):
        return
    why = "前に送った言葉をすぐ打ち消し、今は落ち着いている（今の自殺の危険ではない）"
    for hit in list(hits):
        _withdraw(found, ev, hit, why)


# 「夫が…物を壊すように。お医者さんは前頭側頭型認知症かもって。私に手をあげることはないです」
_HAND_DENIED_35l12 = re.compile(
    r"手を?(?:あげ|上げ|挙げ|出)(?:る|す|たり)?(?:こと|の)?(?:は|も)?(?:一度も|いちども|全然|ぜんぜん)?"
    r"(?:ない|ありません|なかった|しない|しません)"
    r"|暴力(?:は|まで)?(?:ない|ありません|ふるわない|振るわない|ふるいません|振るいません)"
    r"|(?:殴|なぐ|叩|たた)(?:られ|る|か(?:れ)?|く)(?:こと|の)?(?:は|も)?(?:一度も|いちども)?(?:ない|ありません)"
)
_ILLNESS_35l12 = re.compile(
    r"認知症|にんちしょう|アルツハイマー|パーキンソン|脳梗塞|脳出血|脳の|せん妄|病気|びょうき|精神|統合失調"
    r"|うつ病|鬱病|薬の副作用|高次脳"
)


def _no_hand_raised_in_illness_35l12(found: _Found, ev: _Evidence) -> None:
    """「夫が最近怒りっぽくなって物を壊すように。医者は認知症かもって。私に手をあげることはない」:
    a partner changed by an illness (dementia, a stroke), with blows to the writer denied in
    so many words and no blow told, is a matter of care, not DV."""
    text = found.text
    if found.cue("violence") or _ILLNESS_35l12.search(text) is None:
        return
    if _HAND_DENIED_35l12.search(text) is None:
        return
    why = "病気による変化で、手をあげることはないと書いている（DVとして扱わない）"
    ev.drop_label("dv", why)


# 「先月相談した父の件、おかげさまで施設に無事入れました！ありがとうございました」
_SETTLED_35l12 = re.compile(
    r"(?:無事|ぶじ|おかげさまで|おかげで|やっと|ようやく|なんとか)[^。！!]{0,16}?"
    r"(?:入れ|はいれ|入所でき|入居でき|入園でき|決まり|きまり|決まっ|終わり|おわり|済み|解決|かいけつ"
    r"|払え|はらえ|通え|かよえ|受けられ|うけられ|もらえ|見つかり|みつかり)"
    r"(?:ました|た(?:よ|です)?(?:[。！!]|$)|て(?:ほっと|安心))"
)
_CONSULTED_35l12 = re.compile(
    r"相談した|相談させて|相談に乗って|相談乗って|その節|先日|先月|前に|以前|この前|こないだ|お世話になり"
)


def _settled_and_thanked_35l12(found: _Found, ev: _Evidence) -> None:
    """「先月相談した父の件、おかげさまで施設に無事入れました！ありがとうございました」「前に相談
    した保育園、無事決まりました。助かりました」: a matter consulted on before, now settled, with
    thanks and nothing worrying told after, is no consultation (a crisis stays)."""
    text = found.text
    settled = _SETTLED_35l12.search(text)
    if settled is None or _CONSULTED_35l12.search(text, 0, settled.start()) is None:
        return
    if _STILL_WORRIED_32r8.search(text, settled.end()) is not None:
        return
    if any(ev.has(label) for label in CRISES):
        return
    _, end = ev.norm.original_span(settled.start(), settled.end())
    if any(key[1] >= end for key in ev.items):
        return  # something told after the settled matter is a matter of now
    why = "前に相談したことが片付いたお礼（今の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# ---------------------------------------------------------------- round 27 (35i12): the dead
# one's place named by a pronoun, a suicide message sent from a far place reached now, someone
# silent behind a locked toilet door, small children left alone through a night shift, an
# older parent left unkept by the kin who looks after them, someone alone at night who cannot
# move for pain; and no DV where the partner is only the frightened one, where the one who
# hits is an ex-partner's new partner, or where the knife a partner holds is turned on herself.
# Then patterns and fields: months away from school and shut in, an ill partner beside the
# children's days, an illness told as what brought the care, children only named beside.

_JOIN_BY_PRONOUN_35i12 = re.compile(
    r"(?:あいつ|アイツ|あの人|あのひと|あん人|お前|おまえ|オマエ|あんた|あなた|あの子|あのこ)の\s?(?:いる|おる|居る)?\s?"
    r"(?:ところ|とこ|所|そば|側|もと|元)\s?(?:に|へ|まで)\s?"
    r"(?:早く|はやく|早う|はよう|はよ|もう|すぐ)?\s?(?:行きた|いきた|逝きた|行けたら|いけたら|行きてえ)"
)
_SOMEONE_DIED_35i12 = re.compile(
    r"先立たれ|さきだたれ|亡くし|亡くなっ|亡くなり|死なれ|しなれ|死んで|死んだ|逝って|逝った|逝きま|他界"
)
_BY_PRONOUN_REACH_35i12 = 90


def _joining_the_dead_by_pronoun_35i12(found: _Found, ev: _Evidence) -> None:
    """「女房に先立たれて一人…早くあいつのとこへ行きたいと思う毎日です」「お前のところに早う行き
    たいわ。三年前に女房を亡くしてから」: the dead partner or kin named only by a pronoun
    (あいつ, あの人, お前) whose place one wants to go to, with a death told near it, is an
    indirect wish to die (as 23x for a named person). A living friend visited (遊びに, 住所を
    教えて) names no death and stays clear."""
    text = found.text
    for join in _JOIN_BY_PRONOUN_35i12.finditer(text):
        begin = max(0, join.start() - _BY_PRONOUN_REACH_35i12)
        if _SOMEONE_DIED_35i12.search(text, begin, join.end() + _BY_PRONOUN_REACH_35i12):
            why = "亡くなった連れ合いを「あいつのとこへ行きたい」（遠回しな死にたい気持ち）"
            why += "：自殺の危険"
            ev.add("suicide", "crisis", join.start(), join.end(), why)
            return


_FAR_SPOT_35i12 = re.compile(
    r"(?:^|[。、!！…\s])(?:山|やま|山奥|やまおく|山の中|海|うみ|崖|がけ|樹海|森の中|ダム|岬|峠)"
    r"(?:の上|の奥)?(?:まで|に|へ)(?:来た|きた|来ました|きました|来てる|きてる|来ています|着いた|ついた|"
    r"着きました|つきました|来ちゃった|きちゃった|来てもうた)(?:[。、!！…\s]|$)"
)
_FAR_SPOT_GATE_35i12 = ("来", "きた", "きま", "きて", "きちゃ", "着", "つい", "つき")


def _suicide_from_a_far_spot_35i12(found: _Found, ev: _Evidence) -> None:
    """「山まで来た。車の中。子どもたちには悪いことした」「海に来ました。最後に声が聞きたくて」:
    a suicide message written from a mountain, the sea or a cliff just reached is someone in
    danger right now (emergency), as from a roof or a platform (27x). Runs only where the
    suicide is already read; a day out with no suicide word raises nothing."""
    spot = _FAR_SPOT_35i12.search(found.text)
    if spot is None:
        return
    why = "山や海など遠い場所に今来ていると言う（自殺）：緊急（命の危険）"
    ev.add("emergency", "crisis", spot.start(), spot.end(), why)


_LOCKED_IN_GATE_35i12 = ("トイレ", "といれ", "風呂", "ふろ", "浴室", "お手洗い", "便所", "脱衣所")
_LOCKED_IN_35i12 = re.compile(
    r"(?:トイレ|といれ|風呂|ふろ|浴室|お手洗い|便所|脱衣所)(?:場)?(?:から|に|で)[^。]{0,8}?"
    r"(?:出てこ|でてこ|出て来|出てき(?:ません|てない)|出ん|出ない|出ません|入ったまま|はいったまま|こもったまま)"
)
_NO_ANSWER_SHORT_35i12 = re.compile(
    r"返事(?:が|も)?(?:なし|ない|無い|せん|しない)|反応(?:が|も)?(?:なし|ない)"
)
_PET_35i12 = re.compile(r"猫|ねこ|ネコ|犬|いぬ|イヌ|ペット|うさぎ|ハムスター|インコ")
_LONG_OR_LOCKED_35i12 = re.compile(
    r"[0-9０-９一二三四五六七八九十数何]+(?:分|時間)|鍵|カギ|かぎ|ロック|長い|ながい|ずっと"
)


def _silent_behind_a_locked_door_35i12(found: _Found, ev: _Evidence) -> None:
    """「親父がトイレから出てこない　呼んでも返事なし、鍵かかってる　もう30分くらいたつ」「母が
    風呂に入ったまま1時間出てこない、声をかけても返事がない」: someone in the toilet or the
    bath who does not come out and does not answer, for long or behind a lock, may have
    collapsed (emergency, and health). One who answers, or who is away, is not."""
    text = found.text
    inside = _LOCKED_IN_35i12.search(text)
    if inside is None or not _LONG_OR_LOCKED_35i12.search(text):
        return
    silent = _NO_SOUND_23g.search(text) or _NO_ANSWER_SHORT_35i12.search(text)
    if silent is None or _REASON_FOR_SILENCE.search(text) or _AWAY_23g.search(text):
        return
    if _PET_35i12.search(text, max(0, inside.start() - 12), inside.start()):
        return  # 「猫がお風呂場から出てこない」
    why = "トイレや風呂から出てこず、呼んでも返事がない（中で倒れているかもしれない）"
    ev.add("emergency", "crisis", inside.start(), inside.end(), f"{why}：緊急")
    ev.add("health", "field", inside.start(), inside.end(), f"{why}：健康・こころの相談")


_NIGHT_WORK_35i12 = re.compile(
    r"夜勤|やきん|夜の仕事|夜のバイト|夜のパート|夜間の仕事|夜働|よるはたら|夜中|深夜|朝まで|一晩"
)
_SMALL_ALONE_35i12 = re.compile(
    r"(?:(?<![0-9０-９])[0-6０-６](?:歳|才|さい)|[一二三四五六](?:歳|才|さい)|赤ちゃん|あかちゃん|赤ん坊|乳児|"
    r"幼児|未就学|年少|年中|年長|乳飲み子)[^。]{0,14}?(?:だけ|ひとり|一人|ふたり|二人|きょうだい)(?:だけ)?(?:で)?"
    r"[^。]{0,6}?(?:置いて|おいて|残して|のこして|留守番|るすばん|寝かせて|ねかせて)"
)
_MINDED_35i12 = re.compile(
    r"預け|あずけ|実家|シッター|しったー|託児|見てもらって|みてもらって|来てもらって|きてもらって|何歳|なんさい"
    r"|いくつから|数分|ちょっと|少しだけ"
)


def _small_children_left_for_night_work_35i12(found: _Found, ev: _Evidence) -> None:
    """「夜勤の間、5歳と3歳の子を二人だけで家に置いてる」「夜の仕事のあいだ2歳の子を一人で寝かせて
    おいてる」: children of six or under left alone through a night shift or till morning are
    neglected (abuse), however hard-pressed the parent. Not a child minded by someone (実家に
    預けて, シッター), a few minutes, or a question of from what age a child may stay alone."""
    text = found.text
    if not _NIGHT_WORK_35i12.search(text) or _MINDED_35i12.search(text):
        return
    left = _SMALL_ALONE_35i12.search(text)
    if left is None:
        return
    why = "夜勤や夜の間、小さい子どもだけを家に置いている（ネグレクト）"
    ev.add("abuse", "crisis", left.start(), left.end(), f"ネグレクトのサイン：{why}")
    ev.add("child", "field", left.start(), left.end(), f"子どものこと：{why}")


_UNKEPT_GATE_35i12 = (
    "オムツ",
    "おむつ",
    "紙パンツ",
    "床ずれ",
    "とこずれ",
    "褥瘡",
    "じょくそう",
    "冷蔵庫",
)
_KIN_CARER_35i12 = re.compile(
    r"(?:兄|姉|弟|妹|息子|娘|嫁|兄嫁|義姉|義妹|兄夫婦|姉夫婦|弟夫婦|妹夫婦|せがれ)(?:さん)?(?:夫婦)?(?:が|に)"
    r"[^。]{0,12}?(?:見て|みて|見と|看て|みと|面倒|世話|介護|任せ|まかせ)"
)
_UNKEPT_SIGNS_35i12 = (
    re.compile(
        r"(?:オムツ|おむつ|紙パンツ)(?:は|が|も)?(?:パンパン|ぱんぱん|びしょびしょ|ずっしり|"
        r"替えて(?:い)?な|かえて(?:い)?な|替えてもらって(?:い)?な|汚れたまま|よごれたまま|濡れたまま|あふれ)"
    ),
    re.compile(r"(?:床ずれ|とこずれ|褥瘡|じょくそう)(?:が|も)(?:ひど|でき|悪化|ぐじゅ|広が)"),
    re.compile(
        r"冷蔵庫(?:は|も|が|の中(?:は|も)?)(?:ほぼ|ほとんど|何も|なにも)?"
        r"(?:空(?!き)|から(?:っぽ|だ|で|。)|カラ|すっからかん|入って(?:い)?な)"
    ),
    re.compile(
        r"(?:風呂|ふろ)(?:に)?(?:何日も|ずっと)?(?:入れて(?:もらって)?(?:い)?な|入って(?:い)?な)"
    ),
)


def _older_kin_unkept_by_carer_35i12(found: _Found, ev: _Evidence) -> None:
    """「寝たきりの母を兄が自宅で見てることになってるんだが…オムツはパンパン、床ずれがひどくて、
    冷蔵庫もほぼ空」: an older parent whom a brother, sister, son or daughter is meant to look
    after, then found with two or more signs of being left unkept (a full diaper, bedsores,
    an empty fridge, no bath), is elder neglect. One sign alone, or the writer's own care
    (no kin carer named), is a care worry, not neglect."""
    text = found.text
    if not (found.get("field", "care") or found.cue("elderly")):
        return
    carer = _KIN_CARER_35i12.search(text)
    if carer is None:
        return
    signs = [m for m in (s.search(text, carer.end()) for s in _UNKEPT_SIGNS_35i12) if m]
    if len(signs) < 2:
        return
    why = "家族が世話をしているはずなのに、おむつや床ずれ・食べ物がほったらかし"
    why += "（高齢者へのネグレクト）"
    for sign in signs:
        ev.add("abuse", "crisis", sign.start(), sign.end(), why)


_UNABLE_TO_MOVE_GATE_35i12 = (
    "動け",
    "うごけ",
    "起き上が",
    "おきあが",
    "立ち上が",
    "たちあが",
    "立て",
    "たて",
)
_PAIN_UNABLE_35i12 = re.compile(
    r"(?:痛|いた|苦し|くるし)(?:くて|すぎて|うて|かて)[^。]{0,4}?"
    r"(?:動けな|うごけな|動けん|うごけん|動かれん|起き上がれな|おきあがれな|起き上がれん|立ち上がれな|"
    r"たちあがれな|立ち上がれん|立てな|たてな|立てん)(?!かっ)(?:い|く|ん|いです|いんです|くて)?"
    r"(?![^。]{0,3}(?:日|こと|とき|時が|ほど|くらい|ぐらい))"
)
_NOW_35i12 = re.compile(
    r"夜中|よなか|深夜|しんや|真夜中|明け方|今(?!まで|度|年|月|週|後)|いま(?!まで)|さっきから|急に|突然|とつぜん"
)
_ALONE_35i12 = re.compile(
    r"一人暮らし|ひとり暮らし|独り暮らし|ひとりぐらし|一人で|ひとりで|独りで|誰もいな|だれもいな|誰もおら|家に誰も"
)


def _alone_and_unable_to_move_now_35i12(found: _Found, ev: _Evidence) -> None:
    """「夜中2時、腹が痛くて動けない。一人暮らし」「急に胸が苦しくて起き上がれん、家に誰もおらん」:
    someone alone who cannot move for pain or breathlessness now is in danger right now
    (emergency), even while asking whether it is worth an ambulance. Pain that keeps one in
    on some days (動けない日がある) or that is past (動けなかった) is not."""
    text = found.text
    pain = _PAIN_UNABLE_35i12.search(text)
    if pain is None or not _NOW_35i12.search(text) or not _ALONE_35i12.search(text):
        return
    why = "一人で、痛みや苦しさで今動けない：緊急（命の危険）"
    ev.add("emergency", "crisis", pain.start(), pain.end(), why)
    ev.add("health", "field", pain.start(), pain.end(), "痛くて動けない：健康・こころの相談")


_FRIGHT_GATE_35i12 = ("おび", "怯", "怖が", "こわが", "震え", "ふるえ", "びくびく", "ビクビク")
_FRIGHTENED_35i12 = re.compile(
    r"(?:妻|嫁|夫|旦那|主人|奥さん|家内|女房)(?:さん)?(?:が|は|も)[^。]{0,4}?"
    r"(?:おびえ|怯え|怖が|こわが|震え|ふるえ|びくびく|ビクビク)"
)


def _partner_only_frightened_35i12(found: _Found, ev: _Evidence) -> None:
    """「息子が部屋から出てこない。夜中に壁を殴る音がして、妻がおびえてる」: where the partner
    is named only as the one who is frightened, and a son or daughter is the one who stays in
    and rages, the partner did not do it: no DV. A partner before the act (夫が壁を殴る) or a DV
    word keeps it."""
    if found.get("crisis", "dv"):
        return
    text = found.text
    frightened = [m.span() for m in _FRIGHTENED_35i12.finditer(text)]
    if not frightened:
        return
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if any(not any(a <= p.start and p.end <= b for a, b in frightened) for p in partners):
        return
    acts = found.cue("violence") + found.cue("control")
    if not acts or not _CHILD_ACTOR_26u.search(text, 0, min(a.start for a in acts)):
        return
    why = "パートナーはおびえている側（暴れているのは子ども。DVではない）"
    ev.drop_label("dv", why)


_OTHERS_PARTNER_35i12 = re.compile(
    r"(?:元嫁|元妻|元夫|元旦那|元奥さん|前の嫁|前の妻|前の夫|前の旦那|前妻|前夫|別れた(?:妻|嫁|夫|旦那)|離婚した(?:妻|嫁|夫|旦那))"
    r"(?:さん)?の(?:再婚相手|新しい(?:夫|旦那|奥さん|嫁|妻|彼氏|彼女|相手|パートナー)|"
    r"今の(?:夫|旦那|奥さん|嫁|妻|彼氏|彼女|相手|パートナー|彼(?![女ら等氏]))|彼氏|かれし|彼女|内縁の(?:夫|妻)|交際相手|恋人|"
    r"パートナー)"
)


def _ex_partners_new_partner_35i12(found: _Found, ev: _Evidence) -> None:
    """「中2の娘から「家に帰りたくない」って。元嫁の再婚相手に殴られてるらしい」: the one who hits
    the child is the writer's ex-partner's new partner (a step-parent), not the writer's
    partner: child abuse, no DV. A partner named outside that phrase, a DV word, or no child
    harmed keeps it (a mother's boyfriend who hits the mother is her DV)."""
    if found.get("crisis", "dv"):
        return
    text = found.text
    spans = [m.span() for m in _OTHERS_PARTNER_35i12.finditer(text)]
    if not spans:
        return
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if any(not any(a <= p.start and p.end <= b for a, b in spans) for p in partners):
        return
    why = "元のパートナーの再婚相手が子どもに手を上げている（子どもへの虐待。書き手へのDVではない）"
    if not ev.has("abuse"):
        # 「元妻の再婚相手に小3の息子が殴られてる」: a child named between it and the blow.
        first = spans[0][1]
        kids = [p for p in found.persons if p.entry.label == "child" and p.start >= first]
        blows = [h for h in found.cue("violence") if kids and h.start > kids[0].end]
        if not blows or blows[0].start - first > 20:
            return
        for hit in kids[:1] + blows[:1]:
            ev.hit("abuse", "crisis", hit, why)
            ev.hit("child", "field", hit, f"子どものこと：{why}")
    ev.drop_label("dv", why)


_OWN_DEATH_QUOTE_35i12 = re.compile(
    r"[「『](?:もう)?(?:死んでやる|しんでやる|死んでやるから|死にたい|しにたい|死ぬ|しぬ|死なせて|しなせて)"
)
_HARM_TO_OTHERS_35i12 = re.compile(
    r"殺|ころす|ころさ|刺す|刺さ|刺し|向けて|むけて|向けた|むけた|切りつけ|振り回|ふりまわ|脅|殴|なぐ|叩|蹴"
)


# round 28 (36r13): 「もう楽になりたい」「消えたい」 said with the knife in hand, as 「死にたい」.
_OWN_DEATH_QUOTE_36r13 = re.compile(
    r"[「『](?:もう)?[、,]?(?:楽になりたい|らくになりたい|楽にならせて|消えたい|きえたい|消えてしまいたい"
    r"|終わりにしたい|おわりにしたい|終わりにする|終わらせたい|おわらせたい|生きていたくない|いきていたくない"
    r"|生きてたくない|いなくなりたい|いなくなる)"
)


def _knife_held_to_herself_35i12(found: _Found, ev: _Evidence) -> None:
    """「嫁が包丁持って「死んでやる」って叫んでる」: a partner holding a knife to die by it, with
    no word of turning it on anyone, is a suicide in progress (suicide, emergency), not DV.
    A knife pointed or swung (向けて, 振り回して) or a threat to kill keeps DV."""
    text = found.text
    own = _OWN_DEATH_QUOTE_35i12.search(text) or _OWN_DEATH_QUOTE_36r13.search(text)
    if not own or _HARM_TO_OTHERS_35i12.search(text):
        return
    if found.get("crisis", "dv"):
        return
    why = "パートナーが自分に刃物を向けて「死んでやる」（自殺のおそれ。相手への暴力ではない）"
    ev.drop_label("dv", why)


def _long_school_absence_shut_in_35i12(found: _Found, ev: _Evidence) -> None:
    """「中1の息子が4か月学校に行ってない…昼夜逆転でゲーム。家から一歩も出てないみたいで」: a
    pupil away from school for months (the length in the sentence of the absence) who stays
    in the house is withdrawal (hikikomori), though the staying in is told sentences later.
    Not a child kept home to look after someone (a care word), nor an absence with no length."""
    sentences = found.tokens.sentences
    absent = [
        (s, p)
        for s in found.cue("school_life")
        for p in found.cue("persistence")
        if sentences[s.first] == sentences[p.first]
    ]
    if not absent:
        return
    stay = [h for h in found.cue("stay_home") if h.start > absent[0][0].start]
    if not stay:
        return
    why = "何か月も学校に行かず、家にこもっている"
    for hit in [absent[0][0], absent[0][1], *stay]:
        ev.hit("hikikomori", "pattern", hit, f"{why}：{hit.entry.note}")


_CHORE_GATE_35i12 = ("送り迎え", "お迎え", "おむかえ", "弁当", "寝かしつけ", "家のこと", "家の中が")
_CHILD_CHORES_35i12 = re.compile(
    r"(?:保育園|幼稚園|園|学校|学童)の(?:送り迎え|おくりむかえ|お迎え|おむかえ)|送り迎え(?:も|は)|弁当(?:も|は)|お弁当(?:も|は)"
    r"|寝かしつけ(?:も|は)|家のこと(?:は|も)?(?:全部|ぜんぶ|ほとんど)|家の中が(?:まわって|回って|まわら|回ら)(?:ない|ません|ん|へん)"
)


def _ill_partner_and_the_childrens_chores_35i12(found: _Found, ev: _Evidence) -> None:
    """「妻が乳がんで、抗がん剤の日は起き上がれない。幼稚園の送り迎えも弁当も俺」「嫁がノイローゼ
    気味で寝込む日が多い…家の中がまわってない」: the writer carries the children's days
    (送り迎え, 弁当, 家のこと全部) while the partner is ill: double care (20's rule with no
    family-care word). An ill partner alone, or chores with a well partner, are not."""
    partners = _own_partners(found)
    if not partners:
        return
    text = found.text
    ill = [
        hit
        for label in _PARTNERS_ILLNESS
        for hit in found.get("field", label)
        if any(_describes(text, hit, p) for p in partners)
        and _PASSING.search(text, hit.start, hit.end) is None
    ]
    if not ill:
        return
    chores = _CHILD_CHORES_35i12.search(text, min(h.start for h in ill))
    if chores is None:
        return
    why = "病気の配偶者を支えながら子どもの世話"
    for hit in ill:
        ev.hit("double_care", "pattern", hit, f"{why}：{hit.entry.note}")
    ev.add(
        "double_care", "pattern", chores.start(), chores.end(), f"{why}：子どもの送り迎えや家のこと"
    )


_ILLNESS_BEHIND_CARE_35i12 = re.compile(
    r"^(?:病|症|病気)?(?:で|になって|やって|になり)[、,]?[^。]{0,10}?"
    r"(?:要介護[0-9０-９一二三四五]|(?:俺|おれ|私|わたし|わし|僕|ぼく|自分)(?:が|は)?(?:一人|ひとり|独り)で"
    r"(?:ずっと)?(?:見とる|みとる|見てる|みてる|看てる|見ている|看ている|見てき|面倒|世話|介護|看病))"
)


def _illness_behind_care_35i12(found: _Found, ev: _Evidence) -> None:
    """「父がパーキンソンで要介護3」「妻が去年脳梗塞やって、それから俺ひとりで見とる」: the
    illness told as what brought the care (a care level, the writer looking after them
    alone) is the care matter, not a health concern of its own (as 23e for a stroke).
    An illness that keeps someone bedridden (病気で寝たきり) stays health too."""
    text = found.text
    why = "介護のきっかけとして書かれた病気（介護の相談として扱う）"
    for hit in list(found.get("field", "health")):
        if _ILLNESS_BEHIND_CARE_35i12.match(text[hit.end : hit.end + 40]):
            ev.drop("health", hit.start, hit.end, why)


_CHILDREN_BESIDE_35i12 = re.compile(
    r"(?:嫁|妻|女房|家内|夫|旦那|主人)(?:が|は|も)?[^。]{0,4}?(?:子ども|子供|こども|子)(?:たち|達|ら)?(?:を)?"
    r"(?:連れて|つれて)(?:実家|出て|でて|家を出|帰っ|かえっ)"
    r"|(?:子ども|子供|こども|子)(?:たち|達|ら)?(?:に|には)(?:悪い|わるい|すまない|すまん|申し訳ない|もうしわけない)"
    r"(?:こと|事)(?:を)?(?:した|して|しちゃ|しま)"
    r"|(?:嫁|妻|女房|家内|夫|旦那|家族)(?:も)(?:子ども|子供|こども|子)(?:たち|達|ら)?(?:も)[^。]{0,12}?"
    r"(?:楽|らく|幸せ|しあわせ|助かる|たすかる)"
    r"|(?:子ども|子供|こども|子)(?:たち|達|ら)?(?:は|が)(?:もう)?(?:寝て|ねて)(?:る|いる|います|ます)"
)
_CHILDREN_BESIDE_GATE_35i12 = (
    "連れて",
    "つれて",
    "悪い",
    "わるい",
    "すま",
    "申し訳",
    "楽",
    "幸せ",
    "寝て",
    "ねて",
)


def _children_only_named_beside_35i12(found: _Found, ev: _Evidence) -> None:
    """「嫁が子ども連れて実家に帰った」「子どもたちには悪いことしたと思ってる」「嫁も子どもも楽だと
    思う」「子どもは寝てる」: children named only as family beside the writer's own drinking,
    despair or danger are no child-rearing matter by that alone. Other child words (an age,
    a school, a child's worry) keep the field."""
    spans = [m.span() for m in _CHILDREN_BESIDE_35i12.finditer(found.text)]
    if spans:
        why = "家族として名前が出ただけの子ども（子育ての相談ではない）"
        ev.drop_inside("child", spans, why)


# ---------------------------------------------------------------- round 27 (35j12)
_HARM_MARKS_35j12 = frozenset({"bruise", "violence"})
_JOB_GATE_35j12 = re.compile(r"してい|して(?:ま|お)|として|で働|で勤")
# 「障害のある娘(17)に、父親が毎日怒鳴って、ご飯を抜いたり」: meals cut for a son or daughter.
_KIN_ACTORS_35j12 = frozenset({"mother", "father", "parent", "spouse", "grandparent", "sibling"})
_CHILD_VICTIM_35j12 = re.compile(
    r"(?:\((?:[0-9]{1,2}(?:歳|才)?|(?:小|中|高)[1-6])\))?(?:さん|くん|君|ちゃん)?(?:に(?!は)|を|の)"
)


def _meals_cut_for_a_child_35j12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「障害のある娘(17)に、父親が毎日「役立たず」と怒鳴って、ご飯を抜いたりしてます」「息子の
    夕飯を夫がわざと減らす」: a parent (or another adult of the family) who cuts a son's or
    daughter's meals is child abuse, or abuse of a disabled person when the son or daughter is
    grown. Not a son or daughter who skips meals themself (娘がダイエットでご飯を抜く), nor a
    grown son or daughter with no disability (30の息子の夕飯を減らした)."""
    text, sentences = found.text, found.tokens.sentences
    disabled = bool(found.get("field", "disability"))
    grown = [a.person_hit for a in ages if a.person == "child" and a.years >= ADULT_AGE]
    why = "親や家族が子どもの食事を抜く・減らす（虐待）"
    for act in found.cue("meals_cut"):
        if _PASSIVE.match(text, act.end) is not None:
            continue
        for victim in found.persons:
            if victim.entry.label != "child" or victim.end > act.start:
                continue
            if sentences[victim.first] != sentences[act.first]:
                continue
            if not disabled and any(g is not None and _overlaps(victim, g) for g in grown):
                continue
            mark = _CHILD_VICTIM_35j12.match(text, victim.end)
            if mark is None:
                continue
            if mark.group().endswith("の"):
                done = act.start - mark.end() <= 2
            else:
                done = any(
                    p.entry.label in _KIN_ACTORS_35j12
                    and mark.end() <= p.start < act.start
                    and _SUBJECT.match(text, p.end) is not None
                    for p in found.persons
                )
            if done:
                ev.hit("abuse", "crisis", victim, why)
                ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
                return


# 「88の母…母の腕に青あざ、兄が暴れるって」「75の父を殴って父が頭から血を出した」
_STRUCK_PARENT_35j12 = re.compile(
    r"(?:さん)?(?:を|に(?!は)|の(?:頭|顔|腕|体|からだ|背中|足|手|首|胸|お腹|腹|ほっぺ|頬)(?:を|に|が|も|には)?)"
)
_FELL_35j12 = re.compile(r"転ん|転倒|ころん|コロン|こけ|ぶつけ|転げ")


def _old_parent_harmed_35j12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """A parent or grandparent given an age of 70 or more who is struck or has a bruise, told in
    the sentence of the blow or bruise (「88の母と56の兄…母の腕に青あざ」「75の父を殴って」), is
    elder abuse and care. Not a parent who strikes someone (75の父が孫を叩く: the parent is no
    target), is struck in a story told as passive by them (父に殴られた), nor a bruise from a
    fall (転んで腕に青あざ)."""
    old = {a.person for a in ages if a.years >= ELDERLY_AGE and a.person in _OLDER_KIN}
    if not old:
        return
    text, sentences = found.text, found.tokens.sentences
    marks = found.cue("bruise") + found.cue("violence")
    why = "高齢の親が家族に叩かれる・あざがある（高齢者虐待）"
    for victim in found.persons:
        if victim.entry.label not in old:
            continue
        target = _STRUCK_PARENT_35j12.match(text, victim.end)
        if target is None:
            continue
        for mark in marks:
            if mark.start < target.end() or sentences[mark.first] != sentences[victim.first]:
                continue
            if mark.start - target.end() > 8 or _FELL_35j12.search(text, victim.end, mark.start):
                continue
            if _PASSIVE.match(text, mark.end) is not None and target.group().endswith("に"):
                continue  # 「父に殴られた」: the parent struck
            if not ev.has("abuse") and not ev.has("dv"):
                ev.hit("abuse", "crisis", mark, f"{why}：{mark.entry.note}")
            if ev.has("abuse") and not ev.has("dv"):
                _raise_label(found, ev, "care", victim, why)
            return


# 「彼氏が私の障害年金を勝手におろして使ってます。文句言うと殴られる」
_MONEY_WORDS_35j12 = re.compile(r"年金|お金|おかね|金|給料|工賃|手当|貯金|通帳|カード")
_DISABILITY_PENSION_35j12 = re.compile(r"障害年金|障がい年金|障碍年金|工賃")


def _partner_takes_writers_money_35j12(found: _Found, ev: _Evidence) -> None:
    """The writer's own partner who takes the writer's disability pension or wages, in a message
    naming no one else (「彼氏が私の障害年金を勝手におろして使う」), is economic DV, not abuse of
    an older person. Not an older writer's pension (「70過ぎて、夫に年金を勝手に使われて」: elder
    abuse too), nor when a parent, child or other kin is named (夫が義母の年金を使い込む)."""
    if any(p.entry.label not in ("spouse", "self") for p in found.persons):
        return
    if found.cue("elderly"):
        return  # 「70過ぎて、夫に年金を勝手に使われて」: an older writer's pension, elder abuse too
    if not _own_partners(found):
        return
    why = "パートナーが書き手のお金を取る（経済的DVとして扱う。高齢者虐待ではない）"
    for key, item in list(ev.items.items()):
        if key[0] == "abuse" and _MONEY_WORDS_35j12.search(item.surface):
            ev.pop(key, why)
            ev.add_original(
                "dv", "crisis", item, "パートナーが書き手の障害年金などを取る（経済的DV）"
            )


# 「自閉症の息子(15)、パニックになると私をなぐる」: a son or daughter who hits the writer.
_CHILD_HITS_35j12 = re.compile(
    r"(?:息子|むすこ|娘|むすめ|長男|次男|三男|長女|次女|三女|子ども|子供|こども|うちの子|下の子|上の子|せがれ)"
    r"(?:\((?:[0-9]{1,2}(?:歳|才)?|(?:小|中|高)[1-6])\))?(?:さん|くん|君|ちゃん)?"
    r"(?P<mark>が|は|、|って|に|から)"
)
_WRITER_STRUCK_35j12 = re.compile(
    r"(?:私|わたし|あたし|自分|僕|ぼく|俺|おれ|うち)(?:の(?:頭|顔|腕|体|からだ|背中|足|手|首|お腹))?"
    r"(?:を|に|が|は)(?:も|まで)?[^。、]{0,6}$"
)


def _child_strikes_the_writer_35j12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「自閉症の息子(15)、パニックになると私をなぐる。あざだらけ」「中2の娘に叩かれて腕があざだらけ」:
    a school-age son or daughter who hits the writer (a parent) is no child abuse; the blow and
    the writer's bruise do not count as abuse. Not a grown son or daughter (40の息子が私を殴る:
    an older parent struck), nor a partner in the sentence (夫が私を殴る、息子も見てる)."""
    if ev.has("8050") or ev.has("care") or found.cue("elderly"):
        return
    if any(a.person == "child" and a.years >= ADULT_AGE for a in ages):
        return
    text = found.text
    spans: list[Hit] = []
    for act in found.cue("violence"):
        begin, end = _sentence_around(text, act.start, act.end)
        if _PARTNER_26u.search(text, begin, end):
            return
        actors = list(_CHILD_HITS_35j12.finditer(text, begin, act.start))
        if not actors:
            return
        passive = _PASSIVE_26u.match(text, act.end) is not None
        by_whom = actors[-1].group("mark") in ("に", "から")
        if by_whom != passive:
            return
        # 「娘から「パパにたたかれた」と聞きました」: an adult named between them did it.
        if "「" in text[actors[-1].end() : act.start] or any(
            p.entry.label in _ADULTS_26u and actors[-1].end() <= p.start < act.start
            for p in found.persons
        ):
            return
        if not passive and _WRITER_STRUCK_35j12.search(text[actors[-1].end() : act.start]) is None:
            return
        spans.append(act)
    if not spans:
        return
    why = "子どもが親（書き手）をたたく（子どもへの虐待ではない）"
    for hit in spans + found.cue("bruise"):
        ev.drop("abuse", hit.start, hit.end, why)


# 「弟から「もう全部おわり、さよなら」ってメールだけ来た」: a farewell that has just arrived.
_FAREWELL_35j12 = re.compile(
    r"さよなら|さようなら|サヨナラ|ばいばい|バイバイ|今まで(?:ありがと|お世話)|いままで(?:ありがと|おせわ)"
    r"|お別れ|おわかれ|最後|さいご|おわり|終わり|終わらせ|おわらせ|先に逝|逝きます|いきます"
)
_ARRIVED_35j12 = re.compile(
    r"[」』]\s?(?:と|って|という|との)?(?:メール|LINE|ライン|メッセージ|DM|連絡|手紙|書き置き|置き手紙"
    r"|メモ|留守電|電話|ショートメール|SMS)(?:が)?(?:だけ|のみ|だけが|が)?\s?"
    r"(?:(?:来|き)(?:た|ました|て|ちゃ)|(?:届|とど)(?:いた|きました|いて)|(?:入|はい)(?:った|って|りました)"
    r"|あっ(?:た|て))"
)

_LONG_AGO_35j12 = re.compile(
    r"昔|むかし|去年|昨年|何年も前|[0-9一二三四五六七八九十数]+年前|若い頃|当時"
)


def _farewell_message_arrived_35j12(found: _Found, ev: _Evidence) -> None:
    """「ずっと連絡なかった弟から「もう全部おわり、さよなら」ってメールだけ来た」「母から「今まで
    ありがとう」ってLINEが届いた」: a farewell from someone else that has just come is a danger now
    (an emergency), whether or not they answer yet. Not a farewell the writer sends, nor words
    heard long ago (a message that came 「昔」 or 「去年」)."""
    text = found.text
    kin = any(p.entry.label != "self" for p in found.persons)
    for hit in found.get("crisis", "suicide"):
        close = text.find("」", hit.end)
        if close < 0:
            close = text.find("』", hit.end)
        opening = max(text.rfind("「", 0, hit.start), text.rfind("『", 0, hit.start))
        if close < 0 or opening < 0 or "。" in text[hit.end : close]:
            continue
        if _FAREWELL_35j12.search(text, opening, close) is None:
            continue
        if not kin and "から" not in text[max(0, opening - 12) : opening]:
            continue  # 「友達から「さよなら」って」: someone else sent it
        arrived = _ARRIVED_35j12.match(text, close)
        if arrived is None:
            continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _LONG_AGO_35j12.search(text, begin, opening):
            continue
        why = "家族などから別れのメッセージが届いた：緊急（命の危険）"
        _raise_label(found, ev, "emergency", hit, why)
        ev.add("emergency", "crisis", arrived.start() + 1, arrived.end(), why)
        return


# 「施設にいる重度障害の妹、面会行ったら床ずれひどくて何日も同じ服。職員に言っても人手不足で」
_CARE_PLACE_35j12 = re.compile(
    r"施設|ホーム|グループホーム|入所|職員|ヘルパー|事業所|病院|病棟|ショートステイ|デイ|特養|老健|面会"
)
_LEFT_UNKEPT_35j12 = re.compile(
    r"床ずれ|床擦れ|褥瘡|じょくそう|何日も|なんにちも|ずっと|いつ(?:行|い)っても|毎回|びしょびしょ|放置|ほったらかし"
)
_LIKES_IT_35j12 = re.compile(r"たがる|たがっ|気に入|好き|すき|お気に入り|こだわ")


def _cared_for_adult_unkept_35j12(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「施設にいる重度障害の妹、面会行ったら床ずれひどくて何日も同じ服」「ホームの父、行くたびに
    何日も風呂に入ってない感じで床ずれも」: a disabled or older person in a home, a group home or
    with helpers, found unwashed or in the same clothes for days or with bedsores, is neglect by
    those who look after them (abuse). Not a person who likes to wear the same clothes (同じ服を
    着たがる), nor signs told without a place of care."""
    if found.get("field", "child") or any(a.years < ADULT_AGE for a in ages):
        return
    if not (found.get("field", "disability") or found.get("field", "care") or found.cue("elderly")):
        return
    text = found.text
    if _CARE_PLACE_35j12.search(text) is None or _LIKES_IT_35j12.search(text):
        return
    signs = found.cue("neglect_sign")
    if not signs or _LEFT_UNKEPT_35j12.search(text) is None:
        return
    why = "介護や支援の場で世話をされていない様子（障害のある人・高齢の人へのネグレクト）"
    for hit in signs:
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")


# 「保育士をしています。園の掲示板に発達相談の案内チラシを貼りたい」「精神科で看護師をしています」
_JOB_SELF_35j12 = re.compile(
    r"(?:保育士|看護師|看護士|介護士|介護福祉士|ヘルパー|ケアマネ|教員|教師|支援員|相談員|社会福祉士"
    r"|精神保健福祉士|保健師|医師|薬剤師|作業療法士|理学療法士|言語聴覚士|児童指導員|民生委員|生活支援員"
    r"|職員|スタッフ|指導員|養護教諭|司書)"
    r"(?:さん)?(?:を|として|で|の仕事を)(?:し|働い|勤め|勤務し|やっ|やらせてもらっ)て(?:い|お)?(?:ます|る|おります)"
    # 「保育士をしていますが、自分の娘が不登校に」: the writer's own matter follows
    r"(?=[。!！\n]|$)"
)
_MATERIALS_35j12 = re.compile(
    r"チラシ|ちらし|ポスター|案内|掲示|求人|日程|資料|パンフ|リーフレット|研修|講演|配りたい|貼りたい|部数"
    r"|何部|紹介したい|伝えたい"
    r"|報告書|様式|書式|集計|件数"  # 40a21: 「民生委員をしております。見守り件数を報告書に」
)


def _asked_for_work_35j12(found: _Found, ev: _Evidence) -> None:
    """「保育士をしています。園の掲示板に発達相談の案内チラシを貼りたい」「精神科で看護師をしていま
    す。家族会の日程を患者さんのご家族に案内したい」: a writer who names their own job and asks for
    leaflets, dates or openings for others; the field words in the sentence of the job or of the
    request are the work, not a concern. Not the writer's own trouble told in another sentence
    (看護師をしています。夜勤続きで眠れない)."""
    text = found.text
    job = _JOB_SELF_35j12.search(text)
    if job is None:
        return
    spans = [_sentence_around(text, job.start(), job.end())]
    spans += [_sentence_around(text, m.start(), m.end()) for m in _MATERIALS_35j12.finditer(text)]
    why = "仕事での問い合わせ（書き手の困りごとではない）"
    for label in FIELDS:
        if ev.has(label):
            ev.drop_inside(label, spans, why)


# 「去年までうつで休職してましたが、おかげさまで復職して1年」「前は借金ありましたが債務整理も終わ
# って今はすっきり」「父を去年看取りました。ケアマネさんにお世話になったので、お礼だけ」
_PAST_35j12 = re.compile(
    r"去年|きょねん|昨年|前は|まえは|以前|いぜん|昔|むかし|当時|[0-9一二三四五六七八九十数]+年前"
)
_RESOLVED_35j12 = re.compile(
    r"復職|職場復帰|仕事に戻|完済|返し終わ|返済(?:も|が)?(?:終わ|済)|債務整理(?:も|が)?(?:終わ|済)|解決"
    r"|すっきり|スッキリ|治りました|なおりました|寛解|看取りました|看取って|みとりました|見送りました"
    r"|(?:やっと|ようやく)(?:落ち着き|おちつき)"  # 36u13: 「施設に入れて、やっと落ち着きました」
)
_WORRY_NOW_35j12 = re.compile(
    r"大変|たいへん|始ま|はじま|今度は|こんどは|教えて|知りたい|どうしたら|どうすれば|心配|不安|困って"
    r"|つらい|辛い|しんどい|また|でも|けど|\?|？"
)


def _past_matter_resolved_35j12(found: _Found, ev: _Evidence) -> None:
    """Thanks for a matter of the past now resolved (back at work, the debt settled, a parent's
    care ended at their death), with no worry told after it: the fields and patterns go. Not
    when a new worry follows (「母を看取りました。今度は父の介護が始まって」)."""
    text = found.text
    resolved = _RESOLVED_35j12.search(text)
    if resolved is None or _PAST_35j12.search(text, 0, resolved.end()) is None:
        return
    if _WORRY_NOW_35j12.search(text, resolved.end()) is not None:
        return
    why = "前のことが片づいたお礼（今の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# 「発達障害の息子(小4)が不登校で、私は認知症の父の介護もあって」: the writer does the care.
_WRITER_SUBJECT_35j12 = re.compile(
    r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:は|が|も|ひとりで|一人で)"
)


def _writer_is_the_carer_35j12(found: _Found, ev: _Evidence) -> None:
    """「発達障害の息子(小4)が不登校で、私は認知症の父の介護もあって」: when the writer names
    themself as the one who cares (私は…介護) after the school-age child, the child does not
    care and is no young carer. Not 「娘(中2)が、私の代わりに父の介護をしてくれる」."""
    text = found.text
    children = [p for p in found.persons if p.entry.label == "child"]
    care = found.cue("family_care")
    if not children or not care:
        return
    for hit in care:
        before = [c for c in children if c.end <= hit.start]
        if not before:
            return
        last = max(before, key=lambda c: c.end)
        begin, _ = _sentence_around(text, hit.start, hit.end)
        subject = _WRITER_SUBJECT_35j12.search(text, max(last.end, begin), hit.start)
        if subject is None or "代わり" in text[subject.start() : hit.start]:
            return
        if _WRITER_ILL_37q20.match(text, subject.end()):  # 37q20: 「私が体調を崩してから」
            return
        if _WRITER_AWAY_42f23.match(text, subject.end()):  # 42f23: 「私が夜勤の間」
            return
    why = "介護をしているのは書き手（子どもはヤングケアラーではない）"
    ev.drop_label("young_carer", why)
    for hit in care:
        ev.drop("child", hit.start, hit.end, why)


# ---------------------------------------------------------------- round 28 (36u13)

# 「あのとき相談にのってくれた方によろしくお伝えください」: regards sent, like thanks.
_REGARDS_36u13 = re.compile(r"よろしく(?:お)?(?:伝え|つたえ)|宜しく(?:お)?伝え")

# 「子どもと寝室に鍵かけてる」「トイレに隠れてる」: the writer shut in or hiding now.
_HIDING_GATE_36u13 = ("鍵", "カギ", "かぎ", "隠れ", "かくれ", "こも")
_HIDING_NOW_36u13 = re.compile(
    r"(?:鍵|カギ|かぎ)(?:を)?(?:かけ|掛け|しめ|閉め)(?:て(?:る|いる|います|ます|ん|隠|かく|こも)|とる|ちょる)"
    r"|(?:隠れ|かくれ|閉じこも|とじこも|立てこも|たてこも)(?:て(?:る|いる|います|ます)|とる|ちょる)"
)
# Said now and in fear (いま, こわい, たすけて) or of the partner at the door.
_IN_FEAR_NOW_36u13 = re.compile(
    r"いま|今(?!日|度|年|月|週|朝|晩|夜|回|後)|こわ|怖|たすけ|助け|ドア|扉|蹴|叩|たた|暴れ|あばれ|怒鳴|どな"
)
# A habit or a past time, not now (「いつも隠れてる」「前はトイレに隠れてた」).
_NOT_NOW_36u13 = re.compile(r"いつも|毎回|たびに|度に|昔|むかし|以前|前は|まえは|当時|昨日|きのう")


def _hiding_from_partner_now_36u13(found: _Found, ev: _Evidence) -> None:
    """「夫がいまドア蹴ってる　子どもと寝室に鍵かけてる　こわい　たすけて」: in a DV message,
    the writer locked in a room or hiding now, in fear, is in danger now (emergency). Not a
    habit or a past time (「怒るといつもトイレに隠れてる」「前は寝室に鍵かけてた」), nor a son
    who keeps his door locked (no partner's violence)."""
    text = found.text
    hiding = _HIDING_NOW_36u13.search(text)
    if hiding is None or _NOT_NOW_36u13.search(text) or not _IN_FEAR_NOW_36u13.search(text):
        return
    why = "パートナーが暴れていて、いま部屋に鍵をかけて隠れている：緊急（今の危険）"
    ev.add("emergency", "crisis", hiding.start(), hiding.end(), why)


# 「今からお前んち行く」「いま家の前にいる」: the partner (or ex) on the way now.
_COMING_GATE_36u13 = (
    "今から",
    "いまから",
    "これから",
    "今すぐ",
    "いますぐ",
    "向かって",
    "むかって",
    "の前",
)
_COMING_NOW_36u13 = re.compile(
    r"(?:今から|いまから|これから|今すぐ|いますぐ)[^。」]{0,12}?(?:行く|いく|行くわ|行くぞ|行っ(?:たる|てやる)"
    r"|向かう|むかう|乗り込|のりこ|殴り込|押しかけ|おしかけ|来る|くる)"
    r"|(?:こっち|家|うち|部屋|アパート|マンション|職場|実家)(?:に|へ)(?:向かって|むかって)(?:る|いる|います|ます|くる)"
    r"|(?:家|うち|アパート|マンション|部屋|玄関)の(?:前|外|下)(?:に|まで)(?:いる|おる|来て(?:る|いる|ます)"
    r"|きて(?:る|いる|ます))"
)
# The writer going to the police or a shelter (「今から警察に行く」) is no danger coming.
_HELP_ON_THE_WAY_36u13 = re.compile(r"警察|交番|相談|病院|役所|役場|シェルター|実家に帰")


def _partner_coming_now_36u13(found: _Found, ev: _Evidence) -> None:
    """「元カレから「今からお前んち行く」ってLINE連投きてる。前に首しめられたことある」: in a DV
    message, the partner or ex quoted as coming now, or said to be heading to or standing at
    the home, is a danger now (emergency). Not the writer on the way to the police or to
    their parents' (「今から警察に行きます」), nor a time past (昨日)."""
    text = found.text
    for coming in _COMING_NOW_36u13.finditer(text):
        begin, end = _sentence_around(text, coming.start(), coming.end())
        if _HELP_ON_THE_WAY_36u13.search(text, begin, end) or _NOT_NOW_36u13.search(
            text, begin, end
        ):
            continue
        quoted = text.rfind("「", 0, coming.start()) > text.rfind("」", 0, coming.start())
        said_by_partner = any(
            p.entry.label == "spouse" and p.end <= coming.start() for p in found.persons
        )
        if not (quoted or said_by_partner):
            continue
        why = "暴力をふるう相手が、いまこちらへ向かっている：緊急（今の危険）"
        ev.add("emergency", "crisis", coming.start(), coming.end(), why)
        return


# 「ごはんない」「れいぞうこ空っぽ」: nothing to eat at home.
_NO_FOOD_36u13 = re.compile(
    r"(?:ごはん|ご飯|ゴハン|食べ物|たべもの|食べるもの|たべるもの|食料)(?:が|も|は)?(?:ない|なにもない|何もない|ありません)"
    r"|(?:冷蔵庫|れいぞうこ|れーぞーこ)(?:が|も|は|の中)?[^。]{0,4}?(?:空っぽ|からっぽ|カラッポ|何もな|なにもな|空だ|からだ)"
)
_YOUNGER_SIBLING_36u13 = re.compile(r"弟|妹|おとうと|いもうと")
_DAY_COUNT_36u13 = re.compile(r"[0-9一二三四五六七八九十数何]+日")


def _children_left_without_food_36u13(found: _Found, ev: _Evidence) -> None:
    """「親がもう2日帰ってこない。弟と家にいる。ごはんない。れいぞうこ空っぽ」: a writer left
    at home with a younger brother or sister while the parents stay away for days, with
    nothing to eat, is a child neglected (abuse, child), as in _neglect; the parents'
    absence is neglect, not a missing person. Not an adult whose parent is away (no younger
    sibling at home, or food there)."""
    text = found.text
    food = _NO_FOOD_36u13.search(text)
    if food is None or _YOUNGER_SIBLING_36u13.search(text) is None:
        return
    siblings = [p for p in found.persons if p.entry.label == "sibling"]
    if not siblings:
        return
    absent, days = found.cue("parent_absent"), found.cue("days")
    if not days and not any(_DAY_COUNT_36u13.search(text, h.start, h.end) for h in absent):
        return  # 「ママが夜まで帰ってこない」: not for days
    why = "親が何日も帰らず、きょうだいと食べる物もなく家にいる（ネグレクト）：虐待の疑い"
    for hit in absent + days:
        ev.hit("abuse", "crisis", hit, why)
    ev.add("abuse", "crisis", food.start(), food.end(), why)
    for hit in siblings:
        ev.hit("child", "field", hit, "本人が子ども（きょうだいと家に残されている）")
    why = "親が家をあけている（行方不明でなくネグレクトとして扱う）"
    ev.drop_inside("emergency", [(h.start, h.end) for h in absent], why, overlapping=True)


def _school_refusal_shut_in_36u13(found: _Found, ev: _Evidence) -> None:
    """「娘が中2から不登校で、いま高1の年。ほぼ自室。昼夜逆転」: 不登校 said with its start or
    length (中2から, 半年) and then a life in the room (自室, 昼夜逆転, 部屋から出ない) is
    withdrawal (hikikomori), as _long_school_absence_shut_in_35i12 reads 学校に行ってない.
    Not 不登校 with no length, nor a child kept home to look after someone (a care word)."""
    sentences = found.tokens.sentences
    refusal = [h for h in found.get("field", "child") if h.entry.form == "不登校"]
    absent = [
        (s, p)
        for s in refusal
        for p in found.cue("persistence")
        if sentences[s.first] == sentences[p.first]
    ]
    if not absent:
        return
    stay = [h for h in found.cue("stay_home") if h.start > absent[0][0].start]
    if not stay:
        return
    why = "ある学年から不登校が続き、部屋にこもっている"
    for hit in [absent[0][0], absent[0][1], *stay]:
        ev.hit("hikikomori", "pattern", hit, f"{why}：{hit.entry.note}")


# 「弟(小4)のごはん、わたしがつくってる。ママは夜の仕事で…洗濯もわたし」
_CHILDS_PARENT_WORD_36u13 = re.compile(
    r"ママ|まま(?:は|が|も)|パパ|ぱぱ|お母さん|おかあさん|お父さん|おとうさん|かあちゃん|とうちゃん"
)
_YOUNG_SIBLING_36u13 = re.compile(
    r"(?:弟|妹|おとうと|いもうと)(?:[(（](?:小|中|年長|年中|年少|[0-9]{1,2}(?:歳|さい|才)?)[0-9１-６]?[)）]"
    r"|(?:は|が|も)?(?:小|中)[1-6１-６](?:で|の|、)|(?:は|が|も)?(?:[0-9]|1[0-4])(?:歳|さい|才))"
)
_WRITER_DOES_IT_36u13 = re.compile(
    r"(?:私|わたし|あたし|ぼく|僕|おれ|俺|うち)(?:が|ひとりで|一人で|も|で|。|$)"
)


def _writer_keeps_house_for_young_sibling_36u13(found: _Found, ev: _Evidence) -> None:
    """「弟(小4)のごはん、わたしがつくってる。ママは夜の仕事で朝はねてるから。洗濯もわたし」:
    a writer who cooks and washes for a school-age younger brother or sister, and calls the
    parent ママ or お母さん, writes as the older child of the house: a young carer. The writer
    is named as the one who does it in the sentence of the chore. Not a parent who cooks for
    their children (no younger sibling with a school year), nor chores done by the parent."""
    text = found.text
    if _YOUNG_SIBLING_36u13.search(text) is None:
        return
    done = []
    for hit in found.cue("family_care"):
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _WRITER_DOES_IT_36u13.search(text, begin, end):
            done.append(hit)
    if not done:
        return
    why = "年下のきょうだいの食事や洗濯を書き手（子ども）がしている：ヤングケアラー"
    for hit in done:
        ev.hit("young_carer", "pattern", hit, why)


# ---------------------------------------------------------------- round 28 (36r13)
# A partner's control that keeps the writer from friends or family was also isolation here
# until the sixth session; the writers of the blind sets label it DV only, and so does this
# now (tests/nlp/test_round28_r13.py). Being cut off told as a fact (何年も会っていない,
# 誰とも話せない) is still isolation.


# 「子どもたちもいるし怖くて眠れません」 (an ex-partner found the new address): the children
# named as why the writer is afraid; 「私がいなくなったら保険金で子どもたちは楽に暮らせる」:
# the children named as who would be better off. Neither is a child matter by that alone.
_CHILDREN_NAMED_GATE_36r13 = re.compile(r"(?:いる|おる)(?:し|から|ので)|保険|ほけん")
_CHILDREN_IN_FEAR_36r13 = re.compile(
    r"(?:子供|子ども|こども|子)(?:たち|達|ら)?(?:も|が)(?:[0-9一二三四五]人|ふたり|さんにん)?"
    r"(?:いる|おる)(?:し|から|ので)[、,]?[^。]{0,6}?(?:怖|こわ|恐|不安|心配|眠れ|ねむれ)"
)
_CHILDREN_PAID_36r13 = re.compile(
    r"(?:保険金|保険|ほけん)(?:で|が(?:あれば|おりれば|下りれば|入れば|はいれば))[、,]?[^。]{0,4}?"
    r"(?:子供|子ども|こども|子|家族|かぞく)(?:たち|達|ら)?(?:は|が|も)[^。]{0,6}?"
    r"(?:楽に|らくに|暮らせ|くらせ|困らな|こまらな|生活でき|生きていけ)"
)


def _children_only_the_reason_36r13(found: _Found, ev: _Evidence) -> None:
    """Children named only as why the writer is afraid of a partner, or as who a payout on the
    writer's death would keep, are no child matter by that alone (as ``_children_as_the_reason``);
    a child with an age, one who is hit or sees it, is told elsewhere and still counts."""
    text = found.text
    for pattern, why in (
        (_CHILDREN_IN_FEAR_36r13, "おびえる理由として名前が出た子ども（子どもの相談ではない）"),
        (
            _CHILDREN_PAID_36r13,
            "自分の死後の保険金の行き先としての子ども（子どもの相談ではない）",
        ),
    ):
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            ev.drop_inside("child", spans, why)


# 「息子(40過ぎ)が」「娘（38）は」: the son or daughter, with an age, as the subject.
_AGED_SUBJECT_36r13 = re.compile(r"(?:\([^()]{0,8}\)|（[^（）]{0,8}）)?(?:が|は|も|って)(?!の)")


def _health_only_the_childs_36r13(found: _Found, ev: _Evidence) -> bool:
    """「息子(40過ぎ)が統合失調症で作業所に通ってます。私ももう75」: every illness counted is the
    disabled son's or daughter's (named as its subject) or sleep lost to a worry about them, so
    the writer's age is no care by it. An illness of the writer's own (私も腰を痛めて) still is."""
    if not any(p.entry.label == "child" for p in found.persons):
        return False
    keys = [key for key in ev.items if key[0] == "health"]
    text, sentences = found.text, found.tokens.sentences
    theirs: list[tuple[int, int]] = []
    for hit in found.get("field", "health"):
        before = [
            p
            for p in found.persons
            if p.end <= hit.start and sentences[p.first] == sentences[hit.first]
        ]
        subject = max(before, key=lambda p: p.end) if before else None
        if subject is not None and subject.entry.label == "child":
            if _AGED_SUBJECT_36r13.match(text, subject.end):
                theirs.append(ev.norm.original_span(hit.start, hit.end))
        elif _SLEEP.search(text, hit.start, hit.end):
            # 「この子が一人になったらと思うと夜も眠れません」: sleep lost to that worry.
            begin, _ = _sentence_around(text, hit.start, hit.start + 1)
            if _WORRY_BEFORE_SLEEP.search(text, begin, hit.start) is not None:
                theirs.append(ev.norm.original_span(hit.start, hit.end))
    return bool(theirs) and all(any(a <= key[1] and key[2] <= b for a, b in theirs) for key in keys)


# ---------------------------------------------------------------- round 29 (37m20)
# 「わしもすぐそっち行くけえ」「俺ももうすぐそっちに行くからな」「私もそろそろそちらへ行きたい」:
# the writer (or someone quoted) going "over there" soon, said to or of someone who died.
_OVER_THERE_37m20 = re.compile(
    r"(?:わし|俺|おれ|オレ|私|わたし|あたし|僕|ぼく|うち|わい|おら|自分)も\s?(?:もう)?\s?"
    r"(?:すぐ|じきに|じき|もうすぐ|そのうち|そろそろ|早う|はよう|はよ|早く|はやく)?[、,\s]?"
    r"(?:そっち|そちら|そっちゃ|あっち)(?:に|へ|さ)?\s?"
    r"(?:行く(?!ね|ので|んで|から(?:ね|待)|時|とき)|いく(?!ね|ので|んで|時|とき)|逝く|行こう|いこう|逝こう"
    r"|行きた|いきた|逝きた|行けたら|いけたら|行っても|いっても)"
)
# Someone close has died: 奥さん亡くしてから, 母ちゃん逝って, 妻に先立たれ, 仏壇に.
_A_DEATH_37m20 = re.compile(
    r"亡くし|なくし(?:て|た)|亡くな|死ん(?:で|だ)|逝っ|逝か|先立た|さきだた|他界|仏壇|お墓|墓前|遺影|天国"
)
# A trip among the living: the family home, the funeral, the papers (父が亡くなって、実家の
# 片付けに私もすぐそっちに行きます).
_ERRAND_37m20 = re.compile(
    r"実家|片付|片づけ|葬|法事|通夜|手続|遺品|相続|引っ越|ひっこ|迎え|会いに"
)


def _going_over_there_after_a_death_37m20(found: _Found, ev: _Evidence) -> None:
    """「奥さん亡くしてから「わしもすぐそっち行くけえ」と言うて」「妻が死んでから、俺ももうすぐ
    そっちに行くからなって仏壇に」: after someone close has died, going "over there" soon is an
    indirect wish to die (suicide), the writer's own or one quoted of a neighbour. Going to
    the family home or the funeral (「実家の片付けに私もすぐそっちに行きます」) or to a living
    child (「娘のとこ、私もすぐそっちに行くね」, no death) stays clear."""
    text = found.text
    for m in _OVER_THERE_37m20.finditer(text):
        begin, end = _sentence_around(text, m.start(), m.end())
        if _ERRAND_37m20.search(text, begin, end):
            continue
        if _A_DEATH_37m20.search(text) is None:
            return
        why = "亡くなった人に「わしもすぐそっち行く」（遠回しな死にたい気持ち）：自殺の危険"
        ev.add("suicide", "crisis", m.start(), m.end(), why)
        return


def _bodily_emergency_words_not_care_37m20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「じいちゃん風呂で動かん　返事せん」: as in _bodily_emergency_not_care, a body in danger
    now is health, not care, also where a care word (動かん) lies inside the emergency's own
    words. A fall with nothing said of the body (祖母が倒れて動けない) and a named care need
    (認知症の父がトイレで動かなくなった) stay care."""
    health = found.get("field", "health")
    emergencies = found.get("crisis", "emergency")
    if not any(_overlaps(h, e) for h in health for e in emergencies):
        return
    span = ev.norm.original_span
    around = [span(e.start, e.end) for e in emergencies]
    only_old = {span(h.start, h.end) for h in found.cue("elderly")}
    only_old |= {span(a.start, a.end) for a in ages if a.years >= ELDERLY_AGE}
    care = [(key[1], key[2]) for key in ev.items if key[0] == "care"]
    if all(
        item in only_old or any(a <= item[0] and item[1] <= b for a, b in around) for item in care
    ):
        why = "体の急変（救急・健康の相談。高齢というだけで介護にしない）"
        ev.drop_inside("care", [(0, len(found.text))], why)


# ---------------------------------------------------------------- round 29 (37l20)

# 「ドア越しに『もう終わりにする』って聞こえて、今日は朝から物音しない」: silence after words of
# ending one's life.
_SILENCE_37l20 = re.compile(
    r"(?:物音|ものおと|音|気配|けはい|返事|へんじ|応答|反応)(?:が|も)?"
    r"(?:しない|しません|せん|ない|無い|なし|しなくな|なくな|ありません)"
)
_SILENCE_REACH_37l20 = 40
# 「介護施設で夜勤バイトしてて」: the writer works in care (a part-time or night job too).
_CARE_JOB_37l20 = re.compile(
    r"(?:施設|介護|ホーム|病院|デイ|特養|老健|グループホーム|病棟)[^。]{0,8}?(?:で|に)"
    r"(?:夜勤|日勤|早番|遅番)?(?:の)?(?:バイト|アルバイト|夜勤|派遣)"
    r"|介護(?:の)?(?:バイト|アルバイト|夜勤)|ヘルパー(?:の)?(?:バイト|アルバイト|仕事|として)"
)
# The rows of a partner who threatens to harm themself if the writer talks to others or leaves
# (lexicon 追加（37l20）): control, unlike a partner's own 「死んでやる」 alone (35i12).
_SELF_HARM_LEVER_37l20 = "自傷をちらつかせる（支配・脅し）"
_SCHOOL_LUNCH_37l20 = re.compile(r"給食|きゅうしょく")
# 「隣の部屋からもう3日くらい赤ちゃんの泣き声だけ聞こえて、親が出入りしてるの見てない」「赤ちゃんが
# ずっと泣いてて、もう2日親の姿見てない」: a baby or small child crying, for days, no adult seen.
_BABY_37l20 = r"(?:赤ちゃん|あかちゃん|赤ん坊|子ども|子供|こども|小さい子)"
_DAYS_37l20 = r"(?:[0-9０-９一二三四五六七八九十数何]+日|何日も|なんにちも)"
_CRYING_37l20 = (
    r"(?:泣き声|なきごえ|泣く声|泣いてる声|泣いている声|泣いて|ないて|泣き続け|なきつづけ)"
)
_NO_ADULT_37l20 = (
    r"(?:親|大人|おとな|母親|父親|ママ|お母さん|お父さん)(?:が|の|も)?[^。]{0,10}?"
    r"(?:見てない|見ていない|見てません|見かけない|見かけて(?:い)?ない|みかけない|見ない|いない"
    r"|気配が?ない|出入りして(?:い)?ない)"
)
_CRYING_FOR_DAYS_37l20 = re.compile(
    rf"{_DAYS_37l20}[^\n]{{0,12}}?{_BABY_37l20}(?:が|の)?[^。]{{0,4}}?{_CRYING_37l20}"
    rf"[^\n]{{0,30}}?{_NO_ADULT_37l20}"
    rf"|{_BABY_37l20}(?:が|の)?[^。]{{0,12}}?{_CRYING_37l20}[^\n]{{0,20}}?{_DAYS_37l20}"
    rf"[^。]{{0,6}}?{_NO_ADULT_37l20}"
)
# 「孫です。」「まごです　こう1です」: the writer introduces themself as the grandchild.
_GRANDCHILD_WRITES_37l20 = re.compile(
    r"(?:^|[。\s])(?:孫|まご)(?:です|だけど|ですが|なんだけど|の(?:私|わたし|俺|おれ|僕|ぼく))"
)


def _round29_37l20(found: _Found, minor: bool, ev: _Evidence) -> None:
    """Round 29 (37l20): silence after words of ending one's life, a child who eats only at school
    beside a drinking parent, a care worker hit by the residents on a night job, a partner who
    threatens self-harm to keep the writer, a baby crying for days with no adult seen."""
    text = found.text
    if ev.has("suicide") and not ev.has("emergency"):
        _silence_after_death_talk_37l20(found, ev)
    if not ev.has("abuse") and "no_meals" in found.cues and _SCHOOL_LUNCH_37l20.search(text):
        _drunk_parent_and_no_meals_24j(found, True, ev)
    if ev.has("abuse") and _CARE_JOB_37l20.search(text):
        _care_job_blows_37l20(found, ev)
    if not ev.has("dv") and "control" in found.cues:
        _self_harm_as_a_lever_37l20(found, ev)
    if not (ev.has("abuse") and ev.has("emergency")):
        crying = _CRYING_FOR_DAYS_37l20.search(text)
        if crying is not None:  # after _neglect, which reads an absent parent as neglect only
            why = "何日も子どもが泣いていて親の姿がない（ネグレクト）：緊急（子どもの命の危険）"
            for label in ("abuse", "emergency"):
                ev.add(label, "crisis", crying.start(), crying.end(), why)
    if ev.has("child") and _GRANDCHILD_WRITES_37l20.search(text):
        _grandchild_writer_is_no_parent_37l20(ev, _GRANDCHILD_WRITES_37l20.search(text))


def _self_harm_as_a_lever_37l20(found: _Found, ev: _Evidence) -> None:
    """「別れたいって言ったら「死ぬ」って彼女が泣く」「女子と話すと手首切るって言ってくる」: a
    partner's threat to die or cut themself if the writer leaves or talks to others is control
    (DV) beside the suicide; _knife_held_to_herself_35i12 reads only the 「死んでやる」 alone."""
    levers = [h for h in found.cue("control") if h.entry.note.endswith(_SELF_HARM_LEVER_37l20)]
    partner = _own_partners(found)
    if not levers or not partner:
        return
    for hit in levers + partner:
        ev.hit("dv", "crisis", hit, f"パートナーから：{hit.entry.note}")


def _silence_after_death_talk_37l20(found: _Found, ev: _Evidence) -> None:
    """「昨日ドア越しに『もう終わりにする』って聞こえて、今日は朝から物音しない」: words of
    ending one's life, then no sound or answer: someone may be dying behind the door now (the
    parents away on a trip do not explain the silence). Read only after the suicide words."""
    text = found.text
    why = "「もう終わりにする」と言ったあと物音や返事がない：緊急（命の危険）"
    for hit in found.get("crisis", "suicide"):
        silence = _SILENCE_37l20.search(text, hit.end, hit.end + _SILENCE_REACH_37l20)
        if silence is not None:
            ev.add("emergency", "crisis", silence.start(), silence.end(), why)
            ev.hit("emergency", "crisis", hit, why)
            return


def _care_job_blows_37l20(found: _Found, ev: _Evidence) -> None:
    """「介護施設で夜勤バイトしてて、利用者さんに叩かれることある」: as
    _staff_hit_by_the_cared_for_23e, for a writer on a part-time or night job in care: blows
    from the residents are the job's strain, not abuse (nor a child's matter)."""
    text = found.text
    why = "介護の仕事で利用者から受けた暴力（仕事のつらさ。虐待ではない）"
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        s_start, _ = _sentence_around(text, hit.start, hit.end)
        if _CARED_AGENT_23e.search(text[s_start : hit.start]) is None:
            continue
        ev.drop("abuse", hit.start, hit.end, why)
        ev.drop("child", hit.start, hit.end, why)


def _grandchild_writer_is_no_parent_37l20(ev: _Evidence, said: re.Match[str] | None) -> None:
    """「孫です。おじ(49)が…ばあちゃん(81)の年金で」「まごです　こう1です　じいちゃんがばあちゃんの
    かいごしてる」: a writer who introduces themself as the grandchild is no child matter by
    that word and no one raising a child, so it (and the writer's own youth) is no double care;
    a child of the writer's own named elsewhere still counts (and a pupil writing is a child)."""
    if said is None:
        return
    start, end = ev.norm.original_span(said.start(), said.end())
    children = [k for k in ev.items if k[0] == "child"]
    mine = [k for k in children if start <= k[1] and k[2] <= end]
    if not mine:
        return
    why = "書き手が孫（子育て中ではない。ダブルケアではない）"
    for key in mine:
        ev.pop(key, why)
    others = [k for k in children if k not in mine]
    if any(ev.items[k].note != "本人が子ども・10代" for k in others):
        return
    ev.drop_label("double_care", why)


# ---------------------------------------------------------------- round 29 (37p20)

# 「…っていわれてる　高2　親には言えない」: a school year standing alone between the writer's
# spaces (the normalised text has lost them; ``Normalised.joins`` keeps where they were).
_GRADE_37p20 = re.compile(r"(?:小|中|高)[1-6](?:年|年生)?")


def _grade_between_spaces_37p20(found: _Found, norm: Normalised, ev: _Evidence) -> None:
    """「彼氏に…っていわれてる　高2　親には言えない」: a school year (高2, 中3) written on its own
    between spaces, or between a space and the end, is the writer telling their age: a child or
    teenager writes (child). Not a year said of someone named just before it (「息子　高2」)."""
    text, joins = norm.text, norm.joins
    for match in _GRADE_37p20.finditer(text):
        start, end = match.span()
        alone_before = start == 0 or start in joins
        alone_after = end == len(text) or end in joins
        if not (alone_before and alone_after) or (start == 0 and end == len(text)):
            continue
        if any(
            p.entry.label in {"child", "sibling"} and start - 3 <= p.end <= start
            for p in found.persons
        ):
            continue
        ev.add("child", "field", start, end, "本人が学年だけを書いている（子ども・10代）")
        return


# 「50くらいの息子さん」「四十ぐらいの娘」: a rough middle age before a son or daughter.
_ROUGH_MIDDLE_AGE_37p20 = re.compile(
    r"(?:[4-6][0-9]|[四五六]十[一二三四五六七八九]?)(?:歳|才)?(?:くらい|ぐらい|前後|そこそこ|ちょっと)(?:の)?$"
)


def _roughly_aged_son_withdrawn_37p20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「向かいのおばあちゃん、50くらいの息子さんと二人暮らし…息子さんは何年も外で見かけない」:
    an older person (おばあちゃん, or an age of 70 or more) and a son or daughter named with a
    rough middle age (50くらい, 四十ぐらい) who has been withdrawn for years is 8050, as
    _eight_zero_five_zero reads an exact age. Not a child of school age (the age is 40-69)."""
    text = found.text
    old = found.cue("elderly") + found.cue("old_parent")
    if not old and not any(a.years >= ELDERLY_AGE for a in ages):
        return
    for person in found.persons:
        if person.entry.label != "child":
            continue
        age = _ROUGH_MIDDLE_AGE_37p20.search(text, max(0, person.start - 10), person.start)
        if age is None:
            continue
        why = "8050：高齢の親と、何年もこもっている中年の子"
        ev.add("8050", "pattern", age.start(), person.end, why)
        for hit in old:
            ev.hit("8050", "pattern", hit, f"8050：{hit.entry.note}")


# ---------------------------------------------------------------- round 29 (37j20)
# 「85歳の母が、兄(56)の世話をずっとしてきました。その母が入院することになり」: the old parent of an
# 8050 home taken into hospital or struck down, after whom the care word is written.
_PARENT_LAID_UP_37j20 = re.compile(
    r"(?:入院|にゅういん|倒れ|たおれ|骨折|こっせつ|寝込|ねこんで|寝たきり|脳梗塞|癌|(?:がん|ガン)(?:で|に|が見つか|と診断))"
)

# After it: only a case put (入院したら, 倒れた時, 入院する場合).
_IF_37j20 = re.compile(r"[^。、]{0,6}?(?:たら|れば|ると|時|とき|場合|に備え|ないか|かも)")


def _old_parent_of_8050_laid_up_37j20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「85歳の母が、知的障害のある兄(56)の世話をずっとしてきました。その母が入院することになり、
    兄の行き場がありません」: a father or mother of 80 or more in an 8050 home who is taken into
    hospital or struck down (入院, 倒れ, 骨折) no longer copes alone: care, beside 8050, where the
    parent's age alone is not (``_care_of_older_people``). Not a parent in their 70s, nor one
    who only worries about the future (nothing laid them up)."""
    text = found.text
    for age in ages:
        parent = age.person_hit
        if age.years < _OLD_ENOUGH or age.person not in _PARENTS or parent is None:
            continue
        laid_up = _PARENT_LAID_UP_37j20.search(text, age.end)
        if laid_up is None or _IF_37j20.match(text, laid_up.end()):
            continue  # 「母が入院したら兄ひとりで暮らせない」: only if
        why = "8050の家の80代以上の親が入院・病気で倒れた（一人で暮らしを回せない）：介護の相談"
        ev.add("care", "field", age.start, age.end, why)
        ev.add("care", "field", laid_up.start(), laid_up.end(), why)
        return


# ---------------------------------------------------------------- round 29 (37k20): the dead
# one's place reached in plain words (「そろそろ母さんとこ行く」), staff who punish a disabled or
# older person by cutting meals or locking them in, and thanks for help with a partner's
# violence last year before a new question (no DV now).

# 「そろそろ母さんとこ行く」「もう女房のそばへ逝く」「早くじいちゃんのとこに行かせて」: plain
# 行く (not only 行きたい, 23x), の often dropped, with a word of time that says it is near.
_JOIN_PLAIN_37k20 = re.compile(
    r"(?:の\s?)?(?:いる|おる|居る)?\s?(?:ところ|とこ|所|そば|側|もと)\s?(?:に|へ|まで)?\s?"
    r"(?:(?:そろそろ|もう|早く|はやく|早う|はよう|はよ|すぐ)?\s?(?:逝く|逝き|逝っ|逝か)"
    r"|(?:そろそろ|もう|早く|はやく|早う|はよう|はよ|すぐ)?\s?"
    r"(?:行く|いく|行き|いき|行か|いか|行っ(?:ても|て(?:いい|ええ))))"
    r"(?!たい|たく|たか|ます?か|ませんか|の|回|日|前|とき|時|ため|予定|つもりは)"
)
_JOIN_GATE_37k20 = re.compile(
    r"(?:とこ|ところ|所|そば|側|もと)\s?(?:に|へ|まで)?\s?(?:そろそろ|もう|早|はよ|すぐ)?\s?(?:逝|行|い[くきか])"
)
_PUNISH_CUES_37k20 = frozenset({"meals_cut", "restraint"})
_JOIN_ADVERB_37k20 = re.compile(r"そろそろ|もう|早く|はやく|早う|はよう|はよ|すぐ|逝")
# The one whose place it is, when no person word was found (女房, 家内 in older speech).
_KIN_37k20 = re.compile(
    r"(?:女房|家内|かかあ|連れ合い|つれあい|母さん|かあさん|父さん|とうさん|じいさん|ばあさん|おふくろ|おやじ)$"
)


def _person_is_dead_37k20(found: _Found, person: Hit) -> bool:
    """The person, or another of the same kind (母さん for おふくろ), is said to have died."""
    text = found.text
    window = text[max(0, person.start - _PERSON_BEFORE_REACH_23x) : person.start]
    if _DEAD_BEFORE_23x.search(window) is not None:
        return True
    name = text[person.start : person.end]
    at = text.find(name)
    while at >= 0:
        if _DIED_AFTER_23x.match(text, at + len(name)) is not None:
            return True
        at = text.find(name, at + 1)
    kind = person.entry.label
    return any(
        _DIED_LATER_31v8.match(text, other.end) is not None
        for other in found.persons
        if other.entry.label == kind and other is not person
    )


def _joining_the_dead_plain_37k20(found: _Found, ev: _Evidence) -> None:
    """「おふくろが死んでから…「もう十分生きた、そろそろ母さんとこ行く」ばっかり」「妻に先立たれて、
    もう女房のそばへ逝くだけです」: going to the place of someone who has died, said in plain
    words (行く with そろそろ, もう, 早く; 逝く alone), is an indirect wish to die, as 23x's
    行きたい. A living mother visited (「母さんとこ行く回数」), a grave or a plan stays clear."""
    text = found.text
    for join in _JOIN_PLAIN_37k20.finditer(text):
        person = next(
            (p for p in found.persons if p.end <= join.start() and join.start() - p.end <= 1),
            None,
        )
        if person is not None:
            start, dead = person.start, _person_is_dead_37k20(found, person)
        else:
            kin = _KIN_37k20.search(text, max(0, join.start() - 5), join.start())
            if kin is None:
                continue
            start, dead = kin.start(), _kin_is_dead_37k20(text, kin.group())
        before = text[max(0, start - 6) : start]
        if not dead or _JOIN_ADVERB_37k20.search(before + join.group()) is None:
            continue
        why = "亡くなった人のところへ「そろそろ行く」（遠回しな死にたい気持ち）：自殺の危険"
        ev.add("suicide", "crisis", start, join.end(), why)
        return


def _kin_is_dead_37k20(text: str, name: str) -> bool:
    """「女房に先立たれて」「家内が亡くなって」「亡くなった家内」: that kin word is said to have
    died."""
    at = text.find(name)
    while at >= 0:
        window = text[max(0, at - _PERSON_BEFORE_REACH_23x) : at]
        after = at + len(name)
        if _DEAD_BEFORE_23x.search(window) or _DIED_LATER_31v8.match(text, after):
            return True
        if _DIED_AFTER_23x.match(text, after):
            return True
        at = text.find(name, at + 1)
    return False


# A home or a service where staff look after a disabled or older person.
_FACILITY_37k20 = re.compile(
    r"グループホーム|ホーム|施設|しせつ|作業所|入所|ショートステイ|ショート|デイ|寮|事業所|病棟"
)
# Fasting for a check-up or a diet: 「検査の前はご飯抜き」.
_FASTING_37k20 = re.compile(
    r"検査|健診|検診|手術|胃カメラ|採血|絶食|ダイエット|麻酔|内視鏡|バリウム|減量"
)
_STAFF_ROLE_37k20 = re.compile(r"(?:さん|たち|達|の人|の方|さんたち)?(?:に|から|が|は|も|って)")
_NOT_DONE_37k20 = re.compile(
    r"(?:に|は)?(?:ならない|ならん|しない|されない|なんて|なんか|など)|(?:は|も)?(?:ない|ありません)"
)


def _punished_by_staff_37k20(found: _Found, ev: _Evidence) -> None:
    """「面会に行ったら背中に傷があって、弟は「言うこと聞かないとごはん抜き」って職員さんに言われると」
    「母のいる施設で、ヘルパーさんに夕飯抜きにされたらしい」: meals cut, or a person tied or
    locked in, by the staff of a home or a service, told in the same sentence, is abuse by
    carers (障害者虐待・高齢者虐待). Fasting for a check-up, a diet, or a cut denied stays clear."""
    text = found.text
    if _FASTING_37k20.search(text) or _FACILITY_37k20.search(text) is None:
        return
    for act in found.cue("meals_cut") + found.cue("restraint"):
        if _NOT_DONE_37k20.match(text, act.end):
            continue
        s_start, s_end = _sentence_around(text, act.start, act.end)
        for staff in _STAFF.finditer(text, s_start, s_end):
            if _STAFF_ROLE_37k20.match(text, staff.end()):
                why = f"職員からの罰（障害のある人・高齢の人への虐待）：{act.entry.note}"
                ev.hit("abuse", "crisis", act, why)
                return


# 「去年は夫のDVのことで相談にのっていただきました。おかげさまで離婚も成立して、今は子どもと
# 落ち着いて暮らせています。今日は下の子の就学のことで」: help with a partner's violence last
# year, thanked.
_HELPED_BEFORE_37k20 = re.compile(
    r"(?:去年|昨年|きょねん|先月|前に|以前|その節|当時|[0-9一二三四五六七八九十数]+年前)[^。]{0,30}?"
    r"(?:相談(?:に)?(?:のって|乗って|させて|した|しました)|お世話に|おせわに|助けて(?:いただ|もら)|保護して)"
)
_DANGER_AGAIN_37k20 = re.compile(
    r"また|再び|ふたたび|怖|こわ|恐|つきまと|付きまと|待ち伏せ|見つか|探され|連絡が(?:来|き)|押しかけ"
)


def _past_partner_harm_thanked_37k20(found: _Found, ev: _Evidence) -> None:
    """Help with a partner's violence last year thanked, all well now (_NOW_WELL_32r8), and a
    new matter asked after it: no DV now; the new matter's fields stay. A word of danger again
    (また, 怖い, つきまとわれ) after the calm keeps the DV."""
    text = found.text
    helped = _HELPED_BEFORE_37k20.search(text)
    if helped is None:
        return
    now = _NOW_WELL_32r8.search(text, helped.end())
    if now is None or _DANGER_AGAIN_37k20.search(text, now.end()) is not None:
        return
    for hit in found.cue("violence") + found.cue("control") + found.get("crisis", "dv"):
        if hit.start >= now.start():
            return
    _, calm = ev.norm.original_span(now.start(), now.end())
    why = "前にDVのことで助けてもらったお礼（今は落ち着いている。今の危機ではない）"
    for key in [k for k in ev.items if k[0] == "dv" and k[2] <= calm]:
        ev.pop(key, why)


# 「80代の母と50代の私の二人暮らしですが、私は普通に会社勤めで、母もまだまだ元気です」: the
# middle-aged child works, and nothing tells of a life kept by the old parent.
_WORKS_37k20 = re.compile(
    r"会社勤め|会社員|正社員|フルタイム|共働き|勤めて(?:い)?(?:ます|る)|働いて(?:い)?(?:ます|る|おり)"
    r"|仕事(?:を|も)?(?:して(?:い)?(?:ます|る)|しとる|続けて)|出勤して"
)
_NOT_KEPT_CUES_37k20 = frozenset({"not_working", "stay_home", "dependency"})


def _working_child_is_no_8050_37k20(found: _Found, ev: _Evidence) -> None:
    """An old parent and a middle-aged child who live together, the child in work (会社勤め,
    正社員, 働いています) and no word of joblessness, staying in or living on the parent's
    pension: no 8050. A worker whose pay goes elsewhere (年金で暮らす) keeps the 8050."""
    if found.cues & _NOT_KEPT_CUES_37k20:
        return
    text = found.text
    works = _WORKS_37k20.search(text)
    if works is None or _NEG_AFTER_WORK_37k20.match(text, works.end()):
        return
    why = "中年の子は働いていて、親に頼る暮らしではない（8050ではない）"
    ev.drop_label("8050", why)


_NEG_AFTER_WORK_37k20 = re.compile(r"(?:ない|ません|なく|ず|たけど|ていた|てた|ました)")


# ---------------------------------------------------------------- round 29 (37q20)


def _round29_37q20(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Round 29 (37q20): each rule below runs only where the words it reads are there."""
    text = found.text
    violence = found.cue("violence")
    if ev.has("dv") and violence and _SCHOOL_REASON_37q20.search(text):
        _struck_by_a_parent_over_school_37q20(found, minor, ev)
    if violence and found.person_labels() & {"child"} and _OLD_WRITER_37q20.search(text):
        _old_writer_struck_by_own_child_37q20(found, ev)
    if len(found.persons) > 1 and not ev.has("abuse") and _MONEY_GATE_23g.search(text):
        _older_money_taken_object_first_37q20(found, ev)
    if ev.has("dv") and not ev.has("abuse") and ev.has("care") and _THIRD_COUPLE_37q20.search(text):
        _cared_for_spouse_harmed_37q20(found, ages, ev)
    if ev.has("abuse") and not ev.has("emergency") and _COLD_OR_HEAT_37q20.search(text):
        _child_shut_out_in_the_cold_now_37q20(found, ev)
    if ev.has("dv") and _LAUGH_37q20.search(text) and _SET_ASIDE_37q20.search(text):
        _partner_threat_laughed_off_37q20(found, ev)
    if ev.has("dv") and found.cue("control") and "child" in found.person_labels():
        _partner_shouts_at_a_grown_child_37q20(found, ages, ev)
    if ev.has("hikikomori") and not ev.has("8050") and _OLD_AGE_37q20.search(text):
        _old_neighbours_son_shut_in_37q20(found, ev)
    if ev.has("health") and ev.has("care") and _VISIT_37q20.search(text):
        _clinic_visits_of_the_cared_for_37q20(found, ev)
    if ev.has("child") and ev.has("care") and _CARE_WORKER_37q20.search(text) and "孫" in text:
        _client_grandchild_no_child_37q20(found, ev)
    if not ev.has("care") and not minor and _OWN_DECLINE_37q20.search(text):
        _old_writers_own_decline_37q20(found, ages, ev)
    told = _STORY_37q20.search(text) and not _OWN_TOO.search(text) and not _ASKS_HELP.search(text)
    if ev.has("dv") and told:
        _partner_only_in_a_story_37q20(found, ev)


def _persons_only_left_37q20(found: _Found, ev: _Evidence, label: str, why: str) -> None:
    """When only person words (夫, 父) are left as a label's evidence, the act that raised it
    was taken back: withdraw the person words too."""
    spans = {ev.norm.original_span(p.start, p.end) for p in found.persons}
    keys = [k for k in ev.items if k[0] == label]
    if keys and all((k[1], k[2]) in spans for k in keys):
        for key in keys:
            ev.pop(key, why)


# 「テストの点悪いと殴ってくる」「成績のことで叩かれる」: struck over school marks.
_SCHOOL_REASON_37q20 = re.compile(
    r"テスト|成績|点数|点が悪|点悪|てんすう|通知表|通信簿|宿題|しゅくだい|部活|塾|受験|偏差値|勉強|べんきょう"
)
# The blow comes to the writer: 殴ってくる, 殴られる.
_AT_WRITER_37q20 = re.compile(r"(?:っ|い|ん)?(?:て|で)(?:くる|きて|きた|きます|くん)|(?:さ|ら)?れ")
_WRITER_OBJECT_37q20 = re.compile(r"(?:私|わたし|あたし|自分)(?:を|に|も)")
_CHILD_WORD_37q20 = re.compile(
    r"息子|娘|子ども|子供|こども|うちの子|長男|長女|次男|次女|子(?:を|に|の)"
)


def _struck_by_a_parent_over_school_37q20(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「親父まじ無理　テストの点悪いと殴ってくる　母さんは見て見ぬふり」「父さんに成績のことで
    殴られる」: a parent who strikes over school marks strikes a child, the writer (殴ってくる,
    殴られる: the writer is the pupil) or a son or daughter named before (「夫が息子のテストの点が
    悪いと殴る」): abuse, not DV, though both parents are named. Not a partner who strikes the
    writer (私を殴る) in the same sentence, nor a blow with no school reason in its sentence."""
    text = found.text
    own_partner = bool(_own_partners(found))
    moved: list[Hit] = []
    for hit in found.cue("violence"):
        begin, end = _sentence_around(text, hit.start, hit.end)
        if not _SCHOOL_REASON_37q20.search(text, begin, hit.start):
            continue
        if _WRITER_OBJECT_37q20.search(text, begin, hit.start):
            continue
        at_writer = _AT_WRITER_37q20.match(text, hit.end) is not None
        child_named = _CHILD_WORD_37q20.search(text, begin, hit.start) is not None
        if own_partner and not child_named:
            continue
        if not own_partner and not (at_writer or child_named or minor):
            continue
        moved.append(hit)
    if not moved:
        return
    why = "成績や宿題のことで親が子どもをたたく（子どもへの虐待。DVではない）"
    for hit in moved:
        ev.drop("dv", hit.start, hit.end, why)
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
        ev.hit("child", "field", hit, why)
    _persons_only_left_37q20(found, ev, "dv", why)


# The writer is old: 年金, 年寄り, 老後, 杖 (「むすこに たたかれます ねんきんの つうちょうも」).
_OLD_WRITER_37q20 = re.compile(
    r"年金|ねんきん|年寄り|としより|年寄|老後|ろうご|老人|ろうじん|杖|つえをつ|足腰|あしこし|介護|かいご"
    r"|デイサービス|でいさーびす|[6-9][0-9](?:歳|さい|才)(?:の|です|に|、|。|\s)"
)
_OWN_CHILD_ACTOR_37q20 = re.compile(
    r"(?:息子|娘|むすこ|むすめ|せがれ|倅|長男|長女|次男|次女)(?:さん)?(?:に|から)(?:は|も|まで)?\s?[^。、\s]{0,6}$"
)
_SCHOOL_AGE_37q20 = re.compile(
    r"(?:小|中|高)[1-6]|小学|中学|高校|学校|がっこう|反抗期|思春期|(?<![0-9])(?:[0-9]|1[0-7])歳"
)


def _old_writer_struck_by_own_child_37q20(found: _Found, ev: _Evidence) -> None:
    """「むすこに　たたかれます　ねんきんの　つうちょうも　むすこが　もっていて」「娘に蹴られる。
    年金も全部取られる」: an old writer (a pension, 年寄り, an age of 60 and over) struck by
    their own son or daughter (passive: 息子に叩かれる) is elder abuse and care, not a child's
    matter. Not a school-age child who hits the parent (中2の娘に叩かれる: no abuse)."""
    text = found.text
    if _SCHOOL_AGE_37q20.search(text):
        return
    struck: list[Hit] = []
    for hit in found.cue("violence"):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _PASSIVE_26u.match(text, hit.end) is None:
            continue
        if _OWN_CHILD_ACTOR_37q20.search(text[max(begin, hit.start - 14) : hit.start]) is None:
            continue
        struck.append(hit)
    if not struck:
        return
    why = "年をとった書き手が自分の子に暴力をふるわれている（高齢者虐待）"
    for hit in struck:
        ev.add("abuse", "crisis", hit.start, hit.end, f"{why}：{hit.entry.note}")
        ev.add("care", "field", hit.start, hit.end, why)
        ev.drop("child", hit.start, hit.end, f"{why}（子どものことではない）")
    for person in found.persons:
        if person.entry.label == "child":
            ev.drop("child", person.start, person.end, f"{why}（子どものことではない）")


def _older_money_taken_object_first_37q20(found: _Found, ev: _Evidence) -> None:
    """「父の通帳を弟が勝手に持ち出して」「母の年金を兄が使い込んでいる」: the older parent's money
    named first and the brother, sister, son or daughter who takes it after: economic elder
    abuse, as in the subject-first order (_older_kin_robbed). Not money handled for the parent
    (「母の年金を姉が管理してくれて」)."""
    text = found.text
    spans: list[tuple[int, int]] = []
    for person in found.persons:
        if person.entry.label not in _OLDER_KIN:
            continue
        match = _SPENT.match(text, person.end)
        if match is None or _HANDLED_FOR.match(text, match.end()):
            continue
        if any(
            p.entry.label in _TAKERS
            and person.end < p.start < match.end()
            and _SUBJECT.match(text, p.end) is not None
            for p in found.persons
        ):
            spans.append((person.start, match.end()))
    why = "家族が高齢の親のお金を持ち出して使う（経済的虐待）"
    for start, end in spans:
        ev.add("abuse", "crisis", start, end, why)
        ev.add("care", "field", start, end, why)
    if spans:
        why_not = f"{why}（本人のお金の困りごとではない）"
        ev.drop_inside("hardship", spans, why_not, overlapping=True)


# A couple the writer tells of (民生委員, a neighbour): ご夫婦, 奥様, ご主人.
_THIRD_COUPLE_37q20 = re.compile(
    r"ご夫婦|ごふうふ|奥様|奥さん|ご主人|旦那さん|おじいさん|おばあさん|老夫婦"
)
_CARED_SPOUSE_37q20 = re.compile(
    r"(?P<who>奥様|奥さん|ご主人|旦那さん|おじいさん|おばあさん|妻|夫)(?:が|は|も)[、,]?"
    r"(?:認知症|要介護|寝たきり|ねたきり)"
    r"|(?:認知症|要介護[0-9]?|寝たきり)の(?P<who2>奥様|奥さん|ご主人|旦那さん|おじいさん|おばあさん|妻|夫)"
)


def _cared_for_spouse_harmed_37q20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「80代のご夫婦で、奥様が認知症、ご主人がお一人で介護…奥様の頬に青あざがありました」: an
    old spouse who needs care, harmed by the spouse who cares for them, is elder abuse as well
    as DV. Not the writer's own partner who strikes the writer (no couple told of), nor a
    bruise on the one who cares."""
    text = found.text
    old = bool(found.cue("elderly")) or any(a.years >= ELDERLY_AGE for a in ages)
    if not old and not re.search(r"[7-9]0代", text):
        return
    cared = _CARED_SPOUSE_37q20.search(text)
    if cared is None:
        return
    who = cared.group("who") or cared.group("who2")
    persons = {ev.norm.original_span(p.start, p.end) for p in found.persons}
    harms = [item for key, item in ev.items.items() if key[0] == "dv" and key[1:] not in persons]
    why = "介護の要る高齢の配偶者への暴力（高齢者虐待）"
    for item in harms:
        begin = max(ev.text.rfind("。", 0, item.start), -1) + 1
        if who in ev.text[begin : item.end]:
            ev.add_original("abuse", "crisis", item, why)


# Cold or heat the child is left in: 雪, 氷点下, 炎天下, a car in summer.
_COLD_OR_HEAT_37q20 = re.compile(
    r"雪|ゆき|吹雪|氷点下|真冬|寒空|凍え|こごえ|寒い中|さむい中|炎天下|猛暑|熱中症|真夏の車|車の中|車内"
)
_SHUT_OUT_37q20 = re.compile(
    r"出され|だされ|締め出|閉め出|しめだ|追い出|おいだ|放置|置き去り|おきざり|置いて|残され|外に"
)
_NOW_37q20 = re.compile(
    r"今|いま|ずっと|まだ|もう[0-9０-９一二三四五六七八九十]+(?:分|時間)|[0-9]+(?:分|時間)(?:以上|も|くらい|ぐらい)"
)
_NOT_NOW_37q20 = re.compile(
    r"昨日|きのう|昨夜|この前|前に|以前|昔|むかし|ことがあ|ことがありました|去年"
)


def _child_shut_out_in_the_cold_now_37q20(found: _Found, ev: _Evidence) -> None:
    """「隣のベランダに今小さい子が出されてて泣いてる。半袖で、外雪なのに。もう30分くらい」: a
    child shut out in snow or left in heat now is in danger now: an emergency beside the
    neglect. Not a past time (昨日, 前に…ことがあった), nor snow with no child shut out."""
    text = found.text
    if _NOT_NOW_37q20.search(text) or not _NOW_37q20.search(text):
        return
    if "child" not in found.person_labels() and not ev.has("child"):
        return
    shut = _SHUT_OUT_37q20.search(text)
    if shut is None:
        return
    why = "子どもが雪や暑さの中に今も出されている：緊急（今の危険）"
    for key, item in list(ev.items.items()):
        if key[0] == "abuse":
            ev.add_original("emergency", "crisis", item, why)


# 「旦那に「いつか殺す」って毎日言われてますｗ　プリン勝手に食べるから笑　それはさておき」
_LAUGH_37q20 = re.compile(r"w|笑|草|😂|🤣")
_SET_ASIDE_37q20 = re.compile(
    r"それはさておき|それはそうと|それはおいといて|それは置いといて|本題|ところで"
)
_FEAR_37q20 = re.compile(
    r"怖|こわ|本気|震え|ふるえ|逃げ|にげ|助けて|たすけて|殴|叩|たた|蹴|けら|ケガ|怪我|あざ"
)


def _partner_threat_laughed_off_37q20(found: _Found, ev: _Evidence) -> None:
    """「旦那に「いつか殺す」って毎日言われてますｗ　私がプリン勝手に食べるから笑　それはさておき、
    保育園の転園の相談です」: a partner's quoted threat the writer laughs at (ｗ, 笑 after the
    quote) and sets aside for another matter is banter, not DV or a danger now. Kept where fear,
    flight or a blow is named anywhere (怖い, 逃げたい, 殴られる), or no laugh follows the quote."""
    text = found.text
    if _FEAR_37q20.search(text):
        return
    control = [h for h in found.cue("control") if "「" in text[max(0, h.start - 12) : h.start]]
    if not control or any(
        not _LAUGH_37q20.search(text, h.end, min(len(text), h.end + 24)) for h in control
    ):
        return
    if len(control) != len(found.cue("control")) or found.cue("violence"):
        return
    why = "パートナーの「殺す」を笑い話として書き、本題は別の相談（DV・今の危険ではない）"
    ev.drop_label("dv", why)
    for hit in control:
        ev.drop("emergency", hit.start, hit.end, why)


_GROWN_CHILD_TARGET_37q20 = re.compile(
    r"(?:息子|娘|長男|長女|次男|次女|せがれ)(?:さん)?(?:\([0-9]{2}(?:歳|才)?\)|（[0-9]{2}(?:歳|才)?）)?(?:に|を)"
)


def _partner_shouts_at_a_grown_child_37q20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「夫が、3年部屋にこもっている息子(24)に毎晩ドア越しに怒鳴ります」: a partner who shouts
    at a grown son or daughter (an adult age, or one who stays shut in) is a family quarrel,
    not DV on the writer. Not a blow (violence stays), nor shouting at the writer (私に)."""
    if found.cue("violence"):
        return
    grown = any(a.person == "child" and a.years >= ADULT_AGE for a in ages) or bool(
        found.cue("stay_home")
    )
    if not grown:
        return
    text = found.text
    moved: list[Hit] = []
    for hit in found.cue("control"):
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _WRITER_OBJECT_37q20.search(text, begin, hit.start):
            return
        if _GROWN_CHILD_TARGET_37q20.search(text, begin, hit.start) is None:
            return
        moved.append(hit)
    why = "パートナーが大人の子どもに怒鳴っている（書き手へのDVではない）"
    for hit in moved:
        ev.drop("dv", hit.start, hit.end, why)
    _persons_only_left_37q20(found, ev, "dv", why)


# A story the partner is in: a drama, a film, the news (not a course: 研修に行けない).
_STORY_37q20 = re.compile(
    r"ドラマ|朝ドラ|昼ドラ|映画|アニメ|漫画|マンガ|まんが|小説|番組|再現VTR|ドキュメンタリー|ニュース"
)


_OWN_ACTS_37q20 = ("violence", "control", "restraint", "expelled", "withheld_money")
_OWN_PARTNER_37q20 = re.compile(
    r"(?:うちの|ウチの|私の|わたしの|あたしの|俺の|僕の|自分の|我が家の)"
    r"(?:主人|夫|旦那|だんな|彼|彼氏|妻|嫁|奥さん|パートナー)|私のこと|わたしのこと|自分のこと"
)


def _partner_only_in_a_story_37q20(found: _Found, ev: _Evidence) -> None:
    """「昨日のドラマ、DV夫から子どもを連れて逃げる話でしたね…シェルターってこの町にもあるの？
    って盛り上がった」: every partner named is in a sentence about a drama, a film or the news,
    and the writer says nothing of their own: the shelter asked of is curiosity, not DV. Kept
    where the writer's own partner is named outside the story (うちの夫も)."""
    text = found.text
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if not partners:
        return
    # A blow, a threat or a DV word of the writer's own (ドラマを見てたら夫に殴られた) keeps it.
    acts = found.get("crisis", "dv") + [h for cue in _OWN_ACTS_37q20 for h in found.cue(cue)]
    spans = {ev.norm.original_span(h.start, h.end) for h in acts}
    if any(key[0] == "dv" and key[1:] in spans for key in ev.items):
        return
    if _OWN_PARTNER_37q20.search(text):  # 「うちの主人そのもの」: the story is the writer's too
        return
    for person in partners:
        begin, end = _sentence_around(text, person.start, person.end)
        if not _STORY_37q20.search(text, begin, end):
            return
    ev.drop_label("dv", "ドラマやニュースの中のパートナー（書き手のDVの相談ではない）")


# 「私が体調を崩してから」「私が入院してから」: the writer is the one who fell ill (the child who
# then keeps the house is a young carer; _writer_is_the_carer_35j12 reads the writer as carer).
_WRITER_ILL_37q20 = re.compile(
    r"[^。、]{0,6}?(?:体調(?:を)?崩|たいちょう(?:を)?くず|入院|にゅういん|倒れ|たおれ|寝込|ねこ[んみ]"
    r"|病気(?:に|で)|びょうき(?:に|で)|手術|しゅじゅつ|うつ(?:に|で)|骨折|こっせつ|働けなく|動けなく)"
)


# An age of an older person given in the message: 80代, (82), 85歳.
_OLD_AGE_37q20 = re.compile(r"[7-9]0代|[(（][7-9][0-9](?:歳|才)?[)）]|[7-9][0-9](?:歳|才)")
# Someone else's son or daughter (息子さん, 娘さん): the older person's child.
_THEIR_CHILD_37q20 = re.compile(r"息子さん|娘さん|ご長男|ご長女|お子さん")


def _old_neighbours_son_shut_in_37q20(found: _Found, ev: _Evidence) -> None:
    """「近所の奥さん(80代)のことです。息子さんがもう10年くらい家にいて、姿を見たことがありません」:
    an older neighbour (an age of 70 and over) whose son or daughter (息子さん) has stayed shut
    in for years is 8050 beside the shut-in. Not the writer's own school-age child beside an
    old grandparent (no 息子さん), nor a minor age given."""
    text = found.text
    child = _THEIR_CHILD_37q20.search(text)
    if child is None or _SCHOOL_AGE_37q20.search(text):
        return
    age = _OLD_AGE_37q20.search(text)
    if age is None:
        return
    why = "8050：高齢の人の子ども（息子さん・娘さん）が長くこもっている"
    ev.add("8050", "pattern", age.start(), age.end(), why)
    ev.add("8050", "pattern", child.start(), child.end(), why)


# A visit to a doctor (通院, 受診) that belongs to the parent who needs care.
_VISIT_37q20 = re.compile(r"通院|受診|診察|つういん|じゅしん")
_KIN_VISIT_37q20 = re.compile(
    r"(?:母|父|祖母|祖父|ばあちゃん|じいちゃん|義母|義父|親|本人|ご本人)(?:さん)?(?:の|は|が|を|も)"
    r"[^。、]{0,4}$"
)


def _clinic_visits_of_the_cared_for_37q20(found: _Found, ev: _Evidence) -> None:
    """「認知症の母の通院と銀行の手続き」「認知症でしょうか。本人は受診を嫌がります」: the visits of
    a parent who needs care are care (taking them, getting them seen), not the writer's own
    health. Not the writer's own visits (私が心療内科に通院), nor other health words."""
    text = found.text
    care_spans = {k[1:] for k in ev.items if k[0] == "care"}
    why = "介護の要る親の通院・受診（書き手自身の健康の相談ではない）"
    for hit in found.get("field", "health"):
        if not _VISIT_37q20.fullmatch(text[hit.start : hit.end]):
            continue
        span = ev.norm.original_span(hit.start, hit.end)
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if span in care_spans or _KIN_VISIT_37q20.search(text[begin : hit.start]):
            ev.drop("health", hit.start, hit.end, why)


# A care worker or volunteer who writes of a client: 「訪問ヘルパーをしています」「民生委員です」.
_CARE_WORKER_37q20 = re.compile(
    r"(?:ヘルパー|介護職|介護士|ケアマネ(?:ジャー|ージャー)?|訪問看護師?|看護師|民生委員|相談員)"
    r"(?:を|として|です|をして|の仕事)"
)
_GRANDCHILD_WORD_37q20 = re.compile(r"(?:お)?孫(?:さん|息子|娘|せがれ)?")


def _client_grandchild_no_child_37q20(found: _Found, ev: _Evidence) -> None:
    """「訪問ヘルパーをしています。担当の90代の女性の腕に…同居のお孫さんは「転んだ」と言います」:
    the grandchild of a care worker's old client is no child matter of the writer's, and so no
    double care. Kept where a child's age or school is given (孫(小3)), or another child word."""
    text = ev.text
    keys = [k for k in ev.items if k[0] == "child"]
    if not keys or not all(_GRANDCHILD_WORD_37q20.fullmatch(text[k[1] : k[2]]) for k in keys):
        return
    if _SCHOOL_AGE_37q20.search(found.text):
        return
    why = "介護職や民生委員が書く利用者のお孫さん（子どもの相談ではない）"
    for key in keys:
        ev.pop(key, why)
    ev.drop_label("double_care", why)


# The writer can no longer go shopping or bathe alone: 「一人で買い物に行けなくなって」.
_OWN_DECLINE_37q20 = re.compile(
    r"(?:一人|ひとり|1人)で(?:は)?(?:買い物|かいもの|お風呂|風呂|おふろ|トイレ|着替え|通院|外出|出かけ|病院)"
    r"[^。]{0,6}?(?:行けなく|いけなく|入れなく|はいれなく|できなく|出来なく|行けない|いけない|入れない"
    r"|できない|出来ない|無理に)"
)
# A grown son or daughter named with a middle age: 「息子も40過ぎて」「娘ももう50です」.
_GROWN_CHILD_AGE_37q20 = re.compile(
    r"(?:息子|娘|長男|長女|次男|次女|せがれ)(?:さん)?(?:も|は|が)?(?:もう)?\s?"
    r"(?:[4-6][0-9]|[四五六]十)(?:過ぎ|すぎ|代|歳|才|です|に|で|、)"
)


def _old_writers_own_decline_37q20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「うちの息子も40過ぎて…相談は私のことで、膝の手術のあと一人で買い物に行けなくなってしまって」:
    a writer whose son or daughter is middle-aged is old; the writer who can no longer shop or
    bathe alone needs care. Not a parent or partner named as the one who cannot (母が一人で
    買い物に行けなくなった is read elsewhere), nor a writer with no grown child named."""
    text = found.text
    grown = any(a.person == "child" and a.years in MIDDLE_AGES for a in ages)
    if not grown and _GROWN_CHILD_AGE_37q20.search(text) is None:
        return
    decline = _OWN_DECLINE_37q20.search(text)
    if decline is None:
        return
    begin, _ = _sentence_around(text, decline.start(), decline.end())
    if any(
        p.entry.label in _CARED_FOR | {"grandparent"} and begin <= p.start < decline.start()
        for p in found.persons
    ):
        return
    why = "子どもが中年の、年をとった書き手が一人で日々のことをできなくなった（介護の相談）"
    ev.add("care", "field", decline.start(), decline.end(), why)


# ---------------------------------------------------------------- round 30 (38s20)

# 「借金がかえせず督促の電話が毎日…保険金でなんとかなるかとか、そんなことばっかり考えてしまう」:
# a debt, and the thought that a payout on one's own death would settle it.
_DEBT_38s20 = re.compile(
    r"借金|しゃっきん|ローン|督促|とくそく|返済|返せ|かえせ|払えな|はらえな|滞納|取り立て|取立て|サラ金|消費者金融"
)
_PAYOUT_SETTLES_38s20 = re.compile(
    r"(?:生命保険|死亡保険|保険金|ほけんきん)(?:で|が|があれば|が(?:おり|下り|降り|出)(?:れば|たら)|でも|なら)"
    r"[^。]{0,10}?(?:なんとか|何とか|返せ|かえせ|払え|はらえ|返済|完済|チャラ|片付|かたづ|助か|たすか"
    r"|残せ|のこせ|楽に|らくに)"
)
# Not a payout for damage, an illness or a death already come (火災保険, 入院, 亡くなって).
_OTHER_PAYOUT_38s20 = re.compile(
    r"火災|地震|水害|事故|車|入院|手術|医療|がん保険|学資|けが|怪我|ケガ|満期|解約|亡くな|他界|死んだ(?!ら)"
)


def _payout_for_a_debt_38s20(found: _Found, ev: _Evidence) -> None:
    """「借金が返せない…保険金でなんとかなるかとか考えてしまう」「ローンが払えない。生命保険がおりれば
    家族は助かる」: with a debt, the thought that one's own life insurance would settle it is an
    indirect sign of suicide. Not an insurance payout for a fire, an accident or a stay in
    hospital, nor one after a death that has come (父が亡くなって保険金で借金を返した)."""
    text = found.text
    payout = _PAYOUT_SETTLES_38s20.search(text)
    if payout is None or not _DEBT_38s20.search(text) or _OTHER_PAYOUT_38s20.search(text):
        return
    why = "借金があり、自分の死で出る保険金でなんとかしようと考えている：自殺の危険"
    ev.add("suicide", "crisis", payout.start(), payout.end(), why)


# 「看護師してます　患者さんからDVの相談をされることがあって　行政の窓口の一覧ってありますか」:
# someone whose work it is asks where to send the people they serve.
_PROFESSION_38s20 = re.compile(
    r"(?:看護師|保健師|助産師|薬剤師|医師|ヘルパー|ケアマネ|保育士|教員|教師|民生委員|児童委員|相談員|支援員"
    r"|ソーシャルワーカー|MSW|ワーカー|職員|弁護士|司法書士|美容師)(?:を|の仕事を)?"
    r"(?:して|やって|しとり|です|でして|として|の立場)"
)
_CLIENTS_38s20 = re.compile(
    r"(?:患者|利用者|相談者|お客|客|生徒|保護者|住民|入居者|入所者|担当の方|相談に来る人)(?:さん|様|さま)?(?:たち|達)?"
    r"(?:から|に|の中に|で)"
)
_RESOURCES_38s20 = re.compile(
    r"窓口|まどぐち|一覧|リスト|連絡先|パンフ|チラシ|リーフレット|資料|相談先|つなぎ先|紹介先|案内"
)
_TERM_38s20 = re.compile(r"DV|dv|虐待|ぎゃくたい|モラハラ|ネグレクト")


def _term_asked_for_clients_38s20(found: _Found, ev: _Evidence) -> None:
    """「看護師してます。患者さんからDVの相談をされることがあって、窓口の一覧ってありますか」:
    the word DV or 虐待 told as what the people the writer serves bring to them, with a
    request for where to send them, is a professional's question, no crisis of the writer's
    (cf. _term_for_teaching_23c). Harm told (殴られ, 脅され) or a plea for help keeps it."""
    text = found.text
    if found.cues & _HARM_CUES_23c or _ASKS_HELP.search(text):
        return
    if not _PROFESSION_38s20.search(text) or not _RESOURCES_38s20.search(text):
        return
    why = "仕事で出会う人のためにDVや虐待の窓口を聞いている（本人の相談ではない）"
    for key in (("crisis", "dv"), ("crisis", "abuse")):
        for hit in list(found.by.get(key, [])):
            if not _TERM_38s20.search(text, hit.start, hit.end):
                continue
            begin, _ = _sentence_around(text, hit.start, hit.end)
            if _CLIENTS_38s20.search(text, begin, hit.start):
                _withdraw(found, ev, hit, why)


# 「薬ためてある…でも子どもの顔みるとまだむり」「子どもがいるから死ねない」: the children named only
# as what holds the writer back from dying.
_HELD_BACK_38s20 = re.compile(
    r"(?:子ども|子供|こども|子|娘|息子|せがれ)(?:たち|達|ら)?(?:の)(?:顔|かお|寝顔|ねがお|笑顔|えがお)(?:を|が)?"
    r"(?:見ると|みると|見たら|みたら|思い浮かべ|おもいうかべ|浮かぶ|うかぶ|思うと|おもうと|思い出すと|見て)"
    r"|(?:子ども|子供|こども|子|娘|息子|せがれ)(?:たち|達|ら)?(?:が|も)(?:いる|おる)(?:から|し|ので)[、,]?"
    r"(?:まだ)?(?:死ね|しね|死なれ|むり|無理|できな|でけへ|踏みとどま|ふみとどま)"
)


def _children_hold_back_from_dying_38s20(found: _Found, ev: _Evidence) -> None:
    """「でも子どもの顔みるとまだむり」「子どもがいるから死ねない」: children named only as why the
    writer has not yet died are no child matter by that alone (as _children_only_the_reason_36r13);
    the suicide stays, and a child told of otherwise (年齢, 保育園) still counts."""
    spans = [m.span() for m in _HELD_BACK_38s20.finditer(found.text)]
    why = "死なずにいる理由として名前が出た子ども（子どもの相談ではない）"
    if spans:
        ev.drop_inside("child", spans, why)


# ---------------------------------------------------------------- round 30 (38r20)
def _round30_38r20(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Round 30 (38r20): each rule below runs only where the words it reads are there."""
    text = found.text
    if "bruise" in found.cues and not ev.has("abuse") and not ev.has("dv"):
        _old_person_bruised_38r20(found, ages, ev)
    if "bruise" in found.cues and ev.has("abuse") and _MARRIED_KIN_38r20.search(text):
        _married_kin_bruised_38r20(found, ages, ev)
    if not ev.has("suicide") and found.blocked and _POSTED_38r20.search(text):
        _farewell_posted_under_a_title_38r20(found, ev)
    if ev.has("suicide") and _HABIT_OF_SAYING_23c.search(text):
        _old_saying_of_death_38r20(found, ev)
    if ev.has("dv") and _LAUGHED_38r20.search(text) and _AT_PEACE_38r20.search(text):
        _partner_anger_laughed_off_38r20(found, ev)
    if ev.items and _CIVIC_38r20.search(text) and _SEEN_IN_38r20.search(text):
        _social_issue_as_an_interest_38r20(found, ev)
    if ev.has("child") and _STUDY_38r20.search(text) and not _OWN_MATTER_38r20.search(text):
        _pupil_studies_a_topic_38r20(found, ev)
    if found.blocked and _THATS_ME_38r20.search(text):
        _term_owned_as_mine_38r20(found, ev)
    if ev.has("child") and not minor and _OLD_WRITER_38r20.match(text):
        _old_writers_grown_children_38r20(found, ages, ev)
    if not ev.has("health") and ev.dropped and _POSTPARTUM_38r20.search(text):
        _postpartum_sleep_loss_38r20(ev)
    if ev.has("hikikomori") and not ev.has("8050") and _AFTER_PARENTS_38r20.search(text):
        _shut_in_child_of_old_parents_38r20(found, ev)
    crisis_now = any(ev.has(label) for label in CRISES)
    if ev.items and not crisis_now and _THANKS_34c12.search(text) and _PAID_38r20.search(text):
        _arrears_paid_and_thanked_38r20(found, ev)


def _old_person_bruised_38r20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「80代の女性…腕に大きな内出血がありました」: a bruise on someone given an old age (70 and
    over, 80代) is elder abuse to look into, and a care matter, when no partner or child is
    what _bruise read. Not a bruise from a fall (blocked in the lexicon)."""
    if not any(a.years >= ELDERLY_AGE for a in ages) and not found.cue("elderly"):
        return
    why = "高齢の人の体にあざ（高齢者虐待の疑い）"
    for hit in found.cue("bruise"):
        _raise_label(found, ev, "abuse", hit, why)
        ev.hit("care", "field", hit, "高齢の人の体にあざ：介護の相談（地域包括）")


# A son or daughter who is married, or whose partner is named as theirs.
_MARRIED_KIN_38r20 = re.compile(
    r"(?:娘|息子|姉|妹|せがれ)(?:さん)?(?:の(?:こと|話))?(?:が|は|、|。|で|です)?[^\n]{0,30}?"
    r"(?:結婚し(?:て|た)|嫁いで|嫁いだ|とついで|嫁に(?:行|い)|お嫁に|所帯を持|新婚)"
    r"|(?:娘|姉|妹)(?:さん)?の(?:旦那|だんな|夫|ご主人|主人|婿|彼氏|彼(?![女ら等氏]))"
)
_KIN_PARTNER_WORD_38r20 = re.compile(
    r"旦那さん|だんなさん|旦那|ご主人|婿|むこ|彼氏|夫(?!婦)|相手の(?:男|人|方)|パートナー"
)
_YOUNG_38r20 = re.compile(
    r"小学|中学|高校|保育園|幼稚園|学校|歳の|才の|[0-9]+(?:歳|才)|孫|まご|赤ちゃん|子ども|子供|こども"
)


def _married_kin_bruised_38r20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「娘のことで相談です。結婚して隣町に住んでいますが、先週顔にあざを作って帰ってきました…
    旦那さんの前だと明らかに怯えています」: a bruise on a married daughter, with her husband
    named, is DV on a grown woman, not child abuse. Not a child of school age (歳, 学校), nor a
    bruise without her partner named."""
    text = found.text
    if _YOUNG_38r20.search(text) or any(a.person == "child" and a.years < 18 for a in ages):
        return
    married = _MARRIED_KIN_38r20.search(text)
    if married is None or not _KIN_PARTNER_WORD_38r20.search(text, married.start()):
        return
    why = "結婚した娘や息子の体にあざ、相手の人が出てくる（大人へのDV）"
    bruises = found.cue("bruise")
    spans = [(h.start, h.end) for h in bruises]
    ev.drop_inside("abuse", spans, why)
    ev.drop_inside("child", spans, why)
    if ev.has("abuse"):
        return
    for hit in bruises:
        _raise_label(found, ev, "dv", hit, why)
    for person in found.persons:
        if person.entry.label == "child":
            ev.drop("child", person.start, person.end, why)


# A post on social media (インスタのサブ垢に…あげてて): not a song or a book.
_POSTED_38r20 = re.compile(
    r"インスタ|Instagram|ストーリー|サブ垢|裏垢|鍵垢|ツイッター|Twitter|X\(|ポスト|投稿|"
    r"ブログ|SNS|TikTok|ティックトック|LINEのタイムライン|ステメ|ひとこと"
)
_WORK_OF_ART_38r20 = re.compile(r"歌|曲|バンド|小説|映画|ドラマ|アニメ|漫画|マンガ|本の|作品")


def _farewell_posted_under_a_title_38r20(found: _Found, ev: _Evidence) -> None:
    """「同じクラスの子がインスタのサブ垢に「遺書」ってタイトルで長文あげてて、LINEしても既読つかない」:
    a post titled 「遺書」 by a friend on social media is their own farewell, not a song's title:
    the suicide words the title block took back count again. Not a song, a book or a film."""
    if _WORK_OF_ART_38r20.search(found.text):
        return
    why = "友だちなどがSNSに「遺書」と題して投稿した（自殺の危険）"
    for hit, block in found.blocked:
        titled = "タイトル" in block.entry.form or "題名" in block.entry.form
        if titled and hit.entry.group == "crisis" and hit.entry.label == "suicide":
            _raise_label(found, ev, "suicide", hit, why)


# An old person's saying of death (もうすぐ死ぬ), not a wish to die (死にたい).
_SAYING_38r20 = re.compile(
    r"[「『][^」』]{0,20}?(?:死ぬ|しぬ|死んで|逝く|いく|お迎え|おむかえ)[^」』]{0,8}[」』]"
    r"(?:と|って)?(?:言う|いう|ゆう|言っ|いっ)?(?:の|こと)?(?:が|は|も)?(?:昔からの|昔から|もう|ずっと)?"
    r"(?:口癖|口ぐせ|くちぐせ)"
)
_MOOD_CHANGED_38r20 = re.compile(
    r"食欲|食べな|眠れ|寝てばか|寝てばっか|元気が(?:な|出)|落ち込|おちこ|ふさぎ|塞ぎ|泣い|本気"
    r"|死にたい|しにたい|閉じこも|出かけな|薬"
)


def _old_saying_of_death_38r20(found: _Found, ev: _Evidence) -> None:
    """「父が「わしゃもうすぐ死ぬけえ」と言うのが口癖なんですが、本人は元気いっぱいでゲートボールに
    行っとります笑 ただ最近もの忘れが増えてきて」: an old parent's habitual 「もうすぐ死ぬ」, of
    someone shown well and busy, is a way of talking even where something else has changed
    (もの忘れ is care). Kept with a low mood (食欲がない, 落ち込む) or a wish (死にたい)."""
    text = found.text
    if not _WELL_AND_ACTIVE_23c.search(text) or _MOOD_CHANGED_38r20.search(text):
        return
    spans = [m.span() for m in _SAYING_38r20.finditer(text)]
    if not spans:
        return
    why = "元気な高齢の人の口ぐせの「もうすぐ死ぬ」（今の自殺の危険ではない）"
    for hit in list(found.get("crisis", "suicide")):
        if any(a <= hit.start and hit.end <= b for a, b in spans):
            _withdraw(found, ev, hit, why)


# Fear, flight or a blow (as _FEAR_37q20, but not たたみ, folding the laundry).
_FEAR_38r20 = re.compile(
    r"怖|こわ|本気|震え|ふるえ|逃げ|にげ|助けて|たすけて|殴|叩|たた(?!み|む|ん)|蹴|けら|ケガ|怪我|あざ"
)
_LAUGHED_38r20 = re.compile(r"(?:笑|w+|草|😂|🤣)(?![えわ])")
_AT_PEACE_38r20 = re.compile(
    r"(?:うち|我が家|わが家|夫婦|家)(?:は|も)?(?:いたって|いたって)?(?:平和|へいわ|円満|仲良し|なかよし)"
    r"|仲(?:は|が)?(?:いい|良い|よい|ええ)|それより|それはさておき|本題|ところで"
)


def _partner_anger_laughed_off_38r20(found: _Found, ev: _Evidence) -> None:
    """「夫にキレられました、夕飯がまたカレーだって笑 うちは平和です。それより義母の物忘れが…」: a
    partner's temper over a trifle, laughed at (笑, w after it) in a home said to be at peace or
    set aside for another matter, is no DV. Kept with a blow, fear or flight anywhere (殴る,
    怖い, 逃げたい), or with no laugh after the partner's words."""
    text = found.text
    if _FEAR_38r20.search(text) or found.cue("violence") or found.cue("withheld_money"):
        return
    control = found.cue("control")
    if not control or any(
        not _LAUGHED_38r20.search(text, h.end, min(len(text), h.end + 30)) for h in control
    ):
        return
    why = "パートナーに怒られたことを笑い話として書き、家は平和・本題は別（DVではない）"
    ev.drop_label("dv", why)


# Someone who wants to help (ボランティア, 寄付) after a film or the news.
_CIVIC_38r20 = re.compile(
    r"ボランティア|寄付|きふ|募金|支援する側|何か(?:でき|出来)ること|力になりたい|関わりたい"
)
_SEEN_IN_38r20 = re.compile(
    r"映画|ドラマ|ニュース|記事|新聞|番組|本を読|本で|ドキュメンタリー|講演|授業|テレビ"
)
# 「虐待とか貧困のこと」: the words named as a social issue.
_ISSUE_38r20 = re.compile(
    r"(?:虐待|ぎゃくたい|貧困|ひんこん|DV|ヤングケアラー|孤独死|ひきこもり|引きこもり|いじめ)"
    r"(?:問題)?(?:とか|や|、|・|と|の(?:こと|問題|ニュース)|について|に(?:つ|関)|問題)"
)


def _social_issue_as_an_interest_38r20(found: _Found, ev: _Evidence) -> None:
    """「映画を見てから、虐待とか貧困のことを考えるようになりました。ボランティアってどこで募集して
    いますか？」: social issues named as what a film or the news made the writer think about,
    asked with a wish to volunteer, are no one's crisis and no field of the writer's. Not where
    a person of the writer's is named (うちの子, 夫) or harm is told (叩かれ, あざ)."""
    if found.persons or found.cues & (_HARM_CUES_23c | {"bruise", "neglect_sign"}):
        return
    spans = [m.span() for m in _ISSUE_38r20.finditer(found.text)]
    if not spans:
        return
    why = "映画やニュースで知った社会の問題の言葉（ボランティアの相談。本人の困りごとではない）"
    ev.drop_inside("abuse", spans, why)
    ev.drop_inside("dv", spans, why)
    for label in FIELDS:
        ev.drop_inside(label, spans, why)
    for label in PATTERNS:
        ev.drop_inside(label, spans, why)


_STUDY_38r20 = re.compile(
    r"(?:授業|じゅぎょう|課題|宿題|自由研究|レポート|探究|総合の時間|調べ学習)(?:で|の|として)"
    r"[^。]{0,12}?(?:調べ|しらべ|まとめ|発表|書い)"
    r"|(?:について|を)(?:授業|課題|宿題|自由研究|レポート|探究)(?:で|の)?(?:調べ|しらべ|まとめ)"
)


# Something of the pupil's own (つらい, 困って, 行けない): then it is a consultation.
_OWN_MATTER_38r20 = re.compile(
    r"つら|辛|しんど|悩|なや|困って|こまって|助けて|たすけて|行けな|いけな|休んで|いじめ|怖|こわ"
    r"|死に|しに|消えたい|きえたい|自分が|自分も|私が|私も|うちが|うちも|僕が|僕も|俺が|俺も"
)


def _pupil_studies_a_topic_38r20(found: _Found, ev: _Evidence) -> None:
    """「ヤングケアラーについて授業で調べています。町ではどんな支援を？（高2）」: a pupil
    researching a topic for class, with nothing of their own told (only the grade signed), is
    no child matter: the grade alone does not make a consultation, and the topic's words
    (子どもの貧困) are no field of the writer's. Kept where a crisis or a pattern stands, or
    something of their own is told (つらい, 自分も)."""
    if any(label in CRISES or label in PATTERNS for label in ev.present()):
        return
    spans = [ev.norm.original_span(*m.span()) for m in _ISSUE_38r20.finditer(found.text)]
    for key in list(ev.items):
        if key[0] not in ("child", "hardship", "care", "health", "disability"):
            continue
        if key[0] != "child" and not any(a <= key[1] and key[2] <= b for a, b in spans):
            return
    why = "授業や課題で調べている生徒の質問（本人の相談ではない）"
    for key in list(ev.items):
        ev.pop(key, why)


# 「まさに私です」「うちのことだ」「私もそうかも」: the term just named fits the writer.
_THATS_ME_38r20 = re.compile(
    r"(?:まさに|まさしく|完全に|たぶん|多分|もしかして|もしかしたら|それって|これって|それ|これ)?[、,]?"
    r"(?:私|わたし|あたし|うち|自分|僕|ぼく|俺|おれ|我が家|わが家)(?:の(?:こと|家|うち))?"
    r"(?:です|だ(?!け)|じゃん|やん|かも|のこと|もそう|も当てはま|に当てはま|がそう|そのもの|だった)"
)


def _term_owned_as_mine_38r20(found: _Found, ev: _Evidence) -> None:
    """「ﾀﾞﾌﾞﾙｹｱって言葉を最近知りました。まさに私です」: a term whose meaning the writer names
    (blocked as a question about a word) and then says fits them is their own matter: the
    term's labels count again. Not 「私も調べたい」, nor a term asked about alone."""
    text = found.text
    why = "言葉を知って「まさに私です」と書いている（本人の話）"
    for hit, block in found.blocked:
        if "言葉" not in block.entry.note or hit.entry.group not in _LABEL_GROUPS:
            continue
        mine = _THATS_ME_38r20.search(text, hit.end)
        if mine is None or mine.start() - hit.end > 40:
            continue
        label = hit.entry.label
        hits = found.by.setdefault((hit.entry.group, label), [])
        if hit not in hits:
            hits.append(hit)
        ev.hit(label, hit.entry.group, hit, why)  # type: ignore[arg-type]


# A writer who opens with an old age of their own: 「70代です」「83歳の者です」.
_OLD_WRITER_38r20 = re.compile(
    r"\s*(?:私は|わたしは|わしは)?(?:[7-9]0代|[7-9][0-9](?:歳|才))(?:の(?:者|女|男|主婦|母|父|年寄り))?"
    r"(?:です|になります|でございます|だけど|ですが)"
)
_SCHOOL_38r20 = re.compile(r"小学|中学|高校|保育園|幼稚園|学校|孫|まご|赤ちゃん|妊娠|出産")
# The writer's children as grown people: no school, no small age.
_CHILD_WORD_38r20 = re.compile(
    r"子ども(?:たち|達|ら)?|子供(?:たち|達|ら)?|こども(?:たち|ら)?|息子|娘"
)


def _old_writers_grown_children_38r20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「70代です。主人は…昨日も杖で叩かれました。子どもたちには心配かけたくなくて言えていません」:
    the children of a writer in their seventies are grown: no child matter, and no double care.
    Kept where a school, a small age or a grandchild is named."""
    if _SCHOOL_38r20.search(found.text) or any(a.person == "child" and a.years < 18 for a in ages):
        return
    keys = [k for k in ev.items if k[0] == "child"]
    if not all(_CHILD_WORD_38r20.fullmatch(ev.text[k[1] : k[2]]) for k in keys):
        return
    why = "70代以上の書き手の子ども（大人。子どもの相談ではない）"
    for key in keys:
        ev.pop(key, why)
    ev.drop_label("double_care", why)


_POSTPARTUM_38r20 = re.compile(
    r"産後|出産後|出産して|さんご[0-9一二三四五六]|産んでから|うんでから|生まれてから|うまれてから"
)


def _postpartum_sleep_loss_38r20(ev: _Evidence) -> None:
    """「産後3か月です。夜泣きで全然眠れなくて」: a mother's sleep lost in the months after the
    birth is her own health (the time of postpartum depression), though a carer's sleep lost
    to night care is otherwise the care or child matter (_carers_sleep_and_strain)."""
    why = "産後の母親が眠れない（産後の心と体：健康・こころの相談）"
    for item, reason in list(ev.dropped):
        if item.label == "health" and reason.startswith("世話や介護による寝不足"):
            ev.add_original("health", "field", item, why)


# Arrears paid off, work found: 「全部払い終わりました」「仕事が見つかって」.
_PAID_38r20 = re.compile(
    r"払い終わ|はらいおわ|払い終え|全部払|ぜんぶ払|完納|滞納(?:分)?(?:も|は)?(?:解消|なくな)"
    r"|(?:仕事|就職先|職)(?:が|も)(?:見つか|みつか|決ま|きま)(?:って|り|った|りました)"
)


def _arrears_paid_and_thanked_38r20(found: _Found, ev: _Evidence) -> None:
    """「去年まで家賃を滞納していましたが、仕事が見つかって全部払い終わりました。あの時相談に乗って
    いただいたお礼が言いたくて」: thanks for arrears of the past now paid, with no worry told
    after it, is no consultation: the fields and patterns go (as _past_matter_resolved_35j12
    for a debt settled). Not when a worry follows (でも, 心配, 教えて)."""
    text = found.text
    paid = _PAID_38r20.search(text)
    if paid is None or _PAST_35j12.search(text) is None:
        return
    if _WORRY_NOW_35j12.search(text, paid.end()) is not None:
        return
    why = "前の滞納や借金を払い終えたお礼（今の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# 「親が死んだら俺どうなるんやろ」: the grown child's fear of life after the parents.
_AFTER_PARENTS_38r20 = re.compile(
    r"(?:親|両親|母|父|おふくろ|おやじ|オカン|おかん|オトン|おとん|ママ|パパ)(?:が|も)?(?:死んだら|しんだら|亡くなったら"
    r"|いなくなったら|おらんようになったら|おらんくなったら|居なくなったら)[^。]{0,12}?"
    r"(?:俺|おれ|私|わたし|僕|ぼく|自分|うち|わし)(?:は|も)?(?:どうなる|どうすれば|どうしたら|どうやって|生きて)"
)
# The parents' old age: 「親はもう70超えてて」「両親とも80過ぎ」.
_PARENTS_OLD_38r20 = re.compile(
    r"(?:親|両親|母|父|おふくろ|おやじ)(?:は|も|が|とも)?(?:もう)?(?:[7-9][0-9]|[七八九]十)(?:代|歳|才)?"
    r"(?:超え|こえ|過ぎ|すぎ|近い|近く|手前|です|だ|や|で)"
)


def _shut_in_child_of_old_parents_38r20(found: _Found, ev: _Evidence) -> None:
    """「30代後半、無職、実家暮らし。もう何年もまともに外に出てない。親はもう70超えてて、親が死んだら
    俺どうなるんやろ」: a grown child shut in at the parents' home for years, whose parents are
    past seventy and who fears the day they die, is 8050 (7040) even at a rough 30代後半. The
    parents' age alone is no care (no need of help is told)."""
    text = found.text
    old = _PARENTS_OLD_38r20.search(text)
    fear = _AFTER_PARENTS_38r20.search(text)
    if old is None or fear is None:
        return
    why = "長くこもる大人の子と70を超えた親、親亡きあとの不安（8050）"
    ev.add("8050", "pattern", old.start(), old.end(), why)
    ev.add("8050", "pattern", fear.start(), fear.end(), why)
    ages = [k for k in ev.items if k[0] == "care"]
    if ages and all(_OLD_AGE_38r20.fullmatch(ev.text[k[1] : k[2]]) for k in ages):
        for key in ages:
            ev.pop(key, "8050：親の年齢だけでは介護の相談にしない（介護が要る様子がない）")


_OLD_AGE_38r20 = re.compile(r"(?:[7-9][0-9]|[七八九]十)(?:代|歳|才)?(?:超え|こえ|過ぎ|すぎ)?")


# ---------------------------------------------------------------- round 30 (38u20)
# Old parents of an 8050 household whose own body is failing: 「90代のご夫婦…ご夫婦も足腰が
# 弱ってきて」. A need for help said after an age of 70 or more, with no son or daughter named
# before it in its sentence, is the old parents' need, so care.
_YOUNG_KIN_38u20 = frozenset({"child", "sibling"})


def _old_parents_of_8050_failing_38u20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「90代のご夫婦のお宅に60代の息子さん…ご夫婦も足腰が弱ってきて」: care (the age alone,
    or the son's own illness, is not)."""
    old = [a for a in ages if a.years >= ELDERLY_AGE and a.person not in _YOUNG_KIN_38u20]
    if not old:
        return
    sentences = found.tokens.sentences
    for hit in found.cue("care_need"):
        if hit.entry.form in _SUDDEN or not any(a.end <= hit.start for a in old):
            continue
        before = [
            p
            for p in found.persons
            if p.end <= hit.start and sentences[p.first] == sentences[hit.first]
        ]
        if before and max(before, key=lambda p: p.end).entry.label in _YOUNG_KIN_38u20:
            continue
        why = "8050の高齢の親が手助けを要する：介護の相談"
        ev.hit("care", "field", hit, why)
        for age in old:
            ev.add("care", "field", age.start, age.end, f"{age.years}歳（高齢）：{why}")


# 「昼夜逆転していて、病院に連れて行くべきなのか迷っています」: whether to take someone to a
# doctor is a health question (not a pet, not a care matter, no crisis).
_TO_A_DOCTOR_38u20 = re.compile(
    r"(?:病院|精神科|心療内科|メンタルクリニック|クリニック|医者|お医者|受診|専門医)"
    r"[^。]{0,8}?(?:連れて(?:行|い|っ)|つれて(?:行|い|っ)|連れてく|受診させ|診せ|みせ|診てもら|行かせ)"
    r"[^。]{0,10}?(?:べき|ほうが|方が|か迷|かまよ|か悩|かなや|かどうか|たらいい|たらよい|ればいい)"
)
_PET_38u20 = re.compile(r"犬|猫|ねこ|ペット|うさぎ|インコ|ハムスター|動物病院|獣医")


def _taking_to_a_doctor_asked_38u20(found: _Found, ev: _Evidence) -> None:
    """Whether to take a family member to a doctor: health."""
    text = found.text
    if _PET_38u20.search(text):
        return
    match = _TO_A_DOCTOR_38u20.search(text)
    if match is not None:
        why = "受診させるか迷っている：健康・こころの相談"
        ev.add("health", "field", match.start(), match.end(), why)


def _round30_38u20(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """Round 30 (38u20): the two context rules above, each behind its own gate."""
    if ages and ev.has("8050") and not ev.has("care") and "care_need" in found.cues:
        _old_parents_of_8050_failing_38u20(found, ages, ev)
    crisis = any(ev.has(label) for label in CRISES)
    if not crisis and not ev.has("health") and not ev.has("care") and "連れ" in found.text:
        _taking_to_a_doctor_asked_38u20(found, ev)
    if not crisis and ev.items and _THANKS_34c12.search(found.text):
        _welfare_left_thanked_38u20(found, ev)
    if ev.has("dv") and not ev.has("hardship") and ev.dropped:
        _debt_beside_partner_control_38u20(ev)
    if ev.has("hardship") and ("余裕" in found.text or "よゆう" in found.text):
        _money_with_room_to_spare_38u20(found, ev)


# Thanks for welfare help long past, the writer back on their feet: 「以前こちらで相談して
# 生活保護につないでもらいました。おかげで仕事が見つかって、保護も先月廃止になりました。
# ありがとうございました」.
# Not when a worry follows (でも, 不安, 教えて …; see _WORRY_NOW_35j12).
_BACK_ON_FEET_38u20 = re.compile(
    r"仕事(?:が|も)?見つか(?:って|り|った)|就職(?:が|も)?(?:決ま|でき)|再就職(?:でき|が決ま)"
    r"|保護(?:も|が|は)?(?:廃止|終了|卒業)|生活保護(?:を|から)?(?:卒業|抜け|脱却)|自立でき"
)
_HELPED_BEFORE_38u20 = re.compile(r"以前|前に|先日|去年|昨年|当時|その節|こちらで相談|相談して")


def _welfare_left_thanked_38u20(found: _Found, ev: _Evidence) -> None:
    """Thanks for help long past, back at work and off welfare: no field or pattern now."""
    text = found.text
    back = _BACK_ON_FEET_38u20.search(text)
    if back is None or _HELPED_BEFORE_38u20.search(text, 0, back.start()) is None:
        return
    if _WORRY_NOW_35j12.search(text, back.end()) is not None:
        return
    why = "前に受けた支援から自立したお礼（今の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# 「妻の浪費とカードの借金を注意したら逆上して」: a debt is the household's hardship even beside a
# partner's control (only money the partner holds, 管理 or 取り上げ, is DV instead).
_DEBT_38u20 = re.compile(r"借金|ローン|滞納|督促|返済|浪費|カードの支払")
_HELD_BY_PARTNER = "パートナーに握られたお金（DVとして扱う）"


def _debt_beside_partner_control_38u20(ev: _Evidence) -> None:
    """Give a debt word back to hardship where the partner rule took it as money held."""
    for item, why in list(ev.dropped):
        if (
            why == _HELD_BY_PARTNER
            and item.label == "hardship"
            and _DEBT_38u20.search(item.surface)
        ):
            ev.add_original("hardship", "field", item, "借金（家計の困りごと）：生活の困りごと")


# 「家計簿アプリで「今月死んだ」が口ぐせなだけで、実際は給料日までちゃんと余裕あります」: money
# words taken back by a plain statement that there is room to spare, with no shortage told.
_SLACK_38u20 = re.compile(
    r"(?:実際|本当|ほんと|ホント|実は|じつは)(?:は|には|のところ)?[、,]?[^。]{0,12}?"
    r"(?:余裕|よゆう)(?:が|は)?(?:ある|あり|あって|あるので|です)"
)
_SHORT_38u20 = re.compile(
    r"足りな|たりな|払えな|はらえな|困って|こまって|苦し|くるし|厳し|きびし|ギリギリ"
)


def _money_with_room_to_spare_38u20(found: _Found, ev: _Evidence) -> None:
    """Hardship words before a plain 「実際は余裕あります」, no shortage told: no hardship."""
    text = found.text
    slack = _SLACK_38u20.search(text)
    if slack is None or _SHORT_38u20.search(text):
        return
    norm = ev.norm
    _, o_end = norm.original_span(slack.start(), slack.end())
    keys = [k for k in ev.items if k[0] == "hardship"]
    if all(k[2] <= o_end for k in keys):
        for key in keys:
            ev.pop(key, "「実際は余裕あります」と打ち消している（お金の困りごとではない）")


# ---------------------------------------------------------------- round 30 (38t20)
# An older person (認知症, a grandparent, an older neighbour) who walked off just now, in
# pyjamas or barefoot, toward a road: 「今パジャマのまま国道のほう歩いてっちゃった」.
_NOW_GATE_38t20 = re.compile(r"今|いま|さっき|たった今|たったいま")
_WALKED_OFF_38t20 = re.compile(
    r"(?:今|いま|さっき|たった今|たったいま)(?!は|まで|でも|も)[^。]{0,24}?"
    r"(?:歩いて|あるいて|出て|でて|向かって|むかって|ふらふら|フラフラ)"
    r"(?:っちゃ|ちゃっ|行っ|いっ|行き|いき|しまっ|った|て|く)"
)
_OUT_DANGER_38t20 = re.compile(
    r"パジャマ|寝巻|ねまき|裸足|はだし|薄着|うすぎ|国道|道路|車道|大通り|線路|踏切|ふみきり|川の?方|"
    r"川沿い|海の?方|山の?方|夜中|よなか|真夜中|深夜|一人で外|ひとりで外|杖もなし|靴も"
)
_BROUGHT_BACK_38t20 = re.compile(
    r"連れ戻|つれもど|連れて帰|つれてかえ|戻ってき|もどってき|帰ってき|かえってき|見つか|みつか|"
    r"保護さ|保護し|無事|ぶじ|追いつ|おいつ"
)
_OLD_WORDS_38t20 = re.compile(r"認知症|徘徊|ボケ|ぼけ|物忘れ|もの忘れ")


def _older_person_walked_off_now_38t20(found: _Found, ev: _Evidence) -> None:
    """「近所のおじいちゃん認知症っぽくて、今パジャマのまま国道のほう歩いてっちゃった」「認知症の
    母がさっき裸足で出ていった」: an older person with dementia (or an older neighbour) gone off
    just now, in pyjamas, barefoot, toward a road or at night, is in danger now. Not one brought
    back or found (連れ戻しました), nor 「今は歩いて行けている」, nor someone going out dressed."""
    text = found.text
    walked = _WALKED_OFF_38t20.search(text)
    if walked is None:
        return
    old = found.cue("elderly") or [p for p in found.persons if p.entry.label == "grandparent"]
    if not old and not _OLD_WORDS_38t20.search(text):
        return
    begin, end = _sentence_around(text, walked.start(), walked.end())
    if not _OUT_DANGER_38t20.search(text, begin, end):
        return
    if _BROUGHT_BACK_38t20.search(text, walked.start()):
        return
    why = "高齢の人や認知症の人がたった今、寝間着や裸足のまま外へ歩いて行った：緊急（命の危険）"
    ev.add("emergency", "crisis", walked.start(), walked.end(), why)


# A mark on a mother's neck (or a bruise) where the writer hints at her husband: 「あるお母さん
# がスカーフで首を隠していて、赤い跡が…「夫が…」と言いかけて」.
_HUSBAND_38t20 = frozenset(
    {"夫", "旦那", "だんな", "主人", "ご主人", "旦那さん", "彼氏", "パートナー"}
)
_MOTHER_MARKED_38t20 = re.compile(r"(?:お母さん|おかあさん|お母様|ママ|母親|奥さん|奥様)")


def _mother_marked_husband_hinted_38t20(found: _Found, ev: _Evidence) -> None:
    """「保育園の者です。あるお母さんがスカーフで首を隠していましたが、赤い跡が見えました。「夫が…」
    と言いかけてやめました」: a child's mother (an adult woman) with a mark on her neck or a
    bruise, whose husband is named as the one, is DV, not child abuse. Not a child's mark
    (the mark is said of the mother), nor a grandmother struck by a son."""
    text = found.text
    marks = found.cue("bruise")
    husbands = [p for p in found.persons if text[p.start : p.end] in _HUSBAND_38t20]
    if not marks or not husbands:
        return
    for mark in marks:
        begin, _ = _sentence_around(text, mark.start, mark.end)
        mother = _MOTHER_MARKED_38t20.search(text, begin, mark.start)
        if mother is None:
            continue
        between = [p for p in found.persons if mother.end() <= p.start < mark.start]
        if any(p.entry.label == "child" for p in between):
            continue
        why = "子どもの母親の首の跡やあざ、夫のことを言いかける：DVの疑い"
        ev.add("dv", "crisis", mark.start, mark.end, why)
        not_child = "母親本人の跡（夫からならDV。子どもへの虐待ではない）"
        ev.drop("abuse", mark.start, mark.end, not_child)
        return


# Young children out late at night again and again (a stairway, a park), the parent away at
# night: 「低学年くらいの兄妹が夜9時を過ぎても外の階段に座っているのを何度か見かけました」.
_SMALL_CHILD_38t20 = re.compile(
    r"低学年|幼稚園|保育園児|園児|未就学|小さい子|小さな子|ちいさい子|幼い|幼児|兄妹|姉妹|兄弟|きょうだい|"
    r"(?<![0-9])[2-9](?:歳|才|さい)|[二三四五六七八九](?:歳|才|さい)"
)
_LATE_38t20 = re.compile(
    r"夜\s?(?:[0-9]{1,2}|[九十]|十一|十二)時(?:を|も)?(?:過ぎ|すぎ|回っ|まわっ|近く|半)|夜遅く|よるおそく|"
    r"夜おそく|夜中|よなか|深夜|真夜中|夜の?[0-9]{1,2}時|日付が変わ"
)
_OUTSIDE_38t20 = re.compile(
    r"外|そと|階段|公園|こうえん|駐車場|廊下|通路|ドアの前|玄関の前|玄関先|コンビニ|路上|団地の"
)
_AGAIN_OR_AWAY_38t20 = re.compile(
    r"何度|なんど|毎晩|まいばん|連日|いつも|しょっちゅう|たびたび|毎日|よく見|夜の(?:お)?仕事|夜勤|"
    r"夜働|帰ってこな|かえってこな|留守|親がいな|親はいな|閉め出|しめだ|入れてもらえ"
)
_MINDED_OUT_38t20 = re.compile(
    r"祭り|まつり|花火|はなび|塾|習い事|イベント|キャンプ|初詣|一緒に|いっしょに|親と|家族で|付き添"
)


def _young_children_out_late_38t20(found: _Found, ev: _Evidence) -> None:
    """「小学校低学年くらいの兄妹が夜9時を過ぎても外の階段に座っているのを何度か見かけました。
    母親は夜のお仕事のようで」「5歳くらいの子が夜中に公園にひとりでいることがよくある」: young
    children out late at night, again and again or while the parent is away, are neglected.
    Not a festival, a cram school, or children out with their parents."""
    text = found.text
    for late in _LATE_38t20.finditer(text):
        begin, end = _sentence_around(text, late.start(), late.end())
        small = _SMALL_CHILD_38t20.search(text, begin, end)
        if small is None or not _OUTSIDE_38t20.search(text, begin, end):
            continue
        if _MINDED_OUT_38t20.search(text) or not _AGAIN_OR_AWAY_38t20.search(text):
            return
        why = "小さい子どもが夜遅く外にいることが続く（ネグレクトのサイン）"
        ev.add("abuse", "crisis", late.start(), late.end(), f"ネグレクトのサイン：{why}")
        ev.add("child", "field", small.start(), small.end(), f"子どものこと：{why}")
        return


# A son, a brother or a daughter named as the one who strikes or rages (in the sentence, or
# the one before when the sentence names no one): 「兄が母に「早く死ね」と怒鳴って突き飛ばした」,
# 「30代の息子が…。夜中に壁を殴る音がして」.
_KIN_ACTOR_38t20 = re.compile(
    r"(?:兄|弟|姉|妹|息子|娘|長男|長女|次男|次女|孫|甥|姪|兄貴|あに|おとうと|むすこ|むすめ|せがれ)"
    r"(?:さん|くん|ちゃん)?(?:[(（][0-9]{1,2}(?:歳|才)?[)）])?(?:が|は|も|って)"
)


def _act_of_other_kin_not_dv_38t20(found: _Found, ev: _Evidence) -> None:
    """「先日、兄が母に「早く死ね」と怒鳴って突き飛ばした…夫は「実家のことは実家で」と言うばかり」
    「30代の息子が部屋にこもっています。夜中に壁を殴る音がして…私も主人も70を過ぎて」: every
    blow or threat is done by a son, a brother or a daughter named there, and the writer's
    partner is named elsewhere, doing none of it: no DV (abuse of the parent is read apart).
    Kept where any act stands in a sentence with the partner (夫が壁を殴る。息子も怖がっている),
    or where DV is named as such."""
    text = found.text
    if found.get("crisis", "dv"):
        return
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    acts = [h for cue in _OWN_ACTS_37q20 for h in found.cue(cue)]
    if not partners or not acts:
        return
    sentences = [m.span() for m in _SENTENCE.finditer(text)]
    for act in acts:
        begin, end = _sentence_around(text, act.start, act.end)
        if any(begin <= p.start < end for p in partners):
            return
        actor = _KIN_ACTOR_38t20.search(text, begin, act.start)
        if actor is None and not any(begin <= p.start < act.start for p in found.persons):
            before = [span for span in sentences if span[1] <= begin]
            if before and not any(before[-1][0] <= p.start < before[-1][1] for p in partners):
                actor = _KIN_ACTOR_38t20.search(text, before[-1][0], before[-1][1])
        if actor is None:
            return
    ev.drop_label("dv", "息子や兄など家族の暴力・暴言（パートナーからではない）")


# A pupil, a nephew or a niece (not the writer's own child) who keeps the house or looks after
# a parent or small siblings: 「下の子2人の保育園のお迎えや夕飯はこの子がしている」「甥(中3)が家事や
# 通院の付き添いまでしている」.
_PUPIL_38t20 = (
    r"(?:甥|姪|おい|めい|生徒|児童|この子|その子|あの子|教え子)(?:さん|くん|ちゃん|っ子)?"
    r"(?:[(（](?:小|中|高)[1-6１-６][)）])?"
)
_OTHERS_PUPIL_38t20 = re.compile(_PUPIL_38t20 + r"(?:が|は|も|一人で|ひとりで|だけで)")
_PUPILS_CHORES_38t20 = (
    r"(?:家事|料理|夕飯|夕食|晩ご飯|晩ごはん|ご飯|ごはん|お弁当|お迎え|送り迎え|洗濯|掃除|買い物|"
    r"付き添い|介護|世話|面倒|看病|寝かしつけ)"
)
_DOING_38t20 = r"(?:して|やって|作って|つくって|行って|いって|担って|任され|まかされ|見て|みて)"
# 44a25: 「姪がいつも同じ服で、家でご飯を出してもらえてない」: a meal the child is not given
# (してもらう, してくれない) is care withheld from the child, not care the child gives.
_NOT_RECEIVED_44a25 = r"(?!(?:は|も)?(?:もら|貰|くれ|くださ|下さ))"
# 「甥が家事や通院の付き添いまでしている」 (no one else named between), or
# 「夕飯はこの子がしている」.
_PUPIL_DOES_CHORES_38t20 = re.compile(
    _PUPIL_38t20
    + r"(?:が|は|も)(?:(?!母|父|親|さんが|さんは)[^。]){0,20}?"
    + _PUPILS_CHORES_38t20
    + r"(?:(?!母|父|親|さんが|自慢|好き|楽しみ)[^。]){0,10}?"
    + _DOING_38t20
    + _NOT_RECEIVED_44a25
    + "|"
    + _PUPILS_CHORES_38t20
    + r"[^。]{0,16}?(?:は|も)"
    + _PUPIL_38t20
    + r"(?:が|一人で|ひとりで|だけで)[^。]{0,6}?"
    + _DOING_38t20
    + _NOT_RECEIVED_44a25
)
_SCHOOL_AGE_38t20 = re.compile(r"中学|小学|高校|[小中高][1-6１-６]|生徒|児童|担任|部活|授業")


def _others_pupil_carries_care_38t20(found: _Found, ev: _Evidence) -> None:
    """「中学校で担任をしています…お母さんが体調を崩して寝ていることが多く、下の子2人の保育園の
    お迎えや夕飯はこの子がしているようです」「甥(中3)が家事や通院の付き添いまでしている」: a pupil,
    nephew or niece of school age who keeps the house or cares for a parent or siblings is a
    young carer; the writer (a teacher, an aunt) is not raising them, so no double care. Not
    an adult nephew (no school named), nor a lunch box a parent made."""
    text = found.text
    if not _SCHOOL_AGE_38t20.search(text):
        return
    does = _PUPIL_DOES_CHORES_38t20.search(text)
    if does is not None:
        why = "生徒や甥・姪（学齢）が家事や家族の世話を担っている（ヤングケアラー）"
        ev.add("young_carer", "pattern", does.start(), does.end(), why)
        ev.drop_label("double_care", "世話をしているのは生徒や甥・姪（書き手の子育てではない）")
        return


def _bruise_in_an_8050_home_38t20(found: _Found, ev: _Evidence) -> None:
    """「80代の女性…同居している50代の息子さんが仕事をしておらず、お母さんの年金を全部管理して
    いる…腕に大きな内出血がありました」: a bruise on the old parent in a home where a
    middle-aged child lives on the parent is a sign of elder abuse. Not a bruise from a fall
    or a sport (blocked as such), nor one on a child."""
    text = found.text
    for mark in found.cue("bruise"):
        begin, _ = _sentence_around(text, mark.start, mark.end)
        if any(p.entry.label == "child" and begin <= p.start < mark.start for p in found.persons):
            continue
        why = "子どもが親に頼って暮らす家（8050）で、高齢の親にあざや内出血がある：虐待の疑い"
        ev.add("abuse", "crisis", mark.start, mark.end, why)
        return


# Someone's grown son or daughter at home whom no one has seen for years: 「息子さんがいるらしい
# けど、ここ何年も誰も姿を見たことがない」.
_UNSEEN_KIN_38t20 = re.compile(
    r"(?:息子|娘|長男|長女|次男|次女|せがれ)(?:さん)?[^。]{0,20}?"
    r"(?:何年も|なんねんも|ここ何年|[0-9一二三四五六七八九十数]+年(?:以上|近く|くらい|ぐらい)?|長いこと|長い間)"
    r"[^。]{0,12}?(?:姿|すがた|顔|かお)(?:を|も)(?:見た|みた|見かけた|見て|みて)"
    r"(?:こと(?:が|も)?(?:ない|ありません)|(?:い)?(?:ない|ません))"
)
_MOVED_AWAY_38t20 = re.compile(
    r"東京|県外|遠く|遠方|出て行|出ていっ|就職|結婚|海外|単身赴任|施設|入院|一人暮らしを"
    r"|絶縁|縁を切|えんを切|疎遠|音信不通|勘当"  # estranged (round 30 merge, u20's look-alike)
)
# An older parent's age given roughly: 「90近い」「80過ぎ」「70代後半」.
_ROUGH_OLD_AGE_38t20 = re.compile(
    r"[7-9]0(?:近い|ちかい|近く|ちかく|過ぎ|すぎ|代|を過ぎ|を超え)|[7-9][0-9](?:歳|才)"
)


def _unseen_grown_child_at_home_38t20(found: _Found, ev: _Evidence) -> None:
    """「近所のお宅、90近いおじいちゃんが毎朝二人分のお弁当を買ってる…息子さんがいるらしいけど、
    ここ何年も誰も姿を見たことがない」: a grown son or daughter at home unseen for years is
    withdrawn, and beside an old parent (an age of 70 and over) it is 8050. Not one who moved
    away, married or is in a facility."""
    text = found.text
    unseen = _UNSEEN_KIN_38t20.search(text)
    if unseen is None or _MOVED_AWAY_38t20.search(text, unseen.start(), unseen.end()):
        return
    why = "家にいるはずの大人の息子・娘を何年も誰も見ていない（長い間こもっている）"
    ev.add("hikikomori", "pattern", unseen.start(), unseen.end(), why)
    old = _ROUGH_OLD_AGE_38t20.search(text)
    if old is not None:
        ev.add("8050", "pattern", old.start(), old.end(), f"8050：高齢の親と、{why}")


# A middle-aged son or daughter named with an age, an old parent, and the worry of what becomes
# of them after the parents are gone: 「兄夫婦の息子(ダウン症・45歳)…兄はもう70代後半で、「自分
# たちがいなくなったらこの子はどうなる」」.
_MIDDLE_CHILD_AGE_38t20 = re.compile(
    r"(?:息子|娘|長男|長女|次男|次女|子|せがれ)(?:さん)?[(（][^)）]{0,10}?[4-6][0-9](?:歳|才)[)）]"
)
_AFTER_PARENTS_38t20 = re.compile(
    r"(?:いなくなったら|亡くなったら|死んだら|先立|亡き後|なきあと|いなくなった後|おらんようになったら)"
    r"[^。]{0,16}?(?:どうなる|心配|不安|どうする|どうしたら)"
)


def _parents_gone_worry_for_middle_child_38t20(found: _Found, ev: _Evidence) -> None:
    """See above: 8050, whoever writes (an aunt, a neighbour). Not without the middle age in
    brackets, nor without an old age."""
    text = found.text
    child = _MIDDLE_CHILD_AGE_38t20.search(text)
    old = _ROUGH_OLD_AGE_38t20.search(text)
    worry = _AFTER_PARENTS_38t20.search(text)
    if child is None or old is None or worry is None:
        return
    why = "8050：高齢の親が、中年の子の親亡き後を案じている"
    for start, end in (child.span(), old.span(), worry.span()):
        ev.add("8050", "pattern", start, end, why)


def _round30_38t20(found: _Found, ev: _Evidence) -> None:
    """Round 30 (38t20): an older person walked off now, a mother's marked neck, children
    out late."""
    text = found.text
    if not ev.has("emergency") and _NOW_GATE_38t20.search(text):
        _older_person_walked_off_now_38t20(found, ev)
    if ev.has("abuse") and not ev.has("dv") and "bruise" in found.cues:
        _mother_marked_husband_hinted_38t20(found, ev)
    if not ev.has("abuse") and _LATE_38t20.search(text):
        _young_children_out_late_38t20(found, ev)
    if ev.has("dv"):
        _act_of_other_kin_not_dv_38t20(found, ev)
    if not ev.has("young_carer") and _OTHERS_PUPIL_38t20.search(text):
        _others_pupil_carries_care_38t20(found, ev)
    if ev.has("8050") and not ev.has("abuse") and "bruise" in found.cues:
        _bruise_in_an_8050_home_38t20(found, ev)
    if not (ev.has("hikikomori") and ev.has("8050")) and ("姿" in text or "顔" in text):
        _unseen_grown_child_at_home_38t20(found, ev)
    if not ev.has("8050") and ")" in text:
        _parents_gone_worry_for_middle_child_38t20(found, ev)
    if ev.has("dv") and ev.has("8050") and "violence" in found.cues:
        _old_partner_struck_by_grown_child_39w20(found, ev)  # round 31 (39w20)


# ---------------------------------------------------------------- round 31 (39w20)
# 「息子（45）が…暴れるようになって、主人が突き飛ばされて骨折しました」: in an 8050 home the
# writer's partner is the one struck (partner + が/は + a passive blow) and no partner strikes
# (no 夫に/夫から): the grown child's violence against the old parents is abuse, not DV.
_PARTNER_STRUCK_39w20 = re.compile(
    r"(?:主人|夫|旦那|だんな|妻|家内|嫁|お父さん|おとうさん|じいさん|ばあさん)(?:さん)?(?:が|は|も)"
    r"[^。、]{0,6}$"
)
_PARTNER_AGENT_39w20 = re.compile(
    r"(?:主人|夫|旦那|だんな|妻|家内|嫁|彼氏|彼女|元夫|元妻|パートナー|彼(?![女ら等氏]))(?:さん)?(?:に|から)(?!は|も|と)"
)


def _old_partner_struck_by_grown_child_39w20(found: _Found, ev: _Evidence) -> None:
    """See above. Not where a partner is named as the one who strikes (夫に殴られ), nor without
    a grown child at home (8050)."""
    text = found.text
    if _PARTNER_AGENT_39w20.search(text):
        return
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        begin = max(text.rfind("。", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        if _PARTNER_STRUCK_39w20.search(text, begin, hit.start) is None:
            continue
        why = "中年の子から高齢の親への暴力（高齢者虐待。DVではない）"
        ev.drop_inside("dv", [(0, len(text))], why)
        ev.hit("abuse", "crisis", hit, why)
        return


# ---------------------------------------------------------------- round 31 (39v20)
# A small child alone on a balcony or window railing, climbing or leaning out: 「3歳くらいの子が
# さっきから一人でベランダの柵に足かけてる」「よちよち歩きの子がひとりで窓の手すりによじ登ってる」.
_SMALL_ALONE_ON_LEDGE_39v20 = re.compile(
    r"(?:[0-6０-６一二三四五六](?:歳|才|さい)|幼稚園|ようちえん|保育園|ほいくえん|小さい子|ちいさい子"
    r"|ちっちゃい子|幼い子|幼児|赤ちゃん|あかちゃん|よちよち)[^。]{0,24}?(?:一人で|ひとりで|独りで)"
    r"[^。]{0,6}?(?:ベランダ|べらんだ|窓|まど|出窓|屋上)(?:の)?(?:柵|さく|手すり|てすり|手摺|フェンス"
    r"|へり|ふち|縁|窓枠|まどわく)(?:に|を|の上に|から)(?:足(?:を)?(?:かけ|掛け)|よじ登|よじのぼ"
    r"|登っ|のぼっ|乗っ|のっ|身を乗り出|身をのりだ|またが)"
)
_ALONE_GATE_39v20 = re.compile(r"一人で|ひとりで|独りで")
# A parent asking how to keep it from happening (a habit, not now): 「足をかけるようになって」.
_LEDGE_PREVENTION_39v20 = re.compile(
    r"ようになっ|ようになり|対策|防止|防ぐ|ふせぐ|防げ|ふせげ|グッズ|ストッパー|補助錠|ロック|昔|むかし|ヒヤッと|ひやっと"
)


def _small_child_alone_on_a_ledge_39v20(found: _Found, ev: _Evidence) -> None:
    """See above: a small child alone on a railing is in danger now (a fall), whoever sees
    it. Not a parent asking about a habit or a guard (「登るようになったので対策を」), nor a story
    of once."""
    text = found.text
    m = _SMALL_ALONE_ON_LEDGE_39v20.search(text)
    if m is None or _LEDGE_PREVENTION_39v20.search(text):
        return
    why = "小さい子がひとりでベランダの柵に足をかけている：緊急（落ちる危険）"
    ev.add("emergency", "crisis", m.start(), m.end(), why)


# A debt or arrears paid off, told with thanks: 「借金ぜんぶ返し終わりました！手続き手伝って
# くださってありがとうございました」「家賃の滞納、やっと払い終えました。お世話になりました」.
_REPAID_39v20 = re.compile(
    r"返し終わ|かえしおわ|返し終え|返しきっ|返し切っ|返済(?:も|が)?(?:終わ|おわ|済|すみ)|完済|かんさい"
    r"|払い終わ|はらいおわ|払い終え|払いきっ|払い切っ|債務整理(?:も|が)?(?:終わ|済)"
)


def _debt_repaid_and_thanked_39v20(found: _Found, ev: _Evidence) -> None:
    """See above: a debt paid off and thanks for the help, with no worry told after it, is no
    hardship now (as _arrears_paid_and_thanked_38r20, without 「去年」). Kept when a worry
    follows (でも, また, 心配, 教えて) or the thanks come before a new matter."""
    text = found.text
    if any(ev.has(label) for label in CRISES):
        return
    paid = _REPAID_39v20.search(text)
    if paid is None or _WORRY_NOW_35j12.search(text, paid.end()) is not None:
        return
    why = "借金を返し終えたお礼（今の困りごとではない）"
    ev.drop_label("hardship", why)


# ---------------------------------------------------------------- round 32 (40c21)
# 「息子は52で…ずっと家さいで外さも出ねぇ…優しい子なんだども」: in an 8050 home the old parent
# praises the grown son as 「優しい子」「いい子」; that 子 is the middle-aged child, no child matter
# (and so no double care beside the parent's own age), as _grown_child_called_that_child_23e
# does for あの子. A young child (an age under 18) keeps it.
_PRAISED_CHILD_40c21 = re.compile(
    r"(?:優しい|やさしい|いい|良い|よい|おとなしい|大人しい|まじめな|真面目な|素直な|すなおな"
    r"|気の優しい|気のやさしい|気の弱い|気のいい|根はいい|根は優しい|心の優しい)$"
)


def _grown_child_praised_40c21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Only where the message is 8050 already and no child under 18 is named."""
    if any(a.person == "child" and a.years < ADULT_AGE for a in ages):
        return
    text = found.text
    why = "大人になった子を「優しい子」と呼んでいる（子育ての相談ではない）"
    for hit in found.get("field", "child"):
        if text[hit.start : hit.end] not in ("子", "こ"):
            continue
        if _PRAISED_CHILD_40c21.search(text, max(0, hit.start - 8), hit.start):
            ev.drop("child", hit.start, hit.end, why)
    if not ev.has("child"):
        ev.drop_label("double_care", why)


# 「じいさんに若い頃から殴られできた。…昨日も杖で叩かれだ」: an old writer's じいさん or
# ばあさん who has struck them since they were young (若い頃から, 嫁に来てから, 何十年も) is the
# writer's own partner: DV, not the abuse of an older person (nor a care matter). A grandchild
# writer says 小さい頃から, which stays.
_SINCE_YOUTH_40c21 = re.compile(
    r"若い(?:頃|ころ|時|とき)|わけぇ(?:頃|ころ|時)|わかい(?:頃|ころ|時)|嫁に来て|嫁さ来て|嫁いで"
    r"|とついで|一緒になって|所帯(?:を|ば)?持って|結婚して|何十年|なんじゅうねん|長年|ながねん"
    r"|[四五六]十年"
)
_OLD_PARTNER_AGENT_40c21 = re.compile(
    r"(?:じいさん|爺さん|じさま|じっさま|ばあさん|婆さん|ばさま|じじい|ジジイ|爺|婆|じっちゃ|ばっちゃ)"
    r"(?:に|から)(?!は|も|と)"
)


def _old_partner_since_youth_40c21(found: _Found, ev: _Evidence) -> None:
    """See above. Only where the violence is done to the writer (passive) and no child is
    named (a child struck by its grandfather stays abuse)."""
    text = found.text
    if "child" in found.person_labels() or _OLD_PARTNER_AGENT_40c21.search(text) is None:
        return
    struck = [h for h in found.cue("violence") if _PASSIVE.match(text, h.end)]
    if not struck:
        return
    why = "若い頃から連れ合い（じいさん・ばあさん）に叩かれている：DV"
    ev.drop_inside("abuse", [(0, len(text))], "長年の連れ合いからの暴力（DVとして扱う）")
    for key in [k for k in ev.items if k[0] == "care" and "虐待" in ev.items[k].note]:
        ev.pop(key, "長年の連れ合いからの暴力（介護の相談ではない）")
    for hit in struck:
        ev.hit("dv", "crisis", hit, f"{why}：{hit.entry.note}")


# 「母が認知症になってもう五年、おら一人でみでる。兄貴は東京さいで知らんぷりだ。…母の年金だけでは
# 足りねくて」: the writer cares for the parent and lives on the parent's pension; the only sibling
# or child named lives far away. No middle-aged child depends on the old parent at home: care
# and money trouble, not 8050.
_FAR_AWAY_40c21 = re.compile(
    r"^(?:は|も|が|ぁ)?[、,]?[^。、]{0,8}?(?:(?:東京|とうきょう|大阪|仙台|札幌|名古屋|福岡|県外|他県|遠く"
    r"|とおく|よそ|海外|都会|関東|関西|離れた(?:所|ところ|とこ))(?:さ|に|で|へ)?(?:いで|いて|いる|居る"
    r"|住んで|すんで|暮らして|くらして|おる|おって|出て|働いて|行って|いって|嫁いで)"
    r"|(?:嫁いで|とついで|家を出て|家ば出で|独立して|所帯を持って|所帯持って))"
)


def _kin_far_away_no_8050_40c21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Not where a middle-aged child, sibling or writer is given an age (「私(52)は
    無職で母の年金で」 stays), nor where any child or sibling named is not said to live away
    (「兄は東京、弟は家にいる」 stays)."""
    if any(a.years in MIDDLE_AGES and a.person in {"child", "sibling", "self"} for a in ages):
        return
    text = found.text
    kin = [h for h in found.persons if h.entry.label in {"child", "sibling"}]
    if not kin or not all(_FAR_AWAY_40c21.search(text[h.end : h.end + 24]) for h in kin):
        return
    why = "きょうだいや子は遠くに住んでいる（介護している親の年金で暮らす。8050ではない）"
    ev.drop_label("8050", why)


# ---------------------------------------------------------------- round 32 (40b21)
# A pupil touched by a father, step-father, brother or a mother's partner, no body part named:
# 「中3 義理の父に夜さわられる お母さんには言えない」「高1。義父が寝てる時に触ってくる」
# 「ままのかれしが よる さわってくる」「娘が夜中に再婚相手に触られているみたい」.
_TOUCHER_40b21 = (
    r"(?:"
    + _STEP_KIN_32r8
    + "|"
    + _OWN_KIN_32r8
    + r"|再婚相手|親戚の(?:おじさん|おじ|人)|いとこ|従兄|おじいさん|じいちゃん|ぱぱ|おとん"
    + r"|ちち|あに)"
)
# No を in the gap: 「父にスマホを触られる」「兄に頭をさわられた」 are something else.
_TOUCHED_40b21 = re.compile(
    _TOUCHER_40b21
    + r"(?:さん|ちゃん)?(?:に|から)\s?[^。を]{0,10}?(?:さわ|触)(?:られ|らせ)"
    + "|"
    + _TOUCHER_40b21
    + r"(?:さん|ちゃん)?(?:が|は)\s?[^。を]{0,10}?(?:さわ|触)(?:って(?:く|き)|ろうと|りに(?:く|き))"
)
# The writer's child named as the one touched (娘が…触られている); the night, a bed or a secret.
_CHILD_VICTIM_40b21 = re.compile(
    r"(?:娘|長女|次女|三女|息子|長男|次男|うちの子|子ども|子供|こども|連れ子)(?:さん|ちゃん)?"
    r"(?:\((?!(?:1[89]|[2-9][0-9])(?:歳|才)?\))[^()]{0,6}\))?(?:が|は)"  # not 娘(30)
)
_NIGHT_OR_SECRET_40b21 = re.compile(
    r"夜|よる|寝て|ねて|寝る|ねる|寝た|布団|ふとん|ベッド|べっど|こっそり|内緒|ないしょ|秘密|ひみつ"
    r"|言えな|いえな|言わないで|口止め|気持ち悪|きもちわる|きもい|キモい|こわい|怖い|いや(?:だ|で|な)"
    r"|嫌(?:だ|で|な)|やめて"
)
# Not a pet, a baby's cheek, a fever felt, or long ago told by an adult.
_NOT_SEXUAL_40b21 = re.compile(
    r"猫|ねこ|犬|いぬ|ペット|赤ちゃん|あかちゃん|熱|ねつ|おでこ|起こ|おこさ|おこし|マッサージ"
    r"|くすぐ"
)
_LONG_AGO_40b21 = re.compile(
    r"昔|むかし|子どもの頃|子供の頃|小さい頃|ちいさい頃|幼い頃|当時|だった頃"
)


def _touched_by_kin_40b21(found: _Found, minor: bool, ev: _Evidence) -> None:
    """See above: being touched by a man of the household, with no body part named, is feared
    sexual abuse when a pupil writes (or the message is in kana, as a child writes), or when
    the writer tells of their child touched at night or in secret (the lexicon needs a body
    part: 「体をさわられる」). Not a pet or a baby, a fever felt, nor an adult's childhood."""
    text = found.text
    match = _TOUCHED_40b21.search(text)
    if match is None:
        return
    begin = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    end = text.find("。", match.end())
    sentence = text[begin : end if end >= 0 else len(text)]
    if _NOT_SEXUAL_40b21.search(sentence):
        return
    childlike = minor or KANJI.search(text) is None
    if not childlike:
        told = _CHILD_VICTIM_40b21.search(text, max(0, match.start() - 24), match.start())
        if told is None or _NIGHT_OR_SECRET_40b21.search(text) is None:
            return
        if _LONG_AGO_40b21.search(text):
            return
    why = "子どもが家族の男性や親の恋人に体をさわられる（性的虐待のおそれ）"
    ev.add("abuse", "crisis", match.start(), match.end(), why)
    if not ev.has("child"):
        ev.add("child", "field", match.start(), match.end(), why)
    # 「娘が義父に触られている、心配」: the 義父 is the child's step-father, not an older
    # person to worry about (care).
    elderly = found.cue("elderly")
    if elderly and all(match.start() <= h.start and h.end <= match.end() for h in elderly):
        worry = "高齢の人についての心配"
        for key in [k for k, item in ev.items.items() if item.note.startswith(worry)]:
            ev.pop(key, f"{why}（高齢の人の介護ではない）")


# A parent's 「出てけ」, the partner named only as where the writer stays now: 「おかんに出てけ
# 言われて、今は彼氏の家におる」「母に出ていけと言われて彼氏の家に泊めてもらってる」.
_PARENT_EXPELS_40b21 = re.compile(
    r"(?:親|両親|母|父|母親|父親|お母さん|おかあさん|お父さん|おとうさん|おかん|オカン|おとん|オトン"
    r"|ママ|パパ|かあちゃん|とうちゃん|母ちゃん|父ちゃん|おふくろ|おやじ|親父|実家)(?:さん)?(?:に|から)"
    r"[^。、]{0,8}$"
)


def _parent_expels_not_partner_40b21(found: _Found, ev: _Evidence) -> None:
    """See above: the one who says 「出て行け」 is a parent, and the partner is the refuge, so
    the expulsion is no DV (a minor's is abuse, read elsewhere; the housing is hardship). Only
    when the DV rests on nothing but the expulsion and the partner's name."""
    text = found.text
    expelled = found.cue("expelled")
    if not expelled:
        return
    for hit in expelled:
        begin = max(text.rfind("。", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        if _PARENT_EXPELS_40b21.search(text, max(begin, hit.start - 14), hit.start) is None:
            return
    span = ev.norm.original_span
    allowed = {span(h.start, h.end) for h in expelled + _own_partners(found)}
    dv = [k for k in ev.items if k[0] == "dv"]
    if any((k[1], k[2]) not in allowed for k in dv):
        return
    why = "親からの「出て行け」（パートナーからの追い出しではない。DVではない）"
    for key in dv:
        ev.pop(key, why)


def _kana_carer_names_a_parent_40b21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「ままがびょうきで ごはんとかせんたくとか ぼくがやってる」: a message in kana that calls a
    parent まま, ぱぱ or おかあさん and in which the writer cooks or washes for the family is
    a child writing, a young carer (as ``_kana_young_carer``, which needs a brother or sister
    named). Not where a partner or children of the writer, an adult age or money is named."""
    if found.person_labels() & {"spouse", "child"} or ev.has("hardship"):
        return
    if any(a.years >= ADULT_AGE for a in ages) or _ADULTS_PARENTS.search(found.text):
        return
    text = found.text
    # 「ぼくがごはんつくったら、おかあさんがよろこんだ」: once, as a treat, for a well parent.
    if _PARENT_UNABLE_40b21.search(text) is None or _ONGOING_40b21.search(text) is None:
        return
    doing = [
        h
        for h in found.cue("family_care")
        if _KANA_SELF_40b21.search(text, max(0, h.start - 20), h.end)
        and _DONE_FOR_40b21.match(text, h.end) is None
        and _NURSING_40b21.search(h.entry.form + text[h.start : h.end]) is None
    ]
    why = "かなで書く子どもが家族の世話や家事をしている（本人が子ども）"
    for hit in doing:
        ev.hit("child", "field", hit, why)
        ev.hit("young_carer", "pattern", hit, why)


# The writer does it (ぼくが, わたしが), not the parent for them (つくってくれる).
_KANA_SELF_40b21 = re.compile(
    r"(?:ぼく|ボク|わたし|あたし|おれ|オレ|うち|じぶん|僕|私|俺|自分)(?:が|は|も|ひとりで)"
)
_DONE_FOR_40b21 = re.compile(r"[^。、]{0,4}?(?:くれ|もら|貰)")
# A parent ill, away or at work, and the chores kept up (やってる, まいにち).
_PARENT_UNABLE_40b21 = re.compile(
    r"びょうき|病気|ねてる|寝てる|ねたきり|ねこんで|にゅういん|入院|いない|おらん|かえってこな"
    r"|帰ってこな|しごと|仕事|はたらい|働い|うつ|つかれ|ぐあい|具合|おさけ|お酒|けが|ケガ"
)
_ONGOING_40b21 = re.compile(
    r"てる|ている|てます|でる|でいる|とる|まいにち|毎日|いつも|ぜんぶ|全部|ずっと"
)
# Housework and meals, not nursing: an adult writes 「おかあさんのかいごでつかれました」.
_NURSING_40b21 = re.compile(r"介護|かいご|カイゴ|介助|かいじょ|看病|かんびょう")


# Money named at all: 「兄は働いてません」 beside it is the household's money matter.
_MONEY_WORDS_40b21 = re.compile(
    r"お金|おかね|金銭|生活費|家賃|借金|ローン|収入|貯金|貯え|蓄え|給料|払|年金|生活が|生活でき|食べ|食費"
    r"|困窮|苦し|くるし|ギリギリ|ぎりぎり|足りな|仕送り|養|生活保護|光熱|税|保険料|滞納"
    # 41g22: the same in kana (「むしょく ちょきん そこ ついてきた」)
    r"|ちょきん|たくわえ|しゅうにゅう|きゅうりょう|やちん|しゃっきん|はら[いうえわっ]|ねんきん"
    r"|せいかつ(?:ひ|が|でき)|たりな|しおくり|せいかつほご"
)
_NOT_WORKING_FORMS_40b21 = frozenset({"働かない", "無職"})  # 無職: 41g22


def _not_working_only_the_shut_in_40b21(found: _Found, ev: _Evidence) -> None:
    """「兄は45歳で、20代の頃からずっと家にいて働いてません」「3年ニート、働かなきゃってわかっ
    てるけど外出るのがこわい」: not working, said of someone who stays at home (hikikomori,
    8050) with no money named, belongs to the withdrawal, not to hardship. Kept with any
    money word (年金, 生活費, 払えない, 足りない) or another hardship word."""
    text = found.text
    if _MONEY_WORDS_40b21.search(text):
        return
    # 「僕は働けなくて」: being unable to work is the writer's livelihood, kept.
    hits = [
        h
        for h in found.get("field", "hardship")
        if h.entry.form in _NOT_WORKING_FORMS_40b21 and "働け" not in text[h.start : h.end]
    ]
    if not hits:
        return
    span = ev.norm.original_span
    told = {span(h.start, h.end) for h in hits}
    keys = [k for k in ev.items if k[0] == "hardship"]
    if any((k[1], k[2]) not in told for k in keys):
        return
    why = "こもっている人が働いていない（お金の困りごとの言葉がない。ひきこもりとして扱う）"
    for key in keys:
        ev.pop(key, why)


# After a drama or the news, what the agency is like: 「ドラマで虐待のシーン見て
# しんどくなった、児相ってほんとにあんな感じなの？」「ニュースで児童相談所のこと見たけど、
# 一時保護ってどういう流れ？」.
_AGENCY_WORDS_40b21 = re.compile(r"児相|児童相談所|じそう|一時保護|虐待|ぎゃくたい")
_ASKED_IN_GENERAL_40b21 = re.compile(
    r"ほんと|本当|実際|じっさい|リアル|あんな|ああいう|あんなふう|どういう|どんな|どうやって|どう動"
)
_OWN_MATTER_40b21 = re.compile(
    r"通報|つうほう|相談したい|助けて|たすけて|うちの|私の|自分の|娘|息子|子ども|子供|こども|隣|となり"
    r"|近所|友達|友だち|クラス|生徒"
)


def _agency_asked_after_a_story_40b21(found: _Found, minor: bool, ev: _Evidence) -> None:
    """See above: a question of what the child guidance centre is like, prompted by a drama or
    the news, with no child of the writer's or of anyone near named, is no child matter (the
    abuse in the story is already not counted). A report wanted (通報したい), a child named
    or a pupil writing still is."""
    text = found.text
    if minor or _ASKED_IN_GENERAL_40b21.search(text) is None or _OWN_MATTER_40b21.search(text):
        return
    keys = [k for k in ev.items if k[0] == "child"]
    agency = [k for k in keys if _AGENCY_WORDS_40b21.fullmatch(ev.items[k].surface)]
    # 児童 inside 児童相談所 is no word of its own
    if not agency or any(not any(a[1] <= k[1] and k[2] <= a[2] for a in agency) for k in keys):
        return
    if any(ev.has(label) for label in CRISES):
        return
    why = "ドラマやニュースを見て児相のことをたずねている（子どもの相談ではない）"
    for key in keys:
        ev.pop(key, why)


# 「家事と小1の妹の世話は全部自分がやってます…おばあちゃんも遠くに住んでて頼れない」: the
# care word is a younger brother's or sister's (or a child's), and the grandparent is only
# named as someone far away: no older person to worry about.
_YOUNG_ONES_40b21 = re.compile(
    r"(?:妹|弟|いもうと|おとうと|きょうだい|兄弟|姉妹|赤ちゃん|あかちゃん|子ども|子供|こども|娘|息子|下の子)"
    r"(?:たち|達)?(?:の|を|に)$"
)


def _sibling_care_not_elder_care_40b21(found: _Found, ev: _Evidence) -> None:
    """See above: care drawn only from an older person named beside a care word (「高齢の人に
    ついての心配」) goes when every such care word is a young brother's, sister's or child's."""
    worry = "高齢の人についての心配"
    keys = [k for k in ev.items if k[0] == "care"]
    if not keys or any(not ev.items[k].note.startswith(worry) for k in keys):
        return
    text = found.text
    worries = [h for h in found.cue("care_worry") if h.entry.group == "cue"]
    if not worries:
        return
    for hit in worries:
        if _YOUNG_ONES_40b21.search(text, max(0, hit.start - 8), hit.start) is None:
            return
    why = "きょうだいや子どもの世話（高齢の人の介護ではない）"
    for key in keys:
        ev.pop(key, why)


# ---------------------------------------------------------------- round 32 (40a21)
# 「娘が孫をつれて帰ってまいりました。婿どのに殴られておったようで顔にあざがございます」: the
# grown kin is named in one sentence and their partner strikes in the next (or 「婿どの」 with
# an honorific _KIN_STRUCK_PASSIVE_33d10 does not know). Examples: 「娘が戻ってきました。旦那
# さんに叩かれたらしいです」「娘が婿どのに殴られておるようで」.
_PARTNER_AGENT_START_40a21 = re.compile(
    r"[\s、]*(?:(?:娘|むすめ)?(?:婿|むこ)|旦那|だんな|夫|おっと|嫁|よめ|彼氏|連れ合い|パートナー|義兄|義弟|彼(?![女ら等氏]))"
    r"(?:さん|どの|殿|どん|様)?(?:から|に)(?:は|も|まで)?[^。、]{0,6}"
)
_KIN_SUBJECT_40a21 = re.compile(
    r"(?:娘|むすめ|息子|むすこ|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄)(?:さん|ちゃん)?(?:が|は|も)"
)
_KIN_PARTNER_DONO_40a21 = re.compile(
    r"(?:娘|むすめ|息子|むすこ|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄)(?:さん|ちゃん)?(?:が|は|も)[、,]?"
    r"[^。]{0,8}?(?:婿|むこ|旦那|だんな|嫁|よめ)(?:どの|殿|様)(?:から|に)(?:は|も|まで)?[^。、]{0,6}$"
)
_PASSIVE_GATE_40a21 = re.compile(
    r"婿|むこ|どの|殿|旦那|だんな|夫|嫁|彼氏|連れ合い|パートナー|義兄|義弟"
)
_CHILD_WORD_40a21 = re.compile(r"孫|まご|子ども|子供|こども|赤ちゃん|赤子")


def _kin_struck_by_partner_told_apart_40a21(found: _Found, ev: _Evidence) -> None:
    """See above: DV (a grown child struck by their own partner), as in
    _grown_kin_struck_passive_33d10. The blow, and a bruise in its sentence, are withdrawn
    from abuse and from the child field, unless a child is named in that sentence (孫も)."""
    text = found.text
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        begin = max(text.rfind("。", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        same = _KIN_PARTNER_DONO_40a21.search(text, begin, hit.start)
        told_apart = False
        if same is None and begin > 0:
            told_apart = _PARTNER_AGENT_START_40a21.fullmatch(text, begin, hit.start) is not None
            prev_begin = max(text.rfind("。", 0, begin - 1), text.rfind("\n", 0, begin - 1)) + 1
            told_apart = told_apart and bool(
                _KIN_SUBJECT_40a21.match(text, prev_begin)
                or _KIN_SUBJECT_40a21.match(text, prev_begin + 1)
            )
        if same is None and not told_apart:
            continue
        end = text.find("。", hit.end)
        end = len(text) if end < 0 else end
        why = f"家族がパートナーから受ける暴力（DV）：{hit.entry.note}"
        ev.hit("dv", "crisis", hit, why)
        if _CHILD_WORD_40a21.search(text, begin, end) is not None:
            continue
        adult = "大人どうしの暴力（DVとして扱う）"
        ev.drop_inside("abuse", [(begin, end)], adult)
        ev.drop_inside("child", [(begin, end)], "大人どうしの暴力（子どものことではない）")


# 「同居のせがれが気にいらぬことがあると私をたたきます。食事もろくにもらえません」: a grown son or
# daughter (同居の, or せがれ, an old parent's word for a grown son) who strikes the writer or
# keeps meals from them is elder abuse, a care matter, not a child's. Examples: 「同居の息子が
# 私を叩きます」「せがれがわしを殴る」「倅に突き飛ばされます」.
_GROWN_KIN_ACTOR_40a21 = re.compile(
    r"(?P<grown>同居(?:して(?:い|お)?る|しとる)?の|一緒に(?:住んで|暮らして)(?:い|お)?る)?"
    r"(?P<kin>せがれ|倅|伜|息子|むすこ|娘|むすめ|長男|次男|三男|長女|次女|三女)(?:さん|夫婦)?"
    r"(?P<mark>が|は|に|から)"
)
_WRITER_OBJECT_40a21 = re.compile(
    r"(?:私|わたし|わし|あたし|うち|おれ|俺|自分)(?:を|に)(?:は|も|まで)?[^。、]{0,4}$"
)
_GROWN_GATE_40a21 = re.compile(r"同居|一緒に|せがれ|倅|伜")
_OLD_PARENTS_WORD_40a21 = frozenset({"せがれ", "倅", "伜"})


def _grown_kin_strikes_old_writer_40a21(found: _Found, ev: _Evidence) -> None:
    """See above. Not a son or daughter who is no grown one by these words (息子が私を叩く:
    _child_strikes_the_writer_35j12), nor a partner named as the one who strikes."""
    text = found.text
    struck: list[Hit] = []
    actor = None
    for act in found.cue("violence"):
        begin, _ = _sentence_around(text, act.start, act.end)
        actors = list(_GROWN_KIN_ACTOR_40a21.finditer(text, begin, act.start))
        if not actors:
            continue
        m = actors[-1]
        if not (m.group("grown") or m.group("kin") in _OLD_PARENTS_WORD_40a21):
            continue
        passive = _PASSIVE.match(text, act.end) is not None
        if passive != (m.group("mark") in ("に", "から")):
            continue
        if not passive and _WRITER_OBJECT_40a21.search(text, m.end(), act.start) is None:
            continue
        if _PARTNER_AGENT_39w20.search(text, m.end(), act.start):
            continue
        struck.append(act)
        actor = m
    if not struck or actor is None:
        return
    why = "同居の大人の子から親への暴力（高齢者虐待）"
    kept = found.cue("withheld_care")
    for hit in struck + kept:
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
        ev.drop("child", hit.start, hit.end, f"{why}（子どものことではない）")
    ev.add("care", "field", actor.start("kin"), actor.end("kin"), why)


# 「せがれは五十二 …家から一歩もでません 私も足が不自由になり 夫婦が倒れたら」: an old parent
# (of an 8050 home, 70 or more, or called old) whose own legs have grown weak (不自由になり) is
# a care matter, not a disability one. Examples: 「わしも八十を過ぎて足が不自由になってきた」
# 「年をとって体が不自由になりまして」. Not one born so or hurt young (事故で足が不自由になり).
_LEGS_FAILED_40a21 = re.compile(
    r"(?:足|あし|足腰|あしこし|体|からだ|身体)(?:が|も)?(?:不自由|ふじゆう)に(?:なり|なっ|なる)"
)
_WRITER_BEFORE_40a21 = re.compile(
    r"(?:私|わたし|わし|あたし|わたくし|自分|おら)(?:も|は|自身)?[、,]?"
    r"[^。母父夫妻主家娘息孫子嫁婿兄姉弟妹]{0,10}$"
)
_YOUNG_HARM_40a21 = re.compile(
    r"事故|じこ|生まれつき|うまれつき|先天|脳性|小さい頃|幼い頃|子どもの頃"
)


def _old_writers_legs_failed_40a21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: the disability drops, care is added."""
    text = found.text
    old = (
        ev.has("8050")
        or bool(found.cue("elderly"))
        or any(a.person == "self" and a.years >= ELDERLY_AGE for a in ages)
    )
    if not old or _YOUNG_HARM_40a21.search(text):
        return
    for m in _LEGS_FAILED_40a21.finditer(text):
        if _WRITER_BEFORE_40a21.search(text, max(0, m.start() - 16), m.start()) is None:
            continue
        why = "年をとって足や体が不自由になった（介護として扱う）"
        ev.drop_inside("disability", [m.span()], why, overlapping=True)
        ev.add("care", "field", m.start(), m.end(), why)


# 「ヒキコモリの孫がおります　二十五になります」「孫が保育士の試験に受かりました」「ご近所の娘
# さんが十年以上も家から出ていないようです。親御さんももう八十を過ぎて」: a grandchild or a
# neighbour's son or daughter named alone (孫, 近所の娘さん) who is grown (shut in at home for
# years beside old parents, an age of 18 or more told after them, a job or an exam for one, a
# wedding) is no child matter. The bare word alone goes; 学校, 不登校, 中学生 still count.
_BARE_CHILD_GATE_40a21 = ("孫", "まご", "近所", "きんじょ", "隣", "となり", "向かい")
_BARE_CHILD_NOTES_40a21 = frozenset({"孫：子ども・子育ての相談", "子ども（「となりのこ」）"})
_GROWN_LIFE_40a21 = re.compile(
    r"就職|しゅうしょく|採用|内定|社会人|結婚|けっこん|嫁い|とつい|婿入り|成人|はたち|二十歳|20歳"
    r"|(?:保育士|看護師|介護福祉士|教員|公務員|資格|免許)(?:の)?(?:試験|国家試験)?(?:に|を)?(?:受か|合格|とっ|取っ|取れ|とれ)"
    r"|(?:勤め|働い|はたらい)(?:て|と)|大学を(?:出|卒業)"
)
_GROWN_AGE_TOLD_40a21 = re.compile(
    r"(?:^|[。、\s]|(?<=が)|(?<=は))(?:もう|今年で|今年|ことし)?"
    r"(?P<num>[1-9]\d|[二三四五六七八九]十[一二三四五六七八九]?|十[八九])(?:歳|才)?"
    r"に(?:なります|なりました|なる|なった)"
)


def _grown_one_named_as_a_child_40a21(found: _Found, ev: _Evidence) -> None:
    """See above. Only when every child item is the bare word."""
    items = [key for key in ev.items if key[0] == "child"]
    if not items or any(ev.items[key].note not in _BARE_CHILD_NOTES_40a21 for key in items):
        return
    text = found.text
    bare = [h for h in found.get("field", "child") if h.entry.note in _BARE_CHILD_NOTES_40a21]
    grown = ev.has("8050") or any(
        _GROWN_LIFE_40a21.search(text, *_sentence_around(text, h.start, h.end)) for h in bare
    )
    if not grown and ev.has("hikikomori"):
        grown = any(
            kanji_number(m.group("num")) >= 18 for m in _GROWN_AGE_TOLD_40a21.finditer(text)
        )
    if not grown:
        return
    why = "大人になった孫やよその家の子（子どもの相談ではない）"
    for key in items:
        ev.pop(key, why)


# 「娘が離婚して孫三人と戻ってまいりました。娘のパート代と私らの年金だけでは食べていけません」:
# a son or daughter come home with the grandchildren, in work: the old parents keep a young
# family, no 8050 (no middle-aged child who stays in or lives on them).
_BACK_WITH_GRANDCHILDREN_40a21 = re.compile(
    r"(?:孫|まご)[^。]{0,6}?(?:と|を(?:連れて|つれて)|連れて|つれて)(?:一緒に|いっしょに)?"
    r"(?:戻って|もどって|帰って|かえって|出戻|でもど|越して|こして|来て|きて|うちに来)"
)
_IN_WORK_40a21 = re.compile(
    r"パート|ぱーと|アルバイト|バイト|働いて|はたらいて|勤めて|つとめて|仕事"
)


def _family_back_with_grandchildren_40a21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Not with a middle-aged son or daughter, nor one who stays in."""
    text = found.text
    if found.cues & {"stay_home", "not_working"} or ev.has("hikikomori"):
        return
    if any(a.years in MIDDLE_AGES and a.person in {"child", "sibling"} for a in ages):
        return
    if _BACK_WITH_GRANDCHILDREN_40a21.search(text) is None or _IN_WORK_40a21.search(text) is None:
        return
    why = "子が孫を連れて戻り、働いている（子育て中の家族を支えている。8050ではない）"
    ev.drop_label("8050", why)


# ---------------------------------------------------------------- round 32 (40d21)
# Messages in the short Japanese of residents from abroad (やさしい日本語: words set apart by
# spaces, particles left out): 「わたし 72さい、ひとり ぐらし。こども は ペルー。はなす ひと
# いない」, 「むすこ 自閉症 と いわれた」, 「くるまいす かりたい。ママ 82さい、あし わるい」.
_YOUNG_OLD_40d21 = 75  # the writer's own age below which living alone is no need for help


def _own_age_and_living_alone_40d21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「わたし 72さい、ひとり ぐらし。…はなす ひと いない」: a writer in their early seventies
    who lives alone, with no need for help told (no illness, no shopping out of reach), is no
    care matter; what they write of is loneliness (isolation). Kept from 75 (「87さいの
    ひとりぐらし」), beside a parent or a living spouse, or beside any care word or a daily
    need (「足が悪くて買い物に行けない」)."""
    own = [a for a in ages if a.person == "self"]
    if not own or any(a.years >= _YOUNG_OLD_40d21 for a in own):
        return
    if any(a.person != "self" and a.years >= ELDERLY_AGE for a in ages):
        return
    if found.get("field", "care") or found.cue("daily_decline") or found.cue("care_worry"):
        return
    if any(h.entry.form != "一人暮らし" for h in found.cue("care_need")):
        return
    deaths = found.cue("death")
    if any(
        p.entry.label in _CARED_FOR and not any(0 <= d.start - p.end <= 2 for d in deaths)
        for p in found.persons
    ):
        return
    why = "本人が70代前半で一人暮らし（手助けが要る様子がない。介護の相談ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# The study of a topic for a university report, asking for figures: 「大学のレポートで、外国人
# 住民の生活保護や虐待の相談件数を調べています。公開されているデータはありますか」.
_STUDY_40d21 = re.compile(
    r"(?:大学|だいがく|卒論|卒業論文|ゼミ|レポート|論文|研究|課題|自由研究)(?:の|で|として)"
    r"[^\n]{0,50}?(?:調べて|しらべて|調べる|調査して|まとめて|書いて)"
)
_FIGURES_40d21 = re.compile(r"データ|統計|件数|資料|割合|実態|現状|数字|人数")


def _topic_studied_for_a_report_40d21(found: _Found, ev: _Evidence) -> None:
    """See above: a student's question about figures is no field of the writer's (as
    _pupil_studies_a_topic_38r20, for a university report). Not where a crisis stands, a
    person of the writer's is named (母, 子ども) or something of their own is told (払えない,
    困って, つらい)."""
    text = found.text
    if any(ev.has(label) for label in CRISES) or found.persons:
        return
    if _FIGURES_40d21.search(text) is None or _OWN_MATTER_38r20.search(text):
        return
    if _OWN_MONEY_40d21.search(text):
        return
    why = "大学のレポートなどで調べている質問（本人の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


_OWN_MONEY_40d21 = re.compile(r"払え|はらえ|足りな|たりな|お金がな|おかねがな|生活が苦|生活がくる")


def _development_right_after_a_child_40d21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「むすこ 自閉症 と いわれた」「娘 ADHD かも」: a son's or daughter's developmental
    disability written right after them with no particle (the space is gone in the
    normalised text) is a child matter too, as 「息子が自閉症」 (see
    _development_and_manners_of_a_child). Not a grown son or daughter."""
    text = found.text
    if {"8050", "hikikomori"} & ev.present():
        return
    if any(a.person == "child" and a.years >= ADULT_AGE for a in ages):
        return
    if _ADULT_SIGNS.search(text) or _GROWN_SERVICES.search(text):
        return
    children = [p for p in found.persons if p.entry.label == "child"]
    for hit in found.get("field", "disability"):
        if _DEVELOPMENTAL.search(text, hit.start, hit.end) is None:
            continue
        if any(c.end == hit.start for c in children):
            ev.hit("child", "field", hit, "子どもの発達の障害（子ども・子育ての相談でもある）")
            return


_WHEELCHAIR_40d21 = frozenset({"車椅子", "車いす"})
_DISABLED_40d21 = re.compile(r"障害|障がい|しょうがい|手帳|てちょう|麻痺|まひ|脊髄|脳性|難病")


def _wheelchair_of_an_older_person_40d21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「くるまいす かりたい。ママ 82さい、あし わるい」「祖父が歩けなくなって車椅子を借りたい」:
    a wheelchair for an older parent or grandparent is care (介護保険の福祉用具), not a
    disability service. Kept where a disability, a certificate (手帳) or paralysis is named,
    or for a younger person (息子が車いす)."""
    text = found.text
    chairs = [h for h in found.get("field", "disability") if h.entry.form in _WHEELCHAIR_40d21]
    if not chairs or _DISABLED_40d21.search(text):
        return
    young = {"child", "sibling"}
    old = any(a.years >= ELDERLY_AGE and a.person not in young for a in ages)
    if not (old or found.cue("elderly") or "grandparent" in found.person_labels()):
        return
    spans = [ev.norm.original_span(h.start, h.end) for h in chairs]
    keys = [k for k in ev.items if k[0] == "disability"]
    if not all(any(a <= k[1] and k[2] <= b for a, b in spans) for k in keys):
        return
    why = "高齢の家族の車いす（介護の相談。障害の相談ではない）"
    for key in keys:
        ev.pop(key, why)
    if not ev.has("care"):
        for hit in chairs:
            ev.hit("care", "field", hit, why)


def _round32_40d21(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 32 (40d21): each rule below runs only where the words it reads are there."""
    if ev.has("care") and ages and "care_need" in found.cues:
        _own_age_and_living_alone_40d21(found, ages, ev)
    if (
        ev.has("child")
        and not minor
        and any(a.person == "self" and a.years >= ELDERLY_AGE for a in ages)
    ):
        _old_writers_grown_children_38r20(found, ages, ev)
    if ev.items and _STUDY_40d21.search(found.text):
        _topic_studied_for_a_report_40d21(found, ev)
    if not ev.has("child") and found.persons and found.get("field", "disability"):
        _development_right_after_a_child_40d21(found, ages, ev)
    if ev.has("disability") and ("車" in norm.text or "くるま" in norm.text):
        _wheelchair_of_an_older_person_40d21(found, ages, ev)
    if not ev.has("emergency") and "no_answer" in found.cues and "日" in norm.text:
        _days_then_silence_40d21(found, ev)


# 「おじいちゃん 3日 でんわ でない、ひとり ぐらし」: written word by word, the days stand right
# before the silence with no particle (3日でんわ), where _DAYS_SILENT reads 「3日で」 as "within".
_DAYS_BEFORE_40d21 = re.compile(
    r"(?:[0-9]+|[二三四五六七八九十何数]|[二三四五六七八九]?十[一二三四五六七八九]?)日(?:も|間|かん)?$"
)


def _days_then_silence_40d21(found: _Found, ev: _Evidence) -> None:
    """See above: as _no_answer_for_days, for a day count just before the silence. Not a habit,
    a reason (仕事中, 旅行), or a condition (でんわ でないと)."""
    text = found.text
    if _REASON_FOR_SILENCE.search(text):
        return
    why = "何日も電話に出ない・既読にならない：緊急（安否がわからない）"
    for hit in found.cue("no_answer"):
        if _NO_ANSWER_TAIL.match(text, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _HABIT_OF_SILENCE.search(text, begin, end):
            continue
        days = _DAYS_BEFORE_40d21.search(text, max(begin, hit.start - 6), hit.start)
        if days is None:
            continue
        _raise_label(found, ev, "emergency", hit, why)
        ev.add("emergency", "crisis", days.start(), days.end(), why)
        return


# ---------------------------------------------------------------- round 32 (40f21)
# 「母が入院することになったのですが、退院したあとの介護が不安です」: _discharge reads the 入院 of a
# parent who will come home as care only (「退院してくる母の世話」). A stay in hospital told as
# news (入院することになった, 入院が決まった, 入院した, 入院中) is an illness or injury now: health
# as well. Not a stay told as over (入院していた父が退院する), nor hospital costs (入院費).
_ADMITTED_40f21 = re.compile(
    r"入院(?:する(?:こと|ん|の)|が決ま|がきま|になっ|になり|になる|決定|(?:の)?予定"
    r"|して(?:[0-9一二三四五六七八九十何数半]|もう|から)"
    r"|した(?!ら|とき|時|こと|事)|しました|しちゃ|してしま|してもう|してしも"
    r"|中(?!だった|でした)|ちゅう|して(?:い|お)?(?:る|ます)|しとる|しとります)"
)


def _admitted_to_hospital_now_40f21(found: _Found, ev: _Evidence) -> None:
    """See above. Only where care is there and health is not (the 入院 was read as care)."""
    admitted = _ADMITTED_40f21.search(found.text)
    if admitted is None:
        return
    why = "入院することになった（病気やけがの治療中）：健康・こころの相談"
    ev.add("health", "field", admitted.start(), admitted.start() + 2, why)


# 「うつで通院中の母が、電話で何度も「死にたい」って言ってくる。離れて住んでるので何もできない」:
# a parent (or grandparent) who goes to the clinic themself (通院中, 通院している) for an illness,
# with no age of 70 or more, no one going along and nothing else they need help with, is a
# health matter, not elderly care. Kept: 「母の通院に付き添っている」「80の母が通院中」
# 「足が悪くて一人で通院できない」「認知症の母が通院している」 (care by its own words).
_OWN_VISIT_40f21 = re.compile(r"中|ちゅう|し(?:て|と|ま)")
_HELPED_VISIT_40f21 = re.compile(
    r"付き添|付添|つきそ|送迎|送り迎え|おくりむかえ|連れて|つれて|乗せて|のせて"
    r"|(?:一人|ひとり|独り)で(?:は)?(?:行け|いけ|通え|かよえ|行かれ|通院でき)"
    # a parent who can no longer manage something (「食事の管理もできなくなってきた」)
    r"|でき(?:なく|なかっ|ひん|へん|ん(?:よう|く))|出来(?:なく|ない)|(?:無理|むり)に(?:なっ|なり)"
    r"|ままならな|おぼつかな|弱って|よわって|歩けな|あるけな|寝たきり|ねたきり|車いす|車椅子"
    r"|忘れ|わすれ|転ん|ころん|転倒|ふらつ"
)


def _parent_goes_to_the_clinic_40f21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Only where all the care evidence is the parent and the 通院 itself."""
    text = found.text
    if found.cue("elderly") or _HELPED_VISIT_40f21.search(text):
        return
    if any(a.years >= ELDERLY_AGE and a.person not in _CHILDREN | {"sibling"} for a in ages):
        return
    visits = [
        h
        for h in found.cue("care_need")
        if h.entry.form == "通院" and _OWN_VISIT_40f21.match(text, h.end)
    ]
    if not visits:
        return
    parents = [h for h in found.persons if h.entry.label in _CARED_FOR | {"grandparent"}]
    spans = {ev.norm.original_span(h.start, h.end) for h in visits + parents}
    keys = [k for k in ev.items if k[0] == "care"]
    if not keys or any((k[1], k[2]) not in spans for k in keys):
        return
    why = "親が自分で通院している（手助けが要る様子はない。介護ではない）"
    for key in keys:
        ev.pop(key, why)
    for hit in visits:
        ev.hit("health", "field", hit, "通院：健康・こころの相談")


# 「私は45歳でパートをしています。同居の母(78)が認知症で要介護1…母を見る人がいない」: the
# middle-aged child who lives with an old parent works part-time (パート, バイト, 派遣) or is the
# one who looks after the parent: the parent does not keep the child, so no 8050 (as
# _working_child_is_no_8050_37k20 for 会社勤め). Kept where the child lives on the parent's
# pension, does not work or stays in (「息子(52)はパートだけど生活費は私の年金頼み」).
_PART_TIME_40f21 = re.compile(
    r"(?:パート|アルバイト|バイト|派遣|契約社員|非常勤)"
    r"(?!(?:を|も|は|の仕事|先)?(?:を|も|が)?(?:辞|やめ|クビ|くび|首|切ら|きら|失|なくな|無くな|探|さが"
    r"|見つか|みつか|決まら|きまら|落ち|おち))"
    r"|働きながら|はたらきながら|仕事(?:を|も)?(?:減ら|へら|休ん|休み|やすみ|しながら|と介護)"
)
_CARES_FOR_PARENT_40f21 = re.compile(
    r"(?:母|父|親|祖母|祖父|義母|義父|姑|舅|おかん|おとん|お母さん|お父さん|おふくろ|親父)(?:さん)?"
    r"(?:[(（][0-9]{1,3}(?:歳|才|さい)?[)）])?"
    r"(?:の|を)[^。]{0,10}?(?:介護|世話|面倒(?:を|も)?(?:見|み|看)|面倒|見る人|みる人|看る人|見て|みて|看て)"
    r"|介護(?:を)?(?:して(?:い|お)?(?:ます|る)|しとる|しながら|を続け|続き)"
)
# The one who cares, the last named before it in the sentence: a parent (「母(81)が父の介護を
# していて」) is not the middle-aged child.
_CARER_NAMED_40f21 = re.compile(
    r"(私|わたし|あたし|自分|僕|俺|息子|娘|兄|姉|弟|妹|長男|長女|次男|次女"
    r"|母|父|親|祖母|祖父|義母|義父|姑|舅|夫|妻|主人|おかん|おとん|お母さん|お父さん)(?:さん)?"
    r"(?:\([0-9]+\))?(?:が|は|も)"
)
_PARENT_CARERS_40f21 = frozenset(
    {"母", "父", "親", "祖母", "祖父", "義母", "義父", "姑", "舅", "夫", "妻", "主人"}
    | {"おかん", "おとん", "お母さん", "お父さん"}
)
_KEPT_BY_PARENT_40f21 = re.compile(
    r"年金(?:で|に|頼|だのみ|だけ|暮らし|ぐらし)|仕送り|養って|やしなって|小遣い|こづかい"
    r"|すねかじり|スネかじり|親のお金|親の金"
)


def _carer_or_part_timer_no_8050_40f21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Only where a middle-aged age is given (the 50 of the 8050 read from ages).
    「面倒を見る」 read as the parent keeping the child does not count where it is the child's
    care of the parent (「姉(60)が母(90)の面倒を見ています」)."""
    if not any(a.years in MIDDLE_AGES and a.person in {"child", "sibling", "self"} for a in ages):
        return
    text = found.text
    if _KEPT_BY_PARENT_40f21.search(text):
        return
    given = [
        care.span()
        for care in _CARES_FOR_PARENT_40f21.finditer(text)
        if _child_gives_the_care_40f21(text, care)
    ]
    kept = [
        h
        for cue in _NOT_KEPT_CUES_37k20
        for h in found.cue(cue)
        if not any(a <= h.start and h.end <= b for a, b in given)
    ]
    if kept:
        return
    works = _PART_TIME_40f21.search(text)
    if works is None and not (ev.has("care") and given):
        return
    why = "中年の子が働いている・親を介護している（親に頼る暮らしではない。8050ではない）"
    ev.drop_label("8050", why)


def _child_gives_the_care_40f21(text: str, care: re.Match[str]) -> bool:
    """The care told in ``care`` is not given by a parent named last before it (same clause)."""
    begin, _ = _sentence_around(text, care.start(), care.end())
    begin = max(begin, text.rfind("、", begin, care.start()) + 1)  # the clause it is in
    carers = list(_CARER_NAMED_40f21.finditer(text, begin, care.start()))
    return not carers or carers[-1].group(1) not in _PARENT_CARERS_40f21


# 「同居の姉(60)が母(90)の面倒を見ています」: _care_of_older_people reads 「母の面倒」 as care, but
# an age in brackets between the parent and の (「母(90)の」「父（85歳）の」) kept them apart.
_AGED_OF_40f21 = re.compile(r"[(（][0-9]{1,3}(?:歳|才|さい)?[)）]の")


def _aged_parent_looked_after_40f21(found: _Found, ev: _Evidence) -> None:
    """See above: the writer or a sibling looks after a parent or spouse named with an age."""
    text = found.text
    cared = [h for h in found.persons if h.entry.label in _CARED_FOR | {"grandparent"}]
    work = [h for h in found.cue("family_care") if h.entry.form in _CARE_WORK]
    for person in cared:
        for hit in work:
            if _AGED_OF_40f21.fullmatch(text, person.end, hit.start):
                why = "親・配偶者の世話をしている"
                ev.hit("care", "field", person, f"{why}：{person.entry.note}")
                ev.hit("care", "field", hit, f"{why}：{hit.entry.note}")


# ---------------------------------------------------------------- round 32 (40e21)
# A partner's blow told in one sentence, the bruise in the next: 「夫は…私が口をはさむと髪を
# つかんで壁に押しつけてきます。昨日も顔にあざができてしまいました」. A son named elsewhere
# (息子の小学校のことで相談です) was not the one hurt.
_CHILD_WORD_40e21 = re.compile(
    r"子|児|赤ちゃん|赤ん坊|孫|生徒|こども|むすこ|むすめ|娘|甥|姪|弟|妹|ぼく|ボク"
)


def _bruise_after_partners_blow_40e21(found: _Found, ev: _Evidence) -> None:
    """As _bruise_from_a_partner_26u, for a bruise told in the sentence right after the one
    where a partner struck: with no child word in either sentence and no other person in the
    bruise's, the bruise is the writer's (DV), not a child's (abuse). A child in the blow's
    sentence or the bruise's (夫が息子を叩いて。腕にあざが) keeps the abuse."""
    text = found.text
    blows = found.cue("violence")
    dropped = []
    for bruise in found.cue("bruise"):
        begin, end = _sentence_around(text, bruise.start, bruise.end)
        if begin == 0 or _CHILD_WORD_40e21.search(text, begin, end):
            continue
        if any(begin <= p.start < end and p.entry.label != "self" for p in found.persons):
            continue
        p_begin, p_end = _sentence_around(text, begin - 1, begin - 1)
        if p_end > begin or _CHILD_WORD_40e21.search(text, p_begin, p_end):
            continue
        if not _PARTNER_26u.search(text, p_begin, p_end):
            continue
        if not any(p_begin <= b.start < p_end for b in blows):
            continue
        dropped.append((bruise.start, bruise.end))
    if dropped:
        why = "前の文でパートナーに暴力をふるわれたあとのあざ（子どもへの虐待ではない）"
        ev.drop_inside("abuse", dropped, why)
        ev.drop_inside("child", dropped, why)


# A child's home told by a relative or neighbour: 「家の中はごみだらけ」「ママずっと寝てる」
# 「ごはんは毎日カップラーメン」「2週間学校に行っていません」. One sign alone may be a busy
# week; two together are neglect (and a parent lying in bed all day is unwell).
_INSTANT_MEALS_40e21 = re.compile(
    r"(?:ご飯|ごはん|ゴハン|食事|夕飯|晩ご飯|晩ごはん|夜ご飯|夜ごはん|朝ご飯|朝ごはん|昼ご飯|昼ごはん)"
    r"(?:は|も)?(?:毎日|まいにち|いつも|ずっと|毎晩|まいばん|毎食|三食)(?:が|は)?"
    r"(?:カップラーメン|カップ麺|カップめん|インスタント|菓子パン|お菓子|おかし|スナック菓子|ポテチ)"
)
_GARBAGE_HOME_40e21 = re.compile(
    r"(?:家|いえ|部屋|へや|うち)(?:の中)?(?:は|が|も|中)?(?:ごみ|ゴミ)(?:だらけ|屋敷|やしき|の山|があふれ|で足の踏み場)"
    r"|散らかり放題|足の踏み場(?:も|が)(?:ない|なく)"
)
_PARENT_IN_BED_40e21 = re.compile(
    r"(?:ママ|まま|母|お母さん|おかあさん|かあさん|パパ|ぱぱ|お父さん|おとうさん|親)(?:は|が|も)?"
    r"(?:[^。、]{0,8}?(?:で|て))?(?:ずっと|ずーっと|いつも|一日中|いちにちじゅう|昼間も|ひるまも|朝から|あさから)"
    r"(?:寝て|ねて|寝と|ねと)(?:い)?(?:る|て|た|ます|ばかり|ばっかり|ばっか)"
)
_SCHOOL_AWAY_40e21 = re.compile(
    r"(?:[0-9一二三四五六七八九十数何]+(?:週間|か月|ヶ月|カ月|日)|ずっと)[^。]{0,4}?(?:学校|がっこう)(?:に|へ)?"
    r"(?:行って|いって|行けて|いけて)(?:い)?(?:ない|ません|なく)"
)
_UNKEPT_GATE_40e21 = ("寝", "ねて", "ねと", "ごみ", "ゴミ", "学校", "がっこう", "カップ", "散らか")
_A_BUSY_SPELL_40e21 = re.compile(
    r"夏休み|冬休み|春休み|休みの日|週末|土日|たまに|時々|ときどき|忙し"
)


def _child_unkept_at_home_40e21(found: _Found, ev: _Evidence) -> None:
    """See above: two or more of these signs where a child is the matter (ev has child) are
    neglect (abuse); the parent in bed all day is also a health matter. Not a grown son or
    daughter (8050, hikikomori), nor a holiday or busy spell (夏休みのお昼はカップ麺)."""
    text = found.text
    if _A_BUSY_SPELL_40e21.search(text):
        return
    signs = [
        m
        for regex in (
            _INSTANT_MEALS_40e21,
            _GARBAGE_HOME_40e21,
            _PARENT_IN_BED_40e21,
            _SCHOOL_AWAY_40e21,
        )
        if (m := regex.search(text)) is not None
    ]
    if len(signs) < 2:
        return
    why = "子どもの家がごみだらけ・ごはんは毎日カップ麺・親がずっと寝ている（ネグレクトのサイン）"
    for sign in signs:
        ev.add("abuse", "crisis", sign.start(), sign.end(), why)
    asleep = _PARENT_IN_BED_40e21.search(text)
    if asleep is not None:
        why = "親が一日中寝ている（親の心身の不調のおそれ）：健康・こころの相談"
        ev.add("health", "field", asleep.start(), asleep.end(), why)


# Quitting a job told of the one who has stayed in since: 「兄は仕事をやめて以来15年自室に
# こもっていて」「息子は会社を辞めてからずっと部屋に」. With no money named, the quitting dates
# the withdrawal; it is no hardship of the household (as _not_working_only_the_shut_in_40b21).
_QUIT_40e21 = re.compile(r"辞め|やめ|退職|辞職")


def _quit_before_shutting_in_40e21(found: _Found, ev: _Evidence) -> None:
    """See above. Kept with any money word, where the writer quit (私が仕事を辞めて), or where
    another hardship word stands."""
    text = found.text
    if _MONEY_WORDS_40b21.search(text):
        return
    hits = found.get("field", "hardship")
    stays = found.cue("stay_home")
    quits = []
    for hit in hits:
        if _QUIT_40e21.search(text, hit.start, hit.end) is None:
            return
        begin, end = _sentence_around(text, hit.start, hit.end)
        if not any(begin <= s.start < end and s.start >= hit.end for s in stays):
            return
        before = [p for p in found.persons if begin <= p.start and p.end <= hit.start]
        if not before or max(before, key=lambda p: p.end).entry.label == "self":
            return
        quits.append(hit)
    if not quits:
        return
    span = ev.norm.original_span
    told = {span(h.start, h.end) for h in quits}
    keys = [k for k in ev.items if k[0] == "hardship"]
    if any((k[1], k[2]) not in told for k in keys):
        return
    why = "こもっている人が前に仕事をやめた（お金の困りごとの言葉がない。ひきこもりとして扱う）"
    for key in keys:
        ev.pop(key, why)


# Children named only as the household a breadwinner keeps: 「妻と子ども2人がいて、家のローン
# もまだ」「家族は嫁と子が三人」. Other child words (a school, an age, 育てる) keep the field.
_HOUSEHOLD_40e21 = re.compile(
    r"(?:妻|嫁|女房|家内|夫|旦那|主人)(?:と|も)(?:子ども|子供|こども|子)(?:たち|達|ら)?(?:が|も)?"
    r"[0-9一二三四五六]+人(?:が|も)?(?:いて|います|いる|おる|おり|おります|あり)"
)


def _children_named_as_household_40e21(found: _Found, ev: _Evidence) -> None:
    """See above."""
    spans = [m.span() for m in _HOUSEHOLD_40e21.finditer(found.text)]
    if spans:
        why = "家族として名前が出ただけの子ども（子育ての相談ではない）"
        ev.drop_inside("child", spans, why)


# A job named in a short sentence of its own, then a request for leaflets: 「保育士です。
# 職場で配る子育て支援センターのチラシを何部かいただけますか」 (as _asked_for_work_35j12,
# which reads 「保育士をしています」).
_JOB_BARE_40e21 = re.compile(
    r"(?:^|[。!！\n])(?:私は|わたしは)?(?:保育士|看護師|介護士|介護福祉士|ヘルパー|ケアマネ|教員|教師|支援員"
    r"|相談員|社会福祉士|保健師|児童指導員|民生委員|生活支援員|養護教諭|学童の指導員)"
    r"(?:です|でございます|をしております)(?=[。!！\n]|$)"
)


def _job_then_leaflets_40e21(found: _Found, ev: _Evidence) -> None:
    """See above. Only where no crisis stands and no trouble of the writer's own is told."""
    text = found.text
    job = _JOB_BARE_40e21.search(text)
    if job is None or _OWN_MATTER_38r20.search(text):
        return
    spans = [_sentence_around(text, job.end() - 1, job.end())]
    spans += [_sentence_around(text, m.start(), m.end()) for m in _MATERIALS_35j12.finditer(text)]
    if len(spans) < 2:
        return
    why = "仕事での問い合わせ（書き手の困りごとではない）"
    for label in FIELDS:
        if ev.has(label):
            ev.drop_inside(label, spans, why)


# A university report on a service, asking what the city does: 「大学のレポートで、ひきこもり
# 支援について調べています。市の取り組みを教えていただけますか」.
_POLICY_40e21 = re.compile(r"取り組み|取組|とりくみ|施策|支援策|対策|事業|制度の概要")


def _report_on_a_service_40e21(found: _Found, ev: _Evidence) -> None:
    """As _topic_studied_for_a_report_40d21 (which asks for figures), for a report that asks
    what the city does: no field or pattern of the writer's. Not where a person of the writer's
    is named or something of their own is told (自分も, つらい, 払えない)."""
    text = found.text
    if found.persons or _POLICY_40e21.search(text) is None:
        return
    if _OWN_MATTER_38r20.search(text) or _OWN_MONEY_40d21.search(text):
        return
    why = "大学のレポートなどで調べている質問（本人の相談ではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# An old writer's own legs that keep them from errands: 「わしは82です。…わしも足が悪うなって
# 買い物にも行けんようになった」「78歳で一人暮らしです。膝が悪くて買い物にもなかなか出られず」.
# What they ask for is help with daily life (care), not treatment of the knee.
_ERRANDS_40e21 = re.compile(
    r"(?:買い物|買物|かいもの|かいもん|スーパー|ゴミ出し|ごみ出し|外出|出かけ|でかけ)(?:に|へ|さ|も|が)?(?:も)?"
    r"(?:なかなか|ひとりで|一人で|自分で)?"
    r"(?:行け|いけ|行か|いか|行が|いが|出られ|でられ|出れ|でれ|出せ|だせ)(?:ない|なく|ません|ん|ず|れ|ねぇ|ねえ|へん)"
)
_LEGS_40e21 = re.compile(r"膝|ひざ|ヒザ|足|あし|脚|腰|こし")
_ILLNESS_NAMED_40e21 = re.compile(
    r"心臓|しんぞう|がん|癌|骨折|手術|入院|リウマチ|病気|持病|痛み止め"
)


def _old_writers_legs_are_care_40e21(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: a writer who gives their own age of 70 or more, whose bad knees or legs are
    told in the sentence of errands they can no longer do, is a care matter; the knee words
    leave health. Kept: no age given (「うちも足腰が悪くて、買い物もままならん」), a carer's
    own knees (自分も膝が悪くて母の介護が), or an illness named (心臓, 骨折, 入院)."""
    if not any(a.person == "self" and a.years >= ELDERLY_AGE for a in ages):
        return
    text = found.text
    if _ILLNESS_NAMED_40e21.search(text) or _NURSING_40b21.search(text):
        return
    errands = [_sentence_around(text, m.start(), m.end()) for m in _ERRANDS_40e21.finditer(text)]
    if not errands:
        return
    span = ev.norm.original_span
    inside = [span(a, b) for a, b in errands]
    keys = [k for k in ev.items if k[0] == "health"]
    legs = [
        k
        for k in keys
        if _LEGS_40e21.search(ev.items[k].surface)
        and any(a <= k[1] and k[2] <= b for a, b in inside)
    ]
    if not legs or len(legs) != len(keys):
        return
    why = "高齢の本人の足や膝が悪くて買い物に行けない（暮らしの手助け：介護の相談）"
    for key in legs:
        ev.pop(key, why)


# How someone else looks, told by a visitor: 「ご主人が、寝たきりの奥さんの介護に疲れ果てた様子で」
# (_SEEMS reads ようです, みたい; a comma parts the subject from the exhaustion).
_LOOKS_40e21 = re.compile(r"(?:た|て(?:い|お)?(?:る|た))?(?:様子|ようす|感じ|かんじ|顔を|顔で)")


def _exhaustion_as_seen_40e21(found: _Found, ev: _Evidence) -> None:
    """See above: as _exhaustion_of_others, exhaustion told as how someone looks (様子, 顔) is
    not the writer's own health. Not the writer's own 「疲れ果てました」."""
    text = found.text
    why = "ほかの人の疲れた様子（書き手自身の健康の相談ではない）"
    for hit in found.get("field", "health"):
        if hit.entry.form in _EXHAUSTION and _LOOKS_40e21.match(text, hit.end):
            ev.drop("health", hit.start, hit.end, why)


def _round32_40e21(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 32 (40e21): each rule below runs only where the words it reads are there."""
    text = norm.text
    if "bruise" in found.cues and ev.has("abuse") and ev.has("dv"):
        _bruise_after_partners_blow_40e21(found, ev)
    grown = ev.has("8050") or ev.has("hikikomori")
    unkept = ev.has("child") and not ev.has("abuse") and not grown
    if unkept and any(word in text for word in _UNKEPT_GATE_40e21):
        _child_unkept_at_home_40e21(found, ev)
    if ev.has("hardship") and ev.has("hikikomori"):
        _quit_before_shutting_in_40e21(found, ev)
    if ev.has("health") and ("様子" in text or "ようす" in text or "感じ" in text or "顔" in text):
        _exhaustion_as_seen_40e21(found, ev)
    if ev.has("health") and ev.has("care") and ages:
        _old_writers_legs_are_care_40e21(found, ages, ev)
    if ev.has("child") and "人" in text and ("妻" in text or "嫁" in text or "夫" in text):
        _children_named_as_household_40e21(found, ev)
    crisis_now = any(ev.has(label) for label in CRISES)
    if ev.items and not crisis_now and _JOB_BARE_40e21.search(text):
        _job_then_leaflets_40e21(found, ev)
    if ev.items and not crisis_now and _STUDY_40d21.search(text):
        _report_on_a_service_40e21(found, ev)


# ---------------------------------------------------------------- round 33 (41a22)
# Children named only as the setting of the writer's own matter: 「子どもまだ2歳なのに」 after
# an overdose, 「子ども寝かしつけたあと、またカッターで腕やっちゃった」, 「子ども小さいし私
# 働けない」 after a partner's debt, 「私は乳児いて何もできない」 beside a parent's 8050 home.
# The child words stand in a clause that tells why or when, not what the matter is.
_CHILD_WORD_41a22 = r"(?:子ども|子供|こども|子|赤ちゃん|あかちゃん|乳児|息子|娘)(?:たち|達)?"
_CHILD_ASIDE_41a22 = re.compile(
    _CHILD_WORD_41a22
    + r"(?:は|が|も)?(?:まだ)?[0-9０-９一二三四五]{1,2}(?:歳|才|さい|か月|ヶ月|カ月)"
    r"(?:なのに|やのに|だし|だから|なんで(?!す)|なので)"
    r"|"
    + _CHILD_WORD_41a22
    + r"(?:を)?(?:寝かしつけ|ねかしつけ|寝かせ|ねかせ)(?:た|て)(?:あと|後|から)"
    r"|"
    + _CHILD_WORD_41a22
    + r"(?:が|は|も)?(?:まだ)?(?:小さい|ちいさい|いて|いる)(?:し|から|ので|んで)?[、,\s]?"
    r"(?:私|わたし|あたし)?(?:は|も)?(?:働け|はたらけ|何もでき|なにもでき|動け|うごけ|手伝え|てつだえ)"
    r"(?:ない|ません|ん)"
    r"|(?:私|わたし|あたし)(?:は|も)?"
    + _CHILD_WORD_41a22
    + r"(?:が)?(?:いて|いる|おって)(?:し|から|ので)?[、,]?(?:何も|なにも)?"
    r"(?:でき|動け|うごけ|手伝え|てつだえ|働け|はたらけ)(?:ない|ません|ん)"
)


def _children_only_the_setting_41a22(found: _Found, ev: _Evidence) -> None:
    """See above: child words inside such a clause leave child (and a double care they alone
    made); a child word told elsewhere (保育園, 夜泣き, an age as the subject) keeps it. Only
    where another field or a crisis stands, so the message keeps what it is about; not beside
    care (「下の子がまだ1歳なので義母の介護が」 is double care)."""
    if ev.has("care"):
        return
    others = [label for label in FIELDS + CRISES if label != "child" and ev.has(label)]
    if not others:
        return
    spans = [m.span() for m in _CHILD_ASIDE_41a22.finditer(found.text)]
    if spans:
        why = "いつ・なぜの説明として名前が出ただけの子ども（子どもの相談ではない）"
        ev.drop_inside("child", spans, why)
        if not ev.has("child"):
            ev.drop_inside("double_care", spans, why)


# 「この子つれてどっか消えちゃいたい」: a child the writer would take along, carried or led,
# is a small child at risk with the writer (the lexicon's 「この子」 is read as an 8050
# parent's word and does not count by itself).
_THIS_CHILD_ALONG_41a22 = re.compile(
    r"この子(?:ら|たち|達)?(?:を|と)?(?:つれて|連れて|抱いて|だいて|おんぶして|抱っこして|だっこして"
    r"|抱えて|かかえて)"
)


def _this_child_taken_along_41a22(found: _Found, ev: _Evidence) -> None:
    """See above. Only where the writer's suicide or a partner's violence is the matter."""
    for m in _THIS_CHILD_ALONG_41a22.finditer(found.text):
        why = "「この子つれて」（連れていく小さい子ども）：子ども・子育ての相談"
        ev.add("child", "field", m.start(), m.start() + 3, why)


# 「彼氏が息子にだけきつくて、昨日太もものとこにつねったアザあった」: a partner harsh to the
# child alone, the pinch and the bruise the child's. The writer is not the one harmed (no
# DV); the child is (abuse).
_AIMED_AT_CHILD_41a22 = re.compile(
    r"(?:彼氏|かれし|夫|旦那|だんな|主人|パートナー|交際相手|内縁の夫|恋人|再婚相手)(?:さん)?(?:が|は)"
    r"[^。]{0,6}?(?:息子|娘|子ども|子供|こども|上の子|下の子|長男|長女|次男|次女|連れ子)(?:に|には)"
    r"(?:だけ|ばかり|ばっかり)(?:は)?[^。]{0,4}?"
    r"(?:きつ|厳し|きびし|当た|あた|冷た|つめた|手を(?:あげ|上げ|出)|怒鳴|どな|叩|たた|殴|なぐ)"
)
_WRITER_HARMED_41a22 = re.compile(
    r"(?:私|わたし|あたし|うち|自分)(?:に|を|の|も|まで|にも)[^。]{0,10}?"
    r"(?:殴|なぐ|叩|たた|蹴|け[らりっ]|つね|押|怒鳴|どな|暴力|あざ|アザ|痣|手を(?:あげ|上げ|出))"
)


def _partner_harsh_to_the_child_only_41a22(found: _Found, ev: _Evidence) -> None:
    """See above. Kept: the writer is hit too (私にも手をあげる)."""
    text = found.text
    if _AIMED_AT_CHILD_41a22.search(text) is None or _WRITER_HARMED_41a22.search(text):
        return
    why = "パートナーが子どもにだけ手をあげる（書き手へのDVではない。子どもへの虐待）"
    ev.drop_label("dv", why)


# A farewell quoted from someone else: 「いままでありがとう、子どもたちよろしく」ってLINEきて.
# The children in the quote are the sender's, asked after; the writer's matter is the sender.
_FAREWELL_QUOTE_41a22 = re.compile(
    r"[「『][^」』]{0,40}?(?:よろしく|宜しく|お願い|おねがい|頼む|たのむ|頼みます|ありがと|さよなら|さようなら)"
    r"[^」』]{0,20}?[」』]"
)


def _children_in_a_farewell_quote_41a22(found: _Found, ev: _Evidence) -> None:
    """See above: child words inside a quoted farewell leave child, where suicide stands."""
    spans = [m.span() for m in _FAREWELL_QUOTE_41a22.finditer(found.text)]
    if spans:
        why = "別れのことばの中の子ども（送った人の子。書き手の子育ての相談ではない）"
        ev.drop_inside("child", spans, why)


# A partner disabled in mid-life whom the writer helps: 「夫が事故で車いすになって障害者手帳
# とりました。0歳育てながら夫の介助も」. The help (介助) is a disability matter, not elder care;
# raising a child beside it is still double care.
_PARTNERS_HELP_41a22 = re.compile(
    r"(?:夫|旦那|だんな|主人|妻|嫁|奥さん|パートナー)(?:さん)?の(?:身体)?(?:介助|かいじょ)"
)


def _partners_disability_help_is_no_elder_care_41a22(found: _Found, ev: _Evidence) -> None:
    """See above: where every care word is that help of a partner, with disability standing
    and no older person or elder-care word (認知症, 要介護, 高齢, an age of 65 or more)."""
    if found.cue("elderly"):
        return
    spans = [m.span() for m in _PARTNERS_HELP_41a22.finditer(found.text)]
    if not spans:
        return
    inside = [ev.norm.original_span(a, b) for a, b in spans]
    keys = [k for k in ev.items if k[0] == "care"]
    if not all(any(a <= k[1] and k[2] <= b for a, b in inside) for k in keys):
        return
    why = "障害のある夫や妻の介助（障害の相談。高齢の人の介護ではない）"
    for key in keys:
        ev.pop(key, why)


def _round33_41a22(found: _Found, ev: _Evidence) -> None:
    """Round 33 (41a22): each rule below runs only where the words it reads are there."""
    text = found.text
    if ev.has("child"):
        _children_only_the_setting_41a22(found, ev)
    danger = ev.has("suicide") or ev.has("dv") or ev.has("emergency")
    if danger and not ev.has("child") and "この子" in text:
        _this_child_taken_along_41a22(found, ev)
    only = "だけ" in text or "ばかり" in text or "ばっかり" in text
    if ev.has("dv") and ev.has("abuse") and only:
        _partner_harsh_to_the_child_only_41a22(found, ev)
    if ev.has("suicide") and ev.has("child") and ("「" in text or "『" in text):
        _children_in_a_farewell_quote_41a22(found, ev)
    if ev.has("care") and ev.has("disability") and ("介助" in text or "かいじょ" in text):
        _partners_disability_help_is_no_elder_care_41a22(found, ev)


# 41c22: a drunk partner's rampage told as the danger of now, not as a habit of drink.
_DRINK_HABIT_41c22 = re.compile(
    r"いつも|毎回|毎日|毎晩|まいばん|たびに|度に|ときは|時は|飲むと|のむと|飲んだら|のんだら"
    r"|飲みだすと|飲み出すと|酒癖|さけぐせ|酒乱|アル中|依存|断酒|やめ(?:て|させ|られ)|止め(?:て|させ|られ)"
    r"|また|いつになったら|量が|増え"
)


def _drunk_rampage_now_41c22(found: _Found, ev: _Evidence) -> None:
    """「今、夫が酒飲んで暴れとる。子ども連れて車に逃げとる」: a partner who has drunk and is
    violent right now is the DV and the emergency; the drink is no health matter of its own
    unless it is told as a habit (飲むと暴れる, 毎晩, 酒癖, やめさせたい)."""
    if _DRINK_HABIT_41c22.search(found.text):
        return
    why = "今酔って暴れている（DVと今の危険。お酒の問題として続いているとは書いていない）"
    for hit in found.get("field", "health"):
        if hit.entry.form == "酒…飲む…暴れる":
            ev.drop("health", hit.start, hit.end, why)


# 41c22: 「旦那がキレたら玄関の前に立って出してくれん」: kept in each time the partner is angry
# or drunk, a habit told as such (not 「今、出してくれない。トイレから」).
_KEPT_IN_WHEN_ANGRY_41c22 = re.compile(
    r"(?:キレたら|きれたら|キレると|きれると|怒ったら|おこったら|怒ると|おこると|怒り出したら"
    r"|酔ったら|よったら|酔うと|飲んだら|のんだら|暴れたら|あばれたら|たびに|度に|いつも|毎回"
    r"|毎晩|毎日)[^。]{0,30}?(?:帰して|かえして|帰らせて|かえらせて|出して|だして)"
    r"(?:くれな|くれん|くれへん|もらえな|もらえん)"
)
_KEPT_IN_NOW_41c22 = re.compile(r"いま|今|トイレ|といれ|隠れ|かくれ|こっそり|助けて|たすけて")
_KEPT_IN_GATE_41c22 = ("出して", "だして", "帰して", "かえして", "帰らせて", "かえらせて")


def _kept_in_when_angry_41c22(found: _Found, ev: _Evidence) -> None:
    """「旦那がキレたら壁殴ったり物投げたりして、玄関の前に立って出してくれんけん怖い」: a
    partner who keeps the writer in whenever angry is DV (control), told as a habit, not
    someone shut in right now: the emergency that 「出してくれん…怖い」 raised is withdrawn.
    Not when the writer says it is now (今, トイレから, 隠れて, 助けて)."""
    text = found.text
    if _KEPT_IN_NOW_41c22.search(text):
        return
    habit = _KEPT_IN_WHEN_ANGRY_41c22.search(text)
    if habit is None or "spouse" not in found.person_labels():
        return
    why = "怒ったときに出してくれない（いつものことで、今閉じ込められているのではない）"
    for hit in found.get("crisis", "emergency"):
        if hit.entry.note.startswith("会った人が帰してくれない") and _overlaps_span(
            hit, habit.span()
        ):
            if not ev.has("dv"):
                note = "パートナーが怒ると出してくれない（支配・脅し）"
                ev.add("dv", "crisis", habit.start(), habit.end(), note)
            ev.drop("emergency", hit.start, hit.end, why)


def _overlaps_span(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start < span[1] and span[0] < hit.end


# ---------------------------------------------------------------- round 33 (41d22)
# A partner who shuts a child in, told with the child as the topic and the partner as the one
# who does it: 「自閉症の息子(中2)がパニックになると、夫が押し入れに閉じ込めます」. _restraint
# reads any restraint beside a partner as DV (the writer shut in); an active verb (閉じ込めます,
# not 閉じ込められ) with a son or daughter earlier in the sentence is the child's, abuse.
_WRITER_OBJECT_41d22 = re.compile(
    r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)(?:のこと)?(?:を|まで)"
)


def _partner_shuts_child_in_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. The restraint leaves DV (the partner named only for it leaves too, while
    any other act against the writer, 私も蹴られます, keeps the DV). Not the passive (夫に
    押し入れに閉じ込められ: the writer), nor the writer named as the one shut in (夫が私を…),
    nor a grown son or daughter with no disability named."""
    text = found.text
    partner = _own_partners(found)
    grown = {id(a.person_hit) for a in ages if a.person_hit is not None and a.years >= 18}
    acts = []
    kids: list[Hit] = []
    for hit in found.cue("restraint"):
        if text.startswith(("られ", "らせ", "させ"), hit.end):
            continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        doers = [
            p for p in partner if begin <= p.start and p.end <= hit.start and text[p.end] in "がは"
        ]
        if not doers or _WRITER_OBJECT_41d22.search(text, begin, hit.start):
            continue
        young = [
            p
            for p in found.persons
            if p.entry.label == "child"
            and begin <= p.start < doers[0].start
            and (id(p) not in grown or ev.has("disability"))
        ]
        if not young:
            continue
        acts.append(hit)
        kids += young
    if not acts:
        return
    why = "パートナーが子どもを押し入れなどに閉じ込める：虐待の疑い"
    for hit in acts + kids:
        ev.hit("abuse", "crisis", hit, why)
    for kid in kids:
        ev.hit("child", "field", kid, "子どもが閉じ込められる：子ども・子育ての相談")
    ev.drop_inside("dv", [(h.start, h.end) for h in acts], "子どもを閉じ込める（子どもへの虐待）")
    persons = {ev.norm.original_span(p.start, p.end) for p in partner}
    left = [k for k in ev.items if k[0] == "dv"]
    if left and all((k[1], k[2]) in persons for k in left):
        for key in left:
            ev.pop(key, "子どもを閉じ込める（パートナーから書き手への暴力の話ではない）")


# A child shut out in the cold, seen before and again: 「雪の日なのにベランダに出されて泣いて
# いました。何回も見ています」. _child_shut_out_in_the_cold_now_37q20 reads the いま inside
# 泣いていました and 見ています as 「今」; a past form, or a present one told with 何回も or
# いつも, is what the neighbour keeps seeing (abuse), not a child out there now.
_NOW_NOTE_41d22 = "子どもが雪や暑さの中に今も出されている：緊急（今の危険）"
_HABIT_41d22 = re.compile(
    r"何回も|何度も|なんども|なんかいも|何回か|何度か|たびたび|度々|しょっちゅう|いつも|毎回"
    r"|前から|まえから|よく"
)


def _shut_out_seen_before_41d22(found: _Found, ev: _Evidence) -> None:
    """See above. Kept where a real 今, いま, ずっと or a count of minutes stands."""
    keys = [
        k for k, item in ev.items.items() if k[0] == "emergency" and item.note == _NOW_NOTE_41d22
    ]
    text = found.text
    if not keys or _HABIT_41d22.search(text) is None:
        return
    for now in _NOW_37q20.finditer(text):
        verb = now.start() > 0 and text[now.start() - 1] in "てで" and now.group() == "いま"
        if verb and text.startswith("いました", now.start()):
            continue  # 泣いていました: past
        if verb:
            begin, end = _sentence_around(text, now.start(), now.end())
            if _HABIT_41d22.search(text, begin, end):
                continue  # 何回も見ています: what is seen again and again
        return
    why = "前から何回も見ている閉め出し（虐待。今まさに外にいる話ではない）"
    for key in keys:
        ev.pop(key, why)


# An old parent who still looks after a disabled middle-aged child and is at the limit: 「90歳
# の母がいまだに、障害のある60歳の弟の面倒を見ています。母ももう限界のようです」. In 8050 a
# parent's age alone is no care; the parent who can no longer cope is.
_AT_LIMIT_41d22 = re.compile(
    r"(?:母|父|親|両親|母親|父親|おふくろ|おやじ|お母さん|おかあさん|お父さん|おとうさん|ばあちゃん"
    r"|じいちゃん|おかん|おとん)(?:さん|ちゃん)?(?:も|は|が)(?:もう)?(?:体力的に|からだ的に|体が|からだが)?"
    r"(?:限界|げんかい|もたない|持たない|もちません|弱って|よわって|弱ってき|倒れそう|たおれそう)"
)


def _old_parent_at_the_limit_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: with 8050 and a parent aged 70 or more (or an old-parent word), the parent
    said to be at the limit is care. Not a younger parent (母は60で…限界)."""
    old = any(a.years >= ELDERLY_AGE and a.person in _PARENTS | {None} for a in ages)
    if not (old or found.cue("old_parent") or found.cue("elderly")):
        return
    why = "高齢の親がもう限界（親自身が手助けを要する）：介護の相談"
    for limit in _AT_LIMIT_41d22.finditer(found.text):
        ev.add("care", "field", limit.start(), limit.end(), why)


# The writer's own disability pension taken by a partner: 「夫に…障害年金も通帳ごと取り上げられ
# ています」. _partner_takes_writers_money_35j12 keeps it from elder abuse; the pension row
# (年金を取り上げられている高齢の人) still gave care.
_OWN_PENSION_41d22 = ("障害", "障がい", "障碍")


def _writers_disability_pension_taken_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Not an older writer (an age of 65 or more, an elderly word), nor where a
    parent, child or other kin is named."""
    if found.cue("elderly") or any(a.years >= 65 for a in ages):
        return
    if any(p.entry.label not in ("spouse", "self") for p in found.persons):
        return
    why = "パートナーが書き手の障害年金を取る（経済的DV。高齢の人の介護の相談ではない）"
    for key, item in list(ev.items.items()):
        if key[0] != "care" or "年金" not in item.surface:
            continue
        if ev.text[max(0, item.start - 3) : item.start].endswith(_OWN_PENSION_41d22):
            ev.pop(key, why)


# A service's staff member in a short sentence of their own, asking about training or leaflets:
# 「障害福祉サービス事業所の職員です。虐待防止の研修は事業所向けのものもありますか？」 (as
# _job_then_leaflets_40e21, for a workplace named with the job).
_STAFF_BARE_41d22 = re.compile(
    r"(?:^|[。!！\n])(?:私は|わたしは)?[^。!！?？\n、私母父夫妻娘息子]{1,20}?"
    r"の(?:職員|スタッフ|支援員|相談員|所長|管理者|施設長|サービス管理責任者|サビ管|事務員|看護師|保育士|ヘルパー|指導員)(?:です|でございます|をしております"
    r"|をしています|をしてます)(?=[。!！\n]|$)"
)


def _service_staff_asks_41d22(found: _Found, ev: _Evidence) -> None:
    """See above. Only with no crisis and no trouble of the writer's own told."""
    text = found.text
    job = _STAFF_BARE_41d22.search(text)
    if job is None or _OWN_MATTER_38r20.search(text):
        return
    spans = [_sentence_around(text, job.end() - 1, job.end())]
    spans += [_sentence_around(text, m.start(), m.end()) for m in _MATERIALS_35j12.finditer(text)]
    if len(spans) < 2:
        return
    why = "事業所の職員としての問い合わせ（書き手の困りごとではない）"
    for label in FIELDS:
        if ev.has(label):
            ev.drop_inside(label, spans, why)


# The writer who is helped by others every day: 「介助してもらってばかりで、家族に迷惑しかかけて
# ない」. With no age and no older person, help received in daily life is a disability, not
# elderly care.
_ASSISTED_41d22 = re.compile(
    r"介助(?:を|も)?(?:して|し)?(?:もらって|もらわな|もらう|もらい|受けて|うけて|受けな)"
    r"|介助(?:が|は)?(?:ないと|なしでは|なしじゃ|なければ|必要|ひつよう)"
)


def _writer_assisted_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: every care word lies in the help received; the writer is the one helped
    (no person named but the writer, or only as the helper: 母に介助してもらって). Not an older
    writer (age 65 or more, an elderly word), nor a parent's or spouse's 介助."""
    if found.cue("elderly") or any(a.years >= 65 for a in ages):
        return
    text = found.text
    helps = list(_ASSISTED_41d22.finditer(text))
    if not helps:
        return
    for person in found.persons:
        if person.entry.label != "self" and not text.startswith(("に", "から"), person.end):
            return
    span = ev.norm.original_span
    inside = [span(*m.span()) for m in helps]
    keys = [k for k in ev.items if k[0] == "care"]
    if not keys or not all(any(a <= k[1] and k[2] <= b for a, b in inside) for k in keys):
        return
    why = "介助を受けて暮らしている書き手（身体の障害：障害の相談）"
    for key in keys:
        ev.add_original("disability", "field", ev.items[key], why)
        ev.pop(key, "介助を受けているのは書き手自身（高齢の人の介護ではない）")


# A young spouse looked after because of a disability or an illness: 「夫が事故で車いす生活に
# なりました。夫の身の回りの世話をしながら2歳と5歳の子を育てています」. Care is elderly care;
# the husband's wheelchair is a disability matter (double care still stands).
_ELDER_WORDS_41d22 = re.compile(
    r"介護|かいご|認知症|要介護|要支援|ボケ|ぼけ|物忘れ|徘徊|デイサービス|ケアマネ|老人|特養|高齢|年寄"
    r"|老老|老々|寝たきり|義母|義父|姑|舅"
)
_SPOUSE_NEED_41d22 = re.compile(
    r"車いす|車椅子|くるまいす|障害|障がい|麻痺|まひ|マヒ|半身|失明|目が見えな|事故|脳梗塞|脳出血"
    r"|脳卒中|難病|ALS|透析|手術|病気|がん|癌"
)


def _young_spouse_cared_for_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: the writer's partner is the only one cared for (no parent or grandparent
    named), no one is 65 or more, no elderly-care word (介護, 認知症, 寝たきり) is there, and the
    partner's disability or illness is told (and raised disability or health): the care field
    leaves. Double care is kept."""
    labels = found.person_labels()
    if "spouse" not in labels or labels - {"spouse", "child", "self"}:
        return
    if found.cue("elderly") or any(a.years >= 65 for a in ages):
        return
    text = found.text
    if _ELDER_WORDS_41d22.search(text) or _SPOUSE_NEED_41d22.search(text) is None:
        return
    why = "若い配偶者の障害や病気による世話（高齢の人の介護ではない。障害・健康の相談）"
    ev.drop_label("care", why)


# Good news told with nothing asked: 「一人で暮らせるようになりました！グループホームを出て半年、
# 毎日たのしいです」. A service named in a happy report is no concern.
_PROGRESS_41d22 = re.compile(r"ようになりました|ようになれました|ようになったよ|ようになった[!！]")
_HAPPY_41d22 = re.compile(
    r"たのしい|楽しい|うれしい|嬉しい|幸せ|しあわせ|順調|じゅんちょう|充実|じゅうじつ|毎日が楽"
)
_ASK_OR_TROUBLE_41d22 = re.compile(
    r"[?？]|か[。．]|か$|ですか|ますか|ください|下さい|教えて|知りたい|相談|どう|困|こま|不安|心配"
    r"|つら|辛|しんど|苦し|くるし|大変|たいへん|助けて|たすけて|悩|なや|でも|けど|けれど|ただ|しかし"
    r"|怖|こわ|迷惑|無理|むり|限界|ない|なく|ません|寂し|さみし|さびし"
)


def _good_news_told_41d22(found: _Found, ev: _Evidence) -> None:
    """See above: something the writer can now do (ようになりました) and a happy word, with no
    question, no request and no trouble or negative anywhere: fields and patterns leave."""
    text = found.text
    if _PROGRESS_41d22.search(text) is None or _HAPPY_41d22.search(text) is None:
        return
    if _ASK_OR_TROUBLE_41d22.search(text):
        return
    why = "うれしい報告（相談ごとではない）"
    for key in [k for k in ev.items if k[0] in FIELDS or k[0] in PATTERNS]:
        ev.pop(key, why)


# A disabled son or daughter of no stated age, looked after: 「障害のある娘の世話に、もう疲れま
# した」. The 世話 of a son or daughter with a disability may be lifelong: it is the disability
# that is told, not child-rearing, unless an age, a school or a small child is named.
_DISABLED_KIN_CARE_41d22 = re.compile(
    r"(?:障害|障がい|自閉症|ダウン症|重度|重心|医療的ケア)[^。、]{0,6}?(?:の|のある|がある)"
    r"(?:娘|息子|子|子ども|子供|こども|長男|長女|次男|次女)(?:さん)?の(?:世話|せわ|面倒|めんどう|介助|ケア)"
)
_YOUNG_SIGNS_41d22 = re.compile(
    r"学校|小学|中学|高校|保育|幼稚園|療育|放課後|学年|児|歳|才|(?<!くだ)さい|赤ちゃん|乳児|幼児|小さい|小[1-6１-６]"
    r"|中[1-3１-３]|高[1-3１-３]|[0-9０-９]"
)


def _disabled_kin_of_no_age_41d22(found: _Found, ev: _Evidence) -> None:
    """See above: every child item lies in the 世話 of the disabled son or daughter and no
    sign of a young age is in the message. Not beside the care of a parent (自閉症の息子の世話
    をしながら、要介護の母も: double care, the son raised as a child)."""
    text = found.text
    if _YOUNG_SIGNS_41d22.search(text):
        return
    cares = list(_DISABLED_KIN_CARE_41d22.finditer(text))
    if not cares:
        return
    span = ev.norm.original_span
    inside = [span(*m.span()) for m in cares]
    keys = [k for k in ev.items if k[0] == "child"]
    if not keys or not all(any(a <= k[1] and k[2] <= b for a, b in inside) for k in keys):
        return
    why = "障害のある子（年齢の書いていない息子・娘）の世話（障害の相談。子育ての相談ではない）"
    for key in keys:
        ev.pop(key, why)


def _grown_child_by_age_41d22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「娘(ダウン症、20歳)が、通所先の男性職員に体をさわられた」: a son or daughter given an
    age of 18 or more is no child; the child field that _child_victims drew from the abuse
    (子どものこと：…) leaves when every son or daughter named is that old."""
    kids = [p for p in found.persons if p.entry.label == "child"]
    aged = {id(a.person_hit) for a in ages if a.person_hit is not None and a.years >= 18}
    if not kids or not all(id(p) in aged for p in kids):
        return
    keys = [k for k in ev.items if k[0] == "child"]
    if not keys or not all(ev.items[k].note.startswith(_FROM_ABUSE) for k in keys):
        return
    for key in keys:
        ev.pop(key, "18歳以上の息子・娘（子どもへの虐待・子育ての相談ではない）")


def _round33_41d22(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 33 (41d22): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("dv") and not ev.has("abuse") and "restraint" in found.cues:
        _partner_shuts_child_in_41d22(found, ages, ev)
    if ev.has("emergency") and ev.has("abuse"):
        _shut_out_seen_before_41d22(found, ev)
    if ev.has("8050") and not ev.has("care") and _AT_LIMIT_41d22.search(text):
        _old_parent_at_the_limit_41d22(found, ages, ev)
    if ev.has("care") and ev.has("dv") and "年金" in text:
        _writers_disability_pension_taken_41d22(found, ages, ev)
    crisis_now = any(ev.has(label) for label in CRISES)
    if ev.items and not crisis_now and _STAFF_BARE_41d22.search(text):
        _service_staff_asks_41d22(found, ev)
    if ev.has("care") and "介助" in text:
        _writer_assisted_41d22(found, ages, ev)
    told = ev.has("disability") or ev.has("health")
    if ev.has("care") and told and not minor and "spouse" in found.person_labels():
        _young_spouse_cared_for_41d22(found, ages, ev)
    if ev.items and not crisis_now and "ように" in text:
        _good_news_told_41d22(found, ev)
    if ev.has("child") and not minor and ev.has("disability") and not ev.has("care"):
        _disabled_kin_of_no_age_41d22(found, ev)
    if ev.has("child") and not minor and ages and ev.has("abuse"):
        _grown_child_by_age_41d22(found, ages, ev)


# ---------------------------------------------------------------- round 33 (41b22)

# 「娘が連れてきた彼氏が5歳の孫をやたら怒鳴る」: the partner is a daughter's or son's, and the
# one shouted at or struck is a (grand)child.
_RELATIVES_PARTNER_41b22 = re.compile(
    r"(?:娘|むすめ|長女|次女|三女|姉|妹|息子|むすこ|長男|次男|弟|兄|嫁|お嫁さん)"
    r"(?:の|が連れてきた|が連れて来た|がつれてきた|が付き合っている|が付き合ってる|がつきあってる"
    r"|が付き合い始めた|と暮らしている|と暮らしてる|と住んでいる|と住んでる)"
    r"(?:新しい|あたらしい)?(?:彼氏|かれし|カレシ|恋人|こいびと|交際相手|再婚相手|内縁の夫|同居人"
    r"|彼女|かのじょ|男|おとこ|彼(?![女ら等氏]))(?:さん)?"
)
_CHILD_HARMED_41b22 = re.compile(
    r"(?:が|は)[、,]?[^。]{0,10}?(?:孫|まご|子ども|子供|こども|赤ちゃん|あかちゃん|上の子|下の子"
    r"|[0-9０-９一二三四五六七八九十]{1,2}(?:歳|才|さい|か月|ヶ月)の(?:子|孫|娘|息子|男の子|女の子))"
    r"(?:ちゃん|くん)?(?:を|に)[^。]{0,8}?(?:怒鳴|どな|叩|たた|殴|なぐ|蹴|け[らりっ]|つね|ぶ[たつっ]|暴力)"
)


def _relatives_partner_harms_a_child_41b22(found: _Found, ev: _Evidence) -> None:
    """「娘が連れてきた彼氏が5歳の孫をやたら怒鳴るんです。…背中と太ももに青いあざ」: the partner
    is the writer's daughter's (or son's), and the one shouted at or struck is a grandchild or
    child: child abuse, not DV, and the partner is no spouse who needs care (so no double
    care). Kept: the daughter struck by her own partner (「娘が彼氏に殴られている」: DV)."""
    text = found.text
    partner = _RELATIVES_PARTNER_41b22.search(text)
    if partner is None or _CHILD_HARMED_41b22.match(text, partner.end()) is None:
        return
    spouses = [p for p in found.persons if p.entry.label == "spouse"]
    if any(not (partner.start() <= p.start and p.end <= partner.end()) for p in spouses):
        return  # the writer's own partner is named too
    why = "娘や息子の交際相手が孫や子どもを怒鳴る・叩く：子どもへの虐待（本人のDVではない）"
    for key in [k for k in ev.items if k[0] == "dv"]:
        ev.add_original("abuse", "crisis", ev.items[key], why)
        ev.pop(key, why)
    if found.person_labels() & _PARENTS:
        return  # a parent of the writer may still need care
    why = "娘や息子の交際相手（本人の配偶者ではない。介護の相手ではない）"
    for key in [k for k in ev.items if k[0] == "care"]:
        if ev.items[key].note.startswith("親・配偶者が手助けを要する"):
            ev.pop(key, why)
    if not ev.has("care"):
        ev.drop_label("double_care", why)


# 「中2の娘が夏休み明けから学校に行けなくなりました。朝になるとお腹が痛いと言って」
_SCHOOL_REFUSAL_41b22 = re.compile(
    r"学校(?:に|へ|には)?(?:行けな|いけな|行かな|いかな|行きたくな|いきたくな|行き渋|行きしぶ)"
    r"|不登校|登校(?:でき|しぶ|渋|を嫌|をいや|拒否)|行き渋り|行きしぶり"
    # 41l22: 「娘が中1の秋から学校に行けていません」
    r"|学校(?:に|へ|には)?(?:行けて|いけて|行って|いって)(?:い)?(?:な|ませ)"
)
_MORNING_ACHE_41b22 = re.compile(
    r"痛い|痛く|いたい|いたく|腹痛|頭痛|吐き気|はきけ|気持ち悪|きもちわる"
)
_SAID_IN_THE_MORNING_41b22 = re.compile(r"朝|登校|学校|行く前|行く時間|月曜|日曜の夜")
_SAID_BY_41b22 = re.compile(r"と言|って言|と訴|を訴|がる|がって|って泣|と泣")


def _aches_before_school_41b22(ev: _Evidence) -> None:
    """See above: the stomach or head that aches in the morning, told of a child who cannot go
    to school, is how the school refusal shows (child), not a health matter of its own. Kept:
    a pain with a name (胃潰瘍, 片頭痛の薬), or told apart from mornings and school."""
    text = ev.text
    if _SCHOOL_REFUSAL_41b22.search(text) is None:
        return
    keys = [k for k in ev.items if k[0] == "health"]
    aches = []
    for key in keys:
        if not _MORNING_ACHE_41b22.fullmatch(ev.items[key].surface):
            return
        begin, end = _sentence_around(text, key[1], key[2])
        sentence = text[begin:end]
        if not (_SAID_IN_THE_MORNING_41b22.search(sentence) and _SAID_BY_41b22.search(sentence)):
            return
        aches.append(key)
    why = "学校に行けない子の朝の腹痛・頭痛（不登校の様子：子どもの相談）"
    for key in aches:
        ev.pop(key, why)


_OWN_PENSION_41b22 = re.compile(r"(?:障害|障がい|障害者|遺族)(?:基礎|厚生)?$")


def _disability_pension_is_no_parents_money_41b22(ev: _Evidence) -> None:
    """「統合失調症で障害年金をもらっている52の娘と二人で暮らしています」: the 年金 of an 8050 home
    read as the parent's money the child lives on is, after 障害 or 遺族, the child's own
    pension (no hardship by itself). Kept: 「親の年金で暮らしている」."""
    text = ev.text
    why = "子ども本人の障害年金（親のお金で暮らしているのではない）"
    for key in [k for k in ev.items if k[0] == "hardship"]:
        item = ev.items[key]
        if item.note.startswith("親のお金で暮らしている") and _OWN_PENSION_41b22.search(
            text, 0, key[1]
        ):
            ev.pop(key, why)


# Services for adults with a disability: a son or daughter who lives or works there is grown.
_ADULT_SERVICE_41b22 = re.compile(
    r"グループホーム|入所施設|作業所|就労継続|就労移行|[AB]型(?:事業所|に通|で働)|生活介護"
    r"|障害者支援施設"
)
_BARE_CHILD_41b22 = frozenset({"子", "息子", "娘", "子ども", "子供", "こども", "むすこ", "むすめ"})


def _grown_child_in_adult_services_41b22(ev: _Evidence) -> None:
    """「知的障害の息子がお世話になってるグループホームで、職員さんに怒鳴られて…うまく説明でき
    ない子なので」: a son or daughter with a disability who lives in a group home or goes to a
    workshop is a grown one; 子, or harm told of them, is no child-rearing matter. Kept: an
    age, a school year or a school word (「小3の息子が放課後デイで」), and 障害児 services."""
    text = ev.text
    if _ADULT_SERVICE_41b22.search(text) is None or "障害児" in text:
        return
    keys = [k for k in ev.items if k[0] == "child"]
    for key in keys:
        item = ev.items[key]
        if item.surface not in _BARE_CHILD_41b22 and not item.note.startswith("子どものこと："):
            return
    why = "グループホームや作業所を使う障害のある大人の子（子育ての相談ではない）"
    for key in keys:
        ev.pop(key, why)


_CARE_WORK_41b22 = re.compile(r"介助|世話|介護(?!の相談)|看病|おむつ|入浴|トイレ|着替え")
# A spouse or parent read as needing help, or a facility word (施設〜入所, 施設に入れる).
_FACILITY_NOTES_41b22 = ("親・配偶者が手助けを要する", "施設〜入所", "施設に入れる")


def _facility_of_a_disabled_child_41b22(found: _Found, ev: _Evidence) -> None:
    """「障害のある息子のこと、私がいなくなれば保険金で施設代くらいは出るのかな…夫は何も言わない
    し」: a facility named after a son or daughter with a disability, and before any parent or
    spouse, is the child's (a disability matter); the spouse named later needs no care, so
    there is neither care nor double care. Kept: 「母の施設を探している」 (the parent before
    the facility) and care words of their own (認知症, 介護)."""
    why = "障害のある子の施設（親や配偶者の介護ではない）"
    keys = [k for k in ev.items if k[0] == "care"]
    if not all(ev.items[k].note.startswith(_FACILITY_NOTES_41b22) for k in keys):
        return
    # 41d22 may have withdrawn the care already (a young spouse's disability), leaving the
    # double care it was read from: 「介護と子育てが重なる：親・配偶者が手助けを要する：施設」.
    doubled = [k for k in ev.items if k[0] == "double_care"]
    needs = [
        k
        for k in keys + doubled
        if ("施設" in ev.items[k].surface or "入所" in ev.items[k].surface)
        and any(note in ev.items[k].note for note in _FACILITY_NOTES_41b22)
    ]
    if not needs:
        return
    first = min(k[1] for k in needs)
    span = ev.norm.original_span
    people = [(span(p.start, p.end)[1], p.entry.label) for p in found.persons]
    if any(end <= first and label in _CARED_FOR for end, label in people):
        return
    if not any(end <= first and label == "child" for end, label in people):
        return
    reasons = [ev.items[k].note.removeprefix("介護と子育てが重なる：") for k in doubled]
    if any(_CARE_WORK_41b22.search(reason) for reason in reasons):
        return  # 「…夫も脳梗塞で介助が要る」: someone else's care told too
    for key in keys + doubled:
        ev.pop(key, why)


# Sleep and waking lost to the night's caring: 「夜中に何度も起こされて朝起きられず」.
_LOST_SLEEP_41b22 = re.compile(
    r"(?:朝)?(?:起きられ|おきられ|起きれ|おきれ|起きら|眠れ|ねむれ|寝られ|ねられ|寝れ|寝不足|睡眠不足)"
    r"(?:ず|ん|ない|なく|なくて|なかった|ません)?"
)
_WOKEN_AT_NIGHT_41b22 = re.compile(r"起こされ|おこされ|夜中|よなか|夜間|毎晩|夜通し|見守|世話|介護")


def _young_carers_lost_sleep_41b22(ev: _Evidence) -> None:
    """「高1の娘が認知症の祖母を見てくれています。夜中に何度も起こされて朝起きられず、遅刻が増え
    た」: as _carers_sleep_and_strain for the writer, a young carer's sleep lost to the night's
    caring is the young carer's matter, not a health one. Kept: other health words (頭痛,
    うつ), and sleep lost in a sentence with no night or caring in it."""
    text = ev.text
    keys = [k for k in ev.items if k[0] == "health"]
    lost = []
    for key in keys:
        if not _LOST_SLEEP_41b22.fullmatch(ev.items[key].surface):
            return
        begin, end = _sentence_around(text, key[1], key[2])
        if _WOKEN_AT_NIGHT_41b22.search(text, begin, end) is None:
            return
        lost.append(key)
    why = "ヤングケアラーが夜の世話で眠れない・起きられない（健康の相談には数えない）"
    for key in lost:
        ev.pop(key, why)


def _round33_41b22(found: _Found, minor: bool, ev: _Evidence) -> None:
    """Round 33 (41b22): each rule below runs only where the words it reads are there."""
    text = found.text
    if ev.has("dv") and ("孫" in text or "子" in text or "まご" in text):
        _relatives_partner_harms_a_child_41b22(found, ev)
    if ev.has("child") and ev.has("health") and not minor:
        _aches_before_school_41b22(ev)
    if ev.has("hardship") and ev.has("8050") and ("障" in found.text or "遺族" in found.text):
        _disability_pension_is_no_parents_money_41b22(ev)
    if ev.has("child") and ev.has("disability") and not minor:
        _grown_child_in_adult_services_41b22(ev)
    cared = ev.has("care") or ev.has("double_care")
    if cared and ev.has("disability") and ("施設" in text or "入所" in text):
        _facility_of_a_disabled_child_41b22(found, ev)
    if ev.has("young_carer") and ev.has("health"):
        _young_carers_lost_sleep_41b22(ev)


# ---------------------------------------------------------------- round 33 (41h22)
# 41h22: a pupil whose grandparent (or parent) can no longer go to the toilet, bathe or dress
# alone: 「おばあちゃんがトイレに一人で行けなくて、夜中に何回も起こされます。学校で寝ちゃって
# 先生におこられた。高1です」. The body's care is care even when a child writes (as
# _PERSONAL_CARE for care_need); the pupil woken for it, helping, or losing school to it is a
# young carer.
_OLDER_KIN_41h22 = frozenset({"grandparent"}) | _PARENTS
_HELPS_41h22 = re.compile(
    r"起こされ|おこされ|起こして|おこして|起きて|おきて|手伝|てつだ|連れて行|連れてい|つれて|付き添|つきそ"
    r"|支えて|ささえて|介助|かいじょ|(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち)(?:が|しか)"
)
_SCHOOL_LOST_41h22 = re.compile(
    r"学校で(?:寝|ねて|ねちゃ|居眠り)|授業中(?:に)?(?:寝|ね)|居眠り|いねむり|遅刻|ちこく"
    r"|宿題(?:が|も)?(?:でき|やれ|終わら)|学校(?:を|も)?(?:休|やす)"
)


def _pupil_and_the_elders_body_41h22(found: _Found, ev: _Evidence) -> None:
    """See above. The older kin must be named before the decline in the same sentence; a
    sibling (弟がトイレに一人で行けない) is not. Housework a parent no longer does
    (母が料理できなくなった) stays out, as before."""
    text, sentences = found.text, found.tokens.sentences
    older = [p for p in found.persons if p.entry.label in _OLDER_KIN_41h22]
    if not older:
        return
    for hit in found.cue("daily_decline"):
        if _PERSONAL_CARE.search(text, hit.start, hit.end) is None:
            continue
        whose = [
            p
            for p in older
            if p.end <= hit.start
            and hit.start - p.end <= 12
            and sentences[p.first] == sentences[hit.first]
        ]
        if not whose:
            continue
        why = "祖父母や親がトイレや風呂を一人でできない（体の世話）"
        ev.hit("care", "field", whose[-1], f"{why}：{whose[-1].entry.note}")
        ev.hit("care", "field", hit, why)
        sign = _HELPS_41h22.search(text, hit.end) or _SCHOOL_LOST_41h22.search(text)
        if sign is not None:
            why = "子ども本人が祖父母や親の体の世話を担っている"
            ev.hit("young_carer", "pattern", hit, why)
            ev.add("young_carer", "pattern", sign.start(), sign.end(), why)
        return


# 41h22: 「妻がうつで寝込んでいて、家のことと小さい子ども二人のことを私一人でやっています」:
# the house and the children carried alone beside an ill partner is double care (as
# _ill_partner_and_the_childrens_chores_35i12, whose chores are 送り迎え, 弁当).
_CHILD_WORK_41h22 = (
    r"(?:子ども|子供|こども|子|息子|娘|上の子|下の子|赤ちゃん|あかちゃん)(?:たち|達|ら)?"
    r"(?:[一二三2-3]人|ふたり|さんにん)?(?:の)?(?:こと|世話|せわ|面倒|めんどう)"
)
_HOUSE_WORK_41h22 = r"(?:家のこと|家事|かじ|炊事)"
_ALONE_WITH_BOTH_41h22 = re.compile(
    r"(?:"
    + _HOUSE_WORK_41h22
    + r"(?:と|も|や|、)[^。]{0,12}?"
    + _CHILD_WORK_41h22
    + r"|"
    + _CHILD_WORK_41h22
    + r"(?:と|も|や|、)[^。]{0,8}?"
    + _HOUSE_WORK_41h22
    + r")"
    r"(?:も|を|は)?[、,]?(?:全部|ぜんぶ|ほとんど)?(?:私|わたし|あたし|俺|おれ|僕|ぼく|自分)?(?:が)?"
    r"(?:一人で|ひとりで|1人で|独りで|(?:全部|ぜんぶ)(?:私|わたし|あたし|俺|おれ|僕|ぼく))"
)


def _house_and_children_alone_41h22(found: _Found, ev: _Evidence) -> None:
    """See above. The partner's illness must describe the writer's own partner and be no
    passing one (風邪, つわり); the house and children alone with a well partner are not."""
    partners = _own_partners(found)
    if not partners:
        return
    text = found.text
    ill = [
        hit
        for label in _PARTNERS_ILLNESS
        for hit in found.get("field", label)
        for p in partners
        if _describes(text, hit, p) and _PASSING.search(text, p.end, hit.end) is None
    ]
    if not ill:
        return
    both = _ALONE_WITH_BOTH_41h22.search(text, min(h.start for h in ill))
    if both is None:
        return
    why = "病気の配偶者を支えながら家のことと子どもの世話を一人で"
    for hit in ill:
        ev.hit("double_care", "pattern", hit, f"{why}：{hit.entry.note}")
    ev.add("double_care", "pattern", both.start(), both.end(), why)


# ---------------------------------------------------------------- round 33 (41j22)
# 「嫁が入院しとる間、孫二人をうちで見とるけど」: a son's or daughter's family member in hospital,
# told only as while the writer minds the grandchildren, is why the writer looks after them,
# not a health matter of the writer's (the lexicon blocks the word; _admitted_to_hospital_now
# would read the stay as news).
_STAY_AS_THE_REASON_41j22 = re.compile(
    r"(?:嫁|娘|息子|婿|むこ|よめ|むすめ|むすこ)(?:さん)?(?:が|の)入院"
    r"(?:しとる|している|してる|しよる|しとった|していた|中の|中)(?:間|あいだ|うち)"
    r"(?=[^。]{0,20}?(?:孫|まご|子ども|子供|こども|見とる|みとる|見てる|みてる|見よる|預か|あずか"
    r"|世話|せわ|面倒|めんどう))"
)


def _stay_in_hospital_as_the_reason_41j22(found: _Found, ev: _Evidence) -> None:
    """See above: health read from that 入院 alone goes."""
    spans = [m.span() for m in _STAY_AS_THE_REASON_41j22.finditer(found.text)]
    if spans:
        why = "家族が入院している間、孫を預かる（入院はわけ。健康の相談ではない）"
        ev.drop_inside("health", spans, why)


# 「孫が、わしの目が悪いもんで毎日買い物に行ってくれる」: a grandchild who helps the writer is a
# care matter of the writer's (the lexicon's row); the writer is cared for, not caring while
# raising the grandchild, so the double care read from that care and 孫 goes.
_HELPED_BY_GRANDCHILD_41j22 = "書き手の体が悪くて孫が家事をしてくれる：介護の相談"


def _helped_by_a_grandchild_41j22(found: _Found, ev: _Evidence) -> None:
    """See above. Only where every care item is that row."""
    cares = [key for key in ev.items if key[0] == "care"]
    if not cares or any(ev.items[key].note != _HELPED_BY_GRANDCHILD_41j22 for key in cares):
        return
    why = "孫に助けてもらっている（書き手が助けられる側。介護と子育ての重なりではない）"
    for key in [k for k in ev.items if k[0] == "double_care"]:
        if ev.items[key].note.startswith("介護と子育てが重なる："):
            ev.pop(key, why)


# ---------------------------------------------------------------- round 33 (41i22)
# 「上の子は小1、下は保育園。そこに実家の父が要介護2になって週3で通ってます」: the 介護 inside
# 要介護 (a care level, like 要支援, 介護保険, 介護認定) is no one's act of care, so a school
# child named before it does not care for anyone (no young carer); the writer raising the
# children and caring for the parent is double care.
_CARE_STATUS_41i22 = re.compile(
    r"要介護|ようかいご|要支援|介護保険|介護認定|介護度|介護サービス|介護施設|介護休暇|介護休業"
)


def _care_level_is_no_childs_care_41i22(
    found: _Found, ages: list[Age], minor: bool, ev: _Evidence
) -> None:
    """See above. Only where every word of family care is inside such a status word."""
    spans = [m.span() for m in _CARE_STATUS_41i22.finditer(found.text)]
    care = found.cue("family_care")
    if not spans or not care:
        return
    if not all(any(a <= h.start and h.end <= b for a, b in spans) for h in care):
        return
    why = "「要介護」などは状態の言葉（子どもが世話をしているのではない）"
    ev.drop_label("young_carer", why)
    ev.drop_inside("child", spans, why)
    _double_care(found, ages, minor, ev)


# 「去年家賃を滞納した時に助けてもらいました。今は就職してちゃんと払えてます。ありがとうござい
# ました」: arrears of the past, paid now that the writer works, told with thanks and no worry
# after it: no hardship now (as _arrears_paid_and_thanked_38r20, for 「今は払えてます」).
_PAYING_NOW_41i22 = re.compile(
    r"(?:今は|いまは|今では|いまでは|現在は|おかげで|おかげさまで)[、,]?[^。]{0,16}?"
    r"(?:(?:払え|はらえ|返せ|かえせ)て(?:い)?(?:ます|る|おり)|(?:ちゃんと|きちんと|毎月)(?:払って|はらって)"
    r"(?:い)?(?:ます|る)|就職(?:し|でき|が決ま)|仕事(?:が|も)(?:見つか|みつか|決ま|きま)"
    r"|(?:働け|はたらけ)(?:て|る)|生活(?:が|も)?(?:落ち着|おちつ|安定))"
)


def _arrears_of_the_past_paid_now_41i22(found: _Found, ev: _Evidence) -> None:
    """See above. Kept when a worry follows (でも, また, 心配, 教えて) or no past is told."""
    text = found.text
    if any(ev.has(label) for label in CRISES):
        return
    now = _PAYING_NOW_41i22.search(text)
    if now is None or _PAST_34c12.search(text, 0, now.start()) is None:
        return
    if _WORRY_NOW_35j12.search(text, now.end()) is not None:
        return
    why = "前の滞納を今は払えているというお礼（今の困りごとではない）"
    ev.drop_label("hardship", why)


def _seventies_alone_short_of_money_41i22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """「年金だけじゃ足りなくて食費を削ってます。75歳の一人暮らしです」: a writer in their
    seventies who lives alone and writes of money, with no need for help told, is a hardship
    matter, not care (as _own_age_and_living_alone_40d21 below 75; from 80 the age alone is
    care, as in 8050)."""
    own = [a for a in ages if a.person == "self"]
    if not own or any(a.years >= _OLD_ENOUGH for a in own):
        return
    if any(a.person != "self" and a.years >= ELDERLY_AGE for a in ages):
        return
    if found.get("field", "care") or found.cue("daily_decline") or found.cue("care_worry"):
        return
    if any(h.entry.form != "一人暮らし" for h in found.cue("care_need")):
        return
    if {"health", "disability"} & ev.present() or any(ev.has(label) for label in CRISES):
        return
    if any(p.entry.label in _CARED_FOR for p in found.persons):
        return
    why = "本人が70代で一人暮らし、お金の困りごと（手助けが要る様子がない。介護の相談ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


def _round33_41i22(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 33 (41i22): each rule below runs only where the words it reads are there."""
    text = norm.text
    carer = not minor and ev.has("young_carer") and ev.has("care")
    level = "介護" in text or "要支援" in text or "ようかいご" in text
    if carer and level and not ev.has("double_care"):
        _care_level_is_no_childs_care_41i22(found, ages, minor, ev)
    if ev.has("hardship") and _THANKS_34c12.search(text):
        _arrears_of_the_past_paid_now_41i22(found, ev)
    if ev.has("care") and ev.has("hardship") and ages:
        _seventies_alone_short_of_money_41i22(found, ages, ev)


# 41g22: 「隣の一人暮らしのおばあちゃん、新聞が3日分たまってて、呼んでも返事がないです」: an
# answer not given to someone calling from outside the home (the door, the chime, newspapers
# piling up) is the emergency of not being seen; no one knows yet that the body has failed,
# so the call alone is no health matter (as 「ノックしても返事がない」). Kept with a sign of the
# body (倒れている, 息, 意識, ぐったり, 動かない) or someone seen inside.
_CALLED_FROM_OUTSIDE_41g22 = re.compile(
    r"新聞|しんぶん|郵便|ゆうびん|ポスト|ノック|チャイム|インターホン|インターフォン|ピンポン|呼び鈴"
    r"|よびりん|玄関|げんかん|ドア|どあ|戸を|雨戸|あまど|カーテン|電気が|電気も|明かり|あかり|洗濯物"
    r"|外から|そとから|家の前|いえの前|窓の外"
)
_BODY_SEEN_41g22 = re.compile(
    r"倒れ|たおれ|息|いき(?:を|が|して)|呼吸|意識|ぐったり|動かな|うごかな|動かへん|動けな|うごけな|顔色"
    r"|脈|血|けいれん|痙攣|白目|泡|布団|ふとん|ベッド|床に|ゆかに|中で|なかで|見えた|みえた|見える"
    r"|のぞ|覗|寝たまま|ねたまま|目を(?:開け|あけ|覚ま|さま)"
)
_CALL_UNANSWERED_FORMS_41g22 = frozenset(
    {"呼ぶ…返事…ない", "呼ぶ…反応…ない", "声…かける…返事…ない"}
)


def _call_unanswered_from_outside_41g22(found: _Found, ev: _Evidence) -> None:
    """See above: health that only the unanswered call raised is withdrawn."""
    text = found.text
    if _CALLED_FROM_OUTSIDE_41g22.search(text) is None or _BODY_SEEN_41g22.search(text):
        return
    why = "外から呼んでも返事がない（姿が見えない緊急。体の急変とはまだ分からない）"
    for hit in found.get("field", "health"):
        if hit.entry.form in _CALL_UNANSWERED_FORMS_41g22:
            ev.drop("health", hit.start, hit.end, why)


# 41g22: 「子どもの運動会で親子リレー走って死ぬかと思った笑」「息子の学校で命の授業があって、
# 家でも色々話せました。良い授業をありがとうございます」: a school day or event told as a
# laugh, a joy or thanks, with nothing asked or worried about, is everyday talk, not a
# child-rearing matter. Only where child is the message's one label.
_SCHOOL_DAY_41g22 = re.compile(
    r"運動会|うんどうかい|体育祭|参観|発表会|学芸会|音楽会|文化祭|合唱祭|遠足|修学旅行|入学式|卒業式"
    r"|入園式|卒園式|お遊戯会|おゆうぎ会|授業|じゅぎょう|リレー|綱引き|つなひき|徒競走|かけっこ|運動場"
)
_TOLD_AS_CHAT_41g22 = re.compile(
    r"笑|(?<![A-Za-z])[wWｗＷ]{1,}(?![A-Za-z])|ありがと|よかった|良かった|楽しかった|たのしかった|楽しめ"
    r"|嬉しかった|うれしかった|感動|かんどう|話せました|はなせました|いい授業|良い授業|すてき|素敵"
)
_ASKED_OR_WORRIED_41g22 = re.compile(
    r"相談|そうだん|心配|しんぱい|困|こま[っら]|悩|なや|不安|ふあん|つら|辛|しんど|大変|たいへん|どう(?:し|す|な|やっ)"
    r"|[?？]|教えて|おしえて|知りたい|しりたい|いじめ|けが|ケガ|怪我|骨折|痛|いた[いく]|泣|休|行けな|いけな"
    r"|行かな|いかな|嫌|いや[がだ]|怖|こわ|叩|たた[かい]|殴|怒|おこ[らっ]|ついていけ|立たされ|払|お金|おかね"
    r"|積立|疲れ|つかれ|ぐったり|眠れ|ねむれ|熱|ねつ|具合|ぐあい|友達が|友だちが|一人で|ひとりで"
)


def _school_day_told_as_chat_41g22(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    if any(ev.has(label) for label in FIELDS + CRISES + PATTERNS if label != "child"):
        return
    if _SCHOOL_DAY_41g22.search(text) is None or _TOLD_AS_CHAT_41g22.search(text) is None:
        return
    if _ASKED_OR_WORRIED_41g22.search(text):
        return
    why = "子どもの学校行事や授業の笑い話・お礼（相談ごとではない）"
    ev.drop_label("child", why)


# ---------------------------------------------------------------- round 33 (41m22)

# 41m22: 「彼氏が娘にきつく当たるので、私が夜勤の間に叩かれてないか不安です」: the partner (or
# a step-parent) is feared to harm the child while the writer is away (the lexicon's row). The
# blows named there are the child's, feared, not done to the writer: no DV, unless the writer
# is hit too (私にも手をあげる).
_FEARED_WHILE_AWAY_41m22 = "パートナーや継父が子どもにきつく、私がいない間に"


def _feared_harm_while_away_41m22(found: _Found, ev: _Evidence) -> None:
    """See above: DV evidence inside the feared harm is withdrawn; abuse stands."""
    spans = [
        (hit.start, hit.end)
        for hit in found.get("crisis", "abuse")
        if hit.entry.note.startswith(_FEARED_WHILE_AWAY_41m22)
    ]
    if not spans or _WRITER_HARMED_41a22.search(found.text):
        return
    why = "留守の間に子どもが何かされていないか（子どもへの虐待のおそれ。書き手へのDVではない）"
    ev.drop_inside("dv", spans, why)


# ---------------------------------------------------------------- round 33 (41l22)
# 「東京に住んでいる娘です。要介護1の父が実家で一人暮らしなのですが、三日前から電話に出ません。
# 近所の方も姿を見ていないそうです」: an old parent unseen by the neighbours is the emergency
# (already read); the 姿を見ない that signs a shut-in child's neglect does not apply when the
# only child named is the writer (娘です), no child is there and a parent is.
_YOUNG_41l22 = re.compile(
    r"子ども|子供|こども|赤ちゃん|あかちゃん|赤ん坊|小さい子|ちいさい子|幼い|おさない|小学|中学|園児"
    r"|乳児|幼児|児童|生徒|孫|まご"
)


def _unseen_old_parent_is_no_neglect_41l22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Only where every abuse item is that unseen sign and the emergency is
    raised; a child unseen (隣の子の姿を見ない) keeps the neglect."""
    if any(a.person == "child" and a.years < ADULT_AGE for a in ages):
        return
    abuse = [k for k in ev.items if k[0] == "abuse"]
    if not abuse or not all(
        ev.items[k].note.startswith("ネグレクトのサイン：") and "姿" in ev.items[k].surface
        for k in abuse
    ):
        return
    text = found.text
    if _YOUNG_41l22.search(text) or not (found.person_labels() & _OLDER_KIN):
        return
    kids = [p for p in found.persons if p.entry.label == "child"]
    if any(not _THE_WRITER_AS_CHILD.match(text, p.end) for p in kids):
        return
    children = [k for k in ev.items if k[0] == "child"]
    if not all("ネグレクトのサイン：" in ev.items[k].note for k in children):
        return
    why = "年をとった親の姿を近所の人も見ていない（緊急として扱う。子どものネグレクトではない）"
    for key in abuse + children:
        ev.pop(key, why)
    cares = [k for k in ev.items if k[0] == "care"]
    mistaken = [k for k in cares if ev.items[k].note.startswith("介護の場での虐待：")]
    if len(mistaken) < len(cares):
        for key in mistaken:
            ev.pop(key, why)
    ev.drop_label("double_care", why)


# 「70代の母がふさぎこんでいて、あんなに好きだった畑にも出なくなりました」: an older parent's
# low mood is part of their care (_said_of_the_cared_for) where a care need is told; where the
# only care read is the age, the low mood is the matter itself: health stays beside it.
_AGE_ONLY_41l22 = re.compile(r"[0-9]+歳（高齢）")
_CARED_FOR_MOOD_41l22 = "介護の要る人の落ち込みや受診の拒否"


def _low_mood_of_an_old_parent_41l22(ev: _Evidence) -> None:
    """See above. Not a refusal to see a doctor (受診してくれない), which stays care."""
    cares = [k for k in ev.items if k[0] == "care"]
    if not cares or not all(_AGE_ONLY_41l22.fullmatch(ev.items[k].note) for k in cares):
        return
    why = "年をとった親の落ち込み（年齢のほかに介護の様子はない：健康・こころの相談）"
    for item, reason in list(ev.dropped):
        if item.label != "health" or not reason.startswith(_CARED_FOR_MOOD_41l22):
            continue
        if _MOOD.search(item.surface):
            ev.add_original("health", "field", item, why)


# 「母が父の介護で疲れ切っていて、母自身もここ数か月ろくに眠れていないようです」: sleep lost
# while caring is the care matter (_carers_sleep_and_strain), but told as the carer's own
# (自身も, 自身が) it is that person's health, as 「私自身が眠れなくて」 told apart is.
_OWN_41l22 = re.compile(r"自身(?:も|が|は|まで|、)")


def _carers_own_sleep_41l22(ev: _Evidence) -> None:
    """See above: 自身 within the clause just before the sleep words."""
    why = "介護している人自身が眠れていない（その人の健康・こころの相談）"
    for item, reason in list(ev.dropped):
        if item.label != "health" or not reason.startswith("世話や介護による寝不足"):
            continue
        before = re.split(r"[。！？!?、]", ev.text[max(0, item.start - 16) : item.start])[-1]
        if _OWN_41l22.search(before) is not None:
            ev.add_original("health", "field", item, why)


# 「母は先月、施設で穏やかに看取っていただきました。担当のケアマネさんにお礼を伝えたいのです
# が」: thanks after the cared-for one's death (看取っていただいた, 亡くなりました) is no care
# matter (as _past_matter_resolved_35j12, which asks for 去年 or 昔, not 先月). Only the care
# words in the sentences of the death and the thanks go; none where a worry follows (父が
# 一人になって心配) or a care word stands in another sentence (父も入所させたい).
_DIED_41l22 = re.compile(
    r"看取(?:りました|っていただ|ってもら|ってくださ|ってくれ)|みと(?:りました|っていただ|ってもら)"
    r"|見送りました|亡くなりました|亡くなった|なくなりました|亡くしました|他界しました|旅立ちました|永眠"
)
_WORRY_41l22 = re.compile(
    r"心配|しんぱい|不安|困って|困り|こまって|つらい|辛い|しんどい|今度は|こんどは|始ま|はじま"
    r"|どうしたら|どうすれば|これから|この先|一人に|ひとりに|一人暮らし|残され|のこされ"
)


def _care_ended_at_a_death_thanked_41l22(ev: _Evidence) -> None:
    """See above."""
    text = ev.text
    died = _DIED_41l22.search(text)
    thanks = _THANKS_34c12.search(text)
    if died is None or thanks is None or _WORRY_41l22.search(text, died.end()):
        return
    told = [m.span() for m in _SENTENCE.finditer(text) if m.start() <= died.start() < m.end()]
    told += [m.span() for m in _SENTENCE.finditer(text) if m.start() <= thanks.start() < m.end()]
    cares = [k for k in ev.items if k[0] == "care"]
    if not all(any(a <= k[1] and k[2] <= b for a, b in told) for k in cares):
        return
    why = "亡くなった家族の介護のお礼（今の介護の相談ではない）"
    for key in cares + [k for k in ev.items if k[0] == "double_care"]:
        ev.pop(key, why)


def _round33_41l22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """Round 33 (41l22): each rule below runs only where the words it reads are there."""
    text = found.text
    if ev.has("abuse") and ev.has("emergency") and "姿" in text:
        _unseen_old_parent_is_no_neglect_41l22(found, ages, ev)
    if ev.has("care") and not ev.has("health"):
        _low_mood_of_an_old_parent_41l22(ev)
    if ev.has("care") and "自身" in text:
        _carers_own_sleep_41l22(ev)
    crisis_now = any(ev.has(label) for label in CRISES)
    if ev.has("care") and not crisis_now and _THANKS_34c12.search(text):
        _care_ended_at_a_death_thanked_41l22(ev)


# ---------------------------------------------------------------- round 33 (41k22)
# 「母の介護でしんどくて、私のほうが眠れなくなってしまいました」: _carers_sleep_and_strain
# reads sleep lost to the caring as the care matter (寝られない while watching at night), but
# the writer stressing that they themselves (私のほうが, 私まで, こっちが) have become unable to
# sleep (眠れなくなった: a change of state, insomnia) tells the carer's own health.
_OWN_INSOMNIA_41k22 = re.compile(
    r"(?:私|わたし|あたし|自分|じぶん|こっち|僕|ぼく|俺|おれ)(?:の方|のほう|の方こそ|のほうこそ)?"
    r"(?:が|まで|も|の方が|のほうが)[^。、]{0,4}?$"
)
_BECAME_SLEEPLESS_41k22 = re.compile(
    r"(?:眠れ|ねむれ|寝られ|ねられ|寝れ|ねれ)(?:なく|んく)(?:な|て)"
)


def _carer_became_sleepless_41k22(found: _Found, ev: _Evidence) -> None:
    """See above: the health hit withdrawn for the caring comes back."""
    text = found.text
    why = "介護をしている書き手自身が眠れなくなった：健康・こころの相談"
    for hit in found.get("field", "health"):
        if _BECAME_SLEEPLESS_41k22.search(text, hit.start, hit.end + 3) is None:
            continue
        if _OWN_INSOMNIA_41k22.search(text, max(0, hit.start - 12), hit.start) is None:
            continue
        o_start, o_end = ev.norm.original_span(hit.start, hit.end)
        if ("health", o_start, o_end) in ev.items:
            continue
        ev.dropped = [
            (item, w)
            for item, w in ev.dropped
            if not (item.label == "health" and (item.start, item.end) == (o_start, o_end))
        ]
        ev.hit("health", "field", hit, why)


# 「じいちゃんが急にろれつ回らなくなって右手が動かないっぽい」: a stroke's signs now are the
# emergency and health; as in _bodily_emergency_words_not_care_37m20 the care read from the
# older person and the emergency's words goes, also where a care word (動かない) runs on
# past the end of the stroke's words. Only for the signs of a stroke (脳卒中).
_STROKE_NOTE_41k22 = "脳卒中"
_LIMB_BEFORE_41k22 = re.compile(r"(?:手|足|腕|うで|半身|手足|指)(?:が|も)?$")


def _stroke_signs_not_care_41k22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. A named care need (認知症, 寝たきり, 介護) keeps care."""
    health = found.get("field", "health")
    strokes = [e for e in found.get("crisis", "emergency") if _STROKE_NOTE_41k22 in e.entry.note]
    if not strokes or not any(_overlaps(h, e) for h in health for e in strokes):
        return
    span = ev.norm.original_span
    around = [span(e.start, e.end) for e in found.get("crisis", "emergency")]
    only_old = {span(h.start, h.end) for h in found.cue("elderly")}
    only_old |= {span(a.start, a.end) for a in ages if a.years >= ELDERLY_AGE}
    # 「…ろれつが回らなくなって左手が動かない」: a hand or leg that will not move, told in the
    # sentence of the stroke's words, is one more of its signs.
    text = found.text
    for hit in found.cue("care_need"):
        limb = _LIMB_BEFORE_41k22.search(text, max(0, hit.start - 4), hit.start)
        where = _sentence_around(text, hit.start, hit.end)
        same = any(_sentence_around(text, e.start, e.end) == where for e in strokes)
        if limb is not None and same:
            only_old.add(span(hit.start, hit.end))
    care = [(key[1], key[2]) for key in ev.items if key[0] == "care"]
    if care and all(
        item in only_old or any(item[0] < b and a < item[1] for a, b in around) for item in care
    ):
        why = "脳卒中のサイン（救急・健康の相談。高齢というだけで介護にしない）"
        ev.drop_inside("care", [(0, len(found.text))], why)


# ---------------------------------------------------------------- round 33 (41n22)
# 「育休中に母ががんで入院。赤ちゃん抱っこしながら毎日病院に通ってます」: a writer with a baby
# (育休・赤ちゃんを抱っこ) who goes to a parent's bedside every day (看病・付き添い・毎日病院に
# 通う) raises a child and cares for a parent at once: double care, also where no care word
# (介護) is written.
_PARENT_IN_HOSPITAL_41n22 = re.compile(
    r"(?:母|父|はは|ちち|母親|父親|両親|親|義母|義父|姑|舅|お母さん|お父さん|おかあさん|おとうさん"
    r"|実母|実父|祖母|祖父)(?:さん)?(?:が|は|も)[^。]{0,12}?(?:入院|にゅういん|手術|しゅじゅつ"
    r"|がん|癌|ガン|抗がん剤|闘病|倒れ|たおれ|骨折|こっせつ)"
)
_AT_THE_BEDSIDE_41n22 = re.compile(
    r"(?:毎日|まいにち|連日|毎晩|毎朝|週[0-9一二三四五六七]+(?:回|日)?)[^。]{0,6}?"
    r"(?:病院|びょういん|見舞い|みまい|お見舞い|付き添い|つきそい)(?:に|へ)?(?:通|かよ|行|い[っき])"
    r"|(?:看病|かんびょう|付き添い|付きそい|つきそい)(?:を)?(?:し|で|に)"
)
_RAISING_A_BABY_41n22 = re.compile(
    r"育休|育児休暇|産休|赤ちゃん|あかちゃん|赤ん坊|乳児|新生児|(?:抱っこ|だっこ|おんぶ)(?:し|ひも)"
    r"|ベビーカー|授乳|子連れ|(?:子ども|子供|こども|下の子|息子|娘)を(?:連れて|つれて|抱いて)"
)


def _baby_and_a_parent_in_hospital_41n22(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    ill = _PARENT_IN_HOSPITAL_41n22.search(text)
    if ill is None:
        return
    visits = _AT_THE_BEDSIDE_41n22.search(text)
    baby = _RAISING_A_BABY_41n22.search(text)
    if visits is None or baby is None:
        return
    why = "赤ちゃんを育てながら親の入院に毎日通う（子育てと看病が重なる）"
    for match in (baby, ill, visits):
        ev.add("double_care", "pattern", match.start(), match.end(), why)


# 「誰か相談にのってくれんか」「誰か話を聞いてくれませんか」: a request for someone to talk to
# (くれないか, with the question) is asking for help, not the 誰〜ない of having no one.
_REQUEST_AFTER_41n22 = re.compile(
    r"(?:くれ|もらえ|いただけ)(?:ない|ん|ません|へん|ねえ|ねぇ)?(?:か|かね|かな|かのう|かい|\?|？)"
)


def _someone_asked_for_not_isolation_41n22(found: _Found, ev: _Evidence) -> None:
    """See above. Only 誰か (someone); 誰にも (no one) keeps isolation."""
    text = found.text
    why = "誰かに相談にのってほしいという頼み（孤立の言葉ではない）"
    for hit in found.get("pattern", "isolation"):
        if not text.startswith("誰か", hit.start):
            continue
        if _REQUEST_AFTER_41n22.search(text[hit.start : hit.end + 6]) is None:
            continue
        ev.drop("isolation", hit.start, hit.end, why)


# 「借金が400万を超えて家族にも言えない」「妊娠したかも。親にも言えない」: a matter named in the
# sentence (a debt, a pregnancy, lost work) kept from the family is a secret told to us, not
# having no one (孤立); 「家族にも友達にも相談できない」 and 「誰にも」 keep isolation, as does any
# other isolation word (一人で抱えて).
_ISOLATION_NOTE_41n22 = "周りの人に話せない"
_KEPT_FROM_FAMILY_41n22 = re.compile(
    r"(?:家族|かぞく)(?:に|には|にも)(?!\S{0,6}?(?:友達|友だち|ともだち|誰|周り))"
)
_MATTER_KEPT_41n22 = re.compile(
    r"借金|しゃっきん|借り|かり[たて]|ローン|リボ|キャッシング|サラ金|消費者金融|滞納|未払い|妊娠|にんしん"
    r"|クビ|くび|解雇|失業|仕事を失|仕事をなく|ギャンブル|パチンコ|競馬"
)


_ALONE_41n22 = re.compile(
    r"(?:一人|ひとり|独り|1人)(?:で|きりで|ぼっちで)?(?:抱え|かかえ|悩|なや|耐え|たえ)|孤独|こどく|孤立"
)


def _matter_kept_from_family_41n22(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    hits = found.get("pattern", "isolation")
    if _ALONE_41n22.search(text):
        return
    if not hits or any(_ISOLATION_NOTE_41n22 not in h.entry.note for h in hits):
        return
    why = "借金などを家族に言えない（打ち明けにくい事情。孤立の言葉ではない）"
    for hit in hits:
        if _KEPT_FROM_FAMILY_41n22.match(text, hit.start) is None:
            return
        start = max(text.rfind("。", 0, hit.start) + 1, hit.start - 30)
        if _MATTER_KEPT_41n22.search(text, start, hit.start) is None:
            return
    for hit in hits:
        ev.drop("isolation", hit.start, hit.end, why)


# 「じいちゃんの耳が遠くなってきて、物忘れも出てきた」: an older relative's hearing going, told
# beside a care need (物忘れ, 要介護), is one more sign of their growing old and part of their
# care, as their low mood is (_said_of_the_cared_for); the writer's own ears (「耳が遠うなって」
# with no one named) and an age alone (85歳) leave health as it was.
_HEARING_NOTE_41n22 = "耳が遠うなった"
_ELDERS_41n22 = frozenset({"grandparent", "mother", "father", "parent"})


def _elders_hearing_in_their_care_41n22(found: _Found, ev: _Evidence) -> None:
    """See above."""
    cares = [k for k in ev.items if k[0] == "care"]
    if not cares or all(_AGE_ONLY_41l22.fullmatch(ev.items[k].note) for k in cares):
        return
    text = found.text
    why = "年をとった家族の耳が遠くなった（介護の要る人の様子として介護の相談に数える）"
    for hit in found.get("field", "health"):
        if _HEARING_NOTE_41n22 not in hit.entry.note:
            continue
        if not any(
            p.entry.label in _ELDERS_41n22 and text[p.end : hit.start] in ("の", "は", "も", "が")
            for p in found.persons
        ):
            continue
        ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------- round 33 (41s22)

# 「発達障害の娘の子育てに疲れて、夜も眠れません」: sleep lost to the tiredness or strain of
# the caring (疲れて眠れない, ストレスで眠れない) is sleeplessness, the writer's own health
# matter, not the sleep the caring takes away (夜泣きで寝不足, 見張っていて寝られない).
_WORN_OUT_41s22 = re.compile(
    r"(?:(?:疲れ|つかれ)(?:て|すぎて|切って|きって|果てて|はてて)|ストレスで|悩んで|なやんで)"
    r"[、,]?(?:夜も|よるも|夜は|夜|よる|全然|ぜんぜん|ろくに|あまり|なかなか)?$"
)


def _worn_out_and_sleepless_41s22(ev: _Evidence) -> None:
    """See above: the sleep words right after 疲れて or ストレスで come back as health."""
    _lost_sleep_back_as_health(
        ev, _WORN_OUT_41s22, "疲れやストレスで眠れない（書き手自身の健康・こころの相談）"
    )


def _lost_sleep_back_as_health(ev: _Evidence, before: re.Pattern[str], why: str) -> None:
    """Sleep words set aside as sleep the caring takes (世話や介護による寝不足) come back as
    health where ``before`` matches the 14 characters before them (疲れて, 何か月も)."""
    for item, reason in list(ev.dropped):
        if item.label != "health" or not reason.startswith("世話や介護による寝不足"):
            continue
        if before.search(ev.text[max(0, item.start - 14) : item.start]) is not None:
            ev.add_original("health", "field", item, why)


# 「父が脳梗塞の後遺症で右半身が不自由になりました。介護認定と身体障害者手帳…」: a stroke whose
# lasting harm (後遺症で…不自由, 動かない) is told beside a care matter is how the care began
# (as _stroke_behind_care_23e), not a health matter of its own. Beside a disability alone
# (「脳梗塞の後遺症で右半身にまひ。身体障害者手帳って申請できますか」) the labelled sets keep
# the health (i22 094, r22 063), so only where care is raised.
_STROKE_41s22 = re.compile(r"脳梗塞|脳出血|脳卒中|くも膜下出血|くも膜下|クモ膜下")
_SEQUEL_41s22 = re.compile(
    r"(?:の)?(?:後遺症|こういしょう)(?:で|が残って|が残り|により|によって)[、,]?[^。]{0,10}?"
    r"(?:不自由|ふじゆう|動かな|うごかな|動かせな|麻痺|まひ|マヒ|寝たきり|ねたきり|車いす|車椅子)"
)


def _stroke_sequel_behind_care_41s22(ev: _Evidence) -> None:
    """See above."""
    text = ev.text
    why = "介護や障害のきっかけとして書かれた病気（介護・障害の相談として扱う）"
    for key in [k for k in ev.items if k[0] == "health"]:
        _, start, end = key
        surface = text[start:end]
        stroke = _STROKE_41s22.search(text, start, end)
        told_after = stroke is not None and _SEQUEL_41s22.match(text, stroke.end()) is not None
        sequel = (
            "後遺症" in surface
            and _STROKE_41s22.search(text, max(0, start - 8), start) is not None
            and _SEQUEL_41s22.match(text, start) is not None
        )
        if told_after or sequel:
            ev.pop(key, why)


# ---------------------------------------------------------------- round 33 (41q22)
# 「主人を亡くしてから、誰とも話さない日がほとんどです。75歳、一人暮らしです」: a writer in
# their seventies who lives alone and writes of loneliness, with no need for help told, is an
# isolation matter, not care (as _seventies_alone_short_of_money_41i22 for money; from 80 the
# age alone is care, as in 8050). Kept beside a care word, a daily need, an illness, a crisis or
# a living parent or spouse (a spouse just named as lost, 主人を亡くして, is not one).
_LOST_41q22 = re.compile(
    r"(?:さん|様)?(?:を|に|が|は|も)?(?:亡く|なく|先立た|さきだた|他界|死な|死ん|しな|しん)"
)


def _seventies_alone_and_lonely_41q22(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above."""
    own = [a for a in ages if a.person == "self"]
    if not own or any(a.years >= _OLD_ENOUGH for a in own):
        return
    if any(a.person != "self" and a.years >= ELDERLY_AGE for a in ages):
        return
    if found.get("field", "care") or found.cue("daily_decline") or found.cue("care_worry"):
        return
    if any(h.entry.form != "一人暮らし" for h in found.cue("care_need")):
        return
    if {"health", "disability"} & ev.present() or any(ev.has(label) for label in CRISES):
        return
    text = found.text
    if any(
        p.entry.label in _CARED_FOR and _LOST_41q22.match(text, p.end) is None
        for p in found.persons
    ):
        return
    why = "本人が70代で一人暮らし、話し相手がいない（手助けが要る様子がない。介護の相談ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# 「父は去年まで認知症の祖母を介護していましたが、祖母は施設に入ったので今はもう大丈夫です。
# 相談は父の腰痛のことで」: care that ended (去年まで介護していたが、今はもう大丈夫) is no care
# matter now; the matter is what follows (the father's back: health). Only where every care
# word and cue stands inside the told past; a care need told after it (でも最近は母も物忘れが)
# keeps care.
_CARE_ENDED_41q22 = re.compile(
    r"(?:去年|昨年|一昨年|おととし|先月|先週|前|以前|少し前)まで[^。]{0,24}?"
    r"(?:介護|かいご|世話|看て|みて|面倒)[^。]{0,10}?(?:ました|た|だ|でした)"
    r"(?:が|けど|けれど|けども)[、,]?[^。]{0,24}?(?:今は|いまは|現在は|今では)(?:もう)?"
    r"(?:大丈夫|だいじょうぶ|落ち着|おちつ|安心|楽|らく|心配ない|問題ない)"
)


def _care_ended_41q22(found: _Found, ev: _Evidence) -> None:
    """See above."""
    done = _CARE_ENDED_41q22.search(found.text)
    if done is None:
        return
    hits = found.get("field", "care") + found.cue("care_need") + found.cue("care_worry")
    hits += found.cue("daily_decline")
    if any(h.start < done.start() or h.end > done.end() for h in hits):
        return
    why = "終わった介護（去年まで介護していたが今はもう大丈夫。今の介護の相談ではない）"
    ev.drop_label("care", why)


# 「友達と会うと帰ってから何時間も怒鳴られて、スマホも毎晩チェックされます」: told with no one
# named, being blamed for seeing friends and having the phone watched is a partner's control
# (DV). A pupil or teenager who writes it (中2です) with no partner named is telling of a
# parent's strictness: no DV.
_UNNAMED_CONTROL_41q22 = "友達と会うと責められ"
_PHONE_CONTROL_41q22 = "スマホをチェックされ、友達と会うと責められる"


def _control_told_by_a_pupil_41q22(ev: _Evidence) -> None:
    """See above: only where the control rows are all the DV read."""
    keys = [k for k in ev.items if k[0] == "dv"]
    notes = [ev.items[k].note for k in keys]
    if not keys or not all(
        n.startswith(_UNNAMED_CONTROL_41q22) or n.startswith(_PHONE_CONTROL_41q22) for n in notes
    ):
        return
    why = "子ども本人が書く、親の厳しさ（交際相手の名前がない。DVではない）"
    for key in keys:
        ev.pop(key, why)


# ---------------------------------------------------------------- round 34 (42f23)
# 「母の介護も三年になる。二人で終わりにした方が楽なんじゃないかと考える」: a carer's suicide words
# that themselves open with the cared-for taken along (二人で, 一緒に, 連れて) put that person's
# life at risk too (abuse feared), as _carer_dying_together_34g12 reads them when the together
# word stands just before the suicide words. Not after a death (joining the dead).
_TOGETHER_OPENS_42f23 = re.compile(
    r"(?:二人で|ふたりで|2人で|一緒に|いっしょに|親子で|夫婦で|連れて|つれて|道連れ|みちづれ)"
)


def _carer_ending_together_42f23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if found.cue("death"):
        return
    text = found.text
    cared = [p for p in found.persons if p.entry.label in _CARED_FOR | {"grandparent"}]
    why = "介護している家族と一緒に終わりにすると考える（心中）：その人の命も危ない（虐待の心配）"
    for hit in found.get("crisis", "suicide"):
        if _TOGETHER_OPENS_42f23.match(text, hit.start) is None:
            continue
        if any(p.end <= hit.start for p in cared):
            ev.hit("abuse", "crisis", hit, why)


# 「弟が親父の年金を握っていて、親父はろくに食べさせてもらっていないようだ」「兄と暮らす母は、
# ご飯も満足に食べさせてもらえていない」: an older parent named as the one who goes without meals
# or care (もらえていない, もらっていない) is neglected by whoever looks after them: elder abuse as
# well as care (_older_kin_exploited counts the care only). Not a childhood or a time long past
# (子どもの頃、食べさせてもらえなかった), nor a hospital's or a home's rule (入院中で、絶食).
_PAST_OR_WARD_42f23 = re.compile(
    r"(?:子ども|子供|こども|小さい|幼い|若い)(?:の)?(?:頃|ころ|時|とき)|昔|むかし|戦争|戦時|疎開"
    r"|病院|入院|施設|ホーム|絶食|検査|手術|医者|先生|嚥下|飲み込"
)
_WENT_WITHOUT_42f23 = re.compile(r"なかった|なかっ|なんだ|ませんでした")


def _older_kin_left_unfed_42f23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    why = "高齢の親が家族に食事や世話をしてもらえていない（高齢者へのネグレクト）"
    for hit in found.cue("withheld_care"):
        if _RECEIVES.search(text, hit.start, hit.end) is None:
            continue
        if _WENT_WITHOUT_42f23.search(text, hit.start, hit.end + 4):
            continue
        owner, subject = _owner(found, hit)
        if owner is None or owner.entry.label not in _OLDER_KIN or not subject:
            continue
        if text[owner.end : hit.start].startswith(("に", "から")):
            continue  # 「親にご飯もらえん」: the parent is the one who does not give
        begin, end = _sentence_around(text, owner.start, hit.end)
        if _PAST_OR_WARD_42f23.search(text, begin, end):
            continue
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
        ev.hit("care", "field", owner, why)


# 「嫁に行った娘が顔にあざを作って帰ってきた。旦那のことは何も言わない」: a son or daughter said
# to be married (嫁に行った, 嫁いだ, 結婚した) is a grown one; a bruise or a blow on them is feared
# to come from their partner: DV, not abuse of a child, and no child matter. A grandchild or a
# small child named between keeps its own abuse.
_MARRIED_KIN_42f23 = re.compile(
    r"(?:お?嫁に(?:行った|いった|行っとる|いっとる|出した|やった)|嫁いだ|とついだ|嫁入りした|婿に(?:行った|いった)"
    r"|婿入りした|結婚した|結婚して(?:いる|る|おる)|所帯を持った|所帯をもった)(?:ばかりの)?"
    r"(娘|息子|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄|せがれ)(?:さん|ちゃん)?(?:が|は|の|も|、)"
)
_HARM_CUES_42f23 = frozenset({"bruise", "violence"})
_MARRIED_GATE_42f23 = ("嫁", "婿", "結婚", "所帯", "とつ")


def _married_child_bruised_42f23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    married = _MARRIED_KIN_42f23.search(text)
    if married is None:
        return
    small = [
        p
        for p in found.persons
        if p.entry.label == "child" and p.start >= married.end() and p.entry.form != "旦那"
    ]
    why = "結婚した子どもにあざや暴力の跡（パートナーからの暴力の心配：DV）"
    for label in _HARM_CUES_42f23:
        for hit in found.cue(label):
            if hit.start < married.end() or any(p.start < hit.start for p in small):
                continue
            key = [k for k in ev.items if k[0] == "abuse"]
            if not key:
                return
            ev.hit("dv", "crisis", hit, f"{why}：{hit.entry.note}")
            ev.add("dv", "crisis", married.start(), married.end(), why)
            ev.drop("abuse", hit.start, hit.end, "大人になった子どもへの暴力（DVとして扱う）")
            ev.drop("child", hit.start, hit.end, "結婚した子ども（子どものことではない）")


# 「私自身、三年ほど家から出ていない。48歳。親は何も言わなくなった」: a writer of 40 to 69 who
# has stayed in for years (or lives on the parents without work) beside a living parent whose
# age is not given is the grown child of 7040 / 8050: a parent of someone in their forties is
# seventy or more. Not where the writer has a partner or children of their own, the parent is
# dead or lives apart, or the writer's work ended with age (定年).
_APART_42f23 = re.compile(
    r"別に暮ら|離れて暮ら|別々に暮ら|別居|絶縁|疎遠|縁を切|連絡を取って(?:い)?ない|連絡をとって(?:い)?ない"
)
_PARENT_LOST_42f23 = re.compile(
    r"(?:さん)?(?:を|に|が|は|も)?(?:もう)?(?:亡く|なく|先立た|さきだた|他界|死な|死ん|しな|しん|いない|おらん)"
)


def _middle_aged_writer_at_home_42f23(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above."""
    own = [a for a in ages if a.person == "self" and 40 <= a.years < ELDERLY_AGE]
    if not own or any(a.person in _PARENTS for a in ages):
        return  # a parent's age told: _eight_zero_five_zero decides
    if found.person_labels() & {"spouse", "child"}:
        return
    text = found.text
    if _RETIRED.search(text) or _APART_42f23.search(text):
        return
    parents = [
        p
        for p in found.persons
        if p.entry.label in _PARENTS and _PARENT_LOST_42f23.match(text, p.end) is None
    ]
    if not parents:
        return
    withdrawn = [k for k in ev.items if k[0] == "hikikomori"]
    jobless = found.cue("not_working")
    at_home = found.cue("co_residence") + found.cue("dependency")
    # 「親父の年金で暮らしている」「おふくろの年金頼み」: living on the parent's pension
    pension = [
        h
        for h in found.cue("dependency")
        if any(p.end + 1 == h.start and text[p.end] == "の" for p in parents)
    ]
    if not (withdrawn or pension or (jobless and at_home)):
        return
    why = "8050：40代以上でこもっている・働いていない本人と、年をとった親"
    for age in own:
        ev.add("8050", "pattern", age.start, age.end, f"{why}（本人{age.years}歳）")
    for hit in parents[:1] + jobless + at_home:
        ev.hit("8050", "pattern", hit, f"{why}：{hit.entry.note}")
    for key in withdrawn:
        ev.add_original("8050", "pattern", ev.items[key], f"{why}：{ev.items[key].note}")


# 「家内が病気で寝ていることが多く、高一の長男が下の二人の飯を作っている」: the chores a school-age
# son or daughter does for the younger ones (their young-carer evidence) are not the writer's own
# raising of children; the double care _ill_partner_and_children read on them alone goes.
_ILL_PARTNER_NOTE_42f23 = "病気の配偶者を支えながら子どもの世話"


# 「中一の娘が、私が夜勤の間、祖母を見てくれている」: the writer named only as away (夜勤の間,
# 仕事の間, いない間) while the child cares is not the one who cares
# (read by _writer_is_the_carer_35j12).
_WRITER_AWAY_42f23 = re.compile(
    r"(?:夜勤|やきん|仕事|しごと|留守|るす|出張|いない|おらん|出かけ|でかけ|入院|働いて|はたらいて)"
    r"[^。、]{0,4}?(?:の)?(?:間|あいだ|うち|最中|時|とき)"
)


def _young_carers_chores_not_double_care_42f23(ev: _Evidence) -> None:
    """See above."""
    carers = {(k[1], k[2]) for k in ev.items if k[0] == "young_carer"}
    doubles = [k for k in ev.items if k[0] == "double_care"]
    shared = [k for k in doubles if (k[1], k[2]) in carers]
    if not shared:
        return
    rest = [k for k in doubles if k not in shared]
    if not all(ev.items[k].note.startswith(_ILL_PARTNER_NOTE_42f23) for k in rest):
        return
    why = "家事をしているのは中高生の子ども（ヤングケアラー。親のダブルケアではない）"
    for key in doubles:
        ev.pop(key, why)


# 「女房の物忘れがひどく、毎日怒鳴っている。そのうち手が出そうで、自分が怖い」「認知症の親父に、
# いつか手をあげてしまいそうだ」: the writer's own blow feared (手が出そう, 叩いてしまいそう) at
# the spouse or parent they care for (said to need care: 物忘れ, 認知症, 寝たきり) is that
# person's abuse feared (高齢者虐待 by the carer), not DV against the writer, as
# _carer_hits_the_cared_for_24m reads the blow once given. A blow suffered (叩かれそう) or named
# on someone else is left to the other rules.
_ABOUT_TO_42f23 = re.compile(r"(?:て|で)?(?:しまい|ちゃい|ちまい|しまい)?(?:そう|かねない|かねん)")


def _carer_fears_own_hand_42f23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    _carers_own_blow(
        found,
        ev,
        lambda hit: _ABOUT_TO_42f23.match(text, hit.end) is not None,
        of_too=True,
        why="介護している家族に手をあげてしまいそう（高齢者虐待の心配）",
        not_dv="介護している側が手をあげそう（DVでなく高齢者虐待の心配として扱う）",
    )


# ---------------------------------------------------------------- round 34 (42b23)
# 「きのう の ドラマ、おっと が つま を なぐる。こわかった。わたし の おっと は やさしい よ」
# 「昨日の映画、父親が子どもを叩く。悲しかった」: a sentence headed by a story named as its topic
# (ドラマ、 / 映画で、 / ニュース、) tells what happened in the story, in the plain present as
# plots are told; its hitting is no crisis of the writer's. The clause-wise frame
# (_framed_abuse) does not see it, as the story stands in the clause before. Kept where any
# violence word stands outside such sentences, where the writer says it is theirs too
# (うちも同じ, 思い出す), or asks for help in the story sentence (怖い, どうすれば).
_STORY_HEAD_42b23 = re.compile(
    r"(?:^|(?<=[。！？!?\n]))(?:(?:昨日|きのう|昨夜|ゆうべ|さっき|今日|きょう|今朝|けさ|先週|この前"
    r"|このまえ|テレビ|てれび)(?:の|で)?)?(?:ドラマ|どらま|映画|えいが|アニメ|あにめ|漫画|マンガ"
    r"|まんが|小説|番組|ばんぐみ|ニュース|にゅーす|動画|どうが|韓ドラ|ノベラ|ノヴェラ)"
    r"(?:で|では|の中で|のなかで|は)?[、,:：]"
)
_STORY_GATE_42b23 = re.compile(
    r"ドラマ|どらま|映画|えいが|アニメ|あにめ|漫画|マンガ|まんが|小説|番組|ばんぐみ|ニュース|にゅーす|動画|どうが|韓ドラ|ノベラ|ノヴェラ"
)
_STORY_HARM_42b23 = (
    ("crisis", "dv"),
    ("crisis", "abuse"),
    ("cue", "violence"),
    ("cue", "control"),
    ("cue", "restraint"),
)


def _harm_in_a_told_story_42b23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    stories = [
        _sentence_around(text, head.start(), head.end())
        for head in _STORY_HEAD_42b23.finditer(text)
    ]
    if not stories or _OWN_TOO.search(text):
        return
    if any(_ASKS_HELP.search(text, a, b) for a, b in stories):
        return
    harm = [hit for key in _STORY_HARM_42b23 for hit in found.by.get(key, [])]
    if not harm or any(not any(a <= h.start and h.end <= b for a, b in stories) for h in harm):
        return
    why = "ドラマや映画・ニュースの筋を話している（書き手の家のことではない）"
    ev.drop_label("dv", why)
    ev.drop_label("abuse", why)


# ---------------------------------------------------------------- round 34 (42g23)


def _round34_42g23(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Round 34 (42g23): parents of babies and small children. Each rule below runs only
    where the words it reads are there."""
    text = found.text
    cues = found.cues
    if not minor and "family_care" in cues and not ev.has("young_carer"):
        _older_child_keeps_the_little_ones_42g23(found, ev)
    if not minor and ev.has("young_carer"):
        _young_carer_only_wished_or_denied_42g23(found, ev)
    if ev.has("dv") and not minor and cues & _HARM_GATE_42g23 and found.persons:
        _partner_harms_an_older_kin_42g23(found, ages, ev)
    if ev.has("abuse") and not ev.has("dv") and not minor and "violence" in cues:
        _kin_hurt_by_her_partner_told_42g23(found, ev)
    if ev.has("abuse") and ev.has("emergency") and "neglect_sign" in cues and "姿" in text:
        _grown_neighbour_not_seen_42g23(found, ev)
    if ev.has("care") and not ev.has("emergency"):
        _care_now_over_42g23(found, ev)
    if ev.has("double_care") and ("預" in text or "頼" in text or "あず" in text or "たの" in text):
        _grandparent_no_longer_minds_children_42g23(found, ev)
    if ev.has("double_care") and not ev.has("care"):
        _partner_helps_with_the_baby_42g23(found, ev)
    if ev.has("care") and "spouse" in found.person_labels() and _MANAGES_ALONE_42g23.search(text):
        _partner_manages_alone_42g23(found, ev)
    if ev.has("suicide") and not ev.has("health") and _POSTPARTUM_42g23.search(text):
        _postpartum_wish_to_die_42g23(found, ev)
    if ev.has("health") and ev.has("care") and _STROKE_23e.search(text):
        _stroke_inside_the_care_42g23(found, ev)


_HARM_GATE_42g23 = frozenset({"control", "violence", "meals_cut"})


# 「小5の長女が、私が夜勤の日は弟たちのご飯からお風呂まで全部やってくれています」「障害のある
# 弟(6歳)の面倒は、高1の兄がほぼ毎日見てくれてる」: a parent (or grandparent) tells that a
# school-age son or daughter looks after the little ones, a disabled brother or sister or the
# house, and the weight of it shows: all of it (全部, ほとんど, 頼りすぎ), on the days the parent
# cannot (夜勤, うつ, 入院), or at school's cost (居眠り, 部活に入らず). A young carer. Not a
# child who helps now and then (たまに), a wish (やってくれたら), a refusal (やってくれない), a
# memory (小学生の頃), nor help the writer asks the child for (長男に…させる).
_SCHOOL_AGE_BEFORE_42g23 = re.compile(
    r"(?:(?:小|中|高)[1-6一二三四五六]|(?:小学|中学|高校)(?:生|[1-6一二三四五六]年生?)"
    r"|(?<![0-9])(?:[6-9]|1[0-7])(?:歳|才))の(?:上の|一番上の|うちの)?$"
)
_SCHOOL_AGE_AFTER_42g23 = re.compile(
    r"\((?:(?:小|中|高)[1-6一二三四五六]|(?:小学|中学|高校)(?:生|[1-6一二三四五六]年生?)"
    r"|(?:[6-9]|1[0-7])(?:歳|才)?)\)"
)
_AS_DOER_42g23 = re.compile(r"(?:ちゃん|くん|君)?(?:が|は|も|に)(?![いお])")
# 「中1の娘に下の子の世話をほとんど任せてしまっている」: the child marked に, the writer leaving it
_LEFT_TO_42g23 = re.compile(r"任せ|まかせ|頼ん|頼っ|たのん|たよっ|お願いし|て(?:もら|貰)")
_OLDER_SIBLING_42g23 = re.compile(r"お?(?:姉|兄|ねえ|にい)(?:ちゃん)?$")
# 「私が夜勤の日は」「私がうつで起きられない朝は」: the writer named only to say when
_WHILE_42g23 = re.compile(
    r"(?:が|は)[^。、]{0,14}?(?:日は|日に|ひは|時は|ときは|間|あいだ|うち|朝は|夜は|から|ので|けん|ため)"
)
_CLAUSE_OVER_42g23 = re.compile(r"[てで]、|たら|ると|れば|けど|が、")
_FOR_THE_WRITER_42g23 = re.compile(r"て(?:くれ|もら)|で(?:くれ|もら)")
_FRONTED_CARE_42g23 = re.compile(r"^[^。]{0,6}?(?:を|は)[、,]?")
_DONE_AFTER_42g23 = re.compile(
    r"(?:やって|して|見て|みて|作って|つくって|やっと|しと)(?:くれ|もら|る|い|ます|おり)"
)
_NOT_DONE_42g23 = re.compile(
    r"(?:くれ|やら|手伝わ|てつだわ|し|見|み|作ら)(?:ない|なく|ません|へん|ねえ|ねー)"
    r"|くれたら|くれれば|てほしい|て欲しい|たらいい|たら助か|ればいい"
    r"|たいと|たいって|たがっ|たがる"
)
_NOW_AND_THEN_42g23 = re.compile(
    r"たまに|時々|ときどき|時たま|気が向いた|お手伝い程度|頃|ころ|昔|むかし|以前|当時|思い出"
)
_OTHERS_CHARGE_42g23 = re.compile(
    r"(?:友達|友だち|ともだち|クラス|同級生|後輩|ペット|犬|猫|金魚|メダカ|植物|花|うさぎ|ウサギ)の[^。、]{0,4}$"
)
_WEIGHT_42g23 = re.compile(
    r"全部|ぜんぶ|ほとんど|ほぼ|かなり|何もかも|なにもかも|任せ(?:きり|っきり|っぱなし)"
    r"|頼り(?:すぎ|過ぎ|きり|っきり|っぱなし)|頼ってしま|甘え(?:すぎ|過ぎ|てしま)|代わりに|かわりに"
    r"|申し訳|もうしわけ|かわいそう|可哀想|負担"
    r"|夜勤|やきん|夜の仕事|仕事の日|仕事で(?:遅|帰れ|いない)|帰りが遅|うつ|鬱|体調(?:が|の)?(?:悪|わる|すぐれ)"
    r"|具合(?:が)?(?:悪|わる)|寝込|起きられ|起き上がれ|入院|病気|障害|障がい|ダブルワーク|掛け持ち|かけもち"
    r"|ひとり親|一人親|シングル|母子家庭|父子家庭"
    r"|居眠り|いねむり|学校で(?:寝|ね)|遊べ|遊びに行|部活|宿題|遅刻|休みがち|欠席|すぐ帰って|まっすぐ帰|成績"
)


def _school_age_doer_42g23(text: str, person: Hit) -> int | None:
    """Where the doer's subject mark ends, if ``person`` is a son or daughter (or an older
    brother or sister) given a school year or age and marked as the one who does it."""
    if person.entry.label == "sibling":
        if _OLDER_SIBLING_42g23.search(text, person.start, person.end) is None:
            return None
    elif person.entry.label != "child":
        return None
    at = person.end
    after = _SCHOOL_AGE_AFTER_42g23.match(text, at)
    if after is not None:
        at = after.end()
    elif _SCHOOL_AGE_BEFORE_42g23.search(text[max(0, person.start - 12) : person.start]) is None:
        return None
    doer = _AS_DOER_42g23.match(text, at)
    return None if doer is None else doer.end()


def _older_child_keeps_the_little_ones_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    weight = _WEIGHT_42g23.search(text) or next(iter(found.cue("school_life")), None)
    if weight is None:
        return
    care = found.cue("family_care")
    for person in found.persons:
        doer_end = _school_age_doer_42g23(text, person)
        if doer_end is None:
            continue
        begin, end = _sentence_around(text, person.start, person.end)
        if _NOW_AND_THEN_42g23.search(text, begin, end):
            continue
        doing = []
        for hit in care:
            if not (begin <= hit.start and hit.end <= end):
                continue
            if _OTHERS_CHARGE_42g23.search(text, max(begin, hit.start - 10), hit.start):
                continue
            clause_end = min(
                (i for i in (text.find("、", hit.end), text.find("。", hit.end)) if i >= 0),
                default=end,
            )
            if _NOT_DONE_42g23.search(text, hit.start, max(clause_end, hit.end)):
                continue
            if text[doer_end - 1] == "に" and not _LEFT_TO_42g23.search(text, hit.start, end):
                continue  # 「長男に話しても…」: not the one the care is left to
            if any(
                p.entry.label == "self" and hit.start <= p.start and p.end <= hit.end
                for p in found.persons
            ):
                continue  # 「家事はほとんど私がやっています」: the row names the writer
            if hit.start >= doer_end:
                told = _FOR_THE_WRITER_42g23.search(text, hit.start, min(end, hit.end + 12))
                others = [
                    p
                    for p in found.persons
                    if doer_end <= p.start < hit.start
                    and _AS_DOER_42g23.match(text, p.end)
                    and not (p.entry.label == "self" and _WHILE_42g23.match(text, p.end, hit.start))
                ]
                if told is None and (
                    others or _CLAUSE_OVER_42g23.search(text, doer_end, hit.start)
                ):
                    continue  # 「中2の娘が帰ると、夫が下の子の世話を…」: someone else does it
            elif hit.end <= person.start:
                fronted = _FRONTED_CARE_42g23.match(text[hit.end : person.start])
                done = _DONE_AFTER_42g23.search(text, doer_end, min(end, doer_end + 16))
                if fronted is None or done is None:
                    continue
            else:
                continue
            doing.append(hit)
        if not doing:
            continue
        why = "学齢の子どもが下の子やきょうだい・家のことを担っている（ヤングケアラー）"
        ev.hit("young_carer", "pattern", person, why)
        for hit in doing:
            ev.hit("young_carer", "pattern", hit, f"{why}：{hit.entry.note}")
        if isinstance(weight, re.Match):
            ev.add("young_carer", "pattern", weight.start(), weight.end(), why)
        else:
            ev.hit("young_carer", "pattern", weight, f"{why}：{weight.entry.note}")
        return


def _young_carer_only_wished_or_denied_42g23(found: _Found, ev: _Evidence) -> None:
    """「中学生の娘が家事を全部やってくれたらいいのに」「高校生の娘が全然家事をやってくれない」
    「小5の娘が友達のお世話係をしていて」: a parent's wish, a child who does not help, or a
    child who looks after a friend or a pet is no young carer. Only where every care word the
    label stands on is such."""
    text = found.text
    span = ev.norm.original_span
    keys = {(k[1], k[2]) for k in ev.items if k[0] == "young_carer"}
    care = [h for h in found.cue("family_care") if span(h.start, h.end) in keys]
    if not care:
        return
    # 「高校生の娘はバイトで忙しく、家事はほとんど私がやっています」: a parent (who names a
    # school-age son or daughter) does the housework; a pupil who writes it stays a carer.
    parent = any(_school_age_doer_42g23(text, p) is not None for p in found.persons)
    selves = [p for p in found.persons if p.entry.label == "self"] if parent else []
    writers = [
        (h.start, h.end) for h in care if any(h.start <= p.start and p.end <= h.end for p in selves)
    ]
    for hit in care:
        clause_end = min(
            (i for i in (text.find("、", hit.end), text.find("。", hit.end)) if i >= 0),
            default=len(text),
        )
        wished = _NOT_DONE_42g23.search(text, hit.start, max(clause_end, hit.end)) is not None
        denied = _NOT_AT_ALL_42g23.search(text, max(0, hit.start - 8), hit.start) is not None
        others = _OTHERS_CHARGE_42g23.search(text, max(0, hit.start - 10), hit.start) is not None
        charge = text.startswith("係", hit.end) or text.startswith("がかり", hit.end)
        mine = _inside(hit, writers) or (
            parent and _MEANWHILE_42g23.search(text, max(0, hit.start - 12), hit.start) is not None
        )
        if not (wished or denied or others or charge or mine):
            return
    why = "願い・手伝わない・友達やペットの世話・書き手の家事（家族の世話を担う子どもではない）"
    ev.drop_label("young_carer", why)


# 「下の子と遊んでくれて、その間に家事を全部済ませます」: the writer does it meanwhile
_MEANWHILE_42g23 = re.compile(r"その間|そのあいだ|その隙|そのすき|そのうちに")


_NOT_AT_ALL_42g23 = re.compile(r"全然|ぜんぜん|ちっとも|まったく|全く|一切|いっさい")


# 「主人が同居の義母を怒鳴りつけている」「要介護の義父に夫が暴言」「姑を、旦那が毎日どなってる」:
# the writer's partner shouts at, hits or starves an older parent (an in-law, a grandparent,
# or a parent in a message about care or old age). The one harmed is the older person: elder
# abuse (and care), not DV against the writer. The writer harmed too (私も殴られる) keeps DV;
# so does an older parent who is the one who harms (義母が夫に怒鳴る).
_TARGET_MARK_42g23 = re.compile(
    r"(?:\([^)。]{0,12}\))?(?:さん|様|さま)?(?:のこと)?(?:を|に(?!は|も|より))(?:も|まで)?[、,]?"
)
_AGENT_42g23 = re.compile(r"(?:さん)?(?:が|は|も)[、,]?")
# What may stand between: 「認知症の」 before the one harmed, 「毎日」 before the act, 「うちの」
# between the one harmed and the partner; no verb, no space-separated clause.
_DESCRIBED_42g23 = re.compile(r"(?:[^。、をにが\s]{0,10}?の)?")
_ADVERBS_42g23 = re.compile(r"(?:毎日|いつも|よく|また|しょっちゅう|すぐ|時々|ときどき)?")
_VICTIM_TO_AGENT_42g23 = re.compile(r"(?:うちの|同居の|家の|実の)?")
_WRITER_HARMED_42g23 = re.compile(
    r"(?:私|わたし|あたし|うち|僕|ぼく|俺|おれ)(?:を|に|にも|のこと)(?!は)|(?:私|わたし|あたし)も[^。]{0,8}?(?:れ|られ|され)"
)
_HARM_CUES_42g23 = ("control", "violence", "meals_cut")
_OLD_KIN_WORD_42g23 = re.compile(r"義|姑|舅|しゅうと|祖|ばあ|じい|ばば|じじ")


def _partner_harms_an_older_kin_42g23(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above."""
    text = found.text
    partners = [p for p in _own_partners(found) if _OWN_MATE_31v8.search(text, p.start, p.end)]
    if not partners or _WRITER_HARMED_42g23.search(text):
        return
    old = bool(
        found.get("field", "care")
        or found.cue("elderly")
        or any(a.years >= 65 and a.person in _OLDER_KIN for a in ages)
    )
    victims = [
        p
        for p in found.persons
        if p.entry.label in _OLDER_KIN
        and (
            old
            or p.entry.label == "grandparent"
            or _OLD_KIN_WORD_42g23.search(text, p.start, p.end)
        )
    ]
    harms = sorted(
        (h for label in _HARM_CUES_42g23 for h in found.cue(label)), key=lambda h: h.start
    )
    done: list[tuple[int, int]] = []
    for harm in harms:
        if _PASSIVE.match(text, harm.end) or _inside(harm, done):
            continue
        begin, end = _sentence_around(text, harm.start, harm.end)
        pair = None
        for victim in victims:
            if not (begin <= victim.start and victim.end <= harm.start):
                continue
            mark = _TARGET_MARK_42g23.match(text, victim.end)
            if mark is None:
                continue
            for partner in partners:
                if not (begin <= partner.start and partner.end <= harm.start):
                    continue
                agent = _AGENT_42g23.match(text, partner.end)
                if agent is None:
                    continue
                if partner.end <= victim.start:  # 主人が認知症の義父を叩く
                    ok = _DESCRIBED_42g23.fullmatch(text, agent.end(), victim.start) and (
                        _ADVERBS_42g23.fullmatch(text, mark.end(), harm.start)
                    )
                else:  # 姑を、うちの旦那が毎日どなる
                    ok = _VICTIM_TO_AGENT_42g23.fullmatch(
                        text, mark.end(), partner.start
                    ) and _ADVERBS_42g23.fullmatch(text, agent.end(), harm.start)
                if ok:
                    pair = (victim, partner)
                    break
            if pair:
                break
        if pair is None:
            continue
        victim, partner = pair
        done.append((begin, end))
        why = "配偶者が高齢の親に暴言・暴力・食事を抜く（高齢者虐待。書き手へのDVではない）"
        acts = [
            h
            for h in harms
            if begin <= h.start and h.end <= end and not _PASSIVE.match(text, h.end)
        ]
        for act in acts:
            ev.hit("abuse", "crisis", act, f"{why}：{act.entry.note}")
        ev.hit("abuse", "crisis", victim, why)
        _raise_label(found, ev, "care", victim, why)
        ev.drop_inside("dv", [(begin, end)], why)
    if not done:
        return
    span = ev.norm.original_span
    persons = {span(p.start, p.end) for p in partners}
    if all((k[1], k[2]) in persons for k in ev.items if k[0] == "dv"):
        ev.drop_label("dv", "配偶者の名前だけが残った（DVの言動は高齢の親に向いている）")
    if not ev.has("dv"):
        _no_partner_violence_seen_42g23(found, ev)


def _no_partner_violence_seen_42g23(found: _Found, ev: _Evidence) -> None:
    """「子どもの前でもやるので」 after elder abuse by the partner: no violence between the
    partners, so no 面前DV; the children named only as there when it happens are no child
    matter (nor double care) by that alone."""
    spans = [(h.start, h.end) for h in found.cue("witness")]
    if not spans:
        return
    why = "高齢の親への暴言を子どもが見ている（パートナー間の暴力ではない。面前DVではない）"
    for label in ("abuse", "child", "care", "double_care"):
        ev.drop_inside(label, spans, why)
    if not ev.has("child"):
        ev.drop_label("double_care", "子どもの相談がない（子どもはその場にいるだけ）")


# 「孫と一緒に娘が戻ってきました。婿に蹴られたと言うてます」「娘が帰ってきて、婿に殴られたって
# 泣いてる」: a grandparent or parent passes on what a grown daughter (or son, sister) said:
# struck by her own partner (婿, 娘の旦那, or 旦那 told of a kin). DV, not abuse of a child;
# the grandchildren she fled with are no child matter by that alone. Not the writer struck by
# a son-in-law (婿に殴られた。わしはもう75で): that stays abuse.
_KINS_PARTNER_BY_42g23 = re.compile(
    r"(?P<kin>(?:娘|息子|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄)(?:さん|ちゃん)?の)?"
    r"(?P<who>娘婿|婿|むこ|旦那|だんな|夫|主人|嫁|妻|奥さん|彼氏|彼女|交際相手|パートナー)"
    r"(?:さん|どん|殿)?(?:に|から)(?:は|も|まで)?[^。、]{0,8}$"
)
_KIN_NAMED_42g23 = re.compile(
    r"(?:娘|息子|長女|次女|三女|長男|次男|三男|妹|姉|弟|兄)(?:さん|ちゃん)?(?:が|は|も|から)"
)
_REPORTED_42g23 = re.compile(
    r"[^。]{0,6}?(?:と|って|て)(?:言|い[っうわえ]|ゆう|泣|電話|連絡|聞)|[^。]{0,6}?(?:らしい|そう(?:です|だ|や|な)|みたい)"
)
_TAKEN_ALONG_42g23 = re.compile(
    r"(?:孫|まご|子ども|子供|こども|子|赤ちゃん|赤ん坊)(?:たち|達|ら)?(?:[0-9一二三四五]人|ふたり|二人)?"
    r"(?:と一緒に|といっしょに|を連れて|をつれて|連れて|と)[^。]{0,16}?"
    r"(?:逃げ|にげ|避難|帰って|かえって|来た|きた|来て|きて|来とる|来ている|来てる|転がり込)"
)


_WRITER_AS_SUBJECT_42g23 = re.compile(r"(?:わし|私|わたし|あたし|俺|おれ|僕|ぼく)(?:が|は|も)")
# 「孫も婿に叩かれたそうです」: a grandchild or child is the one struck (abuse stays)
_CHILD_AS_SUBJECT_42g23 = re.compile(
    r"(?:孫|まご|子ども|子供|こども|子|赤ちゃん|赤ん坊)(?:たち|達|ら)?(?:が|は|も)"
)


def _kin_hurt_by_her_partner_told_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    if _KIN_NAMED_42g23.search(text) is None:
        return
    raised = False
    for hit in found.cue("violence"):
        if _PASSIVE.match(text, hit.end) is None:
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        by = _KINS_PARTNER_BY_42g23.search(text, begin, hit.start)
        if by is None:
            continue
        kin_partner = by.group("who") in ("娘婿", "婿", "むこ") or by.group("kin") is not None
        if not kin_partner and _KIN_NAMED_42g23.search(text, 0, hit.start) is None:
            continue
        writer = _WRITER_AS_SUBJECT_42g23.search(text, begin, by.start())
        writer = writer or _CHILD_AS_SUBJECT_42g23.search(text, begin, by.start())
        reported = _REPORTED_42g23.match(text, hit.end, end + 1)
        if writer is not None or reported is None:
            continue
        why = f"家族がパートナーから受けた暴力（DV。書き手が伝えている）：{hit.entry.note}"
        ev.hit("dv", "crisis", hit, why)
        ev.add("dv", "crisis", by.start(), by.end(), why)
        ev.drop("abuse", hit.start, hit.end, "大人どうしの暴力（DVとして扱う）")
        ev.drop("child", hit.start, hit.end, "大人どうしの暴力（子どものことではない）")
        raised = True
    if raised:
        spans = [m.span() for m in _TAKEN_ALONG_42g23.finditer(text)]
        ev.drop_inside(
            "child", spans, "DVから逃げてきた家族が連れている子ども（子どもの相談ではない）"
        )


# 「向かいの家の奥さん、もう1週間姿を見かけない」: the one not seen for days is
# a grown neighbour (a mother, an old man, the woman next door), not a child: an emergency
# (already raised), not a sign of neglect. A child not seen (隣の子ども、最近姿を見ない) stays.
_GROWN_UNSEEN_42g23 = re.compile(
    r"(?:お母さん|おかあさん|お母様|母親|ママ|お父さん|おとうさん|父親|パパ|奥さん|旦那さん|ご主人"
    r"|おばあさん|おばあちゃん|おじいさん|おじいちゃん|ばあちゃん|じいちゃん|お年寄り|高齢の方"
    r"|女性|男性|女の人|男の人|人|方|住人|大家さん|管理人)(?:さん)?(?:[、,]|が|は|を|の)[^。]{0,12}$"
)
_CHILD_UNSEEN_42g23 = re.compile(r"子|こども|赤ちゃん|あかちゃん|赤ん坊|息子|娘|児")


def _grown_neighbour_not_seen_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    for hit in found.cue("neglect_sign"):
        if "姿" not in text[hit.start : hit.end]:
            continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        who = _GROWN_UNSEEN_42g23.search(text, begin, hit.start)
        if who is None or _CHILD_UNSEEN_42g23.search(text, who.end(), hit.start):
            continue
        why = "何日も姿を見ないのは大人（緊急。子どものネグレクトのサインではない）"
        ev.drop("abuse", hit.start, hit.end, why)
        ev.drop("child", hit.start, hit.end, why)


# 「春に母を見送り、介護も終わりました。いまは育休中で」「介護していた祖母が亡くなり、今は
# 下の子の保育園のことで」: care that is over (看取った, 見送った, 亡くなった, 介護は終わった)
# before the matter of now. No care now, so no double care either. A care need told after it
# (母を見送って、今度は父の物忘れが) keeps care.
_CARE_OVER_42g23 = re.compile(
    r"(?:看取っ|みとっ|見送っ|みおくっ|亡くな(?:っ|り)|他界(?:し|して)|旅立っ)[^。]{0,30}?"
    r"(?:今は|いまは|現在は|今では|これからは|今度は|やっと|ようやく)"
    r"|(?:介護|かいご|世話|看病)(?:は|が|も)?(?:もう)?"
    r"(?:ひと段落|一段落|ひとだんらく|いちだんらく|終わ[っりる]|おわ[っりる]|済ん|すん|卒業)"
    r"(?!たら|ても|れば|るまで|ったら|てから)"
)
_STILL_CARED_42g23 = ("care_need", "care_worry", "daily_decline", "family_care")


def _care_now_over_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    overs = list(_CARE_OVER_42g23.finditer(text))
    if not overs:
        return
    over_end = overs[-1].end()
    span = ev.norm.original_span
    o_end = span(over_end - 1, over_end)[1]
    care_items = [k for k in ev.items if k[0] == "care"]
    if any(k[2] > o_end for k in care_items):
        return
    later = [h for label in _STILL_CARED_42g23 for h in found.cue(label) if h.start >= over_end]
    if later or any(h.start >= over_end for h in found.get("field", "care")):
        return
    why = "介護はもう終わっている（看取った・ひと段落した。今の介護の相談ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# 「実家の母が物忘れがひどくて…今まで子どもを預けてたけど、もう頼めないかな」: the grandparent who
# minded the children begins to fail; the worry is losing that help. Care, but not yet double
# care: the writer tells of no caring (介護, 世話, 通う) of their own.
_MINDED_BY_42g23 = re.compile(
    r"(?:子ども|子供|こども|子|孫|娘|息子)(?:たち|達|ら)?(?:を|の(?:面倒|めんどう|世話)を?)?"
    r"(?:預け|あずけ|見てもら|みてもら|見ても|頼ん|たのん|お願いし|頼って|たよって)"
    r"|(?:預け|あずけ|頼め|たのめ|お願いでき|頼れ|たよれ)(?:られ)?(?:な|ん|へん)"
)
_CARING_WORDS_42g23 = re.compile(
    r"介護|かいご|介助|世話|せわ|看病|通って|かよって|通い|見守|みまも"
)


def _grandparent_no_longer_minds_children_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    if _MINDED_BY_42g23.search(text) is None or _CARING_WORDS_42g23.search(text):
        return
    if found.cue("family_care"):
        return
    ev.drop_label("double_care", "子どもを預けていた親の衰え（書き手はまだ介護をしていない）")


# 「夫は車いすですが自分のことは自分でできます。赤ちゃんのお世話も手伝ってくれます」: the partner
# with a disability or illness helps with the baby (手伝ってくれる, 見てもらう): no double care.
_ILL_PARTNER_NOTE_42g23 = "病気の配偶者を支えながら子どもの世話"
_HELPS_42g23 = re.compile(r"[^。、]{0,8}?(?:て|で)(?:くれ|もら|貰)")


def _partner_helps_with_the_baby_42g23(found: _Found, ev: _Evidence) -> None:
    """See above: only where the double care stands on that reading alone."""
    items = [ev.items[k] for k in ev.items if k[0] == "double_care"]
    if not items or not all(i.note.startswith(_ILL_PARTNER_NOTE_42g23) for i in items):
        return
    span = ev.norm.original_span
    keys = {(i.start, i.end) for i in items}
    care = [h for h in found.cue("family_care") if span(h.start, h.end) in keys]
    text = found.text
    if care and all(_HELPS_42g23.match(text, h.end) for h in care):
        ev.drop_label("double_care", "病気や障害のある配偶者が子どもの世話を手伝ってくれている")


# 「夫は足が悪いけど、身の回りのことは自分でしています。子どもは3歳です」: the partner's
# need is told and then that they manage by themselves: no care (and no double care).
_MANAGES_ALONE_42g23 = re.compile(
    r"(?:身の回り|身のまわり|自分|じぶん)の(?:こと|事)(?:は|も)?(?:全部|ぜんぶ|ほとんど|ほぼ|だいたい)?"
    r"(?:自分で|じぶんで|ひとりで|一人で|自力で)(?:でき|出来|して|やって|やれ|こなし)"
)
_PARTNER_NEEDS_NOTE_42g23 = "親・配偶者が手助けを要する"


def _partner_manages_alone_42g23(found: _Found, ev: _Evidence) -> None:
    """See above: only where the care stands on the partner's need alone."""
    if found.person_labels() & (_PARENTS | {"grandparent"}) or found.cue("elderly"):
        return
    notes = [ev.items[k].note for k in ev.items if k[0] == "care"]
    if not notes or not all(n.startswith(_PARTNER_NEEDS_NOTE_42g23) for n in notes):
        return
    why = "配偶者は身の回りのことを自分でしている（介護の相談ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# 「産後3か月。夜中の授乳中に、このまま窓から落ちたらって考える」: a wish to die in the months
# after a birth is also the mother's health (産後の心の不調), as 「産後に消えたい」 already is
# (lexicon); the suicide alarm stands.
_POSTPARTUM_42g23 = re.compile(r"産後|さんご|出産後|出産して|産んでから|うんでから|授乳|じゅにゅう")


def _postpartum_wish_to_die_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    items = [ev.items[k] for k in ev.items if k[0] == "suicide"]
    why = "産後の死にたい気持ち（産後の心の不調：健康・こころの相談）"
    for item in items:
        ev.add_original("health", "field", item, why)


# 「父が脳梗塞で倒れてから週2で実家に通っています」: the stroke told inside the words that say how
# the care began (a care row that holds it) is no health matter of its own.
def _stroke_inside_the_care_42g23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    span = ev.norm.original_span
    cares = [(k[1], k[2]) for k in ev.items if k[0] == "care"]
    why = "介護が始まったきっかけとして書かれた病気（介護の相談として扱う）"
    for hit in found.get("field", "health"):
        if _STROKE_23e.search(text, hit.start, hit.end) is None:
            continue
        a, b = span(hit.start, hit.end)
        if any(c <= a and b <= d and (c, d) != (a, b) for c, d in cares):
            ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------------------------------- round 34 (42e23)
# From a set of neighbours, teachers, landlords, co-workers and far-off kin telling what they
# saw of someone else.

_SLEEP_FAREWELL_42e23 = "「おやすみ、もう起きない」"
# A post made public: 「…」って投稿してる, インスタに上げた, ストーリーに載せて, ツイートしてる.
_POSTED_42e23 = re.compile(
    r"投稿|とうこう|ツイート|つぶや|呟|ポスト|アップ|上げ|あげて|あげた|あげとる|載せ|のせて|のせた|書き込"
    r"|かきこ|書いて|書いた|SNS|エスエヌエス|インスタ|ストーリー|Twitter|ツイッター|TikTok|ティックトック"
    r"|タイムライン|ステメ|ひとこと"
)
# A habit or a time long past: 「よく投稿してる」「前にそう書いたことがある」.
_HABIT_OR_PAST_42e23 = re.compile(
    r"いつも|よく(?!分)|毎日|まいにち|しょっちゅう|口癖|くちぐせ|ことがある|ことがあった|ことあった|昔|むかし"
    r"|去年|昨年|何年も前|[0-9一二三四五六七八九十数]+年前|若い頃|当時"
)
# Pills laid out or heaped, shown before taking them (the lexicon's rows).
_MEANS_SHOWN_42e23 = ("薬をたくさん並べている", "薬の山の写真")


def _sleep_farewell_is_no_collapse_42e23(found: _Found, ev: _Evidence) -> None:
    """「薬をたくさん並べた写真と「おやすみ　もう起きない」って投稿」: the 起きない inside a
    farewell (おやすみ、もう起きない) is what the sender means to do, not someone found who does
    not wake, so the body-in-danger health it raised (_unresponsive_after_overdose) goes; the
    danger is read by _farewell_posted_now_42e23 instead."""
    spans = [
        (h.start, h.end)
        for h in found.get("crisis", "suicide")
        if h.entry.note.startswith(_SLEEP_FAREWELL_42e23)
    ]
    if spans:
        why = "別れのことば「おやすみ、もう起きない」の中の「起きない」（倒れて起きない話ではない）"
        ev.drop_inside("health", spans, why, overlapping=True)
        ev.drop_inside("emergency", spans, why, overlapping=True)


def _farewell_posted_now_42e23(found: _Found, ev: _Evidence) -> None:
    """「近所の子がSNSに「おやすみ、もう起きない」って投稿してる」「姪がインスタに睡眠薬を大量に
    並べた写真を上げてる」: a farewell (おやすみ、もう起きない, さよなら, 今までありがとう) or pills
    laid out, posted for others to see now, is a danger now (an emergency), as a farewell that
    came by LINE is (_farewell_message_arrived_35j12). Not a habit (よく「死にたい」って投稿して
    る), a post long ago (去年, 前に…ことがある), nor other suicide words posted without a
    farewell or a means (those stay suicide only)."""
    text = found.text
    why = "別れのことばや並べた薬をSNSなどに載せている：緊急（命の危険）"
    for hit in found.get("crisis", "suicide"):
        note = hit.entry.note
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _POSTED_42e23.search(text, begin, end) is None:
            continue
        if _HABIT_OR_PAST_42e23.search(text, begin, end):
            continue
        farewell = note.startswith(_SLEEP_FAREWELL_42e23) or note.startswith("「永遠におやすみ」")
        if not farewell:
            opening = max(text.rfind("「", begin, hit.start), text.rfind("『", begin, hit.start))
            close = text.find("」", hit.end, end)
            farewell = (
                opening >= 0
                and close >= 0
                and _FAREWELL_35j12.search(text, opening, close) is not None
            )
        means = note.startswith(_MEANS_SHOWN_42e23)
        if farewell or means:
            _raise_label(found, ev, "emergency", hit, why)


# 「職場の後輩の女の子が目の横にあざ…旦那さんに何かされてるっぽいけど本人は「転んだだけ」って」:
# a fall given as the excuse for a bruise (転んだだけ, 転んだって言う) is no need for help.
_OLDER_42e23 = frozenset({"mother", "father", "parent", "grandparent"})
_FALL_EXCUSE_42e23 = re.compile(
    r"(?:だ|んだ|た)?(?:だけ|って言|っていい|と言|といい|とか言|っていう|て言|ていう|[」』]"
    r"|ゆう|ゆっ|言う|言っ|いう)"  # round 35 (43q24): 「転んだゆうとる」 (と dropped, Iwami)
)


def _fall_told_as_an_excuse_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: where a partner is the only one who might be cared for, no older person is
    named (高齢, an age, 母), and care rests on the fall alone, care (and the double care it
    made beside a child) goes. 「母の腕にあざ、本人は転んだって言うけど」 keeps care (a parent)."""
    if found.cue("elderly") or found.get("field", "care"):
        return
    if any(p.entry.label in _OLDER_42e23 for p in found.persons):
        return
    text = found.text
    falls = [h for h in found.cue("care_need") if h.entry.form in ("転ぶ", "転倒")]
    others = [h for h in found.cue("care_need") if h not in falls]
    if not falls or others:
        return
    if not all(_FALL_EXCUSE_42e23.match(text, h.end) for h in falls):
        return
    why = "あざの言い訳としての「転んだだけ」（手助けが要る様子ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# 「妹が旦那にスマホを全部チェックされて、お金も渡してもらえず、実家に帰ることも許してもらえない」:
# money withheld told as one of a partner's controls, with no want of it told (足りない, 食べる
# 物がない, 払えない), is the control (DV), not a money matter of its own.
_WANT_42e23 = re.compile(
    r"足りな|たりな|足らん|たらん|払えな|はらえな|払えん|はらえん|食べ|たべ|ご飯|ごはん|ミルク|おむつ|オムツ"
    r"|底をつ|そこをつ|貯金|ちょきん|困って|こまって|困る|苦し|くるし|買えな|かえな|買えん|家賃|やちん|借金"
    r"|滞納|生活できな|暮らせな|くらせな|お金がない|お金がなく|金がない|ない状態|給食費"
)


def _money_withheld_among_controls_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: hardship raised only by the withheld money goes where another control (a
    phone checked, family forbidden) stands beside it. 「夫が生活費を渡してくれない」 told alone
    keeps the hardship (_money_withheld), as does any want told."""
    text = found.text
    if _WANT_42e23.search(text):
        return
    withheld = found.cue("withheld_money")
    controls = [h for h in found.cue("control") if not any(_overlaps(h, w) for w in withheld)]
    if not withheld or not controls:
        return
    keys = [k for k in ev.items if k[0] == "hardship"]
    spans = [ev.norm.original_span(h.start, h.end) for h in withheld]
    if not all(any(a <= k[1] and k[2] <= b for a, b in spans) for k in keys):
        return
    why = "パートナーの支配のひとつとしてお金を渡さない（経済的DV。足りないなどの言葉はない）"
    for key in keys:
        ev.pop(key, why)


# 「近所の犬が夜中ずっと吠えてて、こっちが寝不足です」: sleep lost to a noise (a dog, works, a
# party next door) is the noise matter, not the sleeper's health. Kept where an illness or the
# toll is told (心療内科, 体調を崩した, つらい, 頭痛).
_NOISE_42e23 = re.compile(
    r"吠え|ほえ|鳴き声|なきごえ|騒音|そうおん|うるさ|工事|足音|あしおと|物音|ものおと|ピアノ|騒ぐ|騒い|さわい|さわぐ"
    r"|宴会|パーティ|騒がし|さわがし|音楽|大音量|いびき|イビキ"
)
_TOLL_42e23 = re.compile(
    r"病院|通院|心療内科|精神科|薬|くすり|体調|たいちょう|うつ|鬱|限界|つらい|辛い|しんどい|ノイローゼ|頭痛|頭が痛"
    r"|めまい|眩暈|倒れ|何か月|何ヶ月|何カ月|何年|半年|[0-9一二三四五六七八九十]+(?:か月|ヶ月|カ月|週間|年)"
)


def _sleep_lost_to_noise_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: sleep words in a sentence with the noise that keeps the writer up."""
    text = found.text
    if _TOLL_42e23.search(text):
        return
    keys = [k for k in ev.items if k[0] == "health"]
    why = "騒音などで寝不足（音の困りごと。健康の相談ではない）"
    spans = []
    for hit in found.get("field", "health"):
        if not _SLEEP.search(text, hit.start, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _NOISE_42e23.search(text, begin, hit.start):
            spans.append((hit.start, hit.end))
    inside = [ev.norm.original_span(a, b) for a, b in spans]
    if spans and all(any(a <= k[1] and k[2] <= b for a, b in inside) for k in keys):
        for key in keys:
            ev.pop(key, why)


# 「同僚が飼ってた猫が死んでしまって、すごく落ち込んでます。ペットの火葬って市で…」: grief at a
# pet's death told as news, with nothing of its toll (眠れない, 食べられない, 仕事に行けない,
# 何か月も), is no health matter.
_PET_DIED_42e23 = re.compile(
    r"(?:猫|ねこ|ネコ|犬|いぬ|イヌ|ペット|ハムスター|インコ|うさぎ|ウサギ|金魚|小鳥|文鳥|愛犬|愛猫)(?:ちゃん)?(?:が|も)?"
    r"(?:[^。、]{0,4}?)(?:死|しん|亡くな|なくな|逝|虹の橋)"
)
_GRIEF_TOLL_42e23 = re.compile(
    r"眠れ|ねむれ|寝られ|食べられ|たべられ|食べれ|食欲|仕事に(?:行け|いけ|来|こ)|休んで|休み|何か月|何ヶ月|何カ月"
    r"|ずっと|病院|心療内科|うつ|鬱|死にた|しにた|ペットロス|限界|[0-9一二三四五六七八九十]+(?:か月|ヶ月|カ月|週間)"
)
_LOW_MOOD_42e23 = re.compile(
    r"落ち込|おちこ|へこ|凹|悲し|かなし|元気が(?:な|ありませ)|沈んで|しずんで"
)


def _grief_at_a_pets_death_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: low-mood health words in the sentence of the pet's death go."""
    text = found.text
    if _GRIEF_TOLL_42e23.search(text):
        return
    why = "飼っていた動物が死んで落ち込んでいる（悲しみ。健康の相談ではない）"
    for hit in found.get("field", "health"):
        if not _LOW_MOOD_42e23.search(text, hit.start, hit.end):
            continue
        begin, end = _sentence_around(text, hit.start, hit.end)
        if _PET_DIED_42e23.search(text, begin, hit.start):
            ev.drop("health", hit.start, hit.end, why)


# 「息子の担任が「夏休みは死ぬほど宿題出すぞ」って言ったらしく、息子がげらげら笑ってました笑
# ちなみに市民プールは何時までですか」: a tale laughed about, then a question on something else
# (a facility's hours, an exam date), is everyday talk: the fields only the tale raised go.
_LAUGH_42e23 = re.compile(
    r"笑|(?<![A-Za-z])[wWｗＷ]{1,}(?![A-Za-z])|げらげら|ゲラゲラ|爆笑|ウケ|うけた|ウケた|ネタ"
)
_WORRY_42e23 = re.compile(
    r"相談|そうだん|心配|しんぱい|困|こま[っら]|悩|なや|不安|ふあん|つら|辛|しんど|大変|たいへん"
    r"|どうしたら|どうすれば|助け|たすけ|いじめ|けが|ケガ|怪我|痛|泣|嫌|怖|こわ|叩|殴|限界|借金|払えな|滞納"
    r"|眠れな|ねむれな|死にた|しにた|消えた|きえた"
)
# Where the tale ends: a full stop, or a laugh and a space (「笑ってました笑　ちなみに」).
_TALE_END_42e23 = re.compile(
    r"[。！？!?\n]+|(?:笑|(?<![A-Za-z])[wｗ]+)"
    r"(?:[\s　、,]+|(?=ちなみに|ところで|それはそうと|さて|話は変わ))"
)
_QUESTION_42e23 = re.compile(
    r"[?？]|(?:です|ます|でしょう|ません|んです|のです|んでしょう)か|いつ|何時|なんじ|どこ|どちら|どれ"
    r"|教えて|おしえて|知りたい|しりたい"
)


def _laughed_tale_then_another_question_42e23(found: _Found, ev: _Evidence) -> None:
    """See above. Only where fields alone were raised, every item lies in sentences told with a
    laugh (笑, w, げらげら) before the last sentence, that last one asks something and raises
    nothing, and no worry is told anywhere (困って, 心配, どうしたら, 相談)."""
    text = found.text
    if _WORRY_42e23.search(text):
        return
    breaks = [m.end() for m in _TALE_END_42e23.finditer(text) if text[m.end() :].strip()]
    if not breaks:
        return
    ask_start, ask_end = breaks[-1], len(text)
    if _QUESTION_42e23.search(text, ask_start, ask_end) is None:
        return
    asked, _ = ev.norm.original_span(ask_start, ask_end)
    if any(k[2] > asked for k in ev.items):
        return
    tale = text[:ask_start]
    if _LAUGH_42e23.search(tale) is None:
        return
    why = "笑い話のあとに別のことを聞いている（相談ごとではない）"
    for label in FIELDS:
        ev.drop_label(label, why)


# 「兄がパチンコをやめられず、給料日前になると母のところに金を借りに来ます。母ももう年金暮らし」:
# a grown child with pay of their own (給料日) who comes to the old parent to borrow lives
# apart and is not kept by the parent: no 8050 (the money trouble is hardship).
_PAY_42e23 = re.compile(r"給料|きゅうりょう|給与|ボーナス|稼ぎ|手取り")
_COMES_TO_BORROW_42e23 = re.compile(
    r"(?:借りに|かりに|せびりに|たかりに|無心しに|むしんしに|無心に|むしんに)(?:来|く|き|こ)"
)


def _child_with_pay_borrows_no_8050_42e23(found: _Found, ev: _Evidence) -> None:
    """See above. Not a child who lives with the parent and has no work (同居, 無職, ひきこもり)."""
    text = found.text
    if found.cues & {"stay_home", "not_working", "co_residence"}:
        return
    if _PAY_42e23.search(text) is None or _COMES_TO_BORROW_42e23.search(text) is None:
        return
    ev.drop_label(
        "8050", "給料のある子が親のところに金を借りに来る（離れて暮らし、親に養われてはいない）"
    )


# 「甥っ子(25)が大学を中退してから3年、部屋からほとんど出てこない…兄夫婦はまだ50代で働いて
# います」: the one who stays in is young (an age under 35) and no one old is named (no 70 or
# more, no 高齢, no 年金): a middle age there is the parents', and this is no 8050.
_OLD_WORDS_42e23 = re.compile(
    r"年金|ねんきん|高齢|こうれい|老|介護|かいご|認知症|[7-9][0-9]|[七八九]十"
)


def _young_one_and_working_parents_42e23(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above."""
    if found.cue("elderly") or _OLD_WORDS_42e23.search(found.text):
        return
    young = [a for a in ages if ADULT_AGE <= a.years < 35]
    if not young or any(a.years >= 60 for a in ages):
        return
    ev.drop_label("8050", "こもっているのは若い大人で、親はまだ50代（8050ではない）")


# 「隣の家、80代のご夫婦と50歳くらいの息子さんの3人暮らし」: the old couple named by a neighbour
# are the parents of an 8050 household; their age alone is no care (as for 80代の母).
_COUPLE_AGE_42e23 = re.compile(
    r"(?:[6-9][0-9]|[六七八九]十)(?:代|歳|才)?(?:くらい|ぐらい|近く|過ぎ|すぎ)?の(?:ご)?(?:老)?(?:夫婦|両親|親)"
)


def _old_couple_of_8050_age_only_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: where every care item is such an age and no need of help is told."""
    if found.cue("care_need") or found.cue("daily_decline") or found.get("field", "care"):
        return
    keys = [k for k in ev.items if k[0] == "care"]
    spans = [ev.norm.original_span(*m.span()) for m in _COUPLE_AGE_42e23.finditer(found.text)]
    if not keys or not spans:
        return
    if all(any(a <= k[1] and k[2] <= b for a, b in spans) for k in keys):
        for key in keys:
            ev.pop(key, "8050：親の年齢だけでは介護の相談にしない（介護が要る様子がない）")


# 「孫(高2)が、脳梗塞で倒れた母親の身の回りの世話と家事を全部やっていて」: the parent a young
# carer looks after is no elder-care matter, so the illness withdrawn as care's cause (介護や
# 障害のきっかけ) has no other home: it is the health matter again.
_CAUSE_OF_CARE_42e23 = "介護や障害のきっかけとして書かれた病気"


def _young_carers_parent_ill_42e23(ev: _Evidence) -> None:
    """See above: only where neither care nor disability stands."""
    why = "ヤングケアラーが世話をしている親の病気（健康の相談）"
    for item, reason in list(ev.dropped):
        if item.label == "health" and reason.startswith(_CAUSE_OF_CARE_42e23):
            ev.add_original("health", "field", item, why)


# 「子ども3人育てながら…お姑さんの認知症で夜中も起こされて、もう何か月もまともに寝てない」:
# sleep lost to the caring is the care matter (_carers_sleep_and_strain), but lost for months
# it is the carer's own health.
_MONTHS_42e23 = re.compile(
    r"(?:何か月|何ヶ月|何カ月|何ケ月|なんかげつ|何年|なんねん|半年|はんとし|[0-9一二三四五六七八九十]+(?:か月|ヶ月|カ月|年))"
    r"(?:も|以上|近く|くらい|ぐらい)?[、,]?(?:ずっと|まともに|ろくに|ほとんど|ちゃんと|全然|ぜんぜん)?$"
)


def _months_of_lost_sleep_42e23(ev: _Evidence) -> None:
    """See above: the sleep words right after a span of months come back as health."""
    _lost_sleep_back_as_health(
        ev, _MONTHS_42e23, "何か月も眠れていない（本人の健康・こころの相談）"
    )


# 「ご主人が仕事中のケガで障がいが残って働けなくなって」: an injury (or an accident) told as how a
# lasting disability came is the disability matter, not health.
_INJURY_42e23 = re.compile(r"ケガ|けが|怪我|事故|じこ")
_LASTING_42e23 = re.compile(
    r"(?:で|により|によって|の後遺症で|のあと|の後)?[、,]?[^。]{0,3}?(?:障害|障がい|障碍|しょうがい|後遺症)"
    r"(?:が|も)?(?:残|のこ)"
)


def _injury_behind_disability_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: only the injury words followed by 障害が残る go."""
    text = found.text
    why = "障害が残るきっかけのケガ・事故（障害の相談として扱う）"
    for hit in found.get("field", "health"):
        if _INJURY_42e23.search(text, hit.start, hit.end) and _LASTING_42e23.match(text, hit.end):
            ev.drop("health", hit.start, hit.end, why)


# 「孫娘が妊娠したんですが、相手とはもう別れていて、まだ19で仕事もしてないみたいです」: a young
# woman expecting a child alone, with no work, has no income to raise it on: hardship.
_NO_WORK_42e23 = re.compile(
    r"(?:仕事|しごと|働き口|職)(?:も|は|が)?(?:して(?:い)?(?:ない|なく|ません)|しとらん|ない|なく|ありません)"
    r"|無職|むしょく|働いて(?:い)?(?:ない|なく|ません)|収入(?:が|も)?(?:ない|なく|ありません)"
)
_ALONE_42e23 = re.compile(
    r"別れ|わかれ|相手(?:が|と|は)?(?:いな|おら|連絡|音信)|一人で産|ひとりで産|未婚|シングル|父親(?:が|は)?(?:いな|わから)"
)


def _expecting_alone_without_work_42e23(found: _Found, ev: _Evidence) -> None:
    """See above. Not a mother on leave (産休, 育休) nor one who left work for the birth alone
    with a partner beside her (no parting told)."""
    text = found.text
    pregnant = [h for h in found.get("field", "child") if "妊娠" in text[h.start : h.end]]
    if not pregnant or "産休" in text or "育休" in text:
        return
    no_work = _NO_WORK_42e23.search(text)
    if no_work is None or _ALONE_42e23.search(text) is None:
        return
    why = "妊娠しているが相手と別れ、仕事もない（子どもを育てるお金がない）"
    ev.add("hardship", "field", no_work.start(), no_work.end(), why)


# 「隣の家の息子さん(20代)が自閉症で作業所に通っています」: a son or daughter given a grown age
# right after the word is an adult, no child matter.
_GROWN_AGE_AFTER_42e23 = re.compile(
    r"[（(](?:[2-9][0-9]|[二三四五六七八九]十)(?:代|歳|才)?(?:前半|後半|半ば|くらい|ぐらい)?[)）]"
)


def _grown_age_after_the_child_word_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: child items that end right before such an age go."""
    text = found.text
    why = "成人した子（すぐ後に大人の年齢がある）"
    for hit in found.get("field", "child"):
        if _GROWN_AGE_AFTER_42e23.match(text, hit.end):
            ev.drop("child", hit.start, hit.end, why)


# 「70代のお母さんと…お母さんが腰を痛めて買い物にも行けず」: an older parent's ailment told as
# why they cannot manage (腰を痛めて買い物にも行けない) is how the care need came, the care
# matter; the carer's own (私は腰を痛めて働けず) stays health.
_AILING_ONE_42e23 = re.compile(
    r"(?:さん|ちゃん)?(?:が|は|も)[、,]?(?:最近|さいきん|先月|この前|こないだ)?[、,]?(?:[^。、]{1,3}?を)?$"
)
_OLD_ONES_42e23 = frozenset({"mother", "father", "parent", "grandparent"})


def _old_parents_ailment_behind_need_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: the health word must follow the parent (お母さんが) and be followed in the
    same clause by a lasting need for help (買い物にも行けず, 一人で風呂に入れない); not by a
    sudden event (脳梗塞で倒れて), which the labelled sets keep as health."""
    text = found.text
    needs = [h for h in found.cue("care_need") if h.entry.form not in _SUDDEN]
    why = "高齢の親が手助けを要するようになったきっかけ（介護の相談として扱う）"
    for hit in found.get("field", "health"):
        if not any(0 <= n.start - hit.end <= 4 for n in needs):
            continue
        if any(
            p.entry.label in _OLD_ONES_42e23 and _AILING_ONE_42e23.match(text[p.end : hit.start])
            for p in found.persons
            if p.end <= hit.start
        ):
            ev.drop_inside("health", [(hit.start, hit.end)], why)


# 「弟がインスタのストーリーに「永遠におやすみ」って上げてた」: a story posted on a social
# network (ストーリーに上げる, ストーリーで流す) is the sender's own words, not a tale
# (_said_in_a_story reads ストーリー as a plot). Where no other tale is named (ドラマ, 映画,
# 漫画, 歌詞 …), the words count.
_SNS_STORY_42e23 = re.compile(
    r"ストーリー(?:ズ)?(?:に|で|へ)[^。]{0,30}?(?:上げ|あげ|アップ|載せ|のせ|投稿|流し|ながし|出し|だし)"
)
_TALE_42e23 = re.compile(
    r"ドラマ|映画|アニメ|漫画|マンガ|まんが|小説|番組|歌詞|ニュース|ゲーム|舞台|芝居|絵本|物語|作品|原作|脚本"
    r"|シナリオ|主人公|登場人物|キャラ|ヒロイン|役者|俳優|女優|セリフ|台詞"
)
_TALE_REASON_42e23 = "ドラマや歌・ニュースの中の言葉"


def _sns_story_is_no_tale_42e23(found: _Found, ev: _Evidence) -> None:
    """See above: the suicide items withdrawn as a tale's words come back."""
    text = found.text
    if _SNS_STORY_42e23.search(text) is None or _TALE_42e23.search(text):
        return
    why = "SNSのストーリーに載せた本人のことば（作り話ではない）：自殺の危険"
    for item, reason in list(ev.dropped):
        if item.label == "suicide" and reason.startswith(_TALE_REASON_42e23):
            ev.add_original("suicide", "crisis", item, why)


def _round34_42e23(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 34 (42e23): each rule below runs only where the words it reads are there."""
    text = norm.text
    if not ev.has("suicide") and "ストーリー" in text:
        _sns_story_is_no_tale_42e23(found, ev)
    if ev.has("suicide"):
        _sleep_farewell_is_no_collapse_42e23(found, ev)
        _farewell_posted_now_42e23(found, ev)
    if ev.has("care") and "bruise" in found.cues and not minor:
        _fall_told_as_an_excuse_42e23(found, ev)
    if ev.has("hardship") and ev.has("dv") and "withheld_money" in found.cues:
        _money_withheld_among_controls_42e23(found, ev)
    if ev.has("health") and not any(ev.has(label) for label in CRISES):
        _sleep_lost_to_noise_42e23(found, ev)
        _grief_at_a_pets_death_42e23(found, ev)
    only_fields = not any(ev.has(label) for label in CRISES + PATTERNS)
    if ev.items and only_fields and _LAUGH_42e23.search(text):
        _laughed_tale_then_another_question_42e23(found, ev)
    if ev.has("8050"):
        _child_with_pay_borrows_no_8050_42e23(found, ev)
        if ages and ev.has("8050"):
            _young_one_and_working_parents_42e23(found, ages, ev)
        if ev.has("care"):
            _old_couple_of_8050_age_only_42e23(found, ev)
    if ev.has("young_carer") and not ev.has("care") and not ev.has("disability"):
        _young_carers_parent_ill_42e23(ev)
    if ev.has("care") or ev.has("child"):
        _months_of_lost_sleep_42e23(ev)
    if ev.has("health") and ev.has("disability"):
        _injury_behind_disability_42e23(found, ev)
    if ev.has("health") and ev.has("care") and "care_need" in found.cues:
        _old_parents_ailment_behind_need_42e23(found, ev)
    if ev.has("child") and not ev.has("hardship") and "妊娠" in text:
        _expecting_alone_without_work_42e23(found, ev)
    if ev.has("child") and not minor and ("(" in text or "（" in text):
        _grown_age_after_the_child_word_42e23(found, ev)


# ---------------------------------------------------------------- round 34 (42d23)
# A child who writes in kana that a grown man from around the home touches them:
# 「パパのともだちが来て、ねるときにからださわってくる」「きんじょのおじさんが おふろのとき
# さわってくる いやだ」. The man is no kin (40b21 reads kin), the gap holds when and where
# (おふろのとき), and the body part, written apart (からだ　さわって), is lost to the lexicon's
# 体…触る across the writer's space.
_GROWN_TOUCHER_42d23 = (
    r"(?:(?:おとうさん|お父さん|とうさん|父|パパ|ぱぱ|おかあさん|お母さん|かあさん|母|ママ|まま"
    r"|おかん|おとん|親|おや|にいちゃん|兄)の(?:ともだち|友達|友だち|友人|しりあい|知り合い"
    r"|知りあい|かいしゃのひと|会社の人|なかま|仲間|せんぱい|先輩)"
    r"|(?:近所|きんじょ|親戚|しんせき|となり|隣)の(?:おじさん|おじちゃん|おにいさん|お兄さん|ひと|人)"
    r"|(?:しらない|知らない)(?:おじさん|ひと|人)|おじさん|おじちゃん"
    r"|(?:じゅく|塾|ならいごと|習い事|クラブ|部活|ぶかつ)の(?:せんせい|先生|コーチ|こーち)"
    r"|せんせい|先生|コーチ|こーち)"
)
_BODY_42d23 = (
    r"(?:からだ|体|身体|むね|胸|おっぱい|おしり|お尻|パンツ|ぱんつ|したぎ|下着|あそこ"
    r"|へんなところ|変なところ|だいじなところ|大事なところ)"
)
_TOUCH_42d23 = r"(?:さわ|触)(?:って(?:く|き)|られ|ろうと|りにく|りにき)"
_GROWN_TOUCHES_42d23 = re.compile(
    _GROWN_TOUCHER_42d23
    + r"(?:さん|ちゃん)?(?:が|は|に)\s?(?:[^。を]{0,24}?|[^。]{0,20}?"
    + _BODY_42d23
    + r"(?:を|に)?[^。を]{0,4}?)"
    + _TOUCH_42d23
)
# With no one named: the body and the touch, then the child's dislike or secret.
_BODY_TOUCHED_42d23 = re.compile(_BODY_42d23 + r"\s?(?:を|に|も)?\s?" + _TOUCH_42d23)
# A pupil's classmate, a sibling or a baby, named as the one who touches.
_PEER_42d23 = re.compile(
    r"(?<!の)(?:ともだち|友達|友だち|クラスの|くらすの|男子|だんし|女子|じょし|弟|おとうと|妹|いもうと"
    r"|赤ちゃん|あかちゃん|いとこ)(?:が|は|に)"
)


def _touched_by_a_grown_man_42d23(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「おかあさんのしりあいが　よる　からだ　さわってくる　こわい」: a child (a pupil, or a
    message in kana only, as a child writes) touched by a grown man who is no kin, or touched
    on the body by someone unnamed with dislike or a secret (いや, こわい, 言えない), is feared
    sexual abuse. Not a pet or a baby, a fever felt, a classmate's teasing, or an adult's
    childhood; an adult writer is read by the kin and body rows, not here, and a partner who
    touches (おっとが) is DV, read before."""
    text = found.text
    if not (minor or KANJI.search(text) is None):
        return
    match = _GROWN_TOUCHES_42d23.search(text)
    if match is None:
        match = _BODY_TOUCHED_42d23.search(text)
        if match is None or _NIGHT_OR_SECRET_40b21.search(text) is None:
            return
        if _PEER_42d23.search(text, max(0, match.start() - 16), match.start()):
            return
    begin, end = _sentence_around(text, match.start(), match.end())
    if _NOT_SEXUAL_40b21.search(text, begin, end) or _LONG_AGO_40b21.search(text):
        return
    why = "子どもが大人の男の人に体をさわられる（性的虐待のおそれ）"
    ev.add("abuse", "crisis", match.start(), match.end(), why)
    if not ev.has("child"):
        ev.add("child", "field", match.start(), match.end(), why)


# 「息子がアニメのキャラが死んで大泣き。3さいってこんなもん？」: the story is the writer's
# child's game or cartoon, and the question is about the child; 24i's story reading (what a
# character is, is the story's) does not take the child's own age or worry away.
_CHILDS_STORY_42d23 = re.compile(
    r"(?:息子|むすこ|娘|むすめ|うちの子|子ども|子供|こども|長男|長女|次男|次女)(?:さん|ちゃん|くん)?"
    r"(?:の|が|は)[^。]{0,10}?(?:ゲーム|げーむ|アニメ|あにめ|漫画|マンガ|まんが|絵本|えほん|番組|動画"
    r"|映画|えいが)(?:の|で)[^。]{0,6}?(?:キャラ|主人公|登場人物|ヒーロー|ヒロイン)"
)
_STORY_WHY_24i = "物語の登場人物のこと"


def _childs_own_story_keeps_child_42d23(found: _Found, ev: _Evidence) -> None:
    """See above: the child evidence 24i dropped comes back when the writer's child is the
    one who plays or watches the story and the evidence is not the character's own words."""
    story = _CHILDS_STORY_42d23.search(found.text)
    if story is None:
        return
    o_start, o_end = ev.norm.original_span(story.start(), story.end())
    for item, why in list(ev.dropped):
        if item.label != "child" or not why.startswith(_STORY_WHY_24i):
            continue
        if item.start < o_end and o_start < item.end:
            continue
        ev.add_original("child", "field", item, item.note)


# ---------------------------------------------------------------- round 34 (42h23)
# 「おかん、2歳の弟の世話とばあちゃんの介護でヘトヘト」: a small brother or sister (an age under
# school, 赤ちゃんの妹, 保育園の弟) being looked after is a child being raised (child); beside the
# care of an older relative, done by a parent the writer names, it is double care. Not when
# the writer is a pupil doing it (young carer: left as it is), nor a grown sibling (20歳の弟).
_SMALL_SIBLING_42h23 = re.compile(
    r"(?:(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?P<unit>歳|さい|才|か月|ヶ月|カ月|ケ月)の"
    r"|赤ちゃんの|赤ちゃんな|あかちゃんの|乳児の|まだ小さい|ちっちゃい|ちいさい|小さい|幼稚園の|保育園の"
    r"|年少の|年中の|年長の|小[1-6１-６]の|小学生の)"
    r"(?:弟|妹|おとうと|いもうと)(?:ちゃん|くん)?(?:の|を|が)?[^。]{0,4}?"
    r"(?:世話|せわ|面倒|めんどう|子育て|育児|お迎え|送り迎え|夜泣き|おむつ|ミルク)"
)
_PARENT_SUBJECTS_42h23 = frozenset({"mother", "father", "parent"})


def _small_sibling_raised_42h23(found: _Found, minor: bool, ev: _Evidence) -> None:
    """See above."""
    small = _SMALL_SIBLING_42h23.search(found.text)
    if small is None:
        return
    number = small.group("n")
    in_years = number is not None and small.group("unit") in ("歳", "さい", "才")
    if in_years and kanji_number(number) > 6:
        return  # 「20歳の弟の世話」: a grown sibling is no child being raised
    note = "小さい弟や妹の世話（子育て）：子ども・子育ての相談"
    ev.add("child", "field", small.start(), small.end(), note)
    if minor or ev.has("young_carer") or not ev.has("care") or ev.has("double_care"):
        return
    if not _PARENT_SUBJECTS_42h23 & found.person_labels():
        return
    raised = [i for i in ev.items.values() if i.group == "field" and i.label in ("care", "child")]
    for item in raised:
        ev.add_original("double_care", "pattern", item, f"介護と子育てが重なる：{item.note}")


# 「介護保険の申請って孫がやってもいいんですか？親が仕事で忙しくて」: a grandchild who does a
# care errand for the grandparent (申請, 手続き, 代わりに) is the writer or one who helps, not a
# child being raised: no child, and so no double care. A grandchild being raised (孫を育てて,
# 孫の世話) keeps both.
_GRANDCHILD_ERRAND_42h23 = re.compile(
    r"(?:孫|まご)(?:の(?:私|わたし|僕|ぼく|俺|おれ|うち|自分))?(?:が|でも|は|として|から|に)"
    r"[^。]{0,12}?(?:申請|しんせい|手続|てつづき|代わり|かわり|代理|だいり|問い合わせ|相談|電話|やって|やれ"
    r"|出来|でき|行って|いって)"
)


def _grandchild_does_the_errand_42h23(found: _Found, ev: _Evidence) -> None:
    """See above: only where every child item is the word 孫 itself."""
    text = found.text
    errands = list(_GRANDCHILD_ERRAND_42h23.finditer(text))
    if not errands:
        return
    keys = [k for k in ev.items if k[0] == "child"]
    if any(ev.items[k].surface not in ("孫", "まご") for k in keys):
        return
    if any(h.entry.form != "孫" for h in found.get("field", "child")):
        return
    spans = [m.span() for m in errands]
    if any(not any(a <= h.start < b for a, b in spans) for h in found.get("field", "child")):
        return
    why = "介護の手続きなどをする孫（書き手の側。子育ての相談ではない）"
    ev.drop_label("child", why)
    ev.drop_label("double_care", why)


# 「ばあちゃん認知症で、学校休んで見てる。友達にも言えん」: a matter kept only from friends (友達
# にも言えない) is a secret, as one kept from the family is (_matter_kept_from_family_41n22), not
# having no one; 「友達にも先生にも」「親にも友達にも」, 誰にも and 一人で抱えて keep isolation.
_FRIENDS_ONLY_42h23 = re.compile(
    r"(?:友達|友だち|ともだち|友人|クラスの(?:子|人|やつ)|周りの友達)(?:に|には|にも)"
    r"(?![^。]{0,8}?(?:先生|せんせい|親|家族|誰|だれ|周り|大人))"
)
_OTHERS_BEFORE_42h23 = re.compile(
    r"(?:先生|せんせい|親|家族|誰|だれ|大人)(?:に|には|にも|とも)[^。]{0,4}$"
)


def _matter_kept_from_friends_42h23(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    hits = found.get("pattern", "isolation")
    if not hits or _ALONE_41n22.search(text):
        return
    if any(_ISOLATION_NOTE_41n22 not in h.entry.note for h in hits):
        return
    for hit in hits:
        if _FRIENDS_ONLY_42h23.match(text, hit.start) is None:
            return
        if _OTHERS_BEFORE_42h23.search(text, max(0, hit.start - 10), hit.start):
            return
    why = "家の事情を友達に言えない（打ち明けにくい事情。孤立の言葉ではない）"
    for hit in hits:
        ev.drop("isolation", hit.start, hit.end, why)


# 「一人暮らしのじいちゃん、ばあちゃん亡くなってから誰とも話してないみたい」: an older relative
# who lives alone and is lonely, with no need for help told (no care word, no daily decline,
# no illness, no crisis), is an isolation matter, not care (as _seventies_alone_and_lonely_41q22
# for the writer); 「一人暮らしの父、最近物忘れが」 or 「一人暮らしで足が悪い」 keep care.
_LIVING_ALONE_FORMS_42h23 = frozenset({"一人暮らし", "独居"})


def _elder_alone_and_lonely_42h23(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above."""
    if found.get("field", "care") or found.cue("daily_decline") or found.cue("care_worry"):
        return
    needs = found.cue("care_need")
    if not needs or any(h.entry.form not in _LIVING_ALONE_FORMS_42h23 for h in needs):
        return
    if {"health", "disability", "hardship"} & ev.present():
        return
    if any(ev.has(label) for label in CRISES):
        return
    if any(a.years >= _OLD_ENOUGH for a in ages):
        return
    why = "一人暮らしの高齢の家族が話し相手もなくさみしそう（手助けが要る様子がない。介護ではない）"
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# ---------------------------------------------------------------- a sibling cared for by an adult

# An adult who does it for the family, then くれる/もらう (お母さんが作ってくれます, 祖母が見て
# くれる): not 「作ってくれって言われる」, a request to the writer.
_ADULT_DOES_IT = re.compile(
    r"(?:お?母|ママ|まま|お?父|パパ|ぱぱ|祖母|祖父|お?ばあ|お?じい|ばぁば|じぃじ|先生|せんせい|ヘルパー"
    r"|保育士|おば|叔母|伯母|おじ|叔父|伯父)(?:さん|ちゃん|さま)?(?:が|は)[^。、]{0,12}?[てで]"
    r"(?:くれ(?!って|と)|もら)"
)
# The writer doing it too (私が, ぼくも): a young carer still.
_WRITER_DOES_IT = re.compile(
    r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)(?:が|も|ひとりで|一人で|だけ|の(?:役目|担当|仕事))"
    r"|(?:全部|ぜんぶ|ほとんど)(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)"
)


def _sibling_cared_for_by_an_adult(found: _Found, ev: _Evidence) -> None:
    """「中2です。妹のごはんは毎日お母さんが作ってくれます」「中学生です。弟の面倒はおばあちゃん
    が見てくれる」: a pupil telling that an adult does the care for their brother or sister
    is no young carer (the rows for a sibling's meals or care read the writer as the one who
    does it). Where the writer does it too (私も弟の世話をしている) it stays."""
    text = found.text
    if _WRITER_DOES_IT.search(text):
        return
    spans = [_sentence_around(text, m.start(), m.end()) for m in _ADULT_DOES_IT.finditer(text)]
    if spans:
        ev.drop_inside(
            "young_carer",
            spans,
            "大人がきょうだいの世話をしてくれている（本人が担っていない）",
            overlapping=True,
        )


# ---------------------------------------------------------------- round 34 (42c23)
# 「隣のおばあさん、お嫁さんにご飯もろくにもらってないみたいで痩せてきた。腕にあざもあった」:
# an old person (a neighbour's grandmother, the writer's mother-in-law) whom a daughter-in-law
# feeds poorly or hurts is elder abuse, and a matter of care; 嫁 read as a spouse made it DV.
# A writer's own wife (「嫁に殴られる」, no older person before it) stays DV.
_ELDER_42c23 = (
    r"(?:おばあさん|おじいさん|ばあさん|じいさん|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん"
    r"|ばっちゃ|じっちゃ|姑|しゅうとめ|舅|義母|義父|お義母さん|お義父さん|祖母|祖父|年寄り"
    r"|お年寄り|老人|高齢の)"
)
_ELDER_BY_DIL_42c23 = re.compile(
    _ELDER_42c23 + r"(?:さん)?(?:が|は|、|,)?[^。]{0,16}?(?:嫁|よめ)(?:さん)?(?:に|から)"
)


def _elder_harmed_by_daughter_in_law_42c23(found: _Found, ev: _Evidence) -> None:
    """「隣のばあさん、嫁さんに飯ももらってないみたいで痩せていく。腕にあざもあった」: see
    above. DV becomes elder abuse, and the old person's need is care."""
    text = found.text
    told = _ELDER_BY_DIL_42c23.search(text)
    if told is None:
        return
    why = "嫁から高齢の人へ（食事をもらえない・あざ）：高齢者虐待の疑い"
    items = [item for key, item in ev.items.items() if key[0] == "dv"]
    ev.drop_label("dv", "嫁から高齢の人へのこと（配偶者間のDVではない）")
    ev.add("abuse", "crisis", told.start(), told.end(), why)
    for item in items:
        ev.add_original("abuse", "crisis", item, why)
    if not ev.has("care"):
        ev.add(
            "care",
            "field",
            told.start(),
            told.end(),
            "高齢の人が家族から世話を受けられない：介護の相談",
        )


# ---------------------------------------------------------------- round 34 (42k23)
# 「だんな しんだ。まいにち「わたし も あっち いきたい」いう」: the writer or a friend wants to
# go "over there" (あっち, あの世, 天国) after someone close died, written in kana without a
# particle; 37m20 reads そっち with kanji deaths only.
_OVER_THERE_42k23 = re.compile(
    r"(?:わし|俺|おれ|オレ|私|わたし|ワタシ|あたし|僕|ぼく|ボク|うち|自分)も[、,]?(?:もう)?"
    r"(?:すぐ|はやく|早く|そろそろ)?[、,]?(?:あっち|あちら|向こう|むこう|あの世|あのよ|天国|てんごく)"
    r"(?:に|へ|さ)?(?:行きた|いきた|逝きた|行けたら|いけたら|行く|いく|逝く|行こう|いこう)"
    r"(?!ね|ので|んで|から(?:ね|待)|時|とき)"
)
# The death told in kana too: しんだ, しんじゃった, after a space the writer typed or not a
# kana or a kanji (not たのしんだ, 楽しんだ, しんぱい).
_A_DEATH_42k23 = re.compile(r"しん(?:だ|で|じゃ)")
_KANA_BEFORE_42k23 = re.compile(r"[ぁ-ゖ一-龯]")
_OVER_THERE_GATE_42k23 = re.compile(r"あっち|あちら|向こう|むこう|あの世|あのよ|天国|てんごく")


def _going_over_there_after_a_death_42k23(found: _Found, ev: _Evidence) -> None:
    """「だんな しんだ。まいにち「わたし も あっち いきたい」いう」「母が亡くなって、私も早く
    天国に行きたい」: after a death, the writer (or a friend quoted) wanting to go over there
    is an indirect wish to die, as ``_going_over_there_after_a_death_37m20``. A trip among the
    living (実家の片付けに私もすぐあっちに行く), or no death at all (夏休みに私もあっちに行きたい),
    stays clear."""
    text = found.text
    for m in _OVER_THERE_42k23.finditer(text):
        begin, end = _sentence_around(text, m.start(), m.end())
        if _ERRAND_37m20.search(text, begin, end):
            continue
        joins = ev.norm.joins
        kana_death = any(
            d.start() == 0
            or d.start() in joins
            or not _KANA_BEFORE_42k23.match(text, d.start() - 1)
            for d in _A_DEATH_42k23.finditer(text)
        )
        if _A_DEATH_37m20.search(text) is None and not kana_death:
            return
        why = "亡くなった人のいる「あっち」に行きたい（遠回しな死にたい気持ち）：自殺の危険"
        ev.add("suicide", "crisis", m.start(), m.end(), why)
        return


_ELDER_ABUSE_BY_PARTNER_42k23 = "配偶者が高齢の親に暴言・暴力・食事を抜く"


def _only_partner_words_left_after_elder_abuse_42k23(found: _Found, ev: _Evidence) -> None:
    """「お嫁さんから、ご主人が認知症のお母さんを叩いたりすると打ち明けられました。お嫁さんは
    止められないそうです」: once the partner's harm was read as elder abuse (42g23), a DV that
    rests only on a husband's or wife's name elsewhere (the one who told it, helpless) is no DV.
    Any DV act of its own (殴られ, 脅され) stays."""
    if not any(why.startswith(_ELDER_ABUSE_BY_PARTNER_42k23) for _, why in ev.dropped):
        return
    span = ev.norm.original_span
    names = {span(p.start, p.end) for p in found.persons if p.entry.label == "spouse"}
    if all((k[1], k[2]) in names for k in ev.items if k[0] == "dv"):
        why = "配偶者の名前だけが残った（暴力は高齢の親に向いている。高齢者虐待）"
        ev.drop_label("dv", why)


# 「まえ せいかつほご もらってた。いま しごと ある、もう だいじょうぶ」: help with money told
# as the past, then now being fine.
_PAST_42k23 = re.compile(r"前|まえ|以前|いぜん|昔|むかし|去年|きょねん|昨年|一時|いちじ")
_NOW_FINE_42k23 = re.compile(
    r"(?:今|いま)(?:は|では)?[、,]?[^。]{0,12}?(?:大丈夫|だいじょうぶ|ダイジョウブ|自立"
    r"|(?:仕事|しごと|シゴト)(?:が|も)?(?:ある|あります|見つか|みつか|して)|働いて|はたらいて)"
)
_STILL_42k23 = re.compile(
    r"でも|けど|けれど|ただ|しかし|また|まだ|困|こま|足りな|たりな|払え|はらえ"
)


def _past_hardship_now_fine_42k23(found: _Found, ev: _Evidence) -> None:
    """「前は生活保護をもらってた。今は仕事がある、もう大丈夫。ありがとう」: every money word
    lies before the writer says they are fine now, in a sentence told as the past: thanks
    for help that has ended, no hardship. A worry told after (でも, まだ, 払えない) keeps it."""
    text = found.text
    fine = _NOW_FINE_42k23.search(text)
    if fine is None or _STILL_42k23.search(text, fine.end()):
        return
    keys = [k for k in ev.items if k[0] == "hardship"]
    hits = found.get("field", "hardship")
    if not keys or not hits:
        return
    span = ev.norm.original_span
    told: list[tuple[int, int]] = []
    for hit in hits:
        begin, end = _sentence_around(text, hit.start, hit.end)
        if hit.end > fine.start() or end > fine.start() + 1:
            return
        if _PAST_42k23.search(text, begin, hit.start) is None:
            return
        told.append((begin, end))
    if all(any(span(a, b)[0] <= k[1] and k[2] <= span(a, b)[1] for a, b in told) for k in keys):
        ev.drop_label("hardship", "前に受けていた助けで、今は大丈夫（お金の困りごとではない）")


# ---------------------------------------------------------------- round 34 (42l23)
# A partner who keeps the money (通帳もカードも取られて、使ったお金はレシートで全部報告させられる)
# is economic DV: the words お金 or 通帳を取られた in that sentence are the control, not a lack
# of money. Where the same sentence says money runs short (払えない, 足りない) hardship stays.
_MONEY_SHORT_42l23 = re.compile(
    r"払え(?:な|ん|へん|ませ)|はらえ(?:な|ん)|足りな|たりな|足りん|ギリギリ|ぎりぎり|滞納|借金|しゃっきん"
    r"|食べるもの|たべるもの|米(?:も|が)(?:な|買え)|生活保護|せいかつほご|お金が(?:ない|なくて|無い)"
)


def _money_control_not_hardship_42l23(found: _Found, ev: _Evidence) -> None:
    """「夫に通帳もカードも取られて、使ったお金は全部報告させられてる」: the money words sit in
    the sentence of the partner's control (a row noted 経済的DV), and that is DV, not hardship."""
    text = found.text
    spans = [
        _sentence_around(text, hit.start, hit.end)
        for hit in found.get("crisis", "dv")
        if "経済的DV" in hit.entry.note
    ]
    spans = [(a, b) for a, b in spans if not _MONEY_SHORT_42l23.search(text[a:b])]
    if spans:
        ev.drop_inside(
            "hardship",
            spans,
            "配偶者や恋人がお金を握っている（経済的DVとして扱う。お金が足りない話ではない）",
            overlapping=True,
        )


# 「兄は高校を出てから20年家にいる」「娘は大学出てからずっと働いていない」: a school the grown
# son, daughter or sibling left years ago is no matter of a child, and so no double care
# beside an old parent. A pupil writing (minor) and other words of a child keep child.
_SCHOOL_LEFT_42l23 = re.compile(
    r"(?:高校|こうこう|中学|ちゅうがく|大学|だいがく|専門学校|短大|高専)(?:を)?"
    r"(?:出て|でて|卒業して|そつぎょうして|卒業後|中退して|ちゅうたいして|中退後|やめて|辞めて)"
    r"(?:から|以来|いらい|すぐ|このかた)?"
)


# Years enough since (5年, 20年近く, 十年以上, 何年も) or a grown age (30代, 40歳) in the message.
_YEARS_SINCE_42l23 = re.compile(
    r"[、,]?(?:もう)?(?:[5-9]|[1-9][0-9])年|[、,]?(?:もう)?(?:[五六七八九]|十|二十|三十)[^。]{0,2}?年|[、,]?何年も|[、,]?なんねんも"
)
_GROWN_AGE_42l23 = re.compile(
    r"(?<![0-9])(?:[2-6][0-9])(?:歳|才|さい|代)|[二三四五六]十(?:歳|才|代)"
)


def _school_left_long_ago_42l23(found: _Found, ev: _Evidence) -> None:
    """「うちの兄、高校出てから20年ひきこもってる」: see above."""
    text = found.text
    spans = [
        m.span()
        for m in _SCHOOL_LEFT_42l23.finditer(text)
        if _YEARS_SINCE_42l23.match(text, m.end()) or _GROWN_AGE_42l23.search(text)
    ]
    if not spans:  # 「高校を中退してから2年」: the writer may still be a teenager
        return
    why = "学校を出た後の話（今の子どものことではない）"
    ev.drop_inside("child", spans, why, overlapping=True)
    if not ev.has("child"):  # no child left to raise: no double care either
        ev.drop_label("double_care", "子育ての相手がいない（介護と子育ての重なりではない）")


# 「年金暮らしのばあさんです。灯油も高くて冬を越せるか心配」「年寄りの一人暮らしで、誰とも話して
# いない」: an old writer who introduces themself is telling of money or loneliness, not asking
# for care, unless they also write a need for help (足が悪い, 買い物に行けない, 介護).
_ELDER_SELF_42l23 = re.compile(
    r"^(?:(?:私|わたし|あたし|わし|俺|おれ|僕|ぼく)(?:は|、|,)?)?(?:[0-9]{2}(?:歳|才|さい)の)?"
    r"(?:年金暮らしの|一人暮らしの|ひとり暮らしの|独り暮らしの)?"
    r"(?:年寄り|としより|老人|ばあさん|ばあちゃん|婆さん|じいさん|じいちゃん|爺さん|じじい|ばばあ|おばあさん|おじいさん)"
    r"(?:の(?:一人暮らし|ひとり暮らし|独り暮らし))?"
    r"(?:です|で[、,]|でねぇ|でねえ|でね|だけど|やけど|なんですが|なんだけど|じゃが|なんじゃが)"
)
_WEAK_CARE_42l23 = frozenset({"心配", "しんぱい", "不安", "ふあん"})


def _elderly_writer_introduces_self_42l23(found: _Found, ev: _Evidence) -> None:
    """「年寄りの一人暮らしで、何日も誰とも口をきいてない」: see above. Care is dropped only
    when every care word is the self-introduction itself or a bare 心配."""
    told = _ELDER_SELF_42l23.search(found.text)
    if told is None:
        return
    a, b = ev.norm.original_span(*told.span())
    keys = [k for k in ev.items if k[0] == "care"]
    if all((a <= k[1] and k[2] <= b) or ev.items[k].surface in _WEAK_CARE_42l23 for k in keys):
        for key in keys:
            ev.pop(key, "高齢の本人が自分のことを名乗っている（介護が要る様子は書いていない）")


# 「統合失調症の息子がいる。私たちがいなくなった後、どう暮らしていけるか心配」: the parents'
# worry for a child with an illness or a disability after they are gone (親亡き後) is a
# matter of disability services; 暮らしていけるか there is the child's life, not money.
def _life_after_parents_not_money_42l23(found: _Found, ev: _Evidence) -> None:
    """See above: the hardship row この先生活していけるのか gives way to 親亡き後."""
    if not any("親亡き後" in hit.entry.note for hit in found.get("field", "disability")):
        return
    text = found.text
    if _MONEY_SHORT_42l23.search(text):
        return
    for key in [k for k in ev.items if k[0] == "hardship"]:
        if "この先生活していけるのか" in ev.items[key].note:
            ev.pop(key, "親亡き後の子の暮らしの心配（お金が足りない話ではない）")


# 「前に家賃の件で相談した者です。仕事も決まって、もう滞納もありません。ありがとうございました」
# 「父の介護の件ではお世話になりました。父は去年亡くなり、もう落ち着いています」: thanks for help
# given, with the trouble told as over, is no matter of money, care or a child now. Not where
# the writer goes on with a need (また払えない, でも, 相談したい) or asks something.
_THANKS_42l23 = re.compile(
    r"ありがと|有難う|有り難う|お礼|おれい|感謝|お世話になりました|お世話になって"
)
_OVER_42l23 = re.compile(
    r"(?:もう|今は|いまは|おかげで|おかげさまで|無事|ぶじ)[^。]{0,14}?"
    r"(?:ありません|ない(?!と)|なくなり|なくなった|大丈夫|だいじょうぶ|払えて|払えるように|はらえて|落ち着|おちつ"
    r"|解決|かいけつ|決まり|決まって|決まった|きまって|見つか|みつか|穏やか|おだやか|元気に|げんきに|平和)"
    r"|(?:仕事|しごと|就職|住む所|住まい|家|離婚|りこん)(?:も|が)(?:決まり|決まって|決まった|きまって|見つか|みつか|成立)"
)
_STILL_42l23 = re.compile(
    r"払えな|はらえな|払えん|足りな|たりな|困って|こまって|また|でも|けど|けれど|ただ|実は|じつは"
    r"|(?:ます|です|した)が|相談したい|教えて|お願い|おねがい|どうしたら|ですか|ますか|？|\?"
)
_OVER_FIELDS_42l23 = ("hardship", "care", "child")


def _thanks_after_help_42l23(found: _Found, ev: _Evidence) -> None:
    """See above: the fields go, a crisis word (if any) stays for staff to read."""
    text = found.text
    if not _THANKS_42l23.search(text) or not _OVER_42l23.search(text):
        return
    if _STILL_42l23.search(text):
        return
    for label in _OVER_FIELDS_42l23:
        ev.drop_label(label, "相談のお礼（困りごとはもう済んだと書いている）")


# ---------------------------------------------------------------- round 34 (42j23)
# 「こないだは雪降ってんのに男の子が裸足で外さ出されでだ」: told as a past day's event.
_PAST_DAY_42j23 = re.compile(
    r"こないだ|この間|このあいだ|この前|このまえ|先日|せんじつ|先週|せんしゅう|先月|去年|去年の冬"
    r"|前にも|以前|いつだったか|こないだも"
)
_NOW_42j23 = re.compile(r"今|(?<![てでし])いま(?![しせ])|まだ|さっき|きょう|けさ")
_PAST_END_42j23 = re.compile(r"(?:てた|ていた|てました|ていました|た)(?:の|んだ|んです|よ|し)?$")


def _child_put_out_on_a_past_day_42j23(found: _Found, ev: _Evidence) -> None:
    """「この前は雪の中で男の子が裸足で外に出されてた」: a child shut out in the cold on a past
    day (この前, 先週, 去年) is a sign of abuse, which stays, but not a danger now: the
    emergency ``_child_out_in_the_cold_24k`` raised from that sentence goes. Told as now
    (さっきから, 今も, まだ), with no past day named, or shut out again today in another
    sentence, it stays an emergency."""
    text = found.text
    spans = []
    for put_out in _PUT_OUT_24k.finditer(text):
        start, end = _sentence_around(text, put_out.start(), put_out.end())
        sentence = text[start:end]
        if _PAST_DAY_42j23.search(sentence) is None or _NOW_42j23.search(sentence):
            return  # a child shut out now, or again today
        if _PAST_END_42j23.search(sentence.rstrip("。！？!? \n")) is None:
            return
        spans.append((start, end))
    if spans:
        why = "前の日にあったこと（虐待のサインだが、今の命の危険ではない）"
        ev.drop_inside("emergency", spans, why, overlapping=True)


# 「実家の兄が母に手をあげてるみたい」: a grown son or daughter who strikes the old parent.
_PARENT_STRUCK_42j23 = re.compile(
    r"(?:に|を|さ|の(?:腕|顔|体|からだ|頭|背中)?(?:に|を|さ)?)[^。、]{0,4}"
)
_GROWN_FAMILY_42j23 = re.compile(
    r"実家|じっか|帰省|きせい|帰ったら|かえったら|年老いた|老いた|老親|高齢|年寄り|としより"
    r"|認知|足腰|年金|同居の(?:兄|弟|姉|妹)"
)


def _parent_struck_by_a_sibling_42j23(
    found: _Found, ages: list[Age], minor: bool, ev: _Evidence
) -> None:
    """「実家の弟が父を叩いてるらしい。帰省したら父の腕にあざが」: the writer's brother or
    sister strikes their parent, told by a grown writer (実家, 帰省, 年老いた): the one struck
    is an old parent, so elder abuse and care, not a child's matter (the child field that
    came only from the abuse goes). A child writing of a sibling and their mother, or a
    message naming a young child, keeps child."""
    if minor or "sibling" not in found.person_labels():
        return
    text = found.text
    if _GROWN_FAMILY_42j23.search(text) is None and not any(
        a.years >= ELDERLY_AGE and a.person in {"mother", "father", "parent"} for a in ages
    ):
        return
    child = [e for e in ev.items.values() if e.label == "child"]
    if not child or any(not e.note.startswith(_FROM_ABUSE) for e in child):
        return
    struck = any(
        person.end <= hit.start
        and _PARENT_STRUCK_42j23.fullmatch(text, person.end, hit.start) is not None
        for person in found.persons
        if person.entry.label in {"mother", "father", "parent"}
        for hit in found.cue("violence")
    )
    if not struck:
        return
    why = "きょうだいから年老いた親への暴力（高齢者虐待。子どものことではない）"
    for item in child:
        ev.pop(("child", item.start, item.end), why)
    for item in [e for e in ev.items.values() if e.label == "abuse"]:
        ev.add_original("care", "field", item, f"{why}：{item.note}")


# 「小説を書いていて、主人公の子が家出する話です。児相ってどう動くんですか」: research for a story.
_WRITING_A_STORY_42j23 = re.compile(
    r"小説|しょうせつ|物語|ものがたり|漫画|マンガ|まんが|脚本|シナリオ|創作|同人|台本|話を書|お話を書"
)
_STORY_ASKS_42j23 = re.compile(
    r"どういう|どんな|どうやって|どう動|流れ|仕組み|しくみ|手続き|リアル|実際|取材|調べ"
)


_WRITERS_OWN_42j23 = re.compile(
    r"うちの|私の|わたしの|自分の|僕の|俺の|通報|相談したい|助けて|たすけて|隣|となり|近所|実は|じつは"
)


def _agency_asked_for_a_story_42j23(found: _Found, minor: bool, ev: _Evidence) -> None:
    """「漫画を描いていて、登場人物の男の子が保護される場面があります。一時保護ってどういう流れ
    ですか」: a writer of a novel or a manga asking how the child guidance centre works, the
    child being a character (``_character_in_a_story_24i`` already set them aside): no child
    matter. A child of the writer's or of anyone near named outside the story's sentences,
    a report wanted, a pupil writing, or any crisis still counts."""
    text = found.text
    if minor or any(ev.has(label) for label in CRISES):
        return
    if _WRITING_A_STORY_42j23.search(text) is None or _STORY_ASKS_42j23.search(text) is None:
        return
    story = [_sentence_around(text, m.start(), m.end()) for m in _CHARACTER_24i.finditer(text)]
    rest = "".join(
        text[start:end]
        for start, end in _sentence_spans_42j23(text)
        if not any(a <= start and end <= b for a, b in story)
    )
    if not story or _OWN_MATTER_40b21.search(rest) or _WRITERS_OWN_42j23.search(text):
        return
    keys = [k for k in ev.items if k[0] == "child"]
    agency = [k for k in keys if _AGENCY_WORDS_40b21.fullmatch(ev.items[k].surface)]
    if not agency or any(not any(a[1] <= k[1] and k[2] <= a[2] for a in agency) for k in keys):
        return
    why = "物語を書くために児相のことをたずねている（子どもの相談ではない）"
    for key in keys:
        ev.pop(key, why)


def _sentence_spans_42j23(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text``."""
    return [m.span() for m in _SENTENCE.finditer(text)]


# 「近所の奥さん、前は義母さんの世話で大変そうだったけど、施設に入って今は落ち着いたって」
_CARE_ENDED_42j23 = re.compile(
    r"(?:去年|昨年|一昨年|おととし|前|以前|一時|少し前|前)(?:は|まで|の頃は|ごろは|頃は)[^。]{0,24}?"
    r"(?:介護|かいご|世話|せわ|看病|面倒)[^。]{0,12}?(?:ました|た|だ|でした|だった)"
    r"(?:が|けど|けれど|けども|ども)[、,]?[^。]{0,24}?(?:今は|いまは|現在は|今では|今じゃ)(?:もう)?"
    r"(?:大丈夫|だいじょうぶ|落ち着|おちつ|安心|楽|らく|心配ない|問題ない|元気)"
)


_SETTLED_UNDONE_42j23 = re.compile(r"と思った|とおもった|思ってた|のに|また|再び|ふたたび|今度")


def _care_ended_in_its_sentence_42j23(found: _Found, ev: _Evidence) -> None:
    """「隣の奥さん、去年はご主人の介護で大変そうだったけど、施設に入られて今は落ち着いた
    そうです」: care told as a past burden (去年は, 前は) that has settled now (今は落ち着いた),
    every care word in that sentence (the neighbour named before it too), is no care matter
    now. A care word in another sentence (今度は母が…), or a settling undone in the same one
    (今は落ち着いたと思ったら、また…), keeps care."""
    text = found.text
    done = _CARE_ENDED_42j23.search(text)
    if done is None:
        return
    start, end = _sentence_around(text, done.start(), done.end())
    if _SETTLED_UNDONE_42j23.search(text, done.end(), end):
        return  # 今は落ち着いたと思ったら、また…
    o_start, o_end = ev.norm.original_span(start, end)
    keys = [k for k in ev.items if k[0] == "care"]
    if not keys or any(k[1] < o_start or k[2] > o_end for k in keys):
        return
    ev.drop_label("care", "終わった介護（前は大変だったが今は落ち着いた。今の介護の相談ではない）")


# ---------------------------------------------------------------- round 34 (42o23)
# 「夫 が おばあちゃん たたく」「おじいちゃん、夜 夫 が なぐる」: a writer with little Japanese
# drops the を, or puts the old person first as the topic and the partner who strikes after.
# As with ``_partner_harms_an_older_kin_42g23``: elder abuse, not DV against the writer.
_SPACED_AGENT_42o23 = re.compile(r"\s?(?:さん)?\s?(?:が|は)\s?")
_DROPPED_MARK_42o23 = re.compile(r"\s?(?:を|に)?\s?")
_TOPIC_MARK_42o23 = re.compile(r"(?:\s?[（(][^）)。]{0,12}[）)])?\s?(?:は|って|、|,|\s)")
_BETWEEN_42o23 = re.compile(r"\s*(?:毎日|いつも|よく|また|すぐ|ときどき|時々|まいにち)?\s*")


def _partner_harms_an_older_kin_spaced_42o23(found: _Found, ev: _Evidence) -> None:
    """「おばあちゃん（夫のママ）、デイ ない 日 夫 が たたく」「夫 が おじいちゃん なぐる」:
    the partner strikes the old grandparent, written word by word without を, or with the old
    person put first as the topic. The one harmed is the old person: elder abuse. The writer
    harmed too (わたし を たたく) keeps DV."""
    text = found.text
    partners = [p for p in _own_partners(found) if _OWN_MATE_31v8.search(text, p.start, p.end)]
    if not partners or _WRITER_HARMED_42g23.search(text):
        return
    victims = [
        p
        for p in found.persons
        if p.entry.label in _OLDER_KIN
        and (p.entry.label == "grandparent" or _OLD_KIN_WORD_42g23.search(text, p.start, p.end))
    ]
    if not victims:
        return
    done: list[tuple[int, int]] = []
    for harm in sorted(found.cue("violence"), key=lambda h: h.start):
        if _PASSIVE.match(text, harm.end) or _inside(harm, done):
            continue
        begin, end = _sentence_around(text, harm.start, harm.end)
        pair = None
        for partner in partners:
            if not (begin <= partner.start and partner.end <= harm.start):
                continue
            agent = _SPACED_AGENT_42o23.match(text, partner.end)
            if agent is None:
                continue
            for victim in victims:
                if agent.end() <= victim.start and victim.end <= harm.start:  # 夫 が ばあちゃん
                    mark = _DROPPED_MARK_42o23.match(text, victim.end)
                    ok = (
                        not text[agent.end() : victim.start].strip()
                        and mark is not None
                        and _BETWEEN_42o23.fullmatch(text, mark.end(), harm.start) is not None
                    )
                elif begin <= victim.start and victim.end <= partner.start:  # ばあちゃん、夫 が
                    mark = _TOPIC_MARK_42o23.match(text, victim.end)
                    ok = (
                        not text[begin : victim.start].strip()
                        and mark is not None
                        and partner.start - mark.end() <= 16
                        and _BETWEEN_42o23.fullmatch(text, agent.end(), harm.start) is not None
                    )
                else:
                    ok = False
                if ok:
                    pair = victim
                    break
            if pair is not None:
                break
        if pair is None:
            continue
        done.append((begin, end))
        why = "配偶者が祖父母や高齢の親をたたく（高齢者虐待。書き手へのDVではない）"
        ev.hit("abuse", "crisis", harm, f"{why}：{harm.entry.note}")
        ev.hit("abuse", "crisis", pair, why)
        ev.drop_inside("dv", [(begin, end)], why)
    if not done:
        return
    span = ev.norm.original_span
    persons = {span(p.start, p.end) for p in partners}
    if all((k[1], k[2]) in persons for k in ev.items if k[0] == "dv"):
        ev.drop_label("dv", "配偶者の名前だけが残った（暴力は祖父母に向いている）")


# 「むかし 夫 から DV あった。でも もう 離婚 して 10年。いま しあわせ」: violence by a partner
# long over, written word by word (no 「今は」, 「離婚 して 10年」): no crisis now.
_CLOSED_SPACED_42o23 = re.compile(
    r"(?:離婚|りこん|別れ|わかれ|にげ|逃げ)\s?(?:して|て)\s?(?:から)?\s?(?:もう)?\s?"
    r"[0-9０-９一二三四五六七八九十]+\s?(?:年|ねん)"
    r"|(?:今|いま)\s?(?:は)?\s?(?:しあわせ|幸せ|へいわ|平和|だいじょうぶ|大丈夫|あんしん|安心)"
)


def _partner_violence_long_over_42o23(found: _Found, ev: _Evidence) -> None:
    """「むかし 夫 から DV あった。でも もう 離婚 して 10年。いま しあわせ」: every sign of DV
    stands in a sentence about the past (むかし, 昔, 10年前), and the message says it ended
    (divorced ten years ago, happy now). Violence still going on (今も, また) keeps DV."""
    text = ev.text
    if not _CLOSED_SPACED_42o23.search(text) or _ONGOING.search(text):
        return
    keys = [k for k in ev.items if k[0] == "dv"]
    for _, start, end in keys:
        begin, stop = _sentence_around(text, start, end)
        if not _PAST.search(text, begin, stop):
            return
    ev.drop_label("dv", "終わった昔の話（離婚して何年も前のこと。今の危険ではない）")


# ---------------------------------------------------------------- round 34 (42m23)
# 「実家の父が脳梗塞で半身まひになった」: a paralysis brought by a stroke, …
_STROKE_42m23 = re.compile(
    r"脳梗塞|のうこうそく|脳出血|のうしゅっけつ|脳卒中|のうそっちゅう|くも膜下|くもまっか|脳溢血"
)
# …the body words it leaves (the disability rows read them)…
_PARALYSIS_42m23 = re.compile(r"まひ|麻痺|マヒ|不随|ふずい|きかな|利かな|効かな|きかん|利かん")
# …and no word of the disability services (a certificate, a grade, a support office).
_DISABILITY_SERVICE_42m23 = re.compile(
    r"手帳|てちょう|障害|障がい|しょうがい|身障|等級|就労|作業所|グループホーム|補装具|自立支援"
    r"|福祉サービス|障害年金"
)


def _stroke_paralysis_of_an_old_parent_is_care_42m23(found: _Found, ev: _Evidence) -> None:
    """「子どもが3人いて、実家の母が脳出血で右半身まひになった。週に2回通っています」: a parent
    or grandparent left paralysed by a stroke, whom the writer already looks after (care read),
    is an elderly care matter; the paralysis alone is no disability consultation. Kept: a
    certificate or a grade asked about (障害者手帳はもらえますか), a spouse or a child who is
    paralysed, a paralysis not from a stroke (生まれつき, 事故で)."""
    text = found.text
    if _STROKE_42m23.search(text) is None or _DISABILITY_SERVICE_42m23.search(text):
        return
    for m in _PARALYSIS_42m23.finditer(text):
        start, _ = _sentence_around(text, m.start(), m.end())
        before = [p for p in found.persons if start <= p.start and p.end <= m.start()]
        if not before or before[-1].entry.label not in _PARENTS | {"grandparent"}:
            return  # 夫が…まひ, 息子が…まひ: not an old parent's
    keys = [k for k in ev.items if k[0] == "disability"]
    if not keys or any(not _PARALYSIS_42m23.search(ev.items[k].surface) for k in keys):
        return
    ev.drop_label("disability", "高齢の親の脳卒中のあとのまひ（介護の相談。障害の相談ではない）")


# The night's caring said plainly: 「夜トイレに連れていく」「夜は薬の係」「おむつ当番」.
_NIGHT_CARE_42m23 = re.compile(
    r"夜|よる|晩|ばん|トイレ|といれ|おむつ|オムツ|介助|薬|くすり|係|かかり|当番|とうばん"
)


def _young_carers_night_duty_sleep_42m23(ev: _Evidence) -> None:
    """「中2です。夜はじいちゃんをトイレに連れてくのが僕の係で、朝起きれん」: like
    _young_carers_lost_sleep_41b22, a young carer's waking lost to a night duty named with
    plain 夜 or the duty itself (トイレ, おむつ, 薬, 係) is the young carer's matter, not a health
    one. Kept: any other health word (頭痛, 吐き気) and sleep lost in a sentence naming no
    night and no duty (テスト勉強で眠れない)."""
    text = ev.text
    keys = [k for k in ev.items if k[0] == "health"]
    for key in keys:
        if not _LOST_SLEEP_41b22.fullmatch(ev.items[key].surface):
            return
        begin, end = _sentence_around(text, key[1], key[2])
        if _NIGHT_CARE_42m23.search(text, begin, key[1]) is None:
            return
    why = "ヤングケアラーが夜の世話の係で起きられない・眠れない（健康の相談には数えない）"
    for key in keys:
        ev.pop(key, why)


# ---------------------------------------------------------------- round 35 (43p24)
# From a set of residents of Daisen (Akita) writing as they speak: an old parent of an 8050
# household who does not answer the phone; a far-off parent alone with no one to talk to, only
# worried about; a single writer in their fifties who looks after both old parents; an old
# parent's bad back told with their age as how the care came; a pupil who pays the household's
# bills out of their part-time pay while a parent is ill or gone.

# 「80の母ちゃんと50過ぎの兄貴が二人暮らし…きのうがら母ちゃん電話さ出ねぇ」: the 8050 rule sets
# the old parent's age aside as no care need (_eight_zero_five_zero), but an old parent whose
# safety is unknown now, beside a child who will not call for help, is the care matter too
# (as 「一人暮らしの85歳の父が電話に出ません」).
_OLD_KIN_43p24 = re.compile(
    r"母|父|親|ばあ|じい|ばっちゃ|じっちゃ|ばば|じじ|祖母|祖父|お袋|おふくろ|かっちゃ|とっちゃ"
)


def _old_parent_of_8050_unreachable_43p24(ages: list[Age], ev: _Evidence) -> None:
    """See above: the parent's age (70 and over) counts as care when the emergency names the
    parent."""
    if not any(
        item.label == "emergency" and _OLD_KIN_43p24.search(item.surface)
        for item in ev.items.values()
    ):
        return
    why = "8050の高齢の親の安否がわからない（高齢の親の見守り：介護の相談）"
    for age in ages:
        if age.years >= ELDERLY_AGE and age.person in _PARENTS:
            ev.add("care", "field", age.start, age.end, why)


# 「東京さ住んでら者だす。大仙のお袋一人暮らしで、話し相手もいねぇみてぇで心配で」: a parent far
# away who lives alone and seems to have no one to talk to, only worried about (心配, 不安), is
# an isolation matter, not care (as _elder_alone_and_lonely_42h23, which any worry word stops).
_WORRY_ONLY_43p24 = frozenset({"心配", "不安"})


def _far_parent_alone_and_lonely_43p24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: the 42h23 conditions, with worry words allowed. A worry of dying alone
    unnoticed (孤独死) is a worry for the parent's safety: care stays (見守り)."""
    if found.get("field", "care") or found.cue("daily_decline"):
        return
    if "孤独死" in found.text or "孤立死" in found.text:
        return
    if any(h.entry.form not in _WORRY_ONLY_43p24 for h in found.cue("care_worry")):
        return
    needs = found.cue("care_need")
    if not needs or any(h.entry.form not in _LIVING_ALONE_FORMS_42h23 for h in needs):
        return
    if {"health", "disability", "hardship"} & ev.present():
        return
    if any(ev.has(label) for label in CRISES) or any(a.years >= _OLD_ENOUGH for a in ages):
        return
    why = (
        "離れて暮らす親が一人暮らしで話し相手もなさそう"
        "（心配だけで手助けが要る様子がない。介護ではない）"
    )
    ev.drop_label("care", why)


# 「おらは55で独り身、工場の仕事しながら二人の面倒みでら」: a middle-aged writer who looks after
# both old parents (二人の面倒, 両親の介護) is the carer, not a child kept by the parents: no 8050
# (_carer_or_part_timer_no_8050_40f21 reads 「母の面倒」, not 「二人の面倒」).
_BOTH_CARED_43p24 = re.compile(
    r"(?:二人|ふたり|両親|りょうしん|両方|りょうほう|親二人|親ふたり)(?:の|とも)[^。]{0,3}?"
    r"(?:面倒|めんどう|世話|せわ|介護|かいご)"
)


def _writer_cares_for_both_parents_43p24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: a middle age given, an old one given, and both parents cared for."""
    if not any(a.years in MIDDLE_AGES for a in ages):
        return
    if not any(a.years >= ELDERLY_AGE for a in ages):
        return
    if _BOTH_CARED_43p24.search(found.text) is None:
        return
    ev.drop_label(
        "8050", "中年の書き手が高齢の両親の面倒を見ている（親に頼る暮らしではない。8050ではない）"
    )


# 「父ちゃん87で認知症、母ちゃん84で腰悪ぐして寝だり起ぎだり」: an old parent's bad back or legs
# told right after their age (84で) is how the care came, the care matter, not the writer's
# health (_old_parents_ailment_behind_need_42e23 reads it before a need such as 買い物に行けず).
_AGED_AILING_43p24 = re.compile(
    r"(?:母|父|親|ばあ|じい|ばっちゃ|じっちゃ|祖母|祖父|義母|義父|姑|舅|お袋|おふくろ)"
    r"[^。、]{0,4}?(?:[7-9][0-9]|1[01][0-9])(?:歳|才|さい)?(?:で|、|,)\s?(?:[^。、]{0,2}?(?:が|も|は))?$"
)
_AILMENT_43p24 = re.compile(r"腰|こし|足|あし|膝|ひざ|脚|目")


def _old_parents_ailment_after_age_43p24(found: _Found, ev: _Evidence) -> None:
    """See above: a health word that names the body right after such an age goes."""
    text = found.text
    why = "高齢の親の年齢のすぐ後の足腰の不調（介護が要るようになったきっかけ。介護の相談）"
    for hit in found.get("field", "health"):
        if _AILMENT_43p24.match(text, hit.start) is None:
            continue
        if _AGED_AILING_43p24.search(text, max(0, hit.start - 14), hit.start):
            ev.drop_inside("health", [(hit.start, hit.end)], why)


# 「高校生だす。父さんいねぐて母さん体悪ぐて、おれのバイト代で電気代払ってる」: a pupil who pays
# the household's bills (電気代, ガス代, 家賃) out of their part-time pay is in a household short
# of money (_PUPIL_PAYS reads 生活費, 家賃, 食費); with a parent ill or gone beside it, the pupil
# carries the household (young carer), and the parent's poor health is the health matter.
_PUPIL_PAYS_BILLS_43p24 = re.compile(
    r"(?:バイト代|ばいと代|バイトの(?:お金|給料|金)|アルバイト代|バイト|ばいと|アルバイト|自分の給料"
    r"|稼いだ(?:お)?金)(?:で|から|がら)[^。]{0,6}?"
    r"(?:電気代|でんき代|ガス代|水道代|光熱費|家賃|やちん|食費|生活費|灯油代)"
    r"(?:を|も|は|まで)?[^。、]{0,3}?(?:払|はら|出して|出し|だして)(?![^。、]{0,3}(?:くれ|もら|貰))"
)
_PARENT_DOWN_43p24 = re.compile(
    r"(?:母|父|親|おかん|おとん|ママ|パパ)(?:さん|ちゃん|親)?(?:が|は|も)?[^。、]{0,3}?"
    r"(?:(体|からだ)(?:が|も)?(?:悪|わる|弱|よわ)|病気|びょうき|入院|寝たきり|働けな|(いな|いね|おらん))"
)


def _pupil_pays_the_bills_43p24(found: _Found, ev: _Evidence) -> None:
    """See above: only a pupil (``minor``) who pays, not a parent's pay (くれる, もらう)."""
    pays = _PUPIL_PAYS_BILLS_43p24.search(found.text)
    if pays is None:
        return
    ev.add("hardship", "field", pays.start(), pays.end(), "子どもがバイト代で家の支払いをしている")
    for down in _PARENT_DOWN_43p24.finditer(found.text):
        why = "親が病気・不在で、子どもがバイト代で家の支払いを担っている"
        ev.add("young_carer", "pattern", pays.start(), pays.end(), why)
        if down.group(2) is None:
            ev.add("health", "field", down.start(), down.end(), "親の病気・体の不調（健康の相談）")


# 「うぢは子どもらみんな働いでらがら関係ねぇども」: children who all work now (みんな働いている,
# もう社会人) are grown, no child matter (the Tohoku reading's 関係ない may stand too far after
# the child word for the denial to reach it).
_CHILDREN_AT_WORK_43p24 = re.compile(
    r"(?:子ども|子供|こども|息子|娘|子)(?:ら|たち|達|ども)?(?:は|も)?[、,]?(?:みんな|皆|全員|もう|とっくに)?"
    r"[^。、]{0,3}?(?:働いて|働いで|はたらいて|就職して|社会人|独立して|所帯(?:を)?持って)"
)


def _grown_children_at_work_43p24(found: _Found, ev: _Evidence) -> None:
    """See above: child items inside such a phrase go (a worry about them stays elsewhere)."""
    spans = [m.span() for m in _CHILDREN_AT_WORK_43p24.finditer(found.text)]
    if spans:
        ev.drop_inside(
            "child", spans, "子どもはみんな働いている（成人した子。子育ての相談ではない）"
        )


def _round35_43p24(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Round 35 (43p24): each rule below runs only where the words it reads are there."""
    if ev.has("emergency") and ev.has("8050") and not ev.has("care") and ages:
        _old_parent_of_8050_unreachable_43p24(ages, ev)
    if ev.has("care") and ev.has("isolation") and "care_worry" in found.cues:
        _far_parent_alone_and_lonely_43p24(found, ages, ev)
    if ev.has("8050") and ev.has("care") and not ev.has("hikikomori") and ages:
        _writer_cares_for_both_parents_43p24(found, ages, ev)
    if ev.has("health") and ev.has("care") and _NUMERAL.search(found.text):
        _old_parents_ailment_after_age_43p24(found, ev)
    if minor and "代" in found.text:
        _pupil_pays_the_bills_43p24(found, ev)
    if ev.has("child") and not minor and ("働" in found.text or "社会人" in found.text):
        _grown_children_at_work_43p24(found, ev)


# ---------------------------------------------------------------- round 35 (43q24)
# Older residents of 大田市 writing in Iwami speech (〜よる, 〜とる, けぇ, 言うとる).
def _round35_43q24(found: _Found, minor: bool, norm: Normalised, ev: _Evidence) -> None:
    """Round 35 (43q24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("health") and "入院" in text:
        _kin_in_hospital_as_the_reason_43q24(found, ev)
        if ev.has("health"):
            _own_stay_in_hospital_told_as_past_43q24(found, ev)
    if ev.has("health") and ev.has("care") and ("から" in text or "以来" in text):
        _collapse_long_behind_care_43q24(found, ev)
    if ev.has("health") and (ev.has("double_care") or "見よる" in text or "みよる" in text):
        _strain_of_caring_in_dialect_43q24(found, ev)
    if ev.has("isolation") and ev.has("care") and "来て" in text:
        _siblings_who_do_not_come_to_help_43q24(found, ev)
    aside = "それ" in text or "ところで" in text or "は変わ" in text
    if aside and not minor and _SET_ASIDE_43q24.search(text):
        _tale_set_aside_then_another_question_43q24(found, ev)


# 「娘が入院してしもうて、孫ふたりを預かって世話しとります」: a son's or daughter's family
# member taken into hospital, told as why the writer now minds the grandchildren, is the reason
# for the child-minding (as _stay_in_hospital_as_the_reason_41j22 reads 入院しとる間), not a
# health matter of the writer's.
_KIN_ADMITTED_43q24 = re.compile(
    r"(?:嫁|娘|息子|婿|むこ|よめ|むすめ|むすこ)(?:さん)?(?:が|の)入院(?:して(?:しもうて|しまって|しもて"
    r"|もうて|しまい)?|したけぇ|したけえ|したけん|したので|したから|しとるけぇ|しとるので|中で)[、,]?"
    r"(?=[^。]{0,16}?(?:孫|まご)[^。]{0,24}?(?:預か|あずか|見とる|みとる|見よる|みよる|見てる|世話|せわ"
    r"|面倒|めんどう))"
)


def _kin_in_hospital_as_the_reason_43q24(found: _Found, ev: _Evidence) -> None:
    """See above. Only the 入院 inside those words goes; an illness named (がん, 骨折) stays."""
    spans = [m.span() for m in _KIN_ADMITTED_43q24.finditer(found.text)]
    if spans:
        why = "家族が入院して孫を預かっている（入院はわけ。健康の相談ではない）"
        ev.drop_inside("health", spans, why)


# 「息子(52)が部屋にこもって10年。先月わしが入院したら、そのあいだ何も食べとらんかったらしい」:
# the writer's own stay in hospital, over (先月, 去年) and told only as the time something
# happened at home (入院したら, そのあいだ), is no health matter now. A stay going on (入院中,
# 今入院しとる) or an illness named beside it keeps health.
_PAST_STAY_43q24 = re.compile(
    r"(?:先月|せんげつ|先週|せんしゅう|去年|きょねん|昨年|この前|このまえ|こないだ|こなあだ|前に|まえに"
    r"|[0-9０-９一二三四五六七八九十]+\s?(?:か月|ヶ月|カ月|年|週間|日)前に?)[、,]?"
    r"(?:わし|ワシ|私|わたし|あたし|おら|うち|自分)?(?:が|は)?[^。]{0,4}?入院(?:したら|しとったら"
    r"|していたら|してたら|した時|したとき|しとった間|しとったあいだ|していた間|しとる間|したあいだ"
    r"|した間)"
)


def _own_stay_in_hospital_told_as_past_43q24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    spans = [m.span() for m in _PAST_STAY_43q24.finditer(found.text)]
    if spans:
        why = "前に入院していた間のこと（終わった入院。今の健康の相談ではない）"
        ev.drop_inside("health", spans, why, overlapping=True)


# 「主人が去年の春に脳梗塞で倒れてから、右半分が動かんようになって、わしが家で介護しとります」:
# a stroke or a collapse told as the time the care began (倒れてから … 介護) is how the care
# came about, as _stroke_behind_care_23e reads it within 16 characters; an old writer's long
# sentence puts the lasting harm (動かんようになって) between. Only the stroke and collapse
# words go; other health words (腰が痛い, 眠れん) stay.
_SINCE_COLLAPSE_43q24 = re.compile(
    r"(?:脳梗塞|脳出血|脳卒中|くも膜下(?:出血)?|倒れ|たおれ)(?:て|で)?(?:から|以来|いらい)"
)
_CARE_AFTER_43q24 = re.compile(r"介護|かいご|世話|せわ|看病|介助|面倒")
_COLLAPSE_WORDS_43q24 = re.compile(r"脳梗塞|脳出血|脳卒中|くも膜下|倒れ|たおれ")


def _collapse_long_behind_care_43q24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    why = "介護が始まったきっかけとして書かれた病気（介護の相談として扱う）"
    for since in _SINCE_COLLAPSE_43q24.finditer(text):
        begin, end = _sentence_around(text, since.start(), since.end())
        if _CARE_AFTER_43q24.search(text, since.end(), end) is None:
            continue
        for hit in found.get("field", "health"):
            if begin <= hit.start < since.end() + 16 and _COLLAPSE_WORDS_43q24.search(
                text, hit.start, hit.end
            ):
                ev.drop("health", hit.start, hit.end, why)


# 「孫を引き取って育てとるんじゃけど、主人も認知症になって、わしひとりで見よる。体がもたん」:
# the strain of caring (体がもたん) told after the caring is the care matter, as
# _carers_sleep_and_strain reads it; Iwami speech says the caring 見よる (見ている), and raising
# a grandchild beside a spouse's care (double care) is caring too.
_CARING_DIALECT_43q24 = re.compile(
    r"(?:見|み|看)(?:よる|よります|とる|とります|ちょる)|育て|そだて|世話|せわ|介護|面倒"
)


def _strain_of_caring_in_dialect_43q24(found: _Found, ev: _Evidence) -> None:
    """See above: only the breaking-down words (もたん, 倒れそう), told after the caring."""
    why = "世話や介護による寝不足・体がもたない（本人の健康の相談には数えない）"
    _strain_told_after_caring(
        found, ev, _BREAKING_DOWN, (_CARING_DIALECT_43q24,), why, within_hit=True
    )


def _strain_told_after_caring(
    found: _Found,
    ev: _Evidence,
    strain: re.Pattern[str],
    caring: tuple[re.Pattern[str], ...],
    why: str,
    *,
    within_hit: bool,
) -> None:
    """Health hits that are a strain word (found inside the hit, or starting at it) with the
    caring told before them: the strain of caring, the care matter, not the writer's health
    (43q24's 体がもたん, 44e25's 体がえらい)."""
    text = found.text
    for hit in found.get("field", "health"):
        if within_hit:
            if strain.search(text, hit.start, hit.end) is None:
                continue
        elif strain.match(text, hit.start) is None:
            continue
        if any(words.search(text, 0, hit.start) for words in caring):
            ev.drop("health", hit.start, hit.end, why)


# 「母の介護ももう8年。きょうだいは誰も来てくれんし」: brothers and sisters who do not come to
# help with the care are the carer's want of help (the care matter), not the writer cut off.
_SIBLINGS_43q24 = re.compile(
    r"(?:きょうだい|兄弟|姉妹|兄妹|姉弟|兄|姉|弟|妹|あに|あね|おとうと|いもうと)(?:ら|たち|達)?(?:は|も)"
    r"[^。]{0,6}?$"
)


def _siblings_who_do_not_come_to_help_43q24(found: _Found, ev: _Evidence) -> None:
    """See above. Only where every isolation item is such a sentence."""
    text = ev.text
    keys = [k for k in ev.items if k[0] == "isolation"]
    for _, start, _end in keys:
        if _SIBLINGS_43q24.search(text, max(0, start - 12), start) is None:
            return
    why = "きょうだいが介護を手伝いに来てくれない（介護の相談。孤立ではない）"
    for key in keys:
        ev.pop(key, why)


# 「孫がゲームしながら「死ね」言うとるけど、今どきの子はみなそうらしいね。それより来週の健康まつりは
# 何時から？」: a tale the writer sets aside (それより, ところで, みなそうらしい) before asking
# something else is no matter of its own, as _laughed_tale_then_another_question_42e23 reads a
# tale told with a laugh. Only fields; the last sentence asks and raises nothing, no worry is
# told (困って, 心配, どうしたら), and the tale is set aside in so many words.
_SET_ASIDE_43q24 = re.compile(
    r"それより|ところで|話は変わ|はなしは変わ|それはそうと|それはええとして"
)


def _tale_set_aside_then_another_question_43q24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if any(ev.has(label) for label in CRISES + PATTERNS):
        return
    text = found.text
    if _WORRY_42e23.search(text):
        return
    asides = list(_SET_ASIDE_43q24.finditer(text))
    aside = asides[-1] if asides else None
    if aside is None or _QUESTION_42e23.search(text, aside.end()) is None:
        return
    asked, _ = ev.norm.original_span(aside.start(), aside.end())
    if any(k[2] > asked for k in ev.items):
        return
    why = "話のついでに触れて、別のことを聞いている（相談ごとではない）"
    for label in FIELDS:
        ev.drop_label(label, why)


# ---------------------------------------------------------------- round 35 (43s24)
# Residents who dictate to a phone's voice input: no full stops, fillers (えーと), kanji
# numerals. Two readings the lexicon cannot make alone.
#
# 「母が八十七歳で認知症なんですけど今朝起きたらいなくて近所ずっと探してるんですけどまだ
# 見つからないんです」「認知症の夫が昼からいなくて、近くを探したけど見当たらない」: the place
# searched (近所, 近く, 周り, あちこち) stands where 27x looks for the one sought, and 27x reads
# it as a place sought (近所 ends in 所) or as a helper sought (近くを). A family member named
# before, searched for around the home and not found, is missing now (emergency). Not: a pet
# run off or a thing lost (猫がいなくて, 財布なくして; 携帯も持たずに is no thing sought),
# someone found or back since (見つかりました, 帰ってきた), a search supposed (見つからなかったら).
_SEARCH_PLACE_43s24 = re.compile(
    r"(?:近所|きんじょ|近く|ちかく|周り|まわり|辺り|あたり|付近|ふきん|町内|あちこち|心当たり"
    r"|こころあたり)(?:中|じゅう)?(?:を|も)?(?:ずっと|必死に|必死で|ひっしで|みんなで|手分けして"
    r"|家族で|あちこち)?[、,\s]?$"
)
_THING_OR_PET_43s24 = re.compile(
    r"(?:鍵|かぎ|カギ|財布|さいふ|携帯|スマホ|眼鏡|メガネ|書類|通帳|カード|印鑑|ハンコ|犬|いぬ|猫|ねこ"
    r"|ペット|インコ|自転車|車|薬)(?:を|が|も|は)?(?:なくし|無くし|失くし|落とし|おとし|いなく|いない"
    r"|おらん|逃げ|にげ|脱走|見失|みうしな|探|さが|見つから|みつから|見当たら|みあたら)"
)
_FOUND_SINCE_43s24 = re.compile(
    r"見つかりました|見つかった|みつかった|見つかって|帰ってきた|かえってきた|帰ってきました"
    r"|戻ってきた|もどってきた|戻りました|無事|ぶじ|保護され|ほごされ"
)
_SUPPOSED_43s24 = re.compile(r"(?:ない|な)?(?:かったら|ければ|いと|かった(?:ら|とき|時))")


def _kin_searched_around_43s24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    for searched in _SEARCHED_27x.finditer(text):
        start = searched.start()
        if _SEARCH_PLACE_43s24.search(text, max(0, start - 14), start) is None:
            continue
        if _SUPPOSED_43s24.match(text, searched.end()) or "もし" in text[:start]:
            continue
        if _FOUND_SINCE_43s24.search(text, searched.end()):
            continue
        kin = [
            p
            for p in found.persons
            if p.entry.label in _MISSING_KIN_27x and 0 <= start - p.end <= 60
        ]
        if not kin or _THING_OR_PET_43s24.search(text, kin[0].end, searched.end()):
            continue
        why = "家族がいなくなり、近所を探しても見つからない：緊急（命の危険）"
        ev.add("emergency", "crisis", start, searched.end(), why)
        return


# 「母の年金を同居してる弟が全部使っちゃってて母はご飯もろくに食べさせてもらってない…弟は
# 五十すぎで働いてません」: like _not_working_only_the_shut_in_40b21, the middle-aged child's
# not working belongs to 8050; the money words there (年金, 食べ) are the elder abuse's own
# words (a pension used up, meals withheld: the abuse or the neglect cue), not the household
# short of money. Kept: any money
# word outside the abuse evidence (家賃が払えない, 生活費が足りない), any other hardship word.
def _money_words_only_in_the_abuse_43s24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    keys = [k for k in ev.items if k[0] == "hardship"]
    span = ev.norm.original_span
    told = {
        span(h.start, h.end)
        for h in found.get("field", "hardship")
        if h.entry.form in _NOT_WORKING_FORMS_40b21 and "働け" not in text[h.start : h.end]
    }
    if not keys or any((k[1], k[2]) not in told for k in keys):
        return
    abused = [(k[1], k[2]) for k in ev.items if k[0] == "abuse"]
    abused += [span(h.start, h.end) for h in found.cue("withheld_care") + found.cue("neglect_sign")]
    for money in _MONEY_WORDS_40b21.finditer(text):
        begin, end = span(money.start(), money.end())
        if not any(a <= begin and end <= b for a, b in abused):
            return
    why = "中年の子が働いていない（お金の言葉は高齢の親への虐待のこと。お金の困りごとではない）"
    for key in keys:
        ev.pop(key, why)


def _round35_43s24(found: _Found, ev: _Evidence) -> None:
    """Round 35 (43s24): each rule below runs only where the words it reads are there."""
    text = found.text
    if not ev.has("emergency") and found.persons and ("探" in text or "さが" in text):
        _kin_searched_around_43s24(found, ev)
    if ev.has("hardship") and ev.has("abuse") and ev.has("8050"):
        _money_words_only_in_the_abuse_43s24(found, ev)


# ---------------------------------------------------------------- round 35 (43t24)
# 「精神の手帳2級で一人暮らし。ヘルパーさん使えるか知りたいです」: a writer with a disability
# (a certificate, a grade, a diagnosis read as disability) who asks for home help for
# themself asks for a disability welfare service, not elderly care. The ヘルパー words leave
# care only where they are all the care there is and no older person is named (母, 祖父, 80歳).
_HELPER_43t24 = re.compile(r"ヘルパー|へるぱー")
_OLDER_KIN_43t24 = frozenset({"mother", "father", "parent", "grandparent", "spouse"})


def _disabled_writers_own_helper_43t24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Kept: a parent or a partner named (母にヘルパーを), an age of 70 or more, an
    elderly word (高齢, 年寄り), care read from any other word (認知症, 介護保険)."""
    if "elderly" in found.cues or found.person_labels() & _OLDER_KIN_43t24:
        return
    if any(a.years >= ELDERLY_AGE for a in ages):
        return
    keys = [k for k in ev.items if k[0] == "care"]
    if any(_HELPER_43t24.search(ev.items[k].surface) is None for k in keys):
        return
    why = "障害のある本人が使うヘルパー（障害福祉サービスの相談。高齢の人の介護ではない）"
    for key in keys:
        ev.pop(key, why)


# 「75の父です。45の息子が…こもっとる。わしも足が悪うなってきて」: the old parent of an
# 8050 household who writes that their own legs are failing with age tells how they can no
# longer cope (care, which is read), not a knee to be treated: as _old_writers_legs_are_care_40e21
# for an old writer's errands. The writer must be the old one: an own age of 70 or more, or
# the opening 「75の父です」.
_OLD_PARENT_INTRO_43t24 = re.compile(
    r"^(?:[0-9０-９]{2}|[七八九]十[一二三四五六七八九]?)(?:歳|才|さい)?の(?:父|母|父親|母親|親|ばば|じじ)"
    r"(?:です|でございます|で[、,]|。)"
)
_WEAKENING_43t24 = re.compile(
    r"(?:足|あし|脚|膝|ひざ|腰|こし|足腰)(?:が|も)?(?:悪|わる|弱|よわ|不自由|ふじゆう)"
    r"[^。、]{0,4}?(?:なって|なり|なっ|なる|ってき)"
)
_OWN_NURSING_43t24 = re.compile(r"世話|せわ|面倒|めんどう|看て|みとる|送り迎え|風呂に入れ")


def _old_parent_writers_own_legs_43t24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Kept: a writer who cares for someone (介護, 世話, 看病), an illness named
    (心臓, 手術, 入院), no sign the writer is the old parent, legs that are simply bad (悪くて)
    with no weakening told."""
    text = found.text
    old_self = any(a.person == "self" and a.years >= ELDERLY_AGE for a in ages)
    if not old_self and _OLD_PARENT_INTRO_43t24.search(text) is None:
        return
    if _WEAKENING_43t24.search(text) is None:
        return
    if (
        _NURSING_40b21.search(text)
        or _OWN_NURSING_43t24.search(text)
        or _ILLNESS_NAMED_40e21.search(text)
    ):
        return
    keys = [k for k in ev.items if k[0] == "health"]
    if not keys or any(_LEGS_40e21.search(ev.items[k].surface) is None for k in keys):
        return
    why = "8050の高齢の親（書き手）の足腰が弱ってきた（暮らしの手助け：介護の相談）"
    for key in keys:
        ev.pop(key, why)


# 「小1の息子が発達障害で週2で療育に通ってて、送り迎えは全部わたし。…母の認知症がすすんできて」:
# the school-age child is the one taken and looked after; the chores are the writer's own
# (送り迎えは全部わたし), or the child is said to have the disability (息子が発達障害で). Then the
# young carer read from 「小1の息子が」 and the chores after it is the writer's double care.
_WRITER_DOES_43t24 = re.compile(
    r"(?:は|も)(?:全部|ぜんぶ|全て|すべて|ほぼ|ほとんど|いつも|毎日|結局)?"
    r"(?:わたし|私|あたし|僕|ぼく|俺|おれ|自分|うち)(?:[。、,!！…]|です|だ|が|一人|ひとり|$)"
)
_CHILD_DESCRIBED_43t24 = re.compile(
    r"[^。、]{0,4}?(?:発達障害|発達障がい|障害|障がい|療育|自閉|ADHD|ASD|不登校|知的|発達が遅|発達の遅)"
    r"(?:が|で|があ|と診断|を持)"
)


def _parent_does_the_school_run_43t24(
    found: _Found, ages: list[Age], minor: bool, ev: _Evidence
) -> None:
    """See above. Kept: a school-age child who is said to do the chores (娘が毎日ご飯を作って)
    with no sign that the writer does them."""
    text = found.text
    span = ev.norm.original_span
    young = [
        h for h in found.cue("minor_other") if ("young_carer", *span(h.start, h.end)) in ev.items
    ]
    if not young:
        return
    if _WRITER_DOES_43t24.search(text) is None and not any(
        _CHILD_DESCRIBED_43t24.match(text, h.end) for h in young
    ):
        return
    why = "小中高生の子は世話を受ける側で、送り迎えや家のことは書き手（親）がしている"
    ev.drop_label("young_carer", why)
    _double_care(found, ages, minor, ev)


def _round35_43t24(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 35 (43t24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("disability") and not minor and "ヘルパー" in text:
        _disabled_writers_own_helper_43t24(found, ages, ev)
    if ev.has("health") and ev.has("8050"):
        _old_parent_writers_own_legs_43t24(found, ages, ev)
    if ev.has("young_carer") and not minor and "minor_other" in found.cues:
        _parent_does_the_school_run_43t24(found, ages, minor, ev)


# ---------------------------------------------------------------- round 35 (43u24)
# From a set of old men caring for a wife or a parent, terse or old-fashioned in their
# writing (倅, 家内, わし, 小生, 〜ておらん).

# 「倅が部屋から出てこなくなって十年、ここ三日は声をかけても返事がない。置いた飯にも手を
# つけていない」: the silence of a shut-in son or daughter is their manner (a lexicon block),
# but silence for days on end, or the meals left at the door untouched, is no manner: they may
# have collapsed inside. Not 「十年」 (the years shut in), 「三日に一度」, nor silence alone.
_DAYS_SILENT_43u24 = re.compile(
    r"(?:ここ|もう|この|丸|まる)\s?[二三四五六七八九十2-9２-９]\s?日|(?:昨日|きのう|一昨日|おととい)から"
)
_MEAL_UNTOUCHED_43u24 = re.compile(
    r"(?:飯|めし|メシ|ご飯|ごはん|食事|弁当|膳|食べ物|たべもの)(?:に|にも|も|には|は)?\s?"
    r"(?:手を|口を|箸を|はしを)?(?:つけ|付け)て(?:い|お)?(?:ない|ません|らん|ん|ねえ)"
)
_SILENT_WHY_43u24 = "部屋から出ない家族が返事もしない（態度の話。今の緊急ではない）"


def _shut_in_silent_for_days_43u24(found: _Found, ev: _Evidence) -> None:
    """See above: the emergency blocked as a shut-in's manner comes back when the silence
    has lasted days (ここ三日, 昨日から) or the meals left are untouched."""
    text = found.text
    if _DAYS_SILENT_43u24.search(text) is None and _MEAL_UNTOUCHED_43u24.search(text) is None:
        return
    why = "こもっている家族が何日も返事をしない・置いた食事に手をつけていない：緊急（命の危険）"
    for hit, block in found.blocked:
        if hit.entry.label == "emergency" and block.entry.note == _SILENT_WHY_43u24:
            ev.hit("emergency", "crisis", hit, why)


# 「倅は…暴れて壁に穴を開ける。昨日はとうとう家内を突き飛ばし」: in an 8050 home the
# writer's wife named as the one struck (家内を, 妻を) in a sentence with no other doer, after the
# son or daughter was named as the one who acts, is the old mother abused by her child: elder
# abuse, not DV. Kept: a partner who strikes (家内が殴る, 家内に叩かれ), the writer's own blow
# (わしが家内を, 家内を叩いてしまった).
_PARTNER_43u24 = r"(?:家内|妻|女房|かみさん|カミさん|嫁さん|主人|夫|旦那|亭主|連れ合い|つれあい)"
_PARTNER_STRUCK_43u24 = re.compile(
    _PARTNER_43u24 + r"(?:を|に(?:まで|も)?(?=[^。]{0,4}?(?:手を|暴力)))"
)
_PARTNER_AGENT_43u24 = re.compile(
    _PARTNER_43u24 + r"(?:(?:に|から)[^。]{0,16}?(?:られ|れた|れて|れる)"
    r"|(?:が|は)[^。]{0,10}?(?:殴|叩|たた|蹴|け[っりるら]|暴れ|あばれ|怒鳴|どな|包丁|刃物|突き飛ば|首を))"
)
_CHILD_AGENT_43u24 = re.compile(
    r"(?:倅|せがれ|セガレ|息子|むすこ|娘|むすめ|長男|次男|長女|次女)(?:\([0-9]{2}\))?(?:は|が)"
)
_WRITER_AGENT_43u24 = re.compile(r"(?:わし|私|わたし|俺|おれ|小生|僕|ぼく)(?:が|は|も)")


def _shut_in_child_strikes_the_wife_43u24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    struck = _PARTNER_STRUCK_43u24.search(text)
    if struck is None or _PARTNER_AGENT_43u24.search(text) is not None:
        return
    if _CHILD_AGENT_43u24.search(text, 0, struck.start()) is None:
        return
    begin, end = _sentence_around(text, struck.start(), struck.end())
    if _WRITER_AGENT_43u24.search(text, begin, struck.start()):
        return
    blows = [h for h in found.cue("violence") if begin <= h.start < end]
    if not blows or any(_OWN_ACT.match(text[h.end : h.end + 3]) for h in blows):
        return
    why = "同居の大人の子が母親（書き手の妻）に手をあげる（高齢者虐待。DVではない）"
    for hit in blows:
        ev.hit("abuse", "crisis", hit, f"{why}：{hit.entry.note}")
    ev.drop_label("dv", why)


# 「寝たきりの家内のおむつ替えを、小6の孫娘が手伝ってくれる」: the care named first and the
# school child after it (object first, as older writers put it) is a young carer, not the
# writer raising a child beside care (double care). Not a grandchild who only visits or plays.
_CARE_THEN_PUPIL_43u24 = re.compile(
    r"(?:おむつ|オムツ|介護|世話|入浴|風呂|着替え|トイレ|食事の介助|通院|散歩)[^。]{0,8}?を[、,]?\s?"
    r"(?:(?:小|中|高)[1-6１-６一二三四五六]の|(?:小学|中学|高校)(?:[1-6１-６一二三四五六]年)?生?の)"
    r"(?:孫娘|孫息子|孫|息子|娘|子|せがれ)(?:さん|ちゃん|くん)?(?:が|も)[^。]{0,8}?"
    r"(?:手伝|てつだ|やって|して|替えて|かえて|見て|みて)"
)


def _pupil_after_the_care_act_43u24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    match = _CARE_THEN_PUPIL_43u24.search(found.text)
    if match is None:
        return
    why = "小中高生の孫や子が家族の介護を手伝っている（ヤングケアラー）"
    ev.add("young_carer", "pattern", match.start(), match.end(), why)
    ev.drop_label("double_care", "書き手は子育て中ではない（孫が介護を手伝う：ヤングケアラー）")


# 「昔から気の弱いところのある子だった。親の育て方が悪かったのかと」: in an 8050 home the old
# parent looks back on how the grown son was raised; that 子 and 育て方 are the middle-aged
# child's past, no child matter (nor double care). A child under 18 named keeps it.
_GROWN_CHILD_PAST_43u24 = re.compile(
    r"(?:ところ|とこ)の(?:ある|あった)$|(?:昔|むかし|小さい頃|小さいころ|子供の頃|子どもの頃)から[^。]{0,12}$"
)
_UPBRINGING_43u24 = re.compile(
    r"(?:親|わし|私|俺|小生|わしら|わしら夫婦|家内|妻)の(?:育て方|そだてかた|育てかた|育て)(?=が|を|に|も)"
)


def _grown_childs_upbringing_43u24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above. Only where every child item is that 子 or that 育て方."""
    if any(a.person == "child" and a.years < ADULT_AGE for a in ages):
        return
    text = found.text
    ups = [m.span() for m in _UPBRINGING_43u24.finditer(text)]
    spans: list[tuple[int, int]] = []
    for hit in found.get("field", "child"):
        word = text[hit.start : hit.end]
        past = word in ("子", "こ") and _GROWN_CHILD_PAST_43u24.search(
            text, max(0, hit.start - 16), hit.start
        )
        if past or any(a <= hit.start and hit.end <= b for a, b in ups):
            spans.append((hit.start, hit.end))
    if not spans:
        return
    keys = [k for k in ev.items if k[0] == "child"]
    inside = [ev.norm.original_span(a, b) for a, b in spans]
    if any(not any(a <= k[1] and k[2] <= b for a, b in inside) for k in keys):
        return
    why = "大人になった子の育ち方をふり返っている（子育ての相談ではない）"
    ev.drop_label("child", why)
    ev.drop_label("double_care", why)


# 「高校生の孫が…わしの通院にも付いてきてくれる」: the young carer takes the old writer to the
# clinic; the writer is the one cared for, a care matter.
_ESCORTED_WRITER_43u24 = re.compile(
    r"(?:わし|私|わたし|俺|おれ|小生|じいちゃん|ばあちゃん|祖父|祖母)の(?:通院|病院通い|病院)(?:に|にも|へ|へも)"
    r"(?:は|も)?(?:付いて|ついて|付き添って|つきそって|連れて|つれて)"
)


def _young_carer_takes_the_writer_to_clinic_43u24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    match = _ESCORTED_WRITER_43u24.search(found.text)
    if match is not None:
        why = "孫や子が書き手（高齢）の通院に付き添っている：介護の相談"
        ev.add("care", "field", match.start(), match.end(), why)


# 「妻の介護中、カッとなって頬を叩いてしまった」: the one cared for named only as 〜の介護
# (妻の介護中, 母の介護をしていて), then the writer's own regretted blow: elder abuse by the
# carer, not DV (as _carer_hits_the_cared_for_24m, which reads 認知症の妻, 要介護の夫). A blow
# named on someone else (母の介護で…夫を叩いてしまった) or suffered (叩かれて) keeps its label.
def _carer_struck_the_one_cared_for_43u24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    _carers_own_blow(
        found,
        ev,
        lambda hit: _OWN_ACT.match(text[hit.end : hit.end + 3]) is not None,
        of_too=True,
        why="介護している家族に手をあげてしまった（高齢者虐待の心配）",
        not_dv="介護している側が手をあげた（DVでなく高齢者虐待として扱う）",
    )
    # The blow done and the one feared (今もまた手が出そう, 42f23), read apart, together.
    dv = [key for key in ev.items if key[0] == "dv"]
    if not dv:
        return
    spans = {
        (k[1], k[2])
        for k, item in ev.items.items()
        if k[0] == "abuse" and item.note.startswith("介護している家族に手をあげて")
    }
    spans |= {ev.norm.original_span(p.start, p.end) for p in found.persons}
    if spans and all((key[1], key[2]) in spans for key in dv):
        for key in dv:
            ev.pop(key, "介護している側が手をあげた（DVでなく高齢者虐待として扱う）")


# 「倅(52)が会社をクビになってから家から一歩も出ない」: a job lost long ago, told as when the
# withdrawal began (〜てから, 〜て以来), is the shut-in's story, not the household's money matter
# (as _not_working_only_the_shut_in_40b21 reads 働いていない). Kept with any money word.
_JOB_LOST_43u24 = re.compile(r"クビ|くび|首に|解雇|失業|リストラ|雇い止め|失職|辞め|やめ")
_SINCE_43u24 = re.compile(r"[^。、]{0,6}?(?:てから|でから|て以来|以来|たきり)|から|以来")


# Whose job it was: a relative named just before the job loss (倅, 息子, 兄 …). The writer's own
# job lost (「会社クビになってから、ずっと家にいて」) stays hardship: no income of their own.
_KIN_BEFORE_JOB_43u24 = re.compile(
    r"(?:倅|せがれ|息子|むすこ|娘|むすめ|長男|次男|長女|次女|兄|弟|姉|妹|あに|おとうと|夫|主人|旦那|子)"
    r"(?:\([^)]{0,8}\))?(?:さん|ちゃん)?(?:は|が|も)[^。]{0,14}$"
)


def _job_lost_as_the_withdrawals_start_43u24(found: _Found, ev: _Evidence) -> None:
    """See above. Only where every hardship item is such a job loss, a relative's."""
    if _MONEY_WORDS_40b21.search(found.text):
        return
    text = ev.text
    keys = [k for k in ev.items if k[0] == "hardship"]
    for key in keys:
        if _JOB_LOST_43u24.search(text, key[1], key[2]) is None:
            return
        if _KIN_BEFORE_JOB_43u24.search(text, max(0, key[1] - 24), key[1]) is None:
            return
        if _SINCE_43u24.match(text, key[2]) is None:
            return
    why = "仕事をやめた・クビになったのは、こもり始めたきっかけ（今のお金の困りごとではない）"
    for key in keys:
        ev.pop(key, why)


def _round35_43u24(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 35 (43u24): each rule below runs only where the words it reads are there."""
    text = norm.text
    silent = "日" in text or "手を" in text or "口を" in text
    if silent and ev.has("hikikomori") and not ev.has("emergency") and found.blocked:
        _shut_in_silent_for_days_43u24(found, ev)
    if ev.has("dv") and ev.has("8050") and "violence" in found.cues:
        _shut_in_child_strikes_the_wife_43u24(found, ev)
    if ev.has("double_care") and not minor and "minor_other" in found.cues and "を" in text:
        _pupil_after_the_care_act_43u24(found, ev)
    if ev.has("child") and ev.has("8050") and ("子" in text or "育て" in text):
        _grown_childs_upbringing_43u24(found, ages, ev)
    blow = "violence" in found.cues and "の介護" in text
    if blow and ev.has("dv") and ev.has("care") and not minor:
        _carer_struck_the_one_cared_for_43u24(found, ev)
    if ev.has("hardship") and ev.has("hikikomori") and ("から" in text or "以来" in text):
        _job_lost_as_the_withdrawals_start_43u24(found, ev)
    if ev.has("young_carer") and not ev.has("care") and not minor and "の通院" in text:
        _young_carer_takes_the_writer_to_clinic_43u24(found, ev)


# ---------------------------------------------------------------- round 35 (43v24)
# From a set of young adults (18–30) who write with internet slang and hyperbole.
# 「パートナーが双極性障害で仕事やめちゃって」: a mental illness whose name ends in 障害
# (双極性障害, 強迫性障害, 気分障害 …) is a health matter, as 適応障害 and パニック障害 already
# are (lexicon blocks); the bare 障害 inside the name raises no disability. A service named
# beside it (手帳, 作業所, グループホーム, 親亡き後 rows) still does, by its own words.
_ILLNESS_NAME_43v24 = re.compile(
    r"(?:双極性|双極性感情|双極[12１２ⅠⅡ一二]型|強迫性|気分|解離性|ストレス|身体表現性"
    r"|起立性調節|使用)$"
)
_BARE_DISABILITY_43v24 = frozenset({"障害", "障がい"})


def _illness_named_disorder_43v24(ev: _Evidence) -> None:
    """See above: only the bare 障害 items right after an illness's name go."""
    text = ev.text
    why = "病名の一部の「障害」（双極性障害など。健康・こころの相談として扱う）"
    for key in [k for k in ev.items if k[0] == "disability"]:
        if ev.items[key].surface in _BARE_DISABILITY_43v24 and _ILLNESS_NAME_43v24.search(
            text, max(0, key[1] - 8), key[1]
        ):
            ev.pop(key, why)


# 「母の介護、去年施設入ってひと段落しました。その節はありがとうございました」: thanks with the
# matter told as settled (ひと段落, 区切りがついた, 落ち着きました) is no matter now, as with
# _thanks_after_help_42l23's もう・今は; not where a need or a question goes on (_STILL_42l23).
_SETTLED_43v24 = re.compile(
    r"(?:ひと|一|ひとつ)段落|ひとだんらく|(?:区切り|くぎり)が(?:つ|付)"
    r"|(?:落ち着|おちつ)(?:きました|いてます|いています|いたので|いたから)"
)


def _thanks_after_settling_43v24(found: _Found, ev: _Evidence) -> None:
    """See above: the fields go, a crisis word (if any) stays for staff to read."""
    text = found.text
    if not _THANKS_42l23.search(text) or not _SETTLED_43v24.search(text):
        return
    if _STILL_42l23.search(text):
        return
    for label in _OVER_FIELDS_42l23:
        ev.drop_label(label, "相談のお礼（ひと段落した・落ち着いたと書いている）")


# 「保育士してて、子どもの発達のこと勉強中です」: the writer's work with children, where the only
# child named is the generic 子ども of that work (not うちの子, 息子, 娘); _childcare_job stops at
# any child person, so the generic one is read here.
_GENERIC_CHILD_43v24 = frozenset({"子ども", "子供", "こども", "子どもたち", "子供たち", "子たち"})
_OWN_BEFORE_43v24 = re.compile(r"(?:うちの|私の|わたしの|自分の|僕の|俺の|わが|我が)$")


def _childcare_worker_generic_child_43v24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    if _CHILDCARE_JOB.search(text) is None and _CHILDCARE_TRAINEE_34c12.search(text) is None:
        return
    for person in found.persons:
        if person.entry.label != "child":
            continue
        if text[person.start : person.end] not in _GENERIC_CHILD_43v24:
            return
        if _OWN_BEFORE_43v24.search(text, max(0, person.start - 4), person.start):
            return
    _children_met_at_work(ev)


# 「ODしようと思って薬ちょっとずつ貯めてる」: an overdose planned or wished for (しようと,
# したい, する用に) is the suicide crisis; it is no illness of the writer's yet (health) and no
# overdose taken now (the emergency row 「ODした」 also reads 「ODしたい」). An overdose said
# as taken anywhere in the message (ODしちゃった, 飲んだ) keeps both.
_OD_PLANNED_43v24 = re.compile(
    r"(?:OD|ＯＤ|オーバードーズ|オバドズ|過量服薬)(?:を)?"
    r"(?:しよう|しよっ|しよか|したい|したく|しちゃおう|しちゃいたい|する(?:つもり|予定|気|ため|用)"
    r"|用に|用の|のため|する日)"
)
_OD_TAKEN_43v24 = re.compile(
    r"(?:OD|ＯＤ|オーバードーズ|オバドズ|過量服薬)(?:を)?"
    r"(?:した(?![いくら])|しちゃった|しました|してしまっ|してもうた|してしもた)|飲んだ|のんだ|飲んじゃ"
)
_OD_WORDS_43v24 = ("OD", "ＯＤ", "オーバードーズ", "オバドズ", "過量服薬")


def _overdose_planned_43v24(found: _Found, ev: _Evidence) -> None:
    """See above: the OD word's health item and the emergency read from 「ODしたい」 go."""
    text = found.text
    planned = [m.span() for m in _OD_PLANNED_43v24.finditer(text)]
    if not planned or _OD_TAKEN_43v24.search(text):
        return
    why = "これからのODの計画・気持ち（自殺の危険。今の病気・今の服薬ではない）"
    for key in [k for k in ev.items if k[0] in ("health", "emergency")]:
        if key[0] == "health" and ev.items[key].surface not in _OD_WORDS_43v24:
            continue
        if any(a <= key[1] < b for a, b in (ev.norm.original_span(s, e) for s, e in planned)):
            ev.pop(key, why)


# 「赤ちゃんの泣き声ずっとしてて親の気配が3日くらいない」: the days told inside the absence
# (気配が3日ない, 姿をもう2日見てない), after the crying; _round29_37l20 reads the days before
# the crying or before the absence only.
_DAYS_ABSENT_43v24 = re.compile(
    rf"{_BABY_37l20}(?:が|の)?[^。]{{0,12}}?(?:{_CRYING_37l20}|泣きっぱなし|なきっぱなし|泣きやま"
    r"|泣き止ま|ギャン泣き)[^\n]{0,30}?"
    r"(?:親|大人|おとな|母親|父親|ママ|パパ|お母さん|お父さん)(?:の|が|も)?"
    r"(?:気配|けはい|姿|すがた|出入り|声|人影)?(?:が|を|も)?(?:もう|まる|丸)?"
    rf"{_DAYS_37l20}(?:くらい|ぐらい|ほど|以上|間)?(?:も)?"
    r"(?:ない|見てない|見ていない|見てません|見かけない|見かけてない|みかけない|見えない|見えません"
    r"|見当たらない|しない|してない)"
)


def _crying_and_days_without_adult_43v24(ev: _Evidence) -> None:
    """See above: abuse (neglect) and the emergency, as in _round29_37l20."""
    crying = _DAYS_ABSENT_43v24.search(ev.norm.text)
    if crying is None:
        return
    why = "何日も子どもが泣いていて親の姿がない（ネグレクト）：緊急（子どもの命の危険）"
    for label in ("abuse", "emergency"):
        ev.add(label, "crisis", crying.start(), crying.end(), why)


_SETTLED_GATE_43v24 = ("段落", "だんらく", "区切り", "くぎり", "落ち着", "おちつ")
_CHILDCARE_GATE_43v24 = ("保育", "先生", "教", "学童", "シッター")
_OD_GATE_43v24 = ("OD", "ＯＤ", "ドーズ", "オバドズ", "過量")
_CRYING_GATE_43v24 = ("泣", "なき", "ないて")


def _round35_43v24(found: _Found, minor: bool, norm: Normalised, ev: _Evidence) -> None:
    """Round 35 (43v24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("disability") and ("障害" in text or "障がい" in text):
        _illness_named_disorder_43v24(ev)
    fields_over = ev.has("care") or ev.has("child") or ev.has("hardship")
    if fields_over and any(word in text for word in _SETTLED_GATE_43v24):
        _thanks_after_settling_43v24(found, ev)
    at_work = ev.has("child") and not minor and "child" in found.person_labels()
    if at_work and any(word in text for word in _CHILDCARE_GATE_43v24):
        _childcare_worker_generic_child_43v24(found, ev)
    planned = ev.has("suicide") and (ev.has("health") or ev.has("emergency"))
    if planned and any(word in text for word in _OD_GATE_43v24):
        _overdose_planned_43v24(found, ev)
    crying = any(word in text for word in _CRYING_GATE_43v24)
    if crying and "日" in text and not (ev.has("abuse") and ev.has("emergency")):
        _crying_and_days_without_adult_43v24(ev)


# ---------------------------------------------------------------- round 35 (43r24)
# From a set of residents born in Brazil or Peru, writing simple Japanese in kana with
# katakana nouns. 「むすこ 22さい、コウコウ やめて から 2年 へや から でない」「ムスメ 19さい、
# ガッコウ で いじめ されて から ずっと いえ」: a grown son or daughter (18 and over, no younger
# child named) whose school is only the past behind their staying in is no child matter; the
# school words are the story of how it began.
_SCHOOL_WORDS_43r24 = frozenset(
    {
        "学校",
        "がっこう",
        "ガッコウ",
        "高校",
        "こうこう",
        "コウコウ",
        "中学",
        "ちゅうがく",
        "チュウガク",
        "大学",
        "だいがく",
        "ダイガク",
        "いじめ",
        "イジメ",
        "虐め",
    }
)
_GROWN_43r24 = range(18, 36)


def _grown_childs_school_past_43r24(ages: list[Age], ev: _Evidence) -> None:
    """See above: child is withdrawn when every word for it is a school word and every age
    given is a grown child's (18 to 35) or a parent's, with at least one grown child's."""
    if not any(age.person == "child" and age.years in _GROWN_43r24 for age in ages):
        return
    text = ev.norm.text
    if "から" not in text and "やめ" not in text and "中退" not in text:
        return  # the school is behind them (やめてから, いじめられてから)
    if any(age.years < 18 for age in ages):
        return
    keys = [k for k in ev.items if k[0] == "child"]
    if not all(ev.items[k].surface in _SCHOOL_WORDS_43r24 for k in keys):
        return
    for key in keys:
        ev.pop(key, "大人になった子が学校をやめた・いじめられた昔の話（今の子どものことではない）")


# 「テレビ の ドラマ で おかあさん が コドモ たたく ところ みて ないちゃった」: a child who is only
# in the drama's or the news's plot, named by the bare word for children, is no child matter.
_BARE_CHILD_43r24 = frozenset({"コドモ", "こども", "子ども", "子供", "子", "こ"})
_SCREEN_43r24 = re.compile(r"ドラマ|映画|えいが|アニメ|ニュース|番組|ばんぐみ|マンガ|漫画|まんが")
_SCENE_CLOSED_43r24 = re.compile(r"(?:シーン|場面|描写|内容|話)[^。]{0,12}?(?:、|で|て)")


def _child_only_in_a_drama_43r24(ev: _Evidence) -> None:
    """See above: each bare child word in a sentence that tells of a drama or the news."""
    text = ev.text
    for key in [k for k in ev.items if k[0] == "child"]:
        if ev.items[key].surface not in _BARE_CHILD_43r24:
            continue
        begin, end = _sentence_around(text, key[1], key[2])
        screen = _SCREEN_43r24.search(text, begin, end)
        if screen is None:
            continue
        # 「映画の飛び降りの描写がトラウマで、子どもが高いところを怖がります」: the scene is told
        # and closed before the child comes in: the child is the writer's, touched by it
        if screen.end() <= key[1] and _SCENE_CLOSED_43r24.search(text, screen.end(), key[1]):
            continue
        ev.pop(key, "ドラマやニュースの中の子ども（書き手の家のことではない）")


# 「ワタシ カイゴ の シゴト してます。… ニホンゴ の じゅぎょう ありますか」: the care word was set
# aside as the writer's job, and a class the writer asks for is no school life cut for care.
_JOB_43r24 = "仕事"


def _job_care_is_no_young_carer_43r24(found: _Found, ev: _Evidence) -> None:
    """See above: young carer (and the child it brought) is withdrawn when its care word is
    one set aside as a job."""
    span = ev.norm.original_span
    jobs = {
        span(hit.start, hit.end)
        for hit, block in found.blocked
        if hit.entry.label == "care" and _JOB_43r24 in block.entry.note
    }
    keys = [k for k in ev.items if k[0] == "young_carer"]
    if not jobs or not any((k[1], k[2]) in jobs for k in keys):
        return
    why = "介護の仕事の話（子どもが家族の世話をしているのではない）"
    for key in keys:
        ev.pop(key, why)
    for key in [k for k in ev.items if k[0] == "child"]:
        if "学校生活を削って世話" in ev.items[key].note:
            ev.pop(key, why)


def _round35_43r24(found: _Found, ages: list[Age], minor: bool, ev: _Evidence) -> None:
    """Round 35 (43r24): each rule below runs only where the words it reads are there."""
    if ev.has("child") and not minor and ages:
        _grown_childs_school_past_43r24(ages, ev)
    if ev.has("child") and not ev.has("abuse") and _SCREEN_43r24.search(found.text):
        _child_only_in_a_drama_43r24(ev)
    if ev.has("young_carer") and not minor and found.blocked:
        _job_care_is_no_young_carer_43r24(found, ev)


# ---------------------------------------------------------------- round 35 (43y24)
# From a set of residents born in the Philippines, Vietnam, China or Nepal, who write simple
# or broken Japanese: hiragana with spaces between words, particles left out, katakana, some
# romaji or English. Each rule below reads one way they tell something that the rules before
# read otherwise.
_SPACES_43y24 = re.compile(r"\s+")


def _squeezed_43y24(text: str, begin: int, end: int) -> str:
    """The text of [begin, end) without the spaces the writer put between words."""
    return _SPACES_43y24.sub("", text[begin:end])


# 「おばあちゃん(夫 の) デイサービス で たたかれた いう。うで に あざ ある」「夫の祖母が
# デイサービスで叩かれたと言う」: the partner is named only as whose grandmother or parent it
# is (夫の…, (夫の)), and the old person was struck where care is given (a day service, a
# home, a helper). That is elder abuse by carers, not violence by the partner.
_CARE_SERVICE_GATE_43y24 = (
    "デイ",
    "でい",
    "施設",
    "しせつ",
    "シセツ",
    "ショート",
    "ヘルパー",
    "職員",
    "スタッフ",
    "介護士",
    "老人ホーム",
    "ホーム",
)
_PARTNERS_KIN_43y24 = re.compile(
    r"(?:夫|旦那|だんな|主人|おっと|妻|つま)の\)?(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん"
    r"|おばあさん|おじいさん|祖母|祖父|母|父|はは|ちち|おかあさん|おとうさん|お母さん|お父さん"
    r"|両親|りょうしん|親|おや)?"
)
_STRUCK_THERE_43y24 = re.compile(
    r"(?:デイ|でい|施設|しせつ|シセツ|ショート|ホーム|ヘルパー|職員|スタッフ|介護士)[^。]{0,12}?"
    r"(?:叩かれ|たたかれ|殴られ|なぐられ|蹴られ|けられ|つねられ|押され|おされ|乱暴|らんぼう)"
)


def _partners_elder_struck_by_carers_43y24(found: _Found, ev: _Evidence) -> None:
    """See above: DV becomes abuse when every partner word is followed by の (whose kin) and
    the striking is told at a care service; a partner who strikes (夫が祖母を叩く) is read by
    the rules before and is not touched here."""
    text = found.text
    if _STRUCK_THERE_43y24.search(text) is None:
        return
    partners = [p for p in found.persons if p.entry.label == "spouse"]
    if not partners or not all(_PARTNERS_KIN_43y24.match(text, p.start) for p in partners):
        return
    if not found.person_labels() & {"grandparent", "mother", "father", "parent"}:
        return
    span = ev.norm.original_span
    names = {span(p.start, p.end) for p in partners}
    why = "介護サービスの場で高齢の家族がたたかれた（施設・職員からの高齢者虐待の疑い）"
    items = [item for key, item in ev.items.items() if key[0] == "dv"]
    ev.drop_label("dv", "配偶者は「誰の家族か」を言っただけ（配偶者からの暴力ではない）")
    for item in items:
        if (item.start, item.end) not in names:
            ev.add_original("abuse", "crisis", item, why)


# 「しごと の あと まいにち つかれて ごはん たべれない、すごく やせた」: a message in kana only
# that tells of meals not eaten is read as a child's sign of neglect; a writer who tells of
# their own work (しごと の あと, しごと から かえって) and names no parent is an adult whose
# appetite is gone (health), not a child left without food.
_OWN_WORK_43y24 = re.compile(
    r"(?:しごと|シゴト|仕事|バイト|かいしゃ|カイシャ|会社)(?:の(?:あと|後|あいだ|間)|から(?:かえ|帰)"
    r"|で(?:つかれ|疲れ)|が(?:きつ|たいへん|大変|おわ|終わ)|(?:おわ|終わ)って)"
)
_CHILD_SIGN_43y24 = "子どもが書くネグレクトのサイン"


def _adult_at_work_not_a_hungry_child_43y24(found: _Found, ev: _Evidence) -> None:
    """See above: the kana child's neglect signs are withdrawn."""
    if found.person_labels() & {"mother", "father", "parent", "grandparent"}:
        return
    if _OWN_WORK_43y24.search(found.text) is None:
        return
    why = "大人が自分の仕事のあとで食べられない（子どもへのネグレクトではない）"
    for key in [k for k in ev.items if k[0] in ("abuse", "child")]:
        if ev.items[key].note.startswith(_CHILD_SIGN_43y24):
            ev.pop(key, why)


# 「3ねんまえ まえ の 夫 から DV あった。いま は りこん して、あんしん」: DV told in a sentence
# of the past written in kana (3ねんまえ, まえ の 夫, むかし) and a now that is safe (いま は
# りこん して, いま は あんしん); 42o23 reads 年前 in kanji and a count of years since only.
_KANA_PAST_43y24 = re.compile(
    r"[0-9０-９一二三四五六七八九十]+(?:ねん|かげつ|年|か月|ヶ月)(?:くらい|ぐらい)?(?:まえ|前)"
    r"|むかし|まえの(?:夫|おっと|だんな|旦那|つま|妻|かれし|彼氏)|もとの?(?:夫|おっと|だんな|つま)"
)
_SAFE_NOW_43y24 = re.compile(
    r"(?:いま|今)(?:は|では)[^。]{0,12}?(?:りこん|離婚|わかれた|別れた|あんしん|安心|しあわせ|幸せ"
    r"|へいわ|平和|だいじょうぶ|大丈夫)"
)


def _partner_violence_over_in_kana_43y24(found: _Found, ev: _Evidence) -> None:
    """See above: DV is withdrawn when each of its words stands in a sentence of that past and
    the message says it is safe now; violence still going on (今も, また殴) or any word of
    violence or control after the safe now (待ち伏せしている) keeps it."""
    text = ev.text
    squeezed = ev.norm.text
    safe = _SAFE_NOW_43y24.search(squeezed)
    if safe is None or _ONGOING.search(squeezed):
        return
    for label in _VIOLENCE_CUES:
        if any(hit.end > safe.start() for hit in found.cue(label)):
            return
    for key in [k for k in ev.items if k[0] == "dv"]:
        begin, end = _sentence_around(text, key[1], key[2])
        if _KANA_PAST_43y24.search(_squeezed_43y24(text, begin, end)) is None:
            return
    ev.drop_label("dv", "終わった昔のDV（いまは離婚して安心。今の危険ではない）")


# 「あたま の なか 「しにたい」 ばかり。でも こども いる から…」: the children named as why the
# writer holds on are no child matter by that alone (as ``_children_as_the_reason``); a child
# with an age, or a child's own trouble, is told elsewhere and still counts.
_HOLDING_ON_43y24 = re.compile(
    r"(?:子供|子ども|こども|コドモ|子|むすこ|むすめ|息子|娘)(?:たち|達|ら)?(?:が|も)?"
    r"(?:[0-9一二三]人|ふたり)?(?:いる|おる)(?:から|ので|し)"
    r"|(?:子供|子ども|こども|コドモ)(?:たち|達)?の(?:ため|為)に(?:は)?(?:生き|いき|がんば|頑張)"
)


def _children_as_the_reason_to_live_43y24(ev: _Evidence) -> None:
    """See above: the child words inside the phrase are withdrawn."""
    norm = ev.norm
    spans = [m.span() for m in _HOLDING_ON_43y24.finditer(norm.text)]
    if spans:
        why = "生きる支え・死ねない理由としての子ども（子どもの相談ではない）"
        ev.drop_inside("child", spans, why)


# 「くに の おかあさん びょうき、おかね おくる ひつよう」「くに の おとうと の がっこう…
# しゃっきん した」: the illness or the school of kin in the home country is why money is sent
# home; it is no health or child matter here.
_HOME_COUNTRY_KIN_43y24 = re.compile(
    r"(?:くに|国|母国|ぼこく|ふるさと|故郷|本国|ベトナム|フィリピン|ネパール|中国)の"
    r"(?:はは|ちち|おかあさん|おとうさん|お母さん|お父さん|母|父|両親|りょうしん|おや|親|かぞく|家族"
    r"|おとうと|いもうと|弟|妹|あに|あね|兄|姉|おばあちゃん|おじいちゃん|祖母|祖父)"
)
_SENDING_43y24 = re.compile(r"おく(?:る|れ|り|っ)|送(?:る|れ|り|っ)|仕送|しおくり|送金|そうきん")
_HOME_GATE_43y24 = ("くに", "国の", "ふるさと", "故郷", "ベトナム", "フィリピン", "ネパール")


def _home_country_kin_as_the_reason_43y24(ev: _Evidence) -> None:
    """See above: health and child words up to 16 characters after the kin word, in its
    sentence, are withdrawn when the message tells of money sent home."""
    norm = ev.norm
    if _SENDING_43y24.search(norm.text) is None:
        return
    spans = []
    for m in _HOME_COUNTRY_KIN_43y24.finditer(norm.text):
        _, end = _sentence_around(norm.text, m.start(), m.end())
        spans.append((m.start(), min(end, m.end() + 16)))
    if spans:
        why = "国にいる家族の病気や学校（仕送りの理由。ここでの相談ではない）"
        for label in ("health", "child"):
            ev.drop_inside(label, spans, why)


# 「むかし にほん きた とき さびしかった。いま は ともだち たくさん」: loneliness in a past that
# is over, with friends now.
_FRIENDS_NOW_43y24 = re.compile(
    r"(?:いま|今)(?:は|では)[^。]{0,6}?(?:ともだち|友達|友だち|なかま|仲間|しりあい|知り合い)(?:が|も)?"
    r"(?:たくさん|沢山|いっぱい|一杯|おおぜい|大勢|できた|できました|出来た|いる|います|おおい|多い)"
)
_PAST_TOLD_43y24 = re.compile(r"かった|でした|だった|むかし|昔|さいしょ|最初|はじめ|初め")


def _loneliness_over_with_friends_now_43y24(ev: _Evidence) -> None:
    """See above: isolation is withdrawn when every word for it stands before the friends of
    now, in a sentence told in the past."""
    now = _FRIENDS_NOW_43y24.search(ev.norm.text)
    if now is None:
        return
    start, _ = ev.norm.original_span(now.start(), now.end())
    text = ev.text
    keys = [k for k in ev.items if k[0] == "isolation"]
    for key in keys:
        begin, end = _sentence_around(text, key[1], key[2])
        if key[2] > start or _PAST_TOLD_43y24.search(text, begin, end) is None:
            return
    for key in keys:
        ev.pop(key, "昔の寂しさ（いまは友だちがたくさんいる）")


def _round35_43y24(found: _Found, minor: bool, norm: Normalised, ev: _Evidence) -> None:
    """Round 35 (43y24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("dv") and any(word in text for word in _CARE_SERVICE_GATE_43y24):
        _partners_elder_struck_by_carers_43y24(found, ev)
    if ev.has("abuse") and not minor and ev.has("child"):
        _adult_at_work_not_a_hungry_child_43y24(found, ev)
    if ev.has("dv") and ("まえ" in text or "むかし" in text or "もと" in text):
        _partner_violence_over_in_kana_43y24(found, ev)
    if ev.has("suicide") and ev.has("child") and not ev.has("abuse"):
        _children_as_the_reason_to_live_43y24(ev)
    sent_home = ev.has("hardship") and (ev.has("health") or ev.has("child"))
    if sent_home and any(word in text for word in _HOME_GATE_43y24):
        _home_country_kin_as_the_reason_43y24(ev)
    if ev.has("isolation") and ("いま" in text or "今" in text):
        _loneliness_over_with_friends_now_43y24(ev)


# ---------------------------------------------------------------- round 35 (43z24)
# From a set of older residents (70 to 90) writing of their own or their spouse's life:
# 老老介護, living alone, pensions; polite, slow, sometimes in kana only.


# 「妻の物忘れがひどくなり同じことばかり言うので、つい声をあらげて頭をたたいてしまった」: the
# writer's own blow (〜てしまった) at a spouse or parent whose need is told with の (妻の物忘れ,
# 母の認知症) is that person's abuse by the carer, not DV against the writer, as
# _carer_hits_the_cared_for_24m reads 「認知症の妻」「妻は認知症で」. A blow suffered (叩かれた)
# or named on someone else is left to the other rules.
def _carer_hits_spouse_of_need_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: _carers_own_blow with the の of the need allowed."""
    text = found.text
    _carers_own_blow(
        found,
        ev,
        lambda hit: _OWN_ACT.match(text[hit.end : hit.end + 3]) is not None,
        of_too=True,
        why="介護している家族（物忘れ・認知症）に手をあげてしまった（高齢者虐待の心配）",
        not_dv="介護している側が手をあげた（DVでなく高齢者虐待として扱う）",
    )


# 「小学生の孫娘が、認知症の家内の見守りをしてくれていて、友だちと遊べていない」「中学の孫が、
# 父親が病気で寝込んでるので毎朝ご飯をつくってから学校へ行ってる」: a grandchild of school age
# (小学生の孫, 中学の孫, 孫（中2）) who looks after the ill or old one of the house, or cooks for
# the family, as a habit (毎朝, いつも, 〜てくれていて) is a young carer; the grandparent who
# writes is not raising children while caring (no double care). A grandchild's one visit
# (遊びに来て手伝ってくれた) or a grandchild who is cared for is not.
_SCHOOL_GRANDCHILD_43z24 = re.compile(
    r"(?:小学生|小学|中学生|中学|高校生|高校|小[1-6１-６]|中[1-3１-３]|高[1-3１-３])(?:の)?"
    r"(?:孫|まご)(?:娘|息子|むすめ|むすこ)?(?:が|は|も)"
    r"|(?:孫|まご)(?:娘|息子)?[(（](?:小|中|高)[1-6１-６][)）](?:が|は|も)"
    r"|(?:孫|まご)(?:娘|息子)?(?:が|は)(?:まだ)?(?:小学生|中学生|高校生)(?:で|なのに|なんですが)"
)
_GRANDCHILD_CARES_43z24 = re.compile(
    r"(?:見守り|みまもり|世話|せわ|面倒|めんどう|介護|かいご|介助|看病|おむつ|オムツ"
    r"|(?:ご飯|ごはん|朝ご飯|朝ごはん|食事|しょくじ|弁当|べんとう|夕飯|料理|りょうり)(?:を|も)?"
    r"(?:つく|作|こしら|用意|よう)"
    r"|家事|かじ|洗濯|せんたく|送り迎え|おくりむかえ)"
)
_GRANDCHILD_HABIT_43z24 = re.compile(
    r"毎朝|毎日|毎晩|まいにち|まいあさ|いつも|ずっと|代わりに|かわりに|くれていて|くれてい"
    r"|ていて|ている|てる|ておる|てます|遊べ|あそべ|学校|がっこう|部活|友だち|友達|ともだち"
)
_GRANDCHILD_WHY_43z24 = re.compile(
    r"認知症|にんちしょう|物忘れ|ものわすれ|病気|びょうき|寝込|ねこ|寝たきり|ねたきり|入院"
    r"|介護|かいご|要介護|体が|からだが|足が|あしが|動けな|うごけな|倒れ|たおれ|障害|障がい"
)


def _grandchild_carries_the_care_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: the school-age grandchild, then a care act or a meal made in the same
    sentence, with a reason (an illness, a need) and a habit there too."""
    text = found.text
    for who in _SCHOOL_GRANDCHILD_43z24.finditer(text):
        begin, end = _sentence_around(text, who.start(), who.end())
        act = _GRANDCHILD_CARES_43z24.search(text, who.end(), end)
        if act is None:
            continue
        if not _GRANDCHILD_WHY_43z24.search(text, begin, end):
            continue
        if not _GRANDCHILD_HABIT_43z24.search(text, who.end(), end):
            continue
        if _PASSIVE_CARE_43z24.match(text, act.end()):
            continue  # 世話をされて, 面倒をみてもらって: the grandchild is the one cared for
        why = "学校に通う年の孫が、病気や高齢の家族の世話・家事を担っている（ヤングケアラー）"
        ev.add("young_carer", "pattern", who.start(), act.end(), why)
        ev.add("child", "field", who.start(), who.end(), "孫（小中高生）が家族の世話を担っている")
        ev.drop_label("double_care", "世話をしているのは孫（祖父母の子育てと介護の重なりではない）")
        return


_PASSIVE_CARE_43z24 = re.compile(r"[^。、]{0,3}?(?:され|されて|してもら|みてもら|見てもら)")


# 「以前は引きこもりの家族会にお世話になりました。息子はいま働いて独立しております」: a son or
# daughter who works now (いま働いて, 就職して, 独立して) after a time told as past (以前, 昔,
# 当時) has come out of withdrawal: the hikikomori word is that past, no pattern now. Kept
# where the staying-in stands in the same sentence as the work (働いていたが今は部屋から出ない).
_AT_WORK_NOW_43z24 = re.compile(
    r"(?:息子|娘|子ども|子供|こども|長男|次男|長女|次女|せがれ|むすこ|むすめ)(?:は|も)[、,]?"
    r"(?:いま|今|今は|いまは|現在|もう|おかげさまで|お陰様で)[、,]?[^。、]{0,3}?"
    r"(?:働いて|はたらいて|就職して|しゅうしょくして|独立して|自立して|社会人になって)"
    r"(?:おり|います|いる|ます|る|、)"
)
_PAST_43z24 = re.compile(r"以前|いぜん|昔|むかし|かつて|前は|まえは|当時|とうじ|その頃|そのころ")


def _shut_in_past_now_at_work_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: every hikikomori item outside the work sentence, a past word before."""
    text = found.text
    now = _AT_WORK_NOW_43z24.search(text)
    if now is None:
        return
    past = _PAST_43z24.search(text, 0, now.start())
    if past is None:
        return
    begin, end = _sentence_around(text, now.start(), now.end())
    o_begin, o_end = ev.norm.original_span(begin, end)
    keys = [k for k in ev.items if k[0] == "hikikomori"]
    if any(o_begin <= k[1] < o_end for k in keys):
        return
    for key in keys:
        ev.pop(key, "ひきこもりは以前のこと（子は今は働いている。今のひきこもりではない）")


# 「夫がパチンコにのめりこんで年金を使いこんでしまいます。家計がもちません」: a spouse who
# gambles away the household's pension is the gambling (health) and the money (hardship), not
# an old person's pension taken by the family (elder financial abuse, care): the pension is
# the couple's own. Kept where a son, a daughter or another relative uses it.
_GAMBLING_43z24 = re.compile(
    r"パチンコ|ぱちんこ|パチスロ|スロット|競馬|けいば|競輪|競艇|ボートレース|ギャンブル|賭け事|かけごと|麻雀"
)
_SPOUSE_SPENDS_43z24 = re.compile(
    r"(?:夫|主人|旦那|だんな|亭主|つれあい|連れ合い|家内|妻|女房|かみさん|じいさん|ばあさん)"
    r"(?:が|は)[^。]{0,24}?(?:年金|ねんきん)"
)
_OTHER_KIN_43z24 = re.compile(r"息子|娘|せがれ|孫|嫁|婿|兄|弟|姉|妹|甥|姪")


def _spouse_gambles_the_pension_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: the abuse and care read on the pension's use go."""
    text = found.text
    spends = _SPOUSE_SPENDS_43z24.search(text)
    if spends is None or _OTHER_KIN_43z24.search(text):
        return
    if not _GAMBLING_43z24.search(text, spends.start(), spends.end()):
        return
    why = (
        "配偶者がギャンブルで夫婦の年金を使ってしまう（家計とギャンブルの問題。高齢者虐待ではない）"
    )
    for label in ("abuse", "care"):
        for key in [k for k in ev.items if k[0] == label]:
            if "年金" in ev.items[key].note or "年金" in ev.items[key].surface:
                ev.pop(key, why)


# 「主人が糖尿病で透析が始まるそうです。週3回の送り迎え、私ひとりではむりです」: taking a spouse
# or parent to dialysis, rehabilitation or the hospital again and again (送り迎え, 付き添い) that
# the writer cannot manage alone (ひとりではむり, 限界) is care for that person. Not the
# writer's own rides, nor a child's school run.
_RIDES_43z24 = re.compile(
    r"(?:透析|とうせき|通院|つういん|リハビリ|病院|びょういん|デイ)[^\n]{0,24}?"
    r"(?:送り迎え|おくりむかえ|送迎|そうげい|付き添い|つきそい|連れて行|つれてい)"
    r"[^。]{0,12}?(?:ひとりでは|一人では|ひとりじゃ|一人じゃ|わたしひとり|私ひとり|私一人|わたし一人)"
    r"[^。]{0,6}?(?:むり|無理|できな|できま|出来な|大変|たいへん|もた|きつ|限界|げんかい)"
)
_RIDES_GATE_43z24 = (
    "送り迎え",
    "おくりむかえ",
    "送迎",
    "そうげい",
    "付き添",
    "つきそい",
    "連れて行",
    "つれてい",
)
_RIDES_FOR_43z24 = frozenset({"spouse", "mother", "father", "parent", "grandparent"})


def _treatment_rides_too_much_alone_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: a spouse or parent named, the rides and 'not alone' after the treatment."""
    if not found.person_labels() & _RIDES_FOR_43z24:
        return
    rides = _RIDES_43z24.search(found.text)
    if rides is None:
        return
    why = "配偶者や親の通院・透析の送り迎えを一人ではできない（介護の相談）"
    ev.add("care", "field", rides.start(), rides.end(), why)


# 「めが　みえにくくなって　かいものも　ごはんのしたくも　できなくなってきた」: an older writer
# (no one else named, no card, no disability word) whose own eyes fail and who can no longer
# shop, cook or clean is the care matter (daily life given up with age) and the eyes are the
# health matter, as an old parent's failing eyes are care (37j20), not a visual disability.
_DAILY_GIVEN_UP_43z24 = re.compile(
    r"(?:かいもの|買い物|買物|ごはん|ご飯|食事|しょくじ|料理|りょうり|したく|支度|そうじ|掃除"
    r"|せんたく|洗濯|身の回り|みのまわり|家事|かじ)[^。]{0,16}?"
    r"(?:できなく|でき(?:ない|ません|ん|ず)|出来(?:ない|なく|ません|ず)|いけなく|いけ(?:ない|ません|ず)"
    r"|行けなく|行け(?:ない|ません|ず)|むずかしく|難しく)"
)
_DISABILITY_TOLD_43z24 = re.compile(
    r"手帳|てちょう|障害|障がい|しょうがい|視覚|しかく|白杖|はくじょう|盲|点字|てんじ|ロービジョン"
    r"|生まれつき|うまれつき|事故|じこ"
)
_EYES_NOTE_43z24 = "目が見えにくい（視覚障害）"


def _own_eyes_failing_with_age_43z24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: every disability item is the failing eyes, and daily tasks are given up."""
    keys = [k for k in ev.items if k[0] == "disability"]
    if any(ev.items[k].note != _EYES_NOTE_43z24 for k in keys):
        return
    if found.person_labels() - {"self"} or any(a.years < 60 for a in ages):
        return
    text = found.text
    if _DISABILITY_TOLD_43z24.search(text):
        return
    given_up = _DAILY_GIVEN_UP_43z24.search(text)
    if given_up is None:
        return
    why = "年をとって目が見えにくくなり、買い物や食事の支度ができない（介護の相談）"
    ev.add("care", "field", given_up.start(), given_up.end(), why)
    for key in keys:
        item = ev.items[key]
        ev.pop(key, "年をとって目が見えにくくなった（障害ではなく介護・健康の相談）")
        ev.add_original("health", "field", item, "目が見えにくくなった：健康・こころの相談")


# 「娘が離婚して孫ふたりを連れて戻ってきました。わたしの年金だけではやっていけません」: a son or
# daughter who has come home bringing their own children (孫を連れて戻って) is a parent raising
# them, not a middle-aged child kept by the old parent (no 8050 read on the pension alone), and
# the grandchildren now living in the house are the child matter.
_BROUGHT_HOME_43z24 = re.compile(
    r"(?:孫|まご)[^。、]{0,6}?(?:を|も)?(?:連れて|つれて)[^。、]{0,3}?"
    r"(?:戻|もど|帰って|かえって|帰ってき|出戻|実家に|うちに|家に)"
)

_VISIT_43z24 = re.compile(
    r"正月|盆|連休|夏休み|冬休み|春休み|遊びに|あそびに|泊まりに|とまりに|里帰り"
)
_MOVED_IN_43z24 = re.compile(
    r"離婚|りこん|別居|べっきょ|出戻|でもど|同居|どうきょ|一緒に暮ら|いっしょにくら"
)


def _child_home_with_grandchildren_43z24(found: _Found, ev: _Evidence) -> None:
    """See above: only where every 8050 item rests on the pension words."""
    home = _BROUGHT_HOME_43z24.search(found.text)
    if home is None:
        return
    keys = [k for k in ev.items if k[0] == "8050"]
    if keys and not all("年金" in ev.items[k].note for k in keys):
        return
    text = found.text
    if _VISIT_43z24.search(text) or not (keys or _MOVED_IN_43z24.search(text)):
        return  # 正月に孫を連れて帰ってきた: a visit
    why = "子が自分の子（孫）を連れて戻ってきた（子育て中の親。8050ではない）"
    for key in keys:
        ev.pop(key, why)
    ev.add("child", "field", home.start(), home.end(), "孫を連れて子が戻ってきた（孫の子育て）")


# 「中学生の孫が夏休みに遊びに来て、料理を作ってくれました」: a grandchild who came to visit
# (遊びに来て, 泊まりに来て) and helped once is a guest's kindness, no young carer, no child matter.
_ON_A_VISIT_43z24 = re.compile(r"遊びに|あそびに|泊まりに|とまりに")


def _grandchild_on_a_visit_43z24(ev: _Evidence) -> None:
    """See above: every young-carer item in a sentence with 孫 and a visit word goes, with the
    child items of those sentences."""
    text = ev.text
    keys = [k for k in ev.items if k[0] == "young_carer"]
    sentences = {_sentence_around(text, k[1], k[2]) for k in keys}
    for begin, end in sentences:
        if "孫" not in text[begin:end] and "まご" not in text[begin:end]:
            return
        if not _ON_A_VISIT_43z24.search(text, begin, end):
            return
    why = "遊びに来た孫が一度手伝ってくれた（ヤングケアラーではない）"
    for label in ("young_carer", "child"):
        for key in [k for k in ev.items if k[0] == label]:
            if any(b <= key[1] < e for b, e in sentences):
                ev.pop(key, why)


def _round35_43z24(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 35 (43z24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ev.has("dv") and ev.has("care") and not minor and "violence" in found.cues:
        _carer_hits_spouse_of_need_43z24(found, ev)
    if not minor and ("孫" in text or "まご" in text):
        _grandchild_carries_the_care_43z24(found, ev)
    if ev.has("hikikomori") and ("働" in text or "独立" in text or "自立" in text):
        _shut_in_past_now_at_work_43z24(found, ev)
    if ev.has("abuse") and "年金" in text and not minor:
        _spouse_gambles_the_pension_43z24(found, ev)
    if not ev.has("care") and not minor and any(w in text for w in _RIDES_GATE_43z24):
        _treatment_rides_too_much_alone_43z24(found, ev)
    if ev.has("disability") and not minor and ("め" in text or "目" in text):
        _own_eyes_failing_with_age_43z24(found, ages, ev)
    grandchild = "孫" in text or "まご" in text
    if grandchild and not minor and ("連れて" in text or "つれて" in text):
        _child_home_with_grandchildren_43z24(found, ev)
    if ev.has("young_carer") and not minor and ("遊びに" in text or "泊まりに" in text):
        _grandchild_on_a_visit_43z24(ev)


# ---------------------------------------------------------------- round 35 (43x24)
# From a set of residents of 長井市 (Okitama, Yamagata) and 涌谷町 (Miyagi) writing as they speak.

# 「親の看病してんの、学校の誰さも言えねぇ」: a pupil who nurses a sick parent (看病) is a young
# carer, and the parent's illness is the health matter; there is no elderly care, and no double
# care (a parent who raises children and cares). Only where every care word is the nursing or
# the parent, and every child word a school word (no child of the writer's is named).
_NURSED_PARENT_43x24 = frozenset(
    {
        "看病",
        "親",
        "母",
        "父",
        "母親",
        "父親",
        "お母さん",
        "お父さん",
        "おかん",
        "おとん",
        "ママ",
        "パパ",
    }
)
_SCHOOL_43x24 = frozenset(
    {"学校", "がっこう", "クラス", "先生", "担任", "部活", "宿題", "授業", "遅刻", "中学", "高校"}
)


def _pupil_nurses_a_parent_43x24(ev: _Evidence) -> None:
    """See above."""
    cares = [k for k in ev.items if k[0] == "care"]
    children = [k for k in ev.items if k[0] == "child"]
    if not children or any(ev.items[k].surface not in _SCHOOL_43x24 for k in children):
        return
    if any(ev.items[k].surface not in _NURSED_PARENT_43x24 for k in cares):
        return
    nursing = [ev.items[k] for k in cares if ev.items[k].surface == "看病"]
    if not nursing:
        return
    why = "子どもが親の看病をしている（親の病気：健康の相談。ヤングケアラー。高齢の介護ではない）"
    for item in nursing:
        ev.add_original("health", "field", item, why)
        ev.add_original("young_carer", "pattern", item, why)
    ev.drop_label("care", why)
    ev.drop_label("double_care", why)


# 「脳梗塞で倒れた夫の介護もしてる。夜ほとんど寝てない」: sleep lost told in a short sentence of its
# own right after the sentence of the caring (no cause, no one else named in it) is the carer's
# sleep lost to the caring, as _carers_sleep_and_strain reads it inside the caring's sentence.
_LOST_SLEEP_43x24 = re.compile(
    r"眠れ|ねむれ|寝られ|ねられ|寝らん|寝れ|寝不足|睡眠不足|一睡|寝て(?:い)?(?:な|ませ|へん|ねえ)"
)
_ON_ITS_OWN_43x24 = re.compile(
    r"(?:夜|よる|毎晩|まいばん|夜中|よなか|毎日|まいにち|最近|さいきん|もう)?[はも、]?"
    r"(?:ほとんど|ろくに|全然|ぜんぜん|まともに|ちっとも|あまり|あんまり)?$"
)


def _sleep_after_the_caring_43x24(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    why = "世話や介護による寝不足（本人の健康の相談には数えない）"
    for hit in found.get("field", "health"):
        if _LOST_SLEEP_43x24.search(text, hit.start, hit.end) is None:
            continue
        begin, end = _sentence_around(text, hit.start, hit.start + 1)
        if begin == 0 or _ON_ITS_OWN_43x24.match(text, begin, hit.start) is None:
            continue
        p_begin, _ = _sentence_around(text, begin - 1, begin - 1)
        if _CARING.search(text, p_begin, begin) is not None:
            ev.drop("health", hit.start, hit.end, why)


# 「母(80)も腰悪ぐして寝たり起ぎたり」: an old parent's bad back or legs told right after their
# age in brackets is how the care came (as _old_parents_ailment_after_age_43p24 reads 「84で」).
_AGED_IN_BRACKETS_43x24 = re.compile(
    r"(?:母|父|親|ばあ|じい|ばっちゃ|じっちゃ|ばんちゃ|じんちゃ|祖母|祖父|義母|義父|姑|舅|お袋|おふくろ"
    r"|親父|おやじ)(?:さん|ちゃん|親)?[（(](?:[7-9][0-9]|1[01][0-9])(?:歳|才)?[）)](?:が|も|は)?$"
)


def _old_parents_ailment_after_bracketed_age_43x24(found: _Found, ev: _Evidence) -> None:
    """See above: a health word that names the body right after such an age goes."""
    text = found.text
    why = "高齢の親の年齢のすぐ後の足腰の不調（介護が要るようになったきっかけ。介護の相談）"
    for hit in found.get("field", "health"):
        if _AILMENT_43p24.match(text, hit.start) is None:
            continue
        if _AGED_IN_BRACKETS_43x24.search(text, max(0, hit.start - 16), hit.start):
            ev.drop_inside("health", [(hit.start, hit.end)], why)


# 「ちっちゃい子2人だけ置いで親が夜いねぐなる」: the parents who go out (いなくなる) leaving small
# children are read as neglect (abuse); the いなくなる inside it is no missing person.
def _parents_gone_out_is_no_missing_person_43x24(ev: _Evidence) -> None:
    """See above: an emergency word that overlaps the neglect's words goes."""
    neglect = [
        ev.items[k] for k in ev.items if k[0] == "abuse" and "ネグレクト" in ev.items[k].note
    ]
    why = "小さい子を置いて親が出かける（ネグレクト。行方不明ではない）"
    for key in [k for k in ev.items if k[0] == "emergency"]:
        if any(n.start <= key[1] < n.end for n in neglect):
            ev.pop(key, why)


# 「ばあちゃんが夜中に起ぎるから、おれが一緒に起ぎでる。朝起ぎれねぐて学校遅刻ばっか」: as
# _young_carers_lost_sleep_41b22 reads 「朝起きられず」, a young carer who cannot get up after a
# night beside the one cared for, written with Tohoku voiced kana (起ぎれねぐ), whether or not
# the writer is known to be a minor: the young carer's matter, not a health one.
_LOST_SLEEP_VOICED_43x24 = re.compile(
    r"(?:朝|あさ)?(?:起き|起ぎ|おき|おぎ)(?:られ|れ|らん|らい)|眠れ|ねむれ|寝られ|寝れ|寝らん|寝不足"
)
_NIGHT_BEFORE_43x24 = re.compile(r"夜中|よなか|夜間|毎晩|夜通し|起こされ|おこされ|夜")


def _young_carers_sleep_in_dialect_43x24(found: _Found, ev: _Evidence) -> None:
    """See above: only lost-sleep words, with the night told before them."""
    text = found.text
    why = "ヤングケアラーが夜の世話で起きられない（健康の相談には数えない）"
    for hit in found.get("field", "health"):
        if _LOST_SLEEP_VOICED_43x24.match(text, hit.start) is None:
            continue
        if _NIGHT_BEFORE_43x24.search(text, 0, hit.start) is not None:
            ev.drop("health", hit.start, hit.end, why)


# 「ばあちゃん(88)が、40過ぎのおじさんの飯まだ作ってる。おじさんずっと無職で家がら出ね」: an
# uncle or aunt whose age is told as past forty (40過ぎ, 50近く, 40代半ば) is the middle-aged
# son or daughter of _uncle_or_aunt_at_home, kept by the old grandparent: 8050.
_UNCLE_PAST_AGE_43x24 = re.compile(
    rf"(?P<n>{_MIDDLE_NUMBER})(?:歳|才|代)?(?:過ぎ|すぎ|超え|こえ|近く|ちかく|半ば|後半|前半)"
    rf"(?:の|で)?{_UNCLE_OR_AUNT}"
)


def _uncle_past_forty_43x24(found: _Found, ages: list[Age], ev: _Evidence) -> None:
    """See above: as _uncle_or_aunt_at_home, with the age told as past a number."""
    if not any(h.entry.label == "grandparent" for h in found.persons):
        return
    dependency = found.cue("dependency") + found.cue("not_working")
    if not (ev.has("hikikomori") or dependency):
        return
    middle = [
        m.span()
        for m in _UNCLE_PAST_AGE_43x24.finditer(found.text)
        if kanji_number(m.group("n")) in MIDDLE_AGES
    ]
    if not middle:
        return
    for start, end in middle:
        ev.add("8050", "pattern", start, end, "8050：中年のおじ・おば（祖父母の子）")
    for age in ages:
        if age.person == "grandparent" and age.years >= ELDERLY_AGE:
            ev.add("8050", "pattern", age.start, age.end, "8050：高齢の祖父母")
    for hit in dependency:
        ev.hit("8050", "pattern", hit, f"8050：{hit.entry.note}")


# 「弟のごはんはいつもお母さんが作ってる」: the sibling's meals made by a grown-up named inside
# the words read as the child's own chore (きょうだいのごはんをやっている) are no young carer.
_GROWN_UP_DOES_IT_43x24 = re.compile(
    r"(?:お母さん|おかあさん|かあさん|母さん|母|ママ|お父さん|おとうさん|父さん|父|パパ"
    r"|おばあちゃん|ばあちゃん|おじいちゃん|じいちゃん|祖母|祖父)が(?:いつも|毎日|まいにち)?"
    r"(?:作|つく|して|やって|入れて|いれて)"
)
_MEALS_43x24 = re.compile(r"ごはん|ご飯|飯|めし|弁当|べんとう|おふろ|お風呂|食事")


def _siblings_meals_made_by_a_grown_up_43x24(ev: _Evidence) -> None:
    """See above: the young carer's words (and the child words on the same span) go when a
    grown-up is their subject."""
    keys = [k for k in ev.items if k[0] == "young_carer"]
    made = [
        k
        for k in keys
        if _GROWN_UP_DOES_IT_43x24.search(ev.items[k].surface)
        and _MEALS_43x24.search(ev.items[k].surface)
    ]
    if not made or len(made) != len(keys):
        return
    why = "きょうだいの世話をしているのは大人（子どもの家族の世話ではない）"
    for key in made:
        ev.pop(key, why)
        if ("child", key[1], key[2]) in ev.items:
            ev.pop(("child", key[1], key[2]), why)


def _round35_43x24(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 35 (43x24): each rule below runs only where the words it reads are there."""
    text = norm.text
    if ages and not ev.has("8050") and ("過ぎ" in text or "すぎ" in text or "近く" in text):
        _uncle_past_forty_43x24(found, ages, ev)
    if ev.has("double_care") and "看病" in text:
        _pupil_nurses_a_parent_43x24(ev)
    if ev.has("young_carer") and ("さんが" in text or "母が" in text or "マが" in text):
        _siblings_meals_made_by_a_grown_up_43x24(ev)
    if ev.has("health") and ev.has("care") and ("寝" in text or "眠" in text):
        _sleep_after_the_caring_43x24(found, ev)
    if ev.has("young_carer") and ev.has("health") and ("起" in text or "寝" in text):
        _young_carers_sleep_in_dialect_43x24(found, ev)
    if ev.has("health") and ev.has("care") and ("(" in text or "（" in text):
        _old_parents_ailment_after_bracketed_age_43x24(found, ev)
    if ev.has("emergency") and ev.has("abuse") and ("置" in text or "おい" in text):
        _parents_gone_out_is_no_missing_person_43x24(ev)


# Round 36 (44c25): Akita speech (大仙市); its rules follow the last line.


def _round36_44c25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 36 (44c25): Akita speech (大仙市); each rule below runs only where the words it
    reads are there."""
    text = norm.text
    if ev.has("emergency") and ev.has("suicide") and "やめ" in text:
        _overdose_told_as_a_habit_44c25(ev)
    if ev.has("child") and ages and not minor and "高校" in text:
        _adult_who_left_high_school_44c25(ages, ev)
    if ev.has("health") and ("いで" in text or "痛" in text or "いた" in text):
        _pain_as_reluctance_44c25(found, ev)
    if ev.has("care") and ("自分で" in text or "一人で" in text or "ひとりで" in text):
        _parent_who_manages_alone_44c25(found, ev)
    if ev.has("health") and ev.has("care") and "倒れ" in text:
        _stroke_in_akita_began_the_care_44c25(found, ev)
    if not ev.has("child") and "卒業" in text:
        _school_to_be_finished_44c25(ev)
    if ev.has("care") and "介護" in text and ("終" in text or "済" in text or "卒業" in text):
        _care_ended_with_a_death_44c25(ev)


# Round 36 (44d25): residents born in Brazil or Peru (大泉町); its rules follow the last line.


def _round36_44d25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 36 (44d25): residents born in Brazil or Peru (大泉町); each rule below runs
    only where the words it reads are there."""
    text = norm.text
    if ev.has("health") and ev.has("care") and _STROKE_IN_KANA_44d25.search(text):
        _stroke_in_kana_behind_care_44d25(found, ev)
    if ev.has("health") and "です" in text and _ROLE_44d25.search(text):
        _exhaustion_told_by_staff_44d25(found, ev)
    if ev.has("suicide") and ev.has("child") and not ev.has("abuse"):
        _children_left_behind_44d25(found, ev)
    if ev.has("suicide") and not ev.has("abuse") and _TAKEN_ALONG_44d25.search(text):
        _child_taken_along_in_death_44d25(found, ev)


# Round 36 (44e25): Iwami speech (大田市); its rules follow the last line.


def _round36_44e25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 36 (44e25): Iwami speech (大田市); each rule runs only where its words are."""
    text = norm.text
    if not ev.has("emergency") and ("持" in text or "もっ" in text or "手に" in text):
        _armed_and_roaming_now_44e25(norm, ev)
    if minor and ev.has("young_carer") and ev.has("health") and ("朝" in text or "あさ" in text):
        _young_carers_morning_after_caring_44e25(found, ev)
    if ev.has("health") and ev.has("care") and ("えら" in text or "えろ" in text or "エラ" in text):
        _carers_body_worn_in_dialect_44e25(found, ev)


# Rules of round 36 and later follow.


# 「また薬まとめて飲んでしまった。やめたいのにやめられない」: an overdose told again (また, いつも,
# 何回も) as a habit the writer cannot stop is the suicide and health matter it is, not a danger
# right now, unless the now is told (さっき, 今, 意識, ふらふら, 吐いた).
_HABIT_44c25 = re.compile(
    r"(?:やめられ|やめらん|やめらえ|やめれ|止められ|止めらん|辞められ)(?:な|ね|ん)|癖に|くせに|クセに|習慣"
)
_AGAIN_44c25 = re.compile(r"また|いつも|何回も|何度も|なんかいも|なんども|毎回|しょっちゅう|繰り返")
_NOW_44c25 = re.compile(
    r"さっき|今|いま|意識|ふらふら|フラフラ|ふらつ|吐い|吐きそ|吐いで|救急|眠い|ねむい|苦し|くるし"
    r"|動けな|うごけな|動げね|起きられ|起ぎられ"
)


def _overdose_told_as_a_habit_44c25(ev: _Evidence) -> None:
    """See above: the overdose's emergency goes; its suicide and health stay."""
    text = ev.norm.text
    if _HABIT_44c25.search(text) is None or _AGAIN_44c25.search(text) is None:
        return
    if _NOW_44c25.search(text) is not None:
        return
    why = "過量服薬をくり返していてやめられない、という打ち明け（今の危険が書かれていない）"
    for key in [k for k in ev.items if k[0] == "emergency"]:
        if "過量服薬" in ev.items[key].note:
            ev.pop(key, why)


# 「23です。高校やめでから、ほとんど家さいる」: a writer of 18 or more who left high school
# (やめてから, やめでがら) tells of their own past; the high school is no child's matter, as
# 「高校…中退」 is not. A minor's age anywhere keeps it.
_LEFT_HIGH_SCHOOL_44c25 = re.compile(
    r"高校(?:を|ば)?(?:やめ|辞め|退学し|中退し)(?:て|で)(?:から|がら)"
)


def _adult_who_left_high_school_44c25(ages: list[Age], ev: _Evidence) -> None:
    """See above: only the high school's own child evidence goes."""
    if any(a.years < 18 for a in ages) or not any(a.years >= 18 for a in ages):
        return
    text = ev.norm.text
    spans = [m.span() for m in _LEFT_HIGH_SCHOOL_44c25.finditer(text)]
    if spans:
        ev.drop_inside("child", spans, "大人が高校をやめてからのこと（子どもの相談ではない）")


# 「行ぐ日の朝になれば「腹いでぇ」って言うの」「朝になれば腹いでぇって言う」: a stomach ache said
# on the morning of going (school, the day service), beside not wanting to go, is the
# reluctance the writer asks about, not an illness (as a child's morning ache before school is
# read in standard speech). Not an adult's ache before work, nor where a doctor, a fever or
# vomiting is told.
_PAIN_SAID_44c25 = re.compile(r"[」』]?(?:って|と|っで)(?:言|い|ゆ)")
_GOING_MORNING_44c25 = re.compile(r"朝|行ぐ日|行く日|いぐ日|いく日|学校の日|デイの日")
_RELUCTANT_44c25 = re.compile(
    r"嫌が|いやが|行がね|行かな|行きたがら|行ぎたがら|いがね|いかな|休み|休む|休ん|不登校"
    r"|学校さ行がね|登校しぶり|渋"
)
_DOCTOR_44c25 = re.compile(r"病院|医者|受診|検査|熱|吐|下痢|血|救急|薬")
_PLACE_44c25 = re.compile(r"学校|登校|デイ|保育|幼稚|園|通所|ショートステイ|部活")


def _pain_as_reluctance_44c25(found: _Found, ev: _Evidence) -> None:
    """See above: only pain words said in the morning of going; other health words stay."""
    text = found.text
    if _PLACE_44c25.search(text) is None or _RELUCTANT_44c25.search(text) is None:
        return
    if _DOCTOR_44c25.search(text) is not None:
        return
    why = "行く日の朝に「おなかが痛い」と言う（行きしぶり。病気の相談ではない）"
    for hit in found.get("field", "health"):
        surface = text[hit.start : hit.end]
        if not ("痛" in surface or "いで" in surface or "いた" in surface):
            continue
        if _PAIN_SAID_44c25.match(text, hit.end) is None:
            continue
        if _GOING_MORNING_44c25.search(text, max(0, hit.start - 20), hit.start) is None:
            continue
        ev.drop("health", hit.start, hit.end, why)


# 「一人暮らしの母(80)は身の回りのことは自分でできますが、話し相手がいないようです」: an old
# parent said to manage their own daily life (a ``hale`` row: 自分のことは自分でできている) is
# no care matter where care rests only on their age, their living alone and their name; a fall,
# forgetfulness or any other sign told keeps it.
_ALONE_OR_AGE_44c25 = re.compile(
    r"[(（]?[0-9０-９]{2,3}(?:歳|才)?[)）]?|[0-9０-９]{2,3}(?:歳|才)?(?:過ぎ|すぎ)?"
    r"|一人暮らし|独り暮らし|ひとり暮らし|ひとりぐらし|一人暮し|独居"
)


def _parent_who_manages_alone_44c25(found: _Found, ev: _Evidence) -> None:
    """See above: all of care goes, or none of it."""
    if not any("自分のことは自分で" in h.entry.note for h in found.cue("hale")):
        return
    named = {found.text[p.start : p.end] for p in found.persons}
    keys = [k for k in ev.items if k[0] == "care"]
    if all(
        _ALONE_OR_AGE_44c25.fullmatch(ev.items[k].surface) or ev.items[k].surface in named
        for k in keys
    ):
        ev.drop_label(
            "care", "高齢でも自分のことは自分でできている（年齢や一人暮らしだけでは介護にしない）"
        )


# 「息子は療育手帳のBだども、来年高校卒業したあど、どんた仕事さ就げるべか」: a high school (or a
# junior high, a school's upper division) to be finished next year or this spring is a child
# still at school, leaving it soon: a child matter, as 「来年、支援学校を卒業したら」 is.
_SCHOOL_TO_BE_FINISHED_44c25 = re.compile(
    r"(?:来年|らいねん|再来年|来春|今春|この春|今年度|もうすぐ|今度|こんど)(?:の春|度)?[、,]?(?:に|で)?"
    r"[、,]?(?:高校|高等学校|高等部|特別支援学校|支援学校|養護学校|中学|中学校)(?:を|ば)?卒業"
    r"(?:する|すっと|すれば|したら|したあと|したあど|した後|した先|後|見込|予定)"
)


def _school_to_be_finished_44c25(ev: _Evidence) -> None:
    """See above."""
    for match in _SCHOOL_TO_BE_FINISHED_44c25.finditer(ev.norm.text):
        ev.add("child", "field", *match.span(), "もうすぐ学校を卒業する子：子ども・子育ての相談")


# 「母の介護はもう終わりました。昨年施設で看取ってもらいました。遺品整理の業者って」: care told
# as over (介護はもう終わった) beside the death of the one cared for (看取った, 亡くなった) leaves
# no care matter where the rest of care rests only on the parent's name or a place of care.
_CARE_OVER_44c25 = re.compile(
    r"介護(?:は|も)?[^。、]{0,8}?(?:終わっ|終わりまし|終えて|終えま|終えた|済ん|卒業し)"
)
_DIED_44c25 = re.compile(
    r"看取|みとっ|みとり|亡くな|なくな|他界|見送|葬儀|葬式|遺品|四十九日|一周忌|三回忌|お墓"
)


def _care_ended_with_a_death_44c25(ev: _Evidence) -> None:
    """See above: all of care goes, or none of it."""
    text = ev.norm.text
    if _CARE_OVER_44c25.search(text) is None or _DIED_44c25.search(text) is None:
        return
    keys = [k for k in ev.items if k[0] == "care"]
    if all(ev.items[k].note.startswith("親・配偶者が手助けを要する") for k in keys):
        ev.drop_label("care", "介護はもう終わり、看取った（今の介護の相談ではない）")


# 「脳梗塞で倒れだ義父の世話もしてら」「脳出血で倒れでがら介護してる」: as _stroke_behind_care_23e
# reads 「脳梗塞で倒れた義母の介護」, the stroke told with Akita's voiced past (倒れだ, 倒れで,
# 倒れでがら) as how the care began is care, no health of its own.
_FELL_INTO_CARE_44c25 = re.compile(
    r"で(?:倒れ|たおれ)(?:だ|で|でがら|でから|だっけ|でしまって)[^。]{0,16}?"
    r"(?:介護|かいご|要介護|世話|せわ|看病|面倒|めんどう|めんどこ)"
)


def _stroke_in_akita_began_the_care_44c25(found: _Found, ev: _Evidence) -> None:
    """See above: only the stroke's own health word goes."""
    text = found.text
    why = "介護のきっかけとして書かれた病気（介護の相談として扱う）"
    for hit in found.get("field", "health"):
        stroke = _STROKE_23e.search(text, hit.start, hit.end)
        if stroke and _FELL_INTO_CARE_44c25.match(text, stroke.end()):
            ev.drop("health", hit.start, hit.end, why)


# ---------------------------------------- round 36 (44d25): residents born in Brazil or Peru

# 「sogra のうこうそく で ねたきり」: a stroke written in kana, told as how the care began
# (_stroke_behind_care_23e reads the kanji).
_STROKE_IN_KANA_44d25 = re.compile(
    r"のうこうそく|ノウコウソク|のうしゅっけつ|ノウシュッケツ|のうそっちゅう|ノウソッチュウ|くもまっか"
)


def _stroke_in_kana_behind_care_44d25(found: _Found, ev: _Evidence) -> None:
    """「sogra のうこうそく で ねたきり」「mãe のうこうそく の あと まひ」: as
    ``_stroke_behind_care_23e``, a stroke (here in kana) told as how a lasting care need
    began is a care matter, not a health one of its own. 「のうこうそく で にゅういん」 (a
    stroke now, no lasting need told) stays health."""
    text = found.text
    why = "介護や障害のきっかけとして書かれた病気（介護・障害の相談として扱う）"
    for hit in found.get("field", "health"):
        stroke = _STROKE_IN_KANA_44d25.search(text, hit.start, hit.end)
        if stroke is None:
            continue
        after = stroke.end()
        if (
            _LASTING_AFTER_23e.match(text, after)
            or _FELL_INTO_CARE_29k8.match(text, after)
            or _STROKE_OF_THE_CARED_34c12.match(text, after)
        ):
            ev.drop("health", hit.start, hit.end, why)


# 「保育園の保育士です」「日本語指導の担当です」: a writer who names their work before telling of a
# family they see.
_ROLE_44d25 = re.compile(
    r"(?:保育士|先生|教員|教師|担任|職員|民生委員|担当|支援員|指導員|相談員|ケアマネ|ケアマネージャー"
    r"|ヘルパー|看護師|保健師|通訳)(?:を(?:して(?:い)?ます|しております))?です"
)
# The parent seen, named as someone else's: 「ブラジル人のお母さんが」「保護者の方が」.
_SEEN_PARENT_44d25 = re.compile(
    r"(?:お母さん|お父さん|母親|父親|保護者|ママ|パパ|ご主人|奥さん|お母様|お父様)(?:の方)?(?:が|は)"
)


def _exhaustion_told_by_staff_44d25(found: _Found, ev: _Evidence) -> None:
    """「保育園の保育士です。ブラジル人のお母さんが、…介護と下の子の世話で疲れきっていて、お迎えの
    ときに泣いていました」: a teacher or worker tells of a parent's exhaustion they saw; as
    ``_exhaustion_as_seen_40e21``, it is not the writer's own health. The writer's own
    「私も疲れ切っています」 still is."""
    text = found.text
    why = "仕事で見た保護者の疲れ（書き手自身の健康の相談ではない）"
    for hit in found.get("field", "health"):
        if hit.entry.form not in _EXHAUSTION:
            continue
        start, _ = _sentence_around(text, hit.start, hit.end)
        before = text[start : hit.start]
        if _SEEN_PARENT_44d25.search(before) is None:
            continue
        if any(w in before for w in ("私", "わたし", "自分")):
            continue
        ev.drop("health", hit.start, hit.end, why)


# 「filhos ごめんね」「子どもたち、ごめんなさい」: a farewell to the children.
_FAREWELL_TO_44d25 = re.compile(
    r"(?:たち|達|ら)?[、,]?(?:ごめん|御免|ゴメン|ありがとう|有難う|有り難う|さよなら|さようなら|バイバイ|ばいばい)"
)


# Review of round 36: the children are left behind only where the wording says so (置いて,
# 残して, 私がいなければ…幸せ); a child taken along (一緒に, 連れて, ふたりで) or a child who is
# the one at risk (「屋上のフェンスの外に制服の子が」) stays a child matter.
_LEFT_BEHIND_44d25 = re.compile(
    r"置いて|おいて|残して|のこして|遺して|いなければ|いなくなったら|いなくなれば|いない方が"
    r"|いないほうが|いなく なったら|死ねば|しねば|助かる|たすかる|幸せ|しあわせ|らく|楽"
)
_TAKEN_ALONG_44d25 = re.compile(
    r"一緒に|いっしょに|連れて|つれて|ふたりで|二人で|2人で|道連れ|みちづれ|心中|しんじゅう"
    r"|制服の子|生徒|中学生|小学生|高校生"
)


def _children_left_behind_44d25(found: _Found, ev: _Evidence) -> None:
    """「もう ぜんぶ おわり に したい。filhos ごめんね」「わたし いなく なったら こども たち …
    いける。その ほう が みんな らく」: the children are those a parent who thinks of dying says
    goodbye to or leaves behind; that is the suicide, no child-rearing matter of its own. A
    child word elsewhere (the child's school, age, care) still counts."""
    text = found.text
    if _TAKEN_ALONG_44d25.search(text):
        return  # 「赤ちゃんと一緒にいなくなりたい」: the child is in danger too
    why = "自殺を考える親が別れを告げる・あとに残す子ども（子育ての相談ではない）"
    wishes = [h for h in found.get("crisis", "suicide")]
    left = _LEFT_BEHIND_44d25.search(text) is not None
    for hit in found.get("field", "child"):
        inside = left and any(w.start <= hit.start and hit.end <= w.end for w in wishes)
        if inside or _FAREWELL_TO_44d25.match(text, hit.end):
            ev.drop("child", hit.start, hit.end, why)


# Round 36 (44e25): 「40になる息子が「みんな殺す」言うて鎌持って家の中うろうろしよる　怖い」:
# someone holding a blade, a gun or a bat who roams the house, rages or chases now, with a
# threat or the writer's fear in the message, is a danger to life now. A sickle carried to
# the field (鎌持って畑に行きよる) names no threat and no fear and stays nothing.
_ARMED_ROAMING_44e25 = re.compile(
    r"(?:鎌|鉈|なた|斧|まさかり|包丁|ほうちょう|ナイフ|刃物|はもの|猟銃|鉄砲|てっぽう|日本刀|木刀|バット)"
    r"(?:を|ば|ぅ)?(?:持って|もって|持ち|もち|手にして|手に持って|握って|にぎって|提げて|さげて)"
    r"(?:て)?[^。]{0,12}?(?:うろうろ|ウロウロ|うろつ|歩き回|歩きまわ|あるきまわ|暴れ|あばれ|追いかけ"
    r"|おいかけ|追い回|おいまわ|振り回|ふりまわ)"
    r"(?:し|って|っ)?(?:よる|とる|ちょる|てる|ている|ています|よります|とります|おる|よん|とん|ます"
    r"|いる|て(?:くる|来る)|てきよる|てきとる|る)"
)
_ARMED_THREAT_44e25 = re.compile(r"殺|ころす|ころしたる|怖|こわ|脅|おど|助けて|たすけて|逃げ|にげ")
_ARMED_PAST_44e25 = re.compile(
    r"昔|むかし|以前|去年|昨年|若い(?:頃|ころ)|前に|こないだ|この前|あの(?:時|とき|頃|ころ)|当時"
)


def _armed_and_roaming_now_44e25(norm: Normalised, ev: _Evidence) -> None:
    """See above: the weapon held and roaming now, a threat or fear in the message."""
    text = norm.text
    for m in _ARMED_ROAMING_44e25.finditer(text):
        if _ARMED_THREAT_44e25.search(text) is None:
            return
        sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _ARMED_PAST_44e25.search(text, sentence_start, m.start()) is not None:
            continue
        ev.add(
            "emergency",
            "crisis",
            m.start(),
            m.end(),
            "刃物などを持って今うろうろ・暴れている：緊急（命の危険）",
        )
        return


# Round 36 (44e25): 「お母さんが夜勤の日はうちがばあちゃん見とる。宿題できんし朝も起きれん」: a
# young carer who cannot get up in the morning (朝も, 朝は) after the night's caring told
# before it is no health matter; as _young_carers_sleep_in_dialect_43x24, which reads only
# 朝起きれん.
_MORNING_LOST_44e25 = re.compile(
    r"(?:朝|あさ)(?:も|は|が)(?:よう|よー)?(?:起き|起ぎ|おき|おぎ)(?:られ|れ|らん|らい|ん)"
)


def _young_carers_morning_after_caring_44e25(found: _Found, ev: _Evidence) -> None:
    """See above: only a lost morning, after the night or after the care it follows."""
    text = found.text
    care_ends = [k[2] for k in ev.items if k[0] == "young_carer"]
    why = "ヤングケアラーが世話のあと朝起きられない（健康の相談には数えない）"
    for hit in found.get("field", "health"):
        if _MORNING_LOST_44e25.match(text, hit.start) is None:
            continue
        start, _ = ev.norm.original_span(hit.start, hit.end)
        night = _NIGHT_BEFORE_43x24.search(text, 0, hit.start) is not None
        if night or any(end <= start for end in care_ends):
            ev.drop("health", hit.start, hit.end, why)


# Round 36 (44e25): 「週末ごとに実家に帰って親の世話しとる。ヘルパーさん頼むにはどうしたら…体が
# えらい」: Iwami 体がえらい (the body is worn) told after the caring is the strain of caring,
# the care matter, as 体がもたん is for _strain_of_caring_in_dialect_43q24; told with no caring
# before it (「体がえらいけん、病院に行きたい」) it stays health.
_BODY_WORN_44e25 = re.compile(
    r"(?:体|からだ|身体)(?:が|も|は)?(?:ほんに|ぶち|でーれー|ほんま)?(?:えら|えろ|エラ)"
)


def _carers_body_worn_in_dialect_44e25(found: _Found, ev: _Evidence) -> None:
    """See above: only 体がえらい, with the caring told before it."""
    why = "世話や介護で体がえらい（介護の相談。本人の健康の相談には数えない）"
    caring = (_CARING_DIALECT_43q24, _CARING)
    _strain_told_after_caring(found, ev, _BODY_WORN_44e25, caring, why, within_hit=False)


# Review of round 36: 「赤ちゃんと一緒にいなくなりたい」「娘をつれていなくなってしまいたい」: a
# parent who thinks of dying and taking the child along (親子心中) puts the child's life at
# risk: abuse feared and a child matter, as a carer's thought of dying together with the one
# cared for is.
_CHILD_TAKEN_IN_DEATH_44d25 = re.compile(
    r"(?:赤ちゃん|あかちゃん|赤ん坊|この子|あの子|子ども|子供|こども|息子|娘|むすこ|むすめ)"
    r"(?:たち|達|ら)?(?:と|を)(?:一緒に|いっしょに|ふたりで|二人で|2人で|連れて|つれて|道連れに|みちづれに)"
    r"[^。]{0,12}?(?:いなくな|消え|きえ|死|しに|しね|楽に|らくに|逝)"
    r"|(?:親子|母子|父子)(?:で)?(?:心中|しんじゅう)"
)


_UNBORN_44d25 = re.compile(r"おなか|お腹|おはら|お中|胎")


def _child_taken_along_in_death_44d25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    match = _CHILD_TAKEN_IN_DEATH_44d25.search(text)
    if match is None or _UNBORN_44d25.search(text, max(0, match.start() - 6), match.start()):
        return  # 「おなかの赤ちゃんと一緒に消えたい」: suicide only (an existing convention)
    why = "子どもを連れて死ぬことを考えている（親子心中：子どもの命の危険）"
    ev.add("abuse", "crisis", match.start(), match.end(), f"{why}：虐待の恐れ")
    ev.add("child", "field", match.start(), match.end(), f"{why}：子どものこと")


# Round 37 (44f25): Akita speech again (大仙市); its rules follow the last line.


def _round37_44f25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 37 (44f25): Akita speech again (大仙市)."""
    if ev.has("health") and (ev.has("care") or ev.has("child")):
        _night_kept_awake_44f25(found, ev)
    if ev.has("isolation") and ev.has("suicide"):
        _thought_kept_from_family_44f25(found, ev)


# Round 37 (44g25): dev's mix; its rules follow the last line.


def _round37_44g25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 37 (44g25): dev's mix; each rule below runs only where the words it reads are
    there."""
    text = norm.text
    if ev.has("health") and ev.has("child") and ("痛" in text or "いた" in text):
        _ache_before_school_in_speech_44g25(ev)


# Round 37 (44h25): Okitama and Miyagi speech (長井市, 涌谷町); its rules follow the last line.


def _round37_44h25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 37 (44h25): Okitama and Miyagi speech (長井市, 涌谷町)."""
    _path_after_school_44h25(ev)
    if ev.has("8050") and not ev.has("hardship"):
        _pension_and_the_parent_in_hospital_44h25(ev)


# Rules of round 37 and later follow.


# ---------------------------------------------------------------- round 37 (44f25)
# 「赤ちゃん泣ぐし、ばっちゃは夜中に起ぎで歩ぐし、わ寝る暇ねぇ」: a night kept awake by a baby's
# crying or by an old relative getting up and walking about in the night, told in the same
# sentence, is the carer's sleep lost to the caring (_carers_sleep_and_strain reads only the
# standard 介護, 世話, 夜泣き there): the care or child matter, not health. Sleep lost told with
# postnatal low mood (産後, うつ) or in a sentence of its own stays health.
_NIGHT_CARING_44f25 = re.compile(
    r"(?:夜中|夜なか|よなか|夜)(?:に|さ|も|は)?[^。]{0,4}?(?:起き|起ぎ|おき|おぎ)(?:て|で)"
    r"(?:歩|ある|出|で|騒|さわ|わめ|ごしゃ|探|さが)"
    r"|(?:赤ちゃん|赤ん坊|あかちゃん|赤子|わらし|娘|息子|孫|子ども|子供|こども)(?:が|は|ぁ|も)?"
    r"(?:泣ぐ|泣く|なぐ|なく|泣いで|泣いて|泣ぎ|夜泣ぎ|夜泣き)"
    r"|夜泣ぎ"
)
_AKITA_SLEEP_44f25 = re.compile(r"寝らい|眠らい|ねむらい")
_OWN_LOW_MOOD_44f25 = re.compile(r"産後|さんご|うつ|鬱|気分が|気持ちが|死に|消え")


def _night_kept_awake_44f25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    if _OWN_LOW_MOOD_44f25.search(text):
        return
    why = (
        "赤ちゃんの夜泣きや家族の夜中の起き歩きで眠れない"
        "（世話による寝不足。本人の健康の相談には数えない）"
    )
    why_caring = "世話や介護による寝不足・体がもたない（本人の健康の相談には数えない）"
    for hit in found.get("field", "health"):
        if _SLEEP.search(text, hit.start, hit.end) is None:
            if _AKITA_SLEEP_44f25.search(text, hit.start, hit.end) is None:
                continue
            # 「母の介護で夜も寝らいねぇ」: Akita's 寝らいね, which _SLEEP does not read.
            begin, _ = _sentence_around(text, hit.start, hit.end)
            if _CARING.search(text, begin, hit.start):
                ev.drop("health", hit.start, hit.end, why_caring)
                continue
        begin, _ = _sentence_around(text, hit.start, hit.end)
        if _NIGHT_CARING_44f25.search(text, begin, hit.start):
            ev.drop("health", hit.start, hit.end, why)


# 「高校生です。毎晩消えたいって頭の中ぐるぐるする。家族には言えない」: a thought of dying kept
# from the family, told just before (as _matter_kept_from_family_41n22 reads a debt or a
# pregnancy), is a secret told to us, not having no one; suicide stays. 「誰にも」「友達にも」,
# 一人で抱えて and every other isolation word keep isolation.
_THOUGHT_KEPT_44f25 = re.compile(
    r"消えたい|きえたい|消えてぇ|きえてぇ|消えでぇ|死にたい|しにたい|死にてぇ|しにてぇ|死にでぇ"
    r"|いなくなりたい|いなぐなりてぇ|リスカ|リストカット|自傷"
)


def _thought_kept_from_family_44f25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = found.text
    hits = found.get("pattern", "isolation")
    if not hits or _ALONE_41n22.search(text):
        return
    if any(_ISOLATION_NOTE_41n22 not in h.entry.note for h in hits):
        return
    for hit in hits:
        if _KEPT_FROM_FAMILY_41n22.match(text, hit.start) is None:
            return
        if _THOUGHT_KEPT_44f25.search(text, max(0, hit.start - 30), hit.start) is None:
            return
    why = "消えたい気持ちを家族に言えない（打ち明けにくい事情。孤立の言葉ではない）"
    for hit in hits:
        ev.drop("isolation", hit.start, hit.end, why)


# 「息子(小2)が朝になると腹が痛いっていうて学校行きしぶるとよ」「小1の息子が朝になると頭が痛い言うて
# 学校行きたがらへん」「娘が毎朝おなかいたいって学校をいやがる」: a child's ache said on school
# mornings, told as the way the child balks at going (kana 行きしぶる, 言うて, いやがる), is the
# school matter the writer asks about, not an illness (as 41b22 and 44c25 read it in other
# wordings). Kept: a doctor, a test, a fever or vomiting told; an ache told apart from the
# mornings or from school.
_PLACE_44g25 = re.compile(r"学校|がっこう|登校|とうこう|保育園|幼稚園|ようちえん|ほいくえん")
_BALKS_44g25 = re.compile(
    r"しぶ|渋|行きたがら|いきたがら|行きたくな|いきたくな|行かな|いかな|行けな|いけな|嫌が|いやが"
    r"|休みが|休む|休ん|やすみが|やすむ|やすん|不登校|ぐず"
)
_ACHE_44g25 = re.compile(r"痛|いた|いで")
_ACHE_SAID_44g25 = re.compile(r"(?:[」』])?(?:って|と|っと|言う|言っ|いう|いっ|ゆう|ゆっ)")
_MORNING_44g25 = re.compile(r"朝|あさ|行く前|いく前|行く時間|登校前|月曜|げつよう")
_DOCTOR_44g25 = re.compile(
    r"病院|びょういん|医者|いしゃ|受診|検査|熱|ねつ|吐|下痢|げり|血|救急|薬|くすり|入院|手術|小児科"
)


def _ache_before_school_in_speech_44g25(ev: _Evidence) -> None:
    """See above: only ache words said on a school morning, with the balking after them."""
    text = ev.text
    if _PLACE_44g25.search(text) is None or _BALKS_44g25.search(text) is None:
        return
    if _DOCTOR_44g25.search(text) is not None:
        return
    why = "学校のある朝に「おなかが痛い」と言って行きしぶる（子どもの相談。病気の相談ではない）"
    for key in [k for k in ev.items if k[0] == "health"]:
        _, start, end = key
        if _ACHE_44g25.search(ev.items[key].surface) is None:
            continue
        if _ACHE_SAID_44g25.match(text, end) is None:
            continue
        if _MORNING_44g25.search(text, max(0, start - 20), start) is None:
            continue
        after = text[end : end + 24].split("。")[0]
        if _PLACE_44g25.search(after) is None or _BALKS_44g25.search(after) is None:
            continue
        ev.pop(key, why)


# 「息子が自閉症で、高校卒業したら就労継続支援B型さ行がせっか迷ってだ」: a child still at school
# whose path after it (B型, 作業所, 進路) the parent is weighing (卒業したら, as 「来年高校卒業した
# あど」 in _school_to_be_finished_44c25) is a child matter; a school finished long ago
# (「高校卒業してからずっと作業所に通ってる」) is not.
_PATH_AFTER_SCHOOL_44h25 = re.compile(
    r"(?:高校|高等部|特別支援学校|支援学校|養護学校)(?:を|ば)?卒業"
    r"(?:したら|すっと|すれば|した後の|したあとの|したあどの|後の)[^。]{0,24}?"
    r"(?:B型|A型|就労|作業所|進路|生活介護)[^。]{0,16}?"
    r"(?:迷|まよ|悩|なや|どう|考え|かんがえ|決め|きめ|行がせ|行かせ|いがせ|いかせ|通わせ|かよわせ"
    r"|予定|つもり|心配|しんぱい|不安|ふあん|相談|そうだん|探し|さがし)"
)


def _path_after_school_44h25(ev: _Evidence) -> None:
    """See above."""
    if "卒業" not in ev.norm.text:
        return
    for match in _PATH_AFTER_SCHOOL_44h25.finditer(ev.norm.text):
        ev.add(
            "child",
            "field",
            *match.span(),
            "学校を卒業したあとの進路を考えている子：子ども・子育ての相談",
        )


# 「母ちゃん85で、年金で弟食わしてんの。母ちゃん入院したら弟どうすっぺ」: an 8050 family living on
# the parent's pension is a money matter when the writer asks what becomes of the child once
# the parent is in hospital or a home (as _support_without_shortage keeps 親が倒れたら); the
# same without that question (「母の年金で弟も暮らしてる」) stays none.
_PARENT_AWAY_44h25 = re.compile(
    r"(?:入院|にゅういん|施設|しせつ|ホーム|老人ホーム)(?:さ|に|へ)?(?:入っ|はいっ|行っ|いっ|し|す)"
    r"(?:たら|たっけ|だら)[、,]?[^。]{0,12}?(?:どう|どご|どこ|誰|だれ)"
)


def _pension_and_the_parent_in_hospital_44h25(ev: _Evidence) -> None:
    """See above: the pension's words are the money matter."""
    text = ev.norm.text
    if "年金" not in text or _PARENT_AWAY_44h25.search(text) is None:
        return
    for match in re.finditer("年金", text):
        ev.add(
            "hardship",
            "field",
            *match.span(),
            "8050：親の年金で暮らし、親が入院したらどうなるか（お金の困りごと）",
        )


# Round 38 (44i25): dev's mix; its rules follow the last line.


def _round38_44i25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 38 (44i25): dev's mix."""
    text = norm.text
    if "かいごし" in text or "介ごし" in text:
        _kana_care_doing_44i25(found, ev)
    if "年金" in text and ev.has("8050") and "dependency" in found.cues:
        _pension_after_the_parents_death_44i25(found, ev)
    if ev.has("8050") and any(word in text for word in _DEATH_WORDS_44i25):
        _parents_dead_no_8050_44i25(found, ev)
    if ev.has("hikikomori") and ev.has("abuse"):
        _neglected_children_not_withdrawn_44i25(found, ev)


# Round 38 (44j25): residents born in Brazil or Peru again (大泉町); its rules follow the last line.


def _round38_44j25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 38 (44j25): residents born in Brazil or Peru again (大泉町)."""
    if ev.has("suicide") and ("いきたく" in norm.text or "イキタク" in norm.text):
        _kana_not_going_back_44j25(ev)
    if ev.has("abuse") or ev.has("child"):
        _kin_struck_by_partner_44j25(ev)
    if ev.has("emergency") and ev.has("hardship"):
        _mate_gone_before_hardship_44j25(ev)
    if ev.has("emergency") and ("ころ" in norm.text or "殺" in norm.text):
        _kill_the_pests_44j25(ev)
    if ev.has("child") and ("こ" in norm.text or "子" in norm.text):
        _counter_ko_is_no_child_44j25b(ev)
    if ev.has("health") and ("くすり" in ev.text or "薬" in ev.text):
        _sleeping_pills_saved_44j25b(ev)
    if ev.has("health") and ev.has("double_care") and ev.has("care"):
        _stroke_began_double_care_44j25b(ev)
    if ev.has("health") and ev.has("child") and ("あさ" in norm.text or "朝" in norm.text):
        _morning_pain_of_a_child_off_school_44j25b(ev)
    if ev.has("hikikomori") and not ev.has("child") and "から" in norm.text:
        _withdrawn_since_school_44j25b(ev)
    if ev.has("hikikomori") and not ev.has("8050") and ev.has("care"):
        _grandchild_tells_8050_44j25b(ev)
    if not ev.has("child") and ev.dropped:
        _baby_question_after_a_laugh_44j25b(ev)


# Round 38 (44k25): Iwami speech again (大田市); its rules follow the last line.


def _round38_44k25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 38 (44k25): Iwami speech again (大田市)."""
    if ev.has("health"):
        _overdose_told_in_a_message_44k25(ev)


# Rules of round 38 and later follow.


# 「ばあちゃんの かいごしてる」: 介護 said in kana right before し+て/た/ない (介護する) is read
# by the reading table as 介護士 and its care taken back as talk of work; the care row of 44i25
# that matched it counts again. 「かいごしの資格」 (介護士) stays as it is.
_KANA_CARE_NOTE_44i25 = "かいごしてる・介ごしてる（介護をしている）：介護の相談"


def _kana_care_doing_44i25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    why = "かいごしてる（介護をしている。介護士の話ではない）：介護の相談"
    for hit, _block in found.blocked:
        if hit.entry.label == "care" and hit.entry.note == _KANA_CARE_NOTE_44i25:
            _raise_label(found, ev, "care", hit, why)


# 「82歳の母です。52歳の息子が…私の年金で二人暮らし。私が先に逝ったらあの子は…」: an 8050
# family living on the old parent's pension is a money matter once the parent asks what
# becomes of the child after their death (as _support_without_shortage keeps 亡くなったら);
# the pension alone (「父(84)の年金で暮らしてる」) stays none, and so does the child's own
# 障害年金 (only the parents' money that _support_without_shortage took back counts again).
def _pension_after_the_parents_death_44i25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if ev.has("hardship"):
        return
    after = [h for h in found.cue("dependency") if "親亡き後" in h.entry.note]
    if not after:
        return
    kept = "8050：親の年金や仕送りで暮らしている（足りない・不安などの言葉がない）"
    why = "8050：親の年金で暮らし、親が亡くなったあとの子の暮らしを案じている（お金の困りごと）"
    for item, dropped_why in list(ev.dropped):
        if item.label == "hardship" and dropped_why == kept:
            ev.add_original("hardship", "field", item, why)


# 「知的障害のある弟(40代)のことです。両親が亡くなり、これから誰が面倒を見ていけばいいのか」:
# with both parents dead, a middle-aged brother or sister looked after by the writer is no
# 8050 (no old parent keeps them). Not 「両親が亡くなったら」 (a worry ahead), nor a writer
# who names a son or daughter of their own.
_PARENTS_DEAD_44i25 = re.compile(
    r"(?:両親|親|父も母も|父母|父と母|ふたおや|二親)(?:が|は|とも|ともに|共に|も)?(?:もう|すでに|既に|早くに|相次いで)?"
    r"(?:亡くなり|亡くなって|亡くなった(?!ら)|亡くなりました|他界し(?!たら)|他界して|死んで|死んだ(?!ら)"
    r"|なくなり|なくなって|なくなった(?!ら))"
)
_DEATH_WORDS_44i25 = ("亡", "他界", "死ん", "なくな")


def _parents_dead_no_8050_44i25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    labels = found.person_labels()
    if "sibling" not in labels or "child" in labels:
        return
    if _PARENTS_DEAD_44i25.search(found.text) is None:
        return
    ev.drop_label("8050", "両親はもう亡くなっている（年老いた親が中年の子を支える8050ではない）")


# 「小学生くらいの子が2人、何日も親がいないまま家にいるみたいです」: children left at home
# for days with no parent are neglect, not withdrawal (which is months of staying in).
_LONG_STAY_44i25 = re.compile(r"[ヶか月カケ]月|年|半年|ずっと部屋|不登校")


def _neglected_children_not_withdrawn_44i25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if not found.cue("days") or not found.cue("parent_absent"):
        return
    if not any(
        key[0] == "abuse" and item.note.startswith("ネグレクトのサイン")
        for key, item in ev.items.items()
    ):
        return
    if _LONG_STAY_44i25.search(found.text):
        return
    ev.drop_label("hikikomori", "親が何日も家をあけている子ども（ひきこもりでなくネグレクト）")


# ---------------------------------------------------------------- round 38 (44j25)
# 「むすめ 小4。がっこう で 「ガイジン」って いわれて もう いきたくない って ないてる」: kana
# いきたくない after a school told earlier in the same sentence (what was said or done to the
# child there, then もう いきたくない) is not wanting to go there, not 生きたくない; the blocks
# of 44d25 read only the place right before it. Kept: any word of dying in the message.
_PLACE_44j25 = re.compile(
    r"学校|がっこう|ガッコウ|がっこ|ガッコ|中学|ちゅうがく|小学|しょうがく|高校|こうこう|クラス"
    r"|くらす|教室|きょうしつ|保育園|ほいくえん|幼稚園|ようちえん|塾|じゅく|部活|ぶかつ|escola"
    r"|Escola|colegio|Colegio|会社|かいしゃ|しごと|仕事|工場|こうじょう|バイト"
)
_DYING_44j25 = re.compile(
    r"死|しに|しぬ|しね|消え|きえ|自殺|じさつ|いなくなりた|らくになりた|楽になりた|morir|morrer"
    r"|matar|shin|kie"
)


def _kana_not_going_back_44j25(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    if _DYING_44j25.search(text):
        return
    why = "学校などで嫌なことがあって「もう いきたくない」（行きたくない。生きたくないではない）"
    for key in [k for k in ev.items if k[0] == "suicide"]:
        if not ev.items[key].surface.startswith(("いきたく", "イキタク")):
            continue
        _, start, end = key
        begin, _ = _sentence_around(ev.text, start, end)
        if _PLACE_44j25.search(ev.text, max(begin, start - 40), start):
            ev.pop(key, why)


# 「むすめ の 夫 が むすめ を なぐってる みたい。かお に あざ」: a grown daughter (or sister,
# son) struck by her own partner (娘の夫, 姉の旦那, 息子の嫁), told in kana with spaces, is DV
# (the reading of _parent_struck, which these spaces keep from matching); the abuse and the
# child matter read off むすめ and the blow are withdrawn. A daughter struck by her father
# or a teacher stays abuse.
_KIN_MATE_44j25 = re.compile(
    r"(?:娘|むすめ|ムスメ|姉|あね|妹|いもうと|息子|むすこ)(?:さん)? ?の ?"
    r"(?:夫|おっと|旦那|だんな|ダンナ|婿|むこ|嫁|よめ|妻|つま|奥さん|おくさん"
    r"|marido|esposo)(?:さん)?"
)
_MINOR_KIN_44j25 = re.compile(
    r"小学|中学|高校|しょうがく|ちゅうがく|こうこう|小[0-9１-９]|中[0-9１-９]|[0-9]+(?:歳|さい)"
)
_KIN_44j25 = re.compile(r"娘|むすめ|ムスメ|姉|あね|妹|いもうと|息子|むすこ|彼女|かのじょ")
_OTHER_VICTIM_44j25 = re.compile(r"孫|まご|子ども|子供|こども|赤ちゃん|あかちゃん|私|わたし|母|父")
_YOUNG_VICTIM_44j25 = re.compile(r"孫|まご|子ども|子供|こども|赤ちゃん|あかちゃん|赤ん坊")
_BLOW_44j25 = re.compile(
    r"殴|なぐ|ナグ|叩|たた|蹴|け[らりるっ]|暴力|ぼうりょく|あざ|アザ|首を?しめ|くび ?しめ|DV"
)


def _kin_struck_by_partner_44j25(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    match = _KIN_MATE_44j25.search(text)
    if match is None or _MINOR_KIN_44j25.search(text):
        return
    begin, end = _sentence_around(text, match.start(), match.end())
    blow = _BLOW_44j25.search(text, match.end(), end)
    if blow is None:
        return
    between = text[match.end() : blow.start()]
    struck = _KIN_44j25.search(between) is not None or (
        _KIN_44j25.search(text, begin, match.start()) is not None
        and text.startswith(("られ", "れ"), blow.end() + (1 if blow.group() != "暴力" else 0))
    )
    if not struck or _OTHER_VICTIM_44j25.search(between):
        return
    if _YOUNG_VICTIM_44j25.search(text, blow.end()):
        return  # review: 「…娘ば殴るし、孫にも手ぇ上げよる」: a grandchild struck too stays abuse
    why = "家族（娘・きょうだい）がパートナーから受ける暴力（DV）"
    ev.add("dv", "crisis", *match.span(), why)
    ev.add("dv", "crisis", *blow.span(), why)
    adult = "大人どうしの暴力（DVとして扱う）"
    o_begin, _ = ev.norm.original_span(match.start(), match.end())
    for key in [k for k in ev.items if k[0] in ("abuse", "child")]:
        item = ev.items[key]
        if key[1] >= o_begin and ("暴力" in item.note or "あざ" in item.note):
            ev.pop(key, adult)


# 「quiero morir. 夫 いなくなって、しごと も ない。家賃 も はらえない」: a husband gone (left, or
# died) told as the start of the money trouble that follows in the same sentence is no one
# missing now. Kept: since when (きのうから), no contact, a search or the police.
_MATE_GONE_44j25 = re.compile(
    r"(?:夫|おっと|旦那|だんな|ダンナ|パパ|主人|marido|esposo)(?: ?(?:が|は))? ?"
    r"(?:いなくなっ|居なくなっ)(?:て|てから|た ?から)[、, ]"
)
_STILL_MISSING_44j25 = re.compile(
    r"連絡|れんらく|帰って|かえって|帰ら|かえら|探|さが|どこ|警察|けいさつ|きのう|昨日|けさ|今朝"
    r"|ゆうべ|昨夜|朝から|あさから|行方|ゆくえ|電話|でんわ|心配|しんぱい"
)


def _mate_gone_before_hardship_44j25(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    match = _MATE_GONE_44j25.search(text)
    if match is None or _STILL_MISSING_44j25.search(text):
        return
    why = "夫がいなくなって（お金の困りごとのはじまり。今の行方不明ではない）"
    ev.drop_inside("emergency", [match.span()], why)


# 「ムカデ いっぱい。ころす スプレー ほしい」: the kill word right before a poison or a spray,
# with a pest told in the message, is about the pest (the lexicon's block reads the usual
# spellings; kana read again with stops or in kanji can slip past it). 「夫 を ころす」 stays.
_PEST_44j25 = re.compile(
    r"ゴキブリ|ごきぶり|虫|むし|ムシ|蚊|ハエ|ダニ|ネズミ|ねずみ|ムカデ|むかで|害虫|シロアリ|ナメクジ"
    r"|なめくじ|アリ|ハチ|クモ"
)
_POISON_44j25 = re.compile(
    r"[。、 ]*(?:ための|ため の|用の|よう の|の)?[。、 ]*(?:くすり|薬|スプレー|すぷれー|やつ|方法"
    r"|ほうほう|わな|罠|ワナ)"
)
_PERSON_OBJECT_44j25 = re.compile(
    r"(?:夫|おっと|旦那|だんな|妻|つま|子|こども|母|父|親|あいつ|彼|かれ|かのじょ|人|ひと|自分|じぶん"
    r"|わたし|私|あたし)(?: ?(?:を|も))?[ 、]*$"
)


def _kill_the_pests_44j25(ev: _Evidence) -> None:
    """See above."""
    text = ev.text
    if _PEST_44j25.search(text) is None:
        return
    why = "虫を殺す薬（命の危険ではない）"
    for key in [k for k in ev.items if k[0] == "emergency"]:
        surface = ev.items[key].surface
        if not surface.startswith(("ころ", "殺")):
            continue
        _, start, end = key
        if _POISON_44j25.match(text, end) is None:
            continue
        if _PERSON_OBJECT_44j25.search(text, max(0, start - 8), start):
            continue
        ev.pop(key, why)


# ---------------------------------------------------------------- round 38 (44k25)
# 「友達から「薬ぜんぶ飲んだ。今までありがとう」ってLINEが来て、電話しても出ん」: an overdose told
# in a message another person sent the writer (LINE, メッセージ, メール …) is a crisis for that
# person (suicide, emergency), not the writer's own health matter, as 「友達がSNSに薬を…」 (34e23)
# has it. The writer's own words (「薬ぜんぶ飲んだ。もう楽になりたい」) and a message the writer
# sent (「「薬全部飲んだ」って友達にLINEした」) still count.
_MESSAGE_CAME_44k25 = re.compile(
    r"[」』](?:って|と|て)[^。「」]{0,14}?"
    r"(?:来た|来て|来と|来る|きた|きて|きと|くる|届い|とどい|入った|入って|入っと|あった|あって)"
)
_DRUG_44k25 = re.compile(r"薬|くすり|クスリ|錠|OD|ＯＤ|オーバードーズ|睡眠薬|眠剤")


def _overdose_told_in_a_message_44k25(ev: _Evidence) -> None:
    """See above: only health words inside a quote that a message brought."""
    text = ev.text
    if "」" not in text and "』" not in text:
        return
    why = "ほかの人から届いたメッセージの中の過量服薬（その人の危機。書き手の健康の相談ではない）"
    for key in [k for k in ev.items if k[0] == "health"]:
        _, start, end = key
        if _DRUG_44k25.search(ev.items[key].surface) is None:
            continue
        opening = max(text.rfind("「", 0, start), text.rfind("『", 0, start))
        if opening < 0 or max(text.rfind("」", 0, start), text.rfind("』", 0, start)) > opening:
            continue
        closing = min(
            (i for i in (text.find("」", end), text.find("』", end)) if i >= 0), default=-1
        )
        if closing < 0 or _MESSAGE_CAME_44k25.match(text, closing) is None:
            continue
        ev.pop(key, why)


# ---------------------------------------------------------------- round 38 (44j25b)
# 「ねむれない くすり 50こ ある」: kana こ right after a number is the counter (50個), not 子.
_COUNTER_KO_44j25b = re.compile(r"[0-9０-９一二三四五六七八九十百]+ ?$")


def _counter_ko_is_no_child_44j25b(ev: _Evidence) -> None:
    """See above."""
    text = ev.text
    why = "数のあとの「こ」（個。子どもではない）"
    for key in [k for k in ev.items if k[0] == "child"]:
        if ev.items[key].surface != "こ":
            continue
        if _COUNTER_KO_44j25b.search(text, max(0, key[1] - 6), key[1]):
            ev.pop(key, why)


# 「ねむれない くすり 50こ ある。ぜんぶ のんだら らく に なれる かな」: 眠れない told right before
# 薬 names the pills being saved up (睡眠薬), not a sleep complaint; the suicide stays.
_PILL_AFTER_44j25b = re.compile(r" ?(?:の ?)?(?:くすり|薬|クスリ)")


_SAVED_44j25b = re.compile(
    r"ぜんぶ|全部|まとめて|[0-9０-９]+ ?(?:こ|個|錠|じょう|シート|つぶ|粒)|ためて|ためた|貯め|溜め"
)


def _sleeping_pills_saved_44j25b(ev: _Evidence) -> None:
    """See above: only where the pills are told as saved up (全部, 50こ, ためてる) or a suicide
    word was read; 「ねむれない くすり ほしい」 (asking for a sleeping aid) stays health."""
    text = ev.text
    if not ev.has("suicide") and _SAVED_44j25b.search(text) is None:
        return
    why = "「ねむれない くすり」（ためている睡眠薬。自殺の危険として扱い、眠りの相談ではない）"
    for key in [k for k in ev.items if k[0] == "health"]:
        if not ev.items[key].surface.startswith(("ねむれな", "眠れな", "ネムレナ")):
            continue
        if _PILL_AFTER_44j25b.match(text, key[2]):
            ev.pop(key, why)


# 「あかちゃん 6かげつ と、パパ 脳梗塞 で 右手 うごかない。おむつ 2人分」: a stroke told beside
# the care it began (double care) is the care matter, not a health question of the writer.
# Only while care stands: a young husband's stroke (no care, by the existing rules) stays health.
_STROKE_44j25b = re.compile(r"脳梗塞|脳出血|脳卒中|くも膜下|クモ膜下|のうこうそく")


def _stroke_began_double_care_44j25b(ev: _Evidence) -> None:
    """See above."""
    why = "脳梗塞で介護が始まった（介護の相談。健康の相談ではない）"
    for key in [k for k in ev.items if k[0] == "health"]:
        if _STROKE_44j25b.search(ev.items[key].surface):
            ev.pop(key, why)


# 「むすこ 小5 2しゅうかん 学校 いってない。あさ おなか いたい って」: a morning stomachache
# (or headache) a child tells while staying off school is the sign of school refusal, the
# child matter, not a health question. Kept: fever, a hospital, a diagnosis.
_OFF_SCHOOL_44j25b = re.compile(
    r"(?:学校|がっこう|ガッコウ|がっこ)(?: ?(?:に|へ|を|は|も))? ?"
    r"(?:いってない|行ってない|いってません|行ってません|いかない|行かない|いけない|行けない"
    r"|やすんで|休んで|いきたくない|行きたくない)|不登校|ふとうこう"
)
_MORNING_ACHE_44j25b = re.compile(
    r"(?:あさ|朝)(?: ?(?:に|は|になると|になったら|いつも))? ?(?:おなか|お腹|腹|はら|あたま|頭)"
    r"(?: ?(?:が|も))? ?(?:いたい|痛い|いたく|痛く)(?:なる)? ?"
    r"(?:って|と ?(?:言|い)う|と ?(?:言|い)って)"
)
_ILLNESS_44j25b = re.compile(
    r"熱|ねつ|病院|びょういん|医者|いしゃ|診断|しんだん|吐|はいた|はいちゃ|もどし|下痢|げり"
)


def _morning_pain_of_a_child_off_school_44j25b(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    if _OFF_SCHOOL_44j25b.search(text) is None or _ILLNESS_44j25b.search(text):
        return
    ache = _MORNING_ACHE_44j25b.search(text)
    if ache is None:
        return
    why = "学校に行けない子の朝の腹痛・頭痛（不登校のサイン。子どもの相談）"
    ev.drop_inside("health", [ache.span()], why)


# 「中学 から 3年 いえ から でてない」: withdrawn since middle school (or high school) for a
# few years is a teenager, the child matter too. Not when an adult age is told (「中学から
# 20年」「息子 35さい」).
_SINCE_SCHOOL_44j25b = re.compile(
    r"(?:中学|ちゅうがく|中[1-3]|高校|こうこう|高[1-3])(?:生)?(?: ?の ?(?:とき|時|頃|ころ))? ?から"
    r"[、 ]?(?:もう ?)?(?:[1-5]|一|二|三|四|五)(?: ?(?:年|ねん))"
)
_ADULT_AGE_44j25b = re.compile(r"(?:[2-9][0-9]|二十|三十|四十|五十) ?(?:歳|さい|才|代)")


def _withdrawn_since_school_44j25b(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    match = _SINCE_SCHOOL_44j25b.search(text)
    if match is None or _ADULT_AGE_44j25b.search(text):
        return
    why = "中学から数年こもっている10代（子ども・若者の相談）"
    ev.add("child", "field", *match.span(), why)


# 「おばあちゃん 91さい と おじさん 62さい ふたり ぐらし。おじさん 15年 いじょう 家 から でない」:
# a grandchild telling of the old grandparent and the withdrawn uncle or aunt (the parent's
# middle-aged child) is 8050 too.
_GRANDPARENT_AGE_44j25b = re.compile(
    r"(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|祖母|祖父|おばあさん|おじいさん)"
    r"(?: ?(?:は|が|も))? ?([7-9][0-9]|1[01][0-9]) ?(?:歳|さい|才)"
)
_UNCLE_AGE_44j25b = re.compile(
    r"(?:おじさん|おばさん|叔父|伯父|叔母|伯母|おじ|おば)(?:さん)?(?: ?(?:は|が|も))? ?"
    r"([4-6][0-9]) ?(?:歳|さい|才|代)"
)


def _grandchild_tells_8050_44j25b(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    old = _GRANDPARENT_AGE_44j25b.search(text)
    if old is None:
        return
    uncle = _UNCLE_AGE_44j25b.search(text)
    if uncle is None:
        return
    why = "孫から見た、高齢の祖父母と中年でこもるおじ・おば（8050）"
    ev.add("8050", "pattern", *old.span(), why)
    ev.add("8050", "pattern", *uncle.span(), why)


# 「あかちゃん 生後1かげつ、よなき ひどい。ブラジル の 子 より なく 笑 ふつう ですか？」: a baby's
# crying told with a laugh, then asked about (is it normal, how long it lasts), is the child
# matter itself, not a tale before another question; the child the laugh rule took back counts.
_BABY_44j25b = re.compile(r"赤ちゃん|あかちゃん|アカチャン|赤ん坊|生後|新生児|よなき|夜泣き|ヨナキ")
_ABOUT_IT_44j25b = re.compile(
    r"ふつう|普通|フツウ|いつまで|まで ?(?:つづ|続)|大丈夫|だいじょうぶ|どうしたら|どうすれば"
)
_LAUGH_TALE_44j25b = "笑い話のあとに別のことを聞いている（相談ごとではない）"


def _baby_question_after_a_laugh_44j25b(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    if _BABY_44j25b.search(text) is None or _ABOUT_IT_44j25b.search(text) is None:
        return
    why = "赤ちゃんのこと（笑って書いていても、そのことを聞いている）：子ども・子育ての相談"
    for item, dropped_why in list(ev.dropped):
        if item.label == "child" and dropped_why == _LAUGH_TALE_44j25b:
            ev.add_original("child", "field", item, why)


# Round 39 (44l25): dev's mix; its rules follow the last line.


def _round39_44l25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 39 (44l25): dev's mix."""
    text = norm.text
    if ev.has("abuse") and not ev.has("emergency") and "日" in text:
        _small_children_left_for_days_44l25(found, ev)
    if not ev.has("care") and ev.has("disability") and ev.dropped:
        _the_writers_own_stroke_44l25(found, ev)


# Round 39 (44m25): children and teenagers writing themselves; its rules follow the last line.


def _round39_44m25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 39 (44m25): children and teenagers writing themselves."""
    _everything_pointless_no_tomorrow_44m25(found, ev)
    _violence_at_home_now_help_44m25(found, ev)
    _parent_out_every_night_44m25(found, ev)
    _no_food_at_home_44m25(found, ev)
    _child_writer_cares_44m25(found, minor, ev)


# Round 39 (44n25): residents of 70–90 in the five towns; its rules follow the last line.


def _round39_44n25(
    found: _Found, ages: list[Age], minor: bool, norm: Normalised, ev: _Evidence
) -> None:
    """Round 39 (44n25): residents of 70–90 in the five towns."""
    if ev.has("dv"):
        _harm_in_a_care_home_44n25(ev)


# Rules of round 39 and later follow.


# ---------------------------------------- round 39 (44l25): dev's mix

# 「向かいのアパート、小さい子2人だけ置いて親が何日も帰ってきてないみたい」「隣の家、小さい子を
# 置いて親がもう3日帰ってきてない」: small children left (置いて, 残して) while the parents have
# not come home for days are in danger now, as _small_children_alone_for_days_35k12 reads
# 「小さい子ども2人だけで親が何日も帰ってこない」. The 置いて had the emergency taken for a parent
# who only goes out at night (_parents_gone_out_is_no_missing_person_43x24); days away keep it.
_DAYS_44l25 = re.compile(
    r"何日|なんにち|数日|すうじつ|(?<![0-9])[2-9２-９二三四五六七八九十]+日|一週間|1週間|何週間|[0-9]+週間"
)


def _small_children_left_for_days_44l25(found: _Found, ev: _Evidence) -> None:
    """See above: the parents' days away (and the days) raise the emergency."""
    absent = found.cue("parent_absent")
    if not absent:
        return
    text = found.text
    if _SMALL_OR_CRYING_35k12.search(text) is None or _PLANNED_OR_PAST_35k12.search(text):
        return
    why = "小さい子を置いて親が何日も帰ってこない（今、危険）：緊急（命の危険）"
    for hit in absent:
        start, end = _sentence_around(text, hit.start, hit.end)
        days = _DAYS_44l25.search(text, max(start, hit.start - 12), hit.end)
        if days is None:
            continue
        ev.hit("emergency", "crisis", hit, why)
        ev.add("emergency", "crisis", days.start(), days.end(), why)


# 「脳梗塞で片麻痺になって身体障害者手帳をもらいました。仕事に戻れるか不安」: the writer's own
# stroke, told with its lasting harm beside a disability matter and nobody else named, stays
# a health matter too (as i22 094 and r22 063 keep it). The stroke of a parent or a spouse
# (母が脳梗塞で半身まひ), or one told beside care, is still how the care or disability began.
_CAUSE_DROPPED_44l25 = "介護や障害のきっかけとして書かれた病気（介護・障害の相談として扱う）"


def _the_writers_own_stroke_44l25(found: _Found, ev: _Evidence) -> None:
    """See above: the stroke's health word comes back."""
    if found.person_labels() - {"self"}:
        return
    why = "（書き手自身の）脳梗塞などとその後遺症：健康・こころの相談"
    for item, dropped_why in list(ev.dropped):
        if item.label == "health" and dropped_why == _CAUSE_DROPPED_44l25:
            ev.add_original("health", "field", item, why)


# 「テストも部活も全部どうでもいい 明日が来なければいいのに」: a test named among the things that
# no longer matter is no test fear; with 「全部どうでもいい」 the wish for no tomorrow is the
# suicide risk the test block took away. 「テストやだ 明日が来なければいいのに」 stays none.
_ALL_POINTLESS_44m25 = re.compile(
    r"(?:全部|ぜんぶ|ゼンブ|何もかも|なにもかも|全て|すべて|ぜんぶ ?が|全部 ?が) ?どうでも ?"
    r"(?:いい|いー|ええ|よい|良い|いいや|いいわ)"
)
_NO_TOMORROW_44m25 = re.compile(
    r"(?:朝|あさ|明日|あした|あす)(?:なんか|なんて|が|は)? ?(?:来|こ)"
    r"(?:なくていい|なければいい|なきゃいい|なけりゃいい|ないでほしい|なかったらいい|んでいい)"
)


def _everything_pointless_no_tomorrow_44m25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if ev.has("suicide") or not found.blocked:
        return
    text = ev.norm.text
    if "どうでも" not in text:
        return
    pointless = _ALL_POINTLESS_44m25.search(text)
    tomorrow = _NO_TOMORROW_44m25.search(text)
    if pointless is None or tomorrow is None:
        return
    why = "「全部どうでもいい」「明日が来なければいい」（テストも含めて投げ出している）：自殺の危険"
    ev.add("suicide", "crisis", *pointless.span(), why)
    ev.add("suicide", "crisis", *tomorrow.span(), why)


# 「父さんが今母さん殴りよる 止めに入ったら俺も殴られた たすけて」: violence at home happening
# now (今, いま) with a cry for help is an emergency, beside the DV. Habitual violence told
# with 「たすけて」 but no now (「毎日なぐられる たすけて」) stays without the emergency.
_NOW_HITTING_44m25 = re.compile(
    r"(?:今|いま|イマ|今まさに|さっきから)[^。\n]{0,10}?"
    r"(?:殴|なぐ|ナグ|叩|たた|蹴|け(?:って|られ|りよ|っと)|暴れ|あばれ|首 ?(?:しめ|絞め))"
)
_HELP_44m25 = re.compile(r"たすけて|助けて|タスケテ|たすけ ?て|だずげで|たすけて ?ください")


def _violence_at_home_now_help_44m25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if ev.has("emergency") or not (ev.has("dv") or ev.has("abuse")):
        return
    text = ev.norm.text
    help_ = _HELP_44m25.search(text)
    if help_ is None:
        return
    now = _NOW_HITTING_44m25.search(text)
    if now is None or text[now.start() : now.start() + 3] in ("今まで", "いままで"):
        return
    why = "家の中の暴力が今起きていて助けを求めている：緊急（命の危険）"
    ev.add("emergency", "crisis", *now.span(), why)
    ev.add("emergency", "crisis", *help_.span(), why)


# 「ママ よるになるといつもでかけて あさまでかえってこない ひとりでねるのこわい」: a parent who
# goes out every night and is back only in the morning, the child sleeping alone, is neglect
# (abuse), the child matter; no missing person (no emergency). 「母が昨日から帰ってこない」
# (once, not every night) keeps its emergency.
_PARENT_44m25 = re.compile(
    r"ママ|まま|お母さん|おかあさん|かあさん|母さん|母|パパ|お父さん|おとうさん|とうさん|父さん|父|親"
)
_EVERY_NIGHT_44m25 = re.compile(
    r"(?:よる|夜)(?:に ?なると|になったら|は|に)? ?(?:いつも|まいにち|毎日|毎回|まいかい)"
    r"|(?:いつも|まいにち|毎日|毎回|しょっちゅう) ?(?:よる|夜)|まいばん|毎晩|まいよ|毎夜"
)
_TILL_MORNING_44m25 = re.compile(
    r"(?:あさ|朝)まで ?(?:かえってこない|帰ってこない|帰って来ない|かえってこん|帰ってこん"
    r"|かえらない|帰らない|いない|おらん|いーひん|もどらない|戻らない)"
)


def _parent_out_every_night_44m25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    if "まで" not in text:
        return
    away = _TILL_MORNING_44m25.search(text)
    if away is None or _EVERY_NIGHT_44m25.search(text) is None:
        return
    if _PARENT_44m25.search(text[: away.start()]) is None:
        return
    habit = "毎晩のように朝まで家をあける親（いつものこと。今の行方不明ではない）"
    ev.drop_label("emergency", habit)
    why = "親が毎晩朝まで家をあけ、子どもがひとり（ネグレクトの疑い）"
    ev.add("abuse", "crisis", *away.span(), why)
    ev.add("child", "field", *away.span(), "子どものこと：" + why)


# 「おとうさん まいにちおさけのんで ねてばっかり ごはんない日がある」: a child telling of days
# without a meal at home, a parent drinking or lying in bed, is neglect (abuse) and the child
# matter. A parent writing of their own child's meals (「うちの子」) is not this rule's, nor a
# teenager whose parent does not cook (「親がご飯作ってくれない」, round 21: no neglect).
_NO_MEAL_44m25 = re.compile(
    r"(?:ごはん|ご飯|ゴハン|めし|メシ|飯)(?: ?(?:が|も))? ?(?:ない|なかった|無い|ねえ|ねー)"
    r" ?(?:日|ひ|とき|時)"
)
_OWN_CHILD_44m25 = re.compile(r"うちの子|息子|むすこ|娘|むすめ|子ども(?:が|に|の)|子供(?:が|に|の)")


def _no_food_at_home_44m25(found: _Found, ev: _Evidence) -> None:
    """See above."""
    if ev.has("abuse"):
        return
    text = ev.norm.text
    if "ご" not in text and "飯" not in text and "めし" not in text and "メシ" not in text:
        return
    meal = _NO_MEAL_44m25.search(text)
    if meal is None or _OWN_CHILD_44m25.search(text):
        return
    if not (found.person_labels() & _PARENTS):
        return
    why = "親がいても家でごはんがない日がある（子どものネグレクトの疑い）"
    ev.add("abuse", "crisis", *meal.span(), why)
    ev.add("child", "field", *meal.span(), "子どものこと：" + why)


# 「お母さんが耳が聞こえない障害で 役所とか病院の電話ぜんぶ私がしてる」「うちの弟 発達障害で …
# 毎日わしが面倒みとる 宿題する時間ないんじゃ」: a child or teenager (told by age, school or
# homework) who does the care of a parent, brother, sister or grandparent with an illness,
# a disability or care needs is a young carer, the child matter, not double care (the writer
# is the child, not raising one). A parent writing of their own child keeps double care.
_CHILD_SELF_44m25 = re.compile(
    r"(?:学校|がっこう)(?: ?(?:が|から))? ?(?:終わったら|おわったら|帰ったら|かえったら"
    r"|休んで|やすんで|休んだ|やすんだ|行けない|いけない)|授業中|じゅぎょう|宿題|しゅくだい|部活|ぶかつ"
    r"|(?:友達|友だち|ともだち|トモダチ)と ?(?:遊べ|あそべ|遊ぶ時間|あそぶ時間)"
    r"|(?:中学生|高校生|小学生|中[1-3]|高[1-3]|小[1-6]) ?"
    r"(?:やけど|だけど|です|なんだけど|なんやけど|やし|だし|の ?(?:俺|おれ|私|わたし|僕|ぼく))"
)
_I_CARE_44m25 = re.compile(
    r"(?:わし|おれ|俺|オレ|ぼく|僕|ボク|私|わたし|あたし|うち|自分)"
    r"(?: ?(?:が|ひとりで|1人で|一人で))"
    r"[^。\n]{0,14}?(?:面倒|めんどう|世話|せわ|家事|かじ|電話|通訳|連れて|つれて|見て|みて|見とる|みとる"
    r"|一緒に寝|いっしょに寝|いっしょにね|付き添|つきそ)"
    r"|(?:全部|ぜんぶ|毎週|まいしゅう|毎日|まいにち) ?"
    r"(?:わし|おれ|俺|オレ|ぼく|僕|私|わたし|あたし|うち)(?!の|に|を|は|も|と|ら|たち|達)"
)
_OWN_KID_44m25 = re.compile(
    r"うちの子|の子|息子|むすこ|娘|むすめ|子ども(?:が|に|の|を|は)|子供(?:が|に|の|を|は)|子育て|育児|赤ちゃん"
)
_CARED_FOR_44m25 = frozenset({"mother", "father", "parent", "sibling", "grandparent"})


def _child_writer_cares_44m25(found: _Found, minor: bool, ev: _Evidence) -> None:
    """See above."""
    if not (ev.has("care") or ev.has("disability") or ev.has("health")):
        return
    if not (found.person_labels() & _CARED_FOR_44m25):
        return
    text = ev.norm.text
    # 「うちのこと」 (me, my family) is no 「うちの子」.
    if any(text[h.start : h.end + 1] != "うちのこと" for h in found.cue("parenting")):
        return
    school = _CHILD_SELF_44m25.search(text)
    if (school is None and not minor) or _OWN_KID_44m25.search(text):
        return
    why = "書き手は子ども・10代（親を育てているのではない）：ダブルケアではない"
    ev.drop_label("double_care", why)
    care = _I_CARE_44m25.search(text)
    if care is None:
        return
    why = "子ども・10代の書き手が家族の世話をしている（ヤングケアラー）"
    ev.add("young_carer", "pattern", *care.span(), why)
    ev.add("child", "field", *care.span(), "子どものこと：" + why)


# 「施設に入ってる女房に面会に行ったら、腕にあざがあった。職員に聞いても…」: a bruise or a binding
# found on a spouse (or parent) living in a care home, with its staff asked about it, is harm
# feared from the home (abuse), not violence from the writer's partner. Only where no blow by the
# partner is told (「夫に殴られた」 keeps dv).
_CARE_HOME_44n25 = re.compile(
    r"(?:施設|しせつ|ホーム|特養|老健|グループホーム|ショートステイ|ショート|デイ)"
    r"(?:さ|に|へ|で)?[^。]{0,6}?(?:入って|入っとる|入っで|はいって|入所|預け|行って|通って|泊まっ)"
)
_STAFF_44n25 = re.compile(
    r"職員|しょくいん|スタッフ|ヘルパー|介護士|かいごし|施設の人|施設長|看護師"
)
_PARTNER_BLOW_44n25 = re.compile(
    r"(?:夫|旦那|主人|妻|女房|嫁|かかあ|かが|亭主|彼氏|彼女)(?:さん)?(?:に|から|が)[^。]{0,8}?"
    r"(?:殴|なぐ|叩|たた|蹴|け[らりっ]|どつ|ぶた|ぶっ|手を上げ|手をあげ|手ぇ上げ)"
)


def _harm_in_a_care_home_44n25(ev: _Evidence) -> None:
    """See above."""
    text = ev.norm.text
    if "職員" not in text and _STAFF_44n25.search(text) is None:
        return
    home = _CARE_HOME_44n25.search(text)
    if home is None or _PARTNER_BLOW_44n25.search(text):
        return
    why = "施設で暮らす家族のあざ・しばられている心配（施設での虐待のおそれ。DVではない）"
    for key in [k for k in ev.items if k[0] == "dv"]:
        item = ev.items[key]
        ev.add_original("abuse", "crisis", item, why)
        ev.pop(key, why)
