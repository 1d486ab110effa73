"""Digest time for large folders of briefs: synthesises N briefs (events told in one to three
languages, made-up names, places, numbers and dates over a year), writes them as a batch output
folder (manifest + JSON briefs), and times `newsbrief.digest.digest_briefs` plus rendering.

    python bench/digest_speed.py                  # 1,000 and 10,000 briefs
    python bench/digest_speed.py --sizes 50000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

# enough syllables that made-up names are about as varied as real ones (a few collide)
SYL = [
    "ka",
    "ri",
    "to",
    "mu",
    "sa",
    "ne",
    "lo",
    "pi",
    "da",
    "ha",
    "be",
    "gu",
    "wan",
    "li",
    "chen",
    "ar",
    "mon",
    "tel",
    "vik",
    "zo",
    "ra",
    "ing",
    "so",
    "ba",
    "de",
    "fi",
    "go",
    "hu",
    "jo",
    "ku",
    "le",
    "mi",
    "no",
    "pa",
    "qu",
    "ru",
    "se",
    "ti",
    "vu",
    "wi",
    "xa",
    "yo",
    "ze",
    "al",
    "bor",
    "cas",
    "dun",
    "el",
    "fen",
    "gar",
    "hol",
    "ir",
    "jun",
    "kel",
    "lam",
    "mar",
    "nor",
    "os",
    "per",
    "ros",
    "sul",
    "tor",
    "ur",
    "ver",
    "wes",
    "yan",
]
HAN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋"
COUNTRIES = [
    "ID",
    "CN",
    "US",
    "GB",
    "AU",
    "MY",
    "SG",
    "PH",
    "VN",
    "TH",
    "JP",
    "KR",
    "IN",
    "FR",
    "DE",
    "BR",
    "ZA",
    "NG",
    "EG",
    "TR",
]


def _name(rng: random.Random) -> str:
    word = lambda: "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()  # noqa: E731
    return f"{word()} {word()}"


def synth(n: int, seed: int = 13) -> list[tuple[str, dict]]:
    from newsbrief.model import Brief, SummarySentence, What, When, Where, Who

    rng = random.Random(seed)
    out: list[tuple[str, dict]] = []
    event = 0
    while len(out) < n:
        event += 1
        people = [_name(rng) for _ in range(rng.randint(1, 4))]
        han_people = ["".join(rng.sample(HAN, 3)) for _ in people]
        cc = rng.choice(COUNTRIES)
        town = _name(rng).split()[0]
        number = rng.randint(10, 50000)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 365))
        for lang in rng.sample(["en", "id", "zh"], rng.randint(1, 3)):
            if len(out) >= n:
                break
            names = han_people if lang == "zh" else people
            what = f"{names[0]} said {number} people were affected in {town}."
            b = Brief(
                lang=lang,
                lang_confidence=1.0,
                target_lang=lang,
                summary=what,
                summary_lang=lang,
                summary_sentences=[SummarySentence(text=what, span=(0, len(what)))],
                who=[Who(text=p, kind="person", span=(0, 1)) for p in names],
                what=What(text=what, span=(0, len(what))),
                when=When(text="x", start=day, span=(0, 1)) if rng.random() < 0.8 else None,
                where=[Where(text=town, place=town, country=cc, kind="city", span=(0, 1))],
                engine="lite",
            )
            out.append((f"{lang}/e{event:06d}-{lang}.txt", b.model_dump(mode="json")))
    return out


def write_folder(folder: Path, briefs: list[tuple[str, dict]]) -> None:
    lines = []
    for path, b in briefs:
        out = path[:-4] + ".json"
        target = folder / out
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
        lines.append(json.dumps({"path": path, "status": "ok", "output": out, "spec": "bench"}))
    (folder / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    from newsbrief.digest import digest_briefs, render_digest

    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            write_folder(Path(tmp), synth(n))
            # CPU seconds next to wall seconds: on a shared machine the wall clock mostly
            # measures the neighbours
            t0, c0 = time.perf_counter(), time.process_time()
            d = digest_briefs(tmp, to="en")
            t1, c1 = time.perf_counter(), time.process_time()
            html = render_digest(d, "html")
            t2, c2 = time.perf_counter(), time.process_time()
            render_digest(d, "markdown")
            render_digest(d, "json")
        print(
            f"{n:>7} briefs ({len(d.events)} events): digest {t1 - t0:6.2f} s wall "
            f"{c1 - c0:6.2f} s cpu; html page {t2 - t1:5.2f} s wall {c2 - c1:5.2f} s cpu "
            f"({len(html) / 1e6:.1f} MB); load average {os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
