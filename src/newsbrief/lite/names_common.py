"""What the per-language name finders hand to `who`: one mention of a person or organisation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Span

# How sure the finder is that a person mention is a person.
WEAK, SUBJECT, STRONG = 0, 1, 2


@dataclass
class Mention:
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
