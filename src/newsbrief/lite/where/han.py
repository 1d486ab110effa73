"""Place mentions in Chinese text: gazetteer names, their unit suffixes, and the units after them.

Chinese has no spaces, so every position of a run of Han characters is tried for the longest
gazetteer name (two to eight characters); a short name inside a longer dictionary word (大同 in
大同小异) is skipped.
"""

from __future__ import annotations

import re

from ..gazetteer import HAN_HOME, Gazetteer, Place, best
from .mention import PlaceMention, SentenceIndex

HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_UNIT = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,9}?)(?P<suf>自治州|自治县|市|县|州|区|旗|盟|镇|乡)"
)
# Stems that make a "unit" a phrase, not a name: 各地区, 灾区, 景区, 市区, 全市 ...
_HAN_NOT_NAME = re.compile(
    r"[的各等全和与在及了是为有地城灾景园社郊山辖该本此省]$|^[各全该本此]|[的了在和与及是]"
    # zones, not administrative units: 长白山保护区, 经济技术开发区, 示范区
    r"|(?:保护|开发|示范|试验|高新|风景|工业|经济|自贸|旅游|保税|园)$"
)
_HAN_SUFFIX = ("特别行政区", "自治区", "自治州", "省", "市", "县", "区", "州", "镇")
HAN_EVENT = ("在", "于", "赴", "抵达", "到", "来到", "位于")
_HAN_TITLE_AFTER = re.compile(
    r"(?:国家主席|副主席|总统|副总统|总理|副总理|首相|外长|外交部长|国防部长|国王|女王|大使|"
    r"驻华大使|领导人|议长|通讯社|通社)"
)
# Rule origin_prep, as "and"/"dan"/"from" in Latin text: a place after a list joiner or "from" is
# a passing mention (两国与俄罗斯之间, 来自日本的游客).
_HAN_ORIGIN = ("和", "与", "及", "来自", "从")
# Rule han_origin_verb: 于 closing a verb of origin (来源于, 源于, 出生于, 毕业于) says where something
# or someone comes from, not where the story happens: a passing mention, not an event place.
_HAN_ORIGIN_VERB = ("来源于", "源于", "来自于", "出自于", "出生于", "出身于", "毕业于", "产于")
# Rule han_team: a place that names a team (布赖顿队 "Brighton", 维也纳迅速队 "Rapid Vienna") is the
# team, not where the story happens.
# Rule outlet_origin: a place right before a media word or a publication's title says whose outlet
# it is (德国杂志《明镜》, 印度媒体, 日本《读卖新闻》), not where the story happens.
_OUTLET = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:杂志|媒体|报纸|电视台|周刊|日报|时报|新闻网)|《")
# Rule han_demonym: X人 is a person from X (哥伦比亚人, 中国人): a passing mention; 人口, 人均 are X's.
_DEMONYM = re.compile(r"人(?![口均大工行])")
_TEAM = re.compile(r"[\u4e00-\u9fff]{0,3}?队")
# Rule person_name in Chinese: a transliterated foreign name joined by a middle dot (唐纳德·特朗普),
# or a name followed by a speech verb or a form of address (泰勒说, 沃伦表示, 克林顿夫人).
_NAME_DOT = "·•‧・"
_PERSON_AFTER = re.compile(
    r"(?:说|表示|称|指出|告诉|透露|认为|先生|女士|夫人|总统|议员|参议员|教练)"
)


# Rule han_event_place: a place right before the event verb, or before "nearby waters / offshore /
# surroundings" and then the verb, is where it happened ("福岛县近海发生4级地震", "汤加附近海域当地时间
# 26日下午发生", "日惹周边地区…发生").
_BEFORE_EVENT = re.compile(
    r"(?:附近海域|附近|周边地区|周边|近海|海域|沿海)?\s*(?:当地时间)?"
    r"[\d０-９年月日时分秒许左右点上下午中早晚凌晨昨今前当天夜间\s]{0,12}(?:发生|突发)"
)
# Rule han_source: a place inside an attribution ("据美国地质勘探局报告", "据日本《读卖新闻》报道")
# names the source, not the scene.
_SOURCE = re.compile(r"据[^，。；：“”]{1,20}?(?:报道|消息|报告|称|介绍|统计|测定|通报|显示|透露)")


# characters a place name can follow directly: a unit it lies in (日惹 in 爪哇省日惹), a list
_NAME_BEFORE = frozenset("省市县区州镇乡国在于和与及、")


def _event_place(text: str, m: PlaceMention) -> bool:
    """Rule han_event_place; a two-character name glued after other Han text may be the tail of
    a longer name (台山 in 棋台山) and does not count."""
    if not _BEFORE_EVENT.match(text, m.end):
        return False
    before = text[m.start - 1] if m.start else ""
    return m.end - m.start >= 3 or not HAN.match(before) or before in _NAME_BEFORE


