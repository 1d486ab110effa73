"""The summarize task: N sentences of the article, in article order.

With ``engine`` auto or hf the summariser in models.yaml writes them (each with the span of the
source sentence that is its evidence), under the brief's fallback rules: ``hf`` needs the model,
``auto`` uses it when it is downloaded and keeps the offline summary otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import arguments, lite
from .brief import rules_lang, task_article
from .langs import same_reader
from .model import Article, Sentence, SummarySentence
from .options import Engine, Options

if TYPE_CHECKING:
    from .models.replay import Recorder


def summarize(
    source: str | Article,
    *,
    sentences: int = 3,
    date: dt.date | None = None,
    engine: Engine = "lite",
    models: str | None = None,
    offline: bool | None = None,
    device: str = "auto",
) -> list[Sentence]:
    """The `sentences` most central sentences of `source`, in article order; `engine` auto or hf
    lets the summariser write them (the library keeps lite as its default, as before; the CLI's
    default is auto, like brief's)."""
    source = arguments.article_source(source, "summarize")
    date = arguments.publication_date(date, "summarize")
    sentences = arguments.sentence_count(sentences, "summarize")
    for name, value in (("models", models), ("device", device)):
        arguments.optional_text(value, "summarize", name)
    options = Options(
        task="summarize",
        sentences=sentences,
        date=date,
        engine=engine,
        models=models,
        offline=offline,
        device=device,
    )
    return summarize_with(source, options.validated())[0]


def summarize_with(
    source: str | Article,
    options: Options,
    *,
    page_date: dt.date | None = None,
    recorder: Recorder | None = None,
) -> tuple[list[Sentence], list[str]]:
    """`summarize` for validated options, with the warnings of the model path."""
    return _summary(_article(source, options, page_date), options, recorder)


def _article(source: str | Article, options: Options, page_date: dt.date | None) -> Article:
    article = task_article(source, options, page_date)
    code = rules_lang(article, "summarises", None)
    if code != article.lang:
        article = article.model_copy(update={"lang": code})
    return article


def _summary(
    article: Article, options: Options, recorder: Recorder | None
) -> tuple[list[Sentence], list[str]]:
    if options.engine != "lite":
        from .neural import model_summary

        got, warnings = model_summary(article, options, recorder)
        if got is not None:
            return [Sentence(text=s.text, start=s.span[0], end=s.span[1]) for s in got], warnings
        return lite.summarize(article, options.sentences), warnings
    return lite.summarize(article, options.sentences), []


def summarize_to(
    source: str | Article,
    options: Options,
    *,
    page_date: dt.date | None = None,
    recorder: Recorder | None = None,
) -> tuple[list[SummarySentence], list[str]]:
    """The summary with each sentence in `options.to` where a translation model serves it;
    without one the sentences stay as written, with one warning that says how to get it."""
    article = _article(source, options, page_date)
    got, warnings = _summary(article, options, recorder)
    sents = [SummarySentence(text=s.text, span=s.span) for s in got]
    if not options.to or same_reader(article.lang, options.to):
        return sents, warnings
    pair = f"{article.lang}-{options.to}"
    if options.engine == "lite":
        return sents, [f"summary stays in {article.lang}: --engine lite uses no translation model"]
    from .errors import ModelUnavailable
    from .models.chunk import translate_segments
    from .models.translators import get_translator

    try:
        translator = get_translator(
            article.lang,
            options.to,
            models=options.models,
            device=options.device,
            # auto uses what is downloaded; hf may fetch it, as for brief
            offline=options.offline if options.engine == "hf" else True,
        )
    except ModelUnavailable as exc:
        if options.engine == "hf":
            raise
        why = "not downloaded" if "not cached" in str(exc) else str(exc)
        return sents, [
            *warnings,
            f"summary stays in {article.lang}: {pair} translation model {why} "
            f"(`newsbrief models pull --task translation --pair {pair}`)",
        ]
    outs = translate_segments(translator, [s.text for s in sents])
    done = [s.model_copy(update={"translation": t}) for s, t in zip(sents, outs, strict=True)]
    return done, warnings
