"""The main event: one sentence, normally the lead, with datelines, bylines and captions set aside."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..model import Article, Span, What
from .dates_grammar import extract
from .dates_mention import DATE_KINDS
from .layout import layout
from .names_lexicon import sections
from .summary import WORD, tokens

_LATIN_WORD = re.compile(r"[^\W\d_]+")


# Where a long lead sentence stops telling the event and starts adding circumstances.
_CUT_ID = re.compile(
    r",?\s+(?:setelah|sehingga|usai|seusai|sementara|ketika|saat|namun|meski|meskipun|sedangkan|"
    r"yang\s+(?:menewaskan|mengakibatkan|menyebabkan)|dengan\s+skor)\b"
    r"|,\s+(?:kata|ujar|ungkap|jelas|tutur|tegas|menurut|demikian|yakni|yaitu|termasuk)\b"
)
_CUT_EN = re.compile(
    r",\s+(?:[a-z]+ing|according|which|who|while|as|after|but|with|the(?:\s+\w+){1,3}\s+said)\b"
    r"|,\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:said|says|announced|told|reported|confirmed)\b"
    r"|\s+(?:after|amid|following|despite|as\s+part\s+of|in\s+a\s+move)\s"
)
_WHAT_WORDS = sections("what_words.txt", sep=None)
_UNFINISHED_END = frozenset(_WHAT_WORDS["unfinished_end"])
_ADJUNCT_GOES_ON = frozenset(_WHAT_WORDS["adjunct_goes_on"])
_FRONTED_OPENER = frozenset(_WHAT_WORDS["fronted_opener"])
_COMMA_NEXT = re.compile(r",\s+([^\W\d_]+)")
_PARTICIPLE = re.compile(r"[a-z]+(?:ing|ed)")
_ZH_ATTRIB = re.compile(
    r"(?:通报|获悉|报道|消息|介绍|宣布|表示|称|测定|发布|透露|了解到|显示|指出|说|讯)$"
)
_ZH_TIME = re.compile(
    r"^(?:北京时间|当地时间)?(?:昨[天晚日]|今[天日晨早]|前天|上周.|本周.|近日|日前|当天|当晚|此前|\d{1,2}月\d{1,2}日.{0,6}|"
    r"\d{1,2}日.{0,6}|[上下]午|凌晨|晚间|早上|据悉)$"
)
# "记者13日从…应急管理局获悉", "据…报道": the reporter's source, however long its name.
_ZH_SOURCE = re.compile(r"^(?:记者|本报记者|据)|(?:获悉|了解到|报道|得知)$")
# A match report's opening frame: the match ended or was played; the result comes next.
_ZH_MATCH_FRAME = re.compile(
    r"(?:决赛|比赛|赛事|对决|交锋)[^，。]*?(?:落幕|战罢|收官|结束|进行|打响)$"
)
_MIN_WORDS, _LONG_WORDS, _ZH_TARGET = 8, 22, 30
# How many more headline units a later opener must share than the lead to replace it: one shared
# word is often a name every sentence repeats.
RESTATE_MARGIN = 2
# A headline clause that only sets the scene for the next one.
_SUBORDINATE = re.compile(
    r"(?i)(?:while|as|after|when|although|though|despite|amid|if|because|since|before|once|"
    r"until|saat|ketika|setelah|usai|seusai|meski|meskipun|jika|karena|sebelum|sejak)\s"
)
# The headline's clauses: "Tram Derails in Croydon, Near London, Killing at Least 7",
# "中国同印度尼西亚举行外长会谈 同意加快推进…" (a space between Han clauses).
_HEAD_CLAUSE = re.compile(r",\s|，|；|;|\s[-–—]+\s|(?<=[\u4e00-\u9fff”])\s+(?=[\u4e00-\u9fff“])")
# A clause that refers back to the attribution's subject ("比亚迪……公告称，公司……"): keep both.
_ZH_PRONOUN = ("公司", "该", "其", "他", "她", "我", "双方", "此", "这", "本")


def main_clause(body: str, lang: str, headline: frozenset[str] = frozenset()) -> tuple[int, int]:
    """[start, end) within a lead sentence of the clause(s) that tell the event: a long sentence
    loses its trailing circumstances ("…, killing 11", "… setelah …", "…, officials said") and,
    in Chinese, a leading attribution or time clause ("上海市公安局18日通报，").

    `headline` holds the headline's content units (`units`): a cut that would drop a headline
    word the kept part lacks is not made (rule `keeps_headline`: "…were 3-1 down, but came back
    to clinch the World Series" under "Cubs win World Series" keeps its second half)."""
    if lang == "zh":
        return _zh_main_clause(body)
    words = list(_LATIN_WORD.finditer(body))
    if len(words) <= _LONG_WORDS:
        return 0, len(body)
    floor = max(words[_MIN_WORDS - 1].end(), _fronted_adjunct_end(body))
    cut_re = _CUT_EN if lang == "en" else _CUT_ID
    # a cut drops a headline unit the kept part lacks exactly when it falls before that unit's
    # first occurrence: one pass over the words finds the last such first occurrence
    for m in cut_re.finditer(body, max(floor, _last_new_headline_word(body, lang, headline) + 1)):
        # "… putting its prices up, in a move …": the clause ends before the comma that led to it
        end = len(body[: m.start()].rstrip(" ,;:"))
        if _finished(body, end):
            return 0, end
    return 0, len(body)


def _finished(body: str, end: int) -> bool:
    """Rule `whole_clause`: a cut does not leave the clause ending on a conjunction, article or
    preposition ("… would win re-election in 2020 unless, as many hope, …")."""
    last = _LATIN_WORD.findall(body, max(0, end - 40), end)
    return not (last and last[-1].lower() in _UNFINISHED_END)


def _fronted_adjunct_end(body: str) -> int:
    """Where a fronted subordinate or framing phrase ("As part of a push into the market, which
    is growing, …", "While the staff were safe, …") hands over to the main clause: past the first
    comma not followed by a word that carries the phrase on. 0 when the sentence opens otherwise:
    a cut inside that phrase would keep a clause without its main verb."""
    first = _LATIN_WORD.match(body)
    if not (_SUBORDINATE.match(body) or (first and first.group().lower() in _FRONTED_OPENER)):
        return 0
    for m in _COMMA_NEXT.finditer(body):
        nxt = m.group(1)
        if nxt.lower() not in _ADJUNCT_GOES_ON and not _PARTICIPLE.fullmatch(nxt):
            return m.start(1)
    return 0


def _last_new_headline_word(body: str, lang: str, headline: frozenset[str]) -> int:
    """Offset of the last word of `body` that brings a headline unit in for the first time."""
    last, seen = -1, set()
    hits: dict[str, set[str]] = {}  # word -> its headline units: a text repeats its words
    if headline:
        for w in WORD.finditer(body):
            word = w.group()
            if word not in hits:
                hits[word] = units(word, lang) & headline
            new = hits[word] - seen
            if new:
                seen |= new
                last = w.start()
                if seen == headline:
                    break
    return last


def _zh_main_clause(body: str) -> tuple[int, int]:
    parts: list[tuple[int, int]] = []
    pos = 0
    for k in _clause_breaks(body):
        parts.append((pos, k))
        pos = k + 1
    parts.append((pos, len(body)))
    if len(parts) == 1 or len(body) <= 40:
        return 0, len(body)
    k = 0
    while k < len(parts) - 1:
        clause = body[parts[k][0] : parts[k][1]].strip()
        nxt = body[parts[k + 1][0] : parts[k + 1][1]].lstrip()
        if (
            ((_ZH_ATTRIB.search(clause) and len(clause) <= 16) or _ZH_SOURCE.search(clause))
            and not nxt.startswith(_ZH_PRONOUN)
        ) or _ZH_TIME.match(clause):
            k += 1
            continue
        break
    start = parts[k][0]
    end = parts[k][1]
    if _ZH_MATCH_FRAME.search(body[start:end]) and k + 1 < len(parts):
        end = parts[k + 1][1]  # "决赛在…落幕，王某以4比2击败李某": the result is the event
    while (end - start < _ZH_TARGET or _ZH_ATTRIB.search(body[start:end])) and k + 1 < len(parts):
        k += 1  # a clause ending in 表示/称 is followed by what was said
        end = parts[k][1]
    if k == len(parts) - 1:
        end = len(body)
    return start, end


_OPEN, _CLOSE = "（(“《", "）)”》"


def _clause_breaks(body: str) -> list[int]:
    """Offsets of the commas and semicolons that end a clause, in one pass: those inside
    brackets or quotes ("（下称“华东锂电”，300899.SZ）") belong to one aside."""
    out: list[int] = []
    depth = [0] * len(_OPEN)
    for k, ch in enumerate(body):
        if ch in _OPEN:
            depth[_OPEN.index(ch)] += 1
        elif ch in _CLOSE:
            i = _CLOSE.index(ch)
            depth[i] = max(0, depth[i] - 1)
        elif ch in "，,；;" and not any(depth):
            out.append(k)
    return out


def units(text: str, lang: str) -> set[str]:
    """Content units for comparing a sentence with the headline: stemmed content words (Snowball
    stemmers for English and Indonesian, so "blames" meets "blamed"), Han bigrams for Chinese."""
    toks = tokens(text, lang)
    if lang not in _SNOWBALL:
        return set(toks)
    return {_stem(t, lang) for t in toks}


_SNOWBALL = {"en": "english", "id": "indonesian"}


@lru_cache(maxsize=65536)
def _stem(word: str, lang: str) -> str:
    return _stemmer(lang).stemWord(word)  # a news text repeats its words: stem each once


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[lang])


