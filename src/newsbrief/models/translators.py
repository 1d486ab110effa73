"""Which translator serves a language pair, and building it on its back end.

An exact ``SRC-TGT`` entry in models.yaml, else the ``*`` many-to-many entry, else a pivot through
English (id <-> zh) when both legs are configured; the same language in and out passes through
untouched. The back end an entry names (``transformers``, ``ctranslate2``) is chosen here, and
only here: ``models check`` and ``translate`` load through the same ``load_translator``.
"""

from __future__ import annotations

from ..errors import ModelUnavailable
from .base import IdentityTranslator, PivotTranslator, Translator
from .registry import ModelEntry, ModelsConfig, load_config

PIVOT = "en"


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
