"""What ``detect``, ``summarize``, ``translate`` and ``models list`` print, for the CLI and batch.

Every function returns the whole text the command writes to stdout, its last newline included,
so the single-file command and a batch output file are the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Detection, Sentence, SummarySentence, Translation

# Version of the detection and translation JSON objects (the brief has its own, in model.py), so
# a reader of a batch output folder knows which shape it holds. The summary's JSON is a bare list
# of sentences and stays so: wrapping it would break every reader of it.
OUTPUT_SCHEMA_VERSION = 1


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _versioned(data: dict) -> dict:
    return {"schema_version": OUTPUT_SCHEMA_VERSION, **data}


def detection(det: Detection, fmt: str) -> str:
    """One line (language, confidence, candidates), then one line per paragraph when mixed."""
    if fmt == "json":
        return _json(_versioned(det.model_dump(mode="json")))
    cands = ", ".join(f"{c.lang} {c.prob:.2f}" for c in det.candidates)
    if det.mixed:
        note = " (mixed languages; per paragraph below)"
    else:
        note = "" if det.reliable else " (unsure: short or ambiguous text)"
    lines = [f"{det.lang}\t{det.confidence:.2f}{note}\t[{cands}]"]
    if det.mixed:
        lines += [
            f"  paragraph {p.span[0]}-{p.span[1]}: {p.lang} {p.confidence:.2f}"
            for p in det.paragraphs
        ]
    return "".join(line + "\n" for line in lines)


def detection_lines(dets: list[Detection]) -> str:
    """`detect --lines`: JSON Lines, one detection per input line."""
    return "".join(
        json.dumps(d.model_dump(mode="json", exclude={"paragraphs"}), ensure_ascii=False) + "\n"
        for d in dets
    )


def summary(sents: list[Sentence] | list[SummarySentence], fmt: str) -> str:
    """The summary's sentences, one per line (translated ones when `--to` had a model), or JSON
    with each sentence's span (and its translation, under `--to`)."""
    if fmt == "json":
        return _json([_summary_item(s) for s in sents])
    return "".join((getattr(s, "translation", None) or s.text) + "\n" for s in sents)


def _summary_item(s: Sentence | SummarySentence) -> dict[str, Any]:
    if isinstance(s, SummarySentence):
        return {"text": s.text, "span": list(s.span), "translation": s.translation}
    return {"text": s.text, "span": [s.start, s.end]}


def translation(result: Translation, fmt: str) -> str:
    """The translated text, or JSON with segments and source offsets."""
    if fmt == "json":
        return _json(_versioned(result.model_dump(mode="json")))
    return result.text + "\n"


def models_table(rows: list[Any], fmt: str) -> str:
    """`models list`: each configured model's task, pair, id, cache state and size."""
    if fmt == "json":
        return _json([r.as_dict() for r in rows])
    lines = [f"{'TASK':<14} {'PAIR':<6} {'MODEL':<44} {'CACHED':<7} SIZE"]
    for r in rows:
        cached = ("local" if r.local else "yes") if r.cached else ("missing" if r.local else "no")
        lines.append(f"{r.task:<14} {r.key:<6} {r.model:<44} {cached:<7} {r.size_label}")
    return "".join(line + "\n" for line in lines)
