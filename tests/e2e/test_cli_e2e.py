"""The CLI end to end, as a newsroom analyst meets it: bad input, every sample in every target
language and format, spans that index the text as read, headline lists, help and the library API.

Subprocess tests are marked slow; the per-sample span and rendering checks run in-process on the
same code path (read -> brief -> render) so that all samples x targets stay fast.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from conftest import SAMPLES, run_cli
from newsbrief.errors import InputError, UsageError
from newsbrief.model import Brief, brief_json_schema
from newsbrief.read import read_source
from newsbrief.render import render

LANGS = ("id", "en", "zh")


def _sample_dates() -> dict[str, str]:
    """samples/README.md's table: file -> the --date it gives."""
    out = {}
    for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| ((?:id|en|zh)/[\w-]+\.txt) \| \w+ \|[^|]+\| (\d{4}-\d\d-\d\d) \|", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


DATES = _sample_dates()
SAMPLE_FILES = sorted(DATES)


def test_every_sample_has_a_date_in_the_readme():
    on_disk = sorted(str(p.relative_to(SAMPLES)) for p in SAMPLES.glob("[a-z][a-z]/*.txt"))
    assert on_disk and on_disk == SAMPLE_FILES


# -- spans: text[span] == the field's text, for every field of every sample -----------------------


def span_errors(text: str, b: dict) -> list[str]:
    """Every evidence span in a brief (as JSON) that does not hold its field's text."""
    bad: list[str] = []

    def check(name: str, span: list[int] | None, value: str | None) -> None:
        if span is None and value is None:
            return
        if span is None or value is None:
            bad.append(f"{name}: span {span} for {value!r}")
            return
        start, end = span
        if not (0 <= start < end <= len(text)) or text[start:end] != value:
            bad.append(f"{name}: text[{start}:{end}] = {text[start:end]!r} != {value!r}")

    for i, s in enumerate(b["summary_sentences"]):
        check(f"summary_sentences[{i}]", s["span"], s["text"])
    for i, w in enumerate(b["who"]):
        check(f"who[{i}]", w["span"], w["text"])
        check(f"who[{i}].role", w["role_span"], w["role"])
    if b["what"]:
        check("what", b["what"]["span"], b["what"]["text"])
    if b["when"]:
        check("when", b["when"]["span"], b["when"]["text"])
    for i, w in enumerate(b["where"]):
        check(f"where[{i}]", w["span"], w["text"])
    return bad


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = brief_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_spans_schema_and_renderings(name, validator):
    text, _ = read_source(SAMPLES / name)
    date = dt.date.fromisoformat(DATES[name])
    for to in LANGS:
        b = newsbrief.brief(text, to=to, engine="lite", date=date)
        data = json.loads(render(b, "json"))
        assert not span_errors(text, data), (name, to, span_errors(text, data))
        assert not list(validator.iter_errors(data)), (name, to)
        assert data["who"] and data["what"] and data["where"] and data["summary_sentences"]
        assert data["when"] is not None and data["target_lang"] == to
        for fmt in ("markdown", "text"):
            _check_rendering(render(b, fmt), b, fmt)


