"""`newsbrief eval` on the real-news dev files, read where they lie (../shared/dev, next to the
repository or a folder above it); skipped where they are absent. Asserts that every record is read
and scored, not the engine's quality (the figures are in the README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import eval as ev

ROOT = Path(__file__).resolve().parents[3]
DEV = next((p / "shared" / "dev" for p in ROOT.parents if (p / "shared" / "dev").is_dir()), None)


def _dev(name: str) -> Path:
    if DEV is None or not (DEV / name).is_file():
        pytest.skip(f"../shared/dev/{name} is not present on this machine")
    return DEV / name


def test_eval_brief_reads_giveme5w1h_as_it_is():
    seen: list[str] = []
    out = ev.evaluate(_dev("brief_en_giveme5w1h.jsonl"), "brief", on_error=seen.append)
    assert out["skipped"] == 0 and out["failed"] == 0 and seen == []
    en = out["by_lang"]["en"]
    assert en["n"] == 48
    # 43 records give a time phrase or an ISO date; 36 give a where
    assert en["top1_n"]["when"] == 43 and en["top1_n"]["where"] == 36
    assert all(0.0 <= en["top1"][f] <= 1.0 for f in ev.FIELDS)


def test_eval_brief_reads_cec_without_iso_dates():
    out = ev.evaluate(_dev("brief_zh_cec.jsonl"), "brief")
    zh = out["by_lang"]["zh"]
    assert zh["n"] == 176 and out["failed"] == 0
    # three records have who: null (not scored); when is judged by the phrase on every record
    assert zh["top1_n"]["who"] == 173 and zh["top1_n"]["when"] == 176
    assert zh["scored"]["when"] == 0  # no ISO gold: the strict date match does not apply


def test_eval_consistency_on_parallel_documents():
    out = ev.evaluate(_dev("parallel_ntrex_dev.jsonl"), "consistency")
    assert out["n"] >= 50 and out["failed"] == 0
    assert set(out["coverage"]) == {"en", "id", "zh", "ms"}
    assert out["pairs"]["en-id"]["docs"] == out["n"]
    assert 0.0 <= out["pairs"]["en-id"]["country"] <= 1.0
