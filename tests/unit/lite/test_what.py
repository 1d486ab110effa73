"""what: the main event in one sentence from the lead, with exact spans, in id/en/zh."""

from __future__ import annotations

from newsbrief.article import make_article
from newsbrief.lite.layout import is_junk_line, strip_dateline
from newsbrief.lite.what import find_what, main_clause
from newsbrief.types import Article


def _what(text: str, lang: str | None = None):
    what = find_what(make_article(text, lang=lang))
    assert what is not None
    assert text[what.span[0] : what.span[1]] == what.text
    return what


def test_seed_what_is_the_conference_sentence(seed_text):
    what = _what(seed_text)
    assert what.text.startswith("KONFERENSI influencers ASEAN-China kedua")
    assert "Fuzhou" in what.text and "2023" in what.text
    assert what.span[0] == 0


def test_id_dateline_stripped_span_exact():
    text = (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Sepaku Semoi di Penajam "
        "Paser Utara, Kalimantan Timur, Kamis (14/3/2024).\n\nMenteri PUPR hadir dalam acara itu."
    )
    what = _what(text)
    assert what.text.startswith("Presiden Joko Widodo meresmikan Bendungan Sepaku Semoi")
    assert what.span[0] == text.index("Presiden")


def test_id_skips_headline_crosslink_caption_and_byline():
    text = (
        "Gempa Magnitudo 5,6 Guncang Cianjur\n\n"
        "Foto: Warga mengungsi di halaman masjid. (ANTARA FOTO/Raisan Al Farisi)\n"
        "Reporter: Dewi Lestari\n"
        "Baca juga: BMKG Catat 20 Gempa Susulan\n"
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin (21/11) siang.\n"
        "Kepala BNPB Suharyanto mengatakan ratusan rumah rusak."
    )
    what = _what(text)
    assert what.text.startswith("Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur")


def test_title_is_used_when_there_is_no_lead():
    text = "Banjir Rendam Ratusan Rumah di Bandung\n\nBaca juga: Hujan Deras Diprediksi Sepekan\n"
    what = _what(text, lang="id")
    assert what.text == "Banjir Rendam Ratusan Rumah di Bandung"


def test_en_dateline_with_agency_and_trailing_clause_cut():
    text = (
        "DAVAO CITY, Philippines, March 3 (Reuters) - A magnitude 6.4 earthquake struck the southern "
        "Philippine island of Mindanao on Friday, killing at least 11 people, injuring more than 90 "
        "and damaging hundreds of homes in Davao Oriental province, officials said.\n\n"
        "The quake hit at 10:42 a.m. local time."
    )
    what = _what(text)
    assert what.text == (
        "A magnitude 6.4 earthquake struck the southern Philippine island of Mindanao on Friday"
    )


def test_en_attribution_clause_cut():
    text = (
        "New Zealand will hold its general election on 14 October, Prime Minister Daniel Harcourt "
        "announced, ending weeks of speculation and setting up a seven-month campaign.\n"
    )
    assert _what(text).text == "New Zealand will hold its general election on 14 October"


def test_short_lead_is_kept_whole():
    text = "Flash floods killed at least 14 people in Nairobi on Monday. Rescuers searched homes."
    assert _what(text).text == "Flash floods killed at least 14 people in Nairobi on Monday."


def test_zh_dateline_and_reporter_stripped():
    text = (
        "新华社北京3月5日电（记者 王明）国务院总理李强5日在十四届全国人大二次会议上作政府工作报告时表示，"
        "今年国内生产总值增长预期目标为5%左右。\n\n李强说，要加快发展新质生产力。"
    )
    what = _what(text)
    assert what.text.startswith("国务院总理李强5日")
    assert "5%左右" in what.text  # what he said follows the 表示 clause


def test_zh_leading_attribution_and_time_clauses_dropped():
    text = (
        "上海市公安局18日通报，上周五，上海警方会同江苏、浙江警方在上海、苏州、金华等地同步收网，"
        "捣毁一个制售假冒名牌化妆品的犯罪团伙，抓获犯罪嫌疑人31名，查获假冒化妆品12万余件。"
    )
    what = _what(text)
    assert what.text.startswith("上海警方会同江苏")
    assert "捣毁一个制售假冒名牌化妆品的犯罪团伙" in what.text


