"""What a new user meets on the command line: readable help at 80 columns, quiet defaults from
config.toml or NEWSBRIEF_* variables, --quiet on every command, per-file dates in brief and batch."""

from __future__ import annotations

import json
import os

import pytest

from conftest import SAMPLES, run_cli

COMMANDS = [
    ["brief"], ["detect"], ["summarize"], ["translate"], ["batch"], ["eval"], ["digest"],
    ["models", "list"], ["models", "check"], ["models", "pull"], [],
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_names_values_not_types_and_fits_80_columns(command):
    res = run_cli([*command, "--help"], env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"})
    assert res.code == 0, res.err
    for bad in ("<bool>", "<str>", "<int>", "<float>", "<list", "{", "…"):
        assert bad not in res.out, (command, bad)
    assert all(len(line) <= 80 for line in res.out.splitlines())
    if command and command != ["models", "check"]:
        assert "Examples" in res.out and "$ newsbrief" in res.out


BANJIR = SAMPLES / "id" / "banjir-banjarmasin.txt"


@pytest.mark.slow
def test_the_quick_start_is_quiet_without_models_after_one_notice(tmp_path):
    args = ["brief", str(BANJIR), "--date", "2023-06-06", "--format", "text"]
    first = run_cli(args)
    assert first.code == 0
    assert first.err.count("\n") == 1 and "no models downloaded" in first.err
    again = run_cli(args)
    assert again.code == 0 and again.err == ""
    to_en = run_cli([*args, "--to", "en"])
    lines = to_en.err.strip().splitlines()
    assert len(lines) == 1 and "models pull --task translation --pair id-en" in lines[0]
    assert run_cli([*args, "--to", "en", "--quiet"]).err == ""


@pytest.mark.slow
def test_config_file_and_environment_set_the_defaults():
    from newsbrief.config import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('to = "zh"\nengine = "lite"\n', encoding="utf-8")
    res = run_cli(["brief", str(BANJIR), "--format", "text"])
    assert res.code == 0 and "新闻简报" in res.out and res.err == ""
    res = run_cli(["brief", str(BANJIR), "--format", "text"], env={"NEWSBRIEF_TO": "en"})
    assert "NEWS BRIEF" in res.out
    res = run_cli(["brief", str(BANJIR), "--format", "text", "--to", "id"])
    assert "RINGKASAN BERITA" in res.out
    path.write_text('engine = "fast"\n', encoding="utf-8")
    res = run_cli(["brief", str(BANJIR)])
    assert res.code == 1 and res.err.count("\n") == 1 and "engine must be one of" in res.err


@pytest.mark.slow
def test_batch_dates_per_file_match_the_single_command(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    text = "Floods hit Banjarmasin on Monday, officials said. Thousands of residents fled.\n"
    (feed / "2023-06-07-floods.txt").write_text(text, encoding="utf-8")
    (feed / "side.txt").write_text(text, encoding="utf-8")
    (feed / "side.date").write_text("2023-06-08\n", encoding="utf-8")
    (feed / "listed.txt").write_text(text, encoding="utf-8")
    (feed / "header.txt").write_text("Date: 2023-06-09\n" + text, encoding="utf-8")
    (feed / "none.txt").write_text(text, encoding="utf-8")
    dates = tmp_path / "dates.csv"
    dates.write_text("path,date\nlisted.txt,2023-06-10\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli(
        ["batch", str(feed), "--out", str(out), "--engine", "lite", "--dates", str(dates)]
    )
    assert res.code == 0, res.err
    rows = {
        r["path"]: r
        for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())
        if "path" in r
    }
    assert {p: (r["date"], r["date_source"]) for p, r in rows.items()} == {
        "2023-06-07-floods.txt": ("2023-06-07", "file-name"),
        "side.txt": ("2023-06-08", "sidecar"),
        "listed.txt": ("2023-06-10", "dates-file"),
        "header.txt": ("2023-06-09", "header"),
        "none.txt": (None, None),
    }
    briefs = {p: json.loads((out / r["output"]).read_text()) for p, r in rows.items()}
    assert briefs["side.txt"]["when"]["start"] == "2023-06-05"
    when = briefs["none.txt"]["when"]
    assert when is None or when["start"] is None  # "Monday" with nothing to count from
    assert any("give --date" in w for w in briefs["none.txt"]["warnings"])
    # the single command prints the same bytes, run from the folder on the same relative path
    for name in ("side.txt", "2023-06-07-floods.txt"):
        single = run_cli(["brief", name, "--engine", "lite"], cwd=feed)
        assert single.out == (out / rows[name]["output"]).read_text(encoding="utf-8")
    listed = run_cli(["brief", "listed.txt", "--engine", "lite", "--dates", str(dates)], cwd=feed)
    assert listed.out == (out / rows["listed.txt"]["output"]).read_text(encoding="utf-8")


@pytest.mark.slow
def test_one_manifest_line_per_input_after_resumes(tmp_path):
    feed = tmp_path / "feed"
    for lang in ("id", "en"):
        (feed / lang).mkdir(parents=True)
        for f in sorted((SAMPLES / lang).glob("*.txt"))[:2]:
            (feed / lang / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    for _ in range(3):
        res = run_cli(["batch", str(feed), "--out", str(out), "--engine", "lite", "--quiet"])
        assert res.code == 0, res.err
    lines = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    paths = [x["path"] for x in lines if "path" in x]
    assert sorted(paths) == paths and len(paths) == len(set(paths)) == 4
    assert all(x["status"] == "ok" for x in lines if "path" in x)
    assert os.listdir(out) and not [n for n in os.listdir(out) if n.startswith(".manifest")]
