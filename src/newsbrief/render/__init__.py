"""Every printed format of every task: the one place the text users see is made.

``output(task, result, fmt)`` is what ``newsbrief <task>`` writes to stdout and what a batch
output file holds, byte for byte; ``render(brief, fmt)`` is the library's rendering of a brief.
"""

from __future__ import annotations

from typing import Any

from . import tasks
from .brief import country_name, format_date, format_when, render, to_json


def output(task: str, result: Any, fmt: str) -> str:
    """The whole stdout text of `task` for its `result`, last newline included."""
    if task == "brief":
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
