"""newsbrief digest: events across languages, and the page a reader sees (HTML, Markdown, JSON)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLES
from newsbrief.digest import GroupOptions, digest, digest_briefs, render_digest
from newsbrief.digest.cluster import candidate_pairs, group
from newsbrief.digest.features import Features, features
from newsbrief.digest.sounds import han_romanised, han_skeleton, latin_joined, latin_skeleton
from newsbrief.model import Brief, What, When, Where, Who

DIGEST_SAMPLES = SAMPLES / "digest"
STORIES = sorted({p.stem for p in DIGEST_SAMPLES.glob("*/*.txt")})


@pytest.fixture(scope="module")
def sample_digest(tmp_path_factory):
    if not DIGEST_SAMPLES.is_dir():
        pytest.skip("no samples/digest")
    briefs = tmp_path_factory.mktemp("briefs")
    return digest(DIGEST_SAMPLES, to="en", briefs=briefs, engine="lite")


def _brief(lang: str, what: str, who: list[str] = (), day: dt.date | None = None, **kw) -> Brief:
    return Brief(
        lang=lang,
        lang_confidence=1.0,
        target_lang=lang,
        summary=what,
        summary_lang=lang,
        who=[Who(text=n, kind="person", span=(0, 1), role=kw.get("role")) for n in who],
        what=What(text=what, span=(0, len(what))),
        when=When(text="x", start=day, span=(0, 1)) if day else None,
        where=kw.get("where", []),
        engine="lite",
    )


def _briefs_folder(folder: Path, briefs: dict[str, Brief], failed: dict[str, str] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for path, b in briefs.items():
        out = path.rsplit(".", 1)[0] + ".json"
        (folder / out).parent.mkdir(parents=True, exist_ok=True)
        (folder / out).write_text(b.model_dump_json(), encoding="utf-8")
        lines.append({"path": path, "status": "ok", "output": out, "sha256": "x", "spec": "s"})
    for path, err in dict(failed).items():
        lines.append({"path": path, "status": "failed", "error": err, "output": None})
    (folder / "manifest.jsonl").write_text(
        "".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8"
    )
    return folder


# --- grouping -------------------------------------------------------------------------------


def test_each_sample_story_is_one_event_across_its_languages(sample_digest):
    assert len(STORIES) >= 6
    got = sorted(sorted(a.path for a in e.articles) for e in sample_digest.events)
    want = sorted(
        sorted(p.relative_to(DIGEST_SAMPLES).as_posix() for p in DIGEST_SAMPLES.glob(f"*/{s}.txt"))
        for s in STORIES
    )
    assert got == want
    assert all(len(e.languages) >= 2 for e in sample_digest.events)


def test_sample_events_carry_when_where_and_merged_names(sample_digest):
    ferry = next(e for e in sample_digest.events if "ferry" in e.articles[0].path)
    assert ferry.when and ferry.when.start == dt.date(2024, 3, 12)
    assert ferry.when.text == "12 March 2024"
    assert any(p.country == "ID" for p in ferry.where)
    badminton = next(e for e in sample_digest.events if "bulu" in e.articles[0].path)
    chen = next(w for w in badminton.who if w.name == "Chen Hao" or "陈浩" in w.also)
    assert {"Chen Hao", "陈浩"} <= {chen.name, *chen.also}


def test_dates_more_than_a_day_apart_do_not_join():
    a = _brief("en", "Flood in Medan", ["Rahmat Siregar"], dt.date(2024, 1, 1))
    b = _brief("id", "Banjir di Medan", ["Rahmat Siregar"], dt.date(2024, 1, 5))
    c = _brief("id", "Banjir di Medan", ["Rahmat Siregar"], dt.date(2024, 1, 2))
    assert group([features(a), features(b), features(c)]) == [[0, 2], [1]]


def test_a_story_told_in_two_languages_is_one_event_and_another_story_is_not():
    where = [Where(text="Palu", place="Palu", country="ID", kind="city", span=(0, 1))]
    day = dt.date(2018, 9, 28)
    en = _brief("en", "Quake kills 384 in Palu", ["Sutopo Purwo Nugroho"], day, where=where)
    zh = _brief("zh", "帕卢地震造成384人死亡", ["苏托波"], day, where=where)
    other = _brief("en", "Bridge opens in Kupang", ["Maria Lopes"], day)
    assert group([features(en), features(zh), features(other)]) == [[0, 1], [2]]


def test_translated_summaries_join_stories_that_share_no_name(tmp_path):
    day = dt.date(2024, 5, 2)
    zh = _brief("zh", "一座新桥在河口开通，渡轮停运。", [], day)
    zh.target_lang = "en"
    zh.what.translation = "A new bridge opened at the estuary and the ferry service stopped."
    en = _brief("en", "The ferry service stopped as a new bridge opened at the estuary.", [], day)
    other = _brief("en", "Farmers protested grain prices outside parliament.", [], day)
    folder = _briefs_folder(tmp_path / "b", {"zh.txt": zh, "en.txt": en, "other.txt": other})
    d = digest_briefs(folder, to="en")
    assert sorted(sorted(a.path for a in e.articles) for e in d.events) == [
        ["en.txt", "zh.txt"],
        ["other.txt"],
    ]
    bridge = next(e for e in d.events if len(e.articles) == 2)
    assert bridge.what.lang == "en" and not bridge.what.translated  # the English original leads
    zh_only = digest_briefs(_briefs_folder(tmp_path / "c", {"zh.txt": zh}), to="en")
    assert zh_only.events[0].what.translated
    assert zh_only.events[0].what.text.startswith("A new bridge")


def test_a_key_shared_by_many_briefs_makes_no_candidates():
    common = Features(countries={"US"}, numbers={"2018"})
    rare = Features(names={"kavanaugh"})
    postings = {"c:US": list(range(500)), "#:2018": list(range(500)), "n:kavanaugh": [3, 7]}
    assert candidate_pairs(postings, GroupOptions().max_block) == {(3, 7)}
    many = GroupOptions().max_block + 1
    assert len(group([common] * many + [rare])) == many + 1


def test_a_counted_group_gives_its_number_not_names():
    b = _brief("en", "Quake hits Palu")
    b.who = [Who(text="At least 384 people", kind="group", span=(0, 1))]
    f = features(b)
    assert f.numbers == {"384"} and not f.names & {"least", "people"} and not f.sounds


def test_numbers_meet_across_thousand_separators():
    en = features(_brief("en", "The flood reached 4,300 homes."))
    id_ = features(_brief("id", "Banjir merendam 4.300 rumah."))
    zh = features(_brief("zh", "洪水淹没4300户房屋。"))
    assert en.numbers == id_.numbers == zh.numbers == {"4300"}


@pytest.mark.parametrize(
    ("latin", "han"),
    [
        ("Kavanaugh", "卡瓦诺"),
        ("Flake", "弗雷克"),
        ("James", "詹姆斯"),
        ("Trump", "特朗普"),
        ("Carter", "卡特"),  # silent r before a consonant
        ("Smith", "史密斯"),  # final th heard as s
    ],
)
def test_a_foreign_name_and_its_transliteration_share_a_skeleton(latin, han):
    assert latin_skeleton(latin) == han_skeleton(han)


def test_a_chinese_name_meets_its_pinyin_spelling():
    assert han_romanised("陈浩") == latin_joined("Chen Hao") == "chenhao"
    assert han_romanised("萨克蒂·瓦希尤迪") == ""  # a dotted name is foreign: no pinyin reading


# --- formats --------------------------------------------------------------------------------


def test_markdown_and_json_carry_the_same_events(sample_digest):
    data = json.loads(render_digest(sample_digest, "json"))
    md = render_digest(sample_digest, "markdown")
    assert [e["id"] for e in data["events"]] == re.findall(r'<a id="([^"]+)"></a>', md)
    for e in data["events"]:
        assert {"id", "when", "where", "who", "what", "articles"} <= set(e)
        for a in e["articles"]:
            assert a["path"] in md and {"path", "lang"} <= set(a)
    assert "failed" in data


def test_json_paths_are_as_the_manifest_writes_them(tmp_path):
    folder = _briefs_folder(
        tmp_path / "b",
        {"feed/a b.txt": _brief("en", "Storm hits Darwin", ["Mia Tan"])},
        failed={"feed/bad.bin": "binary data, not text"},
    )
    d = json.loads(render_digest(digest_briefs(folder), "json"))
    assert d["events"][0]["articles"][0]["path"] == "feed/a b.txt"
    assert d["failed"] == [
        {"path": "feed/bad.bin", "status": "failed", "error": "binary data, not text"}
    ]


def test_zh_page_writes_dates_and_labels_in_chinese(tmp_path):
    folder = _briefs_folder(
        tmp_path / "b", {"a.txt": _brief("en", "Storm hits Darwin", [], dt.date(2024, 2, 3))}
    )
    md = render_digest(digest_briefs(folder, to="zh"), "markdown")
    assert "2024年2月3日" in md and "# 新闻摘要" in md and "未翻译" in md


XSS = [
    "<script>document.title='PWNED'</script>",
    '"><img src=x onerror="document.body.setAttribute(\'data-pwned\',1)">',
]


def _hostile(tmp_path: Path) -> Path:
    return _briefs_folder(
        tmp_path / "hostile",
        {
            f"x{i}.txt": _brief("en", f"Headline {bad}", [f"Name {bad}"], role=bad)
            for i, bad in enumerate(XSS)
        },
    )


def test_markup_in_article_text_shows_as_text(tmp_path):
    d = digest_briefs(_hostile(tmp_path))
    page = render_digest(d, "html")
    assert "<script" not in page and "<img" not in page and 'onerror="' not in page
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=" in page
    md = render_digest(d, "markdown")
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script\\>" in md


def test_html_is_self_contained():
    page = (
        Path(__file__).resolve().parents[3] / "src/newsbrief/digest/templates/digest.html.j2"
    ).read_text()
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "@media print" in page


# --- CLI and resume -------------------------------------------------------------------------


def test_cli_digests_an_article_folder_and_resumes(tmp_path, cli):
    src = tmp_path / "in"
    for p in sorted(DIGEST_SAMPLES.glob("*/ferry-fire-padangbai.txt")):
        (src / p.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(p, src / p.parent.name / p.name)
    (src / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    out = tmp_path / "digest.json"
    args = ["digest", str(src), "--engine", "lite", "-f", "json", "-o", str(out)]
    r = cli(args)
    assert r.code == 0, r.err
    assert r.err == f"newsbrief: digest: 3 ok, 1 failed, 0 skipped; 1 event; wrote {out}\n"
    d = json.loads(out.read_text(encoding="utf-8"))
    assert len(d["events"]) == 1 and len(d["events"][0]["articles"]) == 3
    assert [f["path"] for f in d["failed"]] == ["broken.txt"]
    briefs = src / ".newsbrief-briefs"
    before = {p: p.stat().st_mtime_ns for p in briefs.rglob("*.json")}
    assert len(before) == 3
    shutil.copy(DIGEST_SAMPLES / "en" / "manila-rate-hold.txt", src / "manila.txt")
    assert cli(args).code == 0
    # resumed: the three briefs are the same files, untouched; only the new article was briefed
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert (briefs / "manila.json").is_file()
    assert len(json.loads(out.read_text(encoding="utf-8"))["events"]) == 2


def test_cli_bad_folder_is_one_line(tmp_path, cli):
    r = cli(["digest", str(tmp_path / "nope")])
    assert r.code != 0 and r.out == ""
    assert r.err.count("\n") == 1 and "no such folder" in r.err


# --- the page in a real browser -------------------------------------------------------------


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _dump_dom(browser: str, page: Path) -> str:
    proc = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return proc.stdout.decode("utf-8")


@pytest.mark.slow
def test_browser_shows_every_event_and_runs_no_script(tmp_path, sample_digest):
    browser = _browser()
    if browser is None:
        pytest.skip("no chromium on this machine (.ci/run installs one where it can)")
    hostile = digest_briefs(_hostile(tmp_path))
    d = sample_digest.model_copy(update={"events": sample_digest.events + hostile.events})
    page = tmp_path / "digest.html"
    page.write_text(render_digest(d, "html"), encoding="utf-8")
    dom = _dump_dom(browser, page)
    headings = re.findall(r'<article class="event" id="([^"]+)">\s*<h3[^>]*>(.*?)</h3>', dom, re.S)
    assert [i for i, _ in headings] == [e.id for e in d.events]
    for e, (_, h3) in zip(d.events, headings, strict=True):
        assert _html_text(e.what.text) in h3
    assert "<script" not in dom and "<img" not in dom and "data-pwned" not in dom.split(">", 2)[1]
    assert "<title>News digest</title>" in dom
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom


def _html_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
