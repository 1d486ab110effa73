"""The batch core: one pure function turns a batch of articles into rendered outputs.

``process_batch(items, spec, engines)`` is what every executor drives (the local one in
``batch.local`` and the Ray actors of ``batch.ray``). It reads no files, writes no files and keeps no module state:
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
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ..errors import NewsbriefError, UsageError

Task = Literal["brief", "translate", "summarize", "detect"]
Format = Literal["json", "markdown", "text"]
Status = Literal["ok", "failed", "skipped"]

TASKS: tuple[str, ...] = ("brief", "translate", "summarize", "detect")
FORMATS: tuple[str, ...] = ("json", "markdown", "text")

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


@dataclass(frozen=True)
class TaskSpec:
    """Everything that decides the output for an article; built once from the CLI arguments.

    Picklable (process pools, Ray), and ``fingerprint()`` names it in the manifest so that a re-run
    with other options never mistakes old outputs for finished work.
    """

    task: Task = "brief"
    format: Format = "json"
    to: str | None = None
    lang: str | None = None
    engine: str = "auto"
    models: str | None = None
    offline: bool = False
    device: str = "auto"
    sentences: int = 3
    date: dt.date | None = None
    max_bytes: int | None = None

    def validated(self) -> TaskSpec:
        """Normalised copy; raises UsageError once, rather than failing every article alike."""
        from dataclasses import replace

        from ..langs import normalize_lang

        if self.task not in TASKS:
            raise UsageError(f"unknown task {self.task!r}: use {', '.join(TASKS)}")
        if self.format not in FORMATS:
            raise UsageError(f"unknown format {self.format!r}: use {', '.join(FORMATS)}")
        if self.engine not in ("auto", "lite", "hf"):
            raise UsageError(f"unknown engine {self.engine!r}: use auto, lite or hf")
        if self.device not in ("auto", "cpu", "cuda"):
            raise UsageError(f"--device must be auto, cpu or cuda, not {self.device!r}")
        if self.task == "translate" and not self.to:
            raise UsageError("the translate task needs --to (id, en or zh)")
        to = normalize_lang(self.to) if self.to else None
        lang = normalize_lang(self.lang) if self.lang else None
        models = os.path.abspath(os.path.expanduser(self.models)) if self.models else None
        return replace(self, to=to, lang=lang, models=models)

    @property
    def suffix(self) -> str:
        if self.format == "json":
            return ".json"
        if self.format == "markdown" and self.task == "brief":
            return ".md"
        return ".txt"

    def fingerprint(self) -> str:
        """Short hash of the options that change an output (not device, offline or size limit)."""
        keys = ("task", "format", "to", "lang", "engine", "models", "sentences", "date")
        data = {k: v for k, v in asdict(self).items() if k in keys}
        blob = json.dumps(data, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]

    @property
    def uses_models(self) -> bool:
        """True when articles may go through neural models (one process, cross-article batches)."""
        return self.task == "translate" or (self.task == "brief" and self.engine != "lite")


@dataclass
class LoadedEngines:
    """The models one worker holds, loaded once and reused for every batch it processes.

    The lite engine needs nothing here (its gazetteer and jieba load once per process on first
    use). Translators are loaded on first need per language pair and kept.
    """

    spec: TaskSpec
    translators: dict[tuple[str, str], Any] = field(default_factory=dict)

    def translator(self, src: str, tgt: str) -> Any:
        key = (src, tgt)
        if key not in self.translators:
            from ..translate import get_translator

            self.translators[key] = get_translator(
                src,
                tgt,
                models=self.spec.models,
                offline=self.spec.offline or None,
                device=self.spec.device,
            )
        return self.translators[key]


def load_engines(spec: TaskSpec) -> LoadedEngines:
    return LoadedEngines(spec=spec)


def decode_item(item: Item, spec: TaskSpec) -> str:
    """Bytes -> article text through the same reader as single files (encodings, HTML, limits).

    Text items go through it too, so an HTML page or CRLF text is read the same either way.
    """
    return decode_document_item(item, spec)[0]


def decode_document_item(item: Item, spec: TaskSpec) -> tuple[str, dt.date | None]:
    """`decode_item` plus the page's declared publication date, as `newsbrief brief FILE` uses."""
    from ..read import DEFAULT_MAX_BYTES, decode_document

    data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data
    limit = DEFAULT_MAX_BYTES if spec.max_bytes is None else spec.max_bytes
    return decode_document(data, name=item.path, max_bytes=limit)


