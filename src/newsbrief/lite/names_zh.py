"""People and organisations in Chinese news: jieba's part-of-speech tags plus title and suffix rules.

jieba tags person names (nr), transliterated names (nrt), organisations (nt) and places (ns); its
guesses are checked against a surname table and strengthened by what surrounds them: a title just
before the name ("外交部发言人汪文斌"), a speech verb after it ("……，王立群说"), or a middle dot in a
transliterated name ("穆罕默德·本·萨勒曼"). Organisations are found by `names_zh_orgs`.
"""

from __future__ import annotations

import bisect
import re

from ..model import Span
from .names_common import STRONG, SUBJECT, WEAK, NameMention, SpanSet
from .names_zh_orgs import LEFT_OK, PLACE_AFTER, ZhOrgs
from .names_zh_words import (
    _HAN,
    _KNOWN_ORGS,
    _ORG_SUFFIXES,
    _ROLE_NAME_ROLES,
    _SPEECH,
    _SURNAMES_1,
    _TRANSLIT,
    HONORIFICS,
    _common_word,
    _is_role,
    _not_a_name,
    _phrase,
    _plain_name,
    _surname_ok,
    _Tok,
    before_number,
    facility_head,
    glued_translit_end,
    posseg,
    reporter_post,
    translit_run_end,
    trim_role_tail,
    zh_words,
)

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
_PEOPLE_GROUPS = frozenset(zh_words("people_groups"))
_THIS = frozenset({"这位", "这名", "该", "此", "那位", "这个", "其"})
# "加夫列尔·马丁内斯", "让-皮埃尔·杜邦": a hyphen joins parts of a given name
_DOT_NAME = re.compile(
    rf"[{_TRANSLIT}]{{1,8}}(?:-[{_TRANSLIT}]{{1,8}})?(?:[·•・][{_TRANSLIT}]{{1,8}})+"
)
# Japanese and Korean names are written in plain Han characters, without a middle dot: after
# their nationality and a role ("日本选手山本美咲，") the next 2-4 characters are the name.
_JA_KO_NAME = re.compile(
    r"(?P<role>(?:日本|韩国|朝鲜)(?:籍)?(?:选手|球员|运动员|棋手|名将|队员|主教练|教练|首相|总理|外相|外长|"
    r"总统|议员|大使|演员|歌手|导演|作家|学者|专家))"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，。、；：！？“”（）\s]|以|在|和|与|的|则|也|说|表示|称|$)"
)
# Any post followed by 2-4 plain Han characters and a break: the holder's name, also when jieba
# does not know it as one ("候选人山田健一和佐藤明美"); a second name after 和/与/、 shares the post.
_NAME_BREAK = r"(?=[，。、；：！？“”（）\s]|以|在|和|与|的|则|也|说|表示|称|等|$)"


def _role_name_re(roles: frozenset[str]) -> re.Pattern[str]:
    alts = "|".join(sorted((r for r in roles if len(r) >= 2), key=len, reverse=True))
    return re.compile(rf"(?P<role>{alts})(?P<name>[\u4e00-\u9fff]{{2,4}}?){_NAME_BREAK}")


_ROLE_NAME = _role_name_re(_ROLE_NAME_ROLES)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


