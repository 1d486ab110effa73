"""Summariser, NER and translator calls of many articles in one model pass: record, run once,
replay.

A batch runs each article's task twice. In the first pass the ``Recorder`` hands out stand-ins
that only note the texts the task asks about (and answer with nothing); ``run()`` then sends all
noted texts of all articles to each real model at once (sorted and batched by the back end); in
the second pass the stand-ins answer from those results, so every article's output is exactly
what it would be alone. If a batched call fails, the stand-ins call the real model per article,
so one bad input fails only itself. (The translate task has its own recorder in
batch/translate.py, which also splits failures by language pair.)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class _Stand:
    """One model's stand-in: records while the recorder records, then replays."""

    def __init__(self, real: Any, recorder: Recorder) -> None:
        self.real = real
        self.model_ids = list(real.model_ids)
        self.warnings = list(real.warnings)
        self._recorder = recorder
        self._wanted: dict[Hashable, Any] = {}
        self._done: dict[Hashable, Any] | None = None

    def _ask(self, key: Hashable, call: Any, empty: Any, direct: Callable[[], Any]) -> Any:
        if self._recorder.recording:
            self._wanted.setdefault(key, call)
            return empty
        if self._done is None or key not in self._done:
            return direct()  # not recorded, or the batched call failed
        return self._done[key]

    def run(self) -> None:
        keys = list(self._wanted)
        try:
            outs = self._many([self._wanted[k] for k in keys]) if keys else []
        except Exception:  # each article will call the model on its own instead
            return
        self._done = dict(zip(keys, outs, strict=True))

    def _many(self, calls: list[Any]) -> list[Any]:
        raise NotImplementedError


class _Summarizer(_Stand):
    def summarize(self, text: str) -> str:
        return self._ask(text, text, "", lambda: self.real.summarize(text))

    def _many(self, calls: list[Any]) -> list[Any]:
        return self.real.summarize_many(calls)


class _Ner(_Stand):
    def entities(self, text: str, windows: list[tuple[int, int]]) -> list[Any]:
        key = (text, tuple(windows))
        return self._ask(key, (text, list(windows)), [], lambda: self.real.entities(text, windows))

    def _many(self, calls: list[Any]) -> list[Any]:
        return self.real.entities_many(calls)


class _Translator(_Stand):
    """A translator's stand-in (Translator protocol): chunks are recorded, translated together."""

    def __init__(self, real: Any, recorder: Recorder) -> None:
        from .translators import translator_warnings

        super().__init__(real, recorder)
        self.warnings = translator_warnings(real)
        self.src, self.tgt = real.src, real.tgt
        self.max_input_tokens = real.max_input_tokens
        self.pivot = getattr(real, "pivot", None)

    def count_tokens(self, text: str) -> int:
        return self.real.count_tokens(text)

    def translate_batch(self, texts: list[str]) -> list[str]:
        if self._recorder.recording:
            return [self._ask(t, t, "", lambda: "") for t in texts]
        done = self._done or {}
        # Chunks the first pass did not see (a summariser's sentences, which it answered with
        # nothing then) go to the model together, as translate_segments would send them.
        missed = [t for t in dict.fromkeys(texts) if t not in done]
        fresh = dict(zip(missed, self.real.translate_batch(missed), strict=True)) if missed else {}
        return [done[t] if t in done else fresh[t] for t in texts]

    def _many(self, calls: list[Any]) -> list[Any]:
        order = sorted(range(len(calls)), key=lambda i: len(calls[i]))  # little padding
        outs = self.real.translate_batch([calls[i] for i in order])
        back = [""] * len(calls)
        for i, out in zip(order, outs, strict=True):
            back[i] = out
        return back


class Recorder:
    """The models of one batch, as the brief and summarize tasks ask for them."""

    def __init__(self) -> None:
        self.recording = True
        self._stands: dict[Hashable, _Stand] = {}

    def summarizer(self, key: Hashable, load: Callable[[], Any]) -> _Summarizer:
        return self._get(("summarization", key), load, _Summarizer)  # type: ignore[return-value]

    def ner(self, key: Hashable, load: Callable[[], Any]) -> _Ner:
        return self._get(("ner", key), load, _Ner)  # type: ignore[return-value]

    def translator(self, key: Hashable, load: Callable[[], Any]) -> _Translator:
        return self._get(("translation", key), load, _Translator)  # type: ignore[return-value]

    def _get(self, key: Hashable, load: Callable[[], Any], kind: type[_Stand]) -> _Stand:
        if key not in self._stands:
            self._stands[key] = kind(load(), self)
        return self._stands[key]

    def run(self) -> None:
        """One batched call per model for everything recorded; then replay."""
        for stand in self._stands.values():
            stand.run()
        self.recording = False
