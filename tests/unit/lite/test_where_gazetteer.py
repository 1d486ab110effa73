"""Gazetteer names built by tools/build_gazetteer.py, each kind on sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.article import make_article
from newsbrief.lite.where import find_where
from newsbrief.model import Where


def top(text: str, lang: str) -> Where:
    ws = find_where(make_article(text, lang=lang, date=dt.date(2024, 3, 5)))
    assert ws, text
    return ws[0]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("苏格兰一所中学周五宣布停课。", "zh", "Scotland"),
        ("Sebuah sekolah di Skotlandia ditutup pada hari Jumat.", "id", "Scotland"),
        ("威尔士的一座铁路桥周四关闭。", "zh", "Wales"),
        ("北爱尔兰议会周一复会。", "zh", "Northern Ireland"),
        (
            "Banjir melanda sejumlah desa di Irlandia Utara pada hari Senin.",
            "id",
            "Northern Ireland",
        ),
    ],
)
def test_region_supplement_the_nations_of_the_uk_in_id_and_zh(text, lang, place):
    w = top(text, lang)
    assert (w.place, w.country) == (place, "GB")


def test_compass_region_west_virginia_is_not_virginia():
    w = top("州长在西弗吉尼亚州的一次集会上发表讲话。", "zh")
    assert (w.place, w.country) == ("West Virginia", "US")


def test_state_name_on_town_a_state_is_not_one_of_its_towns():
    w = top("马萨诸塞州一名参议员周六在市政厅发表讲话。", "zh")
    assert (w.place, w.kind) == ("Massachusetts", "region")


def test_british_county_in_chinese_takes_jun():
    w = top("德文郡的一座老桥周四被洪水冲毁。", "zh")
    assert (w.place, w.country) == ("Devon", "GB")


def test_compass_region_in_indonesian_word_order():
    w = top("Presiden berpidato dalam kampanye di Virginia Barat pada hari Sabtu.", "id")
    assert (w.place, w.country) == ("West Virginia", "US")


def test_state_names_from_towns_a_state_pycountry_leaves_unnamed_in_chinese():
    # 马里兰州 comes from geonames, where it sits on a Maryland town: it is the state.
    w = top("这家研究所位于马里兰州贝塞斯达，去年扩建了实验室。", "zh")
    assert (w.place, w.admin1, w.country) == ("Bethesda", "Maryland", "US")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("总统周六晚在西弗吉尼亚举行集会。", "West Virginia"),
        ("山火周三蔓延到加利福尼亚北部的三个县。", "California"),
        ("参议员周五在宾夕法尼亚发表演讲。", "Pennsylvania"),
    ],
)
def test_bare_state_names_a_us_state_without_zhou(text, place):
    w = top(text, "zh")
    assert (w.place, w.country, w.kind) == (place, "US", "region")
