"""Ranking the places of an article: the event place first, each place once.

A place scores for its best mention (an event preposition in the lead, the dateline, the
headline, a precise address) plus a little for every other mention; a country or province that
contains a place named as the event location goes right after it, and passing mentions far below
the event place are dropped.
"""

from __future__ import annotations

import math

from ...model import Article, Where
from ..gazetteer import Place
from ..layout import Layout
from .link import contains
from .mention import PlaceMention

_KEEP_RATIO = 0.35  # of the event place's score; measured on samples/eval (P up, R barely down)


def _dateline_bonus(ms: list[PlaceMention], first: int) -> float:
    """Rule agency_dateline: a dateline ("中新社东京5月18日电", "WASHINGTON (Reuters) -") says
    where the reporter filed from. It is the event place when the lead names no other; when the
    lead sentence names another city or region, that one is where it happened (an Osaka
    election reported from Tokyo stays in Osaka), so the dateline counts for less."""
    line = [m for m in ms if m.dateline and m.place is not None]
    if not line:
        return 3.5
    home = line[0].place
    for m in ms:
        p = m.place
        if m.sent > first + 1:
            break
        if m.dateline or p is None or m.weight < 1 or p.kind == "country" or m.sent != first:
            continue
        if p.ident != home.ident and not contains(p, home) and not contains(home, p):
            return 0.0
    return 3.5


def _mention_score(
    m: PlaceMention, ms: list[PlaceMention], first: int, n_sent: int, dateline_bonus: float = 3.5
) -> float:
    v = max(m.weight, 0.0)
    lead = m.sent <= first + 1
    if m.context_of is not None:
        v *= 0.3
    if m.event:
        # The lead sentence states where it happened; later ones add colour.
        v += 3.5 if m.sent <= first else 1.2 if m.sent == first + 1 else 0.8
        if m.place is not None and m.place.kind == "country":
            v -= 1.5  # "demand in China": a country is the scope more often than the scene
    if lead and not m.dateline:
        v += 1.0  # the dateline is not the lead's text: it gets its own bonus below
    v += 0.5 * (1 - m.sent / n_sent)
    if m.dateline:
        v += dateline_bonus
    if m.headline:
        v += 1.5
    if (
        lead
        and not m.dateline
        and any(ms[q].place is not None and ms[q].place.kind == "region" for q in m.qualifiers)
    ):
        v += 2.0  # "Kabupaten Pasaman Barat, Sumatera Barat", "湖南省怀化市": a precise address
    return v


def _below_contained(
    places: dict[tuple, Place],
    scores: dict[tuple, float],
    strong: dict[tuple, bool],
    dateline: dict[tuple, bool],
) -> None:
    """A province, then a country, goes right below the best place it contains that was named
    as the event location. Indexed by province and country: linear in the number of places."""
    for outer_kind in ("region", "country"):
        low: dict[tuple, float] = {}
        for ident, p in places.items():
            if not strong[ident] or p.kind == "country":
                continue
            if outer_kind == "country":
                key: tuple = (p.country,)
            elif p.place != p.admin1 and p.admin1:
                key = (p.country, p.admin1)
            else:
                continue
            low[key] = min(low.get(key, math.inf), scores[ident])
        for ident, p in places.items():
            if p.kind != outer_kind or dateline[ident]:
                continue
            if outer_kind == "region" and p.admin1 != p.place:
                continue
            key = (p.country,) if outer_kind == "country" else (p.country, p.admin1)
            if key in low:
                scores[ident] = min(scores[ident], low[key] - 0.01)


def rank(
    article: Article, ms: list[PlaceMention], lay: Layout, keep_all: bool = False
) -> list[Where]:
    text = article.text
    n_sent = max(1, len(article.sentences))
    head = lay.headline[1] if lay.headline else 0
    first = lay.lead_sentence
    if first is None:
        first = next((i for i, s in enumerate(article.sentences) if s.start >= head), 0)
    dateline_bonus = _dateline_bonus(ms, first)
    groups: dict[tuple, list[PlaceMention]] = {}
    for m in ms:
        if m.kind_hint == "venue" and m.sent > first + 1:
            continue  # rule named_venue: "had worked at the White House" is background
        if m.place is not None:
            groups.setdefault(m.place.ident, []).append(m)
    scores: dict[tuple, float] = {}
    strong: dict[tuple, bool] = {}
    for ident, group in groups.items():
        vals = sorted(
            (_mention_score(m, ms, first, n_sent, dateline_bonus) for m in group), reverse=True
        )
        scores[ident] = vals[0] + 0.8 * math.log1p(sum(vals[1:]))
        # a place the lead sends someone to ("made it to Palu") also holds the story's country
        # below it; not one reached through an old or joke alternate name ("Google" = Topeka)
        alias = group[0].place is not None and group[0].place.alias
        strong[ident] = any(
            m.dateline
            or m.qualifiers
            or (m.event and m.context_of is None)
            or (m.strong and m.weight >= 0.8 and first <= m.sent <= first + 1 and not alias)
            for m in group
        )
    places = {ident: groups[ident][0].place for ident in groups}
    dateline = {ident: any(m.dateline for m in groups[ident]) for ident in groups}
    _below_contained(places, scores, strong, dateline)  # type: ignore[arg-type]
    order = sorted(groups, key=lambda k: (-scores[k], groups[k][0].start))
    # Places far below the event place are passing mentions (a person's origin, a comparison):
    # dropped, except the province and country that contain the event place.
    if order and not keep_all:
        top = places[order[0]]
        floor = _KEEP_RATIO * scores[order[0]]
        order = [
            k
            for k in order
            if scores[k] >= floor or k == order[0] or contains(places[k], top)  # type: ignore[arg-type]
        ]
    out: list[Where] = []
    for ident in order:
        m = max(
            groups[ident], key=lambda m: (m.dateline, m.event and m.context_of is None, -m.start)
        )
        p = m.place
        assert p is not None
        kind = p.kind if p.kind in ("city", "region", "country") else "place"
        if m.kind_hint == "region" and kind == "city":
            kind = "region"  # "Kabupaten Malang", "大理州": the area named after the city
        out.append(
            Where(
                text=text[m.start : m.end],
                place=p.place,
                country=p.country,
                admin1=p.admin1,
                kind=kind,
                span=(m.start, m.end),
            )
        )
    return out