@dataclass
class TaskOutput:
    text: str
    warnings: list[str] = field(default_factory=list)


def run_task(
    text: str,
    *,
    source: str | None,
    spec: TaskSpec,
    engines: LoadedEngines | None = None,
    page_date: dt.date | None = None,
) -> TaskOutput:
    """One article -> the exact text the single-file command prints for it (stdout, newline incl.)."""
    if spec.task == "brief":
        from ..brief import brief
        from ..render import render

        result = brief(
            text,
            to=spec.to,
            engine=spec.engine,
            models=spec.models,  # type: ignore[arg-type]
            date=spec.date or page_date,
            offline=spec.offline or None,
            device=spec.device,
            sentences=spec.sentences,
            lang=spec.lang,
        )
        result.source = source
        rendered = render(result, spec.format)
        return TaskOutput(
            rendered + "\n" if spec.format == "json" else rendered, list(result.warnings)
        )
    if spec.task == "summarize":
        from ..summarize import summarize

        sents = summarize(text, sentences=spec.sentences, date=spec.date)
        if spec.format == "json":
            data = [{"text": s.text, "span": [s.start, s.end]} for s in sents]
            return TaskOutput(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return TaskOutput("".join(s.text + "\n" for s in sents))
    if spec.task == "detect":
        from ..detect import detect

        det = detect(text)
        if spec.format == "json":
            return TaskOutput(
                json.dumps(det.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
            )
        cands = ", ".join(f"{c.lang} {c.prob:.2f}" for c in det.candidates)
        sure = "" if det.reliable else " (unsure: short or ambiguous text)"
        lines = [f"{det.lang}\t{det.confidence:.2f}{sure}\t[{cands}]"]
        if det.mixed:
            lines += [
                f"  paragraph {p.span[0]}-{p.span[1]}: {p.lang} {p.confidence:.2f}"
                for p in det.paragraphs
            ]
        return TaskOutput("".join(line + "\n" for line in lines))
    if spec.task == "translate":
        outs = translate_texts([(source, text)], spec, engines or load_engines(spec))
        out = outs[0]
        if isinstance(out, Exception):
            raise out
        return out
    raise UsageError(f"unknown task {spec.task!r}")


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
        text, page_date = decode_document_item(item, spec)
        out = run_task(text, source=item.path, spec=spec, engines=engines, page_date=page_date)
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
    )


def process_batch(items: list[Item], spec: TaskSpec, engines: LoadedEngines) -> list[Result]:
    """Process a batch; ``results[i]`` belongs to ``items[i]``. No I/O, no global state.

    Translation batches sentences across all articles of the batch (sorted by length, one model
    call per batch of segments); the other tasks run article by article.
    """
    if spec.task == "translate":
        return _translate_items(items, spec, engines)
    return [process_item(item, spec, engines) for item in items]


def _translate_items(items: list[Item], spec: TaskSpec, engines: LoadedEngines) -> list[Result]:
    t0 = time.perf_counter()
    results: list[Result | None] = [None] * len(items)
    texts: list[tuple[int, str]] = []
    for i, item in enumerate(items):
        try:
            _delay()
            texts.append((i, decode_item(item, spec)))
        except Exception as exc:
            results[i] = Result(item.path, "failed", error=error_message(exc))
    outs = translate_texts([(items[i].path, t) for i, t in texts], spec, engines)
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


def translate_texts(
    texts: list[tuple[str | None, str]], spec: TaskSpec, engines: LoadedEngines
) -> list[TaskOutput | Exception]:
    """Translate many articles at once: filled in by the translation back end (see translate.py)."""
    from .translate import translate_many

    return translate_many(texts, spec, engines)
