"""Is this Han-written East Asian name the romanisation given in another language?

李开复 = Kai-Fu Lee, 金正恩 = Kim Jong-un, 李英浩 = Ri Yong Ho, 陈振声 = Chan Chun Sing: Chinese
writes Chinese, Korean (and Singaporean) names in characters, and English/Indonesian/Malay
write them in their own romanisation, family name first or last, the given name's syllables joined,
hyphenated or spaced. Sound-alike matching (translit) is for foreign names written syllable by
syllable; these names are read: the surname through its usual spellings
(data/zh_surname_spellings.tsv: pinyin, Cantonese, Hokkien, Korean), the given name through the
consonant skeleton of its pinyin or of its Sino-Korean reading (data/han_korean_readings.tsv),
which absorbs Wade-Giles, Yale and McCune-Reischauer vowel spellings (Jong-un ~ jeong-eun).
Both tables are built by tools/build_han_romanised.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .match import is_cjk
from .translit import latin_skeleton

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\-][A-Za-z\u00c0-\u024f]+)*")


def _table(name: str) -> dict[str, tuple[str, ...]]:
    raw = resources.files("newsbrief").joinpath(f"data/{name}").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            han, spellings = line.split("\t")
            out[han] = tuple(spellings.split())
    return out


@lru_cache(maxsize=1)
def surname_spellings() -> dict[str, tuple[str, ...]]:
    return _table("zh_surname_spellings.tsv")


@lru_cache(maxsize=1)
def korean_readings() -> dict[str, tuple[str, ...]]:
    return _table("han_korean_readings.tsv")


def _plain(spelling: str) -> str:
    """East Asian romanisations write an affricate 'ch' (Chan, Chun, Cheon), never a k, and a
    'gh' is a syllable's -ng before the next one's h (Chung-hee), never silent."""
    s = spelling.casefold().replace("-", "").replace("'", "").replace("ch", "j")
    return s.replace("gh", "g_h")


def _given_forms(given: str) -> set[str]:
    """The given name's readings (pinyin and Korean), joined, and their consonant skeletons."""
    from pypinyin import Style, lazy_pinyin

    pinyin = "".join(lazy_pinyin(given, style=Style.NORMAL, errors="ignore"))
    korean = korean_readings()
    readings = [pinyin]
    if all(ch in korean for ch in given):
        readings.append("".join(korean[ch][0] for ch in given))
    readings = [_plain(r) for r in readings]
    return set(readings) | {s for s in (latin_skeleton(r) for r in readings) if s}


def _split(han: str) -> tuple[str, str] | None:
    """(surname, given name) of a two- or three-character name whose first character is a
    surname (a one-character surname and a given name of one or two)."""
    if not 2 <= len(han) <= 3 or not all(is_cjk(ch) for ch in han):
        return None
    if han[0] not in surname_spellings():
        return None
    return han[0], han[1:]


def romanises(han: str, latin: str) -> bool:
    """Does the Latin text hold the Han name romanised, surname first or last?

    The surname must be one of its known spellings; the given name (one or two Latin words, or
    hyphen-joined) must be the characters' pinyin or Korean reading, or have its consonant skeleton
    (a one-syllable reading without consonants, Wang Yi, must be spelt as read).
    """
    parts = _split(han.strip())
    if parts is None:
        return False
    surname, given = parts
    spellings = set(surname_spellings()[surname])
    targets = _given_forms(given)
    words = [w.casefold() for w in _WORD.findall(latin)]
    for i, word in enumerate(words):
        if word not in spellings:
            continue
        for n in (1, 2):
            after, before = words[i + 1 : i + 1 + n], words[max(0, i - n) : i]
            for side in (after, before):
                joined = _plain("".join(side))
                if len(side) == n and (joined in targets or latin_skeleton(joined) in targets):
                    return True
    return False
