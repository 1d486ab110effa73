"""English, Indonesian and Malay told apart by how often each language uses a text's words.

A naive Bayes model over words: a text's score in a language is the sum of the log frequencies
of its words in that language (data/detect_words.tsv, built by tools/build_detect_words.py from
general word-frequency lists). A word missing from a language's list counts as rare there. Words
listed in none of the three (names, numbers, other languages) say nothing, and how many of a
text's words the winning language lists -- its coverage -- says whether the text is in one of
the three at all: a Dutch or Tagalog sentence shares a few words with English or Malay, not
most of them.

Word frequencies separate Malay from Indonesian far better than character n-grams do: the two
share nearly all their spelling habits but differ in everyday words (kerana/karena,
selepas/setelah, wang/uang, boleh/bisa, polis/polisi, pejabat/kantor).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from .data import rows

LANGS = ("en", "id", "ms")
# A word missing from a language's list is taken as this rare there (Zipf 1: once in 100 million
# words), a little below the lists' own floor (Zipf 3): rarer than anything listed, not impossible.
_FLOOR = 1.0
_LN10 = math.log(10.0)
# No single word may say more than this (nats, about 150:1) for Malay against Indonesian: the
# lists are of general text, and a news word missing from one of them counts as rare there, not
# as impossible.
WORD_CAP = 5.0
# word -> its three Zipf cells as written ("7.36\t5.75\t5.81"): splitting 58,000 lines into
# strings takes a third of the time that converting them to numbers would, and a text needs
# only its own words converted (_parsed keeps them).
_raw: dict[str, str] | None = None
_parsed: dict[str, tuple[float, float, float]] = {}
_lock = threading.Lock()


@dataclass
class WordScore:
    """Log-likelihoods (natural log) per language and how many words each language lists."""

    loglik: dict[str, float]
    listed: dict[str, int]
    tokens: int

    def coverage(self, lang: str) -> float:
        return self.listed[lang] / self.tokens if self.tokens else 0.0


def _load() -> dict[str, str]:
    global _raw
    if _raw is None:
        with _lock:
            if _raw is None:
                _raw = dict(line.split("\t", 1) for line in rows("detect_words.tsv"))
    return _raw


def _zipf(word: str, raw: dict[str, str]) -> tuple[float, float, float] | None:
    z = _parsed.get(word)
    if z is None:
        cells = raw.get(word)
        if cells is None:
            return None
        en, id_, ms = cells.split("\t")
        z = (float(en) if en else 0.0, float(id_) if id_ else 0.0, float(ms) if ms else 0.0)
        _parsed[word] = z
    return z


def zipf(word: str) -> tuple[float, float, float] | None:
    """The Zipf frequency of a lower-cased word in en, id, ms (0.0 = unlisted), None if absent."""
    return _zipf(word, _load())


def score(words: list[str]) -> WordScore:
    """Score lower-cased words in en, id and ms."""
    raw = _load()
    ll = [0.0, 0.0, 0.0]
    listed = [0, 0, 0]
    for w in words:
        z = _zipf(w, raw)
        if z is None:
            continue
        for i in range(3):
            if z[i]:
                listed[i] += 1
                ll[i] += z[i]
            else:
                ll[i] += _FLOOR
    return WordScore(
        loglik={lang: v * _LN10 for lang, v in zip(LANGS, ll, strict=True)},
        listed=dict(zip(LANGS, listed, strict=True)),
        tokens=len(words),
    )


def ms_vs_id(words: list[str]) -> float:
    """Malay against Indonesian in nats over lower-cased words, each word bounded by WORD_CAP."""
    raw = _load()
    total = 0.0
    for w in words:
        z = _zipf(w, raw)
        if z is not None:
            diff = ((z[2] or _FLOOR) - (z[1] or _FLOOR)) * _LN10
            total += WORD_CAP if diff > WORD_CAP else -WORD_CAP if diff < -WORD_CAP else diff
    return total
