"""From groups of briefs to events: one headline, one when, places, merged actors, articles."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..langs import same_reader
from ..model import Brief, When, Who
from ..render import format_when
from .features import HAN, han_name_tokens, name_tokens
from .load import Loaded
from .model import Event, EventArticle, EventPlace, EventWhat, EventWhen, EventWho
from .sounds import han_romanised, latin_joined, skeleton_keys

LANG_ORDER = ("en", "id", "zh")
MAX_WHO = 8
MAX_WHERE = 3


def event_id(paths: Sequence[str]) -> str:
    return "ev-" + hashlib.sha1(min(paths).encode("utf-8")).hexdigest()[:10]


def _what(members: list[Loaded], to: str) -> EventWhat:
    """The representative headline: a what written in the reader's language, else one a model
    translated into it in the brief, else the first article's, marked untranslated."""
    for m in members:
        b = m.brief
        if b.what and same_reader(b.lang, to):
            return EventWhat(text=b.what.text, lang=b.lang, translated=False)
    for m in members:
        b = m.brief
        if b.what and b.what.translation and b.target_lang == to:
            return EventWhat(text=b.what.translation, lang=to, translated=True)
    for m in members:
        if m.brief.what:
            return EventWhat(text=m.brief.what.text, lang=m.brief.lang, translated=False)
    b = members[0].brief
    first = b.summary_sentences[0].text if b.summary_sentences else b.summary
    return EventWhat(text=first, lang=b.summary_lang, translated=False)


def _when(members: list[Loaded], to: str) -> EventWhen | None:
    votes = Counter(
        (m.brief.when.start, m.brief.when.end)
        for m in members
        if m.brief.when and m.brief.when.start  # only calendar dates vote
    )
    if not votes:
        return None
    (start, end), _ = votes.most_common(1)[0]
    text = format_when(When(text="", start=start, end=end, span=(0, 0)), to)
    return EventWhen(start=start, end=end, text=text)


def _where(members: list[Loaded]) -> list[EventPlace]:
    """The event's places, most supported first. The first place of a brief is its event
    location and later ones count for less; a place in another country than the leading one
    stays only when more than one article names it (one brief's misreading is not the event's)."""
    votes: Counter[tuple[str, str | None, str | None, str]] = Counter()
    support: defaultdict[tuple, set[str]] = defaultdict(set)
    for m in members:
        for rank, w in enumerate(m.brief.where[:4]):
            key = (w.place, w.admin1, w.country, w.kind)
            votes[key] += 4 - rank if rank else 6
            support[key].add(m.path)
    ranked = [k for k, _ in votes.most_common()]
    lead = ranked[0][2] if ranked else None
    # a country named next to a town in it adds nothing
    towns = {c for _, _, c, kind in ranked if kind != "country"}
    places = [
        EventPlace.model_construct(place=p, admin1=a, country=c, kind=k)
        for (p, a, c, k) in ranked
        if (c == lead or len(support[(p, a, c, k)]) > 1) and (k != "country" or c not in towns)
    ]
    return places[:MAX_WHERE]


def _new_group() -> dict:
    return {
        "names": Counter(),
        "roles": [],
        "kind": Counter(),
        "paths": set(),
        "rank": 99,
        "readable": None,  # the name as an article in the reader's language writes it
    }


