"""The digest's data: events found across a folder of briefs, and the inputs that gave none.

This is what `--format json` prints and what the HTML and Markdown renderers read, so the three
formats cannot disagree about which events there are.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from ..model import Span


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EventArticle(_Model):
    path: str = Field(description="the input path as written in the batch manifest")
    lang: str
    output: str | None = Field(default=None, description="the brief's file in the briefs folder")
    source: str | None = Field(default=None, description="outlet or source, when known")
    date: dt.date | None = Field(default=None, description="publication date, when known")
    evidence: str = Field(description="the sentence the event was read from")
    evidence_span: Span | None = None


class EventWho(_Model):
    name: str = Field(description="the name as most articles write it")
    kind: str
    roles: list[str] = Field(default_factory=list)
    also: list[str] = Field(default_factory=list, description="other spellings and scripts")
    articles: int = Field(description="how many of the event's articles name this actor")


class EventPlace(_Model):
    place: str
    admin1: str | None = None
    country: str | None = None
    kind: str = "city"


class EventWhen(_Model):
    start: dt.date
    end: dt.date | None = None
    text: str = Field(description="the dates written in the digest's language")


class EventWhat(_Model):
    text: str
    lang: str = Field(description="the language `text` is in")
    translated: bool = Field(description="true when a translation model wrote `text`")


class Event(_Model):
    id: str = Field(description="stable anchor: the same articles give the same id")
    when: EventWhen | None = None
    where: list[EventPlace] = Field(default_factory=list)
    who: list[EventWho] = Field(default_factory=list)
    what: EventWhat
    languages: list[str]
    articles: list[EventArticle]


class Problem(_Model):
    path: str
    status: str = Field(
        description="failed (the batch could not brief it) or skipped (the digest could not read its brief)"
    )
    error: str


class Digest(_Model):
    target_lang: str
    events: list[Event] = Field(default_factory=list)
    failed: list[Problem] = Field(default_factory=list)
    counts: dict[str, int] = Field(
        default_factory=dict, description="articles per language among the events"
    )
