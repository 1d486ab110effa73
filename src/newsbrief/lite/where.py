"""WHERE: places named in an article, normalised by the gazetteer, event location first.

How the event location is found: the dateline ("JAKARTA, KOMPAS.com -", "Fuzhou (ANTARA) -",
"新华社北京5月18日电") first, then places after event prepositions in the lead ("di Fuzhou",
"in Fuzhou", "在福州"), then how often and how early a place is named. Passing mentions ("dari
Malaysia" about a person's origin, "ASEAN-China", "Universitas Indonesia") weigh little, and a
country or province that only qualifies a city ("Fuzhou, China", "福建省福州市") is context: it
helps pick the right Fuzhou and is listed after it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field

from ..types import Article, Where
from .gazetteer import SOFT_DECOY, Place, best, gazetteer, key_of, resolve_place
from .summary import STOPWORDS, ensure_segmented

__all__ = ["find_where", "resolve_place", "where_for_span"]

_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(
    rf"U\.S\.(?:A\.)?|U\.K\.|[{_LATIN}][{_LATIN}0-9]*(?:['’](?![sS]\b)[{_LATIN}]+)?"
)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_UNIT = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,9}?)(?P<suf>自治州|自治县|市|县|州|区|旗|盟)")
# Stems that make a "unit" a phrase, not a name: 各地区, 灾区, 景区, 市区, 全市 ...
_HAN_NOT_NAME = re.compile(
    r"[的各等全和与在及了是为有地城灾景园社郊山辖该本此省]$|^[各全该本此]|[的了在和与及是]"
    # zones, not administrative units: 长白山保护区, 经济技术开发区, 示范区
    r"|(?:保护|开发|示范|试验|高新|风景|工业|经济|自贸|旅游|保税|园)$"
)

# Lower-case words allowed inside a multi-word place name ("Rio de Janeiro", "Bandar Seri Begawan").
_CONNECTORS = {
    "de",
    "da",
    "do",
    "del",
    "la",
    "el",
    "al",
    "of",
    "upon",
    "on",
    "am",
    "an",
    "der",
    "sur",
}
# Words before a place that make it a region or city of that name, kept in the evidence span.
_PREFIX_KIND = {
    "kabupaten": "region",
    "kab.": "region",
    "provinsi": "region",
    "prov.": "region",
    "kota": "city",
    "kecamatan": "region",
    "pulau": "region",
}
# Indonesian admin names grow by a direction word: "Pasaman Barat", "Lampung Selatan", "Aceh Besar".
_ID_DIRECTION = {
    "Barat",
    "Timur",
    "Utara",
    "Selatan",
    "Tengah",
    "Tenggara",
    "Daya",
    "Besar",
    "Laut",
}
_SUFFIX_KIND = {
    "regency": "region",
    "province": "region",
    "prefecture": "region",
    "city": "city",
    "county": "region",
    "state": "region",
}
_HAN_SUFFIX = ("特别行政区", "自治区", "自治州", "省", "市", "县", "区", "州", "镇")
# Prepositions that put an event in a place, per language; and those that only give an origin.
_EVENT_PREP = {"di", "in", "at", "near", "dekat", "inside", "across", "throughout", "around"}
_GOAL_PREP = {"ke", "to", "into", "menuju", "toward", "towards", "for"}
_ORIGIN_PREP = {"dari", "from", "asal", "of", "dan", "and"}
_HAN_EVENT = ("在", "于", "赴", "抵达", "到", "来到", "位于")
_HAN_TITLE_AFTER = re.compile(
    r"(?:国家主席|副主席|总统|副总统|总理|副总理|首相|外长|外交部长|国防部长|国王|女王|大使|"
    r"驻华大使|领导人|议长|通讯社|通社)"
)
# Capitalised words after which a place is still a place: titles and institutions named after it
# ("Gubernur Jawa Barat", "Pemkot Fuzhou", "Mayor of"), which make it a passing mention.
_TITLE_BEFORE = {
    "gubernur",
    "wagub",
    "bupati",
    "walikota",
    "wali",
    "wakil",
    "pemkot",
    "pemkab",
    "pemprov",
    "pemda",
    "polda",
    "polres",
    "polresta",
    "polrestabes",
    "kapolda",
    "kapolres",
    "kodam",
    "korem",
    "dprd",
    "kpu",
    "bawaslu",
    "kejati",
    "kejari",
    "dinas",
    "kantor",
    "universitas",
    "bandara",
    "pelabuhan",
    "stasiun",
    "timnas",
    "kedubes",
    "kedutaan",
    "konjen",
    "kbri",
    "presiden",
    "menteri",
    "governor",
    "police",
    "mayor",
    "premier",
    "president",
    "minister",
    "prime",
    "university",
    "embassy",
    "consulate",
    "bank",
    "team",
    "national",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
    "metro",
    "downtown",
    "rural",
    "coastal",
    "provincial",
    "city",
    "state",
    "republic",
    "kingdom",
    "federal",
    "ibu",
    "duta",
    "besar",
    "dubes",
    "ambassador",
    "warga",
    "rakyat",
    "pemerintah",
    "government",
    "negara",
    "kepulauan",
    "teluk",
    "selat",
    "gunung",
    "laut",
    "sungai",
    "danau",
    "mount",
    "lake",
    "river",
    "gulf",
    "strait",
    "sea",
    "bay",
}
# Titles and ranks that end an Indonesian place name ("Wali Kota Banjarmasin Ibnu Hasan" stops
# before the person only when the name is known; "Polres Bekasi Kota Kombes Pol ..." stops here).
_NAME_STOP = {
    "kombes",
    "pol",
    "akbp",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "irjen",
    "brigjen",
    "kapolres",
    "kapolsek",
    "kapolda",
    "kasat",
    "kasatreskrim",
    "h",
    "hj",
    "drs",
    "ir",
    "dr",
    "prof",
    "bupati",
    "gubernur",
    "wali",
    "camat",
    "lurah",
    "kepala",
    "ketua",
    "sekda",
    "pj",
    "plt",
    "bapak",
    "ibu",
}
_KEEP_RATIO = 0.35  # of the event place's score; measured on samples/eval (P up, R barely down)
_FUNCTION_WORDS = STOPWORDS["id"] | STOPWORDS["en"]
_MAYOR_TITLES = {"wali", "bupati", "wabup", "wawali", "camat", "lurah", "sekda", "pj", "plt"}
_PERSON_CUE = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pak",
    "bu",
    "bapak",
    "sdr",
    "saudara",
    "sir",
    "lord",
    "lady",
    "coach",
    "pelatih",
    "named",
    "bernama",
    "aktris",
    "actress",
    "actor",
    "singer",
    "penyanyi",
    "striker",
    "player",
    "pemain",
    "star",
    "bintang",
}
_PERSON_AFTER = {
    "added",
    "adds",
    "said",
    "says",
    "told",
    "mengatakan",
    "kata",
    "ujar",
    "menambahkan",
    "menjelaskan",
    "scored",
    "mencetak",
    "who",
    "yang",
}
# Words after a place that leave it a place: months and weekdays (datelines without a comma),
# title/institution words, and the place-type suffixes.
_OK_AFTER = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januari",
    "februari",
    "maret",
    "mei",
    "juni",
    "juli",
    "agustus",
    "oktober",
    "desember",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    *(_SUFFIX_KIND),
}

_DATELINE = [
    # "JAKARTA, KOMPAS.com -", "BEIJING, May 5 (Reuters) -", "Fuzhou (ANTARA) -", "WASHINGTON (AP) —"
    re.compile(r"^\s*(?P<p>[A-Z][A-Za-z.'’ -]{1,40}?)\s*[,(][^\n]{0,60}?\s[-–—]{1,2}\s"),
    # "Jakarta - Presiden ..." (detik style), "Surabaya – ..."
    re.compile(r"^\s*(?P<p>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})\s+[-–—]{1,2}\s"),
    # "SINGAPORE: A lorry …" (Channel NewsAsia): a capitalised place and a colon
    re.compile(r"^\s*(?P<p>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2}):\s"),
    # "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"
    re.compile(
        r"^\s*[\w.]+\.(?:com|co|id|net|CO|COM)[\w.]*\s*,\s*(?P<p>[A-Z][A-Za-z ]{1,30}?)\s*[-–—]"
    ),
]
_HAN_DATELINE = re.compile(
    r"(?P<p>[\u4e00-\u9fff]{2,16})(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)"
)


@dataclass
class _Mention:
    start: int
    end: int
    cands: list[Place]
    sent: int
    weight: float = 1.0
    event: bool = False  # after an event preposition
    dateline: bool = False
    context_of: int | None = None  # index of the mention this one qualifies ("Fuzhou, China")
    qualifiers: list[int] = field(default_factory=list)
    kind_hint: str | None = None
    strong: bool = False  # enough evidence for a small or alias-only place
    synthetic: str | None = None  # a name the gazetteer lacks, as written (for other mentions)
    headline: bool = False
    soft: bool = False  # an everyday word that is also a place: needs evidence
    place: Place | None = None


def _sentence_index(article: Article):
    starts = [s.start for s in article.sentences]

    def index(pos: int) -> int:
        if not starts:
            return 0
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return index


# A dateline on its own line under the byline: "Jakarta ● Thu, March 14, 2024".
_BYLINE_DATELINE = re.compile(
    r"^[ \t]*(?P<p>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})[ \t]*[●•|][ \t]*"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)",
    re.M,
)


def _dateline_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for ps, pe in paras[:3]:
        head = text[ps : min(pe, ps + 120)]
        for rx in _DATELINE:
            m = rx.match(head)
            if m:
                out.append((ps + m.start("p"), ps + m.end("p")))
                break
        else:
            b = _BYLINE_DATELINE.search(text, ps, min(pe, ps + 200))
            if b:
                out.append(b.span("p"))
    m = _HAN_DATELINE.search(text[:300])
    if m:
        out.append((m.start("p"), m.end("p")))
    return out


def _headline_end(article: Article) -> int:
    """End of the headline when the article starts with one (a short line without a full stop)."""
    paras = article.paragraphs
    if len(paras) < 2:
        return 0
    s, e = paras[0]
    line = article.text[s:e].strip()
    if not line or line[-1] in ".!?。！？;；:：\"”'" or len(line.split()) > 25 or len(line) > 160:
        return 0
    return e


def _synthetic(name: str, bases: list[Place], kind: str, lang: str) -> list[Place]:
    """A place the gazetteer lacks but the text names as one ("Kabupaten Pasaman Barat").

    One candidate per place its known part could be ("Pasaman" -> Sumatera Barat), so that the
    article's context still chooses between them.
    """
    if not bases:
        return [Place(name, "ID", None, kind, 0, False)] if lang in ("id", "ms") else []
    out = {Place(name, b.country, b.admin1, kind, b.population, b.alias) for b in bases}
    return sorted(out, key=lambda p: (p.country or "", p.admin1 or ""))


def _latin_mentions(
    text: str, gaz, index, headline_end: int = 0, lang: str = "en"
) -> list[_Mention]:
    toks = list(_TOKEN.finditer(text))
    lower_words = {t.group().lower() for t in toks if t.group()[0].islower()}
    out: list[_Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        w = t.group()
        if not w[0].isupper():
            i += 1
            continue
        hit = None
        for size in range(min(5, n - i), 0, -1):
            seq = toks[i : i + size]
            if not seq[-1].group()[0].isupper() and seq[-1].group() not in ("U.S.", "U.K."):
                continue
            ok = True
            for a, b in itertools.pairwise(seq):
                gap = text[a.end() : b.start()]
                if gap not in (" ", "-") or (
                    not b.group()[0].isupper() and b.group() not in _CONNECTORS
                ):
                    ok = False
                    break
            if not ok:
                continue
            key = key_of(" ".join(x.group() for x in seq))
            cands = list(gaz.lookup(key))
            if cands:
                hit = (size, cands)
                break
        if hit is None and w.lower() in _PREFIX_KIND and lang in ("id", "ms"):
            # "Kabupaten Pasaman Barat": an admin prefix makes the capitalised words after it a place.
            j = i + 1
            while (
                j < n
                and j - i <= 3
                and toks[j].group()[0].isupper()
                and toks[j].group().lower().rstrip(".") not in _NAME_STOP
                and text[toks[j - 1].end() : toks[j].start()] == " "
            ):
                j += 1
            if j > i + 1:
                known: list[Place] = []
                for k in range(j, i + 1, -1):
                    found = gaz.lookup(key_of(" ".join(x.group() for x in toks[i + 1 : k])))
                    # Only Indonesian places grow into Indonesian regencies ("Makale" is also
                    # in Ethiopia); a known name ends the place unless a direction word follows.
                    if found:
                        known = [b for b in found if b.country == "ID"]
                        titled = i > 0 and toks[i - 1].group().lower() in _MAYOR_TITLES
                        if k < j and toks[k].group() in _ID_DIRECTION:
                            j = k + 1  # "Pasaman Barat": the province of Pasaman
                        elif k < j and titled:
                            j = k  # "Wali Kota Banjarmasin Ibnu Hasan": the mayor's name follows
                        elif k < j:
                            known = []  # a longer name that only starts like a known one
                        break
                name = text[toks[i + 1].start() : toks[j - 1].end()]
                if (not known or all(key_of(b.place) != key_of(name) for b in known)) and not (
                    t.start() < headline_end
                ):
                    cands = _synthetic(name, known or [], _PREFIX_KIND[w.lower()], lang)
                    if cands:
                        m = _Mention(t.start(), toks[j - 1].end(), cands, index(t.start()))
                        m.strong = True
                        m.kind_hint = _PREFIX_KIND[w.lower()]
                        m.headline = t.start() < headline_end
                        m.synthetic = name
                        prev = toks[i - 1] if i > 0 else None
                        if (
                            prev
                            and text[prev.end() : t.start()] == " "
                            and prev.group().lower() in _EVENT_PREP
                        ):
                            m.event = True
                        out.append(m)
                        i = j
                        continue
        if hit is None:
            i += 1
            continue
        size, cands = hit
        start, end = toks[i].start(), toks[i + size - 1].end()
        nxt = toks[i + size] if i + size < n else None
        synthetic = False
        if (
            lang in ("id", "ms")
            and nxt
            and nxt.group() in _ID_DIRECTION
            and text[end : nxt.start()] == " "
            and any(c.country == "ID" and c.kind != "country" for c in cands)
        ):
            bases = [c for c in cands if c.country == "ID" and c.kind != "country"]
            cands = _synthetic(text[start : nxt.end()], bases, "region", lang)
            end = nxt.end()
            size += 1
            synthetic = True
        m = _Mention(start, end, cands, index(start))
        m.strong = synthetic  # "Pasaman Barat": a two-word name is evidence enough
        if size > 1 and toks[i].group().lower() in _PREFIX_KIND:
            m.strong = True  # "Kota Balikpapan" is in the gazetteer as one name
            m.kind_hint = _PREFIX_KIND[toks[i].group().lower()]
        m.synthetic = text[start:end] if synthetic else None
        m.headline = start < headline_end
        if (
            text[start:end].isupper()
            and len(text[start:end]) <= 3
            and text[start:end] not in ("AS", "US", "UK", "RI", "UAE", "RRT", "USA")
        ):
            i += size
            continue
        prev = toks[i - 1] if i > 0 else None
        prev_gap = text[prev.end() : start] if prev else ""
        nxt = toks[i + size] if i + size < n else None
        next_gap = text[end : nxt.start()] if nxt else ""
        prev_w = prev.group().lower() if prev else ""
        is_country = all(c.kind == "country" for c in cands)
        # Place-type words written around the name: "Kabupaten Bogor", "Sleman Regency".
        if prev and prev_gap == " " and prev_w in _PREFIX_KIND and prev.group()[0].isupper():
            m.start = prev.start()
            m.kind_hint = _PREFIX_KIND[prev_w]
            m.strong = True
            prev = toks[i - 2] if i > 1 else None
            prev_gap = text[prev.end() : m.start] if prev else ""
            prev_w = prev.group().lower() if prev else ""
        if (
            nxt
            and next_gap == " "
            and nxt.group().lower() in _SUFFIX_KIND
            and nxt.group()[0].isupper()
        ):
            m.end = nxt.end()
            m.kind_hint = _SUFFIX_KIND[nxt.group().lower()]
            m.strong = True
            nxt = toks[i + size + 1] if i + size + 1 < n else None
            next_gap = text[m.end : nxt.start()] if nxt else ""
        prep = prev_w if prev and prev_gap == " " else ""
        if prep in _EVENT_PREP:
            m.event = m.strong = True
        elif prep in _GOAL_PREP:
            m.strong = True
            m.weight = 0.8
        elif prep in _ORIGIN_PREP:
            m.strong = True
            m.weight = 0.4
        if prev and prev_gap.strip() in ("", ".") and prev_w.rstrip(".") in _PERSON_CUE:
            i += size
            continue
        if (
            size == 1
            and not w.isupper()
            and (
                w.lower() in SOFT_DECOY or w.lower() in _FUNCTION_WORDS or w.lower() in lower_words
            )
        ):
            m.soft = True  # "Lima orang tewas", "Kita harus", "Bukan hanya": words first
        if (
            size == 1
            and not m.strong
            and w.lower() in lower_words
            and (_sentence_start(text, start) or m.headline)
        ):
            i += size  # "Man charged with ...": a word that only looks like a town
            continue
        # Glued to another capitalised word: part of a name ("Michael Jordan", "Jordan Henderson")
        # unless that word is a title or institution ("Gubernur Bali", "Pemkot Fuzhou").
        before_name = bool(
            prev and prev_gap == " " and prev.group()[0].isupper() and not prep_word(prep)
        )
        if before_name and (
            prev_w in _TITLE_BEFORE or prev_w in lower_words or prev.group().isupper()
        ):  # a title, a plain word, or an acronym ("BPBD Kabupaten Bogor")
            m.weight = min(m.weight, 0.5)
            before_name = False
        after_name = bool(
            nxt
            and next_gap == " "
            and nxt.group()[0].isupper()
            and nxt.group().lower() not in _OK_AFTER
            and nxt.group().lower() not in _TITLE_BEFORE
        )
        if after_name and prev_w in _TITLE_BEFORE and prev_gap == " ":
            after_name = False  # "Gubernur Bali Wayan Koster"
        if m.headline:
            before_name = after_name = False  # Title Case Headlines glue every word
        if before_name or after_name:
            # A country glued to a word is an attribute ("China Daily"); anything else is a
            # person or an organisation: remembered as a name, not listed.
            m.weight = 0.3 if is_country else -1.0
        if (
            not is_country
            and nxt
            and next_gap == " "
            and nxt.group().lower() in _PERSON_AFTER
            and not m.event
            and all(c.population < 1_000_000 for c in cands)
        ):
            m.weight = min(m.weight, 0.2)
        if prev_gap == "-" or next_gap == "-":
            m.weight = min(m.weight, 0.2)  # "ASEAN-China", "Sino-US"
        out.append(m)
        i += size
    return out


def prep_word(w: str) -> bool:
    return w in _EVENT_PREP or w in _GOAL_PREP or w in _ORIGIN_PREP


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


def _han_mentions(text: str, gaz, index) -> list[_Mention]:
    out: list[_Mention] = []
    for run in _HAN_RUN.finditer(text):
        s, e = run.span()
        i = s
        while i < e - 1:
            hit = None
            for size in range(min(8, e - i), 1, -1):
                cands = list(gaz.lookup(text[i : i + size]))
                if cands:
                    hit = (size, cands)
                    break
            if hit is None:
                i += 1
                continue
            size, cands = hit
            start, end = i, i + size
            if size <= 3 and _in_word(text, start, end, gaz.han_block):
                i += 1
                continue
            m = _Mention(start, end, cands, index(start))
            for suffix in _HAN_SUFFIX:
                if text.startswith(suffix, end) and not text[start:end].endswith(suffix):
                    m.end = end + len(suffix)
                    m.strong = True
                    m.kind_hint = "city" if suffix == "市" else "region"
                    break
            if any(text.endswith(p, 0, start) for p in _HAN_EVENT):
                m.event = True
                m.strong = True
            if _HAN_TITLE_AFTER.match(text, m.end):
                m.weight = min(m.weight, 0.3)  # "越南国家主席阮文强": whose official, not the scene
            out.append(m)
            i = m.end
            head = best(cands, "zh")
            # "青海省海西蒙古族藏族自治州德令哈市": units after a known Chinese province or city are
            # places too, even when the gazetteer lacks them (counties, small cities, prefectures).
            while head is not None and head.country in ("CN", "TW", "HK", "MO") and i < e - 2:
                if any(gaz.lookup(text[i : i + k]) for k in range(2, min(8, e - i) + 1)):
                    break
                u = _HAN_UNIT.match(text, i, e)
                if u is None or _HAN_NOT_NAME.search(u.group("stem")):
                    break
                kind = "city" if u.group("suf") == "市" else "region"
                admin1 = head.admin1
                place = Place(u.group(), head.country, admin1, kind, 0, False)
                um = _Mention(u.start(), u.end(), [place], index(u.start()))
                um.strong, um.event, um.kind_hint = True, m.event, kind
                um.synthetic = u.group()
                out.append(um)
                i = u.end()
    return out


def _in_word(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether text[start:end] lies inside a longer dictionary word (大同 in 大同小异)."""
    for n in (3, 4):
        for a in range(max(0, end - n), start + 1):
            if a + n >= end and text[a : a + n] in words:
                return True
    return False


