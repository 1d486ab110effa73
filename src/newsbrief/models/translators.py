"""Which translator serves a language pair, and building it on its back end.

An exact ``SRC-TGT`` entry in models.yaml, else the ``*`` many-to-many entry, else a pivot through
English (id <-> zh) when both legs are configured; the same language in and out passes through
untouched. The back end an entry names (``transformers``, ``ctranslate2``) is chosen here, and
only here: ``models check`` and ``translate`` load through the same ``load_translator``.
"""

from __future__ import annotations

from ..errors import ModelUnavailable
from .base import IdentityTranslator, Translator
from .chunk import translate_segments
from .registry import ModelEntry, ModelsConfig, load_config, plan


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
            from . import ct2
        except ImportError:
            raise ModelUnavailable(
                f"translation.{key} asks for backend ctranslate2, which this install lacks "
                "(pip install 'newsbrief[ct2]')"
            ) from None
        return ct2.translator(entry, src, tgt, key=key, device=device, offline=offline)
    from . import hf

    return hf.translator(entry, src, tgt, key=key, device=device, offline=offline)


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
    from . import hub

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


class PivotTranslator:
    """src -> pivot -> tgt through two translators (id <-> zh via en).

    Its input budget is the first leg's; the intermediate text is re-checked against the second
    leg's budget by the caller's chunker only through ``second`` itself, so the second leg splits
    an over-long intermediate on its own (see ``chunk.translate_segments``).
    """

    def __init__(self, first: Translator, second: Translator) -> None:
        if first.tgt != second.src:
            raise ValueError(
                f"cannot pivot {first.src}->{first.tgt} into {second.src}->{second.tgt}"
            )
        self.first = first
        self.second = second
        self.src = first.src
        self.tgt = second.tgt
        self.pivot = first.tgt
        self.model_ids = [*first.model_ids, *second.model_ids]
        self.max_input_tokens = first.max_input_tokens

    def translate_batch(self, texts: list[str]) -> list[str]:
        middle = self.first.translate_batch(texts)
        # A pivot sentence may come out longer than the second model accepts; the shared
        # chunker splits it by sentence and token budget for the second leg.
        return translate_segments(self.second, middle)

    def count_tokens(self, text: str) -> int:
        return self.first.count_tokens(text)
