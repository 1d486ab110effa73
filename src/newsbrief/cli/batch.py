"""The `batch` command and its own options."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..errors import UsageError
from .help import examples
from .params import (
    INPUT,
    BriefFormat,
    BriefFormatOpt,
    DateOpt,
    DatesOpt,
    DeviceOpt,
    EngineArg,
    FromOpt,
    MaxBytes,
    ModelsOpt,
    OfflineOpt,
    SummarySentencesOpt,
    ToOpt,
)
from .run import byte_limit, notice_no_models, settings

EXAMPLES = examples(
    "newsbrief batch feed/ --out briefs/ --jobs 2",
    "newsbrief batch feed/ --out en/ --to en --format markdown --dates dates.csv",
    "newsbrief batch s3://bucket/news --out s3://bucket/briefs --executor ray",
)


class BatchTask(str, Enum):
    brief = "brief"
    translate = "translate"
    summarize = "summarize"
    detect = "detect"


class ExecutorOpt(str, Enum):
    local = "local"
    ray = "ray"


RAY = "Ray (--executor ray)"


# The batch command's own options (declared here to keep its signature readable).
BatchInputDirOpt = Annotated[
    str,
    typer.Argument(
        help="Folder of articles (.txt, .md, .html), searched recursively.",
        show_default=False,
        metavar="INPUT_DIR",
    ),
]
BatchOutOpt = Annotated[
    str,
    typer.Option(
        "--out",
        "-o",
        help="Output folder: one file per input, same layout, plus manifest.jsonl.",
        show_default=False,
        metavar="DIR",
    ),
]
BatchTaskOpt = Annotated[BatchTask, typer.Option("--task", help="What to make of each article.")]
BatchJobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help="Processes for the offline engine (0: one per core).",
        metavar="N",
    ),
]
BatchResumeOpt = Annotated[
    bool,
    typer.Option(
        "--resume/--no-resume",
        help="Skip inputs already done with the same content and options.",
    ),
]
BatchQuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress bar, per-file errors or notices; only the summary."
    ),
]
BatchGlobOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        help="File pattern, repeatable. [default: `*.txt` `*.md` `*.html` `*.htm`]",
        metavar="PATTERN",
        rich_help_panel=INPUT,
    ),
]
BatchExecutorOpt = Annotated[
    ExecutorOpt,
    typer.Option(
        "--executor",
        help="local: this machine; ray: a Ray cluster (the ray extra), where INPUT_DIR and "
        "--out may be URIs (s3://, gs://, abfs://, hdfs://, file://).",
        rich_help_panel=RAY,
    ),
]
BatchRayAddressOpt = Annotated[
    str | None,
    typer.Option(
        "--ray-address",
        help="Cluster to join (host:port, or auto). [default: start Ray here]",
        metavar="ADDRESS",
        rich_help_panel=RAY,
    ),
]
BatchWorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Ray workers, each with its own models. [default: one per CPU or GPU share]",
        metavar="N",
        rich_help_panel=RAY,
    ),
]
BatchGpusPerWorkerOpt = Annotated[
    float,
    typer.Option(
        "--gpus-per-worker",
        min=0,
        help="GPUs per Ray worker, e.g. 1 or 0.5 (0: CPU workers).",
        metavar="N",
        rich_help_panel=RAY,
    ),
]
BatchBatchSizeOpt = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        min=1,
        help="Articles per call of the batch core. [default: 16 with models, fewer without]",
        metavar="N",
        rich_help_panel=RAY,
    ),
]


def batch(
    input_dir: BatchInputDirOpt,
    out: BatchOutOpt,
    task: BatchTaskOpt = BatchTask.brief,
    to: ToOpt = None,
    format: BriefFormatOpt = BriefFormat.json,
    jobs: BatchJobsOpt = 1,
    resume: BatchResumeOpt = True,
    quiet: BatchQuietOpt = False,
    glob: BatchGlobOpt = None,
    date: DateOpt = None,
    dates: DatesOpt = None,
    lang: FromOpt = None,
    sentences: SummarySentencesOpt = 3,
    max_bytes: MaxBytes = None,
    engine: EngineArg = None,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = None,
    executor: BatchExecutorOpt = ExecutorOpt.local,
    ray_address: BatchRayAddressOpt = None,
    workers: BatchWorkersOpt = None,
    gpus_per_worker: BatchGpusPerWorkerOpt = 0.0,
    batch_size: BatchBatchSizeOpt = None,
) -> None:
    """Process a folder: one output per article, a manifest, resumable after any interruption.

    Each file's publication date: --date, else the file's own (HTML, front matter, a Date: line),
    a sidecar story.date or a --dates row, a date in its name; the manifest says which.
    """
    from ..batch.core import TaskSpec
    from ..batch.local import run_batch
    from ..batch.store import DEFAULT_PATTERNS

    st = settings(engine, to, offline, device, quiet)
    spec = TaskSpec(
        task=task.value,
        format=format.value,
        to=st.to,
        lang=lang,
        engine=st.engine,
        models=models,
        offline=bool(st.offline),
        device=st.device,
        sentences=sentences,
        date=date,
        max_bytes=byte_limit(max_bytes),
        dates=_batch_dates(input_dir, dates),
    ).validated()
    patterns = tuple(glob) if glob else DEFAULT_PATTERNS
    if any(not p.strip() for p in patterns):
        raise UsageError("--glob needs a pattern such as '*.txt', not an empty string")
    if executor is not ExecutorOpt.ray and (ray_address or workers or gpus_per_worker):
        raise UsageError("--ray-address, --workers and --gpus-per-worker need --executor ray")
    if task.value in ("brief", "summarize"):
        notice_no_models(st, models)
    if executor is ExecutorOpt.ray:
        from ..batch.ray import RayOptions, run_batch_ray

        opts = RayOptions(ray_address, workers, gpus_per_worker, batch_size)
        summary = run_batch_ray(
            input_dir, out, spec, ray_options=opts, patterns=patterns, resume=resume, quiet=quiet
        )
    else:
        if "://" in input_dir or "://" in out:
            raise UsageError("URIs as INPUT_DIR or --out need --executor ray")
        summary = run_batch(
            input_dir,
            out,
            spec,
            patterns=patterns,
            jobs=jobs,
            resume=resume,
            quiet=quiet,
            batch_size=batch_size,
        )
    typer.echo(summary.line(), err=True)
    raise typer.Exit(summary.exit_code)


def _batch_dates(input_dir: str, csv: str | None) -> tuple[tuple[str, str, str], ...]:
    """The per-file dates a batch carries to its workers: --dates rows and sidecar files."""
    from pathlib import Path

    from ..read import DateMap

    dates = DateMap.from_csv(csv) if csv else DateMap()
    if "://" not in input_dir and Path(input_dir).is_dir():
        dates.add_sidecars(Path(input_dir))
    return dates.items()
