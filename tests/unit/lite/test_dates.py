"""Per-file publication dates: one rule for `brief FILE` and batch (--date, the date the document
declares, a sidecar or --dates CSV row, a date in the file name), and which source served."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.errors import UsageError
from newsbrief.read import DateMap, date_in_name, decode_dated, read_dated

DAY = dt.date(2024, 5, 25)
BODY = "Banjir melanda kota itu kemarin. Warga mengungsi ke masjid."


def test_option_wins_over_everything_the_file_says():
    data = f"Date: 2024-05-25\n{BODY}".encode()
    got = decode_dated(data, name="2023-01-02-x.txt", option=dt.date(2024, 6, 1))
    assert (got.date, got.source) == (dt.date(2024, 6, 1), "--date")


def test_a_header_line_dates_the_article_and_leaves_the_text():
    got = decode_dated(f"Date: 2024-05-25\n{BODY}".encode(), name="a.txt")
    assert (got.date, got.source, got.text) == (DAY, "header", BODY)


def test_yaml_front_matter_is_dropped_and_its_date_used():
    data = f"---\ntitle: Banjir\ndate: '2024-05-25T08:00:00+07:00'\n---\n{BODY}".encode()
    got = decode_dated(data, name="a.md")
    assert (got.date, got.source, got.text) == (DAY, "front-matter", BODY)


def test_an_html_page_declares_its_date_before_any_list():
    html = (
        '<html><head><meta property="article:published_time" content="2024-05-25T10:00">'
        f"</head><body><article><p>{BODY}</p></article></body></html>"
    )
    got = decode_dated(html.encode(), name="p.html", listed=(dt.date(2020, 1, 1), "dates-file"))
    assert (got.date, got.source) == (DAY, "html")


def test_a_listed_date_wins_over_the_file_name():
    got = decode_dated(BODY.encode(), name="2023-01-02-x.txt", listed=(DAY, "sidecar"))
    assert (got.date, got.source) == (DAY, "sidecar")


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("feed/2024-05-25-banjir.txt", DAY),
        ("20240525_banjir.txt", DAY),
        ("2024-13-40-x.txt", None),
        ("2024/banjir.txt", None),
        ("story-12345678901.txt", None),
    ],
)
def test_a_date_in_the_file_name(name, day):
    assert date_in_name(name) == day


def test_no_date_anywhere_is_no_date():
    got = decode_dated(BODY.encode(), name="banjir.txt")
    assert (got.date, got.source) == (None, None)


def test_dates_csv_and_sidecars(tmp_path):
    (tmp_path / "feed" / "a").mkdir(parents=True)
    (tmp_path / "feed" / "a" / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "feed" / "a" / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "feed" / "a" / "two.date").write_text("2024-05-26\n", encoding="utf-8")
    csv = tmp_path / "dates.csv"
    csv.write_text("path,date\nfeed/a/one.txt,2024-05-25\n", encoding="utf-8")
    dates = DateMap.from_csv(csv)
    got, _ = read_dated(tmp_path / "feed" / "a" / "one.txt", dates=dates)
    assert (got.date, got.source) == (DAY, "dates-file")
    got, _ = read_dated(tmp_path / "feed" / "a" / "two.txt", dates=dates)
    assert (got.date, got.source) == (dt.date(2024, 5, 26), "sidecar")
    # batch keys: paths relative to the input folder, sidecars found under it
    batch = DateMap.of(DateMap().add_sidecars(tmp_path / "feed").items())
    assert batch.lookup("a/two.txt") == (dt.date(2024, 5, 26), "sidecar")
    assert batch.lookup("a/one.txt") is None


def test_a_bad_csv_row_is_one_usage_error_naming_the_line(tmp_path):
    csv = tmp_path / "dates.csv"
    csv.write_text("a.txt,2024-05-25\nb.txt,yesterday\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 2"):
        DateMap.from_csv(csv)


def test_a_relative_when_without_a_publication_date_says_give_date():
    from newsbrief.brief import brief
    from newsbrief.model import WHEN_NEEDS_DATE
    from newsbrief.render import render

    text = "Floods hit the town of Banjarmasin on Monday, officials said. Residents fled."
    b = brief(text, engine="lite")
    # the weekday is still reported, without a calendar date
    assert (b.when is None or b.when.start is None) and WHEN_NEEDS_DATE in b.warnings
    assert "give --date" in render(b, "text") and "give --date" in render(b, "markdown")
    dated = brief(text, engine="lite", date=dt.date(2023, 6, 7))
    assert dated.when is not None and dated.when.start == dt.date(2023, 6, 5)
    assert WHEN_NEEDS_DATE not in dated.warnings
    assert (
        WHEN_NEEDS_DATE
        not in brief("Floods hit Banjarmasin. Residents fled.", engine="lite").warnings
    )
