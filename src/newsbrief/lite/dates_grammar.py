"""A grammar of date, range and time expressions for Indonesian, English and Chinese news.

The grammar only reads: it turns text into `Mention`s (what was written, with its character span
and the parts it states), and leaves the calendar arithmetic to `dates_resolve`. Patterns are
tried all together, overlapping matches keep the longest, and adjacent dates joined by a range
word ("30 April - 2 Mei", "Kamis (18/5) hingga Minggu (21/5)", "5月18日至21日") are merged.

dateparser is deliberately not used: on news text its search is slow and noisy, it misses ranges
such as "18 hingga 21 Mei 2023", and every form we match is already taken apart by the regex.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .dates_lexicon import (
    MONTHS_EN,
    MONTHS_ID,
    NUMBER_WORDS,
    WEEKDAYS_EN,
    WEEKDAYS_ID,
    WEEKDAYS_ZH,
    ZH_DIGITS,
)

_ISO = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/]|[.-]\d)"
)

# kinds that carry a calendar date (once resolved); "time" and "skip" never do
DATE_KINDS = frozenset({"date", "range", "weekday", "wdrange", "rel", "week", "weekend", "month"})


@dataclass
class Mention:
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


# ---------------------------------------------------------------- Latin script (id, en)


def _forms(names: Iterable[str], lower: bool) -> list[str]:
    out: set[str] = set()
    for n in names:
        out.update({n.capitalize(), n.upper()})
        if lower:
            out.add(n)
    return sorted(out, key=len, reverse=True)


def _alt(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in forms)


class _Latin:
    """Compiled patterns and lookup tables for one Latin-script language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        months = MONTHS_ID if lang == "id" else MONTHS_EN
        weekdays = WEEKDAYS_ID if lang == "id" else WEEKDAYS_EN
        if lang == "id":
            # Indonesian copy now and then quotes an English date; accept those names too.
            months = {k: v + [n for n in MONTHS_EN[k] if n not in v] for k, v in months.items()}
        self.month_of: dict[str, int] = {}
        full, abbr = [], []
        for num, names in months.items():
            for n in names:
                self.month_of[n] = num
                (
                    abbr
                    if len(n) <= 4 and n not in ("mei", "may", "juni", "juli", "june", "july")
                    else full
                ).append(n)
        self.weekday_of = {n: k for k, v in weekdays.items() for n in v}
        wd_full = [n for n in self.weekday_of if len(n) > 3 or lang == "id"]
        # Indonesian month names are not words, so sloppy lower case is still a month;
        # English "may", "march" are words.
        native_lower = (
            [n for n in full if n in {x for v in MONTHS_ID.values() for x in v}]
            if lang == "id"
            else []
        )
        month_full = _alt(
            sorted(set(_forms(full, False)) | set(native_lower), key=len, reverse=True)
        )
        month_abbr = _alt(_forms(abbr, False))
        # "May" stays capitalised in English: lower-case it is the verb.
        self.M = rf"(?<![A-Za-z])(?:{month_full}|(?:{month_abbr})\.?)(?![A-Za-z])"
        self.M_FULL = rf"(?<![A-Za-z])(?:{month_full})(?![A-Za-z])"
        # "Minggu" is Sunday only capitalised: lower-case it is "week".
        self.WD = rf"(?<![A-Za-z])(?:{_alt(_forms(wd_full, False))})(?![A-Za-z])"
        if lang == "id":
            self.TOD = r"(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh)"
            self.CONN = (
                r"(?:\s*[-–—]{1,2}\s*|\s+(?:s\.\s?d\.?|s/d|sd|hingga|sampai(?:\s+dengan)?"
                r"|dan)\s+(?:(?:dengan\s+)?tanggal\s+)?)"
            )
        else:
            self.TOD = r"(?:morning|afternoon|evening|night)"
            self.CONN = r"(?:\s*[-–—]{1,2}\s*|\s+(?:to|through|thru|until|till|and)\s+(?:the\s+)?)"
        D = r"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d|[.,:]\d)"
        Y = r"(?:19|20)\d{2}(?!\d)"
        self.patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Mention | None]]] = []
        add = self._add
        wd_prefix = rf"(?:(?P<wd>{self.WD})\s*,?\s+)?"
        past = r"(?P<past>\s+(?:yang\s+)?lalu(?![A-Za-z]))?" if lang == "id" else ""
        # day month [year]
        add(
            rf"{wd_prefix}(?P<d>{D})\s+(?:of\s+)?(?P<m>{self.M})(?:\s*,?\s*(?P<y>{Y}))?{past}",
            self._dmy,
        )
        if lang == "en":
            add(
                rf"{wd_prefix}(?P<m>{self.M})\s+(?P<d>{D})(?:\s*,\s*(?P<y>{Y})|\s+(?P<y2>{Y}))?",
                self._dmy,
            )
            add(
                rf"(?P<m>{self.M})\s+(?P<d>{D}){self.CONN}(?P<d2>{D})(?:\s*,\s*(?P<y>{Y})|\s+(?P<y2>{Y}))?",
                self._range_dd,
            )
        # day-day month [year]
        add(
            rf"(?P<d>{D}){self.CONN}(?P<d2>{D})\s+(?:of\s+)?(?P<m>{self.M})(?:\s*,?\s*(?P<y>{Y}))?{past}",
            self._range_dd,
        )
        # ISO and numeric dates
        add(_ISO.pattern, self._iso)
        add(
            rf"{wd_prefix}(?<![\d/.,-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?![\d/]|[.-]\d)",
            self._numeric,
        )
        if lang == "id":
            # Antara / Kompas house style: "Senin (5/6)", "Kamis-Minggu (18-21/5/2023)", "Rabu (17/5) lalu"
            wd_range = rf"(?P<wd>{self.WD})(?:\s*[-–]\s*(?P<wdb>{self.WD})|\s+(?:hingga|sampai|s\.d\.?|dan)\s+(?P<wdc>{self.WD}))?"
            add(
                rf"{wd_range}(?:\s+{self.TOD})?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*(?:[-–]\s*(?P<d2>\d{{1,2}})\s*)?/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)(?:\s+{self.TOD})?(?P<past>\s+(?:yang\s+)?lalu(?![A-Za-z]))?",
                self._paren,
            )
            add(
                rf"(?P<wd>{self.WD})(?:\s+(?P<tod>{self.TOD}))?(?:\s+(?P<wk>(?:pekan|minggu)\s+(?:lalu|kemarin|depan|ini))(?![A-Za-z])|\s+(?P<mod>yang\s+lalu|lalu|kemarin|depan|mendatang|ini)(?![A-Za-z]))?",
                self._weekday,
            )
        else:
            add(
                rf"(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?(?P<wd>{self.WD})(?:\s+(?P<tod>{self.TOD}))?(?:\s+(?P<wk>(?:of\s+)?(?:last|next|this)\s+week)(?![A-Za-z]))?",
                self._weekday,
            )
        # "N hari lalu" / "N days ago"; "N tahun lalu" / "N years ago" are durations: skipped
        nums = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
        if lang == "id":
            add(
                rf"(?<![\w.,])(?P<n>\d{{1,2}}|{nums}|se)\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu(?![A-Za-z])",
                self._ago,
            )
        else:
            add(
                rf"(?<![\w.,])(?P<n>\d{{1,2}}|{nums}|a)\s+(?P<unit>day|week|month|year)s?\s+ago(?![A-Za-z])",
                self._ago,
            )
        # relative words
        self.rel_table = _REL_ID if lang == "id" else _REL_EN
        rel_alt = "|".join(
            sorted(
                (re.escape(k).replace(r"\ ", r"\s+") for k in self.rel_table), key=len, reverse=True
            )
        )
        add(rf"(?<![A-Za-z])(?P<rel>{rel_alt})(?![A-Za-z])", self._rel, flags=re.IGNORECASE)
        # month-level: "awal Mei", "Mei 2023", "mid-May", "in March"
        part = (
            r"(?P<part>awal|akhir|pertengahan|medio)\s+(?:bulan\s+)?"
            if lang == "id"
            else r"(?P<part>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+end\s+of|[Tt]he\s+beginning\s+of)(?:-|\s+)"
        )
        add(rf"(?:{part})?(?P<m>{self.M_FULL})(?:\s+(?P<y>{Y}))?{past}", self._month)

    def _add(
        self, pattern: str, builder: Callable[[re.Match[str]], Mention | None], flags: int = 0
    ) -> None:
        self.patterns.append((re.compile(pattern, flags), builder))

    # builders ------------------------------------------------------------------------------
    def _month_num(self, s: str) -> int:
        return self.month_of[s.rstrip(".").lower()]

    def _wd(self, m: re.Match[str], group: str = "wd") -> int | None:
        s = m.groupdict().get(group)
        return self.weekday_of.get(s.lower()) if s else None

    def _dmy(self, m: re.Match[str]) -> Mention:
        g = m.groupdict()
        y = g.get("y") or g.get("y2")
        return Mention(
            m.start(),
            m.end(),
            "date",
            y=int(y) if y else None,
            m=self._month_num(g["m"]),
            d=_day(g["d"]),
            weekday=self._wd(m),
            past=bool(g.get("past")),
        )

    def _range_dd(self, m: re.Match[str]) -> Mention | None:
        g = m.groupdict()
        y = g.get("y") or g.get("y2")
        d1, d2 = _day(g["d"]), _day(g["d2"])
        if d2 <= d1:
            return None
        mon = self._month_num(g["m"])
        return Mention(
            m.start(),
            m.end(),
            "range",
            y=int(y) if y else None,
            m=mon,
            d=d1,
            y2=int(y) if y else None,
            m2=mon,
            d2=d2,
            past=bool(g.get("past")),
        )

    def _iso(self, m: re.Match[str]) -> Mention:
        return Mention(m.start(), m.end(), "date", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]))

    def _numeric(self, m: re.Match[str]) -> Mention | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if self.lang == "en" and a <= 12:
            a, b = b, a  # US order month/day unless the first number cannot be a month
        d, mon = a, b
        if not (1 <= d <= 31 and 1 <= mon <= 12):
            return None
        return Mention(m.start(), m.end(), "date", y=y, m=mon, d=d, weekday=self._wd(m))

    def _paren(self, m: re.Match[str]) -> Mention | None:
        d, mon = int(m["d"]), int(m["m"])
        if not (1 <= d <= 31 and 1 <= mon <= 12):
            return None
        y = int(m["y"]) if m["y"] else None
        if y is not None and y < 100:
            y += 2000
        past = bool(m["past"])
        if m["d2"]:
            d2 = int(m["d2"])
            if not d < d2 <= 31:
                return None
            return Mention(
                m.start(), m.end(), "range", y=y, m=mon, d=d, y2=y, m2=mon, d2=d2, past=past
            )
        if m["wdb"] or m["wdc"]:
            return None  # "Kamis-Minggu (18/5)" names two days but gives one date: unclear
        return Mention(m.start(), m.end(), "date", y=y, m=mon, d=d, weekday=self._wd(m), past=past)

    def _weekday(self, m: re.Match[str]) -> Mention | None:
        wd = self._wd(m)
        mod = (m["mod"] or "").lower().split()[-1:] or [""]
        mod_word = mod[0]
        if (
            self.lang == "id"
            and m["wd"] in ("Minggu", "MINGGU")
            and mod_word in ("lalu", "ini", "depan", "kemarin")
            and _sentence_initial(m.string, m.start())
        ):
            # "minggu lalu" is "last week"; capitalised mid-sentence it is "last Sunday".
            unit_rel = {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1}[mod_word]
            return Mention(m.start(), m.end(), "week", rel=unit_rel)
        mode = {
            "lalu": "last",
            "kemarin": "last",
            "last": "last",
            "past": "last",
            "depan": "next",
            "mendatang": "next",
            "next": "next",
            "this": "this",
            "ini": "this",
        }.get(mod_word, "recent")
        wk = (m.groupdict().get("wk") or "").lower()
        if wk:  # "Jumat pekan lalu", "Friday last week": that weekday of the named week
            mode = (
                "prevweek"
                if re.search(r"lalu|kemarin|last", wk)
                else "nextweek"
                if re.search(r"depan|next", wk)
                else "this"
            )
        out = Mention(m.start(), m.end(), "weekday", weekday=wd, wd_mode=mode)
        if m["tod"]:
            out.flags.add("tod")
        return out

    def _ago(self, m: re.Match[str]) -> Mention:
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        unit = m["unit"].lower()
        if unit in ("hari", "day"):
            return Mention(m.start(), m.end(), "rel", rel=-n)
        if unit in ("pekan", "minggu", "week") and n == 1:
            return Mention(m.start(), m.end(), "week", rel=-1)
        return Mention(m.start(), m.end(), "skip")  # "10 tahun lalu": a duration, not a date

    def _rel(self, m: re.Match[str]) -> Mention:
        key = re.sub(r"\s+", " ", m["rel"].lower())
        kind, n = self.rel_table[key]
        return Mention(m.start(), m.end(), kind, rel=n)

    def _month(self, m: re.Match[str]) -> Mention | None:
        part = (m["part"] or "").lower()
        y = int(m["y"]) if m["y"] else None
        if not part and y is None:
            # a bare month name needs a preposition in front to be a date: "pada Mei", "in May"
            before = m.string[max(0, m.start() - 12) : m.start()].lower()
            if not re.search(
                r"(?:pada|bulan|sejak|hingga|sampai|in|during|since|until|by|"
                r"last|this|next|of)\s+$",
                before,
            ):
                return None
        out = Mention(
            m.start(),
            m.end(),
            "month",
            y=y,
            m=self._month_num(m["m"]),
            past=bool(m.groupdict().get("past")),
        )
        if part:
            out.part = (
                "early"
                if part in ("awal", "early") or "beginning" in part
                else "mid"
                if part in ("pertengahan", "medio", "mid")
                else "late"
            )
        return out


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?\n]\s*|\n)$", before)) or "\n" in before


