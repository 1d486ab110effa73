"""The offline engine: rule- and gazetteer-based brief fields and an extractive summary.

No neural model and no download; every function takes an Article and returns data-model objects
whose spans point into ``article.text``.
"""

from __future__ import annotations

from .summary import summarize
from .what import find_what
from .when import find_when
from .where import find_where
from .who import find_who

__all__ = ["find_what", "find_when", "find_where", "find_who", "summarize"]
