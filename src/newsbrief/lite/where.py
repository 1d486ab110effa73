"""STUB: event location. Replaced by the `where` helper."""

from __future__ import annotations

from ..types import Article, Where


def find_where(article: Article) -> list[Where]:
    return []
