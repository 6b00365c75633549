"""Legacy 8-bit Vietnamese font encodings: TCVN3 (ABC) and VNI.

Before Unicode, Vietnamese was typed in fonts that reuse the upper half of
the Windows code page: text extracted from such files shows up as the
cp1252 / latin-1 characters of those bytes ("Céng hßa x· héi chñ nghÜa
ViÖt Nam" for "Cộng hòa xã hội chủ nghĩa Việt Nam").

- **TCVN3** (TCVN 5712:1993, the VN3 layout of the ABC package; fonts
  ".VnTime", ".VnArial" ...): one byte per letter, the precomposed
  lowercase vowels in 0xB5–0xFE, "ăâêôơưđ" in 0xA8–0xAE and their capitals
  in 0xA1–0xA7. There is no code for a capital vowel with a tone mark:
  typists switch to the companion uppercase fonts (".VnTimeH" ...) whose
  glyphs at the *lowercase* codes are capitals. Extracted text therefore
  loses those capitals; :func:`from_tcvn3` restores them from context
  (all-caps words and lines, the first word of a sentence), which cannot
  recover a capital in the middle of a sentence ("giao Ủy ban" comes back
  as "giao ủy ban"). The DOCX reader, which sees the font names, converts
  exactly instead.
- **VNI** (VNI Windows; fonts "VNI-Times", "VNI-Helve" ...): a base letter
  followed by one mark byte ("Vieät" = "Việt"); đ, ư, ơ and the toned i
  (and ỵ) are single bytes. Capitals have their own bytes, so VNI converts
  losslessly.

Public verbs:
    to_tcvn3(text) / from_tcvn3(text)   Unicode <-> TCVN3 as cp1252 characters
    to_vni(text) / from_vni(text)       Unicode <-> VNI as cp1252 characters
    detect_legacy(text)                 "tcvn3", "vni" or None
    convert_legacy(text)                (Unicode text, encoding or None)
    convert_raw(raw)                    a reader's RawDocument, converted
    decode_font_text(text, encoding)    text whose (legacy) font is known
    font_text_is_unicode(text, enc)     legacy-font text that is Unicode after all
    legacy_encoding_of_font(name)       ("tcvn3" | "vni" | None, uppercase font?)
    legacy_warning(encoding)            the user-facing note about a conversion

``to_*`` build test inputs from real text; ``from_*(to_*(t)) == t`` for
NFC Vietnamese text (for TCVN3, up to the capitals described above).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from kb.ingest.models import Page, RawDocument

ENCODINGS = ("tcvn3", "vni")

_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

# ---------------------------------------------------------------------------
# TCVN3 (VN3) code layout, bytes 0xA0-0xFF. "\0" marks a code the layout
# leaves unused (the VN1 variant puts capitals there; VN3 fonts do not).

_TCVN3_HIGH = (
    "\0ĂÂÊÔƠƯĐăâêôơưđ\0"  # A0-AF
    "\0\0\0\0\0àảãáạ\0ằẳẵắ\0"  # B0-BF
    "\0\0\0\0\0\0ặầẩẫấậè\0ẻẽ"  # C0-CF
    "éẹềểễếệìỉ\0\0\0ĩíịò"  # D0-DF
    "\0ỏõóọồổỗốộờởỡớợù"  # E0-EF
    "\0ủũúụừửữứựỳỷỹýỵ\0"  # F0-FF
)
assert len(_TCVN3_HIGH) == 96

# cp1252/latin-1 character of the byte -> Unicode letter
_TCVN3_DECODE = {chr(0xA0 + i): ch for i, ch in enumerate(_TCVN3_HIGH) if ch != "\0"}
_TCVN3_DECODE_TABLE = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE = {ch: code for code, ch in _TCVN3_DECODE.items()}
# capitals without a code of their own are written with the lowercase code,
# as the uppercase (".VnTimeH") fonts do
for _code, _ch in list(_TCVN3_DECODE.items()):
    if _ch.islower() and _ch.upper() not in _TCVN3_ENCODE:
        _TCVN3_ENCODE[_ch.upper()] = _code
_TCVN3_ENCODE_TABLE = str.maketrans(_TCVN3_ENCODE)

_TCVN3_CAPITAL_CODES = frozenset(chr(c) for c in range(0xA1, 0xA8))
# codes whose case the font decides: the toned vowels (no capital code at
# all) and "ăâêôơưđ" (a capital code exists, but an H font shows these as
# capitals too)
_TCVN3_CASELESS = frozenset(c for c, u in _TCVN3_DECODE.items() if u.islower())
# of those, the ones a sentence-initial capital must have been typed with
_TCVN3_TONED = frozenset(c for c in _TCVN3_CASELESS if ord(c) >= 0xB5)

# ---------------------------------------------------------------------------
# VNI layout. Mark bytes follow the base vowel; capitals use the capital
# form of the mark byte.

# tone order everywhere below: (none, acute, grave, hook, tilde, dot below)
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VNI_TONE = "\0ùøûõï"  # tone alone (after any vowel)
_VNI_CIRCUMFLEX = "âáàåãä"  # circumflex + tone (after a, e, o)
_VNI_BREVE = "êéèúüë"  # breve + tone (after a)
_VNI_I = "iíìæóò"  # the toned i are single bytes
_VNI_LETTERS = {"ñ": "đ", "ö": "ư", "ô": "ơ", "î": "ỵ"}  # single-byte letters

_VNI_MARKS: dict[str, tuple[str, int]] = {}  # mark byte -> (shape, tone index)
for _i, _ch in enumerate(_VNI_TONE):
    if _ch != "\0":
        _VNI_MARKS[_ch] = ("", _i)
for _i, _ch in enumerate(_VNI_CIRCUMFLEX):
    _VNI_MARKS[_ch] = ("\u0302", _i)
for _i, _ch in enumerate(_VNI_BREVE):
    _VNI_MARKS[_ch] = ("\u0306", _i)
for _ch, _value in list(_VNI_MARKS.items()):
    _VNI_MARKS[_ch.upper()] = _value

_VNI_SINGLE: dict[str, str] = {}  # single byte -> Unicode letter
for _ch, _letter in _VNI_LETTERS.items():
    _VNI_SINGLE[_ch] = _letter
    _VNI_SINGLE[_ch.upper()] = _letter.upper()
for _i, _ch in enumerate(_VNI_I[1:], start=1):
    _letter = unicodedata.normalize("NFC", "i" + _TONES[_i])
    _VNI_SINGLE[_ch] = _letter
    _VNI_SINGLE[_ch.upper()] = _letter.upper()

_VNI_BASES = "aeiouyAEIOUYöÖôÔ"
_VNI_MARK_CLASS = "".join(sorted(_VNI_MARKS))
_VNI_SINGLE_CLASS = "".join(sorted(_VNI_SINGLE))
_VNI_SEQ = re.compile(
    f"([{_VNI_BASES}])([{_VNI_MARK_CLASS}]{{1,2}})|[{_VNI_SINGLE_CLASS}]"
)

# ---------------------------------------------------------------------------
# Unicode Vietnamese letters outside latin-1: never produced by either
# legacy encoding, always present in real Unicode Vietnamese.
_UNICODE_VI = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")


# ---------------------------------------------------------------------------
# TCVN3


def to_tcvn3(text: str) -> str:
    """Unicode Vietnamese -> TCVN3 text as its cp1252 characters.

    Capital toned vowels get the lowercase code (what an uppercase
    ".VnTimeH" font holds there). Characters outside the layout are kept.
    """
    return unicodedata.normalize("NFC", text).translate(_TCVN3_ENCODE_TABLE)


def from_tcvn3(text: str, *, guess_case: bool = True) -> str:
    """TCVN3 text (its bytes read as cp1252/latin-1 characters) -> Unicode.

    With ``guess_case`` (the default) capitals the encoding cannot express
    are restored from context: words written in capitals ("CéNG" ->
    "CỘNG"), lines whose words are all capitals, and a toned vowel that
    starts a sentence or a line after one ("ñy ban" at the start of a
    sentence -> "Ủy ban"). Turn it off when the font is known (".VnTime"
    is lowercase, ".VnTimeH" uppercase).
    """
    if not guess_case:
        return text.translate(_TCVN3_DECODE_TABLE)
    lines = text.split("\n")
    out: list[str] = []
    sentence_start = True
    for line in lines:
        converted, sentence_start = _tcvn3_line(line, sentence_start)
        out.append(converted)
    return "\n".join(out)


_WORD_SPLIT = re.compile(r"(\s+)")
SHORT_LINE = 50  # characters; shorter lines end a paragraph
_LIST_MARKER = re.compile(r"^(?:[-+•*–—]|\(?\d{1,3}[.)]|\(?[a-zđ][)]|[IVXLC]{1,6}\.|\d+(?:\.\d+)+\.?)$")
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\"”’)]*$")  # at the end of a line
_ENDS_SENTENCE_IN_LINE = re.compile(r"[.!?]['\"”’)]*$")


def _tcvn3_line(line: str, sentence_start: bool) -> tuple[str, bool]:
    """Convert one line; return it and whether the next line starts a sentence."""
    parts = _WORD_SPLIT.split(line)
    words = parts[0::2]
    if not line.strip():
        return line.translate(_TCVN3_DECODE_TABLE), True
    upper_words = [any(_tcvn3_upper_word(m.group()) for m in _TCVN3_LETTERS.finditer(w)) for w in words]
    # a one-capital word ("KÕ", "Hç") beside an uppercase word is one too:
    # "KÕ HO¹CH" = "KẾ HOẠCH"
    for order in (range(len(words)), range(len(words) - 1, -1, -1)):
        for i in order:
            if not upper_words[i] and _tcvn3_short_upper(words[i]) and (
                (i > 0 and upper_words[i - 1]) or (i + 1 < len(words) and upper_words[i + 1])
            ):
                upper_words[i] = True
    line_upper = any(upper_words) and re.search("[a-z]", line) is None
    out_words: list[str] = []
    starts = sentence_start
    for word, upper in zip(words, upper_words):
        converted = word.translate(_TCVN3_DECODE_TABLE)
        if line_upper:
            converted = converted.upper()
        elif upper and _tcvn3_short_upper(word):
            converted = converted.upper()
        elif upper:
            converted = _TCVN3_LETTERS.sub(
                lambda m: m.group().translate(_TCVN3_DECODE_TABLE).upper()
                if _tcvn3_upper_word(m.group())
                else m.group().translate(_TCVN3_DECODE_TABLE),
                word,
            )
        elif word and starts:
            i = next((i for i, c in enumerate(word) if c.isalpha() or c in _TCVN3_DECODE), None)
            if i is not None and word[i] in _TCVN3_TONED:
                converted = converted[:i] + converted[i].upper() + converted[i + 1:]
        if word:
            if _LIST_MARKER.match(word):
                # an item starts after "- " or "a) " opening the line, and a
                # heading's text after its number ("Điều 4. Áp dụng ...")
                if not out_words or word[-1] in ".)":
                    starts = True
            else:
                starts = bool(_ENDS_SENTENCE_IN_LINE.search(word))
        out_words.append(converted)
    parts[0::2] = out_words
    # a heading, a line ending a sentence, or a short line (the end of a
    # paragraph, not a hard-wrapped line) is followed by a sentence start
    stripped = line.strip()
    next_start = line_upper or bool(_ENDS_SENTENCE.search(stripped)) or len(stripped) < SHORT_LINE
    return "".join(parts), next_start


def _tcvn3_short_upper(word: str) -> bool:
    """A word of one letter run with a single capital, no lowercase ASCII and
    a caseless code: "KÕ", "Hç" (uppercase only next to uppercase words)."""
    runs = _TCVN3_LETTERS.findall(word)
    if len(runs) != 1 or not any(c in _TCVN3_CASELESS for c in runs[0]):
        return False
    if any("a" <= c <= "z" for c in runs[0]):
        return False
    return any("A" <= c <= "Z" or c in _TCVN3_CAPITAL_CODES for c in runs[0])


_TCVN3_LETTERS = re.compile("[A-Za-z" + "".join(sorted(_TCVN3_DECODE)) + "]+")


def _tcvn3_upper_word(word: str) -> bool:
    """A word (letters only) typed in an uppercase font: capitals only, two
    at least, and a code whose case the font decides."""
    if not any(c in _TCVN3_CASELESS for c in word):
        return False
    capitals = 0
    for c in word:
        if "a" <= c <= "z":
            return False
        if "A" <= c <= "Z" or c in _TCVN3_CAPITAL_CODES:
            capitals += 1
    return capitals >= 2


# ---------------------------------------------------------------------------
# VNI


def to_vni(text: str) -> str:
    """Unicode Vietnamese -> VNI text as its cp1252 characters."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_vni_char(ch))
    return "".join(out)


