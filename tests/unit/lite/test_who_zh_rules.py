"""Named Chinese who rules of the third round (credits, reporters, groups), each on sentences
written for it."""

from __future__ import annotations

import datetime as dt

from newsbrief.article import make_article
from newsbrief.lite.layout import layout
from newsbrief.lite.where import find_where
from newsbrief.lite.who import find_who
from newsbrief.model import Who


def _art(text: str):
    return make_article(text, lang="zh", date=dt.date(2024, 3, 15))


def _who(text: str) -> list[Who]:
    return find_who(_art(text))


def _names(text: str) -> list[str]:
    return [w.text for w in _who(text)]


def _datelines(text: str) -> list[str]:
    a = _art(text)
    return [a.text[s:e] for s, e in layout(a).datelines]


def test_credit_forms_place_after_the_date_and_the_credit_in_brackets():
    text = (
        "晨光网5月3日洛阳讯（记者 周文 实习生 温雅）3日上午，洛阳市一座仓库起火，一名保安受轻伤。"
    )
    assert _datelines(text)[0].startswith("晨光网5月3日洛阳讯（")
    assert "温雅" not in _names(text)


def test_credit_forms_outlet_short_name_and_reporter_credit():
    assert _datelines("江报讯昨天下午，南城一家饭店厨房起火。")[0] == "江报讯"
    text = "北方网记者林涛6月2日报道：今天上午，天河区一辆货车侧翻，两人受伤。"
    assert _datelines(text)[0].startswith("北方网记者林涛6月2日报道：")


def test_credit_forms_photo_credit_is_no_actor_but_a_release_by_the_agency_is_text():
    text = "新华社发当日上午，两辆货车在高速公路上相撞，造成3人死亡。"
    assert _datelines(text) == ["新华社发"]
    assert _names(text)[0] == "3人"
    assert _datelines("新华社发布消息称，当地发生地震。") == []


def test_reporter_byline_the_author_is_no_actor():
    text = "见习记者许文华报道：昨天上午，东湖区一栋居民楼起火。消防队长王建国说，火势很快被控制。"
    names = _names(text)
    assert "许文华" not in names
    assert names[0] == "王建国"


def test_han_date_unit_the_day_of_a_date_opens_no_place():
    text = "晨光网5月3日南昌讯 南昌市一座仓库3日上午起火，一名保安受轻伤。"
    where = find_where(_art(text))
    assert where and where[0].place and "Nanchang" in where[0].place


def test_facility_name_a_hotel_or_road_name_is_no_person():
    text = "昨晚，城南凯华酒店外发生爆炸，造成5人受伤。事发路段为建兴西路，警方已封锁现场。"
    names = _names(text)
    assert "凯华" not in names
    assert names[0] == "5人"


def test_generic_nt_a_bus_or_a_shop_is_no_organisation():
    text = "早上8时许，一辆公共汽车在路口与货车相撞，百货商店门前多人围观，3人受伤。"
    names = _names(text)
    assert "公共汽车" not in names
    assert "百货商店" not in names


def test_landmark_a_clinic_naming_the_scene_is_no_actor():
    text = "前晚，镇卫生院西侧路口一辆轿车撞倒路人，造成2人受伤。附近居民称，司机浑身酒气。"
    names = _names(text)
    assert "卫生院" not in names
    assert names[0] == "2人"


def test_surname_honorific_a_person_named_by_surname_and_address():
    text = "今天上午，住在东城的邹女士正准备出门，厨房突然冒出浓烟。"
    assert _names(text) == ["邹女士"]
    assert "杨师傅" in _names("开店的杨师傅一看，门口的货车已经起火了。")


def test_generic_nt_keeps_brands_and_named_organisations():
    text = "谷歌公司发言人说，公司将配合调查。外交部发言人也表示关注。"
    names = _names(text)
    assert any("谷歌" in n for n in names)
