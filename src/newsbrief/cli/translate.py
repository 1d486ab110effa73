"""The `translate` command."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import UsageError
from ..options import Options
from .help import examples
from .params import (
    DeviceOpt,
    FromOpt,
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
    "newsbrief translate article.txt --to en",
    "newsbrief translate article.txt --to zh --format json",
)


def translate(
    input: InputArg = None,
    to: ToOpt = None,
    lang: FromOpt = None,
    format: Annotated[
        PlainFormat,
        typer.Option("--format", "-f", help="text, or json with segments and source offsets."),
    ] = PlainFormat.text,
    quiet: QuietOpt = False,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Translate an article between id, en and zh (pivoting through English where needed).

    Needs translation models: newsbrief models pull --task translation.
    """
    st = settings(to=to, offline=offline, device=device, quiet=quiet)
    if st.to is None:
        raise UsageError("Missing option '--to': id, en or zh (or to = ... in config.toml)")
    options = Options(
        task="translate",
        format=format.value,
        to=st.to,
        lang=lang,
        models=models,
        offline=st.offline,
        device=st.device,
        max_bytes=max_bytes,
    )
    run_article(options, input, "translate", quiet=st.quiet)
