"""Malay told from Indonesian by the spelling of words: character n-grams from news text.

The word-frequency model (words.py) knows how often each language uses a word; this model knows
how likely a word's letters are, letter by letter, in Malay and in Indonesian news
(data/detect_chars_msid.tsv, built by tools/build_detect_chars.py from lingua's models of Leipzig
news corpora). It reads news vocabulary and inflections the word lists miss or count from other
genres (subtitles, Wikipedia), so the two together separate the languages better than either.
Only the Malay-vs-Indonesian decision uses it: it is loaded on the first such text.
"""

from __future__ import annotations

import threading

from .data import rows

_MAX_N = 5
_table: dict[str, float] | None = None
_lock = threading.Lock()
# word -> its log-ratio: news repeats its vocabulary, and a word's letters are read once.
_memo: dict[str, float] = {}
_MEMO_MAX = 200_000


def _load() -> dict[str, float]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, float] = {}
                for line in rows("detect_chars_msid.tsv"):
                    value, _, grams = line.partition("\t")
                    table.update(dict.fromkeys(grams.split(), float(value)))
                _table = table
    return _table


def word_ms_vs_id(word: str) -> float:
    """log P(word's letters | Malay) - log P(... | Indonesian), nats; `word` lower-cased."""
    value = _memo.get(word)
    if value is not None:
        return value
    table = _load()
    value = 0.0
    for end in range(1, len(word) + 1):
        # the longest n-gram ending at this letter that the table knows
        for start in range(max(0, end - _MAX_N), end):
            v = table.get(word[start:end])
            if v is not None:
                value += v
                break
    if len(_memo) < _MEMO_MAX:
        _memo[word] = value
    return value


def ms_vs_id(words: list[str]) -> float:
    """Malay against Indonesian in nats over lower-cased words."""
    return sum(word_ms_vs_id(w) for w in words)
