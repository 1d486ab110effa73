"""Organisations in Chinese news: noun runs that end in an organisation word.

"湖南省应急管理厅", "苏州市人民政府", "成都蓉城队": jieba's organisation tag (nt), an organisation
suffix or a well-known organisation, grown left over the nouns and places that name it. A mixin of
`names_zh.ZhNames`, which owns the tokens; kept apart because organisations and people are found by
different rules.
"""

from __future__ import annotations

from .names_common import STRONG, NameMention
from .names_zh_words import (
    _HAN,
    _KNOWN_ORGS,
    _NOT_ORG,
    _ORG_SUFFIXES,
    POSITION_AFTER,
    _is_place_word,
    _is_role,
    _Tok,
    generic_nt,
)

_CORP_FULL = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司")
# Tags of the words a title or an organisation's name may grow left over.
LEFT_OK = frozenset({"n", "nt", "ns", "nz", "vn", "j", "b", "l", "ng", "nrt", "an", "f"})
# One character after a name that makes it a place's name: a road, street, village, town, county.
PLACE_AFTER = frozenset("省市县区乡镇村庄屯寨街路道巷湾岛港桥站")


class ZhOrgs:
    """Organisation finding over `toks` (jieba tokens with offsets) of `text`."""

    text: str
    toks: list[_Tok]

    def in_skip(self, pos: int) -> bool:
        raise NotImplementedError

    def _orgs(self, taken: set[int]) -> list[NameMention]:
        out: list[NameMention] = []
        toks = self.toks
        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            if k in taken or self.in_skip(t.start) or not _HAN.match(t.word):
                k += 1
                continue
            if not self._is_org_word(k, taken):
                k += 1
                continue
            a, e, relation = self._org_bounds(k, taken)
            if relation:
                k = e
                continue
            parts = toks[a:e]
            text = self.text[toks[a].start : toks[e - 1].end]
            grounded = (
                any(p.flag in {"ns", "nt"} or p.word in _KNOWN_ORGS for p in parts)
                or (t.flag == "nt" and len(t.word) >= 3)
                or (len(text) >= 8 and text.endswith(_CORP_FULL))  # a registered company name
            )
            if (
                grounded
                and len(text) >= 2
                and text not in _NOT_ORG
                and not _is_role(text)
                and parts[0].word not in PLACE_AFTER  # "(康强)路/交汇处": a place's tail
                and not text.endswith(("关系", "合作", "问题", "会谈", "协议", "宾馆", "饭店"))
                and not text.endswith(("会展中心", "体育中心", "奥体中心", "展览中心", "会议中心"))
            ):
                if (e < n and toks[e].word in POSITION_AFTER) or self._located(toks[a].start):
                    k = e
                    continue  # "卫生院/西侧", "位于江心岛的某造船厂": rule zh_landmark, the scene
                in_role = e < n and _is_role(toks[e].word)
                out.append(
                    NameMention(
                        text,
                        toks[a].start,
                        toks[e - 1].end,
                        "organization",
                        strength=STRONG,
                        in_role=in_role,
                        keys=(text,),
                    )
                )
            k = e
        return out

    def _located(self, start: int) -> bool:
        """ "位于…的" right before: the organisation is where something happened."""
        head = self.text[max(0, start - 16) : start]
        cut = max(head.rfind(p) for p in "，。；！？")
        return head.endswith("的") and "位于" in head[cut + 1 :]

    def _is_org_word(self, k: int, taken: set[int]) -> bool:
        toks = self.toks
        t = toks[k]
        is_org = (
            t.word in _KNOWN_ORGS
            or (
                t.flag == "nt"
                and len(t.word) >= 2
                and not _is_place_word(t.word)
                and not generic_nt(t.word)
            )
            or (
                t.word.endswith(_ORG_SUFFIXES)
                and t.word not in _NOT_ORG
                and t.flag in {"n", "nt", "nz", "l", "j", "ng", "nr", "ns"}
            )
        )
        if (
            not is_org
            and t.word in ("队", "部", "局", "委", "厅", "院", "社", "党", "会", "所")
            and t.flag != "v"  # "山区/会(v)": a modal verb, not a society
            and k > 0
            and toks[k - 1].flag in ("ns", "nt", "nz", "j")
            and (k - 1) not in taken
        ):
            is_org = True  # "成都/蓉城/队", "福建省/委"
        return is_org

    def _org_bounds(self, k: int, taken: set[int]) -> tuple[int, int, bool]:
        """Token range [a, e) of the organisation name around the organisation word at k, and
        whether it is a relation between parties ("中国—东盟博览会") rather than a name."""
        toks = self.toks
        n = len(toks)
        # extend right to the last organisation word ("总队/郑州/支队")
        e = k + 1
        look = e
        while (
            look < n
            and look - e < 3
            and _HAN.match(toks[look].word)
            and (toks[look].flag in LEFT_OK | {"nt"})
            and (look not in taken)
        ):
            look += 1
            if toks[look - 1].word.endswith(_ORG_SUFFIXES) and toks[look - 1].word not in _NOT_ORG:
                e = look
        a = k
        bridged = False
        while a - 1 >= 0 and k - a < 6:
            p = toks[a - 1]
            if (
                p.word in ("和", "与")
                and not bridged
                and a - 2 >= 0
                and toks[a - 2].flag in LEFT_OK
            ):
                bridged = True  # "发展和改革委员会"
                a -= 1
                continue
            if (a - 1) in taken or not _HAN.match(p.word) or p.flag not in LEFT_OK | {"nt"}:
                break
            if p.flag in ("n", "vn", "l") and toks[a].flag == "ns":
                break  # a name starts at its place: "战胜/上海/海港/队"
            a -= 1
        while a < k and (
            toks[a].word in ("和", "与", "名", "位")
            or (toks[a].flag in ("v", "vn") and toks[a + 1].word not in ("和", "与"))
        ):
            a += (
                1  # "面向/东盟": a verb before the name is not part of it; "5/名/清华大学": a count
            )
        if self.text[toks[a].start - 1 : toks[a].start] in "—-－" and toks[a].start > 0:
            return a, e, True  # "中国—东盟博览会": a relation between parties, not an actor
        if self.text[toks[e - 1].end : toks[e - 1].end + 1] in ("—", "-", "－") and e - a == 1:
            return a, e, True
        return a, e, False
