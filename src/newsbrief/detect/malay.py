"""Malay told from Indonesian by marker words: spellings and words one side uses in news and the
other does not (kerana/karena, polis/polisi, RM/Rp), weighted by how sure each is.

The word-frequency model (words.py) weighs every word; the markers add what general word lists
see too faintly: news vocabulary (ringgit, bajet, pihak berkuasa) and multi-word phrases.
"""

from __future__ import annotations

import re

from .data import rows

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _load_markers() -> tuple[dict[str, float], dict[str, float]]:
    """Malay and Indonesian markers and their weights (data/detect_malay_markers.tsv)."""
    sides: dict[str, dict[str, float]] = {"ms": {}, "id": {}}
    for line in rows("detect_malay_markers.tsv"):
        side, weight, marker = line.split("\t")
        sides[side][marker] = float(weight)
    return sides["ms"], sides["id"]


_MS_MARKERS, _ID_MARKERS = _load_markers()
_PHRASE_STARTS = frozenset(m.split()[0] for m in (*_MS_MARKERS, *_ID_MARKERS) if " " in m)
_MONEY_MS = re.compile(r"\bRM\s?\d")
_MONEY_ID = re.compile(r"\bRp\.?\s?\d")


def malay_evidence(text: str, words: list[str] | None = None) -> tuple[float, float]:
    """(Malay score, Indonesian score): the weights of the distinct markers found in `text`.

    Each marker counts once, so that a weak marker repeated through a long article does not
    add up to evidence; long texts gather more distinct markers on their real side anyway.
    `words` are the text's words, lower-cased, where the caller has them already.
    """
    if words is None:
        words = [w.lower() for w in _WORD.findall(text)]
    ms: dict[str, float] = {}
    id_: dict[str, float] = {}
    for i, w in enumerate(words):
        if w in _MS_MARKERS or w in _ID_MARKERS:
            _mark(w, ms, id_)
        elif len(w) >= 7 and w.endswith("iti") and "teliti" not in w:
            ms[w] = 2  # universiti, komuniti: Malay spells the -ity loans -iti ...
        elif len(w) >= 7 and w.endswith("itas"):
            id_[w] = 2  # ... and Indonesian -itas
        if w in _PHRASE_STARTS:
            _mark(" ".join(words[i : i + 2]), ms, id_)
            _mark(" ".join(words[i : i + 3]), ms, id_)
    if _MONEY_MS.search(text):
        ms["RM"] = 3
    if _MONEY_ID.search(text):
        id_["Rp"] = 3
    return sum(ms.values()), sum(id_.values())


def _mark(phrase: str, ms: dict[str, float], id_: dict[str, float]) -> None:
    if phrase in _MS_MARKERS:
        ms[phrase] = _MS_MARKERS[phrase]
    if phrase in _ID_MARKERS:
        id_[phrase] = _ID_MARKERS[phrase]
