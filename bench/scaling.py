"""How `brief` and `summarize` grow with the article: time and peak RSS from 64 KB to 4 MB.

    python bench/scaling.py [--sizes 64K,256K,1M,4M] [--kinds news_id,caps,...]
                            [--commands brief,summarize] [--cap 60] [--mem-cap 2G]

Each run is the whole command as a user types it (`python -m newsbrief brief FILE --engine lite`,
`python -m newsbrief summarize FILE`) in a fresh process, so start-up, reading, detection and
rendering are all inside the figure. The articles are generated here, from word lists written for
this script, at each size:

    news_id     Indonesian news-like paragraphs (names, places, numbers, dates, quotes)
    news_zh     Chinese news-like paragraphs with full-width punctuation
    caps        runs of capitalised words (names_latin's worst case)
    oneline     short sentences ("Banjir.") on a single line
    dates       a date or a relative day on every line (when.py compares date mentions)
    zh_nopunct  Chinese characters with no punctuation at all
    distinct    sentences that share few words (the summary's vocabulary grows with the text)
    longword    a paragraph, 'Banjir. ', then one run of word characters (the URL pattern's worst case)

A run longer than --cap seconds is killed and reported as "> cap"; the larger sizes of that kind
are then skipped. A run whose resident memory passes --mem-cap is killed too (so a runaway does
not take the shared machine down). The growth exponent k (time ~ size^k) is a least-squares fit of
log(time - start-up) on log(size) over the sizes that finished, where start-up is the same command
on a one-sentence article; 1 is linear, 2 quadratic. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# -- generated text ---------------------------------------------------------------------------

_FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rina",
    "Joko",
    "Sri",
    "Andi",
    "Wahyu",
    "Lestari",
    "Hendra",
    "Yuni",
    "Bambang",
    "Ratna",
    "Eko",
]
_LAST = [
    "Santoso",
    "Wijaya",
    "Rahman",
    "Pratama",
    "Hidayat",
    "Kusuma",
    "Saputra",
    "Nugroho",
    "Setiawan",
    "Gunawan",
]
_PLACES = [
    "Jakarta",
    "Bandung",
    "Surabaya",
    "Medan",
    "Makassar",
    "Semarang",
    "Padang",
    "Denpasar",
    "Manado",
    "Palembang",
]
_ORGS = ["Kementerian Keuangan", "Badan Pusat Statistik", "Polda Metro Jaya", "Bank Indonesia"]
_VERBS = [
    "meresmikan",
    "mengumumkan",
    "meninjau",
    "membahas",
    "menandatangani",
    "menolak",
    "mendukung",
]
_OBJECTS = [
    "jembatan baru",
    "anggaran daerah",
    "program bantuan sosial",
    "rencana tata ruang",
    "harga beras",
    "proyek jalan tol",
    "kebijakan impor",
]
_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_REL = ["kemarin", "hari ini", "pekan lalu", "besok", "dua hari lalu"]
_SHORT = [
    "Banjir",
    "Hujan",
    "Angin",
    "Gempa",
    "Macet",
    "Panas",
    "Dingin",
    "Longsor",
    "Kebakaran",
    "Demo",
]
_ZH_WORDS = [
    "国务院",
    "总理",
    "会议",
    "经济",
    "发展",
    "北京",
    "上海",
    "广州",
    "记者",
    "报道",
    "政府",
    "部门",
    "今年",
    "市场",
    "企业",
    "增长",
    "百分之",
    "人民",
    "代表",
    "大会",
    "城市",
    "居民",
    "交通",
    "项目",
    "投资",
    "银行",
    "公司",
    "国际",
    "合作",
    "地区",
    "教育",
    "医疗",
    "改革",
    "政策",
    "表示",
    "认为",
    "计划",
    "建设",
    "科技",
    "创新",
]
_SYLLABLES = [
    "ka",
    "ri",
    "to",
    "mu",
    "sa",
    "ne",
    "lo",
    "pi",
    "da",
    "ge",
    "bu",
    "fe",
    "ha",
    "ji",
    "ko",
    "lu",
    "ma",
    "no",
    "pe",
    "ru",
    "si",
    "ta",
    "vu",
    "wa",
    "ye",
    "zo",
]


def _name(r: random.Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


def _date(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(_MONTHS)} {r.randint(2019, 2025)}"


def _news_id_para(r: random.Random) -> str:
    who, where, org = _name(r), r.choice(_PLACES), r.choice(_ORGS)
    n = r.randint(2, 900)
    return " ".join(
        [
            f"{where} - {who} dari {org} {r.choice(_VERBS)} {r.choice(_OBJECTS)} pada {_date(r)}.",
            f'"Kami akan menyelesaikan {r.choice(_OBJECTS)} ini secepatnya," kata {who}.',
            f"Sebanyak {n} warga {where} hadir dalam acara tersebut, {r.choice(_REL)}.",
            f"Menurut {_name(r)}, nilai proyek itu mencapai Rp {n},{r.randint(1, 9)} miliar.",
        ]
    )


def _news_zh_para(r: random.Random) -> str:
    def clause(k: int) -> str:
        return "".join(r.choice(_ZH_WORDS) for _ in range(k))

    y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
    return (
        f"新华社北京{m}月{d}日电 {clause(6)}，{clause(5)}。"
        f"{y}年{m}月{d}日，{clause(7)}，{clause(4)}。"
        f"“{clause(5)}，”{clause(2)}说。{clause(8)}{r.randint(2, 900)}亿元。"
    )


def _caps_para(r: random.Random) -> str:
    return " ".join(r.choice(_FIRST + _LAST + _PLACES) for _ in range(400)) + "."


def _oneline(r: random.Random) -> str:
    return " ".join(f"{r.choice(_SHORT)}." for _ in range(200))


def _dates_para(r: random.Random) -> str:
    return "\n".join(
        f"{r.choice(_DAYS)}, {_date(r)}: {_name(r)} tiba di {r.choice(_PLACES)} {r.choice(_REL)}."
        for _ in range(8)
    )


def _zh_nopunct(r: random.Random) -> str:
    return "".join(r.choice(_ZH_WORDS) for _ in range(400))


def _distinct_para(r: random.Random) -> str:
    """English frames around made-up words: few words repeat, so the vocabulary keeps growing."""

    def word() -> str:
        return "".join(r.choice(_SYLLABLES) for _ in range(r.randint(2, 4)))

    frames = [
        "Officials in {} said the {} plan for {} would reach the {} district by {}.",
        "The {} company told reporters that its {} and {} units had been sold to {} of {}.",
        "Residents of {} were moved after the {} river rose near the {} bridge and {} road in {}.",
        "A spokesman for the {} party said that {} and {} would meet {} leaders in {}.",
    ]
    return " ".join(r.choice(frames).format(*(word() for _ in range(5))) for _ in range(5))


# kind -> (paragraph maker, paragraph separator); "single line" kinds join with a space
KINDS: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "news_id": (_news_id_para, "\n\n"),
    "news_zh": (_news_zh_para, "\n\n"),
    "caps": (_caps_para, "\n\n"),
    "oneline": (_oneline, " "),
    "dates": (_dates_para, "\n"),
    "zh_nopunct": (_zh_nopunct, ""),
    "distinct": (_distinct_para, "\n\n"),
    "longword": (lambda r: "", ""),
}


def make_text(kind: str, size: int, seed: int = 10) -> str:
    """About `size` UTF-8 bytes of `kind` text (never more)."""
    if kind == "longword":  # a real paragraph first, so that detection still says Indonesian
        lead = _news_id_para(random.Random(seed)) + "\n\nBanjir. "
        return lead + "a" * (size - len(lead.encode("utf-8")))
    para, sep = KINDS[kind]
    r = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        p = para(r)
        parts.append(p)
        n += len(p.encode("utf-8")) + len(sep)
    text = sep.join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    return text.rstrip() + "\n"


def tiny(kind: str) -> str:
    return "中国经济今年增长百分之五。\n" if "zh" in kind else "Banjir melanda Jakarta kemarin.\n"


# -- running ----------------------------------------------------------------------------------


def parse_size(s: str) -> int:
    s = s.strip().upper().rstrip("B")
    mult = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(s[-1:], 1)
    return int(float(s.rstrip("KMG")) * mult)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_one(cmd: list[str], cap: float, mem_cap_kb: int) -> dict:
    """Run `cmd`; seconds, peak RSS (MiB) and status: ok, failed, timeout or memory."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONIOENCODING": "utf-8"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    status = None
    while status is None:
        pid, wstatus, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(wstatus)
            break
        elapsed = time.perf_counter() - t0
        if elapsed > cap:
            status = "timeout"
        elif mem_cap_kb and _rss_kb(proc.pid) > mem_cap_kb:
            status = "memory"
        else:
            time.sleep(0.05)
            continue
        os.killpg(proc.pid, signal.SIGKILL)
        _, _, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if status is None:
        status = "ok" if proc.returncode == 0 else "failed"
    out = {"status": status, "seconds": round(seconds, 2), "rss_mib": round(usage.ru_maxrss / 1024)}
    if status == "failed":
        out["error"] = err.splitlines()[-1][:200] if err else f"exit {proc.returncode}"
    return out


