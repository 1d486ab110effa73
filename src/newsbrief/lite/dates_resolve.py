"""Calendar arithmetic: turn a `DateMention` into (start, end) dates against a reference date.

The reference is the publication date (or, failing that, the article's own dateline). Rules:

* A year-less date takes the year that puts it nearest the reference, preferring the past:
  news reports what happened, and a date more than a week ahead costs three times as much
  as the same distance behind. "lalu" after it ("18 Mei lalu") rules out the future.
* Weekday names are the most recent such day on or before the reference ("Selasa lalu",
  "last Tuesday": strictly before); "Selasa depan"/"next Tuesday" the first one after;
  Chinese 上周二 is Tuesday of the previous calendar week. With a day and month given
  ("Senin (5/6)") the weekday only confirms the year.
* Without a reference, a year-less date borrows the year of the nearest full date in the
  same article; a date whose weekday is written out ("Senin (5/6)") takes the latest year, not
  after today's, in which that day falls on that weekday. Relative words ("kemarin", "昨天") and
  bare weekdays give nothing: inventing today's date would be worse than no date.
"""

from __future__ import annotations

import calendar
import datetime as dt

from .dates_mention import DateMention

Resolved = tuple[dt.date, dt.date | None]

# Weekday-only year inference looks this many years back from today.
_WEEKDAY_YEARS_BACK = 12


def today() -> dt.date:
    """The clock, only as an upper bound for weekday-year inference (tests replace it)."""
    return dt.date.today()


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def infer_year(
    m: int,
    d: int,
    ref: dt.date,
    *,
    past: bool = False,
    future: bool = False,
    weekday: int | None = None,
) -> dt.date | None:
    best: tuple[float, dt.date] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        c = _safe(y, m, d)
        if c is None:
            continue
        delta = (c - ref).days
        if past and delta > 3:
            continue
        if future:
            cost = abs(delta) * (1 if delta >= 0 else 3)
        else:
            cost = -delta if delta <= 0 else (delta if delta <= 7 else delta * 3)
        if weekday is not None and c.weekday() != weekday:
            cost += 10_000
        if best is None or cost < best[0]:
            best = (cost, c)
    return best[1] if best else None


def _year_by_weekday(m: int, d: int, weekday: int) -> int | None:
    now = today()
    for y in range(now.year, now.year - _WEEKDAY_YEARS_BACK, -1):
        c = _safe(y, m, d)
        if c is not None and c.weekday() == weekday and c <= now:
            return y
    return None


def _weekday_disagrees(y: int, m: int, d: int, weekday: int | None) -> bool:
    c = _safe(y, m, d)
    return weekday is not None and (c is None or c.weekday() != weekday)


def _weekday_date(wd: int, mode: str, ref: dt.date) -> dt.date:
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if mode == "last":
        return ref - dt.timedelta(days=back or 7)
    if mode == "next":
        return ref + dt.timedelta(days=ahead or 7)
    if mode == "upcoming":
        return ref + dt.timedelta(days=ahead)
    if mode == "this":
        return _monday(ref) + dt.timedelta(days=wd)
    if mode == "prevweek":
        return _monday(ref) - dt.timedelta(days=7 - wd)
    if mode == "prevweek2":
        return _monday(ref) - dt.timedelta(days=14 - wd)
    if mode == "nextweek":
        return _monday(ref) + dt.timedelta(days=7 + wd)
    return ref - dt.timedelta(days=back)


