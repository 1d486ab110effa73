"""Place mentions in Latin-script text (id, en, ms): gazetteer names and the evidence around them.

One left-to-right pass over the tokens: at each capitalised token the longest gazetteer name of
up to five tokens is taken ("Rio de Janeiro" over "Rio"), or, after an Indonesian admin prefix,
the capitalised words that follow ("Kabupaten Pasaman Barat"). The words around the name then
say how much it counts: an event preposition, a title that makes it an institution, or another
capitalised word that makes it part of a person's or an organisation's name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..gazetteer import SOFT_DECOY, Gazetteer, Place, key_of
from .han import HAN_EVENT
from .mention import PlaceMention, SentenceIndex, synthetic
from .venue import named_venue, track_names
from .words import (
    COMPASS_NAMES,
    CONNECTORS,
    COUNT_WORDS,
    EVENT_PREP,
    FUNCTION_WORDS,
    GOAL_PREP,
    ID_DIRECTION,
    KIN_BEFORE,
    MAYOR_TITLES,
    NAME_STOP,
    OK_AFTER,
    ORIGIN_PREP,
    OUTLET_BEFORE,
    PERSON_AFTER,
    PERSON_CUE,
    PERSON_TITLE,
    PLACE_NOUNS,
    PREFIX_KIND,
    ROLE_CUE,
    SPEECH_AFTER,
    SUFFIX_KIND,
    TITLE_BEFORE,
    prep_word,
)

_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
TOKEN = re.compile(
    rf"U\.S\.(?:A\.)?|U\.K\.|A\.S\.|[{_LATIN}][{_LATIN}0-9]*(?:['’](?![sS]\b)[{_LATIN}]+)?"
)
_DOTTED = ("U.S.", "U.K.", "A.S.")
# "A.S." is Amerika Serikat in Indonesian and Malay copy; in English it is a person's initials.
_DOTTED_LANGS = {"A.S.": ("id", "ms")}
_SHORT_OK = ("AS", "US", "UK", "RI", "UAE", "RRT", "USA")
# A saint's name in the possessive before a capitalised word names what is dedicated to the saint
# ("St George's Hospital", "St Paul's Cathedral", "St Patrick's Day"), not a town named after him
# ("St. Paul's mayor" stays the city).
_SAINT = ("St", "Saint", "Ste")
_POSSESSIVE_NAME = re.compile(r"['’]s [A-Z]")


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


class LatinScan:
    """One pass over an article's Latin tokens; `run()` returns the place mentions in order."""

    def __init__(
        self, text: str, gaz: Gazetteer, index: SentenceIndex, headline_end: int, lang: str
    ) -> None:
        self.text, self.gaz, self.index = text, gaz, index
        self.headline_end, self.lang = headline_end, lang
        self.toks = list(TOKEN.finditer(text))
        self.lower_words = {t.group().lower() for t in self.toks if t.group()[0].islower()}
        # each token's lookup key, once: a name's key is its tokens' keys joined by spaces
        self.keys = [key_of(t.group()) for t in self.toks]
        # keys of gazetteer names this article uses as a person's name or surname (rule
        # person_name): "Hillary Clinton", "President Obama", "Mr Jordan", "Clinton said"
        self.surnames: set[str] = set()
        # (first name, place key) pairs, counted: once may be run-on caption text ("Moment
        # Croydon tram crash"), the same pair twice is a person ("Hillary Clinton" ... again)
        self.after_first_name: Counter[tuple[str, str]] = Counter()
        # rule headline_name: (word, word) pairs that make a place part of a name in the body,
        # and the headline's places glued to a neighbour, with their pairs
        self.name_pairs: set[tuple[str, str]] = set()
        self.head_glued: list[tuple[PlaceMention, set[tuple[str, str]]]] = []
        self.tracks = track_names(text, gaz) if lang == "en" else frozenset()

    def run(self) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        toks, i, n = self.toks, 0, len(self.toks)
        while i < n:
            if not toks[i].group()[0].isupper():
                i += 1
                continue
            venue = named_venue(self, i) if self.lang != "zh" else None
            if venue is not None:
                out.append(venue[0])
                i = venue[1]
                continue
            hit = self._gazetteer_hit(i)
            if hit is None and toks[i].group().lower() in PREFIX_KIND and self.lang in ("id", "ms"):
                unit = self._prefixed_unit(i)
                if unit is not None:
                    out.append(unit[0])
                    i = unit[1]
                    continue
            if hit is None:
                i += 1
                continue
            m = self._mention(i, *hit)
            if m is not None:
                out.append(m)
            i += hit[0]
        self.surnames.update(k for (_, k), n in self.after_first_name.items() if n >= 2)
        # Rule headline_name: a Title Case headline glues every word, so a place there is only
        # known to be a name when the body writes the same pair as one ("Chicago Cubs win …" and
        # "the Chicago Cubs beat …"; "… as Sebastian Vettel fumes" and "said Sebastian Vettel").
        named = {id(m) for m, pairs in self.head_glued if pairs & self.name_pairs}
        return [m for m in out if id(m) not in named] if named else out

    def _gap(self, a: int, b: int) -> str:
        return self.text[self.toks[a].end() : self.toks[b].start()]

    def _gazetteer_hit(self, i: int) -> tuple[int, list[Place]] | None:
        """The longest gazetteer name starting at token i (at most five tokens)."""
        toks, keys = self.toks, self.keys
        longest = min(5, len(toks) - i)
        if longest > 1 and not self.gaz.may_start(keys[i] + " "):
            longest = 1  # no multi-word name starts with this word: one binary search
        for size in range(longest, 0, -1):
            seq = toks[i : i + size]
            if not seq[-1].group()[0].isupper() and seq[-1].group() not in _DOTTED:
                continue
            if any(
                self.text[a.end() : b.start()] not in (" ", "-")
                or (not b.group()[0].isupper() and not self._connector(a, b))
                for a, b in itertools.pairwise(seq)
            ):
                continue
            cands = list(self.gaz.lookup(" ".join(keys[i : i + size])))
            if cands:
                return size, cands
        return None

    def _connector(self, a: re.Match[str], b: re.Match[str]) -> bool:
        """A lower-case word inside a place name: "Rio de Janeiro", and a hyphenated one-letter
        link ("Mazar-e-Sharif", "Mazar-i-Sharif")."""
        w = b.group()
        if w in CONNECTORS:
            return True
        return (
            len(w) == 1
            and self.text[a.end() : b.start()] == "-"
            and self.text[b.end() : b.end() + 1] == "-"
        )

    def _prefixed_unit(self, i: int) -> tuple[PlaceMention, int] | None:
        """ "Kabupaten Pasaman Barat": an admin prefix makes the capitalised words after it a
        place, the gazetteer's province lent by its known part where there is one."""
        toks, text = self.toks, self.text
        j = i + 1
        while (
            j < len(toks)
            and j - i <= 3
            and toks[j].group()[0].isupper()
            and toks[j].group().lower().rstrip(".") not in NAME_STOP
            and self._gap(j - 1, j) == " "
        ):
            j += 1
        if j <= i + 1:
            return None
        known: list[Place] = []
        for k in range(j, i + 1, -1):
            found = self.gaz.lookup(key_of(" ".join(x.group() for x in toks[i + 1 : k])))
            # Only Indonesian places grow into Indonesian regencies ("Makale" is also in
            # Ethiopia); a known name ends the place unless a direction word follows.
            if found:
                known = [b for b in found if b.country == "ID"]
                if not known and k == j and any(b.kind == "region" for b in found):
                    return None  # rule foreign_province: "Provinsi Henan" is Henan, China
                titled = i > 0 and toks[i - 1].group().lower() in MAYOR_TITLES
                if k < j and toks[k].group() in ID_DIRECTION:
                    j = k + 1  # "Pasaman Barat": the province of Pasaman
                elif k < j and titled:
                    j = k  # "Wali Kota Banjarmasin Ibnu Hasan": the mayor's name follows
                elif k < j:
                    known = []  # a longer name that only starts like a known one
                break
        name = text[toks[i + 1].start() : toks[j - 1].end()]
        t = toks[i]
        if (known and any(key_of(b.place) == key_of(name) for b in known)) or (
            t.start() < self.headline_end
        ):
            return None
        prefix = t.group().lower()
        cands = synthetic(name, known, PREFIX_KIND[prefix], self.lang)
        if not cands:
            return None
        m = PlaceMention(t.start(), toks[j - 1].end(), cands, self.index(t.start()))
        m.strong, m.kind_hint, m.synthetic = True, PREFIX_KIND[prefix], name
        if i > 0 and self._gap(i - 1, i) == " " and toks[i - 1].group().lower() in EVENT_PREP:
            m.event = True
        return m, j

    def _mention(self, i: int, size: int, cands: list[Place]) -> PlaceMention | None:
        """A mention for the gazetteer name toks[i : i + size], or None when it is a word."""
        toks, text = self.toks, self.text
        start, end = toks[i].start(), toks[i + size - 1].end()
        nxt = toks[i + size] if i + size < len(toks) else None
        grown = False
        if (
            self.lang in ("id", "ms")
            and nxt
            and nxt.group() in ID_DIRECTION
            and text[end : nxt.start()] == " "
            and any(c.country == "ID" and c.kind != "country" for c in cands)
        ):
            bases = [c for c in cands if c.country == "ID" and c.kind != "country"]
            cands = synthetic(text[start : nxt.end()], bases, "region", self.lang)
            end, size, grown = nxt.end(), size + 1, True
        written = text[start:end]
        if written.isupper() and len(written) <= 3 and written not in _SHORT_OK:
            return None  # an acronym ("PAN", "BRI"), not a town
        if written in _DOTTED_LANGS and self.lang not in _DOTTED_LANGS[written]:
            return None
        if len(written) <= 3 and written.upper() in _SHORT_OK and not written.isupper():
            return None  # a country code only in capitals: "Ri" of Ri Yong Ho, "Us", "As"
        if size == 1 and self._counted(i, start):
            return None
        if size > 1 and toks[i].group() in _SAINT and _POSSESSIVE_NAME.match(text, end):
            return None  # rule saint_possessive: "St George's Hospital" is no St George, Utah
        m = PlaceMention(start, end, cands, self.index(start))
        m.strong = grown  # "Pasaman Barat": a two-word name is evidence enough
        m.synthetic = written if grown else None
        m.headline = start < self.headline_end
        if size > 1 and toks[i].group().lower() in PREFIX_KIND:
            m.strong = True  # "Kota Balikpapan" is in the gazetteer as one name
            m.kind_hint = PREFIX_KIND[toks[i].group().lower()]
        return self._weigh(m, i, size, cands)

    def _counted(self, i: int, start: int) -> bool:
        """Rule counted_noun: an Indonesian number word before a noun counts it ("Lima warga
        tewas", "Lima Orang Hilang" in a headline): a number, not Lima, Peru."""
        if self.lang not in ("id", "ms") or self.toks[i].group().lower() not in COUNT_WORDS:
            return False
        if i + 1 >= len(self.toks) or self._gap(i, i + 1) != " ":
            return False
        nxt = self.toks[i + 1].group()
        low = nxt.lower()
        if low in FUNCTION_WORDS or low in OK_AFTER or low in SUFFIX_KIND:
            return False
        return nxt[0].islower() or start < self.headline_end or nxt.istitle()

    def _weigh(self, m: PlaceMention, i: int, size: int, cands: list[Place]) -> PlaceMention | None:
        toks, text = self.toks, self.text
        w = toks[i].group()
        prev = toks[i - 1] if i > 0 else None
        prev_gap = text[prev.end() : m.start] if prev else ""
        prev_w = prev.group().lower() if prev else ""
        nxt_i = i + size
        # Place-type words written around the name: "Kabupaten Bogor", "Sleman Regency".
        if prev and prev_gap == " " and prev_w in PREFIX_KIND and prev.group()[0].isupper():
            m.start, m.kind_hint, m.strong = prev.start(), PREFIX_KIND[prev_w], True
            prev = toks[i - 2] if i > 1 else None
            prev_gap = text[prev.end() : m.start] if prev else ""
            prev_w = prev.group().lower() if prev else ""
        nxt = toks[nxt_i] if nxt_i < len(toks) else None
        if (
            nxt
            and text[m.end : nxt.start()] == " "
            and nxt.group().lower() in SUFFIX_KIND
            and nxt.group()[0].isupper()
        ):
            m.end, m.kind_hint, m.strong = nxt.end(), SUFFIX_KIND[nxt.group().lower()], True
            nxt_i += 1
            nxt = toks[nxt_i] if nxt_i < len(toks) else None
        next_gap = text[m.end : nxt.start()] if nxt else ""
        prep = prev_w if prev and prev_gap == " " else ""
        if prep == "of" and self._noun_of(i):
            prep, m.strong = self._noun_prep(i - 3), True
        elif self.lang in ("id", "ms") and prep in PREFIX_KIND and prev is not None:
            m.kind_hint = m.kind_hint or PREFIX_KIND[prep]
            prep, m.strong = self._noun_prep(i - 2), True  # "di kota Palu", "melanda pulau X"
        if prep in EVENT_PREP:
            m.event = m.strong = True
        elif prep in GOAL_PREP:
            m.strong, m.weight = True, 0.8
        elif prep in ORIGIN_PREP:
            m.strong, m.weight = True, 0.4
        if prep in OUTLET_BEFORE and prev is not None and prev.group().islower():
            m.weight = -1.0  # rule outlet_origin: "majalah Jerman" is whose magazine, no place
        low = w.lower()
        if size == 1 and low in SOFT_DECOY and prep in GOAL_PREP | ORIGIN_PREP:
            m.strong = False  # "dari Anda", "untuk Kita": a pronoun after a preposition
        if self._person(m, size, cands, prev, prev_gap, nxt, next_gap):
            return None
        soft = low in SOFT_DECOY or low in FUNCTION_WORDS or low in self.lower_words
        if size == 1 and not w.isupper() and soft:
            m.soft = True  # "Lima orang tewas", "Kita harus", "Bukan hanya": words first
        if (
            size == 1
            and not m.strong
            and low in self.lower_words
            and (_sentence_start(text, m.start) or m.headline)
        ):
            return None  # "Man charged with ...": a word that only looks like a town
        if self._han_address(i, nxt, next_gap):
            m.event = m.strong = True
        else:
            self._glued(m, prev, prev_gap, prep, nxt, next_gap, cands, self._initial(i))
        if prev_gap == "-" or next_gap == "-":
            m.weight = min(m.weight, 0.2)  # "ASEAN-China", "Sino-US"
        return m

    def _person(self, m, size, cands, prev, prev_gap, nxt, next_gap) -> bool:  # type: ignore[no-untyped-def]
        """Rule person_name: the words around the name make it a person's ("her son Tyler",
        "Mr Jordan", "President Obama"): True when the mention is no place. A surname before a
        speech verb ("Clinton said") is remembered but the mention is kept."""
        prev_w = prev.group().lower() if prev else ""
        own = key_of(self.text[m.start : m.end])
        is_country = all(c.kind == "country" for c in cands)
        kin = prev and prev_gap == " " and prev_w in KIN_BEFORE and size == 1 and not m.headline
        if kin and not is_country:  # a country after one is a phrase: "perang saudara Inggris"
            self.surnames.add(own)  # rule person_name: "her son Tyler" is Tyler everywhere
            return True
        cue = prev_w.rstrip(".")
        if prev and prev_gap.strip() in ("", ".") and (cue in PERSON_CUE or cue in ROLE_CUE):
            if prev.group()[0].isupper() and not m.headline and cue in PERSON_CUE:
                self.surnames.add(own)  # "Mr Jordan", "Pak Malang"
            return True
        if (
            not is_country
            and prev
            and prev_gap in (" ", ". ")
            and prev.group()[0].isupper()
            and prev_w.rstrip(".") in PERSON_TITLE
            and not m.headline
        ):
            self.surnames.add(own)  # "President Obama", "Senator Warren"
            return True
        if (
            not is_country
            and not m.event
            and nxt
            and next_gap == " "
            and nxt.group().lower() in SPEECH_AFTER
            and all(c.population < 200_000 for c in cands)
        ):
            self.surnames.add(own)  # "Clinton said"
        return False

    def _han_address(self, i: int, nxt: re.Match[str] | None, next_gap: str) -> bool:
        """Rule han_latin_address: Chinese copy keeps some English place names in Latin letters,
        in Chinese order, the larger unit first ("在Merseyside Birkenhead 发现"): after a Chinese
        event preposition, the last capitalised word of the run is the place, not a surname."""
        if self.lang != "zh" or (nxt is not None and next_gap == " " and nxt.group()[0].isupper()):
            return False
        j = i
        while j > 0 and i - j < 3 and self._gap(j - 1, j) == " ":
            if not self.toks[j - 1].group()[0].isupper():
                return False
            j -= 1
        before = self.text[max(0, self.toks[j].start() - 3) : self.toks[j].start()].rstrip(" ")
        return before.endswith(HAN_EVENT)

    def _noun_of(self, i: int) -> bool:
        """Rule place_noun_of: "the city of Palu", "the Indonesian island of Sulawesi" name the
        place; "of" there is no origin."""
        return i >= 2 and self._gap(i - 2, i - 1) == " " and self.keys[i - 2] in PLACE_NOUNS

    def _noun_prep(self, start: int) -> str:
        """The preposition that governs "… the [Indonesian] city of X" (up to three words back
        from token `start`)."""
        for j in range(start, max(-1, start - 3), -1):
            w = self.keys[j]
            if w in EVENT_PREP or w in GOAL_PREP or w in ORIGIN_PREP:
                return w
            if self._gap(j, j + 1) != " ":
                break
        return ""

    def _country_after(self, nxt: re.Match[str], cands: list[Place]) -> bool:
        own = {c.country for c in cands}
        return any(
            c.kind == "country" and c.country in own for c in self.gaz.lookup(key_of(nxt.group()))
        )

    def _initial(self, i: int) -> bool:
        """Rule middle_initial: "George W. Bush", "John F. Kennedy": a place after a first name and
        a one-letter initial is the person's surname."""
        if i < 2 or self._gap(i - 1, i) != ". " or self._gap(i - 2, i - 1) != " ":
            return False
        ini, first = self.toks[i - 1].group(), self.toks[i - 2].group()
        return len(ini) == 1 and ini.isupper() and first.istitle() and len(first) > 1

    def _glued(self, m, prev, prev_gap, prep, nxt, next_gap, cands, initial=False) -> None:  # type: ignore[no-untyped-def]
        """A place glued to another capitalised word is part of a name ("Michael Jordan",
        "Jordan Henderson") unless that word is a title or institution ("Gubernur Bali")."""
        prev_w = prev.group().lower() if prev else ""
        is_country = all(c.kind == "country" for c in cands)
        before_name = bool(
            prev and prev_gap == " " and prev.group()[0].isupper() and not prep_word(prep)
        )
        if before_name and (
            prev_w in TITLE_BEFORE
            or prev_w in COMPASS_NAMES
            or prev_w in self.lower_words
            or prev.group().isupper()
        ):  # a title, a compass word ("South London"), a plain word, an acronym ("BPBD Bogor")
            m.weight = min(m.weight, 0.5)
            before_name = False
        if initial and not m.headline:
            before_name = True
        after_name = bool(
            nxt
            and next_gap == " "
            and nxt.group()[0].isupper()
            and nxt.group().lower() not in OK_AFTER
            and nxt.group().lower() not in TITLE_BEFORE
        )
        if after_name and prev_w in TITLE_BEFORE and prev_gap == " ":
            after_name = False  # "Gubernur Bali Wayan Koster"
        if after_name and not is_country and self._country_after(nxt, cands):
            after_name = False  # rule place_country: "pulau Sulawesi Indonesia" is an address
        own = key_of(self.text[m.start : m.end])
        pairs: set[tuple[str, str]] = set()
        if not is_country:
            if before_name and prev is not None:
                pairs.add((key_of(prev.group()), own))
            if after_name and nxt is not None:
                pairs.add((own, key_of(nxt.group())))
        if m.headline and self.lang != "zh":
            # Title Case Headlines glue every word; a Chinese headline's Latin words are names
            # as written there ("奈杰尔·法拉奇（Nigel Farage）")
            before_name = after_name = False
            if pairs:
                self.head_glued.append((m, pairs))
        else:
            self.name_pairs |= pairs
        if before_name or after_name:
            # A country glued to a word is an attribute ("China Daily"); anything else is a
            # person or an organisation: remembered as a name, not listed.
            m.weight = 0.3 if is_country else -1.0
            m.last_of_name = before_name
        if (
            before_name
            and not is_country
            and not m.headline
            and not self.gaz.lookup(key_of(prev_w))
        ):
            # a first name before it: the place's name is this article's surname for a person
            self.after_first_name[(prev_w, own)] += 1
        if (
            not is_country
            and nxt
            and next_gap == " "
            and nxt.group().lower() in PERSON_AFTER
            and not m.event
            and all(c.population < 1_000_000 for c in cands)
        ):
            m.weight = min(m.weight, 0.2)


def latin_mentions(
    text: str, gaz: Gazetteer, index: SentenceIndex, headline_end: int = 0, lang: str = "en"
) -> tuple[list[PlaceMention], set[str]]:
    """The place mentions, and the keys of names the article uses for people."""
    scan = LatinScan(text, gaz, index, headline_end, lang)
    return scan.run(), scan.surnames
