"""The translate task: sentences in, translations out, paragraphs and order kept.

The core is ``translate_segments(translator, segments)``: a pure function over a loaded
translator and a list of texts, which splits each text into sentence chunks that fit the
model's input limit (counted with the model's own tokenizer), translates all chunks in one
length-sorted pass, and joins each text's chunks back in order. The batch runner calls it with
segments from many articles at once; ``translate()`` calls it for one article.

Choosing a translator: an exact ``SRC-TGT`` entry in models.yaml, else the ``*`` many-to-many
entry, else a pivot through English (id <-> zh) when both legs are configured. Same language in
and out passes the text through untouched. There is no offline fallback for translation.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import arguments
from .errors import InputError, ModelUnavailable
from .langs import READ_AS, SUPPORTED, normalize_lang, sentence_joiner
from .model import Article, Span, TranslatedSegment, Translation
from .models.base import IdentityTranslator, PivotTranslator, Translator
from .models.registry import ModelEntry, ModelsConfig, load_config

PIVOT = "en"
# Malay is translated with the Indonesian models (close enough for id-* opus-mt); said in a warning.
# Split points for an over-long sentence, tried in order: clause punctuation, then spaces.
_CLAUSE = re.compile(r"(?<=[,;:，；：、)\]])\s*|\s+(?=[-–—(])")
_SPACE = re.compile(r"(?<=\s)(?=\S)")


def _split_keep(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Cut `text` at zero-width or whitespace matches, keeping every character in some piece."""
    cuts = sorted({m.end() for m in pattern.finditer(text) if 0 < m.end() < len(text)})
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if text[a:b]]


def fit(text: str, translator: Translator, _level: int = 0) -> list[str]:
    """`text` as pieces that each fit translator.max_input_tokens; concatenated, they give back
    `text` (minus edge whitespace). Clause breaks first, then words, then halving (CJK runs)."""
    text = text.strip()
    if not text:
        return []
    budget = translator.max_input_tokens
    if translator.count_tokens(text) <= budget:
        return [text]
    patterns = (_CLAUSE, _SPACE)
    for level in range(_level, len(patterns)):
        parts = _split_keep(text, patterns[level])
        if len(parts) > 1:
            return _pack(parts, translator, level)
    if len(text) == 1:  # a single character over budget: nothing smaller exists
        return [text]
    mid = len(text) // 2
    return fit(text[:mid], translator, len(patterns)) + fit(text[mid:], translator, len(patterns))


def _pack(parts: list[str], translator: Translator, level: int) -> list[str]:
    """Join runs of consecutive parts into the longest chunks that fit; split a part that alone
    does not fit.

    Each chunk's end is found by galloping then bisecting over how many parts it takes, so the
    tokenizer sees O(log k) joins of at most twice a chunk per chunk of k parts, not one join per
    part (which re-counted the whole growing chunk each time: quadratic in the parts per chunk).
    """

    def fits(a: int, b: int) -> bool:
        return translator.count_tokens("".join(parts[a:b]).strip()) <= translator.max_input_tokens

    out: list[str] = []
    i = 0
    while i < len(parts):
        if not fits(i, i + 1):
            out.extend(fit(parts[i], translator, level + 1))
            i += 1
            continue
        good, bad, step = i + 1, 0, 1  # parts[i:good] fits; parts[i:bad] does not (once set)
        while not bad and good < len(parts):
            probe = min(good + step, len(parts))
            if fits(i, probe):
                good, step = probe, step * 2
            else:
                bad = probe
        while bad - good > 1:
            mid = (good + bad) // 2
            if fits(i, mid):
                good = mid
            else:
                bad = mid
        chunk = "".join(parts[i:good]).strip()
        if chunk:
            out.append(chunk)
        i = good
    return out


def _sentences(text: str, lang: str) -> list[str]:
    from .segment import sentences

    found = [s.text for s in sentences(text, lang)]
    return found or ([text.strip()] if text.strip() else [])


