"""Paragraphs and sentences of news text, keeping exact character offsets.

Every span indexes the text it was cut from: ``text[s.start:s.end] == s.text``. Sentences never
cross a paragraph. The rules are written for news in Indonesian, English and Chinese: titles and
initials before names ("Dr.", "H. Ahmad", "Susilo B. Yudhoyono"), numbers ("14,5 juta", "1.200",
"3.5%", "18.05.2023"), quotes closing after the full stop, ellipses, agency credit tails
("(RO/H-3)", "(Ant/OL-1)"), URLs and e-mail addresses, and Chinese full-width punctuation, which
needs no space before the next sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .model import Sentence, Span

__all__ = ["paragraphs", "sentence_at", "sentences", "split_spans"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# A blank line is a line holding only (non-newline) whitespace.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE = re.compile(r"[^\n]+")

# Abbreviations that precede a name or a number and so never end a sentence ("Dr. Budi",
# "Jl. Sudirman", "No. 5"). Compared case-sensitively, without the final dot.
_PREFIX_ABBR = _words(
    """
    Dr Drs Dra Ir Prof H Hj KH Jl Jln Kab Kec Kel Ds Kp Sdr Sdri Bpk Ny Tn Pt
    Mr Mrs Ms Mx Messrs Mdm Gen Lt Col Capt Cpt Sgt Maj Adm Cmdr Cdr Supt Insp Det Fr Rev Hon
    Pres Sen Rep Gov Atty Brig Jend Kol Pol Kapt No Nos Vol Fig Art Ch Sec pp vs v cf ca
    approx Sta Nr Tel Yth yth
    """
)
# Abbreviations that can also end a sentence ("... said Apple Inc. The company ...").
_TRAILING_ABBR = _words(
    """
    Inc Co Corp Ltd Plc Bros Jr Sr Tbk Bhd Pte LLC etc dll dsb dkk dst al Dept Univ Assn Intl
    Natl St Mt Ft Ave Blvd Rd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Agu Okt Des
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sdn
    """
)
# Words that start a new sentence after a trailing abbreviation ("U.S. The ...", "Tbk. Perseroan").
_STARTERS = _words(
    """
    The A An He She It They We I You In On At But And This That These Those There Its His Her
    Their Our After Before When While As If Meanwhile However Police Officials Yet So Some Many
    Ia Dia Mereka Kami Kita Ini Itu Hal Sementara Namun Selain Di Pada Dalam Menurut Sebelumnya
    Saat Kemudian Adapun Sedangkan Para Sejumlah Perseroan Perusahaan Selanjutnya Akan Tidak
    Beliau Bagaimanapun Walau Justeru Manakala
    """
)
# "S.H.", "M.Si.", "U.S.", "a.m.", "e.g.", "Ph.D.", "S.Pd.": dotted abbreviations.
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_ORDINAL = re.compile(r"(?:\d{1,3}|[ivxlcIVXLC]{1,5}|[a-zA-Z])\.")

_LATIN_TERM = re.compile(r"\.{3,}|…+|[.!?]+")
_CJK_TERM = re.compile(r"[。！？；｡．!?]+|…+")
_CLOSERS = "\"'”’»)]}」』）》〉】〕"
_OPENERS = "\"'“‘«([{「『（《〈【〔"
# An agency credit closing a paragraph: "(RO/H-3)", "(Ant/OL-1)", "(AFP)", "(*)", "(dtc/asp)".
_CREDIT = re.compile(
    r"[^\S\n]*\((?:[A-Za-z*][\w*./&-]{0,12})(?:[ /][\w*./&-]{1,12}){0,3}\)[^\S\n]*"
)
# The e-mail and bare-domain forms start only where a run of their characters starts (the
# lookbehinds): tried at every position of a long run of word characters, each attempt would scan
# to the run's end and back, and the whole search would be quadratic in the run's length.
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:com|id|org|net|gov|edu|co|cn|my|sg|uk|io|tv)(?:/\S*)?\b"
)
_URL_TRAIL = ".,;:!?)]}\"'”’»"
# A short attribution after a closing quote: 他说。 王毅表示。 记者问道。 外交部发言人称。
_ZH_ATTRIBUTION = re.compile(
    r"[^。！？；\n“”「」]{0,14}?(?:说|表示|称|指出|强调|介绍|透露|问道|问|答道|回答|写道|补充道|告诉[^。！？]{0,6})"
    r"[^。！？；\n“”「」]{0,4}[。！？]"
)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans, stripped of surrounding whitespace.

    Blank lines separate paragraphs; text without any blank line (how pasted news usually
    arrives) has one paragraph per non-empty line.
    """
    out: list[Span] = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            _add_stripped(text, pos, m.start(), out)
            pos = m.end()
        _add_stripped(text, pos, len(text), out)
    else:
        for m in _LINE.finditer(text):
            _add_stripped(text, m.start(), m.end(), out)
    return out


