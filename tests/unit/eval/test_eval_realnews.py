"""The lenient real-news scorer and the consistency eval, on small hand-computed cases."""

from __future__ import annotations

import json

import pytest

from newsbrief import eval as ev
from newsbrief.eval import brief as evb
from newsbrief.eval import consistency as evc

# --------------------------------------------------------------------------- units


def test_bigrams_are_the_chinese_unit():
    assert ev.bigrams("6人死亡") == {"6人", "人死", "死亡"}
    assert ev.bigrams("云") == {"云"}
    assert ev.bigrams("，。") == set()


def test_shares_unit_needs_a_content_word_or_bigram():
    assert ev.shares_unit(["Several people"], ["people died"], "en")
    assert not ev.shares_unit(["The mayor"], ["the tram"], "en")  # 'the' is a stopword
    assert ev.shares_unit(["平谷县"], ["205国道平谷县张家村附近路段"], "zh")
    assert not ev.shares_unit(["云"], ["密云县"], "zh")  # one character is not a shared word
    assert ev.shares_unit(["", "Police"], [["British Transport Police", "BTP"]], "en")


def test_half_covered_counts_gold_units():
    # gold units: tram, derailment, several, dead; the prediction holds tram + several = 2/4
    pred = "Several people died after a tram derailed in Croydon"
    assert ev.half_covered(pred, ["tram derailment: Several dead"], "en")
    assert not ev.half_covered(
        "A tram came off the tracks", ["tram derailment: Several dead"], "en"
    )
    # gold bigrams 客车 车翻 翻入 入江 江中 (5); the prediction holds 客车 翻入 入江 江中 (4)
    assert ev.half_covered("一辆客车翻入江中", ["客车翻入江中"], "zh")


def test_one_clause_limits_words_characters_and_paragraphs():
    assert ev.one_clause(" ".join(["word"] * 45))
    assert not ev.one_clause(" ".join(["word"] * 46))
    assert ev.one_clause("事" * 90) and not ev.one_clause("事" * 91)
    assert not ev.one_clause("First paragraph.\nSecond paragraph.")
    assert not ev.one_clause("  ")


def test_headline_span_is_a_short_unfinished_first_line():
    assert ev.headline_span("Tram derails in Croydon\n\nSeven people died.") == (0, 23)
    assert ev.headline_span("Seven people died.\n\nMore later.") is None  # a sentence, not a title
    assert ev.headline_span("Comey to country: The jury will disregard...\n\nBody.") == (0, 44)
    assert ev.headline_span("Only one line") is None


def test_when_phrase_needs_a_shared_unit_and_agreeing_numbers():
    assert ev.when_phrase_match("Wednesday night", ["Wednesday"], "en")
    assert not ev.when_phrase_match("November 9", ["November 8, 2016"], "en")
    assert ev.when_phrase_match("8月9日", ["8月9日下午1时27分"], "zh")
    assert not ev.when_phrase_match("8月10日", ["8月9日下午1时27分"], "zh")
    assert ev.when_phrase_match("昨天", ["昨天下午1点多"], "zh")
    assert ev.when_phrase_match("１２月３０日", ["12月30日"], "zh")  # full-width digits


# --------------------------------------------------------------------------- lenient hits

TEXT = (
    "Tram derails in Croydon\n\nSeven people died when a tram overturned in Croydon on Wednesday."
)
HEAD = (0, 23)
BODY = (25, len(TEXT))


def _rec(**kw):
    base = {
        "text": TEXT,
        "lang": "en",
        "date": "2016-11-10",
        "who": ["Seven people"],
        "what": ["tram overturned"],
        "where": ["Croydon"],
        "when": ["2016-11-09"],
        "when_text": ["Wednesday"],
    }
    return {**base, **kw}


def _pred(**kw):
    base = {
        "who": [{"text": "Seven people", "role": None, "confidence": 0.9}],
        "what": {"text": TEXT[BODY[0] : BODY[1]], "span": list(BODY), "confidence": 0.5},
        "when": {
            "text": "Wednesday",
            "start": "2016-11-09",
            "end": None,
            "span": [TEXT.index("Wednesday"), TEXT.index("Wednesday") + 9],
            "confidence": 0.7,
        },
        "where": [{"text": "Croydon", "place": "Croydon", "country": "GB", "confidence": 0.1}],
    }
    return {**base, **kw}


def test_lenient_all_hit():
    assert evb.lenient_hits(_rec(), _pred()) == dict.fromkeys(ev.FIELDS, True)


