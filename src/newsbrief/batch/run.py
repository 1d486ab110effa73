"""One batch run, whichever executor does the work: what is pending, what is committed.

``Run`` lists the inputs of a ``Store``, reads and hashes them, skips finished work on resume,
and commits the ``Result``s of each chunk in write-ahead order (temp outputs, one manifest
append, renames); it keeps the ``Summary`` and the progress bar. The local executor and the Ray
executor both drive a Run, so the rules for outputs, resume and failures exist once.
``Stopper`` turns SIGINT/SIGTERM into a clean stop.
"""

from __future__ import annotations

import hashlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .core import Item, Result, TaskSpec
from .store import Store, entry, finished, output_names


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


class Stopper:
    """First SIGINT/SIGTERM: finish what is running, start nothing new. Second: stop at once."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, object] = {}

    def handle(self, signum: int, frame: object) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum

    def __enter__(self) -> Stopper:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self.handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


class Run:
    """The state of one run over a store: call ``pending()``, ``commit()`` each result, ``close()``."""

    def __init__(
        self,
        store: Store,
        spec: TaskSpec,
        *,
        patterns: tuple[str, ...],
        resume: bool,
        quiet: bool,
        progress: bool | None,
    ) -> None:
        from tqdm import tqdm

        from ..read import DEFAULT_MAX_BYTES

        self.store = store
        self.spec = spec
        self.quiet = quiet
        self.resume = resume
        store.open()  # takes the output folder's lock
        try:
            self.sources = store.inputs(patterns)
            self.names = output_names([s.rel for s in self.sources], spec.suffix)
            self.state = store.state()
            self.fp = spec.fingerprint()
        except BaseException:
            store.close()
            raise
        self.limit = DEFAULT_MAX_BYTES if spec.max_bytes is None else spec.max_bytes
        self.summary = Summary(total=len(self.sources), manifest=store.manifest_location)
        # path -> (sha256, output location) of every item handed out and not yet committed
        self.meta: dict[str, tuple[str, Any]] = {}
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

    def close(self) -> None:
        self.bar.close()
        self.store.close()

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
                data, sha = self.store.read(src, self.limit)
            except OSError as exc:
                self._fail(src.rel, None, None, f"{src.rel}: cannot read: {exc.strerror or exc}")
                continue
            try:
                final = self.store.output(rel_out)
            except (ValueError, OSError) as exc:
                self._fail(src.rel, sha, None, str(exc))
                continue
            if self.resume and self._done(src.rel, sha, final):
                # nothing is logged: its ok line stands, and the manifest keeps one line per input
                self.summary.skipped += 1
                self.bar.update(1)
                continue
            self.meta[src.rel] = (sha, final)
            yield Item(path=src.rel, data=data, sha256=sha)

    def _done(self, rel: str, sha: str, final: Any) -> bool:
        """Finished by an earlier run with this content and these options, and its output still
        there and unchanged (its hash is in the manifest line): a missing, truncated or edited
        output is done again."""
        state = self.state.get(rel)
        if not finished(state, sha, self.fp):
            return False
        assert state is not None
        want = state.get("output_sha256")
        have = self.store.output_hash(final)
        if have is None:
            return self.store.complete(final, sha, want)
        return want is None or have == want

    def forget(self, path: str) -> None:
        """An item handed out that will not be committed this run (a stop): the next run does it."""
        self.meta.pop(path, None)

    def commit(self, res: Result) -> None:
        self.commit_many([res])

    def commit_many(self, results: list[Result]) -> None:
        """Commit a group of results (a worker's chunk) at once: their temp outputs, then all
        their manifest lines in one fsynced append, then the renames (see batch.store)."""
        lines: list[tuple[dict, Any]] = []
        failed: list[tuple[str, str | None, Any, str]] = []
        for res in results:
            sha, final = self.meta.pop(res.path)
            line, publish, error = self._prepare(res, sha, final)
            lines.append((line, publish))
            if error is not None:
                failed.append((res.path, sha, final, error))
        if not lines:
            return
        self.store.record(lines)
        for rel, sha, final, error in failed:
            self._failed(rel, sha, final, error)
        self.summary.ok += len(lines) - len(failed)
        self.bar.update(len(lines) - len(failed))

    def _prepare(self, res: Result, sha: str, final: Any) -> tuple[dict, Any, str | None]:
        """(manifest line, (temp, final) to publish or None, error or None) for one result; the
        output is written to its temp file here."""
        if res.status == "ok" and final is not None and res.output is not None:
            try:
                tmp = self.store.write_temp(final, sha, res.output)
            except (OSError, ValueError) as exc:
                why = f"cannot write output: {getattr(exc, 'strerror', None) or exc}"
                return self._fail_line(res.path, sha, why, res.seconds), None, why
            line = entry(
                res.path,
                sha,
                "ok",
                output=self.store.relative(final),
                output_sha256=hashlib.sha256(res.output.encode("utf-8")).hexdigest(),
                seconds=res.seconds,
                spec=self.fp,
                warnings=res.warnings,
                date=res.date.isoformat() if res.date else None,
                date_source=res.date_source,
            )
            return line, (tmp, final), None
        error = res.error or "failed"
        return self._fail_line(res.path, sha, error, res.seconds), None, error

    def _fail_line(self, rel: str, sha: str | None, error: str, seconds: float = 0.0) -> dict:
        return entry(rel, sha, "failed", error=error, seconds=seconds, spec=self.fp)

    def _fail(self, rel: str, sha: str | None, final: Any, error: str) -> None:
        """An input that fails before any work (unreadable, no safe output name): its line now."""
        self.store.record([(self._fail_line(rel, sha, error), None)])
        self._failed(rel, sha, final, error)

    def _failed(self, rel: str, sha: str | None, final: Any, error: str) -> None:
        """What follows a recorded failure: a stale output goes, the failure is counted and said."""
        old = self.state.get(rel)
        if final is not None and old and (old.get("sha256") != sha or old.get("spec") != self.fp):
            # The output there was made from other content or options: it no longer describes
            # this input, so it goes rather than pass for a current result.
            self.store.remove(final)
        self.summary.failed += 1
        self.summary.failures.append((rel, error))
        # the reader's messages already start with the input's name ("zero.txt: input is empty")
        named = error if error.startswith(f"{rel}:") else f"{rel}: {error}"
        self._say(f"newsbrief: failed: {named}")
        self.bar.update(1)
