"""Input folders written from {relative path: text}, for the batch tests."""

from __future__ import annotations

from pathlib import Path


def write_tree(root: Path, texts: dict[str, str]) -> Path:
    """Write each text at root/its relative path (folders made as needed); returns root."""
    for rel, text in texts.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root