def _who(members: list[Loaded], to: str = "en") -> list[EventWho]:
    """Actors merged across articles: by name ("Kavanaugh" joins "Brett Kavanaugh"), and across
    scripts where a Chinese name's reading (gazetteer, or its consonant skeleton) matches."""
    groups: dict[str, dict] = {}
    by_token: dict[str, str] = {}
    by_sound: dict[str, str] = {}
    latin, han = [], []
    # the reader's language first, so that the roles kept are the ones they can read
    for m in sorted(members, key=lambda m: not same_reader(m.brief.lang, to)):
        for rank, p in enumerate(m.brief.who):
            readable = same_reader(m.brief.lang, to)
            if p.kind == "group":  # counted, not named: kept as written, merged with nothing
                _add(groups.setdefault(f"group:{p.text}", _new_group()), m.path, rank, p, readable)
                continue
            (han if HAN.search(p.text) else latin).append((m.path, rank, p, readable))
    # longest names first, so a surname alone finds the full name it belongs to
    latin.sort(key=lambda t: -len(name_tokens(t[2].text)))
    for path, rank, p, readable in latin:
        toks = name_tokens(p.text)
        key = " ".join(sorted(toks)) or p.text.casefold()
        if key not in groups:
            owners = {by_token.get(t) for t in toks}
            if len(owners) == 1 and None not in owners:
                key = owners.pop()  # type: ignore[assignment]
        _add(groups.setdefault(key, _new_group()), path, rank, p, readable)
        for tok in toks:
            by_token.setdefault(tok, key)
        if p.kind == "person":
            for sk in skeleton_keys(p.text, han=False):
                by_sound.setdefault(sk, key)
            by_token.setdefault(latin_joined(p.text) or key, key)
    for path, rank, p, readable in han:
        keys = [by_token[t] for t in sorted(han_name_tokens(p.text)) if t in by_token]
        if p.kind == "person":
            joined = han_romanised(p.text)
            keys = ([by_token[joined]] if joined in by_token else []) + keys
            keys += [by_sound[s] for s in sorted(skeleton_keys(p.text, han=True)) if s in by_sound]
        key = keys[0] if keys else p.text
        _add(groups.setdefault(key, _new_group()), path, rank, p, readable)
    out = []
    for g in groups.values():
        names = [n for n, _ in g["names"].most_common()]
        if g["readable"]:
            names.remove(g["readable"])
            names.insert(0, g["readable"])
        who = EventWho.model_construct(
            name=names[0],
            kind=g["kind"].most_common(1)[0][0],
            roles=g["roles"][:2],
            also=names[1:4],
            articles=len(g["paths"]),
        )
        out.append((-len(g["paths"]), g["rank"], who))
    out.sort(key=lambda t: (t[0], t[1]))
    return [w for _, _, w in out[:MAX_WHO]]


def _add(g: dict, path: str, rank: int, p: Who, readable: bool) -> None:
    g["names"][p.text] += 1
    if readable and g["readable"] is None:
        g["readable"] = p.text
    g["kind"][p.kind] += 1
    g["paths"].add(path)
    g["rank"] = min(g["rank"], rank)
    if p.role and p.role not in g["roles"]:
        g["roles"].append(p.role)


def _article(m: Loaded) -> EventArticle:
    b: Brief = m.brief
    if b.what:
        evidence, span = b.what.text, b.what.span
    elif b.summary_sentences:
        evidence, span = b.summary_sentences[0].text, b.summary_sentences[0].span
    else:
        evidence, span = b.summary, None
    return EventArticle.model_construct(
        path=m.path,
        lang=b.lang,
        output=m.output,
        source=m.outlet,
        date=b.date,
        evidence=evidence,
        evidence_span=span,
    )


def build_event(members: list[Loaded], to: str) -> Event:
    """One event from its briefs. Built without validation: every value comes from briefs that
    were validated when read, and a folder of 10,000 briefs builds 50,000 of these objects."""
    members = sorted(
        members,
        key=lambda m: (LANG_ORDER.index(m.brief.lang) if m.brief.lang in LANG_ORDER else 9, m.path),
    )
    langs = sorted(
        {m.brief.lang for m in members},
        key=lambda x: (x not in LANG_ORDER, LANG_ORDER.index(x) if x in LANG_ORDER else 0, x),
    )
    return Event.model_construct(
        id=event_id([m.path for m in members]),
        when=_when(members, to),
        where=_where(members),
        who=_who(members, to),
        what=_what(members, to),
        languages=langs,
        articles=[_article(m) for m in members],
    )


def order_events(events: list[Event]) -> list[Event]:
    """Most covered first (articles, then languages), then latest, then by id for stability."""
    return sorted(
        events,
        key=lambda e: (
            -len(e.articles),
            -len(e.languages),
            -(e.when.start.toordinal() if e.when else 0),
            e.id,
        ),
    )


def counts(events: list[Event]) -> dict[str, int]:
    c: defaultdict[str, int] = defaultdict(int)
    for e in events:
        for a in e.articles:
            c[a.lang] += 1
    return dict(sorted(c.items()))
