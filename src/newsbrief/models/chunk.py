"""Texts into chunks a translator accepts, and their translations back in order.

``translate_segments(translator, segments)`` is a pure function over a loaded translator: it
splits each text into sentences, then into chunks within the model's input limit (counted with
the model's own tokenizer), translates all chunks in one length-sorted pass, and joins each
text's chunks back in order. ``translate()`` calls it for one article, the batch for many, and
the pivot translator for its second leg.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..langs import sentence_joiner
from .base import IdentityTranslator, Translator

# Split points for an over-long sentence, tried in order: clause punctuation, then spaces.
_CLAUSE = re.compile(r"(?<=[,;:，；：、)\]])\s*|\s+(?=[-–—(])")
_SPACE = re.compile(r"(?<=\s)(?=\S)")


def _split_keep(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Cut `text` at zero-width or whitespace matches, keeping every character in some piece."""
    cuts = sorted({m.end() for m in pattern.finditer(text) if 0 < m.end() < len(text)})
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if text[a:b]]


def fit(text: str, translator: Translator, _level: int = 0) -> list[str]:
    """`text` as pieces that each fit translator.max_input_tokens; concatenated, they give back
    `text` (minus edge whitespace). Clause breaks first, then words, then halving (CJK runs)."""
    text = text.strip()
    if not text:
        return []
    budget = translator.max_input_tokens
    if translator.count_tokens(text) <= budget:
        return [text]
    patterns = (_CLAUSE, _SPACE)
    for level in range(_level, len(patterns)):
        parts = _split_keep(text, patterns[level])
        if len(parts) > 1:
            return _pack(parts, translator, level)
    if len(text) == 1:  # a single character over budget: nothing smaller exists
        return [text]
    mid = len(text) // 2
    return fit(text[:mid], translator, len(patterns)) + fit(text[mid:], translator, len(patterns))


def _pack(parts: list[str], translator: Translator, level: int) -> list[str]:
    """Join runs of consecutive parts into the longest chunks that fit; split a part that alone
    does not fit.

    Each chunk's end is found by galloping then bisecting over how many parts it takes, so the
    tokenizer sees O(log k) joins of at most twice a chunk per chunk of k parts, not one join per
    part (which re-counted the whole growing chunk each time: quadratic in the parts per chunk).
    """

    def fits(a: int, b: int) -> bool:
        return translator.count_tokens("".join(parts[a:b]).strip()) <= translator.max_input_tokens

    out: list[str] = []
    i = 0
    while i < len(parts):
        if not fits(i, i + 1):
            out.extend(fit(parts[i], translator, level + 1))
            i += 1
            continue
        good, bad, step = i + 1, 0, 1  # parts[i:good] fits; parts[i:bad] does not (once set)
        while not bad and good < len(parts):
            probe = min(good + step, len(parts))
            if fits(i, probe):
                good, step = probe, step * 2
            else:
                bad = probe
        while bad - good > 1:
            mid = (good + bad) // 2
            if fits(i, mid):
                good = mid
            else:
                bad = mid
        chunk = "".join(parts[i:good]).strip()
        if chunk:
            out.append(chunk)
        i = good
    return out


def _sentences(text: str, lang: str) -> list[str]:
    from ..segment import sentences

    found = [s.text for s in sentences(text, lang)]
    return found or ([text.strip()] if text.strip() else [])


def translate_segments(
    translator: Translator, segments: list[str], *, split: bool = True
) -> list[str]:
    """Translate each segment; output i is segment i's translation.

    Every segment is split into sentences (when `split`) and then into chunks within the model's
    input limit, so no sentence is dropped or merged across segments; all chunks go through
    ``translate_batch`` in one call, shortest first, so each batch pads little.
    """
    if isinstance(translator, IdentityTranslator):
        return list(segments)
    pieces: list[tuple[int, str]] = []
    for i, seg in enumerate(segments):
        sents = _sentences(seg, translator.src) if split else [seg]
        for sent in sents:
            pieces.extend((i, chunk) for chunk in fit(sent, translator))
    order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][1]))
    outs = translator.translate_batch([pieces[k][1] for k in order]) if order else []
    if len(outs) != len(order):
        raise RuntimeError(f"translator returned {len(outs)} outputs for {len(order)} inputs")
    by_piece = [""] * len(pieces)
    for k, text in zip(order, outs, strict=True):
        by_piece[k] = text.strip()
    joined: list[list[str]] = [[] for _ in segments]
    for (i, _), text in zip(pieces, by_piece, strict=True):
        if text:
            joined[i].append(text)
    sep = sentence_joiner(translator.tgt)
    return [sep.join(parts) for parts in joined]