def _rescan_synthetic(text: str, ms: list[_Mention], index) -> list[_Mention]:
    """Other mentions of places the gazetteer lacks but the article named with a prefix or a
    province ("Kabupaten Ogan Komering Ilir" ... "di Ogan Komering Ilir"; "德令哈市" ... "德令哈")."""
    forms: dict[str, _Mention] = {}
    for m in ms:
        if not m.synthetic:
            continue
        forms.setdefault(m.synthetic, m)
        if _HAN.match(m.synthetic) and m.synthetic[-1] in "市县" and len(m.synthetic) >= 3:
            forms.setdefault(m.synthetic[:-1], m)
    out = list(ms)
    for form, src in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        han = bool(_HAN.match(form))
        pattern = re.escape(form) if han else rf"(?<![\w-]){re.escape(form)}(?![\w-])"
        for hit in re.finditer(pattern, text, 0 if han else re.IGNORECASE):
            s, e = hit.span()
            if hit.group() != form and not hit.group().isupper():
                continue  # "PENAJAM PASER UTARA" in a dateline, not "penajam paser utara"
            inside = [m for m in out if s <= m.start and m.end <= e]
            if any(m.start < e and s < m.end for m in out if m not in inside):
                continue
            if any((m.start, m.end) == (s, e) for m in inside):
                continue
            # A longer name the gazetteer lacks wins over the known names inside it
            # ("Penajam Paser Utara" over "Penajam").
            out = [m for m in out if m not in inside]
            if han and text.startswith(("市", "县"), e) and not form.endswith(("市", "县")):
                e += 1
            m = _Mention(s, e, list(src.cands), index(s))
            m.strong, m.kind_hint, m.synthetic = True, src.kind_hint, src.synthetic
            m.dateline = any(x.dateline for x in inside)
            if han:
                m.event = any(text.endswith(p, 0, s) for p in _HAN_EVENT)
            else:
                before = text[max(0, s - 12) : s].split()
                m.event = bool(before) and before[-1].lower() in _EVENT_PREP
            out.append(m)
    return out


