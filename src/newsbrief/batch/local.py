"""The local executor: drives ``core.process_batch`` over a folder on this machine.

A ``Run`` over a ``LocalStore`` reads the inputs, resumes and commits (batch/run.py); this module
owns only the execution: worker processes, chunks and signals. The offline engine runs in ``--jobs`` processes
(each worker keeps its jieba and gazetteer for the whole run); the model path runs in this one
process and hands the core whole batches of articles, so sentences are batched across articles
and the models load once.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..task import LoadedEngines
from . import warm
from .core import Item, Result, TaskSpec, load_engines, process_batch
from .run import Run, Stopper, Summary
from .store import DEFAULT_PATTERNS, LocalStore

# Articles per call of the core on the model path: enough sentences to fill the model's batches.
MODEL_BATCH = 16


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


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _serial(run: Run, size: int) -> None:
    engines = load_engines(run.spec)
    for chunk in _chunks(run.pending(), size):
        run.commit_many(process_batch(chunk, run.spec, engines))


def _pooled(run: Run, jobs: int, size: int) -> None:
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
                _serial(run, batch_size or 1)
            run.summary.signum = stopper.signum
    finally:
        run.close()
        run.summary.seconds = time.perf_counter() - t0
    return run.summary
