"""Language codes: the spellings users type, Malay read as Indonesian, the sentence joiner."""

from __future__ import annotations

import pytest

from newsbrief.errors import UsageError
from newsbrief.langs import normalize_lang, same_reader, sentence_joiner


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ID", "id"), (" indonesian ", "id"), ("en-GB", "en"), ("zh-Hans", "zh"), ("Mandarin", "zh")],
)
def test_user_spellings_map_to_codes(typed, code):
    assert normalize_lang(typed) == code


def test_malay_is_a_source_language_only():
    assert normalize_lang("malay", source=True) == "ms"
    with pytest.raises(UsageError, match=r"unknown language 'ms': use one of id, en, zh \("):
        normalize_lang("ms")
    with pytest.raises(UsageError, match="ms \\(malay\\)"):
        normalize_lang("klingon", source=True)


def test_a_malay_text_needs_no_translation_for_an_indonesian_reader():
    assert same_reader("ms", "id") and same_reader("zh", "zh")
    assert not same_reader("id", "ms") and not same_reader("en", "id")


def test_chinese_sentences_join_without_a_space():
    assert sentence_joiner("zh").join(["下雨了。", "学校停课。"]) == "下雨了。学校停课。"
    assert sentence_joiner("id").join(["Hujan.", "Sekolah libur."]) == "Hujan. Sekolah libur."
