"""The lite engine's WHEN: date grammar (id/en/zh), resolution, decoys and event-date choice."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newsbrief.article import make_article
from newsbrief.lite import dates_resolve
from newsbrief.lite.when import find_dates, find_when
from newsbrief.types import When

D = dt.date


def iso(w: When) -> tuple[str, str, str | None]:
    return (w.text, w.start.isoformat(), w.end.isoformat() if w.end else None)


def dates(text: str, lang: str, ref: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    found = find_dates(text, lang, ref)
    for w in found:
        assert text[w.span[0] : w.span[1]] == w.text
    return [iso(w) for w in found]


def when(text: str, lang: str, date: dt.date | None = None) -> When | None:
    w = find_when(make_article(text, lang=lang, date=date))
    if w is not None:
        assert text[w.span[0] : w.span[1]] == w.text
    return w


# -------------------------------------------------------------------- Indonesian forms

WED = D(2023, 6, 7)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("18 hingga 21 Mei 2023", None, ("18 hingga 21 Mei 2023", "2023-05-18", "2023-05-21")),
        ("18-21 Mei 2023", None, ("18-21 Mei 2023", "2023-05-18", "2023-05-21")),
        ("18 – 21 Mei 2023", None, ("18 – 21 Mei 2023", "2023-05-18", "2023-05-21")),
        ("18 sampai 21 Mei", D(2023, 5, 22), ("18 sampai 21 Mei", "2023-05-18", "2023-05-21")),
        ("30 April - 2 Mei 2023", None, ("30 April - 2 Mei 2023", "2023-04-30", "2023-05-02")),
        (
            "28 Desember 2022 hingga 2 Januari 2023",
            None,
            ("28 Desember 2022 hingga 2 Januari 2023", "2022-12-28", "2023-01-02"),
        ),
        (
            "Kamis-Minggu (18-21/5/2023)",
            None,
            ("Kamis-Minggu (18-21/5/2023)", "2023-05-18", "2023-05-21"),
        ),
        (
            "Kamis (18/5) hingga Minggu (21/5)",
            D(2023, 5, 22),
            ("Kamis (18/5) hingga Minggu (21/5)", "2023-05-18", "2023-05-21"),
        ),
        ("Senin (5/6)", WED, ("Senin (5/6)", "2023-06-05", None)),
        ("Senin (5/6/2023)", None, ("Senin (5/6/2023)", "2023-06-05", None)),
        ("Senin, 5 Juni 2023", None, ("Senin, 5 Juni 2023", "2023-06-05", None)),
        ("5/6/2023", None, ("5/6/2023", "2023-06-05", None)),
        ("05-06-2023", None, ("05-06-2023", "2023-06-05", None)),
        ("Rabu (17/5) lalu", WED, ("Rabu (17/5) lalu", "2023-05-17", None)),
        ("Sabtu (3/6) malam", WED, ("Sabtu (3/6) malam", "2023-06-03", None)),
        ("kemarin", WED, ("kemarin", "2023-06-06", None)),
        ("hari ini", WED, ("hari ini", "2023-06-07", None)),
        ("besok", WED, ("besok", "2023-06-08", None)),
        ("lusa", WED, ("lusa", "2023-06-09", None)),
        ("tiga hari lalu", WED, ("tiga hari lalu", "2023-06-04", None)),
        ("pekan lalu", WED, ("pekan lalu", "2023-05-29", "2023-06-04")),
        ("minggu lalu", WED, ("minggu lalu", "2023-05-29", "2023-06-04")),
        ("akhir pekan ini", WED, ("akhir pekan ini", "2023-06-10", "2023-06-11")),
        ("bulan lalu", WED, ("bulan lalu", "2023-05-01", "2023-05-31")),
        ("Selasa lalu", WED, ("Selasa lalu", "2023-06-06", None)),
        ("Selasa lalu", D(2023, 6, 6), ("Selasa lalu", "2023-05-30", None)),
        ("Selasa depan", WED, ("Selasa depan", "2023-06-13", None)),
        ("Minggu malam", WED, ("Minggu malam", "2023-06-04", None)),
        ("pada Minggu lalu", WED, ("Minggu lalu", "2023-06-04", None)),
        ("Jumat", WED, ("Jumat", "2023-06-02", None)),
        ("Jumat pekan lalu", WED, ("Jumat pekan lalu", "2023-06-02", None)),
        ("Senin minggu depan", WED, ("Senin minggu depan", "2023-06-12", None)),
        ("Sabtu-Minggu lalu", WED, ("Sabtu-Minggu lalu", "2023-06-03", "2023-06-04")),
        ("Senin hingga Rabu", WED, ("Senin hingga Rabu", "2023-06-05", "2023-06-07")),
        ("Jum'at", WED, ("Jum'at", "2023-06-02", None)),
        ("awal Mei", WED, ("awal Mei", "2023-05-01", "2023-05-10")),
        ("pertengahan Mei 2023", None, ("pertengahan Mei 2023", "2023-05-11", "2023-05-20")),
        ("akhir Mei", WED, ("akhir Mei", "2023-05-21", "2023-05-31")),
        ("Mei 2023", None, ("Mei 2023", "2023-05-01", "2023-05-31")),
        ("18 Mei lalu", WED, ("18 Mei lalu", "2023-05-18", None)),
    ],
)
def test_id_forms(text, ref, expected):
    assert dates(text, "id", ref) == [expected]


@pytest.mark.parametrize(
    ("abbr", "month"),
    [
        ("Jan", 1),
        ("Feb", 2),
        ("Mar", 3),
        ("Apr", 4),
        ("Mei", 5),
        ("Jun", 6),
        ("Jul", 7),
        ("Agu", 8),
        ("Agt", 8),
        ("Ags", 8),
        ("Agustus", 8),
        ("Sep", 9),
        ("Sept", 9),
        ("Okt", 10),
        ("Nov", 11),
        ("Des", 12),
        ("Des.", 12),
        ("Pebruari", 2),
        ("Nopember", 11),
        ("MEI", 5),
    ],
)
def test_id_month_names_and_abbreviations(abbr, month):
    text = f"5 {abbr} 2023"
    assert dates(text, "id") == [(text, D(2023, month, 5).isoformat(), None)]


def test_id_time_attaches_to_its_date():
    w = when("Rapat itu digelar Senin (5/6) pukul 14.30 WIB di Jakarta.", "id", WED)
    assert w is not None and (w.start, w.time, w.text) == (D(2023, 6, 5), "14:30", "Senin (5/6)")
    w = when("Gempa terjadi pukul 21.15 WIB, Minggu malam.", "id", WED)
    assert w is not None and (w.start, w.time) == (D(2023, 6, 4), "21:15")


def test_id_not_dates():
    text = (
        "Acara itu mencatat 14 juta pemirsa dan 1.200 orang hadir; ekonomi tumbuh 3,5 persen. "
        "Program dicetuskan 10 tahun lalu dan berlangsung selama 5 hari. Dibangun sejak 2013, "
        "target selesai hingga 2030. Hubungi 0812-3456-7890 atau (021) 5678-1234. "
        "Tahun lalu juga ada acara serupa. Kegiatan dimulai pukul 14.30 WIB."
    )
    assert dates(text, "id", WED) == []
    assert when(text, "id", WED) is None


# ----------------------------------------------------------------------- English forms

EN_REF = D(2023, 3, 8)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("on 3 March", EN_REF, ("3 March", "2023-03-03", None)),
        ("March 3, 2023", None, ("March 3, 2023", "2023-03-03", None)),
        ("3 March 2023", None, ("3 March 2023", "2023-03-03", None)),
        ("Mar. 3", EN_REF, ("Mar. 3", "2023-03-03", None)),
        ("Sept. 30", D(2023, 10, 2), ("Sept. 30", "2023-09-30", None)),
        ("the 3rd of March", EN_REF, ("3rd of March", "2023-03-03", None)),
        ("Friday, March 3", EN_REF, ("Friday, March 3", "2023-03-03", None)),
        ("last Tuesday", EN_REF, ("last Tuesday", "2023-03-07", None)),
        ("on Tuesday", EN_REF, ("Tuesday", "2023-03-07", None)),
        ("next Tuesday", EN_REF, ("next Tuesday", "2023-03-14", None)),
        (
            "Monday through Wednesday",
            EN_REF,
            ("Monday through Wednesday", "2023-03-06", "2023-03-08"),
        ),
        ("Friday last week", EN_REF, ("Friday last week", "2023-03-03", None)),
        ("Sunday night", EN_REF, ("Sunday night", "2023-03-05", None)),
        ("yesterday", EN_REF, ("yesterday", "2023-03-07", None)),
        ("today", EN_REF, ("today", "2023-03-08", None)),
        ("tomorrow", EN_REF, ("tomorrow", "2023-03-09", None)),
        ("two days ago", EN_REF, ("two days ago", "2023-03-06", None)),
        ("last week", EN_REF, ("last week", "2023-02-27", "2023-03-05")),
        ("May 18-21, 2023", None, ("May 18-21, 2023", "2023-05-18", "2023-05-21")),
        ("from May 18 to 21", D(2023, 5, 22), ("May 18 to 21", "2023-05-18", "2023-05-21")),
        ("between 18 and 21 May", D(2023, 5, 22), ("18 and 21 May", "2023-05-18", "2023-05-21")),
        ("18 to 21 May 2023", None, ("18 to 21 May 2023", "2023-05-18", "2023-05-21")),
        ("May 30 to June 2, 2023", None, ("May 30 to June 2, 2023", "2023-05-30", "2023-06-02")),
        ("2023-05-18", None, ("2023-05-18", "2023-05-18", None)),
        ("early May 2023", None, ("early May 2023", "2023-05-01", "2023-05-10")),
        ("mid-May", D(2023, 6, 1), ("mid-May", "2023-05-11", "2023-05-20")),
        ("in March 2021", None, ("March 2021", "2021-03-01", "2021-03-31")),
    ],
)
def test_en_forms(text, ref, expected):
    assert dates(text, "en", ref) == [expected]


def test_en_time_attaches_to_its_date():
    w = when("The meeting was held on Tuesday at 2:30 p.m. in Geneva.", "en", EN_REF)
    assert w is not None and (w.start, w.time, w.text) == (D(2023, 3, 7), "14:30", "Tuesday")
    w = when("Polls opened at 7 a.m. on March 3.", "en", EN_REF)
    assert w is not None and (w.start, w.time) == (D(2023, 3, 3), "07:00")


def test_en_not_dates():
    text = (
        "Earlier this month the firm said it had served 14 million viewers for three years, "
        "up 3.5 percent. Founded in 2019, it plans to double output by 2030. "
        "Last year was hard, and this year may be no better. Call 555-0123 at 10:30 a.m."
    )
    assert dates(text, "en", EN_REF) == []
    assert when(text, "en", EN_REF) is None


def test_en_numeric_dates_follow_us_order_unless_impossible():
    assert dates("6/5/2023", "en") == [("6/5/2023", "2023-06-05", None)]
    assert dates("18/5/2023", "en") == [("18/5/2023", "2023-05-18", None)]


# ----------------------------------------------------------------------- Chinese forms

ZH_REF = D(2023, 5, 19)  # a Friday


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("2023年5月18日至21日", None, ("2023年5月18日至21日", "2023-05-18", "2023-05-21")),
        ("5月18日至21日", ZH_REF, ("5月18日至21日", "2023-05-18", "2023-05-21")),
        ("5月18日-21日", ZH_REF, ("5月18日-21日", "2023-05-18", "2023-05-21")),
        ("5月30日至6月2日", D(2023, 6, 3), ("5月30日至6月2日", "2023-05-30", "2023-06-02")),
        ("2023年5月18日", None, ("2023年5月18日", "2023-05-18", None)),
        ("5月18日", ZH_REF, ("5月18日", "2023-05-18", None)),
        ("5月18号", ZH_REF, ("5月18号", "2023-05-18", None)),
        ("18日", ZH_REF, ("18日", "2023-05-18", None)),
        ("28日", ZH_REF, ("28日", "2023-04-28", None)),
        ("昨天", ZH_REF, ("昨天", "2023-05-18", None)),
        ("今天", ZH_REF, ("今天", "2023-05-19", None)),
        ("明天", ZH_REF, ("明天", "2023-05-20", None)),
        ("前天", ZH_REF, ("前天", "2023-05-17", None)),
        ("上周二", ZH_REF, ("上周二", "2023-05-09", None)),
        ("周一", ZH_REF, ("周一", "2023-05-15", None)),
        ("星期三", ZH_REF, ("星期三", "2023-05-17", None)),
        ("周一至周三", ZH_REF, ("周一至周三", "2023-05-15", "2023-05-17")),
        ("下周三", ZH_REF, ("下周三", "2023-05-24", None)),
        ("上周", ZH_REF, ("上周", "2023-05-08", "2023-05-14")),
        ("三天前", ZH_REF, ("三天前", "2023-05-16", None)),
        ("五月十八日", ZH_REF, ("五月十八日", "2023-05-18", None)),
        ("二〇二三年五月十八日", None, ("二〇二三年五月十八日", "2023-05-18", None)),
        (
            "二〇二三年五月十八日至二十一日",
            None,
            ("二〇二三年五月十八日至二十一日", "2023-05-18", "2023-05-21"),
        ),
        ("去年5月", ZH_REF, ("去年5月", "2022-05-01", "2022-05-31")),
        ("今年5月18日", ZH_REF, ("今年5月18日", "2023-05-18", None)),
        ("２０２３年５月１８日", None, ("２０２３年５月１８日", "2023-05-18", None)),
        ("5月18至21日", ZH_REF, ("5月18至21日", "2023-05-18", "2023-05-21")),
        ("5月18、19日", ZH_REF, ("5月18、19日", "2023-05-18", "2023-05-19")),
        ("18日至19日", ZH_REF, ("18日至19日", "2023-05-18", "2023-05-19")),
        ("五月十八至二十一日", ZH_REF, ("五月十八至二十一日", "2023-05-18", "2023-05-21")),
        ("上周末", ZH_REF, ("上周末", "2023-05-13", "2023-05-14")),
    ],
)
def test_zh_forms(text, ref, expected):
    assert dates(text, "zh", ref) == [expected]


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("18日下午3时，会议在北京举行。", "15:00"),
        ("18日15时30分，会议在北京举行。", "15:30"),
        ("会议于18日上午10点在北京举行。", "10:00"),
        ("18日晚8点半，会议在北京举行。", "20:30"),
    ],
)
def test_zh_time_attaches_to_its_date(text, hhmm):
    w = when(text, "zh", ZH_REF)
    assert w is not None and (w.start, w.time) == (D(2023, 5, 18), hhmm)


def test_words_that_look_like_dates_are_not():
    en = (
        "You may see March winds. The Sun quoted Jan Kowalski. The score was 2-1. It runs "
        "24/7 since 9/11. Version 3.5.2 is out. Aged 19 to 53, 18 to 21 degrees."
    )
    idn = (
        "Skor akhir 2-1. Harga Rp 5.000 per kg. Pasal 5 ayat 6. Tim U-23 menang. Kelas 5/6 SD. "
        "Sebanyak 18 hingga 21 orang. Mei Lan hadir. Rasio 3/4."
    )
    zh = "中国队以2比1获胜。共有18日元。第18日。一时间，网友热议。一周一次。五月天乐队演出。今日头条报道。星期日报。"
    assert dates(en, "en", WED) == []
    assert dates(idn, "id", WED) == []
    assert dates(zh, "zh", WED) == []


def test_zh_not_dates():
    text = (
        "日前，该市发布通知。10年来，当地经济增长3.5%，共有1200人参加。"
        "自2013年以来，项目持续推进，计划到2030年完成。今年经济向好。会议将持续3小时，共提出3点建议。"
    )
    assert dates(text, "zh", ZH_REF) == []
    w = when(text, "zh", ZH_REF)  # 日前 ("a few days ago") only: reported without a date
    assert w is not None and (w.text, w.start, w.partial) == ("日前", None, None)


# ----------------------------------------------------------------- resolution rules


def test_year_less_date_takes_the_nearest_past_occurrence():
    assert dates("28 Desember", "id", D(2024, 1, 3)) == [("28 Desember", "2023-12-28", None)]
    assert dates("3 Januari", "id", D(2023, 12, 28)) == [("3 Januari", "2024-01-03", None)]
    # a few days after publication is still this year's date (an announced event)
    assert dates("25 Mei", "id", D(2023, 5, 22)) == [("25 Mei", "2023-05-25", None)]
    # "lalu" forbids the future
    assert dates("28 Mei lalu", "id", D(2023, 5, 22)) == [("28 Mei lalu", "2022-05-28", None)]


def test_future_cue_points_weekdays_forward():
    w = when("Presiden akan meresmikan bendungan itu pada Jumat.", "id", WED)
    assert w is not None and w.start == D(2023, 6, 9)
    w = when("The council will vote on Friday.", "en", EN_REF)
    assert w is not None and w.start == D(2023, 3, 10)


def test_weekday_only_confirms_explicit_day_and_month():
    # 5 June 2024 is a Wednesday, 5 June 2023 a Monday: the weekday picks the year
    assert dates("Senin (5/6)", "id", D(2024, 1, 10)) == [("Senin (5/6)", "2023-06-05", None)]


def test_without_pub_date_year_comes_from_the_article():
    text = "Konferensi digelar 18 Mei 2023. Penutupan berlangsung Minggu (21/5)."
    assert dates(text, "id") == [
        ("18 Mei 2023", "2023-05-18", None),
        ("Minggu (21/5)", "2023-05-21", None),
    ]
    assert dates("5月18日-21日在福州举行。2023年5月22日闭幕。", "zh")[0] == (
        "5月18日-21日",
        "2023-05-18",
        "2023-05-21",
    )


def test_without_pub_date_relative_words_give_no_date():
    assert dates("Polisi menangkap tersangka kemarin dan Selasa lalu.", "id") == []
    assert dates("昨天，会议在北京举行。", "zh") == []
    # the phrase is still the event's time as written: no date is made up for it
    w = when("Police arrested him yesterday.", "en")
    assert w is not None and (w.text, w.start) == ("yesterday", None)


def test_without_any_year_a_bare_day_month_is_a_partial_date():
    # no pub date and no year anywhere: no calendar date is guessed, the month-day is kept
    assert dates("Acara digelar 18 Mei di Jakarta.", "id") == []
    w = when("Acara digelar 18 Mei di Jakarta.", "id")
    assert w is not None and (w.text, w.start, w.partial) == ("18 Mei", None, "--05-18")


def test_without_pub_date_weekday_picks_the_latest_matching_year(monkeypatch):
    monkeypatch.setattr(dates_resolve, "today", lambda: D(2026, 11, 28))
    assert dates("Senin (5/6)", "id") == [("Senin (5/6)", "2023-06-05", None)]


def test_dateline_anchors_relative_words_without_pub_date():
    text = "JAKARTA, 5/6/2023 - Polisi menangkap tiga tersangka kemarin di Bekasi."
    w = when(text, "id")
    assert w is not None and (w.text, w.start) == ("kemarin", D(2023, 6, 4))


# ------------------------------------------------------------- choosing the event date


def test_id_antara_style_article():
    text = (
        "Jokowi Resmikan Bendungan di Sulawesi\n"
        "Makassar (ANTARA) - Presiden Joko Widodo meresmikan Bendungan Pamukkulu di Takalar, "
        "Sulawesi Selatan, Senin (5/6).\n"
        "Baca juga: Bendungan Karalloe diresmikan 12 Mei 2023\n"
        "Bendungan itu mulai dibangun sejak 2017 dan menelan biaya Rp1,2 triliun. "
        "Pada 12 Maret 2019, proyek sempat terhenti.\n"
        '"Kami targetkan selesai 30 Desember," kata Kepala Balai, yang lahir 5 Juni 1970.'
    )
    w = when(text, "id", D(2023, 6, 6))
    assert w is not None and (w.text, w.start, w.end) == ("Senin (5/6)", D(2023, 6, 5), None)
    assert text[w.span[0] : w.span[1]] == "Senin (5/6)"


def test_id_lead_range_beats_background_and_deadline():
    text = (
        "Pameran Dagang Indonesia digelar di Tangerang pada 18-21 Oktober 2023. "
        "Pameran pertama digelar pada 1985.\n"
        "Pendaftaran peserta dibuka hingga 30 September. Tahun lalu pameran menarik "
        "14 juta pengunjung."
    )
    w = when(text, "id", D(2023, 9, 1))
    assert w is not None and (w.start, w.end) == (D(2023, 10, 18), D(2023, 10, 21))


def test_id_birth_date_and_read_also_are_never_the_event():
    text = (
        "Baca juga: Banjir Bandang 3 Juni 2023 di Bogor\n"
        "Seorang warga, yang lahir 12 Agustus 1960, tewas tertimpa pohon tumbang kemarin."
    )
    w = when(text, "id", WED)
    assert w is not None and (w.text, w.start) == ("kemarin", D(2023, 6, 6))


def test_en_reuters_style_article():
    text = (
        "BEIJING, May 19 (Reuters) - Chinese President Xi Jinping opened a summit with five "
        "Central Asian leaders in Xian on Thursday, the foreign ministry said.\n"
        "The two-day meeting, first announced on April 30, follows a virtual summit in "
        "January 2022.\n"
        '"We met last week to prepare," an official said. Xi, born June 15, 1953, has '
        "ruled since 2012."
    )
    w = when(text, "en", D(2023, 5, 19))
    assert w is not None and (w.text, w.start) == ("Thursday", D(2023, 5, 18))


def test_en_dateline_only_article_uses_dateline():
    text = (
        "LONDON, March 3, 2023 -- The Bank of England kept rates unchanged, it said in a "
        "statement. Rates have risen 11 times since December 2021."
    )
    w = when(text, "en")
    assert w is not None and (w.start, w.text) == (D(2023, 3, 3), "March 3, 2023")


def test_zh_xinhua_style_article():
    text = (
        "新华社西安5月19日电 中国—中亚峰会18日至19日在陕西西安举行。国家主席习近平主持峰会。\n"
        "相关阅读：5月10日，中方宣布峰会日程\n"
        "2013年，习近平在哈萨克斯坦首次提出共建“丝绸之路经济带”倡议。10年来，合作成果丰硕。"
    )
    w = when(text, "zh", D(2023, 5, 19))
    assert w is not None and (w.text, w.start, w.end) == (
        "18日至19日",
        D(2023, 5, 18),
        D(2023, 5, 19),
    )
    # no publication date and no year anywhere: the phrase, with no date made up for it
    w = when(text, "zh", None)
    assert w is not None and (w.text, w.start) == ("18日至19日", None)


def test_zh_yesterday_in_lead():
    text = "本报福州5月19日讯 第二届中国—东盟网红大会昨天在福州开幕。去年5月，首届大会在南宁举办。"
    w = when(text, "zh", D(2023, 5, 19))
    assert w is not None and (w.text, w.start) == ("昨天", D(2023, 5, 18))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Polisi Tangkap Pelaku Perampokan Toko Emas\nSenin, 05 Jun 2023 14:30 WIB\n"
            "Jakarta - Polisi menangkap dua pelaku perampokan toko emas di Bekasi. Kejadian itu "
            "terjadi pada Minggu (4/6/2023) sekitar pukul 10.15 WIB.",
            "id",
            ("Minggu (4/6/2023)", D(2023, 6, 4), "10:15"),
        ),
        (
            "Quake hits Taiwan\nPublished March 3, 2023 at 10:42 a.m.\n"
            "A magnitude 6.1 earthquake struck eastern Taiwan on Thursday, officials said.",
            "en",
            ("Thursday", D(2023, 3, 2), None),
        ),
        (
            "郑州发生多车相撞事故\n2023年12月15日 10:30 来源：人民网\n"
            "记者从郑州市公安局获悉，14日早上8时许，郑州市一高速路段发生多车相撞事故。",
            "zh",
            ("14日", D(2023, 12, 14), "08:00"),
        ),
    ],
)
def test_publication_stamp_line_anchors_but_is_not_the_event(text, lang, expected):
    w = when(text, lang)
    assert w is not None and (w.text, w.start, w.time) == expected


def test_speech_date_loses_to_the_event_date():
    text = (
        "HONG KONG, Nov 15 (Reuters) - Hong Kong police said on Wednesday they had arrested "
        "27 people suspected of running a crypto scam.\n"
        "The suspects were arrested in raids on offices in Kwun Tong on Tuesday, a senior "
        "superintendent told a news conference."
    )
    w = when(text, "en", D(2023, 11, 15))
    assert w is not None and (w.text, w.start) == ("Tuesday", D(2023, 11, 14))
    text = (
        "本报上海3月18日电 上海市公安局18日通报，上周五，上海警方在上海、苏州等地同步收网，"
        "捣毁一个犯罪团伙，抓获犯罪嫌疑人31名。"
    )
    w = when(text, "zh", D(2024, 3, 18))
    assert w is not None and (w.text, w.start) == ("上周五", D(2024, 3, 15))


def test_far_future_plan_loses_to_its_announcement():
    text = (
        "WELLINGTON, 4 March (AAP) - New Zealand will hold its general election on 14 "
        "October, Prime Minister Daniel Harcourt announced.\n"
        "Harcourt made the announcement on 3 March at a news conference in Wellington."
    )
    w = when(text, "en", D(2023, 3, 4))
    assert w is not None and w.start == D(2023, 3, 3)


def test_event_verb_counts_for_the_nearest_date():
    text = (
        "ANKARA, Feb 7 (Reuters) - The death toll from a powerful earthquake that struck "
        "Turkey and Syria early on Monday rose above 5,000 on Tuesday, as rescuers searched "
        "through the night."
    )
    w = when(text, "en", D(2023, 2, 7))
    assert w is not None and (w.text, w.start) == ("Monday", D(2023, 2, 6))


def test_id_detik_style_with_history_and_plans():
    text = (
        "Kebakaran Hanguskan 40 Kios di Pasar Senen\n\n"
        "Liputan6.com, Jakarta - Sebanyak 40 kios di Blok III Pasar Senen, Jakarta Pusat, hangus "
        "terbakar pada Minggu dini hari (20/8/2023) sekitar pukul 02.15 WIB.\n\n"
        '"Kami menerjunkan 25 unit mobil pemadam," kata Budi di lokasi, Minggu.\n\n'
        "Pasar Senen pernah terbakar hebat pada 25 April 2017 dan 19 Januari 2014. Pemprov DKI "
        "berencana merevitalisasi pasar tersebut mulai Januari 2024."
    )
    w = when(text, "id", D(2023, 8, 21))
    assert w is not None
    assert (w.text, w.start, w.time) == ("Minggu dini hari (20/8/2023)", D(2023, 8, 20), "02:15")


def test_zh_range_in_lead_with_dateline_and_yesterday():
    text = (
        "北京遭遇特大暴雨\n本报北京8月1日讯（记者 李明）7月29日至8月1日，北京出现极端强降雨天气，"
        "全市平均降雨量达331毫米。据北京市防汛办介绍，截至昨天18时，暴雨已造成11人死亡。\n"
        "北京市气象台表示，此次降雨为140年来最大。"
    )
    w = when(text, "zh", D(2023, 8, 2))
    assert w is not None and (w.start, w.end) == (D(2023, 7, 29), D(2023, 8, 1))


def test_quoted_and_late_dates_lose_to_the_lead():
    text = (
        "Warga Desa Sukamaju menggelar unjuk rasa di depan kantor bupati, Kamis (8/6).\n"
        "Mereka menuntut perbaikan jalan.\n"
        "Menurut warga, jalan itu rusak sejak banjir 12 Januari 2021.\n"
        '"Kami sudah mengadu pada 3 Mei," ujar seorang warga.'
    )
    w = when(text, "id", D(2023, 6, 9))
    assert w is not None and w.start == D(2023, 6, 8)


def test_no_event_date_gives_none():
    assert when("Harga beras naik 3,5 persen dibandingkan tahun lalu.", "id", WED) is None
    assert when("The company has 1,200 workers and was founded in 2019.", "en", EN_REF) is None


# ----------------------------------------------------------------------------- seed


def test_seed_article_event_range(seed_text):
    for pub in (None, D(2023, 5, 22)):
        w = find_when(make_article(seed_text, date=pub))
        assert w is not None
        assert (w.start, w.end) == (D(2023, 5, 18), D(2023, 5, 21))
        assert w.text in ("18 hingga 21 Mei 2023", "sejak 18 hingga 21 Mei 2023")
        assert seed_text[w.span[0] : w.span[1]] == w.text


def test_seed_decoys_are_not_dates(seed_text):
    found = find_dates(seed_text, "id", D(2023, 5, 22))
    assert [w.text for w in found] == ["18 hingga 21 Mei 2023"]


def test_lite_when_is_fast(seed_text):
    article = make_article(seed_text * 2, date=D(2023, 5, 22))
    find_when(article)  # compile patterns
    t0 = time.perf_counter()
    for _ in range(10):
        find_when(article)
    assert (time.perf_counter() - t0) / 10 < 0.1


def test_malformed_dates_never_raise_and_spans_hold():
    import random

    toks = [
        "十十时",
        "十十天前",
        "三十二日",
        "32日",
        "0日",
        "13月",
        "2月30日",
        "2023年2月29日",
        "31/2/2023",
        "00/00/2023",
        "Senin (31/2)",
        "21 hingga 18 Mei",
        "May 40",
        "Feb 29",
        "十二月三十一日至一月二日",
        "30 Desember - 2 Januari",
        "Dec. 31 to Jan. 2",
        "pukul 25.99",
        "25:99",
        "13 p.m.",
        "下午十五时",
        "JAKARTA, ",
        "(Reuters) - ",
        "电",
        "2023-02-30",
        "Sabtu-Minggu",
        "周末",
        " ",
        "，",
        "\n",
        "Baca juga:",
        "yesterday",
    ]
    rnd = random.Random(7)
    for _ in range(150):
        text = " ".join(rnd.choice(toks) for _ in range(rnd.randint(1, 12)))
        for lang in ("id", "en", "zh"):
            for ref in (None, D(2024, 2, 29)):
                for w in find_dates(text, lang, ref):
                    assert text[w.span[0] : w.span[1]] == w.text
                    assert w.end is None or w.end > w.start


def test_zh_day_the_reporter_learned_it_is_not_the_event():
    text = (
        "某市一中学发生流感聚集性疫情\n\n澎湃新闻记者 王芳\n\n"
        "某市一所中学本周一出现流感聚集性疫情。4月11日，澎湃新闻从该市卫生健康委员会获悉，"
        "截至11日12时，累计报告病例31例。\n"
    )
    w = find_when(make_article(text, lang="zh", date=dt.date(2024, 4, 11)))
    assert w is not None and w.start == dt.date(2024, 4, 8)


def test_en_standfirst_and_byline_lines_do_not_make_the_lead():
    text = (
        "Landslide buries homes in Papua New Guinea\n\n"
        "Rescuers dig by hand as heavy rain continues\n\n"
        "Jane Doe\nPublished: 9:00am, 15 May 2024\n\n"
        "A landslide buried at least 30 homes in Enga province on Monday, officials said.\n"
    )
    w = find_when(make_article(text, lang="en", date=dt.date(2024, 5, 15)))
    assert w is not None and w.start == dt.date(2024, 5, 13)


@pytest.mark.parametrize(
    ("lang", "phrase", "day"),
    [
        ("id", "Sabtu dini hari, 4 Maret 2017", dt.date(2017, 3, 4)),
        ("id", "Sabtu malam, 4 Maret 2017", dt.date(2017, 3, 4)),
        ("en", "Saturday morning, March 4, 2017", dt.date(2017, 3, 4)),
        ("en", "Saturday night, 4 March 2017", dt.date(2017, 3, 4)),
    ],
)
def test_a_weekday_with_a_time_of_day_before_a_full_date_is_that_date(lang, phrase, day):
    # Tempo house style: "pada Jumat dini hari, 15 Januari 2021" is one phrase, not a weekday
    # near the publication date followed by an unrelated date
    text = f"Banjir\n\nBanjir melanda kota itu {phrase}. Ratusan rumah terendam."
    when = find_when(make_article(text, lang=lang, date=dt.date(2023, 8, 17)))
    assert when is not None and when.start == day and when.text == phrase
