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
from collections.abc import Sequence

from ..model import Article, Span, When
from .dates_grammar import DATE_KINDS, DateMention, extract
from .dates_lexicon import ANAPHORIC_DAY
from .dates_resolve import resolve
from .layout import layout
from .when_context import (
    DateCandidate,
    _future,
    _is_stamp,
    _rules_lang,
    _sentence_bounds,
)
from .when_score import score_candidates

__all__ = ["DateCandidate", "date_candidates", "find_dates", "find_when", "score_candidates"]

# Below this a candidate is a passing mention, not the event's date.
MIN_SCORE = 1.0


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


# what may stand before a clock time that opens its sentence ("At about 6am, ...", "约11时，")
_FRONTED = re.compile(
    r"\s*(?:(?:at|around|about|shortly|just|after|before|sekitar|pada|pukul|sekira|约|于)\s*)*",
    re.IGNORECASE,
)


def _clock(t: DateMention) -> str:
    """A time mention as the brief writes it ("04:20")."""
    return f"{t.hour or 0:02d}:{t.minute or 0:02d}"


def _attach_time(
    text: str,
    mn: DateMention,
    times: list[DateMention],
    starts: list[int],
    date_starts: list[int],
    lang: str,
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
        t = _next_sentence_time(text, e, times, starts, date_starts, lang)
        return None if t is None else _clock(t)
    return _clock(best[1])


def _next_sentence_time(
    text: str,
    end: int,
    times: list[DateMention],
    starts: list[int],
    date_starts: list[int],
    lang: str,
) -> DateMention | None:
    """Rule time_context: a clock time that opens a sentence just after the date's (within 40
    characters, same paragraph, no date of its own before it) is on the date just told
    ("6日凌晨丽江发生火灾。凌晨4点20发现火情": the 6th, 04:20)."""
    k = bisect.bisect_left(starts, end)
    if k >= len(times):
        return None
    t = times[k]
    if t.start - end > 40 or "\n" in text[end : t.start]:
        return None
    d = bisect.bisect_left(date_starts, end)
    if d < len(date_starts) and date_starts[d] < t.end:
        return None  # a date of its own comes first ("7日凌晨4点")
    s, _ = _sentence_bounds(text, t.start, t.end, lang)
    return t if s >= end and _FRONTED.fullmatch(text, s, t.start) else None


def date_candidates(text: str, lang: str, ref: dt.date | None) -> list[DateCandidate]:
    """Every resolvable date mention in `text`, in text order, with its parsed mention."""
    from ..segment import paragraphs, sentences

    article = Article(
        text=text, lang=lang, paragraphs=paragraphs(text), sentences=sentences(text, lang)
    )
    return _candidates(text, lang, ref, layout(article).datelines)[0]


def _in_dateline(m: DateMention, datelines: Sequence[Span]) -> bool:
    """The mention lies in a dateline the layout pass found ("新华社北京5月18日电",
    "BEIJING, May 5 (Reuters) - ")."""
    return any(a <= m.start and m.end <= b for a, b in datelines)


# how long before publication a story may have been filed (a daily prints yesterday's wire)
_FILED_BEFORE = 7


def _dateline_ref(
    dates: list[DateMention], ref: dt.date | None, hint: DateMention | None
) -> dt.date | None:
    """Rule dateline_anchor: the story's "now" for relative words. The article's own dateline or
    stamp ("新华社北京5月21日电 今天…", "BEIJING, May 5 (Reuters) - … on Monday") is the day it was
    written, which a daily may print a day or more later: 今天 is the 21st even when the paper is
    dated the 22nd. Without a publication date the dateline is the only anchor there is."""
    for m in dates:
        if "dateline" in m.flags and m.kind == "date":
            r = resolve(m, ref, hint)
            if r is None:
                continue
            if ref is None or 0 <= (ref - r[0]).days <= _FILED_BEFORE:
                return r[0]
            break
    return ref


def _partial(m: DateMention) -> str | None:
    """The ISO partial date a mention states without a year: "--05-18", "--05", "2023-05"."""
    if m.kind in ("date", "range") and m.m is not None and m.d is not None and m.y is None:
        return f"--{m.m:02d}-{m.d:02d}"
    if m.kind == "month" and m.m is not None and m.mrel is None:
        return f"{m.y:04d}-{m.m:02d}" if m.y is not None else f"--{m.m:02d}"
    return None


def _candidates(
    text: str,
    lang: str,
    ref: dt.date | None,
    datelines: Sequence[Span] = (),
    mentions: list[DateMention] | None = None,
) -> tuple[list[DateCandidate], list[DateCandidate]]:
    """(resolved, anchor-less): the second holds the date phrases no calendar date could be
    given to (a year-less date with nothing to take the year from, "kemarin" with no reference,
    近日), with `start` null and the partial date the text does state. `mentions`: the text's
    `extract`, where the caller has it already."""
    lang = _rules_lang(lang)
    mentions = extract(text, lang) if mentions is None else mentions
    dates = [m for m in mentions if m.kind in DATE_KINDS]
    times = [m for m in mentions if m.kind == "time"]
    for m in dates[:4]:
        if _in_dateline(m, datelines) or _is_stamp(text, m, times, lang):
            m.flags.add("dateline")
    full = [m for m in dates if m.y is not None and m.m is not None]
    hint = _hint(full)
    ref = _dateline_ref(dates, ref, hint)
    out: list[DateCandidate] = []
    loose: list[DateCandidate] = []
    time_starts = [t.start for t in times]
    date_starts = [d.start for d in dates]
    for m in dates + [m for m in mentions if m.kind == "vague"]:
        future = _future(text, m, lang)
        r = resolve(m, ref, hint, future=future) if m.kind != "vague" else None
        when = When(
            text=text[m.start : m.end],
            start=r[0] if r else None,
            end=r[1] if r else None,
            partial=None if r else _partial(m),
            time=_attach_time(text, m, times, time_starts, date_starts, lang),
            span=(m.start, m.end),
        )
        (out if r else loose).append(DateCandidate(m, when, future))
    return out, _anaphoric_days(text, out, loose)


# how far back the day a "that day" word (当天, ANAPHORIC_DAY) names may stand: a sentence or two,
# the same paragraph
_ANAPHOR_REACH = 200
_DAY_KINDS = ("date", "rel", "weekday")


def _anaphoric_days(
    text: str, resolved: list[DateCandidate], loose: list[DateCandidate]
) -> list[DateCandidate]:
    """Rule anaphoric_day: 当天/当日/当晚 take the day of the nearest day-precise date before them
    in the same paragraph ("安全官员24日说，…军营当天遭到袭击" is the 24th); with none, they stay
    anchor-less. Resolved ones move from `loose` into `resolved` (kept in text order)."""
    days = [
        c
        for c in resolved
        if c.when.start is not None and c.when.end is None and c.mention.kind in _DAY_KINDS
    ]
    starts = [c.mention.start for c in days]
    still: list[DateCandidate] = []
    for c in loose:
        m = c.mention
        k = bisect.bisect_left(starts, m.start) - 1
        if text[m.start : m.end] not in ANAPHORIC_DAY or k < 0:
            still.append(c)
            continue
        prev = days[k]
        gap = text[prev.mention.end : m.start]
        if len(gap) > _ANAPHOR_REACH or "\n" in gap:
            still.append(c)
            continue
        c.when = c.when.model_copy(update={"start": prev.when.start, "partial": None})
        c.mention.flags.add("anaphor")
        resolved.append(c)
    resolved.sort(key=lambda c: c.mention.start)
    return still


def find_dates(text: str, lang: str, ref: dt.date | None = None) -> list[When]:
    """All date mentions in `text` with spans, normalised against the reference date `ref`."""
    return [c.when for c in date_candidates(text, lang, ref)]


def find_when(article: Article) -> When | None:
    """The date (or range) of the event the article reports, or None when it gives none."""
    mentions = extract(article.text, _rules_lang(article.lang))
    resolved, loose = _candidates(
        article.text, article.lang, article.date, layout(article).datelines, mentions
    )
    cands = [c for c in score_candidates(article, resolved) if c.score >= MIN_SCORE]
    if cands:
        best = max(cands, key=lambda c: (c.score, -c.mention.start))
        return _explicit_phrase(article.text, best, cands).when
    # Rule anchorless_date: a date phrase that cannot be placed on the calendar ("Senin (5/6)"
    # with no year to be had, "kemarin" with no publication date, 近日) is still the event's
    # time as written: reported with its span and partial date, never filled in from elsewhere.
    loose = [c for c in score_candidates(article, loose) if c.score >= MIN_SCORE]
    if not loose:
        times = [m for m in mentions if m.kind == "time"]
        return _clock_time(article, times) or _headline_year(article)
    return max(loose, key=lambda c: (c.score, -c.mention.start)).when


# how far into the story a lone clock time may stand and still be the event's
_CLOCK_REACH = 800


def _clock_time(article: Article, times: list[DateMention]) -> When | None:
    """Rule clock_time_only: with no date phrase anywhere, a clock time that opens a sentence near
    the start of the story ("11时26分，…一民房失火", "At 00:48 in Cleveland, ...") is the event's
    time as written: its text, span and `time`, with no calendar date (the article does not say
    which day it is). `times`: the text's time mentions, in text order."""
    text, lang = article.text, _rules_lang(article.lang)
    lay = layout(article)
    first = lay.lead[0] if lay.lead else 0
    for m in times:
        if m.start < first:
            continue
        if m.start > first + _CLOCK_REACH:
            break
        s, _ = _sentence_bounds(text, m.start, m.end, lang)
        if not _FRONTED.fullmatch(text, s, m.start):
            continue  # "Kegiatan dimulai pukul 14.30": a schedule inside a clause, not the news
        return When(text=text[m.start : m.end], start=None, time=_clock(m), span=(m.start, m.end))
    return None


_YEAR = re.compile(r"(?<![\d.,:/-])(?:19|20)\d{2}(?![\d.,/%-]|:\d|\s*年代|s\b)")


def _headline_year(article: Article) -> When | None:
    """Rule headline_year: with no date phrase anywhere, the year an event is named by in the
    headline ("World Series 2016", "Pemilu 2024") is its partial date (start null, partial "2016")."""
    lay = layout(article)
    if lay.headline is None:
        return None
    hs, he = lay.headline
    m = _YEAR.search(article.text, hs, he)
    if m is None:
        return None
    return When(text=m.group(), start=None, partial=m.group(), span=m.span())


def _explicitness(m: DateMention) -> int:
    if m.kind not in ("date", "range"):
        return 0  # a weekday or a relative word ("Senin", "昨天") only implies the date
    return 1 + (m.m is not None) + (m.y is not None)


_BESIDE_REACH = 2000


def _beside(text: str, c: DateCandidate, best: DateCandidate) -> bool:
    """The dateline, or a phrase in the same paragraph as the chosen one: a later paragraph's
    "7月15日" may name the same day for another thing (a notice signed that day)."""
    if "dateline" in c.mention.flags:
        return True
    a, b = sorted((c.mention.start, best.mention.start))
    # bounded: an article of one huge paragraph with the same day on every line stays linear
    return b - a <= _BESIDE_REACH and text.find("\n", a, b) < 0


def _explicit_phrase(text: str, best: DateCandidate, cands: list[DateCandidate]) -> DateCandidate:
    """Rule explicit_phrase: the chosen day is reported with the phrase that states it most fully.
    "今天" and the dateline's "4月14日" name the same day; the reader gets "4月14日" (its own span),
    and the clock time found next to the winning phrase is kept."""
    same = [
        c
        for c in cands
        if (c.when.start, c.when.end) == (best.when.start, best.when.end) and _beside(text, c, best)
    ]
    top = max(same, key=lambda c: (_explicitness(c.mention), c is best, c.score))
    if top is best or _explicitness(top.mention) <= _explicitness(best.mention):
        return best
    if top.when.time is None and best.when.time is not None:
        top.when = top.when.model_copy(update={"time": best.when.time})
    return top
