"""The one data model: articles, detections and briefs, shared by the library, CLI and renderers.

Every span is ``(start, end)`` in characters of ``Article.text`` (half-open), so
``article.text[start:end]`` is the evidence for a field.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

# Version of the Brief's JSON. 2 added: `schema_version`, a `confidence` on every field, who
# `kind: group`, and a `when` whose `start` may be null with the `partial` date the text gives.
SCHEMA_VERSION = 2

Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
_CONFIDENCE = (
    "how sure the engine is of this answer, in [0, 1], from the evidence its rules saw; "
    "calibrated on labelled real news (README); null when the model that served it gives none"
)
# ISO 8601 reduced / truncated dates: --MM-DD (no year), YYYY-MM (no day), --MM (month only), YYYY.
PARTIAL_DATE = r"^(--\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}|\d{4})$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Candidate(_Model):
    lang: str = Field(description="ISO 639-1 code (e.g. id, en, zh, ms, ko)")
    prob: float


class ParagraphLang(_Model):
    span: Span
    lang: str
    confidence: float


class Detection(_Model):
    lang: str = Field(description="best language code; 'und' when the text has no letters")
    confidence: float = Field(ge=0.0, le=1.0)
    reliable: bool = Field(description="false for very short or ambiguous input")
    script: str = Field(description="dominant script: Latin, Han, Hangul, Kana, Cyrillic, ...")
    candidates: list[Candidate] = Field(default_factory=list)
    mixed: bool = Field(default=False, description="paragraphs are in different languages")
    paragraphs: list[ParagraphLang] = Field(default_factory=list)


class Sentence(_Model):
    text: str
    start: int
    end: int
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return (self.start, self.end)


class Article(_Model):
    """A news article as read: the text every span refers to, plus what we learnt about it."""

    text: str
    lang: str
    lang_confidence: float = 1.0
    source: str | None = Field(default=None, description="path, or None for stdin / a string")
    date: dt.date | None = Field(
        default=None, description="publication date, anchors relative dates"
    )
    paragraphs: list[Span] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    detection: Detection | None = None


class Who(_Model):
    text: str = Field(
        description="the name as written in the source; for a group, the phrase that counts or "
        "describes it ('6人', 'several people')"
    )
    role: str | None = Field(default=None, description="title or role as written in the source")
    kind: Literal["person", "organization", "group"] = Field(
        description="group: actors counted or described, not named (reported when none is named)"
    )
    span: Span
    role_span: Span | None = None
    translation: str | None = Field(
        default=None,
        description="the name in target_lang (a romanised Chinese name, or an "
        "organisation whose every part the glossary knows); null when it stays as written",
    )
    role_translation: str | None = Field(
        default=None, description="the role in target_lang (glossary), or null"
    )
    confidence: Confidence | None = Field(default=None, description=_CONFIDENCE)


class What(_Model):
    text: str = Field(description="the main event, in the source language")
    span: Span
    translation: str | None = Field(default=None, description="text in the target language")
    confidence: Confidence | None = Field(default=None, description=_CONFIDENCE)


class When(_Model):
    text: str = Field(description="the date expression as written")
    start: dt.date | None = Field(
        default=None,
        description="first day (ISO 8601); null when the text gives no full date (see partial)",
    )
    end: dt.date | None = Field(default=None, description="null for a single day")
    partial: str | None = Field(
        default=None,
        pattern=PARTIAL_DATE,
        description="the date as far as the text gives it when start is null: --MM-DD (no "
        "year), YYYY-MM (no day), --MM or YYYY",
    )
    time: str | None = Field(default=None, description="HH:MM when the source gives a time")
    span: Span
    confidence: Confidence | None = Field(default=None, description=_CONFIDENCE)


class Where(_Model):
    text: str = Field(description="the place as written")
    place: str = Field(description="normalised place name (gazetteer)")
    country: str | None = Field(description="ISO 3166-1 alpha-2")
    admin1: str | None = Field(default=None, description="province / state, when known")
    kind: Literal["city", "region", "country", "place"] = "city"
    span: Span
    translation: str | None = Field(
        default=None, description="the place's name in target_lang when it differs from place"
    )
    confidence: Confidence | None = Field(default=None, description=_CONFIDENCE)


class SummarySentence(_Model):
    text: str
    span: Span
    translation: str | None = None


# The warning a brief carries when its event date is relative and no publication date is known.
WHEN_NEEDS_DATE = (
    "when: the article dates its event relative to publication ('yesterday', a weekday) and no "
    "publication date is known; give --date (or a date in the file: see README, Dates)"
)


class Brief(_Model):
    schema_version: int = Field(
        default=SCHEMA_VERSION, description="version of this JSON layout (absent before 2)"
    )
    lang: str
    lang_confidence: float
    target_lang: str
    summary: str = Field(
        description="the summary in target_lang when a translator served it, "
        "else in the source language (see summary_lang)"
    )
    summary_lang: str
    summary_sentences: list[SummarySentence] = Field(default_factory=list)
    who: list[Who] = Field(default_factory=list)
    what: What | None = None
    when: When | None = None
    where: list[Where] = Field(default_factory=list)
    engine: str = Field(description="lite, hf, or auto (see models for what served each field)")
    models: dict[str, str] = Field(
        default_factory=dict, description="field -> model id that served it, or 'lite'"
    )
    date: dt.date | None = Field(
        default=None, description="publication date used for relative dates"
    )
    source: str | None = None
    warnings: list[str] = Field(default_factory=list)


class TranslatedSegment(_Model):
    """One source sentence and its translation; `span` points into the source text."""

    text: str
    translation: str
    span: Span
    paragraph: int = 0


class Translation(_Model):
    """`newsbrief translate` output: the whole text plus per-sentence segments."""

    source_lang: str
    target_lang: str
    text: str = Field(description="the translation, paragraphs in source order")
    segments: list[TranslatedSegment] = Field(default_factory=list)
    models: list[str] = Field(
        default_factory=list, description="model ids used, in order (a pivot lists both)"
    )
    pivot: str | None = Field(default=None, description="the pivot language, when one was used")
    warnings: list[str] = Field(default_factory=list)


def brief_json_schema() -> dict:
    schema = Brief.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsbrief Brief"
    return schema
