"""The `newsbrief` command: parse arguments, call the library, print. Nothing else lives here.

Library errors (NewsbriefError) become one line on stderr and an exit code at `main()`; heavy
modules are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from enum import Enum
from typing import Annotated

import typer

from .. import __version__
from ..errors import NewsbriefError, UsageError
from ..options import Options, check_device

app = typer.Typer(
    name="newsbrief",
    help="Detect, translate, summarise and brief news articles in Indonesian, English and Chinese.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


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
        help="Refuse input larger than this (default 5 MB, or $NEWSBRIEF_MAX_BYTES).",
        min=1,
        show_default=False,
        metavar="BYTES",
    ),
]

# Options several commands share, declared once so their spelling and help cannot drift apart.
EngineArg = Annotated[
    EngineOpt,
    typer.Option("--engine", help="lite: no model; hf: models only; auto: models where available."),
]
ModelsOpt = Annotated[str | None, typer.Option("--models", help="models.yaml to use.")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Never touch the network for models.")]
DeviceOpt = Annotated[str, typer.Option("--device", help="auto (CUDA when present), cpu or cuda.")]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="Article language, skipping detection.")
]
SummarySentencesOpt = Annotated[
    int, typer.Option("--sentences", "-n", min=1, max=20, help="Summary sentences.")
]


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
    """newsbrief — news in id/en/zh to structured briefs. Reads a file or stdin."""


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

    if path is None and sys.stdin.isatty():
        usage = f" (newsbrief {command} FILE, or ... | newsbrief {command})" if command else ""
        raise UsageError(f"no input: give a file, or pipe an article on stdin{usage}")
    if path == "-" and sys.stdin.isatty():  # asked for on purpose: wait, but say for what
        typer.echo("newsbrief: reading the article from the terminal; end it with Ctrl-D", err=True)
    return read_document(path, max_bytes=_max_bytes(max_bytes))


def _run(options: Options, path: str | None, command: str) -> None:
    """Read one article, run the task on it, print its warnings (stderr) and its text (stdout).

    The options are checked before the input is read: a usage error wins over bad input.
    """
    from ..task import run_task

    options = options.validated()
    text, source, page_date = _read_document(path, _max_bytes(options.max_bytes), command)
    out = run_task(text, options, source=source, page_date=page_date)
    for w in out.warnings:
        typer.echo(f"newsbrief: warning: {w}", err=True)
    typer.echo(out.text, nl=False)


@app.command()
def detect(
    input: InputArg = None,
    format: Annotated[
        PlainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = PlainFormat.text,
    lines: Annotated[
        bool, typer.Option("--lines", help="Detect every line on its own; JSON Lines out.")
    ] = False,
    max_bytes: MaxBytes = None,
) -> None:
    """Detect the language: code, confidence and top candidates."""
    if lines:
        from ..detect import detect_lines
        from ..render.tasks import detection_lines

        text, _ = _read(input, max_bytes, "detect")
        typer.echo(detection_lines(detect_lines(text)), nl=False)
        return
    _run(Options(task="detect", format=format.value, max_bytes=max_bytes), input, "detect")


@app.command()
def brief(
    input: InputArg = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to", help="Brief language: id, en or zh (default: the article's).", metavar="LANG"
        ),
    ] = None,
    format: Annotated[
        BriefFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BriefFormat.json,
    engine: EngineArg = EngineOpt.auto,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date, to resolve 'yesterday', weekdays and year-less dates (default: the date an HTML page declares).",
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    lang: FromOpt = None,
    sentences: SummarySentencesOpt = 3,
    device: DeviceOpt = "auto",
    schema: Annotated[
        bool, typer.Option("--schema", help="Print the brief's JSON Schema and exit.")
    ] = False,
    max_bytes: MaxBytes = None,
) -> None:
    """Extract a structured brief: who, what, when, where, and a summary."""
    if schema:
        from ..model import brief_json_schema

        typer.echo(json.dumps(brief_json_schema(), ensure_ascii=False, indent=2))
        return
    options = Options(
        task="brief",
        format=format.value,
        to=to,
        engine=engine.value,
        models=models,
        offline=offline or None,
        date=date,
        lang=lang,
        sentences=sentences,
        device=device,
        max_bytes=max_bytes,
    )
    _run(options, input, "brief")


@app.command()
def summarize(
    input: InputArg = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=1, max=50, help="How many sentences.")
    ] = 3,
    format: Annotated[
        PlainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = PlainFormat.text,
    engine: EngineArg = EngineOpt.auto,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = "auto",
    max_bytes: MaxBytes = None,
) -> None:
    """Summary: the N most central sentences in article order, or the summariser's (--engine)."""
    options = Options(
        task="summarize",
        format=format.value,
        sentences=sentences,
        engine=engine.value,
        models=models,
        offline=offline or None,
        device=device,
        max_bytes=max_bytes,
    )
    _run(options, input, "summarize")


