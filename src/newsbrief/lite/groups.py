"""Actors without a name: counted or described groups ("Several people", "At least seven
passengers", "A gunman", zh "6人", "18名农民", "一名酒驾男子") and protesting crowds.

A story about an accident or an attack often names nobody in its lead: the people it happened to
or the one who did it are counted or described. Such a group is the story's actor when it opens the
lead as its subject (a protesting crowd: always), or, for the Chinese event frame, when it is the
first counted party of the lead and the lead names no one.
"""

from __future__ import annotations

import bisect
import re

from ..model import Article, Span, Who
from .names_lexicon import words
from .names_zh_words import zh_words


def _kind() -> str:
    """`group` where the data model has it; before that, an organisation (a body of people)."""
    field = Who.model_fields["kind"].annotation
    return "group" if "group" in getattr(field, "__args__", ()) else "organization"


GROUP_KIND = _kind()


# A counted crowd opening the lead as the subject of a protest verb is the story's actor:
# "Ribuan buruh … menggelar unjuk rasa", "Tens of thousands of teachers … marched", "数千名法国农民…封锁".
_CROWD = {
    "id": re.compile(
        r"(?P<c>(?:Ribuan|Ratusan|Puluhan|Belasan|Sejumlah|Massa|Ribuan)\s[^.,;\n]{2,80}?)\s+"
        r"(?=(?:menggelar|melakukan|berunjuk|berdemo|mendemo|berdemonstrasi|memblokir|menduduki|"
        r"berorasi|mengepung|turun\s+ke\s+jalan|berkumpul|long\s+march)\b)"
    ),
    "en": re.compile(
        r"(?P<c>(?:Tens\s+of\s+thousands|Hundreds\s+of\s+thousands|Thousands|Hundreds|Dozens|"
        r"Scores)\s+of\s[^.;\n]{2,80}?)\s+"
        r"(?=(?:marched|protested|rallied|demonstrated|gathered|blocked|staged|took\s+to|"
        r"converged|stormed|occupied|besieged)\b)"
    ),
    "zh": re.compile(
        r"(?P<c>(?:数[十百千万]{1,2}|上[百千万]|近?[\d.]+[万千百]?|成[百千]上[千万])(?:余)?名"
        r"[\u4e00-\u9fff]{1,10}?)"
        r"(?=驾驶|举行|走上|聚集|封锁|抗议|示威|游行|集会|涌上|包围|占领)"
    ),
}


def crowd(article: Article, lead: Span | None) -> Who | None:
    rx = _CROWD.get(article.lang)
    if rx is None or lead is None:
        return None
    text = article.text
    pos = lead[0]
    if article.lang == "zh":
        # the crowd may follow a time or scene clause: "当地时间1日晚，以色列多地爆发抗议，数十万名…"
        commas = [k + 1 for k in range(pos, lead[1]) if text[k] == "，"][:3]
        starts = [pos, *commas]
        m = next((hit for k in starts if (hit := rx.match(text, k, lead[1]))), None)
    else:
        m = rx.match(text, pos, lead[1])
    if m is None:
        return None
    return Who(text=m.group("c"), kind=GROUP_KIND, span=m.span("c"))


