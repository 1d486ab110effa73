"""The translate task: sentences in, translations out, paragraphs and order kept.

``translate()`` cuts an article into sentence units with their paragraphs, sends them through
``models.chunk.translate_segments`` (chunks within the model's input limit, one length-sorted
pass) and rebuilds the layout. Which translator serves a pair (an exact entry, the ``*`` entry or
a pivot through English) is decided in ``models.translators``. There is no offline fallback for
translation.
"""

from __future__ import annotations

from . import arguments
from .errors import InputError
from .langs import READ_AS, SUPPORTED, normalize_lang, sentence_joiner
from .model import Article, Span, TranslatedSegment, Translation
from .models.base import Translator
from .models.chunk import translate_segments
from .models.registry import ModelsConfig
from .models.translators import get_translator, translator_warnings


def _units(article: Article) -> list[tuple[Span, int]]:
    """Every sentence span with its paragraph; text in a paragraph that the segmenter left
    outside any sentence becomes a unit of its own, so nothing is dropped."""
    paras = article.paragraphs or ([(0, len(article.text))] if article.text.strip() else [])
    sents = sorted(article.sentences, key=lambda s: s.start)
    units: list[tuple[Span, int]] = []
    for p, (ps, pe) in enumerate(paras):
        pos = ps
        for s in sents:
            if s.start < ps or s.end > pe or s.start < pos:
                continue
            if article.text[pos : s.start].strip():
                units.append((_trim(article.text, pos, s.start), p))
            units.append(((s.start, s.end), p))
            pos = s.end
        if article.text[pos:pe].strip():
            units.append((_trim(article.text, pos, pe), p))
    return units


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def translate(
    source: str | Article,
    to: str,
    *,
    lang: str | None = None,
    models: str | ModelsConfig | None = None,
    offline: bool | None = None,
    device: str = "auto",
    translator: Translator | None = None,
) -> Translation:
    """Translate an article into `to`, keeping its paragraphs and sentence order."""
    from .article import make_article

    source = arguments.article_source(source, "translate")
    arguments.optional_text(to, "translate", "to")
    arguments.optional_text(lang, "translate", "lang")
    tgt = normalize_lang(to)
    article = (
        source
        if isinstance(source, Article)
        else make_article(source, lang=normalize_lang(lang) if lang else None)
    )
    if not article.text.strip():
        raise InputError("nothing to translate: the input is empty")
    warnings: list[str] = []
    src = READ_AS.get(article.lang, article.lang)
    if src != article.lang:
        warnings.append(f"detected {article.lang}; translating with the {src} models")
    if src not in SUPPORTED:
        raise InputError(
            f"article language is {article.lang!r}; newsbrief translates id, en and zh "
            "(pass --from to override detection)"
        )
    if src == tgt:
        units = _units(article)
        segs = [
            TranslatedSegment(
                text=article.text[a:b], translation=article.text[a:b], span=(a, b), paragraph=p
            )
            for (a, b), p in units
        ]
        return Translation(
            source_lang=article.lang,
            target_lang=tgt,
            text=article.text,
            segments=segs,
            models=[],
            warnings=warnings,
        )
    tr = translator or get_translator(src, tgt, models=models, device=device, offline=offline)
    warnings.extend(translator_warnings(tr))
    units = _units(article)
    outs = translate_segments(tr, [article.text[a:b] for (a, b), _ in units], split=False)
    segments = [
        TranslatedSegment(text=article.text[a:b], translation=out, span=(a, b), paragraph=p)
        for ((a, b), p), out in zip(units, outs, strict=True)
    ]
    return Translation(
        source_lang=article.lang,
        target_lang=tgt,
        text=_rebuild(article, units, outs, tgt),
        segments=segments,
        models=list(tr.model_ids),
        pivot=getattr(tr, "pivot", None),
        warnings=warnings,
    )


def _rebuild(article: Article, units: list[tuple[Span, int]], outs: list[str], tgt: str) -> str:
    """The source layout (blank lines, paragraph breaks) with each paragraph's text replaced by
    its sentences' translations, in order."""
    text = article.text
    by_para: dict[int, list[tuple[Span, str]]] = {}
    for (span, p), out in zip(units, outs, strict=True):
        by_para.setdefault(p, []).append((span, out))
    pieces: list[str] = []
    pos = 0
    for p in sorted(by_para):
        items = by_para[p]
        start, end = items[0][0][0], items[-1][0][1]
        pieces.append(text[pos:start])
        pieces.append(sentence_joiner(tgt).join(out for _, out in items if out))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