def headline_units(text: str, headline: Span | None, lang: str) -> frozenset[str]:
    """Units of the headline's main clause, the event it announces: its first clause ("PM Timor
    Leste Kunjungi Kupang, Bahas …" → the visit, not what was discussed), or the second when the
    first is subordinate ("After 108 years, Cubs win World Series", "While the U.S. talks …, UK
    outraged over …")."""
    if headline is None:
        return frozenset()
    clauses = _HEAD_CLAUSE.split(text[headline[0] : headline[1]].strip(), maxsplit=2)
    main = clauses[1] if len(clauses) > 1 and _SUBORDINATE.match(clauses[0]) else clauses[0]
    return frozenset(units(main, lang))


def restating_opener(text: str, openers: tuple[Span, ...], head: frozenset[str], lang: str) -> int:
    """Rule `headline_restatement` (lead–title alignment): of the first story sentences, the one
    that restates the headline's event. The lead keeps its place unless a sentence after it shares
    at least RESTATE_MARGIN more headline units: a teaser, a scene-setting opening or a caption
    ("Kris Bryant started to smile …" under "Cubs win the World Series") gives way to the
    sentence that tells the event. A lead that shares no headline unit at all gives way to one of
    the next two sentences on a single shared unit (weak evidence, so only near the lead)."""
    if not head or len(openers) < 2:
        return 0
    scores = [len(units(text[a:b], lang) & head) for a, b in openers]
    best, top = 0, scores[0]
    for i in range(1, len(scores)):
        need = 1 if scores[0] == 0 and i <= 2 else RESTATE_MARGIN
        if scores[i] > top and scores[i] >= scores[0] + need:
            best, top = i, scores[i]
    return best