def translate_segments(
    translator: Translator, segments: list[str], *, split: bool = True
) -> list[str]:
    """Translate each segment; output i is segment i's translation.

    Every segment is split into sentences (when `split`) and then into chunks within the model's
    input limit, so no sentence is dropped or merged across segments; all chunks go through
    ``translate_batch`` in one call, shortest first, so each batch pads little.
    """
    if isinstance(translator, IdentityTranslator):
        return list(segments)
    pieces: list[tuple[int, str]] = []
    for i, seg in enumerate(segments):
        sents = _sentences(seg, translator.src) if split else [seg]
        for sent in sents:
            pieces.extend((i, chunk) for chunk in fit(sent, translator))
    order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][1]))
    outs = translator.translate_batch([pieces[k][1] for k in order]) if order else []
    if len(outs) != len(order):
        raise RuntimeError(f"translator returned {len(outs)} outputs for {len(order)} inputs")
    by_piece = [""] * len(pieces)
    for k, text in zip(order, outs, strict=True):
        by_piece[k] = text.strip()
    joined: list[list[str]] = [[] for _ in segments]
    for (i, _), text in zip(pieces, by_piece, strict=True):
        if text:
            joined[i].append(text)
    sep = sentence_joiner(translator.tgt)
    return [sep.join(parts) for parts in joined]


def load_translator(
    entry: ModelEntry,
    src: str,
    tgt: str,
    *,
    key: str,
    device: str = "auto",
    offline: bool | None = None,
) -> Translator:
    """Build the back end an entry names. `backend: ctranslate2` is served by
    ``newsbrief.models.ct2.translator(entry, src, tgt, key=, device=, offline=)``."""
    if entry.backend == "ctranslate2":
        try:
            from .models import ct2
        except ImportError:
            raise ModelUnavailable(
                f"translation.{key} asks for backend ctranslate2, which this install lacks "
                "(pip install 'newsbrief[ct2]')"
            ) from None
        return ct2.translator(entry, src, tgt, key=key, device=device, offline=offline)
    from .models import hf

    return hf.translator(entry, src, tgt, key=key, device=device, offline=offline)


def plan(src: str, tgt: str, cfg: ModelsConfig) -> list[tuple[str, str, str, ModelEntry]]:
    """The legs (src, tgt, key, entry) that translate src -> tgt under `cfg`, without loading."""
    if src == tgt:
        return []
    key = f"{src}-{tgt}"
    if key in cfg.translation:
        return [(src, tgt, key, cfg.translation[key])]
    if "*" in cfg.translation:
        return [(src, tgt, "*", cfg.translation["*"])]
    a, b = f"{src}-{PIVOT}", f"{PIVOT}-{tgt}"
    if PIVOT not in (src, tgt) and a in cfg.translation and b in cfg.translation:
        return [(src, PIVOT, a, cfg.translation[a]), (PIVOT, tgt, b, cfg.translation[b])]
    where = cfg.path or "models.yaml"
    raise ModelUnavailable(
        f"no translation model for {key} in {where} (and no {a} + {b} pair to pivot through); "
        f"add `translation: {{{key}: {{model: HUB_ID_OR_DIR}}}}` to models.yaml"
    )


def get_translator(
    src: str,
    tgt: str,
    *,
    models: str | ModelsConfig | None = None,
    device: str = "auto",
    offline: bool | None = None,
) -> Translator:
    """A ready translator for src -> tgt; models are loaded once per process."""
    if src == tgt:
        return IdentityTranslator(src)
    cfg = models if isinstance(models, ModelsConfig) else load_config(models)
    legs = plan(src, tgt, cfg)
    # Resolve every leg before loading any, so a missing second leg fails in a second, not
    # after the first model has loaded.
    from .models import hub

    for _s, _t, key, entry in legs:
        hub.resolve(entry, task="translation", key=key, offline=offline)
    built = [load_translator(e, s, t, key=k, device=device, offline=offline) for s, t, k, e in legs]
    return built[0] if len(built) == 1 else PivotTranslator(built[0], built[1])


def translator_warnings(translator: Translator) -> list[str]:
    parts = (
        [translator.first, translator.second]
        if isinstance(translator, PivotTranslator)
        else [translator]
    )
    out: list[str] = []
    for part in parts:
        out.extend(w for w in getattr(part, "warnings", []) if w not in out)
    return out


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
