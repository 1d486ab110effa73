"""The date grammar for Chinese news: 5月18日, 5月18日至21日, 昨天, 上周二, 下午3时许."""

from __future__ import annotations

import re
import unicodedata

from .dates_lexicon import WEEKDAYS_ZH, ZH_DIGITS
from .dates_mention import DateMention
from .dates_relative import REL_ZH

_ZH_Y = r"(?:(?P<y>(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年|(?P<yrel>今年|去年|明年|前年))"
_ZH_M = r"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?|(?P<mrel>本月|上月|上个月|下月|下个月))"
_ZH_D = r"(?P<d>[12]\d|3[01]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|三十|[一二三四五六七八九])\s*(?P<dsuf>[日号])"
_ZH_DATE = re.compile(rf"{_ZH_Y}?\s*{_ZH_M}\s*(?:{_ZH_D})?")
# "5月18至21日", "5月18、19日": the first day has no 日 of its own
_ZH_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_ZH_RANGE = re.compile(
    rf"{_ZH_Y}?\s*{_ZH_M}\s*(?P<d>{_ZH_DAYNUM})\s*(?:至|到|-|—|－|~|～|–|、|和)\s*"
    rf"(?P<d2>{_ZH_DAYNUM})\s*[日号]"
)
# a day alone ("18日"), resolved with the reference month; not "日本", "日报", "日前", "日常"
_ZH_DAY = re.compile(
    r"(?<![\d年月第号.])(?P<d>[12]\d|3[01]|0?[1-9])\s*日(?!本(?!地)|报|常|前|后|益|元|币|语|军|式|产|企|籍|均|程|内|起)"
)
# a day in Chinese numerals only right after a range word: "五月十八日至二十一日"
_ZH_DAY_CN = re.compile(
    r"(?<=[至到\-—～~])(?P<d>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"
)
_ZH_WEEKDAY = re.compile(
    r"(?:(?P<pre>上上个|上上|上个|上|本|这个|这|下个|下)|(?<![一二三四五六七八九十两几每数多半个]))"
    r"(?:周|星期|礼拜)(?P<wd>[一二三四五六日天末])(?!报|刊)"
)
_ZH_REL_RE = re.compile(
    "(?P<rel>" + "|".join(sorted(map(re.escape, REL_ZH), key=len, reverse=True)) + ")"
    r"(?!头条|之星|之子|新闻)"
)
_ZH_AGO = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?P<unit>天|周|个月|年)(?:之)?前"
)
# Rule recent_period: "过去的四天里", "最近3天", "近两日": the last few days up to the report, a
# period with no edge of its own on the calendar: read as a vague time phrase (like 近日).
_ZH_RECENT = re.compile(
    r"(?:过去|最近|近)的?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:天|日)(?:里|内|中|来|以来)?"
)
_ZH_TIME = re.compile(
    r"(?P<tod>凌晨|清晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|晚|早)?"
    r"(?<![\d.])(?P<h>[01]?\d|2[0-4]|[一二两三四五六七八九十]{1,3})\s*(?P<unit>时|点)"
    r"(?:\s*(?P<mi>[0-5]?\d|[一二三四五六七八九十]{1,3})\s*分|(?<=点)(?P<mi3>[0-5]\d)(?![\d.个%％万亿倍元米名人])"
    r"|(?P<half>半))?"
    r"|(?<![\d:])(?P<h2>[01]?\d|2[0-3])[:：](?P<mi2>[0-5]\d)(?![\d:])"
)


def zh_number(s: str) -> int:
    """Arabic, full-width or Chinese numerals: "18", "１８", "十八", "二十一", "二〇二三".

    Returns -1 for what is not a number ("十十"), which every caller's range check rejects.
    """
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    try:
        if "十" not in s:
            return int("".join(str(ZH_DIGITS[c]) for c in s))
        tens, _, ones = s.partition("十")
        return (ZH_DIGITS[tens] if tens else 1) * 10 + (ZH_DIGITS[ones] if ones else 0)
    except (KeyError, ValueError):
        return -1


def zh_mentions(text: str) -> list[DateMention]:
    return _dates(text) + _ranges(text) + _weekdays(text) + _relative(text) + _times(text)


