"""Which gazetteer place each mention names, given the article's geographic context.

Context is what the article says unambiguously: countries and provinces it names, and (weaker)
the countries of the cities it names. A mention is resolved with that context, then narrowed by
its qualifiers ("Fuzhou, Fujian"), its kind hint ("Kabupaten Malang") and its own form
("Panama City").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..gazetteer import HAN_HOME, Gazetteer, Place, best, key_of
from .han import HAN
from .link import contains
from .mention import PlaceMention
from .words import COMPASS_NAMES


@dataclass
class Context:
    countries: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    # Countries of the cities named: weaker evidence, and never a mention's own (an ambiguous
    # "Perth" must not vote for Australia just because Perth, Australia is the bigger one).
    near_keys: dict[str, set[str]] = field(default_factory=dict)
    clock: set[str] = field(default_factory=set)  # countries whose clocks the article reads


# Rule clock_zone: a clock time written with a zone abbreviation ("04:00 BST", "pukul 10.00 WIB")
# reads one country's clocks, so the story is told from there: a name with a reading in that
# country means that one (Somerset in a story timed in BST is the English county, not the town
# in New Jersey). Abbreviations shared by several countries' zones (EST, CET) are not listed.
_CLOCK_ZONE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?\(?([A-Z]{2,5})\b")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    data = resources.files("newsbrief").joinpath("data/time_zones.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in data.splitlines() if line and not line.startswith("#"))
    return {abbr: country for abbr, country in rows}


def clock_countries(text: str) -> set[str]:
    zones = _zones()
    return {zones[z] for z in _CLOCK_ZONE.findall(text) if z in zones}


def _compass_name(m: PlaceMention, written: str) -> bool:
    """Rule compass_name: a place named only by compass and position words ("Western", "North
    Side", "South East": first-level divisions of Sri Lanka, Anguilla, Singapore) is a phrase or
    an adjective ("Western leaders", "the North Side of Chicago") unless the text places it (a
    qualifier, the dateline) or the article names its country (checked when choosing)."""
    if m.dateline or m.qualifiers or m.context_of is not None:
        return False
    return all(w.lower() in COMPASS_NAMES for w in written.split())


def article_context(text: str, ms: list[PlaceMention], lang: str) -> Context:
    ctx = Context(clock=clock_countries(text))
    for m in ms:
        if m.weight < 0 or _compass_name(m, text[m.start : m.end]):
            continue  # a compass phrase votes for no country
        p = best(m.cands, lang) if len(m.cands) > 1 else m.cands[0]
        if p is None or (len(m.cands) > 1 and p.kind not in ("city", "country")):
            continue
        own = key_of(text[m.start : m.end])
        if len(m.cands) > 1 and p.kind == "country" and p.country:
            # a name shared by a country and towns ("Panama", "Georgia") votes, weakly, for the
            # other places named ("PANAMA CITY"), never for its own reading
            ctx.near_keys.setdefault(p.country, set()).add(own)
            continue
        if p.kind == "country" and p.country:
            ctx.countries.add(p.country)
        elif p.kind == "region" and p.admin1 and p.admin1 == p.place:
            ctx.admin1s.add(p.admin1)
            if p.country:
                ctx.countries.add(p.country)
        elif p.country and not p.alias and p.kind == "city":
            ctx.near_keys.setdefault(p.country, set()).add(own)
    return ctx


def _narrow(m: PlaceMention, ms: list[PlaceMention], text: str, gaz: Gazetteer):  # type: ignore[no-untyped-def]
    cands = m.cands
    if m.kind_hint in ("region", "city"):
        cands = [c for c in cands if c.kind == m.kind_hint] or cands
    if m.qualifiers:
        quals = [q for qi in m.qualifiers for q in ms[qi].cands]
        cands = [c for c in cands if any(contains(q, c) for q in quals)] or cands
    if m.context_of is not None:
        inner = ms[m.context_of].cands
        cands = [c for c in cands if any(contains(c, i) for i in inner)] or cands
    own = key_of(text[m.start : m.end])
    if len(cands) > 1 and own.endswith(" city"):
        # "Panama City", "Kuwait City": the capital of the country it is named after
        named = {p.country for p in gaz.lookup(own[: -len(" city")]) if p.kind == "country"}
        cands = [c for c in cands if c.country in named] or cands
    return cands, own


_BIG_CITY = 1_000_000


def _out_of_context(m: PlaceMention, p: Place, named: set[str], han: bool) -> bool:
    """Rule geographic_context: a Chinese transliteration of a foreign place (圣马丁, 利文斯顿)
    names many places but the gazetteer holds one; in an article whose other places lie in
    other countries, that one is not what the story means (a New York story's 圣马丁 is not
    San Martín, Argentina). Likewise a bare Chinese town name (花园, 安宁: also words) in a story
    set abroad. The text can still place either (a unit suffix, a qualifier, the dateline)."""
    if not han or not named or p.country in named or p.kind == "country":
        return False
    if p.country in HAN_HOME:
        if named & HAN_HOME:
            return False
        if m.synthetic and p.admin1 is None:
            return True  # a county named on its own (穆列什县) in a story set abroad
        if m.kind_hint:
            return False
    return not (m.dateline or m.qualifiers or m.context_of is not None or m.synthetic)


_HOME = {"id": ("ID", "MY", "SG", "BN"), "ms": ("MY", "ID", "SG", "BN")}
_EVERYDAY_ZIPF = 4.0  # about once in 100,000 words of Indonesian or Malay


def _everyday_word(written: str, lang: str) -> bool:
    """An Indonesian/Malay word far more common in that language than in English (Gaya "style",
    Natal "Christmas", Anda "you"): wordfreq's lists, through the language detector's data."""
    if lang not in _HOME or " " in written or "-" in written or not written.istitle():
        return False
    from ...detect.words import zipf

    z = zipf(written.lower())
    if z is None:
        return False
    own = z[1] if lang == "id" else z[2]
    return own >= _EVERYDAY_ZIPF and own >= z[0] + 1.0


def _foreign_word_town(m: PlaceMention, p: Place, named: set[str], written: str, lang: str) -> bool:
    """Rule everyday_word_town: a foreign town whose name is an everyday Indonesian word ("Gaya
    bermain", "sebelum Natal", "di dekat Anda") is that word, even after a preposition, unless the
    article names the town's country or the text places it (a qualifier, the dateline)."""
    if p.kind in ("country", "region") or p.country in _HOME.get(lang, ()) or p.country in named:
        return False
    if p.population >= _BIG_CITY or m.dateline or m.qualifiers or m.context_of is not None:
        return False
    return _everyday_word(written, lang)


def _home_regency(m: PlaceMention, p: Place, written: str, lang: str) -> bool:
    """Rule home_regency: the gazetteer knows Indonesia's regencies and cities (Jakarta Selatan,
    Aceh Besar) without a population; 0 there means unknown, not small. In Indonesian copy such a
    place is as sure as a town of known size when its name has two words or the text places
    something there ("di Kebumen"), unless the name is an everyday word (Pemenang, Lembar)."""
    home = _HOME.get(lang, ("",))[0]
    return (
        p.population == 0
        and p.country == home
        and not p.alias
        and (" " in written.strip() or m.event)
        and not _everyday_word(written, lang)
    )


def _still_the_name(m: PlaceMention, text: str) -> bool:
    """A word this article uses as a person's last name ("Hillary Clinton") is that person again
    unless the mention counts for much or the text places it (a preposition, a qualifier, the
    dateline). Rule name_possessive: in the possessive it stays the person even after a
    preposition ("backstage at Clinton's election party"); a place's possessive ("at London's
    airport") is not affected, since "London" is no one's name there."""
    if m.weight >= 1.5 or m.dateline or m.qualifiers or m.kind_hint:
        return False
    return not m.event or text.startswith(("'s ", "’s "), m.end)


def choose_places(
    text: str,
    ms: list[PlaceMention],
    lang: str,
    gaz: Gazetteer,
    ctx: Context,
    surnames: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Set `m.place` on every mention that names a place (None for names and weak guesses)."""
    # Tokens used as names elsewhere ("Michael Jordan") are names everywhere in this article.
    # Only as the last word of a name ("Michael Jordan"): a place that heads a name is an
    # organisation named after it ("Belfast Magistrates' Court", "Cleveland Indians"), and the
    # place itself is still meant elsewhere in the article.
    name_tokens = {key_of(text[m.start : m.end]) for m in ms if m.weight < 0 and m.last_of_name}
    near_for: dict[object, set[str]] = {}  # the nearby countries depend on `own` alone
    for m in ms:
        m.place = None
        if (m.soft and not m.strong) or m.weight < 0:
            continue
        written = text[m.start : m.end]
        # Rule person_name: a name the article uses for a person ("Hillary Clinton", "President
        # Obama") is that person everywhere in it, even after "in"/"at" ("pointed at Obama"),
        # unless the text places it ("Clinton, Iowa") or it heads a dateline.
        if key_of(written) in surnames and not (
            m.dateline or m.qualifiers or m.context_of is not None
        ):
            continue
        if key_of(written) in name_tokens and _still_the_name(m, text):
            continue
        cands, own = _narrow(m, ms, text, gaz)
        local = [c for c in cands if c.country in ctx.clock and not c.alias]
        cands = local or cands  # rule clock_zone
        near = near_for.get(own)
        if near is None:
            near = near_for[own] = {
                c for c, keys in ctx.near_keys.items() if len(keys) > 1 or own not in keys
            }
        m.place = best(cands, lang, ctx.countries, ctx.admin1s, near)
        p = m.place
        named = ctx.countries | near
        if (
            p is not None
            and p.kind != "country"
            and p.country not in named
            and _compass_name(m, written)
        ):
            m.place = None
            continue
        if p is not None and _foreign_word_town(m, p, named, written, lang):
            m.place = None
            continue
        if p is not None and _out_of_context(m, p, named, bool(HAN.match(text, m.start))):
            if written.endswith("县") and named & HAN_HOME:
                # 南丹县 in a Guangxi story is a Chinese county the gazetteer lacks, not Nantan, JP
                m.place = Place(written, "CN", None, "region", 0, False)
                continue
            if p.population < _BIG_CITY:
                m.place = None
                continue
            m.weight, m.event = m.weight * 0.3, False
        if p is None or m.strong:
            continue
        weak = (p.population < 100_000 and p.kind != "country") or p.alias
        if weak and _home_regency(m, p, written, lang):
            weak = False
        # a province or state is never a small town, whatever population the build gave it
        province = p.kind == "region" and not p.alias and (p.population > 0 or p.admin1 == p.place)
        if weak and not province:
            m.place = None