def test_lenient_headline_never_stands_in_for_what():
    pred = _pred(what={"text": "Tram derails in Croydon", "span": list(HEAD)})
    assert evb.lenient_hits(_rec(what=["Tram derails"]), pred)["what"] is False


def test_lenient_when_by_phrase_or_date_but_only_from_a_phrase():
    wrong_day = _pred(when={**_pred()["when"], "start": "2016-11-02"})
    assert evb.lenient_hits(_rec(), wrong_day)["when"]  # the phrase still matches
    other_phrase = _pred(when={**_pred()["when"], "text": "on the day"})
    assert evb.lenient_hits(_rec(), other_phrase)["when"]  # the ISO date still matches
    no_phrase = _pred(when={"text": "", "start": "2016-11-09", "span": None})
    assert evb.lenient_hits(_rec(), no_phrase)["when"] is False  # publication date, no phrase
    assert evb.lenient_hits(_rec(when_text=["Sunday"]), other_phrase)["when"]
    assert not evb.lenient_hits(_rec(when=None, when_text=["Sunday"]), other_phrase)["when"]


def test_lenient_null_or_empty_gold_is_not_scored():
    hits = evb.lenient_hits(_rec(who=None, where=[], when=None, when_text=[]), _pred())
    assert hits["who"] is None and hits["where"] is None and hits["when"] is None
    assert hits["what"] is True


def test_strict_score_skips_missing_gold():
    s = ev.score_brief_record(_rec(who=None, when=None), _pred())
    assert s["hits"]["who"] is None and s["hits"]["when"] is None
    agg = ev.aggregate_brief([("en", evb.score_one(_rec(who=None), _pred()))])
    assert agg["en"]["scored"]["who"] == 0 and agg["en"]["hit"]["who"] is None
    assert agg["en"]["top1"]["where"] == 1.0 and agg["en"]["top1_n"]["where"] == 1


def test_calibration_bands_hit_rates():
    a = evb.score_one(_rec(), _pred())
    b = evb.score_one(_rec(who=["Police"]), _pred())
    cal = ev.aggregate_brief([("en", a), ("en", b)])["en"]["calibration"]
    assert cal["who"] == {"0.8-1.0": {"n": 2, "hit": 0.5}}
    assert cal["where"] == {"0.0-0.2": {"n": 2, "hit": 1.0}}
    assert evb.band_of(1.0) == "0.8-1.0" and evb.band_of(0.2) == "0.2-0.4"


def test_run_brief_goes_on_after_a_failing_record():
    from newsbrief import brief

    def flaky(text, **kw):
        if "boom" in text:
            raise OverflowError("date value out of range")
        return brief(text, **kw)

    seen: list[str] = []
    recs = [(1, _rec(text="boom " + TEXT, date="0001-01-01")), (2, _rec())]
    out = evb.run_brief(recs, on_error=seen.append, brief_fn=flaky)
    assert out["n"] == 1 and out["failed"] == 1
    assert seen == ["line 1: the engine failed (OverflowError: date value out of range)"]


def test_eval_reads_records_without_iso_when(tmp_path):
    lines = [
        _rec(when=None, who=None),
        {k: v for k, v in _rec().items() if k != "when"},
        {k: v for k, v in _rec().items() if k not in ("when", "when_text")},
    ]
    p = tmp_path / "real.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    seen: list[str] = []
    out = ev.evaluate(p, "brief", engine="lite", on_error=seen.append)
    assert out["n"] == 2 and out["skipped"] == 1
    assert seen == ["line 3: missing key 'when'"]
    assert out["by_lang"]["en"]["top1_n"]["who"] == 1


# --------------------------------------------------------------------------- consistency


def test_documents_join_segments_in_order_headline_first():
    segs = [
        (1, {"doc_id": "d1", "seg_in_doc": 2, "en": "Second.", "ind": "Kedua.", "zh": "第二。"}),
        (2, {"doc_id": "d1", "seg_in_doc": 1, "en": "Title", "ind": "Judul", "zh": "标题"}),
        (3, {"doc_id": "d1", "seg_in_doc": 3, "en": "Third.", "ind": "Ketiga.", "zh": "第三。"}),
    ]
    docs = evc.documents(segs)
    assert docs["d1"]["en"] == "Title\n\nSecond. Third."
    assert docs["d1"]["id"] == "Judul\n\nKedua. Ketiga."
    assert docs["d1"]["zh"] == "标题\n\n第二。第三。"


