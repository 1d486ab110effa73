"""The brief task: one Article in, one Brief out, each field served by a model or the lite engine."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import arguments, lite
from .article import make_article
from .errors import InputError
from .langs import READ_AS, SUPPORTED, sentence_joiner
from .lite.confidence import with_confidence
from .model import WHEN_NEEDS_DATE, Article, Brief, SummarySentence
from .options import Engine, Options

if TYPE_CHECKING:
    from .models.replay import Recorder


def rules_lang(
    article: Article, task: str = "briefs", hint: str | None = "pass --from to override detection"
) -> str:
    """The language whose rules the lite engine applies to this article; `hint` tells the user
    how to override detection, where the command offers a way."""
    lang = READ_AS.get(article.lang, article.lang)
    if lang not in SUPPORTED:
        raise InputError(
            f"article language is {article.lang!r}; newsbrief {task} id, en and zh text"
            + (f" ({hint})" if hint else "")
        )
    return lang


def brief(
    source: str | Article,
    *,
    to: str | None = None,
    engine: Engine = "auto",
    models: str | None = None,
    date: dt.date | None = None,
    offline: bool | None = None,
    device: str = "auto",
    sentences: int = 3,
    lang: str | None = None,
) -> Brief:
    """Make a brief of `source` (article text or an Article) rendered for `to` (default: source)."""
    source = arguments.article_source(source, "brief")
    date = arguments.publication_date(date, "brief")
    sentences = arguments.sentence_count(sentences, "brief", most=20)
    for name, value in (("to", to), ("models", models), ("lang", lang), ("device", device)):
        arguments.optional_text(value, "brief", name)
    options = Options(
        task="brief",
        to=to,
        engine=engine,
        models=models,
        date=date,
        offline=offline,
        device=device,
        sentences=sentences,
        lang=lang,
    )
    return brief_with(source, options.validated())


def brief_with(
    source: str | Article,
    options: Options,
    *,
    page_date: dt.date | None = None,
    recorder: Recorder | None = None,
) -> Brief:
    """`brief` for validated options; `page_date` (an HTML page's own date) stands in for --date;
    a batch's `recorder` batches the models across articles (models/replay.py)."""
    article = task_article(source, options, page_date)
    date = options.day or page_date
    if date is not None and article.date is None:
        article = article.model_copy(update={"date": date})
    work = article
    code = rules_lang(article)
    if code != article.lang:
        work = article.model_copy(update={"lang": code})
    target = options.to or code
    warnings: list[str] = []
    if work.lang != article.lang:
        warnings.append(f"detected {article.lang}; applied {code} rules")

    summary = lite.summarize(work, options.sentences)
    who, what, when, where = with_confidence(
        work, lite.find_who(work), lite.find_what(work), lite.find_when(work), lite.find_where(work)
    )
    out = Brief(
        lang=article.lang,
        lang_confidence=article.lang_confidence,
        target_lang=target,
        summary=sentence_joiner(code).join(s.text for s in summary),
        summary_lang=article.lang,
        summary_sentences=[SummarySentence(text=s.text, span=s.span) for s in summary],
        who=who,
        what=what,
        when=when,
        where=where,
        engine="lite",
        models={f: "lite" for f in ("summary", "who", "what", "when", "where")},
        date=article.date,
        source=article.source,
        warnings=warnings,
    )
    # A when with no calendar date ("Monday" with nothing to count from) needs the date too.
    undated = out.when is None or out.when.start is None
    if undated and article.date is None and _needs_anchor(work):
        out.warnings.append(WHEN_NEEDS_DATE)
    if options.engine != "lite":
        # The neural path (models issue) upgrades fields in place and records what served them.
        from .neural import apply_models

        out = apply_models(out, work, options, recorder)
    return out


def task_article(source: str | Article, options: Options, page_date: dt.date | None) -> Article:
    """`source` itself, or an Article made from its text with --from and the publication date
    (--date, else the page's own)."""
    if isinstance(source, Article):
        return source
    return make_article(source, lang=options.lang, date=options.day or page_date)


def _needs_anchor(article: Article) -> bool:
    """True when the article dates its event only relative to publication ('kemarin', a
    weekday, a year-less date): any publication date would give it a when."""
    probe = article.model_copy(update={"date": dt.date.today()})
    when = lite.find_when(probe)
    return when is not None and when.start is not None
