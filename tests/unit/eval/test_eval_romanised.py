"""Han-written East Asian names against their romanisation, and organisations by acronym."""

import pytest

from newsbrief.eval import consistency as evc
from newsbrief.eval.romanised import romanises, surname_spellings


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("习近平", "Xi Jinping"),  # pinyin, family name first
        ("马英九", "Ma Ying-jeou"),  # Wade-Giles given name, hyphenated
        ("李显龙", "Prime Minister Lee Hsien Loong"),  # a title before it
        ("陈振声", "Chan Chun Sing"),  # Cantonese surname, given name spaced
        ("陈振声", "Chun Sing Tan"),  # Hokkien surname, family name last
        ("朴槿惠", "Park Geun-hye"),  # Korean reading
        ("文在寅", "President Moon Jae-in"),
        ("王毅", "Wang Yi"),  # a given name with no consonant is spelt as read
        ("蔡英文", "Tsai Ing-wen"),  # Wade-Giles surname
    ],
)
def test_a_han_name_matches_its_romanisation(han: str, latin: str) -> None:
    assert romanises(han, latin)


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("王毅", "Wang Yang"),  # same surname, another given name
        ("朴槿惠", "Park Chung-hee"),  # her father
        ("文在寅", "Moon"),  # a surname alone says too little
        ("习近平", "Jinping"),
        ("约翰", "John Lee"),  # not a surname-led name at all
    ],
)
def test_a_han_name_does_not_match_another_person(han: str, latin: str) -> None:
    assert not romanises(han, latin)


def test_surname_spellings_come_from_each_romanisation():
    assert {"li", "lee", "ri"} <= set(surname_spellings()["李"])
    assert {"jin", "kim"} <= set(surname_spellings()["金"])
    assert {"huang", "wong", "hwang"} <= set(surname_spellings()["黄"])
    assert {"xu", "hsu"} <= set(surname_spellings()["徐"])


def _who(text: str, article: str = "") -> dict:
    return {
        "who": text,
        "who_group": False,
        "who_words": evc.name_words(text, article),
        "who_acronym": evc.acronym_of(text, article),
    }


def test_same_actor_reads_a_korean_name_in_either_order():
    assert evc._same_actor(_who("朴槿惠"), _who("Park Geun-hye")) is True
    assert evc._same_actor(_who("Geun-hye Park"), _who("朴槿惠")) is True
    assert evc._same_actor(_who("朴槿惠"), _who("Park Chung-hee")) is False


def test_organisations_with_the_same_acronym_agree():
    en = _who("Royal Society for Birds", "led by the Royal Society for Birds (RSB), which")
    ms = _who("Persatuan Diraja Burung", "kata Persatuan Diraja Burung (RSB) semalam")
    zh = _who("皇家鸟类学会", "“皇家鸟类学会” (RSB)表示")
    other = _who("Bird Trust", "the Bird Trust (BT) said")
    assert en["who_acronym"] == zh["who_acronym"] == "RSB"
    assert evc._same_actor(en, ms) is True and evc._same_actor(ms, zh) is True
    assert evc._same_actor(en, other) is False