_REL_ID: dict[str, tuple[str, int]] = {
    "kemarin lusa": ("rel", -2),
    "kemarin": ("rel", -1),
    "kemarin pagi": ("rel", -1),
    "kemarin siang": ("rel", -1),
    "kemarin sore": ("rel", -1),
    "kemarin malam": ("rel", -1),
    "tadi malam": ("rel", -1),
    "hari ini": ("rel", 0),
    "pagi ini": ("rel", 0),
    "siang ini": ("rel", 0),
    "sore ini": ("rel", 0),
    "malam ini": ("rel", 0),
    "tadi pagi": ("rel", 0),
    "tadi siang": ("rel", 0),
    "tadi sore": ("rel", 0),
    "besok": ("rel", 1),
    "besok pagi": ("rel", 1),
    "besok malam": ("rel", 1),
    "esok": ("rel", 1),
    "esok hari": ("rel", 1),
    "lusa": ("rel", 2),
    "pekan lalu": ("week", -1),
    "minggu lalu": ("week", -1),
    "pekan kemarin": ("week", -1),
    "minggu kemarin": ("week", -1),
    "pekan ini": ("week", 0),
    "minggu ini": ("week", 0),
    "pekan depan": ("week", 1),
    "minggu depan": ("week", 1),
    "akhir pekan ini": ("weekend", 0),
    "akhir pekan lalu": ("weekend", -1),
    "akhir pekan kemarin": ("weekend", -1),
    "akhir pekan depan": ("weekend", 1),
    "akhir pekan": ("weekend", 99),
    "akhir minggu ini": ("weekend", 0),
    "bulan lalu": ("month", -1),
    "bulan depan": ("month", 1),
    # spoken of, never the event's date: consumed so that nothing inside them matches
    "tahun lalu": ("skip", 0),
    "tahun ini": ("skip", 0),
    "tahun depan": ("skip", 0),
    "bulan ini": ("skip", 0),
    "saat ini": ("skip", 0),
    "dewasa ini": ("skip", 0),
    "akhir-akhir ini": ("skip", 0),
    "belakangan ini": ("skip", 0),
    "baru-baru ini": ("skip", 0),
}

