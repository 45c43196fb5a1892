"""Who a message is about: people mentioned, their ages, and whether the writer is a minor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicon import Hit

_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_AGE = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<num>\d{1,3}|[一二三四五六七八九十]{1,4})\s*"
    r"(?:(?P<unit>代|歳|才)(?!児)|を(?:過ぎ|超え|越え))"
)
# 「50近い息子」「40過ぎの娘」: an approximate age, two digits, not a time (3時40過ぎ).
_ROUGH_AGE = re.compile(
    r"(?<![\d:：時分一二三四五六七八九十])(?P<num>[2-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)"
    r"(?:近い|近く|手前|過ぎ|すぎ|を過ぎ|をすぎ)"
)
# 「うちらももう70越えて」「両親とも80超え」: an age passed, said after も or は (not a weight:
# 体重が70超え, see _MEASURED).
_PASSED_AGE = re.compile(
    r"(?:(?<=も)|(?<=は)|(?<=もう)|(?<=とも)|(?<=既に)|(?<=すでに))"
    r"(?P<num>[2-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)(?:越え|超え|こえ)"
)
_MEASURED = re.compile(r"体重|体温|気温|血圧|血糖|偏差値|点数|身長|スコア|時給|月給")
# 「兄(52)」「両親(78と80)」: an age in brackets right after a person. 41d22: also after a
# word and a comma, with 歳 (「娘(ダウン症、20歳)」「息子(自閉症・16歳)」).
_BRACKET_AGE = re.compile(
    r"[（(](?:(?P<num>\d{1,3})(?:歳|才)?(?:[と、・,/]\d{1,3}(?:歳|才)?)*"
    r"|[^()（）\d\n]{1,10}[、,・/ 　](?P<num2>\d{1,3})(?:歳|才))[)）]"
)
# 「親ももう75で」「俺は48」「わしももう82じゃ」: a bare number right after a person and は/も
# (or, in speech, もう/今年 alone: 「母ちゃんもう85で」).
_BARE_AGE = re.compile(
    r"(?:(?:は|も)(?:もう|今年|現在|今|まだ)?|もう|今年)(?P<num>[1-9]\d)(?![\d年月日時分円万%％kgcm])"
    r"(?=で|に|、|。|,|です|だ|じゃ|近|過ぎ|すぎ|超え|!|！|\s|$|なる|なっ)"  # 30p8: 「もう40なる」
)
_STARTS = frozenset("。、\n!！?？ ")
# 「親の年金で暮らしている40代です」: an age that ends a sentence with です is the writer's.
_SELF_STATED = re.compile(r"(?:です|でした)(?:[。、!！?？\s]|$)")
_MINORS = frozenset({"child", "sibling"})  # people a minor_self cue might describe instead
_BEFORE_PERSON = 5  # characters allowed between a person and their age (娘(40代), 母は今年82歳)
# Ages written without 歳, as people say them (see ``_spelled_ages``): a kanji number, or
# two numbers for a couple, after a person and は/も (娘は四十五で, 両親は九十と八十八で,
# わしら夫婦も七十八と七十六); a number just before the person (90になる義母, 六十の義兄);
# 歳 in kana (79さい).
_NUMBER = r"(?:[1-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)"
_SPOKEN_AGE_BODY = (
    r"(?:は|も)(?:もう|今年|現在|今|まだ|ともに|とも)?"
    rf"(?P<num>{_NUMBER})(?:歳|才)?(?:と(?P<num2>{_NUMBER})(?:歳|才)?)?"
)
_SPOKEN_AGE = re.compile(_SPOKEN_AGE_BODY + r"(?=で|に|、|。|,|です|だ|じゃ|!|！|\s|$)")
# 40a21: the same, ending where a space was (「せがれは五十二 仕事を」); see ``find_ages``.
_SPOKEN_AGE_BEFORE_SPACE = re.compile(_SPOKEN_AGE_BODY)
# 40a21: 「娘が四十になりました」「せがれが五十になる」: a person, が, the age reached.
_SPOKEN_AGE_REACHED = re.compile(
    rf"が(?P<num>{_NUMBER})(?:歳|才)?(?:と(?P<num2>{_NUMBER})(?:歳|才)?)?(?=にな)"
)
_NUMBER_BEFORE = re.compile(
    r"(?<![\d.,:：/\-年月日時分号第一二三四五六七八九十])"
    r"(?P<num>[3-9]\d|1[01]\d|[三四五六七八九]十[一二三四五六七八九]?)(?:になる|になった|にもなる|の)"
)
# 40d21: written word by word (「3さい の むすこ」「73さい ひとりぐらし」) the spaces are
# gone, so a particle or a word may follow さい; not さいご (最後), さいふ, さいきん, さいしょ,
# さいのう (才能).
_KANA_AGE = re.compile(r"(?<![\d])(?P<num>\d{1,3})さい(?![ふかごばんしきこてせ]|のう)")
# 43r24: where the writer put a space after さい (「14さい ごはん たべない」), what follows is
# another word, not さいご or さいきん: the space (a join) is the word's end.
_KANA_AGE_BEFORE_SPACE_43r24 = re.compile(r"(?<![\d])(?P<num>\d{1,3})さい")


@dataclass(frozen=True, slots=True)
class Age:
    years: int  # for a decade (40代) the decade's start
    start: int  # normalised span of the age expression
    end: int
    person: str | None  # the person it belongs to, if one is near enough
    person_hit: Hit | None


def kanji_number(text: str) -> int:
    """四十八 -> 48, 八十 -> 80, 十 -> 10; plain digits are handled by int()."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        value = 0
        for char in text:
            value = value * 10 + _KANJI_DIGITS.get(char, 0)
        return value
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (
        _KANJI_DIGITS.get(ones, 0) if ones else 0
    )


