"""The Ray executor: the same batch run, with the articles processed by Ray actors.

Only the work moves to the cluster. The driver (this process) lists the inputs, reads and hashes
them, decides what resume skips, writes every output atomically and appends the manifest, all
through the local executor's own ``_Run``, so there is one set of rules for both executors.
Workers are Ray Data actors (``map_batches`` with a callable class): each loads the models once
and calls the same ``batch.process_batch`` as the local path, so an article's output is the same
bytes whichever executor made it. Results stream back as each batch finishes, which is what
moves the progress bar.

The articles travel with the work (the driver read them to hash them anyway), so workers on other
machines need no access to the input folder. Only this module imports ray, and only inside
functions: the rest of the CLI never pays for it.
"""

from __future__ import annotations

import json
import logging
import math
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import batch_io as bio
from .batch import Item, Result, TaskSpec, error_message, load_engines, process_batch
from .errors import NewsbriefError, UsageError

INSTALL_HINT = "--executor ray needs Ray: pip install 'newsbrief[ray]'"

# Articles per Ray Data dataset. Each window starts its own actor pool (models load again), so
# windows are large; they exist so that a million-article run never holds every article at once.
WINDOW_ITEMS = 20_000
WINDOW_BYTES = 256 * 1024 * 1024

# Articles per call of the core: the model path wants many sentences per call; the lite engine
# only needs enough to hide Ray's per-batch cost.
MODEL_BATCH = 16
LITE_BATCH = 8


class RayUnavailable(UsageError):
    """Ray is not installed (exit 2, with the install command)."""


@dataclass(frozen=True)
class RayOptions:
    """How to run on Ray; built once from the CLI arguments."""

    address: str | None = None
    workers: int | None = None
    gpus_per_worker: float = 0.0
    batch_size: int | None = None
    window_items: int = WINDOW_ITEMS
    window_bytes: int = WINDOW_BYTES

    def validated(self) -> RayOptions:
        if self.workers is not None and self.workers < 1:
            raise UsageError("--workers must be at least 1")
        if self.gpus_per_worker < 0:
            raise UsageError("--gpus-per-worker must be 0 or more")
        if self.batch_size is not None and self.batch_size < 1:
            raise UsageError("--batch-size must be at least 1")
        if self.window_items < 1 or self.window_bytes < 1:
            raise UsageError("window sizes must be positive")
        return self


def require_ray() -> Any:
    """The ray module, or RayUnavailable saying how to install it."""
    try:
        import ray
        import ray.data  # ray without the [data] extra cannot run batches
    except ImportError:
        raise RayUnavailable(INSTALL_HINT) from None
    return ray


class BatchWorker:
    """One Ray actor: holds one loaded model set and runs the batch core over Arrow batches."""

    def __init__(self, spec: TaskSpec) -> None:
        self.spec = spec
        self.engines = load_engines(spec)

    def __call__(self, batch: Any) -> dict[str, list]:
        rows = batch.to_pylist()
        items = [Item(path=r["path"], data=r["data"], sha256=r["sha256"]) for r in rows]
        return _columns(self._process(items))

    def _process(self, items: list[Item]) -> list[Result]:
        try:
            results = process_batch(items, self.spec, self.engines)
        except Exception:  # the core isolates articles itself; this guards against a bug there
            results = []
            for item in items:
                try:
                    results += process_batch([item], self.spec, self.engines)
                except Exception as exc:
                    results.append(Result(item.path, "failed", error=error_message(exc)))
        got = {r.path for r in results}
        # Every article gets an answer, so the driver never waits for one that was dropped.
        results += [
            Result(i.path, "failed", error="internal error: no result from the batch core")
            for i in items
            if i.path not in got
        ]
        return results


def _columns(results: list[Result]) -> dict[str, list]:
    return {
        "path": [r.path for r in results],
        "status": [r.status for r in results],
        "output": [r.output for r in results],
        "error": [r.error for r in results],
        "seconds": [float(r.seconds) for r in results],
        # JSON, because an all-empty list column has no Arrow type to infer
        "warnings": [json.dumps(r.warnings, ensure_ascii=False) for r in results],
    }


def _rows_to_results(rows: list[dict]) -> list[Result]:
    return [
        Result(
            path=r["path"],
            status=r["status"],
            output=r["output"],
            error=r["error"],
            seconds=r["seconds"],
            warnings=json.loads(r["warnings"] or "[]"),
        )
        for r in rows
    ]


