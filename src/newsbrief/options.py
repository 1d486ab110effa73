"""The options of every task, declared and checked once for the CLI, the library and batch.

``Options(...).validated()`` normalises language spellings, parses the date and refuses a bad
value with one UsageError, before any article is read; what it returns is what the task
functions (``task.run_task`` and the library calls behind it) take.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from typing import Literal

from .arguments import publication_date
from .errors import UsageError
from .langs import normalize_lang

Task = Literal["brief", "translate", "summarize", "detect"]
Format = Literal["json", "markdown", "text"]
Engine = Literal["auto", "lite", "hf"]

# The tasks an article can be put through (the CLI commands of the same names, batch --task).
ARTICLE_TASKS: tuple[str, ...] = ("brief", "translate", "summarize", "detect")
FORMATS: tuple[str, ...] = ("json", "markdown", "text")
ENGINES: tuple[str, ...] = ("auto", "lite", "hf")
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda")
MAX_SENTENCES = 50


@dataclass(frozen=True)
class Options:
    """Everything that decides a task's output for an article. Picklable (process pools, Ray).

    ``lang`` is the article's language (``--from``; None: detect it); ``to`` the language to
    render in (None: the article's). ``offline`` None means: as the environment says.
    ``format`` None means the task's own default (json for brief, text otherwise).
    """

    task: Task = "brief"
    format: Format | None = None
    to: str | None = None
    lang: str | None = None
    engine: Engine = "auto"
    models: str | None = None
    offline: bool | None = None
    device: str = "auto"
    sentences: int = 3
    date: dt.date | str | None = None
    max_bytes: int | None = None

    def validated(self) -> Options:
        """A normalised copy; raises UsageError once rather than failing every article alike."""
        if self.task not in ARTICLE_TASKS:
            raise UsageError(f"unknown task {self.task!r}: use {', '.join(ARTICLE_TASKS)}")
        fmt = self.format or ("json" if self.task == "brief" else "text")
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
        if self.engine not in ENGINES:
            raise UsageError(f"unknown engine {self.engine!r}: use auto, lite or hf")
        check_device(self.device)
        if isinstance(self.sentences, bool) or not isinstance(self.sentences, int):
            raise UsageError(f"--sentences must be a whole number, not {self.sentences!r}")
        if not 1 <= self.sentences <= MAX_SENTENCES:
            raise UsageError(f"--sentences must be 1 to {MAX_SENTENCES}, not {self.sentences}")
        if self.max_bytes is not None and self.max_bytes < 1:
            raise UsageError(f"--max-bytes must be at least 1, not {self.max_bytes}")
        if self.task == "translate" and self.to is None:
            raise UsageError("the translate task needs --to (id, en or zh)")
        return replace(
            self,
            format=fmt,
            to=normalize_lang(self.to) if self.to is not None else None,
            lang=normalize_lang(self.lang, source=True) if self.lang is not None else None,
            models=os.path.abspath(os.path.expanduser(self.models)) if self.models else None,
            date=_date(self.date),
        )

    @property
    def day(self) -> dt.date | None:
        """The publication date (validated options hold a date, never a string)."""
        return self.date if isinstance(self.date, dt.date) else None


def check_device(value: str) -> str:
    if value not in DEVICES:
        raise UsageError(f"--device must be auto, cpu or cuda, not {value!r}")
    return value


def _date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"--date must be YYYY-MM-DD, not {value!r}") from None
    return publication_date(value, "Options", what="--date")
