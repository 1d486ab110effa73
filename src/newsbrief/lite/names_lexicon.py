"""Word lists for finding people and organisations in Indonesian and English news.

They are data, not code: ``data/names_words.txt`` (hand-kept closed classes, with its provenance
in its header) and ``data/names_calendar.txt`` (month and weekday names, built from CLDR by
``tools/build_names_calendar.py``). Both are read once, on first import of the name finder.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Sections whose entries keep their case (acronyms and brand names: "US" is not "us").
_CASED = frozenset({"org_acronyms", "not_org_acronyms", "agencies"})


@lru_cache(maxsize=8)
def sections(name: str, sep: str | None = "|") -> dict[str, list[str]]:
    """A sectioned word file under data/: ``[section]`` headers, ``#`` comments, entries split on
    `sep` (None: white space), and "key<TAB>value" lines kept whole. Every lexicon of lite/ is
    read through this one reader."""
    text = resources.files("newsbrief").joinpath(f"data/{name}").read_text("utf-8")
    out: dict[str, list[str]] = {}
    cur: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1], [])
        elif "\t" in line:
            cur.append(line)
        else:
            cur.extend(w.strip() for w in line.split(sep) if w.strip())
    return out


def words(section: str, file: str = "names_words.txt") -> frozenset[str]:
    """The entries of one section, lower-cased unless the section keeps case."""
    entries = sections(file)[section]
    return frozenset(entries if section in _CASED else (w.lower() for w in entries))


def pairs(section: str, file: str = "names_words.txt") -> dict[str, str]:
    """A section of "key<TAB>value" lines."""
    return dict(line.split("\t", 1) for line in sections(file)[section])  # type: ignore[misc]


def _words(text: str) -> frozenset[str]:
    """An inline list ("a|b|c") for the few rule-local words that stay next to their rule."""
    return frozenset(w.strip().lower() for w in text.split("|") if w.strip())


ROLE_HEADS_ID = words("role_heads_id")
ROLE_HEADS_EN = words("role_heads_en")
ROLE_HEADS = ROLE_HEADS_ID | ROLE_HEADS_EN
ROLE_TAIL = words("role_tail")
HONORIFICS = words("honorifics")
DEGREES = words("degrees")
ORG_HEADS = words("org_heads")
ORG_HEADS_FIRST_ONLY = words("org_heads_first_only")
ORG_ACRONYMS = words("org_acronyms")
ORG_NAMES = words("org_names")
NOT_ORG_ACRONYMS = words("not_org_acronyms")
NOT_NAME = words("not_name")
# Indonesian months and days are English given names ("Mei", "Juni") in English text: they count
# as dates only in Indonesian.
MONTHS_DAYS_EN = words("en", "names_calendar.txt") | words("months_days_extra_en")
MONTHS_DAYS = MONTHS_DAYS_EN | words("id", "names_calendar.txt") | words("months_days_extra_id")
NAME_CONNECTORS = words("name_connectors")
ORG_CONNECTORS = words("org_connectors")
SPEECH_BEFORE = words("speech_before")
SPEECH_AFTER = words("speech_after")
