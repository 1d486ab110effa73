"""What two briefs can share when they report one event, in a form that crosses languages.

Each brief becomes a set of keys: gazetteer places (the place, the province it lies in, the
country), names (Latin-script tokens as written; Chinese names mapped to Latin through the
gazetteer where it knows them), and numbers (separators dropped, so id "4.300", en "4,300" and zh
"4300" meet). Keys carry a kind, and grouping weighs each key by how rare it is in the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Brief
from .numbers import number_keys
from .sounds import han_romanised, latin_joined, skeleton_keys

# Capitalised words that start sentences or name nothing in particular; they would link unrelated
# articles through an accident of grammar. Lowercase keys.
_STOP = frozenset(
    """
    the a an and or but in on at of for to from by with as after before this that these those
    he she it they we you his her their its our mr mrs ms dr sir prof president minister
    police court government state city county province district people world news report
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    yang dan di ke dari pada untuk dengan dalam itu ini para oleh juga akan telah tidak
    senin selasa rabu kamis jumat sabtu minggu
    januari februari maret mei juni juli agustus oktober desember
    pemerintah presiden menteri polisi kota kabupaten provinsi negara
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

_LATIN_NAME = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]\b")
HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_HAN_WORD = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_PREFIX = {
    "place": "p",
    "region": "r",
    "country": "c",
    "name": "n",
    "sound": "s",
    "word": "w",
    "number": "#",
}


@dataclass
class Features:
    """The keys of one brief by kind, and its event dates as day ordinals (None when unknown)."""

    places: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    sounds: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    # words this brief writes in lower case: a capitalised one elsewhere is then a word at a
    # sentence start or in a title ("Agency", "Least"), not a name (see cluster.common_words)
    lower: set[str] = field(default_factory=set)
    start: int | None = None
    end: int | None = None
    lang: str = ""
    town: str | None = None  # the event's town when it is a small one (see `lead_town`)

    def keys(self) -> dict[str, str]:
        """key -> kind, every kind prefixed so that a number never meets a name."""
        out: dict[str, str] = {}
        for kind, values in (
            ("place", self.places),
            ("region", self.regions),
            ("country", self.countries),
            ("name", self.names),
            ("sound", self.sounds),
            ("word", self.words),
            ("number", self.numbers),
        ):
            for v in values:
                out[f"{_PREFIX[kind]}:{v}"] = kind
        return out


def name_tokens(text: str) -> set[str]:
    out = set()
    for tok in re.split(r"[\s\-‐–·•・.]+", text):
        low = tok.strip("'’\"“”()").casefold()
        low = re.sub(r"['’]s$", "", low)  # Corbyn's is Corbyn: the possessive is grammar
        if len(low) >= 3 and low not in _STOP and not low.isdigit():
            out.add(low)
    return out


@lru_cache(maxsize=65536)
def han_name_tokens(name: str) -> frozenset[str]:
    """Latin tokens for a Chinese name, where the gazetteer knows it as the name of a place
    (foreign surnames are transliterated with the same characters as the towns named after them:
    桑福德 -> Sanford). Each part of a dotted name is looked up on its own."""
    from ..lite.gazetteer import gazetteer

    gaz = gazetteer()
    out: set[str] = set()
    for part in re.split(r"[·•・\s]+", name):
        if len(part) < 2:
            continue
        for place in gaz.lookup(part)[:1]:
            out |= name_tokens(place.place)
    return frozenset(out)


def _translations(brief: Brief) -> list[str]:
    """What a translation model wrote for this brief in its target language (none offline)."""
    if brief.lang == brief.target_lang:
        return []
    out = [s.translation for s in brief.summary_sentences if s.translation]
    if brief.what and brief.what.translation:
        out.append(brief.what.translation)
    return out


def _words(text: str, lang: str) -> set[str]:
    if lang == "zh":
        return set(_HAN_WORD.findall(text))  # character pairs: no segmenter needed
    return {
        w for w in (x.casefold() for x in _WORD.findall(text)) if len(w) >= 4 and w not in _STOP
    }


SMALL_TOWN = 500_000  # people: fewer events happen in a town this size than in a capital


def lead_town(brief: Brief) -> str | None:
    """The brief's first town or named place (its event location: lite where ranks it first)
    when the gazetteer counts fewer than `SMALL_TOWN` people there or none (an island, a
    district). Two outlets' articles that both open on Palu report one event far more often
    than two that open on London or Washington, where many things happen on one day."""
    from ..lite.gazetteer import gazetteer, key_of

    lead = next((w for w in brief.where if w.kind in ("city", "place")), None)
    if lead is None or not lead.country:
        return None
    known = [
        p.population
        for p in gazetteer().lookup(key_of(lead.place))
        if p.country == lead.country and p.kind == lead.kind
    ]
    if known and max(known) >= SMALL_TOWN:
        return None
    return f"{lead.place.casefold()}|{lead.country}"


def has_translations(brief: Brief) -> bool:
    return bool(_translations(brief))


def features(brief: Brief, words: bool = False) -> Features:
    f = Features(lang=brief.lang)
    for w in brief.where:
        cc = w.country or "-"
        if w.kind == "country":
            if w.country:
                f.countries.add(w.country)
            continue
        if w.country:
            f.countries.add(w.country)
        if w.kind == "region":
            f.regions.add(f"{w.place.casefold()}|{cc}")
        else:
            f.places.add(f"{w.place.casefold()}|{cc}")
            if w.admin1:
                f.regions.add(f"{w.admin1.casefold()}|{cc}")
    f.town = lead_town(brief)
    for p in brief.who:
        if p.kind == "group":  # counted, not named ('At least 384 people'): its number counts
            f.numbers |= number_keys(p.text)
            continue
        han = bool(HAN.search(p.text))
        f.names |= han_name_tokens(p.text) if han else name_tokens(p.text)
        if han and p.kind == "organization" and p.translation:
            # the offline glossary's English for 陆军医院 (Army Hospital) meets the Latin briefs;
            # a person's translation is only pinyin, which `han_romanised` already keys
            f.names |= name_tokens(p.translation)
        if p.kind == "person":
            f.sounds |= skeleton_keys(p.text, han)
            joined = han_romanised(p.text) if han else latin_joined(p.text)
            if joined:
                f.names.add(joined)
    texts = [s.text for s in brief.summary_sentences] or [brief.summary]
    if brief.what:
        texts.append(brief.what.text)
    translated = _translations(brief)
    for text in texts + translated:
        for m in _LATIN_NAME.finditer(text):
            # a capital after a sentence start is grammar, not a name; only mid-sentence ones count
            if m.start() > 0 and text[: m.start()].rstrip()[-1:] not in '.!?"“':
                toks = name_tokens(m.group())
                f.names |= toks
                if brief.lang != "zh":
                    # a name the lite who passed over (Corbyn in "Corbyn's Labour") is still
                    # heard in a Chinese brief's who (科尔宾)
                    f.sounds |= skeleton_keys(" ".join(toks), han=False)
        f.numbers |= number_keys(text)
        if brief.lang != "zh":
            f.lower.update(w for w in _LOWER_WORD.findall(text) if len(w) >= 3)
    if words:
        # the words of the target language: a brief written in it and one translated into it
        # share them (asked for only when the folder holds translations)
        own = texts if brief.lang == brief.target_lang else []
        for text in own + translated:
            f.words |= _words(text, brief.target_lang)
    if brief.when and brief.when.start:  # a when without a calendar date does not place it
        f.start = brief.when.start.toordinal()
        f.end = (brief.when.end or brief.when.start).toordinal()
    return f
