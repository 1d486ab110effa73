"""Named who rules from the cross-language round, each on sentences written for it."""

from __future__ import annotations

import datetime as dt

from newsbrief.article import make_article
from newsbrief.lite.who import find_who
from newsbrief.types import Who


def _who(text: str, lang: str) -> list[Who]:
    return find_who(make_article(text, lang=lang, date=dt.date(2024, 3, 15)))


def _names(text: str, lang: str) -> list[str]:
    return [w.text for w in _who(text, lang)]


def _first_person(who: list[Who]) -> tuple[str | None, str]:
    """(role, name) of the first person in `who`; fails when there is none."""
    people = [w for w in who if w.kind == "person"]
    assert people, [w.text for w in who]
    return people[0].role, people[0].text


def test_locative_name_a_street_after_in_or_on_is_no_person():
    text = (
        "A man was found injured on Harlow Mews in Dunmore early on Sunday. "
        "Detective Sergeant Ellen Marsh said the man was taken to hospital. "
        "A neighbour who lives in Harlow Mews said she heard shouting."
    )
    names = _names(text, "en")
    assert names[0] == "Ellen Marsh"
    assert "Harlow Mews" not in names


def test_locative_name_reaches_later_bare_mentions_of_the_same_place():
    text = (
        "Heavy rain moved across the High Plateau on Monday, forecasters said. "
        "Other parts of the High Plateau could see floods, and the High Plateau "
        "roads were closed, said Tom Reyes, a spokesman for the weather office."
    )
    names = _names(text, "en")
    assert "High Plateau" not in names
    assert "Tom Reyes" in names


def test_locative_name_right_role_does_not_save_a_place():
    text = "The attack happened in Kilbarrow, police said. A 30-year-old man was charged."
    assert "Kilbarrow" not in _names(text, "en")


def test_locative_name_indonesian_di():
    text = (
        "Jenazah seorang wanita ditemukan di Harlow Mews pada Minggu pagi. "
        "Inspektur Ellen Marsh mengatakan penyelidikan masih berlangsung. "
        "Seorang sopir yang tinggal di Harlow Mews melihat kejadian itu."
    )
    names = _names(text, "id")
    assert "Harlow Mews" not in names
    assert names[0] == "Ellen Marsh"


def test_locative_name_keeps_a_titled_person():
    text = (
        "Senator Mara Quinlan spoke in Leeds on Monday. Crowds gathered to hear "
        "Senator Mara Quinlan, who said the plan would pass."
    )
    assert _names(text, "en")[0] == "Mara Quinlan"


def test_measure_not_group_an_age_or_a_duration_is_no_group():
    for text in (
        "Seorang pria berusia 44 tahun ditemukan tewas di rumahnya pada Minggu pagi.",
        "Selama beberapa hari dibuka jalur darurat bagi warga yang mengungsi.",
    ):
        assert all(
            w.kind != "group" or ("tahun" not in w.text and "hari" not in w.text)
            for w in _who(text, "id")
        )


def test_measure_not_group_still_counts_people():
    who = _who("Sedikitnya 12 penumpang terluka dalam kecelakaan bus di Garut.", "id")
    assert who and who[0].kind == "group" and "12 penumpang" in who[0].text


def _mentions(text: str, lang: str) -> dict[str, str | None]:
    from newsbrief.lite.names_latin import LatinNames

    return {m.text: m.role for m in LatinNames(text, lang, {0}, []).mentions()}


def test_short_code_case_a_two_letter_name_word_is_no_country_code():
    got = _mentions("Foreign Minister Ri Kwang Chol said the talks would go on.", "en")
    assert got.get("Ri Kwang Chol") == "Foreign Minister"
    got = _mentions("Menteri Luar Negeri Korea Utara Ri Kwang Chol mengatakan hal itu.", "id")
    assert "Ri Kwang Chol" in got
    # a code in capitals is still a country inside the title
    assert _mentions("Presiden RI Budi Santoso meninjau lokasi.", "id").get("Budi Santoso") == (
        "Presiden RI"
    )