def _adopt_province(outer: _Mention, inner: _Mention) -> None:
    """A place the gazetteer lacks takes its province from the text ("X, Kalimantan Timur")."""
    if not inner.synthetic:
        return
    regions = [o for o in outer.cands if o.kind == "region" and o.admin1 == o.place]
    if not regions:
        return
    r = regions[0]
    inner.cands = [
        Place(c.place, c.country, r.admin1, c.kind, c.population, c.alias)
        if c.admin1 is None and c.country == r.country
        else c
        for c in inner.cands
    ]


def _link_qualifiers(text: str, ms: list[_Mention]) -> None:
    """ "Fuzhou, China", "Fuzhou (Fujian)", "福建省福州市": the country/province qualifies the city."""
    for a, b in itertools.pairwise(ms):
        gap = text[a.end : b.start]
        if gap in (" in ", " di "):
            _adopt_province(b, a)
        if gap in (" in ", " di ") and _contains_any(b.cands, a.cands):
            # "struck Mamuju in West Sulawesi": the province locates the city
            b.context_of = ms.index(a)
            a.qualifiers.append(ms.index(b))
            a.strong = True
            a.event = a.event or b.event
            b.event = False
            continue
        if gap in (", ", ",", " (", "(", "、") or gap == "":
            a_big = {c.kind for c in a.cands} & {"country", "region"}
            b_big = {c.kind for c in b.cands} & {"country", "region"}
            if gap == "" and a_big:  # Han: province or country first, then the city
                outer, inner = a, b
            elif gap != "" and b_big and gap != "、":
                outer, inner = b, a
            else:
                continue
            _adopt_province(outer, inner)
            if _contains_any(outer.cands, inner.cands):
                outer.context_of = ms.index(inner)
                inner.qualifiers.append(ms.index(outer))
                inner.strong = True


