"""What `--to` can render without a translation model: names, roles, organisations and places.

Places take their target-language name from the gazetteer (福州 / Fuzhou) or, for a Chinese place
the gazetteer lacks, a romanisation with its administrative level (双塔区 -> Shuangta District).
Roles and organisation names are rendered when every part of them is known: glossary terms
(data/glossary.tsv), places and acronyms, reordered for the target language (Chinese puts the
title last, Indonesian first). A role with an unknown part keeps its original beside the title
that was recognised. Chinese personal names are romanised for en/id only when they start with a
known Chinese surname, so transliterated foreign names (特朗普) stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..langs import same_reader, sentence_joiner
from ..lite.gazetteer import Place, best, gazetteer, key_of
from ..model import Brief, Where

_HAN = re.compile(r"[\u3400-\u9fff]")
# Linking words written in lower case even in a capitalised role ("Governor of Bali").
_LOWER = frozenset(
    {"of", "to", "and", "for", "at", "in", "dari", "untuk", "dan", "bidang", "di", "the"}
)
# English words a role may carry that add nothing to its translation.
_SKIP = frozenset({"the", "a", "an"})
# Chinese administrative suffixes: a romanised place keeps its level in the target language.
_ZH_UNITS = {
    "特别行政区": ("Special Administrative Region", "Daerah Administratif Khusus"),
    "自治区": ("Autonomous Region", "Daerah Otonom"),
    "省": ("Province", "Provinsi"),
    "市": ("City", "Kota"),
    "县": ("County", "Kabupaten"),
    "区": ("District", "Distrik"),
    "镇": ("Town", "Kota Kecil"),
    "乡": ("Township", "Kecamatan"),
    "村": ("Village", "Desa"),
}


@dataclass(frozen=True)
class Term:
    kind: str  # title | mod | honor | conn | body
    forms: dict[str, tuple[str, ...]]

    def text(self, lang: str) -> str:
        return self.forms[lang][0]


@dataclass(frozen=True)
class Piece:
    kind: str  # a Term kind, or "place" / "name" (acronyms, numbers: the same in every language)
    source: str
    term: Term | None = None
    place: Place | None = None

    def text(self, lang: str, src: str) -> str:
        if self.term is not None:
            return self.term.text(lang)
        if self.place is not None:
            return place_name(self.place, lang, self.source, src)
        return self.source


class Glossary:
    def __init__(self, terms: list[Term]):
        self.index: dict[str, dict[str, Term]] = {"en": {}, "id": {}, "zh": {}}
        self.exact: dict[str, dict[str, Term]] = {"en": {}, "id": {}, "zh": {}}
        for term in terms:
            for lang, forms in term.forms.items():
                for form in forms:
                    # an all-capitals form (WHO, MA) matches only as written, not the word "who"
                    table = self.exact if form.isupper() and lang != "zh" else self.index
                    key = form if table is self.exact else form.casefold()
                    table[lang].setdefault(key, term)
        self.longest = {
            lang: max(len(k) if lang == "zh" else len(_split_latin(k)) for k in table)
            for lang, table in self.index.items()
        }

    def find(self, phrase: str, lang: str) -> Term | None:
        return self.exact[lang].get(phrase) or self.index[lang].get(phrase.casefold())


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    data = resources.files("newsbrief").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
    terms = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, en, id_, zh = line.split("\t")
        forms = {lang: tuple(f.strip() for f in col.split("|")) for lang, col in
                 (("en", en), ("id", id_), ("zh", zh))}  # fmt: skip
        terms.append(Term(kind, forms))
    return Glossary(terms)


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    data = resources.files("newsbrief").joinpath("data/zh_surnames.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in data.splitlines() if line and not line.startswith("#"))
    return {s: r for s, r in rows}


def _pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL, v_to_u=True))


def romanize_name(name: str) -> str | None:
    """'王立群' -> 'Wang Liqun'; None unless the name is 2-4 Han characters after a Chinese
    surname (a transliterated foreign name such as 特朗普 is not romanised back)."""
    if not 2 <= len(name) <= 4 or not all(_HAN.match(c) for c in name):
        return None
    table = _surnames()
    for size in (2, 1):
        surname, given = name[:size], name[size:]
        if surname in table and 1 <= len(given) <= 2:
            return f"{table[surname].capitalize()} {_pinyin(given).capitalize()}"
    return None


@lru_cache(maxsize=1)
def _han_names() -> tuple[dict[tuple[str, str | None, str | None, str], str], dict[int, str]]:
    """(place identity -> gazetteer line, line -> its shortest Chinese name), read once."""
    data = resources.files("newsbrief").joinpath("data")
    places = {}
    lines = data.joinpath("gazetteer_places.tsv").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        name, cc, admin1, kind, _ = line.split("\t")
        places.setdefault((name, cc or None, admin1 or None, kind), i)
    freq = _word_freq()
    han: dict[int, tuple[bool, int, bool, int, str]] = {}
    keys = data.joinpath("gazetteer_keys.tsv").read_bytes()
    start = keys.find(b"\n\xe4")  # keys are sorted: Han keys (U+4E00 on) come last
    for line in keys[start + 1 :].decode("utf-8").splitlines():
        key, codes = line.split("\t")
        if not _HAN.match(key[0]):
            continue
        for code in map(int, codes.split(",")):
            idx, alias = (code, False) if code >= 0 else (-code - 1, True)
            # the form Chinese text uses most (雅加达 over 勿礁維), simplified, short
            rank = (alias, -freq.get(key, 0), not _simplified(key), len(key), key)
            if idx not in han or rank < han[idx]:
                han[idx] = rank
    return places, {i: r[-1] for i, r in han.items()}


def _word_freq() -> dict[str, int]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def _simplified(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def place_name(place: Place, lang: str, written: str = "", src: str = "") -> str:
    """The place's name in `lang`: the gazetteer's (Latin, or Chinese for zh), else romanised."""
    if lang == "zh":
        if _HAN.match(written[:1] or "x") and src == "zh":
            return written
        index, han = _han_names()
        line = index.get(place.ident)
        return han.get(line, place.place) if line is not None else place.place
    if _HAN.match(place.place[:1]):
        return romanize_place(place.place, lang) or place.place
    return place.place


def romanize_place(name: str, lang: str) -> str | None:
    """'双塔区' -> 'Shuangta District' (en) / 'Distrik Shuangta' (id)."""
    if not all(_HAN.match(c) for c in name):
        return None
    for suffix, (en, id_) in _ZH_UNITS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            base = _pinyin(name[: -len(suffix)]).capitalize()
            return f"{base} {en}" if lang == "en" else f"{id_} {base}"
    return _pinyin(name).capitalize()


def admin1_name(admin1: str, country: str | None, lang: str) -> str:
    """A province or state by its target-language name (福建 for Fujian), else as stored."""
    if lang != "zh":
        return admin1
    cands = [p for p in gazetteer().lookup(key_of(admin1)) if p.country == country]
    region = next((p for p in cands if p.kind == "region"), None)
    return place_name(region, "zh") if region else admin1


# --- roles and organisation names -------------------------------------------------------------


def _place_piece(phrase: str, src: str) -> Piece | None:
    gaz = gazetteer()
    if src == "zh":
        if len(phrase) < 2 or phrase in gaz.han_block:
            return None
    elif not phrase[:1].isupper():
        return None
    cands = list(gaz.lookup(key_of(phrase)))
    # a role names a place by its own name, not an old one (Kotabaru is not Jayapura here)
    found = best([c for c in cands if not c.alias] or cands, src)
    return Piece("place", phrase, place=found) if found else None


def _split_latin(role: str) -> list[str]:
    tokens = re.findall(r"\([^)]*\)|[\w.'’-]+|,", role)
    # "(BPBD)" after the name it abbreviates says nothing new
    return [t for t in tokens if not t.startswith("(") and t.casefold() not in _SKIP]


def parse(role: str, src: str) -> list[Piece] | None:
    """`role` as glossary terms, places and acronyms; None when any part is unknown."""
    gloss = glossary()
    zh = src == "zh"
    units: list[str] = list(role.replace(" ", "")) if zh else _split_latin(role)
    pieces: list[Piece] = []
    i = 0
    while i < len(units):
        longest = min(len(units) - i, gloss.longest[src] if not zh else 10)
        for n in range(longest, 0, -1):
            phrase = _join(units[i : i + n], src).replace(" ,", ",")
            term = gloss.find(phrase, src)
            piece = Piece(term.kind, phrase, term=term) if term else None
            if piece is None and n <= 6:
                piece = _place_piece(phrase, src)
                level = "省市县区"
                if (
                    piece
                    and zh
                    and phrase[-1] not in level
                    and units[i + n : i + n + 1] in list(level)
                ):
                    n += 1  # 怀化市: the place, its level written out by the place's own name
            if piece is not None:
                pieces.append(piece)
                i += n
                break
        else:
            word = units[i]
            if zh or not (word.isupper() or any(c.isdigit() for c in word)) or word == ",":
                return None
            pieces.append(Piece("name", word))  # an acronym or number, as written
            i += 1
    return pieces or None


def _head(pieces: list[Piece], src: str) -> int:
    """Index of the piece a role or organisation name is about (its head)."""
    kinds = [p.kind for p in pieces]
    for kind in ("title", "body"):
        where = [i for i, k in enumerate(kinds) if k == kind]
        if where:
            if src == "id":
                return where[0]
            if src == "en" and where[0] + 1 < len(kinds) and kinds[where[0] + 1] == "conn":
                return where[0]  # "head of the office", "ambassador to China"
            return where[-1]
    return -1


def _join(words: list[str], lang: str) -> str:
    return sentence_joiner(lang).join(words)


def _cap(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if w in _LOWER else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words
    )


def compose(pieces: list[Piece], src: str, tgt: str, capital: bool = True) -> str:
    """Pieces of a role or organisation name written in `tgt`'s order."""
    h = _head(pieces, src)
    if h < 0:  # honorifics, places and acronyms only
        return _join([p.text(tgt, src) for p in pieces], tgt)
    lo = h
    while lo > 0 and pieces[lo - 1].kind in ("mod", "honor"):
        lo -= 1
    head = _join([p.text(tgt, src) for p in pieces[lo : h + 1]], tgt)
    rest = pieces[:lo] + pieces[h + 1 :]
    # "of" between head and the rest is the target order's business
    rest = [p for p in rest if not (p.kind == "conn" and p.term and p.term.text("en") == "of")]
    # Indonesian writes what qualifies a name after it ("Dinas Kesehatan Bali"), en and zh before
    if not any(p.kind == "conn" for p in rest) and (src == "id") != (tgt == "id"):
        rest = rest[::-1]
    words = [p.text(tgt, src) for p in rest]
    if tgt != "zh" and capital:
        head, words = (
            _cap(head),
            [_cap(w) if p.kind != "conn" else w for p, w in zip(rest, words, strict=True)],
        )
    if not words:
        return head
    if tgt == "zh":
        return "".join(words) + head
    if tgt == "id":
        return f"{head} {' '.join(words)}"
    if rest[0].kind == "conn":
        return f"{head} {' '.join(words)}"  # "Ambassador to China"
    if pieces[h].kind == "body":
        return f"{' '.join(words)} {head}"  # "Hunan Emergency Management Department"
    return f"{head} of {' '.join(words)}"


