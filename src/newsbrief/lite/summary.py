"""STUB: extractive summary. Replaced by the summary helper."""

from __future__ import annotations

from ..types import Article, Sentence


def summarize(article: Article, n: int = 3) -> list[Sentence]:
    return article.sentences[:n]