_LIST_GAP = re.compile(r",\s*|\s*、\s*|,?\s+(?:dan|and|serta|atau|or)\s+|和|及|与|以及")
# "抵达老挝首都万象", "ke ibu kota Laos, Vientiane": the capital shares the country's event role
_CAPITAL_GAP = re.compile(r"(?:的)?(?:首都|首府|省会)|'s capital,?\s*|’s capital,?\s*")
# "…等地" closes the list; its last item may be a place the gazetteer lacks ("、兴安盟等地").
_HAN_LIST_END = re.compile(r"(?:、[\u4e00-\u9fff]{2,8}?)?等(?:地|市|县|省|区|城市)")


def _share_event_in_lists(text: str, ms: list[_Mention]) -> None:
    """ "di Bekasi, Karawang, dan Purwakarta", "在南京、无锡、常州等地": every place in a list after an
    event preposition is an event place, and so is every place in a Chinese list closed by 等地."""
    for k, (a, b) in enumerate(itertools.pairwise(ms)):
        if (
            a.event
            and b.context_of is None
            and (k + 1) not in a.qualifiers
            and a.sent == b.sent
            and (
                _LIST_GAP.fullmatch(text[a.end : b.start])
                or _CAPITAL_GAP.fullmatch(text[a.end : b.start])
            )
        ):
            b.event = b.strong = True
    for i, m in enumerate(ms):
        if not _HAN_LIST_END.match(text, m.end):
            continue
        k = i
        while k >= 0:
            ms[k].event = ms[k].strong = True
            if k == 0 or not _LIST_GAP.fullmatch(text[ms[k - 1].end : ms[k].start]):
                break
            k -= 1


