"""One place mention as the WHERE rules see it, and helpers every scanner shares."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Article
from ..gazetteer import Place


@dataclass
class PlaceMention:
    start: int
    end: int
    cands: list[Place]
    sent: int
    weight: float = 1.0
    event: bool = False  # after an event preposition
    dateline: bool = False
    context_of: int | None = None  # index of the mention this one qualifies ("Fuzhou, China")
    qualifiers: list[int] = field(default_factory=list)
    kind_hint: str | None = None
    strong: bool = False  # enough evidence for a small or alias-only place
    synthetic: str | None = None  # a name the gazetteer lacks, as written (for other mentions)
    headline: bool = False
    soft: bool = False  # an everyday word that is also a place: needs evidence
    last_of_name: bool = False  # glued after a capitalised word: "Michael Jordan"
    place: Place | None = None


SentenceIndex = Callable[[int], int]


def sentence_index(article: Article) -> SentenceIndex:
    starts = [s.start for s in article.sentences]

    def index(pos: int) -> int:
        if not starts:
            return 0
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return index


def synthetic(name: str, bases: list[Place], kind: str, lang: str) -> list[Place]:
    """A place the gazetteer lacks but the text names as one ("Kabupaten Pasaman Barat").

    One candidate per place its known part could be ("Pasaman" -> Sumatera Barat), so that the
    article's context still chooses between them.
    """
    if not bases:
        return [Place(name, "ID", None, kind, 0, False)] if lang in ("id", "ms") else []
    out = {Place(name, b.country, b.admin1, kind, b.population, b.alias) for b in bases}
    return sorted(out, key=lambda p: (p.country or "", p.admin1 or ""))
