"""STUB: people and organisations. Replaced by the `who` helper."""

from __future__ import annotations

from ..types import Article, Who


def find_who(article: Article) -> list[Who]:
    return []
