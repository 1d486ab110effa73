"""Word lists for the date grammar: month and weekday names, number words, cue words.

Kept apart from the grammar so that adding a spelling (a Malay month, a newsroom abbreviation)
never means touching a regex.
"""

from __future__ import annotations

# Indonesian, with the Malay spellings the same rules meet in Malaysian/Bruneian copy (Malay is
# briefed with Indonesian rules) and the newsroom abbreviations (Agu/Agt/Ags ...).
MONTHS_ID: dict[int, list[str]] = {
    1: ["januari", "jan"],
    2: ["februari", "pebruari", "feb", "peb"],
    3: ["maret", "mac", "mar"],
    4: ["april", "apr"],
    5: ["mei"],
    6: ["juni", "jun"],
    7: ["juli", "julai", "jul"],
    8: ["agustus", "ogos", "agust", "agst", "agu", "agt", "ags", "aug"],
    9: ["september", "sept", "sep"],
    10: ["oktober", "okt", "oct"],
    11: ["november", "nopember", "nov", "nop"],
    12: ["desember", "disember", "des", "dec"],
}

MONTHS_EN: dict[int, list[str]] = {
    1: ["january", "jan"],
    2: ["february", "feb"],
    3: ["march", "mar"],
    4: ["april", "apr"],
    5: ["may"],
    6: ["june", "jun"],
    7: ["july", "jul"],
    8: ["august", "aug"],
    9: ["september", "sept", "sep"],
    10: ["october", "oct"],
    11: ["november", "nov"],
    12: ["december", "dec"],
}

# 0 = Monday, as datetime.date.weekday().
WEEKDAYS_ID: dict[int, list[str]] = {
    0: ["senin", "isnin"],
    1: ["selasa"],
    2: ["rabu"],
    3: ["kamis", "khamis"],
    4: ["jumat", "jum'at", "jumaat", "jum’at"],
    5: ["sabtu"],
    6: ["minggu", "ahad"],
}

WEEKDAYS_EN: dict[int, list[str]] = {
    0: ["monday", "mon"],
    1: ["tuesday", "tues", "tue"],
    2: ["wednesday", "wed"],
    3: ["thursday", "thurs", "thu"],
    4: ["friday", "fri"],
    5: ["saturday", "sat"],
    6: ["sunday", "sun"],
}

WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}

NUMBER_WORDS: dict[str, int] = {
    # id
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    # en
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# Verbs that report the event itself; a date next to one of them is the event's date.
EVENT_VERBS: dict[str, list[str]] = {
    "id": [
        "digelar",
        "dilaksanakan",
        "berlangsung",
        "terjadi",
        "tewas",
        "diresmikan",
        "meresmikan",
        "diadakan",
        "dihelat",
        "menggelar",
        "melaksanakan",
        "dibuka",
        "membuka",
        "ditutup",
        "menewaskan",
        "meninggal",
        "ditangkap",
        "menangkap",
        "diumumkan",
        "mengumumkan",
        "meletus",
        "mengguncang",
        "melanda",
        "menandatangani",
        "ditandatangani",
        "dilantik",
        "melantik",
        "mengunjungi",
        "berkunjung",
        "menyerang",
        "diserang",
        "dimulai",
        "tiba",
        "bertemu",
        "menerima",
        "memenangkan",
        "mengalahkan",
        "menang",
        "kalah",
        "terbakar",
        "tenggelam",
        "jatuh",
        "bertanding",
        "menghadiri",
        "memimpin",
        "menyampaikan",
        "menyatakan",
        "mengatakan",
        "berlangsungnya",
        "pelaksanaan",
        "diselenggarakan",
        "menyelenggarakan",
        "menjalani",
        "diperiksa",
        "ditetapkan",
        "menetapkan",
        "disahkan",
        "mengesahkan",
        "diluncurkan",
        "meluncurkan",
        "runtuh",
        "ambruk",
        "banjir",
        "gempa",
    ],
    "en": [
        "held",
        "took place",
        "take place",
        "occurred",
        "happened",
        "killed",
        "died",
        "announced",
        "opened",
        "closed",
        "signed",
        "met",
        "arrested",
        "struck",
        "hit",
        "erupted",
        "launched",
        "won",
        "beat",
        "defeated",
        "visited",
        "began",
        "started",
        "ended",
        "elected",
        "sworn",
        "inaugurated",
        "attacked",
        "crashed",
        "exploded",
        "collapsed",
        "hosted",
        "unveiled",
        "released",
        "said",
        "told",
        "voted",
        "passed",
        "approved",
        "convened",
        "kicked off",
        "wrapped up",
        "concluded",
        "ruled",
        "sentenced",
        "charged",
        "fired",
        "landed",
        "flooded",
    ],
    "zh": [
        "举行",
        "召开",
        "发生",
        "举办",
        "开幕",
        "闭幕",
        "签署",
        "会见",
        "会谈",
        "宣布",
        "遇难",
        "死亡",
        "身亡",
        "遇害",
        "爆炸",
        "启动",
        "访问",
        "出席",
        "发布",
        "落幕",
        "开展",
        "拉开帷幕",
        "落下帷幕",
        "表示",
        "指出",
        "通过",
        "当选",
        "就职",
        "逮捕",
        "抓获",
        "袭击",
        "坠毁",
        "倒塌",
        "地震",
        "揭幕",
        "亮相",
        "开通",
        "开工",
        "竣工",
        "投运",
        "登陆",
        "发射",
        "成功",
    ],
}

# A date attached to a speech verb ("said on Wednesday", "kata dia, Selasa", "18日通报") is
# when someone spoke about the event, which is often later than the event itself.
REPORT_BEFORE = {
    "id": (
        r"(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|sebut|tegas|imbuh|papar|katanya|ujarnya)"
        r"(?:nya)?\b[^.!?\n\"“”]{0,45},\s*$"
        r"|(?:keterangan(?:\s+tertulis)?|konferensi\s+pers|jumpa\s+pers|siaran\s+pers|"
        r"pernyataan(?:\s+resmi)?)\b[^.!?\n\"“”]{0,40},?\s*$"
    ),
    "en": (
        r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|stated|confirmed|reported)\s+"
        r"(?:(?:late|early)\s+)?(?:on\s+)?$"
    ),
    "zh": r"(?!)",  # never: Chinese attribution follows the date (REPORT_AFTER)
}
REPORT_AFTER = {
    "id": r"(?!)",  # never (an empty pattern would match at the end of the text)
    # "opened a summit on Thursday, the ministry said": the attribution covers the sentence
    "en": r"(?!)",
    "zh": r"^[^，。；]{0,16}?(?:通报|表示|介绍|称|说|透露|答记者问|告诉记者|宣布|获悉|了解到|消息)"
    # "3月14日，澎湃新闻从…卫健局获悉": the day the reporter learned it, not the event
    r"|^[，,]\s*[^，。；]{0,50}?(?:获悉|了解到|得知)",
}

