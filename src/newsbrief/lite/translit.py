"""Is this Chinese name a transliteration of that Latin one? (特朗普 ~ Trump, 扎耶夫 ~ Zaev)

Chinese writes foreign names syllable by syllable with characters whose readings stand for the
sounds; both spellings are reduced to a skeleton of consonant classes (b/p, f/v/w, t/d, k/g, the
sibilants, l/r, m, n) and compared by their longest common subsequence. The Chinese side is read
through pypinyin: a syllable's initial and a final -n count, a final -ng and the glides y/w-before-u
do not. Used by the consistency eval (names compared across scripts) and by lite where (rule
transliterated_town: a foreign town the gazetteer knows only in Latin script).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A skeleton this similar (2·LCS / total length), starting with the same class, is the same name.
MIN_SIMILARITY = 0.75
MIN_LENGTH = 2
_SEP = re.compile(r"[·•‧・\-－—\s]+")
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q")
_INITIALS += ("x", "r", "z", "c", "s", "y", "w")
_CLASS = {
    "b": "B", "p": "B",
    "f": "F", "v": "F", "w": "F",
    "t": "T", "d": "T",
    "k": "K", "g": "K", "q": "K", "c": "K",
    "s": "S", "z": "S", "x": "S", "j": "S", "zh": "S", "ch": "S", "sh": "S",
    "l": "L", "r": "L",
    "m": "M", "n": "N",
}  # fmt: skip


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def latin_skeleton(word: str) -> str:
    """'Trump' -> 'TLMB'; vowels, h and y dropped, 'ck'/'ch' read as one sound."""
    w = word.casefold()
    w = w.replace("ck", "k").replace("ch", "k").replace("ph", "f").replace("gh", "")
    w = w.replace("th", "s")  # written 斯 / 瑟 in Chinese
    return _collapse([_CLASS[c] for c in w if c in _CLASS])


def _syllable(py: str) -> list[str]:
    head = next((i for i in _INITIALS if py.startswith(i)), "")
    out: list[str] = []
    if head and head not in ("y", "h") and not (head == "w" and py.startswith("wu")):
        out.append(_CLASS.get(head, ""))
    if py == "er":  # 尔 stands for an r or l
        out.append("L")
    if py.endswith("n") and not py.endswith("ng"):
        out.append("N")
    return [c for c in out if c]


@lru_cache(maxsize=4096)
def han_skeleton(part: str) -> str:
    """'特朗普' -> 'TLB' through its pinyin (te lang pu)."""
    from pypinyin import Style, lazy_pinyin

    classes: list[str] = []
    for py in lazy_pinyin(part, style=Style.NORMAL, errors="ignore"):
        classes += _syllable(py.lower())
    return _collapse(classes)


def han_parts(name: str) -> list[str]:
    """The parts of a transliterated name: 佐兰·扎耶夫 -> [佐兰, 扎耶夫]."""
    return [p for p in _SEP.split(name) if p]


def _lcs(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def similar(a: str, b: str) -> bool:
    """Two skeletons name the same sound sequence: same first class, LCS similarity >= 0.75."""
    if len(a) < MIN_LENGTH or len(b) < MIN_LENGTH or a[0] != b[0]:
        return False
    return 2 * _lcs(a, b) / (len(a) + len(b)) >= MIN_SIMILARITY


def transliterates(han_name: str, latin_words: set[str]) -> bool:
    """Some part of the Chinese name sounds like one of the Latin words, or is its pinyin (袁 ~
    Yuan)."""
    from pypinyin import Style, lazy_pinyin

    parts = han_parts(han_name)
    words = {w.casefold() for w in latin_words}
    # A Chinese name written in Latin letters spells its syllables (李开复 ~ Kai-Fu Lee).
    syllables = lazy_pinyin(han_name, style=Style.NORMAL, errors="ignore")
    if syllables and sum(py in words for py in syllables) >= min(2, len(syllables)):
        return True
    skeletons = [han_skeleton(p) for p in parts]
    return any(similar(s, latin_skeleton(w)) for s in skeletons for w in words)
