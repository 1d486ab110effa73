"""`newsbrief <task> FILE` and `newsbrief batch --task <task>` print the same bytes.

Both go through ``task.run_task`` and ``render.output``; this test holds them to it for every
task and format both commands offer, a mixed-language article included. The single-file command
runs from the input folder on the same relative path, so the brief's `source` matches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app

runner = CliRunner()

ARTICLES = {
    "id.txt": "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada hari Senin. "
    "Jembatan itu menghubungkan dua kecamatan.\n\nWarga menyambut peresmian dengan gembira.\n",
    "zh.txt": "周一，王伟在北京为一座新桥剪彩。福州暴雨导致洪水，三千人被迫离开家园。\n",
    # English and Chinese paragraphs: detect reports "mixed" with a line per paragraph
    "mixed.txt": "Floods hit the city of Jakarta on Monday after two days of heavy rain, and the "
    "police said that three thousand people had to leave their homes in the eastern districts.\n\n"
    "周一，连续两天的暴雨导致雅加达发生洪水，警方表示，东部地区有三千人不得不离开家园。"
    "救援人员正在现场工作。\n",
}

# (task, format, extra options) that both commands offer without a model
LITE_CASES = [
    ("brief", "json", ["--engine", "lite"]),
    ("brief", "markdown", ["--engine", "lite"]),
    ("brief", "text", ["--engine", "lite"]),
    ("brief", "text", ["--engine", "lite", "--to", "en", "--date", "2024-05-20"]),
    ("detect", "json", []),
    ("detect", "text", []),
    ("summarize", "json", ["-n", "2"]),
    ("summarize", "text", []),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def _suffix(task: str, fmt: str) -> str:
    return ".json" if fmt == "json" else ".md" if (task, fmt) == ("brief", "markdown") else ".txt"


def _assert_parity(src: Path, out: Path, task: str, fmt: str, extra: list[str], monkeypatch):
    res = runner.invoke(
        app, ["batch", str(src), "--out", str(out), "--task", task, "-f", fmt, "-q", *extra]
    )
    assert res.exit_code == 0, res.output
    monkeypatch.chdir(src)
    for name in ARTICLES:
        single = runner.invoke(app, [task, name, "-f", fmt, *extra])
        assert single.exit_code == 0, single.output
        made = (out / name).with_suffix(_suffix(task, fmt)).read_bytes()
        assert made == single.stdout_bytes, (task, fmt, name)
        assert made.endswith(b"\n") and made.strip()


@pytest.mark.parametrize(("task", "fmt", "extra"), LITE_CASES)
def test_single_file_and_batch_print_the_same_bytes(
    folder, tmp_path, task, fmt, extra, monkeypatch
):
    _assert_parity(folder, tmp_path / "out", task, fmt, extra, monkeypatch)


def test_mixed_article_is_reported_mixed_by_both(folder, tmp_path, monkeypatch):
    _assert_parity(folder, tmp_path / "out", "detect", "text", [], monkeypatch)
    text = (tmp_path / "out" / "mixed.txt").read_text(encoding="utf-8")
    first, *paragraphs = text.splitlines()
    assert "(mixed languages; per paragraph below)" in first
    assert [p.split(": ")[1].split()[0] for p in paragraphs] == ["en", "zh"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_translate_parity_through_tiny_models(folder, tmp_path, fmt, tiny_models, monkeypatch):
    from tiny_models import models_yaml

    yaml = tmp_path / "models.yaml"
    yaml.write_text(models_yaml(tiny_models, summ=False, ner=False))
    extra = ["--to", "en", "--models", str(yaml), "--offline"]
    _assert_parity(folder, tmp_path / "out", "translate", fmt, extra, monkeypatch)
