"""Measure the lite WHEN field on the labelled samples (not a test: prints numbers).

    python bench/when_samples.py [--verbose] [FILES...]

Reads samples/eval/brief_*.jsonl (records with text, lang, date and gold `when`: a list of
accepted answers, each "YYYY-MM-DD" or "START/END") and reports, per language, how often the
chosen event date equals an accepted answer, with the publication date and without it, plus
the time per article. --verbose prints every candidate with its score for the misses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import time
from collections import defaultdict
from pathlib import Path

from newsbrief.article import make_article
from newsbrief.lite.when import date_candidates, find_when, score_candidates
from newsbrief.types import When

ROOT = Path(__file__).resolve().parent.parent


def as_gold(w: When | None) -> str | None:
    if w is None or w.start is None:
        return w.partial if w is not None else None  # a partial date ("--05-18") or nothing
    return w.start.isoformat() + (f"/{w.end.isoformat()}" if w.end else "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(str(ROOT / "samples/eval/brief_*.jsonl")))
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    elapsed, n = 0.0, 0
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "when" not in rec:
                continue
            gold = rec["when"] or [None]
            pub = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
            for mode, date in (("pub", pub), ("nopub", None)):
                article = make_article(rec["text"], lang=rec["lang"], date=date)
                t0 = time.perf_counter()
                w = find_when(article)
                elapsed += time.perf_counter() - t0
                n += 1
                got = as_gold(w)
                ok = got in gold
                hits[(rec["lang"], mode)][0] += ok
                hits[(rec["lang"], mode)][1] += 1
                mark = "ok " if ok else "MISS"
                shown = f"{w.text!r} -> {got} time={w.time}" if w else "None"
                print(f"{mark} {mode:5} {rec['id']:45} gold={gold} got={shown}")
                if args.verbose and not ok:
                    cands = score_candidates(
                        article, date_candidates(article.text, article.lang, article.date)
                    )
                    for c in sorted(cands, key=lambda c: -c.score):
                        print(f"        {c.score:5.2f} {c.when.text!r} {as_gold(c.when)}")
    print()
    for (lang, mode), (ok, total) in sorted(hits.items()):
        print(f"{lang} {mode:5}: {ok}/{total} = {ok / total:.0%}")
    all_pub = [hits[k] for k in hits if k[1] == "pub"]
    ok, total = sum(h[0] for h in all_pub), sum(h[1] for h in all_pub)
    print(f"all  pub  : {ok}/{total} = {ok / max(total, 1):.0%}")
    print(f"find_when: {1000 * elapsed / max(n, 1):.2f} ms per article")


if __name__ == "__main__":
    main()
