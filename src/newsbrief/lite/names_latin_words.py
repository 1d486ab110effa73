"""Tokens and word classes for the Indonesian and English name finder.

`LatinWords` holds one article's tokens and answers what each capitalised word can be: part of
a name, a title, an organisation head, a common word; and where the runs of capitalised words
are. The lists it reads are in `names_lexicon`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..model import Span
from . import names_lexicon as L
from .names_common import SpanSet
from .names_places import is_country, is_demonym, is_place

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?")
ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9&-]{2,8}$|^[A-Z][a-z]?[A-Z]{2,}[a-z]?$")
ALIAS = re.compile(r"\s*\(\s*([^()\n]{1,40}?)\s*\)")
# "… Institute of Volcanology and Seismology (Phivolcs)": an acronym defined in brackets. The
# name before it is read backwards from the bracket, a bounded number of words, so a long run of
# capitalised words costs its length once (a regex over the run would retry from every word).
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,11})\)")
_DEFINED_WORD = re.compile(r"([A-Z][\w'’-]+|of|for|and|the|dan|&),?\s*$")
_DEFINED_MAX_WORDS = 12
VERB_PREFIX = re.compile(r"^(?:me[mnl]?|meng|meny|ber|ter|di)[a-z]{3,}$")
STOP_ROLE = L.words("stop_role")
COORD = L.words("coord")
# An age right after a name marks a person: "John Miller, 45, of Naperville", "Budi (45)".
AGE = re.compile(r",\s*\d{1,3}(?:,|\.(?!\d))|\s*\(\d{1,3}\)")
VENUE = L.words("venue")
COMPASS = L.words("compass")
FIRST_NAME_PLACES = L.words("first_name_places")
NAME_HOMOGRAPHS = L.words("name_homographs")
ID_ONLY = L.words("id_only")
# Collective nouns that describe where someone lives or what happened to them, not a title; a
# lone capitalised word after them ("warga Tebet") is a place.
COLLECTIVE = L.words("collective")
# Titles tied to a place, so a place name right after them is part of the title.
GEO_HEADS = L.words("geo_heads")
PLACE_TYPE = L.words("place_type")
# Police and military ranks: written between an office ("Kapolres Batu") and the name.
RANKS = L.words("ranks")
PAIR = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")
CALLED = re.compile(r"\b(?:called|dubbed|branded|codenamed|bertajuk|dinamai|dijuluki)\s+$")
HEAD_VERB_NEXT = L.words("head_verb_next")
# A hospital after "ke/di/to/at/in" is where someone was taken, not an actor.
HOSPITAL = re.compile(
    r"^(?:RS[A-Z]{0,3}|Rumah Sakit|Puskesmas|Klinik)\b|\b(?:Hospital|Clinic|Infirmary)$"
)
HOSPITAL_BEFORE = re.compile(
    r"\b(?:ke|di|dari|to|at|in|from)\s+(?:the\s+)?(?P<rs>(?:RS[A-Z]{0,3}|Rumah Sakit)\s+)?$"
)
PREPOSITIONS = L.words("prepositions")
LOCATIVES = L.words("locatives")
PLURAL_MARKERS = L.words("plural_markers")
AGENCIES = L.words("agencies")
# The rest of an organisation name written as a list: ", Klimatologi, dan Geofisika".
ORG_LIST = re.compile(r"(?:,\s+[A-Z][\w'’-]+)+,?\s+(?:dan|and|&)\s+[A-Z][\w'’-]+")
EN_VERBS = L.words("en_verbs")
PLACE_INTRO = L.words("place_intro")
POLITE = L.words("polite")
# Words before a capitalised word that make it a place in this article ("di Makedonia").
PLACE_CUES = PREPOSITIONS | PLACE_INTRO | L.words("place_cues")


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


# One space, the gap between two words of one name or title (a no-break space counts).
_ONE_SPACE = frozenset({" ", "\u00a0"})
_OPEN_BRACKET = re.compile(r"[ \u00a0]\([ \u00a0]?")
_CLOSE_BRACKET = re.compile(r"[ \u00a0]?\)[ \u00a0]")
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
            Tok(word, s, e, word.lower(), word[0].isupper(), bool(ACRONYM.match(word)), first)
        )
        prev_end = e
    return toks


class LatinWords:
    """The tokens of one article and what kind of word each is."""

    def __init__(
        self, text: str, lang: str, sentence_starts: set[int], skip: list[Span] | None = None
    ) -> None:
        self.text = text
        self.lang = lang
        self.toks = tokenize(text, sentence_starts)
        self.index = {t.start: k for k, t in enumerate(self.toks)}
        self.months = L.MONTHS_DAYS_EN if lang == "en" else L.MONTHS_DAYS
        # capitalised words this article writes as a place ("di Makedonia", "in Macedonia")
        self.place_words = {
            t.low
            for p, t in itertools.pairwise(self.toks)
            if t.cap and not p.cap and p.low in PLACE_CUES
        }
        self.skip = SpanSet(skip)
        self.lower_vocab = {t.low for t in self.toks if not t.cap}
        self._surnames: set[str] | None = None
        self.titles = SpanSet(self._quoted_titles())
        self.local_orgs = self._defined_acronyms()
        # Indonesian function words are English first names ("Dan Ives", "Tim Cook")
        self.org_connectors = L.ORG_CONNECTORS - ID_ONLY if lang == "en" else L.ORG_CONNECTORS

    # --- word classes -------------------------------------------------------------------------

    def gap(self, i: int) -> str:
        """Text between token i and token i+1."""
        if i + 1 >= len(self.toks):
            return self.text[self.toks[i].end :]
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def spaced(self, i: int) -> bool:
        """Token i and token i+1 are one space apart."""
        return self.gap(i) in _ONE_SPACE

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
        return lw in L.ROLE_TAIL and not (self.lang == "en" and lw in ID_ONLY)

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
            if k and self.toks[k - 1].low in VENUE:
                return False  # "Convention Center", "City Centre": a venue, a place
        if t.low in L.ORG_HEADS_FIRST_ONLY:
            return pos == 0 and self.lang != "en"
        return True

    def is_common(self, t: Tok) -> bool:
        """A capitalised word that is not a name (sentence starter, day, month, common noun)."""
        if self.lang == "en" and t.low in ID_ONLY:
            return t.first and t.low in self.lower_vocab
        if self.lang == "en" and t.low in NAME_HOMOGRAPHS and self._homograph_in_name(t):
            return False
        if t.low in L.NOT_NAME or t.low in self.months:
            return True
        return t.first and t.low in self.lower_vocab

    def name_like(self, t: Tok, *, cities: bool = False) -> bool:
        if not t.cap or t.acro or len(t.text) < 2:
            return False
        lw = t.low
        if self.lang == "en" and lw in NAME_HOMOGRAPHS and self._homograph_in_name(t):
            return True
        if self.lang == "en" and lw in ID_ONLY:
            return not t.first or lw not in self.lower_vocab
        if (
            lw in L.ROLE_HEADS
            or lw in L.ROLE_TAIL
            or lw in L.HONORIFICS
            or lw in L.ORG_HEADS
            or lw in L.NOT_NAME
            or lw in self.months
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
        if self.lang == "en" and lw in FIRST_NAME_PLACES and self._next_is_name(t):
            return True  # "Jordan Smith", "Georgia Clarke"
        return not (is_country(t.text) or (cities and is_place(t.text)))

    @staticmethod
    def title_word(t: Tok) -> bool:
        """A capitalised title word: "Kepala", "Menteri", "Minister"."""
        return t.cap and t.low in L.ROLE_HEADS

    def _plain_name_word(self, t: Tok) -> bool:
        """A capitalised word no list holds: a name's word, without asking its neighbours."""
        lw = t.low
        return (
            t.cap
            and not t.acro
            and lw not in L.NOT_NAME
            and lw not in self.months
            and lw not in L.ROLE_HEADS
            and lw not in L.ORG_HEADS
            and lw not in NAME_HOMOGRAPHS
            and not is_place(t.text)
        )

    def _homograph_in_name(self, t: Tok) -> bool:
        """Rule name_homograph: "Bill", "May", "Will" are names beside a name ("Bill Clinton",
        "Theresa May") or after an honorific ("Mrs May"), but not before a number ("May 5")."""
        k = self.index.get(t.start, -1)
        if k < 0:
            return False
        toks = self.toks
        if k > 0 and toks[k - 1].low in PREPOSITIONS:
            return False  # "in May Smith resigned": the month
        nxt = toks[k + 1] if k + 1 < len(toks) and self.gap(k) == " " else None
        if nxt is not None and self._plain_name_word(nxt):
            return True
        prev = toks[k - 1] if k > 0 and self.gap(k - 1) == " " else None
        if prev is None or (nxt is not None and nxt.text[0].isdigit()):
            return False
        return prev.low in L.HONORIFICS or prev.low in POLITE or self._plain_name_word(prev)

    def _next_is_name(self, t: Tok) -> bool:
        k = self.index.get(t.start, -1)
        if k < 0 or k + 1 >= len(self.toks) or not self.spaced(k):
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

    def _bracketed_acronym_in_title(self, i: int, j: int) -> bool:
        """Rule title_acronym: a title that names its organisation and then the organisation's
        acronym in brackets goes on to the name after the bracket ("Menteri Pekerjaan Umum dan
        Perumahan Rakyat (PUPR) Basuki Hadimuljono")."""
        toks = self.toks
        if j + 1 >= len(toks) or not _OPEN_BRACKET.fullmatch(self.gap(j - 1)):
            return False
        acr, nxt = toks[j], toks[j + 1]
        if not (acr.acro or acr.text in self.local_orgs) or not nxt.cap:
            return False
        if not _CLOSE_BRACKET.fullmatch(self.gap(j)) or self.in_skip(nxt.start):
            return False
        return any(self.title_word(t) for t in toks[i:j])

    def _listed_org_in_title(self, i: int, j: int) -> int:
        """Rule title_org_list: a title whose organisation or field is named by a list ("Kepala
        Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB …", "Menteri Koordinator Bidang
        Politik, Hukum, dan Keamanan …") goes on past the list's commas; the index of the token
        after the list, or 0."""
        toks = self.toks
        if not self.gap(j - 1).startswith(","):
            return 0
        run = toks[i:j]
        if not (
            any(self.title_word(t) for t in run)
            and any((t.low in L.ORG_HEADS or t.low in L.ROLE_TAIL) and t.cap for t in run[1:])
        ):
            return 0
        m = ORG_LIST.match(self.text, toks[j - 1].end)
        if not m:
            return 0
        k = j
        while k < len(toks) and toks[k].start < m.end():
            k += 1
        # the list ends the title only where capitalised words (more of the title, the name) follow
        if k >= len(toks) or not toks[k].cap:
            return 0
        gap = self.gap(k - 1)
        return k if gap in _ONE_SPACE or _OPEN_BRACKET.fullmatch(gap) else 0

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
                if self._bracketed_acronym_in_title(i, j):
                    j += 2  # "Kepala Badan … Bencana (BNPB) Suharyanto": one title, then the name
                    continue
                listed = self._listed_org_in_title(i, j)
                if listed:
                    j = listed  # "Kepala Pusat Data, Informasi dan Komunikasi … BNPB Raditya Jati"
                    continue
                if not (g in _ONE_SPACE or dot_ok) or (toks[j].first and not dot_ok):
                    break
                t = toks[j]
                if t.cap:
                    j += 1
                    continue
                joins = t.low in L.NAME_CONNECTORS or t.low in L.ORG_CONNECTORS
                if joins and j + 1 < n and toks[j + 1].cap and self.spaced(j):
                    j += 2
                    continue
                if (
                    joins
                    and j + 2 < n
                    and toks[j + 1].low in ("the", "de", "la", "al")
                    and toks[j + 2].cap
                    and self.spaced(j)
                    and self.spaced(j + 1)
                ):
                    j += 3  # "University of the Fraser Valley"
                    continue
                break
            out.append((i, j))
            i = j
        return out
