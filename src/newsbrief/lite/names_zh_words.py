"""Word lists and word classes for the Chinese name finder, loaded from data/names_zh_words.txt.

Surnames, posts, organisation suffixes and the like are data (the file's header says where they
come from); the small tests here say what a word can be: a surname-led name, a post, a place or a
clan, a dictionary word.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .names_lexicon import sections


@dataclass
class _Tok:
    """A jieba token with its offsets in the article."""

    word: str
    flag: str
    start: int
    end: int


def zh_words(section: str) -> list[str]:
    """One list of data/names_zh_words.txt."""
    return sections("names_zh_words.txt", sep=None)[section]


_SURNAMES_1 = set(zh_words("surnames_1"))
_SURNAMES_2 = set(zh_words("surnames_2"))
_ROLE_SUFFIXES = tuple(zh_words("role_suffixes"))
_ROLE_SET = frozenset(_ROLE_SUFFIXES)
_ROLE_NAME_ROLES = _ROLE_SET - {"记者", "网友", "网红", "代表", "委员", "首席"}
_ORG_SUFFIXES = tuple(zh_words("org_suffixes"))
_KNOWN_ORGS = frozenset(zh_words("known_orgs"))
_SPEECH = frozenset(zh_words("speech"))
_REPORTER_POSTS = tuple(zh_words("reporter_posts"))
_FACILITY_HEADS = frozenset(zh_words("facility_heads"))
HONORIFICS = frozenset(zh_words("honorifics"))
POSITION_AFTER = frozenset(zh_words("position_after"))
_NT_ORG_ENDS = tuple(zh_words("nt_org_ends"))


def facility_head(tok: _Tok) -> bool:
    """Rule zh_facility_name: "金星/酒店", "东环/公路", "文三/西路" — the token after a name-like
    word is a building, site or road noun: the word names that place, not a person."""
    return tok.word in _FACILITY_HEADS or (
        len(tok.word) == 2 and tok.word[-1] in "路街巷" and tok.flag in ("n", "ns", "s")
    )


def generic_nt(word: str) -> bool:
    """Rule zh_generic_nt: jieba's dictionary files some common nouns as organisations (nt):
    "公共汽车", "百货商店", "交汇处". An nt word that does not end as organisation names do and
    reads as two frequent words is such a noun; a brand ("谷歌", "摩托罗拉") splits into none."""
    if word.endswith(_NT_ORG_ENDS):
        return False
    return any(_common_word(word[:k]) and _common_word(word[k:]) for k in range(2, len(word)))


def reporter_post(role: str) -> bool:
    """Rule zh_reporter_byline: "东方网记者", "见习记者", "实习生" — the report's author."""
    return role.endswith(_REPORTER_POSTS)


_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


# Characters used to transliterate foreign names; a dotted name is made of these only.
_TRANSLIT = "".join(zh_words("translit"))


_NOT_IN_NAME = frozenset("的了在是和与及等将对为于把被从向到由也都就还又这那其该")


def _plain_name(name: str) -> bool:
    return not (
        _common_word(name)
        or any(ch in _NOT_IN_NAME for ch in name)
        or _not_a_name(name)
        or _phrase(name)
    )


# Rule zh_phrase_not_name: the dictionary words inside a candidate (jieba, no guessing). A name is
# made of name or place words and single characters; one that holds a frequent verb, noun or
# function word of two or more characters ("投掷/鸡蛋", "包围/之中", "喜欢/选修") is a phrase,
# unless a surname leads it (张/建国); a function character before such a word ("所/预期",
# "和/家长") makes it a phrase even so.
_PHRASE_TAGS = frozenset({
    "v", "vn", "vd", "n", "r", "c", "p", "u", "uj", "d", "f", "ad", "an", "l", "i", "m", "q", "t", "a",
})  # fmt: skip
_FUNCTION_TAGS = frozenset(["c", "p", "u", "uj", "ud", "ul", "d", "r"])


