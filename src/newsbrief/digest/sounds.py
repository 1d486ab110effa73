"""Consonant skeletons: one key for a foreign name and its Chinese transliteration.

Chinese writes foreign names by sound (Kavanaugh 卡瓦诺 ka-wa-nuo, Flake 弗雷克 fu-lei-ke), so the
consonants survive while the vowels and the added syllables do not. Both sides are reduced to the
same coarse classes (P T K F N L S), vowels dropped and repeats collapsed: Kavanaugh -> KFN,
卡瓦诺 -> KFN; James -> SNS, 詹姆斯 -> SNS. The Chinese side reads pinyin (pypinyin, from its
public character readings); a skeleton shorter than three classes says too little to be a key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_LEN = 3

_LATIN_CLASS = {
    **dict.fromkeys("bp", "P"),
    **dict.fromkeys("dt", "T"),
    **dict.fromkeys("gkq", "K"),
    **dict.fromkeys("fvw", "F"),
    **dict.fromkeys("mn", "N"),
    **dict.fromkeys("lr", "L"),
    **dict.fromkeys("szjx", "S"),
}
# one C call per name: letters to their class, every other letter (vowels, h, y) dropped
_LATIN_TABLE = {ord(c): _LATIN_CLASS.get(c) for c in "abcdefghijklmnopqrstuvwxyz"}
# digraphs first: how English spelling writes one sound with two letters
_LATIN_DIGRAPHS = (("gh", ""), ("ph", "f"), ("ck", "k"), ("ch", "s"), ("sh", "s"), ("th", "t"))
_SOFT_C = re.compile(r"c(?=[eiy])")
_SILENT_R = re.compile(r"(?<=[aeiouy])r+(?=[^aeiouy]|$)")

_PINYIN_INITIAL = (
    ("zh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    *((c, "P") for c in "bp"),
    *((c, "T") for c in "dt"),
    *((c, "K") for c in "gk"),
    *((c, "F") for c in "fw"),
    *((c, "N") for c in "mn"),
    *((c, "L") for c in "lr"),
    *((c, "S") for c in "zcsjqx"),
)


_REPEAT = re.compile(r"(.)\1+")


def _collapse(classes: str) -> str:
    return _REPEAT.sub(r"\1", classes)


@lru_cache(maxsize=65536)
def latin_skeletons(name: str) -> tuple[str, ...]:
    """The skeletons Chinese may write a Latin name with: English names lose an r after a vowel
    and before a consonant or the end (Carter 卡特, Dewar 杜瓦), other names keep it as 尔
    (Suarta 苏阿尔塔), so a name with such an r has both. A final th is heard as s (Smith 史密斯)."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    if s.endswith("th"):
        s = s[:-2] + "s"
    silent = _SILENT_R.sub("", s)
    return tuple(dict.fromkeys(_latin_classes(v) for v in (silent, s)))


def latin_skeleton(name: str) -> str:
    """The skeleton with a silent r, the usual one (see `latin_skeletons`)."""
    return latin_skeletons(name)[0]


def _latin_classes(s: str) -> str:
    for a, b in _LATIN_DIGRAPHS:
        s = s.replace(a, b)
    if "c" in s:
        s = _SOFT_C.sub("s", s).replace("c", "k")
    return _collapse(s.translate(_LATIN_TABLE))


def _syllable(py: str) -> str:
    if py == "er":  # 尔 writes an r or l
        return "L"
    out = ""
    for ini, cls in _PINYIN_INITIAL:
        if py.startswith(ini):
            out = cls
            break
    if py.endswith(("n", "ng")) and len(py) > 1:
        out += "N"
    return out


@lru_cache(maxsize=8192)
def _char_pinyin(ch: str) -> str:
    """One character's reading, cached per character: a folder holds thousands of names but
    only a few hundred characters, and a name's characters are read one by one anyway."""
    from pypinyin import lazy_pinyin

    py = lazy_pinyin(ch)
    return py[0] if py and py[0].isascii() and py[0].isalpha() else ""


def _pinyin(name: str) -> list[str]:
    return [_char_pinyin(c) for c in name]


@lru_cache(maxsize=65536)
def han_skeleton(name: str) -> str:
    return _collapse("".join(_syllable(p) for p in _pinyin(name) if p))


@lru_cache(maxsize=65536)
def skeleton_keys(name: str, han: bool) -> frozenset[str]:
    """Skeletons of each part of a name (a dotted Chinese name, or Latin words), and of the whole
    name when it has several parts: short names have parts too short to be keys on their own
    (Dwi Haris: TF, LS; 德维·哈里斯 the same) but a whole that is one (TFLS)."""
    parts = [p for p in re.split(r"[·•・\s\-]+", name) if p]
    out = set()
    if len(parts) > 1:
        parts.append("".join(parts))
    for part in parts:
        for sk in (han_skeleton(part),) if han else latin_skeletons(part):
            if len(sk) >= MIN_LEN:
                out.add(sk)
    return frozenset(out)


@lru_cache(maxsize=65536)
def han_romanised(name: str) -> str:
    """A Chinese person's name as one pinyin word (陈浩 -> chenhao), to meet the same name in
    Latin script ("Chen Hao"), which `latin_joined` writes alike. Dotted names are foreign and
    have none."""
    if not 2 <= len(name) <= 4 or any(c in name for c in "·•・"):
        return ""
    parts = _pinyin(name)
    return "".join(parts) if all(parts) else ""


@lru_cache(maxsize=65536)
def latin_joined(name: str) -> str:
    """A Latin-script name as one word, accents and separators dropped ("Li Guoping" ->
    liguoping), for names of two or three short parts as Chinese names are romanised."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    if not 2 <= len(parts) <= 3:
        return ""
    s = unicodedata.normalize("NFKD", "".join(parts).casefold())
    return "".join(c for c in s if c.isascii() and c.isalpha())
