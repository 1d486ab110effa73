"""STUB: event date. Replaced by the `when` helper."""

from __future__ import annotations

from ..types import Article, When


def find_when(article: Article) -> When | None:
    return None