def resolve(
    mn: DateMention, ref: dt.date | None, hint: DateMention | None = None, *, future: bool = False
) -> Resolved | None:
    """Dates for `mn`; `hint` is the nearest full date in the article (year/month donor)."""
    k = mn.kind
    if k in ("date", "range"):
        return _resolve_date(mn, ref, hint, future)
    if k == "month":
        return _resolve_month(mn, ref, hint, future)
    if ref is None:
        return None
    if k == "rel":
        return ref + dt.timedelta(days=mn.rel), None
    if k == "weekday" and mn.weekday is not None:
        mode = "upcoming" if future and mn.wd_mode == "recent" else mn.wd_mode
        return _weekday_date(mn.weekday, mode, ref), None
    if k == "wdrange" and mn.weekday is not None and mn.weekday2 is not None:
        span = (mn.weekday2 - mn.weekday) % 7
        if future:
            first = _weekday_date(mn.weekday, "upcoming", ref)
            return first, first + dt.timedelta(days=span)
        last = _weekday_date(mn.weekday2, mn.wd_mode, ref)
        return last - dt.timedelta(days=span), last
    if k == "week":
        mon = _monday(ref) + dt.timedelta(weeks=mn.rel)
        return mon, mon + dt.timedelta(days=6)
    if k == "weekend":
        if mn.rel == 99:  # "akhir pekan", "the weekend": the one just past, or this one
            sat = _monday(ref) + dt.timedelta(days=5)
            if ref < sat and not future:
                sat -= dt.timedelta(weeks=1)
        else:
            sat = _monday(ref) + dt.timedelta(days=5, weeks=mn.rel)
        return sat, sat + dt.timedelta(days=1)
    return None


def _resolve_date(
    mn: DateMention, ref: dt.date | None, hint: DateMention | None, future: bool
) -> Resolved | None:
    m, d, y = mn.m, mn.d, mn.y
    m2, d2, y2 = mn.m2, mn.d2, mn.y2
    if mn.kind == "range":
        m = m or m2
        m2 = m2 or m
        if y is None and y2 is not None:
            y = y2 - 1 if (m or 0) > (m2 or 0) else y2
    if y is None and mn.yrel is not None:
        if ref is None:
            return None
        y = ref.year + mn.yrel
    if m is None and mn.mrel is not None:
        if ref is None:
            return None
        yy, m = _add_months(ref.year, ref.month, mn.mrel)
        y = y if y is not None else yy
    if m is None:  # a day alone ("18日"): the reference month, or the month before
        if ref is not None:
            yy, mm = ref.year, ref.month
            if d is not None and d > ref.day + 3:
                yy, mm = _add_months(yy, mm, -1)
            y, m = (y or yy), mm
        elif hint is not None and hint.m is not None:
            y, m = (y or hint.y), hint.m
        else:
            return None
    if d is None:
        return None
    if y is None:
        if ref is not None:
            start = infer_year(m, d, ref, past=mn.past, future=future, weekday=mn.weekday)
            if start is None:
                return None
            y = start.year
        elif (
            hint is not None
            and hint.y is not None
            and not _weekday_disagrees(hint.y, m, d, mn.weekday)
        ):
            y = hint.y
        elif mn.weekday is not None:
            y = _year_by_weekday(m, d, mn.weekday)
            if y is None:
                return None
        else:
            return None
    start = _safe(y, m, d)
    if start is None:
        return None
    if mn.kind != "range":
        return start, None
    m2 = m2 or m
    if y2 is None:
        y2 = y if (m2, d2 or 0) >= (m, d) else y + 1
    end = _safe(y2, m2, d2 or 0)
    if end is None or end <= start or (end - start).days > 366:
        return None
    return start, end


def _resolve_month(
    mn: DateMention, ref: dt.date | None, hint: DateMention | None, future: bool
) -> Resolved | None:
    if mn.m is None:  # "bulan lalu", "last month", 上月
        if ref is None:
            return None
        y, m = _add_months(ref.year, ref.month, mn.mrel if mn.mrel is not None else mn.rel)
    else:
        m = mn.m
        y = mn.y
        if y is None and mn.yrel is not None:
            if ref is None:
                return None
            y = ref.year + mn.yrel
        if y is None:
            if ref is not None:
                c = infer_year(m, 1, ref, past=mn.past, future=future)
                if c is None:
                    return None
                y = c.year
            elif hint is not None and hint.y is not None:
                y = hint.y
            else:
                return None
    first, last = dt.date(y, m, 1), _month_end(y, m)
    if mn.part == "early":
        return first, first.replace(day=10)
    if mn.part == "mid":
        return first.replace(day=11), first.replace(day=20)
    if mn.part == "late":
        return first.replace(day=21), last
    return first, last
