"""The eval's human report: one table per task (JSON output is the result dict itself)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .brief import GOLD_SPLITS
from .match import FIELDS, LIST_FIELDS


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "-"
    return f"{x:.1f}" if pct else f"{x:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _detect(result: dict[str, Any]) -> list[str]:
    rows = [[g, str(v["n"]), _fmt(v["accuracy"])] for g, v in result["by_lang"].items()]
    rows.append(["all", str(result["n"]), _fmt(result["accuracy"])])
    out = _table(["lang", "n", "accuracy"], rows)
    preds = sorted({p for c in result["confusion"].values() for p in c})
    out.append("")
    out.append("confusion (rows: gold, columns: predicted)")
    out += _table(
        ["gold", *preds],
        [[g, *(str(c.get(p, 0)) for p in preds)] for g, c in result["confusion"].items()],
    )
    return out


def _rate_n(rate: float | None, n: int) -> str:
    return "-" if rate is None else f"{rate:.3f} ({n})"


# How a note names each side of a field's split (eval.brief.GOLD_SPLITS).
_SPLIT_LABELS = {
    "what": ("event golds", "golds that are only a dateline, credit or source line"),
    "when": (
        "event-time golds",
        "golds that are only the filing date in a dateline or source line",
    ),
}


def split_note(
    field: str, lang: str, scores: dict[str, Any], rate: Callable[[float | None, int], str]
) -> str | None:
    """The `what` or `when` hit rate apart on event golds and on golds that only name the report's
    frame, or None when the language has none of the latter; `rate` formats a rate and count."""
    event, frame = GOLD_SPLITS[field]
    event_label, frame_label = _SPLIT_LABELS[field]
    split = scores.get(f"{field}_by_gold") or {}
    if not split.get(frame, {}).get("n"):
        return None
    ev, fr = split[event], split[frame]
    return (
        f"{lang} {field} on {event_label} {rate(ev['top1'], ev['n'])}; on {frame_label} "
        f"{rate(fr['top1'], fr['n'])}"
    )


def _brief(result: dict[str, Any]) -> list[str]:
    out = ["top-1 hit rate, lenient scorer (scored records in brackets)"]
    rows = [
        [lang, str(v["n"]), *(_rate_n(v["top1"][f], v["top1_n"][f]) for f in FIELDS)]
        for lang, v in result["by_lang"].items()
    ]
    out += _table(["lang", "n", *FIELDS], rows)
    for lang, v in result["by_lang"].items():
        for field in GOLD_SPLITS:
            note = split_note(field, lang, v, _rate_n)
            if note:
                out.append(f"note: {note} (the table counts both)")
    out += ["", "strict: F1 >= 0.5 / exact ISO date; list precision and recall"]
    rows = []
    for lang, v in result["by_lang"].items():
        h, ls = v["hit"], v["lists"]
        rows.append(
            [
                lang,
                str(v["n"]),
                *(_fmt(h[f]) for f in FIELDS),
                *(_fmt(ls[f][k]) for f in LIST_FIELDS for k in ("precision", "recall")),
                _fmt(v.get("what_cover")),
            ]
        )
    out += _table(
        ["lang", "n", *FIELDS, "who_P", "who_R", "where_P", "where_R", "what_cover"], rows
    )
    cal = [
        [lang, f, band, str(c["n"]), _fmt(c["hit"])]
        for lang, v in result["by_lang"].items()
        for f in FIELDS
        for band, c in v.get("calibration", {}).get(f, {}).items()
    ]
    if cal:
        out += ["", "calibration: lenient top-1 hit rate per confidence band"]
        out += _table(["lang", "field", "confidence", "n", "hit"], cal)
    return out


def _consistency(result: dict[str, Any]) -> list[str]:
    out = ["agreement per language pair (documents where both give the field, in brackets)"]
    keys = ("place", "country", "when", "who")
    rows = [
        [pair, str(v["docs"]), *(_rate_n(v[k], v[f"{k}_n"]) for k in keys)]
        for pair, v in result["pairs"].items()
    ]
    out += _table(["pair", "docs", *keys], rows)
    out += ["", "coverage: share of documents with the field"]
    rows = [
        [lang, str(v["docs"]), *(_fmt(v[k]) for k in ("where", "who", "when"))]
        for lang, v in result["coverage"].items()
    ]
    out += _table(["lang", "docs", "where", "who", "when"], rows)
    return out


def _summarize(result: dict[str, Any]) -> list[str]:
    rows = []
    for lang, v in result["by_lang"].items():
        for name in ("system", "lead"):
            r = v[name]
            rows.append(
                [
                    lang,
                    str(v["n"]),
                    name if name == "system" else "lead-N",
                    *(_fmt(r[k]) for k in ("rouge1", "rouge2", "rougeL")),
                ]
            )
    return _table(["lang", "n", "summary", "R1", "R2", "RL"], rows)


def _translate(result: dict[str, Any]) -> list[str]:
    rows = [
        [pair, str(v["n"]), _fmt(v["chrf"], True), _fmt(v["bleu"], True)]
        for pair, v in result["by_pair"].items()
    ]
    return _table(["pair", "n", "chrF", "BLEU"], rows)


_TABLES = {
    "detect": _detect,
    "brief": _brief,
    "consistency": _consistency,
    "summarize": _summarize,
    "translate": _translate,
}


def format_table(result: dict[str, Any]) -> str:
    """The human report for one eval result."""
    task = result["task"]
    out = [f"{task}: {result['file']}  records={result['n']}  skipped={result['skipped']}"]
    if "engine" in result:
        out[0] += f"  engine={result['engine']}"
    if result.get("failed"):
        out[0] += f"  failed={result['failed']}"
    out += _TABLES[task](result)
    return "\n".join(out) + "\n"