class EvalTask(str, Enum):
    detect = "detect"
    brief = "brief"
    consistency = "consistency"
    summarize = "summarize"
    translate = "translate"


@app.command("eval")
def eval_(
    data: Annotated[
        str, typer.Argument(help="Labelled JSON Lines file (formats: README, 'Evaluation').")
    ],
    task: Annotated[EvalTask, typer.Option("--task", "-t", help="What to score.")],
    engine: Annotated[
        EngineOpt, typer.Option("--engine", help="Brief engine to score.")
    ] = EngineOpt.auto,
    models: ModelsOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
) -> None:
    """Score detection, briefs, summaries, translations or cross-language consistency on labelled
    news."""
    from ..eval import evaluate, format_table

    result = evaluate(
        data,
        task.value,
        engine=engine.value,
        models=models,
        on_error=lambda msg: typer.echo(f"newsbrief: skipped {msg}", err=True),
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


@app.command()
def batch(
    input_dir: Annotated[
        str,
        typer.Argument(
            help="Folder of articles (.txt, .md, .html), searched recursively.", show_default=False
        ),
    ],
    out: Annotated[
        str,
        typer.Option(
            "--out",
            "-o",
            help="Output folder: one file per input, same layout, plus manifest.jsonl.",
            show_default=False,
        ),
    ],
    task: Annotated[
        BatchTask, typer.Option("--task", help="What to make of each article.")
    ] = BatchTask.brief,
    to: Annotated[
        str | None, typer.Option("--to", help="Target language: id, en or zh (translate needs it).")
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option("--glob", help="File pattern, repeatable (default: *.txt *.md *.html *.htm)."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes for the offline engine (0: one per core)."
        ),
    ] = 1,
    format: Annotated[
        BriefFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BriefFormat.json,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume/--no-resume",
            help="Skip inputs already done with the same content and options.",
        ),
    ] = True,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No progress bar and no per-file errors; only the summary line."
        ),
    ] = False,
    engine: EngineArg = EngineOpt.auto,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for every article.")
    ] = None,
    lang: FromOpt = None,
    sentences: SummarySentencesOpt = 3,
    device: DeviceOpt = "auto",
    max_bytes: MaxBytes = None,
    executor: Annotated[
        ExecutorOpt,
        typer.Option(
            "--executor",
            help="local: this machine; ray: a Ray cluster (needs the ray extra of newsbrief), where INPUT_DIR and --out may also be URIs (s3://, gs://, abfs://, hdfs://, file://).",
        ),
    ] = ExecutorOpt.local,
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="Ray cluster to join (host:port, or 'auto'); default: start Ray on this machine.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Ray workers, each holding its own models (default: one per CPU, or per --gpus-per-worker GPUs).",
        ),
    ] = None,
    gpus_per_worker: Annotated[
        float,
        typer.Option(
            "--gpus-per-worker",
            min=0,
            help="GPUs per Ray worker, e.g. 1 or 0.5 (default 0: CPU workers).",
        ),
    ] = 0.0,
    batch_size: Annotated[
        int | None,
        typer.Option(
            "--batch-size",
            min=1,
            help="Articles per call of the batch core (default: 16 with models, less for the offline engine).",
        ),
    ] = None,
) -> None:
    """Process a folder: one output per article, a manifest, resumable after any interruption."""
    from ..batch.core import TaskSpec
    from ..batch.local import run_batch
    from ..batch.store import DEFAULT_PATTERNS

    spec = TaskSpec(
        task=task.value,
        format=format.value,
        to=to,
        lang=lang,
        engine=engine.value,
        models=models,
        offline=offline,
        device=device,
        sentences=sentences,
        date=date,
        max_bytes=_max_bytes(max_bytes),
    ).validated()
    patterns = tuple(glob) if glob else DEFAULT_PATTERNS
    if any(not p.strip() for p in patterns):
        raise UsageError("--glob needs a pattern such as '*.txt', not an empty string")
    if executor is ExecutorOpt.ray:
        from ..batch.ray import RayOptions, run_batch_ray

        opts = RayOptions(
            address=ray_address,
            workers=workers,
            gpus_per_worker=gpus_per_worker,
            batch_size=batch_size,
        )
        summary = run_batch_ray(
            input_dir, out, spec, ray_options=opts, patterns=patterns, resume=resume, quiet=quiet
        )
    else:
        if ray_address or workers or gpus_per_worker:
            raise UsageError("--ray-address, --workers and --gpus-per-worker need --executor ray")
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