def test_name_words_across_scripts():
    text = "包括总理佐兰·扎耶夫 (Zoran Zaev)在内"
    assert evc.name_words("佐兰·扎耶夫", text) == {"zoran", "zaev"}
    assert evc.name_words("Perdana Menteri ZAEV", "") == {"perdana", "menteri", "zaev"}
    assert evc.name_words("无名氏", "无名氏说") is None  # no Latin form anywhere: not comparable


def _s(place=None, country=None, when=None, who=None, words=None):
    return {"place": place, "country": country, "when": when, "who": who, "who_words": words}


def test_score_consistency_pairs_and_coverage():
    skopje = ("Skopje", "MK", None)
    briefs = {
        "a": {
            "en": _s(skopje, "MK", "2018-09-30", "Zoran Zaev", {"zoran", "zaev"}),
            "id": _s(skopje, "MK", None, "Zaev", {"zaev"}),
            "zh": _s(("Athens", "GR", None), "GR", "2018-09-30", "扎耶夫", None),
            "ms": _s(skopje, "MK", None, "PM", None),
        },
        "b": {
            "en": _s(("Paris", "FR", None), "FR"),
            "id": _s(("Lyon", "FR", None), "FR"),
            "zh": _s(),
        },
    }
    out = evc.score_consistency(briefs)
    en_id = out["pairs"]["en-id"]
    assert en_id["place"] == 0.5 and en_id["country"] == 1.0 and en_id["place_n"] == 2
    assert en_id["who"] == 1.0 and en_id["who_n"] == 1 and en_id["when_n"] == 0
    en_zh = out["pairs"]["en-zh"]
    assert en_zh["place"] == 0.0 and en_zh["place_n"] == 1 and en_zh["when"] == 1.0
    assert en_zh["who"] == 1.0 and en_zh["who_n"] == 1  # 扎耶夫 sounds like Zaev
    assert out["pairs"]["en-ms"]["who_n"] == 0  # "PM": nothing to compare by
    assert out["coverage"]["zh"]["where"] == 0.5 and out["coverage"]["en"]["where"] == 1.0


def test_parse_consistency_records(tmp_path):
    lines = [
        json.dumps({"doc_id": "d", "seg_in_doc": 1, "en": "x"}),
        json.dumps({"doc_id": "d", "en": "x"}),
    ]
    recs = ev.parse_records(lines, "consistency")
    assert len(recs.good) == 1 and recs.errors == ["line 2: missing key 'seg_in_doc'"]
    with pytest.raises(Exception, match="unknown eval task"):
        ev.parse_records(lines, "bogus")


def test_cli_eval_consistency_table(cli, tmp_path):
    segs = [
        {"doc_id": "d", "seg_in_doc": 1, "en": "Floods in Jakarta", "ind": "Banjir di Jakarta"},
        {
            "doc_id": "d",
            "seg_in_doc": 2,
            "en": "Floods hit Jakarta on Monday, officials said.",
            "ind": "Banjir melanda Jakarta pada hari Senin, kata pejabat.",
        },
    ]
    data = tmp_path / "par.jsonl"
    data.write_text("\n".join(json.dumps(s) for s in segs), encoding="utf-8")
    r = cli(["eval", str(data), "--task", "consistency", "--engine", "lite"])
    assert r.code == 0, r.err
    assert "en-id" in r.out and "coverage" in r.out
    r = cli(["eval", str(data), "--task", "consistency", "--engine", "lite", "--json"])
    out = json.loads(r.out)
    assert out["pairs"]["en-id"]["place"] == 1.0 and out["coverage"]["id"]["where"] == 1.0


@pytest.mark.parametrize(
    ("han", "latin", "same"),
    [
        ("特朗普", "Trump", True),
        ("佐兰·扎耶夫", "Zaev", True),
        ("伊万诺夫", "Ivanov", True),
        ("埃尔多安", "Erdogan", True),
        ("斯皮斯", "Spieth", True),
        ("袁", "Yuan", True),
        ("特朗普", "Zaev", False),
        ("佐兰", "Zaev", False),
        ("百货商店", "Sainsbury", False),
    ],
)
def test_transliterated_names_compared_by_sound(han, latin, same):
    from newsbrief.eval.translit import transliterates

    assert transliterates(han, {latin.casefold()}) is same


def test_skeletons():
    from newsbrief.eval.translit import han_skeleton, latin_skeleton, similar

    assert latin_skeleton("Trump") == "TLMB" and han_skeleton("特朗普") == "TLB"
    assert similar("TLMB", "TLB")  # 2*3/7
    assert not similar("SF", "SLN") and not similar("T", "T")  # too short to say