def sentences(text: str, lang: str = "en") -> list[Sentence]:
    """Sentences of every paragraph, in order, with exact offsets and their paragraph index."""
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        for s, e in split_spans(text, ps, pe, lang):
            out.append(Sentence(text=text[s:e], start=s, end=e, paragraph=p))
    return out


def sentence_at(sents: Sequence[Sentence], offset: int) -> int | None:
    """Index of the sentence holding character `offset`, or None (between sentences / outside)."""
    starts = [s.start for s in sents]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < sents[i].end:
        return i
    return None


def split_spans(text: str, start: int, end: int, lang: str = "en") -> list[Span]:
    """Sentence spans inside text[start:end] (one paragraph), stripped of whitespace."""
    protected = _protected(text, start, end)
    cuts: list[int] = []
    sent_start = start
    line_ends = _line_breaks(text, start, end)
    # Terminators come in order, so the protected spans and line breaks are walked once.
    p = n = 0
    for t0, t1 in _terminators(text, start, end):
        while p < len(protected) and protected[p][1] <= t0:
            p += 1
        if p < len(protected) and protected[p][0] <= t0:
            continue
        # A line break passed since the last cut ends a sentence of its own (a headline).
        while n < len(line_ends) and line_ends[n] < t0:
            if line_ends[n] > sent_start:
                cuts.append(line_ends[n])
                sent_start = line_ends[n]
            n += 1
        cut = _boundary(text, sent_start, t0, t1, end, lang)
        if cut is not None:
            cuts.append(cut)
            sent_start = cut
    cuts.extend(nl for nl in line_ends if nl > sent_start)
    spans: list[Span] = []
    pos = start
    for cut in [*cuts, end]:
        _add_stripped(text, pos, cut, spans)
        pos = cut
    return spans


# -- internals ---------------------------------------------------------------------------------


