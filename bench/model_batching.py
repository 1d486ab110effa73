"""Articles per second for `batch --task brief|summarize` with models: one article per model call
vs the summariser and NER batched across the articles of a batch (models/replay.py).

    python bench/model_batching.py [--articles 48] [--batch 16] [--repeats 3]

Uses the test suite's tiny models (tests/tiny_models.py: random weights, built locally, no
download), so the figures compare the two paths, not real model speed. Both paths call the same
batch core (process_batch) with `--engine hf`; "one at a time" hands it one article per call.
The best of --repeats runs is kept. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
CACHE = Path(os.environ.get("NEWSBRIEF_BENCH_CACHE", Path.home() / ".cache" / "newsbrief-bench"))

SENTENCES = [
    "Presiden Budi Santoso meresmikan jembatan baru di Surabaya pada hari Senin.",
    "Polisi Medan menangkap tiga tersangka penipuan daring, kata juru bicara Sari.",
    "Banjir melanda Jakarta setelah hujan deras selama dua hari.",
    "Gubernur Jawa Timur meninjau lokasi longsor di Malang bersama warga.",
    "Menteri Keuangan mengumumkan anggaran baru untuk sekolah di Papua.",
]


def articles(n: int) -> list[str]:
    # three or four sentences each, rotated so that no two articles are the same text
    out = []
    for i in range(n):
        k = 3 + i % 2
        sents = [SENTENCES[(i + j) % len(SENTENCES)] for j in range(k)]
        out.append(" ".join(sents) + f" Laporan nomor {i + 1}.")
    return out


def run(task: str, texts: list[str], yaml: Path, batch: int, repeats: int) -> float:
    from newsbrief.batch.core import Item, TaskSpec, process_batch
    from newsbrief.task import LoadedEngines

    spec = TaskSpec(task=task, engine="hf", models=str(yaml), offline=True).validated()
    items = [Item.of(f"{i}.txt", t) for i, t in enumerate(texts)]
    engines = LoadedEngines(spec)
    process_batch(items[:2], spec, engines)  # load the models outside the timing
    best = 0.0
    for _ in range(repeats):
        t0 = time.perf_counter()
        for i in range(0, len(items), batch):
            results = process_batch(items[i : i + batch], spec, engines)
            assert all(r.status == "ok" for r in results), [r.error for r in results]
        best = max(best, len(items) / (time.perf_counter() - t0))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=48)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    import torch

    from tiny_models import build_all, models_yaml

    torch.set_num_threads(1)  # tiny models gain nothing from threads (see tests/conftest.py)
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = build_all(CACHE / "tiny-models")
    texts = articles(args.articles)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HF_HUB_OFFLINE"] = "1"
        yaml = Path(tmp) / "models.yaml"
        yaml.write_text(models_yaml(paths, pairs=()))
        for task in ("brief", "summarize"):
            one = run(task, texts, yaml, 1, args.repeats)
            many = run(task, texts, yaml, args.batch, args.repeats)
            figures[f"{task}_one_at_a_time"] = round(one, 1)
            figures[f"{task}_batched"] = round(many, 1)
            print(
                f"{task:<9} {args.articles} articles: one at a time {one:6.1f} articles/s, "
                f"batched by {args.batch} {many:6.1f} articles/s ({many / one:.2f}x)"
            )
    print(json.dumps({"articles": args.articles, "batch": args.batch, **figures}))


if __name__ == "__main__":
    main()
