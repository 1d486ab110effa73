"""People and organisations in Indonesian and English text, by rules over capitalised word runs.

A run of capitalised words ("Menteri Luar Negeri Retno Marsudi", "Asosiasi Diplomasi Publik
China") is split into title, organisation and name parts with the word lists in `names_lexicon`;
a bare capitalised name needs evidence to count as a person: a title before it, a role after it
in apposition, an honorific, or a speech verb ("kata X", "X said").
"""

from __future__ import annotations

import re

from . import names_lexicon as L
from .names_common import STRONG, SUBJECT, WEAK, NameMention
from .names_latin_roles import LatinRoles
from .names_latin_words import (
    ACRONYM,
    AGE,
    AGENCIES,
    ALIAS,
    COLLECTIVE,
    COMPASS,
    COORD,
    FIRST_NAME_PLACES,
    GEO_HEADS,
    LOCATIVES,
    ORG_LIST,
    PAIR,
    PLACE_INTRO,
    PLACE_TYPE,
    PLURAL_MARKERS,
    RANKS,
)
from .names_places import is_big_city, is_demonym, is_place, is_region


class LatinNames(LatinRoles):
    """Finds mentions in one article; build once per article."""

    def mentions(self) -> list[NameMention]:
        out: list[NameMention] = []
        self._located: set[tuple[str, ...]] = set()
        for i, j in self.runs():
            out.extend(self._classify(i, j))
        # "(Reuters)", "(ANTARA)": the wire service that filed the story, not an actor in it
        out = [
            m
            for m in out
            if not (
                m.text in AGENCIES
                and self.text[m.start - 1 : m.start] == "("
                and self.text[m.end : m.end + 1] == ")"
            )
        ]
        out = [m for m in out if not self._hospital_venue(m) and not self._thing_name(m)]
        # locative_name, article-wide: "the U.S. Desert Southwest" after "across the Desert Southwest"
        out = [m for m in out if not (m.keys in self._located and self._untitled(m))]
        self._coordinated_roles(out)
        return out

    def _span_text(self, i: int, j: int) -> tuple[str, int, int]:
        s, e = self.toks[i].start, self.toks[j - 1].end
        return self.text[s:e], s, e

    def _org(self, i: int, j: int, *, in_role: bool = False) -> NameMention:
        text, s, e = self._span_text(i, j)
        listed = ORG_LIST.match(self.text, e)
        if listed and j - i >= 2 and self.is_org_head(self.toks[i], 0):
            e = listed.end()  # "Badan Meteorologi, Klimatologi, dan Geofisika"
            text = self.text[s:e]
        m = NameMention(
            text, s, e, "organization", in_role=in_role, strength=STRONG, keys=(text.lower(),)
        )
        alias = ALIAS.match(self.text, e)
        # an acronym, or a short name this article defines for it ("Badan Pangan Nasional
        # (Bapanas)", "Badan SAR Nasional (Basarnas)"): later mentions of it are this organisation
        if alias and (
            ACRONYM.match(alias.group(1).replace(" ", "")) or alias.group(1) in self.local_orgs
        ):
            m.alias = alias.group(1)
        return m

    def _trim_run(self, i: int, j: int) -> tuple[int, int]:
        """[i, j) less leading sentence starters, days, months and connectors at either end."""
        toks = self.toks
        # leading sentence starters, days and months are not part of any name
        headed = any(t.low in L.ORG_HEADS or self.title_word(t) for t in toks[i + 1 : j])
        while (
            i < j
            and (
                (
                    self.is_common(toks[i])
                    and not self.is_org_head(toks[i], 0)
                    and (toks[i].first or not headed or toks[i].low in self.months)
                    and not (headed and (is_demonym(toks[i].low) or self.is_tail(toks[i].low)))
                )
                or toks[i].low in self.org_connectors
                or toks[i].low in L.NAME_CONNECTORS
            )
            and not self._keeps_first(i, j, headed)
        ):
            i += 1
        while j > i and (
            toks[j - 1].low in self.org_connectors or toks[j - 1].low in L.NAME_CONNECTORS
        ):
            j -= 1
        return i, j

    def _keeps_first(self, i: int, j: int, headed: bool) -> bool:
        """A first word that belongs to what follows: a title modifier before a title ("Mantan
        Menteri …"), a compass word before a place ("Western Sydney", "North Macedonia")."""
        t = self.toks[i]
        if headed and self.title_word(t):
            return True
        return t.low in COMPASS and i + 1 < j and is_place(self.toks[i + 1].text)

    def _place_named_org(self, i: int, j: int) -> bool:
        """Rule place_named_org: a big city's name and more capitalised words, without a title,
        name a team or a company ("Western Sydney Wanderers", "Chicago Cubs")."""
        toks = self.toks
        k = i + 1 if toks[i].low in COMPASS else i
        if j - k < 2 or self.honorific_before(i) or toks[k].low in FIRST_NAME_PLACES:
            return False
        if not is_big_city(toks[k].text):
            return False
        if all(t.low in COMPASS for t in toks[k + 1 : j]):
            return False  # rule compass_tail_place: "Jakarta Utara", "Bekasi Selatan" are places
        if toks[k + 1].low in self.months:
            return False  # "in London Thursday", "London May 5": a place, then a date
        return all(t.cap and not t.acro and not is_place(t.text) for t in toks[k + 1 : j])

    def _thing_run(self, i: int) -> bool:
        """A run opened mid-sentence by a capitalised common word names a thing or an event
        ("the World Series", "the Belt and Road"): what is left after that word is no person."""
        t = self.toks[i]
        return (
            t.cap
            and not t.first
            and t.low in L.NOT_NAME
            and self.is_common(t)  # not "Bill" in "founder Bill Gates" (rule name_homograph)
            and t.low not in self.months
            and not is_demonym(t.low)
        )

    def _classify(self, i: int, j: int) -> list[NameMention]:
        toks = self.toks
        thing = self._thing_run(i)
        i, j = self._trim_run(i, j)
        if i >= j:
            return []
        split = self._split_point(i, j)
        if split is not None:
            return self._classify(i, split) + self._classify(split + 1, j)
        rank = next(
            (
                k
                for k in range(i + 1, j - 1)
                if toks[k].low in RANKS and toks[k].cap and self.name_like(toks[k + 1])
            ),
            None,
        )
        if rank is not None:
            # "Kasat Lantas Polres Batu AKP Yoga Pratama": a rank ends the title, a name follows
            return [*self._orgs_in_role(i, rank), self._person(rank + 1, j, role=(i, rank + 1))]
        # a title inside the run: "Menteri Luar Negeri Retno Marsudi"
        r = next(
            (
                k
                for k in range(i, j)
                if toks[k].low in L.ROLE_HEADS
                and toks[k].cap
                and not (k == i and self.is_org_head(toks[k], 0))
                and not (k == j - 1 and k > i and self.is_org_head(toks[k], k - i))
                and not self._surname_title_word(i, j, k)
            ),
            None,
        )
        if r is not None:
            return self._titled(i, j, r)
        words = [t.low for t in toks[i:j]]
        # the run, or its last two or more words, is a known name: "Goldman Sachs", "Kenya Red
        # Cross" (looked up by suffix: the run's length, not the list's, bounds the work)
        if any(" ".join(words[k:]) in L.ORG_NAMES for k in range(len(words) - 1)) or (
            " ".join(words) in L.ORG_NAMES
        ):
            return [self._org(i, j)]
        # an organisation: a head word, a known name or acronym
        heads = [k for k in range(i, j) if self.is_org_head(toks[k], k - i)]
        if heads and (j - i >= 2 or self.is_known_org(toks[i])):
            return [self._org(i, j)]
        if self._place_named_org(i, j):
            return [self._org(i, j)]
        if thing:
            return [m for m in self._bare(i, j) if m.kind != "person"]
        return self._bare(i, j)

    def _titled(self, i: int, j: int, r: int) -> list[NameMention]:
        """A run with a title at r: what is before it, the organisations inside it, the name."""
        toks = self.toks
        out: list[NameMention] = []
        rs = self._extend_role_left(r, i)
        if rs > i:
            out.extend(self._classify(i, rs))
        n = self._role_complement_end(r, j)
        name_end = j
        while n < name_end and toks[n].low in L.NAME_CONNECTORS:
            n += 1
        k = n
        while k < name_end and len(toks[k].text) == 1 and toks[k].cap:
            k += 1
        if k - n >= 2 and name_end - k >= 1 and is_region("".join(t.text for t in toks[n:k])):
            n = k  # rule dotted_code_in_title: "Presiden A.S. Donald Trump": the title's country
        while name_end - n >= 3 and toks[n].low in self.place_words:
            n += 1  # rule place_word_in_title: "Presiden Makedonia Gjorge Ivanov", "di Makedonia"
        if any(
            not (self.name_like(t) or t.low in L.NAME_CONNECTORS or len(t.text) == 1)
            for t in toks[n:name_end]
        ):
            k = name_end
            while k > n and self.name_like(toks[k - 1]):
                k -= 1
            n = k
        if name_end - n == 1 and toks[n - 1].low in PLACE_INTRO | PLACE_TYPE | GEO_HEADS:
            n = name_end  # "Ketua KPU Kabupaten Kotabaru": the last word is a place
        if (
            name_end - n == 1
            and n > r + 1
            and is_region(toks[n].text)
            and toks[n].low not in FIRST_NAME_PLACES
        ):
            n = name_end  # rule title_place_tail: "Direktur Dewan Sekolah Mandiri Skotlandia"
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

    def _surname_title_word(self, i: int, j: int, k: int) -> bool:
        """Rule surname_title_word: a title word that ends a run right after a name titles no one
        after it; it is the name's last word ("Aditya Perdana", "Larry King")."""
        t = self.toks[k]
        if k != j - 1 or k == i or t.acro or not self.title_word(t):
            return False
        prev = self.toks[k - 1]
        return self.name_like(prev) and prev.low not in L.ROLE_HEADS

    def _region_at(self, k: int, j: int) -> int:
        """Rule region_in_run: the number of words (2 or 3) from token k that together name a
        country or region, the way the gazetteer writes it; 0 when none."""
        for w in (3, 2):
            if k + w <= j and is_region(self.text[self.toks[k].start : self.toks[k + w - 1].end]):
                return w
        return 0

    def _bare(self, i: int, j: int) -> list[NameMention]:
        """A run without a title: known organisations and acronyms, and bare names."""
        toks = self.toks
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
            w = self._region_at(k, j)
            if w:
                k += w  # "Amerika Serikat", "Korea Utara": a country, not a name's first words
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
                    or (e > k and self._surname_title_word(i, j, e))
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
            if lw in COORD:
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

    def _ticket(self, i: int, j: int) -> list[NameMention]:
        """ "Bambang Setiaji-Lestari Handayani": two full names joined by a hyphen are a ticket
        of two people (candidate and running mate); single words ("Kupang-Dili") are not."""
        toks = self.toks
        k = next((k for k in range(i + 1, j - 1) if PAIR.fullmatch(toks[k].text)), None)
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
        hon = self.honorific_before(i) or bool(AGE.match(self.text, toks[j - 1].end))
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
        if role and not right and self._team_before_name(i, j):
            return None  # rule role_team_comma: "Pemain pengganti Rangers, Glenn Middleton, …"
        if (
            j - i == 1
            and not hon
            and (
                is_place(text)
                or (role and not right and toks[role[0]].low in COLLECTIVE)
                or (role and not right and self._plural_role(*role))
            )
        ):
            # "pengusaha asal Aceh", "warga Tebet": a place; it counts only as a short mention
            # of someone already named ("Warren" after "Sen. Elizabeth Warren")
            role, right, strength = None, None, WEAK
        if text in AGENCIES and self.text[s - 1 : s] == "(":
            return None
        if not hon and not (role and role[1] <= i) and self._after_locative(i):
            self._located.add(tuple(t.low for t in toks[i:j] if t.low not in L.NAME_CONNECTORS))
            return None
        return self._person(i, j, role=role or right, strength=strength, speaker=speaks)

    def _team_before_name(self, i: int, j: int) -> bool:
        """One word between a title and ", Full Name": the title's team or office, and the
        person is the name after the comma ("Pemain pengganti Rangers, Glenn Middleton")."""
        toks = self.toks
        if j - i != 1 or j + 1 >= len(toks) or self.gap(j - 1).strip() != ",":
            return False
        e = j
        while e < len(toks) and e < j + 3 and self.name_like(toks[e]):
            e += 1
        # the full name is an apposition: a comma or the sentence's verb follows, not "and"
        return e - j >= 2 and (e >= len(toks) or self.gap(e - 1).strip() in {",", ""})

    def _plural_role(self, r: int, end: int) -> bool:
        """Rule plural_role: "para pemain Rangers" — a one-word title after a plural marker is
        held by many; the capitalised word right after it is their team or place ("para artis
        seperti Akala" still lists people)."""
        before = self.toks[r - 1] if r > 0 else None
        if end != r + 1 or before is None or before.low not in PLURAL_MARKERS:
            return False
        return not before.cap or before.first

    @staticmethod
    def _untitled(m: NameMention) -> bool:
        """No title or honorific before the name (a role after it, ", police said", is no title)."""
        return m.kind == "person" and not (m.role_span and m.role_span[1] <= m.start)

    def _after_locative(self, i: int) -> bool:
        """Rule locative_name: a bare name right after a preposition of place ("in", "di"),
        optionally through "the", names the place ("was found in Ballyhackamore, police said",
        "across the Desert Southwest"); a title or honorific before it still makes a person."""
        k = i - 1
        if k >= 1 and self.toks[k].low == "the" and not self.toks[k].cap:
            k -= 1
        if k < 0 or self.toks[k].cap or self.toks[k].low not in LOCATIVES:
            return False
        return all(self.gap(x).strip() == "" for x in range(k, i))

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
            if self.text[re_ : re_ + 1] == ")" and self.text.count("(", rs, re_) == 1:
                re_ += 1  # the title ends with its organisation's acronym: "… Rakyat (PUPR)"
            m.role, m.role_span = self.text[rs:re_], (rs, re_)
        alias = ALIAS.match(self.text, e)
        if alias and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", alias.group(1)):
            m.alias = alias.group(1)
        return m
