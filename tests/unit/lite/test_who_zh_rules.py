"""Named Chinese who rules of the third round (credits, reporters, groups), each on sentences
written for it."""

from __future__ import annotations

import datetime as dt

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


def test_count_modifier_a_count_describing_a_vehicle_is_no_party():
    text = (
        "昨天上午，一辆载有30多名游客的大巴与一辆货车相撞，事故造成4人死亡，9人受伤。"
        "事发后，交警赶到现场处置。"
    )
    assert _names(text)[0] == "4人"


def test_casualty_count_the_victims_before_another_count():
    text = "凌晨一场爆炸造成包括5名游客在内的至少40人死亡、80多人受伤。当地警方正在调查。"
    assert _names(text)[0] == "40人"


def test_counted_after_a_classifier_prisoners_workers_women():
    assert _names("上周五，某监狱超过300名囚犯食用午餐后腹泻，卫生部门介入调查。")[0].endswith(
        "名囚犯"
    )
    text = "一辆面包车突然起火，车内8名木工不同程度烧伤，其中一人死亡。"
    assert _names(text)[0] == "8名木工"


def test_described_person_with_age():
    text = "2月3日晚，城东一家已关门的商铺发生火灾，一名35岁的外地女子被烧伤。起火原因正在调查。"
    assert _names(text)[0] == "一名35岁的外地女子"


def test_group_named_next_a_count_that_is_no_victim_gives_way_to_the_named():
    text = (
        "两名妇女正在努力帮助其他家庭走出悲伤。"
        "琳达·米勒和安娜·福特一直在社区里组织互助活动，她们说这很有意义。"
    )
    assert _names(text)[0] == "琳达·米勒"


def test_group_fallback_a_report_naming_no_one_counts_its_actors_further_down():
    text = (
        "据当地报纸报道，3月5日深夜，老城区一栋楼突然起火。"
        "火灾发生于一家杂货店，起火时间为晚上11点左右。"
        "其中一位年长妇女被灼伤，经消防人员解救后送院治疗。"
    )
    assert _names(text)[0] == "一位年长妇女"


def test_victims_over_bodies_a_school_in_the_lead_is_the_victims_school():
    text = (
        "10日上午，城北职业学院陆续有56名学生因呕吐等中毒症状到医院就诊。"
        "学院院长李明华介绍，学校已封闭第二食堂。"
    )
    assert _names(text)[0] == "56名学生"


def test_post_compound_a_post_inside_a_longer_word_names_no_one():
    text = "大火被扑灭，附近的居民楼得以保全。若不是消防队员们来得快，后果不堪设想。"
    names = _names(text)
    assert not any("楼得" in n or "们来" in n for n in names)


def test_org_after_a_count_drops_the_classifier():
    text = "车上5名清华大学研究人员受伤，清华大学已派人前往医院。"
    assert not any(n.startswith("名") for n in _names(text))


def test_victims_over_bodies_a_body_cited_with_huoxi_still_speaks():
    text = (
        "记者15日在南平市应急管理局获悉，当地一处工地发生坍塌，造成4人死亡。"
        "事故发生后，南平市应急管理局立即派出工作组。"
    )
    assert _names(text)[0] == "南平市应急管理局"


def test_counted_not_a_weekday_rank_or_band():
    assert _names("警方说，周五一名男子在桥上被捕，目前仍在调查。")[0] == "一名男子"
    text = "一个说唱三人组周日在伦敦演出，现场观众逾千人。"
    assert not any(n.endswith("三人") for n in _names(text))


def test_subset_count_a_count_after_qizhong_is_part_of_one_already_counted():
    text = "一辆客车与货车相撞，导致多人死伤，其中2人伤势较重。救援人员说，7人当场死亡。"
    assert _names(text)[0] == "7人"


def test_described_person_with_a_relative_clause():
    text = "上午11时许，一辆轿车为躲避一名推着自行车横穿马路的行人紧急刹车，后车避让不及发生追尾。"
    assert _names(text)[0] == "一名推着自行车横穿马路的行人"


def test_counted_households_are_no_people_count():
    text = "大火波及楼内五户人家，其中一位年长妇女被灼伤，经消防人员解救后送院治疗。"
    assert _names(text)[0] == "一位年长妇女"


def test_landmark_an_organisation_located_with_weiyu_is_the_scene():
    text = "今天中午，位于闵行区的上海交通大学一栋实验楼发生火灾。上海市消防局调集消防车赶赴现场。"
    names = _names(text)
    assert "上海交通大学" not in names
    assert names[0] == "上海市消防局"


def test_place_glued_a_name_tag_inside_a_place_chain_is_no_person():
    text = "东莞市长安镇陈立新五金店昨晚起火，造成2人受伤。"
    names = _names(text)
    assert "陈立新" not in names


def test_conjunction_he_joining_two_nouns_opens_no_name():
    text = "乐评人说，青年合唱团和康芒等艺术家让人看到了民谣复苏的迹象。"
    assert not any(n.startswith("和") for n in _names(text))


def test_casualty_count_the_counted_noun_may_say_what_befell_them():
    text = "消防官兵赶到后救出三名被困人员。火灾发生时，有三个人被困在二楼。"
    assert _names(text)[0] == "三名被困人员"


def test_glossed_translit_and_peter_keep_the_whole_name():
    text = "工党议员彼得•伯顿(Peter Burton)在集会上表示，他将继续反对该法案。"
    assert _names(text)[0] == "彼得•伯顿"
    text = "时装设计师华伦天奴（Valentino）说，新系列将在巴黎发布。"
    found = [m.text for m in ZhNames(text).mentions()]
    assert "华伦天奴" in found
    assert "华伦天" not in found
