"""The `models` group: list, check and pull the models named in models.yaml."""

from __future__ import annotations

from typing import Annotated

import typer

from ..options import check_device
from .help import Command, Group, examples
from .params import DeviceOpt, FormatOpt, ModelsOpt, OfflineOpt, PlainFormat
from .run import settings

models_app = typer.Typer(
    help="List, check and fetch the models named in models.yaml.",
    no_args_is_help=True,
    cls=Group,
    rich_markup_mode="markdown",
)
TaskOpt = Annotated[
    str | None,
    typer.Option(
        "--task", help="translation, summarization or ner.", metavar="translation|summarization|ner"
    ),
]
PairOpt = Annotated[
    str | None,
    typer.Option(
        "--pair",
        "--lang",
        help="A pair like id-en (translation), or a language or '*'.",
        metavar="PAIR",
    ),
]


@models_app.command(
    "list",
    cls=Command,
    epilog=examples(
        "newsbrief models list", "newsbrief models list --task translation --format json"
    ),
)
def models_list(
    models: ModelsOpt = None,
    task: TaskOpt = None,
    pair: PairOpt = None,
    format: FormatOpt = PlainFormat.text,
) -> None:
    """Each configured model: task, pair, model, cached locally or not, size on disk. Offline."""
    from ..models.hub import statuses
    from ..models.registry import load_config
    from ..render.tasks import models_table

    typer.echo(models_table(statuses(load_config(models), task, pair), format.value), nl=False)


@models_app.command(
    "check",
    cls=Command,
    epilog=examples("newsbrief models check --task translation --pair id-en --offline"),
)
def models_check(
    models: ModelsOpt = None,
    task: TaskOpt = None,
    pair: PairOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = None,
) -> None:
    """Load each configured model and run it once; exit 1 if any fails."""
    from ..models.check import check
    from ..models.hub import select
    from ..models.registry import load_config

    st = settings(offline=offline, device=device)
    check_device(st.device)
    failed = 0
    for t, k, e in select(load_config(models), task, pair):
        r = check(t, k, e, device=st.device, offline=st.offline)
        failed += not r.ok
        typer.echo(
            f"{'ok  ' if r.ok else 'FAIL'} {t:<14} {k:<6} {e.model} ({r.seconds:.1f}s): {r.message}"
        )
    raise typer.Exit(1 if failed else 0)


@models_app.command(
    "pull",
    cls=Command,
    epilog=examples(
        "newsbrief models pull --task translation",
        "newsbrief models pull --task translation --pair id-en",
    ),
)
def models_pull(
    models: ModelsOpt = None,
    task: TaskOpt = None,
    pair: PairOpt = None,
    offline: OfflineOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Download the selected models into the Hugging Face cache (HF_HOME), with progress bars."""
    from ..models.hub import cache_dir, human_size, pull
    from ..models.registry import load_config

    results = pull(load_config(models), task, pair, offline=offline or None, progress=not quiet)
    for r in results:
        s = r.status
        line = f"{r.action:<10} {s.task:<14} {s.key:<6} {s.model} {human_size(s.size)}"
        typer.echo(line + (f": {r.message}" if r.message else ""), err=r.action == "failed")
    typer.echo(f"newsbrief: cache {cache_dir()}", err=True)
    raise typer.Exit(1 if any(r.action == "failed" for r in results) else 0)
