"""People (with their titles as written) and organisations, main actors first.

Per-language finders (`names_latin` for id/en, `names_zh` for Chinese) return mentions; this module
merges short and repeated mentions into one entry per name ("Djauhari" into "Djauhari Oratmangun",
"BNPB" into "Badan Nasional Penanggulangan Bencana (BNPB)"), and ranks them by how central they are:
mentions, position, presence in the lead, speaking, and having a stated role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ..model import Article, Span, Who
from . import groups
from .layout import layout
from .names_common import STRONG, SUBJECT, WEAK, NameMention
from .names_lexicon import pairs, words
from .what import find_what

if TYPE_CHECKING:
    from .names_latin import LatinNames
    from .names_zh import ZhNames

MAX_WHO = 6

# Nicknames that stand for a full name in Indonesian news ("Jokowi"): data/names_words.txt.
_NICKNAMES = pairs("nicknames")


@dataclass
class _Entity:
    first: NameMention  # first full mention: its text and span are what we report
    kind: str
    mentions: list[NameMention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)

    @property
    def strength(self) -> int:
        return max(m.strength for m in self.mentions)

    @property
    def role_mention(self) -> NameMention | None:
        return next((m for m in self.mentions if m.role), None)


def _skip_ranges(article: Article) -> list[Span]:
    """Headings, page furniture and datelines: no actor is named there."""
    return layout(article).skip()


def _mentions(article: Article) -> list[NameMention]:
    skip = _skip_ranges(article)
    if article.lang == "zh":
        from .names_zh import ZhNames

        return ZhNames(article.text, skip).mentions()
    from .names_latin import LatinNames

    starts = {s.start for s in article.sentences}
    return LatinNames(article.text, article.lang, starts, skip).mentions()


class _Index:
    """Entities by the words and aliases they can be found under, so that each mention looks up
    its entity instead of comparing itself with every entity seen so far.

    A bucket is a dict keyed by identity (a membership test is O(1), not a field-by-field
    comparison with every entity in it), and a lookup takes at most _BUCKET_CAP entities from
    each bucket: a page that is one long run of capitalised words files thousands of entities
    under each common word, and comparing every mention with all of them made who quadratic.
    Real articles never come near the cap."""

    def __init__(self) -> None:
        self.order: dict[int, int] = {}
        self.by: dict[str, dict[int, _Entity]] = {}

    def add(self, e: _Entity, *keys: str) -> None:
        self.order.setdefault(id(e), len(self.order))
        for k in keys:
            self.by.setdefault(k, {}).setdefault(id(e), e)

    def get(self, *keys: str | None) -> list[_Entity]:
        found: dict[int, _Entity] = {}
        for k in keys:
            if k:
                found.update(islice(self.by.get(k, {}).items(), _BUCKET_CAP))
        return sorted(found.values(), key=lambda e: self.order[id(e)])


_BUCKET_CAP = 64


def _substrings(name: str) -> list[str]:
    """Chinese short mentions are parts of a full name: every part of two or more characters."""
    n = len(name)
    return [name[a:b] for a in range(n) for b in range(a + 2, min(n, a + 12) + 1)]


def _merge_people(mentions: list[NameMention], zh: bool) -> list[_Entity]:
    people: list[_Entity] = []
    index = _Index()
    # full names first, so that later short mentions ("Djauhari") find them; order kept by span
    by_len = sorted(
        (m for m in mentions if m.kind == "person"), key=lambda m: (-len(m.keys), m.start)
    )
    for m in by_len:
        key = " ".join(m.keys)
        if zh:
            name = "".join(m.keys)
            found = index.get("a:" + key, "f:" + (_NICKNAMES.get(key) or ""), "s:" + name)
            target = next(
                (
                    e
                    for e in found
                    if key in e.aliases
                    or _NICKNAMES.get(key) == " ".join(e.first.keys)
                    or (len(name) >= 2 and any(name in k for k in e.keys))
                ),
                None,
            )
        else:
            cands = index.get(
                "a:" + key, "f:" + (_NICKNAMES.get(key) or ""), "w:" + m.keys[0] if m.keys else None
            )
            target = next(
                (
                    e
                    for e in cands
                    if key in e.aliases
                    or _NICKNAMES.get(key) == " ".join(e.first.keys)
                    or (m.keys and all(k in e.keys for k in m.keys))
                ),
                None,
            )
        if target is None:
            target = _Entity(first=m, kind="person", keys={m.text} if zh else set(m.keys))
            people.append(target)
            if zh:
                index.add(target, *("s:" + x for x in _substrings(m.text)))
            else:
                index.add(target, *("w:" + k for k in m.keys))
            index.add(target, "f:" + key)
        elif m.start < target.first.start and len(m.keys) >= len(target.first.keys):
            target.first = m
            index.add(target, "f:" + key)
        target.mentions.append(m)
        if m.alias:
            target.aliases.add(m.alias.lower())
            index.add(target, "a:" + m.alias.lower())
    return people


def _short_org_mentions(people: list[_Entity], orgs: list[_Entity]) -> list[_Entity]:
    """ "the Cubs" after "Chicago Cubs": a lone word without a title that ends an organisation's
    name is that organisation, not a person."""
    by_last: dict[str, _Entity] = {}
    for o in orgs:
        for k in o.keys:
            words = k.split()
            if len(words) >= 2:
                by_last.setdefault(words[-1], o)
    out = []
    for p in people:
        o = by_last.get(p.first.keys[0]) if len(p.first.keys) == 1 else None
        if o is not None and p.strength < STRONG:
            o.mentions.extend(p.mentions)
        else:
            out.append(p)
    return out


def _merge(mentions: list[NameMention], zh: bool) -> list[_Entity]:
    people = _merge_people(mentions, zh)
    person_aliases = {a for p in people for a in p.aliases}
    orgs: list[_Entity] = []
    index = _Index()
    # described groups (zh "市民") merge like organisations, by their words
    for m in sorted((m for m in mentions if m.kind != "person"), key=lambda m: m.start):
        key = _org_key(m.text)
        words = key.split()
        club = "c:" + words[0] if words and len(words[0]) >= 4 else None
        target = next(
            (
                e
                for e in index.get("k:" + key, "a:" + key, club)
                if key in e.keys or key in e.aliases or any(_same_club(key, k) for k in e.keys)
            ),
            None,
        )
        if target is None:
            # an acronym first defined for a person-free org, or a person's alias, stays apart
            if key in person_aliases:
                continue
            target = _Entity(first=m, kind=m.kind, keys={key})
            orgs.append(target)
            index.add(target, "k:" + key, *([club] if club else []))
        target.mentions.append(m)
        if m.alias:
            target.aliases.add(m.alias.lower())
            index.add(target, "a:" + m.alias.lower())
    people = _short_org_mentions(people, orgs)
    # a name seen both as a person and an organisation: keep the reading with stronger evidence
    org_keys = {k for e in orgs for k in e.keys}
    people = [p for p in people if not (p.first.text.lower() in org_keys and p.strength < STRONG)]
    return people + orgs


_CORP = re.compile(
    r"^(?:pt|cv|perum)\.?\s+|[\s,]+(?:inc|corp|corporation|co|ltd|llc|plc|group|tbk|"
    r"\(persero\)|persero|sa|ag|nv|gmbh)\.?$",
    re.I,
)


_ZH_CORP = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司)$")


def _org_key(text: str) -> str:
    """ "Apple Inc" and "Apple", "PT Pertamina (Persero)" and "Pertamina" are one organisation."""
    key = _ZH_CORP.sub("", text.strip()) or text.strip()
    key = key.lower()
    for _ in range(2):
        key = _CORP.sub("", key).strip()
    return key or text.lower()


def _same_club(a: str, b: str) -> bool:
    """ "Persib" and "Persib Bandung": a one-word name and a longer one that starts with it."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) or min(len(wa), len(wb)) != 1:
        return False
    return wa[0] == wb[0] and len(wa[0]) >= 4


