"""Fit the offline engine's confidence weights on labelled real news and report their calibration.

For every record of the real-news dev files (Giveme5W1H English, CEC Chinese; see
../shared/dev/README.md), the lite engine briefs the article; the evidence behind each field's top
answer (`newsbrief.lite.confidence`), weighed by its POINTS into one score, is paired with whether
the lenient real-news scorer counts that answer as a hit (`newsbrief.eval.brief.lenient_hits`).
Golds that only name the report's frame are left out of the fit: a `what` whose every gold phrase is
a dateline or credit (`frame_only`, CEC's 新华网…电) and a `when` whose every gold phrase is the
filing date inside one (`report_date_only`): a right answer scores a miss there, so fitting on them
would teach the curve that right answers are wrong (the eval tables still count them). A
logistic curve per field (bias, slope on the score, offset for Chinese; L2-regularised) turns the
score into a probability of a hit; its numbers go to src/newsbrief/data/confidence.json. The report gives the hit rate per confidence band, in sample
and by two-fold cross-validation (fitted on one half of the records, scored on the other), so the
bands can be read as out-of-sample figures too.

Run: python tools/calibrate_confidence.py [DEV_DIR] [--write]
     (DEV_DIR defaults to the nearest shared/dev folder above the repository)
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import sys
from pathlib import Path

from newsbrief.article import make_article
from newsbrief.brief import brief
from newsbrief.eval.brief import BANDS, band_of, lenient_hits
from newsbrief.eval.match import frame_only, report_date_only
from newsbrief.eval.records import read_records
from newsbrief.lite import confidence as conf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsbrief" / "data" / "confidence.json"
FILES = ("brief_en_giveme5w1h.jsonl", "brief_zh_cec.jsonl")
FIELDS = ("who", "what", "when", "where")
L2 = float(__import__("os").environ.get("CALIBRATE_L2", "1.0"))
STEPS = 3000
RATE = 0.5


def dev_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    for p in ROOT.parents:
        if (p / "shared" / "dev").is_dir():
            return p / "shared" / "dev"
    sys.exit("no shared/dev folder found above the repository; give DEV_DIR")


def samples(folder: Path) -> dict[str, list[tuple[dict[str, float], bool]]]:
    """field -> [({score, zh} of the top answer, lenient hit)] over every scored record."""
    out: dict[str, list[tuple[dict[str, float], bool]]] = {f: [] for f in FIELDS}
    for name in FILES:
        recs = read_records(folder / name, "brief")
        for _, rec in recs.good:
            date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
            try:
                art = make_article(rec["text"], lang=rec["lang"], date=date)
                b = brief(art, engine="lite")
            except Exception as exc:  # report and go on: one record must not stop the fit
                print(f"skipped {rec.get('id')}: {exc}", file=sys.stderr)
                continue
            hits = lenient_hits(rec, b.model_dump(mode="json"))
            if rec.get("what") and frame_only(rec["what"]):
                hits["what"] = None
            filed = rec.get("when_text") and not rec.get("when")
            if filed and report_date_only(rec["when_text"], rec["text"]):
                hits["when"] = None
            ev = conf.evidence(art, b)
            zh = 1.0 if rec["lang"].startswith("zh") else 0.0
            for f in FIELDS:
                if hits[f] is not None and ev[f] is not None:
                    out[f].append(({"score": conf.score(f, ev[f]), "zh": zh}, bool(hits[f])))
    return out


def fit(rows: list[tuple[dict[str, float], bool]]) -> dict[str, float]:
    """Logistic regression by gradient descent, L2 on the weights (not the bias)."""
    names = sorted({k for x, _ in rows for k in x})
    w = dict.fromkeys(["bias", *names], 0.0)
    n = len(rows)
    for _ in range(STEPS):
        grad = dict.fromkeys(w, 0.0)
        for x, y in rows:
            z = w["bias"] + sum(w[k] * v for k, v in x.items())
            err = 1.0 / (1.0 + math.exp(-z)) - float(y)
            grad["bias"] += err
            for k, v in x.items():
                grad[k] += err * v
        for k in w:
            reg = 0.0 if k == "bias" else L2 * w[k]
            w[k] -= RATE * (grad[k] + reg) / n
    return {k: round(v, 3) for k, v in w.items()}


def predict(w: dict[str, float], x: dict[str, float]) -> float:
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in x.items())
    return 1.0 / (1.0 + math.exp(-z))


def bands(pairs: list[tuple[float, bool]]) -> dict[str, tuple[int, float]]:
    out: dict[str, list[bool]] = {}
    for p, y in pairs:
        out.setdefault(band_of(p), []).append(y)
    return {b: (len(v), sum(v) / len(v)) for b, v in sorted(out.items())}


def brier(pairs: list[tuple[float, bool]]) -> float:
    return sum((p - y) ** 2 for p, y in pairs) / max(len(pairs), 1)


def calibrate(rows: list, w: dict[str, float]) -> tuple[dict, dict, float, float]:
    """Band -> (n, hit rate) in sample and by two-fold cross-validation, and the two Brier
    scores (a constant at the base rate scores p(1-p))."""
    inside = [(predict(w, x), y) for x, y in rows]
    half = [rows[0::2], rows[1::2]]
    cross: list[tuple[float, bool]] = []
    for a, b in ((0, 1), (1, 0)):
        wa = fit(half[a])
        cross += [(predict(wa, x), y) for x, y in half[b]]
    return bands(inside), bands(cross), brier(inside), brier(cross)


def _cell(v: tuple[int, float] | None) -> str:
    return f"{v[1]:.2f} ({v[0]})" if v else "–"


def markdown(tables: dict[str, tuple[dict, dict]]) -> list[str]:
    """The README's calibration table: hit rate (n) per band, in sample / two-fold."""
    out = ["| band | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 1) + "|"]
    for lo, hi in itertools.pairwise(BANDS):
        b = f"{lo:.1f}-{hi:.1f}"
        cells = [f"{_cell(tables[f][0].get(b))} / {_cell(tables[f][1].get(b))}" for f in FIELDS]
        out.append(f"| {lo:.1f}–{hi:.1f} | " + " | ".join(cells) + " |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dev", nargs="?")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args()
    data = samples(dev_dir(args.dev))
    weights = {f: fit(rows) for f, rows in data.items()}
    tables = {f: calibrate(data[f], weights[f]) for f in FIELDS}
    curves = {
        f: {"bias": w["bias"], "slope": w.get("score", 0.0), "zh": w.get("zh", 0.0)}
        for f, w in weights.items()
    }
    for f in FIELDS:
        hits = sum(y for _, y in data[f]) / max(len(data[f]), 1)
        _, _, b_in, b_cv = tables[f]
        print(
            f"{f}: n={len(data[f])} hit rate {hits:.3f}  Brier in-sample {b_in:.3f} "
            f"2-fold {b_cv:.3f} (constant {hits * (1 - hits):.3f})"
        )
    print("hit rate (n) per confidence band, in sample / two-fold cross-validation")
    print("\n".join(markdown(tables)))
    if args.write:
        doc = {
            "_source": "fitted by tools/calibrate_confidence.py on the real-news dev files "
            "(Giveme5W1H English, CEC Chinese): per field, the logistic curve of the lenient "
            "top-1 hit on the evidence score of newsbrief.lite.confidence (POINTS)",
            "_made": dt.date.today().isoformat(),
            "_n": {f: len(data[f]) for f in FIELDS},
            "curves": curves,
        }
        OUT.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
