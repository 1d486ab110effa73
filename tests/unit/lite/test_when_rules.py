"""WHEN rules by kind of error, each on sentences written for it (never from the dev files)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.article import make_article
from newsbrief.lite.when import date_candidates, find_dates, find_when, score_candidates
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


# ------------------------------------------------------------------------ rule anaphoric_day


def test_anaphoric_day_takes_the_day_of_the_date_before_it():
    text = "某国警方12日说，一所学校当天凌晨遭武装人员袭击，3人受伤。"
    w = when(text, "zh", dt.date(2024, 5, 13))
    assert w is not None and w.start == dt.date(2024, 5, 12)
    found = {d.text: d.start for d in find_dates(text, "zh", dt.date(2024, 5, 13))}
    assert found["当天"] == dt.date(2024, 5, 12)


def test_anaphoric_day_without_a_date_before_it_stays_anchorless():
    w = when("当天下午，一座仓库起火，无人受伤。", "zh", dt.date(2024, 5, 13))
    assert w is not None and (w.text, w.start) == ("当天", None)


def test_anaphoric_day_not_across_a_paragraph():
    dates = find_dates("警方12日通报了案情。\n当天，一座仓库起火。", "zh", dt.date(2024, 5, 13))
    assert [d.text for d in dates] == ["12日"]


# --------------------------------------------------------------- rule relative_clause (zh)


def test_zh_date_inside_the_objects_modifier_is_background():
    text = "联合国安理会5日发表声明，谴责4日发生在某国首都、造成多人死亡的爆炸袭击。"
    w = when(text, "zh", dt.date(2024, 5, 6))
    assert w is not None and (w.text, w.start) == ("5日", dt.date(2024, 5, 5))


def test_zh_date_modifying_the_subject_is_the_event():
    w = when("4日发生在某市的爆炸造成3人死亡，警方正在调查。", "zh", dt.date(2024, 5, 6))
    assert w is not None and (w.text, w.start) == ("4日", dt.date(2024, 5, 4))


# --------------------------------------------------------------------------- rule as_of_tally


def test_as_of_time_is_when_a_tally_was_taken():
    text = "5月6日下午林业局通报，截至今天7时，全市共发生森林火灾6起。"
    w = when(text, "zh", dt.date(2024, 5, 7))
    assert w is not None and (w.text, w.start) == ("5月6日", dt.date(2024, 5, 6))


# -------------------------------------------------------------- rule explicit_phrase (reach)


def test_explicit_phrase_not_from_another_paragraph():
    text = "昨晨6点过，一家小店突发大火。\n店门上贴着一张落款为7月15日的告示。"
    w = when(text, "zh", dt.date(2024, 7, 16))
    assert w is not None and (w.text, w.start) == ("昨晨", dt.date(2024, 7, 15))


# ---------------------------------------------------------------------- rule clock_time_only


def test_clock_time_only_zh():
    w = when(
        "现场传来爆炸声。11时26分，某区一民房失火，消防部门赶赴现场。", "zh", dt.date(2024, 1, 5)
    )
    assert w is not None
    assert (w.text, w.start, w.partial, w.time) == ("11时26分", None, None, "11:26")


def test_clock_time_only_en_opening_a_sentence():
    text = "The long wait is over. At 00:48 in the city, the final ball was caught."
    w = when(text, "en", dt.date(2024, 11, 3))
    assert w is not None and (w.text, w.start, w.time) == ("00:48", None, "00:48")


def test_clock_time_inside_a_clause_is_not_the_event():
    assert when("The shop said doors open at 9am for the sale.", "en", dt.date(2024, 3, 1)) is None


def test_clock_time_only_not_when_a_date_is_given():
    w = when("At 6am on Monday a tram overturned.", "en", dt.date(2024, 3, 6))
    assert w is not None and (w.text, w.start, w.time) == ("Monday", dt.date(2024, 3, 4), "06:00")


def test_dotted_clock_time():
    w = when("A tram overturned at 6.13am today in heavy rain.", "en", dt.date(2024, 3, 6))
    assert w is not None and (w.text, w.time) == ("today", "06:13")


# ---------------------------------------------------------------------- rule paragraph_depth


def test_paragraph_depth_one_long_paragraph_prefers_the_lead():
    filler = "Officials gave no further details about the talks or their length. " * 12
    text = (
        "Leaders meet\n\nThe president described his first meeting with the new leader as "
        "excellent. The leader said it was an honour to meet him at the palace during the talks "
        "on Thursday. "
        + filler
        + "Thousands of protesters marched on the palace on Wednesday night. Police said the "
        "crowd had gathered on Wednesday night."
    )
    w = when(text, "en", dt.date(2024, 5, 10))
    assert w is not None and w.text == "Thursday"


# ---------------------------------------------------------------------------- rule caps_name


def test_caps_name_an_upper_case_today_in_a_title_is_no_date():
    text = "Writing in USA TODAY, the director said Sunday the review had found nothing new."
    w = when(text, "en", dt.date(2024, 11, 6))
    assert w is not None and (w.text, w.start) == ("Sunday", dt.date(2024, 11, 3))


def test_caps_name_a_lone_upper_case_today_is_still_a_date():
    w = when("Voters go to the polls TODAY.", "en", dt.date(2024, 11, 5))
    assert w is not None and w.start == dt.date(2024, 11, 5)


# ------------------------------------------------------------------------ rule until_clause


def _score(text: str, phrase: str, lang: str, date: dt.date) -> float:
    art = make_article(text, lang=lang, date=date)
    cands = score_candidates(art, date_candidates(text, lang, date))
    return next(c.score for c in cands if c.when.text == phrase)


def test_until_clause_date_marks_the_end_of_a_state():
    day = dt.date(2016, 11, 13)
    plain = "She said the director sent his letter to the committee on Oct. 28."
    until = "She said her campaign was winning until the director sent his letter on Oct. 28."
    assert _score(until, "Oct. 28", "en", day) == pytest.approx(
        _score(plain, "Oct. 28", "en", day) - 1.5
    )
    text = (
        "She blamed the director for her defeat. On a call Saturday with donors, she said her "
        "campaign was winning until the director sent his letter on Oct. 28 announcing a review."
    )
    w = when(text, "en", day)
    assert w is not None and (w.text, w.start) == ("Saturday", dt.date(2016, 11, 12))


# ------------------------------------------------------------------------ rule recent_period


def test_recent_period_is_the_events_time_when_no_date_is_given():
    w = when("南欧多国山火不断，某国在过去的四天里已有六名消防员殉职。", "zh")
    assert w is not None and (w.text, w.start) == ("过去的四天里", None)


def test_recent_period_gives_way_to_a_date():
    w = when("近两日，某地连降暴雨。12日晚，一座桥梁被冲毁。", "zh", dt.date(2024, 6, 13))
    assert w is not None and (w.text, w.start) == ("12日", dt.date(2024, 6, 12))


# ---------------------------------------------------------------------- rule dateline_anchor


def test_dateline_anchor_today_is_the_day_the_story_was_filed():
    text = "新华社北京5月21日电 今天上午，北京一处仓库发生火灾，无人受伤。"
    w = when(text, "zh", dt.date(2024, 5, 22))  # printed the next day
    assert w is not None and w.start == dt.date(2024, 5, 21)


def test_dateline_anchor_weekday_counts_from_the_dateline():
    text = "BEIJING, May 21 (Reuters) - A fire broke out at a warehouse on Monday, officials said."
    w = when(text, "en", dt.date(2024, 5, 27))
    assert w is not None and (w.text, w.start) == ("Monday", dt.date(2024, 5, 20))


def test_dateline_anchor_not_a_dateline_after_the_publication_date():
    text = "新华社北京5月25日电 今天上午，北京一处仓库发生火灾，无人受伤。"
    w = when(text, "zh", dt.date(2024, 5, 22))  # a dateline later than the paper: not trusted
    assert w is not None and w.start == dt.date(2024, 5, 22)


# ------------------------------------------------------------------------- rule time_context


def test_time_context_a_clock_time_opening_the_next_sentence_is_on_that_date():
    w = when(
        "6日凌晨，某古镇发生火灾。凌晨4点20发现火情，到6点大火被扑灭。", "zh", dt.date(2024, 5, 7)
    )
    assert w is not None and (w.text, w.start, w.time) == ("6日", dt.date(2024, 5, 6), "04:20")


def test_time_context_not_past_a_date_of_its_own():
    text = "6日凌晨，某古镇发生火灾。7日凌晨4点20，又一处起火。"
    w = when(text, "zh", dt.date(2024, 5, 8))
    assert w is not None and not (w.start == dt.date(2024, 5, 6) and w.time == "04:20")


def test_zh_colloquial_clock_times():
    assert when("昨晨6点过，一家小店突发大火。", "zh", dt.date(2024, 7, 16)).time == "06:00"
    assert when("昨天下午1点多，一辆客车翻下路基。", "zh", dt.date(2024, 7, 16)).time == "13:00"
    found = find_dates("某指数上涨3点20个百分点，昨天收盘。", "zh", dt.date(2024, 7, 16))
    assert [d.time for d in found] == [None]