_EN_COUNT = (
    r"(?:(?:at\s+least|more\s+than|up\s+to|nearly|almost|about|around|some|over|only)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+hundred|dozens|hundreds|thousands|several|many|scores)"
)
# "Several people died", "At least seven passengers were killed", "Five people have been shot".
_EN_COUNTED = re.compile(
    rf"(?P<g>{_EN_COUNT}\s+(?:of\s+)?(?:[a-z][a-z-]+\s+){{0,2}}?(?:people|men|women|children|"
    r"[a-z]{3,}s))\s+(?=(?:were|was|have|had|are|remain|died|fled|fell|lost|went|took|left|"
    r"[a-z]{2,}ed)\b)",
    re.I,
)
# "A gunman opened fire", "A suicide bomber blew himself up": an agent noun as the subject.
_EN_DESCRIBED = re.compile(
    r"(?P<g>(?:An?|The)\s+(?:[a-z][a-z-]+\s+){0,2}?[a-z]{2,}(?:man|men|er|or|ist))\s+"
    r"(?=(?:was|has|had|is|shot|hit|drove|blew|ran|[a-z]{2,}ed)\b)"
)
# Rule measure_not_group: "44 tahun", "beberapa hari" count time or measure, not people.
_ID_MEASURE = r"(?!(?:" + "|".join(sorted(words("measures_id"))) + r")\b)"
# "Lima warga tewas", "Sedikitnya 12 penumpang terluka", "Puluhan siswa mengalami keracunan".
_ID_COUNTED = re.compile(
    r"(?P<g>(?:(?:[Ss]edikitnya|[Ss]etidaknya|[Ss]ekitar|[Ll]ebih\s+dari|[Hh]ampir|[Ss]ebanyak)\s+)?"
    r"(?:\d[\d.]*|[Ss]atu|[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh|[Dd]elapan|[Ss]embilan|"
    r"[Ss]epuluh|[Bb]elasan|[Pp]uluhan|[Rr]atusan|[Rr]ibuan|[Ss]ejumlah|[Bb]eberapa)\s+"
    + _ID_MEASURE
    + r"(?:orang\s+)?[a-z]{3,}(?:\s+[a-z]{3,})??)\s+"
    r"(?=(?:tewas|meninggal|terluka|luka-luka|hilang|selamat|tertimbun|terjebak|"
    r"(?:me|di|ter|ber)[a-z]{3,})\b)"
)
# "Seorang petani diserang …", "Seorang pengendara sepeda tewas …": one described person.
_ID_DESCRIBED = re.compile(
    r"(?P<g>Seorang\s+[a-z]{3,}(?:\s+[a-z]{3,})??)\s+"
    r"(?=(?:tewas|meninggal|terluka|hilang|(?:me|di|ter|ber)[a-z]{3,})\b)"
)
# A count starts with a digit (百万人 and 数万人 are "millions", "tens of thousands": a crowd size,
# not a party), unless 余/多 follows ("千余旅客").
_ZH_NUM = r"[0-9０-９]+|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*|[百千万]+(?=[余多])"
_PEOPLE_ENDS = "人者员民客生童子机傅年兵"
_ZH_PEOPLE = f"[{_PEOPLE_ENDS}]"
# After 名/位 (classifiers for people only) more nouns end in a person: 囚犯, 木工, 歹徒, 枪手, 家属.
_ZH_PEOPLE_AFTER_CLASSIFIER = f"[{_PEOPLE_ENDS}犯工徒手警众属孩友妇女士师匪]"
# "18名农民", "１25名平民", "6人", "两男子", "40余工人", "千余旅客", "14家村民": a count and the
# people counted. Not a weekday or a rank ("周五/一名男子", "第一名"), not a band ("三人组").
_ZH_COUNTED = re.compile(
    rf"(?<![周期拜第])(?P<g>(?:{_ZH_NUM})(?:(?:多|余)?(?:名|位)[\u4e00-\u9fff]{{0,5}}{_ZH_PEOPLE_AFTER_CLASSIFIER}"
    rf"(?!{_ZH_PEOPLE_AFTER_CLASSIFIER})"
    rf"|(?:多|余)?(?:个|家|户)[\u4e00-\u9fff]{{0,4}}{_ZH_PEOPLE}"
    rf"|(?:多|余)[\u4e00-\u9fff]{{0,3}}{_ZH_PEOPLE}|(?:多|余)?(?:人|男子|女子)))"
    r"(?![\u4e00-\u9fff]{0,1}(?:次|民币|口|均|数|组|家))"
)
# Rule zh_casualty_count: a count followed, within its clause and before any other number, by
# what befalls people ("造成6人死亡", "8名工人不同程度烧伤") counts the victims.
_ZH_CASUALTY = re.compile(
    r"[^，。；！？：\d０-９]{0,8}?(?:"
    + "|".join(sorted(zh_words("casualty"), key=len, reverse=True))
    + ")"
)
# "一名酒驾男子", "一位父亲", "该车司机", "肇事驾驶员", "一名35岁的本地女子", "一名推着轮椅过街
# 的老人": one person described, not named.
_ZH_DESCRIBED = re.compile(
    r"(?P<g>(?:一名|一位|一个|该|肇事)(?:[\d０-９]{1,3}岁的?|[^，。；！？\s]{2,12}?的)?"
    r"[\u4e00-\u9fff]{0,4}?(?:男子|女子|司机|驾驶员|乘客|父亲|母亲|男童|女童|少年|老人|妇女|工人|"
    r"村民|市民|学生|人员|行人|路人|小伙|男孩|女孩|孩子|儿童|婴儿))"
)
# Those who answer an emergency, named by their service ("消防官兵赶到现场"): data/names_zh_words.txt.
_ZH_RESPONDERS = re.compile(
    "(?P<g>" + "|".join(sorted(zh_words("responders"), key=len, reverse=True)) + ")"
)


