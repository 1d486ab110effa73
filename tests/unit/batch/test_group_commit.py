"""Group commit: a chunk's outputs, manifest lines and renames are committed together (N+2 fsyncs
for N results), and a SIGKILL at any fsync or rename of a run leaves a folder the next run
finishes exactly: the manifest never names an output that is not on disk (in place, or as the
finished temp file resume moves into place), no output is on disk that the manifest does not
name, and nothing recorded is done again."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.batch import store as bio
from newsbrief.batch.core import TaskSpec
from newsbrief.batch.local import run_batch
from trees import write_tree

SPEC = TaskSpec(task="detect", engine="lite", format="json")
TEXTS = {
    "a/1.txt": "Banjir melanda Jakarta setelah hujan deras selama dua hari, kata polisi.",
    "a/2.txt": "Floods hit London after two days of heavy rain, the police said on Monday.",
    "a/3.txt": "",  # fails: a failed line inside a group
    "b/4.txt": "Gempa mengguncang Padang pada Selasa pagi, warga berlarian keluar rumah.",
    "b/5.txt": "A strong earthquake shook the southern Philippines on Tuesday morning.",
    "b/6.txt": "Polisi menangkap dua tersangka pengedar narkoba di Makassar, Rabu.",
    "c/7.txt": "The central bank raised its policy rate by a quarter point on Wednesday.",
}
GROUP = 3

# Runs the batch in a child that SIGKILLs itself just before its Nth fsync or rename (0: never),
# then prints how many it made.
CHILD = """
import os, signal, sys
from newsbrief.batch.core import TaskSpec
from newsbrief.batch.local import run_batch

kill_at, seen = int(sys.argv[3]), [0]