def find_ages(text: str, person_hits: list[Hit], joins: frozenset[int] = frozenset()) -> list[Age]:
    """Ages in ``text`` and whose they are; ``joins`` are the offsets where a space between
    words was taken out (「せがれは五十二 仕事を」: the age ends there, 40a21)."""
    ages: list[Age] = []
    matches = list(_AGE.finditer(text))
    if "近" in text or "手前" in text or "過ぎ" in text or "すぎ" in text:
        matches += _ROUGH_AGE.finditer(text)
    if "越え" in text or "超え" in text or "こえ" in text:
        for passed in _PASSED_AGE.finditer(text):
            if _MEASURED.search(text, max(0, passed.start() - 8), passed.start()) is None:
                matches.append(passed)
    for match in matches:
        years = kanji_number(match.group("num"))
        start, end = match.span()
        hit = _person_near(text, start, end, person_hits)
        person = hit.entry.label if hit else None
        if person is None and (
            start == 0 or text[start - 1] in _STARTS or _SELF_STATED.match(text, end)
        ):
            person = "self"  # 「45歳独身、無職」: an age opening a sentence is the writer's
        ages.append(Age(years, start, end, person, hit))
    if person_hits and ("(" in text or "（" in text or "は" in text or "も" in text):
        ends = {h.end: h for h in person_hits}
        for match in _BRACKET_AGE.finditer(text):
            hit = ends.get(match.start())
            if hit is not None:
                years = int(match.group("num") or match.group("num2"))
                ages.append(Age(years, *match.span(), hit.entry.label, hit))
        for match in _BARE_AGE.finditer(text):
            hit = ends.get(match.start())
            if hit is not None:
                start = match.start("num")
                ages.append(Age(int(match.group("num")), start, match.end(), hit.entry.label, hit))
    if person_hits:
        ages += _bare_age_after_person_26t(text, person_hits, ages, joins)
    ages += _spelled_ages(text, person_hits, joins)
    if "にな" in text:
        ages += _own_age_reached(text)
    if "です" in text or "だ" in text:
        ages += _own_bare_age_42f23(text, ages)
    return ages


# 42f23: 「52です。仕事を切られて」「男、四十八です」: a bare number opening the message or a
# sentence, with です or だ and nothing after, is the writer's own age (20 to 99; the smaller
# numbers may be anything). Not 「52です」 after a word (部屋は52です), nor with a unit.
_OWN_BARE_AGE_42f23 = re.compile(
    r"(?:^|(?<=[。!！?？\n]))(?:(?:男|女|男性|女性)[、,\s]?)?"
    r"(?P<num>[2-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)(?:です|でございます|だ)(?=[。、,!！\s]|$)"
)


def _own_bare_age_42f23(text: str, ages: list[Age]) -> list[Age]:
    """The writer's age told as a bare number opening a sentence (see above)."""
    taken = {a.start for a in ages}
    return [
        Age(kanji_number(m.group("num")), *m.span("num"), "self", None)
        for m in _OWN_BARE_AGE_42f23.finditer(text)
        if m.start("num") not in taken
    ]


