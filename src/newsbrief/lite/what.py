"""The main event: one sentence, normally the lead, with datelines, bylines and captions set aside."""

from __future__ import annotations

import re

from ..model import Article, What
from .layout import layout

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
# A clause that refers back to the attribution's subject ("比亚迪……公告称，公司……"): keep both.
_ZH_PRONOUN = ("公司", "该", "其", "他", "她", "我", "双方", "此", "这", "本")


def main_clause(body: str, lang: str) -> tuple[int, int]:
    """[start, end) within a lead sentence of the clause(s) that tell the event: a long sentence
    loses its trailing circumstances ("…, killing 11", "… setelah …", "…, officials said") and,
    in Chinese, a leading attribution or time clause ("上海市公安局18日通报，")."""
    if lang == "zh":
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
        while (end - start < _ZH_TARGET or _ZH_ATTRIB.search(body[start:end])) and k + 1 < len(
            parts
        ):
            k += 1  # a clause ending in 表示/称 is followed by what was said
            end = parts[k][1]
        if k == len(parts) - 1:
            end = len(body)
        return start, end
    words = list(_LATIN_WORD.finditer(body))
    if len(words) <= _LONG_WORDS:
        return 0, len(body)
    floor = words[_MIN_WORDS - 1].end()
    cut_re = _CUT_EN if lang == "en" else _CUT_ID
    m = cut_re.search(body, floor)
    if not m:
        return 0, len(body)
    return 0, m.start()


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


def find_what(article: Article) -> What | None:
    """The lead sentence found by the layout pass, cut to the clause(s) that tell the event."""
    if not article.sentences:
        return None
    lay = layout(article)
    if lay.lead is None:
        return None
    start, end = lay.lead
    body = article.text[start:end]
    if lay.lead_sentence is not None and lay.headline and start < lay.headline[1]:
        return What(text=body, span=(start, end))  # no lead: the title stands in
    a, b = main_clause(body, article.lang)
    return What(text=body[a:b], span=(start + a, start + b))
