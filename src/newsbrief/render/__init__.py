"""Every printed format of every task: the one place the text users see is made.

``output(task, result, fmt)`` is what ``newsbrief <task>`` writes to stdout and what a batch
output file holds, byte for byte; ``render(brief, fmt)`` is the library's rendering of a brief.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import tasks

if TYPE_CHECKING:
    from .brief import country_name, format_date, format_when, render, to_json

_BRIEF_NAMES = frozenset({"country_name", "format_date", "format_when", "render", "to_json"})


def __getattr__(name: str) -> Any:
    # The brief's rendering reads the gazetteer, which loads the offline engine (0.13 s); the
    # other tasks (`newsbrief detect` ...) print without it, so it is imported on first use.
    if name in _BRIEF_NAMES:
        from . import brief

        return getattr(brief, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def output(task: str, result: Any, fmt: str) -> str:
    """The whole stdout text of `task` for its `result`, last newline included."""
    if task == "brief":
        from .brief import render

        text = render(result, fmt)
        return text + "\n" if fmt == "json" else text
    if task == "detect":
        return tasks.detection(result, fmt)
    if task == "summarize":
        return tasks.summary(result, fmt)
    if task == "translate":
        return tasks.translation(result, fmt)
    raise ValueError(f"no rendering for task {task!r}")


__all__ = ["country_name", "format_date", "format_when", "output", "render", "tasks", "to_json"]
