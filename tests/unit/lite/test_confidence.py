"""Brief JSON version 2: schema_version, who kind group, partial dates, per-field confidence, and
how the offline engine's confidence follows its evidence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from newsbrief import brief
from newsbrief.article import make_article
from newsbrief.lite import confidence as conf
from newsbrief.model import SCHEMA_VERSION, Brief, What, When, Where, Who, brief_json_schema
from newsbrief.render import render

ARTICLE = (
    "Floods cut roads across Semarang\n\n"
    "SEMARANG - Floods cut the main roads across Semarang on Monday, 5 June 2023, after a night "
    "of heavy rain, mayor Hevearita Rahayu said. Rahayu ordered schools to close. Several "
    "people were moved to a mosque in Semarang."
)


def _brief(**fields) -> Brief:
    base = {
        "lang": "en",
        "lang_confidence": 1.0,
        "target_lang": "en",
        "summary": "s",
        "summary_lang": "en",
        "engine": "lite",
    }
    return Brief(**{**base, **fields})


# --------------------------------------------------------------------------- data model


def test_every_brief_carries_its_schema_version():
    b = brief(ARTICLE, engine="lite", lang="en")
    data = json.loads(render(b, "json"))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert "schema_version" in brief_json_schema()["properties"]


def test_version_1_json_still_reads():
    old = {
        "lang": "en",
        "lang_confidence": 1.0,
        "target_lang": "en",
        "summary": "s",
        "summary_lang": "en",
        "engine": "lite",
        "who": [{"text": "Rahayu", "kind": "person", "span": [0, 6]}],
        "when": {"text": "5 June 2023", "start": "2023-06-05", "span": [0, 11]},
    }
    b = Brief.model_validate(old)
    assert b.schema_version == 2 and b.who[0].confidence is None


def test_who_group_and_partial_when_are_valid():
    Who(text="Several people", kind="group", span=(0, 14), confidence=0.3)
    When(text="18 Mei", start=None, partial="--05-18", span=(0, 6))
    When(text="Mei 2023", partial="2023-05", span=(0, 8))
    with pytest.raises(ValidationError):
        When(text="18 Mei", partial="18-05", span=(0, 6))
    with pytest.raises(ValidationError):
        Who(text="Rahayu", kind="person", span=(0, 6), confidence=1.5)


@pytest.mark.parametrize(
    ("to", "partial", "expected"),
    [
        ("en", "--05-18", "18 May (year not given)"),
        ("id", "--05-18", "18 Mei (tahun tidak disebut)"),
        ("zh", "--05-18", "5月18日（未注明年份）"),
        ("en", "2023-05", "May 2023"),
        ("zh", "2023-05", "2023年5月"),
    ],
)
def test_partial_dates_written_out(to, partial, expected):
    b = _brief(target_lang=to, when=When(text="18 Mei", start=None, partial=partial, span=(0, 6)))
    assert expected in render(b, "text")


def test_when_without_any_date_shows_the_phrase():
    b = _brief(when=When(text="pekan depan", span=(0, 11)))
    assert "“pekan depan”" in render(b, "markdown")


@pytest.mark.parametrize(("to", "label"), [("en", "group"), ("id", "kelompok"), ("zh", "群体")])
def test_group_kind_and_uncertain_marker_rendered(to, label):
    who = [
        Who(text="Several people", kind="group", span=(0, 14), confidence=0.2),
        Who(text="Rahayu", kind="person", span=(20, 26), confidence=0.9),
    ]
    out = render(_brief(target_lang=to, who=who), "text").splitlines()
    unsure = {"en": "uncertain", "id": "belum pasti", "zh": "存疑"}[to]
    group_line = next(line for line in out if "Several people" in line)
    person_line = next(line for line in out if "Rahayu" in line)
    assert label in group_line and unsure in group_line
    assert unsure not in person_line


# --------------------------------------------------------------------------- confidence


def test_lite_fields_carry_a_confidence_in_unit_interval():
    b = brief(ARTICLE, engine="lite", lang="en", date=dt.date(2023, 6, 5))
    values = [w.confidence for w in b.who] + [w.confidence for w in b.where]
    values += [b.what.confidence, b.when.confidence]
    assert values and all(v is not None and 0.0 <= v <= 1.0 for v in values)


def test_who_evidence_counts_mentions_by_surname_and_the_opening():
    art = make_article(ARTICLE, lang="en")
    mayor = Who(text="Hevearita Rahayu", role="mayor", kind="person", span=(0, 1))
    ev = conf.who_evidence(art, mayor)
    assert ev["mentions"] == pytest.approx(2 / conf.MENTION_CAP)  # "Rahayu" twice
    assert ev["role"] == 1.0 and ev["multiword"] == 1.0 and ev["opening"] == 1.0


def test_where_evidence_sees_the_opening_and_mentions():
    art = make_article(ARTICLE, lang="en")
    city = Where(text="Semarang", place="Semarang", country="ID", kind="city", span=(0, 1))
    ev = conf.where_evidence(art, city)
    assert ev["opening"] == 1.0 and ev["country"] == 0.0
    # headline and twice in the body; the capitalised dateline is another spelling
    assert ev["mentions"] == pytest.approx(3 / conf.MENTION_CAP)
    java = Where(text="Java", place="Java", country="ID", kind="region", span=(0, 1))
    assert conf.where_evidence(art, java)["opening"] == 0.0


def test_when_evidence_explicit_date_near_publication():
    art = make_article(ARTICLE, lang="en", date=dt.date(2023, 6, 6))
    start = ARTICLE.index("Monday")
    when = When(text="Monday, 5 June 2023", start=dt.date(2023, 6, 5), span=(start, start + 19))
    ev = conf.when_evidence(art, when)
    assert ev["digits"] == ev["year"] == ev["near"] == ev["anchored"] == 1.0
    vague = When(text="soon", partial=None, span=(0, 4))
    assert conf.when_evidence(art, vague)["partial"] == 1.0


def test_what_evidence_headline_words_share():
    art = make_article(ARTICLE, lang="en")
    start = ARTICLE.index("Floods cut the")
    text = "Floods cut the main roads across Semarang on Monday"
    ev = conf.what_evidence(art, What(text=text, span=(start, start + len(text))))
    # headline words: floods cut roads across semarang (5), all in the what
    assert ev["headline_words"] == 1.0 and ev["headline"] == 0.0


def test_score_weighs_evidence_by_points():
    assert conf.score("who", {"mentions": 0.4, "opening": 1.0, "run_on": 1.0}) == pytest.approx(0.8)
    assert conf.score("what", {"headline": 1.0}) == -2.0
    # every point says which way its evidence goes: for the answer, or against it
    assert all(v != 0 for points in conf.POINTS.values() for v in points.values())


def test_combine_follows_the_fitted_curve(monkeypatch):
    monkeypatch.setattr(conf, "curves", lambda: {"who": {"bias": -1.0, "slope": 1.0, "zh": 0.5}})
    low = conf.combine("who", {"mentions": 0.2})
    high = conf.combine("who", {"mentions": 1.0})
    assert 0.0 < low < high < 1.0
    assert conf.combine("who", {}) == pytest.approx(0.269, abs=1e-3)  # logistic(-1)
    assert conf.combine("who", {}, zh=True) == pytest.approx(0.378, abs=1e-3)  # logistic(-0.5)
    assert conf.combine("where", {"mentions": 1.0}) == 0.5  # no curve: no information


def test_who_run_on_name_is_evidence_against():
    art = make_article(ARTICLE, lang="en")
    run_on = Who(text="Mr Rahayu campaigned Semarang Floods", kind="person", span=(0, 1))
    assert conf.who_evidence(art, run_on)["run_on"] == 1.0
    particle = Who(text="Hevearita van Rahayu", kind="person", span=(0, 1))
    assert conf.who_evidence(art, particle)["run_on"] == 0.0


def test_fitted_curves_cover_every_field_and_rise_with_evidence():
    curves = conf.curves()
    assert set(curves) == {"who", "what", "when", "where"}
    # a curve that fell with the evidence would turn every point's direction around
    assert all(c["slope"] >= 0 for c in curves.values())
