"""Text and date matching for the eval: the units phrases are compared in, and the metrics on them.

Two families of matching:

- strict (our own labelled sets, `samples/eval/`): a prediction matches a gold phrase when the F1 of
  their units is >= MATCH_F1 (0.5); `when` must equal the gold ISO date (start and end).
- lenient (real news, `../shared/dev/`): a top item hits when it shares one unit with a gold phrase;
  a `what` hits when it holds at least half of a gold phrase's units; a `when` phrase hits when it
  shares a unit and its numbers agree.

Units: Latin scripts use lowercased content tokens (word characters minus a small id/en stopword
list). Chinese uses characters for strict F1 and character bigrams for the lenient scorer (one
shared character says little; one shared bigram is usually one shared word).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

MATCH_F1 = 0.5
FIELDS = ("who", "what", "when", "where")
LIST_FIELDS = ("who", "where")
# The lenient what: one clause or sentence, never a paragraph (the gold phrases are fragments).
WHAT_MAX_WORDS = 45
WHAT_MAX_HAN = 90

# Function words that would let two unrelated phrases "overlap"; kept small on purpose so that
# content words (names, places, numbers, verbs) decide a match.
_STOPWORDS = """
    a an the of in on at to for and or but by with from as into about after before over under
    is are was were be been being has have had it its this that these those which who whom
    said says say will would also than then there their they he she his her we our you
    yang di ke dari dan atau pada untuk dengan dalam ini itu oleh akan telah sudah juga sebagai
    adalah bahwa kata ujar para tersebut serta bagi pun lebih karena saat sejak hingga sampai
"""
STOPWORDS = frozenset(_STOPWORDS.split())

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# --------------------------------------------------------------------------- text matching


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def content_tokens(text: str) -> list[str]:
    """Lowercased word tokens minus stopwords (Latin-script matching unit)."""
    return [t for t in _WORD.findall(text.lower()) if t not in STOPWORDS]


def chars(text: str) -> list[str]:
    """Characters minus spaces, punctuation and symbols (Chinese matching unit)."""
    return [
        c
        for c in unicodedata.normalize("NFKC", text).lower()
        if not c.isspace() and unicodedata.category(c)[0] not in "PSZC"
    ]


def units(text: str, lang: str | None = None) -> list[str]:
    """The matching units of `text`: characters for Chinese, content tokens otherwise."""
    zh = lang.startswith("zh") if lang else has_cjk(text)
    return chars(text) if zh else content_tokens(text)


def f1(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Multiset F1 of two unit sequences; 0.0 when either is empty."""
    if not pred or not gold:
        return 0.0
    common = sum((Counter(pred) & Counter(gold)).values())
    if common == 0:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def overlap_f1(pred: str, gold: str, lang: str | None = None) -> float:
    # Mixed records (a Latin name inside Chinese text) are judged by their own script.
    zh = (lang or "").startswith("zh") or has_cjk(pred) or has_cjk(gold)
    unit = chars if zh else content_tokens
    return f1(unit(pred), unit(gold))


def coverage(pred: str, gold: str, lang: str | None = None) -> float:
    """Share of the gold phrase's units found in `pred` (recall only)."""
    zh = (lang or "").startswith("zh") or has_cjk(pred) or has_cjk(gold)
    unit = chars if zh else content_tokens
    g = unit(gold)
    if not g:
        return 0.0
    return sum((Counter(unit(pred)) & Counter(g)).values()) / len(g)


Gold = str | list[str]


def alternatives(item: Gold) -> list[str]:
    return [item] if isinstance(item, str) else list(item)


def text_match(
    preds: Iterable[str], gold: Iterable[Gold], lang: str | None = None, threshold: float = MATCH_F1
) -> bool:
    """True when any predicted string overlaps any gold phrase with F1 >= threshold."""
    golds = [g for item in gold for g in alternatives(item)]
    return any(overlap_f1(p, g, lang) >= threshold for p in preds if p for g in golds)


