"""The local executor: drives ``batch.process_batch`` over a folder on this machine.

It owns everything the pure core must not: reading inputs, resume, atomic writes, the manifest,
the progress bar, worker processes and signals. The offline engine runs in ``--jobs`` processes
(each worker keeps its jieba and gazetteer for the whole run); the model path runs in this one
process and hands the core whole batches of articles, so sentences are batched across articles
and the models load once.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from . import store as bio
from . import warm
from .core import Item, LoadedEngines, Result, TaskSpec, load_engines, process_batch

# Articles per call of the core on the model path: enough sentences to fill the model's batches.
MODEL_BATCH = 16


@dataclass
class Summary:
    total: int
    manifest: str
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    signum: int | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.signum is not None:
            return 128 + self.signum
        return 1 if self.failed else 0

    def line(self) -> str:
        done = self.ok + self.failed
        rate = f", {done / self.seconds:.1f} articles/s" if self.seconds > 0 and done else ""
        counts = (
            f"{self.ok} ok, {self.failed} failed, {self.skipped} skipped "
            f"of {self.total} in {self.seconds:.1f}s{rate}"
        )
        if self.signum is not None:
            name = signal.Signals(self.signum).name
            left = self.total - done - self.skipped
            return (
                f"newsbrief: batch stopped by {name}: {counts}; {left} left, "
                "re-run the same command to finish"
            )
        tail = f"; see {self.manifest} for errors" if self.failed else f"; manifest {self.manifest}"
        return f"newsbrief: batch: {counts}{tail}"


class _Stopper:
    """First SIGINT/SIGTERM: finish what is running, start nothing new. Second: stop at once."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, object] = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum

    def __enter__(self) -> _Stopper:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


_WORKER: LoadedEngines | None = None


def _worker_init(spec: TaskSpec) -> None:
    global _WORKER
    # The parent handles Ctrl-C for the whole run; a worker finishes its chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER = load_engines(spec)
    # A parent killed with SIGKILL leaves its workers blocked on the task queue for ever (they
    # hold the queue's pipe themselves, so no EOF comes). Workers write nothing, so leaving at
    # once when orphaned loses nothing.
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsbrief-orphan-watch", daemon=True).start()


def _worker_run(items: list[Item]) -> list[Result]:
    assert _WORKER is not None
    return process_batch(items, _WORKER.spec, _WORKER)


class _Run:
    def __init__(
        self,
        input_dir: Path,
        out_dir: Path,
        spec: TaskSpec,
        *,
        patterns: tuple[str, ...],
        resume: bool,
        quiet: bool,
        progress: bool | None,
    ) -> None:
        from tqdm import tqdm

        from ..read import DEFAULT_MAX_BYTES

        self.spec = spec
        self.out_dir = out_dir
        self.quiet = quiet
        self.sources = bio.discover(input_dir, out_dir, patterns)
        self.names = bio.output_names([s.rel for s in self.sources], spec.suffix)
        self.manifest = bio.Manifest(out_dir)
        self.state = self.manifest.read()
        self.resume = resume
        self.fp = spec.fingerprint()
        self.limit = DEFAULT_MAX_BYTES if spec.max_bytes is None else spec.max_bytes
        self.summary = Summary(total=len(self.sources), manifest=str(self.manifest.path))
        self.meta: dict[str, tuple[str, Path | None]] = {}
        show = progress if progress is not None else (not quiet and sys.stderr.isatty())
        self.bar = tqdm(
            total=len(self.sources),
            disable=not show,
            file=sys.stderr,
            unit="article",
            dynamic_ncols=True,
            smoothing=0.1,
        )
        self.stop: Callable[[], bool] = lambda: False

    def _say(self, line: str) -> None:
        if not self.quiet:
            self.bar.write(line, file=sys.stderr)

    def pending(self) -> Iterator[Item]:
        """Items still to do, in order; failures to read and finished work are committed here."""
        for src in self.sources:
            if self.stop():
                return
            rel_out = self.names[src.rel]
            if src.problem:
                self._fail(src.rel, None, None, src.problem)
                continue
            try:
                data, sha = bio.read_input(src, self.limit)
            except OSError as exc:
                self._fail(src.rel, None, None, f"{src.rel}: cannot read: {exc.strerror or exc}")
                continue
            try:
                final = bio.safe_output_path(self.out_dir, rel_out)
            except (ValueError, OSError) as exc:
                self._fail(src.rel, sha, None, str(exc))
                continue
            if self.resume and bio.resumable(self.state.get(src.rel), sha, self.fp, final):
                self.manifest.append(
                    bio.entry(src.rel, sha, "skipped", output=rel_out, spec=self.fp)
                )
                self.summary.skipped += 1
                self.bar.update(1)
                continue
            self.meta[src.rel] = (sha, final)
            yield Item(path=src.rel, data=data, sha256=sha)

    def commit(self, res: Result) -> None:
        sha, final = self.meta.pop(res.path)
        if res.status == "ok" and final is not None and res.output is not None:
            try:
                tmp = bio.write_temp(final, sha, res.output)
            except OSError as exc:
                self._fail(
                    res.path, sha, final, f"cannot write output: {exc.strerror or exc}", res.seconds
                )
                return
            rel_out = final.relative_to(self.out_dir.resolve()).as_posix()
            self.manifest.append(
                bio.entry(
                    res.path,
                    sha,
                    "ok",
                    output=rel_out,
                    seconds=res.seconds,
                    spec=self.fp,
                    warnings=res.warnings,
                )
            )
            bio.publish(tmp, final)
            self.summary.ok += 1
            self.bar.update(1)
            return
        self._fail(res.path, sha, final, res.error or "failed", res.seconds)

    def _fail(
        self, rel: str, sha: str | None, final: Path | None, error: str, seconds: float = 0.0
    ) -> None:
        self.manifest.append(
            bio.entry(rel, sha, "failed", error=error, seconds=seconds, spec=self.fp)
        )
        old = self.state.get(rel)
        if final is not None and old and (old.get("sha256") != sha or old.get("spec") != self.fp):
            # The output on disk was made from other content or options: it no longer
            # describes this input, so it goes rather than pass for a current result.
            bio.remove_output(final)
        self.summary.failed += 1
        self.summary.failures.append((rel, error))
        self._say(f"newsbrief: failed: {rel}: {error}")
        self.bar.update(1)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _serial(run: _Run, size: int) -> None:
    engines = load_engines(run.spec)
    for chunk in _chunks(run.pending(), size):
        for res in process_batch(chunk, run.spec, engines):
            run.commit(res)


