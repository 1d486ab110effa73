"""Warm workers: the parent sniffs the inputs for Chinese and loads the engine once before it
forks, so workers do not each load the segmenter; an early worker briefs Latin-script inputs
while it loads."""

from __future__ import annotations

import os
import sys
import time

import pytest

from newsbrief.batch import local, warm
from newsbrief.batch.core import Item, TaskSpec, load_engines, process_batch
from trees import write_tree

SPEC = TaskSpec(task="brief", engine="lite").validated()


def test_chinese_is_found_by_a_sniff_of_the_inputs(tmp_path):
    paths = []
    for i in range(30):
        p = tmp_path / f"{i}.txt"
        p.write_text("Banjir melanda kota itu. " * 5, encoding="utf-8")
        paths.append(str(p))
    assert not warm.has_chinese(warm.head_reader(paths), len(paths))
    (tmp_path / "29.txt").write_text("新华社北京电 外交部发言人今天宣布。", encoding="utf-8")
    assert warm.has_chinese(warm.head_reader(paths), len(paths))
    assert not warm.has_chinese(warm.head_reader([str(tmp_path / "missing.txt")]), 1)


def test_warming_loads_the_segmenter_only_for_chinese():
    warm.warm_lite(chinese=False)
    if "jieba" not in sys.modules:  # another test in this process may have loaded it already
        warm.warm_lite(chinese=False)
        assert "jieba" not in sys.modules
    warm.warm_lite(chinese=True)
    import jieba

    assert jieba.dt.initialized


def test_workers_are_forked_where_the_platform_forks():
    ctx = warm.pool_context()
    assert ctx is None or ctx.get_start_method() == "fork"


def _items(n: int) -> list[Item]:
    texts = [f"JAKARTA - Banjir melanda {n} kelurahan di Jakarta Utara pada Senin, kata polisi."]
    return [Item.of(f"id/{i}.txt", (texts[0] + f" ({i})").encode()) for i in range(n)]


def test_latin_and_chinese_inputs_are_told_apart():
    latin, chinese = local._read_ahead(
        iter([*_items(2), Item.of("zh/a.txt", "新华社北京电 外交部发言人今天宣布。".encode())])
    )
    assert [i.path for i in latin] == ["id/0.txt", "id/1.txt"]
    assert [i.path for i in chinese] == ["zh/a.txt"]


def test_the_early_worker_hands_back_what_it_did_not_start():
    ctx = warm.pool_context()
    if ctx is None:
        pytest.skip("no fork on this platform")
    items = _items(4)
    early = local._Early(ctx, SPEC, items)
    time.sleep(0.5)  # let it start; however far it got, the split below must hold
    done, left = early.finish()
    assert [r.path for r in done] + [i.path for i in left] == [i.path for i in items]
    engines = load_engines(SPEC)
    for res, item in zip(done, items, strict=False):
        assert res.status == "ok" and res.output == process_batch([item], SPEC, engines)[0].output


def test_an_early_worker_that_dies_leaves_all_its_items(monkeypatch):
    ctx = warm.pool_context()
    if ctx is None:
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(local, "_worker_run", lambda items: os._exit(3))  # forked: inherited
    items = _items(3)
    done, left = local._Early(ctx, SPEC, items).finish()
    assert done == [] and left == items


def test_a_pooled_run_with_chinese_commits_the_early_workers_work_once(tmp_path, monkeypatch):
    if warm.pool_context() is None:
        pytest.skip("no fork on this platform")
    texts = {item.path: item.data.decode("utf-8") for item in _items(6)}
    src = write_tree(
        tmp_path / "in", {**texts, "zh/a.txt": "新华社北京5月16日电 外交部发言人今天宣布。"}
    )
    calls: list[int] = []
    finish = local._Early.finish

    def counted(self):
        done, left = finish(self)
        calls.append(len(done))
        return done, left

    monkeypatch.setattr(local._Early, "finish", counted)
    one = local.run_batch(src, tmp_path / "j1", SPEC, quiet=True, jobs=1)
    two = local.run_batch(src, tmp_path / "j2", SPEC, quiet=True, jobs=2)
    assert len(calls) == 1  # only the pooled run forks an early worker
    assert one.ok == two.ok == 7
    for out in (tmp_path / "j1").rglob("*.json"):
        assert out.read_bytes() == (tmp_path / "j2" / out.relative_to(tmp_path / "j1")).read_bytes()
    lines = (tmp_path / "j2" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7
