"""Dialect negatives read as standard ones, for the lexicon's regular expressions.

Much of Japan says a verb's negative with ん (western Japan, Tohoku, Izumo, and older
people everywhere): 「父が帰ってこん」「揺すっても起きん」「電話もつながらん」「返事せん」
「起きんかった」, and へん in Kansai (「動かへん」); and ている as とる (「浴槽に沈んどる」
「家の前で待っとる」). Word forms in the lexicon already match
them (ず, ぬ and へん are ない to ``nlp.tokens``), but a ``re:`` row is text, written with
ない: 「帰ってこない」. A script that rewrote the crisis test texts this way lost 100 and more
of them. Such a message is read once more with each of these negatives written as ない
(``dialect_negatives``); the new characters point at the writer's own ん, so the evidence
still shows their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.normalise import Normalised, replaced
from nlp.tokens import Tokens, Word

_VERB_POS = frozenset({"動詞", "助動詞"})
# A message with none of these has no form to rewrite (most messages: read no further).
_MAY_HAVE_ONE = re.compile(r"ん|[とど][るっり]")
# ている said とる/どる (western Japan): 「沈んどる」「待っとる」「しとった」「なっとります」.
_IS_DOING = {
    "とる": "ている",
    "どる": "でいる",
    "とっ": "てい",
    "どっ": "でい",
    "とり": "てい",
    "どり": "でい",
}
# The token the tagger makes of 「来ん」 after て (帰ってこん: 此れ, 込む): read as こない.
_COME_AFTER_TE = frozenset({"こん"})
_COME_NOT = re.compile(r"[てで]こん(?:(?![ぁ-ゖ])|(?=かった|し|けど|のに|よ|わ|ね|で))")
# 居る: the lexicon has its own rows for おらん (「母がおらん」), and 「おらんようになる」 is
# 「いなくなる」, which おらない would misread.
_OWN_ROWS = frozenset({"居る"})
# 来る before Kansai へん: 「出てけえへん」「こーへん」「きいひん」 are 出てこない.
_COME_STEMS = frozenset({"け", "けえ", "けー", "こ", "こー", "こう", "き", "きい"})
# 44k25: the last kana of a verb's dictionary form; before ん it is の (「おむつ替えるんが
# えらい」 = 替えるのが), as a negative stem (替え, 帰ら) never ends in it.
_U_ROW_44k25 = frozenset("うくぐすつぬぶむる")


def _dictionary_form_44k25(word: Word) -> bool:
    """A verb written in its dictionary form (替える, 行く): ん after it is の, not ない."""
    surface, lemma = word.surface, word.lemma
    return (
        word.pos1 == "動詞"
        and len(surface) > 1
        and lemma is not None
        and surface[-1] in _U_ROW_44k25
        and surface[-1] == lemma[-1]
    )


def _after_potential_44k25(words: list[Word], ends: list[int], starts: list[int], i: int) -> bool:
    """「出られとらん」「出れとらん」: the tagger reads とら after られ/れ (or a potential 出れ,
    来れ, 食べれ) as 取る; it is とる."""
    if i == 0 or words[i].lemma != "取る" or ends[i - 1] != starts[i]:
        return False
    before = words[i - 1]
    if before.pos1 == "助動詞":
        return before.surface in ("られ", "れ")
    lemma = before.lemma
    return (
        before.pos1 == "動詞"
        and lemma is not None
        and before.surface.endswith("れ")
        and before.surface[:-1] + "る" == lemma
    )


def dialect_negatives(
    norm: Normalised, tokens: Tokens
) -> tuple[Normalised, list[tuple[int, int]]] | None:
    """``norm`` with each dialect negative of a verb written as ない, and the spans of the
    writer's text rewritten; None when it has none: 「帰らん」→「帰らない」, 「起きんかった」→
    「起きなかった」, 「動かへん」→「動かない」, 「帰ってこん」→「帰ってこない」, 「息しとらん」→
    「息していない」."""
    text = norm.text
    if _MAY_HAVE_ONE.search(text) is None:
        return None
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the normalised text
    for i in range(1, len(words)):
        word, before = words[i], words[i - 1]
        if ends[i - 1] != starts[i] or before.lemma in _OWN_ROWS:
            continue
        if word.surface == "へん" and before.surface in _COME_STEMS:  # けえへん, こーへん
            edits.append((starts[i - 1], ends[i], "こない"))
            continue
        surface = word.surface
        if surface == "ん" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            if word.lemma != "ない" or before.surface in ("ませ", "し"):
                continue
            if _dictionary_form_44k25(before):  # 替えるんが (= 替えるのが), not 替えん
                continue
            if before.surface == "せ" and before.lemma == "為る":  # 返事せん → 返事しない
                edits.append((starts[i - 1], ends[i], "しない"))
            elif before.surface in ("とら", "どら") and (
                before.lemma == "とる" or _after_potential_44k25(words, ends, starts, i - 1)
            ):  # 息しとらん; 44k25: 出られとらん (the tagger reads とら as 取る)
                edits.append(
                    (
                        starts[i - 1],
                        ends[i],
                        "ていない" if before.surface[0] == "と" else "でいない",
                    )
                )
            else:
                edits.append((starts[i], ends[i], "ない"))  # 帰らん, つながらん, 起きん
        elif word.lemma == "とる" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            standard = _IS_DOING.get(surface)  # 沈んどる, 待っとる, 大事にしとった
            if standard is not None:
                edits.append((starts[i], ends[i], standard))
        elif surface.startswith("んかっ") and word.lemma == "ない" and before.pos1 in _VERB_POS:
            edits.append((starts[i], starts[i] + 1, "な"))  # 起きんかった (same length)
        elif surface == "へん" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            edits.append((starts[i], ends[i], "ない"))  # 動かへん
        elif surface in _COME_AFTER_TE and before.surface in ("て", "で"):
            edits.append((starts[i], ends[i], "こない"))  # 帰ってこん, 出てこん
    for found in _COME_NOT.finditer(text):  # kana the tagger cuts otherwise (かえってこん)
        begin = found.start() + 1
        if not any(start < begin + 2 and begin < end for start, end, _ in edits):
            edits.append((begin, begin + 2, "こない"))
    if not edits:
        return None
    edits.sort()
    return replaced(norm, edits), [norm.original_span(b, e) for b, e, _ in edits]


# ---------------------------------------------------------------- Tohoku speech (42c23)
# Older residents of Akita, Yamagata and Miyagi write as they speak: the consonant after a
# verb or an adjective is voiced (「見でる」「言われでる」「置いで」「泣いでだ」「持っていがれだ」
# 「早ぐ」「行ぎでぇ」), the negative is ね/ねぇ/ねぐ (「帰ってこね」「出らんね」「来ねぐなった」),
# がら is から, さ is に or へ, ば is を, べ is だろう, おら is 私, and some words are their own
# (わらし = 子ども, ごしゃぐ = 怒る, おっかねぇ = 怖い). Such a message is read once more in
# standard forms (``tohoku_reading``), so every lexicon row and rule written for 「見ている」
# 「帰ってこない」「行きたい」 reads it; each new character points at the writer's own
# characters, so the evidence still shows their words. Only a message with a mark that
# standard Japanese does not have (「おら」「だべ」「だっちゃ」「〜でぇ」「〜ねぇ」「がら」 after
# a verb …) is read again; the others pay one regular expression search.

_K = "一-龯々"  # a kanji
# 43p24: verbs whose ka-row stem an Akita writer voices (行げね, 叩ぎそう, 起ぎで).
_VOICED_KA_43p24 = (
    "行書聞置泣働歩引抜開焼咲吹巻描動届続付欠受助負掛向避預叩敷招除乾効浮浴突履拭吐起好漬"
)
# Marks of Tohoku speech, which standard writing hardly has (a Kansai 「おらへん」 is not one).
# Every branch starts with a literal kana (what comes before it is checked by a lookbehind
# after it: 「べ(?<=[うく…]べ)」, not 「(?<=[うく…])べ」), so the regular expression engine
# skips every character no branch starts with: the search costs about a ninth of what the
# same marks written lookbehind-first cost (measured 1.3 µs against 11 µs a message; the
# two forms gate the same 372 of 16,096 test and set texts).
_END_OF_NE = r"(?=[。、！!\s]|$|って|ど)"
_GU_STEMS = "急泳脱稼注騒仰漕嗅紡防塞剥研凌揺継和次過"
_TOHOKU_MARK = re.compile(
    r"おら(?![ずれんゃへ]|ない|なかっ)|ごど(?=[だでがはもをにのばさ、。!?！？\s" + _K + r"]|$)"
    r"|なんも|わがん|どご|のっす|てけ[るろ]"
    r"|べ(?<=[うくすつぬむるぐぶだいぇね]べ)(?=[かがなさよや。、！？!?」\s]|$)"
    r"|っ(?<=[だる]っ)ちゃ|っ(?<=[だたる]っ)す"
    r"|ども(?<=[だたねてで]ども)(?=[、。,\s]|$)"
    r"|がら(?<=[てでんだ]がら)(?![がっ])"
    r"|で(?<=[" + _K + r"いきしちにみりぎびけげせてねべめれ]で)[ぇえ]"
    r"|て(?<=[" + _K + r"][いきしちにひみりぎび]て)[ぇえ]"
    r"|ね(?<=[らわかがさたなばまりれえけげせてべめもはこ]ね)[ぇえ]|ね[ぐく](?=な|て)"
    r"|ね(?<=["
    + _K
    + r"][らわかがさたなばま]ね)"
    + _END_OF_NE
    + r"|ね(?<=["
    + _K
    + r"][ぁ-おが-ゖ][らわかがさたなばま]ね)"
    + _END_OF_NE
    + r"|こね(?<=[てで]こね)|らんね"
    r"|ぇ(?<=[" + _K + r"]ぇ)(?<![手目歯血]ぇ)|ちっちぇ|おっかね|ごしゃ[ぐいがけぎ]"
    r"|わらし(?<!座敷わらし)"
    r"|い(?<=[" + _K + r"]い)[でだ][でだ]|で(?<=[" + _K + r"][めげせれ]で)(?=[るたいよ])"
    r"|れ(?<![こそあどだ]れ)で[るただ]|れ(?<=[わがまさ]れ)だ(?![ぁ-ゖ])"
    r"|ぐ(?<=[" + _K + r"]ぐ)(?<![" + _GU_STEMS + r"]ぐ)(?=な|て|し)"
    r"|んだがら|しゃべったら"
    # 42j23: 「落ぢだら」「待ぢで」, 「長ぐねぇ」, 「誰どもしゃべらね」, 「一人だず」, 「見でだ」
    r"|ぢ(?<=[" + _K + r"]ぢ)|誰ども(?!が|は|の|に|を)|だれども(?!が|は|の|に|を)"
    r"|ぐ(?<=[" + _K + r"]ぐ)(?<![" + _GU_STEMS + r"]ぐ)ね[ぇえ]"
    r"|だず(?=[。、！？!?」\s]|$|ね|よ)|で(?<=[見出寝着居煮似]で)[るただ]|よ(?<![ぁ-ゖ]よ)ぐね"
    r"|い(?<=[置書聞泣働歩吹敷叩焼抜招履拭吐]い)だ(?=[。、！？!?\s]|$|っ|の|ん|ら|り|ども)"
    # 42n23: 「見当だらねぇ」「当だる」 (見当たらない, 当たる), 「どさ行った」 (どこに行った)
    r"|返事ね[ぇえ]|へんじね[ぇえ]|連絡ね[ぇえ]|元気ね[ぇえ]|食欲ね[ぇえ]|気力ね[ぇえ]"
    r"|当だ[らりるれろ]"
    r"|ど(?:(?<![ぁ-ゖ]ど)|(?<=[かがはも]らど)|(?<=[はも]ど))さ(?=[行い出で来き逃にげ])"
    # 43p24 (Akita): 「通ってら」「住んでら者」 (ている), 「工賃だげだば」 (だけでは), 「金ねぇ」,
    # 「行げね日」「叩ぎそう」 (voiced stems), 「疲れだ」「倒れだら」, 「みでねぇば なんね」
    # (見ていなければならない), 「家にいで10年」, 「死ぬがど思った」 (かと), 「親父ど2歳の息子」
    r"|ら(?<=[っん" + _K + r"いきしちにみりぎびえけげせねべめれぇ][てで]ら)(?<!おてら)"
    r"(?=[。、！!？?」\s" + _K + r"]|$|ども|ど(?!う)|が|し(?!ゃ|ま|て|た|か)|の(?!で)|った|ね|べ)"
    r"|だげ(?=[でどだがのにはもをば、。\s]|$)|だば(?<=["
    + _K
    + r"ぁ-ゖ]だば)(?=[、,\s"
    + _K
    + r"]|$)"
    r"|ね(?<=[金銭米職暇]ね)[ぇえ]|仕事ね[ぇえ]|時間ね[ぇえ]|余裕ね[ぇえ]|貯金ね[ぇえ]|居場所ね[ぇえ]"
    r"|ぎ(?<=[" + _VOICED_KA_43p24 + r"]ぎ)|げ(?<=[" + _VOICED_KA_43p24 + r"]げ)"
    r"|れ(?<=[" + _K + r"]れ)(?<!まれ)だ(?=[。、！!\s]|$|ら|り)"
    r"|ね(?<=[" + _K + r"ぁ-ゖ]でね)[ぇえ]ば|なんね(?<=[ばもに]なんね)"
    r"|いで(?<=にいで)(?=[、。\s0-9０-９" + _K + r"]|$)"
    r"|がど(?<=[ぬるいうくつむぶす]がど)(?=思|おも)|ど(?<=[" + _K + r"]ど)(?=[0-9０-９" + _K + r"])"
    # 43x24 (Okitama, Sendai): 「わだし」 (私), 「涙出でくる」 (出てくる), 「家さいで」 (家にいて)
    r"|わだし|で(?<=出で)(?=[くきこ])|で(?<=育で)(?=[なるたてらりれ])|だ(?<=[倒壊崩疲]れだ)(?=[夫妻父母親祖兄姉弟妹息娘嫁主人])|いで(?<=["
    + _K
    + r"]さいで)(?=[、。\s0-9０-９"
    + _K
    + r"]|$)"
)
# Verbs whose stem ends in ぎ/ぐ/げ/が in standard Japanese: their voiced kana stay.
_GU_VERBS = "急泳脱稼注騒仰漕嗅紡防塞剥研凌揺継和次過上投逃揚曲下焦挙告遂繋広妨捧禿"
# Verbs whose stem has か-row kana: their voiced kana (行ぎ 行ぐ 行げ) are unvoiced.
_KA_VERBS = (
    "行書聞置泣働歩引抜開焼咲吹巻描動届続付着欠受助分負掛向避預"
    "溶怠磨驚叩敷招除乾効浮浴突履拭吐生起好漬"
)
# Of those, the ones whose が is a verb's (行がない), not the subject particle (自分が).
_KA_VERBS_A = "行書聞置泣働歩抜焼咲吹巻描届叩敷招履拭吐"
# i-adjectives whose stem + さ is a noun (高さ, 寒さ): not さ for に.
_ADJ_STEMS = "高長重深強弱広暑寒辛痛怖若良悪大小早遅多少近遠厚薄固硬柔明暗熱冷温甘苦美汚安危偉"
# Verbs written in kana whose て the writer voices: 「やめでがら」「なげでよこす」.
_KANA_VERBS = (
    "やめ|なげ|あげ|さげ|にげ|かけ|つけ|あけ|しめ|とめ|きめ|たべ|みせ|まちがえ|おぼえ"
    "|かんがえ|わすれ|たおれ|つかれ|ながれ|いれ|すて|まかせ|くたびれ"
)
# Nouns written in kana (or ending so) before さ for に: 「へやさ」「友だちさ」.
_KANA_PLACES = (
    "おら",
    "どこ",
    "ここ",
    "そこ",
    "へや",
    "そと",
    "うち",
    "はたけ",
    "まち",
    "いえ",
    "私",
    "ところ",
    "だち",
    "ちゃん",
)
# A child writing (「とうちゃん」 is then the father, not the husband).
_CHILD_WRITER = re.compile(r"学校|先生|部活|宿題|塾|小学|中学|高校|クラス|担任|いじめ|ママ|パパ")
# 43p24: ている said てら/でら (Akita): 「通ってら」「休んでら」「面倒みでら」.
_TE_RA = r"(?<=[っん" + _K + r"いきしちにみりぎびえけげせねべめれぇ][てで])(?<!おてら)ら"
_UNVOICE = {"が": "か", "ぎ": "き", "ぐ": "く", "げ": "け", "ご": "こ"}
_TOHOKU_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), new)
    for pattern, new in (
        # words of their own
        (r"おっかな(?=が)", "こわ"),  # おっかながって
        (r"おっかね[ぇえ]?[ぐく]", "こわく"),  # おっかねぐなった
        (r"おっかね[ぇえ]?", "こわい"),
        (r"ちっちぇ[ぇえ]?", "小さい"),
        (r"うめ[ぇえ]", "うまい"),
        (r"しょっぺ[ぇえ]", "しょっぱい"),
        (r"ひで[ぐく]", "ひどく"),
        (r"ひで[ぇえ]", "ひどい"),
        (r"めんこい", "かわいい"),
        (r"(?<!座敷)わらし(?:っこ)?", "子ども"),
        (r"ごしゃが(?=れ|せ)", "怒ら"),
        (r"ごしゃい(?=で|だ|て|た)", "怒っ"),
        (r"ごしゃぐ", "怒る"),
        (r"ごしゃげ", "怒れ"),
        (r"(?<=[" + _K + r"])っこ(?=[がはをのもにばだ、。\s" + _K + r"]|$)", ""),  # 犬っこ, 猫っこ
        (r"いぶりがっこ|がっこ漬[げけ]", "漬物"),
        (r"なんもかんも", "何もかも"),
        (r"(?<![ぁ-ゖ])なんも", "何も"),
        (r"んだがら", "だから"),
        (r"(?<=の)どご", "ところ"),
        (r"どご", "どこ"),
        (
            r"(?:(?<![ぁ-ゖ])|(?<=[かがはも]ら)|(?<=[はも]))どさ(?=[行い出で来き逃にげ])",
            "どこに",
        ),  # 42n23: どさ行った
        (r"ごど(?=[だでがはもをにのばさ、。!?！？\s" + _K + r"]|$)", "こと"),
        (r"どうが(?![ぁ-ゖ])", "どうか"),
        (r"わが(?:ん|ら)ね[ぇえ]?", "わからない"),
        (r"出はっ(?=て|た)", "出かけ"),
        (r"おらだち|おらたち", "私たち"),
        (r"おら(?![ずれんゃへ]|ない|なかっ)", "私"),
        (r"じっちゃん?", "じいちゃん"),
        (r"ばっちゃん?", "ばあちゃん"),
        (r"みてぇ|みてえ", "みたい"),
        (r"(?<=[手目])[ぇえ](?=上|あげ|出|だ|離|はな|開|あけ|つぶ|かけ|掛)", "を"),  # 手ぇ上げた
        (r"(?<=[手目])ぇ(?=[" + _K + r"ぁ-ゖ])", "が"),  # 目ぇ覚めねぇ, 手ぇ回らない
        (r"(?<=[血])[ぃい](?=[" + _K + r"ぁ-ゖ])", "が"),  # 血ぃ出た
        # wishes: 行ぎでぇ, 死にでぇ, おわりにしてぇ, 買いてぇ
        (r"(?<=[" + _K + r"いきしちにみりぎびえけげせてねべめれ])で[ぇえ]", "たい"),
        (r"(?<=[し見寝])て[ぇえ]", "たい"),
        (r"(?<=[" + _K + r"][いきちにひみりぎび])て[ぇえ]", "たい"),
        # 43p24 (Akita): 「通ってら」「住んでら者」 → ている, 「してらった」 → していた;
        # 「年金だげで」 → だけで, 「工賃だげだば」「田舎だば」 → では; 「みでねぇば なんね」 →
        # なければならない; 「家にいで10年」 → いて; 「死ぬがど思った」 → かと
        (_TE_RA + r"った", "いた"),
        (
            _TE_RA
            + r"(?=[。、！!？?」\s"
            + _K
            + r"]|$|ども|ど(?!う)|が|し(?!ゃ|ま|て|た|か)|の(?!で)|ね|べ)",
            "いる",
        ),
        (r"(?<=いる)ども(?![がはのにをたもら])", "けど"),
        (r"だげ(?=[でどだがのにはもをば、。\s]|$)", "だけ"),
        (r"(?<=[" + _K + r"ぁ-ゖ])だば(?=[、,\s" + _K + r"]|$)", "では"),
        (r"(?<=[てで])ね[ぇえ]ば", "なければ"),
        (r"(?<=[ばもに])なんね[ぇえ]?", "ならない"),
        (r"(?<=に)いで(?=[、。\s0-9０-９" + _K + r"]|$)", "いて"),
        # 43x24: 「家さいで」 → 家にいて (the さ is read as に below)
        (r"(?<=[" + _K + r"]さ)いで(?=[、。\s0-9０-９" + _K + r"]|$)", "いて"),
        (r"(?<=育)で(?=[なるたてらりれ])", "て"),  # 43x24: 子ども育でながら
        (r"わだし", "私"),  # 43x24: わだし (Okitama, Sendai) is わたし
        (r"(?<=[ぬるいうくつむぶす])がど(?=思|おも)", "かと"),
        (r"(?<=[" + _K + r"])ど(?=[0-9０-９" + _K + r"])", "と"),  # 親父ど2歳の息子
        # negatives: 帰ってこね, 出らんね, 行げね, 来ねぐなった, 足りねぇ, 一万もねくて
        (r"(?<=[いきしちにみりぎび])たぐ(?=ね|な|て)", "たく"),  # 食いたぐねぇ
        (r"(?<=たく)ね[ぇえ]", "ない"),
        (r"(?<=[らわかがさたなばまりれけげせべめえ出来見寝居こきちり])ねば", "なければ"),
        (r"こえ[ぇえ]", "こわい"),
        (
            r"(?<=[らわかがさたなばまりれけげせべめえ出来見寝居こきちりもい"
            + _K
            + r"])ね[ぇえ][ぐく](?=な|て)",
            "なく",
        ),
        (r"らんね[ぐく](?=て|な)", "られなく"),
        (r"らんね[ぇえ]?", "られない"),
        (
            r"(?:(?<=[がもはにれで人者誰])|(?<=しか)|(?<=なんか))いね(?:[ぇえ]|(?=[。、！!\s]|$|って|ど|が|し|ほう))",
            "いない",
        ),
        (
            r"(?<![かだ])(?<=[らわかがさたなばまりれけげせべめえ出来見寝居こきちり])"
            r"(?<!好き)ね(?:[ぇえ]|(?=[。、！!？?」\s]|$|って|ど|が|ば|し|べ|よ))",
            "ない",
        ),
        # 43p24: 関係ねぇ, 問題ねぇ, 心配ねぇ, 仕方ねぇ are 関係ない … (a denial), not 関係がない
        (r"(?:(?<=関係)|(?<=問題)|(?<=心配)|(?<=仕方)|(?<=必要)|(?<=用事))ね[ぇえ]", "ない"),
        (r"(?:(?<=[はもがてで])|(?<=しか))ね[ぇえ]", "ない"),  # 心配はねぇ, 金もねぇ, 出でねぇ
        (r"(?<=[" + _K + r"])ね[ぇえ]", "がない"),  # 返事ねぇ, 金ねぇ
        (
            r"(?<=[らわかがさたなばまりれけげせべめえ出来見寝居こきちりもい"
            + _K
            + r"])ね[ぐく](?=な|て)",
            "なく",
        ),
        (r"(?<=[きけげせべめれえ出来見寝])ねで", "ないで"),
        (r"(?<=[" + _K + r"])ぇ", "い"),  # 痛ぇ, 寒ぇ
        (
            r"(?:(?<=返事)|(?<=へんじ)|(?<=連絡)|(?<=れんらく)|(?<=息)|(?<=いき))しね[ぇえ]?",
            "しない",
        ),
        # voiced て/た after a verb: 置いで, 泣いでだ, 見でる, 止めで, 言われだ, 当だって
        (r"(?<=[" + _K + r"])(?<![" + _GU_VERBS + r"嫌違扱勢払住合思舞])いで", "いて"),
        (r"(?<=[" + _K + r"][めげせれけえべねへ])で", "て"),
        (r"(?<=[" + _K + r"])(?<![" + _GU_VERBS + r"嫌違扱勢払住合思舞])いだ", "いた"),  # 聞いだ
        (r"(?<![こそあどだ]れ)(?<=[ぁ-ゖ]れ)で", "て"),  # 言われでる, たおれでる
        (r"(?:" + "|".join(f"(?<={v})" for v in _KANA_VERBS.split("|")) + r")で(?!す|しょ)", "て"),
        (r"(?<=[えけげせねべめれ])で(?=る)", "て"),  # ためでる
        (r"(?<=[見出寝着煮似居])で", "て"),
        (r"(?<=[" + _K + r"]み)で(?=[でらねな]|いる)", "て"),  # 43p24: 面倒みでら, 両方みでで
        (r"(?<=[てっ])で(?![もすしき])", "て"),  # 見でで → 見てて, 働いでで
        (r"(?<=んで)で(?![もすしき])", "て"),  # 落ち込んでで
        (r"(?<=[てで])だ(?![めろ])", "た"),  # 泣いでだ, 着てだ
        (r"(?<=[わがらまさ]れ)だ", "た"),  # 言われだ, 持っていがれだ
        (r"(?<=[" + _K + r"]れ)だ(?=[。、！!\s]|$)", "た"),  # 疲れだ
        (r"(?<=[" + _K + r"]れ)(?<!まれ)だ(?=ら|り)", "た"),  # 43p24: 倒れだら
        (r"(?<=[倒壊崩疲]れ)だ(?=[夫妻父母親祖兄姉弟妹息娘嫁主人])", "た"),  # 43x24: 倒れだ夫
        (r"(?<=[つわ]かれ)だ", "た"),
        (r"(?<=[当立待持打勝経])だ(?=っ)", "た"),  # 当だって
        (r"(?<=当)だ(?=[らりるれろ])", "た"),  # 42n23: 見当だらねぇ → 見当たらない, 当だる
        (r"(?<=[てで])いが(?=[れねなんせ])", "いか"),  # 持っていがれた
        (r"(?<=[てで])いげ(?=[るね])", "いけ"),  # 暮らしていげる
        (r"(?<=[てで])いぐ", "いく"),  # 痩せでいぐ
        (r"(?<=[て])ぐ(?=[。、！!\s]|$|っ|べ|の|ど|が|ん|よ)", "く"),  # 持ってぐ
        (r"(?<=[" + _KA_VERBS_A + r"])が(?=[ねなれせずんさっ])", "か"),  # 行がね
        (r"(?<=[" + _KA_VERBS + r"])[ぎぐげご]", lambda m: _UNVOICE[m.group()]),
        (r"(?<=[" + _KA_VERBS + r"]け)ね(?=[" + _K + r"])", "ない"),  # 43p24: 行げね日
        (r"(?<![運行活移変振感騒言挙鼓反暴稼起駆躍])(?<=動)がね[ぇえ]?(?![ばぐく])", "かない"),
        (r"(?<![運行活移変振感騒言挙鼓反暴稼起駆躍])(?<=動)が(?=ね|な)", "か"),  # 43p24: 動がね
        (r"(?<=[" + _K + r"])(?<![" + _GU_VERBS + r"])ぎ", "き"),  # 長生ぎ
        (r"(?<=[" + _K + r"])(?<![" + _GU_VERBS + r"])ぐ(?!らい|るみ|せ)", "く"),  # 早ぐ
        # 42j23: 長ぐねぇ → 長くない (after 早ぐ → 早く), 落ぢだら → 落ちたら, 待ぢで → 待ちて
        (r"(?<![ぁ-ゖ])よぐ(?=ね)", "よく"),  # よぐねぇ
        (
            r"(?<=[" + _K + r"よ]く)ね(?:[ぇえ]|(?=[。、！？!?」\s]|$|ほう|方|って|ど|が|し|べ))",
            "ない",
        ),
        (r"(?<=[" + _K + r"])ぢ", "ち"),
        (r"(?<=[落待持立打勝経]ち)だ(?=ら|り)", "た"),  # 落ぢだら → 落ちたら
        (r"(?<=落ち)だ(?=[。、！!\s" + _K + r"]|$)", "た"),  # 43p24: 屋根がら落ぢだ
        (r"(?:(?<=誰)|(?<=だれ))ども(?!が|は|の|に|を)", "とも"),  # 誰どもしゃべらね
        (r"(?<=だ)ず(?=[。、！？!?」\s]|$|ね|よ)", ""),  # 一人だず, なんだず
        # 八十なった, 病気なって: に dropped before なる (not 重なった, 損なって)
        (r"(?<=[" + _K + r"0-9])(?<![重連異損行伴失商養賄綯])な(?=っ[たて])", "にな"),
        (r"(?<=[てっ])け(?=る|ろ|[でて]|だ|た|ね)", "くれ"),  # してけでる
        # から, けど, だろう, か
        (r"(?<=[てでんだるい])がら(?![がっ])", "から"),
        (r"(?<=ない)がら", "から"),
        (r"(?<=[" + _K + r"])(?<!仕事)(?<!場所)(?<!時節)(?<!土地)(?<!職業)がら(?![がっ])", "から"),
        (r"(?<=[だたねてで])ども(?=[、。,\s]|$)", "けど"),
        (r"(?<=ない)ども", "けど"),
        (r"(?:(?<=[いっ]た)|(?<=んだ))ども(?![がはのにをたもら])", "けど"),  # 42n23: 叩いだども
        (r"どうすべ", "どうしよう"),
        (r"だべ[がか]", "だろうか"),
        (r"だべ", "だろう"),
        (r"(?<=[うくすつぬむるぐぶいぇ])べ[がか](?=[。、！？!?」\s]|$)", "だろうか"),
        (r"(?<=[うくすつぬむるぐぶいぇ])べ(?=[なさよや。、！？!?」\s]|$)", "だろう"),
        (r"(?<=[るいう])が(?=心配|不安|聞|知|わか|分か|どう)", "か"),  # 倒れないが心配
        (r"(?<=[っい]た)が(?=わが|わか|分か)", "か"),  # 42n23: どさ行ったがわがんね
        (r"(?<=[だる])っちゃ(?=[。、！!\s]|$)", ""),
        (r"(?<=[だたるくの])っす(?=[かね。、！!\s]|$)", ""),
        # に, へ, を
        (
            r"(?<=[" + _K + r"])(?<![" + _ADJ_STEMS + r"])さ(?![れなせずぬねんまっえらさー])",
            "に",
        ),
        (
            r"(?:"
            + "|".join(f"(?<={w})" for w in _KANA_PLACES)
            + r")さ(?![れなせずぬねんまっえらさー])",
            "に",
        ),
        (
            r"(?<=[ァ-ヺー])さ(?![れなせずぬねんまっえらさー])(?=[" + _K + r"ぁ-ゖ])",
            "に",
        ),  # テレビさ話しかける
        (r"(?<=[" + _K + r"][びりみき])さ(?=[" + _K + r"])", "に"),  # 夜遊びさ出る
        (r"(?<=[" + _K + r"子])ば(?![れなせずさしすぬっあかー])", "を"),
    )
)
_KANJI = re.compile(f"[{_K}]")
_ORA = re.compile(r"おら(?![ずれんゃへ]|ない|なかっ)")
# 43p24: a writer who names their own brother or sister, or says they live single (独り身), is
# a grown child: their 「父ちゃん」「母ちゃん」 are their parents (「母ちゃんと兄貴が二人暮らし」).
_GROWN_CHILD_43p24 = re.compile(r"兄貴|姉貴|兄ちゃん|姉ちゃん|あんちゃ|独り身|独身|ひとり身|一人身")
_HUSBAND = re.compile(r"とうちゃん|父ちゃん|とっちゃ|とーちゃん")
_WIFE = re.compile(r"かあちゃん|母ちゃん|かっちゃ|かかあ|かーちゃん")


def tohoku_reading(norm: Normalised) -> tuple[Normalised, list[tuple[int, int]]] | None:
    """``norm`` in standard forms, and the spans of the writer's text rewritten; None when
    it has no mark of Tohoku speech (``_TOHOKU_MARK``) or nothing to rewrite:
    「早ぐじっちゃのどごさ行ぎでぇ」→「早くじいちゃんのところに行きたい」, 「帰ってこね」→
    「帰ってこない」, 「言われでる」→「言われてる」, 「ちっちぇ子ば置いで」→「小さい子を置いて」.
    An older writer's 「とうちゃん」「かあちゃん」 are their husband and wife (a child's, whose
    message tells of school, are their parents)."""
    if _TOHOKU_MARK.search(norm.text) is None:
        return None
    rewrites: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = list(
        _TOHOKU_REWRITES
    )
    if _CHILD_WRITER.search(norm.text) is None and _GROWN_CHILD_43p24.search(norm.text) is None:
        rewrites += [(_HUSBAND, "夫"), (_WIFE, "妻")]
    if _KANJI.search(norm.text) is None:  # a writer of kana only: their 「おら」 as わたし
        rewrites.insert(0, (_ORA, "わたし"))
    spans: list[tuple[int, int]] = []
    for pattern, new in rewrites:
        text = norm.text
        edits: list[tuple[int, int, str]] = []
        for found in pattern.finditer(text):
            replacement = new if isinstance(new, str) else new(found)
            if replacement != found.group():
                edits.append((found.start(), found.end(), replacement))
        if edits:
            spans.extend(norm.original_span(b, e) for b, e, _ in edits)
            norm = replaced(norm, edits)
    if not spans:
        return None
    return norm, spans


# ---------------------------------------------------------------- round 35 (43r24)
# Residents born in Brazil or Peru write Japanese with their own words for kin and money
# in Latin letters: 「pai 76 ヘルパー いや って いう」「filho 中2 が …」「dinheiro たりない」
# 「mi hija 15さい がっこう いかない」. The lexicon, the persons and the rules read 父, 息子,
# お金; such a word, standing as a word of its own in a message with kana or kanji, is read
# in its place as the Japanese word (romaji-only messages have their own reading).
_FOREIGN_43r24: dict[str, str] = {
    # Portuguese
    "pai": "父",
    "papai": "父",
    "mãe": "母",
    "mae": "母",
    "mamãe": "母",
    "mamae": "母",
    "filho": "息子",
    "filha": "娘",
    "filhos": "子ども",
    "filhas": "娘",
    "vovó": "祖母",
    "avó": "祖母",
    "vovô": "祖父",
    "avô": "祖父",
    "marido": "夫",
    "esposa": "妻",
    "esposo": "夫",
    "irmão": "兄",
    "irmao": "兄",
    "irmã": "姉",
    "irma": "姉",
    "bebê": "赤ちゃん",
    "criança": "子ども",  # 44d25
    "crianças": "子ども",  # 44d25
    "neto": "孫",
    "neta": "孫",
    "sogra": "義母",
    "sogro": "義父",
    "namorado": "彼氏",
    "dinheiro": "お金",
    "aluguel": "家賃",
    # Spanish
    "papá": "父",
    "mamá": "母",
    "hijo": "息子",
    "hija": "娘",
    "hijos": "子ども",
    "abuela": "祖母",
    "abuelita": "祖母",
    "abuelo": "祖父",
    "hermano": "兄",
    "hermana": "姉",
    "bebé": "赤ちゃん",
    "nieto": "孫",
    "nieta": "孫",
    "suegra": "義母",
    "suegro": "義父",  # 44d25
    "madre": "母",  # 44d25
    "padre": "父",  # 44d25: Spanish for father (a Peruvian's 「padre ボケてきた」)
    "niño": "子ども",  # 44d25
    "niña": "子ども",  # 44d25
    "niños": "子ども",  # 44d25
    "novio": "彼氏",
    "dinero": "お金",
    "plata": "お金",
}
_LATIN_43r24 = re.compile(r"[A-Za-zÀ-ÿ]")
_FOREIGN_WORD_43r24 = re.compile(
    r"(?<![A-Za-zÀ-ÿ])(?:" + "|".join(sorted(_FOREIGN_43r24, key=len, reverse=True)) + r")"
    r"(?![A-Za-zÀ-ÿ])",
    re.IGNORECASE,
)
_JAPANESE_43r24 = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff]")


# Romaji a Japanese 前 (mae) follows: a figure with its counter (2nen, 3kagetsu), a particle
# or a word of place or time (no, ie, sukoshi, mou). mae after such a word is not mãe.
_ROMAJI_BEFORE_MAE = re.compile(
    r"(?:[0-9]\s*(?:nen|kagetsu|kagetu|kag?getsu|shuukan|shukan|syuukan|syukan|nichi|niti|"
    r"jikan|zikan|fun|pun|byou|sai)|(?<![A-Za-z])(?:no|ie|uchi|eki|sukoshi|chotto|choto|"
    r"zutto|mou|moo|kono|sono|ano|ichiban|nen|kagetsu|shuukan|shukan|nichi|jikan|me))\s*$",
    re.IGNORECASE,
)


def foreign_words_43r24(norm: Normalised) -> Normalised | None:
    """``norm`` with each Portuguese or Spanish word for kin or money (``_FOREIGN_43r24``)
    written as the Japanese word, each new character pointing at the writer's word; None
    when there is none, or the message has no kana or kanji (romaji is read elsewhere)."""
    text = norm.text
    if _LATIN_43r24.search(text) is None:
        return None
    edits: list[tuple[int, int, str]] = []
    for found in _FOREIGN_WORD_43r24.finditer(text):
        begin, end = found.span()
        if found.group().lower() == "mae" and _ROMAJI_BEFORE_MAE.search(text, 0, begin):
            continue  # 「2nen mae」「ie no mae」: Japanese 前 in romaji, not mãe typed plainly
        # the space kept between Latin words and figures goes too (「pai 76」: 父76)
        if begin and text[begin - 1] == " " and (not edits or edits[-1][1] < begin - 1):
            edits.append((begin - 1, begin, ""))
        edits.append((begin, end, _FOREIGN_43r24[found.group().lower()]))
        if text[end : end + 1] == " ":
            edits.append((end, end + 1, ""))
    if not edits or _JAPANESE_43r24.search(text) is None:
        return None
    return replaced(norm, edits)
