"""The layout of one article, found once: headline, headings, standfirst, datelines, bylines,
captions, page furniture and the lead sentence.

Every brief field reads the article through this: names are not looked for in a headline's title
case or a share bar, the main event is the lead, not a caption, and the lead's dateline is found
in one place. Lines are examined once each and inline furniture with one scan of the text, so the
pass is linear in the article's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Span
from .furniture import CREDIT_NEXT, OUTLET, SENTENCE_END, inline_furniture, is_junk_line

# "JAKARTA, KOMPAS.com - ", "Liputan6.com, Bandung - ", "Jakarta (ANTARA) - ", "LONDON — ".
_DATELINE = re.compile(
    r"""^(?P<dl>
        [A-Z][A-Za-z0-9.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}
        (?:\s*,\s*[\w.]+(?:\s+[\w.]+){0,3}){0,2}
        (?:\s*\([^()\n]{1,40}\))?
        \s*(?:-{1,2}|–|—|:)\s*
    )(?=\S)""",
    re.X,
)
# A dateline after a byline or a repeated headline, inside the first sentence:
# "… By Alana Wise WASHINGTON, Nov 6 (Reuters) - The FBI …", "Photo LONDON -- The peaks …".
_INLINE_DATELINE = re.compile(
    r"(?<![\w,])(?P<dl>[A-Z]{3,}(?:[ .-][A-Z]{2,}){0,3}(?:,[^\n()]{1,40}?)?"
    r"(?:\s*\([A-Z][\w ]{1,20}\))?\s*(?:--|-|–|—)\s+)(?=[A-Z\"“])"
)
# How many story sentences from the lead on are kept as openers (the what chooses among them).
OPENERS = 5
_ZH_NUM = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
# "新华社北京5月18日电", "新华网内罗毕５月２日电（记者王明）", "本报讯": an outlet, a place and a
# date before 电/讯, whatever the outlet is called. Rule zh_credit_forms: also the place after the
# date ("今视网3月12日南昌讯"), an outlet's short name ("南都讯"), the reporter's own credit
# ("某网记者王明5月2日报道：") and a photo credit glued to the text ("新华社发").
_ZH_DATELINE = re.compile(
    r"^(?:(?:新华社|中新社|中新网|人民网|央视网|环球网|海外网|澎湃新闻|光明网|中国日报网|本报)"
    r"[^，。！？\n]{0,24}?(?:电|讯)"
    rf"|[\u4e00-\u9fff]{{2,14}}?{_ZH_NUM}月{_ZH_NUM}日(?:[\u4e00-\u9fff]{{2,4}}?)?(?:电|讯)"
    r"|[\u4e00-\u9fff]{1,8}?[网报社台都]讯"
    rf"|[\u4e00-\u9fff]{{2,8}}?[网报社台]记者[\u4e00-\u9fff]{{2,3}}{_ZH_NUM}月{_ZH_NUM}日(?:电|讯|报道)[：:]?"
    r"|(?:新华社|中新社)发(?![布表出])"
    r"|【[^】]{0,40}】|本报讯)(?:\s*[（(][^）)]{0,40}[）)])?\s*"
)
# A dateline on its own line under the byline: "Jakarta ● Thu, March 14, 2024".
_BYLINE_DATELINE = re.compile(
    r"[ \t]*(?P<p>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})[ \t]*[●•|][ \t]*"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
)
_ZH_REPORTER = re.compile(r"\s*[（(]记者[^）)]{0,30}[）)]\s*")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_END_PUNCT = ".!?。！？\"”’'」』"
# A company or person abbreviation that a sentence splitter may take for a full stop.
_ABBREV_END = re.compile(
    r"(?:\b(?:Tbk|Persero|Corp|Inc|Ltd|Co|Bhd|Plc|Jr|Sr|St|Dr|Prof|Ir|Drs|H|Hj|Kol|Let|Jend)\.)$"
)


def strip_dateline(text: str, lang: str) -> int:
    """Characters of dateline at the start of `text` ("JAKARTA, KOMPAS.com - "); 0 when none."""
    if lang == "zh":
        m = _ZH_DATELINE.match(text)
        n = m.end() if m else 0
        r = _ZH_REPORTER.match(text, n)
        return r.end() if r else n
    m = _DATELINE.match(text)
    if not m:
        return 0
    dl = m.group("dl")
    first = dl.split()[0].strip(",")
    looks_like = (first.isupper() and len(first) >= 3) or "(" in dl or bool(OUTLET.search(dl))
    if not looks_like and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[-–—]{1,2}\s*", dl):
        from .names_places import is_place

        looks_like = is_place(dl.rstrip(" -–—"))  # detik style: "Jakarta - "
    if not looks_like or len(dl) > 70:
        return 0
    return m.end()


def _heading(line: str, lang: str, first: bool) -> bool:
    """A headline or title-case line: its capitals say nothing about names."""
    s = line.strip()
    if not s or s[-1] in '.!?。！？"”':
        return False
    if lang == "zh":
        return first and len(s) <= 40
    words = _WORD.findall(s)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words) or (first and len(words) <= 20)


def _is_title(text: str, lang: str, next_len: int = 0) -> bool:
    """A headline paragraph: one short line without a full stop. A headline may end in a quote,
    "!" or "?" ("Cubs win World Series: 'Never the same again'") when a longer paragraph follows."""
    text = text.strip()
    if "\n" in text or not text:
        return False
    size = len(text) if lang == "zh" else len(text.split())
    if size > (60 if lang == "zh" else 30):
        return False
    if text[-1] not in _END_PUNCT:
        return True
    closed = text[-1] in ".。" and not text.endswith("...")  # "Comey to country: The jury…..."
    if closed and _headline_full_stop(text, lang, size, next_len):
        return True
    if size > (40 if lang == "zh" else 20):
        # a long title may end in a quoted cry ("… conditions: 'This is mad!'"), not in a quoted
        # full stop, which ends a lead sentence ('… he said: "We will win."')
        closed = closed or text.rstrip("\"”’'」』").endswith((".", "。"))
    return not closed and next_len > 2 * len(text)


# Rule headline_full_stop: a translated or re-typed headline may end in one full stop ("Trump
# berkampanye di Virginia Barat."). A first paragraph of one short sentence is still the headline
# when the paragraph after it is far longer; a one-sentence lead paragraph runs longer than this.
_TITLE_WORDS = 16
_TITLE_HAN = 30


def _headline_full_stop(text: str, lang: str, size: int, next_len: int) -> bool:
    if size > (_TITLE_HAN if lang == "zh" else _TITLE_WORDS) or next_len <= 3 * len(text):
        return False
    body = text[:-1]  # one sentence: no sentence end before the final stop ("A.S." is no end)
    if lang == "zh":
        return not any(ch in body for ch in "。！？")
    return not SENTENCE_END.search(body)


def _unfinished(line: str, lang: str) -> bool:
    """A short line that stops without closing punctuation, as standfirsts, bylines
    ("Fikri Ramadhan (The Jakarta Post)") and timestamps do; a lead sentence ends with one."""
    line = line.strip()
    if not line or line[-1] in _END_PUNCT:
        return False
    if lang == "zh":
        return len(line) <= 40
    return len(line.split()) <= 25


def _substantial(text: str, lang: str) -> bool:
    """Long enough to be a lead: a teaser or kicker ("Talk about a November surprise.",
    "Breaking news.") is not one; six words or eight Han characters."""
    if lang == "zh":
        return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 8
    return len(_LATIN_WORD.findall(text)) >= 6


@dataclass(frozen=True)
class Layout:
    """Where the parts of one article are; spans index ``article.text``."""

    headline: Span | None  # the title paragraph, when the article opens with one
    headings: tuple[Span, ...]  # the headline and other title-case lines
    standfirst: tuple[Span, ...]  # short unfinished lines between the headline and the lead
    furniture: tuple[Span, ...]  # junk lines (cross-links, bylines, captions) and inline furniture
    datelines: tuple[Span, ...]  # a dateline at the start of any line, and the lead's own
    dateline: Span | None  # the lead's dateline ("JAKARTA, KOMPAS.com - ")
    lead: Span | None  # the lead sentence, without dateline or furniture
    lead_sentence: int | None  # index in article.sentences of the sentence the lead starts in
    openers: tuple[Span, ...] = ()  # the lead and the story sentences after it (OPENERS at most)

    def skip(self) -> list[Span]:
        """Everything that is not story text: where names and places are not looked for."""
        return [*self.headings, *self.furniture, *self.datelines]


def layout(article: Article) -> Layout:
    """The article's layout, computed once per article text and segmentation."""
    return _layout(
        article.text,
        article.lang,
        tuple(tuple(p) for p in article.paragraphs),
        tuple(s.span for s in article.sentences),
    )