def _keep(e: _Entity, zh: bool) -> bool:
    if e.kind == "person":
        if e.strength >= STRONG:
            return True
        n = len(e.mentions)
        single = len(e.first.keys) == 1 and not zh
        if single:
            return False  # a lone capitalised word is a person only with a title or honorific
        return e.strength == SUBJECT or n >= 2
    if all(m.in_role for m in e.mentions):
        return True
    return e.strength >= STRONG or len(e.mentions) >= 2 or bool(e.aliases)


def _score(e: _Entity, n_chars: int, lead: Span | None) -> float:
    first = min(m.start for m in e.mentions)
    n = len(e.mentions)
    score = min(n, 6) * 1.0
    score += 1.5 * (1.0 - first / max(n_chars, 1))
    if lead and any(lead[0] <= m.start < lead[1] for m in e.mentions):
        score += 2.5
    if any(m.speaker for m in e.mentions):
        score += 1.5
    if e.role_mention:
        score += 1.0
    if e.kind == "person":
        score += 0.5
        if e.strength == WEAK:
            score -= 1.5
    else:
        if all(m.in_role for m in e.mentions):
            score -= 1.5
        if e.strength == WEAK:
            score -= 1.0
    return score


def _to_who(e: _Entity) -> Who:
    rm = e.role_mention
    return Who(
        text=e.first.text,
        kind=e.kind,
        span=e.first.span,  # type: ignore[arg-type]
        role=rm.role if rm else None,
        role_span=rm.role_span if rm else None,
    )


