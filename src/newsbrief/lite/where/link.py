"""How place mentions qualify one another: "Fuzhou, China", "福建省福州市", lists after "di",
and later mentions of a place the gazetteer lacks but the article introduced ("Kabupaten X")."""

from __future__ import annotations

import bisect
import itertools
import re

from ..gazetteer import Place
from .han import HAN, HAN_EVENT
from .latin import TOKEN
from .mention import PlaceMention, SentenceIndex
from .words import EVENT_PREP


def contains(outer: Place, inner: Place) -> bool:
    if outer.ident == inner.ident or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    return (
        outer.kind == "region"
        and outer.admin1 == outer.place
        and inner.admin1 == outer.admin1
        and inner.place != inner.admin1
    )


def contains_any(outer: list[Place], inner: list[Place]) -> bool:
    return any(contains(o, i) for o in outer for i in inner)


def _synthetic_forms(ms: list[PlaceMention]) -> dict[str, PlaceMention]:
    forms: dict[str, PlaceMention] = {}
    for m in ms:
        if not m.synthetic:
            continue
        forms.setdefault(m.synthetic, m)
        if HAN.match(m.synthetic) and m.synthetic[-1] in "市县" and len(m.synthetic) >= 3:
            forms.setdefault(m.synthetic[:-1], m)
    return forms


def _form_hits(text: str, forms: dict[str, PlaceMention]) -> list[tuple[int, int, str]]:
    """Where each form occurs, found in one pass: Latin forms at token starts (case-insensitive,
    whole words), Han forms at every Han position (they are at most a few characters long)."""
    hits: list[tuple[int, int, str]] = []
    latin: dict[str, list[str]] = {}
    han: dict[str, str] = {}
    for form in forms:
        if HAN.match(form):
            han[form] = form
        else:
            latin.setdefault(form.split()[0].lower(), []).append(form)
    for t in TOKEN.finditer(text) if latin else ():
        for form in latin.get(t.group().lower(), ()):
            s, e = t.start(), t.start() + len(form)
            if text[s:e].lower() != form.lower() or (e < len(text) and re.match(r"[\w-]", text[e])):
                continue
            if s > 0 and text[s - 1] == "-":
                continue
            hits.append((s, e, form))
    if han:
        sizes = sorted({len(f) for f in han}, reverse=True)
        for i, c in enumerate(text):
            if "\u4e00" <= c <= "\u9fff":
                for n in sizes:
                    if text[i : i + n] in han:
                        hits.append((i, i + n, text[i : i + n]))
    # longer forms first: a longer name the gazetteer lacks wins over the names inside it
    hits.sort(key=lambda h: (-len(h[2]), h[0]))
    return hits


def rescan_synthetic(text: str, ms: list[PlaceMention], index: SentenceIndex) -> list[PlaceMention]:
    """Other mentions of places the gazetteer lacks but the article named with a prefix or a
    province ("Kabupaten Ogan Komering Ilir" ... "di Ogan Komering Ilir"; "德令哈市" ... "德令哈").

    Longer forms first; a hit that crosses a mention's edge, repeats one, or overlaps a hit
    already taken is skipped, and the mentions inside a taken hit give way to it ("Penajam Paser
    Utara" over "Penajam"). Taken characters are marked in a byte array: linear in the text.
    """
    forms = _synthetic_forms(ms)
    if not forms:
        return ms
    orig = sorted(ms, key=lambda m: m.start)
    starts = [m.start for m in orig]
    taken = bytearray(len(text) + 1)
    new: list[PlaceMention] = []
    for s, e, form in _form_hits(text, forms):
        src = forms[form]
        if text[s:e] != form and not text[s:e].isupper():
            continue  # "PENAJAM PASER UTARA" in a dateline, not "penajam paser utara"
        if taken.find(1, s, e) >= 0:
            continue
        a = bisect.bisect_left(starts, s)
        b = bisect.bisect_left(starts, e, lo=a)
        if (a > 0 and orig[a - 1].end > s) or (b > a and orig[b - 1].end > e):
            continue  # crosses a mention's edge
        if a < b and (orig[a].start, orig[a].end) == (s, e):
            continue  # already a mention
        han = bool(HAN.match(form))
        if han and text.startswith(("市", "县"), e) and not form.endswith(("市", "县")):
            e += 1
        m = PlaceMention(s, e, list(src.cands), index(s))
        m.strong, m.kind_hint, m.synthetic = True, src.kind_hint, src.synthetic
        m.dateline = any(x.dateline for x in orig[a:b])
        if han:
            m.event = text.endswith(HAN_EVENT, 0, s)
        else:
            before = text[max(0, s - 12) : s].split()
            m.event = bool(before) and before[-1].lower() in EVENT_PREP
        taken[s:e] = b"\x01" * (e - s)
        new.append(m)
    kept = [m for m in orig if not taken[m.start]]
    return sorted(kept + new, key=lambda m: m.start)