class DigestFmt(str, Enum):
    html = "html"
    markdown = "markdown"
    json = "json"


@app.command()
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
    to: Annotated[str, typer.Option("--to", help="Language of the page: id, en or zh.")] = "en",
    format: Annotated[
        DigestFmt,
        typer.Option("--format", "-f", help="html (one self-contained page), markdown or json."),
    ] = DigestFmt.html,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    briefs: Annotated[
        str | None,
        typer.Option(
            "--briefs", help="Where an article folder's briefs go (default DIR/.newsbrief-briefs)."
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes when briefing articles.")
    ] = 1,
    engine: EngineArg = EngineOpt.auto,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Digest a folder: each event once across languages, with when, where, who and sources."""
    from ..digest import digest as make_digest
    from ..digest import render_digest, summary_line, write_atomic

    result = make_digest(
        folder, to=to, briefs=briefs, engine=engine.value, models=models, offline=offline, jobs=jobs
    )
    text = render_digest(result, format.value)
    if output:
        write_atomic(output, text)
    else:
        typer.echo(text, nl=False)
    typer.echo(summary_line(result, output), err=True)


@app.command()
def translate(
    input: InputArg = None,
    to: Annotated[
        str, typer.Option("--to", help="Target language: id, en or zh.", show_default=False)
    ] = ...,
    lang: Annotated[
        str | None, typer.Option("--from", help="Source language, skipping detection.")
    ] = None,
    format: Annotated[
        PlainFormat,
        typer.Option("--format", "-f", help="text, or json with segments and source offsets."),
    ] = PlainFormat.text,
    models: ModelsOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = "auto",
    max_bytes: MaxBytes = None,
) -> None:
    """Translate an article between id, en and zh (pivoting through English where needed)."""
    options = Options(
        task="translate",
        format=format.value,
        to=to,
        lang=lang,
        models=models,
        offline=offline or None,
        device=device,
        max_bytes=max_bytes,
    )
    _run(options, input, "translate")


models_app = typer.Typer(
    help="List, check and fetch the models named in models.yaml.", no_args_is_help=True
)
app.add_typer(models_app, name="models")
TaskOpt = Annotated[str | None, typer.Option("--task", help="translation, summarization or ner.")]
PairOpt = Annotated[
    str | None,
    typer.Option("--pair", "--lang", help="A pair like id-en (translation) or a language / '*'."),
]


@models_app.command("list")
def models_list(
    models: ModelsOpt = None,
    task: TaskOpt = None,
    pair: PairOpt = None,
    format: Annotated[
        PlainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = PlainFormat.text,
) -> None:
    """Each configured model: task, pair, model, cached locally or not, size on disk. Offline."""
    from ..models.hub import statuses
    from ..models.registry import load_config
    from ..render.tasks import models_table

    typer.echo(models_table(statuses(load_config(models), task, pair), format.value), nl=False)


@models_app.command("check")
def models_check(
    models: ModelsOpt = None,
    task: TaskOpt = None,
    pair: PairOpt = None,
    offline: OfflineOpt = False,
    device: DeviceOpt = "auto",
) -> None:
    """Load each configured model and run it once; exit 1 if any fails."""
    from ..models.check import check
    from ..models.hub import select
    from ..models.registry import load_config

    check_device(device)
    failed = 0
    for t, k, e in select(load_config(models), task, pair):
        r = check(t, k, e, device=device, offline=offline or None)
        failed += not r.ok
        typer.echo(
            f"{'ok  ' if r.ok else 'FAIL'} {t:<14} {k:<6} {e.model} ({r.seconds:.1f}s): {r.message}"
        )
    raise typer.Exit(1 if failed else 0)


@models_app.command("pull")
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