def _dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _ZH_DATE.finditer(text):
        g = m.groupdict()
        if g["dsuf"] == "号" and not g["m"] and not g["mrel"]:
            continue
        mon = zh_number(g["m"]) if g["m"] else None
        d = zh_number(g["d"]) if g["d"] else None
        if d is None and not g["y"] and g["m"] and not g["m"].isdigit():
            continue  # "五月天" is a band; a month in words needs a year or a day
        if (mon is not None and not 1 <= mon <= 12) or (d is not None and not 1 <= d <= 31):
            continue
        mention = DateMention(
            m.start(),
            m.end(),
            "date" if d else "month",
            y=zh_number(g["y"]) if g["y"] else None,
            m=mon,
            d=d,
        )
        if g["yrel"]:
            mention.yrel = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[g["yrel"]]
        if g["mrel"]:
            mention.mrel = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}[g["mrel"]]
        out.append(mention)
    for rx in (_ZH_DAY, _ZH_DAY_CN):
        for m in rx.finditer(text):
            out.append(DateMention(m.start(), m.end(), "date", d=zh_number(m["d"])))
    return out


def _ranges(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _ZH_RANGE.finditer(text):
        g = m.groupdict()
        if not g["m"]:
            continue
        mon, d1, d2 = zh_number(g["m"]), zh_number(g["d"]), zh_number(g["d2"])
        if not (1 <= mon <= 12 and 1 <= d1 < d2 <= 31):
            continue
        y = zh_number(g["y"]) if g["y"] else None
        rng = DateMention(m.start(), m.end(), "range", y=y, m=mon, d=d1, y2=y, m2=mon, d2=d2)
        if g["yrel"]:
            rng.yrel = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[g["yrel"]]
        out.append(rng)
    return out


def _weekdays(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _ZH_WEEKDAY.finditer(text):
        pre = m["pre"] or ""
        if m["wd"] == "末":
            rel = {"上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1}.get(
                pre, 99
            )
            out.append(DateMention(m.start(), m.end(), "weekend", rel=rel))
            continue
        mode = {
            "上": "prevweek",
            "上个": "prevweek",
            "本": "this",
            "这": "this",
            "这个": "this",
            "下": "nextweek",
            "下个": "nextweek",
        }.get(pre, "recent")
        if pre in ("上上", "上上个"):
            mode = "prevweek2"
        out.append(
            DateMention(m.start(), m.end(), "weekday", weekday=WEEKDAYS_ZH[m["wd"]], wd_mode=mode)
        )
    return out


def _relative(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _ZH_REL_RE.finditer(text):
        kind, n = REL_ZH[m["rel"]]
        out.append(DateMention(m.start(), m.end(), kind, rel=n))
    out += [DateMention(m.start(), m.end(), "vague") for m in _ZH_RECENT.finditer(text)]
    for m in _ZH_AGO.finditer(text):
        n = zh_number(m["n"])
        if n < 0:
            continue
        if m["unit"] == "天":
            out.append(DateMention(m.start(), m.end(), "rel", rel=-n))
        else:
            out.append(DateMention(m.start(), m.end(), "skip"))
    return out


# after "N点", these make it a clock time even with no part of the day: "6点过", "1点多", "7点许"
_ZH_APPROX = ("过", "多", "左右", "许", "钟")


def _times(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _ZH_TIME.finditer(text):
        if m["h2"]:
            out.append(
                DateMention(m.start(), m.end(), "time", hour=int(m["h2"]), minute=int(m["mi2"]))
            )
            continue
        tod, minutes = m["tod"], m["mi"] or m["mi3"]  # "4点20分" or "4点20"
        approx = text.startswith(_ZH_APPROX, m.end())  # "6点过", "1点多", "7点左右"
        if m["unit"] == "点" and not (tod or minutes or m["half"] or approx):
            continue  # "3点建议" is three points, not three o'clock
        if not m["h"].isdigit() and not (tod or minutes or m["half"]):
            continue  # "一时" is "for a moment"
        h = zh_number(m["h"])
        mi = 30 if m["half"] else zh_number(minutes) if minutes else 0
        if not (0 <= h <= 24 and 0 <= mi <= 59):
            continue
        if (tod in ("下午", "傍晚", "晚上", "晚间", "夜间", "深夜", "晚") and h < 12) or (
            tod == "中午" and h < 6
        ):
            h += 12
        start = m.start("tod") if tod else m.start("h")
        if tod and start > 0 and text[start - 1] in "昨前今明当次":
            start = m.start("h")  # "前晚7时": 前晚 is the day, 7时 (evening) the time
        out.append(DateMention(start, m.end(), "time", hour=h % 24, minute=mi))
    return out