def _adopt_province(outer: PlaceMention, inner: PlaceMention) -> None:
    """A place the gazetteer lacks takes its province from the text ("X, Kalimantan Timur")."""
    if not inner.synthetic:
        return
    regions = [o for o in outer.cands if o.kind == "region" and o.admin1 == o.place]
    if not regions:
        return
    r = regions[0]
    inner.cands = [
        Place(c.place, c.country, r.admin1, c.kind, c.population, c.alias)
        if c.admin1 is None and c.country == r.country
        else c
        for c in inner.cands
    ]


def link_qualifiers(text: str, ms: list[PlaceMention]) -> None:
    """ "Fuzhou, China", "Fuzhou (Fujian)", "福建省福州市": the country/province qualifies the city."""
    for k in range(len(ms) - 1):
        a, b = ms[k], ms[k + 1]
        gap = text[a.end : b.start]
        if gap in (" in ", " di "):
            _adopt_province(b, a)
            if contains_any(b.cands, a.cands):
                # "struck Mamuju in West Sulawesi": the province locates the city
                b.context_of = k
                a.qualifiers.append(k + 1)
                a.strong = True
                a.event = a.event or b.event
                b.event = False
                continue
        if gap in ("的", "的 ") and _possessive_place(text, a, b):
            a.context_of = k + 1
            b.qualifiers.append(k)
            b.event = b.strong = True
            continue
        if gap in (", ", ",", " (", "(", "、") or gap == "":
            a_big = {c.kind for c in a.cands} & {"country", "region"}
            b_big = {c.kind for c in b.cands} & {"country", "region"}
            if gap == "" and a_big:  # Han: province or country first, then the city
                (outer, oi), (inner, ii) = (a, k), (b, k + 1)
            elif gap != "" and b_big and gap != "、":
                (outer, oi), (inner, ii) = (b, k + 1), (a, k)
            else:
                continue
            _adopt_province(outer, inner)
            if contains_any(outer.cands, inner.cands):
                outer.context_of = ii
                inner.qualifiers.append(oi)
                inner.strong = True
                if gap == "" and outer.event:
                    inner.event = True  # "在英国曼彻斯特": 在 places the city, not only the country


# Rule han_possessive_place: "在南伦敦的 Croydon", "在英国的曼彻斯特": after 在, "A 的 B" names B
# inside A (the gazetteer need not know that Croydon lies in London): B is where it happened.
_AT_BEFORE = re.compile(r"在[东南西北中部]{0,2}$")


def _possessive_place(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    if not HAN.match(text, a.start) or not _AT_BEFORE.search(text, max(0, a.start - 3), a.start):
        return False
    countries = {c.country for c in a.cands}
    return any(c.country in countries and c.kind != "country" for c in b.cands)


_LIST_GAP = re.compile(r",\s*|\s*、\s*|,?\s+(?:dan|and|serta|atau|or)\s+|和|及|与|以及")
# "抵达老挝首都万象", "ke ibu kota Laos, Vientiane": the capital shares the country's event role
_CAPITAL_GAP = re.compile(r"(?:的)?(?:首都|首府|省会)|'s capital,?\s*|’s capital,?\s*")
# "…等地" closes the list; its last item may be a place the gazetteer lacks ("、兴安盟等地").
_HAN_LIST_END = re.compile(r"(?:、[\u4e00-\u9fff]{2,8}?)?等(?:地|市|县|省|区|城市)")


def share_event_in_lists(text: str, ms: list[PlaceMention]) -> None:
    """ "di Bekasi, Karawang, dan Purwakarta", "在南京、无锡、常州等地": every place in a list after an
    event preposition is an event place, and so is every place in a Chinese list closed by 等地."""
    for k, (a, b) in enumerate(itertools.pairwise(ms)):
        gap = text[a.end : b.start]
        if (
            a.event
            and b.context_of is None
            and (k + 1) not in a.qualifiers
            and a.sent == b.sent
            and (_LIST_GAP.fullmatch(gap) or _CAPITAL_GAP.fullmatch(gap))
        ):
            b.event = b.strong = True
    marked = -1  # walking back stops at a mention already marked: linear over the article
    for i, m in enumerate(ms):
        if not _HAN_LIST_END.match(text, m.end):
            continue
        k = i
        while k > marked:
            ms[k].event = ms[k].strong = True
            if k == 0 or not _LIST_GAP.fullmatch(text[ms[k - 1].end : ms[k].start]):
                break
            k -= 1
        marked = i
