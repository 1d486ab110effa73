"""Rule named_venue: a named building or ground as the scene of an English story.

After an event preposition ("at", "in", with or without "the"), two to five capitalised words
ending in a venue noun ("at Progressive Field", "at the White House") name the scene, more
precisely than the city around it. Only when the lead names it: ranking drops a venue named
further down ("who once worked at the White House" is background). When the text gives the
town with it ("at Meadowbank House in Harrogate"), the town is the where and the venue is not
listed. A name the gazetteer holds as a town in its own right stays that town; an old alternate
name does not ("White House" is also a geonames name of Casablanca). A name the article writes
before a ground noun elsewhere ("the Interlagos track") is a venue on its own ("at Interlagos").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..gazetteer import Gazetteer, Place, key_of
from .mention import PlaceMention, SentenceIndex
from .words import EVENT_PREP, VENUE_HEADS


class _Scan(Protocol):
    """What the venue rules read of the Latin scan (lite/where/latin.py's LatinScan)."""

    text: str
    toks: Sequence[re.Match[str]]
    gaz: Gazetteer
    index: SentenceIndex
    headline_end: int
    tracks: frozenset[str]

    def _gap(self, a: int, b: int) -> str: ...

    def _gazetteer_hit(self, i: int) -> tuple[int, list[Place]] | None: ...


_LONGEST = 5  # words in a venue's name, its noun included


# Rule track_name: a name the article writes before a ground noun ("the Interlagos track", "the
# Augusta National course") is a venue's, so "at Interlagos" names the scene. Sports grounds only:
# "the Clinton house" or "the Chicago park district" say nothing of the sort.
_TRACK = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'’-]*\s){1,3})(?:track|circuit|course|stadium|ground|racecourse|speedway"
    r"|velodrome|arena)\b"
)


def track_names(text: str, gaz: Gazetteer) -> frozenset[str]:
    """The names written as "the X track" (and the like) that are no gazetteer town."""
    names = {m.group(1).strip() for m in _TRACK.finditer(text)}
    return frozenset(n for n in names if not _town(gaz, n))


def _town(gaz: Gazetteer, name: str) -> bool:
    """A town in its own right, not one reached through an old alternate name ("White House" is
    also a geonames name of Casablanca)."""
    return any(not p.alias for p in gaz.lookup(key_of(name)))


def named_venue(scan: _Scan, i: int) -> tuple[PlaceMention, int] | None:
    """The venue whose name starts at token i, and the token after it; None when there is none."""
    toks = scan.toks
    k = i - 1
    if k >= 0 and toks[k].group() == "the" and scan._gap(k, i) == " ":
        k -= 1
    if k < 0 or toks[k].group() not in EVENT_PREP or scan._gap(k, k + 1) != " ":
        return None
    j = i + 1
    # at most one word past the longest name: a longer capitalised run is no venue (and an
    # all-capitals text stays linear)
    while (
        j < len(toks)
        and j - i <= _LONGEST
        and scan._gap(j - 1, j) == " "
        and toks[j].group()[0].isupper()
    ):
        j += 1
    start, end = toks[i].start(), toks[j - 1].end()
    name = scan.text[start:end]
    # the run ends in the venue noun: "the White House Correspondents' Dinner" is an event
    known = j - i <= _LONGEST and name in scan.tracks
    if not known and (not 2 <= j - i <= _LONGEST or toks[j - 1].group().lower() not in VENUE_HEADS):
        return None
    if _town_after(scan, j) or _town(scan.gaz, name):
        return None
    m = PlaceMention(start, end, [Place(name, None, None, "place", 0, False)], scan.index(start))
    m.event = m.strong = True
    m.synthetic, m.kind_hint = name, "venue"
    m.headline = start < scan.headline_end
    return m, j


def _town_after(scan: _Scan, j: int) -> bool:
    """A gazetteer place right after the venue, as "in X" or ", X"."""
    toks = scan.toks
    if j + 1 < len(toks) and toks[j].group() == "in" and scan._gap(j - 1, j) == " ":
        j += 1
    elif j >= len(toks) or scan._gap(j - 1, j) != ", ":
        return False
    return toks[j].group()[0].isupper() and scan._gazetteer_hit(j) is not None
