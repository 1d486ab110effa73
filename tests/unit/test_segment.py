"""Paragraphs and sentences keep exact offsets and split news text where a reader would."""

from __future__ import annotations

import pytest

from newsbrief.segment import paragraphs, sentence_at, sentences


def split(text: str, lang: str) -> list[str]:
    out = sentences(text, lang)
    for s in out:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    return [s.text for s in out]


# -- paragraphs -------------------------------------------------------------------------------


def test_paragraphs_by_blank_lines_keep_wrapped_lines_together():
    text = "  Judul berita\n\nBaris satu\nbaris dua.\n \n\nParagraf tiga.  \n"
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == [
        "Judul berita",
        "Baris satu\nbaris dua.",
        "Paragraf tiga.",
    ]


def test_paragraphs_one_per_line_when_no_blank_line():
    text = "Judul\nKalimat pertama. Kalimat kedua.\n\tBaris ketiga.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "Judul",
        "Kalimat pertama. Kalimat kedua.",
        "Baris ketiga.",
    ]


def test_paragraphs_of_empty_text():
    assert paragraphs("") == [] and paragraphs(" \n\n \n") == []


def test_sentences_never_cross_paragraphs_and_carry_their_index():
    text = "Headline without a stop\nFirst sentence here. Second one.\n\nThird paragraph"
    out = sentences(text, "en")
    assert [(s.text, s.paragraph) for s in out] == [
        ("Headline without a stop", 0),
        ("First sentence here.", 0),
        ("Second one.", 0),
        ("Third paragraph", 1),
    ]


def test_hard_wrapped_paragraph_reads_across_its_newlines():
    text = (
        "The storm made landfall near Tampa early Thursday with winds of\n"
        "120 mph, forcing thousands of residents to flee their homes along\n"
        "the coast. Officials said power was out."
    )
    assert split(text + "\n\nNext.", "en") == [
        text[: text.index("coast.") + 6],
        "Officials said power was out.",
        "Next.",
    ]


# -- Indonesian ---------------------------------------------------------------------------------


def test_indonesian_titles_initials_and_street_abbreviations():
    text = (
        "Dr. H. Ahmad, S.H., M.Si. tiba di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong. "
        "Ia disambut Prof. Ir. Budi dan Drs. Hj. Siti. Presiden Susilo B. Yudhoyono hadir."
    )
    assert split(text, "id") == [
        "Dr. H. Ahmad, S.H., M.Si. tiba di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong.",
        "Ia disambut Prof. Ir. Budi dan Drs. Hj. Siti.",
        "Presiden Susilo B. Yudhoyono hadir.",
    ]


def test_indonesian_numbers_and_dotted_dates():
    text = (
        "Siaran itu ditonton 14,5 juta orang. Harga naik Rp 1.200 per kilo sejak 18.05.2023 "
        "pukul 10.00 WIB. Inflasi 3.5% tercatat."
    )
    assert split(text, "id") == [
        "Siaran itu ditonton 14,5 juta orang.",
        "Harga naik Rp 1.200 per kilo sejak 18.05.2023 pukul 10.00 WIB.",
        "Inflasi 3.5% tercatat.",
    ]


def test_quotes_after_the_full_stop_stay_with_the_sentence():
    text = '"Kami akan terus memantau." Dia pergi. Ia berkata, “Sudah selesai.” Lalu pulang.'
    assert split(text, "id") == [
        '"Kami akan terus memantau."',
        "Dia pergi.",
        "Ia berkata, “Sudah selesai.”",
        "Lalu pulang.",
    ]
    assert split("He said: 'It is over.' Then he left.", "en") == [
        "He said: 'It is over.'",
        "Then he left.",
    ]


def test_quote_followed_by_lower_case_attribution_is_one_sentence():
    assert split('"Hati-hati!" kata polisi itu. Warga pun pulang.', "id") == [
        '"Hati-hati!" kata polisi itu.',
        "Warga pun pulang.",
    ]


def test_ellipses_split_only_before_a_new_sentence():
    text = (
        "Dia berkata... tidak ada masalah. Lalu semua pulang... Besoknya hujan. Tunggu… nanti saja."
    )
    assert split(text, "id") == [
        "Dia berkata... tidak ada masalah.",
        "Lalu semua pulang...",
        "Besoknya hujan.",
        "Tunggu… nanti saja.",
    ]


@pytest.mark.parametrize("tail", ["(RO/H-3)", "(Ant/OL-1)", "(ANTARA)", "(*)"])
def test_credit_tail_belongs_to_the_last_sentence(tail):
    text = f"Kalimat pertama. Diharapkan kerja sama serupa bisa diterapkan. {tail}"
    out = sentences(text, "id")
    assert [s.text for s in out] == [
        "Kalimat pertama.",
        f"Diharapkan kerja sama serupa bisa diterapkan. {tail}",
    ]
    assert out[-1].end == len(text)
    glued = "Acara selesai.(Ant/OL-1)"
    assert split(glued, "id") == [glued]