def _contains(outer: Place, inner: Place) -> bool:
    if outer.ident == inner.ident or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    return (
        outer.kind == "region"
        and outer.admin1 == outer.place
        and inner.admin1 == outer.admin1
        and inner.place != inner.admin1
    )


def _contains_any(outer: list[Place], inner: list[Place]) -> bool:
    return any(_contains(o, i) for o in outer for i in inner)


def find_where(article: Article, *, keep_all: bool = False) -> list[Where]:
    """Places in `article`, event location first, each place once.

    Passing mentions far below the event place (a person's origin, a comparison) are left out
    unless `keep_all`, which lists every place found, ranked.
    """
    article = ensure_segmented(article)
    text = article.text
    gaz = gazetteer()
    index = _sentence_index(article)
    paras = article.paragraphs or [(0, len(text))]
    head = _headline_end(article)
    ms = _latin_mentions(text, gaz, index, head, article.lang) + _han_mentions(text, gaz, index)
    ms = _rescan_synthetic(text, ms, index)
    for m in ms:
        m.headline = m.start < head
    ms.sort(key=lambda m: m.start)
    if not ms:
        return []
    for ds, de in _dateline_spans(text, paras):
        for m in ms:
            if m.start >= ds and m.end <= de + 12 and m.start < de:
                m.dateline = m.strong = True
                m.kind_hint = m.kind_hint or "city"  # datelines name cities: WASHINGTON is D.C.
                break
    _link_qualifiers(text, ms)
    _share_event_in_lists(text, ms)
    # Every mention of a place the gazetteer lacks gets the province one of them was given.
    adopted: dict[str, list[Place]] = {}
    for m in ms:
        if m.synthetic and any(c.admin1 for c in m.cands):
            adopted.setdefault(key_of(m.synthetic), m.cands)
    for m in ms:
        if m.synthetic and key_of(m.synthetic) in adopted:
            m.cands = list(adopted[key_of(m.synthetic)])

    # Tokens used as names elsewhere ("Michael Jordan") are names everywhere in this article.
    name_tokens = {key_of(text[m.start : m.end]) for m in ms if m.weight < 0}

    lang = article.lang
    # Context from unambiguous mentions: countries and provinces the article talks about.
    countries: set[str] = set()
    admin1s: set[str] = set()
    # Countries of the cities named: weaker evidence, and never a mention's own (an ambiguous
    # "Perth" must not vote for Australia just because Perth, Australia is the bigger one).
    near_keys: dict[str, set[str]] = {}
    for m in ms:
        if m.weight < 0:
            continue
        p = best(m.cands, lang) if len(m.cands) > 1 else m.cands[0]
        if p is None or (len(m.cands) > 1 and p.kind not in ("city", "country")):
            continue
        if len(m.cands) > 1 and p.kind == "country" and p.country:
            # a name shared by a country and towns ("Panama", "Georgia") votes, weakly, for the
            # other places named ("PANAMA CITY"), never for its own reading
            near_keys.setdefault(p.country, set()).add(key_of(text[m.start : m.end]))
            continue
        if p.kind == "country" and p.country:
            countries.add(p.country)
        elif p.kind == "region" and p.admin1 and p.admin1 == p.place:
            admin1s.add(p.admin1)
            if p.country:
                countries.add(p.country)
        elif p.country and not p.alias and p.kind == "city":
            near_keys.setdefault(p.country, set()).add(key_of(text[m.start : m.end]))

    for m in ms:
        if (
            (m.soft and not m.strong)
            or m.weight < 0
            or (
                key_of(text[m.start : m.end]) in name_tokens
                and m.weight < 1.5
                and not (m.event or m.dateline or m.qualifiers)
            )
        ):
            m.place = None
            continue
        cands = m.cands
        if m.kind_hint in ("region", "city"):
            same = [c for c in cands if c.kind == m.kind_hint]
            cands = same or cands
        if m.qualifiers:
            quals = [q for qi in m.qualifiers for q in ms[qi].cands]
            narrowed = [c for c in cands if any(_contains(q, c) for q in quals)]
            cands = narrowed or cands
        if m.context_of is not None:
            inner = ms[m.context_of].cands
            narrowed = [c for c in cands if any(_contains(c, i) for i in inner)]
            cands = narrowed or cands
        own = key_of(text[m.start : m.end])
        if len(cands) > 1 and own.endswith(" city"):
            # "Panama City", "Kuwait City": the capital of the country it is named after
            named = {p.country for p in gaz.lookup(own[: -len(" city")]) if p.kind == "country"}
            cands = [c for c in cands if c.country in named] or cands
        near = {c for c, keys in near_keys.items() if keys - {own}}
        m.place = best(cands, lang, countries, admin1s, near)

    # Qualifiers follow the choice made for the city they qualify.
    for m in ms:
        if m.place is None:
            continue
        weak = (m.place.population < 100_000 and m.place.kind != "country") or m.place.alias
        if (
            weak
            and not m.strong
            and not (m.place.kind == "region" and m.place.population > 0 and not m.place.alias)
        ):
            m.place = None

    return _rank(article, ms, keep_all)


