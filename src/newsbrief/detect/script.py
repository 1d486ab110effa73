"""Script evidence: which writing systems a text uses, and which one dominates.

The script decides first: Han without Kana or Hangul is Chinese, Kana is Japanese, Hangul is
Korean, Thai is Thai ... Only scripts shared by several languages (Latin, Cyrillic, Arabic,
Devanagari) need a language model after this.
"""

from __future__ import annotations

import re

_SCRIPT_RX: dict[str, re.Pattern[str]] = {
    "Latin": re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"),
    "Han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]"),
    # U+30FB (katakana middle dot) is left out: Chinese writes foreign names with it too.
    "Kana": re.compile(r"[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "Hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "Hebrew": re.compile(r"[\u0590-\u05ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
    "Devanagari": re.compile(r"[\u0900-\u097f]"),
    "Bengali": re.compile(r"[\u0980-\u09ff]"),
    "Gurmukhi": re.compile(r"[\u0a00-\u0a7f]"),
    "Gujarati": re.compile(r"[\u0a80-\u0aff]"),
    "Tamil": re.compile(r"[\u0b80-\u0bff]"),
    "Telugu": re.compile(r"[\u0c00-\u0c7f]"),
    "Kannada": re.compile(r"[\u0c80-\u0cff]"),
    "Malayalam": re.compile(r"[\u0d00-\u0d7f]"),
    "Sinhala": re.compile(r"[\u0d80-\u0dff]"),
    "Lao": re.compile(r"[\u0e80-\u0eff]"),
    "Myanmar": re.compile(r"[\u1000-\u109f]"),
    "Georgian": re.compile(r"[\u10a0-\u10ff]"),
    "Armenian": re.compile(r"[\u0530-\u058f]"),
    "Khmer": re.compile(r"[\u1780-\u17ff]"),
    "Ethiopic": re.compile(r"[\u1200-\u137f]"),
}
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Chinese, Japanese and Korean are counted by their own patterns (a scan in C); only the other
# non-ASCII characters, outside CJK and general punctuation, are looked up one by one.
_CJK_RX = (
    ("Han", _SCRIPT_RX["Han"]),
    ("Kana", _SCRIPT_RX["Kana"]),
    ("Hiragana", re.compile(r"[\u3041-\u309f]")),
    ("Hangul", _SCRIPT_RX["Hangul"]),
)
_OTHER = re.compile(
    r"[^\x00-\x7f\u2000-\u206f\u3000-\u303f\u3041-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"
)
# The script of each non-ASCII character seen so far (None: no script we count). Texts repeat
# the same few thousand characters, so classifying each once keeps this off the hot path.
_CHAR_SCRIPT: dict[str, str | None] = {}

# Scripts written by (for our purposes) one language.
SCRIPT_LANG = {
    "Hangul": "ko", "Kana": "ja", "Hebrew": "he", "Greek": "el", "Thai": "th", "Bengali": "bn",
    "Gurmukhi": "pa", "Gujarati": "gu", "Tamil": "ta", "Telugu": "te", "Kannada": "kn",
    "Malayalam": "ml", "Sinhala": "si", "Lao": "lo", "Myanmar": "my", "Georgian": "ka",
    "Armenian": "hy", "Khmer": "km", "Ethiopic": "am",
}  # fmt: skip
LANG_SCRIPT = {
    **{lang: script for script, lang in SCRIPT_LANG.items()},
    "zh": "Han", "en": "Latin", "id": "Latin", "ms": "Latin", "tl": "Latin", "nl": "Latin",
    "de": "Latin", "fr": "Latin", "es": "Latin", "pt": "Latin", "it": "Latin",
}  # fmt: skip
# A Han character carries about as much as a word; Latin letters are counted one by one.
CJK_WEIGHT = 3.0
CJK = ("Han", "Kana", "Hangul")


def _char_script(ch: str) -> str | None:
    script = _CHAR_SCRIPT.get(ch, "")
    if script == "":
        script = next((name for name, rx in _SCRIPT_RX.items() if rx.match(ch)), None)
        if len(_CHAR_SCRIPT) < 100_000:  # bounded: a hostile input cannot grow it for ever
            _CHAR_SCRIPT[ch] = script
    return script


def script_counts(text: str) -> dict[str, int]:
    """Letters per script; Hiragana is also counted on its own under "Hiragana"."""
    counts: dict[str, int] = {}
    latin = len(_ASCII_LETTER.findall(text))
    if latin:
        counts["Latin"] = latin
    if text.isascii():
        return counts
    for name, rx in _CJK_RX:
        if n := len(rx.findall(text)):
            counts[name] = n
    for ch in _OTHER.findall(text):
        script = _char_script(ch)
        if script is not None and script not in CJK:  # rare CJK blocks: counted above
            counts[script] = counts.get(script, 0) + 1
    return counts


def dominant_script(counts: dict[str, int]) -> str | None:
    """The script that the text is written in, or None when it has no letters."""
    weighted = {k: v for k, v in counts.items() if k not in CJK and k != "Hiragana"}
    cjk = sum(counts.get(name, 0) for name in CJK)
    if cjk:
        weighted["CJK"] = int(cjk * CJK_WEIGHT)
    if not weighted:
        return None
    best = max(weighted, key=lambda k: weighted[k])
    if best != "CJK":
        return best
    han, kana, hangul = counts.get("Han", 0), counts.get("Kana", 0), counts.get("Hangul", 0)
    if hangul and hangul >= kana and hangul >= 0.3 * (hangul + han):
        return "Hangul"
    # Japanese always has hiragana particles (の, を, が); Chinese shows katakana only in a
    # quoted brand name ("优衣库（ユニクロ）") and next to never hiragana. A Japanese headline
    # can hold a single particle among kanji ("東京で大雨、3人死亡": 1 in 8).
    hira = counts.get("Hiragana", 0)
    share = kana / (kana + han) if kana else 0.0
    if (hira >= 2 and share >= 0.05) or (hira and share >= 0.1) or share >= 0.3:
        return "Kana"
    return "Han"


def letters(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k != "Hiragana")
