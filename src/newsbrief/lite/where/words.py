"""Cue words around place names, loaded once from ``data/where_words.txt`` (one section per rule)."""

from __future__ import annotations

from ..names_lexicon import sections
from ..summary import STOPWORDS


def _sections() -> dict[str, list[str]]:
    return sections("where_words.txt", sep=None)


def words(section: str) -> frozenset[str]:
    return frozenset(_sections()[section])


def kinds(section: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in _sections()[section])  # type: ignore[misc]


CONNECTORS = words("connectors")
PREFIX_KIND = kinds("prefix_kind")
ID_DIRECTION = words("id_direction")
SUFFIX_KIND = kinds("suffix_kind")
EVENT_PREP = words("event_prep")
GOAL_PREP = words("goal_prep")
ORIGIN_PREP = words("origin_prep")
TITLE_BEFORE = words("title_before")
NAME_STOP = words("name_stop")
MAYOR_TITLES = words("mayor_titles")
PERSON_CUE = words("person_cue")
ROLE_CUE = words("role_cue")
PERSON_AFTER = words("person_after")
PERSON_TITLE = words("person_title")
COUNT_WORDS = words("counted_nouns")
SPEECH_AFTER = words("speech_after")
OUTLET_BEFORE = words("outlet_before")
KIN_BEFORE = words("kin_before")
PLACE_NOUNS = words("place_nouns")
VENUE_HEADS = words("venue_heads")
COMPASS_NAMES = words("compass_names")
FUNCTION_WORDS = STOPWORDS["id"] | STOPWORDS["en"]
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    januari februari maret mei juni juli agustus oktober desember
    monday tuesday wednesday thursday friday saturday sunday
    senin selasa rabu kamis jumat sabtu minggu""".split()  # noqa: SIM905
)
# Words after a place that leave it a place: months and weekdays (datelines without a comma)
# and the place-type suffixes.
OK_AFTER = _MONTHS_DAYS | frozenset(SUFFIX_KIND)


def prep_word(w: str) -> bool:
    return w in EVENT_PREP or w in GOAL_PREP or w in ORIGIN_PREP