def _vni_char(ch: str) -> str:
    if ch in "đĐ":
        return "ñ" if ch == "đ" else "Ñ"
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    lower = base.lower()
    if not marks or lower not in "aeiouy" or not base.isascii():
        return ch
    upper = base.isupper()
    shape = ""
    tone = 0
    for mark in marks:
        if mark in ("\u0302", "\u0306", "\u031b") and not shape:
            shape = mark
        elif mark in _TONES[1:] and not tone:
            tone = _TONES.index(mark)
        else:
            return ch  # not a Vietnamese letter (ü, ç ...)

    def case(s: str) -> str:
        return s.upper() if upper else s

    if shape == "\u031b":
        if lower not in "ou":
            return ch
        letter = case("ô" if lower == "o" else "ö")
        return letter + (case(_VNI_TONE[tone]) if tone else "")
    if shape == "\u0302":
        if lower not in "aeo":
            return ch
        return base + case(_VNI_CIRCUMFLEX[tone])
    if shape == "\u0306":
        if lower != "a":
            return ch
        return base + case(_VNI_BREVE[tone])
    if lower == "i":
        return case(_VNI_I[tone])
    if lower == "y" and tone == 5:
        return case("î")
    return base + case(_VNI_TONE[tone])


def from_vni(text: str) -> str:
    """VNI text (its bytes read as cp1252/latin-1 characters) -> Unicode."""
    return _VNI_SEQ.sub(_vni_replace, text)