# --------------------------------------------------------------------------- dates


def parse_gold_date(value: str) -> tuple[dt.date, dt.date | None]:
    """'2023-05-18' -> (start, None); '2023-05-18/2023-05-21' -> (start, end)."""
    start, _, end = value.strip().partition("/")
    try:
        s = dt.date.fromisoformat(start.strip())
        e = dt.date.fromisoformat(end.strip()) if end.strip() else None
    except ValueError:
        raise ValueError(
            f"when gold {value!r} is not ISO YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
        ) from None
    if e == s:
        e = None
    if e is not None and e < s:
        raise ValueError(f"when gold {value!r} ends before it starts")
    return s, e


def date_match(start: dt.date | None, end: dt.date | None, gold: Iterable[str]) -> bool:
    """Exact normalised-date match: same start, and same end (None for a single day)."""
    if start is None:
        return False
    end = None if end == start else end
    return any(parse_gold_date(g) == (start, end) for g in gold)


# --------------------------------------------------------------------------- lists


@dataclass
class PR:
    """Micro-averaged precision / recall counts for a predicted list against gold entities."""

    correct_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    def add(self, other: PR) -> None:
        self.correct_pred += other.correct_pred
        self.n_pred += other.n_pred
        self.matched_gold += other.matched_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float | None:
        return self.correct_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "correct_pred": self.correct_pred,
            "n_pred": self.n_pred,
            "matched_gold": self.matched_gold,
            "n_gold": self.n_gold,
        }


def list_pr(preds: Sequence[Sequence[str]], gold: Sequence[Gold], lang: str | None = None) -> PR:
    """P/R of a predicted list. Each prediction is the strings it may be judged by (e.g. the name,
    and role + name); it is correct when one of them matches any gold phrase. Recall counts gold
    entities matched by any prediction."""
    correct = sum(1 for forms in preds if text_match(forms, gold, lang))
    matched = sum(1 for item in gold if any(text_match(forms, [item], lang) for forms in preds))
    return PR(correct, len(preds), matched, len(gold))


# --------------------------------------------------------------------------- lenient (real news)


def bigrams(text: str) -> set[str]:
    """Chinese lenient unit: bigrams of the characters (a one-character phrase is its own unit)."""
    cs = chars(text)
    if len(cs) == 1:
        return set(cs)
    return {a + b for a, b in itertools.pairwise(cs)}


def _zh(lang: str | None, *texts: str) -> bool:
    return (lang or "").startswith("zh") or any(has_cjk(t) for t in texts)


def unit_set(text: str, zh: bool) -> set[str]:
    return bigrams(text) if zh else set(content_tokens(text))


def shares_unit(preds: Iterable[str], gold: Iterable[Gold], lang: str | None = None) -> bool:
    """Lenient top-item hit: some prediction shares a content word (Chinese: a bigram) with some
    gold phrase."""
    golds = [g for item in gold for g in alternatives(item)]
    for p in preds:
        if not p:
            continue
        for g in golds:
            zh = _zh(lang, p, g)
            if unit_set(p, zh) & unit_set(g, zh):
                return True
    return False


def half_covered(pred: str, gold: Iterable[Gold], lang: str | None = None) -> bool:
    """Lenient what: `pred` holds at least half of some gold phrase's units."""
    for item in gold:
        for g in alternatives(item):
            zh = _zh(lang, pred, g)
            gu = unit_set(g, zh)
            if gu and len(unit_set(pred, zh) & gu) * 2 >= len(gu):
                return True
    return False


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def han_count(text: str) -> int:
    return sum(is_cjk(c) for c in text)


def one_clause(text: str) -> bool:
    """At most 45 words / 90 Chinese characters and no paragraph break: a clause or a sentence."""
    if not text.strip() or "\n" in text.strip():
        return False
    if has_cjk(text):
        return han_count(text) <= WHAT_MAX_HAN
    return word_count(text) <= WHAT_MAX_WORDS


