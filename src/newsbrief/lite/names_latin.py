"""People and organisations in Indonesian and English text, by rules over capitalised word runs.

A run of capitalised words ("Menteri Luar Negeri Retno Marsudi", "Asosiasi Diplomasi Publik
China") is split into title, organisation and name parts with the word lists in `names_lexicon`;
a bare capitalised name needs evidence to count as a person: a title before it, a role after it
in apposition, an honorific, or a speech verb ("kata X", "X said").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..types import Span
from . import names_lexicon as L
from .names_common import STRONG, SUBJECT, WEAK, NameMention, SpanSet
from .names_places import is_country, is_demonym, is_place, is_region

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?")
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9&-]{2,8}$|^[A-Z][a-z]?[A-Z]{2,}[a-z]?$")
_ALIAS = re.compile(r"\s*\(\s*([^()\n]{1,40}?)\s*\)")
# "… Institute of Volcanology and Seismology (Phivolcs)": an acronym defined in brackets. The
# name before it is read backwards from the bracket, a bounded number of words, so a long run of
# capitalised words costs its length once (a regex over the run would retry from every word).
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,11})\)")
_DEFINED_WORD = re.compile(r"([A-Z][\w'’-]+|of|for|and|the|dan|&),?\s*$")
_DEFINED_MAX_WORDS = 12
_VERB_PREFIX = re.compile(r"^(?:me[mnl]?|meng|meny|ber|ter|di)[a-z]{3,}$")
_STOP_ROLE = L._words(
    "yang|secara|juga|pun|telah|sudah|akan|sedang|masih|tengah|turut|ikut|kembali|lantas|"
    "adalah|ialah|merupakan|bahwa|saat|ketika|usai|seusai|setelah|who|which|that|said|says|"
    "told|is|was|were|are|has|had|have|will|would|also|when|while|after|before|"
    "itu|ini|tersebut|mengatakan|menyatakan|menjelaskan|tadi|kemarin|hari|pada"
)
_COORD = L._words("dan|and|serta|&")
# An age right after a name marks a person: "John Miller, 45, of Naperville", "Budi (45)".
_AGE = re.compile(r",\s*\d{1,3}(?:,|\.(?!\d))|\s*\(\d{1,3}\)")
_VENUE = L._words("convention|exhibition|shopping|city|trade|sports|community|conference|expo")
_FIRST_NAME_PLACES = L._words("jordan|georgia|chad|israel|florence|victoria|paris|austin|dallas")
_ID_ONLY = L._words(
    "dan|tim|ada|mas|bu|pak|om|se|bek|raja|ratu|agung|jaya|imam|karo|kasi|kanit|kaur|wali|"
    "untuk|urusan|bidang|ibu|anak|putra|putri|hakim|kota|desa|umum|utama|besar|muda|tinggi"
)
# Collective nouns that describe where someone lives or what happened to them, not a title; a
# lone capitalised word after them ("warga Tebet") is a place.
_COLLECTIVE = L._words("warga|penduduk|masyarakat|korban|resident|residents|people|villagers")
# Titles tied to a place, so a place name right after them is part of the title.
_GEO_HEADS = L._words(
    "gubernur|wagub|bupati|wabup|wali|walikota|wawali|camat|lurah|kades|sekda|kapolda|wakapolda|"
    "kapolres|kapolresta|kapolrestabes|kapolsek|pangdam|danrem|dandim|kajati|kajari|kejati|kejari|"
    "kadis|kepala"
)
_PLACE_TYPE = L._words(
    "desa|kampung|nagari|dusun|gampong|jorong|kelurahan|kecamatan|kota|kabupaten|provinsi|jalan|"
    "jl|gedung|pulau|kepulauan|sungai|gunung|danau|pantai|teluk|selat|stasiun|bandara|pelabuhan|"
    "pasar|stadion|lapangan|kawasan|kompleks|perumahan|street|road|avenue|river|lake|mount|"
    "island|city|town|village|county|province|state|capital"
)
# Police and military ranks: written between an office ("Kapolres Batu") and the name.
_RANKS = L._words(
    "irjen|brigjen|kombes|akbp|akp|iptu|ipda|aiptu|aipda|bripka|brigpol|briptu|bripda|komjen|"
    "letjen|mayjen|laksda|laksdya|marsda|marsdya|kolonel|letkol|kapten|lettu|letda"
)
_PAIR = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")
_CALLED = re.compile(r"\b(?:called|dubbed|branded|codenamed|bertajuk|dinamai|dijuluki)\s+$")
_HEAD_VERB_NEXT = L._words("to|for|into|back|home|toward|towards|off|out|down|up|north|south")
# A hospital after "ke/di/to/at/in" is where someone was taken, not an actor.
_HOSPITAL = re.compile(
    r"^(?:RS[A-Z]{0,3}|Rumah Sakit|Puskesmas|Klinik)\b|\b(?:Hospital|Clinic|Infirmary)$"
)
_HOSPITAL_BEFORE = re.compile(
    r"\b(?:ke|di|dari|to|at|in|from)\s+(?:the\s+)?(?P<rs>(?:RS[A-Z]{0,3}|Rumah Sakit)\s+)?$"
)
_PREPOSITIONS = L._words("in|at|on|near|from|into|di|ke|pada|dekat|menuju")
_AGENCIES = frozenset(
    {
        "Reuters",
        "AFP",
        "AP",
        "ANTARA",
        "Antara",
        "Xinhua",
        "Bernama",
        "Kyodo",
        "Yonhap",
        "Bloomberg",
        "dpa",
        "EFE",
        "ANSA",
        "TASS",
        "IANS",
        "PTI",
    }
)
# The rest of an organisation name written as a list: ", Klimatologi, dan Geofisika".
_ORG_LIST = re.compile(r"(?:,\s+[A-Z][\w'’-]+)+,?\s+(?:dan|and|&)\s+[A-Z][\w'’-]+")
_EN_VERBS = L._words(
    "won|beat|led|met|took|made|gave|became|hit|set|ran|came|went|left|saw|got|lost|is|was|"
    "has|had|will|would|could|can|may|might|must|should|says|said|told|wants|plans|hopes|faces|"
    "leads|wins|takes|makes|gives|becomes|holds|held|denies|denied"
)
_PLACE_INTRO = L._words("kota|kabupaten|kab|provinsi|kecamatan|desa|kelurahan|of|city|dki|di")
_POLITE = L._words("mr|mrs|ms|miss|mx|tuan|nyonya|pak|bu|bapak|ibu|sir|dame|lord|lady")


def _defined_name(text: str, end: int) -> list[str]:
    """Lower-cased words of the capitalised name that ends at `end` (before "(ACRONYM)")."""
    words: list[str] = []
    pos = end
    while len(words) < _DEFINED_MAX_WORDS:
        m = _DEFINED_WORD.search(text, max(0, pos - 40), pos)
        if not m or (m.start() > 0 and text[m.start() - 1] not in " \t\n\u00a0"):
            break
        words.append(m.group(1).lower())
        pos = m.start()
    while (words and not words[-1][0].isalpha()) or (words and words[-1] in _DEFINED_LINKS):
        words.pop()  # the name starts with a capitalised word, not a connector
    return words[::-1]


_DEFINED_LINKS = frozenset({"of", "for", "and", "the", "dan", "&"})


# No name or title is longer than this many words; a longer capitalised run (a shouted headline,
# a list of names) is cut, so that the rules over one run stay bounded.
_MAX_RUN = 16


@dataclass
class Tok:
    text: str
    start: int
    end: int
    low: str
    cap: bool
    acro: bool
    first: bool  # starts a sentence, line, quote or bracket


def tokenize(text: str, sentence_starts: set[int]) -> list[Tok]:
    toks: list[Tok] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        word = m.group()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            e -= 2  # possessive "Biden's": the name is "Biden"
            word = word[:-2]
        gap = text[prev_end:s]
        first = (
            not toks
            or s in sentence_starts
            or "\n" in gap
            or bool(re.search(r"[.!?:;\"“”‘(\[]\s*$", gap) and not re.fullmatch(r"\.\s", gap))
            or (gap.strip() == "." and len(toks[-1].text) > 1 and toks[-1].low not in L.HONORIFICS)
        )
        toks.append(
            Tok(word, s, e, word.lower(), word[0].isupper(), bool(_ACRONYM.match(word)), first)
        )
        prev_end = e
    return toks


class LatinNames:
    """Finds mentions in one article; build once per article."""

    def __init__(
        self, text: str, lang: str, sentence_starts: set[int], skip: list[Span] | None = None
    ) -> None:
        self.text = text
        self.lang = lang
        self.toks = tokenize(text, sentence_starts)
        self.index = {t.start: k for k, t in enumerate(self.toks)}
        self.skip = SpanSet(skip)
        self.lower_vocab = {t.low for t in self.toks if not t.cap}
        self._surnames: set[str] | None = None
        self.titles = SpanSet(self._quoted_titles())
        self.local_orgs = self._defined_acronyms()
        # Indonesian function words are English first names ("Dan Ives", "Tim Cook")
        self.org_connectors = L.ORG_CONNECTORS - _ID_ONLY if lang == "en" else L.ORG_CONNECTORS

    # --- word classes -------------------------------------------------------------------------

    def gap(self, i: int) -> str:
        """Text between token i and token i+1."""
        if i + 1 >= len(self.toks):
            return self.text[self.toks[i].end :]
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def _name_word(self, t: Tok) -> bool:
        """A common word that also ends Indonesian names ("Puji Utama", "Wira Jaya")."""
        lw = t.low
        return (
            t.cap
            and not t.acro
            and lw in L.ROLE_TAIL
            and lw not in L.ORG_HEADS
            and lw not in L.NOT_NAME
            and lw not in L.ORG_CONNECTORS
            and lw not in L.ROLE_HEADS
            and len(lw) > 3
            and not is_place(t.text, cities=False)
        )

    def is_tail(self, lw: str) -> bool:
        """A word that can continue a title ("Luar Negeri", "of State")."""
        return lw in L.ROLE_TAIL and not (self.lang == "en" and lw in _ID_ONLY)

    def is_known_org(self, t: Tok) -> bool:
        return (
            t.text in L.ORG_ACRONYMS
            or t.text in self.local_orgs
            or (t.cap and t.low in L.ORG_NAMES)
            or (t.acro and t.text.upper() in L.ORG_ACRONYMS)
        )

    def _defined_acronyms(self) -> set[str]:
        """Short names this article defines for an organisation: "... Seismology (Phivolcs)"."""
        out: set[str] = set()
        for m in _DEFINED_ACRONYM.finditer(self.text):
            words = _defined_name(self.text, m.start())
            if len(words) >= 2 and any(w in L.ORG_HEADS for w in words):
                out.add(m.group(1))
        return out

    def is_org_head(self, t: Tok, pos: int) -> bool:
        if t.low not in L.ORG_HEADS:
            return False
        if t.low in ("center", "centre") and pos > 0:
            k = self.index.get(t.start, 0)
            if k and self.toks[k - 1].low in _VENUE:
                return False  # "Convention Center", "City Centre": a venue, a place
        if t.low in L.ORG_HEADS_FIRST_ONLY:
            return pos == 0 and self.lang != "en"
        return True

    def is_common(self, t: Tok) -> bool:
        """A capitalised word that is not a name (sentence starter, day, month, common noun)."""
        if self.lang == "en" and t.low in _ID_ONLY:
            return t.first and t.low in self.lower_vocab
        if t.low in L.NOT_NAME or t.low in L.MONTHS_DAYS:
            return True
        return t.first and t.low in self.lower_vocab

    def name_like(self, t: Tok, *, cities: bool = False) -> bool:
        if not t.cap or t.acro or len(t.text) < 2:
            return False
        lw = t.low
        if self.lang == "en" and lw in _ID_ONLY:
            return not t.first or lw not in self.lower_vocab
        if (
            lw in L.ROLE_HEADS
            or lw in L.ROLE_TAIL
            or lw in L.HONORIFICS
            or lw in L.ORG_HEADS
            or lw in L.NOT_NAME
            or lw in L.MONTHS_DAYS
            or lw in L.ORG_CONNECTORS
            or lw in L.SPEECH_BEFORE
            or lw in L.DEGREES
        ):
            return False
        if self.is_known_org(t) or is_demonym(lw):
            return False
        if t.first and lw in self.lower_vocab:
            return False
        if any(ch.isdigit() for ch in t.text):
            return False
        if self.lang == "en" and lw in _FIRST_NAME_PLACES and self._next_is_name(t):
            return True  # "Jordan Smith", "Georgia Clarke"
        return not (is_country(t.text) or (cities and is_place(t.text)))

    def _next_is_name(self, t: Tok) -> bool:
        k = self.index.get(t.start, -1)
        if k < 0 or k + 1 >= len(self.toks) or not re.fullmatch(r"[ \u00a0]", self.gap(k)):
            return False
        nxt = self.toks[k + 1]
        return nxt.cap and not nxt.acro and nxt.low not in L.NOT_NAME and not is_place(nxt.text)

    def in_skip(self, pos: int) -> bool:
        return pos in self.skip

    def _quoted_titles(self) -> list[Span]:
        """Quoted runs of mostly capitalised words are titles of events or works, not names."""
        out: list[Span] = []
        for m in re.finditer(r"[\"“]([^\"“”\n]{3,160})[\"”]", self.text):
            words = _TOKEN.findall(m.group(1))
            if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
                out.append((m.start(1), m.end(1)))
        return out

    def in_title(self, pos: int) -> bool:
        return pos in self.titles

    # --- runs of capitalised words --------------------------------------------------------------

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs [i, j) of capitalised tokens, joined by connectors and initials."""
        out: list[tuple[int, int]] = []
        toks = self.toks
        i = 0
        n = len(toks)
        while i < n:
            if not toks[i].cap or self.in_skip(toks[i].start):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < _MAX_RUN:
                g = self.gap(j - 1)
                prev = toks[j - 1]
                dot_ok = (len(prev.text) == 1 or prev.low in L.HONORIFICS) and re.fullmatch(
                    r"\.\s?", g
                )
                if not (re.fullmatch(r"[ \u00a0]", g) or dot_ok) or (toks[j].first and not dot_ok):
                    break
                t = toks[j]
                if t.cap:
                    j += 1
                    continue
                joins = t.low in L.NAME_CONNECTORS or t.low in L.ORG_CONNECTORS
                if (
                    joins
                    and j + 1 < n
                    and toks[j + 1].cap
                    and re.fullmatch(r"[ \u00a0]", self.gap(j))
                ):
                    j += 2
                    continue
                if (
                    joins
                    and j + 2 < n
                    and toks[j + 1].low in ("the", "de", "la", "al")
                    and toks[j + 2].cap
                    and re.fullmatch(r"[ \u00a0]", self.gap(j))
                    and re.fullmatch(r"[ \u00a0]", self.gap(j + 1))
                ):
                    j += 3  # "University of the Fraser Valley"
                    continue
                break
            out.append((i, j))
            i = j
        return out

    # --- roles ------------------------------------------------------------------------------------

    def _strip_role(self, a: int, b: int) -> tuple[int, int] | None:
        """Trim [a, b) of trailing honorifics and connectors; None when nothing is left."""
        toks = self.toks
        while b > a and (
            toks[b - 1].low in L.ORG_CONNECTORS
            or toks[b - 1].low in _POLITE
            or toks[b - 1].low in {"dari", "di", "untuk", "of", "the", "a", "an"}
        ):
            b -= 1
        keep_b = b
        while b > a and (
            toks[b - 1].low in L.HONORIFICS
            or (
                toks[b - 1].low in ("tni", "polri")
                and b - 2 >= a
                and toks[b - 2].low in L.HONORIFICS
            )
        ):
            b -= 1  # "Kepala BNPB Letjen TNI": the rank is not part of the title
        if b == a:
            b = keep_b  # the title is all there is ("Dr.", "Jenderal")
            if b > a and toks[a].low in _POLITE:
                return None
        return (a, b) if b > a else None

    def _extend_role_left(self, r: int, limit: int) -> int:
        """English-style modifiers before a title: "Chinese Foreign Minister", "Apple CEO"."""
        toks = self.toks
        k = r
        while k - 1 >= limit and re.fullmatch(r"[ \u00a0]|\.\s?", self.gap(k - 1)):
            t = toks[k - 1]
            if t.low in L.ROLE_HEADS and t.cap:
                k -= 1
                continue
            if t.cap and t.low in L.ORG_HEADS and self.lang == "en":
                # "John F. Kennedy School researcher": the whole organisation name qualifies it
                k -= 1
                while k - 1 >= limit and re.fullmatch(r"[ \u00a0]|\.\s?", self.gap(k - 1)):
                    if not (toks[k - 1].cap or toks[k - 1].low in self.org_connectors):
                        break
                    k -= 1
                break
            if t.cap and (
                self.is_tail(t.low)
                or is_demonym(t.low)
                or t.acro
                or self.is_known_org(t)
                or is_region(t.text)
                or (len(t.text) == 1 and self.lang == "en")
            ):
                if (
                    t.first
                    and t.low in L.NOT_NAME
                    and not is_demonym(t.low)
                    and not self.is_tail(t.low)
                ):
                    break
                k -= 1
                continue
            break
        return k

    def left_role(self, i: int) -> tuple[int, int] | None:
        """Title before token i: "Menteri Keuangan Sri Mulyani", "Duta Besar ..., Djauhari"."""
        toks = self.toks
        if i == 0:
            return None
        h = i
        while (
            h - 1 >= 0
            and toks[h - 1].low in L.HONORIFICS
            and toks[h - 1].cap
            and re.fullmatch(r"\.?\s", self.gap(h - 1))
        ):
            h -= 1
        if h < i:
            # "Kepala Dinas ..., H. Muhammad Ali": the title stands before the honorific
            outer = self._left_role_at(h) if h > 0 else None
            return outer or self._strip_role(h, i)
        return self._left_role_at(i)

    def _left_role_at(self, i: int) -> tuple[int, int] | None:
        toks = self.toks
        g = self.gap(i - 1)
        comma = g.strip() == ","
        dot_ok = len(toks[i - 1].text) == 1 or toks[i - 1].low in L.HONORIFICS
        if not (
            re.fullmatch(r"\s", g)
            or (dot_ok and re.fullmatch(r"\.\s?", g))
            or (comma and "\n" not in g)
        ):
            return None
        if toks[i - 1].low in _PLACE_TYPE and not comma:
            return None  # "warga Desa Sukamaju", "ibu kota Pasaman": a place, not a person
        head: int | None = None
        k = i - 1
        steps = 0
        lower_unknown = 0
        while k >= 0 and steps < 14:
            t = toks[k]
            lw = t.low
            if lw in _PREPOSITIONS and head is None:
                break
            if lw == "ibu" and k + 1 < len(toks) and toks[k + 1].low == "kota":
                break  # "ibu kota": capital city
            if (
                lw == "head"
                and k + 1 < len(toks)
                and toks[k + 1].low in _HEAD_VERB_NEXT
                and not t.cap
            ):
                break  # "players head to Melbourne for the Australian Open": a verb, not a title
            if lw in L.ROLE_HEADS or lw in L.HONORIFICS:
                head = k
            elif self.is_tail(lw) or t.acro or self.is_known_org(t) or is_demonym(lw):
                pass
            elif (
                t.cap
                and head is None
                and not (t.first and lw in L.NOT_NAME)
                and not (k + 1 < i and toks[k + 1].low in _COORD and self.name_like(t))
            ):
                pass  # part of a capitalised role complement ("Republik Indonesia", "Mongolia")
            elif (
                not t.cap
                and head is None
                and lower_unknown < 3
                and lw not in _STOP_ROLE
                and lw not in L.SPEECH_BEFORE
                and lw not in _PREPOSITIONS
                and not _VERB_PREFIX.match(lw)
            ):
                lower_unknown += 1
            else:
                break
            if head is not None and head == k and t.first:
                break
            if k == 0:
                break
            g = self.gap(k - 1)
            if not re.fullmatch(r"[ \u00a0]|\.\s?|\s?\(|\)\s?", g):
                break  # "(BPBD)" inside a title is part of it
            if head is not None and not (
                toks[k - 1].low in L.ROLE_HEADS
                or toks[k - 1].low in L.HONORIFICS
                or self.is_tail(toks[k - 1].low)
                or is_demonym(toks[k - 1].low)
                or toks[k - 1].acro
            ):
                break
            k -= 1
            steps += 1
        if head is None:
            return None
        end = i - 1
        if comma:
            pass  # role ends before the comma
        head = self._extend_role_left(head, max(0, head - 6)) if self.lang == "en" else head
        return self._strip_role(head, end + 1)

    def right_role(self, j: int) -> tuple[int, int] | None:
        """Role after the name ending at token j-1: "Max Lee, influencer online dari Malaysia"."""
        toks = self.toks
        if j >= len(toks):
            return None
        g = self.text[toks[j - 1].end : toks[j].start]
        t = toks[j]
        if g.strip() == ",":
            pass
        elif re.fullmatch(r"\s", g) and t.low in {"selaku", "sebagai"}:
            j += 1
            if j >= len(toks) or not re.fullmatch(r"\s", self.gap(j - 1)):
                return None
            t = toks[j]
        else:
            return None
        det = t.low in {"a", "an", "the", "seorang", "sang"}
        if not (t.low in L.ROLE_HEADS or det or self.is_tail(t.low)):
            return None
        start = j
        k = j
        head_seen = t.low in L.ROLE_HEADS
        while k < len(toks) and k - start < 14:
            lw = toks[k].low
            if k > start and (
                lw in _STOP_ROLE
                or lw in L.SPEECH_AFTER
                or (
                    not toks[k].cap
                    and self.lang != "en"
                    and _VERB_PREFIX.match(lw)
                    and lw not in L.ROLE_TAIL
                    and lw not in L.ROLE_HEADS
                )
            ):
                break
            head_seen = head_seen or lw in L.ROLE_HEADS
            g = self.gap(k)
            k += 1
            if not re.fullmatch(r"[ \u00a0]|-|/", g):
                break
        if not head_seen:
            return None
        if t.low in {"a", "an", "the", "seorang", "sang"} and k > start + 1:
            start += 1  # "Dan Ives, an analyst at ...": the article is not part of the role
        span = self._strip_role(start, k)
        if (
            span
            and det
            and self.lang == "en"
            and self.gap(span[1] - 1).strip()[:1] not in {",", "."}
        ):
            return None  # "X, a ... " must be closed by a comma in English
        return span

    # --- evidence around a name ------------------------------------------------------------------

    def speech_before(self, i: int) -> bool:
        if i == 0:
            return False
        t = self.toks[i - 1]
        if not re.fullmatch(r"[ \u00a0]+", self.gap(i - 1)):
            return False  # "..., Police said.\n\nOfficers were...": the cue ends another clause
        if t.low == "to" and i >= 2 and self.toks[i - 2].low == "according":
            return True
        return (t.low in L.SPEECH_BEFORE and not t.cap) or t.low == "menurut"

    def speech_after(self, j: int) -> bool:
        if j >= len(self.toks):
            return False
        g = self.text[self.toks[j - 1].end : self.toks[j].start]
        t = self.toks[j]
        if g.strip() == "," and not t.cap:
            return self._appositive_speaker(j)
        if not re.fullmatch(r"\s", g) or t.cap:
            return False
        if t.low in L.SPEECH_AFTER:
            return True
        if self.lang == "en":
            return (t.low.endswith("ed") and len(t.low) > 4) or t.low in _EN_VERBS
        return bool(_VERB_PREFIX.match(t.low)) and t.low not in L.ROLE_TAIL

    def _appositive_speaker(self, j: int) -> bool:
        """ "Nur Hidayati, mengaku …", "Gwen Hughes, who runs a cafe in Barmouth, said …": a
        name set off by a comma whose clause goes on with a speech verb is the speaker."""
        t = self.toks[j]
        if t.low in L.SPEECH_AFTER and t.low not in _EN_VERBS:
            return True
        for k in range(j + 1, min(j + 14, len(self.toks))):
            g = self.text[self.toks[k - 1].end : self.toks[k].start]
            if any(c in g for c in '.!?\n"“”'):
                return False
            if g.replace(")", "").strip() == ",":
                nt = self.toks[k]
                return not nt.cap and nt.low in L.SPEECH_AFTER
        return False

    def honorific_before(self, i: int) -> bool:
        if i == 0:
            return False
        t = self.toks[i - 1]
        return (
            (t.low in L.HONORIFICS or t.low in _POLITE)
            and t.cap
            and bool(re.fullmatch(r"\.?\s", self.gap(i - 1)))
        )

    # --- mentions ---------------------------------------------------------------------------------

    def mentions(self) -> list[NameMention]:
        out: list[NameMention] = []
        for i, j in self.runs():
            out.extend(self._classify(i, j))
        # "(Reuters)", "(ANTARA)": the wire service that filed the story, not an actor in it
        out = [
            m
            for m in out
            if not (
                m.text in _AGENCIES
                and self.text[m.start - 1 : m.start] == "("
                and self.text[m.end : m.end + 1] == ")"
            )
        ]
        out = [m for m in out if not self._hospital_venue(m) and not self._thing_name(m)]
        self._coordinated_roles(out)
        return out

    def _surname(self, i: int) -> bool:
        """Token i is the last word of a two- or three-word name written in full elsewhere
        in the article ("Jessica Hale" … "Hale said"), even when it is also a place."""
        if self._surnames is None:
            found: set[str] = set()
            toks = self.toks
            for a, b in self.runs():
                if 2 <= b - a <= 4 and not toks[b - 1].first:
                    first = toks[b - 2]  # "American Jessica Hale": the word before the surname
                    if (
                        self.name_like(first)
                        and not is_place(first.text)
                        and not self.is_common(first)
                        and first.low not in L.ROLE_HEADS
                        and first.low not in L.HONORIFICS
                        and not is_demonym(first.low)
                    ):
                        found.add(toks[b - 1].low)
            self._surnames = found
        return self.toks[i].low in self._surnames

    def _thing_name(self, m: NameMention) -> bool:
        """ "The product, called Kestrel Desk, …", "operasi bertajuk Pekat Jaya": a name given to
        a thing, not an actor (people are "named", which is left alone)."""
        return bool(_CALLED.search(self.text, max(0, m.start - 16), m.start)) and not m.role

    def _hospital_venue(self, m: NameMention) -> bool:
        if m.kind != "organization":
            return False
        b = _HOSPITAL_BEFORE.search(self.text, max(0, m.start - 24), m.start)
        return bool(b) and (bool(b.group("rs")) or bool(_HOSPITAL.search(m.text)))

    def _span_text(self, i: int, j: int) -> tuple[str, int, int]:
        s, e = self.toks[i].start, self.toks[j - 1].end
        return self.text[s:e], s, e

    def _org(self, i: int, j: int, *, in_role: bool = False) -> NameMention:
        text, s, e = self._span_text(i, j)
        listed = _ORG_LIST.match(self.text, e)
        if listed and j - i >= 2 and self.is_org_head(self.toks[i], 0):
            e = listed.end()  # "Badan Meteorologi, Klimatologi, dan Geofisika"
            text = self.text[s:e]
        m = NameMention(
            text, s, e, "organization", in_role=in_role, strength=STRONG, keys=(text.lower(),)
        )
        alias = _ALIAS.match(self.text, e)
        if alias and _ACRONYM.match(alias.group(1).replace(" ", "")):
            m.alias = alias.group(1)
        return m

    def _classify(self, i: int, j: int) -> list[NameMention]:
        toks = self.toks
        # leading sentence starters, days and months are not part of any name
        headed = any(
            t.low in L.ORG_HEADS or (t.low in L.ROLE_HEADS and t.cap) for t in toks[i + 1 : j]
        )
        while i < j and (
            (
                self.is_common(toks[i])
                and not self.is_org_head(toks[i], 0)
                and (toks[i].first or not headed or toks[i].low in L.MONTHS_DAYS)
                and not (headed and (is_demonym(toks[i].low) or self.is_tail(toks[i].low)))
            )
            or toks[i].low in self.org_connectors
            or toks[i].low in L.NAME_CONNECTORS
        ):
            i += 1
        while j > i and (
            toks[j - 1].low in self.org_connectors or toks[j - 1].low in L.NAME_CONNECTORS
        ):
            j -= 1
        if i >= j:
            return []
        split = self._split_point(i, j)
        if split is not None:
            return self._classify(i, split) + self._classify(split + 1, j)
        rank = next(
            (
                k
                for k in range(i + 1, j - 1)
                if toks[k].low in _RANKS and toks[k].cap and self.name_like(toks[k + 1])
            ),
            None,
        )
        if rank is not None:
            # "Kasat Lantas Polres Batu AKP Yoga Pratama": a rank ends the title, a name follows
            return [*self._orgs_in_role(i, rank), self._person(rank + 1, j, role=(i, rank + 1))]
        out: list[NameMention] = []
        # a title inside the run: "Menteri Luar Negeri Retno Marsudi"
        r = next(
            (
                k
                for k in range(i, j)
                if toks[k].low in L.ROLE_HEADS
                and toks[k].cap
                and not (k == i and self.is_org_head(toks[k], 0))
                and not (k == j - 1 and k > i and self.is_org_head(toks[k], k - i))
            ),
            None,
        )
        if r is not None:
            rs = self._extend_role_left(r, i)
            if rs > i:
                out.extend(self._classify(i, rs))
            n = self._role_complement_end(r, j)
            name_end = j
            while n < name_end and toks[n].low in L.NAME_CONNECTORS:
                n += 1
            if any(
                not (self.name_like(t) or t.low in L.NAME_CONNECTORS or len(t.text) == 1)
                for t in toks[n:name_end]
            ):
                k = name_end
                while k > n and self.name_like(toks[k - 1]):
                    k -= 1
                n = k
            if name_end - n == 1 and toks[n - 1].low in _PLACE_INTRO | _PLACE_TYPE | _GEO_HEADS:
                n = name_end  # "Ketua KPU Kabupaten Kotabaru": the last word is a place
            if (
                name_end - n == 1
                and name_end < len(toks)
                and self.text[toks[name_end - 1].end : toks[name_end].start].strip() == ","
                and toks[name_end].cap
            ):
                n = name_end  # "Pelatih Persib, Bojan Hodak": the name follows the comma
            role = self._strip_role(rs, n)
            out.extend(self._orgs_in_role(rs, n))
            if n < name_end and role:
                out.append(self._person(n, name_end, role=role))
            return out
        run = self.text[toks[i].start : toks[j - 1].end].lower()
        if run in L.ORG_NAMES or any(
            run.endswith(" " + n) for n in L.ORG_NAMES if " " in n and len(n) < len(run)
        ):
            return [self._org(i, j)]  # "Goldman Sachs", "Kenya Red Cross"
        # an organisation: a head word, a known name or acronym
        heads = [k for k in range(i, j) if self.is_org_head(toks[k], k - i)]
        if heads and (j - i >= 2 or self.is_known_org(toks[i])):
            return [self._org(i, j)]
        out = []
        k = i
        while k < j:
            t = toks[k]
            if self.is_known_org(t) or (
                t.acro
                and t.text not in L.NOT_ORG_ACRONYMS
                and not is_region(t.text)
                and len(t.text) <= 6
            ):
                m = self._org(k, k + 1)
                if not self.is_known_org(t):
                    m.strength = WEAK
                if not ("-" in t.text and not self.is_known_org(t)):
                    out.append(m)
                k += 1
                continue
            if "-" in t.text and any(
                is_region(p) or p in L.ORG_ACRONYMS for p in t.text.split("-")
            ):
                k += 1  # "ASEAN-China": a relation, not an actor
                continue
            if self.name_like(t) or (t.low in L.NAME_CONNECTORS and k > i):
                e = k
                while e < j and (
                    self.name_like(toks[e])
                    or (
                        toks[e].low in L.NAME_CONNECTORS
                        and e + 1 < j
                        and self.name_like(toks[e + 1])
                    )
                    or (len(toks[e].text) == 1 and toks[e].cap)
                    or (e > k and self._name_word(toks[e]))
                ):
                    e += 1
                if e > k:
                    ticket = self._ticket(k, e)
                    if ticket:
                        out.extend(ticket)
                        k = e
                        continue
                    p = self._plain(k, e)
                    if p:
                        out.append(p)
                    k = e
                    continue
            k += 1
        return out

    def _split_point(self, i: int, j: int) -> int | None:
        """A coordinator or "of" that joins two separate names in one capitalised run."""
        toks = self.toks
        for c in range(i + 1, j - 1):
            lw = toks[c].low
            if lw in _COORD:
                after = toks[c + 1 : j]
                if self.is_org_head(after[0], 0) and self.is_org_head(toks[i], 0):
                    return c  # "Bank Mandiri dan Bank Rakyat Indonesia": two organisations
                if self.lang == "en" and toks[j - 1].low in L.ORG_HEADS:
                    continue  # "Perth and Kinross Council"
                if any(t.cap and (t.low in L.ROLE_HEADS or t.low in L.HONORIFICS) for t in after):
                    return c
                before = toks[i:c]
                if not any(
                    self.is_org_head(t, k) or t.low in L.ROLE_HEADS for k, t in enumerate(before)
                ):
                    return c
            if lw == "of" and self.lang == "en":
                before = toks[i:c]
                if not any(
                    self.is_org_head(t, k) or t.low in L.ROLE_HEADS or t.low in L.ROLE_TAIL
                    for k, t in enumerate(before)
                ):
                    return c
        return None

    def _role_complement_end(self, r: int, j: int) -> int:
        """Index after the words that complete the title at r ("Menteri Luar Negeri", "Wali Kota
        Banjarmasin"); what follows is the name."""
        toks = self.toks
        geo = toks[r].low in _GEO_HEADS or (r + 1 < j and toks[r + 1].low == "kota")
        p = r + 1
        while p < j:
            t = toks[p]
            lw = t.low
            if (
                (lw in L.ROLE_HEADS and t.cap)
                or self.is_tail(lw)
                or lw in L.HONORIFICS
                or t.acro
                or self.is_known_org(t)
                or is_demonym(lw)
                or (lw in L.ORG_HEADS and not (self.lang == "en" and lw in _ID_ONLY))
            ):
                p += 1
                continue
            intro = toks[p - 1].low in _PLACE_INTRO
            if intro and toks[p - 1].low not in {"of", "di"} and j - p >= 2 and t.cap:
                p += 1  # "Kabupaten Kotabaru", "Kota Banjarmasin": always a place
                continue
            if any(ch.isdigit() for ch in t.text):
                p += 1  # "Timnas U-23"
                continue
            moved = False
            for w in (3, 2, 1):
                rest = j - (p + w)
                if rest < 1:
                    continue
                name = self.text[toks[p].start : toks[p + w - 1].end]
                region = is_region(name)
                if not (region or is_place(name)):
                    continue
                if (
                    (self.lang == "id" and (geo or intro or region))
                    or intro
                    or rest >= 2
                    or (region and w >= 2)
                ):
                    p += w
                    moved = True
                    break
            if not moved:
                break
        return p

    def _orgs_in_role(self, a: int, b: int) -> list[NameMention]:
        """Organisations named inside a title: "Kepala BNPB", "Kepala Dinas Kesehatan Surabaya"."""
        out: list[NameMention] = []
        toks = self.toks
        for k in range(a, b):
            if self.is_known_org(toks[k]) and toks[k].text not in L.NOT_ORG_ACRONYMS:
                out.append(self._org(k, k + 1, in_role=True))
        first = next(
            (
                k
                for k in range(a + 1, b)
                if toks[k].cap
                and toks[k].low in L.ORG_HEADS
                and toks[k].low not in L.ROLE_HEADS
                and toks[k].low not in {"bank", "tim"}
                and self.lang == "id"
            ),
            None,
        )
        if (
            first is not None
            and b - first >= 2
            and not any(m.start == toks[first].start for m in out)
        ):
            end = b
            while end > first and (not toks[end - 1].cap or toks[end - 1].low in L.HONORIFICS):
                end -= 1
            if end - first >= 2:
                out.append(self._org(first, end, in_role=True))
        return out

    def _ticket(self, i: int, j: int) -> list[NameMention]:
        """ "Bambang Setiaji-Lestari Handayani": two full names joined by a hyphen are a ticket
        of two people (candidate and running mate); single words ("Kupang-Dili") are not."""
        toks = self.toks
        k = next((k for k in range(i + 1, j - 1) if _PAIR.fullmatch(toks[k].text)), None)
        if k is None or j - i > 5:
            return []
        cut = toks[k].start + toks[k].text.index("-")
        a_text = self.text[toks[i].start : cut]
        b_text = self.text[cut + 1 : toks[j - 1].end]
        if is_place(a_text) or is_place(b_text):
            return []
        out = []
        for name, s in ((a_text, toks[i].start), (b_text, cut + 1)):
            keys = tuple(w.lower() for w in name.split())
            out.append(NameMention(name, s, s + len(name), "person", strength=SUBJECT, keys=keys))
        return out

    def _plain(self, i: int, j: int) -> NameMention | None:
        """A bare capitalised name: a person only with evidence around it."""
        toks = self.toks
        if j - i > 5:
            return None
        text, s, _ = self._span_text(i, j)
        role = self.left_role(i)
        right = None if role else self.right_role(j)
        hon = self.honorific_before(i) or bool(_AGE.match(self.text, toks[j - 1].end))
        pre = role[0] if role else i
        speaks = self.speech_before(pre) or self.speech_after(j)
        if right and not speaks:
            after = right[1]
            g = self.gap(after - 1) if after - 1 < len(toks) else ""
            speaks = g.strip() == "," and self.speech_after(after + 0)
        if role or right or hon or self.speech_before(pre):
            strength = STRONG
        elif speaks:
            strength = SUBJECT
        else:
            strength = WEAK
        if strength < STRONG and (
            self.in_title(s)
            or (is_place(text) and not (j - i == 1 and speaks and self._surname(i)))
        ):
            return None  # "Hale said" stays: "Jessica Hale" is named in full elsewhere
        if (
            j - i == 1
            and not hon
            and (is_place(text) or (role and not right and toks[role[0]].low in _COLLECTIVE))
        ):
            # "pengusaha asal Aceh", "warga Tebet": a place; it counts only as a short mention
            # of someone already named ("Warren" after "Sen. Elizabeth Warren")
            role, right, strength = None, None, WEAK
        if text in _AGENCIES and self.text[s - 1 : s] == "(":
            return None
        return self._person(i, j, role=role or right, strength=strength, speaker=speaks)

    def _person(
        self,
        i: int,
        j: int,
        *,
        role: tuple[int, int] | None,
        strength: int = STRONG,
        speaker: bool | None = None,
    ) -> NameMention:
        text, s, e = self._span_text(i, j)
        if speaker is None:
            pre = role[0] if role and role[1] <= i else i
            speaker = self.speech_before(pre) or self.speech_after(j)
        m = NameMention(
            text,
            s,
            e,
            "person",
            strength=strength,
            speaker=speaker,
            keys=tuple(t.low for t in self.toks[i:j] if t.low not in L.NAME_CONNECTORS),
        )
        if role:
            rs, re_ = self.toks[role[0]].start, self.toks[role[1] - 1].end
            if self.text[re_ : re_ + 1] == "." and self.toks[role[1] - 1].low in L.HONORIFICS:
                re_ += 1
            m.role, m.role_span = self.text[rs:re_], (rs, re_)
        alias = _ALIAS.match(self.text, e)
        if alias and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", alias.group(1)):
            m.alias = alias.group(1)
        return m

    def _coordinated_roles(self, out: list[NameMention]) -> None:
        """ "Influencer Indonesia, Novi Basuki dan Achyar Al Rasyid": the role covers both."""
        people = [m for m in out if m.kind == "person"]
        for a, b in itertools.pairwise(people):
            between = self.text[a.end : b.start]
            if b.role_span and b.role_span[0] >= a.end:
                between = self.text[a.end : b.role_span[0]]
            if not re.fullmatch(r"\s*(?:,|dan|and|&|serta|,\s*dan|,\s*and)\s*", between):
                continue
            a.speaker = b.speaker = a.speaker or b.speaker  # "X and Y clashed"
            if a.role and not b.role:
                b.role, b.role_span = a.role, a.role_span
                b.strength = max(b.strength, STRONG)

    def role_near(self, start: int, end: int) -> tuple[str | None, Span | None]:
        """The role around a name at [start, end), for names found by another finder."""
        starts = [t.start for t in self.toks]
        i = bisect.bisect_left(starts, start)
        j = i
        while j < len(self.toks) and self.toks[j].end <= end:
            j += 1
        if j == i:
            return None, None
        role = self.left_role(i) or self.right_role(j)
        if not role:
            return None, None
        rs, re_ = self.toks[role[0]].start, self.toks[role[1] - 1].end
        return self.text[rs:re_], (rs, re_)
