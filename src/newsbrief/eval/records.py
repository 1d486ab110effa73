"""Reading labelled JSON Lines: one record per line, a bad line reported as 'line N: why' and skipped.

Record formats (one JSON object per line; blank lines are ignored):

- detect:      {"text", "lang"}
- brief:       {"text", "lang", "date"?, "who", "what", "where", "when" and/or "when_text",
                "where_country"?}
- summarize:   {"text", "summary", "lang"?, "n"?}
- translate:   {"src", "ref", "src_lang", "tgt_lang"}
- consistency: {"doc_id", "seg_in_doc", "en"?, "ind"|"id"?, "zh"?, "ms"?}: one segment of a document
               in several languages (NTREX-style parallel news)

Gold lists for brief hold phrases copied from the text; any phrase is an acceptable answer. An item
may itself be a list of alternative spellings of ONE entity (["H. Syahrial Noor", "Syahrial Noor"])
so that list recall counts entities, not spellings. `null` means "not labelled" (not scored); `[]`
means "the article has none". `when` holds ISO dates ("2023-05-18" or "2023-05-18/2023-05-21");
`when_text` the time phrases as written, for gold that has no ISO date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from .match import FIELDS, alternatives, parse_gold_date

EVAL_TASKS = ("detect", "brief", "summarize", "translate", "consistency")

REQUIRED: dict[str, dict[str, type | tuple[type, ...]]] = {
    "detect": {"text": str, "lang": str},
    "brief": {
        "text": str,
        "lang": str,
        "who": (list, type(None)),
        "what": (list, type(None)),
        "where": (list, type(None)),
    },
    "summarize": {"text": str, "summary": str},
    "translate": {"src": str, "ref": str, "src_lang": str, "tgt_lang": str},
    "consistency": {"doc_id": (str, int), "seg_in_doc": int},
}


@dataclass
class Records:
    good: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _check(rec: Any, task: str) -> str | None:
    """Why a parsed record is unusable for `task`, or None."""
    if not isinstance(rec, dict):
        return f"expected a JSON object, got {type(rec).__name__}"
    missing = [k for k in REQUIRED[task] if k not in rec]
    if task == "brief" and "when" not in rec and "when_text" not in rec:
        missing.insert(len(missing) - ("where" in missing), "when")
    if missing:
        return (
            "missing key"
            + ("s " if len(missing) > 1 else " ")
            + ", ".join(repr(k) for k in missing)
        )
    for key, kind in REQUIRED[task].items():
        if not isinstance(rec[key], kind):
            name = kind.__name__ if isinstance(kind, type) else kind[0].__name__
            return f"{key!r} must be a {name}, got {type(rec[key]).__name__}"
    if task == "consistency":
        return None
    text_key = "src" if task == "translate" else "text"
    if not rec[text_key].strip():
        return f"{text_key!r} is empty"
    if task == "brief":
        return _check_brief(rec)
    if task == "summarize" and "n" in rec and not (isinstance(rec["n"], int) and rec["n"] > 0):
        return "'n' must be a positive integer"
    return None


def _check_brief(rec: dict[str, Any]) -> str | None:
    for key in (*FIELDS, "when_text"):
        if rec.get(key) is None:
            continue
        if not isinstance(rec[key], list):
            return f"{key!r} must be a list or null, got {type(rec[key]).__name__}"
        for item in rec[key]:
            alts = alternatives(item) if isinstance(item, (str, list)) else None
            if not alts or not all(isinstance(a, str) and a.strip() for a in alts):
                return f"{key!r} items must be non-empty strings or lists of them"
    try:
        for g in rec.get("when") or []:
            for a in alternatives(g):
                parse_gold_date(a)
    except ValueError as exc:
        return str(exc)
    if rec.get("date") is not None:
        try:
            dt.date.fromisoformat(str(rec["date"]))
        except ValueError:
            return f"'date' must be YYYY-MM-DD, not {rec['date']!r}"
    return None


def parse_records(lines: Iterable[str], task: str) -> Records:
    """Parse JSONL; a bad line becomes 'line N: why' in `errors` and is skipped."""
    if task not in EVAL_TASKS:
        raise UsageError(f"unknown eval task {task!r}: use one of {', '.join(EVAL_TASKS)}")
    out = Records()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.errors.append(f"line {no}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        why = _check(rec, task)
        if why:
            out.errors.append(f"line {no}: {why}")
        else:
            out.good.append((no, rec))
    return out


def read_records(path: str | Path, task: str) -> Records:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a .jsonl file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text; eval data must be UTF-8 JSON Lines") from None
    return parse_records(text.splitlines(), task)