def test_helpers():
    assert strip_dateline("Jakarta (ANTARA) - Harga beras naik.", "id") == len(
        "Jakarta (ANTARA) - "
    )
    assert strip_dateline("Harga beras naik - kata pedagang.", "id") == 0
    assert strip_dateline("中新网5月18日电 第二届论坛开幕。", "zh") == len("中新网5月18日电 ")
    assert is_junk_line("Baca juga: Harga Cabai Naik")
    assert is_junk_line("Editor: Sandro Gatra")
    assert is_junk_line("责任编辑：张三")
    assert not is_junk_line("Presiden Joko Widodo meresmikan bendungan.")
    assert main_clause("Short sentence here.", "en") == (0, len("Short sentence here."))


def test_empty_article_has_no_what():
    # make_article refuses blank input; the finder itself must still cope with a blank Article
    assert find_what(Article(text="   \n\n ", lang="en")) is None


def test_zh_attribution_kept_when_the_next_clause_refers_back():
    text = "本报讯（记者 刘洋）比亚迪股份有限公司3日发布公告称，公司2月新能源汽车销量达12.2万辆，同比增长37%。"
    what = _what(text, lang="zh")
    assert what.text.startswith("比亚迪股份有限公司3日发布公告称")
    assert "12.2万辆" in what.text


def test_standfirst_byline_and_caption_lines_are_not_the_lead():
    en = (
        "Ferry capsizes off Sulawesi, dozens missing\n\n"
        "Rescuers search overnight as relatives wait at the port\n\n"
        "Dewi Lestari (The Jakarta Post)\nMakassar ● Sat, June 8, 2024\n\n"
        "Image caption, Relatives gather at the harbour on Saturday\n\n"
        "A passenger ferry carrying 84 people capsized off the coast of South Sulawesi on Saturday, "
        "officials said.\n"
    )
    assert _what(en, "en").text.startswith("A passenger ferry carrying 84 people capsized")
    idn = (
        "Truk Tronton Tabrak Lima Kendaraan di Tol Cipularang\n\n"
        "Laporan Wartawan TribunJabar.id, Siti Aminah\n\n"
        "Penulis Siti Aminah | Editor Budi Hartono\n\n"
        "PURWAKARTA - Sebuah truk tronton menabrak lima kendaraan di Tol Cipularang, Senin (3/6/2024).\n"
    )
    assert _what(idn, "id").text.startswith("Sebuah truk tronton menabrak lima kendaraan")
    zh = "某地小学发生食物中毒事件\n\n澎湃新闻记者 王芳\n\n某市一所小学12日发生疑似食物中毒事件，30余名学生送医。\n"
    assert _what(zh, "zh").text.startswith("某市一所小学12日发生疑似食物中毒事件")


def test_company_abbreviation_does_not_end_the_lead():
    text = (
        "Laba Semen Nusantara Naik\n\nTEMPO.CO, Jakarta - PT Semen Nusantara Tbk. (SMN) membukukan "
        "laba bersih Rp 3,1 triliun sepanjang 2023, naik 9 persen dibandingkan tahun sebelumnya.\n"
    )
    assert _what(text, "id").text.startswith("PT Semen Nusantara Tbk. (SMN) membukukan laba bersih")


def test_zh_reporter_source_clause_and_bracketed_commas_are_skipped():
    w = _what(
        "标题\n\n中新网成都5月6日电 (记者 张三)记者6日从四川省阿坝藏族羌族自治州应急管理局获悉，5日晚，"
        "一辆大型货车在汶川县境内失控，造成3人死亡、6人受伤。\n",
        "zh",
    )
    assert w.text.startswith("一辆大型货车在汶川县境内失控") and "3人死亡" in w.text
    w = _what(
        "标题\n\n【财新网】（记者 李四）4月28日晚间，西部矿业科技股份有限公司（下称“西部矿业”，600999.SH）"
        "发布一季报，营业收入同比增长12%，净利润同比下降5%。\n",
        "zh",
    )
    assert w.text.startswith("西部矿业科技股份有限公司（下称“西部矿业”，600999.SH）发布一季报")


