"""A batch cannot be turned against its user: no writes through symlinks, one run per output
folder, no silently skipped input, no temp file left behind, and --resume redoes any output that
is missing or was changed after it was written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbrief.batch import safe
from newsbrief.batch.core import TaskSpec
from newsbrief.batch.local import run_batch
from newsbrief.batch.store import LocalStore
from newsbrief.errors import NewsbriefError, UsageError

DETECT = TaskSpec(task="detect", format="json")
TEXT = "Banjir melanda Jakarta kemarin. Warga mengungsi ke masjid terdekat pada malam hari.\n"


def _inputs(root: Path, *rels: str) -> Path:
    for rel in rels:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(TEXT.replace("Jakarta", rel), encoding="utf-8")
    return root


def _lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines() if x]


def test_a_symlinked_manifest_is_refused_and_its_target_untouched(tmp_path):
    src = _inputs(tmp_path / "in", "a.txt")
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me\n")
    (out / "manifest.jsonl").symlink_to(elsewhere)
    with pytest.raises(NewsbriefError, match="is a symbolic link"):
        run_batch(src, out, DETECT, quiet=True)
    assert elsewhere.read_text() == "keep me\n"
    assert not (out / "a.json").exists()


def test_a_symlinked_output_folder_is_refused_before_any_mkdir(tmp_path):
    src = _inputs(tmp_path / "in", "sub/deep/x.txt", "top.txt")
    out = tmp_path / "out"
    out.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (out / "sub").symlink_to(other, target_is_directory=True)
    summary = run_batch(src, out, DETECT, quiet=True)
    assert (summary.ok, summary.failed) == (1, 1)
    assert list(other.iterdir()) == []  # no deep/ created in the other folder
    by = {e["path"]: e for e in _lines(out)}
    assert "outside the output folder" in by["sub/deep/x.txt"]["error"]


def test_a_manifest_that_is_a_folder_is_one_clear_error(tmp_path):
    src = _inputs(tmp_path / "in", "a.txt")
    (tmp_path / "out" / "manifest.jsonl").mkdir(parents=True)
    with pytest.raises(NewsbriefError, match="is not a regular file"):
        run_batch(src, tmp_path / "out", DETECT, quiet=True)


def test_out_above_the_input_folder_is_refused(tmp_path, monkeypatch):
    _inputs(tmp_path / "a", "x.txt", "a/x.txt")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="contains the input folder"):
        run_batch(Path("a"), Path("."), DETECT, quiet=True)


def test_out_inside_the_input_folder_holding_other_files_is_refused(tmp_path):
    src = _inputs(tmp_path / "in", "x.txt", "news/y.txt")
    with pytest.raises(UsageError, match="would be skipped as outputs"):
        run_batch(src, src / "news", DETECT, quiet=True)
    summary = run_batch(src, src / "briefs", DETECT, quiet=True)  # a new folder is fine
    assert (summary.ok, summary.failed) == (2, 0)


def test_a_second_run_into_the_same_folder_stops_with_the_holders_pid(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    fd = safe.take_lock(out.resolve())
    try:
        with pytest.raises(safe.OutputInUse, match=f"already in use by pid {os.getpid()}"):
            run_batch(_inputs(tmp_path / "in", "a.txt"), out, DETECT, quiet=True)
    finally:
        safe.release_lock(out.resolve(), fd)
    assert run_batch(tmp_path / "in", out, DETECT, quiet=True).ok == 1
    assert not (out / safe.LOCK).exists()


def test_two_processes_at_once_do_each_article_once(tmp_path):
    src = _inputs(tmp_path / "in", *(f"a{i}.txt" for i in range(60)))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "newsbrief", "batch", str(src), "--out", str(out), "--task",
           "detect", "-q"]  # fmt: skip
    first = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while not (out / safe.LOCK).exists() and first.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    first.wait(timeout=120)
    assert first.returncode == 0
    if second.returncode == 1:  # it started while the first held the folder
        assert "already in use by pid" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
    ok = [e["path"] for e in _lines(out) if e["status"] == "ok"]
    assert sorted(ok) == sorted(set(ok)) and len(ok) == 60


def test_resume_redoes_a_truncated_or_missing_output(tmp_path):
    src = _inputs(tmp_path / "in", "a.txt", "b.txt", "c.txt")
    out = tmp_path / "out"
    run_batch(src, out, DETECT, quiet=True)
    good = (out / "a.json").read_bytes()
    assert all(len(e["output_sha256"]) == 64 for e in _lines(out))
    (out / "a.json").write_bytes(good[:10])
    (out / "b.json").unlink()
    summary = run_batch(src, out, DETECT, quiet=True, resume=True)
    assert (summary.ok, summary.skipped) == (2, 1)
    assert (out / "a.json").read_bytes() == good
    assert (out / "b.json").exists()


def test_a_damaged_manifest_line_means_that_input_is_redone(tmp_path):
    src = _inputs(tmp_path / "in", "a.txt")
    out = tmp_path / "out"
    run_batch(src, out, DETECT, quiet=True)
    with open(out / "manifest.jsonl", "a") as fh:
        fh.write(
            '{"path": ["a.txt"], "status": "ok"}\n{"path": "a.txt", "sha256": 5, "status": "ok"}\n'
        )
    summary = run_batch(src, out, DETECT, quiet=True, resume=True)
    assert (summary.ok, summary.skipped, summary.failed) == (0, 1, 0)


def test_failed_writes_and_old_crashes_leave_no_temp_files(tmp_path, monkeypatch):
    src = _inputs(tmp_path / "in", "a.txt", "b.txt")
    out = tmp_path / "out"
    (out / "old").mkdir(parents=True)
    stale = out / "old" / ".x.json.0123456789abcdef.tmp"
    stale.write_text("left by a crash")
    real_fdopen = os.fdopen

    def full_disk(fd, mode="r", *args, **kwargs):
        fh = real_fdopen(fd, mode, *args, **kwargs)
        if "w" in mode and "b" not in mode:

            def fail(_text):
                raise OSError(28, "No space left on device")

            fh.write = fail
        return fh

    monkeypatch.setattr("newsbrief.batch.store.os.fdopen", full_disk)
    summary = run_batch(src, out, DETECT, quiet=True)
    assert summary.failed == 2
    assert "No space left on device" in summary.failures[0][1]
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_the_fingerprint_follows_the_version_and_the_models_file(tmp_path, monkeypatch):
    models = tmp_path / "models.yaml"
    models.write_text("version: 1\n")
    spec = TaskSpec(task="brief", engine="auto", models=str(models))
    first = spec.fingerprint()
    models.write_text("version: 1\nner: {}\n")
    assert spec.fingerprint() != first
    again = spec.fingerprint()
    monkeypatch.setattr("newsbrief.__version__", "99.0")
    assert spec.fingerprint() != again
    lite = TaskSpec(task="brief", engine="lite", models=str(models))
    before = lite.fingerprint()
    models.write_text("version: 1\n")
    assert lite.fingerprint() == before  # the lite engine reads no models


def test_a_closed_store_holds_no_lock(tmp_path):
    # a store opened and closed holds no lock afterwards
    store = LocalStore(_inputs(tmp_path / "in", "a.txt"), tmp_path / "out")
    store.open()
    store.close()
    store.open()
    store.close()


def test_every_json_output_carries_a_schema_version(tmp_path):
    src = _inputs(tmp_path / "in", "a.txt")
    run_batch(src, tmp_path / "det", DETECT, quiet=True)
    assert json.loads((tmp_path / "det" / "a.json").read_text())["schema_version"] == 1
    run_batch(src, tmp_path / "brief", TaskSpec(task="brief", engine="lite"), quiet=True)
    assert json.loads((tmp_path / "brief" / "a.json").read_text())["schema_version"] == 2


def test_a_uri_output_is_locked_by_the_driver(tmp_path):
    pytest.importorskip("pyarrow")
    from newsbrief.batch.fs import FsStore

    src = _inputs(tmp_path / "in", "a.txt")
    out = tmp_path / "out"
    first = FsStore(src.as_uri(), out.as_uri())
    first.open()
    try:
        with pytest.raises(safe.OutputInUse, match=f"already in use by pid {os.getpid()} on "):
            FsStore(src.as_uri(), out.as_uri()).open()
    finally:
        first.close()
    second = FsStore(src.as_uri(), out.as_uri())
    second.open()  # the lock went with the first run's close
    second.close()
    assert not (out / safe.LOCK).exists()
