"""A grammar of date, range and time expressions for Indonesian, English and Chinese news.

The grammar only reads: it turns text into `DateMention`s (what was written, with its character span
and the parts it states), and leaves the calendar arithmetic to `dates_resolve`. Patterns are
tried all together, overlapping matches keep the longest, and adjacent dates joined by a range
word ("30 April - 2 Mei", "Kamis (18/5) hingga Minggu (21/5)", "5月18日至21日") are merged.

dateparser is deliberately not used: on news text its search is slow and noisy, it misses ranges
such as "18 hingga 21 Mei 2023", and every form we match is already taken apart by the regex.
"""

from __future__ import annotations

import bisect
import re

from .dates_latin import LatinGrammar, time_latin
from .dates_mention import DATE_KINDS, ISO, DateMention
from .dates_zh import zh_mentions

__all__ = ["DATE_KINDS", "DateMention", "extract"]

_LATIN: dict[str, LatinGrammar] = {}


def _latin(lang: str) -> LatinGrammar:
    if lang not in _LATIN:
        _LATIN[lang] = LatinGrammar(lang)
    return _LATIN[lang]


def _choose(cands: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping matches (a range over its parts, a date over its day).

    The kept spans never overlap, so one binary search over their starts finds the only one a
    candidate could overlap on each side: O(n log n) in the number of candidates.
    """
    starts: list[int] = []
    kept: list[DateMention] = []
    rank = {"range": 0, "date": 1}
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), rank.get(c.kind, 2), c.start)):
        k = bisect.bisect_left(starts, c.end)  # kept[k - 1] is the last that starts before c ends
        if k > 0 and kept[k - 1].end > c.start:
            continue
        starts.insert(k, c.start)
        kept.insert(k, c)
    return kept


_CONN_ANY = {
    "id": re.compile(
        r"\s*(?:[-–—]{1,2}|s\.\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?|dan)\s*(?:(?:dengan\s+)?tanggal\s+)?$"
    ),
    "en": re.compile(r"\s*(?:[-–—]{1,2}|to|through|thru|until|till|and)\s*(?:the\s+)?$"),
    "zh": re.compile(r"\s*(?:至|到|-|—|——|－|~|～|–)\s*$"),
}


def _merge_ranges(ms: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """Join "A <to> B" where both are day dates into one range mention."""
    out: list[DateMention] = []
    for cur in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "date"
            and cur.kind == "date"
            and prev.d is not None
            and cur.d is not None
            and _CONN_ANY[lang].match(text[prev.end : cur.start])
            and (cur.m is not None or lang == "zh")
        ):
            out[-1] = DateMention(
                prev.start,
                cur.end,
                "range",
                y=prev.y,
                m=prev.m,
                d=prev.d,
                y2=cur.y,
                m2=cur.m,
                d2=cur.d,
                yrel=prev.yrel,
                mrel=prev.mrel,
                past=cur.past,
                weekday=None,
            )
            continue
        if (
            prev is not None
            and prev.kind == "weekday"
            and cur.kind == "weekday"
            and prev.wd_mode == "recent"
            and cur.wd_mode in ("recent", "last")
            and prev.weekday != cur.weekday
            and _CONN_ANY[lang].match(text[prev.end : cur.start])
        ):
            out[-1] = DateMention(
                prev.start,
                cur.end,
                "wdrange",
                weekday=prev.weekday,
                weekday2=cur.weekday,
                wd_mode=cur.wd_mode,
            )
            continue
        out.append(cur)
    return out


# Full-width digits and punctuation map one character to one, so offsets survive.
_HALF = str.maketrans("０１２３４５６７８９／－：．", "0123456789/-:.")


def extract(text: str, lang: str) -> list[DateMention]:
    """Every date, range, relative-date and time expression in `text`, in text order."""
    text = text.translate(_HALF)
    if lang == "zh":
        cands = zh_mentions(text)
        # Chinese copy quotes Latin dates too ("2023-05-18"), so keep the ISO form.
        for m in ISO.finditer(text):
            cands.append(
                DateMention(m.start(), m.end(), "date", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]))
            )
    else:
        gram = _latin(lang)
        cands = []
        for rx, build in gram.patterns:
            for m in rx.finditer(text):
                mention = build(m)
                if mention is not None:
                    cands.append(mention)
        cands.extend(time_latin(text, lang))
    chosen = _choose(cands)
    return _merge_ranges(chosen, text, lang)