def _eval_articles() -> list[tuple[str, dict]]:
    out = []
    for f in sorted((SAMPLES / "eval").glob("brief_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((f"{f.name}:{rec.get('id', len(out))}", rec))
    return out


def test_spans_hold_on_every_labelled_eval_article(validator):
    """The labelled sets hold articles in outlet styles the samples lack; spans must hold there."""
    articles = _eval_articles()
    assert len(articles) >= 20
    for key, rec in articles:
        date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
        for to in LANGS:
            b = newsbrief.brief(rec["text"], to=to, engine="lite", date=date)
            data = json.loads(render(b, "json"))
            assert not span_errors(rec["text"], data), (key, to, span_errors(rec["text"], data))
            assert not list(validator.iter_errors(data)), (key, to)
            for fmt in ("markdown", "text"):
                assert render(b, fmt).endswith("\n")


LABELS = {
    "en": ("What", "When", "Where", "Who", "Summary"),
    "id": ("Apa", "Kapan", "Di mana", "Siapa", "Ringkasan"),
    "zh": ("事件", "时间", "地点", "人物", "摘要"),
}
COUNTRY = {
    ("en", "ID"): "Indonesia", ("id", "ID"): "Indonesia", ("zh", "ID"): "印度尼西亚",
    ("en", "CN"): "China", ("id", "CN"): "Tiongkok", ("zh", "CN"): "中国",
    ("en", "GB"): "United Kingdom", ("zh", "GB"): "英国",
    ("en", "PH"): "Philippines", ("id", "PH"): "Filipina", ("zh", "PH"): "菲律宾",
}  # fmt: skip
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def _check_rendering(out: str, b: Brief, fmt: str) -> None:
    lang = b.target_lang
    lines = out.splitlines()
    for label in LABELS[lang]:
        heading = f"## {label}" if fmt == "markdown" else label + ("：" if lang == "zh" else ":")
        assert heading in lines, (lang, fmt, heading)
    # the date written out in the target language, with the source's words as evidence
    start, end = b.when.start, b.when.end or b.when.start
    when_line = lines[lines.index(next(h for h in lines if LABELS[lang][1] in h)) + 1]
    if lang == "zh":
        assert when_line.startswith(f"{start.year}年{start.month}月{start.day}日")
        assert f"{end.day}日" in when_line
    else:
        month = MONTHS[lang].split()
        assert when_line.startswith(f"{start.day}")
        assert f"{end.day} {month[end.month - 1]} {end.year}" in when_line
        if end != start:
            assert "–" in when_line
    assert b.when.text in out
    # countries named in the target language
    for w in b.where:
        if (lang, w.country) in COUNTRY:
            assert COUNTRY[lang, w.country] in out, (lang, w.country)
    # who with roles, on one line each; a role the glossary knows is written in the target language
    from newsbrief.render.localize import localize

    for p in localize(b).who:
        line = next(ln for ln in lines if p.text in ln and ln.lstrip().startswith(("-", "*")))
        if p.role:
            assert f" — {p.role_translation or p.role}" in line
    assert "None" not in out and "null" not in out
    if lang == "zh":
        assert "(" not in out.split("\n", 2)[1]  # full-width brackets in the header line


def test_dates_written_out_per_language():
    from newsbrief.model import When
    from newsbrief.render import format_when

    day = When(text="kemarin", start=dt.date(2023, 9, 13), time="14:27", span=(0, 7))
    assert format_when(day, "en") == "13 September 2023, 14:27"
    assert format_when(day, "id") == "13 September 2023, pukul 14.27"
    assert format_when(day, "zh") == "2023年9月13日 14:27"
    span = When(text="x", start=dt.date(2023, 5, 30), end=dt.date(2023, 6, 2), span=(0, 1))
    assert format_when(span, "en") == "30 May – 2 June 2023"
    assert format_when(span, "id") == "30 Mei – 2 Juni 2023"
    assert format_when(span, "zh") == "2023年5月30日至6月2日"
    years = When(text="x", start=dt.date(2023, 12, 30), end=dt.date(2024, 1, 2), span=(0, 1))
    assert format_when(years, "zh") == "2023年12月30日至2024年1月2日"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["id/banjir-banjarmasin.txt", "en/perth-stabbing.txt",
                                  "zh/kunming-agriculture-forum.txt"])  # fmt: skip
def test_cli_json_spans_index_the_file_as_read(name, validator):
    path = SAMPLES / name
    text, _ = read_source(path)
    for to, fmt in (("en", "json"), ("zh", "markdown"), ("id", "text")):
        r = run_cli(["brief", str(path), "--to", to, "--format", fmt, "--engine", "lite",
                     "--date", DATES[name]])  # fmt: skip
        assert r.code == 0 and r.err == "", r.err
        if fmt == "json":
            data = json.loads(r.out)
            assert not span_errors(text, data)
            assert not list(validator.iter_errors(data))
            assert data["source"] == str(path) and data["date"] == DATES[name]
        else:
            assert r.out.strip() and not r.out.lstrip().startswith("{")


@pytest.mark.slow
def test_cli_schema_is_a_valid_json_schema(validator):
    r = run_cli(["brief", "--schema"])
    assert r.code == 0
    assert json.loads(r.out) == brief_json_schema()


# -- bad input: one stderr line, exit 1 (usage errors 2), nothing on stdout ------------------------

ARTICLE = (SAMPLES / "en" / "thailand-rate-hike.txt").read_text(encoding="utf-8")
ARTICLE_ID = (SAMPLES / "id" / "banjir-banjarmasin.txt").read_text(encoding="utf-8")
COMMANDS = (["brief", "--engine", "lite"], ["detect"], ["summarize"], ["translate", "--to", "en"])


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """name -> (file, what the error line must say)."""
    d = tmp_path_factory.mktemp("bad")
    rnd = random.Random(7)
    files = {
        "empty": (b"", "input is empty"),
        "whitespace": (b"  \n\t \r\n ", "input is empty"),
        "png": (b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(300)), "PNG"),
        "gzip": (gzip.compress(ARTICLE.encode()), "gzip"),
        "random": (bytes(rnd.randrange(256) for _ in range(2000)), "binary"),
        "latin1": (("Café. " + ARTICLE_ID).encode("latin-1", "replace"), "not UTF-8"),
        "utf16-no-bom": (ARTICLE.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    }
    out = {}
    for name, (data, msg) in files.items():
        p = d / f"{name}.txt"
        p.write_bytes(data)
        out[name] = (p, msg)
    out["missing"] = (d / "nope.txt", "no such file")
    out["directory"] = (d, "is a directory")
    big = d / "big.txt"
    big.write_text(ARTICLE * 3, encoding="utf-8")
    out["big"] = (big, "size limit")
    return out


def assert_one_error_line(r, code: int, *expect: str) -> None:
    assert r.code == code, (r.code, r.err)
    assert r.out == "", r.out
    assert "Traceback" not in r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbrief: error: "), r.err
    for e in expect:
        assert e in lines[0], (e, lines[0])


@pytest.mark.slow
@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: c[0])
def test_bad_input_matrix(cmd, bad_files):
    for name, (path, msg) in bad_files.items():
        args = [*cmd, str(path)] + (["--max-bytes", "1000"] if name == "big" else [])
        assert_one_error_line(run_cli(args), 1, msg)
    # the size limit from the environment, and the same refusals on stdin ('-' and no argument)
    big = bad_files["big"][0]
    assert_one_error_line(run_cli([*cmd, str(big)], env={"NEWSBRIEF_MAX_BYTES": "1000"}), 1,
                          "1000 bytes")  # fmt: skip
    png = bad_files["png"][0].read_bytes()
    assert_one_error_line(run_cli([*cmd, "-"], input=png), 1, "stdin", "PNG")
    assert_one_error_line(run_cli(cmd, input=b" \n"), 1, "stdin: input is empty")


