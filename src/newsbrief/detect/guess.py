"""One text's language guess, before it becomes a public Detection."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Guess:
    lang: str
    probs: dict[str, float]
    script: str
    letters: int
    words: int
    reliable: bool = True

    @property
    def prob(self) -> float:
        return self.probs.get(self.lang, 0.0)
