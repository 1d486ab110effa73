"""Compacting manifest.jsonl at the end of a run: one line per input, however many runs.

During a run the manifest is a write-ahead log (a line per commit, appended and fsynced before the
output is renamed into place). At the end of the run it is rewritten, atomically, to what a reader
needs: the newest run header line (an object with no "path"), then the last ok/failed line of
every input path, in path order. Lines cut short by a kill and superseded lines go.
"""

from __future__ import annotations

import json


def compact(raw: bytes) -> bytes:
    """The compacted manifest for the bytes of a manifest log (see the module note)."""
    header: bytes | None = None
    last: dict[str, bytes] = {}
    for line in raw.splitlines():
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue  # a line cut short by a kill
        if not isinstance(obj, dict):
            continue
        if "path" not in obj:
            header = line  # the run header (fingerprint): the newest one describes the outputs
        elif obj.get("status") in ("ok", "failed") and isinstance(obj["path"], str):
            last[obj["path"]] = line
    lines = ([header] if header is not None else []) + [last[p] for p in sorted(last)]
    return b"".join(line + b"\n" for line in lines)