@pytest.mark.slow
def test_accepted_encodings_and_stdin_give_the_same_brief(tmp_path):
    ref = run_cli(["brief", "--engine", "lite", "--date", "2023-08-02"], input=ARTICLE)
    assert ref.code == 0 and ref.err == ""
    expected = json.loads(ref.out)
    for name, data in {
        "bom8": codecs.BOM_UTF8 + ARTICLE.encode(),
        "utf16le": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        "utf16be": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        "crlf": ARTICLE.replace("\n", "\r\n").encode(),
    }.items():
        p = tmp_path / f"{name}.txt"
        p.write_bytes(data)
        r = run_cli(["brief", str(p), "--engine", "lite", "--date", "2023-08-02"])
        assert r.code == 0, (name, r.err)
        got = json.loads(r.out)
        assert got["source"] == str(p)
        got["source"] = None
        assert got == expected, name
    dash = run_cli(["brief", "-", "--engine", "lite", "--date", "2023-08-02"], input=ARTICLE)
    assert json.loads(dash.out) == expected


@pytest.mark.slow
def test_usage_errors_are_one_line_exit_2():
    cases = [
        (["brief", "--date", "2023-13-01"], "--date must be YYYY-MM-DD"),
        (["brief", "--date", "yesterday"], "--date must be YYYY-MM-DD"),
        (["brief", "--to", "xx"], "unknown language 'xx'"),
        (["brief", "--to", ""], "unknown language ''"),
        (["brief", "--from", "xx"], "unknown language 'xx'"),
        (["brief", "--sentences", "0"], "--sentences"),
        (["summarize", "-n", "abc"], "--sentences"),
        (["brief", "--bogus"], "No such option: --bogus"),
        (["brief", "--format", "pdf"], "'pdf' is not one of"),
        (["brief", "--device", "tpu"], "--device"),
        (["bogus"], "No such command"),
        (["translate"], "Missing option '--to'"),
        (["translate", "--to", "xx"], "unknown language 'xx'"),
        (["detect", "--max-bytes", "0"], "--max-bytes"),
    ]
    for args, expect in cases:
        assert_one_error_line(run_cli(args, input=ARTICLE), 2, expect)
    # a bad option value is reported before the input is even read
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    assert_one_error_line(run_cli(["brief", "--date", "x"], input=png), 2, "--date")
    assert_one_error_line(run_cli(["brief", "--from", "xx"], input=png), 2, "'xx'")
    for value in ("abc", "-5", "0"):
        r = run_cli(["detect"], input=ARTICLE, env={"NEWSBRIEF_MAX_BYTES": value})
        assert_one_error_line(r, 2, "NEWSBRIEF_MAX_BYTES")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: c[0])
