"""Zh WHERE rules for place names a Chinese article writes in Latin letters or by their sound,
each on sentences written for it (never from the dev files)."""

from __future__ import annotations

import datetime as dt

from newsbrief.article import make_article
from newsbrief.lite.where import find_where
from newsbrief.model import Where


def where(text: str) -> list[Where]:
    ws = find_where(make_article(text, lang="zh", date=dt.date(2024, 3, 5)), keep_all=True)
    for w in ws:
        assert text[w.span[0] : w.span[1]] == w.text
    return ws


# --------------------------------------------------------------- rule han_latin_address


def test_han_latin_address_larger_unit_first_is_not_a_name():
    text = "警方昨天在Lancashire Preston 找到了那辆被盗的货车。车主说，Preston 的警察很快赶到现场。"
    ws = where(text)
    assert (ws[0].place, ws[0].country) == ("Preston", "GB")


def test_han_latin_address_needs_the_preposition():
    # a Latin name glued to a place, with no 在 before it, stays a person's name
    text = "店主John Preston 说，这家面包店已经开了二十年。"
    assert "Preston" not in [w.place for w in where(text)]


def test_han_latin_address_not_when_a_capitalised_word_follows():
    text = "比赛在Preston North End 的主场举行。"
    assert not [w for w in where(text) if w.text == "Preston"]


# --------------------------------------------------------------- rule han_possessive_place


def test_han_possessive_place_the_place_after_de_is_the_scene():
    ws = where("这家面包店上月在北伦敦的 Barnet 开张，老板说生意不错。")
    assert [w.place for w in ws[:2]] == ["Barnet", "London"]


def test_han_possessive_place_a_country_then_its_city():
    ws = where("去年他在英国的曼彻斯特开了一家餐馆。")
    assert (ws[0].place, ws[0].country) == ("Manchester", "GB")


def test_han_possessive_place_not_across_countries():
    # 在美国的中国留学生: students from China in the US; China is not inside the US
    ws = where("在美国的中国留学生人数去年有所下降。")
    assert ws[0].place == "United States"


# --------------------------------------------------------------- rule han_origin_verb


def test_han_origin_verb_yu_after_a_verb_of_origin_is_no_event_place():
    ws = where("这位教练毕业于慕尼黑的一所体育学院，如今在大阪执教。")
    assert ws[0].place == "Osaka"


def test_han_origin_verb_source_of_a_report():
    ws = where("美国总统周六发表讲话后，现场一片嘘声。主持人说，这段视频来源于华盛顿一家网站。")
    assert ws[0].place == "United States"


# --------------------------------------------------------------- gazetteer homophone_towns


def test_homophone_towns_a_transliteration_names_every_city_that_reads_the_same():
    # 圣地亚哥 is Santiago, and San Diego (圣地牙哥 in geonames): the article's country decides
    ws = where("这支球队上周在芝加哥输球后，周日将在圣地亚哥再战。")
    assert (ws[0].place, ws[0].country) == ("San Diego", "US")
    ws = where("智利总统周日在圣地亚哥发表讲话。")
    assert (ws[0].place, ws[0].country) == ("Santiago", "CL")


def test_homophone_towns_without_context_the_bigger_city():
    assert where("周日，圣地亚哥迎来了今年的第一场雪。")[0].place == "Santiago"


# --------------------------------------------------------------- rule han_team (dictionary word)


def test_han_team_a_city_inside_a_team_word_still_tells_the_country():
    # 丹佛掘金 is one dictionary word; its 队 makes 丹佛 the team's city: context, not the scene
    ws = where("周日，丹佛掘金队将在圣地亚哥迎战对手。")
    assert (ws[0].place, ws[0].country) == ("San Diego", "US")
    assert "Denver" not in [w.place for w in ws[:1]]


# --------------------------------------------------------------- rule transliterated_town, glued


def test_glued_town_after_its_foreign_province_found_by_sound():
    ws = where("警方周五在宾夕法尼亚黑泽尔顿逮捕了两名嫌疑人。")
    assert (ws[0].place, ws[0].admin1) == ("Hazleton", "Pennsylvania")


def test_glued_town_a_final_ng_written_as_a_syllable():
    ws = where("州长周二在西弗吉尼亚威灵视察洪灾。")
    assert (ws[0].place, ws[0].admin1) == ("Wheeling", "West Virginia")


def test_glued_town_not_a_common_word_after_the_province():
    ws = where("宾夕法尼亚选民周二投票，结果将在周三公布。")
    assert [w.place for w in ws] == ["Pennsylvania"]
