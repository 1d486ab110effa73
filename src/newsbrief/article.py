"""Build an Article from text: detect its language and segment it, keeping offsets."""

from __future__ import annotations

import datetime as dt

from .detect import detect
from .segment import paragraphs, sentences
from .types import Article


def make_article(
    text: str,
    *,
    lang: str | None = None,
    date: dt.date | None = None,
    source: str | None = None,
) -> Article:
    """The one place where raw text becomes an Article; every task starts here."""
    detection = detect(text)
    code = lang or detection.lang
    confidence = 1.0 if lang else detection.confidence
    return Article(
        text=text,
        lang=code,
        lang_confidence=round(confidence, 4),
        source=source,
        date=date,
        paragraphs=paragraphs(text),
        sentences=sentences(text, code),
        detection=detection,
    )
