"""Brief -> JSON, Markdown or plain text, with labels, dates and countries in the target language."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from ..errors import UsageError
from ..langs import same_reader, sentence_joiner
from ..model import WHEN_NEEDS_DATE, Brief, When
from .localize import admin1_name, localize

LABELS = {
    "en": {
        "title": "News brief",
        "summary": "Summary",
        "who": "Who",
        "what": "What",
        "when": "When",
        "where": "Where",
        "lang": "Language",
        "none": "not found",
        "engine": "Engine",
        "untranslated": "(not translated: no translation model)",
        "evidence": "evidence",
        "give_date": " (the date is relative and the publication date unknown: give --date)",
        "uncertain": "uncertain",
        "no_year": "year not given",
    },
    "id": {
        "title": "Ringkasan berita",
        "summary": "Ringkasan",
        "who": "Siapa",
        "what": "Apa",
        "when": "Kapan",
        "where": "Di mana",
        "lang": "Bahasa",
        "none": "tidak ditemukan",
        "engine": "Mesin",
        "untranslated": "(tidak diterjemahkan: tidak ada model terjemahan)",
        "evidence": "bukti",
        "give_date": " (tanggalnya relatif dan tanggal terbit tidak diketahui: beri --date)",
        "uncertain": "belum pasti",
        "no_year": "tahun tidak disebut",
    },
    "zh": {
        "title": "新闻简报",
        "summary": "摘要",
        "who": "人物",
        "what": "事件",
        "when": "时间",
        "where": "地点",
        "lang": "语言",
        "none": "未找到",
        "engine": "引擎",
        "untranslated": "（未翻译：没有翻译模型）",
        "evidence": "原文",
        "give_date": "（日期是相对的，发布日期未知：请给出 --date）",
        "uncertain": "存疑",
        "no_year": "未注明年份",
    },
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
}
_KIND = {
    "en": {"person": "person", "organization": "organisation", "group": "group"},
    "id": {"person": "orang", "organization": "organisasi", "group": "kelompok"},
    "zh": {"person": "人物", "organization": "机构", "group": "群体"},
}
# Below this confidence a field is marked as uncertain for the reader (the JSON keeps the number).
UNCERTAIN_BELOW = 0.5


def format_date(d: dt.date, lang: str) -> str:
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS[lang][d.month - 1]} {d.year}"


def format_partial(partial: str, lang: str) -> str:
    """An ISO partial date (--MM-DD, YYYY-MM, --MM, YYYY) written out; a missing year is said."""
    parts = partial.lstrip("-").split("-")
    year = None if partial.startswith("--") else int(parts.pop(0))
    month = int(parts[0]) if parts else None
    day = int(parts[1]) if len(parts) > 1 else None
    if lang == "zh":
        text = (f"{year}年" if year else "") + (f"{month}月" if month else "")
        text += f"{day}日" if day else ""
    else:
        words = [str(day)] if day else []
        words += [_MONTHS[lang][month - 1]] if month else []
        words += [str(year)] if year else []
        text = " ".join(words)
    if year is None:
        text += (
            f"（{LABELS['zh']['no_year']}）" if lang == "zh" else f" ({LABELS[lang]['no_year']})"
        )
    return text


def format_when(when: When, lang: str) -> str:
    start, end = when.start, when.end
    if start is None:
        text = format_partial(when.partial, lang) if when.partial else ""
    elif end is None or end == start:
        text = format_date(start, lang)
    elif lang == "zh":
        if start.year != end.year:
            text = f"{format_date(start, lang)}至{format_date(end, lang)}"
        elif start.month != end.month:
            text = f"{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
        else:
            text = f"{start.year}年{start.month}月{start.day}日至{end.day}日"
    else:
        sep = "–"
        months = _MONTHS[lang]
        if start.year != end.year:
            text = f"{format_date(start, lang)} {sep} {format_date(end, lang)}"
        elif start.month != end.month:
            text = f"{start.day} {months[start.month - 1]} {sep} {end.day} {months[end.month - 1]} {end.year}"
        else:
            text = f"{start.day}{sep}{end.day} {months[start.month - 1]} {start.year}"
    if when.time and text:
        # as each press writes it: "14:27" (en), "pukul 14.27" (id), "2023年9月13日 14:27" (zh)
        if lang == "zh":
            text += f" {when.time}"
        elif lang == "id":
            text += f", pukul {when.time.replace(':', '.')}"
        else:
            text += f", {when.time}"
    return text


# Where the ISO locale's name is not the one the press uses (Indonesia's official usage since 2014).
_PREFERRED = {("id", "CN"): "Tiongkok"}


@lru_cache(maxsize=512)
def country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        import gettext

        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            return code
        name = getattr(country, "common_name", None) or country.name
        if lang == "en":
            return name
        if (lang, code) in _PREFERRED:
            return _PREFERRED[lang, code]
        locale = {"id": "id", "zh": "zh_CN"}[lang]
        tr = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True
        )
        return tr.gettext(country.name)
    except Exception:  # a missing locale must never break rendering
        return code


def to_json(brief: Brief) -> str:
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _lang_name(code: str, lang: str) -> str:
    from ..langs import NAMES

    return NAMES.get(code, {}).get(lang) or _OTHER_LANGS.get(code, {}).get(lang) or code


# Languages detect reports that newsbrief does not brief in, named for the header line.
_OTHER_LANGS = {
    "ms": {"en": "Malay", "id": "Melayu", "zh": "马来语"},
}


def _untranslated(text: str, source_lang: str, brief: Brief, lab: dict[str, str]) -> str:
    if not same_reader(source_lang, brief.target_lang):
        return f"{text}{sentence_joiner(brief.target_lang)}{lab['untranslated']}"
    return text


def _lines(brief: Brief, markdown: bool) -> list[str]:
    lang = brief.target_lang
    lab = LABELS[lang]
    zh = lang == "zh"
    colon = "：" if zh else ": "
    # Chinese text takes full-width brackets; the quoted evidence keeps its own script.
    paren = (lambda s: f"（{s}）") if zh else (lambda s: f" ({s})")
    h = (lambda s: f"## {s}") if markdown else (lambda s: s + ("：" if zh else ":"))
    bullet = "- " if markdown else "  - "

    def unsure(conf: float | None) -> str:
        return paren(lab["uncertain"]) if conf is not None and conf < UNCERTAIN_BELOW else ""

    out: list[str] = []
    out.append(f"# {lab['title']}" if markdown else (lab["title"] if zh else lab["title"].upper()))
    src = f" — {brief.source}" if brief.source else ""
    conf = f"{brief.lang_confidence:.2f}"
    out.append(f"{lab['lang']}{colon}{_lang_name(brief.lang, lang)}{paren(conf)}{src}")
    out.append("")
    out.append(h(lab["what"]))
    if brief.what:
        if brief.what.translation:
            out.append(brief.what.translation + unsure(brief.what.confidence))
        else:
            text = _untranslated(brief.what.text, brief.lang, brief, lab)
            out.append(text + unsure(brief.what.confidence))
    else:
        out.append(lab["none"])
    out.append("")
    out.append(h(lab["when"]))
    if brief.when:
        written = format_when(brief.when, lang)
        quoted = "“" + brief.when.text + "”"
        line = f"{written}{paren(quoted)}" if written else quoted
        if brief.when.start is None and WHEN_NEEDS_DATE in brief.warnings:
            line += lab["give_date"]
        out.append(line + unsure(brief.when.confidence))
    elif WHEN_NEEDS_DATE in brief.warnings:
        out.append(lab["none"] + lab["give_date"])
    else:
        out.append(lab["none"])
    out.append("")
    out.append(h(lab["where"]))
    for w in brief.where or []:
        country = country_name(w.country, lang)
        if w.kind == "country":
            label = country or w.place
        else:
            parts = [w.translation or w.place]
            if w.admin1 and w.admin1 != w.place and w.kind != "region":
                admin1 = admin1_name(w.admin1, w.country, lang)
                if admin1 != parts[0]:
                    parts.append(admin1)
            if country:
                parts.append(country)
            label = ("，" if zh else ", ").join(parts)
        evidence = w.text not in (w.place, label) and w.text.lower() != w.place.lower()
        line = f"{bullet}{label}{paren('“' + w.text + '”')}" if evidence else f"{bullet}{label}"
        out.append(line + unsure(w.confidence))
    if not brief.where:
        out.append(lab["none"])
    out.append("")
    out.append(h(lab["who"]))
    for p in brief.who or []:
        role = p.role_translation or p.role
        role = f" — {role}" if role else ""
        name = f"{p.translation}{paren(p.text)}" if p.translation else p.text
        name = f"**{name}**" if markdown else name
        out.append(f"{bullet}{name}{role}{paren(_KIND[lang][p.kind])}{unsure(p.confidence)}")
    if not brief.who:
        out.append(lab["none"])
    out.append("")
    out.append(h(lab["summary"]))
    out.append(_untranslated(brief.summary, brief.summary_lang, brief, lab))
    return out


def render(brief: Brief, fmt: str = "json") -> str:
    """`brief` as json, markdown or text (for people: labels, dates and countries in the
    brief's target language)."""
    brief = localize(brief)
    if fmt == "json":
        return to_json(brief)
    if fmt not in ("markdown", "text"):
        raise UsageError(f"unknown format {fmt!r}: use json, markdown or text")
    return "\n".join(_lines(brief, markdown=(fmt == "markdown"))).rstrip() + "\n"
