"""What surrounds a date mention: its sentence, its line, the cue words before it.

Shared by the candidate finder (when.py) and the scorer (when_score.py). Every look is bounded
(a few hundred characters around the mention), so the pass over an article stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import When
from .dates_grammar import DateMention
from .dates_lexicon import FUTURE_CUES, RELATED_LINE, STAMP_WORDS


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
    """A "Baca juga:"/"Read more"/"相关阅读" line: its dates belong to the linked story. (The layout
    pass marks these as furniture too, but together with captions, whose dates are the story's.)"""
    ls, _ = _line(text, pos)
    if ls > 0 and text[ls - 1] != "\n":
        return False  # no line start within reach: not a short "Baca juga" line
    head = text[ls:pos].strip().lower()
    return any(head.startswith(c) for c in RELATED_LINE)