def _rank(article: Article, ms: list[_Mention], keep_all: bool = False) -> list[Where]:
    ms_all = ms
    text = article.text
    n_sent = max(1, len(article.sentences))
    head = _headline_end(article)
    first = next((i for i, s in enumerate(article.sentences) if s.start >= head), 0)
    groups: dict[tuple, list[_Mention]] = {}
    for m in ms:
        if m.place is None:
            continue
        groups.setdefault(m.place.ident, []).append(m)
    scores: dict[tuple, float] = {}
    strong_key: dict[tuple, bool] = {}
    for ident, group in groups.items():
        vals = []
        for m in group:
            v = max(m.weight, 0.0)
            lead = m.sent <= first + 1
            if m.context_of is not None:
                v *= 0.3
            if m.event:
                # The lead sentence states where it happened; later ones add colour.
                v += 3.5 if m.sent <= first else 1.2 if m.sent == first + 1 else 0.8
                if m.place is not None and m.place.kind == "country":
                    v -= 1.5  # "demand in China": a country is the scope more often than the scene
            if lead:
                v += 1.0
            v += 0.5 * (1 - m.sent / n_sent)
            if m.dateline:
                v += 2.5
            if m.headline:
                v += 1.5
            if (
                lead
                and not m.dateline
                and any(
                    ms_all[q].place is not None and ms_all[q].place.kind == "region"
                    for q in m.qualifiers
                )
            ):
                v += 2.0  # "Kabupaten Pasaman Barat, Sumatera Barat", "湖南省怀化市": a precise address
            vals.append(v)
        vals.sort(reverse=True)
        scores[ident] = vals[0] + 0.8 * math.log1p(sum(vals[1:]))
        strong_key[ident] = any(
            m.dateline or m.qualifiers or (m.event and m.context_of is None) for m in group
        )
    # A country or province that contains a place named as the event location goes after it.
    places = {ident: groups[ident][0].place for ident in groups}
    for outer_id, outer in places.items():
        for inner_id, inner in places.items():
            if (
                _contains(outer, inner)
                and strong_key[inner_id]
                and not any(m.dateline for m in groups[outer_id])
            ):
                scores[outer_id] = min(scores[outer_id], scores[inner_id] - 0.01)
    order = sorted(groups, key=lambda k: (-scores[k], groups[k][0].start))
    # Places far below the event place are passing mentions (a person's origin, a comparison):
    # dropped, except the province and country that contain the event place.
    if order and not keep_all:
        top = places[order[0]]
        floor = _KEEP_RATIO * scores[order[0]]
        order = [
            k for k in order if scores[k] >= floor or k == order[0] or _contains(places[k], top)
        ]
    out: list[Where] = []
    for ident in order:
        group = groups[ident]
        m = max(group, key=lambda m: (m.dateline, m.event and m.context_of is None, -m.start))
        p = m.place
        kind = p.kind if p.kind in ("city", "region", "country") else "place"
        if m.kind_hint == "region" and kind == "city":
            kind = "region"  # "Kabupaten Malang", "大理州": the area named after the city
        out.append(
            Where(
                text=text[m.start : m.end],
                place=p.place,
                country=p.country,
                admin1=p.admin1,
                kind=kind,
                span=(m.start, m.end),
            )
        )
    return out


def where_for_span(article: Article, start: int, end: int) -> Where | None:
    """A `Where` for a place span found by another tagger (an NER model's LOC), normalised with the
    gazetteer and the article's other places as context; None when the name is not a place."""
    text = article.text[start:end]
    while text and not text[-1].isalnum():
        text, end = text[:-1], end - 1
    if not text.strip():
        return None
    others = find_where(article, keep_all=True)
    context = [w.country for w in others if w.kind == "country" and w.country]
    context += [w.admin1 for w in others if w.admin1 and w.kind == "region"]
    p = resolve_place(text, article.lang, context)
    if p is None:
        return None
    kind = p.kind if p.kind in ("city", "region", "country") else "place"
    return Where(
        text=text, place=p.place, country=p.country, admin1=p.admin1, kind=kind, span=(start, end)
    )
