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
    "id": "id", "in": "id", "ind": "id", "indonesian": "id", "indonesia": "id",
    "bahasa indonesia": "id", "id-id": "id", "id_id": "id",
    "en": "en", "eng": "en", "english": "en", "en-us": "en", "en-gb": "en", "en_us": "en",
    "zh": "zh", "zho": "zh", "chi": "zh", "chinese": "zh", "zh-cn": "zh", "zh_cn": "zh",
    "zh-hans": "zh", "zh_hans": "zh", "cmn": "zh", "mandarin": "zh", "zh-sg": "zh",
}


def normalize_lang(value: str) -> str:
    """Map a user's spelling of a supported language to its code, or raise UsageError."""
    key = value.strip().lower()
    try:
        return _ALIASES[key]
    except KeyError:
        raise UsageError(
            f"unknown language {value!r}: use one of id, en, zh "
            "(also indonesian, english, chinese, zh-cn, zh-hans ...)"
        ) from None
