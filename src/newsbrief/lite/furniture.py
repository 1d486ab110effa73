"""Page furniture: the lines and inline runs of a scraped news page that are not story.

Cross-links ("Baca juga", "Read more"), bylines, captions and their labels, photo credits, video
players, share bars and newsletter boxes, written on a line of their own or inside running text.
The layout pass (layout.py) reads every line through `is_junk_line` and the whole text once
through `inline_furniture`; no brief field looks for names, places or the event inside them.
"""

from __future__ import annotations

import re

from ..model import Span

SENTENCE_END = re.compile(r"[.!?\"”'’]\s+(?=[A-Z\"“])")
# News agencies and outlets as datelines and bylines write them ("Jakarta (ANTARA) -",
# "Rizky Pratama - detikNews", "Liputan6.com, Bandung -"): a dateline or a byline is known by them.
OUTLET = re.compile(
    r"ANTARA|Reuters|AFP|\bAP\b|Xinhua|Bernama|Kyodo|Yonhap|CNN|KOMPAS|Kompas|detik|Tempo|"
    r"Liputan6|Okezone|Tribun|Sindo|Republika|VIVA|\.com|\.id|\.co|Bisnis|Jawa Pos|Suara"
)
# Rule outlet_line: a line that is only the outlet's name, after a reporter's name or a team:
# "CNN Indonesia", "Rizky Pratama - detikNews", "Tim Redaksi - Kompas.com".
_OUTLET_LINE = re.compile(
    r"^(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[-–|/]\s*)?"
    r"\S*(?:" + OUTLET.pattern + r")\S*(?:\s+[A-Z][a-z]+)?$"
)
# Lines that are page furniture rather than story: cross-links, bylines, captions, credits.
_JUNK_LINE = re.compile(
    r"""^\s*(?:
        (?:baca|lihat|simak|tonton|read|see|watch)\s+(?:juga|also|more|selengkapnya)\b
      | also\s+read\b | related\s*: | artikel\s+terkait\b | berita\s+terkait\b
      | laporan\s+wartawan\b | (?:image|photo|video)\s+(?:caption|source)\b | published\s*:
      | (?:sumber|keterangan)\s+(?:gambar|foto|video)\b | (?:图片来源|图像来源|图像加注文字|图片说明)
      | (?:penulis|editor|pewarta|reporter)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:[|/,]|$)
      | (?:reporter|penulis|editor|pewarta|redaktur|sumber|source|foto|photo|caption|image|video
         |ilustrasi|keterangan\s+foto|copyright|credit|credits|kontributor|laporan\s+wartawan
         |written\s+by|reporting\s+by|editing\s+by|additional\s+reporting)\s*[:：|/]
      | by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$
      | (?:advertisement|scroll\s+to\s+continue|iklan)\b
      | (?:相关阅读|延伸阅读|推荐阅读|相关新闻|责任编辑|编辑|记者|来源|图|图片|图片来源|摄影|作者|校对|审核|
         原标题|点击|扫码|关注)\s*[:：|]
      | [\u4e00-\u9fff]{0,8}(?:记者|通讯员|特约记者)(?:\s*[\u4e00-\u9fff·]{2,5}){1,4}\s*$
      | \(\s*[A-Z]{1,5}(?:/[A-Za-z0-9-]{1,6})+\s*\)\s*$
      | （\s*(?:记者|编辑|责任编辑|完)[^）]*）\s*$
      | 【[^】]{0,30}】\s*$
    )""",
    re.X | re.I,
)
_CAPTION = re.compile(
    r"(?:ANTARA\s*FOTO/|\bFOTO\s*:|\bPhoto\s*:|\(Foto\s*:|\(Photo\s*:|\bREUTERS/[A-Z]|\bAFP\s+PHOTO\b"
    r"|\(AP\s+Photo|\bGetty\s+Images\b|\bdok\.\s|\(Dok\.|图/|（图|摄）|供图）)",
)
# A photo credit in the photographer/outlet form: "(Melina Mara/The Washington Post)",
# "(JOHN SMITH/European Pressphoto Agency)", "(AFP/Getty Images)".
_NAME_CREDIT = (
    r"\((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+\s*/\s*(?:The\s+)?[A-Z][\w.'’&-]+"
    r"(?:\s+[A-Z][\w.'’&-]*){0,4}\)"
)
# Furniture written inside running text, as scraped pages keep it: video players, share bars,
# newsletter boxes, photo credits, related-story links.
_INLINE = re.compile(
    r"""
      \bSkip\s+Ad\b(?:\s+Ad\s+Loading\.*)?(?:\s+x\s+Embed)?(?:\s+x\s+Share)?(?:\s+x\b)?
    | \bAd\s+Loading\.{0,3}
    | \b(?:\d+\s+of\s+\d+\s+)?Full\s+Screen\s+Autoplay\s+Close\b
    | \bView\s+Photos\b | \bx\s+Embed\s+x\s+Share\b
    | \bImage\s+copyright\s+[^\n]{0,60}?\s*Image\s+caption\b
    | \b(?:Image|Media)\s+caption\b
    | \((?:Photo|Foto)\s*:\s*[^)\n]{0,80}\) | \((?:[A-Z]{2,6}/)?Getty(?:\s+Images)?\)
    | {name_credit}
    | \bGetty\s+Images(?:\s+\d{1,3}\b)?
    | \bRead\s+or\s+Share\s+this\s+story:\s*\S+
    | \bShare\s+this\s+(?:video|story|article)\b | \bWatch\s+Next\b | \bVideo\s+will\s+play\s+in\b
    | \bCancel\s+Play\s+now\b | \bWatch\s+this\s+video\s+again\b | \bScroll\s+down\s+for\s+video\b
    | \bGet\s+(?:\w+\s+){0,2}updates\s+directly\s+to\s+your\s+inbox\s*\+?\s*Subscribe\b
      (?:\s+Thank\s+you\s+for\s+subscribing!?)?(?:\s+Could\s+not\s+subscribe,\s+try\s+again\s+later)?
      (?:\s+Invalid\s+Email)?
    | \bClick\s+to\s+share\s+on\s+\w+\s+\(Opens\s+in\s+new\s+window\)
    | \bFollow\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+on\s+Twitter:?\s*@\w+
    | \bSCROLL\s+TO\s+CONTINUE\s+WITH\s+CONTENT\b | \bADVERTISEMENT\b
    | \b\d{1,2}\s+show\s+all\b
    """.replace("{name_credit}", _NAME_CREDIT),  # no blanks in it: safe under re.X
    re.X,
)
# A photo credit right after a sentence makes that sentence a caption.
CREDIT_NEXT = re.compile(
    r"\s*(?:\((?:Photo|Foto|AP Photo|Getty)\b|Getty Images\b|" + _NAME_CREDIT + ")"
)
# "… at the last rally of the tour Read more Leaving the hall …": the linked headline before
# "Read more" is furniture too, back to the end of the previous sentence.
_READ_MORE = re.compile(r"\bRead\s+more\b(?=\s+[A-Z\"“])")
# A reporter's or photographer's credit in brackets, wherever it is: "（记者 王明）", "(通讯员 李华)".
_ZH_CREDIT = re.compile(
    r"[（(]\s*(?:本报)?(?:记者|通讯员|实习生|见习记者|编辑|摄影)[^）)\n]{0,30}[）)]"
)


