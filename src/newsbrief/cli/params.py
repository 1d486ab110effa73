"""Options and arguments several commands share, declared once so their spelling and help
cannot drift apart; the value enums they take."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

MODELS, INPUT = "Models", "Input"


class BriefFormat(str, Enum):
    """Formats of a brief (and of batch outputs)."""

    json = "json"
    markdown = "markdown"
    text = "text"


class PlainFormat(str, Enum):
    """Formats of detect, summarize, translate and models list."""

    text = "text"
    json = "json"


class EngineOpt(str, Enum):
    auto = "auto"
    lite = "lite"
    hf = "hf"


InputArg = Annotated[
    str | None,
    typer.Argument(
        help="Article file; '-' or nothing reads stdin.", show_default=False, metavar="FILE"
    ),
]
MaxBytes = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        help="Refuse larger input (default 5 MB, or $NEWSBRIEF_MAX_BYTES).",
        min=1,
        show_default=False,
        metavar="BYTES",
        rich_help_panel=INPUT,
    ),
]

# Options several commands share, declared once so their spelling and help cannot drift apart.
# Defaults marked "config" come from config.toml or NEWSBRIEF_* variables when set (README).
EngineArg = Annotated[
    EngineOpt | None,
    typer.Option(
        "--engine",
        help="lite: no model; hf: models only; auto: models where downloaded. [default: auto, "
        "or config]",
        show_default=False,
        rich_help_panel=MODELS,
    ),
]
ModelsOpt = Annotated[
    str | None,
    typer.Option("--models", help="models.yaml to use.", metavar="FILE", rich_help_panel=MODELS),
]
OfflineOpt = Annotated[
    bool,
    typer.Option("--offline", help="Never touch the network for models.", rich_help_panel=MODELS),
]
DeviceOpt = Annotated[
    str | None,
    typer.Option(
        "--device",
        help="CUDA when present (auto), cpu or cuda. [default: auto, or config]",
        metavar="auto|cpu|cuda",
        show_default=False,
        rich_help_panel=MODELS,
    ),
]
FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="Article language, skipping detection.",
        metavar="LANG",
        rich_help_panel=INPUT,
    ),
]
SummarySentencesOpt = Annotated[
    int, typer.Option("--sentences", "-n", min=1, max=20, help="Summary sentences.", metavar="N")
]
ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        help="Language to write in: id, en or zh. [default: the article's, or config]",
        metavar="LANG",
        show_default=False,
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Publication date: resolves 'yesterday', weekdays and year-less dates. [default: "
        "the file's own (README, Dates per file)]",
        metavar="YYYY-MM-DD",
        show_default=False,
        rich_help_panel=INPUT,
    ),
]
DatesOpt = Annotated[
    str | None,
    typer.Option(
        "--dates",
        help="Publication dates per file: a CSV of path,date lines.",
        metavar="CSV",
        rich_help_panel=INPUT,
    ),
]
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No warnings or notices on stderr (errors still show). [config]"
    ),
]

FormatOpt = Annotated[PlainFormat, typer.Option("--format", "-f", help="Output format.")]
BriefFormatOpt = Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")]
