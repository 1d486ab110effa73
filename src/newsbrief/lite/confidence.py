"""How sure the offline engine is of each field: a confidence in [0, 1] from the evidence its rules saw.

Each field has a small function of named evidence (`who_evidence`, `what_evidence`, ...): how often
the answer is named, whether the headline, dateline or lead name it, whether it carries a role or
an explicit date, whether it runs on into the sentence. `POINTS` says, per field, how much each item
of evidence counts for or against the answer (set by hand, in the direction the evidence points, so
that it reads as a rule and cannot learn one article). The score is turned into a probability by a
logistic curve whose three numbers per field (bias, slope, and an offset for Chinese, whose rules
differ) are fitted on labelled real news by `tools/calibrate_confidence.py`, which writes
`data/confidence.json` and reports the hit rate per confidence band in sample and by two-fold
cross-validation. The rule modules may give better evidence later; the curve is then refitted.

Every evidence item is in [0, 1]; the work per field is linear in the article's length.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Article, Span, What, When, Where, Who
from .layout import layout

# Count a name at most this many times: beyond it, more mentions say nothing new.
MENTION_CAP = 5
# A what longer than this is not one clause (the real-news scorer's limit too).
WHAT_MAX_WORDS = 45
WHAT_MAX_HAN = 90
NEAR_DAYS = 7
_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "it",
        "its",
        "yang",
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "pada",
        "untuk",
        "dengan",
        "dalam",
        "ini",
        "itu",
        "oleh",
        "akan",
        "telah",
        "sudah",
        "juga",
    ]
)

# How much each item of evidence counts for (+) or against (-) the answer being right.
POINTS: dict[str, dict[str, float]] = {
    "who": {
        "mentions": 2.0,
        "opening": 1.0,
        "role": 0.5,
        "multiword": 0.5,
        "group": 0.5,
        "run_on": -1.0,
    },
    "where": {"mentions": 1.0, "opening": 1.0, "country": -0.5},
    "what": {
        "headline_words": 2.0,
        "lead": 0.5,
        "headline": -2.0,
        "long": -2.0,
        "no_headline": -1.0,
    },
    "when": {
        "anchored": 1.0,
        "near": 1.0,
        "opening": 1.0,
        "digits": 0.5,
        "year": 0.5,
        "time": 0.5,
        "partial": -1.0,
    },
}


def score(field: str, evidence: dict[str, float]) -> float:
    """The evidence for a field's answer, weighed by POINTS."""
    points = POINTS[field]
    return sum(points.get(k, 0.0) * v for k, v in evidence.items())


@lru_cache(maxsize=1)
def curves() -> dict[str, dict[str, float]]:
    """field -> {"bias", "slope", "zh"}: the fitted logistic curve (data/confidence.json)."""
    raw = resources.files("newsbrief.data").joinpath("confidence.json").read_text("utf-8")
    data = json.loads(raw)
    return {f: {k: float(v) for k, v in c.items()} for f, c in data["curves"].items()}


def combine(field: str, evidence: dict[str, float], zh: bool = False) -> float:
    """The field's confidence: the logistic curve at the evidence's score, rounded."""
    c = curves().get(field, {})
    z = c.get("bias", 0.0) + c.get("slope", 0.0) * score(field, evidence)
    z += c.get("zh", 0.0) if zh else 0.0
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def _zh(article: Article) -> float:
    return 1.0 if article.lang.startswith("zh") else 0.0


def _overlaps(span: Span | None, spans: list[Span | None]) -> bool:
    return span is not None and any(s and s[0] < span[1] and span[0] < s[1] for s in spans)


def _opening(article: Article) -> list[Span | None]:
    """Headline, datelines and lead: the parts of an article that name what it is about."""
    lay = layout(article)
    return [lay.headline, lay.lead, *lay.datelines]


def _count(text: str, needle: str) -> float:
    if not needle:
        return 0.0
    return min(text.count(needle), MENTION_CAP) / MENTION_CAP


def _in_opening(article: Article, needle: str, opening: list[Span | None]) -> bool:
    """The phrase appears in the headline, a dateline or the lead."""
    return any(s and needle and needle in article.text[s[0] : s[1]] for s in opening)


def _units(text: str, zh: bool) -> set[str]:
    if zh:
        cs = [c for c in text if c.isalnum()]
        return {a + b for a, b in itertools.pairwise(cs)}
    return {t for t in _WORD.findall(text.lower()) if t not in _STOP}