_REL_EN: dict[str, tuple[str, int]] = {
    "yesterday": ("rel", -1),
    "the day before yesterday": ("rel", -2),
    "today": ("rel", 0),
    "tonight": ("rel", 0),
    "this morning": ("rel", 0),
    "this afternoon": ("rel", 0),
    "this evening": ("rel", 0),
    "last night": ("rel", -1),
    "tomorrow": ("rel", 1),
    "the day after tomorrow": ("rel", 2),
    "last week": ("week", -1),
    "this week": ("week", 0),
    "next week": ("week", 1),
    "earlier this week": ("week", 0),
    "later this week": ("week", 0),
    "last weekend": ("weekend", -1),
    "this weekend": ("weekend", 0),
    "next weekend": ("weekend", 1),
    "the weekend": ("weekend", 99),
    "last month": ("month", -1),
    "next month": ("month", 1),
    "earlier this month": ("skip", 0),
    "later this month": ("skip", 0),
    "this month": ("skip", 0),
    "last year": ("skip", 0),
    "this year": ("skip", 0),
    "next year": ("skip", 0),
    "earlier this year": ("skip", 0),
    "later this year": ("skip", 0),
    "recently": ("skip", 0),
    "these days": ("skip", 0),
}


# ------------------------------------------------------------------------------- times

