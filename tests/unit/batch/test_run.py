"""One Run for every store: a local folder and a pyarrow filesystem (file:// URIs, no Ray) give
the same outputs, manifest states and resume behaviour through the same Run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.batch.core import TaskSpec, load_engines, process_batch
from newsbrief.batch.run import Run
from newsbrief.batch.store import LocalStore
from trees import write_tree

SPEC = TaskSpec(task="detect", format="json").validated()
TEXTS = {
    "a.txt": "Banjir melanda Jakarta setelah hujan deras selama dua hari, kata polisi.",
    "sub/b.md": "Floods hit London after two days of heavy rain, the police said on Monday.",
    "empty.txt": "",
}


def _folder(root: Path) -> Path:
    return write_tree(root / "in", TEXTS)


def _store(kind: str, src: Path, out: Path):
    if kind == "local":
        return LocalStore(src, out)
    pytest.importorskip("pyarrow")
    from newsbrief.batch.fs import FsStore

    return FsStore(src.resolve().as_uri(), out.resolve().as_uri())


def _run(kind: str, src: Path, out: Path) -> Run:
    run = Run(
        _store(kind, src, out),
        SPEC,
        patterns=("*.txt", "*.md"),
        resume=True,
        quiet=True,
        progress=False,
    )
    try:
        engines = load_engines(SPEC)
        for item in run.pending():
            for res in process_batch([item], SPEC, engines):
                run.commit(res)
    finally:
        run.close()
    return run


def _states(out: Path) -> dict[str, str]:
    lines = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines() if x.strip()]
    return {e["path"]: e["status"] for e in lines if "path" in e}


@pytest.mark.parametrize("kind", ["local", "fs"])
def test_one_run_over_either_store(tmp_path, kind):
    src = _folder(tmp_path)
    out = tmp_path / "out"
    first = _run(kind, src, out)
    assert (first.summary.ok, first.summary.failed, first.summary.skipped) == (2, 1, 0)
    assert json.loads((out / "a.json").read_text())["lang"] == "id"
    assert json.loads((out / "sub/b.json").read_text())["lang"] == "en"
    assert _states(out) == {"a.txt": "ok", "sub/b.md": "ok", "empty.txt": "failed"}
    again = _run(kind, src, out)  # resume: the finished ones are skipped, the failed one redone
    assert (again.summary.ok, again.summary.failed, again.summary.skipped) == (0, 1, 2)


def test_both_stores_write_the_same_bytes(tmp_path):
    src = _folder(tmp_path)
    _run("local", src, tmp_path / "local")
    _run("fs", src, tmp_path / "fs")
    for rel in ("a.json", "sub/b.json"):
        assert (tmp_path / "local" / rel).read_bytes() == (tmp_path / "fs" / rel).read_bytes()