def _lines(text: str) -> list[Span]:
    return [m.span() for m in re.finditer(r"[^\n]*\n?", text) if m.end() > m.start()]


@lru_cache(maxsize=8)
def _layout(
    text: str,
    lang: str,
    paragraphs: tuple[tuple[int, int], ...],
    sentences: tuple[tuple[int, int], ...],
) -> Layout:
    lines = _lines(text)
    junk_lines: list[Span] = []
    headings: list[Span] = []
    datelines: list[Span] = []
    first = True
    for a, b in lines:
        line = text[a:b]
        if is_junk_line(line):
            if line.strip():
                junk_lines.append((a, b))
        elif byline := _BYLINE_DATELINE.match(line):
            datelines.append((a + byline.start("p"), a + byline.end("p")))
        elif _heading(line, lang, first):
            headings.append((a, b))
        else:
            lead_ws = len(line) - len(line.lstrip())
            cut = strip_dateline(line[lead_ws:], lang)
            if cut:
                datelines.append((a, a + lead_ws + cut))
        if line.strip():
            first = False
    furniture = sorted(junk_lines + inline_furniture(text))
    paras = [p for p in paragraphs if text[p[0] : p[1]].strip()]
    headline = (
        paras[0]
        if len(paras) >= 2
        and _is_title(text[paras[0][0] : paras[0][1]], lang, paras[1][1] - paras[1][0])
        else None
    )
    if headline and not any(a <= headline[0] < b for a, b in headings):
        headings.insert(0, headline)
    standfirst: list[Span] = []
    lead, dl, idx, openers = _find_lead(
        _story_parts(text, lang, lines, junk_lines, furniture, headline, sentences, standfirst)
    )
    if dl and dl not in datelines:
        datelines.append(dl)
    elif dl is None and not datelines and lang != "zh":
        # a dateline the lead does not start with, after a scraped byline and photo credit:
        # "… (Photo: …, Getty Images) WASHINGTON -- In a stunning …"
        m = _INLINE_DATELINE.search(text, 0, min(len(text), 600))
        if m:
            datelines.append(m.span("dl"))
    return Layout(
        headline=headline,
        headings=tuple(headings),
        standfirst=tuple(standfirst),
        furniture=tuple(furniture),
        datelines=tuple(sorted(datelines)),
        dateline=dl,
        lead=lead,
        lead_sentence=idx,
        openers=tuple(openers),
    )