_SUBJECT = re.compile(
    r"((?:[A-Z][\w.-]+ ){0,2}[A-Z][\w.-]+)(?:,? (?:and|dan) ((?:[A-Z][\w.-]+ ){0,2}[A-Z][\w.-]+))? [a-z]"
)


_INSTITUTION = re.compile(
    r" (?:police|government|authorities|officials|military|army|navy|coast guard|regulators|"
    r"prosecutors|lawmakers|customs|health authorities|health officials)\b"
)


def _state_actors(text: str, lead: Span) -> list[NameMention]:
    """Countries that open the lead as its subject act as parties ("China and Indonesia agreed",
    "Pakistan beat ..."); they are reported as organisations."""
    from .names_places import is_country

    m = _SUBJECT.match(text, lead[0], lead[1])
    if not m:
        return []
    inst = _INSTITUTION.match(text, m.end(1))
    if inst and is_country(m.group(1)):
        # "Hong Kong police said …": the country's institution is the actor
        s, e = m.start(1), inst.end()
        name = text[s:e]
        return [NameMention(name, s, e, "organization", strength=STRONG, keys=(name.lower(),))]
    rest = text[m.end() - 1 : lead[1]]
    if not m.group(2) and not any(
        is_country(w.group()) for w in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", rest)
    ):
        return []  # "Hong Kong recorded three deaths": a place reporting, not a party acting
    out = []
    for g in (1, 2):
        name = m.group(g)
        if name and is_country(name):
            s = m.start(g)
            out.append(
                NameMention(
                    name,
                    s,
                    s + len(name),
                    "organization",
                    strength=STRONG,
                    speaker=False,
                    keys=(name.lower(),),
                )
            )
    return out


# Wire services and outlets: the source of a report ("(AP)", "据法新社报道", "Associated Press
# writer ... contributed"), not an actor in it, unless the lead is about them.
_NEWS_SOURCES = words("news_sources")


def _news_source(e: _Entity, lead: Span | None) -> bool:
    if e.kind != "organization" or e.first.text.strip().lower() not in _NEWS_SOURCES:
        return False
    return not (lead and any(lead[0] <= m.start < lead[1] for m in e.mentions))


# Rule lead_subject: the name that opens the lead is what the story is about ("Hillary Clinton
# has blamed … FBI director James Comey …"), whoever is mentioned more often further down.
_SUBJECT_BONUS = 1.0
_SUBJECT_REACH = 60  # characters from the lead's start; a title may come before the name