def test_title_place_tail_a_country_after_the_office_is_no_name():
    got = _mentions("Ana Lestari adalah Direktur Dewan Sekolah Swasta Belanda.", "id")
    assert "Belanda" not in got


def test_plural_role_the_word_after_para_and_a_title_is_a_team():
    got = _mentions("Sepanjang laga itu para pemain Rovers tidak mampu membalas.", "id")
    assert got.get("Rovers") is None
    assert all(
        w.text != "Rovers"
        for w in _who("Para pemain Rovers kalah. Para pemain Rovers sedih.", "id")
    )


def test_role_team_comma_the_person_is_the_name_after_the_comma():
    text = (
        "Pemain pengganti Rovers, Dani Saputra, meminta penalti. "
        "Dani Saputra kemudian mencetak gol kedua bagi timnya."
    )
    assert _names(text, "id")[0] == "Dani Saputra"
    assert "Rovers" not in _mentions(text, "id") or _mentions(text, "id")["Rovers"] is None


def _zh(text: str) -> list[tuple[str, str]]:
    return [(w.text, w.kind) for w in _who(text, "zh")]


def test_zh_phrase_not_name_after_a_post():
    text = "示威者向防暴警察投掷鸡蛋，随后双方发生冲突。当地学生和家长也赶到现场围观。"
    names = [t for t, _ in _zh(text)]
    assert "投掷鸡蛋" not in names and "和家长" not in names


def test_zh_phrase_not_name_keeps_a_name_after_a_post():
    text = "外交部发言人汪文斌说，双方将继续保持沟通。候选人山田健一表示将参加选举。"
    names = [t for t, _ in _zh(text)]
    assert "汪文斌" in names and "山田健一" in names


def test_zh_place_suffix_a_name_before_road_is_a_road():
    text = "一辆货车在康强路口突然侧翻，司机被送往医院。事故发生在康强路与大道交汇处。"
    assert "康强" not in [t for t, _ in _zh(text)]


def test_zh_post_group_holders_of_a_post_who_act():
    text = "今天上午起，许多市民纷纷来电，说东环路发生交通事故。一辆搅拌车突然侧翻。"
    assert ("市民", "group") in _zh(text)


def test_zh_unnamed_speaker_is_a_group_after_named_people():
    text = "警方发言人表示，约有800栋房屋受损。州长李明表示已前往灾区了解灾情。李明说将全力救灾。"
    got = _zh(text)
    assert got[0] == ("李明", "person")
    assert ("警方发言人", "group") in got


def test_zh_org_fragment_a_road_tail_opens_no_organisation():
    text = "一辆搅拌车在康强路交汇处侧翻。许多市民纷纷来电反映情况。"
    assert all(not t.startswith("路") for t, _ in _zh(text))


def test_zh_translit_run_an_undotted_foreign_name_after_a_post():
    text = "土耳其总统埃尔多安周三抵达法国。埃尔多安随后前往里昂，出席一场经济论坛。"
    got = _zh(text)
    assert got[0] == ("埃尔多安", "person")


def test_title_ends_with_its_sentence():
    text = (
        "Empat pemuda ditangkap di Cirebon semalam, kata Polisi. Petugas sudah meminta "
        "warga yang merekam kejadian itu untuk melapor. Petugas juga memeriksa kamera jalan."
    )
    assert "Petugas" not in _names(text, "id")
    assert _names("Dr. Budi Santoso memimpin tim itu. Budi Santoso tiba pagi ini.", "id")[0] == (
        "Budi Santoso"
    )


def test_title_ends_with_sentence_no_role_across_a_full_stop():
    got = _mentions(
        "If you want a new hat, look no further. Designer Mara Quist showed a huge hat.", "en"
    )
    assert got.get("Mara Quist") == "Designer"


def test_indonesian_union_and_service_heads_open_organisations():
    got = _mentions("Layanan Cuaca Nasional sudah mengeluarkan peringatan banjir.", "id")
    assert "Layanan Cuaca Nasional" in got
    assert all(k != "Serikat" for k in _mentions("Serikat tersebut dilaporkan setuju.", "id"))


