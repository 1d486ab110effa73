"""`newsbrief batch`: failure isolation, safe output names, manifest, resume, kills, parity with
single-file output, cross-article translation batches."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from newsbrief.batch import store as bio
from newsbrief.batch.core import (
    Item,
    LoadedEngines,
    TaskSpec,
    process_batch,
    run_task,
)
from newsbrief.batch.local import run_batch
from newsbrief.read import decode

LITE = TaskSpec(task="brief", engine="lite")

HTML = """<!doctype html><html><head><title>Banjir Jakarta</title></head><body>
<nav>Home | News</nav><article><h1>Banjir melanda Jakarta Utara</h1>
<p>JAKARTA - Banjir setinggi satu meter melanda lima kelurahan di Jakarta Utara pada Senin
(3/3/2025) setelah hujan deras sejak Minggu malam.</p>
<p>Kepala BPBD DKI Jakarta, Budi Santoso, mengatakan 1.200 warga telah dievakuasi ke
posko pengungsian.</p></article><footer>(c) Koran</footer></body></html>
"""


def _samples(lang: str) -> list[Path]:
    files = sorted((SAMPLES / lang).glob("*.txt"))
    if not files:
        pytest.skip(f"no samples/{lang}")
    return files


def make_folder(root: Path) -> Path:
    """id/en/zh articles in nested folders, an HTML page, a Markdown file, and bad files."""
    src = root / "in"
    (src / "id" / "deep").mkdir(parents=True)
    (src / "en").mkdir()
    (src / "zh").mkdir()
    (src / "id" / "a.txt").write_bytes(_samples("id")[0].read_bytes())
    (src / "id" / "deep" / "b.txt").write_bytes(_samples("id")[1].read_bytes())
    (src / "en" / "c.txt").write_bytes(_samples("en")[0].read_bytes())
    (src / "en" / "with space ü.md").write_bytes(_samples("en")[1].read_bytes())
    (src / "zh" / "d.txt").write_bytes(_samples("zh")[0].read_bytes())
    (src / "page.html").write_text(HTML, encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00" * 50)
    (src / "empty.txt").write_bytes(b"")
    (src / "latin1.txt").write_bytes("Berita café di Jakarta hari ini.".encode("latin-1"))
    (src / "notes.csv").write_text("not,an,article\n")  # not matched by the default patterns
    return src


GOOD = ["en/c.txt", "en/with space ü.md", "id/a.txt", "id/deep/b.txt", "page.html", "zh/d.txt"]
BAD = ["binary.txt", "empty.txt", "latin1.txt"]


def manifest(out: Path) -> list[dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def expected(src: Path, rel: str, spec: TaskSpec = LITE) -> str:
    """The single-file output for one article, computed in-process (same core as the CLI)."""
    return run_task(decode((src / rel).read_bytes(), name=rel), spec.validated(), source=rel).text


# -- the pure core ----------------------------------------------------------------------------


def test_process_batch_isolates_failures_and_keeps_order(tmp_path, monkeypatch):
    # every item sleeps this long inside its timed section, so its seconds must cover it
    monkeypatch.setenv("NEWSBRIEF_TEST_ITEM_DELAY", "0.05")
    good = _samples("en")[0].read_bytes()
    items = [
        Item.of("one.txt", good),
        Item.of("bin.txt", b"\x00\x00\x00binary\x00"),
        Item.of("empty.txt", b"   \n"),
        Item.of("zh.txt", _samples("zh")[0].read_bytes()),
        Item.of("two.txt", good.decode("utf-8")),  # text items work too (e.g. from Ray)
    ]
    before = sorted(os.listdir(tmp_path))
    results = process_batch(items, LITE, LoadedEngines(LITE))
    assert [r.path for r in results] == [i.path for i in items]
    assert [r.status for r in results] == ["ok", "failed", "failed", "ok", "ok"]
    assert "binary" in results[1].error and results[1].output is None
    assert "empty" in results[2].error
    one = json.loads(results[0].output)
    assert one["source"] == "one.txt" and one["lang"] == "en"
    assert json.loads(results[3].output)["lang"] == "zh"
    assert json.loads(results[4].output)["source"] == "two.txt"
    assert all(0.05 <= r.seconds < 60 for r in results), [r.seconds for r in results]
    assert sorted(os.listdir(tmp_path)) == before  # the core writes nothing


def test_unexpected_exception_is_one_failed_item(monkeypatch):
    import newsbrief.batch.core as core

    real = core.run_task

    def boom(text, options, *, source, **kwargs):
        if source == "bad.txt":
            raise RuntimeError("kaput")
        return real(text, options, source=source, **kwargs)

    monkeypatch.setattr(core, "run_task", boom)
    text = _samples("en")[0].read_bytes()
    res = process_batch(
        [Item.of("bad.txt", text), Item.of("ok.txt", text)], LITE, LoadedEngines(LITE)
    )
    assert res[0].status == "failed" and res[0].error == "internal error: RuntimeError: kaput"
    assert res[1].status == "ok"


class FakeTranslator:
    """Marks every chunk so the test can see which went through which call."""

    def __init__(self, src: str, tgt: str) -> None:
        self.src, self.tgt = src, tgt
        self.model_ids = [f"fake-{src}-{tgt}"]
        self.max_input_tokens = 40
        self.calls: list[list[str]] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 1

    def translate_batch(self, texts: list[str]) -> list[str]:
        self.calls.append(list(texts))
        return [f"<{self.tgt}>{t[::-1]}" for t in texts]


def test_translate_batches_sentences_across_articles():
    from newsbrief.translate import translate

    spec = TaskSpec(task="translate", to="en", format="json").validated()
    fake = FakeTranslator("id", "en")
    engines = LoadedEngines(spec, translators={("id", "en"): fake})
    texts = [p.read_text(encoding="utf-8") for p in _samples("id")[:3]]
    items = [Item.of(f"{i}.txt", t.encode("utf-8")) for i, t in enumerate(texts)]
    items.append(Item.of("en.txt", _samples("en")[0].read_bytes()))  # en -> en: passes through
    items.append(Item.of("bad.txt", b""))
    results = process_batch(items, spec, engines)
    assert [r.status for r in results] == ["ok", "ok", "ok", "ok", "failed"]
    # One model call for the sentences of all three Indonesian articles, shortest first.
    assert len(fake.calls) == 1
    batch = fake.calls[0]
    assert batch == sorted(batch, key=len)
    for text, res in zip(texts, results, strict=False):
        single = translate(text, "en", translator=FakeTranslator("id", "en"))
        data = {"schema_version": 1, **single.model_dump(mode="json")}
        want = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        assert res.output == want
        assert all(
            seg["translation"].startswith("<en>") for seg in json.loads(res.output)["segments"]
        )
    en = json.loads(results[3].output)
    assert en["text"] == _samples("en")[0].read_text(encoding="utf-8") and en["models"] == []


def test_translate_missing_model_fails_each_article_clearly(tmp_path):
    yaml = tmp_path / "models.yaml"
    yaml.write_text("version: 1\ntranslation: {}\n")
    spec = TaskSpec(task="translate", to="en", models=str(yaml), offline=True).validated()
    items = [Item.of(f"{i}.txt", p.read_bytes()) for i, p in enumerate(_samples("id")[:2])]
    results = process_batch(items, spec, LoadedEngines(spec))
    assert [r.status for r in results] == ["failed", "failed"]
    assert all("no translation model for id-en" in r.error for r in results)


# -- outputs, names, manifest -----------------------------------------------------------------


def test_batch_folder_outputs_manifest_and_exit_code(tmp_path):
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    res = run_cli(["batch", str(src), "--out", str(out), "--engine", "lite"])
    assert res.code == 1, res.err
    lines = res.err.strip().splitlines()
    assert lines[-1].startswith("newsbrief: batch: 6 ok, 3 failed, 0 skipped of 9")
    assert sum("newsbrief: failed:" in line for line in lines) == 3
    assert res.out == ""
    # Outputs mirror the input layout with a new suffix; the CSV was never an input.
    for rel in GOOD:
        path = out / Path(rel).with_suffix(".json")
        assert path.is_file(), rel
        assert path.read_text(encoding="utf-8") == expected(src, rel)
    for rel in BAD:
        assert not (out / Path(rel).with_suffix(".json")).exists()
    entries = manifest(out)
    assert sorted(e["path"] for e in entries) == sorted(GOOD + BAD)
    by = {e["path"]: e for e in entries}
    assert set(by["id/a.txt"]) >= {"path", "sha256", "status", "error", "output", "seconds"}
    assert by["id/a.txt"]["status"] == "ok" and by["id/a.txt"]["output"] == "id/a.json"
    assert (
        by["id/a.txt"]["sha256"]
        == bio.read_input(bio.Source("id/a.txt", src / "id/a.txt"), 10**7)[1]
    )
    assert by["page.html"]["status"] == "ok"
    assert json.loads((out / "page.json").read_text())["lang"] == "id"
    assert by["binary.txt"]["status"] == "failed" and "binary" in by["binary.txt"]["error"]
    assert "empty" in by["empty.txt"]["error"]
    assert "UTF-8" in by["latin1.txt"]["error"]
    assert all(by[p]["output"] is None for p in BAD)


def test_batch_output_equals_single_file_cli(tmp_path):
    """The output file is byte for byte what `newsbrief brief --format json FILE` prints."""
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    summary = run_batch(src, out, LITE, quiet=True)
    assert summary.ok == 6
    for rel in ["id/a.txt", "zh/d.txt", "page.html"]:
        single = run_cli(["brief", "--format", "json", "--engine", "lite", rel], cwd=src)
        assert single.code == 0, single.err
        assert (out / Path(rel).with_suffix(".json")).read_text(encoding="utf-8") == single.out
    md = run_batch(src, tmp_path / "md", TaskSpec(engine="lite", format="markdown"), quiet=True)
    assert md.ok == 6
    single = run_cli(["brief", "--format", "markdown", "--engine", "lite", "en/c.txt"], cwd=src)
    assert (tmp_path / "md" / "en" / "c.md").read_text(encoding="utf-8") == single.out


def test_other_tasks_match_their_commands(tmp_path):
    src = make_folder(tmp_path)
    for task, args in [
        ("summarize", ["summarize", "--format", "json", "-n", "2"]),
        ("detect", ["detect", "--format", "json"]),
    ]:
        out = tmp_path / task
        spec = TaskSpec(task=task, format="json", sentences=2)
        assert run_batch(src, out, spec, quiet=True).ok == 6
        single = run_cli([*args, "id/a.txt"], cwd=src)
        assert (out / "id" / "a.json").read_text(encoding="utf-8") == single.out


def test_crafted_names_never_write_outside_out(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(_samples("en")[0].read_bytes())
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_bytes(_samples("en")[1].read_bytes())
    text = _samples("id")[0].read_bytes()
    (src / "ok.txt").write_bytes(text)
    (src / "-rf --no-resume.txt").write_bytes(text)
    (src / "x..y.txt").write_bytes(text)
    (src / ".hidden.txt").write_bytes(text)  # hidden files (and our temp files) are not inputs
    (src / "sub" / "real.txt").write_bytes(text)
    os.symlink(secret, src / "escape.txt")  # file symlink leaving the input: refused
    os.symlink(src / "ok.txt", src / "inside-link.txt")  # staying inside: fine
    os.symlink(outside, src / "linkdir")  # directory symlink: not followed
    out = tmp_path / "out"
    (out).mkdir()
    os.symlink(outside, out / "sub")  # planted in OUTPUT_DIR to redirect sub/real.json
    before_outside = sorted(os.listdir(outside))
    summary = run_batch(src, out, LITE, quiet=True)
    by = {e["path"]: e for e in manifest(out)}
    assert (
        by["escape.txt"]["status"] == "failed" and "outside the input" in by["escape.txt"]["error"]
    )
    assert (
        by["sub/real.txt"]["status"] == "failed"
        and "outside the output" in by["sub/real.txt"]["error"]
    )
    assert by["inside-link.txt"]["status"] == "ok"
    assert by["-rf --no-resume.txt"]["status"] == "ok" and (out / "-rf --no-resume.json").is_file()
    assert by["x..y.txt"]["status"] == "ok" and (out / "x..y.json").is_file()
    assert ".hidden.txt" not in by
    assert not any(p.startswith("linkdir") for p in by)
    assert sorted(os.listdir(outside)) == before_outside
    assert summary.failed == 2 and summary.exit_code == 1
    for path in tmp_path.rglob("*.json"):
        assert path.resolve().is_relative_to(out.resolve())
    with pytest.raises(ValueError):
        bio.safe_output_path(out, "../evil.json")
    with pytest.raises(ValueError):
        bio.safe_output_path(out, "/etc/evil.json")


def test_colliding_names_and_output_inside_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = _samples("en")[0].read_bytes()
    (src / "a.txt").write_bytes(text)
    (src / "a.md").write_bytes(text)
    (src / "manifest.txt").write_bytes(text)
    out = src / "results"  # inside the input: never read back as input
    assert run_batch(src, out, LITE, quiet=True).ok == 3
    assert sorted(p.name for p in out.iterdir()) == [
        "a.md.json",
        "a.txt.json",
        "manifest.json",
        "manifest.jsonl",
    ]
    again = run_batch(src, out, TaskSpec(engine="lite", format="markdown"), quiet=True)
    assert (again.total, again.ok) == (3, 3)  # the .md outputs in results/ are not inputs


def test_usage_errors(tmp_path):
    src = make_folder(tmp_path)
    same = run_cli(["batch", str(src), "--out", str(src)])
    assert same.code == 2 and "different folder" in same.err
    missing = run_cli(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert missing.code == 2 and "no such folder" in missing.err
    no_to = run_cli(["batch", str(src), "--out", str(tmp_path / "o"), "--task", "translate"])
    assert no_to.code == 2 and "--to" in no_to.err
    assert "Traceback" not in same.err + missing.err + no_to.err


# -- resume -----------------------------------------------------------------------------------


def test_resume_skips_done_redoes_changed_and_failed(tmp_path):
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    first = run_batch(src, out, LITE, quiet=True)
    assert (first.ok, first.failed) == (6, 3)
    mtime = (out / "id" / "a.json").stat().st_mtime_ns
    second = run_batch(src, out, LITE, quiet=True)
    assert (second.ok, second.failed, second.skipped) == (0, 3, 6)  # failures are retried
    assert (out / "id" / "a.json").stat().st_mtime_ns == mtime
    # Changed content is redone; a deleted output is redone; the rest is skipped.
    (src / "id" / "a.txt").write_bytes(_samples("id")[2].read_bytes())
    (out / "en" / "c.json").unlink()
    (src / "latin1.txt").write_bytes(_samples("en")[2].read_bytes())
    third = run_batch(src, out, LITE, quiet=True)
    assert (third.ok, third.failed, third.skipped) == (3, 2, 4)
    assert (out / "id" / "a.json").read_text(encoding="utf-8") == expected(src, "id/a.txt")
    assert (out / "latin1.json").is_file()
    # Other options make other outputs: nothing is skipped.
    other = run_batch(src, out, TaskSpec(engine="lite", sentences=1), quiet=True)
    assert other.skipped == 0 and other.ok == 7
    assert run_batch(src, out, LITE, quiet=True, resume=False).skipped == 0
    # however many runs: one line per input (compacted at each run's end), each its last state
    lines = [e for e in manifest(out) if "path" in e]
    assert {e["status"] for e in lines} == {"ok", "failed"}
    assert len(lines) == len({e["path"] for e in lines}) == 9


def test_changed_input_that_now_fails_loses_its_stale_output(tmp_path):
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    run_batch(src, out, LITE, quiet=True)
    (src / "en" / "c.txt").write_bytes(b"\x00binary now\x00" * 20)
    res = run_batch(src, out, LITE, quiet=True)
    assert res.failed == 4
    assert not (out / "en" / "c.json").exists()


def test_truncated_manifest_line_is_tolerated(tmp_path):
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    run_batch(src, out, LITE, quiet=True)
    with open(out / "manifest.jsonl", "ab") as fh:
        fh.write(b'{"path": "id/a.txt", "sha256": "ab')  # what a kill mid-write leaves
    res = run_batch(src, out, LITE, quiet=True)
    assert res.skipped == 6
    raw = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    bad = [line for line in raw if not line.startswith("{") or not line.endswith("}")]
    assert bad == []  # the torn line goes when the run's end compacts the manifest
    assert sorted(json.loads(line)["path"] for line in raw) == sorted(
        {json.loads(line)["path"] for line in raw}
    )


def test_kill_between_manifest_and_rename_is_completed_not_redone(tmp_path):
    """The write-ahead order: an ok line with a finished temp file is published on resume."""
    src = make_folder(tmp_path)
    out = tmp_path / "out"
    run_batch(src, out, LITE, quiet=True)
    final = out / "id" / "a.json"
    sha = next(e["sha256"] for e in manifest(out) if e["path"] == "id/a.txt")
    os.replace(final, bio.temp_path(final, sha))  # as if killed just before the rename
    res = run_batch(src, out, LITE, quiet=True)
    assert res.ok == 0 and res.skipped == 6
    assert final.read_text(encoding="utf-8") == expected(src, "id/a.txt")
    assert not list(out.rglob("*.tmp"))


def test_jobs_gives_the_same_outputs(tmp_path):
    src = make_folder(tmp_path)
    one = run_batch(src, tmp_path / "j1", LITE, quiet=True, jobs=1)
    two = run_batch(src, tmp_path / "j2", LITE, quiet=True, jobs=2)
    assert (one.ok, one.failed) == (two.ok, two.failed) == (6, 3)
    for rel in GOOD:
        name = Path(rel).with_suffix(".json")
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes()
    assert sorted(e["path"] for e in manifest(tmp_path / "j2")) == sorted(GOOD + BAD)


# -- kills ------------------------------------------------------------------------------------


def _many(root: Path, n: int = 24) -> Path:
    src = root / "in"
    files = _samples("id") + _samples("en") + _samples("zh")
    for i in range(n):
        sub = src / f"d{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        # Distinct content per file, so the manifest can tell every input apart.
        body = files[i % len(files)].read_text(encoding="utf-8")
        (sub / f"a{i:02d}.txt").write_text(body + f"\n\n({i})\n", encoding="utf-8")
    return src


def _start(src: Path, out: Path, *extra: str, delay: float = 0.12) -> subprocess.Popen:
    env = {**os.environ, "NEWSBRIEF_TEST_ITEM_DELAY": str(delay)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsbrief",
            "batch",
            str(src),
            "--out",
            str(out),
            "--engine",
            "lite",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def _wait_outputs(out: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if len(list(out.rglob("*.json"))) >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"batch ended early: {proc.stderr.read().decode()}")
        time.sleep(0.02)
    pytest.fail("no outputs appeared")


def _check_complete(src: Path, out: Path) -> None:
    rels = sorted(p.relative_to(src).as_posix() for p in src.rglob("*.txt"))
    for rel in rels:
        path = out / Path(rel).with_suffix(".json")
        text = path.read_text(encoding="utf-8")
        json.loads(text)
        assert text == expected(src, rel), rel
    oks = Counter(e["path"] for e in manifest_lenient(out) if e["status"] == "ok")
    assert sorted(oks) == rels
    assert set(oks.values()) == {1}, "an item was done twice"
    assert not list(out.rglob("*.tmp"))


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        pytest.skip("needs Linux /proc")
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


def _assert_gone(pids: list[int], timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, f"worker processes {left} outlived their parent"


def manifest_lenient(out: Path) -> list[dict]:
    found = []
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "code", "jobs"),
    [
        (signal.SIGKILL, -9, "1"),
        (signal.SIGKILL, -9, "2"),
        (signal.SIGTERM, 143, "1"),
        (signal.SIGINT, 130, "2"),
    ],
)
def test_killed_batch_resumes_without_loss_or_repeats(tmp_path, sig, code, jobs):
    src = _many(tmp_path)
    out = tmp_path / "out"
    proc = _start(src, out, "--jobs", jobs)
    _wait_outputs(out, 4, proc)
    workers = _children(proc.pid)
    assert len(workers) == (2 if jobs == "2" else 0)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole process group, workers included
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()
    if sig != signal.SIGKILL:
        last = err.decode().strip().splitlines()[-1]
        assert f"stopped by {sig.name}" in last and "re-run the same command" in last
    _assert_gone(workers)  # no orphaned worker outlives a killed parent
    first_lines = {e["path"]: e for e in manifest_lenient(out) if e.get("status") == "ok"}
    done_first = set(first_lines)
    assert 4 <= len(done_first) < 24
    for path in out.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # nothing half written
    rerun = _start(src, out, "--jobs", jobs, delay=0)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    _check_complete(src, out)
    # what the first run finished was skipped, not redone: its manifest line is the same one
    after = {e["path"]: e for e in manifest_lenient(out) if e.get("status") == "ok"}
    assert all(after[p] == first_lines[p] for p in done_first)


# -- translation through tiny real models ------------------------------------------------------


@pytest.mark.slow
def test_batch_translate_equals_single_file_translate(tmp_path, tiny_models):
    from tiny_models import models_yaml

    yaml = tmp_path / "models.yaml"
    yaml.write_text(models_yaml(tiny_models, summ=False, ner=False))
    src = tmp_path / "in"
    src.mkdir()
    (src / "id.txt").write_text(
        "Presiden Budi meresmikan jembatan baru di Surabaya pada hari Senin. Banjir melanda "
        "Jakarta setelah hujan deras selama dua hari.\n\nPolisi Medan menangkap tiga tersangka.\n",
        encoding="utf-8",
    )
    (src / "zh.txt").write_text(
        "王伟总统周一在北京为一座新桥剪彩。福州暴雨导致洪水。\n", encoding="utf-8"
    )
    (src / "en.txt").write_text(
        "Floods hit London after two days of heavy rain. Police said so.\n", encoding="utf-8"
    )
    (src / "bad.txt").write_bytes(b"\x00\x00")
    out = tmp_path / "out"
    common = ["--to", "en", "--models", str(yaml), "--offline"]
    res = run_cli(["batch", str(src), "--out", str(out), "--task", "translate", *common])
    assert res.code == 1, res.err
    assert "3 ok, 1 failed" in res.err
    for name in ["id.txt", "zh.txt"]:
        single = run_cli(["translate", "--format", "json", *common, name], cwd=src)
        assert single.code == 0, single.err
        got = (out / name).with_suffix(".json").read_text(encoding="utf-8")
        assert got == single.out
        assert json.loads(got)["models"] and json.loads(got)["segments"]


def test_progress_bar_on_request_and_quiet_cli(tmp_path, capsys):
    src = make_folder(tmp_path)
    run_batch(src, tmp_path / "a", LITE, progress=True)
    err = capsys.readouterr().err
    assert "9/9" in err and "article" in err  # done/total with rate and ETA, on stderr
    quiet = run_cli(["batch", str(src), "--out", str(tmp_path / "b"), "--engine", "lite", "-q"])
    assert quiet.code == 1
    assert quiet.err.count("\n") == 1 and quiet.err.startswith("newsbrief: batch: 6 ok, 3 failed")


def test_text_and_bytes_items_read_alike():
    """A Ray worker may hand the core text; it goes through the same reader as bytes."""
    as_bytes = process_batch([Item.of("p.html", HTML.encode("utf-8"))], LITE, LoadedEngines(LITE))
    as_text = process_batch(
        [Item.of("p.html", HTML.replace("\n", "\r\n"))], LITE, LoadedEngines(LITE)
    )
    assert as_bytes[0].status == "ok" and as_text[0].output == as_bytes[0].output
    assert "<p>" not in json.loads(as_text[0].output)["summary"]


def test_html_page_date_is_used_in_batch_as_in_brief(tmp_path):
    """A saved page's declared publication date resolves 'on Friday' alike in both paths."""
    src = tmp_path / "in"
    src.mkdir()
    page = (
        '<html><head><meta property="article:published_time" content="2023-03-04T08:00:00+13:00">'
        "<title>Election date set</title></head><body><article><h1>Election date set</h1>"
        "<p>WELLINGTON (Reuters) - Prime Minister Daniel Harcourt said on Friday that New Zealand "
        "will hold its general election on 14 October.</p>"
        "<p>Harcourt told reporters in Wellington that the date gave parties time to campaign.</p>"
        "</article></body></html>"
    )
    (src / "p.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    assert run_batch(src, out, LITE, quiet=True).ok == 1
    batch = json.loads((out / "p.json").read_text(encoding="utf-8"))
    assert batch["date"] == "2023-03-04"
    assert batch["when"]["start"] == "2023-03-03"
    single = run_cli(["brief", "--format", "json", "--engine", "lite", "p.html"], cwd=src)
    assert (out / "p.json").read_text(encoding="utf-8") == single.out


@pytest.mark.slow
@pytest.mark.parametrize("task", ["brief", "summarize"])
def test_model_batches_give_single_file_outputs_in_one_call_per_model(
    tmp_path, tiny_models, monkeypatch, task
):
    """brief/summarize with models: the summariser and NER see all articles of a batch in one
    call each, and every output is what the article gives alone."""
    from newsbrief.models import hf
    from tiny_models import models_yaml

    yaml = tmp_path / "models.yaml"
    yaml.write_text(models_yaml(tiny_models, pairs=()))
    spec = TaskSpec(task=task, engine="hf", models=str(yaml), offline=True).validated()
    texts = [
        "Presiden Budi meresmikan jembatan di Surabaya. Warga menyambutnya.",
        "Polisi Medan menangkap tiga tersangka penipuan daring, kata Sari.",
        "Banjir melanda Jakarta setelah hujan deras selama dua hari.",
    ]
    alone = [run_task(t, spec, source=f"{i}.txt").text for i, t in enumerate(texts)]
    calls: Counter = Counter()
    for cls, name in ((hf.HFSummarizer, "summarize_many"), (hf.HFNer, "entities_many")):
        real = getattr(cls, name)

        def counted(self, batch, _real=real, _name=name):
            calls[_name] += 1
            return _real(self, batch)

        monkeypatch.setattr(cls, name, counted)
    items = [Item.of(f"{i}.txt", t) for i, t in enumerate(texts)]
    results = process_batch(items, spec, LoadedEngines(spec))
    assert [r.status for r in results] == ["ok"] * 3, [r.error for r in results]
    assert [r.output for r in results] == alone
    assert calls["summarize_many"] == 1
    assert calls["entities_many"] == (1 if task == "brief" else 0)


@pytest.mark.slow
def test_brief_to_another_language_translates_a_batch_in_one_call(
    tmp_path, tiny_models, monkeypatch
):
    """brief --to en with models in batch: what and summary of every article go to the id-en
    translator together, and each output is what the article gives alone."""
    from newsbrief.models import hf
    from tiny_models import models_yaml

    yaml = tmp_path / "models.yaml"
    yaml.write_text(models_yaml(tiny_models, pairs=("id-en",), summ=False))
    spec = TaskSpec(task="brief", engine="auto", to="en", models=str(yaml), offline=True)
    spec = spec.validated()
    texts = [
        "Presiden Budi meresmikan jembatan di Surabaya. Warga menyambutnya.",
        "Polisi Medan menangkap tiga tersangka penipuan daring, kata Sari.",
        "Banjir melanda Jakarta setelah hujan deras selama dua hari.",
    ]
    alone = [run_task(t, spec, source=f"{i}.txt").text for i, t in enumerate(texts)]
    calls: list[int] = []
    real = hf.HFTranslator.translate_batch

    def counted(self, batch):
        calls.append(len(batch))
        return real(self, batch)

    monkeypatch.setattr(hf.HFTranslator, "translate_batch", counted)
    items = [Item.of(f"{i}.txt", t) for i, t in enumerate(texts)]
    results = process_batch(items, spec, LoadedEngines(spec))
    assert [r.output for r in results] == alone
    assert len(calls) == 1 and calls[0] >= len(texts)  # one call, every article's chunks
    assert all(json.loads(r.output)["what"]["translation"] for r in results)
