"""Checks on what library callers pass in, so a wrong argument fails at the door with one clear
line instead of deep inside the pipeline (an AttributeError from article.py, a TypeError from a
regular expression).

A wrong *type* is the caller's bug: TypeError naming the function and what it takes. A value of the
right type that cannot be used is the user's input: UsageError / InputError, like the CLI's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import UsageError

# Dates the lite engine can move around in ('kemarin', 'tahun lalu', weekdays, "10 years ago")
# without leaving what datetime can hold.
MIN_DATE = dt.date(1000, 1, 1)
MAX_DATE = dt.date(9000, 12, 31)


def article_source(source: Any, func: str) -> Any:
    """`source` as text or an Article: bytes are decoded as a file's bytes would be."""
    from .model import Article

    if isinstance(source, str | Article):
        return source
    if isinstance(source, bytes | bytearray | memoryview):
        from .read import decode

        return decode(bytes(source), name=f"{func}() bytes")
    raise TypeError(f"{func}() takes article text (str), got {type(source).__name__}")


def publication_date(value: Any, func: str, what: str = "date") -> dt.date | None:
    """None or a date the engine can compute with (a datetime counts as its day)."""
    if value is None:
        return None
    if not isinstance(value, dt.date):
        raise TypeError(f"{func}() takes {what} as a datetime.date, got {type(value).__name__}")
    day = value.date() if isinstance(value, dt.datetime) else value
    if not MIN_DATE <= day <= MAX_DATE:
        raise UsageError(
            f"{what} {day.isoformat()} is out of range: give a publication date between "
            f"{MIN_DATE.isoformat()} and {MAX_DATE.isoformat()}"
        )
    return day


def sentence_count(value: Any, func: str, most: int = 50) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{func}() takes sentences as an int, got {type(value).__name__}")
    if not 1 <= value <= most:
        raise UsageError(f"sentences must be between 1 and {most}, not {value}")
    return value


def optional_text(value: Any, func: str, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{func}() takes {name} as a str, got {type(value).__name__}")
    return value
