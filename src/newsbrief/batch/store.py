"""Where a batch run reads and writes: the Store interface, its rules, and the local-path store.

A ``Store`` lists the inputs, reads them, names and writes outputs and keeps the manifest; the
one ``Run`` (batch/run.py) drives it, whichever executor does the work. ``LocalStore`` is a
folder on this machine; ``fs.FsStore`` is any pyarrow filesystem (s3://, gs://, file://...).
The rules live once, here:

- Inputs are regular files under INPUT_DIR matching the patterns; a symlink whose target lies
  outside INPUT_DIR is refused (recorded as failed), and OUTPUT_DIR is never read as input.
- An output mirrors its input's relative path with a new suffix, and is only ever written in a
  directory whose real path is inside OUTPUT_DIR.
- Commit order is write-ahead, one group of results at a time (a worker's chunk): every output of
  the group goes to a temp file (each fsynced), then the group's manifest lines are appended in one
  write (fsynced once), then the temp files are renamed over their final names and each folder
  they are in is fsynced once: N+2 fsyncs for N results instead of 3N. A kill before the append
  leaves temps no line names (removed by the next run, which redoes those items); a kill after it
  leaves ok lines whose outputs are either in place or finished temp files, and resume completes
  the renames instead of redoing the work: no item is ever done twice, and no output is ever half
  written.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from ..errors import NewsbriefError, UsageError
from . import safe
from .compact import compact

DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
MANIFEST = "manifest.jsonl"


@dataclass
class Source:
    """An input file found under INPUT_DIR; ``problem`` says why it cannot be read, if it can't."""

    rel: str
    path: Path
    problem: str | None = None


def matches(rel: str, patterns: tuple[str, ...]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    pure = PurePosixPath(rel)
    # '*.txt' matches at any depth; 'sub/*.txt' or 'a/**' match against the relative path.
    return any(
        fnmatch.fnmatchcase(name, p) or pure.match(p) or fnmatch.fnmatchcase(rel, p)
        for p in patterns
    )


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def discover(
    input_dir: Path, out_dir: Path, patterns: tuple[str, ...] = DEFAULT_PATTERNS
) -> list[Source]:
    """Inputs under `input_dir`, sorted by relative path (stable across runs)."""
    root = input_dir.resolve()
    out_real = out_dir.resolve()
    found: list[Source] = []
    # Symlinked directories are not followed: they could loop or lead outside the input.
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not _inside((here / d).resolve(), out_real) and not d.startswith(".")
        )
        for name in sorted(filenames):
            if name.startswith("."):
                continue  # hidden files, editor swap files, our own temp files
            full = here / name
            rel = full.relative_to(root).as_posix()
            if not matches(rel, patterns):
                continue
            problem = None
            if full.is_symlink():
                target = full.resolve()
                if not _inside(target, root):
                    problem = "symlink points outside the input folder; refused"
                elif _inside(target, out_real):
                    continue
                elif not target.is_file():
                    problem = "symlink does not point to a regular file"
            elif not full.is_file():
                continue  # sockets, fifos, devices
            found.append(Source(rel=rel, path=full, problem=problem))
    found.sort(key=lambda s: s.rel)
    return found


def output_names(rels: list[str], suffix: str) -> dict[str, str]:
    """Relative output path per input: same path, new suffix.

    Inputs that would share an output (a.txt and a.md) keep their full name instead
    (a.txt.json, a.md.json), so no output ever overwrites another's.
    """

    def plain(rel: str) -> str:
        return str(PurePosixPath(rel).with_suffix(suffix))

    counts: dict[str, int] = {}
    for rel in rels:
        counts[plain(rel)] = counts.get(plain(rel), 0) + 1
    names: dict[str, str] = {}
    for rel in rels:
        name = plain(rel)
        if counts[name] > 1 or name == MANIFEST:
            name = rel + suffix
        names[rel] = name
    return names