def _segments(start: int, end: int, furniture: list[Span]) -> list[Span]:
    """[start, end) less the furniture inside it, in order."""
    out: list[Span] = []
    pos = start
    k = max(0, bisect.bisect_right(furniture, (start, start)) - 1)
    for a, b in furniture[k:]:
        if a >= end:
            break
        if b <= pos:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        out.append((pos, end))
    return out


def _lead_part(text: str, lang: str, s: Span, furniture: list[Span]) -> Span | None:
    """The story text of one sentence: furniture cut out, and a standfirst that runs into a share
    bar or a video box ("… named as X Click to share on …") left behind."""
    segs = _segments(s[0], s[1], furniture)
    for a, b in segs:
        seg = text[a:b].strip()
        if not _substantial(seg, lang):
            continue
        if b < s[1] and seg[-1] not in _END_PUNCT:
            continue  # runs into furniture unfinished: a standfirst or a video title
        if CREDIT_NEXT.match(text, b):
            return None  # "A photo issued by … (Photo: AP)": a caption, its credit after it
        return a, b
    return None


def _strip_lead_dateline(text: str, lang: str, a: int, b: int) -> int:
    """Offset where the lead's story text starts, after any dateline (and a byline before it)."""
    cut = strip_dateline(text[a:b], lang)
    if cut:
        return a + cut
    if lang == "zh":
        return a
    m = _INLINE_DATELINE.search(text, a, min(b, a + 300))
    return m.end() if m else a


