"""who: people with their titles as written, organisations, main actors first, in id/en/zh."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.article import make_article
from newsbrief.lite.what import find_what
from newsbrief.lite.who import find_who, role_for
from newsbrief.types import Article, Who

ID_DAM = """JAKARTA, KOMPAS.com - Presiden Joko Widodo (Jokowi) meresmikan Bendungan Sepaku Semoi di \
Kabupaten Penajam Paser Utara, Kalimantan Timur, Kamis (14/3/2024).

"Bendungan ini akan memasok air baku untuk Ibu Kota Nusantara," kata Jokowi dalam sambutannya.

Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono mengatakan pembangunan bendungan \
menelan biaya Rp 836 miliar.

Baca juga: Jokowi Tinjau Proyek Jalan Tol di Balikpapan

Kepala Badan Otorita IKN, Bambang Susantono, menambahkan bahwa pasokan air akan mencapai 2.500 \
liter per detik. Pada Senin lalu, warga Desa Sukaraja juga menyambut baik proyek tersebut.

Editor: Sandro Gatra
"""

ID_THEFT = """Polres Metro Jakarta Selatan menangkap dua tersangka pencurian kendaraan bermotor di \
kawasan Kebayoran Baru, Selasa (5/3).

Kapolres Metro Jakarta Selatan Kombes Pol. Ade Rahmat Idnal mengatakan kedua tersangka berinisial \
AS dan RN ditangkap di rumah kontrakan mereka. "Kami masih mendalami kemungkinan adanya pelaku \
lain," ujar Ade.

Salah satu korban, Siti Aminah, warga Tebet, mengaku kehilangan sepeda motor saat berbelanja di \
pasar. Menurut pengamat kepolisian dari Universitas Indonesia, Bambang Widodo Umar, kasus curanmor \
meningkat menjelang Lebaran.
"""

ID_FLOOD = """Banjir Rendam Ratusan Rumah di Bandung Selatan

Bandung (ANTARA) - Banjir merendam sedikitnya 800 rumah di Kecamatan Dayeuhkolot, Kabupaten \
Bandung, Jawa Barat, Rabu (6/3), setelah Sungai Citarum meluap.

Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung, Uka Suska Puji \
Utama, mengatakan sebanyak 2.300 warga mengungsi. "Kami sudah mendirikan enam posko," kata Uka.

Bupati Bandung Dadang Supriatna meninjau lokasi banjir pada Kamis pagi. Maret memang puncak musim \
hujan di wilayah itu, kata Dadang. BPBD akan menambah perahu karet.
"""

EN_TALKS = """WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign \
Minister Wang Yi in Beijing on Monday, seeking to ease tensions over trade and Taiwan, the State \
Department said.

"We had candid and constructive talks," Blinken told reporters after the meeting. Wang said China \
wanted a stable relationship but would defend its interests.

Analysts said the visit was a modest step. "Expectations were low," said Bonnie Glaser, managing \
director of the German Marshall Fund's Indo-Pacific program.

Reporting by Humeyra Pamuk; Editing by Mark Potter
"""

EN_PHONE = """Apple Unveils New iPhone With Faster Chip

Apple Inc. unveiled its latest iPhone on Tuesday at an event in Cupertino, California, betting \
that a faster processor and improved camera will revive slowing sales.

Chief Executive Tim Cook said the company had sold more than 2 billion iPhones since 2007. "This \
is the best iPhone we have ever made," Cook said.

Shares of Apple fell 1.2% in New York. Dan Ives, an analyst at Wedbush Securities, said the launch \
was "evolutionary, not revolutionary". On Monday, Samsung Electronics released a rival phone in \
Seoul.
"""

ZH_REPORT = """新华社北京3月5日电（记者 王明）国务院总理李强5日在十四届全国人大二次会议上作政府工作报告时\
表示，今年国内生产总值增长预期目标为5%左右。

李强说，要大力推进现代化产业体系建设，加快发展新质生产力。

国家统计局局长康义在发布会上介绍，去年全国居民人均可支配收入实际增长6.1%。外交部发言人汪文斌表示，\
中方愿同各方加强合作。
"""

ZH_ENVOY = """印尼驻华大使周浩黎18日在福州出席第二届东盟—中国网红大会，并与福建省人民政府副省长郭宁宁举行会谈。

周浩黎表示，印尼愿同中方深化数字经济合作。马来西亚网红李明轩称，这次活动让他更加了解中国传统文化。