def hooked(real):
    def call(*args, **kwargs):
        seen[0] += 1
        if seen[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return call

os.fsync, os.replace = hooked(os.fsync), hooked(os.replace)
spec = TaskSpec(task="detect", engine="lite", format="json")
run_batch(sys.argv[1], sys.argv[2], spec, quiet=True, batch_size=int(sys.argv[4]))
print(seen[0])
"""


def _folder(root: Path) -> Path:
    return write_tree(root / "in", TEXTS)


def _child(src: Path, out: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(out), str(kill_at), str(GROUP)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _ok_lines(out: Path) -> dict[str, dict]:
    try:
        raw = (out / bio.MANIFEST).read_bytes()
    except FileNotFoundError:
        return {}
    return {p: e for p, e in bio.manifest_state(raw).items() if e["status"] == "ok"}


def _outputs(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*.json")}


def test_a_group_is_one_manifest_append_and_one_fsync_per_folder(tmp_path, monkeypatch):
    src = _folder(tmp_path)
    calls: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    summary = run_batch(src, tmp_path / "out", SPEC, quiet=True, batch_size=GROUP)
    assert (summary.ok, summary.failed) == (6, 1)
    # groups a/1-3 (2 ok, one folder), b/4-6 (3 ok, one folder), c/7 (1 ok): their temps, one
    # append and one per folder each (a first run's log is already compact: no rewrite)
    assert len(calls) == (2 + 1 + 1) + (3 + 1 + 1) + (1 + 1 + 1)


def test_sigkill_at_any_fsync_or_rename_resumes_exactly(tmp_path):
    src = _folder(tmp_path)
    clean = tmp_path / "clean"
    done = _child(src, clean, 0)
    assert done.returncode == 0, done.stderr
    points = int(done.stdout.split()[-1])
    assert points >= 15
    want = {rel: (clean / rel).read_bytes() for rel in _outputs(clean)}
    assert len(want) == 6
    for kill_at in range(1, points + 1):
        out = tmp_path / f"out{kill_at}"
        killed = _child(src, out, kill_at)
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr)
        recorded = _ok_lines(out)
        for path, line in recorded.items():
            final = out / line["output"]
            on_disk = {_sha(final), _sha(bio.temp_path(final, line["sha256"]))}
            assert line["output_sha256"] in on_disk, (kill_at, path)
        named = {line["output"] for line in recorded.values()}
        assert _outputs(out) <= named, kill_at  # renamed only after its line was fsynced
        summary = run_batch(src, out, SPEC, quiet=True, batch_size=GROUP)
        assert summary.skipped == len(recorded), kill_at  # nothing recorded is done again
        assert summary.ok + summary.skipped == 6 and summary.failed == 1, kill_at
        assert {rel: (out / rel).read_bytes() for rel in _outputs(out)} == want, kill_at
        lines = (out / bio.MANIFEST).read_text(encoding="utf-8").splitlines()
        paths = [json.loads(x)["path"] for x in lines if "path" in json.loads(x)]
        assert sorted(paths) == sorted(TEXTS), kill_at  # one line per input
        assert not list(out.rglob("*.tmp")), kill_at


@pytest.mark.parametrize("fail_at", ["append", "temp"])
def test_a_failed_group_leaves_no_temp_and_no_line(tmp_path, monkeypatch, fail_at):
    """A full disk while writing a temp fails that article only; while appending the group's
    lines, the run stops and the group's temps go."""
    src = _folder(tmp_path)
    out = tmp_path / "out"
    if fail_at == "append":

        def append(self, entries: list[dict]) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(bio.Manifest, "append", append)
        with pytest.raises(bio.NewsbriefError, match="cannot write the manifest"):
            run_batch(src, out, SPEC, quiet=True, batch_size=GROUP)
        assert _outputs(out) == set()
    else:
        real = bio.LocalStore.write_temp

        def write_temp(self, final, sha256, text):
            if final.name == "2.json":
                raise OSError(28, "No space left on device")
            return real(self, final, sha256, text)

        monkeypatch.setattr(bio.LocalStore, "write_temp", write_temp)
        summary = run_batch(src, out, SPEC, quiet=True, batch_size=GROUP)
        assert (summary.ok, summary.failed) == (5, 2)
        assert "a/2.json" not in _outputs(out) and "a/1.json" in _outputs(out)
        assert "cannot write output" in dict(summary.failures)["a/2.txt"]
    assert not list(out.rglob("*.tmp"))


def test_the_serial_offline_path_commits_articles_in_groups(tmp_path, monkeypatch):
    src = _folder(tmp_path)
    appends: list[int] = []
    real_record = bio.LocalStore.record

    def record(self, lines):
        appends.append(len(lines))
        return real_record(self, lines)

    monkeypatch.setattr(bio.LocalStore, "record", record)
    summary = run_batch(src, tmp_path / "out", SPEC, quiet=True)
    assert (summary.ok, summary.failed) == (6, 1)
    # seven short articles finish well inside one group's half second: one append, not seven
    # (two if the machine stalls past the time bound)
    assert sum(appends) == 7 and len(appends) <= 2
    assert set(_ok_lines(tmp_path / "out")) == {p for p in TEXTS if p != "a/3.txt"}


def test_what_the_serial_path_finished_is_kept_when_the_run_breaks(tmp_path, monkeypatch):
    from newsbrief.batch import local

    src = _folder(tmp_path)
    real = local.process_batch
    calls = [0]

    def breaks_on_the_fourth(chunk, spec, engines):
        calls[0] += 1
        if calls[0] == 4:
            raise RuntimeError("disk gone")
        return real(chunk, spec, engines)

    monkeypatch.setattr(local, "process_batch", breaks_on_the_fourth)
    with pytest.raises(RuntimeError):
        run_batch(src, tmp_path / "out", SPEC, quiet=True)
    # a/1, a/2 ok and a/3 failed were done before the break: all three recorded, outputs on disk
    assert set(_ok_lines(tmp_path / "out")) == {"a/1.txt", "a/2.txt"}
    assert {p for p in _outputs(tmp_path / "out") if not p.startswith(".")} == {
        "a/1.json",
        "a/2.json",
    }
