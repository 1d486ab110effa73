"""Named Chinese who rules of the third round (credits, reporters, groups), each on sentences
written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.article import make_article
from newsbrief.lite.layout import layout
from newsbrief.lite.names_zh import ZhNames
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
    text = "新华社发周日清晨，两辆货车在隧道口追尾，造成3人死亡。"
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
    text = "昨晚，城南华美达酒店外发生爆炸，造成5人受伤。事发路段为建兴西路，警方已封锁现场。"
    names = _names(text)
    assert "华美达" not in names
    assert names[0] == "5人"


def test_generic_nt_a_bus_or_a_shop_is_no_organisation():
    text = "傍晚，一辆公共汽车与摩托车擦碰，百货商店的保安赶来帮忙，3人受伤。"
    names = _names(text)
    assert "公共汽车" not in names
    assert "百货商店" not in names


def test_landmark_a_clinic_naming_the_scene_is_no_actor():
    text = "周日清晨，一辆货车在同仁医院东侧失控翻倒，造成2人受伤。村民说，货车当时车速很快。"
    names = _names(text)
    assert "同仁医院" not in names
    assert names[0] == "2人"


def test_surname_honorific_a_person_named_by_surname_and_address():
    text = "周三晚饭后，邹女士发现阳台上的电动车电池冒烟，随即报警。"
    assert _names(text)[0] == "邹女士"
    assert "杨师傅" in _names("杨师傅一听到响声就跑出门，发现路边的货车已经起火。")


def test_generic_nt_keeps_brands_and_named_organisations():
    text = "谷歌公司发言人说，公司将配合调查。外交部发言人也表示关注。"
    names = _names(text)
    assert any("谷歌" in n for n in names)


def test_count_modifier_a_count_describing_a_vehicle_is_no_party():
    text = (
        "昨天上午，一辆载有30多名游客的大巴与一辆货车相撞，事故造成4人死亡，9人受伤。"
        "事发后，交警赶到现场处置。"
    )
    assert _names(text)[0] == "4人"


def test_casualty_count_the_victims_before_another_count():
    text = "看台坍塌事故已导致含5名游客在内的40人死亡，另有60多人受伤。"
    assert _names(text)[0] == "40人"


def test_counted_after_a_classifier_prisoners_workers_women():
    assert _names("昨天，一座看守所的120名囚犯出现发烧症状，卫生部门介入调查。")[0].endswith(
        "名囚犯"
    )
    text = "工地工棚起火，正在休息的8名木工被烧伤，已送医治疗。"
    assert _names(text)[0] == "8名木工"


def test_described_person_with_age():
    text = "昨天下午，河边公园的一条小船翻覆，一名35岁的外地男子落水获救。"
    assert _names(text)[0] == "一名35岁的外地男子"


def test_group_named_next_a_count_that_is_no_victim_gives_way_to_the_named():
    text = "两名妇女在小镇上开办了一家免费图书室。琳达·米勒和安娜·福特说，她们希望孩子们多读书。"
    assert _names(text)[0] == "琳达·米勒"


def test_group_fallback_a_report_naming_no_one_counts_its_actors_further_down():
    text = (
        "周二夜里，河西一栋老楼冒出浓烟。"
        "起火点在底楼的一间仓库。"
        "一位独居老人被浓烟呛伤，邻居将他扶下楼。"
    )
    assert _names(text)[0] == "一位独居老人"


def test_victims_over_bodies_a_school_in_the_lead_is_the_victims_school():
    text = "北京工业大学有56名学生周一晚饭后腹痛呕吐，被送往医院。院长李明华说，食堂已暂停供餐。"
    assert _names(text)[0] == "56名学生"


def test_post_compound_a_post_inside_a_longer_word_names_no_one():
    text = "洪水退去后，沿河的居民楼得以保留。多亏救援队员们连夜加固了堤坝。"
    names = _names(text)
    assert not any("楼得" in n or "们来" in n for n in names)


def test_org_after_a_count_drops_the_classifier():
    text = "事故中，3名复旦大学学生受轻伤，复旦大学已派老师前往医院。"
    assert not any(n.startswith("名") for n in _names(text))


def test_victims_over_bodies_a_body_cited_with_huoxi_still_speaks():
    text = (
        "记者15日在南平市应急管理局获悉，当地一处工地发生坍塌，造成4人死亡。"
        "事故发生后，南平市应急管理局立即派出工作组。"
    )
    assert _names(text)[0] == "南平市应急管理局"


def test_counted_not_a_weekday_rank_or_band():
    assert _names("据警方介绍，周四一名男子在超市门口被拘留。")[0] == "一名男子"
    text = "一个爵士三人组下月将来上海巡演，门票已售罄。"
    assert not any(n.endswith("三人") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param(
            "两车相撞后，多名乘客被困，其中3人被救出时已昏迷。医生说，5人伤势严重。",
            "5人",
            id="subset_count: a count after 其中 is part of one already counted",
        ),
        pytest.param(
            "傍晚，一辆公交车为避让一名低头看手机的行人急刹，所幸无人受伤。",
            "一名低头看手机的行人",
            id="described person with a relative clause",
        ),
        pytest.param(
            "暴雨淹没了村里三户人家的院子，一位年迈的老人被困屋内，后被村干部背出。",
            "一位年迈的老人",
            id="counted households are no people count",
        ),
        pytest.param(
            "消防员救出两名被困工人，另有三个人受伤。",
            "两名被困工人",
            id="casualty_count: the counted noun may say what befell them",
        ),
    ],
)
def test_the_group_a_report_names_no_one_for_leads_who(text: str, first: str):
    assert _names(text)[0] == first


def test_landmark_an_organisation_located_with_weiyu_is_the_scene():
    text = "今天中午，位于闵行区的上海交通大学一栋实验楼起火。上海市消防局派出八辆消防车灭火。"
    names = _names(text)
    assert "上海交通大学" not in names
    assert names[0] == "上海市消防局"


def test_place_glued_a_name_tag_inside_a_place_chain_is_no_person():
    text = "东莞市长安镇陈立新五金店昨晚起火，造成2人受伤。"
    names = _names(text)
    assert "陈立新" not in names


def test_conjunction_he_joining_two_nouns_opens_no_name():
    text = "乐评人说，青年乐队和康默等歌手让民谣重新流行起来。"
    assert not any(n.startswith("和") for n in _names(text))


def test_glossed_translit_and_peter_keep_the_whole_name():
    text = "工党议员彼得•伯顿(Peter Burton)在集会上表示，他将继续反对该法案。"
    assert _names(text)[0] == "彼得•伯顿"
    text = "时装设计师马尔蒂诺（Martino）说，新系列将在米兰发布。"
    found = [m.text for m in ZhNames(text).mentions()]
    assert "马尔蒂诺" in found
    assert "马尔蒂" not in found
