"""The event date: every date mention in the article, resolved, then the one the story is about.

`find_dates` is the reusable part (all mentions, normalised, with spans); `find_when` scores them.
A candidate scores for being precise (a range or a full date over a bare weekday), for sitting in
the lead or the dateline, for standing next to an event verb ("digelar", "held", "举行") and for
being close to the publication date; it loses for sitting in quoted speech, after "sejak"/"since"
(history), "hingga"/"until" (a deadline) or far from the publication date. Dates in "Baca juga:"
lines and birth dates are never the event date. Amounts, durations and bare years never become
candidates at all: the grammar does not read them as dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article, Span, When
from .dates_grammar import DATE_KINDS, DateMention, extract
from .dates_lexicon import (
    BACKGROUND_CUES,
    BIRTH_CUES,
    DEADLINE_CUES,
    EVENT_VERBS,
    FUTURE_CUES,
    RELATED_LINE,
    REPORT_AFTER,
    REPORT_BEFORE,
    STAMP_WORDS,
)
from .dates_resolve import resolve

# Below this a candidate is a passing mention, not the event's date.
MIN_SCORE = 1.0


@dataclass
class DateCandidate:
    mention: DateMention
    when: When
    future: bool = False
    score: float = 0.0


def _rules_lang(lang: str) -> str:
    if lang in ("id", "en", "zh"):
        return lang
    return "id" if lang == "ms" else "zh" if lang.startswith("zh") else "en"


_LATIN_BOUNDARY = re.compile(r"[.!?][\"”’')]?\s+(?=[A-Z\"“‘(])|\n")
_ZH_BOUNDARY = re.compile(r"[。！？；!?\n]")


def _boundary(lang: str) -> re.Pattern[str]:
    return _ZH_BOUNDARY if lang == "zh" else _LATIN_BOUNDARY


def _sentence_bounds(text: str, pos: int, end: int, lang: str) -> tuple[int, int]:
    """The sentence around [pos, end), found on the text itself (spans never depend on it)."""
    lo = max(0, pos - 300)
    s = lo
    for m in _boundary(lang).finditer(text, lo, pos):
        s = m.end()
    m2 = _boundary(lang).search(text, end, min(len(text), end + 300))
    e = m2.start() + 1 if m2 else min(len(text), end + 300)
    return s, e


# How far to look for the ends of a line: a dateline, a stamp or a "Read more" head is short,
# and a bounded look keeps one-line megabyte inputs linear.
_LINE_REACH = 400


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line around `pos`, or a window of _LINE_REACH on a side where no newline is near."""
    lo = max(0, pos - _LINE_REACH)
    s = text.rfind("\n", lo, pos) + 1 or lo
    e = text.find("\n", pos, pos + _LINE_REACH)
    return s, (min(len(text), pos + _LINE_REACH) if e < 0 else e)


def _is_dateline(text: str, mn: DateMention, lang: str) -> bool:
    if lang == "zh":
        # 新华社北京5月18日电 / 本报北京5月18日讯
        return text[mn.end : mn.end + 2].lstrip()[:1] in ("电", "讯") and mn.start < 60
    ls, _ = _line(text, mn.start)
    if mn.start - ls > 60 or len(text[:ls].strip()) > 200:
        return False
    head = text[ls : mn.start]
    tail = text[mn.end : mn.end + 40]
    # "JAKARTA, ", "DAVAO CITY, Philippines, ", "Jakarta (ANTARA), "
    return bool(re.fullmatch(r"[A-Z][A-Za-z .,'’-]*(?:\([^)]*\))?\s*,?\s*", head)) and bool(
        re.match(r"\s*(?:\([^)]{1,30}\)\s*)?(?:-{1,2}|–|—)\s", tail)
    )


def _is_stamp(text: str, mn: DateMention, times: list[DateMention], lang: str) -> bool:
    """A line that only carries the publication date (and time, source): not the story's text."""
    if mn.kind not in ("date", "range") or mn.m is None:
        return False
    ls, le = _line(text, mn.start)
    if mn.end > le:
        return False
    rest = text[ls : mn.start] + " " + text[mn.end : le]
    for t in times:
        if ls <= t.start and t.end <= le:
            rest = rest.replace(text[t.start : t.end], " ")
    if lang == "zh":
        rest = re.sub(
            r"(?:来源|编辑|责任编辑|作者|记者|发布时间|更新时间|时间)[:：]?\s*\S{0,12}", " ", rest
        )
        return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 2
    words = [w for w in re.findall(r"[A-Za-z]+", rest.lower()) if w not in STAMP_WORDS]
    return len(words) <= 1 and len(rest.strip()) < 40


