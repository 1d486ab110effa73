"""The batch core: one pure function turns a batch of articles into rendered outputs.

``process_batch(items, spec, engines)`` is what every executor drives (``batch.local`` and the
Ray actors of ``batch.ray``). It reads no files, writes no files and keeps no module state:
inputs arrive as bytes, outputs leave as text, and the loaded models live in ``LoadedEngines``,
which the caller creates once per process (or per actor) and reuses for every batch. One bad
article becomes one failed ``Result``; it never fails the batch.

The text for one article is exactly what the single-file command prints
(``newsbrief brief --format json FILE`` and friends): both go through ``run_task``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar

from ..errors import NewsbriefError
from ..options import Format, Options
from ..task import LoadedEngines, TaskOutput, run_task
from .translate import translate_many

if TYPE_CHECKING:
    from ..read import Dated

Status = Literal["ok", "failed", "skipped"]
T = TypeVar("T")

# Tests make items slow on purpose so that a kill lands mid-run; never set in normal use.
_TEST_DELAY_ENV = "NEWSBRIEF_TEST_ITEM_DELAY"


def sha256_hex(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Item:
    """One article to process: where it came from (relative POSIX path), its content, its hash."""

    path: str
    data: bytes | str
    sha256: str

    @classmethod
    def of(cls, path: str, data: bytes | str) -> Item:
        return cls(path=path, data=data, sha256=sha256_hex(data))


@dataclass
class Result:
    """What became of one item: ``output`` is the rendered text when ok, ``error`` when failed."""

    path: str
    status: Status
    output: str | None = None
    error: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    date: dt.date | None = None  # the publication date used, and where it came from
    date_source: str | None = None


@dataclass(frozen=True)
class TaskSpec(Options):
    """The options of a batch run: the shared ``Options`` (json by default) plus how the run
    names its outputs and recognises finished work.

    ``fingerprint()`` names it in the manifest so that a re-run with other options never
    mistakes old outputs for finished work.
    """

    format: Format | None = "json"
    # per-file publication dates: (path, ISO date, source) from --dates and sidecar files
    dates: tuple[tuple[str, str, str], ...] = ()

    @property
    def suffix(self) -> str:
        if self.format == "json":
            return ".json"
        if self.format == "markdown" and self.task == "brief":
            return ".md"
        return ".txt"

    def fingerprint(self) -> str:
        """Short hash of what changes an output: the options (not device, offline or size
        limit), newsbrief's version, and the content of models.yaml when models may serve the
        task; an upgrade or an edited models.yaml makes --resume redo the work."""
        from .. import __version__

        keys = ("task", "format", "to", "lang", "engine", "models", "sentences", "date", "dates")
        data = {k: v for k, v in asdict(self).items() if k in keys}
        data["newsbrief"] = __version__
        if self.task == "translate" or (self.task != "detect" and self.engine != "lite"):
            data["models_sha256"] = _models_sha256(self.models)
        blob = json.dumps(data, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]

    @property
    def uses_models(self) -> bool:
        """True when articles may go through neural models (one process, cross-article batches)."""
        return self.task == "translate" or (
            self.task in ("brief", "summarize") and self.engine != "lite"
        )


def _models_sha256(models: str | None) -> str | None:
    """SHA-256 of the models.yaml a run would read (None when there is none to read)."""
    from ..models.registry import find_config

    try:
        return hashlib.sha256(find_config(models).read_bytes()).hexdigest()
    except (NewsbriefError, OSError):
        return None


def load_engines(spec: TaskSpec) -> LoadedEngines:
    return LoadedEngines(spec)


def decode_item(item: Item, spec: TaskSpec) -> str:
    """Bytes -> article text through the same reader as single files (encodings, HTML, limits).

    Text items go through it too, so an HTML page or CRLF text is read the same either way.
    """
    return decode_dated_item(item, spec).text


def decode_dated_item(item: Item, spec: TaskSpec) -> Dated:
    """`decode_item` plus the file's publication date by the rule `newsbrief brief FILE` uses
    (read.decode_dated): --date, the document's own, a sidecar or --dates row, the file name."""
    from ..read import DEFAULT_MAX_BYTES, DateMap, decode_dated

    data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data
    limit = DEFAULT_MAX_BYTES if spec.max_bytes is None else spec.max_bytes
    listed = DateMap.of(spec.dates).lookup(item.path) if spec.dates else None
    return decode_dated(data, name=item.path, max_bytes=limit, option=spec.day, listed=listed)


