"""The summarize task: N sentences of the article, in article order."""

from __future__ import annotations

import datetime as dt

from . import arguments, lite
from .article import make_article
from .brief import rules_lang
from .model import Article, Sentence


def summarize(
    source: str | Article, *, sentences: int = 3, date: dt.date | None = None
) -> list[Sentence]:
    source = arguments.article_source(source, "summarize")
    date = arguments.publication_date(date, "summarize")
    sentences = arguments.sentence_count(sentences, "summarize")
    article = source if isinstance(source, Article) else make_article(source, date=date)
    code = rules_lang(article, "summarises", None)
    if code != article.lang:
        article = article.model_copy(update={"lang": code})
    return lite.summarize(article, sentences)