def test_terminal_stdin_without_input_is_a_usage_error_not_a_hang(cmd):
    master, slave = os.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "newsbrief", *cmd], stdin=slave,
                              capture_output=True, timeout=60)  # fmt: skip
    finally:
        os.close(slave)
        os.close(master)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.count("\n") == 1 and "no input" in err and f"newsbrief {cmd[0]} FILE" in err


# -- HTML: the brief is of the article, spans index the extracted text -----------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Thailand's central bank raises key rate to 2.25% | Bangkok Daily News</title>
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}</script>
<style>body{font-family:sans-serif}</style></head>
<body>
<header class="site-header"><div class="logo"><a href="/">Bangkok Daily News</a></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li></ul></nav>
<form class="search"><input name="q"><button>Go</button></form></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/business">Business</a></div>
<article class="story">
 <header><h1>Thailand&#39;s central bank raises key rate to 2.25%</h1>
 <p class="byline">By Somchai Rattanakorn &middot; <time datetime="2023-08-02">2 August 2023</time></p>
 </header>
 <div class="share-bar"><a href="#">Share on Facebook</a></div>
 <p>BANGKOK, Aug 2 &mdash; The Bank of Thailand raised its benchmark interest rate by a quarter
 of a percentage point to 2.25% on Wednesday, the highest level in nearly a decade.</p>
 <p>The monetary policy committee voted 6-1 for the increase, Assistant Governor Piti Sornsakul
 told a news conference in Bangkok. &ldquo;Policy is appropriate,&rdquo; he said.</p>
 <figure><img src="/a.jpg"><figcaption>The Bank of Thailand. Photo: Reuters</figcaption></figure>
 <div class="advert">Advertisement &mdash; Subscribe now</div>
 <p>Economists had been divided ahead of the meeting.</p>
 <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Baht falls</a></li></ul></aside>
