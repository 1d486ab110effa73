"""Read a folder of briefs through its batch manifest, briefing an input folder first if need be.

A folder with a `manifest.jsonl` is a `batch --task brief` output; anything else is an input folder,
briefed through the batch core into a briefs folder (resumable, so a grown folder costs only its
new files).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import UsageError
from ..model import Brief
from .model import Problem

MANIFEST = "manifest.jsonl"
DEFAULT_BRIEFS = ".newsbrief-briefs"


@dataclass
class Loaded:
    path: str  # as written in the manifest
    output: str
    brief: Brief
    outlet: str | None = None  # read from the input file, where the digest can see it


def read_manifest(folder: Path) -> dict[str, dict]:
    """The last line per input path that says ok or failed (a kill may have cut the last line)."""
    state: dict[str, dict] = {}
    for line in (folder / MANIFEST).read_bytes().splitlines():
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(entry, dict) and "path" in entry:
            if entry.get("status") in ("ok", "failed"):
                state[entry["path"]] = entry
            elif entry.get("status") == "skipped" and entry["path"] not in state:
                state[entry["path"]] = {**entry, "status": "ok"}
    return state


def _relative(path: str) -> bool:
    """A manifest path that names a file inside its folder: relative, never climbing out."""
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and ".." not in parts


def load_briefs(folder: Path) -> tuple[list[Loaded], list[Problem]]:
    """The briefs of a batch output folder, plus the inputs that have none (and why)."""
    if not (folder / MANIFEST).is_file():
        raise UsageError(f"{folder}: no {MANIFEST} here; not a batch output folder")
    loaded: list[Loaded] = []
    problems: list[Problem] = []
    for path, entry in sorted(read_manifest(folder).items()):
        if entry.get("status") == "failed":
            problems.append(Problem(path=path, status="failed", error=entry.get("error") or ""))
            continue
        output = entry.get("output") or ""
        # the manifest names outputs relative to its folder; anything else is not ours to read
        if not _relative(output):
            problems.append(Problem(path=path, status="skipped", error="no brief recorded"))
            continue
        try:
            with open(os.path.join(folder, output), "rb") as fh:
                brief = Brief.model_validate_json(fh.read())
        except OSError as exc:
            problems.append(
                Problem(path=path, status="skipped", error=f"cannot read {output}: {exc.strerror}")
            )
            continue
        except ValueError:
            problems.append(
                Problem(
                    path=path,
                    status="skipped",
                    error=f"{output} is not a JSON brief (run batch with --format json)",
                )
            )
            continue
        loaded.append(Loaded(path=path, output=output, brief=brief))
    return loaded, problems


def is_briefs_folder(folder: Path) -> bool:
    return (folder / MANIFEST).is_file()


def add_outlets(loaded: list[Loaded], inputs: Path) -> None:
    """Each brief's outlet, as its input file names it (`outlet.outlet_of`), where the manifest's
    path stays inside `inputs`."""
    from .outlet import outlet_of

    for x in loaded:
        if _relative(x.path):
            x.outlet = outlet_of(inputs / x.path)