def _zh_counts(text: str, span: Span) -> list[re.Match[str]]:
    """Counts of people in `span`, victims first. A count that describes a thing ("载有20多名乘客的
    依维柯车", "乘坐12人的面包车": followed by 的) is no party (rule zh_count_modifier); one after
    其中 counts part of a group already counted ("6死10伤，其中1人伤势较重": rule zh_subset_count)."""
    found = [
        m
        for m in _ZH_COUNTED.finditer(text, *span)
        if not text.startswith("的", m.end())
        and "其中" not in text[max(0, m.start() - 3) : m.start()]
    ]
    return sorted(found, key=lambda m: not _victims(text, m, span[1]))


def _zh_group(article: Article, lead: Span, reach: int = 1) -> re.Match[str] | None:
    """A count (victims first), else a described person, else the emergency service named: in the
    lead sentence and the `reach` sentences after it."""
    text = article.text
    near = next_sentence(article, lead, reach)
    counts = _zh_counts(text, near)
    if counts:
        return counts[0]
    for rx in (_ZH_DESCRIBED, _ZH_RESPONDERS):
        m = rx.search(text, *lead) or rx.search(text, *near)
        if m:
            return m
    return None


def casualty_count(article: Article, lead: Span | None) -> bool:
    """The lead sentence counts victims ("…造成38人死亡")."""
    if lead is None or article.lang != "zh":
        return False
    counts = _zh_counts(article.text, lead)
    return bool(counts) and _victims(article.text, counts[0], lead[1])


def _victims(text: str, m: re.Match[str], end: int) -> bool:
    """The count is of victims: what befalls them follows ("6人死亡") or is in the noun counted
    ("四名被困人员", "3名遇难者")."""
    return bool(_ZH_CASUALTY.match(text, m.end(), end) or _ZH_CASUALTY.search(m.group("g")))


def next_sentence(article: Article, span: Span, reach: int = 1) -> Span:
    """The lead and the sentence(s) after it: where a report that names no one says who acted."""
    starts = [x.start for x in article.sentences]
    # the reach-th sentence after the lead, or the last one; -1 only when there is none
    k = min(bisect.bisect_right(starts, span[0]) + reach - 1, len(starts) - 1)
    end = article.sentences[k].end if k >= 0 else span[1]
    return (span[0], max(end, span[1]))


def counted(article: Article, lead: Span | None, reach: int = 1) -> Who | None:
    """The group that the lead is about, when the lead opens with it (en) or counts it (zh; in
    the lead and the `reach` sentences after it)."""
    if lead is None:
        return None
    text = article.text
    if article.lang == "zh":
        m = _zh_group(article, lead, reach)
    elif article.lang in ("id", "ms"):
        m = (
            _ID_COUNTED.match(text, lead[0], lead[1])
            or _ID_DESCRIBED.match(text, lead[0], lead[1])
            or _ID_COUNTED.search(text, lead[0], lead[1])  # "… hingga setidaknya 384 korban …"
        )
    elif article.lang == "en":
        m = _EN_COUNTED.match(text, lead[0], lead[1]) or _EN_DESCRIBED.match(text, lead[0], lead[1])
    else:
        m = None
    if m is None:
        return None
    return Who(text=m.group("g"), kind=GROUP_KIND, span=m.span("g"))
