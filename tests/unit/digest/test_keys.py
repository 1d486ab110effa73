"""The keys a brief offers for grouping: numbers, names and sounds that meet across scripts."""

from __future__ import annotations

import datetime as dt

from newsbrief.digest.cluster import GroupOptions, _scores, common_words, group
from newsbrief.digest.features import features, lead_town
from newsbrief.digest.numbers import number_keys
from newsbrief.digest.sounds import skeleton_keys
from newsbrief.model import Brief, What, When, Where, Who


def _brief(lang: str, text: str, who: list[Who] = ()) -> Brief:
    return Brief(
        lang=lang,
        lang_confidence=1.0,
        target_lang=lang,
        summary=text,
        summary_lang=lang,
        who=list(who),
        what=What(text=text, span=(0, len(text))),
        engine="lite",
    )


def test_a_count_is_one_key_in_digits_full_width_and_chinese_numerals():
    assert number_keys("At least 384 people died") == {"384"}
    assert number_keys("至少３８４人死亡") == {"384"}
    assert number_keys("至少三百八十四人死亡") == {"384"}
    assert number_keys("4.300 rumah") == number_keys("4,300 homes") == number_keys("四千三百间")


def test_an_amount_with_a_scale_word_is_its_value_in_every_language():
    want = {"2000000000"}
    assert number_keys("a $2 billion fund") == want
    assert number_keys("dana Rp 2 miliar") == want
    assert number_keys("投资 20 亿美元") == want
    assert number_keys("1.5 million voters") == number_keys("150万选民") == {"1500000"}


def test_single_digits_and_chinese_words_made_of_numerals_are_no_keys():
    assert number_keys("5 days, 3 goals") == set()
    assert number_keys("他十分谨慎，万一失败") == set()


def test_a_short_two_part_name_meets_its_transliteration_as_a_whole():
    # each part is too short to be a key on its own; the whole name is one
    latin, han = skeleton_keys("Dwi Haris", han=False), skeleton_keys("德维·哈里斯", han=True)
    assert latin & han
    assert not skeleton_keys("Dwi", han=False)


def test_a_chinese_organisation_keys_its_glossary_translation():
    zh = _brief(
        "zh",
        "伤者在医院外休息。",
        [Who(text="陆军医院", kind="organization", span=(0, 4), translation="Army Hospital")],
    )
    en = _brief("en", "The injured rest outside the Army Hospital.")
    assert {"army", "hospital"} <= features(zh).names & features(en).names


def test_a_name_in_the_summary_meets_a_chinese_who_by_its_sound():
    en = _brief("en", "Labour leader Corbyn's party backs a four-day week.")
    zh = _brief(
        "zh", "工党支持四天工作制。", [Who(text="杰里米·科尔宾", kind="person", span=(0, 7))]
    )
    assert features(en).sounds & features(zh).sounds


def test_a_capitalised_word_the_folder_also_writes_in_lower_case_is_no_name():
    a = _brief("en", "Police in Surabaya said the Grand Hotel fire killed Budi Santoso.")
    b = _brief("en", "Voters in Oslo heard Grand promises from Ingrid Solberg.")
    c = _brief("en", "A grand old bridge in Lyon was closed for repairs.")
    d = _brief("en", "An old bridge in Lyon was closed for repairs.")
    with_word = [features(x) for x in (a, b, c)]
    without = [features(x) for x in (a, b, d)]
    assert "grand" in common_words(with_word)
    assert "grand" not in common_words(without)
    opts = GroupOptions()
    assert _scores(with_word, opts)[1][(0, 1)] < _scores(without, opts)[1][(0, 1)] * 0.75


def _at(brief: Brief, place: str, country: str) -> Brief:
    brief.where = [Where(text=place, place=place, country=country, kind="city", span=(0, 1))]
    return brief


def test_two_outlets_opening_on_the_same_small_town_are_one_event():
    a = _at(
        _brief("en", "Rescuers dug through rubble after the landslide, Mayor Hadi Sutrisno said."),
        "Palu",
        "ID",
    )
    b = _at(
        _brief("en", "A landslide buried a market; teams from Basarnas searched the mud."),
        "Palu",
        "ID",
    )
    assert lead_town(a) == "palu|ID"
    assert group([features(a), features(b)]) == [[0, 1]]


def test_two_stories_opening_on_a_capital_stay_apart():
    a = _at(
        _brief("en", "A cyclist died after a crash with a lorry, Inspector Ruth Wade said."),
        "London",
        "GB",
    )
    b = _at(
        _brief("en", "Shoppers queued for the new phone at the flagship Regent store."),
        "London",
        "GB",
    )
    assert lead_town(a) is None
    assert group([features(a), features(b)]) == [[0], [1]]


def test_same_town_stories_days_apart_stay_apart():
    a = _at(_brief("en", "A landslide buried a market, Mayor Hadi Sutrisno said."), "Palu", "ID")
    b = _at(_brief("en", "The city council opened a new bridge over the river."), "Palu", "ID")
    a.when = When(text="x", start=dt.date(2024, 3, 1), span=(0, 1))
    b.when = When(text="x", start=dt.date(2024, 5, 9), span=(0, 1))
    assert group([features(a), features(b)]) == [[0], [1]]


def test_dates_that_agree_count_for_the_group_mean_as_they_do_for_the_pair():
    day = dt.date(2024, 6, 3)
    en = _brief("en", "Governor Budi Santoso opened the Kali Garang bridge, 300 workers built it.")
    zh = _brief(
        "zh", "新桥通车，300名工人参与建设。", [Who(text="州长", kind="person", span=(0, 2))]
    )
    feats = [features(en), features(zh)]
    cosine = _scores(feats, GroupOptions())[1][(0, 1)]
    opts = GroupOptions(mutual_link_threshold=cosine + 0.05, date_bonus=0.1)
    assert group(feats, opts) == [[0], [1]]  # no dates: the mean is under the floor
    for b in (en, zh):
        b.when = When(text="x", start=day, span=(0, 1))
    assert group([features(en), features(zh)], opts) == [[0, 1]]
