"""The `newsbrief` command: parse arguments, call the library, print. Nothing else lives here.

Library errors (NewsbriefError) become one line on stderr and an exit code at `main()`; heavy
modules are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Annotated

import typer

from .. import __version__
from ..errors import NewsbriefError, UsageError
from ..options import Options, check_device
from .help import Command, Group, examples

app = typer.Typer(
    name="newsbrief",
    help="Detect, translate, summarise and brief news articles in Indonesian, English and Chinese.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=Group,
    rich_markup_mode="markdown",
)
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


@dataclass(frozen=True)
class _Settings:
    engine: str
    to: str | None
    offline: bool | None
    device: str
    quiet: bool


def _settings(
    engine: EngineOpt | None = None,
    to: str | None = None,
    offline: bool = False,
    device: str | None = None,
    quiet: bool = False,
) -> _Settings:
    """Command-line values over the user's defaults (config.toml, NEWSBRIEF_*), over built-ins."""
    from ..config import defaults

    d = defaults()
    return _Settings(
        engine=engine.value if engine is not None else d.engine,
        to=to if to is not None else d.to,
        offline=(offline or d.offline) or None,
        device=device if device is not None else d.device,
        quiet=quiet or d.quiet,
    )


def _warn(lines: list[str], quiet: bool) -> None:
    if not quiet:
        for line in lines:
            typer.echo(f"newsbrief: warning: {line}", err=True)


