"""The detection tables under data/: their rows, without the provenance header."""

from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[str]:
    """The non-empty lines of data/`name` that are not '#' comments."""
    text = resources.files("newsbrief").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
