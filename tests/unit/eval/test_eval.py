"""The eval metrics on hand-computed cases, the record parser, and `newsbrief eval` end to end."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsbrief import eval as ev
from newsbrief.errors import InputError

# --------------------------------------------------------------------------- token / char overlap


def test_content_tokens_lowercase_and_drop_stopwords():
    assert ev.content_tokens("The Governor of Kalimantan Selatan") == [
        "governor",
        "kalimantan",
        "selatan",
    ]
    assert ev.content_tokens("Banjir di Kota Banjarmasin, Senin.") == [
        "banjir",
        "kota",
        "banjarmasin",
        "senin",
    ]


def test_token_f1_hand_computed():
    # pred {syahrial, noor}, gold {h, syahrial, noor}: P=2/2, R=2/3, F1=0.8
    assert ev.overlap_f1("Syahrial Noor", "H. Syahrial Noor", "id") == pytest.approx(0.8)
    # pred {kota, banjarmasin} vs gold {banjarmasin}: P=1/2, R=1 -> 2/3
    assert ev.overlap_f1("Kota Banjarmasin", "Banjarmasin", "id") == pytest.approx(2 / 3)
    # stopwords only on one side -> nothing to match
    assert ev.overlap_f1("the of and", "Banjarmasin", "en") == 0.0
    # multiset: a repeated token counts once per occurrence
    assert ev.f1(["a", "a", "b"], ["a", "b", "b"]) == pytest.approx(2 / 3)


def test_chinese_char_f1_hand_computed():
    assert ev.chars("怀化市市长，张建国。") == list("怀化市市长张建国")
    # pred 张建国 (3 chars) vs gold 怀化市市长张建国 (8 chars): common 3, P=1, R=3/8 -> 6/11
    assert ev.overlap_f1("张建国", "怀化市市长张建国", "zh") == pytest.approx(6 / 11)
    assert ev.overlap_f1("朝阳区", "朝阳市", "zh") == pytest.approx(2 / 3)
    assert ev.overlap_f1("北京", "昆明", "zh") == 0.0
    # Han characters in either string switch to character matching even without a lang
    assert ev.overlap_f1("昆明市", "昆明") == pytest.approx(0.8)


def test_text_match_threshold_and_alternatives():
    gold = [["H. Syahrial Noor", "Syahrial Noor"], "Rahmadi Effendi"]
    assert ev.text_match(["Syahrial"], gold, "id")  # F1 vs "Syahrial Noor" = 2/3
    assert not ev.text_match(["Gubernur Kalimantan Selatan"], gold, "id")
    # exactly at the threshold counts: pred {a, b, c}, gold {a} -> F1 = 0.5
    assert ev.text_match(["alpha beta gamma"], ["alpha"], "en")
    assert not ev.text_match(["alpha beta gamma delta"], ["alpha"], "en")  # 0.4
    assert not ev.text_match([""], gold, "id")
    assert not ev.text_match(["Syahrial Noor"], [], "id")


# --------------------------------------------------------------------------- dates


def test_parse_gold_date_single_and_range():
    assert ev.parse_gold_date("2023-05-18") == (dt.date(2023, 5, 18), None)
    assert ev.parse_gold_date("2023-05-18/2023-05-21") == (
        dt.date(2023, 5, 18),
        dt.date(2023, 5, 21),
    )
    assert ev.parse_gold_date("2023-05-18/2023-05-18") == (dt.date(2023, 5, 18), None)
    with pytest.raises(ValueError, match="not ISO"):
        ev.parse_gold_date("18 Mei 2023")
    with pytest.raises(ValueError, match="ends before"):
        ev.parse_gold_date("2023-05-21/2023-05-18")


def test_date_match_needs_start_and_end():
    d = dt.date
    assert ev.date_match(d(2023, 6, 5), None, ["2023-06-05"])
    assert not ev.date_match(d(2023, 6, 4), None, ["2023-06-05"])
    rng = ["2023-05-18/2023-05-21"]
    assert ev.date_match(d(2023, 5, 18), d(2023, 5, 21), rng)
    assert not ev.date_match(d(2023, 5, 18), None, rng)  # start alone is not the range
    assert not ev.date_match(d(2023, 5, 18), d(2023, 5, 20), rng)
    assert not ev.date_match(d(2023, 5, 18), d(2023, 5, 21), ["2023-05-18"])
    assert ev.date_match(d(2023, 5, 18), d(2023, 5, 18), ["2023-05-18"])  # end == start is a day
    assert ev.date_match(d(2023, 8, 12), None, ["2023-08-12/2023-08-14", "2023-08-12"])
    assert not ev.date_match(None, None, ["2023-06-05"])


# --------------------------------------------------------------------------- lists


def test_list_precision_recall():
    gold = [["Syahrial Noor", "H. Syahrial Noor"], "Rahmadi Effendi", "Ibnu Hasan"]
    preds = [["Syahrial Noor"], ["BMKG"], ["Rahmadi"], ["Syahrial"]]
    pr = ev.list_pr(preds, gold, "id")
    # correct: Syahrial Noor, Rahmadi (F1 2/3), Syahrial -> 3 of 4; gold matched: 2 of 3 entities
    assert (pr.correct_pred, pr.n_pred, pr.matched_gold, pr.n_gold) == (3, 4, 2, 3)
    assert pr.precision == pytest.approx(0.75)
    assert pr.recall == pytest.approx(2 / 3)
    assert pr.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_list_pr_empty_sides():
    empty = ev.list_pr([], ["Banjarmasin"], "id")
    assert empty.precision is None and empty.recall == 0.0 and empty.f1 is None
    none_gold = ev.list_pr([["Banjarmasin"]], [], "id")
    assert none_gold.precision == 0.0 and none_gold.recall is None
    total = ev.PR()
    total.add(ev.list_pr([["Medan"]], ["Medan"], "id"))
    total.add(ev.list_pr([["Jakarta"], ["Medan"]], ["Medan", "Sumatera Utara"], "id"))
    assert total.as_dict()["precision"] == pytest.approx(2 / 3)
    assert total.as_dict()["recall"] == pytest.approx(2 / 3)


# --------------------------------------------------------------------------- brief scoring


def _rec(**kw):
    base = {
        "text": "x",
        "lang": "id",
        "who": ["Syahrial Noor"],
        "what": ["banjir merendam Banjarmasin"],
        "when": ["2023-06-05"],
        "where": ["Banjarmasin"],
    }
    return {**base, **kw}


def _pred(**kw):
    base = {
        "who": [{"text": "Syahrial Noor", "role": "Gubernur Kalimantan Selatan"}],
        "what": {"text": "Banjir merendam ribuan rumah di Banjarmasin"},
        "when": {"text": "Senin (5/6)", "start": "2023-06-05", "end": None},
        "where": [{"text": "Kota Banjarmasin", "place": "Banjarmasin", "country": "ID"}],
    }
    return {**base, **kw}


def test_score_brief_record_all_hit():
    s = ev.score_brief_record(_rec(), _pred())
    assert s["hits"] == {"who": True, "what": True, "when": True, "where": True}
    assert s["lists"]["who"].precision == 1.0


def test_score_brief_record_misses_and_empty_predictions():
    s = ev.score_brief_record(_rec(), {"who": [], "what": None, "when": None, "where": []})
    assert s["hits"] == {"who": False, "what": False, "when": False, "where": False}
    assert s["lists"]["who"].recall == 0.0 and s["lists"]["who"].precision is None
    # wrong date, top where elsewhere (a later correct one does not rescue the top hit)
    s = ev.score_brief_record(
        _rec(),
        _pred(
            when={"text": "pekan lalu", "start": "2023-05-29", "end": "2023-06-04"},
            where=[
                {"text": "Martapura", "place": "Martapura", "country": "ID"},
                {"text": "Banjarmasin", "place": "Banjarmasin", "country": "ID"},
            ],
        ),
    )
    assert not s["hits"]["when"] and not s["hits"]["where"]
    assert s["lists"]["where"].recall == 1.0 and s["lists"]["where"].precision == 0.5


def test_score_brief_record_empty_gold_means_none_expected():
    s = ev.score_brief_record(_rec(when=[], who=[]), _pred(when=None, who=[]))
    assert s["hits"]["when"] and s["hits"]["who"]
    s = ev.score_brief_record(_rec(when=[]), _pred())
    assert not s["hits"]["when"]


def test_where_matches_normalised_place_and_checks_country():
    rec = _rec(lang="en", where=["Perth"], where_country="GB")
    scot = {"text": "Perth city centre", "place": "Perth", "country": "GB"}
    aus = {"text": "Perth city centre", "place": "Perth", "country": "AU"}
    assert ev.score_brief_record(rec, _pred(where=[scot]))["hits"]["where"]
    assert not ev.score_brief_record(rec, _pred(where=[aus]))["hits"]["where"]
    # the written text may differ; the gazetteer name still matches
    zh = _rec(lang="zh", where=["Kunming"])
    assert ev.score_brief_record(
        zh, _pred(where=[{"text": "昆明市", "place": "Kunming", "country": "CN"}])
    )["hits"]["where"]


def test_who_matches_role_plus_name():
    rec = _rec(who=["Gubernur Kalimantan Selatan Syahrial Noor"])
    pred = _pred(who=[{"text": "Syahrial Noor", "role": "Gubernur Kalimantan Selatan"}])
    assert ev.score_brief_record(rec, pred)["hits"]["who"]


def test_aggregate_brief_per_language_and_all():
    a = ev.score_brief_record(_rec(), _pred())
    b = ev.score_brief_record(_rec(), _pred(when=None))
    agg = ev.aggregate_brief([("id", a), ("id", b), ("en", a)])
    assert agg["id"]["hit"]["when"] == 0.5 and agg["id"]["hit"]["who"] == 1.0
    assert agg["all"]["n"] == 3 and agg["all"]["hit"]["when"] == pytest.approx(2 / 3)


# --------------------------------------------------------------------------- summaries


def test_rouge_tiny_case_by_hand():
    # ref: the cat sat on the mat (6), pred: the cat sat (3): R1 P=1, R=1/2 -> 2/3;
    # bigrams ref 5, pred 2, common 2 -> R2 = 2*1*(2/5)/(1+2/5) = 4/7; LCS 3 -> RL = 2/3
    r = ev.rouge([("the cat sat", "the cat sat on the mat")])
    assert r["rouge1"] == pytest.approx(2 / 3)
    assert r["rouge2"] == pytest.approx(4 / 7)
    assert r["rougeL"] == pytest.approx(2 / 3)


def test_rouge_chinese_scored_on_characters():
    assert ev._Tokenizer().tokenize("郑州 发生 Crash 事故") == [
        "郑",
        "州",
        "发",
        "生",
        "crash",
        "事",
        "故",
    ]
    # 4 of the 4 predicted chars are in the 6-char reference: P=1, R=4/6 -> 0.8
    r = ev.rouge([("地震死亡", "地震造成死亡")])
    assert r["rouge1"] == pytest.approx(0.8)
    assert ev.rouge([]) == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_lead_n_takes_first_sentences():
    text = "Pertama terjadi banjir. Kedua warga mengungsi. Ketiga bantuan datang."
    assert ev.lead_n(text, 2, "id") == "Pertama terjadi banjir. Kedua warga mengungsi."
    assert ev.lead_n("第一句。第二句。第三句。", 2, "zh") == "第一句。第二句。"


# --------------------------------------------------------------------------- detect / translate


def test_score_detect_confusion():
    r = ev.score_detect([("id", "id"), ("id", "ms"), ("ms", "ms"), ("zh", "zh")])
    assert r["accuracy"] == pytest.approx(0.75)
    assert r["by_lang"]["id"] == {"accuracy": 0.5, "n": 2}
    assert r["confusion"]["id"] == {"id": 1, "ms": 1}


def test_run_translate_with_injected_translator():
    recs = [
        (1, {"src": "a", "ref": "the cat sat on the mat", "src_lang": "id", "tgt_lang": "en"}),
        (2, {"src": "b", "ref": "中国和印度尼西亚同意", "src_lang": "en", "tgt_lang": "zh"}),
    ]
    out = {"a": "the cat sat on the mat", "b": "中国和印度尼西亚同意"}
    r = ev.run_translate(recs, translate_fn=lambda text, s, t: out[text])
    assert set(r["by_pair"]) == {"id-en", "en-zh"}
    assert r["by_pair"]["id-en"]["bleu"] == pytest.approx(100.0)
    assert r["by_pair"]["en-zh"]["chrf"] == pytest.approx(100.0)
    bad = ev.run_translate(recs[:1], translate_fn=lambda text, s, t: "dog")
    assert bad["by_pair"]["id-en"]["bleu"] < 5


# --------------------------------------------------------------------------- records


def test_parse_records_reports_line_numbers():
    lines = [
        json.dumps({"text": "Banjir", "lang": "id"}),
        "",
        "{not json",
        json.dumps({"text": "Banjir"}),
        json.dumps(["a list"]),
        json.dumps({"text": "  ", "lang": "id"}),
        json.dumps({"text": 5, "lang": "id"}),
    ]
    recs = ev.parse_records(lines, "detect")
    assert [no for no, _ in recs.good] == [1]
    assert recs.errors[0].startswith("line 3: invalid JSON")
    assert recs.errors[1] == "line 4: missing key 'lang'"
    assert recs.errors[2] == "line 5: expected a JSON object, got list"
    assert recs.errors[3] == "line 6: 'text' is empty"
    assert recs.errors[4] == "line 7: 'text' must be a str, got int"


def test_parse_brief_records_validate_gold():
    good = {"text": "t", "lang": "id", "who": [], "what": [], "when": ["2023-06-05"], "where": []}
    lines = [
        json.dumps(good),
        json.dumps({**good, "when": ["Senin (5/6)"]}),
        json.dumps({**good, "who": [3]}),
        json.dumps({**good, "date": "5 Juni"}),
        json.dumps({k: v for k, v in good.items() if k not in ("who", "where")}),
    ]
    recs = ev.parse_records(lines, "brief")
    assert len(recs.good) == 1
    assert "line 2: when gold 'Senin (5/6)' is not ISO" in recs.errors[0]
    assert recs.errors[1].startswith("line 3: 'who' items")
    assert recs.errors[2].startswith("line 4: 'date' must be YYYY-MM-DD")
    assert recs.errors[3] == "line 5: missing keys 'who', 'where'"


def test_evaluate_raises_when_nothing_usable(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text("{oops\n", encoding="utf-8")
    seen: list[str] = []
    with pytest.raises(InputError, match="no usable detect records"):
        ev.evaluate(p, "detect", on_error=seen.append)
    assert seen == [
        "line 1: invalid JSON (Expecting property name enclosed in double quotes at column 2)"
    ]
    with pytest.raises(InputError, match="no such file"):
        ev.evaluate(tmp_path / "missing.jsonl", "detect")


# --------------------------------------------------------------------------- CLI end to end


BRIEF_REC = {
    "text": (
        "Banjir Rendam Ribuan Rumah di Banjarmasin\n\n"
        "Banjarmasin (ANTARA) - Banjir merendam sedikitnya 4.300 rumah di Kota Banjarmasin, "
        "Kalimantan Selatan, Senin (5/6), setelah hujan deras mengguyur wilayah itu.\n\n"
        "Gubernur Kalimantan Selatan H. Syahrial Noor menetapkan status tanggap darurat."
    ),
    "lang": "id",
    "date": "2023-06-06",
    "who": [["H. Syahrial Noor", "Syahrial Noor"]],
    "what": ["Banjir merendam sedikitnya 4.300 rumah di Kota Banjarmasin"],
    "when": ["2023-06-05"],
    "where": [["Banjarmasin", "Kota Banjarmasin"]],
}


def test_cli_eval_brief_table_json_and_bad_lines(cli, tmp_path):
    data = tmp_path / "brief.jsonl"
    data.write_text(
        json.dumps(BRIEF_REC, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"text": "x", "lang": "id"})
        + "\n",
        encoding="utf-8",
    )
    r = cli(["eval", str(data), "--task", "brief", "--engine", "lite"])
    assert r.code == 0, r.err
    assert "records=1" in r.out and "skipped=2" in r.out
    assert "who" in r.out and "where_R" in r.out
    assert "line 2: invalid JSON" in r.err
    assert "line 3: missing keys 'who', 'what', 'when', 'where'" in r.err
    assert "Traceback" not in r.err

    r = cli(["eval", str(data), "--task", "brief", "--engine", "lite", "--json"])
    assert r.code == 0, r.err
    res = json.loads(r.out)
    assert res["task"] == "brief" and res["n"] == 1 and res["skipped"] == 2
    assert set(res["by_lang"]["id"]["hit"]) == {"who", "what", "when", "where"}
    rec = res["records"][0]
    assert rec["line"] == 1 and set(rec["hits"]) == {"who", "what", "when", "where"}


def test_cli_eval_detect_and_summarize(cli, tmp_path):
    det = tmp_path / "detect.jsonl"
    det.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {
                    "text": "Polisi menangkap tiga tersangka kasus penipuan investasi di Jakarta.",
                    "lang": "id",
                },
                {
                    "text": "The central bank left its benchmark interest rate unchanged on Wednesday.",
                    "lang": "en",
                },
                {"text": "国家统计局今天发布数据，10月份居民消费价格同比上涨0.2%。", "lang": "zh"},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    r = cli(["eval", str(det), "--task", "detect", "--json"])
    assert r.code == 0, r.err
    res = json.loads(r.out)
    assert res["n"] == 3 and set(res["confusion"]) == {"id", "en", "zh"}
    assert res["by_lang"]["zh"]["accuracy"] == 1.0

    summ = tmp_path / "summ.jsonl"
    summ.write_text(
        json.dumps(
            {
                "text": BRIEF_REC["text"],
                "lang": "id",
                "summary": "Banjir merendam 4.300 rumah di Banjarmasin.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    r = cli(["eval", str(summ), "--task", "summarize"])
    assert r.code == 0, r.err
    assert "lead-N" in r.out and "system" in r.out


def test_cli_eval_no_good_records_exits_1(cli, tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text("nope\n", encoding="utf-8")
    r = cli(["eval", str(data), "--task", "detect"])
    assert r.code == 1
    assert "line 1: invalid JSON" in r.err
    assert "no usable detect records" in r.err
    r = cli(["eval", str(data), "--task", "bogus"])
    assert r.code == 2


def test_what_cover_diagnostic_separates_verbose_from_wrong():
    verbose = "JAKARTA - Banjir merendam ribuan rumah di Banjarmasin pada Senin, kata pejabat setempat hari ini."
    s = ev.score_brief_record(_rec(), _pred(what={"text": verbose}))
    assert s["what_cover"] == 1.0  # all 3 gold tokens present
    assert ev.coverage("gempa di Padang", "banjir merendam Banjarmasin", "id") == 0.0
    # gold units: 德令哈市发生 5 6 级地震 (the "." is punctuation) = 11; 8 of them present
    assert ev.coverage("德令哈市发生地震", "德令哈市发生5.6级地震", "zh") == pytest.approx(8 / 11)
    agg = ev.aggregate_brief([("id", s)])
    assert agg["id"]["what_cover"] == 1.0
