"""The main event: one sentence, normally the lead, with datelines, bylines and captions set aside."""

from __future__ import annotations

import re

from ..types import Article, Sentence, Span, What

# Lines that are page furniture rather than story: cross-links, bylines, captions, credits.
_JUNK_LINE = re.compile(
    r"""^\s*(?:
        (?:baca|lihat|simak|tonton|read|see|watch)\s+(?:juga|also|more|selengkapnya)\b
      | also\s+read\b | related\s*: | artikel\s+terkait\b | berita\s+terkait\b
      | laporan\s+wartawan\b | (?:image|photo|video)\s+(?:caption|source)\b | published\s*:
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
# "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "WASHINGTON (Reuters) —", "LONDON — ".
_DATELINE = re.compile(
    r"""^(?P<dl>
        [A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}
        (?:\s*,\s*[\w.]+(?:\s+[\w.]+){0,3}){0,2}
        (?:\s*\([^()\n]{1,40}\))?
        \s*(?:-{1,2}|–|—|:)\s*
    )(?=\S)""",
    re.X,
)
_AGENCY = re.compile(
    r"ANTARA|Reuters|AFP|\bAP\b|Xinhua|Bernama|Kyodo|Yonhap|CNN|KOMPAS|Kompas|detik|Tempo|"
    r"Liputan6|Okezone|Tribun|Sindo|Republika|VIVA|\.com|\.id|\.co|Bisnis|Jawa Pos|Suara"
)
_ZH_DATELINE = re.compile(
    r"^(?:(?:新华社|中新社|中新网|人民网|央视网|环球网|海外网|澎湃新闻|光明网|中国日报网|本报)"
    r"[^，。！？\n]{0,24}?(?:电|讯)|【[^】]{0,40}】|本报讯)(?:\s*[（(][^）)]{0,40}[）)])?\s*"
)
_ZH_REPORTER = re.compile(r"\s*[（(]记者[^）)]{0,30}[）)]\s*")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_END_PUNCT = ".!?。！？\"”’'」』"


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
# A company or person abbreviation that a sentence splitter may take for a full stop.
_ABBREV_END = re.compile(
    r"(?:\b(?:Tbk|Persero|Corp|Inc|Ltd|Co|Bhd|Plc|Jr|Sr|St|Dr|Prof|Ir|Drs|H|Hj|Kol|Let|Jend)\.)$"
)
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
        for m in re.finditer(r"[，,；;]", body):
            if _inside_brackets(body, m.start()):
                continue  # "（下称“华东锂电”，300899.SZ）" is one aside
            parts.append((pos, m.start()))
            pos = m.end()
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


def _inside_brackets(text: str, pos: int) -> bool:
    before = text[:pos]
    return any(before.count(o) > before.count(c) for o, c in ("（）", "()", "“”", "《》"))


def is_junk_line(line: str) -> bool:
    """True for cross-links, bylines, captions and credits: lines no brief field should use."""
    s = line.strip()
    if not s:
        return True
    if _JUNK_LINE.match(s):
        return True
    return bool(_CAPTION.search(s)) and len(s) < 400


def strip_dateline(text: str, lang: str) -> int:
    """Characters of dateline at the start of `text` ("JAKARTA, KOMPAS.com - "); 0 when none."""
    if lang == "zh":
        m = _ZH_DATELINE.match(text)
        n = m.end() if m else 0
        r = _ZH_REPORTER.match(text, n)
        return r.end() if r else n
    m = _DATELINE.match(text)
    if not m:
        return 0
    dl = m.group("dl")
    first = dl.split()[0].strip(",")
    looks_like = (first.isupper() and len(first) >= 3) or "(" in dl or bool(_AGENCY.search(dl))
    if not looks_like and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[-–—]{1,2}\s*", dl):
        from .names_places import is_place

        looks_like = is_place(dl.rstrip(" -–—"))  # detik style: "Jakarta - "
    if not looks_like or len(dl) > 70:
        return 0
    return m.end()


def _is_title(article: Article, para: Span, later: bool) -> bool:
    """A headline: the first paragraph, one short line without closing punctuation."""
    text = article.text[para[0] : para[1]].strip()
    if not later or "\n" in text or not text:
        return False
    if text[-1] in _END_PUNCT:
        return False
    if article.lang == "zh":
        return len(text) <= 40
    return len(text.split()) <= 20


def _unfinished_line(article: Article, s: Sentence) -> bool:
    """A short line that stops without closing punctuation, as standfirsts, bylines
    ("Fikri Ramadhan (The Jakarta Post)") and timestamps do; a lead sentence ends with one."""
    text = article.text
    ls = text.rfind("\n", 0, s.start) + 1
    le = text.find("\n", s.end)
    line = text[ls : le if le >= 0 else len(text)].strip()
    if not line or line[-1] in _END_PUNCT:
        return False
    if article.lang == "zh":
        return len(line) <= 40
    return len(line.split()) <= 25


def _substantial(text: str, lang: str) -> bool:
    if lang == "zh":
        return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 8
    return len(_LATIN_WORD.findall(text)) >= 4


def lead_candidates(article: Article) -> list[Sentence]:
    """Sentences in order, less those on junk lines; the first is normally the lead."""
    text = article.text
    out: list[Sentence] = []
    for s in article.sentences:
        ls = text.rfind("\n", 0, s.start) + 1
        le = text.find("\n", s.end)
        line = text[ls : le if le >= 0 else len(text)]
        if is_junk_line(line) or is_junk_line(s.text):
            continue
        out.append(s)
    return out


def _title_sentence_ids(article: Article) -> set[int]:
    paras = [p for p in article.paragraphs if article.text[p[0] : p[1]].strip()]
    if len(paras) < 2 or not _is_title(article, paras[0], later=True):
        return set()
    return {id(s) for s in article.sentences if s.start < paras[0][1]}


def find_what(article: Article) -> What | None:
    if not article.sentences:
        return None
    title_ids = _title_sentence_ids(article)
    candidates = lead_candidates(article)
    title: Sentence | None = None
    text = article.text
    for i, s in enumerate(candidates):
        if id(s) in title_ids:
            title = title or s
            continue
        if _unfinished_line(article, s):
            continue  # a standfirst, byline or timestamp under the headline: not the lead
        cut = strip_dateline(s.text, article.lang)
        body = s.text[cut:].lstrip()
        start = s.end - len(body)
        end = s.end
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if nxt is not None and _ABBREV_END.search(body) and "\n" not in text[s.end : nxt.start]:
            end = nxt.end  # "PT Bank X Tbk. (BNS) membukukan …" was split at "Tbk."
            body = text[start:end]
        if not _substantial(body, article.lang):
            continue
        a, b = main_clause(body, article.lang)
        return What(text=body[a:b], span=(start + a, start + b))
    if title is not None:
        return What(text=title.text, span=title.span)
    for s in candidates:
        return What(text=s.text, span=s.span)
    return None
