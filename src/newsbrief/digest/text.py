"""The digest as JSON (for programs) and Markdown (for terminals and mail)."""

from __future__ import annotations

import json
import re

from ..langs import sentence_joiner
from .model import Digest, Event
from .views import place_label, views

# Markdown would read these in article text as markup (links, emphasis, raw HTML).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def to_json(d: Digest) -> str:
    return json.dumps(d.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def headline(e: Event, lab: dict[str, str], lang: str) -> str:
    if e.what.translated or e.what.lang == lang or (e.what.lang == "ms" and lang == "id"):
        return e.what.text
    sep = sentence_joiner(lang)
    note = f"（{lab['untranslated']}）" if lang == "zh" else f"({lab['untranslated']})"
    return f"{e.what.text}{sep}{note}"


def _event(e: Event, n: int, lab: dict[str, str], lang: str) -> list[str]:
    colon = "：" if lang == "zh" else ": "
    semi = "；" if lang == "zh" else "; "
    out = [f"### {n}. {md(headline(e, lab, lang))}", "", f'<a id="{e.id}"></a>', ""]
    out.append(f"- **{lab['when']}**{colon}{e.when.text if e.when else lab['none']}")
    where = semi.join(md(place_label(p, lang)) for p in e.where) or lab["none"]
    out.append(f"- **{lab['where']}**{colon}{where}")
    who = semi.join(md(w.name) + (f" — {md(', '.join(w.roles))}" if w.roles else "") for w in e.who)
    out.append(f"- **{lab['who']}**{colon}{who or lab['none']}")
    out.append(f"- **{lab['languages']}**{colon}{', '.join(e.languages)}")
    out.append(f"- **{lab['articles']}**{colon}")
    for a in e.articles:
        outlet = f", {md(a.source)}" if a.source else ""
        out.append(f"  - `{a.path.replace('`', '')}` ({a.lang}{outlet}): “{md(a.evidence)}”")
    out.append("")
    return out


def to_markdown(d: Digest) -> str:
    lang = d.target_lang
    v = views(d)
    lab = v.labels
    out = [f"# {lab['title']}", ""]
    counts = ", ".join(f"{name} {n}" for name, n, _ in v.languages)
    out += [f"{len(d.events)} {lab['events_n']}; {counts}", "", f"## {lab['events']}", ""]
    num = {e.id: i for i, e in enumerate(d.events, 1)}
    for e in d.events:
        out += _event(e, num[e.id], lab, lang)
    out += [f"## {lab['timeline']}", ""]
    for day, evs in v.timeline:
        out.append(
            f"- {day}: " + "; ".join(f"[{md(headline(e, lab, lang))}](#{e.id})" for e in evs)
        )
    out += ["", f"## {lab['places']}", ""]
    for country, places in v.places:
        out.append(
            f"- **{md(country)}**: "
            + "; ".join(
                md(p) + " " + " ".join(f"[{num[e.id]}](#{e.id})" for e in evs) for p, evs in places
            )
        )
    out += ["", f"## {lab['index']}", ""]
    for name, kind, evs in v.index:
        links = ", ".join(f"[{num[e.id]}](#{e.id})" for e in evs)
        out.append(f"- {md(name)} ({kind}): {links}")
    out += ["", f"## {lab['languages']}", ""]
    for name, n, ne in v.languages:
        out.append(f"- {name}: {n} {lab['articles_n']}, {ne} {lab['events_n']}")
    out += ["", f"## {lab['failed']}", ""]
    for p in d.failed:
        out.append(f"- `{p.path.replace('`', '')}` ({p.status}): {md(p.error)}")
    if not d.failed:
        out.append(lab["none"])
    return "\n".join(out).rstrip() + "\n"