def _find_lead(
    found: Iterator[tuple[Span, Span | None, int]],
) -> tuple[Span | None, Span | None, int | None, list[Span]]:
    """The lead (span, its dateline, sentence index) and the lead with the story sentences after
    it, up to OPENERS of them, from `_story_parts`."""
    first = next(found, None)
    if first is None:
        return None, None, None, []
    span, dl, k = first
    openers = [span]
    for part, _, _ in found:
        if len(openers) >= OPENERS:
            break
        if part[0] >= openers[-1][1]:  # not the second half of a sentence joined at "Tbk."
            openers.append(part)
    return span, dl, k, openers


def _story_parts(
    text: str,
    lang: str,
    lines: list[Span],
    junk_lines: list[Span],
    furniture: list[Span],
    headline: Span | None,
    sentences: tuple[tuple[int, int], ...],
    standfirst: list[Span],
) -> Iterator[tuple[Span, Span | None, int]]:
    """Story sentences in order (without dateline or furniture), from the lead on; short
    unfinished lines before the lead go to `standfirst`. The headline stands in when no
    sentence qualifies, then the first candidate."""
    line_starts = [a for a, _ in lines]
    junk = set(junk_lines)
    cands: list[tuple[int, int]] = []  # (sentence index, index of the line it starts on)
    for k, (a, b) in enumerate(sentences):
        li = max(0, bisect.bisect_right(line_starts, a) - 1)
        segs = _segments(a, b, furniture)  # "(Photo: AP) A lorry hit …": judge the story part
        if lines and (lines[li] in junk or not segs or is_junk_line(text[segs[0][0] : b])):
            continue
        cands.append((k, li))
    title: int | None = None
    unfinished: dict[Span, bool] = {}  # per line, not per sentence: a one-line article stays linear
    started = False
    for n, (k, li) in enumerate(cands):
        a, b = sentences[k]
        if headline and a < headline[1]:
            title = k if title is None else title
            continue
        line = lines[li] if lines else (a, b)
        if line not in unfinished:
            unfinished[line] = _unfinished(text[line[0] : line[1]], lang)
        if unfinished[line]:
            if not started and line not in standfirst:
                standfirst.append(line)
            continue
        part = _lead_part(text, lang, (a, b), furniture)
        if part is None:
            continue
        start = _strip_lead_dateline(text, lang, *part)
        dl = (part[0], start) if start > part[0] else None
        while start < part[1] and (text[start].isspace() or text[start] in ":：,，"):
            start += 1  # "国际在线报道（记者 X）：中国外交部……": the colon after a credit
        end = part[1]
        nxt = sentences[cands[n + 1][0]] if n + 1 < len(cands) else None
        if nxt and _ABBREV_END.search(text[start:end]) and "\n" not in text[end : nxt[0]]:
            end = nxt[1]  # "PT Bank X Tbk. (BNS) membukukan …" was split at "Tbk."
        if not _substantial(text[start:end], lang):
            continue
        started = True
        yield (start, end), dl, k
    if started:
        return
    if title is not None:
        yield sentences[title], None, title
    elif cands:
        yield sentences[cands[0][0]], None, cands[0][0]
