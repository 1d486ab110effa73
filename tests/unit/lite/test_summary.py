"""Extractive summary (lite): lead + central sentences, article order, junk skipped, deterministic."""

from __future__ import annotations

import time

from newsbrief.article import make_article
from newsbrief.lite.summary import summarize, tokens

EN = (
    "Floods kill two in Banjarmasin as river bursts its banks\n\n"
    "BANJARMASIN, Indonesia (Reuters) - Floods submerged about 4,300 homes in the Indonesian city of "
    "Banjarmasin on Monday after the Martapura river burst its banks following ten hours of heavy "
    "rain, killing two residents, officials said.\n\n"
    "Separately, the city's football club announced the signing of a new Brazilian coach for the "
    "coming season.\n\n"
    "Read also: Indonesia braces for a longer rainy season\n\n"
    "The provincial governor declared a 14-day flood emergency and ordered rescue teams to evacuate "
    "elderly residents, children and pregnant women from flooded homes first.\n\n"
    "More than 12,800 residents were affected by the floods and 1,150 were evacuated to mosques, "
    "schools and community halls, the disaster agency said.\n\n"
    "Rainfall in Banjarmasin reached 142 millimetres on Monday, and a high tide on the Barito river "
    "slowed the floods from draining, the weather agency said.\n\n"
    "Photo: Residents wade through floodwater in Banjarmasin.\n\n"
    "The floods are expected to recede within three days if the heavy rain eases, the agency added.\n\n"
    "(Reporting by Ayu Lestari; Editing by John Smith)"
)


def summary(text: str, n: int = 3, lang: str | None = None):
    art = make_article(text, lang=lang)
    out = summarize(art, n)
    for s in out:
        assert text[s.start : s.end] == s.text
    return out


def test_en_lead_first_then_central_sentences_in_article_order():
    out = summary(EN, 3)
    assert len(out) == 3
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert out[0].text.startswith("BANJARMASIN, Indonesia (Reuters) - Floods submerged")
    texts = " ".join(s.text for s in out)
    # The off-topic aside is not central to the story, and the headline is not a body sentence.
    assert "football club" not in texts
    assert "river bursts its banks\n" not in texts


def test_en_skips_cross_links_captions_and_bylines():
    out = summary(EN, 20)
    texts = [s.text for s in out]
    assert not any(t.startswith(("Read also", "Photo:", "(Reporting")) for t in texts)
    assert not any("Floods kill two" in t for t in texts)  # headline
    # n larger than the article: every story sentence, in order.
    assert len(texts) == 6
    assert [s.start for s in out] == sorted(s.start for s in out)


def test_deterministic_and_n_edge_cases():
    art = make_article(EN)
    assert summarize(art, 3) == summarize(art, 3)
    assert summarize(art, 0) == []
    assert len(summarize(art, 1)) == 1
    assert summarize(art, 1)[0].text.startswith("BANJARMASIN")


ID = (
    "Polda Sulsel Gagalkan Penyelundupan 42 Kg Sabu\n\n"
    "MAKASSAR, KOMPAS.com - Kepolisian Daerah Sulawesi Selatan menggagalkan penyelundupan 42 "
    "kilogram sabu yang disembunyikan di tangki air sebuah truk di Pelabuhan Soekarno-Hatta, "
    "Makassar, Rabu (9/8/2023).\n"
    "Baca juga: Harga Beras di Makassar Naik Jelang Musim Kemarau\n"
    "Kapolda Sulawesi Selatan Irjen Pol. Andi Wahyudi mengatakan tiga tersangka ditangkap di "
    "pelabuhan saat truk hendak keluar dari kapal.\n"
    "Menurut Andi, sabu tersebut diduga berasal dari Malaysia dan masuk melalui Nunukan sebelum "
    "dikirim ke Makassar dengan kapal.\n"
    "Ketiga tersangka kini ditahan di Mapolda Sulawesi Selatan dan terancam hukuman mati.\n"
    "Kepolisian Daerah Sulawesi Selatan menggagalkan penyelundupan 42 kilogram sabu yang "
    "disembunyikan di tangki air sebuah truk di Pelabuhan Soekarno-Hatta, Makassar, Rabu (9/8/2023).\n"
    "Editor: Rina Marlina\n"
    "(RO/H-3)"
)


def test_id_skips_baca_juga_editor_agency_tag_and_duplicates():
    out = summary(ID, 10, lang="id")
    texts = [s.text for s in out]
    assert texts[0].startswith("MAKASSAR, KOMPAS.com - Kepolisian Daerah Sulawesi Selatan")
    assert not any(t.startswith(("Baca juga", "Editor", "(RO")) for t in texts)
    # The repeated lead paragraph appears once.
    assert sum("menggagalkan penyelundupan 42" in t for t in texts) == 1
    assert len(texts) == 4


def test_seed_summary_keeps_the_lead(seed_text):
    out = summary(seed_text, 3)
    assert len(out) == 3
    assert out[0].text.startswith("KONFERENSI influencers ASEAN-China kedua")
    assert not any(s.text.startswith("Baca juga") for s in out)
    assert [s.start for s in out] == sorted(s.start for s in out)


ZH = (
    "郑州绕城高速因团雾发生多车相撞事故\n\n"
    "新华社郑州12月15日电 12月14日上午8时许，郑州绕城高速公路西南段因突发团雾，发生一起多车相撞交通事故，"
    "共涉及车辆23辆，造成2人死亡、17人受伤。事故发生后，郑州市副市长率公安、交通、应急等部门负责人赶赴"
    "现场，组织救援和现场处置。\n\n"
    "相关阅读：河南多地发布大雾橙色预警\n\n"
    "据了解，事故路段交通中断约6小时，当天下午2时恢复通行。受伤人员已被送往附近医院救治，其中3人伤势较重。"
    "另据报道，郑州一家书店当天举办了新书签售活动。\n\n"
    "河南省气象台继续发布大雾预警，交警部门提醒驾驶人雾天行车减速慢行，保持安全车距。\n\n"
    "（责任编辑：王磊）"
)


