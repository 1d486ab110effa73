"""The local executor: drives ``core.process_batch`` over a folder on this machine.

A ``Run`` over a ``LocalStore`` reads the inputs, resumes and commits (batch/run.py); this module
owns only the execution: worker processes, chunks and signals. The offline engine runs in ``--jobs`` processes
(each worker keeps its jieba and gazetteer for the whole run); the model path runs in this one
process and hands the core whole batches of articles, so sentences are batched across articles
and the models load once.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from ..task import LoadedEngines
from . import warm
from .core import Item, Result, TaskSpec, load_engines, process_batch
from .run import Run, Stopper, Summary
from .store import DEFAULT_PATTERNS, LocalStore

# Articles per call of the core on the model path: enough sentences to fill the model's batches.
MODEL_BATCH = 16
# Inputs read ahead for the early worker (batch.warm): more than it can do during the segmenter's
# load, bounded in count and bytes.
_AHEAD_ITEMS = 256
_AHEAD_BYTES = 32 << 20
# The offline engine's serial path commits its results as one group (Run.commit_many: a group
# costs one fsync per output, one manifest append and one per folder, not three per article) once
# this many are done or this long after the first of them: a SIGKILL redoes at most that much.
_GROUP_ITEMS = 16
_GROUP_SECONDS = 0.5


# This worker process's options and models, set once by the pool initializer.
_WORKER: tuple[TaskSpec, LoadedEngines] | None = None


def _worker_init(spec: TaskSpec) -> None:
    global _WORKER
    # The parent handles Ctrl-C for the whole run; a worker finishes its chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER = (spec, load_engines(spec))
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
    return process_batch(items, *_WORKER)


def _early_main(spec: TaskSpec, items: list[Item], stop: Any, conn: Connection) -> None:
    _worker_init(spec)
    done: list[Result] = []
    for item in items:
        if stop.is_set():
            break
        done.extend(_worker_run([item]))
    conn.send(done)
    conn.close()


class _Early:
    """A worker forked before the parent loads the Chinese segmenter, briefing Latin-script
    articles meanwhile (batch.warm); ``finish`` stops it after the article it is on."""

    def __init__(self, ctx: BaseContext, spec: TaskSpec, items: list[Item]) -> None:
        self.items = items
        self._stop = ctx.Event()
        self._conn, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(  # type: ignore[attr-defined]
            target=_early_main, args=(spec, items, self._stop, send), daemon=True
        )
        self._proc.start()
        send.close()

    def finish(self) -> tuple[list[Result], list[Item]]:
        """(results of the items it did, the items it did not start)."""
        self._stop.set()
        done: list[Result] = []
        try:
            done = self._conn.recv()
        except (EOFError, OSError):
            pass  # it died: the warm workers do all of its items
        finally:
            self._conn.close()
            if self._proc.is_alive() and not done:
                self._proc.kill()
            self._proc.join()
        return done, self.items[len(done) :]


def _read_ahead(items: Iterator[Item]) -> tuple[list[Item], list[Item]]:
    """The next inputs, bounded, split into (Latin-script, Chinese)."""
    latin: list[Item] = []
    chinese: list[Item] = []
    size = 0
    for item in items:
        (chinese if warm.is_chinese(item.data) else latin).append(item)
        size += len(item.data)
        if len(latin) + len(chinese) >= _AHEAD_ITEMS or size >= _AHEAD_BYTES:
            break
    return latin, chinese


def _warm_up(
    run: Run, ctx: BaseContext, items: Iterator[Item]
) -> tuple[Iterator[Item], list[Result]]:
    """Load the offline engine here before the workers fork (batch.warm); with Chinese inputs an
    early worker briefs Latin-script ones during the segmenter's load. Returns the items still
    to do and the early worker's results."""
    paths = [str(s.path) for s in run.sources]
    chinese = warm.has_chinese(warm.head_reader(paths), len(paths))
    warm.warm_lite(chinese=False)
    if not chinese:
        return items, []
    latin, held = _read_ahead(items)
    early = _Early(ctx, run.spec, latin) if latin else None
    try:
        warm.warm_lite(chinese=True, latin=False)
    finally:
        done, left = early.finish() if early is not None else ([], [])
    return itertools.chain(left, held, items), done


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _serial(run: Run, size: int, group: int | None = None) -> None:
    """Run the core `size` items at a time in this process; commit every `group` results (a
    chunk by default) or _GROUP_SECONDS after the first uncommitted one."""
    group = group or size
    engines = load_engines(run.spec)
    done: list[Result] = []
    first = 0.0
    try:
        for chunk in _chunks(run.pending(), size):
            if not done:
                first = time.monotonic()
            done.extend(process_batch(chunk, run.spec, engines))
            if len(done) >= group or time.monotonic() - first >= _GROUP_SECONDS:
                ready, done = done, []  # a group whose commit fails is not committed twice
                run.commit_many(ready)
    finally:
        if done:  # what is finished is kept, whatever stopped the loop
            run.commit_many(done)


def _pooled(run: Run, jobs: int, size: int) -> None:
    items: Iterator[Item] = run.pending()
    early: list[Result] = []
    ctx = warm.pool_context()
    if ctx is not None and run.spec.task in ("brief", "summarize"):
        items, early = _warm_up(run, ctx, items)
    chunks = _chunks(items, size)

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
            if early:  # committed once the warm workers are forked and busy
                run.commit_many(early)
                early = []
            if run.stop():
                for fut in [f for f in inflight if f.cancel()]:
                    for item in inflight.pop(fut):
                        run.forget(item.path)
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
                run.commit_many(results)
            if broken:
                for fut, chunk in list(inflight.items()):
                    inflight.pop(fut)
                    run.commit_many(
                        [Result(i.path, "failed", error="worker process died") for i in chunk]
                    )
                ex.shutdown(wait=False, cancel_futures=True)
                ex = pool()
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def run_batch(
    input_dir: str | Path,
    out_dir: str | Path,
    spec: TaskSpec,
    *,
    patterns: tuple[str, ...] = DEFAULT_PATTERNS,
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
    store = LocalStore(Path(input_dir), Path(out_dir))
    if spec.task == "translate":
        # before the output folder is touched: one line, not the same failure for every file
        from .preflight import check_translators

        check_translators(spec, [s.path for s in store.inputs(patterns) if s.problem is None])
    t0 = time.perf_counter()
    run = Run(store, spec, patterns=patterns, resume=resume, quiet=quiet, progress=progress)
    jobs = max(1, jobs if jobs > 0 else (os.cpu_count() or 1))
    try:
        with Stopper() as stopper:
            run.stop = lambda: stopper.signum is not None
            if spec.task == "translate" or (spec.uses_models and load_engines(spec).models_here()):
                # Cross-article model batches in one process; more processes would only
                # fight over the same cores and load the models again.
                _serial(run, batch_size or MODEL_BATCH)
            elif jobs > 1 and run.summary.total > 1:
                per = max(1, min(16, run.summary.total // (jobs * 8)))
                _pooled(run, jobs, batch_size or per)
            else:
                _serial(run, batch_size or 1, batch_size or _GROUP_ITEMS)
            run.summary.signum = stopper.signum
    finally:
        run.close()
        run.summary.seconds = time.perf_counter() - t0
    return run.summary
