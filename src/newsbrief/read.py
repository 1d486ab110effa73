"""Turn a path, stdin or bytes into article text: encodings, binary and size checks, HTML.

STUB written by the skeleton; the input helper replaces it with the full version.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def read_source(src: str | Path | None, *, max_bytes: int | None = None) -> tuple[str, str | None]:
    """Read `src` (a path, '-' or None for stdin) and return (text, source name or None)."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if src is None or str(src) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = None
    else:
        path = Path(src)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a directory (use 'newsbrief batch' for folders)")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
        name = str(path)
    return decode(data, name=name, max_bytes=limit), name


def decode(data: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    where = name or "stdin"
    if len(data) > max_bytes:
        raise InputError(f"{where}: input is over the size limit of {max_bytes} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{where}: input is empty")
    return text