def render_role(role: str, src: str, tgt: str) -> str | None:
    """`role` in `tgt` when all of it is known; else the title it names plus the original, e.g.
    'Director (Direktur Reserse Narkoba Polda Sulsel)'; None when nothing is known."""
    pieces = parse(role, src)
    capital = src == "zh" or role[:1].isupper()
    if pieces is not None:
        return compose(pieces, src, tgt, capital)
    title = _leading_title(role, src) if src != "zh" else _trailing_title(role)
    if title is None:
        return None
    text = title.text(tgt)
    text = _cap(text) if capital and tgt != "zh" else text
    return f"{text}（{role}）" if tgt == "zh" else f"{text} ({role})"


def _leading_title(role: str, src: str) -> Term | None:
    words = _split_latin(role)
    gloss = glossary()
    for n in range(min(4, len(words)), 0, -1):
        term = gloss.find(" ".join(words[:n]), src)
        if term and term.kind == "title":
            return term
    if src == "en":  # "Chinese Foreign Minister": English puts the title last
        for n in range(min(4, len(words)), 0, -1):
            term = gloss.find(" ".join(words[-n:]), src)
            if term and term.kind == "title":
                return term
    return None


def _trailing_title(role: str) -> Term | None:
    gloss = glossary()
    for n in range(min(8, len(role)), 0, -1):
        term = gloss.find(role[-n:], "zh")
        if term and term.kind == "title":
            return term
    return None


