"""One date, range, relative-date or time expression as the date grammar read it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ISO = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/]|[.-]\d)"
)

# kinds that carry a calendar date (once resolved); "time" and "skip" never do
DATE_KINDS = frozenset({"date", "range", "weekday", "wdrange", "rel", "week", "weekend", "month"})


@dataclass
class DateMention:
    start: int
    end: int
    kind: str  # date | range | weekday | rel | week | weekend | month | time | skip
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    yrel: int | None = None  # 今年 / 去年: year relative to the reference date
    mrel: int | None = None  # 本月 / 上月: month relative to the reference date
    weekday: int | None = None
    weekday2: int | None = None  # "Sabtu-Minggu", "Monday through Wednesday"
    wd_mode: str = "recent"  # recent | last | next | this | prevweek | nextweek
    rel: int = 0  # offset in days / weeks / months for rel, week, weekend, month kinds
    part: str | None = None  # early | mid | late (of a month)
    past: bool = False  # followed by "lalu": the date is not after the reference date
    hour: int | None = None
    minute: int | None = None
    flags: set[str] = field(default_factory=set)

    @property
    def full(self) -> bool:
        return self.y is not None and self.m is not None and self.d is not None