def test_zh_name_before_number_a_measure_verb_is_no_name():
    text = "这段直播的观看人数高达3.2万，评论褒贬不一。巨浪高达6米，冲上海岸。"
    assert "高达" not in [t for t, _ in _zh(text)]


def test_zh_name_before_number_keeps_a_name_before_a_date():
    text = "外交部长王毅3日表示，中方欢迎各方对话。王毅说中方会继续努力。"
    assert _zh(text)[0] == ("王毅", "person")


def test_zh_glued_translit_a_split_foreign_name_is_one_name():
    text = "海洋研究所研究员斯塔罗夫斯基表示，这项研究很重要。斯塔罗夫斯基说结果令人鼓舞。"
    assert _zh(text)[0] == ("斯塔罗夫斯基", "person")


def test_zh_translit_characters_complete_common_foreign_names():
    text = "美国商务部官员保罗·桑德斯作证。保罗·桑德斯说，约翰·约翰逊当晚在场。"
    names = [t for t, _ in _zh(text)]
    assert "保罗·桑德斯" in names and "约翰·约翰逊" in names


def test_zh_role_tail_a_post_after_a_dotted_name_is_not_part_of_it():
    text = "大法官候选人罗伯特·沃森法官出席了听证会。唐纳德·特朗普总统表示支持。"
    names = [t for t, _ in _zh(text)]
    assert "罗伯特·沃森" in names and "唐纳德·特朗普" in names


def test_dotted_code_in_title_the_country_code_is_no_part_of_the_name():
    got = _mentions("Presiden A.S. Hendra Wijaya mengatakan hal itu kepada wartawan.", "id")
    assert "Hendra Wijaya" in got and got["Hendra Wijaya"].startswith("Presiden A")
    assert "John F. Kennedy" in _mentions("President John F. Kennedy said so on Monday.", "en")


def test_apposition_with_its_own_clause_still_reaches_the_speech_verb():
    text = (
        "Pub sales rose in July. Peter Marsh, of the consultancy Halden, which compiled the "
        'figures, said: "Sunshine and football kept people out."'
    )
    assert "Peter Marsh" in _names(text, "en")
    text = "Ana Lee, a baker, and her husband sold the shop. The new owners open on Monday."
    assert "Ana Lee" not in _names(text, "en")


def test_compass_tail_place_a_city_with_a_compass_word_is_a_place_not_a_team():
    # rule compass_tail_place: "Bekasi Utara" is North Bekasi, not a club like "Chicago Cubs"
    text = (
        "Warga Kecamatan Bekasi Utara hanyut terbawa arus banjir pada Senin pagi. "
        "Tim SAR masih mencari dua orang."
    )
    assert "Bekasi Utara" not in _names(text, "id")
    assert "Tim SAR" in _names(text, "id")
    # a city followed by other capitalised words is still a team
    assert "Chicago Cubs" in _names("The Chicago Cubs beat the Mets 4-2 on Sunday.", "en")


def test_a_short_name_an_article_defines_for_an_organisation_is_that_organisation():
    # "(Bapanas)" is no all-caps acronym, but the article defines it for the agency before it
    text = (
        "Badan Pangan Nasional (Bapanas) menggelar operasi pasar beras mulai Rabu. Bapanas "
        "menyalurkan beras cadangan ke pasar tradisional. Bapanas juga memantau harga di daerah."
    )
    names = _names(text, "id")
    assert "Badan Pangan Nasional" in names and "Bapanas" not in names


def test_title_acronym_a_title_with_its_organisations_acronym_in_brackets_goes_on_to_the_name():
    # rule title_acronym
    who = _who(
        "Kepala Badan Penanggulangan Banjir Nasional (BPBN) Sutrisno mengatakan air mulai surut. "
        "BPBN mengirim perahu karet ke lokasi.",
        "id",
    )
    assert _first_person(who) == (
        "Kepala Badan Penanggulangan Banjir Nasional (BPBN)",
        "Sutrisno",
    )
    orgs = [w.text for w in who if w.kind == "organization"]
    assert orgs == ["Badan Penanggulangan Banjir Nasional"]  # its acronym is the same body
    who = _who(
        "Menteri Kelautan dan Perikanan (KKP) Budi Santoso meninjau pelabuhan pada Senin.", "id"
    )
    assert (who[0].role, who[0].text) == ("Menteri Kelautan dan Perikanan (KKP)", "Budi Santoso")