def render_org(name: str, src: str, tgt: str) -> str | None:
    """An organisation's name in `tgt` when every part of it is known (外交部 -> Ministry of
    Foreign Affairs); None otherwise: a name is not guessed at."""
    pieces = parse(name, src)
    if pieces is None or not any(p.kind == "body" for p in pieces):
        return None
    return compose(pieces, src, tgt)


# --- the brief ----------------------------------------------------------------------------------


def _where_name(w: Where, src: str, tgt: str) -> str | None:
    if w.kind == "country":
        return None  # the renderer names countries (ISO names per language)
    place = Place(w.place, w.country, w.admin1, w.kind)
    name = place_name(place, tgt, w.text, src)
    return name if name != w.place else None


def localize(brief: Brief) -> Brief:
    """`brief` with who and where rendered in its target language where that is known offline;
    fields a model already translated are kept."""
    src, tgt = brief.lang, brief.target_lang
    if same_reader(src, tgt) or tgt not in ("en", "id", "zh"):
        return brief
    src = "id" if src == "ms" else src
    if src not in ("en", "id", "zh"):
        return brief
    who = []
    for p in brief.who:
        update: dict[str, str | None] = {}
        if p.translation is None:
            if p.kind == "person":
                update["translation"] = romanize_name(p.text) if tgt != "zh" else None
            else:
                update["translation"] = render_org(p.text, src, tgt)
        if p.role and p.role_translation is None:
            update["role_translation"] = render_role(p.role, src, tgt)
        who.append(p.model_copy(update=update) if update else p)
    where = [
        w
        if w.translation is not None
        else w.model_copy(update={"translation": _where_name(w, src, tgt)})
        for w in brief.where
    ]
    return brief.model_copy(update={"who": who, "where": where})
