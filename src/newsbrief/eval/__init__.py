"""`newsbrief eval`: score detection, briefs, summaries, translations and cross-language consistency
against labelled JSON Lines.

The package: `records` reads and checks the labelled files, `match` holds the pure metrics, `brief`
and `consistency` score the brief engine, `tasks` the other tasks, `report` prints the tables. The
task runners import the library (and sacrebleu / rouge-score) only when they run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from .brief import aggregate_brief, lenient_hits, run_brief, score_brief_record, score_one
from .consistency import run_consistency, score_consistency
from .match import (
    FIELDS,
    LIST_FIELDS,
    MATCH_F1,
    PR,
    STOPWORDS,
    alternatives,
    bigrams,
    chars,
    content_tokens,
    coverage,
    date_match,
    f1,
    frame_only,
    half_covered,
    has_cjk,
    headline_span,
    is_cjk,
    list_pr,
    one_clause,
    overlap_f1,
    parse_gold_date,
    report_date_only,
    shares_unit,
    text_match,
    units,
    when_phrase_match,
)
from .records import EVAL_TASKS, REQUIRED, Records, parse_records, read_records
from .report import format_table
from .tasks import (
    _Tokenizer,
    lead_n,
    mt_scores,
    rouge,
    run_detect,
    run_summarize,
    run_translate,
    score_detect,
)

__all__ = [
    "EVAL_TASKS",
    "FIELDS",
    "LIST_FIELDS",
    "MATCH_F1",
    "PR",
    "REQUIRED",
    "STOPWORDS",
    "Records",
    "_Tokenizer",
    "aggregate_brief",
    "alternatives",
    "bigrams",
    "chars",
    "content_tokens",
    "coverage",
    "date_match",
    "evaluate",
    "f1",
    "format_table",
    "frame_only",
    "half_covered",
    "has_cjk",
    "headline_span",
    "is_cjk",
    "lead_n",
    "lenient_hits",
    "list_pr",
    "mt_scores",
    "one_clause",
    "overlap_f1",
    "parse_gold_date",
    "parse_records",
    "read_records",
    "report_date_only",
    "rouge",
    "run_brief",
    "run_consistency",
    "run_detect",
    "run_summarize",
    "run_translate",
    "score_brief_record",
    "score_consistency",
    "score_detect",
    "score_one",
    "shares_unit",
    "text_match",
    "units",
    "when_phrase_match",
]


def evaluate(
    path: str | Path,
    task: str,
    *,
    engine: str = "lite",
    models: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run one eval task over a JSONL file. Bad records go to `on_error` as 'line N: why' and the
    run goes on; an InputError is raised when no record is usable."""
    recs = read_records(path, task)
    for e in recs.errors:
        if on_error:
            on_error(e)
    if not recs.good:
        raise InputError(f"{path}: no usable {task} records ({len(recs.errors)} bad)")
    if task == "detect":
        result = run_detect(recs.good)
    elif task == "brief":
        result = run_brief(recs.good, engine=engine, models=models, on_error=on_error)
    elif task == "consistency":
        result = run_consistency(recs.good, engine=engine, models=models, on_error=on_error)
    elif task == "summarize":
        result = run_summarize(recs.good, on_error=on_error)
    else:
        result = run_translate(recs.good, models=models, on_error=on_error)
    if not result["n"]:
        raise InputError(f"{path}: every {task} record failed (see the messages above)")
    return {"task": task, "file": str(path), "skipped": len(recs.errors), **result}
