"""The `eval` command."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from .help import examples
from .params import EngineArg, ModelsOpt, QuietOpt
from .run import settings, warn

EXAMPLES = examples(
    "newsbrief eval samples/eval/brief_id.jsonl --task brief --engine lite",
    "newsbrief eval samples/eval/detect.jsonl --task detect --json",
)


class EvalTask(str, Enum):
    detect = "detect"
    brief = "brief"
    consistency = "consistency"
    summarize = "summarize"
    translate = "translate"


def eval_(
    data: Annotated[
        str,
        typer.Argument(
            help="Labelled JSON Lines file (formats: README, 'Measuring quality').", metavar="FILE"
        ),
    ],
    task: Annotated[EvalTask, typer.Option("--task", "-t", help="What to score.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    quiet: QuietOpt = False,
    engine: EngineArg = None,
    models: ModelsOpt = None,
) -> None:
    """Score detection, briefs, summaries, translations or cross-language consistency on labelled
    news. Summaries and translations need the eval extra: pip install 'newsbrief[eval]'."""
    from ..eval import evaluate, format_table

    st = settings(engine=engine, quiet=quiet)
    result = evaluate(
        data,
        task.value,
        engine=st.engine,
        models=models,
        on_error=lambda msg: warn([f"skipped {msg}"], st.quiet),
    )
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_table(result), nl=False)