def _future(text: str, mn: DateMention, lang: str) -> bool:
    s, _ = _sentence_bounds(text, mn.start, mn.end, lang)
    before = text[max(s, mn.start - 60) : mn.start].lower()
    if lang == "zh":
        return any(c in before[-12:] for c in FUTURE_CUES["zh"])
    return any(re.search(rf"(?<![a-z]){re.escape(c)}(?![a-z])", before) for c in FUTURE_CUES[lang])


def _cue_before(
    text: str, mn: DateMention, cues: tuple[str, ...], lang: str, width: int = 14
) -> bool:
    before = text[max(0, mn.start - width) : mn.start].lower()
    if lang == "zh":
        return any(before.endswith(c) or before[-3:].find(c) >= 0 for c in cues)
    return any(
        re.search(
            rf"(?<![a-z]){re.escape(c)}(?:\s+(?:tanggal|tgl\.?|the|on|pada))?\s*[(,]?\s*$", before
        )
        for c in cues
    )


def _related_line(text: str, pos: int) -> bool:
    ls, _ = _line(text, pos)
    if ls > 0 and text[ls - 1] != "\n":
        return False  # no line start within reach: not a short "Baca juga" line
    head = text[ls:pos].strip().lower()
    return any(head.startswith(c) for c in RELATED_LINE)


def _hint(full: list[DateMention]) -> DateMention | None:
    """The article's own "now" when it has no publication date: its latest full date.

    Background dates are older than the news, so the latest day-precise date is the best
    guess at the year a year-less date belongs to; month-level dates only when there is none.
    """
    days = [m for m in full if m.d is not None]
    pool = days or full
    if not pool:
        return None
    return max(pool, key=lambda m: (m.y or 0, m.m or 0, m.d or 0))


_CLOCK = "{:02d}:{:02d}"


def _attach_time(
    text: str, mn: DateMention, times: list[DateMention], starts: list[int], lang: str
) -> str | None:
    """The clock time nearest the date in its sentence (within 80 characters). Times and dates
    never overlap, so only the time just before and the one just after can be nearest."""
    s, e = _sentence_bounds(text, mn.start, mn.end, lang)
    best: tuple[int, DateMention] | None = None
    k = bisect.bisect_left(starts, mn.start)
    for t in times[max(0, k - 1) : k + 1]:
        if t.start < s or t.end > e:
            continue
        dist = t.start - mn.end if t.start >= mn.end else mn.start - t.end
        if dist < 0 or dist > 80:
            continue
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None:
        return None
    return _CLOCK.format(best[1].hour or 0, best[1].minute or 0)


def date_candidates(text: str, lang: str, ref: dt.date | None) -> list[DateCandidate]:
    """Every resolvable date mention in `text`, in text order, with its parsed mention."""
    lang = _rules_lang(lang)
    mentions = extract(text, lang)
    dates = [m for m in mentions if m.kind in DATE_KINDS]
    times = [m for m in mentions if m.kind == "time"]
    for m in dates[:4]:
        if _is_dateline(text, m, lang) or _is_stamp(text, m, times, lang):
            m.flags.add("dateline")
    full = [m for m in dates if m.y is not None and m.m is not None]
    hint = _hint(full)
    if ref is None:
        # the article's own dateline or stamp ("JAKARTA, 5/6/2023 -", "BEIJING, May 5 (Reuters)"
        # with the year from the article) anchors relative words
        for m in dates:
            if "dateline" in m.flags and m.kind == "date":
                r = resolve(m, None, hint)
                if r is not None:
                    ref = r[0]
                    break
    out: list[DateCandidate] = []
    time_starts = [t.start for t in times]
    for m in dates:
        future = _future(text, m, lang)
        r = resolve(m, ref, hint, future=future)
        if r is None:
            continue
        when = When(
            text=text[m.start : m.end],
            start=r[0],
            end=r[1],
            time=_attach_time(text, m, times, time_starts, lang),
            span=(m.start, m.end),
        )
        out.append(DateCandidate(m, when, future))
    return out