def check_dirs(input_dir: Path, out_dir: Path) -> None:
    if not input_dir.exists():
        raise UsageError(f"{input_dir}: no such folder")
    if not input_dir.is_dir():
        raise UsageError(f"{input_dir}: not a folder (use 'newsbrief brief FILE' for one file)")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: exists and is not a folder")
    inp, out = input_dir.resolve(), out_dir.resolve()
    if out == inp:
        raise UsageError("--out must be a different folder from the input folder")
    if inp.is_relative_to(out):
        # every input would sit inside the output folder, which is never read as input
        raise UsageError(
            f"--out {out_dir} contains the input folder {input_dir}; its inputs would be "
            "skipped as outputs: choose an --out outside the input folder"
        )
    nested = out.is_relative_to(inp) and out.is_dir() and not (out / MANIFEST).exists()
    if nested and any(out.iterdir()):
        raise UsageError(
            f"--out {out_dir} is a folder inside the input folder that holds files but no "
            f"{MANIFEST}; they would be skipped as outputs: choose a new or empty --out"
        )


def safe_output_path(out_root: Path, rel_out: str) -> Path:
    """The absolute path for `rel_out`, creating its folders; refuses anything leaving out_root.

    Relative names come from os.walk so they hold no '..', but a name is still checked
    component by component, and each folder is created and entered without following symlinks,
    so a symlink planted inside OUTPUT_DIR cannot redirect a write or a mkdir.
    """
    parts = PurePosixPath(rel_out).parts
    if (
        not parts
        or any(p in ("", ".", "..") for p in parts)
        or PurePosixPath(rel_out).is_absolute()
    ):
        raise ValueError(f"unsafe output name {rel_out!r}")
    root = out_root.resolve()
    # each folder is created and entered without following a symlink (batch/safe.py): nothing
    # is created through a link, so no real path can leave the output folder
    with safe.in_dir(root, parts[:-1], create=True):
        pass
    return root.joinpath(*parts)


def temp_path(final: Path, sha256: str) -> Path:
    """Deterministic temp name next to `final`, so resume can find a finished one."""
    return final.with_name(f".{final.name}.{sha256[:16]}.tmp")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_temp(final: Path, sha256: str, text: str) -> Path:
    tmp = temp_path(final, sha256)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


def manifest_line(entry: dict) -> bytes:
    """One manifest line: the entry as JSON, newline-terminated (every store writes it so)."""
    return json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n"


def manifest_state(raw: bytes) -> dict[str, dict]:
    """The last ok/failed line per input path; lines cut short by a kill are skipped."""
    state: dict[str, dict] = {}
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue
        if (
            isinstance(entry, dict)
            and entry.get("status") in ("ok", "failed")
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("sha256"), str | None)
        ):
            state[entry["path"]] = entry  # a line of another shape is damage: its input is redone
    return state


class Manifest:
    """OUTPUT_DIR/manifest.jsonl: one JSON line per input per run, appended, flushed, fsynced.

    The last ok/failed line for a path is its state. A line cut short by a kill is ignored when
    reading, and the next append starts on a fresh line.
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / MANIFEST
        self._fh = None

    def check(self) -> None:
        """Refuse a manifest that is a symlink (its lines would go wherever it points) or not a
        regular file."""
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            return
        import stat

        if stat.S_ISLNK(st.st_mode):
            raise NewsbriefError(
                f"{self.path}: is a symbolic link; refusing to write the manifest through it "
                "(remove the link, or choose another --out)"
            )
        if not stat.S_ISREG(st.st_mode):
            raise NewsbriefError(
                f"{self.path}: is not a regular file; move it away or choose another --out"
            )

    def read(self) -> dict[str, dict]:
        self.check()
        try:
            fd = os.open(self.path, os.O_RDONLY | safe.NOFOLLOW)
        except FileNotFoundError:
            return {}
        with os.fdopen(fd, "rb") as fh:
            return manifest_state(fh.read())

    def open(self) -> None:
        self.check()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | safe.NOFOLLOW, 0o644)
        fh = os.fdopen(fd, "ab")
        if os.fstat(fd).st_size > 0:
            with open(self.path, "rb") as rd:
                rd.seek(-1, os.SEEK_END)
                if rd.read(1) != b"\n":
                    fh.write(b"\n")
        self._fh = fh

    def append(self, entries: list[dict]) -> None:
        """Append the lines of `entries` in one write, then fsync once (a group commit)."""
        if self._fh is None:
            self.open()
        assert self._fh is not None
        self._fh.write(b"".join(manifest_line(e) for e in entries))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        """End of the run: close the log and compact it to one line per input (batch.compact)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        new = compact(raw)
        if new == raw:
            return
        # Atomic: a kill now leaves either the whole log or the whole compacted file.
        tmp = self.path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(new)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)