def test_zh_match_report_frame_is_followed_by_the_result():
    w = _what(
        "羽毛球公开赛落幕\n\n新华社吉隆坡1月14日电 14日，2024年马来西亚羽毛球公开赛男子单打决赛在吉隆坡"
        "阿克西亚塔体育馆落幕，中国选手李明以2比1击败丹麦选手安德森，夺得冠军。\n",
        "zh",
    )
    assert "李明以2比1击败丹麦选手安德森" in w.text


# --- rule headline_restatement: the opener that restates the headline's event


def test_teaser_lead_gives_way_to_the_sentence_that_restates_the_headline():
    text = (
        "Harbour council approves new river bridge after long dispute\n\n"
        "It took eleven years of meetings, petitions and one lawsuit to get here.\n"
        "The harbour council approved a new river bridge on Tuesday, ending the dispute.\n"
        "Work is due to start in the spring.\n"
    )
    what = _what(text, "en")
    assert what.text.startswith("The harbour council approved a new river bridge")


def test_lead_kept_when_it_restates_the_first_clause_of_the_headline():
    # the second headline clause (what was discussed) is restated later: the visit is the event
    text = (
        "Minister visits Port Vila, discusses fishing quotas and ferry links\n\n"
        "The fisheries minister visited Port Vila on Monday for two days of talks.\n"
        "They discussed fishing quotas, ferry links and new ferry routes between the islands.\n"
    )
    assert _what(text, "en").text.startswith("The fisheries minister visited Port Vila")


def test_headline_restatement_never_returns_the_headline_and_needs_a_margin():
    text = (
        "Storm closes schools across the valley\n\n"
        "Heavy snow fell overnight on valley roads that had only just been cleared of ice.\n"
        "Schools stayed shut on Friday as the roads froze again.\n"
    )
    what = _what(text, "en")
    assert not what.text.startswith("Storm closes")
    # the lead shares "valley"; one more shared word ("schools") is not enough to move past it
    assert what.text.startswith("Heavy snow fell overnight")


def test_restatement_compares_word_stems():
    text = (
        "Mayor blames contractor for flooded tunnel\n\n"
        "The tunnel under the market square has been closed for a week now and nobody is surprised.\n"
        "The mayor blamed the contractor on Monday for the flooding of the tunnel last week.\n"
    )
    assert _what(text, "en").text.startswith("The mayor blamed the contractor")


# --- rule keeps_headline: a clause cut does not drop the headline's event


def test_cut_keeps_a_clause_that_holds_the_headline_event():
    text = (
        "Rovers win the league title\n\n"
        "The Rovers had been two goals down at half-time in the last match of the season, but came "
        "back in the final twenty minutes to win the league title for the first time in their history.\n"
    )
    assert "win the league title" in _what(text, "en").text


def test_cut_still_made_when_the_tail_adds_nothing_from_the_headline():
    text = (
        "Earthquake strikes Mindanao\n\n"
        "A magnitude 6.4 earthquake struck the southern Philippine island of Mindanao on Friday, "
        "killing at least 11 people, injuring more than 90 and damaging hundreds of homes in the "
        "province, officials said.\n"
    )
    assert _what(text, "en").text == (
        "A magnitude 6.4 earthquake struck the southern Philippine island of Mindanao on Friday"
    )


def test_a_lead_sharing_no_headline_word_gives_way_to_one_that_shares_one():
    text = (
        "Election day: no change in polls\n\n"
        "For the governor, Sunday was about seeking votes in the north.\n"
        "The final polls are in and show a tie.\n"
    )
    assert _what(text, "en").text.startswith("The final polls are in")


