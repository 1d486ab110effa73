"""The Translator protocol every back end implements, the wrappers that compose translators, and
the per-process model cache. (The pivot, which composes two translators, is in translators.)

A translator turns a batch of already-chunked texts (each within ``max_input_tokens``) into the
same number of translations. Chunking, sentence splitting and ordering live in
``models.chunk``, so a back end (transformers, CTranslate2, a test fake) only has to
generate. No torch import here: this module is on the path of every caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class Translator(Protocol):
    """One direction of translation, loaded and ready.

    ``translate_batch`` keeps order and length: output ``i`` translates input ``i``. Inputs are
    plain text without model-specific prefixes; the back end adds those (e.g. ``>>cmn_Hans<<``).
    """

    src: str
    tgt: str
    model_ids: list[str]
    max_input_tokens: int

    def translate_batch(self, texts: list[str]) -> list[str]: ...

    def count_tokens(self, text: str) -> int: ...


class IdentityTranslator:
    """Source already in the target language: text passes through untouched."""

    def __init__(self, lang: str) -> None:
        self.src = lang
        self.tgt = lang
        self.model_ids: list[str] = []
        # Nothing is generated, so no chunk ever needs splitting.
        self.max_input_tokens = 1 << 30

    def translate_batch(self, texts: list[str]) -> list[str]:
        return list(texts)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class ModelCache:
    """Each model is loaded once per process and reused (thread-safe; one lock per key)."""

    def __init__(self) -> None:
        self._items: dict[Hashable, Any] = {}
        self._locks: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()
        self.loads: dict[Hashable, int] = {}

    def get(self, key: Hashable, load: Callable[[], Any]) -> Any:
        if key in self._items:
            return self._items[key]
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._items:
                self._items[key] = load()
                self.loads[key] = self.loads.get(key, 0) + 1
            return self._items[key]

    def clear(self) -> None:
        with self._guard:
            self._items.clear()
            self._locks.clear()
            self.loads.clear()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


# The one process-wide cache; the hf and ct2 back ends both store their loaded models here.
MODELS = ModelCache()