# A gold what that names no event, only the report's frame: a Chinese dateline or credit
# ("新华网内罗毕５月２日电", "本报讯", "新华社发", "国际在线报道（记者…）") or a source line ("据国家地震台网测定",
# "记者21日在…获悉"). CEC's coders often marked the first such span as the what; a what that
# tells the event cannot hit it, so the report gives the what hit rate on each kind apart.
_FRAME_DATELINE = re.compile(
    r"(?:电|讯|消息|信息|报道|(?:社|网|台)发)[:：]?\s*(?:[（(][^)）]*[)）])?[，,：:]?$"
)
_FRAME_SOURCE = re.compile(
    r"^(?:本报讯\s*)?(?:据|记者|本报记者)[^。！？]{0,40}"
    r"(?:测定|通报|获悉|报道|消息|了解到|得知|显示|发布)[，,：:”\"]?$"
)


def frame_only(gold: Iterable[Gold]) -> bool:
    """Every gold what phrase is a dateline, credit or source line, not an event."""
    phrases = [g.strip() for item in gold for g in alternatives(item)]
    return bool(phrases) and all(
        _FRAME_DATELINE.search(g) or _FRAME_SOURCE.search(g) for g in phrases
    )


# The report's own frame at the head of a paragraph: a dateline or credit whose date ends in
# 电/讯/消息/信息/报道 ("中新网4月15日电", "今视网3月12日南昌讯", "据印度媒体19日报道") or a source
# clause ("记者21日在…获悉"), always opened by an outlet or source. A date inside it is when the story
# was filed, not when the event happened.
_FRAME_HEAD = re.compile(
    r"^\s*[^。！？\n，,\d０-９]{2,40}?(?:[\d０-９〇一二三四五六七八九十]{1,4}[年月])*"
    r"[\d０-９〇一二三四五六七八九十]{1,3}日\s*"
    r"(?:[^。！？\n，,\d０-９]{0,8}?(?:电|讯|消息|信息|报道)|在[^。！？\n，,]{0,20}?获悉)"
)


def report_date_only(gold: Iterable[Gold], text: str) -> bool:
    """Every gold time phrase is first written inside a line's dateline or source frame
    (the filing date), so an engine that reports the event's own date cannot hit it."""
    phrases = [g.strip() for item in gold for g in alternatives(item) if g.strip()]
    if not phrases:
        return False
    frames = [
        (start + m.start(), start + m.end())
        for start, line in _lines(text)
        if (m := _FRAME_HEAD.match(line))
    ]
    for g in phrases:
        at = text.find(g)
        if at < 0 or not any(a <= at and at + len(g) <= b for a, b in frames):
            return False
    return True


def _lines(text: str) -> Iterable[tuple[int, str]]:
    """(offset, line) for each line of `text`: a dateline opens a line."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


_FINAL = re.compile(r"(?<!\.)[.。!！]$")


def headline_span(text: str) -> tuple[int, int] | None:
    """The article's headline as the scorer sees it, independent of the engine: a short first line
    (<= 30 words / 60 Chinese characters) that does not end a sentence, followed by more text."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or not text[end:].strip():
        return None
    line = text[lead:end].strip()
    if not line or _FINAL.search(line):
        return None
    if (han_count(line) > 60) if has_cjk(line) else (word_count(line) > 30):
        return None
    return (lead, end)


_NUM = re.compile(r"\d+")


def numbers(text: str) -> set[int]:
    return {int(n) for n in _NUM.findall(unicodedata.normalize("NFKC", text))}


def when_phrase_match(pred: str, gold: Iterable[str], lang: str | None = None) -> bool:
    """A predicted time phrase hits a gold one when they share a unit and their numbers agree (one
    set holds the other), so "November 9" does not hit "November 8, 2016"."""
    for g in gold:
        zh = _zh(lang, pred, g)
        if not unit_set(pred, zh) & unit_set(g, zh):
            continue
        a, b = numbers(pred), numbers(g)
        if a <= b or b <= a:
            return True
    return False
