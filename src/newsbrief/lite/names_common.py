"""What the per-language name finders hand to `who`: one mention of a person or organisation."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import Span

# How sure the finder is that a person mention is a person.
WEAK, SUBJECT, STRONG = 0, 1, 2


@dataclass
class NameMention:
    text: str
    start: int
    end: int
    kind: str  # "person" | "organization"
    role: str | None = None
    role_span: Span | None = None
    strength: int = WEAK
    speaker: bool = False
    in_role: bool = False  # an organisation named inside someone's title ("Kepala BNPB")
    alias: str | None = None  # "(BNPB)" after "Badan Nasional ...", "(Jokowi)" after a full name
    keys: tuple[str, ...] = field(default_factory=tuple)  # name parts used to merge short mentions

    @property
    def span(self) -> Span:
        return (self.start, self.end)


class SpanSet:
    """Fast "is this offset inside one of these spans?" for skip lists checked once per token."""

    def __init__(self, spans: list[Span] | None = None) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans or []):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]