def _in_word(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether text[start:end] lies inside a longer dictionary word (大同 in 大同小异); a word
    that is the name itself (大阪府) does not hide it."""
    for n in (3, 4):
        if n <= end - start:
            continue
        for a in range(max(0, end - n), start + 1):
            if a + n >= end and text[a : a + n] in words:
                return True
    return False


def _longest(text: str, gaz: Gazetteer, i: int, e: int) -> tuple[int, list[Place]] | None:
    if not gaz.may_start(text[i : i + 2]):
        return None  # most positions: one binary search instead of seven lookups
    for size in range(min(8, e - i), 1, -1):
        cands = list(gaz.lookup(text[i : i + size]))
        if cands:
            return size, cands
    return None


def _team(text: str, i: int, size: int) -> bool:
    """A city inside a dictionary word that a team's 队 closes (丹佛掘金者队: the Denver Nuggets) is
    the team's city (rule han_team): no scene, but the article's country, like 布赖顿队."""
    return bool(_TEAM.match(text, i + size))


def _person(text: str, start: int, end: int, cands: list[Place]) -> bool:
    if all(c.kind == "country" for c in cands):
        return False
    if (start > 0 and text[start - 1] in _NAME_DOT) or text[end : end + 1] in _NAME_DOT:
        return True
    return bool(_PERSON_AFTER.match(text, end)) and all(c.population < 200_000 for c in cands)


def _mention(text: str, start: int, end: int, cands: list[Place], sent: int) -> PlaceMention:
    m = PlaceMention(start, end, cands, sent)
    for suffix in _HAN_SUFFIX:
        if text.startswith(suffix, end) and not text[start:end].endswith(suffix):
            m.end = end + len(suffix)
            m.strong = True
            m.kind_hint = "city" if suffix == "市" else "region"
            home = [c for c in cands if c.country in HAN_HOME]
            if suffix in ("区", "镇", "乡") and not home:
                # a district or town the gazetteer lacks ("东丽区"): China's units; 县, 省 and
                # 州 are also written for Japanese prefectures and foreign provinces (宫城县, 中爪哇省)
                name = text[start : m.end]
                home = [Place(name, "CN", None, "region", 0, False)]
                m.synthetic = name
            if suffix != "市" and home:
                m.cands = home  # a Chinese reading exists: the unit suffix means that one
            break
    origin_verb = text.endswith(_HAN_ORIGIN_VERB, 0, start)
    if not origin_verb and (text.endswith(HAN_EVENT, 0, start) or _event_place(text, m)):
        m.event = m.strong = True
    if not m.event and (origin_verb or text.endswith(_HAN_ORIGIN, 0, start)):
        m.strong, m.weight = True, min(m.weight, 0.4)  # rule origin_prep: 与俄罗斯, 来自日本
    if _HAN_TITLE_AFTER.match(text, m.end):
        m.weight = min(m.weight, 0.3)  # "越南国家主席阮文强": whose official, not the scene
    if _DEMONYM.match(text, m.end):
        m.weight, m.event = min(m.weight, 0.3), False  # rule han_demonym: 哥伦比亚人
    if _OUTLET.match(text, m.end):
        m.weight, m.event = -1.0, False  # rule outlet_origin: 德国杂志, 印度媒体: whose outlet
    if _TEAM.match(text, m.end):
        m.weight, m.event = min(m.weight, 0.3), False  # rule han_team: 布赖顿队, 维也纳迅速队
    return m


def _units_after(
    text: str, gaz: Gazetteer, index: SentenceIndex, m: PlaceMention, e: int
) -> list[PlaceMention]:
    """ "青海省海西蒙古族藏族自治州德令哈市": units after a known Chinese province or city are
    places too, even when the gazetteer lacks them (counties, small cities, prefectures)."""
    head = best(m.cands, "zh")
    out: list[PlaceMention] = []
    i = m.end
    while head is not None and head.country in HAN_HOME and i < e - 2:
        if any(gaz.lookup(text[i : i + k]) for k in range(2, min(8, e - i) + 1)):
            break
        u = _HAN_UNIT.match(text, i, e)
        if u is None or _HAN_NOT_NAME.search(u.group("stem")):
            break
        kind = "city" if u.group("suf") == "市" else "region"
        place = Place(u.group(), head.country, head.admin1, kind, 0, False)
        um = PlaceMention(u.start(), u.end(), [place], index(u.start()))
        um.strong, um.event, um.kind_hint = True, m.event, kind
        um.synthetic = u.group()
        out.append(um)
        i = u.end()
    return out


# Rule han_admin_unit: a county, district or town the gazetteer lacks, named on its own where a
# place starts (a clause's first word, after 在/于/位于): "在吴江区某镇", "，朝阳区东环路北侧".
_UNIT_ALONE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?P<suf>自治县|县|区|镇|乡)")
_UNIT_START = ("在", "于", "位于", "发生在", "来自")
# characters that begin a clause but not a place name: prepositions, conjunctions, pronouns
_NOT_FIRST = frozenset(
    "据从向由对自往经被把将与和及或在于到为因以让使给这那其每某该各全本此我你他她它线"
)


def _unit_alone(text: str, index: SentenceIndex, i: int, e: int) -> PlaceMention | None:
    u = _UNIT_ALONE.match(text, i, e)
    if u is None or _HAN_NOT_NAME.search(u.group("stem")) or u.group()[0] in _NOT_FIRST:
        return None
    kind = "region"
    place = Place(u.group(), "CN", None, kind, 0, False)
    m = PlaceMention(u.start(), u.end(), [place], index(u.start()))
    m.strong, m.kind_hint, m.synthetic = True, kind, u.group()
    m.event = text.endswith(HAN_EVENT, 0, i)
    return m


def _unit_start(text: str, s: int, i: int) -> bool:
    return i == s or text.endswith(_UNIT_START, s, i)


def han_mentions(
    text: str, gaz: Gazetteer, index: SentenceIndex, surnames: set[str]
) -> list[PlaceMention]:
    """Place mentions in the Han runs of `text`; names used for people go into `surnames`."""
    out: list[PlaceMention] = []
    for run in _HAN_RUN.finditer(text):
        s, e = run.span()
        # rule han_date_unit: "12日南昌讯" — the 日 after a number closes a date, no place opens there
        i = s + 1 if s and text[s - 1].isdigit() and text[s] in "年月日号时" else s
        while i < e - 1:
            hit = _longest(text, gaz, i, e)
            if hit is None:
                alone = _unit_alone(text, index, i, e) if _unit_start(text, s, i) else None
                if alone is not None:
                    out.append(alone)
                    units = _units_after(text, gaz, index, alone, e)
                    out.extend(units)
                    i = units[-1].end if units else alone.end
                    continue
                i += 1
                continue
            size, cands = hit
            if (
                size <= 3
                and _in_word(text, i, i + size, gaz.han_block)
                and not _team(text, i, size)
            ):
                i += 1
                continue
            if _person(text, i, i + size, cands):
                surnames.add(text[i : i + size])
                i += size
                continue
            if text.startswith("时间", i + size):
                i += size + 2  # 北京时间, 东京时间: a time zone, not a place
                continue
            m = _mention(text, i, i + size, cands, index(i))
            out.append(m)
            units = _units_after(text, gaz, index, m, e)
            out.extend(units)
            i = units[-1].end if units else m.end
    _sources(text, out)
    return out


def _sources(text: str, ms: list[PlaceMention]) -> None:
    """Rule han_source: mentions inside an attribution weigh little and are not the scene. Both
    lists are in text order: one merge pass."""
    k = 0
    for src in _SOURCE.finditer(text):
        while k < len(ms) and ms[k].start < src.start():
            k += 1
        while k < len(ms) and ms[k].end <= src.end():
            ms[k].weight, ms[k].event = min(ms[k].weight, 0.3), False
            k += 1


# Rule han_event_site: Chinese reports name the scene right before the event verb, often a
# road, village or building the gazetteer cannot hold ("沪昆线某段发生…", "洪山区某大道张家村一条
# 小吃街内发生火灾"). The phrase from the clause start to 发生/突发/起火 counts as the event place when
# it ends like a place (a road, section, village, site or "inside").
_SITE = re.compile(
    r"(?:^|(?<=[，。；：、\s]))(?:在|于|位于)?(?P<site>[\u4e00-\u9fff\d]{2,24}?"
    r"(?:路段|路|街|大道|道|村|线|段|桥|站|场|库|楼|厂|店|园|区|内|处|口|附近|公路|高速))"
    r"(?=(?:发生|突发|突然发生|燃起|起火|失火|坍塌|爆炸))"
)
_NOT_SITE_START = frozenset("一二三四五六七八九十几多该这那其此我他她它据从当")


def event_sites(text: str, start: int, end: int, index: SentenceIndex) -> list[PlaceMention]:
    """Event sites in text[start:end] (the lead), as place mentions the gazetteer lacks."""
    out: list[PlaceMention] = []
    for m in _SITE.finditer(text, start, end):
        site = m.group("site")
        if site[0] in _NOT_SITE_START or site[0].isdigit():
            continue
        place = Place(site, None, None, "place", 0, False)
        pm = PlaceMention(m.start("site"), m.end("site"), [place], index(m.start("site")))
        pm.strong = pm.event = True
        pm.synthetic = site
        out.append(pm)
    return out