# Second-person pronouns (data/what_words.txt [reader_address]); Han ones match inside a run.
_READER = frozenset(w.lower() for w in _WHAT_WORDS["reader_address"])
_HAN_READER = re.compile("|".join(sorted((w for w in _READER if not w.isascii()), key=len)[::-1]))
# What a quotation holds is someone else's voice: "you" there is not said to the reader.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』')
_TIMED = DATE_KINDS | {"time"}


def addresses_reader(sentence: str, lang: str) -> bool:
    """The sentence speaks to the reader in the second person outside any quotation ("If you
    have ever watched a crime drama, you …", "Bayangkan, Anda …", "想象一下，你…")."""
    bare = _QUOTED.sub(" ", sentence)
    if lang == "zh":
        return bool(_HAN_READER.search(bare))
    return any(w.group().lower() in _READER for w in _LATIN_WORD.finditer(bare))


def reporting_opener(text: str, openers: tuple[Span, ...], lang: str) -> int:
    """Rule `reader_address` (feature lead): a lead that speaks to the reader sets a scene; the
    news follows in the first opener that dates it ("… announced Sunday that …", "At 6am, …").
    The lead stays when no later opener names a day or a time."""
    if len(openers) < 2 or not addresses_reader(text[openers[0][0] : openers[0][1]], lang):
        return 0
    for i, (a, b) in enumerate(openers[1:], start=1):
        body = text[a:b]
        if not addresses_reader(body, lang) and any(m.kind in _TIMED for m in extract(body, lang)):
            return i
    return 0


def find_what(article: Article) -> What | None:
    """The lead sentence found by the layout pass (or the opener that restates the headline), cut
    to the clause(s) that tell the event."""
    if not article.sentences:
        return None
    lay = layout(article)
    if lay.lead is None:
        return None
    start, end = lay.lead
    text, lang = article.text, article.lang
    if lay.lead_sentence is not None and lay.headline and start < lay.headline[1]:
        body = text[start:end]
        return What(text=body, span=(start, end))  # no lead: the title stands in
    head = headline_units(text, lay.headline, lang)
    if lay.openers:
        pick = restating_opener(text, lay.openers, head, lang)
        start, end = lay.openers[pick or reporting_opener(text, lay.openers, lang)]
    body = text[start:end]
    a, b = main_clause(body, lang, head)
    return What(text=body[a:b], span=(start + a, start + b))