def _vni_replace(match: re.Match) -> str:
    base = match.group(1)
    if base is None:
        return _VNI_SINGLE[match.group(0)]
    letter = _VNI_SINGLE.get(base, base)
    lower = letter.lower()
    shape, tone = "", 0
    consumed = 0
    for mark in match.group(2):
        mark_shape, mark_tone = _VNI_MARKS[mark]
        if mark_shape:
            if shape or tone:
                break
            if mark_shape == "\u0302" and lower not in "aeo":
                break
            if mark_shape == "\u0306" and lower != "a":
                break
            shape = mark_shape
        elif tone:
            break
        if mark_tone:
            tone = mark_tone
        consumed += 1
    if not consumed:
        return match.group(0)
    combined = unicodedata.normalize("NFC", letter + shape + _TONES[tone])
    return combined + match.group(2)[consumed:]


# ---------------------------------------------------------------------------
# Plausibility: is a word a Vietnamese syllable?

_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_RHYMES = """
a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây e eo ec em en eng ep et ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu
o oi oc om on ong op ot oong ooc oa oai oao oay oac oach oam oan oang oanh
oap oat oăc oăm oăn oăng oăt oe oeo oen oet ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt u ua ui uc um un ung up ut uân uâng uât uây
uê uêch uên uênh uêt uêu uôc uôi uôm uôn uông uôt uơ
uy uya uych uyn uynh uyp uyt uyu uyên uyêt
ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
""".split()
_SYLLABLE = re.compile(
    f"(?:{_ONSET})?({'|'.join(sorted(_RHYMES, key=len, reverse=True))})"
)
_TONE_MARKS = frozenset(_TONES[1:])
_STOP_TONES = frozenset(("\u0301", "\u0323"))  # the only tones after -c -ch -p -t
_LETTERS = re.compile(r"[^\W\d_]+")

