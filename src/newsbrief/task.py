"""One article through one task: the call that both ``newsbrief <task> FILE`` and batch make.

``run_task(text, options)`` computes the task's result with the library functions and renders
it with ``render.output``, so a batch output file holds exactly what the single-file command
prints. ``LoadedEngines`` holds the models one caller (a CLI call, a batch worker) keeps between
articles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .options import Options


@dataclass
class TaskOutput:
    """The text a task prints for one article (newline included) and the warnings it gave."""

    text: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class LoadedEngines:
    """The models one worker holds, loaded once and reused for every article it processes.

    The lite engine needs nothing here (its gazetteer and jieba load once per process on first
    use). Translators are loaded on first need per language pair and kept.
    """

    options: Options
    translators: dict[tuple[str, str], Any] = field(default_factory=dict)
    # set by a batch while it runs its articles through the summariser and NER together
    recorder: Any = None
    _models_here: bool | None = field(default=None, repr=False)

    def models_here(self) -> bool:
        """Whether articles may reach a model: --engine hf, or auto with some model downloaded
        (auto with none is the offline engine, which gains nothing from model batches)."""
        o = self.options
        if o.engine == "lite":
            return False
        if o.engine == "hf":
            return True
        if self._models_here is None:
            from .config import models_downloaded

            self._models_here = models_downloaded(o.models)
        return self._models_here

    def translator(self, src: str, tgt: str) -> Any:
        key = (src, tgt)
        if key not in self.translators:
            from .models.translators import get_translator

            o = self.options
            self.translators[key] = get_translator(
                src, tgt, models=o.models, offline=o.offline or None, device=o.device
            )
        return self.translators[key]


def compute(
    text: str,
    options: Options,
    *,
    source: str | None = None,
    page_date: dt.date | None = None,
    engines: LoadedEngines | None = None,
) -> tuple[Any, list[str]]:
    """The task's result object for one article (Brief, Detection, sentences, Translation)."""
    o = options
    recorder = engines.recorder if engines is not None else None
    if o.task == "brief":
        from .brief import brief_with

        result = brief_with(text, o, page_date=page_date, recorder=recorder)
        result.source = source
        return result, list(result.warnings)
    if o.task == "summarize":
        from .summarize import summarize_to, summarize_with

        if o.to:
            return summarize_to(text, o, page_date=page_date, recorder=recorder)
        return summarize_with(text, o, page_date=page_date, recorder=recorder)
    if o.task == "detect":
        from .detect import detect

        return detect(text), []
    if o.task == "translate":
        from .translate import translate

        assert o.to is not None  # validated options: translate has a target
        result = translate(
            text, o.to, lang=o.lang, models=o.models, offline=o.offline or None, device=o.device
        )
        return result, list(result.warnings)
    raise ValueError(f"unknown task {o.task!r}")


def run_task(
    text: str,
    options: Options,
    *,
    source: str | None = None,
    page_date: dt.date | None = None,
    engines: LoadedEngines | None = None,
) -> TaskOutput:
    """One article -> the exact text the single-file command prints for it (stdout, newline incl.).

    `options` must be validated (``Options.validated()``); `page_date` is the date an HTML page
    declares, used when no --date is given.
    """
    from .render import output

    result, warnings = compute(text, options, source=source, page_date=page_date, engines=engines)
    return TaskOutput(output(options.task, result, options.format or "text"), warnings)
