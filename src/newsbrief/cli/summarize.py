"""The `summarize` command."""

from __future__ import annotations

from typing import Annotated

import typer

from ..options import Options
from .help import examples
from .params import (
    DeviceOpt,
    EngineArg,
    FormatOpt,
    InputArg,
    MaxBytes,
    ModelsOpt,
    OfflineOpt,
    PlainFormat,
    QuietOpt,
    ToOpt,
)
from .run import run_article, settings

EXAMPLES = examples(
    "newsbrief summarize article.txt --sentences 3",
    "newsbrief summarize article.txt --to en --format json",
)


def summarize(
    input: InputArg = None,
    sentences: Annotated[
        int,
        typer.Option("--sentences", "-n", min=1, max=50, help="How many sentences.", metavar="N"),
    ] = 3,
    to: ToOpt = None,
    format: FormatOpt = PlainFormat.text,
    quiet: QuietOpt = False,
    engine: EngineArg = None,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Summary: the N most central sentences in article order, or the summariser's (--engine).

    With --to, each sentence is translated when a translation model is downloaded; without one
    the sentences stay as written and one line on stderr says how to get it.
    """
    st = settings(engine, to, offline, device, quiet)
    options = Options(
        task="summarize",
        format=format.value,
        sentences=sentences,
        to=st.to,
        engine=st.engine,
        models=models,
        offline=st.offline,
        device=st.device,
        max_bytes=max_bytes,
    )
    run_article(options, input, "summarize", quiet=st.quiet)
