"""A Store on any pyarrow filesystem: batch inputs and outputs given as URIs.

``pyarrow.fs.FileSystem.from_uri`` opens file://, s3://, gs://, hdfs://, abfs://. The same
listing rules, output names, resume rule and manifest lines as a local folder apply; only the
storage differs. Only the driver of a run touches the store, so only it needs access (and
credentials). pyarrow is imported inside functions: it comes with the ray extra.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from typing import Any

from ..errors import NewsbriefError, UsageError
from .safe import LOCK, OutputInUse
from .store import MANIFEST, Source, manifest_line, manifest_state, matches


def is_uri(location: object) -> bool:
    return "://" in str(location)


def _filesystem(uri: str) -> tuple[Any, str]:
    from pyarrow import fs as pafs

    try:
        return pafs.FileSystem.from_uri(uri)
    except Exception as exc:  # ArrowInvalid for an unknown scheme, OSError for a bad bucket...
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UsageError(f"{uri}: cannot open: {first}") from None


class _Manifest:
    """manifest.jsonl on a filesystem where objects cannot be appended to.

    Lines are kept in memory and the whole object is rewritten on ``flush`` (an object PUT is
    atomic). Outputs wait, as finished temp objects, until the flush that records them: the
    write-ahead order of the local manifest, paid per flush instead of per line.
    """

    FLUSH_SECONDS = 2.0

    def __init__(self, fs: Any, out_root: str) -> None:
        self.fs = fs
        self.path = f"{out_root}/{MANIFEST}"
        self._data = b""
        self._pending: list[tuple[str, str]] = []
        self._last = 0.0

    def read(self) -> dict[str, dict]:
        try:
            with self.fs.open_input_stream(self.path) as fh:
                self._data = fh.read()
        except OSError:  # pyarrow raises FileNotFoundError, or OSError on object stores
            self._data = b""
        if self._data and not self._data.endswith(b"\n"):
            self._data += b"\n"
        return manifest_state(self._data)

    def append(self, line: bytes, publish: tuple[str, str] | None = None) -> None:
        self._data += line
        if publish:
            self._pending.append(publish)
        if time.monotonic() - self._last >= self.FLUSH_SECONDS:
            self.flush()

    def compact(self) -> None:
        """One line per input (batch.compact), written by the next flush (an atomic PUT)."""
        from .compact import compact

        self._data = compact(self._data)

    def flush(self) -> None:
        with self.fs.open_output_stream(self.path) as fh:
            fh.write(self._data)
        for tmp, final in self._pending:
            self.fs.move(tmp, final)
        self._pending.clear()
        self._last = time.monotonic()


class FsStore:
    """Inputs under one URI, outputs and the manifest under another (see batch.store.Store)."""

    def __init__(self, input_uri: str, out_uri: str) -> None:
        from pyarrow import fs as pafs

        self.in_fs, in_root = _filesystem(input_uri)
        self.out_fs, out_root = _filesystem(out_uri)
        self.in_root, self.out_root = in_root.rstrip("/"), out_root.rstrip("/")
        if self.in_fs.get_file_info(self.in_root).type != pafs.FileType.Directory:
            raise UsageError(f"{input_uri}: no such folder")
        if self.out_fs.get_file_info(self.out_root).type == pafs.FileType.File:
            raise UsageError(f"{out_uri}: exists and is not a folder")
        self._same_fs = type(self.in_fs) is type(self.out_fs)
        if self._same_fs and self.out_root == self.in_root:
            raise UsageError("--out must be a different folder from the input folder")
        self._manifest = _Manifest(self.out_fs, self.out_root)
        self._lock: str | None = None
        self.manifest_location = f"{str(out_uri).rstrip('/')}/{MANIFEST}"

    def open(self) -> None:
        """Create the output folder and take its lock. Object stores have no advisory locks, so
        the lock is an object the driver writes and removes; one left by a killed driver names
        its pid and host, and is removed by hand."""
        import os
        import socket

        from pyarrow import fs as pafs

        self.out_fs.create_dir(self.out_root, recursive=True)
        info = self.out_fs.get_file_info(self._manifest.path)
        if info.type not in (pafs.FileType.NotFound, pafs.FileType.File):
            raise NewsbriefError(
                f"{self.manifest_location}: is not a file; move it away or choose another --out"
            )
        lock = f"{self.out_root}/{LOCK}"
        if self.out_fs.get_file_info(lock).type != pafs.FileType.NotFound:
            with self.out_fs.open_input_stream(lock) as fh:
                holder = fh.read(200).decode("utf-8", "replace").strip() or "?"
            raise OutputInUse(
                f"{self.manifest_location.rpartition('/')[0]}: already in use by pid {holder} "
                f"(another newsbrief batch is writing there); if none is, remove {LOCK} there"
            )
        with self.out_fs.open_output_stream(lock) as fh:
            fh.write(f"{os.getpid()} on {socket.gethostname()}\n".encode())
        self._lock = lock

    def close(self) -> None:
        try:
            self._manifest.compact()
            self._manifest.flush()
        finally:
            if self._lock is not None:
                with contextlib.suppress(OSError):
                    self.out_fs.delete_file(self._lock)
                self._lock = None

    def inputs(self, patterns: tuple[str, ...]) -> list[Source]:
        from pathlib import Path

        from pyarrow import fs as pafs

        skip = self.out_root + "/" if self._same_fs else None
        found = []
        for info in self.in_fs.get_file_info(pafs.FileSelector(self.in_root, recursive=True)):
            if info.type != pafs.FileType.File or (skip and info.path.startswith(skip)):
                continue
            rel = info.path[len(self.in_root) + 1 :]
            parts = rel.split("/")
            # Object keys may hold anything; '..' or empty parts would name something else.
            if any(p in ("", ".", "..") or p.startswith(".") for p in parts):
                continue
            if matches(rel, patterns):
                found.append(Source(rel=rel, path=Path(info.path)))
        return sorted(found, key=lambda s: s.rel)

    def read(self, src: Source, max_bytes: int) -> tuple[bytes, str]:
        h = hashlib.sha256()
        with self.in_fs.open_input_stream(f"{self.in_root}/{src.rel}") as fh:
            data = fh.read(max_bytes + 1)
            h.update(data)
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return data, h.hexdigest()

    def state(self) -> dict[str, dict]:
        return self._manifest.read()

    def output(self, rel_out: str) -> str:
        return f"{self.out_root}/{rel_out}"

    def relative(self, final: str) -> str:
        return final[len(self.out_root) + 1 :]

    def exists(self, final: str) -> bool:
        from pyarrow import fs as pafs

        return self.out_fs.get_file_info(final).type == pafs.FileType.File

    @staticmethod
    def _temp(final: str, sha256: str) -> str:
        head, _, name = final.rpartition("/")
        return f"{head}/.{name}.{sha256[:16]}.tmp"

    def write_temp(self, final: str, sha256: str, text: str) -> str:
        tmp = self._temp(final, sha256)
        self.out_fs.create_dir(final.rpartition("/")[0], recursive=True)
        with self.out_fs.open_output_stream(tmp) as fh:
            fh.write(text.encode("utf-8"))
        return tmp

    def record(self, lines: list[tuple[dict, tuple[str, str] | None]]) -> None:
        for entry, publish in lines:
            self._manifest.append(manifest_line(entry), publish)

    def output_hash(self, final: str) -> str | None:
        h = hashlib.sha256()
        try:
            with self.out_fs.open_input_stream(final) as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            return None
        return h.hexdigest()

    def complete(self, final: str, sha256: str, output_sha256: str | None = None) -> bool:
        tmp = self._temp(final, sha256)
        have = self.output_hash(tmp)
        if have is None:
            return False
        if output_sha256 is not None and have != output_sha256:
            self.remove(tmp)
            return False
        self.out_fs.move(tmp, final)  # recorded, but the run stopped before the move
        return True

    def remove(self, final: str) -> None:
        with contextlib.suppress(OSError):
            self.out_fs.delete_file(final)
