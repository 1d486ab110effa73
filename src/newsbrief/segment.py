"""Paragraphs and sentences with character offsets. STUB; the segmentation helper replaces it."""

from __future__ import annotations

import re

from .types import Sentence, Span

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENT = re.compile(r"[^.!?。！？]+[.!?。！？]*")


def paragraphs(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def sentences(text: str, lang: str = "en") -> list[Sentence]:
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        for m in _SENT.finditer(text, ps, pe):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Sentence(text=text[s:e], start=s, end=e, paragraph=p))
    return out
