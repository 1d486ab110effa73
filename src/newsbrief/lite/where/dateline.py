"""Datelines and the headline, as the WHERE rules read them.

A dateline names the city a report was filed from ("JAKARTA, KOMPAS.com -", "新华社北京5月18日电");
it is strong evidence for a place, and where no other place in the lead says where the event was,
it is the event place too.
"""

from __future__ import annotations

import re

from ...model import Article

DATELINE = [
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


# A dateline on its own line under the byline: "Jakarta ● Thu, March 14, 2024".
_BYLINE_DATELINE = re.compile(
    r"^[ \t]*(?P<p>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})[ \t]*[●•|][ \t]*"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)",
    re.M,
)


def dateline_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for ps, pe in paras[:3]:
        head = text[ps : min(pe, ps + 120)]
        for rx in DATELINE:
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


def headline_end(article: Article) -> int:
    """End of the headline when the article starts with one (a short line without a full stop)."""
    paras = article.paragraphs
    if len(paras) < 2:
        return 0
    s, e = paras[0]
    line = article.text[s:e].strip()
    if not line or line[-1] in ".!?。！？;；:：\"”'" or len(line.split()) > 25 or len(line) > 160:
        return 0
    return e