# 「８４になります」「もう今年で九十になりました」: an older writer's age told on its own, at the
# start of a sentence, without 歳 (from 60 on: a smaller number may be anything); 「80になって
# 夫も亡くし」「80になって膝が」 when what follows is the life of an older person (28e8).
_AGE_REACHED = re.compile(
    r"(?:^|(?<=[。、!！?？\s]))(?:もう|とうとう|今年で|今年|ことしで|ことし|この春で|来月で|来年で){0,2}"
    r"(?P<num>[6-9]\d|1[01]\d|[六七八九]十[一二三四五六七八九]?)(?:歳|才)?"
    r"に(?:なります|なりました|なる(?:んよ|んです|けど|が|ので|のに)|なった(?:んよ|んです|けど|が|ので)"
    r"|なる(?=[。!！]|$)|なった(?=[。!！]|$)"  # 「78になる。」: a sentence of its own (30m8)
    r"|なって(?:から)?[、,]?(?=[^。]{0,12}?(?:亡く|なくし|先立た|一人|ひとり|独り|膝|ひざ|腰|こし|足|あし"
    r"|目|耳|体|からだ|身体|物忘れ|ものわすれ|病院|買い物|かいもの|年金|ねんきん|運転|免許)))"
)


def _own_age_reached(text: str) -> list[Age]:
    """「８４になります」: the writer's own age, told as a sentence of its own."""
    return [
        Age(kanji_number(m.group("num")), *m.span("num"), "self", None)
        for m in _AGE_REACHED.finditer(text)
    ]


def _spelled_ages(
    text: str, person_hits: list[Hit], joins: frozenset[int] = frozenset()
) -> list[Age]:
    """Ages written the way people say them, without 歳 (see ``_SPOKEN_AGE``): each goes with
    the person just before it, or the one it stands right before (90になる義母)."""
    ages: list[Age] = []
    if not person_hits and "さい" not in text:
        return ages
    spoken = person_hits and ("十" in text or "と" in text)  # kanji, or two numbers
    matches = list(_SPOKEN_AGE.finditer(text)) if spoken else []
    if spoken and joins:  # 40a21: 「せがれは五十二 仕事をやめて」, the space taken out
        seen = {m.start() for m in matches}
        matches += [
            m
            for m in _SPOKEN_AGE_BEFORE_SPACE.finditer(text)
            if m.end() in joins and m.start() not in seen
        ]
    if spoken and "にな" in text:  # 40a21: 「娘が四十になりました」
        matches += list(_SPOKEN_AGE_REACHED.finditer(text))
    for match in matches:
        if match.group("num").isdigit() and match.group("num2") is None:
            continue  # 「母は今年82で」: a lone number in digits is ``_BARE_AGE``'s
        start = match.start()
        before = [h for h in person_hits if start - _BEFORE_PERSON <= h.end <= start]
        if before:
            hit = max(before, key=lambda h: h.end)
            for group in ("num", "num2"):
                if match.group(group) is not None:
                    years = kanji_number(match.group(group))
                    ages.append(Age(years, *match.span(group), hit.entry.label, hit))
    for match in _NUMBER_BEFORE.finditer(text) if person_hits else ():
        following = next((h for h in person_hits if h.start == match.end()), None)
        if following is not None:
            years = kanji_number(match.group("num"))
            ages.append(Age(years, *match.span("num"), following.entry.label, following))
    kana_ages = list(_KANA_AGE.finditer(text)) if "さい" in text else []
    if kana_ages or ("さい" in text and joins):
        seen = {m.start() for m in kana_ages}
        kana_ages += [
            m
            for m in _KANA_AGE_BEFORE_SPACE_43r24.finditer(text)
            if m.end() in joins and m.start() not in seen
        ]
    for match in kana_ages:
        near = _person_near(text, match.start(), match.end(), person_hits)
        who = near.entry.label if near else None
        ages.append(Age(int(match.group("num")), *match.span(), who, near))
    return ages


def _person_near(text: str, start: int, end: int, person_hits: list[Hit]) -> Hit | None:
    # 「40代の長男」「80歳の母」: the person follows, after の (「40過ぎた息子」: after た, 28e8).
    for hit in person_hits:
        if hit.start == end or (hit.start == end + 1 and text[end] in "のた"):
            return hit
    # 「娘(40代)」「私も80歳」「母は今年82歳」: the person comes just before.
    before = [h for h in person_hits if start - _BEFORE_PERSON <= h.end <= start]
    if not before:
        return None
    nearest = max(before, key=lambda h: h.end)
    return _shared_with_self(text, nearest, person_hits) or nearest


# 「私も主人ももう70代」「私と夫は70代」 (41g22): an age said of the writer and the partner
# together is the writer's own age too; it is read as the writer's (as 「夫も私も70代」).
_SHARED_JOIN = re.compile(r"(?:も|と)")
_SHARED_AFTER = re.compile(r"(?:も|は|とも|ともに|共に|ふたりとも|二人とも)")