def entry(
    path: str,
    sha256: str | None,
    status: str,
    *,
    error: str | None = None,
    output: str | None = None,
    seconds: float = 0.0,
    spec: str | None = None,
    warnings: list[str] | None = None,
    output_sha256: str | None = None,
    date: str | None = None,
    date_source: str | None = None,
) -> dict:
    return {
        "path": path,
        "sha256": sha256,
        "status": status,
        "error": error,
        "output": output,
        "output_sha256": output_sha256,
        "seconds": seconds,
        "spec": spec,
        "warnings": warnings or [],
        "date": date,
        "date_source": date_source,
    }


def finished(state: dict | None, sha256: str, spec: str) -> bool:
    """True when the manifest says the last run did this exact input with these options."""
    return bool(
        state
        and state.get("status") == "ok"
        and state.get("sha256") == sha256
        and state.get("spec") == spec
    )


def read_input(src: Source, max_bytes: int) -> tuple[bytes, str]:
    """(data, sha256) of an input; data is cut at max_bytes + 1 so the reader can refuse it,
    while the hash still covers the whole file (resume must notice any change)."""
    import hashlib

    h = hashlib.sha256()
    with open(src.path, "rb") as fh:
        data = fh.read(max_bytes + 1)
        h.update(data)
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return data, h.hexdigest()


class Store(Protocol):
    """What a run needs from where its inputs and outputs live.

    ``Ref`` values (an output's location) are the store's own: a Path for a local folder, a
    path string on a pyarrow filesystem. ``open``/``close`` bracket a run (the place for a lock).
    """

    manifest_location: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def inputs(self, patterns: tuple[str, ...]) -> list[Source]: ...

    def read(self, src: Source, max_bytes: int) -> tuple[bytes, str]: ...

    def state(self) -> dict[str, dict]: ...

    def output(self, rel_out: str) -> Any: ...

    def relative(self, final: Any) -> str: ...

    def exists(self, final: Any) -> bool: ...

    def output_hash(self, final: Any) -> str | None:
        """SHA-256 of the output's bytes, or None when there is none."""

    def write_temp(self, final: Any, sha256: str, text: str) -> Any: ...

    def record(self, lines: list[tuple[dict, tuple[Any, Any] | None]]) -> None:
        """Append a group's manifest lines, then (write-ahead) move each line's `publish` temp,
        if it has one, over its final name."""

    def complete(self, final: Any, sha256: str, output_sha256: str | None = None) -> bool:
        """Finish a rename a killed run recorded but never did; True if there was one (and, when
        `output_sha256` is given, its temp holds exactly that output)."""

    def remove(self, final: Any) -> None: ...