def find_dates(text: str, lang: str, ref: dt.date | None = None) -> list[When]:
    """All date mentions in `text` with spans, normalised against the reference date `ref`."""
    return [c.when for c in date_candidates(text, lang, ref)]


# ------------------------------------------------------------------------------ scoring


def _paragraphs(article: Article) -> list[Span]:
    if article.paragraphs:
        return list(article.paragraphs)
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", article.text) if m.group().strip()]


def _lead_index(text: str, paras: list[Span]) -> int:
    """The first body paragraph: skip the headline and any standfirst, byline or timestamp
    lines under it (short, no closing punctuation)."""
    k = 0
    while k < min(len(paras) - 1, 4):
        s, e = paras[k]
        first = text[s:e].strip()
        if len(first) < 150 and not re.search(r"[.!?。！？\"”)]$", first):
            k += 1
            continue
        break
    return k


class _Quotes:
    """Whether a position is inside quoted speech in its paragraph, from the quote marks before
    it: positions of each mark found once, counted by binary search (linear overall)."""

    def __init__(self, text: str) -> None:
        self.at = {q: [m.start() for m in re.finditer(re.escape(q), text)] for q in '“”「」"'}

    def _count(self, q: str, lo: int, hi: int) -> int:
        xs = self.at[q]
        return bisect.bisect_left(xs, hi) - bisect.bisect_left(xs, lo)

    def inside(self, pos: int, para: Span) -> bool:
        c = lambda q: self._count(q, para[0], pos)  # noqa: E731
        if c("“") > c("”") or c("「") > c("」"):
            return True
        return c('"') % 2 == 1


_BASE = {
    "range": 3.0,
    "wdrange": 2.0,
    "weekday": 1.6,
    "rel": 1.6,
    "week": 0.8,
    "weekend": 0.9,
    "month": 0.4,
}


def _base(m: DateMention) -> float:
    if m.kind == "date":
        if m.y is not None:
            return 2.6
        if m.m is None:
            return 1.6  # a day alone (18日)
        return 2.4 if m.weekday is not None else 2.2
    if m.kind == "month" and m.part:
        return 0.7
    return _BASE.get(m.kind, 0.5)


_VERB_RX = {
    lang: re.compile(
        "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
        if lang == "zh"
        else r"(?<![A-Za-z])(?:"
        + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
        + r")(?![A-Za-z])",
        0 if lang == "zh" else re.IGNORECASE,
    )
    for lang, verbs in EVENT_VERBS.items()
}


def _verb_bonus(text: str, mentions: list[DateMention], lang: str) -> dict[int, float]:
    """Event-verb bonus per mention (by id): each verb counts for the nearest date in its sentence.

    In "the quake that struck early on Monday rose above 5,000 on Tuesday" the verb belongs to
    Monday, not to every date of the sentence.
    """
    best: dict[int, int] = {}
    spans = {id(m): _sentence_bounds(text, m.start, m.end, lang) for m in mentions}
    # sentences are at most a few hundred characters (see _sentence_bounds), so each holds a
    # bounded number of dates: grouping them keeps this linear in the article
    same: dict[tuple[int, int], list[DateMention]] = {}
    for m in mentions:
        same.setdefault(spans[id(m)], []).append(m)
    for m in mentions:
        s, e = spans[id(m)]
        rivals = same[(s, e)]
        for hit in _VERB_RX[lang].finditer(text, max(s, m.start - 120), min(e, m.end + 120)):

            def dist(o: DateMention, hit: re.Match[str] = hit) -> int:
                if hit.start() >= o.end:
                    return hit.start() - o.end
                return max(o.start - hit.end(), 0)

            if min(rivals, key=dist) is not m:
                continue
            d = dist(m)
            best[id(m)] = min(d, best.get(id(m), d))
    near = 12 if lang == "zh" else 40
    return {k: 1.5 + (0.5 if d <= near else 0.0) for k, d in best.items()}


def _reported(text: str, m: DateMention, lang: str) -> bool:
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 40]
    return bool(re.search(REPORT_BEFORE[lang], before)) or bool(re.match(REPORT_AFTER[lang], after))