class ZhNames(ZhOrgs):
    def __init__(self, text: str, skip: list[Span] | None = None) -> None:
        self.text = text
        self.skip = SpanSet(skip)
        pseg = posseg()
        toks: list[_Tok] = []
        pos = 0
        for pair in pseg.cut(text):
            w, f = pair.word, pair.flag
            toks.append(_Tok(w, f, pos, pos + len(w)))
            pos += len(w)
        self.toks = toks
        self.starts = [t.start for t in toks]
        self.seen: set[str] = set()  # names already found with a title or a speech verb

    def in_skip(self, pos: int) -> bool:
        return pos in self.skip

    # --- roles ----------------------------------------------------------------------------------

    def _left_role(self, i: int) -> tuple[int, int] | None:
        """Token range [a, i) of a title ending just before token i."""
        toks = self.toks
        k = i - 1
        if k < 0:
            return None
        if not _is_role(toks[k].word):
            return None
        a = k
        chars = len(toks[k].word)
        while a - 1 >= 0 and i - a < 8:
            t = toks[a - 1]
            if t.word in ("和", "与") and a - 2 >= 0 and toks[a - 2].flag in LEFT_OK:
                a -= 1  # "发展和改革委员会副主任"
                chars += 1
                continue
            ok = (
                t.flag in LEFT_OK
                or t.word in {"驻华", "驻", "副", "常务", "执行", "前", "新任", "兼"}
                or (t.flag == "nr" and len(t.word) == 1)
                or t.word.startswith("驻")
                or (t.flag == "m" and t.word.startswith("第"))
                or t.word in _KNOWN_ORGS
                or _is_role(t.word)
            )
            if not ok or not _HAN.match(t.word) or chars + len(t.word) > 22:
                break
            if t.flag in _NAME_TAGS and len(t.word) >= 2 and _surname_ok(t.word):
                break  # another person's name ("习近平主席和……")
            a -= 1
            chars += len(t.word)
        return a, i

    def _right_role(self, j: int) -> tuple[int, int] | None:
        """A title right after the name: "周浩黎大使", "王立群，外交部发言人，"."""
        toks = self.toks
        if j < len(toks) and _is_role(toks[j].word):
            return j, j + 1
        return None

    def _speaks(self, i: int, j: int) -> bool:
        toks = self.toks
        k = j
        if k < len(toks) and toks[k].word in ("（", "("):
            # "马尔蒂诺（Martino）说": the name's gloss stands between it and the verb
            close = next(
                (x for x in range(k + 1, min(k + 8, len(toks))) if toks[x].word in ("）", ")")),
                None,
            )
            k = close + 1 if close is not None else k
        if k < len(toks) and _is_role(toks[k].word):
            k += 1
        if k < len(toks) and toks[k].word in ("在", "于", "也", "还", "则", "今天", "当天", "日前"):
            k += 1
        if k < len(toks) and toks[k].word in _SPEECH:
            return True
        return (
            i > 0
            and toks[i - 1].word in ("据", "记者", "对")
            and k < len(toks)
            and toks[k].word in _SPEECH
        )

    # --- mentions ------------------------------------------------------------------------------

    def _toks_in(self, s: int, e: int) -> range:
        """Indices of the tokens that overlap [s, e)."""
        a = max(0, bisect.bisect_right(self.starts, s) - 1)
        if a < len(self.toks) and self.toks[a].end <= s:
            a += 1
        return range(a, bisect.bisect_left(self.starts, e))

    def _free(self, s: int, e: int, taken: set[int]) -> bool:
        return not self.in_skip(s) and not any(k in taken for k in self._toks_in(s, e))

    def _titled_names(self, taken: set[int]) -> list[NameMention]:
        """Names written right after a post, found on the text: Japanese and Korean names after
        nationality and post, and any name after a post ("候选人山田健一和佐藤明美") that is not a
        dictionary word, a place or a clan."""
        out: list[NameMention] = []
        for rx, checked in ((_JA_KO_NAME, False), (_ROLE_NAME, True)):
            for m in rx.finditer(self.text):
                role, role_span = m.group("role"), m.span("role")
                full, full_span = self.role_near(*m.span("name")) if checked else (None, None)
                if full and full_span and full.endswith(role) and full_span[1] == role_span[1]:
                    role, role_span = full, full_span  # "外交部发言人汪文斌": the whole title
                spans = [m.span("name")]
                size = spans[0][1] - spans[0][0]
                while self.text[spans[-1][1] : spans[-1][1] + 1] in ("和", "与", "、"):
                    s = spans[-1][1] + 1  # a second name of the same length shares the post
                    if not _HAN_RUN.fullmatch(self.text, s, s + size):
                        break
                    spans.append((s, s + size))
                if checked and not self._post_ends_word(m.end("role"), m.group("name")):
                    continue
                for s, e in spans:
                    name = self.text[s:e]
                    if checked and m.group("role") in _PEOPLE_GROUPS and _phrase(name):
                        out.append(self._post_group(m.span("role")))
                        break
                    if not self._free(s, e, taken) or (checked and not _plain_name(name)):
                        break
                    jk = NameMention(name, s, e, "person", strength=STRONG, keys=(name,))
                    jk.role, jk.role_span = role, role_span
                    jk.speaker = self.text.startswith(tuple(_SPEECH), e)
                    out.append(jk)
                    self.seen.add(name)
                    taken.update(self._toks_in(s, e))
        return out

    def _post_ends_word(self, end: int, name: str) -> bool:
        """Rule zh_post_compound: the post must end a word and the name must not open with a
        plural or list mark: "居民楼/得以" is a building, "消防队员/们/赶到" a plural."""
        k = bisect.bisect_left(self.starts, end)
        return k < len(self.starts) and self.starts[k] == end and name[0] not in "们等"

    def _post_group(self, span: Span) -> NameMention:
        """Rule zh_post_group: a post many hold, followed by what they did ("市民纷纷来电"), not by
        a name: the post's holders are the actor, as a group."""
        s, e = span
        word = self.text[s:e]
        return NameMention(word, s, e, "group", strength=STRONG, keys=(word,))

    def mentions(self) -> list[NameMention]:
        out: list[NameMention] = []
        toks = self.toks
        n = len(toks)
        taken: set[int] = set()
        for m in _DOT_NAME.finditer(self.text):
            s, e = m.start(), trim_role_tail(self.text, m.end())
            if self.in_skip(s):
                continue
            name = self.text[s:e]
            dotted = NameMention(name, s, e, "person", strength=STRONG, keys=(name,))
            dotted.role, dotted.role_span = self.role_near(s, e)
            out.append(dotted)
            taken.update(self._toks_in(s, e))
        out.extend(self._titled_names(taken))
        i = 0
        while i < n:
            t = toks[i]
            if self.in_skip(t.start) or i in taken:
                i += 1
                continue
            m = self._person_at(i)
            if m is not None:
                mention, j = m
                out.append(mention)
                if mention.strength >= STRONG:
                    self.seen.add(mention.text)
                taken.update(range(i, j))
                i = j
                continue
            i += 1
        out.extend(self._orgs(taken))
        out.extend(self._unnamed_speakers(taken))
        out.sort(key=lambda m: m.start)
        return [m for m in out if not (m.kind == "person" and m.role and reporter_post(m.role))]

    def _unnamed_speakers(self, taken: set[int]) -> list[NameMention]:
        """Rule zh_unnamed_speaker: a post followed by a speech verb with no name between
        ("该州的官员称", "警方发言人表示") speaks for its holders: they are an actor, as a
        group; a name before the post ("王毅外长说") is the speaker instead."""
        out: list[NameMention] = []
        toks = self.toks
        for k in range(len(toks) - 1):
            t = toks[k]
            if k in taken or toks[k + 1].word not in _SPEECH or not _is_role(t.word):
                continue
            if self.in_skip(t.start) or (k > 0 and toks[k - 1].flag in _NAME_TAGS):
                continue
            a, _ = self._left_role(k + 1) or (k, k + 1)
            if a > 0 and toks[a - 1].word in _THIS:
                continue  # "这位球员说": the player already named
            s, e = toks[a].start, t.end
            word = self.text[s:e]
            out.append(
                NameMention(word, s, e, "group", strength=STRONG, speaker=True, keys=(word,))
            )
        return out

    def _glossed_end(self, j: int) -> int:
        """Rule zh_glossed_translit: "马尔蒂/诺/（Martino）" — one transliteration character
        left before the name's Latin gloss is the name's last syllable."""
        toks = self.toks
        if (
            j + 2 < len(toks)
            and len(toks[j].word) == 1
            and toks[j].word in _TRANSLIT
            and toks[j + 1].word in ("（", "(")
            and toks[j + 2].flag == "eng"
        ):
            return j + 1
        return j

    def _honorific(self, k: int) -> bool:
        return k < len(self.toks) and self.toks[k].word in HONORIFICS

    def _name_end(self, i: int) -> int | None:
        """Token index after a person name starting at token i, or None."""
        toks = self.toks
        t = toks[i]
        if (run := translit_run_end(toks, i)) is not None:
            return run  # "埃/尔多/安": rule zh_translit_run
        if t.flag in _NAME_TAGS and len(t.word) >= 2 and _HAN.match(t.word):
            if _is_role(t.word) or t.word in _KNOWN_ORGS:
                return None
            nxt = toks[i + 1].word if i + 1 < len(toks) else ""
            if len(nxt) == 1 and nxt in _ORG_SUFFIXES:
                return None  # "卫健/委": part of an organisation's short name
            if i + 1 < len(toks) and facility_head(toks[i + 1]):
                return None  # "金星/酒店", "文三/西路": rule zh_facility_name
            if (
                len(t.word) == 2
                and len(nxt) == 1
                and toks[i + 1].flag in _NAME_TAGS
                and _surname_ok(t.word + nxt)
            ):
                return i + 2  # "白玉/梅": jieba cut the given name
            return self._glossed_end(glued_translit_end(toks, i + 1))
        if (
            len(t.word) == 1
            and t.flag in _NAME_TAGS
            and i + 1 < len(toks)
            and toks[i + 1].flag in _NAME_TAGS
            and len(toks[i + 1].word) <= 3
        ):
            return i + 2  # "布/林肯"
        if len(t.word) == 1 and t.word in _SURNAMES_1 and self._honorific(i + 1):
            return i + 2  # "蔡/女士": rule zh_surname_honorific
        # jieba sometimes splits a name after a title: "大使/周/浩黎"
        if (
            len(t.word) == 1
            and t.word in _SURNAMES_1
            and i + 1 < len(toks)
            and 1 <= len(toks[i + 1].word) <= 2
            and _HAN.match(toks[i + 1].word)
            and toks[i + 1].flag not in {"v", "p", "uj", "ul", "c", "d", "m", "q", "r", "f", "x"}
        ):
            return i + 2
        return None

    def _person_at(self, i: int) -> tuple[NameMention, int] | None:
        toks = self.toks
        j = self._name_end(i)
        if j is None:
            return None
        name = "".join(t.word for t in toks[i:j])
        glossed = j == i + 2 and self._glossed_end(i + 1) == j  # "马尔蒂/诺/（Martino）"
        tagged = (j == i + 1 or glossed) and toks[i].flag in _NAME_TAGS
        role = self._left_role(i)
        right = None if role else self._right_role(j)
        speaks = self._speaks(i, j)
        if j < len(toks) and (
            toks[j].word in PLACE_AFTER
            or (toks[j].flag in ("s", "ns") and toks[j].word[0] in PLACE_AFTER)
            or facility_head(toks[j])
        ):
            return None  # rule zh_place_suffix: "康强/路", "王庄/村": the name of a road or village
        honorific = (j == i + 2 and self._honorific(i + 1)) or (
            tagged and name[0] in _SURNAMES_1 and name[1:] in HONORIFICS  # "王师傅" one token
        )
        if not tagged and not honorific and (not (role or name in self.seen) or _phrase(name)):
            return None  # an untagged split name is only trusted after a title, and not "和/家长"
        if tagged and name[0] == "和" and i > 0 and toks[i - 1].flag[:1] == "n":
            return None  # "乐团/和乐队/等": rule zh_conjunction_he, 和 joins two nouns here
        if not role and (_not_a_name(name) or before_number(toks, j)):
            return None  # "石登乡", "吴庄", "徐闻县", "甘托克": a place; "吕氏", "张姓": a clan
        if (
            tagged
            and not (role or right or speaks)
            and i > 0
            and toks[i - 1].flag == "ns"
            and name not in self.seen
        ):
            return None  # "东湖新区/华盛农/批/蔬菜市场": rule zh_place_glued, a place's part
        if (
            not role
            and not speaks
            and i >= 2
            and toks[i - 1].word == "、"
            and toks[i - 2].flag not in _NAME_TAGS
        ):
            return None  # "公安、交通、应急、卫健等部门": an item in a list of departments
        if (
            tagged
            and _common_word(name)
            and not (role or honorific)
            and not (speaks and len(name) == 3)
        ):
            return None  # jieba's dictionary files 顾问, 查明, 马拉松 under nr; 李强 has a title
        foreign = toks[i].flag == "nrt" or not _surname_ok(name)
        if role or right or (speaks and not foreign):
            strength = STRONG
        elif speaks or (not foreign and len(name) >= 2):
            strength = SUBJECT if not foreign else WEAK
        else:
            strength = WEAK
        if foreign and not (role or right or speaks) and name not in self.seen:
            return None
        if right and not role and right[1] < len(toks) and self._name_end(right[1]) is not None:
            return None  # "刑二庭/庭长/刘卫东": the unit in a title, then the title-holder
        s, e = toks[i].start, toks[j - 1].end
        m = NameMention(name, s, e, "person", strength=strength, speaker=speaks, keys=(name,))
        span = role or right
        if span:
            rs, re_ = toks[span[0]].start, toks[span[1] - 1].end
            m.role, m.role_span = self.text[rs:re_], (rs, re_)
        return m, j

    def role_near(self, start: int, end: int) -> tuple[str | None, Span | None]:
        # tokens inside the span, found by binary search (a scan of every token per name made
        # a long Chinese page quadratic)
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        idx = [k for k in range(lo, hi) if self.toks[k].end <= end]
        if not idx:
            # the name is inside a jieba token: look at the tokens around the span instead
            idx = list(self._toks_in(start, end))
            if not idx:
                return None, None
        i, j = idx[0], idx[-1] + 1
        span = self._left_role(i) or self._right_role(j)
        if not span:
            return None, None
        rs, re_ = self.toks[span[0]].start, self.toks[span[1] - 1].end
        return self.text[rs:re_], (rs, re_)
