"""Titles, roles and the evidence around a name in Indonesian and English text.

A title before a name ("Menteri Luar Negeri Retno Marsudi"), a role after it in apposition
("Max Lee, influencer online dari Malaysia"), an honorific, a speech verb ("kata X", "X said"):
what makes a bare capitalised name a person, and the role reported with it.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..model import Span
from . import names_lexicon as L
from .names_common import STRONG, NameMention
from .names_latin_words import (
    CALLED,
    COORD,
    EN_VERBS,
    GEO_HEADS,
    HEAD_VERB_NEXT,
    HOSPITAL,
    HOSPITAL_BEFORE,
    ID_ONLY,
    PLACE_INTRO,
    PLACE_TYPE,
    POLITE,
    PREPOSITIONS,
    STOP_ROLE,
    VERB_PREFIX,
    LatinWords,
)
from .names_places import is_demonym, is_place, is_region


class LatinRoles(LatinWords):
    """Roles and evidence around names; `LatinNames` builds mentions on top of it."""

    # --- roles ------------------------------------------------------------------------------------

    def _strip_role(self, a: int, b: int) -> tuple[int, int] | None:
        """Trim [a, b) of trailing honorifics and connectors; None when nothing is left."""
        toks = self.toks
        while b > a and (
            toks[b - 1].low in L.ORG_CONNECTORS
            or toks[b - 1].low in POLITE
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
            if b > a and toks[a].low in POLITE:
                return None
        return (a, b) if b > a else None

    def _extend_role_left(self, r: int, limit: int) -> int:
        """English-style modifiers before a title: "Chinese Foreign Minister", "Apple CEO"."""
        toks = self.toks
        k = r
        while k - 1 >= limit and re.fullmatch(r"[ \u00a0]|\.\s?", self.gap(k - 1)):
            t = toks[k - 1]
            if self.title_word(t):
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
            and not (toks[h].first and "." in self.gap(h - 1))  # "kata Polisi. Petugas …"
        ):
            h -= 1
        if h < i:
            # "Kepala Dinas ..., H. Muhammad Ali": the title stands before the honorific
            outer = self._left_role_at(h) if h > 0 else None
            return outer or self._strip_role(h, i)
        return self._left_role_at(i)

    def _title_gap(self, i: int) -> bool | None:
        """How a title before token i may end: None if the gap cannot end one, True at a comma
        ("Menteri Luar Negeri, Retno"), False at a space or a title's full stop."""
        toks = self.toks
        g = self.gap(i - 1)
        comma = g.strip() == ","
        # a full stop after a title ends its sentence when the sentence finder says so
        dot_ok = (len(toks[i - 1].text) == 1 or toks[i - 1].low in L.HONORIFICS) and not toks[
            i
        ].first
        if (
            re.fullmatch(r"\s", g)
            or (dot_ok and re.fullmatch(r"\.\s?", g))
            or (comma and "\n" not in g)
        ):
            return comma
        return None

    def _left_role_at(self, i: int) -> tuple[int, int] | None:
        toks = self.toks
        comma = self._title_gap(i)
        if comma is None:
            return None
        if toks[i - 1].low in PLACE_TYPE and not comma:
            return None  # "warga Desa Sukamaju", "ibu kota Pasaman": a place, not a person
        head: int | None = None
        k = i - 1
        steps = 0
        lower_unknown = 0
        while k >= 0 and steps < 14:
            t = toks[k]
            lw = t.low
            if lw in PREPOSITIONS and head is None:
                break
            if lw == "ibu" and k + 1 < len(toks) and toks[k + 1].low == "kota":
                break  # "ibu kota": capital city
            if (
                lw == "head"
                and k + 1 < len(toks)
                and toks[k + 1].low in HEAD_VERB_NEXT
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
                and not (k + 1 < i and toks[k + 1].low in COORD and self.name_like(t))
            ):
                pass  # part of a capitalised role complement ("Republik Indonesia", "Mongolia")
            elif (
                not t.cap
                and head is None
                and lower_unknown < 3
                and lw not in STOP_ROLE
                and lw not in L.SPEECH_BEFORE
                and lw not in PREPOSITIONS
                and not VERB_PREFIX.match(lw)
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
            if "." in g and t.first:
                break  # title_ends_with_sentence: "… look no further. Designers Valentino …"
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
        head = self._extend_role_left(head, max(0, head - 6)) if self.lang == "en" else head
        return self._strip_role(head, i)  # a role ends before the name (and before its comma)

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
                lw in STOP_ROLE
                or lw in L.SPEECH_AFTER
                or (
                    not toks[k].cap
                    and self.lang != "en"
                    and VERB_PREFIX.match(lw)
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

    def _role_complement_end(self, r: int, j: int) -> int:
        """Index after the words that complete the title at r ("Menteri Luar Negeri", "Wali Kota
        Banjarmasin"); what follows is the name."""
        toks = self.toks
        geo = toks[r].low in GEO_HEADS or (r + 1 < j and toks[r + 1].low == "kota")
        p = r + 1
        while p < j:
            t = toks[p]
            lw = t.low
            if (
                self.title_word(t)
                or self.is_tail(lw)
                or lw in L.HONORIFICS
                or t.acro
                or self.is_known_org(t)
                or is_demonym(lw)
                or (lw in L.ORG_HEADS and not (self.lang == "en" and lw in ID_ONLY))
            ):
                p += 1
                continue
            intro = toks[p - 1].low in PLACE_INTRO
            if (
                intro
                and toks[p - 1].low not in {"of", "di"}
                and t.cap
                and (j - p >= 3 or (j - p == 2 and is_place(t.text)))
            ):
                # "Kabupaten Kotabaru", "Kota Banjarmasin": a place; but in "Menteri Urusan Kota
                # Shane Thompson" the two words left are the name, the first no place
                p += 1
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
            # the name stops before its own bracketed acronym ("… Bencana (BNPB)"), its alias
            end = next((k for k in range(first + 1, b) if "(" in self.gap(k - 1)), b)
            while end > first and (not toks[end - 1].cap or toks[end - 1].low in L.HONORIFICS):
                end -= 1
            if end - first >= 2:
                out.append(self._org(first, end, in_role=True))
        return out

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
            return (t.low.endswith("ed") and len(t.low) > 4) or t.low in EN_VERBS
        return bool(VERB_PREFIX.match(t.low)) and t.low not in L.ROLE_TAIL

    def _appositive_speaker(self, j: int) -> bool:
        """ "Nur Hidayati, mengaku …", "Gwen Hughes, who runs a cafe in Barmouth, said …": a
        name set off by a comma whose clause goes on with a speech verb is the speaker."""
        t = self.toks[j]
        if t.low in L.SPEECH_AFTER and t.low not in EN_VERBS:
            return True
        # an apposition may hold a clause of its own ("Peter Marsh, of the consultancy CGA, which
        # compiled the figures, said"): up to three commas are passed on the way to the verb
        commas = 0
        for k in range(j + 1, min(j + 20, len(self.toks))):
            g = self.text[self.toks[k - 1].end : self.toks[k].start]
            if any(c in g for c in '.!?\n"“”'):
                return False
            if g.replace(")", "").strip() == ",":
                nt = self.toks[k]
                if not nt.cap and nt.low in L.SPEECH_AFTER:
                    return True
                commas += 1
                if commas == 3 or nt.cap:
                    return False
        return False

    def honorific_before(self, i: int) -> bool:
        if i == 0:
            return False
        t = self.toks[i - 1]
        return (
            (t.low in L.HONORIFICS or t.low in POLITE)
            and t.cap
            and bool(re.fullmatch(r"\.?\s", self.gap(i - 1)))
            and not (self.toks[i].first and "." in self.gap(i - 1))
        )

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
        return bool(CALLED.search(self.text, max(0, m.start - 16), m.start)) and not m.role

    def _hospital_venue(self, m: NameMention) -> bool:
        if m.kind != "organization":
            return False
        b = HOSPITAL_BEFORE.search(self.text, max(0, m.start - 24), m.start)
        return bool(b) and (bool(b.group("rs")) or bool(HOSPITAL.search(m.text)))