def test_counted_groups_agree_by_number_and_described_groups_are_not_compared():
    en = {**_s(who="At least 384 people"), "who_words": {"least", "people"}, "who_group": True}
    zh = {**_s(who="384人"), "who_group": True}
    idn = {**_s(who="Seorang petani"), "who_words": {"seorang", "petani"}, "who_group": True}
    farmer = {**_s(who="A farmer"), "who_words": {"farmer"}, "who_group": True}
    assert evc._same_actor(en, zh) is True
    assert evc._same_actor(farmer, idn) is None  # described in each language's own words


def test_frame_only_gold_is_a_dateline_credit_or_source_line():
    assert ev.frame_only(["新华网内罗毕５月２日电"])
    assert ev.frame_only(["本报讯", "国际在线报道（记者 王明）"])
    assert ev.frame_only(["新华社发"])  # a release credit
    assert not ev.frame_only(["工厂突发火灾"])
    assert ev.frame_only(["据国家地震台网测定，"])
    assert ev.frame_only([["记者21日从市卫生局获悉"]])
    assert not ev.frame_only(["某县发生4.3级地震"])
    assert not ev.frame_only(["新华社北京5月18日电", "一辆货车在高速公路上起火"])  # one event
    assert not ev.frame_only([])


def test_report_gives_what_on_event_and_frame_golds_apart():
    zh = "某县发生地震\n\n某县18日发生4.3级地震，暂无人员伤亡报告。"
    body = [zh.index("某县18日"), len(zh)]
    pred = {"what": {"text": zh[body[0] :], "span": body}}
    event = evb.score_one({"text": zh, "lang": "zh", "what": ["某县18日发生4.3级地震"]}, pred)
    frame = evb.score_one({"text": zh, "lang": "zh", "what": ["新华社北京5月18日电"]}, pred)
    agg = ev.aggregate_brief([("zh", event), ("zh", frame)])
    assert agg["zh"]["top1"]["what"] == 0.5
    assert agg["zh"]["what_by_gold"] == {
        "event": {"top1": 1.0, "n": 1},
        "frame": {"top1": 0.0, "n": 1},
    }
    table = ev.format_table({"task": "brief", "file": "x", "n": 2, "skipped": 0, "by_lang": agg})
    assert "note: zh what on event golds 1.000 (1); on golds that are only a dateline" in table
    en = ev.aggregate_brief([("en", evb.score_one(_rec(), _pred()))])
    assert "note:" not in ev.format_table(
        {"task": "brief", "file": "x", "n": 1, "skipped": 0, "by_lang": en}
    )


def test_report_date_gold_is_a_date_inside_the_dateline_or_source_frame():
    filed = "新华网某市5月18日电（记者 王明）某县17日晚发生一起车祸。"
    assert ev.report_date_only(["5月18日"], filed)
    assert not ev.report_date_only(["17日晚"], filed)  # the event's own time
    assert not ev.report_date_only(["5月18日", "17日晚"], filed)
    assert ev.report_date_only(["19日"], "据外国媒体19日报道，某地18日发生地震。")
    assert ev.report_date_only(["21日"], "记者21日在某市卫生局获悉，18日有人中毒。")
    # a date at the head of a sentence that is no dateline: an electric bike is not a dispatch
    assert not ev.report_date_only(["3日"], "3日一辆电动车在路口起火。")
    assert not ev.report_date_only(["5月1日"], "正文没有这个日期。")
    assert not ev.report_date_only([], filed)


def test_report_gives_when_on_event_and_filing_date_golds_apart():
    zh = "新华网某市5月18日电 某县17日晚发生一起车祸，造成两人受伤。"
    at = zh.index("17日晚")
    pred = {"when": {"text": "17日", "start": "2023-05-17", "span": [at, at + 3]}}
    event = evb.score_one({"text": zh, "lang": "zh", "when_text": ["17日晚"]}, pred)
    report = evb.score_one({"text": zh, "lang": "zh", "when_text": ["5月18日"]}, pred)
    agg = ev.aggregate_brief([("zh", event), ("zh", report)])
    assert agg["zh"]["when_by_gold"] == {
        "event": {"top1": 1.0, "n": 1},
        "report": {"top1": 0.0, "n": 1},
    }
    table = ev.format_table({"task": "brief", "file": "x", "n": 2, "skipped": 0, "by_lang": agg})
    assert "note: zh when on event-time golds 1.000 (1); on golds that are only the filing" in table