def error_message(exc: BaseException) -> str:
    """One line for the manifest: library errors as they are, anything else with its type."""
    if isinstance(exc, NewsbriefError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


def _delay() -> None:
    value = os.environ.get(_TEST_DELAY_ENV)
    if value:
        time.sleep(float(value))


def process_item(item: Item, spec: TaskSpec, engines: LoadedEngines) -> Result:
    t0 = time.perf_counter()
    try:
        _delay()
        dated = decode_dated_item(item, spec)
        out = run_task(dated.text, spec, source=item.path, page_date=dated.date)
    except Exception as exc:  # one bad article is a failed result, never a failed batch
        return Result(
            item.path,
            "failed",
            error=error_message(exc),
            seconds=round(time.perf_counter() - t0, 4),
        )
    return Result(
        item.path,
        "ok",
        output=out.text,
        seconds=round(time.perf_counter() - t0, 4),
        warnings=out.warnings,
        date=dated.date,
        date_source=dated.source,
    )


def process_batch(items: list[Item], spec: TaskSpec, engines: LoadedEngines) -> list[Result]:
    """Process a batch; ``results[i]`` belongs to ``items[i]``. No I/O, no global state.

    Translation batches sentences across all articles of the batch (sorted by length, one model
    call per batch of segments); the other tasks run article by article.
    """
    if spec.task == "translate":
        return _translate_items(items, spec, engines)
    if spec.uses_models and len(items) > 1 and engines.models_here():
        return _model_items(items, spec, engines)
    return [process_item(item, spec, engines) for item in items]


def _decode_each(
    items: list[Item], decode: Callable[[Item], T]
) -> tuple[list[Result | None], list[tuple[int, T]]]:
    """Every item decoded, by its index; an item that cannot be decoded has its failed Result
    in the first list, at its index, and the other slots wait for the batched run."""
    results: list[Result | None] = [None] * len(items)
    decoded: list[tuple[int, T]] = []
    for i, item in enumerate(items):
        try:
            _delay()
            decoded.append((i, decode(item)))
        except Exception as exc:
            results[i] = Result(item.path, "failed", error=error_message(exc))
    return results, decoded


def _model_items(items: list[Item], spec: TaskSpec, engines: LoadedEngines) -> list[Result]:
    """brief/summarize with models: every article runs twice, first to record what it asks of
    the summariser and NER, then, after one batched call per model, to replay the answers."""
    from ..models.replay import Recorder

    t0 = time.perf_counter()
    results, texts = _decode_each(items, lambda item: decode_dated_item(item, spec))
    engines.recorder = Recorder()
    try:
        for i, d in texts:
            try:  # a failure here recurs, and is recorded, in the second pass
                run_task(d.text, spec, source=items[i].path, page_date=d.date, engines=engines)
            except Exception:
                continue
        engines.recorder.run()
        outs: dict[int, TaskOutput | Exception] = {}
        for i, d in texts:
            try:
                outs[i] = run_task(
                    d.text, spec, source=items[i].path, page_date=d.date, engines=engines
                )
            except Exception as exc:
                outs[i] = exc
    finally:
        engines.recorder = None
    # The model time is shared by the articles of a batch; each gets an equal part.
    share = round((time.perf_counter() - t0) / max(1, len(items)), 4)
    dated = dict(texts)
    for i, out in outs.items():
        path = items[i].path
        if isinstance(out, Exception):
            results[i] = Result(path, "failed", error=error_message(out), seconds=share)
        else:
            results[i] = Result(
                path,
                "ok",
                output=out.text,
                seconds=share,
                warnings=out.warnings,
                date=dated[i].date,
                date_source=dated[i].source,
            )
    return [r for r in results if r is not None]


def _translate_items(items: list[Item], spec: TaskSpec, engines: LoadedEngines) -> list[Result]:
    t0 = time.perf_counter()
    results, texts = _decode_each(items, lambda item: decode_item(item, spec))
    outs = translate_many([(items[i].path, t) for i, t in texts], spec, engines)
    # The model time is shared by the articles of a batch; each gets an equal part.
    share = round((time.perf_counter() - t0) / max(1, len(items)), 4)
    for (i, _), out in zip(texts, outs, strict=True):
        if isinstance(out, Exception):
            results[i] = Result(items[i].path, "failed", error=error_message(out), seconds=share)
        else:
            results[i] = Result(
                items[i].path, "ok", output=out.text, seconds=share, warnings=out.warnings
            )
    return [r for r in results if r is not None]
