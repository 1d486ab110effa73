"""The outlet an article says it comes from, read from the head of its input file.

A page names its site (`<meta property="og:site_name" content="…">`); a wire story credits the
agency in its dateline ("JAKARTA (ANTARA) -", "BEIJING, May 5 (Reuters) -", "新华社北京9月29日电");
an Indonesian portal writes its own name there ("JAKARTA, KOMPAS.com -"). Nothing else is guessed:
a name quoted in the body ("told the Associated Press") is a source of a quote, not the outlet.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

HEAD_BYTES = 16_384  # the meta tags and the dateline are at the top; a big page is not read

_META = re.compile(
    r"<meta\s[^>]*?(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
# "CITY (Agency) -" or "CITY, May 5 (Agency) -": a credit in brackets before the dash
_CREDIT = re.compile(r"\(([^()\n]{2,40})\)\s*[-–—]")
# "CITY, Outlet.com -": a portal's own domain as the dateline's credit
_PORTAL = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},\s+([A-Za-z][\w-]*\.(?:com|co\.id|id|net|org))\s*[-–—]", re.M
)


@lru_cache(maxsize=1)
def _news_sources() -> tuple[frozenset[str], re.Pattern[str]]:
    """The wire services lite who already knows (a word list with its provenance), and the
    Chinese dateline they write: agency, place and date, then 电 ('wired'): 新华社北京9月29日电."""
    from ..lite.names_lexicon import words

    known = words("news_sources")
    han = sorted((w for w in known if re.match(r"[\u4e00-\u9fff]", w)), key=len, reverse=True)
    wire = re.compile("(" + "|".join(map(re.escape, han)) + r")[\u4e00-\u9fff\d]{0,14}电")
    return known, wire


def outlet_in(text: str) -> str | None:
    """The outlet a page's meta tags or an article's dateline names, as written; else None."""
    for m in _META.finditer(text):
        c = _CONTENT.search(m.group())
        value = html.unescape((c.group(1) or c.group(2)) if c else "").strip()
        if value:
            return value
    head = text[:1500]
    known, zh_wire = _news_sources()
    for m in _CREDIT.finditer(head):
        if m.group(1).strip().casefold() in known:
            return m.group(1).strip()
    m = _PORTAL.search(head)
    if m:
        return m.group(1)
    m = zh_wire.search(head)
    return m.group(1) if m else None


def outlet_of(path: Path) -> str | None:
    """`outlet_in` the head of the file at `path`; None when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    return outlet_in(head.decode("utf-8", errors="replace"))