# Lowercase words that belong inside names (van der Berg, bin Salman, de Gaulle).
_PARTICLES = frozenset(
    [
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "von",
        "bin",
        "binti",
        "al",
        "el",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "y",
    ]
)


def _run_on(words: list[str]) -> bool:
    """A name that runs on into the sentence: a lowercase word inside it, or over four words."""
    inner = [w for w in words[1:] if w[:1].isalpha() and w[:1].islower() and w not in _PARTICLES]
    return bool(inner) or len(words) > 4


def who_evidence(article: Article, who: Who) -> dict[str, float]:
    """Mentions of the actor (a person by surname), naming in the opening, a role, a name of more
    than one word, a counted or described group, and a name that runs on into the sentence."""
    words = who.text.split()
    key = words[-1] if who.kind == "person" and len(words) > 1 else who.text
    opening = _opening(article)
    zh = bool(_zh(article))
    return {
        "run_on": float(len(who.text) > 8 if zh else _run_on(words)),
        # a group is given only when no one is named, and is then what the story is about
        "group": float(who.kind == "group"),
        "mentions": _count(article.text, key),
        "opening": float(_in_opening(article, key, opening)),
        "role": float(bool(who.role)),
        "multiword": float(len(words) > 1 or (_zh(article) and len(who.text) >= 2)),
    }


def where_evidence(article: Article, where: Where) -> dict[str, float]:
    """Mentions of the place, naming in the headline, a dateline or the lead, and whether it is
    a whole country (the least specific answer)."""
    opening = _opening(article)
    return {
        "mentions": _count(article.text, where.text),
        "opening": float(_in_opening(article, where.text, opening)),
        "country": float(where.kind == "country"),
    }


def what_evidence(article: Article, what: What) -> dict[str, float]:
    """Is it the lead, the headline, one clause; does it share the headline's words."""
    lay = layout(article)
    zh = bool(_zh(article))
    size = sum(1 for c in what.text if "\u4e00" <= c <= "\u9fff") if zh else len(what.text.split())
    head = article.text[lay.headline[0] : lay.headline[1]] if lay.headline else ""
    hu = _units(head, zh)
    share = len(hu & _units(what.text, zh)) / len(hu) if hu else 0.0
    return {
        "lead": float(_overlaps(tuple(what.span), [lay.lead])),
        "headline": float(_overlaps(tuple(what.span), [lay.headline])),
        "long": float(size > (WHAT_MAX_HAN if zh else WHAT_MAX_WORDS)),
        "headline_words": share,
        "no_headline": float(lay.headline is None),
    }


def when_evidence(article: Article, when: When) -> dict[str, float]:
    """An explicit date or a relative word; a year; anchored near the publication date; opening."""
    near = 0.0
    if when.start and article.date:
        near = float(abs((when.start - article.date).days) <= NEAR_DAYS)
    return {
        "digits": float(any(c.isdigit() for c in when.text)),
        "year": float(bool(_YEAR.search(when.text))),
        "partial": float(when.start is None),
        "anchored": float(article.date is not None),
        "near": near,
        "opening": float(_overlaps(tuple(when.span), _opening(article))),
        "time": float(bool(when.time)),
    }


def with_confidence(
    article: Article, who: list[Who], what: What | None, when: When | None, where: list[Where]
) -> tuple[list[Who], What | None, When | None, list[Where]]:
    """The lite fields with their confidences set (copies; the inputs are not changed)."""
    zh = bool(_zh(article))

    def rated(item: Any, field: str, evidence: dict[str, float]) -> Any:
        return item.model_copy(update={"confidence": combine(field, evidence, zh)})

    who = [rated(w, "who", who_evidence(article, w)) for w in who]
    where = [rated(w, "where", where_evidence(article, w)) for w in where]
    what = rated(what, "what", what_evidence(article, what)) if what else None
    when = rated(when, "when", when_evidence(article, when)) if when else None
    return who, what, when, where


def evidence(article: Article, brief: Any) -> dict[str, dict[str, float] | None]:
    """The evidence behind each field's top answer (for the calibration tool)."""
    return {
        "who": who_evidence(article, brief.who[0]) if brief.who else None,
        "what": what_evidence(article, brief.what) if brief.what else None,
        "when": when_evidence(article, brief.when) if brief.when else None,
        "where": where_evidence(article, brief.where[0]) if brief.where else None,
    }
