"""Is this capitalised word a place? A cached check so that places are not taken for people.

It asks the shared gazetteer (`lite.gazetteer`, loaded once for `where` too) for primary names
only, plus the regions the gazetteer lacks (a section of data/names_words.txt).
"""

from __future__ import annotations

from functools import lru_cache

from .names_lexicon import words

# Demonyms, and the regions, islands and cities the gazetteer lacks or files under another name
# ("Asia Tenggara", "Jabodetabek"): data/names_words.txt. Country names in Indonesian come from
# the gazetteer (pycountry's translations).
DEMONYMS = words("demonyms")


@lru_cache(maxsize=65536)
def _kinds(name: str) -> frozenset[str]:
    from .gazetteer import gazetteer, key_of

    if len(name) == 2 and not name.isupper():
        # rule short_code_case: a two-letter code names a country only in capitals ("RI", "AS");
        # "Ri", "Ho", "Li" in a run of capitalised words are parts of a name (Ri Yong Ho)
        return frozenset()
    return frozenset(p.kind for p in gazetteer().lookup(key_of(name)) if not p.alias)


_LOCAL = words("local_regions")


def is_region(name: str) -> bool:
    """A country, first-level subdivision, continent or well-known region."""
    key = name.lower().strip()
    return key in _LOCAL or bool(_kinds(name.strip()) & {"country", "region"})


def is_country(name: str) -> bool:
    """A country or one of the local names of countries and big regions (not a province: many
    provinces share a name with people, e.g. Nelson, Victoria, Mendoza)."""
    key = name.lower().strip()
    return key in _LOCAL or "country" in _kinds(name.strip())


def is_place(name: str, *, cities: bool = True) -> bool:
    if is_region(name):
        return True
    return cities and bool(_kinds(name.strip()))


def is_demonym(word: str) -> bool:
    return word.lower() in DEMONYMS


# A city this big lends its name to teams and companies ("Chicago Cubs", "Melbourne Victory");
# smaller places share theirs with given names (Eugene, Logan, Marion).
_BIG_CITY = 250_000


@lru_cache(maxsize=65536)
def is_big_city(name: str) -> bool:
    from .gazetteer import gazetteer, key_of

    return any(
        p.kind == "city" and p.population >= _BIG_CITY and not p.alias
        for p in gazetteer().lookup(key_of(name.strip()))
    )
