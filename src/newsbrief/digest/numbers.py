"""Numbers as keys that meet across scripts and languages.

One count is written many ways: en "4,300", id "4.300", zh "4300", full-width "４３００", Chinese
numerals "四千三百"; and with a scale word: en "2 billion", id "2 miliar", zh "20亿" are the same
amount. Each becomes its plain integer digits. A single digit is in every article and says nothing
about which event this is, so it is no key.
"""

from __future__ import annotations

import re
import unicodedata

# scale words after a number; Chinese writes 亿 (10^8) and 万 (10^4) where English writes billion/million
_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
    "千": 10**3,
    "万": 10**4,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "万亿": 10**12,
}
_SCALE_ALT = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_NUMBER = re.compile(r"(\d[\d.,]*\d|\d)(?:\s*(" + _SCALE_ALT + r")(?![a-z]))?", re.IGNORECASE)

_HAN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_HAN_DIGIT |= {"六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNIT = {"十": 10, "百": 100, "千": 1000}
_HAN_BIG = {"万": 10**4, "亿": 10**8}
# a run of Chinese numerals with at least one unit inside (三百八十四, 十八); a run of bare digits
# (一二), one that starts with 万/亿 (万一 'in case') or a lone unit (十分 'very') is a word
_HAN_NUMBER = re.compile(
    r"(?<![\d.,])[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千万亿]*"
)


def _han_value(run: str) -> int | None:
    total = section = digit = 0
    for ch in run:
        if ch in _HAN_DIGIT:
            digit = _HAN_DIGIT[ch]
        elif ch in _HAN_UNIT:
            section += (digit or 1) * _HAN_UNIT[ch]
            digit = 0
        elif ch in _HAN_BIG:
            total += (section + digit) * _HAN_BIG[ch]
            section = digit = 0
        else:
            return None
    return total + section + digit


def _plain(digits: str, scale: int) -> int | None:
    """The value of "4,300" / "4.300" / "1.5" (with a scale: 1.5 million). A separator followed by
    exactly three digits groups thousands in every language here; any other is a decimal point."""
    parts = re.split(r"[.,]", digits)
    if len(parts) > 1 and len(parts[-1]) != 3:
        whole, frac = "".join(parts[:-1]), parts[-1]
        if scale == 1:
            return int(whole + frac)  # 7.5 (magnitude) stays one key, as before: 75
        return (int(whole or "0") * 10 ** len(frac) + int(frac)) * scale // 10 ** len(frac)
    return int("".join(parts)) * scale


def number_keys(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)  # full-width digits and commas
    out: set[str] = set()
    for m in _NUMBER.finditer(text):
        scale = _SCALES.get((m.group(2) or "").casefold(), 1)
        value = _plain(m.group(1), scale)
        if value is not None and value >= 10:
            out.add(str(value))
    for m in _HAN_NUMBER.finditer(text):
        run = m.group()
        if len(run) < 2:
            continue
        value = _han_value(run)
        if value is not None and value >= 10:
            out.add(str(value))
    return out