_TIME_ID = re.compile(
    r"(?<![A-Za-z])(?:pukul|pkl\.?|jam|Pukul|Pkl\.?|Jam)\s+(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?"
    r"(?:\s*(?:-|–|hingga|sampai|s\.d\.?|s/d)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)?"
    r"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat))?(?:\s+(?P<tod>pagi|siang|sore|petang|malam))?"
    r"(?![\d])"
)
_TIME_EN = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m(?![a-z])|[ap]m(?![a-z])|[AP]M(?![A-Z]))"
    r"|(?<![\d:.,$])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?<![A-Za-z])(?P<noon>noon|midnight)(?![A-Za-z])"
)


def _time_latin(text: str, lang: str) -> list[Mention]:
    out: list[Mention] = []
    if lang == "id":
        for m in _TIME_ID.finditer(text):
            h, mi = int(m["h"]), int(m["mi"] or 0)
            tod = m["tod"]
            if (tod in ("sore", "petang", "malam") and h < 12) or (tod == "siang" and h < 6):
                h += 12
            out.append(Mention(m.start(), m.end(), "time", hour=h % 24, minute=mi))
        return out
    for m in _TIME_EN.finditer(text):
        if m["noon"]:
            h, mi = (12, 0) if m["noon"] == "noon" else (0, 0)
        elif m["h2"]:
            h, mi = int(m["h2"]), int(m["mi2"])
        else:
            h, mi = int(m["h"]), int(m["mi"] or 0)
            if h > 12:
                continue
            pm = m["ap"].lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        out.append(Mention(m.start(), m.end(), "time", hour=h, minute=mi))
    return out