def exponent(points: list[tuple[int, float]], startup: float) -> float | None:
    """Least-squares slope of log(seconds - startup) over log(bytes)."""
    pts = [(math.log(b), math.log(max(s - startup, 0.05))) for b, s in points]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return round(sum((x - mx) * (y - my) for x, y in pts) / den, 2) if den else None


def command(name: str, path: Path) -> list[str]:
    cmd = [sys.executable, "-m", "newsbrief", name, str(path)]
    return [*cmd, "--engine", "lite"] if name == "brief" else cmd


def _fmt(r: dict, cap: float) -> str:
    if r["status"] == "ok":
        return f"{r['seconds']:7.1f}s {r['rss_mib']:5d} MiB"
    if r["status"] == "timeout":
        return f"  > {cap:.0f}s (cap)   "
    if r["status"] == "memory":
        return "  > mem cap       "
    if r["status"] == "skipped":
        return "  (skipped)       "
    return f"  failed: {r.get('error', '')[:60]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="64K,256K,1M,4M")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--commands", default="brief,summarize")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds per run before it is killed")
    ap.add_argument("--mem-cap", default="2G", help="resident memory before a run is killed")
    args = ap.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    mem_cap_kb = parse_size(args.mem_cap) // 1024
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="nb-scaling-") as tmp:
        for name in args.commands.split(","):
            for kind in args.kinds.split(","):
                small = Path(tmp) / f"{kind}-tiny.txt"
                small.write_text(tiny(kind), encoding="utf-8")
                startup = run_one(command(name, small), args.cap, mem_cap_kb)["seconds"]
                row: dict[str, dict] = {}
                given_up = False
                for size in sizes:
                    label = f"{size // 1024}K" if size < 1024**2 else f"{size // 1024**2}M"
                    if given_up:
                        row[label] = {"status": "skipped"}
                        print(f"{name:9s} {kind:10s} {label:>5s} {_fmt(row[label], args.cap)}")
                        continue
                    path = Path(tmp) / f"{kind}-{label}.txt"
                    path.write_text(make_text(kind, size), encoding="utf-8")
                    r = run_one(command(name, path), args.cap, mem_cap_kb)
                    r["bytes"] = size
                    row[label] = r
                    path.unlink()
                    print(f"{name:9s} {kind:10s} {label:>5s} {_fmt(r, args.cap)}", flush=True)
                    given_up = r["status"] in ("timeout", "memory")
                done = [(r["bytes"], r["seconds"]) for r in row.values() if r["status"] == "ok"]
                k = exponent(done, startup)
                print(f"{name:9s} {kind:10s} start-up {startup:.1f}s, exponent {k}", flush=True)
                results[f"{name}/{kind}"] = {"startup_s": startup, "exponent": k, "sizes": row}
    print(json.dumps({"cap_s": args.cap, "results": results}))


if __name__ == "__main__":
    main()
