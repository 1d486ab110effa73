"""Build an Article from text: detect its language and segment it, keeping offsets."""

from __future__ import annotations

import datetime as dt

from . import arguments
from .detect import detect
from .errors import InputError
from .model import Article
from .segment import paragraphs, sentences


def make_article(
    text: str,
    *,
    lang: str | None = None,
    date: dt.date | None = None,
    source: str | None = None,
) -> Article:
    """The one place where raw text becomes an Article; every task starts here."""
    if not isinstance(text, str):
        raise TypeError(f"make_article() takes article text (str), got {type(text).__name__}")
    date = arguments.publication_date(date, "make_article")
    if not text.strip():  # else a library caller hears "language 'und'" for an empty string
        raise InputError("input is empty" if not text else "input is empty (only whitespace)")
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