def _pooled(run: _Run, jobs: int, size: int) -> None:
    chunks = _chunks(run.pending(), size)
    ctx = warm.pool_context()
    if ctx is not None and run.spec.task in ("brief", "summarize"):
        paths = [str(s.path) for s in run.sources]
        warm.warm_lite(chinese=warm.has_chinese(warm.head_reader(paths), len(paths)))

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=jobs, initializer=_worker_init, initargs=(run.spec,), mp_context=ctx
        )

    ex = pool()
    inflight: dict[Future, list[Item]] = {}
    more = True
    try:
        while True:
            while more and not run.stop() and len(inflight) < 2 * jobs:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                inflight[ex.submit(_worker_run, chunk)] = chunk
            if run.stop():
                for fut in [f for f in inflight if f.cancel()]:
                    for item in inflight.pop(fut):
                        run.meta.pop(item.path, None)
            if not inflight:
                break
            # Short waits so that a signal is noticed while workers are busy.
            done, _ = wait(list(inflight), timeout=0.2, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                chunk = inflight.pop(fut)
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    broken = True
                    results = [
                        Result(i.path, "failed", error="worker process died (out of memory?)")
                        for i in chunk
                    ]
                for res in results:
                    run.commit(res)
            if broken:
                for fut, chunk in list(inflight.items()):
                    inflight.pop(fut)
                    for item in chunk:
                        run.commit(Result(item.path, "failed", error="worker process died"))
                ex.shutdown(wait=False, cancel_futures=True)
                ex = pool()
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def run_batch(
    input_dir: str | Path,
    out_dir: str | Path,
    spec: TaskSpec,
    *,
    patterns: tuple[str, ...] = bio.DEFAULT_PATTERNS,
    jobs: int = 1,
    resume: bool = True,
    quiet: bool = False,
    progress: bool | None = None,
    batch_size: int | None = None,
) -> Summary:
    """Process every matching file under `input_dir` into `out_dir`; see batch.store for the rules.

    Returns the summary (``summary.exit_code``: 0 all ok, 1 some failed, 128+N stopped by
    signal N). Never raises for a bad article; raises UsageError for bad folders or options.
    """
    spec = spec.validated()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    bio.check_dirs(input_dir, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    run = _Run(
        input_dir, out_dir, spec, patterns=patterns, resume=resume, quiet=quiet, progress=progress
    )
    jobs = max(1, jobs if jobs > 0 else (os.cpu_count() or 1))
    try:
        with _Stopper() as stopper:
            run.stop = lambda: stopper.signum is not None
            if spec.task == "translate":
                # Cross-article sentence batches in one process; more processes would only
                # fight over the same cores and load the models again.
                _serial(run, batch_size or MODEL_BATCH)
            elif jobs > 1 and run.summary.total > 1:
                per = max(1, min(16, run.summary.total // (jobs * 8)))
                _pooled(run, jobs, batch_size or per)
            else:
                _serial(run, batch_size or 1)
            run.summary.signum = stopper.signum
    finally:
        run.bar.close()
        run.manifest.close()
        run.summary.seconds = time.perf_counter() - t0
    return run.summary