def is_junk_line(line: str) -> bool:
    """True for cross-links, bylines, captions and credits: lines no brief field should use."""
    s = line.strip()
    if not s:
        return True
    if len(s) >= 400:
        return False  # a whole story on one line: its furniture is found inline
    if len(s) < 60 and _OUTLET_LINE.match(s):
        return True
    # a photo credit marks a caption line; in a longer paragraph it marks only a caption in it
    return bool(_JUNK_LINE.match(s)) or (bool(_CAPTION.search(s)) and len(s) < 200)


# Rule caption_runon: a scraped caption runs into the story without a full stop ("Image caption
# Water covered the main road A flood has cut off …"). It ends where a sentence opens
# with an article after a lower-case word, or at its own full stop when that comes within
# _CAPTION_WORDS words; otherwise only the marker is furniture (the caption's end is unknown).
_CAPTION_MARK = re.compile(r"\b(?:Image|Media)\s+caption\s+(?=[A-Z\"“])")
_CAPTION_ARTICLE = re.compile(r"(?<=[a-z0-9%)’'])\s+(?=(?:A|An|The)\s+[a-z0-9])")
_CAPTION_STOP = re.compile(r"[.!?][\"”’']?(?=\s)")
_CAPTION_REACH, _CAPTION_WORDS = 200, 10


def _caption_runons(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _CAPTION_MARK.finditer(text):
        reach = min(len(text), m.end() + _CAPTION_REACH)
        stop = _CAPTION_STOP.search(text, m.end(), reach)
        if stop and len(text[m.end() : stop.start()].split()) >= _CAPTION_WORDS:
            stop = None
        art = _CAPTION_ARTICLE.search(text, m.end(), stop.start() if stop else reach)
        end = art.start() if art else (stop.end() if stop else None)
        if end is not None and len(text[m.end() : end].split()) >= 3:
            out.append((m.start(), end))
    return out


def inline_furniture(text: str) -> list[Span]:
    out = [m.span() for m in _INLINE.finditer(text)] + _caption_runons(text)
    out += [m.span() for m in _ZH_CREDIT.finditer(text)]
    for m in _READ_MORE.finditer(text):
        lo = max(0, m.start() - 200)
        ends = [e.end() for e in SENTENCE_END.finditer(text, lo, m.start())]
        out.append((ends[-1] if ends else m.start(), m.end()))
    return sorted(out)
