"""What every back end decides the same way: the model family, input and output limits, the
device, and what to say about pickle weights. The transformers and CTranslate2 back ends both
call these, so they cannot drift (CTranslate2 once decoded past a model's position table).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from . import hub
from .registry import ModelEntry

# Per family, our language code -> the model's (set as src_lang / forced target token).
LANG_CODES: dict[str, dict[str, str]] = {
    "m2m100": {"id": "id", "en": "en", "zh": "zh"},
    "nllb": {"id": "ind_Latn", "en": "eng_Latn", "zh": "zho_Hans"},
    "mbart50": {"id": "id_ID", "en": "en_XX", "zh": "zh_CN"},
}
# Families that need a language code on each side.
MULTILINGUAL = tuple(LANG_CODES)

# Far above any real encoder's limit: tokenizers report this when they do not know.
_UNKNOWN_LIMIT = 100_000
_DEFAULT_LIMIT = 512
_MODEL_TYPES = {"marian": "marian", "m2m_100": "m2m100", "t5": "t5", "mt5": "mt5"}


def family(entry: ModelEntry, model_type: str, tokenizer: object) -> str:
    """The entry's family, or the one the model's config and tokenizer class show."""
    if entry.family != "auto":
        return entry.family
    name = type(tokenizer).__name__.lower()
    if "nllb" in name:
        return "nllb"
    if "mbart50" in name:
        return "mbart50"
    return _MODEL_TYPES.get(model_type, "auto")


def lang_codes(entry: ModelEntry, fam: str) -> dict[str, str]:
    return {**LANG_CODES.get(fam, {}), **(entry.lang_codes or {})}


def input_limit(entry: ModelEntry, *limits: object) -> int:
    """Tokens one input may hold: models.yaml's max_input_tokens, else the smallest known of the
    tokenizer's and the model's limits, else 512."""
    if entry.max_input_tokens:
        return entry.max_input_tokens
    known = [int(v) for v in limits if isinstance(v, int) and 0 < v < _UNKNOWN_LIMIT]
    return min(known) if known else _DEFAULT_LIMIT


def output_limit(max_new_tokens: int, max_position: object) -> int:
    """New tokens a decoder may make: it cannot go past its position table (learned positions
    index out of range), so at most max_position - 1."""
    if isinstance(max_position, int) and max_position > 1:
        return min(max_new_tokens, max_position - 1)
    return max_new_tokens


def pick_device(device: str, entry: ModelEntry | None, has_cuda: bool, engine: str) -> str:
    """--device wins over the entry's; 'auto' is CUDA when the back end sees a GPU."""
    want = device if device != "auto" else (entry.device if entry else "auto")
    if want == "auto":
        return "cuda" if has_cuda else "cpu"
    if want == "cuda" and not has_cuda:
        raise UsageError(f"--device cuda, but {engine} sees no CUDA device (use --device cpu)")
    return want


def weight_warnings(entry: ModelEntry, path: Path) -> list[str]:
    if hub.has_safetensors(path):
        return []
    return [
        f"{entry.model} has only pickle weights (pytorch_model.bin); "
        "prefer a safetensors revision when one exists"
    ]
