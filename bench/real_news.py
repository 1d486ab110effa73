"""The offline engine on real published news: the README's tables, from the dev files.

Runs `eval --task brief` on the English (Giveme5W1H) and Chinese (CEC) dev files and
`eval --task consistency` on the parallel NTREX documents, and prints Markdown tables: the lenient
top-1 hit rate per language and field, agreement per language pair, and coverage per language.

Run: python bench/real_news.py [DEV_DIR]   (default: the nearest shared/dev folder above the repo)
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.eval import FIELDS, evaluate
from newsbrief.eval.report import split_note

ROOT = Path(__file__).resolve().parent.parent
BRIEF_FILES = {"en": "brief_en_giveme5w1h.jsonl", "zh": "brief_zh_cec.jsonl"}
PARALLEL = "parallel_ntrex_dev.jsonl"
KEYS = ("place", "country", "when", "who")


def dev_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    for p in ROOT.parents:
        if (p / "shared" / "dev").is_dir():
            return p / "shared" / "dev"
    sys.exit("no shared/dev folder found above the repository; give DEV_DIR")


def _rate(x: float | None, n: int | None = None) -> str:
    if x is None:
        return "–"
    return f"{x:.2f}" if n is None else f"{x:.2f} ({n})"


def main() -> None:
    folder = dev_dir()
    print("| lang | n | " + " | ".join(FIELDS) + " |")
    print("|---" * (len(FIELDS) + 2) + "|")
    notes = []
    for lang, name in BRIEF_FILES.items():
        v = evaluate(folder / name, "brief", engine="lite")["by_lang"][lang]
        cells = [_rate(v["top1"][f], v["top1_n"][f]) for f in FIELDS]
        print(f"| {lang} | {v['n']} | " + " | ".join(cells) + " |")
        notes += [n for field in ("what", "when") if (n := split_note(field, lang, v, _rate))]
    for line in notes:
        print(f"\n{line}")
    out = evaluate(folder / PARALLEL, "consistency", engine="lite")
    print()
    print("| pair | " + " | ".join(KEYS) + " |")
    print("|---" * (len(KEYS) + 1) + "|")
    for pair, v in out["pairs"].items():
        print(f"| {pair} | " + " | ".join(_rate(v[k], v[f"{k}_n"]) for k in KEYS) + " |")
    print()
    print("| lang | where | who | when |")
    print("|---|---|---|---|")
    for lang, v in out["coverage"].items():
        print(f"| {lang} | " + " | ".join(_rate(v[k]) for k in ("where", "who", "when")) + " |")


if __name__ == "__main__":
    main()
