"""Warm workers: the parent sniffs the inputs for Chinese and loads the engine once before it
forks, so workers do not each load the segmenter."""

from __future__ import annotations

import sys

from newsbrief.batch import warm


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
