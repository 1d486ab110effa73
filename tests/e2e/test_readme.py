"""The README's shell examples, run as written against samples/ (in a temp folder that holds the
files they name): each exits 0, or says in its own comment that it needs models and then fails
with one line that says how to get them. Examples that download (models pull), install
(pip), or need a cluster or ../shared data are listed as not run, with the reason."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

README = ROOT / "README.md"
# What an example may need that a fresh test machine has not got, and so is not run here.
NOT_RUN = {
    "models pull": "downloads models",
    "models check": "loads every configured model (downloads on a machine that has none)",
    "../shared/": "reads data that is not part of the repository",
    "--executor ray": "needs a Ray cluster",
}


def blocks() -> list[list[str]]:
    """The `newsbrief ...` commands of each of the README's ```sh blocks, comment included."""
    out: list[list[str]] = []
    inside = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line.strip() == "```sh"
            if inside:
                out.append([])
            continue
        if inside:
            for part in line.split("&&"):
                part = part.strip()
                if part.startswith("newsbrief "):
                    out[-1].append(part)
    return out


def examples() -> list[str]:
    """Every `newsbrief ...` command in the README's ```sh blocks, in the README's order."""
    return [e for block in blocks() for e in block]


def _argv(example: str) -> list[str]:
    return shlex.split(example.partition("#")[0].split("<")[0])


def _writes(example: str) -> str | None:
    """The folder an example writes with --out, if any."""
    argv = _argv(example)
    return argv[argv.index("--out") + 1] if "--out" in argv[:-1] else None


def prerequisites(example: str) -> list[str]:
    """The earlier commands of the example's own block that make a folder it reads (the
    digest block's `batch feed/ --out briefs/` for `digest briefs/`): each test runs them first,
    so an example never depends on which other examples ran before it, or in what order."""
    for block in blocks():
        if example in block:
            earlier = block[: block.index(example)]
            reads = set(_argv(example)[1:])
            writers = {_writes(e): e for e in earlier if _writes(e) and not _skip_reason(e)}
            return [e for out, e in writers.items() if out in reads]
    return []


def _skip_reason(example: str) -> str | None:
    return next((why for key, why in NOT_RUN.items() if key in example), None)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder with the files the examples name: samples/, article.txt, headlines.txt, feed/."""
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(SAMPLES, work / "samples")
    shutil.copy(SAMPLES / "id" / "banjir-banjarmasin.txt", work / "article.txt")
    heads = [json_line.split('"text": "', 1)[1].split('"', 1)[0] for json_line in
             (SAMPLES / "eval" / "detect.jsonl").read_text(encoding="utf-8").splitlines()[:6]]  # fmt: skip
    (work / "headlines.txt").write_text("\n".join(heads) + "\n", encoding="utf-8")
    for lang in ("id", "en", "zh"):
        shutil.copytree(SAMPLES / lang, work / "feed" / lang)
    return work


def test_the_readme_has_examples_for_every_command():
    commands = {e.split()[1] for e in examples()}
    assert {"brief", "detect", "summarize", "translate", "batch", "models", "eval"} <= commands


def _run(example: str, workdir: Path) -> subprocess.CompletedProcess:
    command = example.partition("#")[0]
    cmd = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "newsbrief", *_argv(example)[1:]])
    if "<" in command:
        cmd += " < " + shlex.quote(command.split("<", 1)[1].strip())
    return subprocess.run(
        cmd, shell=True, cwd=workdir, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NEWSBRIEF_QUIET": ""},
    )  # fmt: skip


def test_an_example_that_reads_a_made_folder_makes_it_first():
    digest = next(e for e in examples() if e.startswith("newsbrief digest briefs/"))
    assert [_writes(e) for e in prerequisites(digest)] == ["briefs/"]
    assert prerequisites(next(e for e in examples() if e.startswith("newsbrief brief "))) == []


@pytest.mark.slow
@pytest.mark.parametrize("example", examples())
def test_readme_example_runs_as_written(example, workdir):
    why = _skip_reason(example)
    if why:
        pytest.skip(f"not run here: {why}")
    for before in prerequisites(example):
        made = _run(before, workdir)
        assert made.returncode == 0, f"{before}\n{made.stderr[-2000:]}"
    comment = example.partition("#")[2]
    proc = _run(example, workdir)
    if "needs" in comment and "model" in comment:
        assert proc.returncode == 1, proc.stderr
        assert "models pull" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        return
    assert proc.returncode == 0, f"{example}\n{proc.stderr[-2000:]}"
    assert proc.stdout.strip() or "ok" in proc.stderr
