"""Build the tables the consistency eval reads a Han-written East Asian name through.

- src/newsbrief/data/zh_surname_spellings.tsv: each one-character surname of
  data/zh_surnames.tsv with the Latin spellings it is written in: its pinyin, its Wade-Giles
  spelling (pypinyin), its Hong Kong
  government Cantonese romanisations (package cantonese-romanisation, from the traditional form via
  hanziconv), common Hokkien/Teochew spellings (HOKKIEN_SPELLINGS), its Sino-Korean reading in Revised Romanisation (package hanja, romanised by
  korean-romanizer) and the conventional spellings of that Korean reading (KOREAN_SPELLINGS).
- src/newsbrief/data/han_korean_readings.tsv: the Sino-Korean reading (Revised Romanisation) of
  each character of GB 2312, the simplified set a Chinese article writes a Korean name in.

The packages are needed only to build (pip install hanja korean-romanizer cantonese-romanisation
hanziconv); run: python tools/build_han_romanised.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/newsbrief/data"

# Conventional Latin spellings of common Korean surname readings (Revised Romanisation -> the
# spellings in everyday and passport use, North Korean "Ri" included): the well-known
# correspondences listed in the Wikipedia article "List of Korean surnames" (romanisation columns).
KOREAN_SPELLINGS = {
    "i": ("lee", "yi", "rhee", "ri", "rhie"), "gim": ("kim",), "bak": ("park", "pak", "bahk"),
    "choe": ("choi", "choy"), "jeong": ("jung", "chung", "jong"), "gang": ("kang",),
    "jo": ("cho", "joe"), "yun": ("yoon", "yun"), "jang": ("jang", "chang"), "im": ("lim", "rim"),
    "han": ("han",), "o": ("oh",), "seo": ("seo", "suh"), "sin": ("shin",), "gwon": ("kwon",),
    "hwang": ("hwang",), "an": ("ahn",), "song": ("song",), "ryu": ("ryu", "yoo", "yu"),
    "hong": ("hong",), "jeon": ("jeon", "jun", "chun"), "go": ("ko", "koh"), "mun": ("moon",),
    "yang": ("yang",), "son": ("son", "sohn"), "bae": ("bae",), "baek": ("baek", "paik"),
    "heo": ("heo", "hur"), "nam": ("nam",), "no": ("roh", "noh"), "ha": ("ha",), "gwak": ("kwak",),
    "seong": ("sung",), "cha": ("cha",), "ju": ("joo", "chu"), "u": ("woo",), "gu": ("koo", "ku"),
    "na": ("na", "ra"), "min": ("min",), "yu": ("yoo", "yu"), "jin": ("jin",), "ji": ("ji",),
    "eom": ("um", "uhm"), "chae": ("chae",), "won": ("won",), "cheon": ("chun",), "bang": ("bang",),
    "gong": ("kong",), "hyeon": ("hyun",), "ham": ("ham",), "byeon": ("byun",), "yeom": ("yeom",),
    "yeo": ("yeo",), "chu": ("choo",), "do": ("do",), "so": ("so",), "seok": ("suk",),
    "seon": ("sun",), "ma": ("ma",), "gil": ("kil",), "wi": ("wi",), "pyo": ("pyo",),
}  # fmt: skip


# Hokkien and Teochew spellings of common surnames, as written in Singapore, Malaysia and Indonesia
# (Wikipedia "List of common Chinese surnames", romanisation columns): no package has them.
HOKKIEN_SPELLINGS = {
    "陈": ("tan",), "林": ("lim",), "黄": ("ng", "wee", "oei"), "李": ("lee",), "王": ("ong",),
    "吴": ("goh", "ng"), "郑": ("tay", "teh"), "张": ("teo", "chong"), "杨": ("yeo", "yong"),
    "刘": ("low", "lau"), "蔡": ("chua",), "许": ("koh", "khoo"), "谢": ("chia",),
    "郭": ("quek", "kwek"), "叶": ("yap",), "邱": ("khoo",), "洪": ("ang",), "罗": ("loh",),
    "潘": ("phua",), "苏": ("soh",), "庄": ("chng",), "沈": ("sim",), "萧": ("seow",),
    "胡": ("ooi",), "周": ("chew",), "朱": ("choo",), "梁": ("leong",), "曾": ("tsang",),
    "赖": ("lai",), "彭": ("pang",), "方": ("fong",), "何": ("ho",), "卢": ("loo",),
}  # fmt: skip

# Surnames read otherwise than their common Korean reading (金 is Kim as a surname, Geum as
# gold), and the Korean surname 朴 (Park), which the Chinese surname list lacks.
KOREAN_SURNAME_READING = {"金": "gim"}
EXTRA_SURNAMES = {"朴": "piao"}


def wade_giles(han: str, pinyin: str) -> list[str]:
    """The Wade-Giles spelling (pypinyin), where the surname is read as the character usually is."""
    from pypinyin import Style, lazy_pinyin

    if "".join(lazy_pinyin(han, style=Style.NORMAL)) != pinyin:
        return []
    wg = "".join(lazy_pinyin(han, style=Style.WADEGILES)).replace("'", "").replace("v", "u")
    return [wg] if wg.isalpha() else []


def korean_reading(ch: str) -> str | None:
    import hanja
    from korean_romanizer.romanizer import Romanizer

    hangul = hanja.translate(ch, "substitution")
    if hangul == ch:
        return None
    return Romanizer(hangul).romanize().casefold() or None


def cantonese(ch: str) -> list[str]:
    from hanziconv import HanziConv

    table = json.loads(
        resources.files("cantoroman").joinpath("data/charToRoman.json").read_text("utf-8")
    )
    trad = HanziConv.toTraditional(ch)
    return [s for s in table.get(trad) or table.get(ch) or [] if s.isalpha()]


def surname_lines() -> list[str]:
    lines = []
    src = (DATA / "zh_surnames.tsv").read_text("utf-8").splitlines()
    src += [f"{h}\t{p}" for h, p in EXTRA_SURNAMES.items()]
    for line in src:
        if line.startswith("#") or not line.strip():
            continue
        han, pinyin = line.split("\t")
        if len(han) != 1:
            continue
        spellings = [pinyin.replace("ü", "u"), *wade_giles(han, pinyin), *cantonese(han)]
        spellings += HOKKIEN_SPELLINGS.get(han, ())
        ko = KOREAN_SURNAME_READING.get(han) or korean_reading(han)
        if ko:
            spellings += [ko, *KOREAN_SPELLINGS.get(ko, ())]
        lines.append(han + "\t" + " ".join(dict.fromkeys(spellings)))
    return lines


def reading_lines() -> list[str]:
    lines = []
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        ko = korean_reading(ch)
        if ko:
            lines.append(f"{ch}\t{ko}")
    return lines


def main() -> None:
    head = "# Generated by tools/build_han_romanised.py; see its docstring for the sources.\n"
    out = DATA / "zh_surname_spellings.tsv"
    lines = surname_lines()
    out.write_text(
        "# One-character Chinese surnames and the Latin spellings they are written in\n"
        "# (pinyin, Wade-Giles, Hong Kong Cantonese, Hokkien, Korean), space-separated.\n"
        + head
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} surnames -> {out}")
    out = DATA / "han_korean_readings.tsv"
    lines = reading_lines()
    out.write_text(
        "# Sino-Korean reading (Revised Romanisation) of each GB 2312 character.\n"
        + head
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} characters -> {out}")


if __name__ == "__main__":
    main()
