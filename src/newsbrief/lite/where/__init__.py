"""WHERE: places named in an article, normalised by the gazetteer, event location first.

How the event location is found: the dateline ("JAKARTA, KOMPAS.com -", "Fuzhou (ANTARA) -",
"新华社北京5月18日电") first, then places after event prepositions in the lead ("di Fuzhou",
"in Fuzhou", "在福州"), then how often and how early a place is named. Passing mentions ("dari
Malaysia" about a person's origin, "ASEAN-China", "Universitas Indonesia") weigh little, and a
country or province that only qualifies a city ("Fuzhou, China", "福建省福州市") is context: it
helps pick the right Fuzhou and is listed after it.

The steps, one module each: `latin` (with `venue` for named buildings and grounds) and `han` find
the mentions, `dateline` marks the filing city, `link` ties qualifiers and lists together,
`choose` resolves each mention in the article's context, `ranking` orders the places.
"""

from __future__ import annotations

import bisect

from ...model import Article, Where
from ..gazetteer import Place, gazetteer, key_of, resolve_place
from ..layout import Layout, layout
from ..summary import ensure_segmented
from .choose import article_context, choose_places
from .han import event_sites, han_mentions
from .latin import latin_mentions
from .link import link_qualifiers, rescan_synthetic, share_event_in_lists
from .mention import PlaceMention, sentence_index
from .ranking import rank
from .sound import glued_pairs, glued_towns, sound_towns

__all__ = ["find_where", "resolve_place"]


def _mark_datelines(lay: Layout, ms: list[PlaceMention]) -> None:
    """The filing city of each dateline the layout pass found: the last place before the dateline's
    end that is not a country ("DAVAO CITY, Philippines -" is Davao; "… By Jane Roe WASHINGTON
    (Reuters) -" is Washington, not a place in the repeated headline before the byline)."""
    starts = [m.start for m in ms]
    for ds, de in lay.datelines:
        inside = ms[bisect.bisect_left(starts, ds) : bisect.bisect_left(starts, de)]
        inside = [m for m in inside if m.end <= de]
        if not inside:
            continue
        cities = [m for m in inside if any(c.kind != "country" for c in m.cands)]
        m = (cities or inside)[-1 if de - ds > 40 else 0]
        m.dateline = m.strong = True
        m.weight = max(m.weight, 1.0)  # "Hosenball WASHINGTON": a byline before it is no name
        m.kind_hint = m.kind_hint or "city"  # datelines name cities: WASHINGTON is D.C.


def _add_sites(ms: list[PlaceMention], sites: list[PlaceMention]) -> list[PlaceMention]:
    """Event sites, each cut to start after the last well-known place inside it ("福州市" in
    "福州市东湖大道王家村") and taking the place of the small gazetteer names left inside it
    (王家 in 王家村)."""
    if not sites:
        return ms
    ms = sorted(ms, key=lambda m: m.start)
    starts = [m.start for m in ms]
    drop: set[int] = set()
    keep: list[PlaceMention] = []
    for site in sites:
        lo = bisect.bisect_left(starts, site.start)
        if lo > 0 and ms[lo - 1].end > site.start:
            continue  # a place crosses the site's start
        hi = bisect.bisect_left(starts, site.end)
        inside = range(lo, hi)
        if any(ms[k].end > site.end for k in inside):
            continue
        known = [k for k in inside if _well_known(ms[k])]
        if known:
            site.start = ms[known[-1]].end
            inside = range(known[-1] + 1, hi)
        if site.end - site.start < 2:
            continue
        name = site.cands[0].place[len(site.cands[0].place) - (site.end - site.start) :]
        site.cands = [Place(name, None, None, "place", 0, False)]
        site.synthetic = name
        drop.update(inside)
        keep.append(site)
    return [m for k, m in enumerate(ms) if k not in drop] + keep


def _well_known(m: PlaceMention) -> bool:
    return bool(m.kind_hint) or any(c.population >= 100_000 or c.kind == "country" for c in m.cands)


def _locate_sites(ms: list[PlaceMention], countries: set[str]) -> None:
    """An event site takes the country and province of the place named before it in its
    sentence ("福建省福州市鼓楼区…街发生"), else the article's one country when it names one."""
    prev: PlaceMention | None = None
    for m in ms:
        p = m.place
        if p is not None and p.country is None and m.synthetic:
            src = prev.place if prev is not None and prev.sent == m.sent else None
            if src is not None:
                m.place = Place(p.place, src.country, src.admin1, p.kind, 0, False)
            elif len(countries) == 1:
                m.place = Place(p.place, next(iter(countries)), None, p.kind, 0, False)
        if m.place is not None:
            prev = m
    # every mention of one site is one place: the country found for any of them
    found: dict[str, Place] = {}
    for m in ms:
        if m.synthetic and m.place is not None and m.place.country:
            found.setdefault(m.synthetic, m.place)
    for m in ms:
        if m.synthetic in found and m.place is not None and m.place.country is None:
            m.place = found[m.synthetic]
    # a venue still without one lies where every place the article names lies ("at Progressive
    # Field" in a story of Chicago and Cleveland is in the US)
    lands = {m.place.country for m in ms if m.place is not None and m.place.country}
    if len(lands) == 1:
        land = next(iter(lands))
        for m in ms:
            p = m.place
            if m.kind_hint == "venue" and p is not None and p.country is None:
                m.place = Place(p.place, land, None, p.kind, 0, False)


def _share_adopted_provinces(ms: list[PlaceMention]) -> None:
    """Every mention of a place the gazetteer lacks gets the province one of them was given."""
    adopted: dict[str, list[Place]] = {}
    for m in ms:
        if m.synthetic and any(c.admin1 for c in m.cands):
            adopted.setdefault(key_of(m.synthetic), m.cands)
    for m in ms:
        if m.synthetic and key_of(m.synthetic) in adopted:
            m.cands = list(adopted[key_of(m.synthetic)])


def find_where(article: Article, *, keep_all: bool = False) -> list[Where]:
    """Places in `article`, event location first, each place once.

    Passing mentions far below the event place (a person's origin, a comparison) are left out
    unless `keep_all`, which lists every place found, ranked.
    """
    article = ensure_segmented(article)
    text = article.text
    gaz = gazetteer()
    index = sentence_index(article)
    lay = layout(article)
    head = lay.headline[1] if lay.headline else 0
    ms, surnames = latin_mentions(text, gaz, index, head, article.lang)
    ms += han_mentions(text, gaz, index, surnames)
    ms = rescan_synthetic(text, ms, index)
    if article.lang == "zh" and lay.lead:
        ms = _add_sites(ms, event_sites(text, lay.lead[0], lay.lead[1], index))
    ms.sort(key=lambda m: m.start)
    if article.lang == "zh" and ms:
        ms = glued_pairs(text, ms)
        ms += sound_towns(text, ms, gaz, article_context(text, ms, "zh").countries, index)
        ms += glued_towns(text, ms, gaz, index)
    for m in ms:
        m.headline = m.start < head
    ms.sort(key=lambda m: m.start)
    if not ms:
        return []
    _mark_datelines(lay, ms)
    link_qualifiers(text, ms)
    share_event_in_lists(text, ms)
    _share_adopted_provinces(ms)
    ctx = article_context(text, ms, article.lang)
    choose_places(text, ms, article.lang, gaz, ctx, surnames)
    _locate_sites(ms, ctx.countries)
    return rank(article, ms, lay, keep_all)
