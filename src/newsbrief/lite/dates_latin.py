"""The date grammar for Latin-script news (Indonesian and Malay, English): dates, ranges,
weekdays, relative words and clock times, read into `DateMention`s."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .dates_lexicon import MONTHS_EN, MONTHS_ID, NUMBER_WORDS, WEEKDAYS_EN, WEEKDAYS_ID
from .dates_mention import ISO, DateMention
from .dates_relative import REL_EN, REL_ID


def _forms(names: Iterable[str], lower: bool) -> list[str]:
    out: set[str] = set()
    for n in names:
        out.update({n.capitalize(), n.upper()})
        if lower:
            out.add(n)
    return sorted(out, key=len, reverse=True)


def _alt(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in forms)


_D = r"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d|[.,:]\d)"
_Y = r"(?:19|20)\d{2}(?!\d)"
_PAST = r"(?P<past>\s+(?:yang\s+)?lalu(?![A-Za-z]))?"


class LatinGrammar:
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
        self._name_patterns(full, abbr)
        self.patterns: list[
            tuple[re.Pattern[str], Callable[[re.Match[str]], DateMention | None]]
        ] = []
        self._date_patterns()
        self._word_patterns()

    def _name_patterns(self, full: list[str], abbr: list[str]) -> None:
        lang = self.lang
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

    def _date_patterns(self) -> None:
        """Day-month-year dates, day ranges, ISO and numeric dates."""
        lang, add = self.lang, self._add
        # "Jumat, 15 Januari 2021", and with a time of day between: "Jumat dini hari, 15 Januari"
        wd_prefix = rf"(?:(?P<wd>{self.WD})(?:\s+{self.TOD})?\s*,?\s+)?"
        past = _PAST if lang == "id" else ""
        # day month [year]
        add(
            rf"{wd_prefix}(?P<d>{_D})\s+(?:of\s+)?(?P<m>{self.M})(?:\s*,?\s*(?P<y>{_Y}))?{past}",
            self._dmy,
        )
        if lang == "en":
            add(
                rf"{wd_prefix}(?P<m>{self.M})\s+(?P<d>{_D})(?:\s*,\s*(?P<y>{_Y})|\s+(?P<y2>{_Y}))?",
                self._dmy,
            )
            add(
                rf"(?P<m>{self.M})\s+(?P<d>{_D}){self.CONN}(?P<d2>{_D})(?:\s*,\s*(?P<y>{_Y})|\s+(?P<y2>{_Y}))?",
                self._range_dd,
            )
        # day-day month [year]
        add(
            rf"(?P<d>{_D}){self.CONN}(?P<d2>{_D})\s+(?:of\s+)?(?P<m>{self.M})(?:\s*,?\s*(?P<y>{_Y}))?{past}",
            self._range_dd,
        )
        # ISO and numeric dates
        add(ISO.pattern, self._iso)
        add(
            rf"{wd_prefix}(?<![\d/.,-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?![\d/]|[.-]\d)",
            self._numeric,
        )

    def _word_patterns(self) -> None:
        """Weekdays, "N days ago", relative words and month-level dates."""
        lang, add = self.lang, self._add
        past = _PAST if lang == "id" else ""
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
        self.rel_table = REL_ID if lang == "id" else REL_EN
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
        add(rf"(?:{part})?(?P<m>{self.M_FULL})(?:\s+(?P<y>{_Y}))?{past}", self._month)

    def _add(
        self, pattern: str, builder: Callable[[re.Match[str]], DateMention | None], flags: int = 0
    ) -> None:
        self.patterns.append((re.compile(pattern, flags), builder))

    # builders ------------------------------------------------------------------------------
    def _month_num(self, s: str) -> int:
        return self.month_of[s.rstrip(".").lower()]

    def _wd(self, m: re.Match[str], group: str = "wd") -> int | None:
        s = m.groupdict().get(group)
        return self.weekday_of.get(s.lower()) if s else None

    def _dmy(self, m: re.Match[str]) -> DateMention:
        g = m.groupdict()
        y = g.get("y") or g.get("y2")
        return DateMention(
            m.start(),
            m.end(),
            "date",
            y=int(y) if y else None,
            m=self._month_num(g["m"]),
            d=_day(g["d"]),
            weekday=self._wd(m),
            past=bool(g.get("past")),
        )

    def _range_dd(self, m: re.Match[str]) -> DateMention | None:
        g = m.groupdict()
        y = g.get("y") or g.get("y2")
        d1, d2 = _day(g["d"]), _day(g["d2"])
        if d2 <= d1:
            return None
        mon = self._month_num(g["m"])
        return DateMention(
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

    def _iso(self, m: re.Match[str]) -> DateMention:
        return DateMention(m.start(), m.end(), "date", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]))

    def _numeric(self, m: re.Match[str]) -> DateMention | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if self.lang == "en" and a <= 12:
            a, b = b, a  # US order month/day unless the first number cannot be a month
        d, mon = a, b
        if not (1 <= d <= 31 and 1 <= mon <= 12):
            return None
        return DateMention(m.start(), m.end(), "date", y=y, m=mon, d=d, weekday=self._wd(m))

    def _paren(self, m: re.Match[str]) -> DateMention | None:
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
            return DateMention(
                m.start(), m.end(), "range", y=y, m=mon, d=d, y2=y, m2=mon, d2=d2, past=past
            )
        if m["wdb"] or m["wdc"]:
            return None  # "Kamis-Minggu (18/5)" names two days but gives one date: unclear
        return DateMention(
            m.start(), m.end(), "date", y=y, m=mon, d=d, weekday=self._wd(m), past=past
        )

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
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
            return DateMention(m.start(), m.end(), "week", rel=unit_rel)
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
        out = DateMention(m.start(), m.end(), "weekday", weekday=wd, wd_mode=mode)
        if m["tod"]:
            out.flags.add("tod")
        return out

    def _ago(self, m: re.Match[str]) -> DateMention:
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        unit = m["unit"].lower()
        if unit in ("hari", "day"):
            return DateMention(m.start(), m.end(), "rel", rel=-n)
        if unit in ("pekan", "minggu", "week") and n == 1:
            return DateMention(m.start(), m.end(), "week", rel=-1)
        return DateMention(m.start(), m.end(), "skip")  # "10 tahun lalu": a duration, not a date

    def _rel(self, m: re.Match[str]) -> DateMention:
        if _in_caps_name(m):
            return DateMention(m.start(), m.end(), "skip")
        key = re.sub(r"\s+", " ", m["rel"].lower())
        kind, n = self.rel_table[key]
        return DateMention(m.start(), m.end(), kind, rel=n)

    def _month(self, m: re.Match[str]) -> DateMention | None:
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
        out = DateMention(
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


# ------------------------------------------------------------------------------- times

_TIME_ID = re.compile(
    r"(?<![A-Za-z])(?:pukul|pkl\.?|jam|Pukul|Pkl\.?|Jam)\s+(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?"
    r"(?:\s*(?:-|–|hingga|sampai|s\.d\.?|s/d)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)?"
    r"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat))?(?:\s+(?P<tod>pagi|siang|sore|petang|malam))?"
    r"(?![\d])"
)
_TIME_EN = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m(?![a-z])|[ap]m(?![a-z])|[AP]M(?![A-Z]))"
    r"|(?<![\d:.,$])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?<![A-Za-z])(?P<noon>noon|midnight)(?![A-Za-z])"
)


_CAPS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}\s+$")


def _in_caps_name(m: re.Match[str]) -> bool:
    """Rule caps_name: an upper-case relative word after an upper-case word is part of a name
    ("USA TODAY", "NEWS TODAY"), not the day of the story."""
    word = m["rel"]
    return word.isupper() and bool(_CAPS_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))


def time_latin(text: str, lang: str) -> list[DateMention]:
    out: list[DateMention] = []
    if lang == "id":
        for m in _TIME_ID.finditer(text):
            h, mi = int(m["h"]), int(m["mi"] or 0)
            tod = m["tod"]
            if (tod in ("sore", "petang", "malam") and h < 12) or (tod == "siang" and h < 6):
                h += 12
            out.append(DateMention(m.start(), m.end(), "time", hour=h % 24, minute=mi))
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
        out.append(DateMention(m.start(), m.end(), "time", hour=h, minute=mi))
    return out
