"""Offline `--to`: places by their target-language names, roles through the glossary, Chinese
names romanised only when they are Chinese. Sentences here are written for these tests."""

from __future__ import annotations

from importlib import resources

import pytest

from newsbrief.brief import brief
from newsbrief.render import render
from newsbrief.render.localize import (
    glossary,
    render_org,
    render_role,
    romanize_name,
    romanize_place,
)


def test_glossary_rows_have_every_language_and_no_form_twice_per_kind():
    text = resources.files("newsbrief").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
    assert text.startswith("# newsbrief glossary") and "Provenance" in text
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) >= 300
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        assert len(row) == 4 and row[0] in {"title", "mod", "honor", "conn", "body"}, row
        assert all(col.strip() for col in row[1:]), row
        en = row[1].split("|")[0]
        assert (row[0], "en", en) not in seen, row
        seen.add((row[0], "en", en))
    assert glossary().find("Duta Besar", "id").text("zh") == "大使"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("王立群", "Wang Liqun"), ("欧阳明", "Ouyang Ming"), ("单小红", "Shan Xiaohong")],
)
def test_chinese_names_are_romanised_surname_first(name, expected):
    assert romanize_name(name) == expected


@pytest.mark.parametrize("name", ["特朗普", "普京", "王", "Wang Liqun", "穆罕默德·阿里"])
def test_transliterated_and_non_chinese_names_stay_as_written(name):
    assert romanize_name(name) is None


def test_unknown_chinese_places_keep_their_level():
    assert romanize_place("双塔区", "en") == "Shuangta District"
    assert romanize_place("沅陵县", "id") == "Kabupaten Yuanling"


@pytest.mark.parametrize(
    ("role", "src", "tgt", "expected"),
    [
        ("外交部发言人", "zh", "en", "Spokesperson of Ministry of Foreign Affairs"),
        ("云南省副省长", "zh", "en", "Vice Governor of Yunnan"),
        ("昆明市市长", "zh", "id", "Wali Kota Kunming"),
        ("Gubernur Bali", "id", "en", "Governor of Bali"),
        ("Duta Besar Republik Indonesia untuk Jepang", "id", "zh", "印度尼西亚共和国驻日本大使"),
        ("Duta Besar Republik Indonesia untuk Jepang", "id", "en",
         "Ambassador of Republic of Indonesia to Japan"),
        ("police chief", "en", "id", "kepala kepolisian"),
        ("head of the provincial disaster risk reduction office", "en", "zh", "省级减灾办公室负责人"),
    ],
)  # fmt: skip
def test_roles_are_rendered_in_the_target_order(role, src, tgt, expected):
    assert render_role(role, src, tgt) == expected


def test_a_role_with_an_unknown_part_keeps_its_original_beside_the_title():
    assert render_role("Direktur Lalu Lintas Polda Xyz", "id", "en") == (
        "Director (Direktur Lalu Lintas Polda Xyz)"
    )
    assert render_role("researcher at a Jakarta-based think tank", "en", "zh") == (
        "研究员（researcher at a Jakarta-based think tank）"
    )
    assert render_role("pendekar", "id", "en") is None


def test_organisations_are_rendered_only_when_every_part_is_known():
    assert render_org("湖南省应急管理厅", "zh", "en") == "Hunan Emergency Management Department"
    assert render_org("Kementerian Luar Negeri", "id", "zh") == "外交部"
    assert render_org("Lembaga Kajian Nusantara Xyz", "id", "en") is None


ZH_ARTICLE = (
    "新华社昆明5月16日电 外交部发言人王立群16日在北京宣布，论坛将于5月18日在福州市举行。"
    "特朗普的顾问也将出席。"
)
ID_ARTICLE = (
    "FUZHOU - Duta Besar Republik Indonesia untuk China Budi Santoso membuka pameran dagang "
    "di Fuzhou, Fujian, Kamis (18/5/2023). Budi Santoso mengatakan pameran itu penting."
)


def test_a_chinese_brief_in_english_names_people_roles_and_places_without_a_model():
    b = brief(ZH_ARTICLE, to="en", engine="lite")
    text = render(b, "text")
    assert "Wang Liqun (王立群) — Spokesperson of Ministry of Foreign Affairs" in text
    assert "Fuzhou, Fujian, China" in text
    assert "(not translated: no translation model)" in text  # free text is still marked


def test_an_indonesian_brief_in_chinese_uses_the_gazetteers_chinese_names(tmp_path):
    b = brief(ID_ARTICLE, to="zh", engine="lite")
    text = render(b, "text")
    assert "福州，福建，中国" in text
    assert "印度尼西亚共和国驻中国大使" in text
    data = render(b, "json")
    assert '"role_translation": "印度尼西亚共和国驻中国大使"' in data
    assert '"translation": "福州"' in data


def test_same_language_briefs_are_left_alone():
    b = brief(ID_ARTICLE, to="id", engine="lite")
    assert "Duta Besar Republik Indonesia untuk China" in render(b, "text")
    assert '"role_translation": null' in render(b, "json")