def _article_now(cands: list[DateCandidate]) -> dt.date | None:
    """Without a publication date, closeness is measured to the dateline or the latest full date."""
    for c in cands:
        if "dateline" in c.mention.flags and c.mention.full:
            return c.when.start
    full = [c.when.start for c in cands if c.mention.full]
    return max(full) if full else None


def score_candidates(article: Article, cands: list[DateCandidate]) -> list[DateCandidate]:
    text, lang = article.text, _rules_lang(article.lang)
    paras = _paragraphs(article)
    lead = _lead_index(text, paras)
    ref = article.date or _article_now(cands)
    verbs = _verb_bonus(text, [c.mention for c in cands], lang)
    quotes = _Quotes(text)
    para_starts = [s for s, _ in paras]
    kept: list[DateCandidate] = []
    for c in cands:
        m = c.mention
        if _related_line(text, m.start) or _cue_before(text, m, BIRTH_CUES, lang, 24):
            continue
        pidx = bisect.bisect_right(para_starts, m.start) - 1
        if pidx < 0 or m.start >= paras[pidx][1]:
            pidx = len(paras)
        para = paras[pidx] if pidx < len(paras) else (0, len(text))
        score = _base(m)
        if "dateline" in m.flags:
            # the filing date: the event's date only when the story names no other
            score += 1.5
        elif _reported(text, m, lang):
            score += {0: 3.0, 1: 1.8, 2: 1.0}.get(pidx - lead, 0.0) - 1.5
        else:
            rank = pidx - lead
            score += {0: 3.0, 1: 1.8, 2: 1.0, 3: 0.5}.get(rank, 2.0 if rank < 0 else 0.0)
            if rank == 0:
                s, _ = _sentence_bounds(text, m.start, m.end, lang)
                if s <= para[0] or not _boundary(lang).search(text, para[0], m.start):
                    score += 1.0
            score += verbs.get(id(m), 0.0)
        if quotes.inside(m.start, para):
            score -= 1.5
        if m.kind != "range":
            if _cue_before(text, m, BACKGROUND_CUES[lang], lang):
                score -= 1.5
            if _cue_before(text, m, DEADLINE_CUES[lang], lang):
                score -= 1.5
        if ref is not None:
            delta = (c.when.start - ref).days
            if -7 <= delta <= 1:
                score += 1.0
            elif -31 <= delta <= 7:
                score += 0.5
            elif delta > 30:
                # a plan months ahead; the news is usually that it was announced
                score -= 3.0 + (1.0 if c.future else 0.0)
            elif delta < -365:
                score -= 2.5
            elif delta < -60:
                score -= 1.0
        c.score = score
        kept.append(c)
    # two mentions of the same day corroborate each other ("Senin" ... "5 Juni"); the dateline
    # does not: it is the filing day whatever the story is about
    days = Counter((c.when.start, c.when.end) for c in kept if "dateline" not in c.mention.flags)
    for c in kept:
        twins = days[(c.when.start, c.when.end)] - ("dateline" not in c.mention.flags)
        c.score += 0.5 * min(twins, 2)
    return kept


def find_when(article: Article) -> When | None:
    """The date (or range) of the event the article reports, or None when it gives none."""
    cands = score_candidates(article, date_candidates(article.text, article.lang, article.date))
    cands = [c for c in cands if c.score >= MIN_SCORE]
    if not cands:
        return None
    best = max(cands, key=lambda c: (c.score, -c.mention.start))
    return _explicit_phrase(best, cands).when


def _explicitness(m: DateMention) -> int:
    if m.kind not in ("date", "range"):
        return 0  # a weekday or a relative word ("Senin", "昨天") only implies the date
    return 1 + (m.m is not None) + (m.y is not None)


def _explicit_phrase(best: DateCandidate, cands: list[DateCandidate]) -> DateCandidate:
    """Rule explicit_phrase: the chosen day is reported with the phrase that states it most fully.
    "今天" and the dateline's "4月14日" name the same day; the reader gets "4月14日" (its own span),
    and the clock time found next to the winning phrase is kept."""
    same = [c for c in cands if (c.when.start, c.when.end) == (best.when.start, best.when.end)]
    top = max(same, key=lambda c: (_explicitness(c.mention), c is best, c.score))
    if top is best or _explicitness(top.mention) <= _explicitness(best.mention):
        return best
    if top.when.time is None and best.when.time is not None:
        top.when = top.when.model_copy(update={"time": best.when.time})
    return top