def test_urls_and_emails_are_not_split():
    text = (
        "Informasi di https://www.bmkg.go.id/gempa/terkini.html?x=1. Kirim surel ke "
        "redaksi@kompas.co.id. Laman KOMPAS.com juga memuatnya."
    )
    assert split(text, "id") == [
        "Informasi di https://www.bmkg.go.id/gempa/terkini.html?x=1.",
        "Kirim surel ke redaksi@kompas.co.id.",
        "Laman KOMPAS.com juga memuatnya.",
    ]


def test_seed_sentences(seed_text):
    out = sentences(seed_text, "id")
    assert out[0].text.endswith("sejak 18 hingga 21 Mei 2023.")
    assert out[-1].text.endswith("di negara-negara kawasan lainnya. (RO/H-3)")
    assert out[-1].end == len(seed_text.rstrip())
    assert all(seed_text[s.start : s.end] == s.text for s in out)
    assert len(out) == 19  # checked by hand
    assert [s.paragraph for s in out][:4] == [0, 1, 2, 3]


# -- English ------------------------------------------------------------------------------------


def test_english_abbreviations():
    text = (
        "The U.S. Navy said on Jan. 5 that Mr. Smith and Gen. Lt. Sen. John Doe Jr. arrived "
        "at 10 a.m. Monday. Shares of Apple Inc. fell 3.5% vs. the index, i.e. a record. "
        "He lives in the U.S. The company said so. Sept. 11 is remembered, e.g. by Co. staff."
    )
    assert split(text, "en") == [
        "The U.S. Navy said on Jan. 5 that Mr. Smith and Gen. Lt. Sen. John Doe Jr. arrived "
        "at 10 a.m. Monday.",
        "Shares of Apple Inc. fell 3.5% vs. the index, i.e. a record.",
        "He lives in the U.S.",
        "The company said so.",
        "Sept. 11 is remembered, e.g. by Co. staff.",
    ]


def test_english_questions_exclamations_and_numbers():
    text = "Was it fair? Yes! The vote was 220 to 210. It cost $1,200.50 in 2023. Then it ended."
    assert split(text, "en") == [
        "Was it fair?",
        "Yes!",
        "The vote was 220 to 210.",
        "It cost $1,200.50 in 2023.",
        "Then it ended.",
    ]


def test_list_numbers_at_sentence_start_do_not_split():
    assert split("1. Evacuate the area now. 2. Call for help.", "en") == [
        "1. Evacuate the area now.",
        "2. Call for help.",
    ]


# -- Chinese ------------------------------------------------------------------------------------


def test_chinese_punctuation_needs_no_space():
    text = "国家统计局15日发布数据。他说：“我们将继续努力。”记者问：“真的吗？”是的！东盟；中国。GDP增长3.5%。"
    assert split(text, "zh") == [
        "国家统计局15日发布数据。",
        "他说：“我们将继续努力。”",
        "记者问：“真的吗？”",
        "是的！",
        "东盟；",
        "中国。",
        "GDP增长3.5%。",
    ]


def test_chinese_closing_brackets_and_ellipsis():
    text = "会议于5月18日至21日举行（为期四天）。「会议很成功。」他说……然后离开了。最后一句"
    assert split(text, "zh") == [
        "会议于5月18日至21日举行（为期四天）。",
        "「会议很成功。」",
        "他说……然后离开了。",
        "最后一句",
    ]


def test_chinese_quote_keeps_its_short_attribution():
    text = "“我们将继续加强合作。”王毅说。双方签署了协议。“这是好消息！”他表示。“会议很成功。”会议结束后，代表们参观了工厂。"
    assert split(text, "zh") == [
        "“我们将继续加强合作。”王毅说。",
        "双方签署了协议。",
        "“这是好消息！”他表示。",
        "“会议很成功。”",
        "会议结束后，代表们参观了工厂。",
    ]


def test_chinese_full_width_decimal_point():
    assert split("增长３．５％。下降了。", "zh") == ["增长３．５％。", "下降了。"]


def test_chinese_with_spaces_and_half_width_marks():
    text = "第一句。  第二句! 第三句?第四句"
    assert split(text, "zh") == ["第一句。", "第二句!", "第三句?", "第四句"]


# -- helpers ------------------------------------------------------------------------------------


def test_sentence_at_finds_the_sentence_holding_an_offset():
    text = "One. Two three.\n\nFour."
    out = sentences(text, "en")
    assert sentence_at(out, 0) == 0
    assert sentence_at(out, text.index("three")) == 1
    assert sentence_at(out, text.index("Four")) == 2
    assert sentence_at(out, 4) is None  # the space between sentences
    assert sentence_at(out, len(text) + 5) is None
    assert sentence_at([], 0) is None


def test_domain_after_an_ellipsis_is_still_protected():
    text = "Sumber ...kompas.com. Lalu budi@mail.co.id menulis."
    assert [s.text for s in sentences(text, "id")] == [
        "Sumber ...kompas.com.",
        "Lalu budi@mail.co.id menulis.",
    ]


@pytest.mark.parametrize("run", ["a" * 60_000, "a." * 30_000, "a-" * 30_000, "x@" * 30_000])
def test_long_runs_of_url_characters_end_in_one_sentence(run):
    # each of these used to take seconds per 10,000 characters (the URL pattern backtracked)
    text = f"Banjir. {run} selesai."
    out = sentences(text, "id")
    assert " ".join(s.text for s in out) == text
    assert out[-1].text.endswith(" selesai.")
