"""WHEN rules by kind of error, each on sentences written for it (never from the dev files)."""

from __future__ import annotations

import datetime as dt

from newsbrief.article import make_article
from newsbrief.lite.when import find_when
from newsbrief.model import When


def when(text: str, lang: str, date: dt.date | None = None) -> When | None:
    w = find_when(make_article(text, lang=lang, date=date))
    if w is not None:
        assert text[w.span[0] : w.span[1]] == w.text
    return w


# -------------------------------------------------------------------- rule explicit_phrase


def test_explicit_phrase_the_dateline_states_the_day_a_relative_word_implies():
    text = "新华社北京3月5日电 今天上午10时，北京一处仓库发生火灾，无人受伤。"
    w = when(text, "zh", dt.date(2024, 3, 5))
    assert w is not None
    assert (w.text, w.start) == ("3月5日", dt.date(2024, 3, 5))
    assert w.time == "10:00"  # the clock time next to the winning phrase stays


def test_explicit_phrase_only_for_the_same_day():
    text = "新华社北京3月6日电 昨天上午，北京一处仓库发生火灾，无人受伤。"
    w = when(text, "zh", dt.date(2024, 3, 6))
    assert w is not None
    assert (w.text, w.start) == ("昨天", dt.date(2024, 3, 5))


# ---------------------------------------------------------------------- rule anchorless_date


def test_anchorless_date_year_less_date_keeps_its_month_and_day():
    w = when("5月18日，某市一家工厂发生火灾。", "zh")
    assert w is not None and (w.text, w.start, w.partial) == ("5月18日", None, "--05-18")


def test_anchorless_date_month_without_year():
    w = when("The festival will return in May, organisers said.", "en")
    assert w is not None and (w.text, w.start, w.partial) == ("May", None, "--05")


def test_anchorless_date_vague_phrase_only_when_no_date_is_given():
    w = when("近日，某市一家工厂发生火灾。", "zh")
    assert w is not None and (w.text, w.start) == ("近日", None)
    w = when("近日，某市一家工厂于5月18日发生火灾。", "zh", dt.date(2024, 5, 20))
    assert w is not None and w.start == dt.date(2024, 5, 18)


def test_anchorless_date_never_the_publication_date():
    w = when("Police arrested him yesterday.", "en")
    assert w is not None and w.start is None


# --------------------------------------------------------------------- rule relative_clause


def test_relative_clause_date_is_the_subjects_background():
    text = (
        "The mayor, who was elected on Monday, opened the new bridge today. "
        "Crowds gathered along the river."
    )
    w = when(text, "en", dt.date(2024, 3, 7))
    assert w is not None and (w.text, w.start) == ("today", dt.date(2024, 3, 7))


def test_relative_clause_closed_before_the_date_does_not_count():
    text = "The mayor, who was elected last year, opened the bridge on Monday."
    w = when(text, "en", dt.date(2024, 3, 7))
    assert w is not None and w.text == "Monday"


# ------------------------------------------------------------------ grammar and attribution


def test_a_date_that_opens_the_article_is_not_an_attribution():
    w = when(
        "26日16时许，某县一辆三轮车侧翻，6人死亡。\n伤者于昨天凌晨被送医。",
        "zh",
        dt.date(2024, 5, 28),
    )
    assert w is not None and (w.text, w.start) == ("26日", dt.date(2024, 5, 26))


def test_night_before_last_and_yesterday_morning():
    w = when("前晚7时30分许，一辆轿车冲下路基。", "zh", dt.date(2024, 6, 2))
    assert w is not None and (w.text, w.start) == ("前晚", dt.date(2024, 5, 31))
    w = when("昨晨6点过，一栋居民楼下的小店突发大火。", "zh", dt.date(2024, 7, 16))
    assert w is not None and (w.text, w.start) == ("昨晨", dt.date(2024, 7, 15))


# ----------------------------------------------------------------------- rule headline_year


def test_headline_year_names_the_event_when_no_date_is_given():
    text = "World Cup 2030: hosts unveil stadium plans\n\nThe organisers showed the new designs."
    w = when(text, "en", dt.date(2026, 3, 2))
    assert w is not None and (w.text, w.start, w.partial) == ("2030", None, "2030")


def test_headline_year_not_when_the_article_gives_a_date():
    text = "World Cup 2030: hosts unveil plans\n\nThe organisers showed the designs on Monday."
    w = when(text, "en", dt.date(2026, 3, 4))
    assert w is not None and w.text == "Monday"