# --------------------------------------------------------------------------- Chinese

_ZN = r"[〇零○一二两三四五六七八九十]"
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
_ZH_REL = {
    "大前天": ("rel", -3),
    "前天": ("rel", -2),
    "前日": ("rel", -2),
    "昨天": ("rel", -1),
    "昨日": ("rel", -1),
    "昨晚": ("rel", -1),
    "昨夜": ("rel", -1),
    "今天": ("rel", 0),
    "今日": ("rel", 0),
    "今晨": ("rel", 0),
    "今早": ("rel", 0),
    "今晚": ("rel", 0),
    "今夜": ("rel", 0),
    "明天": ("rel", 1),
    "明日": ("rel", 1),
    "明晚": ("rel", 1),
    "后天": ("rel", 2),
    "上周": ("week", -1),
    "上星期": ("week", -1),
    "上个星期": ("week", -1),
    "上个礼拜": ("week", -1),
    "本周": ("week", 0),
    "这周": ("week", 0),
    "这个星期": ("week", 0),
    "本星期": ("week", 0),
    "下周": ("week", 1),
    "下星期": ("week", 1),
    "下个星期": ("week", 1),
    "上月": ("month", -1),
    "上个月": ("month", -1),
    "下月": ("month", 1),
    "下个月": ("month", 1),
    # vague or relative to another date: consumed, never a date
    "日前": ("skip", 0),
    "近日": ("skip", 0),
    "近期": ("skip", 0),
    "当天": ("skip", 0),
    "当日": ("skip", 0),
    "当晚": ("skip", 0),
    "次日": ("skip", 0),
    "翌日": ("skip", 0),
    "本月": ("skip", 0),
    "今年": ("skip", 0),
    "去年": ("skip", 0),
    "明年": ("skip", 0),
    "前年": ("skip", 0),
    "此前": ("skip", 0),
    "目前": ("skip", 0),
}
_ZH_REL_RE = re.compile(
    "(?P<rel>" + "|".join(sorted(map(re.escape, _ZH_REL), key=len, reverse=True)) + ")"
    r"(?!头条|之星|之子|新闻)"
)
_ZH_AGO = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?P<unit>天|周|个月|年)(?:之)?前"
)
_ZH_TIME = re.compile(
    r"(?P<tod>凌晨|清晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|晚|早)?"
    r"(?<![\d.])(?P<h>[01]?\d|2[0-4]|[一二两三四五六七八九十]{1,3})\s*(?P<unit>时|点)"
    r"(?:\s*(?P<mi>[0-5]?\d|[一二三四五六七八九十]{1,3})\s*分|(?P<half>半))?"
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


def _zh_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
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
        mention = Mention(
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
    for m in _ZH_RANGE.finditer(text):
        g = m.groupdict()
        if not g["m"]:
            continue
        mon, d1, d2 = zh_number(g["m"]), zh_number(g["d"]), zh_number(g["d2"])
        if not (1 <= mon <= 12 and 1 <= d1 < d2 <= 31):
            continue
        y = zh_number(g["y"]) if g["y"] else None
        rng = Mention(m.start(), m.end(), "range", y=y, m=mon, d=d1, y2=y, m2=mon, d2=d2)
        if g["yrel"]:
            rng.yrel = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[g["yrel"]]
        out.append(rng)
    for rx in (_ZH_DAY, _ZH_DAY_CN):
        for m in rx.finditer(text):
            out.append(Mention(m.start(), m.end(), "date", d=zh_number(m["d"])))
    for m in _ZH_WEEKDAY.finditer(text):
        pre = m["pre"] or ""
        if m["wd"] == "末":
            rel = {"上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1}.get(
                pre, 99
            )
            out.append(Mention(m.start(), m.end(), "weekend", rel=rel))
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
            Mention(m.start(), m.end(), "weekday", weekday=WEEKDAYS_ZH[m["wd"]], wd_mode=mode)
        )
    for m in _ZH_REL_RE.finditer(text):
        kind, n = _ZH_REL[m["rel"]]
        out.append(Mention(m.start(), m.end(), kind, rel=n))
    for m in _ZH_AGO.finditer(text):
        n = zh_number(m["n"])
        if n < 0:
            continue
        if m["unit"] == "天":
            out.append(Mention(m.start(), m.end(), "rel", rel=-n))
        else:
            out.append(Mention(m.start(), m.end(), "skip"))
    for m in _ZH_TIME.finditer(text):
        if m["h2"]:
            out.append(Mention(m.start(), m.end(), "time", hour=int(m["h2"]), minute=int(m["mi2"])))
            continue
        tod = m["tod"]
        if m["unit"] == "点" and not (tod or m["mi"] or m["half"]):
            continue  # "3点建议" is three points, not three o'clock
        if not m["h"].isdigit() and not (tod or m["mi"] or m["half"]):
            continue  # "一时" is "for a moment"
        h = zh_number(m["h"])
        mi = 30 if m["half"] else zh_number(m["mi"]) if m["mi"] else 0
        if not (0 <= h <= 24 and 0 <= mi <= 59):
            continue
        if (tod in ("下午", "傍晚", "晚上", "晚间", "夜间", "深夜", "晚") and h < 12) or (
            tod == "中午" and h < 6
        ):
            h += 12
        start = m.start("tod") if tod else m.start("h")
        out.append(Mention(start, m.end(), "time", hour=h % 24, minute=mi))
    return out


# ---------------------------------------------------------------------------- driver

_LATIN: dict[str, _Latin] = {}


def _latin(lang: str) -> _Latin:
    if lang not in _LATIN:
        _LATIN[lang] = _Latin(lang)
    return _LATIN[lang]


def _choose(cands: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping matches (a range over its parts, a date over its day)."""
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    rank = {"range": 0, "date": 1}
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), rank.get(c.kind, 2), c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: c.start)


_CONN_ANY = {
    "id": re.compile(
        r"\s*(?:[-–—]{1,2}|s\.\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?|dan)\s*(?:(?:dengan\s+)?tanggal\s+)?$"
    ),
    "en": re.compile(r"\s*(?:[-–—]{1,2}|to|through|thru|until|till|and)\s*(?:the\s+)?$"),
    "zh": re.compile(r"\s*(?:至|到|-|—|——|－|~|～|–)\s*$"),
}


def _merge_ranges(ms: list[Mention], text: str, lang: str) -> list[Mention]:
    """Join "A <to> B" where both are day dates into one range mention."""
    out: list[Mention] = []
    for cur in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "date"
            and cur.kind == "date"
            and prev.d is not None
            and cur.d is not None
            and _CONN_ANY[lang].match(text[prev.end : cur.start])
            and (cur.m is not None or lang == "zh")
        ):
            out[-1] = Mention(
                prev.start,
                cur.end,
                "range",
                y=prev.y,
                m=prev.m,
                d=prev.d,
                y2=cur.y,
                m2=cur.m,
                d2=cur.d,
                yrel=prev.yrel,
                mrel=prev.mrel,
                past=cur.past,
                weekday=None,
            )
            continue
        if (
            prev is not None
            and prev.kind == "weekday"
            and cur.kind == "weekday"
            and prev.wd_mode == "recent"
            and cur.wd_mode in ("recent", "last")
            and prev.weekday != cur.weekday
            and _CONN_ANY[lang].match(text[prev.end : cur.start])
        ):
            out[-1] = Mention(
                prev.start,
                cur.end,
                "wdrange",
                weekday=prev.weekday,
                weekday2=cur.weekday,
                wd_mode=cur.wd_mode,
            )
            continue
        out.append(cur)
    return out


# Full-width digits and punctuation map one character to one, so offsets survive.
_HALF = str.maketrans("０１２３４５６７８９／－：．", "0123456789/-:.")


def extract(text: str, lang: str) -> list[Mention]:
    """Every date, range, relative-date and time expression in `text`, in text order."""
    text = text.translate(_HALF)
    if lang == "zh":
        cands = _zh_mentions(text)
        # Chinese copy quotes Latin dates too ("2023-05-18"), so keep the ISO form.
        for m in _ISO.finditer(text):
            cands.append(
                Mention(m.start(), m.end(), "date", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]))
            )
    else:
        gram = _latin(lang)
        cands = []
        for rx, build in gram.patterns:
            for m in rx.finditer(text):
                mention = build(m)
                if mention is not None:
                    cands.append(mention)
        cands.extend(_time_latin(text, lang))
    chosen = _choose(cands)
    return _merge_ranges(chosen, text, lang)
