"""The translate task over many articles at once, through the single-article ``translate()``.

Each article still goes through ``translate.translate`` (so its output is exactly the single-file
one), but the model sees the sentences of the whole batch together: a first pass runs every
article with a *recording* translator that only collects the chunks ``translate()`` asks for;
the collected chunks of all articles then go to the real translator in one call (deduplicated,
sorted by length, batched by the back end); a second pass runs ``translate()`` again with a
translator that answers from those results. Detection and segmentation run twice per article,
which costs little next to one model call.
"""

from __future__ import annotations

from typing import Any

from ..options import Options
from ..render import tasks as render_tasks
from ..task import LoadedEngines, TaskOutput


class _Memo:
    """Stands in for a real translator inside ``translate()``: records, then replays."""

    def __init__(self, real: Any, tokens: dict[str, int]) -> None:
        from ..models.translators import translator_warnings

        self.real = real
        self.src = real.src
        self.tgt = real.tgt
        self.model_ids = list(real.model_ids)
        self.max_input_tokens = real.max_input_tokens
        self.pivot = getattr(real, "pivot", None)
        self.warnings = translator_warnings(real)
        self.wanted: dict[str, None] = {}
        self.done: dict[str, str] | None = None
        self._tokens = tokens

    def count_tokens(self, text: str) -> int:
        n = self._tokens.get(text)
        if n is None:
            n = self._tokens[text] = self.real.count_tokens(text)
        return n

    def translate_batch(self, texts: list[str]) -> list[str]:
        if self.done is None:
            for t in texts:
                self.wanted.setdefault(t, None)
            return ["" for _ in texts]
        return [self.done[t] for t in texts]

    def run(self) -> None:
        """One model call for every chunk the batch needs, shortest first."""
        chunks = sorted(self.wanted, key=len)
        outs = self.real.translate_batch(chunks) if chunks else []
        if len(outs) != len(chunks):
            raise RuntimeError(f"translator returned {len(outs)} outputs for {len(chunks)} inputs")
        self.done = dict(zip(chunks, outs, strict=True))


def translate_many(
    texts: list[tuple[str | None, str]], spec: Options, engines: LoadedEngines
) -> list[TaskOutput | Exception]:
    """Translate every (source name, text) to spec.to; one failure never fails the others."""
    from ..article import make_article
    from ..langs import READ_AS, SUPPORTED
    from ..translate import translate

    tgt = spec.to or ""  # validated options: normalised, and present for translate
    lang = spec.lang
    out: list[TaskOutput | Exception | None] = [None] * len(texts)
    articles: dict[int, Any] = {}
    memos: dict[tuple[str, str], _Memo] = {}
    unavailable: dict[tuple[str, str], Exception] = {}
    tokens: dict[str, int] = {}
    use: dict[int, _Memo | None] = {}

    # Pass 1: read each article and record the chunks its translation needs.
    for i, (_name, text) in enumerate(texts):
        try:
            article = make_article(text, lang=lang)
            src = READ_AS.get(article.lang, article.lang)
            memo = None
            if src != tgt and src in SUPPORTED:
                key = (src, tgt)
                if key not in memos and key not in unavailable:
                    try:
                        memos[key] = _Memo(engines.translator(src, tgt), tokens)
                    except Exception as exc:  # a missing model: every article of the pair fails
                        unavailable[key] = exc
                if key in unavailable:
                    raise unavailable[key]
                memo = memos[key]
            translate(article, tgt, translator=memo)  # raises for unsupported languages
            articles[i] = article
            use[i] = memo
        except Exception as exc:
            out[i] = exc

    # One model call per language pair for the whole batch.
    failed: dict[tuple[str, str], Exception] = {}
    for key, memo in memos.items():
        try:
            memo.run()
        except Exception as exc:
            failed[key] = exc

    # Pass 2: the same translate() calls, answered from the batch results.
    for i, article in articles.items():
        memo = use[i]
        if memo is not None and (memo.src, memo.tgt) in failed:
            out[i] = _isolate(article, memo, tgt, spec, failed[(memo.src, memo.tgt)])
            continue
        try:
            result = translate(article, tgt, translator=memo)
        except Exception as exc:
            out[i] = exc
            continue
        out[i] = _output(result, spec)
    return [o if o is not None else RuntimeError("not processed") for o in out]


def _output(result: Any, spec: Options) -> TaskOutput:
    return TaskOutput(
        render_tasks.translation(result, spec.format or "text"), list(result.warnings)
    )


def _isolate(
    article: Any, memo: _Memo, tgt: str, spec: Options, error: Exception
) -> TaskOutput | Exception:
    """The batch call failed: retry this article alone so one bad input fails only itself."""
    from ..errors import NewsbriefError
    from ..translate import translate

    if isinstance(error, NewsbriefError):
        return error  # a missing model fails every article alike; no point retrying each
    try:
        result = translate(article, tgt, translator=memo.real)
    except Exception as exc:
        return exc
    return _output(result, spec)