def test_every_police_and_military_rank_ends_the_title_before_the_name():
    for rank in ("Kompol", "Bripka", "Mayor", "Serka", "Laksma", "Marsma"):
        text = f"Kapolsek Cempaka {rank} Sutrisno mengatakan dua pelaku ditangkap pada Senin."
        who = _who(text, "id")
        assert who and who[0].text == "Sutrisno", rank
        assert who[0].role == f"Kapolsek Cempaka {rank}", rank


def test_name_homograph_bill_may_will_are_names_beside_a_name_or_after_an_honorific():
    # rule name_homograph
    assert _who("Prime Minister Theresa May said the talks would go on.", "en")[0].text == (
        "Theresa May"
    )
    assert "May" in _names("Mrs May said the talks would go on.", "en")
    assert _who("Microsoft founder Bill Gates said the fund would grow.", "en")[0].text == (
        "Bill Gates"
    )
    assert "Will Smith" in _names("Will Smith said he was sorry for the slap.", "en")
    # the words themselves stay words, and a month is still a month
    assert _names("Lawmakers passed the Finance Bill on Monday.", "en") == []
    assert _names("The vote in May was close, officials said.", "en") == []
    assert "May Smith" not in _names("In May Smith resigned from the board.", "en")


def test_a_word_after_kota_in_a_title_is_a_place_only_when_a_name_is_left_after_it():
    who = _who("Menteri Urusan Kota Shane Thompson mengatakan api mendekati kota.", "id")
    assert (who[0].role, who[0].text) == ("Menteri Urusan Kota", "Shane Thompson")
    who = _who("Wali Kota Bandung Yana Mulyana meninjau lokasi banjir.", "id")
    assert (who[0].role, who[0].text) == ("Wali Kota Bandung", "Yana Mulyana")
    who = _who("Wali Kota Solo Gibran meninjau lokasi banjir.", "id")
    assert (who[0].role, who[0].text) == ("Wali Kota Solo", "Gibran")


def test_a_city_then_a_weekday_or_month_is_a_place_and_a_date_not_a_team():
    assert _names("Results in London Thursday showed a swing to the opposition.", "en") == []
    assert "Chicago Cubs" in _names("The Chicago Cubs beat the Mets on Sunday.", "en")


def test_title_org_list_a_title_whose_organisation_is_a_list_goes_on_to_the_name():
    # rule title_org_list (and title_acronym after the list)
    who = _who(
        "Kepala Pusat Data, Informasi dan Dokumentasi Badan SAR Daerah Sutrisno Hadi mengatakan "
        "pencarian dilanjutkan besok.",
        "id",
    )
    assert _first_person(who) == (
        "Kepala Pusat Data, Informasi dan Dokumentasi Badan SAR Daerah",
        "Sutrisno Hadi",
    )
    who = _who(
        "Kepala Badan Cuaca, Iklim, dan Gempa (BCIG) Rina Marlina mengatakan gempa tidak "
        "berpotensi tsunami.",
        "id",
    )
    assert (who[0].role, who[0].text) == (
        "Kepala Badan Cuaca, Iklim, dan Gempa (BCIG)",
        "Rina Marlina",
    )
    # a list of places after a collective noun is still no title
    assert _names("Warga Cirebon, Kuningan, dan Majalengka diminta waspada.", "id") == []


def test_surname_title_word_a_title_word_ending_a_name_is_its_surname():
    # rule surname_title_word: Perdana (as in Perdana Menteri) and King are surnames here
    assert _who("Pengamat politik Aditya Perdana menilai koalisi itu rapuh.", "id")[0].text == (
        "Aditya Perdana"
    )
    assert "Larry King" in _names("Talk show host Larry King said he was retiring.", "en")
    # still a title before a name
    who = _who("Perdana Menteri Anwar Ibrahim tiba di Jakarta pada Senin.", "id")
    assert (who[0].role, who[0].text) == ("Perdana Menteri", "Anwar Ibrahim")
