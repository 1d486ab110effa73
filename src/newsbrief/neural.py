"""Model-served brief fields: upgrade the lite Brief with the summariser and NER models, and
render summary and `what` in the target language with the translation models.

Engines: ``hf`` needs every model (a missing one is an error); ``auto`` uses each model that is
available and keeps the lite field, with a warning, for each task whose model is not. In ``auto``
a missing translator leaves summary and `what` in the source language, with a warning (the offline
brief still renders labels, dates and countries in the target language); ``hf`` makes it an error.
Every field keeps its source text and span; names stay as written in the source.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

from . import lite
from .config import models_downloaded
from .errors import ModelUnavailable
from .langs import same_reader, sentence_joiner
from .model import Article, Brief, SummarySentence, Where, Who
from .models.chunk import translate_segments
from .models.registry import ModelsConfig, load_config
from .models.replay import Recorder
from .models.translators import get_translator, translator_warnings
from .options import Options

T = TypeVar("T")

_WORD = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str, lang: str) -> set[str]:
    if lang == "zh":
        return {c for c in text if not c.isspace() and c.isalnum()}
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1}


def align(text: str, article: Article) -> list[SummarySentence]:
    """Abstractive summary sentences, each with the span of the source sentence it overlaps most
    (its evidence); the lead sentence when nothing overlaps."""
    from .segment import sentences

    src = article.sentences
    if not src or not text.strip():
        return []
    out: list[SummarySentence] = []
    for sent in sentences(text, article.lang) or []:
        words = _tokens(sent.text, article.lang)
        best = max(src, key=lambda s: (len(words & _tokens(s.text, article.lang)), -s.start))
        out.append(SummarySentence(text=sent.text, span=best.span))
    return out


def _resolve_place(
    name: str, article: Article, span: tuple[int, int], context: list[str]
) -> Where | None:
    """The lite gazetteer's reading of an NER place (`context`: the article's other places and
    countries, to choose between places of the same name); None when it is not a known place."""
    found = lite.where.resolve_place(name, article.lang, context)
    if found is None:
        return None
    data = found if isinstance(found, dict) else dataclasses.asdict(found)
    fields = {k: v for k, v in data.items() if k in Where.model_fields}
    if fields.get("kind") not in ("city", "region", "country"):
        fields["kind"] = "place"
    fields.update(text=name, span=span)
    fields.setdefault("country", None)
    return Where.model_validate(fields)


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def ner_fields(
    brief: Brief, article: Article, entities: list[Any]
) -> tuple[list[Who], list[Where]]:
    """Who from PER/ORG entities (role from the lite engine), Where from LOC entities that the
    gazetteer resolves, merged with the lite places."""
    who: list[Who] = []
    seen: set[str] = set()
    places: list[Where] = []
    context = [w.text for w in brief.where] + sorted({w.country for w in brief.where if w.country})
    for ent in entities:
        name = article.text[ent.start : ent.end].strip(" \t\n,.;:\"'()")
        if len(name) < 2 or not any(c.isalpha() for c in name):
            continue
        start = article.text.find(name, ent.start)
        span = (start, start + len(name))
        if ent.label in ("PER", "ORG"):
            key = _norm(name)
            if key in seen:
                continue
            seen.add(key)
            role, role_span = lite.who.role_for(article, span)
            who.append(
                Who(
                    text=name,
                    role=role,
                    role_span=role_span,
                    kind="person" if ent.label == "PER" else "organization",
                    span=span,
                )
            )
        elif ent.label == "LOC":
            place = _resolve_place(name, article, span, context)
            if place is not None:
                places.append(place)
    where = list(brief.where)
    have = {(w.place, w.country) for w in where}
    for place in places:
        if (place.place, place.country) not in have:
            have.add((place.place, place.country))
            where.append(place)
    where.sort(key=lambda w: w.span[0])
    return who, where if places else []


def _offline_only(brief: Brief, article: Article) -> Brief:
    """`auto` with no model on this machine is the offline engine: no per-field warnings (the CLI
    says so once per machine), only one line when the rendering needed a translator."""
    if not same_reader(brief.summary_lang, brief.target_lang):
        pair = f"{article.lang}-{brief.target_lang}"
        brief.warnings = [
            *brief.warnings,
            f"summary and what stay in {article.lang}: no {pair} translation model downloaded "
            f"(`newsbrief models pull --task translation --pair {pair}`)",
        ]
    brief.engine = "lite"
    return brief


class _Fallback:
    """The per-task fallback rules of one article: ``hf`` needs every model, ``auto`` uses the
    models that are here and keeps the offline field, with a warning, for the others."""

    def __init__(self, cfg: ModelsConfig, lang: str, strict: bool, warnings: list[str]) -> None:
        self.cfg = cfg
        self.lang = lang
        self.strict = strict
        self.warnings = warnings
        self.missing: list[tuple[str, str]] = []

    def attempt(self, field: str, load: Callable[[], T]) -> T | None:
        try:
            return load()
        except ModelUnavailable as exc:
            if self.strict:
                raise
            self.warnings.append(f"{field}: offline engine used, model unavailable: {exc}")
            return None

    def downloaded(self, field: str, e: Any) -> bool:
        """`auto` uses models that are already here: it never starts a multi-GB download the
        user did not ask for (`--engine hf` does, on first use)."""
        from .models import hub

        if self.strict or e.is_local() or hub.cached_path(e) is not None:
            return True
        self.missing.append((field, e.model))
        return False

    def entry(self, task: str, field: str, fields: str | None = None) -> tuple[str, Any] | None:
        """The configured and downloaded entry for `task`, or None (with a warning in auto);
        `fields` names what the model serves when that is more than `field`."""
        found = self.cfg.entry(task, self.lang)
        if found is None:
            msg = f"no {task} model for {self.lang} in {self.cfg.path or 'models.yaml'}"
            if self.strict:
                raise ModelUnavailable(
                    f"--engine hf: {msg}; add `{task}: {{{self.lang}: {{model: ...}}}}`"
                )
            self.warnings.append(f"{field}: offline engine used, {msg}")
            return None
        return found if self.downloaded(fields or field, found[1]) else None

    def close(self) -> list[str]:
        if self.missing:
            fields = ", ".join(f for f, _ in self.missing)
            names = ", ".join(m for _, m in self.missing)
            self.warnings.append(
                f"offline engine used for {fields}: not downloaded: {names} "
                "(`newsbrief models pull` fetches them; --engine lite skips models)"
            )
        return self.warnings


def _summary(
    rules: _Fallback, article: Article, options: Options, recorder: Recorder | None = None
) -> tuple[list[SummarySentence], Any] | None:
    """The summariser's summary, each sentence with its evidence span, and the summariser; None
    when the offline summary stays (no model, or an empty summary)."""
    from .models import hf

    found = rules.entry("summarization", "summary")
    if found is None:
        return None
    key, e = found

    def load() -> Any:
        return hf.summarizer(e, key=key, device=options.device, offline=options.offline)

    summarizer = rules.attempt(
        "summary", (lambda: recorder.summarizer((key, e.model), load)) if recorder else load
    )
    if summarizer is None:
        return None
    aligned = align(summarizer.summarize(article.text), article)
    if not aligned:
        rules.warnings.append(f"summary: {e.model} returned an empty summary; kept the offline one")
        return None
    rules.warnings.extend(w for w in summarizer.warnings if w not in rules.warnings)
    return aligned[: options.sentences], summarizer


def model_summary(
    article: Article, options: Options, recorder: Recorder | None = None
) -> tuple[list[SummarySentence] | None, list[str]]:
    """The summarize task with models: the summariser's sentences (None: keep the offline
    summary) and the warnings, under the same fallback rules as the brief."""
    cfg = load_config(options.models)
    if options.engine == "auto" and not models_downloaded(cfg):
        return None, []
    rules = _Fallback(cfg, article.lang, options.engine == "hf", [])
    got = _summary(rules, article, options, recorder)
    return (got[0] if got else None), rules.close()


def apply_models(
    brief: Brief, article: Article, options: Options, recorder: Recorder | None = None
) -> Brief:
    """`brief` (from the lite engine) with model-served fields; see the module note.

    A batch passes a `recorder`, through which the summariser and NER serve many articles in
    one pass (models/replay.py)."""
    cfg = load_config(options.models)
    engine, device, offline = options.engine, options.device, options.offline
    if engine == "auto" and not models_downloaded(cfg):
        return _offline_only(brief, article)
    used = dict(brief.models)
    lang = article.lang
    strict = engine == "hf"
    rules = _Fallback(cfg, lang, strict, list(brief.warnings))
    warnings = rules.warnings

    # The translator first: it has no fallback, so a missing one should fail before slow loads.
    translator = None
    if not same_reader(brief.summary_lang, brief.target_lang):
        try:
            # auto never downloads: a brief on a fresh machine must work with what is here
            def load_translator() -> Any:
                return get_translator(
                    lang,
                    brief.target_lang,
                    models=cfg,
                    device=device,
                    offline=offline if strict else True,
                )

            pair = (lang, brief.target_lang)
            translator = (
                recorder.translator(pair, load_translator) if recorder else load_translator()
            )
        except ModelUnavailable as exc:
            if strict:
                raise
            pair = f"{lang}-{brief.target_lang}"
            why = "not downloaded" if "not cached" in str(exc) else str(exc)
            warnings.append(
                f"summary and what stay in {lang}: {pair} translation model {why} "
                f"(`newsbrief models pull --task translation --pair {pair}`)"
            )

    from .models import hf

    got = _summary(rules, article, options, recorder)
    if got is not None:
        brief.summary_sentences, summarizer = got
        brief.summary = sentence_joiner(lang).join(s.text for s in brief.summary_sentences)
        used["summary"] = summarizer.model_ids[0]

    found = rules.entry("ner", "who", "who/where")
    if found is not None:
        key, e = found

        def load_ner() -> Any:
            return hf.ner(e, key=key, device=device, offline=offline)

        tagger = rules.attempt(
            "who/where", (lambda: recorder.ner((key, e.model), load_ner)) if recorder else load_ner
        )
        if tagger is not None:
            windows = [s.span for s in article.sentences] or [(0, len(article.text))]
            who, where = ner_fields(brief, article, tagger.entities(article.text, windows))
            if who:
                brief.who = who
                used["who"] = e.model
            if where:
                brief.where = where
                used["where"] = e.model
            warnings.extend(w for w in tagger.warnings if w not in warnings)

    if translator is not None:
        texts = [s.text for s in brief.summary_sentences]
        if brief.what is not None:
            texts.append(brief.what.text)
        outs = translate_segments(translator, texts)
        for s, out in zip(brief.summary_sentences, outs, strict=False):
            s.translation = out
        if brief.what is not None:
            brief.what.translation = outs[-1]
        brief.summary = sentence_joiner(brief.target_lang).join(
            outs[: len(brief.summary_sentences)]
        )
        brief.summary_lang = brief.target_lang
        used["translation"] = " + ".join(translator.model_ids)
        warnings.extend(w for w in translator_warnings(translator) if w not in warnings)

    brief.engine = "hf" if strict else "auto"
    brief.models = used
    brief.warnings = rules.close()
    return brief