@lru_cache(maxsize=1)
def posseg():
    """jieba's tagger, loaded once and quietly."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)  # jieba announces its dictionary load on stderr
    return pseg


@lru_cache(maxsize=4096)
def _phrase(name: str) -> bool:
    # cached: the same candidate is asked about again for each of its mentions
    parts = [(p.word, p.flag) for p in posseg().cut(name, HMM=False)]
    if len(parts) < 2:
        return False
    w0, f0 = parts[0]
    if len(w0) == 1 and f0 in _FUNCTION_TAGS and parts[1][1].startswith("v"):
        return True  # "所/做": a function character and a verb
    if not any(len(w) >= 2 and f in _PHRASE_TAGS and _common_word(w) for w, f in parts):
        return False
    return (len(w0) == 1 and f0 in _FUNCTION_TAGS) or not _surname_ok(name)


_NOT_ORG = frozenset(zh_words("not_org"))


def _surname_ok(name: str) -> bool:
    if not _HAN.match(name) or not 2 <= len(name) <= 4:
        return False
    if name[:2] in _SURNAMES_2:
        return len(name) >= 3
    return name[0] in _SURNAMES_1 and len(name) <= 3


def _common_word(word: str) -> bool:
    """A frequent dictionary word, whatever jieba's tag says."""
    import jieba

    return (jieba.dt.FREQ.get(word) or 0) >= 20


# Words ending in 员 that are verbs or states, not posts ("动员", "超员").
_YUAN_NOT_ROLE = frozenset(zh_words("yuan_not_role"))


# Last characters of place names (administrative units, villages, roads) and of clan or surname
# references ("吕氏", "张姓"), and a time word ("高潮时"): a word ending so is not a person's name.
_NOT_NAME_END = frozenset("省市县区乡镇村庄屯寨屋府街路线道湾岛港桥站氏姓时")


def _not_a_name(name: str) -> bool:
    """A candidate that jieba tagged as a name but that is a place or a clan: the place rule
    (names_places, the gazetteer) or a place or clan ending."""
    from .names_places import is_place

    return name[-1] in _NOT_NAME_END or (len(name) >= 3 and is_place(name))


def _is_place_word(word: str) -> bool:
    """大阪府, 东京都: a place jieba files as an organisation."""
    from .names_places import is_place

    return is_place(word)


def _is_role(word: str) -> bool:
    if len(word) >= 3 and word.endswith("员") and word not in _YUAN_NOT_ROLE:
        return True  # 预报员, 调查员, 讲解员: a post held by the named person
    return word in _ROLE_SET or (len(word) >= 3 and word.endswith(_ROLE_SUFFIXES))


# Rule zh_translit_run: jieba cuts an undotted foreign name into pieces ("埃/尔多/安" for
# 埃尔多安) and tags only the middle one nrt. The single transliteration characters around that
# piece belong to the name; a function word (于, 以) ends it.
def translit_run_end(toks: list[_Tok], i: int) -> int | None:
    """Token index after a name of 3+ characters that starts at token i and is made of single
    transliteration characters around one piece jieba tagged nrt; None when there is none."""

    def single(k: int) -> bool:
        t = toks[k]
        return len(t.word) == 1 and t.word in _TRANSLIT and t.flag not in _FUNCTION_TAGS

    k = i
    while k < len(toks) and single(k):
        k += 1
    if k >= len(toks) or toks[k].flag != "nrt" or not all(ch in _TRANSLIT for ch in toks[k].word):
        return None
    k += 1
    while k < len(toks) and single(k):
        k += 1
    size = sum(len(t.word) for t in toks[i:k])
    return k if size >= 3 and k - i >= 2 else None


def glued_translit_end(toks: list[_Tok], j: int) -> int:
    """Rule zh_glued_translit: "博卓/夫斯基" — a name jieba split before a transliterated piece it
    tagged nrt goes on through that piece."""
    while j < len(toks) and toks[j].flag == "nrt" and all(ch in _TRANSLIT for ch in toks[j].word):
        j += 1
    return j


_DATE_UNIT = ("日", "月", "号", "年", "时", "点")


def before_number(toks: list[_Tok], j: int) -> bool:
    """Rule zh_name_before_number: a word jieba took for a name but followed by an amount
    ("浏览量高达7.7万次", "高达6米") is a verb of measure; a date after a name ("王毅3日表示") is not
    an amount."""
    if j >= len(toks) or toks[j].flag != "m" or toks[j].word == "一":
        return False  # "王师傅一看": 一 before a verb is "as soon as", no amount
    after = toks[j].word + (toks[j + 1].word if j + 1 < len(toks) else "")
    return not any(u in after for u in _DATE_UNIT)


def trim_role_tail(text: str, end: int) -> int:
    """Rule zh_role_tail: "布雷特·卡瓦诺法官" — a transliteration character that opens the post
    written right after the name (法官, 博士) belongs to the post, not to the name."""
    for cut in (1, 2):
        for size in (2, 3, 4):
            if size > cut and text[end - cut : end - cut + size] in _ROLE_SET:
                return end - cut
    return end
