"""The Ray executor: the same batch run, with the articles processed by Ray actors.

Only the work moves to the cluster. The driver (this process) lists the inputs, reads and hashes
them, decides what resume skips, writes every output atomically and appends the manifest, all
through the same ``Run`` as the local executor (batch/run.py): one set of rules for both.
Workers are Ray Data actors (``map_batches`` with a callable class): each loads the models once
and calls the same ``batch.process_batch`` as the local path, so an article's output is the same
bytes whichever executor made it. Results stream back as each batch finishes, which is what
moves the progress bar.

The articles travel with the work (the driver read them to hash them anyway), so workers on other
machines need no access to the input folder. Input and output may also be URIs that
``pyarrow.fs.FileSystem.from_uri`` opens (file://, s3://, gs://, hdfs://, abfs://), through
``fs.FsStore``; only the driver needs access to that storage.

Only this module imports ray, and only inside functions: the rest of the CLI never pays for it.
"""

from __future__ import annotations

import json
import logging
import math
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import NewsbriefError, UsageError
from .core import Item, Result, TaskSpec, error_message, load_engines, process_batch
from .fs import FsStore, is_uri
from .run import Run, Stopper, Summary
from .store import DEFAULT_PATTERNS, LocalStore, Store

INSTALL_HINT = "--executor ray needs Ray: pip install 'newsbrief[ray]'"

# Articles per Ray Data dataset. Each window starts its own actor pool (models load again), so
# windows are large; they exist so that a million-article run never holds every article at once.
WINDOW_ITEMS = 20_000
WINDOW_BYTES = 256 * 1024 * 1024

# Articles per call of the core: the model path wants many sentences per call; the lite engine
# only needs enough to hide Ray's per-batch cost.
MODEL_BATCH = 16
LITE_BATCH = 16


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
            if self.address:
                _check_reachable(self.address)
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


def _check_reachable(address: str) -> None:
    """Fail in seconds on a wrong host:port; ray.init would retry it for minutes."""
    import socket

    host, sep, port = address.rpartition(":")
    if not sep or "://" in address or not port.isdigit():
        return  # 'auto', ray:// client addresses: Ray resolves and reports those itself
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise UsageError(
            f"cannot reach a Ray cluster at {address}: {exc.strerror or exc} "
            "(start one with 'ray start --head', and pass the address it prints)"
        ) from None


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


@dataclass(frozen=True)
class Pool:
    """The actor pool for a run: how many workers, and what each one reserves."""

    workers: int
    cpus: float
    gpus: float
    batch_size: int


def plan_pool(ray: Any, opts: RayOptions, batch_size: int) -> Pool:
    """Workers and their resources from the options and what the cluster has.

    GPU workers: one per `gpus_per_worker` GPUs, one CPU each (feeding a GPU takes little).
    CPU workers: by default one per CPU with one CPU each; with fewer `--workers`, the CPUs
    are shared out (up to a node's size), since Ray caps each worker's threads (OMP_NUM_THREADS,
    and so torch) at the CPUs it reserves.
    """
    res = ray.cluster_resources()
    g = opts.gpus_per_worker
    if g > 0:
        gpus = float(res.get("GPU", 0))
        if gpus < g:
            raise UsageError(f"--gpus-per-worker {g:g} but the Ray cluster has {gpus:g} GPUs")
        return Pool(opts.workers or max(1, int(gpus // g)), 1.0, g, batch_size)
    cpus = max(1, int(res.get("CPU", 1)))
    if not opts.workers:
        return Pool(cpus, 1.0, 0.0, batch_size)
    node_cpus = [int(n.get("Resources", {}).get("CPU", 0)) for n in ray.nodes() if n.get("Alive")]
    per = max(1, min(cpus // opts.workers, max(node_cpus, default=1)))
    return Pool(opts.workers, float(per), 0.0, batch_size)


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


def _dataset(ray: Any, window: list[Item], spec: TaskSpec, pool: Pool) -> Any:
    from ray.data import ActorPoolStrategy

    rows = [
        {
            "path": i.path,
            "data": i.data if isinstance(i.data, bytes) else i.data.encode("utf-8"),
            "sha256": i.sha256,
        }
        for i in window
    ]
    blocks = max(1, math.ceil(len(rows) / pool.batch_size))
    # One block per batch: results come back (and the bar moves) a batch at a time, and the
    # batches spread over all the actors.
    ds = ray.data.from_items(rows, override_num_blocks=blocks)
    remote: dict[str, Any] = {"num_cpus": pool.cpus}
    if pool.gpus > 0:
        remote["num_gpus"] = pool.gpus
    return ds.map_batches(
        BatchWorker,
        fn_constructor_kwargs={"spec": spec},
        batch_size=pool.batch_size,
        batch_format="pyarrow",
        compute=ActorPoolStrategy(size=min(pool.workers, blocks)),
        **remote,
    )


def _run_window(run: Run, ray: Any, window: list[Item], spec: TaskSpec, pool: Pool) -> None:
    ds = _dataset(ray, window, spec, pool)
    try:
        for table in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0):
            # one group commit per block of results (batch.store); a path already committed
            # (a retried block) is not committed twice
            fresh = {r.path: r for r in _rows_to_results(table.to_pylist()) if r.path in run.meta}
            run.commit_many(list(fresh.values()))
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
        run.forget(item.path)


def run_batch_ray(
    input_dir: str | Path,
    out_dir: str | Path,
    spec: TaskSpec,
    *,
    ray_options: RayOptions | None = None,
    patterns: tuple[str, ...] = DEFAULT_PATTERNS,
    resume: bool = True,
    quiet: bool = False,
    progress: bool | None = None,
) -> Summary:
    """Like ``batch.local.run_batch`` (same outputs, manifest, resume and summary) on Ray.

    Ray starts (or is joined) only when some article needs work, so a run that resume
    completely skips costs no Ray start-up.
    """
    opts = (ray_options or RayOptions()).validated()
    spec = spec.validated()
    require_ray()
    t0 = time.perf_counter()
    store: Store
    if is_uri(input_dir) or is_uri(out_dir):
        store = FsStore(str(input_dir), str(out_dir))
    else:
        store = LocalStore(Path(input_dir), Path(out_dir))
    run = Run(store, spec, patterns=patterns, resume=resume, quiet=quiet, progress=progress)
    session = RaySession(opts.address)
    batch_size = opts.batch_size or (MODEL_BATCH if spec.uses_models else LITE_BATCH)
    try:
        with Stopper() as stopper:
            run.stop = lambda: stopper.signum is not None
            pool: Pool | None = None
            for window in _windows(run.pending(), opts.window_items, opts.window_bytes):
                if pool is None:
                    ray = session.connect()
                    # ray.init replaces the SIGTERM handler; a stop must stay a clean stop.
                    if threading.current_thread() is threading.main_thread():
                        signal.signal(signal.SIGTERM, stopper.handle)
                    pool = plan_pool(ray, opts, batch_size)
                _run_window(run, session.ray, window, spec, pool)
                if run.stop():
                    break
            run.summary.signum = stopper.signum
    finally:
        run.close()
        session.close()
        run.summary.seconds = time.perf_counter() - t0
    return run.summary