class LocalStore:
    """Inputs and outputs in folders of this machine (see the module docstring for the rules).

    Between ``open`` and ``close`` the store holds OUTPUT_DIR's lock (batch/safe.py), so a second
    run into the same folder stops at once instead of doing the same work twice; every file under
    OUTPUT_DIR is reached without following symlinks; a temp file not moved into place by the end
    (a failed write, a failed manifest append) is removed, and so are temp files a crashed run of
    an older version left behind.
    """

    def __init__(self, input_dir: Path, out_dir: Path) -> None:
        check_dirs(input_dir, out_dir)
        self.input_dir = input_dir
        self.out_dir = out_dir
        self._manifest = Manifest(out_dir)
        self.manifest_location = str(self._manifest.path)
        self._lock: int | None = None
        self._temps: set[Path] = set()

    @property
    def root(self) -> Path:
        return self.out_dir.resolve()

    def open(self) -> None:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NewsbriefError(
                f"{self.out_dir}: cannot create the output folder ({exc.strerror or exc})"
            ) from None
        self._lock = safe.take_lock(self.root)
        self._manifest = Manifest(self.root)
        self._manifest.check()

    def close(self) -> None:
        for tmp in list(self._temps):
            self._unlink(tmp)
        self._temps.clear()
        self._manifest.close()
        if self._lock is not None:
            safe.release_lock(self.root, self._lock)
            self._lock = None

    def inputs(self, patterns: tuple[str, ...]) -> list[Source]:
        return discover(self.input_dir, self.out_dir, patterns)

    def read(self, src: Source, max_bytes: int) -> tuple[bytes, str]:
        return read_input(src, max_bytes)

    def state(self) -> dict[str, dict]:
        state = self._manifest.read()
        keep = {
            str(PurePosixPath(e["output"]).with_name(f".{PurePosixPath(e['output']).name}"))
            + f".{e['sha256'][:16]}.tmp"
            for e in state.values()
            if e.get("status") == "ok" and isinstance(e.get("output"), str) and e.get("sha256")
        }
        for rel in safe.stale_temps(self.root, keep):
            self._unlink(self.root / rel)
        return state

    def output(self, rel_out: str) -> Path:
        return safe_output_path(self.out_dir, rel_out)

    def relative(self, final: Path) -> str:
        return final.relative_to(self.root).as_posix()

    def _parts(self, path: Path) -> tuple[str, ...]:
        return path.parent.relative_to(self.root).parts

    def exists(self, final: Path) -> bool:
        return self.output_hash(final) is not None

    def output_hash(self, final: Path) -> str | None:
        try:
            with safe.in_dir(self.root, self._parts(final)) as dfd:
                return safe.file_sha256(dfd, final.name)
        except (OSError, ValueError):
            return None

    def write_temp(self, final: Path, sha256: str, text: str) -> Path:
        tmp = temp_path(final, sha256)
        with safe.in_dir(self.root, self._parts(final)) as dfd:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp.name, dir_fd=dfd)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | safe.NOFOLLOW
            fd = os.open(tmp.name, flags, 0o644, dir_fd=dfd)
            self._temps.add(tmp)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
                    fh.flush()
                    os.fsync(fh.fileno())
            except BaseException:
                self._unlink(tmp)  # a full disk leaves no half-written temp behind
                raise
        return tmp

    def _publish(self, moves: list[tuple[Path, Path]]) -> None:
        """Rename each temp over its final name, then fsync each folder once."""
        by_dir: dict[tuple[str, ...], list[tuple[Path, Path]]] = {}
        for tmp, final in moves:
            by_dir.setdefault(self._parts(final), []).append((tmp, final))
        for parts, group in by_dir.items():
            with safe.in_dir(self.root, parts) as dfd:
                for tmp, final in group:
                    os.replace(tmp.name, final.name, src_dir_fd=dfd, dst_dir_fd=dfd)
                    self._temps.discard(tmp)
                with contextlib.suppress(OSError):
                    os.fsync(dfd)

    def _unlink(self, path: Path) -> None:
        with (
            contextlib.suppress(OSError, ValueError),
            safe.in_dir(self.root, self._parts(path)) as dfd,
        ):
            os.unlink(path.name, dir_fd=dfd)
        self._temps.discard(path)

    def record(self, lines: list[tuple[dict, tuple[Path, Path] | None]]) -> None:
        moves = [publish for _, publish in lines if publish is not None]
        try:
            self._manifest.append([entry for entry, _ in lines])
        except OSError as exc:
            for tmp, _ in moves:
                self._unlink(tmp)
            raise NewsbriefError(
                f"{self._manifest.path}: cannot write the manifest ({exc.strerror or exc}); "
                "the run stopped, re-run with --resume once there is room"
            ) from None
        self._publish(moves)

    def complete(self, final: Path, sha256: str, output_sha256: str | None = None) -> bool:
        """Finish a rename a killed run recorded but never did, if the temp is the recorded one."""
        tmp = temp_path(final, sha256)
        try:
            with safe.in_dir(self.root, self._parts(final)) as dfd:
                have = safe.file_sha256(dfd, tmp.name)
        except (OSError, ValueError):
            return False
        if have is None:
            return False
        if output_sha256 is not None and have != output_sha256:
            self._unlink(tmp)
            return False
        self._publish([(tmp, final)])
        return True

    def remove(self, final: Path) -> None:
        self._unlink(final)