class RaySession:
    """Ray for one run: joins a cluster, starts a local instance, or uses one already running.

    Only an instance this run started is shut down at the end.
    """

    def __init__(self, address: str | None) -> None:
        self.address = address
        self.ray: Any = None
        self.started = False
        self._log_level = logging.NOTSET

    def connect(self) -> Any:
        if self.ray is not None:
            return self.ray
        ray = require_ray()
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
            env = _worker_env(local=not self.address)
            if env:
                kwargs["runtime_env"] = {"env_vars": env}
            try:
                if self.address:
                    ray.init(address=self.address, **kwargs)
                else:
                    # Sized to this machine: Ray counts the CPUs and GPUs itself.
                    ray.init(include_dashboard=False, **kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = self.address or "a local Ray instance"
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise NewsbriefError(f"cannot start or join Ray ({where}): {first}") from None
            self.started = True
        # Ray Data reports every dataset on stderr; the run's own bar and summary say it all.
        quiet = logging.getLogger("ray.data")
        self._log_level = quiet.level
        quiet.setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        self.ray = ray
        return ray

    def close(self) -> None:
        if self.ray is not None:
            logging.getLogger("ray.data").setLevel(self._log_level)
        if self.started and self.ray is not None:
            self.ray.shutdown()
        self.started = False


def _worker_env(*, local: bool) -> dict[str, str]:
    """Settings the workers need from this process's environment.

    A local instance's workers share this machine, so they see the same config and model cache.
    A cluster's nodes keep their own paths; only the promise not to touch the network travels.
    """
    if local:
        return {
            k: v
            for k, v in os.environ.items()
            if k.startswith(("NEWSBRIEF_", "HF_", "TRANSFORMERS_")) or k == "XDG_CONFIG_HOME"
        }
    return {k: v for k, v in os.environ.items() if k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}


def default_workers(ray: Any, gpus_per_worker: float) -> int:
    """One worker per CPU of the cluster, or per `gpus_per_worker` GPUs when workers use GPUs."""
    res = ray.cluster_resources()
    if gpus_per_worker > 0:
        gpus = float(res.get("GPU", 0))
        if gpus < gpus_per_worker:
            raise UsageError(
                f"--gpus-per-worker {gpus_per_worker:g} but the Ray cluster has {gpus:g} GPUs"
            )
        return max(1, int(gpus // gpus_per_worker))
    return max(1, int(res.get("CPU", 1)))


def _windows(items: Iterator[Item], max_items: int, max_bytes: int) -> Iterator[list[Item]]:
    window: list[Item] = []
    size = 0
    for item in items:
        window.append(item)
        size += len(item.data)
        if len(window) >= max_items or size >= max_bytes:
            yield window
            window, size = [], 0
    if window:
        yield window


def _dataset(
    ray: Any, window: list[Item], spec: TaskSpec, workers: int, gpus: float, batch_size: int
) -> Any:
    from ray.data import ActorPoolStrategy

    rows = [
        {
            "path": i.path,
            "data": i.data if isinstance(i.data, bytes) else i.data.encode("utf-8"),
            "sha256": i.sha256,
        }
        for i in window
    ]
    # One block per batch: results come back (and the bar moves) a batch at a time, and the
    # batches spread over all the actors.
    ds = ray.data.from_items(rows, override_num_blocks=max(1, math.ceil(len(rows) / batch_size)))
    remote: dict[str, Any] = {"num_cpus": 1}
    if gpus > 0:
        remote["num_gpus"] = gpus
    return ds.map_batches(
        BatchWorker,
        fn_constructor_kwargs={"spec": spec},
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ActorPoolStrategy(size=min(workers, math.ceil(len(rows) / batch_size))),
        **remote,
    )


def _run_window(
    run: Any,
    ray: Any,
    window: list[Item],
    spec: TaskSpec,
    workers: int,
    gpus: float,
    batch_size: int,
) -> None:
    ds = _dataset(ray, window, spec, workers, gpus, batch_size)
    try:
        for table in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0):
            for res in _rows_to_results(table.to_pylist()):
                if res.path in run.meta:
                    run.commit(res)
            if run.stop():
                break
    except (
        Exception
    ) as exc:  # the cluster failed (lost node, dead actors): the rest fail, not vanish
        if isinstance(exc, KeyboardInterrupt):
            raise
        msg = error_message(exc).splitlines()[0]
        for item in window:
            if item.path in run.meta and not run.stop():
                run.commit(Result(item.path, "failed", error=f"Ray worker failed: {msg}"))
    # Items a stop left unfinished get no manifest line: the next run does them.
    for item in window:
        run.meta.pop(item.path, None)


def run_batch_ray(
    input_dir: str | Path,
    out_dir: str | Path,
    spec: TaskSpec,
    *,
    ray_options: RayOptions | None = None,
    patterns: tuple[str, ...] = bio.DEFAULT_PATTERNS,
    resume: bool = True,
    quiet: bool = False,
    progress: bool | None = None,
) -> Any:
    """Like ``batch_local.run_batch`` (same outputs, manifest, resume and summary) on Ray.

    Ray starts (or is joined) only when some article needs work, so a run that resume
    completely skips costs no Ray start-up.
    """
    import time

    from .batch_local import _Run, _Stopper

    opts = (ray_options or RayOptions()).validated()
    spec = spec.validated()
    require_ray()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    bio.check_dirs(input_dir, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    run = _Run(
        input_dir, out_dir, spec, patterns=patterns, resume=resume, quiet=quiet, progress=progress
    )
    session = RaySession(opts.address)
    batch_size = opts.batch_size or (MODEL_BATCH if spec.uses_models else LITE_BATCH)
    try:
        with _Stopper() as stopper:
            run.stop = lambda: stopper.signum is not None
            workers = 0
            for window in _windows(run.pending(), opts.window_items, opts.window_bytes):
                if not workers:
                    ray = session.connect()
                    # ray.init replaces the SIGTERM handler; a stop must stay a clean stop.
                    if threading.current_thread() is threading.main_thread():
                        signal.signal(signal.SIGTERM, stopper._handle)
                    workers = opts.workers or default_workers(ray, opts.gpus_per_worker)
                _run_window(
                    run, session.ray, window, spec, workers, opts.gpus_per_worker, batch_size
                )
                if run.stop():
                    break
            run.summary.signum = stopper.signum
    finally:
        run.bar.close()
        run.manifest.close()
        session.close()
        run.summary.seconds = time.perf_counter() - t0
    return run.summary
