"""Rule transliterated_town: a foreign town the gazetteer knows only in Latin script, written in
Chinese by sound ("抵达巴鲁市" = Palu, "霍顿镇" = Houghton, "伦敦德里" = Londonderry, not 伦敦 + 德里).

Chinese copy writes most foreign towns by sound, and geonames gives Chinese names only to the
bigger ones. A Han name that the text marks as a town (市 or 镇 after it, and 在/抵达/… before it or a
foreign province right before it) and the gazetteer lacks is compared, by consonant skeleton, with
the Latin names of the cities of the countries the article names; the most populous city that
sounds the same is taken. Nothing is guessed when the article names no foreign country. Without
市/镇, only a name glued after its foreign province counts, compared with that province's towns
("西弗吉尼亚威灵" = Wheeling, West Virginia).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..gazetteer import HAN_HOME, HAN_WRITTEN, Gazetteer, Place, best, gazetteer
from ..translit import han_skeleton, latin_skeleton
from .mention import PlaceMention, SentenceIndex

_SUFFIX = re.compile(r"[市镇]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BEFORE = ("在", "于", "到", "抵达", "前往", "来到", "位于", "赶赴")
_NOT_STEM = re.compile(r"[的了在和与及是为有各全该本此这那城区超门闹都]")


@lru_cache(maxsize=64)
def _by_sound(country: str) -> dict[str, Place]:
    """Latin skeleton -> the most populous city of `country` with it. A final -ng is also read
    without its g and n: Chinese writes it as a syllable's -ng (Wheeling 威灵), which the Han
    skeleton drops."""
    return _skeletons(gazetteer().cities_in(country))


@lru_cache(maxsize=64)
def _by_sound_in(country: str, admin1: str) -> dict[str, Place]:
    """The same, for the cities of one province."""
    return _skeletons(tuple(p for p in gazetteer().cities_in(country) if p.admin1 == admin1))


def _skeletons(cities: tuple[Place, ...]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for p in cities:
        out.setdefault(latin_skeleton(p.place), p)
    for p in cities:
        if p.place.endswith("ng"):
            out.setdefault(latin_skeleton(p.place[:-2]), p)
    return out


def town_by_sound(stem: str, countries: list[str]) -> Place | None:
    """The city of one of `countries` whose name sounds like `stem`, or None."""
    sk = han_skeleton(stem)
    if len(sk) < 2:
        return None
    found = [p for cc in countries if (p := _by_sound(cc).get(sk)) is not None]
    return max(found, key=lambda p: p.population) if found else None


def sound_towns(
    text: str, ms: list[PlaceMention], gaz: Gazetteer, countries: set[str], index: SentenceIndex
) -> list[PlaceMention]:
    """Town mentions found by sound in Chinese text (ms: the mentions found so far, in order)."""
    foreign = sorted(c for c in countries if c not in HAN_HOME)
    if not foreign or countries & HAN_HOME:
        return []
    ends = {m.end: m for m in ms}
    taken = sorted((m.start, m.end) for m in ms)
    out: list[PlaceMention] = []
    for t in _SUFFIX.finditer(text):
        hit = _town_start(text, t.start(), ends)
        if hit is None:
            continue
        s, before, after_prep = hit
        stem = text[s : t.start()]
        if _NOT_STEM.search(stem) or gaz.lookup(stem) or _overlaps(taken, s, t.end()):
            continue
        near = [before.cands[0].country] if before is not None and before.cands else foreign
        place = town_by_sound(stem, [c for c in near if c])
        if place is None:
            continue
        m = PlaceMention(s, t.end(), [place], index(s))
        m.strong, m.kind_hint, m.event = True, "city", after_prep
        out.append(m)
    return out


# Rule transliterated_town, glued: a town with no 市/镇 after it, glued after its foreign province
# ("西弗吉尼亚威灵" = Wheeling, West Virginia): it is a town of that province that sounds the same.
# A stem that is a unit the gazetteer lacks (亚齐省) or a common dictionary word is not one.
_UNIT = "省州县区市镇乡村岛"
_COMMON = 10  # jieba's count above which a non-place word is a word, not a name


def _common_word(stem: str) -> bool:
    import jieba

    from ..names_zh_words import posseg

    pseg = posseg()
    jieba.dt.check_initialized()
    tag = pseg.dt.word_tag_tab.get(stem)
    if tag is None or tag.startswith(("ns", "nr")):
        return False
    return jieba.dt.FREQ.get(stem, 0) >= _COMMON


def glued_towns(
    text: str, ms: list[PlaceMention], gaz: Gazetteer, index: SentenceIndex
) -> list[PlaceMention]:
    """Towns glued after a foreign province (ms: the mentions so far, in text order)."""
    taken = sorted((m.start, m.end) for m in ms)
    out: list[PlaceMention] = []
    for region in ms:
        if not _foreign_region(region) or region.cands[0].admin1 is None:
            continue
        if region.cands[0].country in HAN_WRITTEN:
            continue  # 大阪府知事选: Japan's names are written in characters, not by sound
        for n in range(2, 5):
            m = _bare_town(text, region.end, region.end + n, region.cands[0], gaz, taken, index)
            if m is not None:
                m.event = region.event
                out.append(m)
                break
    return out


def _bare_town(
    text: str,
    s: int,
    e: int,
    region: Place,
    gaz: Gazetteer,
    taken: list[tuple[int, int]],
    index: SentenceIndex,
) -> PlaceMention | None:
    """A town of the province `region` that text[s:e] sounds like."""
    stem = text[s:e]
    if e - s < 2 or not _HAN_RUN.fullmatch(stem) or _NOT_STEM.search(stem) or stem[-1] in _UNIT:
        return None
    if gaz.lookup(stem) or _overlaps(taken, s, e) or _common_word(stem):
        return None
    sk = han_skeleton(stem)
    if len(sk) < 2:
        return None
    place = _by_sound_in(region.country or "", region.admin1 or "").get(sk)
    if place is None:
        return None
    m = PlaceMention(s, e, [place], index(s))
    m.strong, m.kind_hint = True, "city"
    return m


def _town_start(
    text: str, j: int, ends: dict[int, PlaceMention]
) -> tuple[int, PlaceMention | None, bool] | None:
    """Where a town name ending at j starts: right after 在/抵达/… or a foreign province."""
    for n in range(2, 6):
        s = j - n
        if s < 0 or not _HAN_RUN.fullmatch(text, s, j):
            return None
        before = ends.get(s)
        if before is not None and _foreign_region(before):
            return s, before, False
        if text.endswith(_BEFORE, 0, s):
            return s, None, True
    return None


def _foreign_region(m: PlaceMention) -> bool:
    return any(c.kind == "region" and c.country not in HAN_HOME for c in m.cands)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(spans, (e, e))
    return i > 0 and spans[i - 1][1] > s


@lru_cache(maxsize=16)
def _names_by_sound(country: str) -> dict[str, Place]:
    """Latin skeleton of every name, alternates too ("Londonderry") -> the most populous city."""
    out: dict[str, Place] = {}
    for name, p in gazetteer().city_names_in(country):
        sk = latin_skeleton(name)
        if sk not in out or out[sk].population < p.population:
            out[sk] = p
    return out


def glued_pairs(text: str, ms: list[PlaceMention]) -> list[PlaceMention]:
    """Two Han names glued together in different countries, neither inside the other (伦敦 + 德里:
    London, Delhi) may be one foreign name the gazetteer lacks: it is, when the whole sounds like a
    city of the first one's country. ms in text order; the merged mention replaces both."""
    out: list[PlaceMention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        b = ms[k + 1] if k + 1 < len(ms) else None
        place = _pair_place(text, a, b) if b is not None else None
        if place is None:
            out.append(a)
            k += 1
            continue
        a.end, a.cands, a.strong, a.kind_hint = b.end, [place], True, "city"
        a.event = a.event or b.event
        out.append(a)
        k += 2
    return out


def _pair_place(text: str, a: PlaceMention, b: PlaceMention) -> Place | None:
    if a.end != b.start or not _HAN_RUN.fullmatch(text, a.start, b.end):
        return None
    pa, pb = best(a.cands, "zh"), best(b.cands, "zh")
    if pa is None or pb is None or pa.country == pb.country or pa.country is None:
        return None
    if pa.kind != "city" or pb.kind != "city":
        return None
    sk = han_skeleton(text[a.start : b.end])
    if len(sk) < 4:
        return None
    return _names_by_sound(pa.country).get(sk)
