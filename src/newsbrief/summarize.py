"""The summarize task: N sentences of the article, in article order."""

from __future__ import annotations

import datetime as dt

from . import arguments, lite
from .article import make_article
from .brief import rules_lang
from .model import Article, Sentence
from .options import Options


def summarize(
    source: str | Article, *, sentences: int = 3, date: dt.date | None = None
) -> list[Sentence]:
    """The `sentences` most central sentences of `source`, in article order."""
    source = arguments.article_source(source, "summarize")
    date = arguments.publication_date(date, "summarize")
    sentences = arguments.sentence_count(sentences, "summarize")
    options = Options(task="summarize", sentences=sentences, date=date).validated()
    return summarize_with(source, options)


def summarize_with(
    source: str | Article, options: Options, *, page_date: dt.date | None = None
) -> list[Sentence]:
    """`summarize` for validated options."""
    date = options.day or page_date
    article = (
        source
        if isinstance(source, Article)
        else make_article(source, lang=options.lang, date=date)
    )
    code = rules_lang(article, "summarises", None)
    if code != article.lang:
        article = article.model_copy(update={"lang": code})
    return lite.summarize(article, options.sentences)