def test_zh_summary_order_and_junk():
    out = summary(ZH, 3)
    texts = [s.text for s in out]
    assert len(texts) == 3
    assert texts[0].startswith("新华社郑州12月15日电")
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert not any(t.startswith(("相关阅读", "（责任编辑")) for t in texts)
    assert not any("书店" in t for t in texts)  # the aside is not central


def test_tokens_per_language():
    assert tokens("The floods were expected to recede", "en") == ["flood", "expected", "recede"]
    assert "rumah" in tokens("Banjir merendam rumah warga di Banjarmasin", "id")
    assert "di" not in tokens("Banjir merendam rumah warga di Banjarmasin", "id")
    zh = tokens("郑州绕城高速发生事故", "zh")
    assert "郑州" in zh and "事故" in zh


def test_short_articles_and_single_sentence():
    one = "Gempa berkekuatan 5,2 mengguncang Kabupaten Cianjur pada Senin pagi."
    out = summary(one, 3, lang="id")
    assert [s.text for s in out] == [one]
    assert summary("Singkat.", 3, lang="id")  # even junk-length text gives its only sentence


def test_fast_on_a_3kb_article():
    text = EN + "\n\n" + EN.split("\n\n", 1)[1] * 2
    assert len(text) > 3000
    art = make_article(text)
    summarize(art, 3)
    t = time.perf_counter()
    for _ in range(10):
        summarize(art, 3)
    assert (time.perf_counter() - t) / 10 < 0.2  # ~3 ms idle; generous for a busy CI machine


def test_timestamp_lines_and_malay_are_handled():
    text = (
        "Selasa, 06 Jun 2023 10:15 WIB\n\n"
        "Banjir merendam 4.300 rumah di tujuh kecamatan di Kota Banjarmasin, Kalimantan Selatan, "
        "Senin, setelah hujan deras mengguyur selama lebih dari sepuluh jam.\n\n"
        "Gubernur menetapkan status tanggap darurat bencana banjir selama empat belas hari.\n\n"
        "Sebanyak 12.870 jiwa terdampak dan 1.150 di antaranya mengungsi ke masjid dan sekolah."
    )
    out = summary(text, 2, lang="id")
    assert out[0].text.startswith("Banjir merendam")
    assert not any("10:15" in s.text for s in out)
    art = make_article(text, lang="ms")
    assert summarize(art, 2) == summarize(make_article(text, lang="id"), 2)


def test_hand_built_article_without_sentences_is_segmented():
    from newsbrief.types import Article

    art = Article(
        text="Floods hit Fuzhou, Jiangxi, on Monday. Officials said 20 people died there.",
        lang="en",
    )
    out = summarize(art, 1)
    assert [s.text for s in out] == ["Floods hit Fuzhou, Jiangxi, on Monday."]


def _made_up_word(i: int) -> str:
    syl = ["ka", "ri", "to", "mu", "sa", "ne", "lo", "pi", "da", "ge", "bu"]
    out = ""
    while True:
        out += syl[i % len(syl)]
        i //= len(syl)
        if not i:
            return out + "ta"


def test_long_articles_only_score_the_first_candidates():
    from newsbrief.lite.summary import MAX_CANDIDATES

    k = MAX_CANDIDATES * 3
    # Past the cap every sentence shares most of its words with every other: the most central.
    tail = " after flood rescue teams evacuated flooded homes near the river"
    text = " ".join(
        f"Officials in {_made_up_word(3 * i)} said the {_made_up_word(3 * i + 1)} plan "
        f"would reach {_made_up_word(3 * i + 2)} homes{tail if i > MAX_CANDIDATES else ''}."
        for i in range(k)
    )
    picked = summary(text, 3, lang="en")
    assert len(picked) == 3
    assert picked[0].start == 0  # the lead
    limit = text.index(tail)
    assert all(s.start < limit for s in picked)


def test_vectors_give_columns_only_to_shared_terms():
    from newsbrief.lite.summary import _vectors

    vec = _vectors([["banjir", "jakarta", "warga"], ["banjir", "bogor"], ["gempa"]])
    assert vec.shape == (3, 1)  # only "banjir" is in two docs
    assert 0.4 < vec[0, 0] < 0.7  # the terms found once still weigh in the norm
    assert vec[2, 0] == 0


def test_caption_label_lines_stay_out_of_the_summary():
    text = (
        "Gempa guncang Cianjur\n\n"
        "Keterangan gambar, Warga berkumpul di halaman masjid setelah gempa mengguncang Cianjur.\n\n"
        "Warta9.com, Cianjur - Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur, Jawa Barat, "
        "pada Senin siang dan merusak puluhan rumah warga di tiga kecamatan.\n\n"
        "Badan Penanggulangan Bencana Daerah mencatat 40 rumah rusak ringan dan enam rusak berat "
        "di Kecamatan Cugenang, Warungkondang dan Gekbrong.\n\n"
        "Petugas gabungan masih mendata kerusakan dan menyiapkan tenda darurat bagi warga yang "
        "rumahnya tidak bisa ditempati."
    )
    out = summary(text, 2, lang="id")
    assert out[0].text.startswith("Warta9.com, Cianjur - Gempa bermagnitudo 5,2 mengguncang")
    assert not any("Keterangan gambar" in s.text for s in out)
