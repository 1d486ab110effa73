"""The digest's views, computed once for every format: timeline, places by country, an index of
people and organisations, counts per language. Labels come in the digest's language."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..langs import NAMES
from ..render import country_name, format_date
from .model import Digest, Event, EventPlace

LABELS = {
    "en": {
        "title": "News digest",
        "events": "Events",
        "timeline": "Timeline",
        "undated": "No date",
        "places": "Places by country",
        "index": "People and organisations",
        "languages": "Languages",
        "failed": "Failed and skipped inputs",
        "when": "When",
        "where": "Where",
        "who": "Who",
        "articles": "Articles",
        "untranslated": "not translated: no translation model",
        "articles_n": "articles",
        "events_n": "events",
        "none": "none",
        "person": "person",
        "organization": "organisation",
        "group": "group",
    },
    "id": {
        "title": "Ikhtisar berita",
        "events": "Peristiwa",
        "timeline": "Lini masa",
        "undated": "Tanpa tanggal",
        "places": "Tempat menurut negara",
        "index": "Orang dan organisasi",
        "languages": "Bahasa",
        "failed": "Masukan yang gagal dan dilewati",
        "when": "Kapan",
        "where": "Di mana",
        "who": "Siapa",
        "articles": "Artikel",
        "untranslated": "tidak diterjemahkan: tidak ada model terjemahan",
        "articles_n": "artikel",
        "events_n": "peristiwa",
        "none": "tidak ada",
        "person": "orang",
        "organization": "organisasi",
        "group": "kelompok",
    },
    "zh": {
        "title": "新闻摘要",
        "events": "事件",
        "timeline": "时间线",
        "undated": "无日期",
        "places": "按国家列出的地点",
        "index": "人物和机构",
        "languages": "语言",
        "failed": "失败和跳过的输入",
        "when": "时间",
        "where": "地点",
        "who": "人物",
        "articles": "文章",
        "untranslated": "未翻译：没有翻译模型",
        "articles_n": "篇文章",
        "events_n": "个事件",
        "none": "无",
        "person": "人物",
        "organization": "机构",
        "group": "群体",
    },
}


def place_label(p: EventPlace, lang: str) -> str:
    country = country_name(p.country, lang)
    if p.kind == "country":
        return country or p.place
    parts = [p.place]
    if p.admin1 and p.admin1 != p.place and p.kind != "region":
        parts.append(p.admin1)
    if country:
        parts.append(country)
    return ("，" if lang == "zh" else ", ").join(parts)


# Languages detect reports that newsbrief briefs with another's rules.
_OTHER = {"ms": {"en": "Malay", "id": "Melayu", "zh": "马来语"}}


def lang_name(code: str, lang: str) -> str:
    return NAMES.get(code, _OTHER.get(code, {})).get(lang, code)


@dataclass
class Views:
    labels: dict[str, str]
    timeline: list[tuple[str, list[Event]]] = field(default_factory=list)
    places: list[tuple[str, list[tuple[str, list[Event]]]]] = field(default_factory=list)
    index: list[tuple[str, str, list[Event]]] = field(default_factory=list)
    languages: list[tuple[str, int, int]] = field(default_factory=list)


def views(d: Digest) -> Views:
    lang = d.target_lang
    v = Views(labels=LABELS[lang])
    dated = sorted((e for e in d.events if e.when), key=lambda e: (e.when.start, e.id))  # type: ignore[union-attr]
    by_day: dict[str, list[Event]] = defaultdict(list)
    for e in dated:
        by_day[format_date(e.when.start, lang)].append(e)  # type: ignore[union-attr]
    v.timeline = list(by_day.items())
    undated = [e for e in d.events if not e.when]
    if undated:
        v.timeline.append((v.labels["undated"], undated))
    countries: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for e in d.events:
        for p in e.where:
            cname = country_name(p.country, lang) or "—"
            countries[cname][p.place if p.kind != "country" else cname].append(e)
    v.places = [(c, sorted(pl.items())) for c, pl in sorted(countries.items())]
    people: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in d.events:
        for w in e.who:
            if w.kind != "group":  # '384 people' is no one to look up
                people[(w.name, w.kind)].append(e)
    v.index = [
        (n, v.labels.get(k, k), evs)
        for (n, k), evs in sorted(people.items(), key=lambda t: t[0][0].casefold())
    ]
    events_per: dict[str, int] = defaultdict(int)
    for e in d.events:
        for code in e.languages:
            events_per[code] += 1
    v.languages = [(lang_name(c, lang), n, events_per[c]) for c, n in d.counts.items()]
    return v