def _lead_subject(entities: list[_Entity], lead: Span | None) -> _Entity | None:
    if lead is None:
        return None
    best: tuple[int, _Entity] | None = None
    for e in entities:
        for m in e.mentions:
            start = m.role_span[0] if m.role_span and m.role_span[0] < m.start else m.start
            inside = lead[0] <= start < lead[0] + _SUBJECT_REACH and not m.in_role
            if inside and (best is None or start < best[0]):
                best = (start, e)
    return best[1] if best else None


def find_who(article: Article) -> list[Who]:
    if not article.text.strip():
        return []
    zh = article.lang == "zh"
    what = find_what(article)
    lead = what.span if what else None
    mentions = _mentions(article)
    if lead and not zh:
        mentions += _state_actors(article.text, lead)
    entities = [e for e in _merge(mentions, zh) if _keep(e, zh) and not _news_source(e, lead)]
    subject = _lead_subject(entities, lead)
    ranked = sorted(
        entities,
        key=lambda e: (
            e.kind == "group",  # a described group only when the text names no one
            -round(_score(e, len(article.text), lead) + (_SUBJECT_BONUS if e is subject else 0), 3),
            0 if e.kind == "person" else 1,
            e.first.start,
        ),
    )
    out = [_to_who(e) for e in ranked[:MAX_WHO]]
    return _with_group(article, lead, ranked, out)[:MAX_WHO]


_FALLBACK_REACH = 4  # sentences after the lead
_CITED = ("从", "据", "向")  # before an organisation the report cites
_CITED_AFTER = ("获悉", "了解到", "得知")  # "记者在某市委宣传部获悉"


def _cited(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] in _CITED or any(
        w in text[end : end + 6] for w in _CITED_AFTER
    )


def _with_group(article: Article, lead: Span | None, ranked: list[_Entity], out: list[Who]):
    """A protesting crowd leads the list; a counted or described group leads it when the lead
    sentence names no one ("Several people died …", "…造成6人死亡")."""
    crowd = groups.crowd(article, lead)
    if crowd is not None:
        return [crowd, *(w for w in out if not (crowd.span[0] <= w.span[0] < crowd.span[1]))]
    sentence = layout(article).lead if article.lang == "zh" else lead
    group = groups.counted(article, sentence)
    if group is None and not out and article.lang == "zh":
        # rule zh_group_fallback: a report that names no one anywhere counts or describes its
        # actors further down ("…其中一名老人被烧伤，经消防人员救出")
        group = groups.counted(article, sentence, reach=_FALLBACK_REACH)
    if group is None:
        return out
    a, b = sentence or (0, 0)
    victims = sentence is not None and groups.casualty_count(article, sentence)
    # rule zh_victims_over_bodies: when the lead counts victims, an organisation there is their
    # school or firm ("某学院陆续有80名学生…"), not the actor; one the report cites
    # ("记者从湖南省应急管理厅获悉") still speaks for the story
    text = article.text
    named = any(
        a <= m.start < b and (not victims or e.kind == "person" or _cited(text, m.start, m.end))
        for e in ranked
        for m in e.mentions
        if not m.in_role
    )
    if sentence and article.lang == "zh" and not victims:
        # rule zh_group_named_next: a count that is no victim count ("两名妇女正在…") gives way to
        # a person the next sentence names ("莎伦·戴维斯和…")
        c = groups.next_sentence(article, sentence)[1]
        named = named or any(
            b <= m.start < c for e in ranked if e.kind == "person" for m in e.mentions
        )
    return out if named else [group, *out]


def role_for(article: Article, span: Span) -> tuple[str | None, Span | None]:
    """The title or role written around the name at `span` (for names a model found)."""
    starts = tuple(s.start for s in article.sentences)
    return _finder(article.text, article.lang, starts).role_near(*span)


@lru_cache(maxsize=4)
def _finder(text: str, lang: str, starts: tuple[int, ...]) -> LatinNames | ZhNames:
    """One finder per article, reused across the many names a model may ask about."""
    skip = _skip_ranges(Article(text=text, lang=lang))
    if lang == "zh":
        from .names_zh import ZhNames

        return ZhNames(text, skip)
    from .names_latin import LatinNames

    return LatinNames(text, lang, set(starts), skip)
