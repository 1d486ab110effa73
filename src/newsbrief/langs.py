"""Language codes newsbrief speaks and the spellings users type for them."""

from __future__ import annotations

from .errors import UsageError

SUPPORTED = ("id", "en", "zh")

NAMES = {
    "id": {"id": "Indonesia", "en": "Indonesian", "zh": "印度尼西亚语"},
    "en": {"id": "Inggris", "en": "English", "zh": "英语"},
    "zh": {"id": "Tionghoa", "en": "Chinese", "zh": "中文"},
}

_ALIASES = {
    "id": "id",
    "in": "id",
    "ind": "id",
    "indonesian": "id",
    "indonesia": "id",
    "bahasa indonesia": "id",
    "id-id": "id",
    "id_id": "id",
    "en": "en",
    "eng": "en",
    "english": "en",
    "en-us": "en",
    "en-gb": "en",
    "en_us": "en",
    "zh": "zh",
    "zho": "zh",
    "chi": "zh",
    "chinese": "zh",
    "zh-cn": "zh",
    "zh_cn": "zh",
    "zh-hans": "zh",
    "zh_hans": "zh",
    "cmn": "zh",
    "mandarin": "zh",
    "zh-sg": "zh",
}


# Languages briefed with another's rules (Malay with Indonesian): accepted as an article's
# language (--from), never as a rendering target, and a Malay text needs no translation for an
# Indonesian reader.
READ_AS = {"ms": "id"}
_SOURCE_ALIASES = {
    "ms": "ms",
    "msa": "ms",
    "may": "ms",
    "malay": "ms",
    "bahasa melayu": "ms",
    "ms-my": "ms",
    "ms_my": "ms",
}


def normalize_lang(value: str, *, source: bool = False) -> str:
    """Map a user's spelling of a supported language to its code, or raise UsageError.

    `source=True` also accepts the languages in READ_AS (for an article's language)."""
    key = value.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    if source and key in _SOURCE_ALIASES:
        return _SOURCE_ALIASES[key]
    extra = ", ms (malay)" if source else ""
    raise UsageError(
        f"unknown language {value!r}: use one of id, en, zh{extra} "
        "(also indonesian, english, chinese, zh-cn, zh-hans ...)"
    )


def same_reader(text_lang: str, target: str) -> bool:
    """True when a reader of `target` reads `text_lang` text as is (no translation needed)."""
    return READ_AS.get(text_lang, text_lang) == target


def sentence_joiner(lang: str) -> str:
    """What goes between two sentences of `lang` text: nothing in Chinese, a space otherwise."""
    return "" if lang == "zh" else " "