国务委员兼外交部长周文海在北京同来访的印度尼西亚外交部长拉娜·苏桑蒂举行会谈。本次活动由中国公共外交协会主办。
"""


def _who(text: str, lang: str | None = None) -> list[Who]:
    return find_who(make_article(text, lang=lang, date=dt.date(2024, 3, 15)))


def _by_name(items: list[Who]) -> dict[str, Who]:
    return {w.text: w for w in items}


def _check_spans(text: str, items: list[Who]) -> None:
    for w in items:
        assert text[w.span[0] : w.span[1]] == w.text
        if w.role is not None:
            assert w.role_span is not None
            assert text[w.role_span[0] : w.role_span[1]] == w.role


# --- the seed -----------------------------------------------------------------------------------


def test_seed_people_and_roles(seed_text):
    who = _who(seed_text)
    _check_spans(seed_text, who)
    people = {w.text: w for w in who if w.kind == "person"}
    assert {
        "Djauhari Oratmangun",
        "Liu Qingyao",
        "Max Lee",
        "Novi Basuki",
        "Achyar Al Rasyid",
    } <= set(people)
    dj = people["Djauhari Oratmangun"]
    assert dj.role == "Duta Besar Republik Indonesia untuk China dan Mongolia"
    assert people["Max Lee"].role == "influencer online dari Malaysia"
    assert people["Liu Qingyao"].role == "influencer dari China"
    # the later "Djauhari juga mencetuskan ..." is the same person, not a second entry
    assert not any(w.text == "Djauhari" for w in who)
    assert who[0].text == "Djauhari Oratmangun"


# --- Indonesian ---------------------------------------------------------------------------------


def test_id_titles_nickname_merge_and_furniture():
    who = _who(ID_DAM)
    _check_spans(ID_DAM, who)
    names = _by_name(who)
    assert who[0].text == "Joko Widodo" and who[0].role == "Presiden"
    assert "Jokowi" not in names  # "(Jokowi)" and "kata Jokowi" merge into the full name
    assert names["Basuki Hadimuljono"].role == "Menteri Pekerjaan Umum dan Perumahan Rakyat"
    assert names["Bambang Susantono"].role == "Kepala Badan Otorita IKN"
    assert names["Badan Otorita IKN"].kind == "organization"
    # the editor's byline and the cross-link are not actors; places and days are not people
    for decoy in ("Sandro Gatra", "Senin", "Sukaraja", "Kalimantan Timur", "Ibu Kota Nusantara"):
        assert decoy not in names


def test_id_police_rank_kept_out_of_name_and_decoys():
    who = _who(ID_THEFT)
    _check_spans(ID_THEFT, who)
    names = _by_name(who)
    ade = names["Ade Rahmat Idnal"]
    assert ade.kind == "person" and ade.role == "Kapolres Metro Jakarta Selatan"
    assert names["Polres Metro Jakarta Selatan"].kind == "organization"
    assert names["Bambang Widodo Umar"].role == "pengamat kepolisian dari Universitas Indonesia"
    assert names["Siti Aminah"].kind == "person"
    assert "Ade" not in names  # "ujar Ade" is the same Kapolres
    for decoy in ("Tebet", "Selasa", "Lebaran", "Kebayoran Baru", "Salah", "Kami", "AS", "RN"):
        assert decoy not in names


def test_id_apposition_role_and_acronym_alias():
    who = _who(ID_FLOOD)
    _check_spans(ID_FLOOD, who)
    names = _by_name(who)
    uka = names["Uka Suska Puji Utama"]
    assert uka.role.startswith("Kepala Pelaksana Badan Penanggulangan Bencana Daerah")
    assert names["Dadang Supriatna"].role == "Bupati Bandung"
    orgs = [w for w in who if w.kind == "organization"]
    # "BPBD" later in the text is the same organisation as its first, spelled-out mention
    assert sum(1 for w in orgs if "BPBD" in w.text or "Penanggulangan" in w.text) <= 1
    # headline words, months and sentence starters are not people
    for decoy in ("Banjir Rendam Ratusan Rumah", "Maret", "Kamis", "Sungai Citarum", "Bandung"):
        assert decoy not in names
    assert who[0].kind == "person"


# --- English ------------------------------------------------------------------------------------


def test_en_titles_with_modifiers_and_speakers():
    who = _who(EN_TALKS)
    _check_spans(EN_TALKS, who)
    names = _by_name(who)
    assert who[0].text == "Antony Blinken"
    assert names["Antony Blinken"].role == "U.S. Secretary of State"
    assert names["Wang Yi"].role == "Chinese Foreign Minister"
    assert names["Bonnie Glaser"].role.startswith("managing director of the German Marshall Fund")
    assert names["State Department"].kind == "organization"
    for decoy in (
        "Blinken",
        "Wang",
        "Reuters",
        "Monday",
        "Beijing",
        "Taiwan",
        "Analysts",
        "Humeyra Pamuk",
        "Mark Potter",
    ):
        assert decoy not in names


def test_en_short_mentions_company_forms_and_first_names():
    who = _who(EN_PHONE)
    _check_spans(EN_PHONE, who)
    names = _by_name(who)
    assert names["Tim Cook"].role == "Chief Executive"
    assert "Cook" not in names
    assert names["Dan Ives"].kind == "person"
    assert names["Dan Ives"].role == "analyst at Wedbush Securities"
    assert names["Apple Inc"].kind == "organization"
    assert "Apple" not in names  # "Shares of Apple" is the same company
    assert names["Samsung Electronics"].kind == "organization"
    for decoy in ("Tuesday", "Cupertino", "California", "New York", "Seoul", "Shares", "Unveils"):
        assert decoy not in names


# --- Chinese ------------------------------------------------------------------------------------


def test_zh_titles_before_names_and_dateline_reporter():
    who = _who(ZH_REPORT)
    _check_spans(ZH_REPORT, who)
    names = _by_name(who)
    assert who[0].text == "李强" and who[0].role == "国务院总理"
    assert names["汪文斌"].role == "外交部发言人"
    assert names["康义"].role == "国家统计局局长"
    assert names["国家统计局"].kind == "organization"
    assert "王明" not in names  # the reporter in the dateline is not an actor
    assert "新华社" not in names


def test_zh_envoy_foreign_dotted_name_and_relations():
    who = _who(ZH_ENVOY)
    _check_spans(ZH_ENVOY, who)
    names = _by_name(who)
    assert who[0].text == "周浩黎" and who[0].role == "印尼驻华大使"
    assert names["郭宁宁"].role == "福建省人民政府副省长"
    assert names["李明轩"].role == "马来西亚网红"
    assert names["拉娜·苏桑蒂"].role == "印度尼西亚外交部长"
    assert names["周文海"].role == "国务委员兼外交部长"
    assert names["福建省人民政府"].kind == "organization"
    # "东盟—中国" names the two sides of a conference, and 福州 is a place
    assert "东盟" not in names and "福州" not in names


def test_zh_dictionary_words_tagged_as_names_are_dropped():
    text = (
        "2023兰州马拉松4日上午在甘肃省兰州市鸣枪开跑。肯尼亚选手以2小时9分48秒的成绩获得男子全程马拉松冠军，"
        "警方已查明事故原因。兰州市副市长孙宏伟为选手颁奖。"
    )
    names = _by_name(_who(text))
    assert "马拉松" not in names and "查明" not in names
    assert names["孙宏伟"].role == "兰州市副市长"


# --- role_for and rank_who ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (ID_THEFT, "Bambang Widodo Umar", "pengamat kepolisian dari Universitas Indonesia"),
        (EN_TALKS, "Wang Yi", "Chinese Foreign Minister"),
        (ZH_REPORT, "汪文斌", "外交部发言人"),
        (ID_DAM, "Sukaraja", None),
    ],
)
def test_role_for_a_name_found_elsewhere(text, name, role):
    article = make_article(text)
    start = text.index(name)
    got, span = role_for(article, (start, start + len(name)))
    assert got == role
    if role:
        assert text[span[0] : span[1]] == role


def test_empty_and_nameless_text():
    # make_article refuses blank input; the finder itself must still cope with a blank Article
    assert find_who(Article(text="   \n", lang="en")) == []
    assert _who("the river rose overnight and the water reached the houses near the bridge.") == []


def test_list_is_capped_and_names_unique():
    text = " ".join(
        f"Menteri Urusan {w} {n} Wibowo mengatakan rapat berjalan lancar."
        for w, n in zip(
            ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"],
            ["Adi", "Budi", "Cahyo", "Dedi", "Eko", "Fajar", "Gilang", "Hadi", "Irfan"],
            strict=True,
        )
    )
    who = _who(text, lang="id")
    assert 1 <= len(who) <= 8
    assert len({w.text for w in who}) == len(who)


def test_id_honorifics_bin_names_and_single_names():
    text = (
        "Wakil Presiden KH Ma'ruf Amin membuka Muktamar di Lampung, Rabu (22/12/2021). Rektor "
        "Universitas Gadjah Mada Prof. Dr. Ir. Ova Emilia hadir dalam acara itu. Presiden pertama RI, "
        "Soekarno, pernah berpidato di kota tersebut.\n\n"
        "Kepala Dinas Ketahanan Pangan Sumatera Utara, H. Muhammad Ali bin Abdullah, mengatakan "
        "pasokan beras aman. Ekonom Universitas Sumatera Utara, Dr. Wahyu Ario Pratomo, menilai harga "
        'akan turun. "Kami bersyukur," tutur Ma\'ruf.'
    )
    who = _who(text, lang="id")
    _check_spans(text, who)
    names = _by_name(who)
    assert names["Ma'ruf Amin"].role == "Wakil Presiden"
    assert names["Ova Emilia"].role == "Rektor Universitas Gadjah Mada"
    assert names["Soekarno"].role == "Presiden pertama RI"
    # the title before the honorific is the role; the honorific is in neither name nor role
    assert names["Muhammad Ali bin Abdullah"].role == "Kepala Dinas Ketahanan Pangan Sumatera Utara"
    assert names["Wahyu Ario Pratomo"].role == "Ekonom Universitas Sumatera Utara"
    assert all("Prof" not in w.text and "Dr" not in w.text for w in who)


def test_en_honorific_titles_and_coordinated_subjects():
    text = (
        "Sen. Elizabeth Warren and Gen. Mark Milley clashed on Tuesday over the Pentagon budget, "
        "according to Gov. Gavin Newsom's office. Warren, a Democrat from Massachusetts, said the "
        'plan was "reckless".\n\n'
        "Sam Altman, the chief executive of OpenAI, said the company would cooperate."
    )
    who = _who(text, lang="en")
    _check_spans(text, who)
    names = _by_name(who)
    assert who[0].text == "Elizabeth Warren" and who[0].role == "Sen."
    assert names["Mark Milley"].role == "Gen."
    assert names["Gavin Newsom"].role == "Gov."
    assert names["Sam Altman"].role == "chief executive of OpenAI"
    assert "Warren" not in names and "Massachusetts" not in names


def test_en_countries_leading_the_story_are_parties():
    text = (
        "India and Australia signed an agreement on critical minerals on Monday, External Affairs "
        "Minister Rajan Mehta said after talks in New Delhi with Australian Foreign Minister Claire "
        "Whitmore."
    )
    names = _by_name(_who(text, lang="en"))
    assert names["India"].kind == "organization" and names["Australia"].kind == "organization"
    assert names["Rajan Mehta"].role == "External Affairs Minister"
    assert names["Claire Whitmore"].role == "Australian Foreign Minister"
    assert "New Delhi" not in names


def test_zh_team_names_are_organisations():
    text = "昨晚，成都蓉城队主场以3比1战胜上海海港队。成都蓉城队主教练杨立新表示，球队发挥出色。"
    names = _by_name(_who(text, lang="zh"))
    assert names["成都蓉城队"].kind == "organization"
    assert names["上海海港队"].kind == "organization"
    assert names["杨立新"].role == "成都蓉城队主教练"


def test_en_police_story_ranks_and_org_with_title_word():
    text = (
        "SYDNEY, Jan 8 (Reuters) - Australian police have charged a 34-year-old man with murder "
        "after a woman was found dead in western Sydney on Saturday, New South Wales Police said.\n\n"
        "Detective Superintendent Danny Doherty told reporters the pair had been in a relationship. "
        '"This is a tragic case," Doherty said. Premier Chris Minns said domestic violence remained '
        '"a national crisis".'
    )
    names = _by_name(_who(text, lang="en"))
    assert names["Danny Doherty"].role == "Detective Superintendent"
    assert names["Chris Minns"].role == "Premier"
    assert names["New South Wales Police"].kind == "organization"
    assert "Doherty" not in names and "Sydney" not in names and "Reuters" not in names


def test_id_football_clubs_and_coaches():
    text = (
        "Persib Bandung Kalahkan Persija 2-0\n\n"
        "BANDUNG, KOMPAS.com - Persib Bandung mengalahkan Persija Jakarta 2-0 dalam laga lanjutan "
        "Liga 1 di Stadion Gelora Bandung Lautan Api, Sabtu (2/3/2024) malam.\n\n"
        "Gol Persib dicetak David da Silva pada menit ke-12. Pelatih Persib, Bojan Hodak, memuji "
        'permainan anak asuhnya. "Pemain bekerja keras," kata Bojan seusai laga. Sementara itu, '
        "pelatih Persija Thomas Doll mengakui timnya kalah kelas."
    )
    who = _who(text, lang="id")
    _check_spans(text, who)
    names = _by_name(who)
    assert names["Bojan Hodak"].role == "Pelatih Persib"
    assert names["Thomas Doll"].role == "pelatih Persija"
    assert names["Persib Bandung"].kind == "organization"
    assert "Persib" not in names and "Gol Persib" not in names  # one club, one entry


def test_zh_company_short_name_and_chairman():
    text = (
        "本报讯（记者 刘洋）比亚迪股份有限公司3日发布公告称，公司2月新能源汽车销量达12.2万辆，同比增长37%。\n\n"
        "比亚迪董事长王传福在业绩说明会上表示，公司将加快海外市场布局。中国汽车工业协会副秘书长陈士华指出，"
        "新能源汽车渗透率持续提升。"
    )
    names = _by_name(_who(text, lang="zh"))
    assert names["比亚迪股份有限公司"].kind == "organization"
    assert "比亚迪" not in names  # the short name is the same company, not a person
    assert names["王传福"].role == "比亚迪董事长"
    assert names["陈士华"].role == "中国汽车工业协会副秘书长"
    assert "刘洋" not in names


def test_en_ages_mark_people_and_police_titles():
    text = (
        "CHICAGO — A 45-year-old man was arrested on Friday in connection with a shooting that "
        "killed two people in Aurora, Illinois, police said.\n\n"
        "John Miller, 45, of Naperville, was charged with two counts of murder. Aurora Police Chief "
        "Keith Cross said officers responded within minutes. The victims were identified as Maria "
        "Lopez, 32, and James Carter, 51."
    )
    who = _who(text, lang="en")
    _check_spans(text, who)
    names = _by_name(who)
    assert names["Keith Cross"].role == "Aurora Police Chief"
    assert {"John Miller", "Maria Lopez", "James Carter"} <= set(names)
    assert "Illinois" not in names and "Naperville" not in names and "Aurora" not in names


def test_id_rank_after_title_is_not_part_of_it():
    text = (
        "Kepala BNPB Letjen TNI Suharyanto meminta pemerintah daerah menyiagakan personel. Warga "
        "bernama Budi (45) mengaku rumahnya terendam."
    )
    names = _by_name(_who(text, lang="id"))
    assert names["Suharyanto"].role == "Kepala BNPB"
    assert names["Budi"].kind == "person"


def test_id_comma_apposition_with_speech_verb_and_rank_inside_title():
    text = (
        "Polisi menyelidiki kebakaran gudang di Cikarang, Selasa (4/6/2024).\n\n"
        "Seorang saksi, Dewi Kartika, mengaku melihat asap hitam dari atap gudang.\n\n"
        "Kasat Reskrim Polres Bekasi AKP Hendra Gunawan mengatakan, penyebab kebakaran masih "
        "diselidiki.\n\n"
        "Sebelumnya, kuasa hukum pemilik gudang, Markus Sihombing, menilai polisi terlalu cepat "
        "menyimpulkan.\n"
    )
    by = _by_name(_who(text, "id"))
    assert "Dewi Kartika" in by and "Markus Sihombing" in by
    assert by["Hendra Gunawan"].role == "Kasat Reskrim Polres Bekasi AKP"
    # a list of places set off by commas is not a speaker
    assert "Karawang" not in _by_name(_who("Aksi digelar di Bekasi, Karawang, dan Subang.", "id"))


def test_en_apposition_speaker_wire_credits_and_country_institutions():
    text = (
        "SEOUL, June 3 (AP) — South Korean police raided the offices of a chip maker on Monday.\n\n"
        "Daniel Cho, a spokesperson for the Korea Fair Trade Commission (KFTC), said the raid "
        "was routine.\n\n"
        "Associated Press writer Tom Hale in Seoul contributed to this report.\n"
    )
    names = [w.text for w in _who(text, "en")]
    assert "Daniel Cho" in names
    assert "Associated Press" not in names and "AP" not in names
    flu = "Hong Kong recorded 12 more flu deaths on Tuesday, health officials said.\n"
    assert "Hong Kong" not in [w.text for w in _who(flu, "en")]


def test_zh_unlisted_posts_split_given_names_and_hyphenated_transliterations():
    text = (
        "标题\n\n新华社太原4月2日电 山西省气象台首席预报员白玉梅介绍，此次降温幅度较大。"
        "山西省高级人民法院刑一庭庭长刘卫东表示，案件将依法审理。"
        "正在访问的巴西总统加夫列尔·马丁内斯2日抵达太原。法国外长让-皮埃尔·杜邦当天说，双方将加强合作。\n"
    )
    names = [w.text for w in _who(text, "zh")]
    for name in ("白玉梅", "刘卫东", "加夫列尔·马丁内斯", "让-皮埃尔·杜邦"):
        assert name in names, (name, names)
    assert "刑一庭" not in names  # the unit named in a title, not a person


def test_hospitals_where_victims_were_taken_are_venues_not_actors():
    idn = "Tiga korban dievakuasi ke RSUD Kertosono Nganjuk, kata Kapolres Nganjuk AKBP Budi Santoso.\n"
    names = [w.text for w in _who(idn, "id")]
    assert "Budi Santoso" in names and not any("Kertosono" in n for n in names)
    en = "The injured were taken to Cusco Regional Hospital, police spokesman Luis Rojas said.\n"
    names = [w.text for w in _who(en, "en")]
    assert "Luis Rojas" in names and "Cusco Regional Hospital" not in names


def test_head_as_a_verb_is_not_a_title_and_sekuritas_is_an_organisation():
    en = "Kovac beat Hale in the final. Both players head to Melbourne for the Australian Open.\n"
    assert all(w.role is None or "head to" not in w.role for w in _who(en, "en"))
    idn = (
        "Saham bank naik 3 persen.\n\nAnalis dari Mandala Sekuritas, Rudi Hartanto, menilai "
        "kenaikan itu wajar.\n"
    )
    by = {w.text: w for w in _who(idn, "id")}
    assert "Rudi Hartanto" in by and by.get("Mandala Sekuritas", by["Rudi Hartanto"]).kind in (
        "organization",
        "person",
    )
    assert "Mandala Sekuritas" not in by or by["Mandala Sekuritas"].kind == "organization"


@pytest.mark.parametrize(
    ("text", "lang", "crowd"),
    [
        (
            "Ojol Demo di Medan\n\nMedan - Ratusan pengemudi ojek online menggelar aksi di depan "
            "Kantor Gubernur Sumatera Utara, Senin (3/6/2024). Koordinator aksi, Rahmat Hidayat, "
            "mengatakan tarif harus naik.\n",
            "id",
            "Ratusan pengemudi ojek online",
        ),
        (
            "Hundreds of nurses marched through Cardiff on Monday to demand better pay, "
            "union official Sian Jones said.\n",
            "en",
            "Hundreds of nurses",
        ),
        (
            "标题\n\n当地时间5日，上万名德国农民聚集在柏林市中心，抗议削减农业补贴。\n",
            "zh",
            "上万名德国农民",
        ),
    ],
)
def test_a_counted_crowd_that_protests_is_the_actor(text, lang, crowd):
    items = _who(text, lang)
    assert items[0].text == crowd
    assert text[items[0].span[0] : items[0].span[1]] == crowd


def test_a_counted_crowd_that_does_not_protest_is_not_an_actor():
    text = (
        "Ribuan warga mengungsi akibat banjir di Kota Bima, kata Kepala BPBD Bima Iwan Setiawan.\n"
    )
    assert all(not w.text.startswith("Ribuan") for w in _who(text, "id"))


def test_a_surname_that_is_also_a_town_is_the_person_named_in_full():
    text = (
        "Ostrava Open final\n\nCzech Petra Novak beat top-seeded Briton Emily Hale 6-4, 6-3 on "
        "Sunday.\n\nHale served for the first set but lost four games in a row.\n\n"
        '"She was simply better today," Hale said.\n'
    )
    names = [w.text for w in _who(text, "en")]
    assert "Emily Hale" in names, names


def test_force_heads_an_organisation_and_zh_registered_company_names():
    en = "The Singapore Civil Defence Force (SCDF) said it was alerted to the fire at 6.40am.\n"
    assert any(w.text.endswith("Civil Defence Force") for w in _who(en, "en"))
    zh = "标题\n\n新华社北京4月29日电 华北石油化工股份有限公司29日晚发布一季度报告，净利润同比下降2.5%。\n"
    assert "华北石油化工股份有限公司" in [w.text for w in _who(zh, "zh")]


def test_zh_crowd_of_hundreds_of_thousands():
    text = (
        "标题\n\n当地时间1日晚，以色列多地爆发抗议活动，数十万名民众走上街头，要求政府达成协议。\n"
    )
    assert _who(text, "zh")[0].text == "数十万名民众"


def test_zh_japanese_and_korean_names_after_nationality_and_role():
    text = "标题\n\n新华社东京3月2日电 中国选手李娜以3比1战胜日本选手高桥美咲，夺得冠军。韩国总统尹正浩当天表示祝贺。\n"
    by = {w.text: w for w in _who(text, "zh")}
    assert by["高桥美咲"].role == "日本选手"
    assert "尹正浩" in by


def test_a_name_given_to_a_thing_is_not_an_actor():
    text = (
        "The product, called Kestrel Desk, was unveiled at an event on Wednesday. Kestrel Desk "
        "costs S$99 a month, said chief executive Priya Raman.\n"
    )
    names = [w.text for w in _who(text, "en")]
    assert "Priya Raman" in names and "Kestrel Desk" not in names, names


def test_id_candidate_ticket_joined_by_a_hyphen_is_two_people():
    text = (
        "KPU Sumbar Tetapkan Hasil Pilgub\n\nPadang - KPU Sumatera Barat menetapkan hasil pilgub, "
        "Senin (9/12/2024). Pasangan nomor urut 1, Rahmat Hidayat-Sri Mulyani Putri, meraih 54 "
        "persen suara. Penerbangan Padang-Batam juga dibuka.\n"
    )
    names = [w.text for w in _who(text, "id")]
    assert "Rahmat Hidayat" in names and "Sri Mulyani Putri" in names, names
    assert not any("Padang" in n or "Batam" in n for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        (
            "Bus crash in Wales\n\nSeveral people died and dozens were hurt when a coach left the "
            "road near Bala on Sunday. A witness, Gareth Price, said the road was icy.",
            "en",
            "Several people",
        ),
        (
            "At least nine passengers were injured when two trains collided outside Leeds on "
            "Monday morning, the rail operator said.",
            "en",
            "At least nine passengers",
        ),
        (
            "A gunman opened fire outside a nightclub in Dayton early on Saturday, police said.",
            "en",
            "A gunman",
        ),
        (
            "某县昨日发生一起交通事故，一辆货车与客车相撞，造成5人死亡、12人受伤。",
            "zh",
            "5人",
        ),
        ("昨天上午，某村的12名村民在山上采摘野菜时误食毒蘑菇。", "zh", "12名村民"),
    ],
)
def test_a_counted_or_described_group_is_the_actor_when_the_lead_names_nobody(text, lang, group):
    who = find_who(make_article(text, lang=lang))
    assert who[0].text == group
    assert who[0].kind in ("group", "organization")


def test_a_group_is_not_the_actor_when_the_lead_names_one():
    text = (
        "Three people were arrested after Mayor Ann Lee was attacked in Boston on Friday, "
        "police said."
    )
    who = find_who(make_article(text, lang="en"))
    assert who[0].text == "Ann Lee"
    assert "Three people" not in [w.text for w in who]


def test_zh_dateline_of_any_outlet_and_reporter_credit_are_not_actors():
    text = (
        "某网北京１２月３０日电（记者张明华）某省中部３０日中午发生一起３辆车相撞的严重交通事故，"
        "已确认１４人死亡。当地警方正在调查事故原因。"
    )
    who = find_who(make_article(text, lang="zh"))
    assert "张明华" not in [w.text for w in who]
    what = find_what(make_article(text, lang="zh"))
    assert what is not None and what.text.startswith("某省中部")


def test_a_name_opened_by_a_common_word_mid_sentence_is_a_thing_not_a_person():
    text = (
        "The Hornets reached the World Series on Friday. The World Series starts next week, "
        "coach Dale Mitchell said."
    )
    names = [w.text for w in find_who(make_article(text, lang="en"))]
    assert "Series" not in names and "World Series" not in names
    assert "Dale Mitchell" in names


def test_branch_heads_an_organisation():
    text = "The Marine Accident Investigation Branch said on Monday it had sent inspectors."
    who = find_who(make_article(text, lang="en"))
    assert who[0].text == "Marine Accident Investigation Branch"
    assert who[0].kind == "organization"


def test_zh_place_and_clan_words_tagged_as_names_are_not_people():
    text = "昨日，某县石岭乡境内发生一起交通事故，吴庄附近的村民赶到现场救援。吕氏宗祠也受到影响。"
    names = [w.text for w in find_who(make_article(text, lang="zh"))]
    assert not any(n.endswith(("乡", "庄", "氏")) for n in names)


def test_lowercase_title_before_a_three_part_name_with_a_month_like_word():
    text = (
        "Shares in Harbour Bank rose on Monday after chief executive Tan Mei Ling announced a "
        "share buyback, the bank said."
    )
    who = find_who(make_article(text, lang="en"))
    person = next(w for w in who if w.kind == "person")
    assert (person.text, person.role) == ("Tan Mei Ling", "chief executive")


def test_big_city_and_a_word_name_a_team_and_its_short_form_counts_for_it():
    text = (
        "Western Sydney Wanderers beat Melbourne Victory 2-1 on Saturday. The Wanderers "
        "have now won four games in a row, coach Tony Popovic said."
    )
    who = find_who(make_article(text, lang="en"))
    kinds = {w.text: w.kind for w in who}
    assert kinds.get("Western Sydney Wanderers") == "organization"
    assert "Sydney Wanderers" not in kinds and "Wanderers" not in kinds


def test_former_is_kept_in_an_indonesian_role():
    text = "Mantan Menteri Keuangan Bambang Brodjonegoro mengatakan ekonomi akan tumbuh, Senin."
    who = find_who(make_article(text, lang="id"))
    assert (who[0].text, who[0].role) == ("Bambang Brodjonegoro", "Mantan Menteri Keuangan")


def test_zh_names_after_a_post_that_jieba_does_not_know_are_people():
    text = "某市市长选举10日举行投票，候选人山田健一和佐藤明美展开激烈角逐。"
    names = {w.text: w for w in find_who(make_article(text, lang="zh"))}
    assert names["山田健一"].role == "候选人" and names["佐藤明美"].role == "候选人"


def test_zh_a_prefecture_jieba_files_as_an_organisation_is_a_place():
    text = (
        "大阪府知事选举10日举行投票，新一任大阪府知事将于下月就任，候选人山田健一表示将推动改革。"
    )
    names = [w.text for w in find_who(make_article(text, lang="zh"))]
    assert "大阪府" not in names and "新一任大阪府" not in names


def test_id_counted_residents_are_the_group_actor():
    text = "Lima warga tewas tertimbun longsor di Desa Sukamaju, Kabupaten Garut, Senin."
    who = find_who(make_article(text, lang="id"))
    assert who[0].text == "Lima warga" and who[0].kind == "group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Seorang nelayan hilang setelah perahunya terbalik di perairan Selat Bali, Minggu.",
            "Seorang nelayan",
        ),
        (
            "Pada hari Senin, banjir bandang melanda tiga desa hingga sedikitnya 12 warga meninggal.",
            "sedikitnya 12 warga",
        ),
    ],
)
def test_id_described_or_counted_group_anywhere_in_the_lead(text, group):
    who = find_who(make_article(text, lang="id"))
    assert who[0].text == group


def test_a_country_written_in_two_words_is_not_part_of_a_name():
    text = (
        "Pemerintah Amerika Serikat mengatakan bahwa Korea Utara belum menunjukkan niat baik. "
        "Amerika Serikat akan terus menekan, kata Menteri Luar Negeri Mike Pompeo."
    )
    names = [w.text for w in find_who(make_article(text, lang="id"))]
    assert "Serikat" not in names and "Utara" not in names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("昨日上午，某区一家印刷厂40余工人在食用午餐后出现呕吐症状，随后被送往医院。", "40余工人"),
        ("昨晚，某县城区一名酒驾男子驾车撞上路边护栏，车辆严重损毁。", "一名酒驾男子"),
        ("昨日凌晨，某市一仓库突发大火。接到报警后，消防官兵迅速赶到现场扑救。", "消防官兵"),
    ],
)
def test_zh_counted_described_or_responding_group_when_no_one_is_named(text, group):
    who = find_who(make_article(text, lang="zh"))
    assert who[0].text == group


def test_a_word_the_article_writes_as_a_place_is_not_a_name_after_a_title():
    text = (
        "Presiden Moldavia Ion Chirtoaca menolak menandatangani undang-undang itu pada Selasa. "
        "Referendum di Moldavia diikuti oleh sepertiga pemilih."
    )
    who = find_who(make_article(text, lang="id"))
    assert (who[0].text, who[0].role) == ("Ion Chirtoaca", "Presiden Moldavia")


def test_the_name_that_opens_the_lead_is_the_top_actor():
    text = (
        "Maria Lopez has blamed the auditor's reports for her defeat in the mayoral election, "
        "Tom Baker said on Sunday. Tom Baker won the election by 300 votes."
    )
    who = find_who(make_article(text, lang="en"))
    assert who[0].text == "Maria Lopez"
