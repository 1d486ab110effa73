"""STUB: the main event sentence. Replaced by the `who/what` helper."""

from __future__ import annotations

from ..types import Article, What


def find_what(article: Article) -> What | None:
    if not article.sentences:
        return None
    s = article.sentences[0]
    return What(text=s.text, span=s.span)