# A date right after one of these is a birth date: never the event.
BIRTH_CUES = ("lahir", "kelahiran", "kelahirannya", "born", "b.", "出生", "生于", "出生于")

# A single date right after one of these is history, a deadline or a validity period.
BACKGROUND_CUES = {
    "id": ("sejak", "semenjak", "sedari"),
    "en": ("since",),
    "zh": ("自", "从", "自从", "以来"),
}
# Words that open a relative clause after a comma: a date inside one describes the subject's
# past ("Trump, who won on Wednesday, met Obama"), not the news.
RELATIVE_OPENERS = {
    "id": ("yang",),
    "en": ("who", "which", "whose", "whom"),
    "zh": (),
}
DEADLINE_CUES = {
    "id": (
        "hingga",
        "sampai",
        "paling lambat",
        "batas waktu",
        "tenggat",
        "berlaku hingga",
        "berlaku sampai",
        "selambat-lambatnya",
        "sebelum",
        "menjelang",
        "jelang",
    ),
    "en": ("until", "by", "deadline", "before", "ahead of", "no later than", "expires"),
    "zh": ("截至", "截止", "之前", "以前", "前夕", "到期"),
}
# A date after one of these is when a tally was taken ("截至18时", "as of Monday"): the count's
# time, like a report's, never the event's, so the event verb of the sentence is not its own.
AS_OF_CUES = {
    "id": ("per",),
    "en": ("as of",),
    "zh": ("截至", "截止", "截止到", "截至到"),
}
# "that day" words: they name the day of the date just before them, not the publication day
ANAPHORIC_DAY = frozenset({"当天", "当日", "当晚", "同日", "同一天"})
FUTURE_CUES = {
    "id": ("akan", "bakal", "dijadwalkan", "rencananya", "direncanakan", "mendatang", "depan"),
    "en": (
        "will",
        "would",
        "scheduled",
        "set to",
        "plans to",
        "planned",
        "is due",
        "are due",
        "upcoming",
        "next",
    ),
    "zh": ("将", "将于", "拟", "计划", "预计", "即将"),
}

# Lines that point to other stories; dates in them belong to those stories.
RELATED_LINE = (
    "baca juga",
    "lihat juga",
    "simak juga",
    "baca:",
    "simak:",
    "artikel terkait",
    "berita terkait",
    "read also",
    "also read",
    "read more",
    "see also",
    "related:",
    "related stories",
    "相关阅读",
    "延伸阅读",
    "相关新闻",
    "推荐阅读",
    "相关链接",
)

# Words that may stand beside a date on a publication-stamp line ("Diperbarui: Senin, 05 Jun 2023
# 14:30 WIB", "Published March 3, 2023", "2023年05月18日 10:30 来源：人民网").
STAMP_WORDS = (
    "published",
    "updated",
    "posted",
    "last",
    "first",
    "on",
    "at",
    "gmt",
    "utc",
    "am",
    "pm",
    "diterbitkan",
    "diperbarui",
    "dipublikasikan",
    "terbit",
    "pukul",
    "wib",
    "wita",
    "wit",
    "update",
    "oleh",
    "by",
    "tanggal",
    "date",
)
