"""Offline-engine batch throughput: articles/s of `newsbrief batch` with --jobs 1 and --jobs 2.

    python bench/lite_throughput.py [--copies 16] [--jobs 1,2]

samples/{id,en,zh}/*.txt are replicated --copies times (each copy made distinct so resume never
skips it) into a temp folder, and the batch runs with the lite engine, no progress bar. Each run
is a fresh subprocess, so worker start-up and the gazetteer/jieba loads are included, as a user
sees them; "core" time is the batch itself as the summary line reports it. The last line is one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_inputs(dst: Path, copies: int) -> int:
    files = sorted((ROOT / "samples").glob("*/*.txt"))
    n = 0
    for c in range(copies):
        for f in files:
            out = dst / f.parent.name / f"{f.stem}-{c}.txt"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f.read_text(encoding="utf-8") + f"\n\n({c})\n", encoding="utf-8")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=16)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="nb-lite-bench-") as tmp:
        src = Path(tmp) / "in"
        n = make_inputs(src, args.copies)
        for jobs in args.jobs.split(","):
            out = Path(tmp) / f"out-{jobs}"
            t0 = time.perf_counter()
            proc = subprocess.run(
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
                    "--jobs",
                    jobs,
                    "--quiet",
                ],
                capture_output=True,
                text=True,
                env={**os.environ, "HF_HUB_OFFLINE": "1"},
            )
            wall = time.perf_counter() - t0
            line = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
            m = re.search(r"(\d+) ok, (\d+) failed.* in ([\d.]+)s", line)
            if not m:
                raise SystemExit(f"--jobs {jobs}: unexpected output: {proc.stderr[-2000:]}")
            ok, failed, core = int(m.group(1)), int(m.group(2)), float(m.group(3))
            results[jobs] = {
                "articles": n,
                "ok": ok,
                "failed": failed,
                "articles_s": round(n / wall, 2),
                "core_articles_s": round(n / core, 2),
                "wall_s": round(wall, 2),
            }
            print(
                f"--jobs {jobs}: {n} articles ({ok} ok, {failed} failed) in {wall:.1f}s wall "
                f"= {n / wall:.1f} articles/s ({n / core:.1f}/s inside the batch)",
                flush=True,
            )
    print(json.dumps({f"jobs{k}": v for k, v in results.items()}))


if __name__ == "__main__":
    main()
