"""Event grouping quality: B-cubed precision, recall and F1 of digest events against gold events.

Reads ../shared/dev/parallel_ntrex_dev.jsonl relative to the repository root (documents, each in
en, id and zh; `event_id` is the same for documents about one real-world event), writes each
language's version of each document to its own file in a temp folder under a name that carries no
document id, briefs the folder with the offline engine, digests it, and scores the events.

    python bench/digest_groups.py                 # brief into a temp folder, score
    python bench/digest_groups.py --work /tmp/dg  # keep the briefs there and reuse them
    python bench/digest_groups.py --misses        # also print the gold events that were split
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "parallel_ntrex_dev.jsonl"
LANGS = {"en": "en", "ind": "id", "zh": "zh"}


def write_inputs(folder: Path) -> dict[str, str]:
    """One file per document and language; returns file name -> gold event id."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for line in DEV.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        docs[rec["doc_id"]].append(rec)
    gold = {}
    folder.mkdir(parents=True, exist_ok=True)
    for i, doc_id in enumerate(sorted(docs)):
        segs = sorted(docs[doc_id], key=lambda r: r["seg_in_doc"])
        for key, lang in LANGS.items():
            name = f"doc{i:03d}-{lang}.txt"
            (folder / name).write_text("\n\n".join(s[key] for s in segs) + "\n", encoding="utf-8")
            gold[name] = segs[0]["event_id"]
    return gold


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, c in pred.items():
        by_pred[c].add(item)
    for item, c in gold.items():
        by_gold[c].add(item)
    p = r = 0.0
    for item in gold:
        same_pred, same_gold = by_pred[pred[item]], by_gold[gold[item]]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", help="folder for inputs and briefs (kept, reused)")
    ap.add_argument("--to", help="brief with --to (default: each brief in its own language)")
    ap.add_argument("--sentences", type=int, default=3, help="summary sentences per brief")
    ap.add_argument("--misses", action="store_true", help="print split and merged gold events")
    ap.add_argument("--threshold", type=float, help="link threshold (default: the library's)")
    ap.add_argument("--link-threshold", type=float, help="average-link threshold")
    ap.add_argument("--size-exponent", type=float, help="weight for short-vs-long briefs")
    ap.add_argument("--mutual", type=float, help="mutual-best threshold")
    ap.add_argument("--mutual-link", type=float, help="mutual-best average-link floor")
    args = ap.parse_args()
    if not DEV.is_file():
        print(f"skipped: {DEV.name} not found next to the repository", file=sys.stderr)
        return 0
    from newsbrief.batch.core import TaskSpec
    from newsbrief.batch.local import run_batch
    from newsbrief.digest import GroupOptions, digest_briefs

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        gold = write_inputs(work / "in")
        # as `newsbrief digest FOLDER --to` briefs: rendered for the reader, offline engine
        spec = TaskSpec(
            task="brief", format="json", engine="lite", to=args.to, sentences=args.sentences
        )
        run_batch(work / "in", work / "briefs", spec, jobs=2, quiet=True)
        opts = GroupOptions()
        if args.threshold is not None:
            opts = replace(opts, threshold=args.threshold)
        if args.link_threshold is not None:
            opts = replace(opts, link_threshold=args.link_threshold)
        if args.mutual is not None:
            opts = replace(opts, mutual_threshold=args.mutual)
        if args.mutual_link is not None:
            opts = replace(opts, mutual_link_threshold=args.mutual_link)
        if args.size_exponent is not None:
            opts = replace(opts, size_exponent=args.size_exponent)
        d = digest_briefs(work / "briefs", to=args.to or "en", options=opts)
    pred = {a.path: e.id for e in d.events for a in e.articles}
    p, r, f = bcubed(pred, gold)
    print(
        f"documents {len(gold) // 3} x 3 languages = {len(gold)} briefs; gold events {len(set(gold.values()))}; digest events {len(d.events)}"
    )
    print(f"B-cubed precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    if args.misses:
        for e in d.events:
            events = {gold[a.path] for a in e.articles}
            if len(events) > 1:
                print("MERGED", e.id, sorted(a.path for a in e.articles), sorted(events))
        by_gold = defaultdict(set)
        for item, ev in gold.items():
            by_gold[ev].add(pred[item])
        for ev, ids in sorted(by_gold.items()):
            if len(ids) > 1:
                print(
                    "SPLIT",
                    ev,
                    [
                        sorted(a.path for e in d.events if e.id == i for a in e.articles)
                        for i in ids
                    ],
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