_COMMON_WORDS = frozenset(
    "của và các người được theo trong có cho về những này với là không một đến "
    "tại để từ khi đã nhân dân tỉnh thực hiện công tác quy định điều".split()
)


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    match = _SYLLABLE.fullmatch(toneless)
    if match is None:
        return False
    if match.group(1).endswith(("c", "ch", "p", "t")):
        return bool(tones) and tones[0] in _STOP_TONES  # "các", "học"; never "cac"
    return True


def _all_syllables(token: str) -> bool:
    words = _LETTERS.findall(token)
    return bool(words) and all(_is_syllable(w) for w in words)


# ---------------------------------------------------------------------------
# Detection

# latin-1 letters that Unicode Vietnamese uses too
_VI_LATIN1 = frozenset("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
# the other bytes of each encoding are strong evidence: "¸ µ ® ­ ß Ü Ö" for
# TCVN3, "ø û ï ä ñ ö æ" for VNI
_TCVN3_EVIDENCE = frozenset(_TCVN3_DECODE) - _VI_LATIN1
_VNI_EVIDENCE = (frozenset(_VNI_MARKS) | frozenset(_VNI_SINGLE)) - _VI_LATIN1
_DECODERS = {"tcvn3": lambda t: t.translate(_TCVN3_DECODE_TABLE), "vni": from_vni}
_EVIDENCE = {"tcvn3": _TCVN3_EVIDENCE, "vni": _VNI_EVIDENCE}

MIN_WORDS = 8  # converted words needed before a text is called legacy
SAMPLE_CHARS = 400_000  # detection looks at this much of a long text


def _score(text: str, encoding: str) -> dict[str, int]:
    """Counts over whitespace-separated tokens for one candidate encoding."""
    decode = _DECODERS[encoding]
    evidence = _EVIDENCE[encoding]
    counts = dict(tokens=0, changed=0, good=0, was_valid=0, unicode=0, common=0, evidence=0)
    for token in text.split():
        if not _LETTERS.search(token) and not any(c in evidence for c in token):
            continue
        counts["tokens"] += 1
        if _UNICODE_VI.search(token):
            counts["unicode"] += 1
            continue
        decoded = decode(token)
        if decoded == token:
            continue
        counts["changed"] += 1
        if any(c in evidence for c in token):
            counts["evidence"] += 1
        if _all_syllables(decoded):
            counts["good"] += 1
            if decoded.lower().strip(".,;:!?()\"'“”") in _COMMON_WORDS:
                counts["common"] += 1
        if _all_syllables(token):
            counts["was_valid"] += 1
    return counts


def _accepts(c: dict[str, int]) -> bool:
    return (
        c["good"] >= MIN_WORDS
        and c["good"] >= 0.8 * c["changed"]  # decoding makes Vietnamese ...
        and c["was_valid"] <= 0.4 * c["changed"]  # ... of what was not
        and c["evidence"] >= 0.5 * c["changed"]  # bytes Unicode Vietnamese never has
        and c["changed"] >= 0.15 * c["tokens"]
        and c["unicode"] < c["good"]  # mostly legacy, not Unicode
        and c["common"] >= 1
    )


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2:middle + third // 2], text[-third:]))


def detect_legacy(text: str) -> str | None:
    """Return "tcvn3" or "vni" when the text is in that legacy encoding.

    A text is called legacy only when decoding it turns at least
    :data:`MIN_WORDS` words that were not Vietnamese into Vietnamese
    syllables (with a common word among them), 80 % of the words it changes
    become valid syllables, half of them hold bytes that Unicode Vietnamese
    never uses, and words in real Unicode Vietnamese are the minority.
    Normal Unicode Vietnamese, English and short strings give None.
    """
    sample = unicodedata.normalize("NFC", _sample(text))
    # fast exit: no byte either encoding needs, or clearly Unicode
    evidence = sum(1 for c in sample if c in _TCVN3_EVIDENCE or c in _VNI_EVIDENCE)
    if evidence < MIN_WORDS:
        return None
    if len(_UNICODE_VI.findall(sample)) > 20 * evidence:
        return None
    best, best_good = None, 0
    for encoding in ENCODINGS:
        counts = _score(sample, encoding)
        if _accepts(counts) and counts["good"] > best_good:
            best, best_good = encoding, counts["good"]
    return best


# ---------------------------------------------------------------------------
# Conversion


def convert_legacy(text: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Convert legacy-encoded text to Unicode.

    Args:
        text: the extracted text.
        encoding: "tcvn3" or "vni" to skip detection; None to detect.

    Returns:
        (text, encoding): the converted text and the encoding found, or the
        text unchanged and None.

    Lines already holding Unicode Vietnamese are left alone; in a text that
    mixes both, a line is converted only when that makes it more Vietnamese.
    """
    if encoding is None:
        encoding = detect_legacy(text)
        if encoding is None:
            return text, None
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")
    return _convert(text, encoding, _is_mixed(text)), encoding


def _is_mixed(text: str) -> bool:
    return _UNICODE_VI.search(unicodedata.normalize("NFC", text)) is not None


def _convert(text: str, encoding: str, mixed: bool) -> str:
    if not mixed:
        return _decode(text, encoding)
    out: list[str] = []
    block: list[str] = []  # consecutive lines to convert, decoded together
    for line in text.split("\n"):
        if _convert_line(line, encoding):
            block.append(line)
            continue
        if block:
            out.append(_decode("\n".join(block), encoding))
            block = []
        out.append(line)
    if block:
        out.append(_decode("\n".join(block), encoding))
    return "\n".join(out)


def _decode(text: str, encoding: str) -> str:
    return from_tcvn3(text) if encoding == "tcvn3" else from_vni(text)


def _convert_line(line: str, encoding: str) -> bool:
    if _UNICODE_VI.search(unicodedata.normalize("NFC", line)):
        return False
    decoded = _DECODERS[encoding](line)
    if decoded == line:
        return False
    before = sum(_is_syllable(w) for w in _LETTERS.findall(line))
    after = sum(_is_syllable(w) for w in _LETTERS.findall(decoded))
    if after != before:
        return after > before
    return any(c in _EVIDENCE[encoding] for c in line)


def convert_raw(raw: RawDocument) -> RawDocument:
    """A reader's document with legacy-encoded text converted to Unicode.

    Returns ``raw`` itself when its encoding is already known or the text
    is not legacy. Page spans are recomputed (VNI text shrinks); the result
    carries ``legacy_encoding`` and a warning.
    """
    if raw.legacy_encoding is not None:
        return raw
    encoding = detect_legacy(raw.text)
    if encoding is None:
        return raw
    mixed = _is_mixed(raw.text)
    if raw.pages:
        pieces: list[str] = []
        pages: list[Page] = []
        pos = 0
        cursor = 0
        for page in raw.pages:
            gap = _convert(raw.text[cursor:page.start], encoding, mixed)
            body = _convert(raw.text[page.start:page.end], encoding, mixed)
            pieces.extend((gap, body))
            pos += len(gap)
            pages.append(Page(page.number, pos, pos + len(body)))
            pos += len(body)
            cursor = page.end
        pieces.append(_convert(raw.text[cursor:], encoding, mixed))
        text = "".join(pieces)
    else:
        text, pages = _convert(raw.text, encoding, mixed), []
    return replace(
        raw,
        text=text,
        pages=pages,
        legacy_encoding=encoding,
        warnings=[*raw.warnings, legacy_warning(encoding)],
    )


# ---------------------------------------------------------------------------
# Fonts and messages


def decode_font_text(text: str, encoding: str, *, uppercase: bool = False, strict: bool = False) -> str:
    """Convert text a reader knows is set in a legacy font (a DOCX run in
    ".VnTime" or "VNI-Times").

    The font is trusted, so no case is guessed (``uppercase`` for the
    ".VnTimeH" kind), but not blindly: a line holding Unicode Vietnamese
    letters is kept (Unicode typed into an old template), and so is a line
    that decoding makes less Vietnamese ("Tây" would become "Tõy"). With
    ``strict`` a line is converted only when decoding makes it more
    Vietnamese — for documents whose legacy-font text is mostly Unicode
    (:func:`font_text_is_unicode`).
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")
    decode = _DECODERS[encoding]
    out = []
    for line in text.split("\n"):
        if _UNICODE_VI.search(unicodedata.normalize("NFC", line)):
            out.append(line)
            continue
        decoded = decode(line)
        if decoded != line:
            before = sum(_is_syllable(w) for w in _LETTERS.findall(line))
            after = sum(_is_syllable(w) for w in _LETTERS.findall(decoded))
            if after < before or (strict and after == before):
                decoded = line
            elif uppercase:
                decoded = decoded.upper()
        elif uppercase:
            decoded = decoded.upper()
        out.append(decoded)
    return "\n".join(out)


def font_text_is_unicode(text: str, encoding: str) -> bool:
    """Whether the text set in a legacy font is mostly Unicode after all:
    more words with Unicode Vietnamese letters than words with bytes only
    the encoding uses."""
    evidence = _EVIDENCE[encoding]
    unicode_words = legacy_words = 0
    for token in unicodedata.normalize("NFC", text).split():
        if _UNICODE_VI.search(token):
            unicode_words += 1
        elif any(c in evidence for c in token):
            legacy_words += 1
    return unicode_words > legacy_words


def legacy_encoding_of_font(name: str | None) -> tuple[str | None, bool]:
    """The legacy encoding a font name implies, and whether it is an
    uppercase-only font: ".VnTime" -> ("tcvn3", False), ".VnTimeH" ->
    ("tcvn3", True), "VNI-Times" -> ("vni", False), "Arial" -> (None, False).
    """
    if not name:
        return None, False
    name = name.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if name.upper().startswith("VNI-") or name.upper().startswith("VNI "):
        return "vni", False
    return None, False


def legacy_warning(encoding: str) -> str:
    """The warning recorded on a document converted from ``encoding``."""
    name = _NAMES[encoding]
    return (
        f"văn bản gõ bằng phông {name}, đã chuyển sang Unicode — "
        f"text typed in a legacy {name} font, converted to Unicode"
    )


__all__ = [
    "ENCODINGS",
    "convert_legacy",
    "convert_raw",
    "decode_font_text",
    "detect_legacy",
    "font_text_is_unicode",
    "from_tcvn3",
    "from_vni",
    "legacy_encoding_of_font",
    "legacy_warning",
    "to_tcvn3",
    "to_vni",
]
