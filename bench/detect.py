"""Language detection on labelled news sentences: accuracy per language and sentences/s.

    python bench/detect.py [--data ../shared/dev/detect_ntrex_dev.jsonl] [--no-peers]

Reads JSON Lines with `text`, `lang` and optionally `variant` (zh-Hant for Traditional Chinese),
and scores:
- newsbrief in-process (`detect_lines` over all sentences, after one warm-up call so that the
  one-off loads are not counted),
- `newsbrief detect --lines` as a whole command (a fresh interpreter, start-up included, the
  sentences on stdin) -- what a user piping a feed sees,
- and, where installed, langdetect alone, lingua and py3langid restricted to id/ms/en/zh, and
  pycld2. A peer's answer is right when its code maps to the gold language.
Speeds depend on the machine and its load; compare rows from one run. Each row gives sentences/s
by the wall clock and by CPU time (the process's, or the command's, user + system): on a shared
machine the second is what the code costs, the first what one waited. The last line is one JSON
object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "dev" / "detect_ntrex_dev.jsonl"
GROUPS = ("en", "id", "ms", "zh", "zh-Hant")


def load(path: Path) -> list[tuple[str, str]]:
    """(text, group) pairs; the group is the language, or zh-Hant for Traditional Chinese."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            group = "zh-Hant" if rec.get("variant") == "zh-Hant" else rec["lang"]
            rows.append((rec["text"].replace("\n", " "), group))
    return rows


def gold(group: str) -> str:
    return "zh" if group.startswith("zh") else group


def score(rows: list[tuple[str, str]], got: list[str]) -> dict[str, float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for (_, group), lang in zip(rows, got, strict=True):
        total[group] += 1
        right[group] += lang == gold(group)
    return {g: round(100.0 * right[g] / total[g], 2) for g in GROUPS if total[g]}


def norm(code: str) -> str:
    code = code.lower()
    if code.startswith("zh"):
        return "zh"
    return {"in": "id", "ind": "id", "msa": "ms", "zlm": "ms", "eng": "en"}.get(code, code)


Timed = tuple[list[str], float, float]  # answers, wall seconds, CPU seconds


def run_newsbrief_inprocess(texts: list[str]) -> Timed:
    from newsbrief.detect import detect_lines

    detect_lines("warm up\n热身")
    t0, c0 = time.perf_counter(), time.process_time()
    out = detect_lines("\n".join(texts))
    return [d.lang for d in out], time.perf_counter() - t0, time.process_time() - c0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_newsbrief_command(texts: list[str]) -> Timed:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    data = ("\n".join(texts) + "\n").encode("utf-8")
    t0, c0 = time.perf_counter(), _children_cpu()
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief", "detect", "--lines"],
        input=data,
        capture_output=True,
        env=env,
        check=True,
    )
    elapsed, cpu = time.perf_counter() - t0, _children_cpu() - c0
    got = [json.loads(line)["lang"] for line in proc.stdout.decode("utf-8").splitlines()]
    return got, elapsed, cpu


def _timed(fn: Callable[[str], str], texts: list[str]) -> Timed:
    fn(texts[0])  # one-off loads are not counted
    t0, c0 = time.perf_counter(), time.process_time()
    got = [fn(t) for t in texts]
    return got, time.perf_counter() - t0, time.process_time() - c0


def peers() -> dict[str, Callable[[str], str]]:
    """The peer identifiers that are installed, each as text -> language code."""
    found: dict[str, Callable[[str], str]] = {}
    try:
        from langdetect import DetectorFactory
        from langdetect import detect as ld_detect
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0

        def langdetect_one(text: str) -> str:
            try:
                return norm(ld_detect(text))
            except LangDetectException:
                return "und"

        found["langdetect"] = langdetect_one
    except ImportError:
        pass
    try:
        from lingua import Language, LanguageDetectorBuilder

        langs = [Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.CHINESE]
        detector = LanguageDetectorBuilder.from_languages(*langs).build()

        def lingua_one(text: str) -> str:
            lang = detector.detect_language_of(text)
            return norm(lang.iso_code_639_1.name) if lang else "und"

        found["lingua (id/ms/en/zh)"] = lingua_one
    except ImportError:
        pass
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
        ident.set_languages(["id", "ms", "en", "zh"])
        found["py3langid (id/ms/en/zh)"] = lambda text: norm(ident.classify(text)[0])
    except ImportError:
        pass
    try:
        import pycld2

        def cld2_one(text: str) -> str:
            try:
                return norm(pycld2.detect(text)[2][0][1])
            except pycld2.error:
                return "und"

        found["pycld2"] = cld2_one
    except ImportError:
        pass
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-peers", action="store_true", help="Score newsbrief only.")
    ap.add_argument("--no-command", action="store_true", help="Skip the whole-command run.")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"bench/detect.py: no data file at {args.data}")
    rows = load(args.data)
    texts = [t for t, _ in rows]
    print(f"{len(rows)} sentences: {dict(Counter(g for _, g in rows))}")
    print(f"{'system':34} " + " ".join(f"{g:>7}" for g in GROUPS) + "  sentences/s wall    cpu")
    report: dict[str, dict[str, float | None]] = {}

    def show(name: str, got: list[str], wall: float, cpu: float) -> None:
        acc = score(rows, got)
        rate = round(len(texts) / wall) if wall else None
        cpu_rate = round(len(texts) / cpu) if cpu else None
        report[name] = {**acc, "sentences_per_s": rate, "sentences_per_cpu_s": cpu_rate}
        cells = " ".join(f"{acc.get(g, float('nan')):7.2f}" for g in GROUPS)
        print(f"{name:34} {cells}  {rate or '-':>16} {cpu_rate or '-':>6}", flush=True)

    show("newsbrief (in-process)", *run_newsbrief_inprocess(texts))
    if not args.no_command:
        show("newsbrief detect --lines (command)", *run_newsbrief_command(texts))
    if not args.no_peers:
        for name, fn in peers().items():
            show(name, *_timed(fn, texts))
    print(json.dumps({"sentences": len(rows), "results": report}))


if __name__ == "__main__":
    main()