def _shared_with_self(text: str, nearest: Hit, person_hits: list[Hit]) -> Hit | None:
    if nearest.entry.label != "spouse" or _SHARED_AFTER.match(text, nearest.end) is None:
        return None
    for hit in person_hits:
        if hit.entry.label != "self" or hit.end >= nearest.start:
            continue
        if _SHARED_JOIN.fullmatch(text, hit.end, nearest.start):
            return hit
    return None


# 「子どもはまだ中学生と小学生です」「娘たちは二人とも高校生で」: the school years said of
# a son, daughter, brother or sister named before them in the same sentence.
# (「弟がいて、私は中学生です」: the writer's own.)
_SAID_OF = re.compile(
    r"(?:たち|達|ら)?(?:は|も|が)(?:(?!私|僕|俺|わたし|あたし|ぼく|うち|自分)[^。！？!?\n]){0,12}"
)


def writer_is_minor(minor_hits: list[Hit], person_hits: list[Hit], text: str = "") -> list[Hit]:
    """The minor_self hits that describe the writer, not a child they write about."""
    mine: list[Hit] = []
    for hit in minor_hits:
        described = any(
            p.entry.label in _MINORS
            and (
                hit.start - 3 <= p.end <= hit.start
                or (p.end < hit.start and _SAID_OF.fullmatch(text, p.end, hit.start) is not None)
            )
            for p in person_hits
        )
        if not described:
            mine.append(hit)
    return mine


def ordered_persons(person_hits: list[Hit], minor: bool) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for hit in sorted(person_hits, key=lambda h: h.start):
        seen.setdefault(hit.entry.label, None)
    if minor:
        seen.setdefault("self", None)
    return tuple(seen)


# round 18 (26t): 「息子が51で」「息子ぁ49で」「うちの息子43で」: a bare two-digit age right after
# a person and が, the Tohoku ぁ, or nothing, then で or the end of a clause (not 息子が3人).
_BARE_AGE_26T = re.compile(
    r"(?:が|ぁ|ゃ)?(?P<num>[1-9]\d)(?![\d年月日時分円万%％kgcm人回度])"
    r"(?=で|、|。|,|です|だ|じゃ|や|に(?:な|も)|!|！|\s|$)"
)
# 43u24: 「倅五十 わし七十八」: a terse writer's kanji age right after the person, ending at a
# space taken out, a comma or full stop, or the message's end (not 五十日, 三十分, 四十九日).
_BARE_KANJI_AGE_43u24 = re.compile(
    r"(?P<num>[二三四五六七八九]十[一二三四五六七八九]?)(?=[、。,]|$)"
)
_BARE_KANJI_AGE_SPACED_43u24 = re.compile(
    r"(?P<num>[二三四五六七八九]十[一二三四五六七八九]?)(?![一二三四五六七八九十百千万年月日時分円人回度代歳才])"
)

# The same number, its end then checked against the writer's spaces.
_BARE_AGE_SPACED_42d23 = re.compile(
    r"(?:が|ぁ|ゃ)?(?P<num>[1-9]\d)(?![\d年月日時分円万%％kgcm人回度])"
)


def _bare_age_after_person_26t(
    text: str, person_hits: list[Hit], ages: list[Age], joins: frozenset[int] = frozenset()
) -> list[Age]:
    """Ages ``_BARE_AGE`` leaves out because the person is followed by が, ぁ or nothing.
    Round 34 (42d23): 「父88 要かいご2」: the writer's space after the number, taken out of the
    text (``joins``), ends the age as a space would."""
    taken = {a.start for a in ages}
    out: list[Age] = []
    for hit in person_hits:
        match = _BARE_AGE_26T.match(text, hit.end)
        if match is None and joins:
            spaced = _BARE_AGE_SPACED_42d23.match(text, hit.end)
            if spaced is not None and spaced.end() in joins:
                match = spaced
        if match is None and "十" in text:
            match = _bare_kanji_age_43u24(text, hit.end, joins)
        if match is not None and match.start("num") not in taken:
            start = match.start("num")
            years = kanji_number(match.group("num"))
            out.append(Age(years, start, match.end(), hit.entry.label, hit))
    return out


def _bare_kanji_age_43u24(text: str, at: int, joins: frozenset[int]) -> re.Match[str] | None:
    """See ``_BARE_KANJI_AGE_43u24``: a kanji age right after a person."""
    match = _BARE_KANJI_AGE_43u24.match(text, at)
    if match is None and joins:
        spaced = _BARE_KANJI_AGE_SPACED_43u24.match(text, at)
        if spaced is not None and spaced.end() in joins:
            match = spaced
    return match
