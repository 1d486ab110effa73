"""The `digest` command."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from .help import examples
from .params import EngineArg, ModelsOpt, OfflineOpt
from .run import settings

EXAMPLES = examples(
    "newsbrief digest briefs/ --to en > digest.html",
    "newsbrief digest feed/ --to zh --format markdown --output digest.md",
)


class DigestFmt(str, Enum):
    html = "html"
    markdown = "markdown"
    json = "json"


def digest(
    folder: Annotated[
        str,
        typer.Argument(
            help="A 'batch --task brief' output folder (manifest + JSON briefs), or a folder of "
            "articles, briefed first (resumable).",
            show_default=False,
            metavar="DIR",
        ),
    ],
    to: Annotated[
        str, typer.Option("--to", help="Language of the page: id, en or zh.", metavar="LANG")
    ] = "en",
    format: Annotated[
        DigestFmt,
        typer.Option("--format", "-f", help="html (one self-contained page), markdown or json."),
    ] = DigestFmt.html,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write here instead of stdout.", metavar="FILE"),
    ] = None,
    briefs: Annotated[
        str | None,
        typer.Option(
            "--briefs",
            help="Where an article folder's briefs go. [default: DIR/.newsbrief-briefs]",
            metavar="DIR",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes when briefing articles.", metavar="N"
        ),
    ] = 1,
    engine: EngineArg = None,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Digest a folder: each event once across languages, with when, where, who and sources."""
    from ..digest import digest as make_digest
    from ..digest import render_digest, summary_line, write_atomic

    st = settings(engine=engine, offline=offline)
    result = make_digest(
        folder,
        to=to,
        briefs=briefs,
        engine=st.engine,
        models=models,
        offline=bool(st.offline),
        jobs=jobs,
    )
    text = render_digest(result, format.value)
    if output:
        write_atomic(output, text)
    else:
        typer.echo(text, nl=False)
    typer.echo(summary_line(result, output), err=True)