def _add_stripped(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Newlines inside a paragraph that end a line of its own (a headline, a dateline).

    A hard-wrapped paragraph (lines of similar length, broken anywhere) reads on across its
    newlines; otherwise a line without closing punctuation is a unit of its own.
    """
    block = text[start:end]
    if "\n" not in block:
        return []
    lines = block.split("\n")
    body = [len(line.strip()) for line in lines[:-1]]
    if min(body) >= (40 if len(body) > 1 else 60) and max(body) - min(body) <= 30:
        return []  # hard-wrapped (one line alone must be as long as a usual wrap width)
    out = []
    pos = start
    for line in lines[:-1]:
        pos += len(line)
        stripped = line.rstrip()
        if stripped and stripped[-1] not in ".!?。！？；…" + _CLOSERS:
            out.append(pos)
        pos += 1
    return out


def _protected(text: str, start: int, end: int) -> list[Span]:
    """URL and e-mail spans (minus trailing punctuation): no sentence ends inside them."""
    spans = []
    for m in _URL.finditer(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in _URL_TRAIL:
            e -= 1
        spans.append((s, e))
    return spans


def _terminators(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Candidate sentence ends as (first terminator char, end of the terminator run)."""
    found: dict[int, int] = {}
    for rx in (_LATIN_TERM, _CJK_TERM):
        for m in rx.finditer(text, start, end):
            found[m.start()] = max(found.get(m.start(), 0), m.end())
    out = []
    last = -1
    for s in sorted(found):
        if s < last:
            continue
        out.append((s, found[s]))
        last = found[s]
    return out


def _boundary(text: str, sent_start: int, t0: int, t1: int, end: int, lang: str) -> int | None:
    """Where the sentence ends if the terminator text[t0:t1] ends it, else None."""
    term = text[t0:t1]
    j = t1
    while j < end and text[j] in _CLOSERS:
        j += 1
    cjk_term = any(c in "。！？；｡．" for c in term)
    ellipsis = term.startswith("...") or "…" in term

    # A credit tail "(RO/H-3)" right after the last sentence belongs to it.
    credit = _CREDIT.match(text, j, end)
    if credit and credit.end() == end:
        return end

    nxt = j
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return j if j < end else None  # the paragraph ends here anyway

    if cjk_term and not ellipsis:
        if term == "．" and text[t0 - 1 : t0].isdigit() and text[t1 : t1 + 1].isdigit():
            return None  # a full-width decimal point: "３．５％"
        if j > t1 and text[j - 1] in '”」』"' and _ZH_ATTRIBUTION.match(text, nxt, end):
            return None  # “……。”王毅说。: the speaker belongs to the quote's sentence
        return j
    following = text[nxt]
    if ellipsis:
        if _CJK_CHAR.match(following):
            return j if j > t1 else None  # "……”" closes a quote; bare "……" runs on
        if nxt == j or following.islower() or following.isdigit():
            return None
        return j
    if nxt == j:
        # No space: "3.5", "U.S.", "18.05.2023", "kompas.com"; Chinese after a half-width "?" is
        # the one case where a sentence may start without a space.
        if term[-1] in "!?" and _CJK_CHAR.match(following):
            return j
        return None
    if _starts_lower(text, nxt, end):
        return None
    if "." not in term:
        return j  # "!" / "?" followed by a capital, a digit or an opening quote
    return j if _period_ends_sentence(text, sent_start, t0, nxt, end) else None


def _starts_lower(text: str, i: int, end: int) -> bool:
    """The next word starts with a lower-case letter ("iPhone"-style names excepted)."""
    while i < end and text[i] in _OPENERS:
        i += 1
    if i >= end or not text[i].islower():
        return False
    m = re.match(r"[a-z]+[A-Z]", text[i : min(end, i + 20)])
    return m is None


def _period_ends_sentence(text: str, sent_start: int, dot: int, nxt: int, end: int) -> bool:
    """Decide a full stop followed by whitespace and a non-lower-case character."""
    w = dot
    while w > sent_start and not text[w - 1].isspace() and text[w - 1] not in _OPENERS:
        w -= 1
    token = text[w : dot + 1]  # the word with its final dot, e.g. "Dr.", "U.S.", "1."
    word = token[:-1]
    if not word:
        return True
    while sent_start < w and text[sent_start].isspace():
        sent_start += 1
    if w == sent_start and _ORDINAL.fullmatch(token):
        return False  # a list number or a lone letter at the start: "1. ", "a. "
    following = text[nxt]
    if word in _PREFIX_ABBR:
        return False
    if _INITIAL.fullmatch(token):
        return False  # "Susilo B. Yudhoyono", "H. Ahmad"
    if word in _TRAILING_ABBR or word.lower() in _TRAILING_ABBR or _DOTTED.fullmatch(token):
        if following.isdigit():
            return False
        return _next_word(text, nxt, end) in _STARTERS or following in _OPENERS
    return True


def _next_word(text: str, i: int, end: int) -> str:
    m = re.match(r"[A-Za-z]+", text[i : min(end, i + 30)])
    return m.group() if m else ""
