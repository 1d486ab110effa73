"""The `brief` command."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..options import Options
from .help import examples
from .params import (
    BriefFormat,
    BriefFormatOpt,
    DateOpt,
    DatesOpt,
    DeviceOpt,
    EngineArg,
    FromOpt,
    InputArg,
    MaxBytes,
    ModelsOpt,
    OfflineOpt,
    QuietOpt,
    SummarySentencesOpt,
    ToOpt,
)
from .run import run_article, settings

EXAMPLES = examples(
    "newsbrief brief article.txt --date 2023-06-06 --to en --format text",
    "newsbrief brief page.html --to zh --format markdown",
    "cat article.txt | newsbrief brief --engine lite",
)


def brief(
    input: InputArg = None,
    to: ToOpt = None,
    format: BriefFormatOpt = BriefFormat.json,
    date: DateOpt = None,
    dates: DatesOpt = None,
    lang: FromOpt = None,
    sentences: SummarySentencesOpt = 3,
    quiet: QuietOpt = False,
    schema: Annotated[
        bool, typer.Option("--schema", help="Print the brief's JSON Schema and exit.")
    ] = False,
    engine: EngineArg = None,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Extract a structured brief: who, what, when, where, and a summary.

    Without models (the offline engine) --to still writes labels, dates, places, roles and
    romanised Chinese names in the target language; free text is marked as not translated.
    """
    if schema:
        from ..model import brief_json_schema

        typer.echo(json.dumps(brief_json_schema(), ensure_ascii=False, indent=2))
        return
    st = settings(engine, to, offline, device, quiet)
    options = Options(
        task="brief",
        format=format.value,
        to=st.to,
        engine=st.engine,
        models=models,
        offline=st.offline,
        date=date,
        lang=lang,
        sentences=sentences,
        device=st.device,
        max_bytes=max_bytes,
    )
    run_article(options, input, "brief", quiet=st.quiet, dates=dates, notice=(st, models))