def _notice_no_models(settings: _Settings, models: str | None) -> None:
    """Once per machine: `auto` runs the offline engine because no model is downloaded."""
    from ..config import models_downloaded, no_models_notice, notice_due

    if settings.quiet or settings.engine != "auto" or not notice_due():
        return
    if not models_downloaded(models):
        notice = no_models_notice()
        if notice:
            typer.echo(f"newsbrief: {notice}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsbrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """newsbrief — news in id/en/zh to structured briefs. Reads a file or stdin.

    Defaults for --engine, --to, --offline, --device and --quiet can be set in config.toml in the
    user config dir (beside models.yaml) or as NEWSBRIEF_ENGINE, NEWSBRIEF_TO, ... (README).
    """


def _max_bytes(value: int | None) -> int | None:
    if value is not None:
        return value
    env = os.environ.get("NEWSBRIEF_MAX_BYTES")
    if env:
        try:
            limit = int(env)
        except ValueError:
            limit = 0
        if limit < 1:
            raise UsageError(f"NEWSBRIEF_MAX_BYTES must be a positive number of bytes, not {env!r}")
        return limit
    return None


def _read(path: str | None, max_bytes: int | None, command: str = "") -> tuple[str, str | None]:
    text, name, _ = _read_document(path, max_bytes, command)
    return text, name


def _read_document(
    path: str | None, max_bytes: int | None, command: str = ""
) -> tuple[str, str | None, dt.date | None]:
    """(text, source name, the publication date an HTML page declares)."""
    from ..read import read_document

    _check_input(path, command)
    return read_document(path, max_bytes=_max_bytes(max_bytes))


def _run(
    options: Options,
    path: str | None,
    command: str,
    *,
    quiet: bool = False,
    dates: str | None = None,
    notice: tuple[_Settings, str | None] | None = None,
) -> None:
    """Read one article, run the task on it, print its warnings (stderr) and its text (stdout).

    The options are checked before the input is read: a usage error wins over bad input. The
    publication date follows read.decode_dated, the rule batch uses for every file.
    """
    from ..read import DateMap, read_dated
    from ..task import run_task

    options = options.validated()
    date_map = DateMap.from_csv(dates) if dates else None
    _check_input(path, command)
    dated, source = read_dated(
        path, max_bytes=_max_bytes(options.max_bytes), option=options.day, dates=date_map
    )
    out = run_task(dated.text, options, source=source, page_date=dated.date)
    if notice is not None:  # only once the brief is made: an error stays the only line
        _notice_no_models(*notice)
    _warn(out.warnings, quiet)
    typer.echo(out.text, nl=False)


def _check_input(path: str | None, command: str) -> None:
    if path is None and sys.stdin.isatty():
        usage = f" (newsbrief {command} FILE, or ... | newsbrief {command})" if command else ""
        raise UsageError(f"no input: give a file, or pipe an article on stdin{usage}")
    if path == "-" and sys.stdin.isatty():  # asked for on purpose: wait, but say for what
        typer.echo("newsbrief: reading the article from the terminal; end it with Ctrl-D", err=True)


FormatOpt = Annotated[PlainFormat, typer.Option("--format", "-f", help="Output format.")]


@app.command(
    cls=Command,
    epilog=examples("newsbrief detect article.txt", "newsbrief detect --lines headlines.txt"),
)
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

        text, _ = _read(input, max_bytes, "detect")
        typer.echo(detection_lines(detect_lines(text)), nl=False)
        return
    options = Options(task="detect", format=format.value, max_bytes=max_bytes)
    _run(options, input, "detect", quiet=_settings(quiet=quiet).quiet)


@app.command(
    cls=Command,
    epilog=examples(
        "newsbrief brief article.txt --date 2023-06-06 --to en --format text",
        "newsbrief brief page.html --to zh --format markdown",
        "cat article.txt | newsbrief brief --engine lite",
    ),
)
def brief(
    input: InputArg = None,
    to: ToOpt = None,
    format: Annotated[
        BriefFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BriefFormat.json,
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
    st = _settings(engine, to, offline, device, quiet)
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
    _run(options, input, "brief", quiet=st.quiet, dates=dates, notice=(st, models))


@app.command(
    cls=Command,
    epilog=examples(
        "newsbrief summarize article.txt --sentences 3",
        "newsbrief summarize article.txt --to en --format json",
    ),
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
    st = _settings(engine, to, offline, device, quiet)
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
    _run(options, input, "summarize", quiet=st.quiet)


class EvalTask(str, Enum):
    detect = "detect"
    brief = "brief"
    consistency = "consistency"
    summarize = "summarize"
    translate = "translate"


@app.command(
    "eval",
    cls=Command,
    epilog=examples(
        "newsbrief eval samples/eval/brief_id.jsonl --task brief --engine lite",
        "newsbrief eval samples/eval/detect.jsonl --task detect --json",
    ),
)
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

    st = _settings(engine=engine, quiet=quiet)
    result = evaluate(
        data,
        task.value,
        engine=st.engine,
        models=models,
        on_error=lambda msg: _warn([f"skipped {msg}"], st.quiet),
    )
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_table(result), nl=False)


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
BatchFormatOpt = Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")]
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


@app.command(
    cls=Command,
    epilog=examples(
        "newsbrief batch feed/ --out briefs/ --jobs 2",
        "newsbrief batch feed/ --out en/ --to en --format markdown --dates dates.csv",
        "newsbrief batch s3://bucket/news --out s3://bucket/briefs --executor ray",
    ),
)
def batch(
    input_dir: BatchInputDirOpt,
    out: BatchOutOpt,
    task: BatchTaskOpt = BatchTask.brief,
    to: ToOpt = None,
    format: BatchFormatOpt = BriefFormat.json,
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

    st = _settings(engine, to, offline, device, quiet)
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
        max_bytes=_max_bytes(max_bytes),
        dates=_batch_dates(input_dir, dates),
    ).validated()
    patterns = tuple(glob) if glob else DEFAULT_PATTERNS
    if any(not p.strip() for p in patterns):
        raise UsageError("--glob needs a pattern such as '*.txt', not an empty string")
    if executor is not ExecutorOpt.ray and (ray_address or workers or gpus_per_worker):
        raise UsageError("--ray-address, --workers and --gpus-per-worker need --executor ray")
    if task.value in ("brief", "summarize"):
        _notice_no_models(st, models)
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


class DigestFmt(str, Enum):
    html = "html"
    markdown = "markdown"
    json = "json"


@app.command(
    cls=Command,
    epilog=examples(
        "newsbrief digest briefs/ --to en > digest.html",
        "newsbrief digest feed/ --to zh --format markdown --output digest.md",
    ),
)
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

    st = _settings(engine=engine, offline=offline)
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


@app.command(
    cls=Command,
    epilog=examples(
        "newsbrief translate article.txt --to en",
        "newsbrief translate article.txt --to zh --format json",
    ),
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
    st = _settings(to=to, offline=offline, device=device, quiet=quiet)
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
    _run(options, input, "translate", quiet=st.quiet)


models_app = typer.Typer(
    help="List, check and fetch the models named in models.yaml.",
    no_args_is_help=True,
    cls=Group,
    rich_markup_mode="markdown",
)
app.add_typer(models_app, name="models")
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

    st = _settings(offline=offline, device=device)
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


def main() -> None:
    """Console entry point: run the app and turn library errors into one line and an exit code."""
    try:
        # Outside standalone mode click returns typer.Exit's code instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except NewsbriefError as exc:
        typer.echo(f"newsbrief: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("newsbrief: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("newsbrief: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except UnicodeEncodeError as exc:
        # stdout's encoding (PYTHONIOENCODING, a C locale) cannot hold the text: say how to fix
        # it rather than print a part of it
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        typer.echo(
            f"newsbrief: error: the output has characters the terminal's encoding ({encoding}) "
            "cannot show; set PYTHONIOENCODING=utf-8 (or a UTF-8 locale), or write to a file "
            "with batch --out",
            err=True,
        )
        sys.exit(1)
    except Exception as exc:  # the user gets one line, not a traceback; NEWSBRIEF_DEBUG shows it
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        # click's usage errors: one line like every other error (click's own is four), exit 2
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} -h')" if ctx is not None else ""
            message = " ".join(exc.format_message().split()).replace("Value error, ", "")
            typer.echo(f"newsbrief: error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        typer.echo(
            f"newsbrief: internal error: {type(exc).__name__}: {exc} "
            "(set NEWSBRIEF_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)