</article>
<footer><p>&copy; 2023 Bangkok Daily News. All rights reserved.</p></footer>
<script src="/js/app.js"></script>
</body></html>"""


@pytest.mark.slow
def test_html_news_page_briefs_the_article(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    text, _ = read_source(page)
    for junk in ("Somchai", "Share", "Advertisement", "Related", "Baht falls", "Business",
                 "All rights", "dataLayer", "Photo"):  # fmt: skip
        assert junk not in text, junk
    assert text.startswith("Thailand's central bank raises key rate to 2.25%\n\nBANGKOK, Aug 2")
    r = run_cli(["brief", str(page), "--engine", "lite", "--date", "2023-08-02"])
    assert r.code == 0, r.err
    b = json.loads(r.out)
    assert not span_errors(text, b)
    assert "Bank of Thailand raised" in b["what"]["text"]
    assert b["when"]["start"] == "2023-08-02"
    assert b["where"][0]["place"] == "Bangkok" and b["where"][0]["country"] == "TH"
    assert any(
        w["text"] == "Piti Sornsakul" and w["role"] == "Assistant Governor" for w in b["who"]
    )
    same = run_cli(["brief", "--engine", "lite", "--date", "2023-08-02"], input=NEWS_PAGE)
    assert json.loads(same.out)["what"] == b["what"]
    # without --date the page's own <time datetime> dates the article ("on Wednesday")
    undated = json.loads(run_cli(["brief", str(page), "--engine", "lite"]).out)
    assert undated["date"] == "2023-08-02" and undated["when"]["start"] == "2023-08-02"


# -- detect: headline lists and mixed articles ------------------------------------------------------

HEADLINES = [
    ("Banjir rendam ribuan rumah di Banjarmasin", "id"),
    ("Thailand's central bank raises key rate to 2.25%", "en"),
    ("", "und"),
    ("怀化强降雨引发洪涝，3人遇难", "zh"),
    ("Banjir kilat melanda Shah Alam petang semalam, ratusan penduduk dipindahkan", "ms"),
    ("서울서 폭우로 3명 사망", "ko"),
    ("東京で大雨、3人死亡", "ja"),
    ("   ", "und"),
    ("Polisi tangkap 47 tersangka penipuan daring di Makassar", "id"),
    ("New Zealand to hold general election on 14 October", "en"),
]


@pytest.mark.slow
def test_detect_lines_one_object_per_line_in_order(tmp_path):
    f = tmp_path / "headlines.txt"
    f.write_text("\n".join(h for h, _ in HEADLINES) + "\n", encoding="utf-8")
    r = run_cli(["detect", "--lines", str(f)])
    assert r.code == 0 and r.err == ""
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["lang"] for row in rows] == [lang for _, lang in HEADLINES]
    assert all(not row["reliable"] for row in rows if row["lang"] == "und")
    # CRLF input and a last line without a newline give the same lines
    crlf = run_cli(["detect", "--lines"], input="\r\n".join(h for h, _ in HEADLINES))
    assert [json.loads(x)["lang"] for x in crlf.out.splitlines()] == [g for _, g in HEADLINES]


@pytest.mark.slow
def test_detect_json_reports_paragraphs_of_a_mixed_article():
    parts = [(SAMPLES / f).read_text(encoding="utf-8").strip() for f in
             ("id/banjir-banjarmasin.txt", "en/thailand-rate-hike.txt", "zh/lanzhou-marathon.txt")]  # fmt: skip
    text = "\n\n".join(parts)
    r = run_cli(["detect", "--format", "json"], input=text)
    det = json.loads(r.out)
    assert det["mixed"] is True
    assert {p["lang"] for p in det["paragraphs"]} == {"id", "en", "zh"}
    first = {}
    for p in det["paragraphs"]:
        first.setdefault(p["lang"], p["span"][0])
    assert first["id"] < first["en"] < first["zh"]
    for p in det["paragraphs"]:
        s, e = p["span"]
        assert text[s:e].strip() == text[s:e] and text[s:e]
    human = run_cli(["detect"], input=text)
    assert "mixed languages" in human.out.splitlines()[0]
    assert sum(1 for line in human.out.splitlines() if line.startswith("  paragraph ")) == len(
        det["paragraphs"]
    )


# -- help and start-up ----------------------------------------------------------------------------

SUBCOMMANDS = ([], ["detect"], ["brief"], ["summarize"], ["translate"], ["batch"], ["eval"],
               ["models"], ["models", "list"], ["models", "check"], ["models", "pull"])  # fmt: skip


@pytest.mark.slow
def test_help_is_clear_everywhere():
    for sub in SUBCOMMANDS:
        r = run_cli([*sub, "--help"], env={"COLUMNS": "120"})
        assert r.code == 0 and r.err == "", sub
        low = r.out.lower()
        for placeholder in ("todo", "placeholder", "not implemented", "xxx", "lorem", "fixme"):
            assert placeholder not in low, (sub, placeholder)
        assert re.search(r"Usage: (python -m )?newsbrief", r.out), sub
    brief_help = run_cli(["brief", "-h"], env={"COLUMNS": "120"}).out
    for opt in ("--to", "--format", "--engine", "--date", "--from", "--sentences", "--schema"):
        assert opt in brief_help


@pytest.mark.slow
def test_help_imports_no_heavy_module():
    code = (
        "import sys\nsys.argv = ['newsbrief', '--help']\nfrom newsbrief.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'torch', 'transformers', 'numpy', 'jieba', 'ctranslate2', 'ray', 'langdetect'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().splitlines()[-1] == "[]"


# -- the library, as README shows it ---------------------------------------------------------------


def test_library_api_as_in_the_readme():
    text = (SAMPLES / "id" / "banjir-banjarmasin.txt").read_text(encoding="utf-8")
    b = newsbrief.brief(text, to="en", engine="lite", date=dt.date(2023, 6, 6))
    assert isinstance(b, newsbrief.Brief) and b.target_lang == "en" and b.lang == "id"
    assert b.when.start == dt.date(2023, 6, 5)
    assert b.where[0].place == "Banjarmasin" and b.where[0].country == "ID"
    md = newsbrief.render(b, "markdown")
    assert md.startswith("# News brief\n") and "5 June 2023" in md
    assert json.loads(newsbrief.render(b))["when"]["start"] == "2023-06-05"
    det = newsbrief.detect("Banjir kilat melanda Shah Alam petang semalam")
    assert det.lang == "ms"
    sents = newsbrief.summarize(text, sentences=2)
    assert len(sents) == 2 and all(text[s.start : s.end] == s.text for s in sents)
    assert sents[0].start < sents[1].start


def test_library_html_page_via_html_to_text():
    # brief() takes text (its spans index the string given); a page goes through html_to_text
    text = newsbrief.html_to_text(NEWS_PAGE)
    b = newsbrief.brief(text, engine="lite", date=dt.date(2023, 8, 2))
    assert "<" not in b.what.text and "Bank of Thailand raised" in b.what.text
    assert not span_errors(text, json.loads(newsbrief.render(b)))


def test_library_errors_are_newsbrief_errors():
    with pytest.raises(InputError, match="input is empty"):
        newsbrief.brief("", engine="lite")
    with pytest.raises(InputError, match="only whitespace"):
        newsbrief.summarize("  \n ")
    b = newsbrief.brief("Polisi menangkap dua tersangka di Jakarta pada Senin.", engine="lite")
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        newsbrief.render(b, "pdf")
    with pytest.raises(UsageError, match="unknown language 'xx'"):
        newsbrief.brief("Polisi menangkap dua tersangka di Jakarta.", to="xx", engine="lite")
