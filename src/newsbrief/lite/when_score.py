"""Scoring date candidates: which of an article's dates is the event's.

A candidate scores for being precise (a range or a full date over a bare weekday), for sitting in
the lead or the dateline, for standing next to an event verb ("digelar", "held", "举行") and for
being close to the publication date; it loses for sitting in quoted speech, after "sejak"/"since"
(history), "hingga"/"until" (a deadline) or far from the publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from ..model import Article, Span
from .dates_grammar import DateMention
from .dates_lexicon import (
    AS_OF_CUES,
    BACKGROUND_CUES,
    BIRTH_CUES,
    DEADLINE_CUES,
    EVENT_VERBS,
    RELATIVE_OPENERS,
    REPORT_AFTER,
    REPORT_BEFORE,
)
from .layout import layout
from .when_context import (
    DateCandidate,
    _cue_before,
    _related_line,
    _rules_lang,
    _sentence_bounds,
)


def _paragraphs(article: Article) -> list[Span]:
    if article.paragraphs:
        return list(article.paragraphs)
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", article.text) if m.group().strip()]


def _lead_place(article: Article, para_starts: list[int]) -> tuple[int, Span]:
    """The lead paragraph's index and the lead sentence's span, from the layout pass (headline,
    standfirst, bylines and furniture before the lead are skipped there)."""
    lead = layout(article).lead
    if lead is None or not para_starts:
        start = para_starts[0] if para_starts else 0
        return 0, (start, start)
    return max(0, bisect.bisect_right(para_starts, lead[0]) - 1), lead


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
    full = [c.when.start for c in cands if c.mention.full and c.when.start]
    return max(full) if full else None


_ZH_MODIFIER = re.compile(r"[^，。；,]{0,3}发生[^，。；,]{0,40}?的")
_ZH_CLAUSE = re.compile(r"[，,：:；]")


def _zh_object_modifier(text: str, m: DateMention, s: int, earlier: list[int]) -> bool:
    """Rule relative_clause (zh): "安理会25日发表声明，强烈谴责24日发生在也门的袭击" — a date inside a
    "…发生…的" modifier of a verb's object, after another date of the same sentence, is the
    background event the news reacts to."""
    k = bisect.bisect_left(earlier, m.start)
    if k == 0 or earlier[k - 1] < s or not _ZH_MODIFIER.match(text, m.end):
        return False
    cut = max(s, max((x.end() for x in _ZH_CLAUSE.finditer(text, s, m.start)), default=s))
    return bool(text[cut : m.start].strip())


def _in_relative_clause(text: str, m: DateMention, lang: str, earlier: list[int]) -> bool:
    """Rule relative_clause: the date sits in a clause opened by ", who"/", which"/", yang" and not
    yet closed by a comma ("Mr Trump, who won on Wednesday, said ..."): the subject's background."""
    s, _ = _sentence_bounds(text, m.start, m.end, lang)
    if lang == "zh":
        return _zh_object_modifier(text, m, s, earlier)
    openers = RELATIVE_OPENERS.get(lang, ())
    if not openers:
        return False
    before = text[max(s, m.start - 150) : m.start]
    cut = max((before.rfind(f", {w} ") for w in openers), default=-1)
    return cut >= 0 and "," not in before[cut + 1 :]


_UNTIL = {
    "en": re.compile(r"(?<![A-Za-z])(?:until|till)\s[^,.;:!?\"“”]{0,60}$", re.IGNORECASE),
    # not id: "hingga"/"sampai" as often mean "up to" an amount ("meluas hingga 320 hektare")
    "zh": re.compile(r"直到[^，。；：！？“”]{0,30}$"),
}


def _until_clause(text: str, m: DateMention, lang: str) -> bool:
    """Rule until_clause: "the home side was leading until the referee stopped play on Oct. 28" — a
    date at the end of an until-clause marks when a state ended, before the news."""
    rx = _UNTIL.get(lang)
    return rx is not None and bool(rx.search(text, max(0, m.start - 80), m.start))


# Rule paragraph_depth: a story printed as one long paragraph (no paragraph breaks kept) ranks
# its dates by how far into it they stand, as if it were cut into paragraphs of this length.
_PARA_REACH = 600


def _rank(m: DateMention, para: Span, rank: int, lead: Span) -> int:
    """The paragraph rank of a mention counted from the lead (negative: above it), deepened by
    its distance from its paragraph's start, or the lead's in the lead paragraph (rule
    paragraph_depth)."""
    if rank < 0:
        return rank
    return rank + max(0, m.start - (lead[0] if rank == 0 else para[0])) // _PARA_REACH


def _recency(delta: int, future: bool) -> float:
    """Points for a date `delta` days from the article's date: the news is about the last days."""
    if -7 <= delta <= 1:
        return 1.0
    if -31 <= delta <= 7:
        return 0.5
    if delta > 30:
        # a plan months ahead; the news is usually that it was announced
        return -(3.0 + (1.0 if future else 0.0))
    if delta < -365:
        return -2.5
    if delta < -60:
        return -1.0
    return 0.0


def score_candidates(article: Article, cands: list[DateCandidate]) -> list[DateCandidate]:
    text, lang = article.text, _rules_lang(article.lang)
    paras = _paragraphs(article)
    para_starts = [s for s, _ in paras]
    lead, lead_span = _lead_place(article, para_starts)
    ref = article.date or _article_now(cands)
    verbs = _verb_bonus(text, [c.mention for c in cands], lang)
    quotes = _Quotes(text)
    earlier = [c.mention.start for c in cands if "dateline" not in c.mention.flags]
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
        rank = _rank(m, para, pidx - lead, lead_span)
        if "dateline" in m.flags:
            # the filing date: the event's date only when the story names no other
            score += 1.5
        elif _reported(text, m, lang) or _cue_before(text, m, AS_OF_CUES[lang], lang):
            score += {0: 3.0, 1: 1.8, 2: 1.0}.get(rank, 0.0) - 1.5
        else:
            score += {0: 3.0, 1: 1.8, 2: 1.0, 3: 0.5}.get(rank, 2.0 if rank < 0 else 0.0)
            if rank == 0 and m.start < lead_span[1]:
                score += 1.0  # in the lead sentence
            score += verbs.get(id(m), 0.0)
        if quotes.inside(m.start, para):
            score -= 1.5
        if m.kind != "range":
            if _cue_before(text, m, BACKGROUND_CUES[lang], lang):
                score -= 1.5
            if _cue_before(text, m, DEADLINE_CUES[lang], lang) or _until_clause(text, m, lang):
                score -= 1.5
        if _in_relative_clause(text, m, lang, earlier):
            score -= 3.0  # outweighs the event verb of the clause itself ("who was elected")
        if ref is not None and c.when.start is not None:
            score += _recency((c.when.start - ref).days, c.future)
        c.score = score
        kept.append(c)
    # two mentions of the same day corroborate each other ("Senin" ... "5 Juni"); the dateline
    # does not: it is the filing day whatever the story is about
    days = Counter(
        (c.when.start, c.when.end)
        for c in kept
        if "dateline" not in c.mention.flags and c.when.start is not None
    )
    for c in kept:
        if c.when.start is None:
            continue
        twins = days[(c.when.start, c.when.end)] - ("dateline" not in c.mention.flags)
        c.score += 0.5 * min(twins, 2)
    return kept