def test_a_subordinate_first_headline_clause_gives_way_to_the_main_clause():
    text = (
        "After 40 years of waiting, Rovers win the league title\n\n"
        "For forty years the supporters had waited and hoped for this day.\n"
        "Rovers won the league title on Saturday with a 2-0 win over United.\n"
    )
    assert _what(text, "en").text.startswith("Rovers won the league title")


# --- rule reader_address: a lead that speaks to the reader gives way to the dated news sentence


def test_a_lead_addressing_the_reader_gives_way_to_the_first_dated_opener():
    text = (
        "Council to drivers: read the small print\n\n"
        "If you have ever signed a phone contract, you know how little the small print tells you.\n"
        "Most people never read it at all.\n"
        "The city council voted on Tuesday to print every parking rule on the street signs.\n"
    )
    assert _what(text, "en").text.startswith("The city council voted on Tuesday")


def test_id_and_zh_leads_addressing_the_reader_give_way_too():
    id_text = (
        "Akhir penantian panjang\n\n"
        "Bayangkan, Anda menunggu bus selama dua jam di bawah hujan.\n"
        "Itulah yang dialami warga desa di lereng gunung itu.\n"
        "Dinas Perhubungan menambah tiga bus baru pada Senin (4/3/2024) untuk rute desa itu.\n"
    )
    assert _what(id_text, "id").text.startswith("Dinas Perhubungan menambah tiga bus baru")
    zh_text = (
        "漫长的等待结束了\n\n"
        "想象一下，你在雨里等了两个小时的公交车。\n"
        "这是山村居民每天早上的经历。\n"
        "市交通局3月4日为这条线路增加了三辆新公交车。\n"
    )
    assert _what(zh_text, "zh").text.startswith("市交通局3月4日")


def test_reader_address_kept_when_you_is_quoted_or_no_later_sentence_is_dated():
    quoted = (
        "Library opens its doors\n\n"
        '"You will never want to leave," the head librarian said at the opening ceremony.\n'
        "The building cost four million pounds and opened on Monday.\n"
    )
    assert _what(quoted, "en").text.startswith('"You will never want to leave,"')
    undated = (
        "Council to drivers: read the small print\n\n"
        "If you have ever signed a phone contract, you know how little the small print tells you.\n"
        "Most people never read it at all.\n"
        "The city council wants every parking rule printed on the street signs.\n"
    )
    assert _what(undated, "en").text.startswith("If you have ever signed a phone contract")


def test_a_clause_cut_before_a_connective_drops_the_comma_that_led_to_it():
    text = (
        "Bakery keeps its prices\n\n"
        "The family bakery on the high street has made its loaves a little smaller this winter to "
        "avoid putting its prices up, in a move regular customers have called mean and unnecessary.\n"
    )
    what = _what(text, "en")
    assert what.text.endswith("to avoid putting its prices up")


# --- rule whole_clause: a cut leaves a finished clause


def _cut(sentence: str) -> str:
    a, b = main_clause(sentence, "en")
    return sentence[a:b]


def test_a_cut_does_not_leave_the_clause_ending_on_a_subordinator():
    s = (
        "The council would approve the new harbour bridge in the spring of next year unless, "
        "as several members fear, the budget vote fails again."
    )
    assert _cut(s) == s


def test_a_cut_is_not_made_inside_a_fronted_adjunct():
    s = (
        "As part of a long campaign to win back younger readers, which began last spring with a "
        "podcast, the city newspaper will print a weekly youth page from March."
    )
    assert _cut(s) == s
    # after the adjunct has handed over to the main clause, the usual cuts apply
    t = (
        "As part of a long campaign to win back younger readers, the city newspaper will print a "
        "weekly youth page from March, according to its editor."
    )
    assert _cut(t) == t[: t.index(", according")]


def test_id_fronted_sebagai_phrase_keeps_its_main_clause():
    s = (
        "Sebagai bagian dari upaya menarik pembaca muda, yang terus berkurang sementara penjualan "
        "koran turun, koran kota itu akan mencetak halaman remaja setiap pekan mulai bulan Maret."
    )
    a, b = main_clause(s, "id")
    assert s[a:b] == s
