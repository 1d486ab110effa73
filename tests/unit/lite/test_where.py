"""WHERE (lite): gazetteer places with ISO countries, provinces, kinds and exact spans, event first."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newsbrief.article import make_article
from newsbrief.lite.gazetteer import gazetteer, key_of
from newsbrief.lite.where import find_where, resolve_place
from newsbrief.types import Where


def where(text: str, lang: str | None = None, keep_all: bool = True) -> list[Where]:
    ws = find_where(make_article(text, lang=lang, date=dt.date(2023, 6, 6)), keep_all=keep_all)
    for w in ws:
        assert text[w.span[0] : w.span[1]] == w.text
    idents = [(w.place, w.country, w.admin1) for w in ws]
    assert len(idents) == len(set(idents)), "each place once"
    return ws


def find(ws: list[Where], place: str) -> Where:
    hits = [w for w in ws if w.place == place]
    assert hits, f"{place} not in {[w.place for w in ws]}"
    return hits[0]


def places(ws: list[Where]) -> list[str]:
    return [w.place for w in ws]


# --------------------------------------------------------------------------- seed


def test_seed_event_location_is_fuzhou_fujian(seed_text):
    ws = where(seed_text)
    top = ws[0]
    assert (top.place, top.country, top.admin1, top.kind) == ("Fuzhou", "CN", "Fujian", "city")
    assert top.text == "Fuzhou"
    assert top.span == (seed_text.index("Fuzhou, China"), seed_text.index("Fuzhou, China") + 6)
    china = find(ws, "China")
    assert (china.country, china.kind) == ("CN", "country")
    # "Max Lee, influencer online dari Malaysia": a person's origin, below the event place.
    assert places(ws).index("Malaysia") > places(ws).index("Fuzhou")


# --------------------------------------------------------------------------- Indonesian

ID_FLOOD = (
    "Banjir Rendam Ratusan Rumah di Bogor\n\n"
    "JAKARTA, KOMPAS.com – Banjir melanda sejumlah wilayah di Kabupaten Bogor, Jawa Barat, pada "
    "Senin (5/6/2023). Kepala BPBD Kabupaten Bogor, Ade Wahyu, mengatakan ratusan rumah terendam "
    "setelah hujan deras mengguyur sejak Minggu malam.\n\n"
    "Banjir juga terjadi di Kota Bandung dan Kalimantan Selatan. Gubernur Jawa Barat Ridwan Kamil "
    "meninjau lokasi pada Selasa.\n\n"
    "Bantuan datang dari Tiongkok dan Amerika Serikat, sementara relawan dari Malaysia juga hadir. "
    "Pada 5 Mei lalu, banjir serupa melanda Jawa Timur. Bank Indonesia belum menghitung kerugian."
)


def test_id_regency_with_province_is_the_event_place():
    ws = where(ID_FLOOD)
    top = ws[0]
    assert (top.place, top.country, top.admin1, top.kind) == (
        "Kabupaten Bogor",
        "ID",
        "Jawa Barat",
        "region",
    )
    start = ID_FLOOD.index("Kabupaten Bogor, Jawa")
    assert top.span == (start, start + len("Kabupaten Bogor"))
    # The dateline city (the newsroom) is listed, after the event place.
    jakarta = find(ws, "Jakarta")
    assert (jakarta.text, jakarta.span, jakarta.kind) == ("JAKARTA", (38, 45), "city")


def test_id_kinds_countries_and_exonyms():
    ws = where(ID_FLOOD)
    bandung = find(ws, "Bandung")
    assert (bandung.text, bandung.kind, bandung.admin1) == ("Kota Bandung", "city", "Jawa Barat")
    kalsel = find(ws, "Kalimantan Selatan")
    assert (kalsel.kind, kalsel.country) == ("region", "ID")
    china = find(ws, "China")
    assert (china.text, china.country, china.kind) == ("Tiongkok", "CN", "country")
    us = find(ws, "United States")
    assert (us.text, us.country) == ("Amerika Serikat", "US")
    jatim = find(ws, "Jawa Timur")
    assert jatim.span == (ID_FLOOD.index("Jawa Timur"), ID_FLOOD.index("Jawa Timur") + 10)
    # The month "Mei", and "Bank", are not places.
    assert not any(w.text in ("Mei", "Bank") for w in ws)


def test_id_regency_unknown_to_the_gazetteer_and_direction_names():
    text = (
        "Gempa Magnitudo 5,9 Guncang Pasaman Barat\n\n"
        "PADANG, KOMPAS.com - Gempa bumi bermagnitudo 5,9 mengguncang Kabupaten Pasaman Barat, "
        "Sumatera Barat, kemarin sekitar pukul 14.27 WIB. Dua warga meninggal dunia dan lebih dari "
        "300 rumah rusak.\n\n"
        "Bantuan logistik dikirim dari Padang pada malam harinya."
    )
    ws = where(text)
    assert (ws[0].place, ws[0].country, ws[0].admin1, ws[0].kind) == (
        "Pasaman Barat",
        "ID",
        "Sumatera Barat",
        "region",
    )
    assert "Padang" in places(ws)
    assert find(ws, "Sumatera Barat").kind == "region"


def test_id_same_name_chosen_by_province_in_text():
    text = (
        "Kotabaru (ANTARA) - Menteri Dalam Negeri meminta KPU mempercepat distribusi logistik ke "
        "pulau-pulau terluar di Kabupaten Kotabaru, Kalimantan Selatan, Kamis (4/1/2024)."
    )
    top = where(text)[0]
    # "Kotabaru" is also an old name of Jayapura (Papua); the province in the text decides.
    assert (top.place, top.admin1, top.country) == ("Kotabaru", "Kalimantan Selatan", "ID")


# --------------------------------------------------------------------------- English

EN_MARKETS = (
    "BEIJING, May 5 (Reuters) - China's central bank cut the reserve requirement ratio on Friday, "
    "the second cut this year, as policymakers try to shore up a faltering recovery. The move was "
    "welcomed by investors in Hong Kong and Shanghai.\n\n"
    '"The economy needs support," said Zhang Wei, an economist at Nomura in Singapore. Michael '
    "Jordan, a fund manager from Chicago, said the cut was smaller than expected. Jordan added that "
    "he expected another cut in July.\n\n"
    "Police said a protest in Georgia's capital Tbilisi was unrelated. Victoria Chen, a trader, "
    "said markets in Tokyo also rose."
)


def test_en_dateline_first_and_people_are_not_places():
    ws = where(EN_MARKETS)
    assert (ws[0].place, ws[0].country, ws[0].text, ws[0].span) == (
        "Beijing",
        "CN",
        "BEIJING",
        (0, 7),
    )
    assert ws[0].kind == "city"
    names = places(ws)
    assert "Jordan" not in names  # Michael Jordan, then "Jordan added"
    assert not any(w.text.startswith("Victoria") for w in ws)  # Victoria Chen
    assert "Police" not in names
    assert find(ws, "Tokyo").country == "JP"
    assert find(ws, "Chicago").admin1 == "Illinois"


def test_en_georgia_the_country_by_context():
    ws = where(EN_MARKETS)
    georgia = find(ws, "Georgia")
    assert (georgia.country, georgia.kind, georgia.text) == ("GE", "country", "Georgia")
    us = where(
        "ATLANTA (AP) — Storms knocked out power to 200,000 homes in Georgia on Sunday, and the "
        "governor of Georgia declared an emergency for Atlanta and Savannah."
    )
    georgia = find(us, "Georgia")
    assert (georgia.country, georgia.kind) == ("US", "region")


def test_en_fuzhou_same_name_by_population_and_by_context():
    plain = where("Fuzhou (Reuters) - Officials in Fuzhou opened a new port terminal on Monday.")
    assert (plain[0].place, plain[0].admin1) == ("Fuzhou", "Fujian")  # 3.7M over Jiangxi's 1.1M
    jiangxi = where(
        "Floods hit Fuzhou, Jiangxi, on Monday, forcing 20,000 residents from their homes, officials "
        "in the province said."
    )
    assert (jiangxi[0].place, jiangxi[0].admin1, jiangxi[0].country) == ("Fuzhou", "Jiangxi", "CN")
    assert jiangxi[0].span == (11, 17)
    # "Jiangxi" qualifies the city: listed, but after it.
    assert places(jiangxi).index("Jiangxi") > 0


def test_en_victoria_state_versus_person_and_english_province_names():
    ws = where(
        "Bushfires forced thousands to flee in Victoria, Australia, on Tuesday, while in Melbourne "
        "residents were told to stay indoors. Victoria Beckham donated to the appeal."
    )
    vic = find(ws, "Victoria")
    assert (vic.country, vic.kind) == ("AU", "region")
    assert vic.span == (38, 46)
    assert len([w for w in ws if w.place == "Victoria"]) == 1
    west = where(
        "A strong quake struck Mamuju in West Sulawesi province on Friday, officials said."
    )
    assert (west[0].place, west[0].admin1) == ("Mamuju", "Sulawesi Barat")
    assert find(west, "Sulawesi Barat").text == "West Sulawesi"


def test_en_decoys_in_capitalised_words():
    ws = where(
        "Man charged with attempted murder after stabbing in Perth\n\n"
        "A 29-year-old man has been charged after a stabbing in Perth city centre, Police Scotland "
        "said. Officers from Dundee assisted. Sale of alcohol was restricted. Bank staff helped."
    )
    names = places(ws)
    assert names[0] == "Perth" and ws[0].country == "GB"
    assert not set(names) & {"Man", "Sale", "Bank", "Police"}


# --------------------------------------------------------------------------- Chinese

ZH_FORUM = (
    "新华社福州5月18日电 第二届中国—东盟网红大会18日在福建省福州市开幕。来自印尼、马来西亚等东盟国家的"
    "网红和媒体代表参加了会议。\n\n"
    "中国公共外交协会会长在北京表示，双方将加强数字经济合作。上海和广州的企业也参加了展览。东方文化与和平"
    "发展是会议的主题之一。"
)


def test_zh_dateline_and_province_prefixed_city():
    ws = where(ZH_FORUM)
    top = ws[0]
    assert (top.place, top.country, top.admin1, top.kind, top.text) == (
        "Fuzhou",
        "CN",
        "Fujian",
        "city",
        "福州",
    )
    assert top.span == (3, 5)
    fujian = find(ws, "Fujian")
    assert (fujian.kind, fujian.text) == ("region", "福建省")
    assert places(ws).index("Fujian") > 0
    assert find(ws, "Indonesia").text == "印尼"
    assert find(ws, "Beijing").kind == "city"
    # 东方 ("the East") and 和平 ("peace") are words here, not places.
    assert not any(w.text in ("东方", "和平") for w in ws)


def test_zh_county_address_without_preposition():
    text = (
        "湖南怀化遭遇强降雨\n\n"
        "新华社长沙6月12日电 记者从湖南省应急管理厅获悉，受持续强降雨影响，湖南省怀化市沅陵县等地昨天发生洪涝"
        "和山体滑坡灾害，已造成3人死亡。"
    )
    ws = where(text)
    assert (ws[0].place, ws[0].admin1, ws[0].text) == ("Huaihua", "Hunan", "怀化")
    assert "Changsha" in places(ws)  # the dateline, where the report was filed


def test_zh_suffix_kept_in_span():
    text = "据中国地震台网测定，5月21日凌晨，云南省大理州漾濞县发生6.4级地震，昆明震感强烈。"
    ws = where(text)
    dali = find(ws, "Dali")
    assert (dali.text, dali.kind, dali.admin1) == ("大理州", "region", "Yunnan")
    assert ws[0].place == "Dali"
    assert find(ws, "Kunming").span == (text.index("昆明"), text.index("昆明") + 2)


# --------------------------------------------------------------------------- resolve_place


@pytest.mark.parametrize(
    ("name", "lang", "context", "expected"),
    [
        ("福州", "zh", None, ("Fuzhou", "CN", "Fujian", "city")),
        ("福州市", "zh", None, ("Fuzhou", "CN", "Fujian", "city")),
        ("福建省", "zh", None, ("Fujian", "CN", "Fujian", "region")),
        ("Fuzhou", "en", ["Jiangxi"], ("Fuzhou", "CN", "Jiangxi", "city")),
        ("Fuzhou", "en", None, ("Fuzhou", "CN", "Fujian", "city")),
        ("Kota Bandung", "id", None, ("Bandung", "ID", "Jawa Barat", "city")),
        ("Jawa Barat", "id", None, ("Jawa Barat", "ID", "Jawa Barat", "region")),
        ("West Java", "en", None, ("Jawa Barat", "ID", "Jawa Barat", "region")),
        ("Tiongkok", "id", None, ("China", "CN", None, "country")),
        ("Amerika Serikat", "id", None, ("United States", "US", None, "country")),
        ("Korea Selatan", "id", None, ("South Korea", "KR", None, "country")),
        ("Belanda", "id", None, ("The Netherlands", "NL", None, "country")),
        ("美国", "zh", None, ("United States", "US", None, "country")),
        ("Georgia", "en", ["US"], ("Georgia", "US", "Georgia", "region")),
        ("Georgia", "en", None, ("Georgia", "GE", None, "country")),
        ("Jakarta", "id", None, ("Jakarta", "ID", "DKI Jakarta", "city")),
    ],
)
def test_resolve_place(name, lang, context, expected):
    p = resolve_place(name, lang, context)
    assert p is not None
    assert (p.place, p.country, p.admin1, p.kind) == expected


def test_resolve_place_unknown_and_decoys():
    assert resolve_place("Nowhereville Utara", "id") is None
    assert resolve_place("Mei", "id") is None
    assert resolve_place("Bank", "en") is None


# --------------------------------------------------------------------------- index


def test_gazetteer_loads_fast_and_keys_normalise():
    gazetteer.cache_clear()
    t = time.perf_counter()
    gaz = gazetteer()
    assert gaz.lookup(key_of("Fuzhou"))
    assert time.perf_counter() - t < 1.0  # ~20 ms on an idle laptop; generous for busy CI
    assert key_of("São  Paulo") == "sao paulo"
    assert key_of("Fu-chou") == "fu chou"
    assert gaz.lookup(key_of("SÃO PAULO"))[0].country == "BR"


def test_empty_and_placeless_text():
    assert where("Harga cabai naik tajam pekan ini menurut para pedagang pasar.") == []


def test_passing_mentions_left_out_by_default(seed_text):
    ranked = where(seed_text)
    brief = where(seed_text, keep_all=False)
    assert brief[0].place == "Fuzhou"
    assert len(brief) < len(ranked)
    assert [w.place for w in brief] == [w.place for w in ranked if w in brief]
    # The country and province that contain the event place stay.
    assert "China" in places(brief)
    assert "Malaysia" not in places(brief)  # "influencer online dari Malaysia"


def test_id_unknown_regency_in_dateline_headline_and_body_is_one_place():
    text = (
        "Presiden Tinjau Pembangunan IKN di Penajam Paser Utara\n\n"
        "PENAJAM PASER UTARA, KOMPAS.com - Presiden meninjau pembangunan Ibu Kota Nusantara di "
        "Kabupaten Penajam Paser Utara, Kalimantan Timur, Rabu (7/6/2023). Wali Kota Balikpapan "
        "Rahmad Mas'ud ikut mendampingi."
    )
    ws = where(text)
    top = ws[0]
    assert (top.place, top.admin1, top.country, top.kind) == (
        "Penajam Paser Utara",
        "Kalimantan Timur",
        "ID",
        "region",
    )
    assert [w.place for w in ws].count("Penajam Paser Utara") == 1
    assert "Penajam" not in places(ws)  # the town inside the longer name is not a second place
    # "Wali Kota Balikpapan Rahmad ...": the mayor's name is not part of the place.
    assert find(ws, "Balikpapan").text == "Kota Balikpapan"


def test_zh_county_and_city_the_gazetteer_lacks():
    text = (
        "青海德令哈市发生5.6级地震\n\n"
        "新华社西宁10月9日电 中国地震台网正式测定，10月8日21时16分在青海省海西蒙古族藏族自治州德令哈市发生"
        "5.6级地震。德令哈市多名居民表示，地震发生时震感明显。"
    )
    ws = where(text)
    assert ws[0].text in ("德令哈市", "海西蒙古族藏族自治州")
    delingha = find(ws, "德令哈市")
    assert (delingha.country, delingha.admin1, delingha.kind) == ("CN", "Qinghai", "city")
    assert places(ws).index("Xining") > places(ws).index("德令哈市")  # dateline is the newsroom


def test_zh_place_inside_an_idiom_is_not_a_place():
    ws = where("双方观点大同小异，会议在西安举行，长治久安是共同目标。")
    assert places(ws) == ["Xi’an"]


def test_everyday_words_that_are_also_places_need_evidence():
    ws = where(
        "Lima orang tewas dalam kecelakaan di Garut, Jawa Barat, Senin (5/6). Bukan hanya itu, "
        "Kita harus waspada, tulis Surat kabar lokal."
    )
    assert places(ws) == ["Garut", "Jawa Barat"]  # not Lima (Peru), Bukan (Iran), Kita, Surat
    lima = where("LIMA, Peru (Reuters) - Protesters clashed with police in Lima on Monday.")
    assert (lima[0].place, lima[0].country, lima[0].text) == ("Lima", "PE", "LIMA")
    us = where("Presiden AS Joe Biden tiba di Jakarta pada Selasa.")
    assert find(us, "United States").text == "AS"
    malang = where("Man charged after the attack in Malang, East Java.")
    assert (malang[0].place, malang[0].admin1) == ("Malang", "Jawa Timur")
    assert "Man" not in places(malang)


def test_resolve_place_indonesian_admin_unit_not_in_gazetteer():
    p = resolve_place("Kabupaten Pasaman Barat", "id")
    assert p is not None
    assert (p.place, p.country, p.kind) == ("Pasaman Barat", "ID", "region")
    assert resolve_place("Kabupaten Pasaman Barat", "en") is None


def test_zh_foreign_exonyms_and_english_dateline_city():
    ws = where(
        "新华社华盛顿5月3日电 美国国务院发言人3日表示，美方将继续与日本、韩国保持沟通。下月双方将在纽约会面。"
    )
    assert (ws[0].place, ws[0].country, ws[0].admin1) == (
        "Washington",
        "US",
        "District of Columbia",
    )
    assert find(ws, "New York City").text == "纽约"  # geonames has only 紐約: simplified at build
    assert find(ws, "Japan").text == "日本"
    dc = where(
        "WASHINGTON (AP) — President Joe Biden met Chinese leader Xi Jinping, the White House said."
    )
    assert (dc[0].place, dc[0].kind, dc[0].admin1) == ("Washington", "city", "District of Columbia")


def test_detik_style_dateline():
    text = (
        "Jakarta - Presiden Joko Widodo melantik lima duta besar baru di Istana Negara, Senin "
        "(5/6/2023). Para duta besar akan bertugas di Jepang, Korea Selatan, dan Malaysia."
    )
    ws = where(text)
    assert (ws[0].place, ws[0].span) == ("Jakarta", (0, 7))


def test_titles_after_a_place_keep_it_and_surnames_do_not():
    ws = where("Jakarta Governor Pramono Anung said on Monday that floods in Jakarta had receded.")
    assert places(ws) == ["Jakarta"]
    assert "Bali" in places(where("Bali Police arrested two Australians in Denpasar on Friday."))
    # Henderson is also a US city: a surname after "Jordan" still makes Jordan a person.
    sport = where("Jordan Henderson scored twice as Liverpool beat Chelsea in London.")
    assert "Jordan" not in places(sport) and sport[0].place == "London"


def test_zh_places_in_a_list_closed_by_dengdi_are_the_event_places():
    text = (
        "吉林东部遭遇强降雪\n\n新华社长春1月8日电（记者 王某）受强冷空气影响，7日夜间至8日，"
        "吉林东部的延吉市、敦化市、长白山保护区等地出现暴雪天气。\n\n延吉市区积雪深度达25厘米，"
        "敦化市多条道路封闭。\n"
    )
    ws = where(text, "zh", keep_all=False)
    assert ws[0].place in ("Yanji", "Dunhua"), places(ws)
    assert ws[0].place != "Changchun"


def test_en_dateline_on_the_byline_line():
    text = (
        "Court annuls mayoral election result\n\n"
        "Rina Salim (The Jakarta Post)\nJakarta ● Wed, May 8, 2024\n\n"
        "The Constitutional Court on Wednesday annulled the result of a mayoral election after "
        "finding that a candidate from Malang had falsified documents.\n"
    )
    # "Jakarta" is also inside the paper's name; the dateline line still names the place
    assert where(text, "en", keep_all=False)[0].place == "Jakarta"


def test_id_places_listed_after_one_preposition_share_it():
    text = (
        "Buruh Mogok Kerja\n\nBandung - Ribuan buruh asal Cimahi mogok kerja di Bandung, Senin "
        "(2/12/2024).\n\nAksi serupa digelar di Bekasi, Karawang, dan Purwakarta.\n"
    )
    ranked = places(where(text, "id"))
    # each listed place is an event place, so it ranks above the workers' origin
    assert ranked.index("Purwakarta") < ranked.index("Cimahi"), ranked


def test_cna_colon_dateline_and_x_city_capitals():
    ws = where(
        "SINGAPORE: A lorry driver died after his lorry overturned on Friday morning (Aug 16), "
        "the police said.\n",
        "en",
        keep_all=False,
    )
    assert ws[0].place == "Singapore"
    pc = where(
        "PANAMA CITY, May 9 (Reuters) - Panama's electoral tribunal confirmed the result on "
        "Thursday. Thousands of migrants cross Panama each month heading to the United States.\n",
        "en",
        keep_all=False,
    )
    assert (pc[0].place, pc[0].country) == ("Panama City", "PA")


def test_zh_short_country_names_capital_after_country_and_country_before_a_title():
    ws = where(
        "柬埔寨首相访问老挝\n\n新华社万象5月3日电 柬埔寨首相洪玛奈3日抵达老挝首都万象，开始正式访问。\n",
        "zh",
        keep_all=False,
    )
    assert ws[0].place in ("Vientiane", "Laos"), places(ws)
    assert "Laos" in places(where("孟加拉国和老挝代表出席会议。", "zh"))
