"""Writing in an output folder that others can also write in: no-follow opens and the run lock.

Every folder under OUTPUT_DIR is opened one component at a time, relative to its parent's file
descriptor and with O_NOFOLLOW, so a symlink planted anywhere below OUTPUT_DIR (even between a
check and a write) is refused before anything is created through it. Files are opened, renamed
and removed relative to those descriptors too. The lock is a file in OUTPUT_DIR held with
flock(): the lock goes with the process however the process ends, so a killed run never leaves a
stale lock (only, after a SIGKILL, the file, which the next run takes over); the file keeps the
holder's pid for the message a second run prints, and is removed at the end of a run.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import NewsbriefError

LOCK = ".newsbrief.lock"
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# Our temp files: ".NAME.<16 hex>.tmp" (store.temp_path).
TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{16}\.tmp$")


class OutputInUse(NewsbriefError):
    """Another run holds the output folder."""


def open_dir(root: Path, parts: tuple[str, ...], *, create: bool) -> int:
    """A descriptor of root/parts..., creating missing folders when `create`; ValueError when a
    component is a symlink or not a folder. The caller closes it."""
    fd = os.open(root, _DIR_FLAGS)
    try:
        for part in parts:
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o755, dir_fd=fd)
            try:
                nfd = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise ValueError(
                        f"output folder {'/'.join(parts)!r} passes through a symlink or a file, "
                        "which could lead outside the output folder; refused"
                    ) from None
                raise
            os.close(fd)
            fd = nfd
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextlib.contextmanager
def in_dir(root: Path, parts: tuple[str, ...], *, create: bool = False) -> Iterator[int]:
    fd = open_dir(root, parts, create=create)
    try:
        yield fd
    finally:
        os.close(fd)


def file_sha256(dir_fd: int, name: str) -> str | None:
    """SHA-256 of a regular file in `dir_fd` (not followed if a symlink); None when missing."""
    try:
        fd = os.open(name, os.O_RDONLY | NOFOLLOW, dir_fd=dir_fd)
    except OSError:
        return None
    h = hashlib.sha256()
    with os.fdopen(fd, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def take_lock(root: Path) -> int:
    """Hold OUTPUT_DIR's lock for this process; a second run stops with the holder's pid."""
    import fcntl

    path = root / LOCK
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | NOFOLLOW, 0o644)
        except OSError as exc:
            raise NewsbriefError(
                f"{root}: cannot write in the output folder ({exc.strerror or exc}); choose a "
                "folder you can write to with --out"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputInUse(
                f"{root}: already in use by pid {holder} (another newsbrief batch is writing "
                "there); wait for it to finish or choose another --out"
            ) from None
        # The holder before us removes the file as it lets go: the lock must be on the file
        # that is there now, or two runs could each hold a lock on a different file.
        try:
            same = os.stat(path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


def release_lock(root: Path, fd: int) -> None:
    """Remove the lock file, then let go of the lock (in that order: see take_lock)."""
    with contextlib.suppress(OSError):
        os.unlink(root / LOCK)
    os.close(fd)


def stale_temps(root: Path, keep: set[str]) -> Iterator[str]:
    """Relative paths of our temp files under `root` that are not in `keep` (symlinks skipped)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
        for name in filenames:
            if TEMP_NAME.match(name):
                rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                if rel not in keep:
                    yield rel
