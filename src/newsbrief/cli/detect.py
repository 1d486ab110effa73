"""The `detect` command."""

from __future__ import annotations

from typing import Annotated

import typer

from ..options import Options
from .help import examples
from .params import FormatOpt, InputArg, MaxBytes, PlainFormat, QuietOpt
from .run import read_input, run_article, settings

EXAMPLES = examples("newsbrief detect article.txt", "newsbrief detect --lines headlines.txt")


def detect(
    input: InputArg = None,
    format: FormatOpt = PlainFormat.text,
    lines: Annotated[
        bool, typer.Option("--lines", help="Detect every line on its own; JSON Lines out.")
    ] = False,
    quiet: QuietOpt = False,
    max_bytes: MaxBytes = None,
) -> None:
    """Detect the language: code, confidence and top candidates."""
    if lines:
        from ..detect import detect_lines
        from ..render.tasks import detection_lines

        text, _ = read_input(input, max_bytes, "detect")
        typer.echo(detection_lines(detect_lines(text)), nl=False)
        return
    options = Options(task="detect", format=format.value, max_bytes=max_bytes)
    run_article(options, input, "detect", quiet=settings(quiet=quiet).quiet)
