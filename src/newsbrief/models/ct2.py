"""The CTranslate2 back end (``backend: ctranslate2`` on a models.yaml translation entry).

The entry names an ordinary transformers model (hub id or directory). On first use it is
converted once with ``ctranslate2.converters.TransformersConverter`` into a cache directory keyed
by the model (path, revision, weight files), the quantization and the CTranslate2 version, then
loaded once per process into ``base.MODELS``. Quantization: int8 on CPU, float16 on CUDA, unless
the entry's ``dtype`` says otherwise. The tokenizer is the model's own (transformers), so token
counts and chunking are exactly those of the transformers back end.

Facts this relies on (measured): a converted Marian model does not append ``</s>`` to the
source itself, so every source ends with the tokenizer's eos token here; the decoder starts
from the model's own start token. ctranslate2 is imported lazily (the ``ct2`` extra); torch is
only needed for the one-time conversion.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ModelUnavailable
from . import hub
from .base import MODELS
from .common import (
    MULTILINGUAL,
    family,
    input_limit,
    lang_codes,
    output_limit,
    pick_device,
    weight_warnings,
)
from .registry import ModelEntry

INSTALL_HINT = "pip install 'newsbrief[ct2]'"


def _ct2() -> Any:
    try:
        import ctranslate2
    except ImportError:
        raise ModelUnavailable(
            f"backend ctranslate2 needs the ctranslate2 package ({INSTALL_HINT})"
        ) from None
    return ctranslate2


def resolve_device(device: str, entry: ModelEntry | None = None) -> str:
    """--device wins over the entry's; 'auto' is CUDA when CTranslate2 sees a GPU (no torch)."""
    has_cuda = _ct2().get_cuda_device_count() > 0
    return pick_device(device, entry, has_cuda, "CTranslate2")


def quantization(entry: ModelEntry, device: str) -> str:
    """int8 on CPU and float16 on CUDA by default; an explicit dtype in models.yaml wins."""
    if entry.dtype != "auto":
        return entry.dtype
    return "float16" if device == "cuda" else "int8"


def cache_root() -> Path:
    env = os.environ.get("NEWSBRIEF_CT2_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsbrief")) / "ct2"


def _fingerprint(path: Path, entry: ModelEntry, quant: str) -> str:
    """Changes when the model's weights or config change, so a rebuilt model is reconverted."""
    ct2 = _ct2()
    parts = [str(path.resolve()), entry.revision or "", quant, ct2.__version__]
    for name in sorted(os.listdir(path)):
        full = path / name
        if full.is_file() and (name.endswith((".safetensors", ".bin", ".json"))):
            st = full.stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def converted_dir(path: Path, entry: ModelEntry, quant: str) -> Path:
    slug = "".join(c if c.isalnum() or c in "-_." else "-" for c in entry.model.strip("/"))[-60:]
    return cache_root() / f"{slug}-{quant}-{_fingerprint(path, entry, quant)}"


def convert(path: Path, entry: ModelEntry, quant: str) -> Path:
    """Convert `path` once (atomic: a half-written conversion is never used) and return the dir."""
    out = converted_dir(path, entry, quant)
    if (out / "model.bin").is_file():
        return out
    ct2 = _ct2()
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise ModelUnavailable(f"ctranslate2 has no converters ({INSTALL_HINT})") from None
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        converter = TransformersConverter(
            str(path), revision=None, trust_remote_code=entry.trust_remote_code
        )
        # CTranslate2 quantizes at conversion time; 'auto' compute picks the stored type.
        converter.convert(str(tmp / "model"), quantization=quant, force=True)
        try:
            os.replace(tmp / "model", out)
        except OSError:
            if not (out / "model.bin").is_file():  # another process won the race: use theirs
                raise
    except ModelUnavailable:
        raise
    except ImportError as exc:
        raise ModelUnavailable(
            f"converting {entry.model} for CTranslate2 needs torch and transformers "
            f"({exc.name} is missing: pip install 'newsbrief[hf]')"
        ) from None
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelUnavailable(
            f"cannot convert {entry.model} to CTranslate2 (ctranslate2 {ct2.__version__}): "
            f"{first[:200]}; use backend: transformers for this entry"
        ) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


@dataclass
class CT2Model:
    """A converted model loaded in CTranslate2, with the tokenizer and limits of the original."""

    translator: Any
    tokenizer: Any
    path: Path
    converted: Path
    device: str
    compute_type: str
    max_position: int | None
    model_type: str
    forced_eos: bool = False
    warnings: list[str] = field(default_factory=list)


def _load(entry: ModelEntry, path: Path, device: str, quant: str) -> CT2Model:
    ct2 = _ct2()
    import transformers

    converted = convert(path, entry, quant)
    threads = os.cpu_count() or 1
    try:
        translator = ct2.Translator(
            str(converted),
            device=device,
            compute_type=quant,
            inter_threads=1,
            intra_threads=threads if device == "cpu" else 0,
        )
    except (RuntimeError, ValueError) as exc:
        raise ModelUnavailable(
            f"cannot load the CTranslate2 conversion of {entry.model} from {converted}: "
            f"{str(exc).splitlines()[0][:200]}"
        ) from None
    tokenizer = transformers.AutoTokenizer.from_pretrained(
        str(path), trust_remote_code=entry.trust_remote_code
    )
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    warnings = weight_warnings(entry, path)
    return CT2Model(
        translator,
        tokenizer,
        path,
        converted,
        device,
        quant,
        config.get("max_position_embeddings"),
        config.get("model_type", ""),
        config.get("forced_eos_token_id") is not None,
        warnings,
    )


def load(
    entry: ModelEntry, *, key: str, device: str = "auto", offline: bool | None = None
) -> CT2Model:
    _ct2()
    path = hub.resolve(entry, task="translation", key=key, offline=offline)
    dev = resolve_device(device, entry)
    quant = quantization(entry, dev)
    cache_key = ("ct2", str(path), dev, quant, entry.trust_remote_code)
    return MODELS.get(cache_key, lambda: _load(entry, path, dev, quant))


class CT2Translator:
    """One translation direction on CTranslate2 (Translator protocol, see models/base.py)."""

    def __init__(self, entry: ModelEntry, loaded: CT2Model, src: str, tgt: str) -> None:
        self.entry = entry
        self.loaded = loaded
        self.src = src
        self.tgt = tgt
        self.model_ids = [entry.model]
        self.warnings = list(loaded.warnings)
        self.prefix = entry.src_prefix or ""
        tok = loaded.tokenizer
        self.max_input_tokens = input_limit(
            entry, getattr(tok, "model_max_length", None), loaded.max_position
        )
        self.family = family(entry, loaded.model_type, tok)
        self._target_prefix: list[str] | None = None
        if self.family in MULTILINGUAL:
            codes = lang_codes(entry, self.family)
            if src not in codes or tgt not in codes:
                raise ModelUnavailable(
                    f"{entry.model}: no language code for {src} or {tgt}; set lang_codes in models.yaml"
                )
            self._src_code = codes[src]
            self._target_prefix = [codes[tgt]]

    def count_tokens(self, text: str) -> int:
        return len(self.loaded.tokenizer(self.prefix + text, add_special_tokens=True)["input_ids"])

    def tokens(self, text: str) -> list[str]:
        """Source tokens as the model was trained on them, ending with </s>."""
        tok = self.loaded.tokenizer
        if self.family in MULTILINGUAL:
            tok.src_lang = self._src_code
        ids = tok(
            self.prefix + text,
            add_special_tokens=True,
            truncation=True,
            max_length=self.max_input_tokens,
        )["input_ids"]
        pieces = tok.convert_ids_to_tokens(ids)
        if tok.eos_token and (not pieces or pieces[-1] != tok.eos_token):
            # The converted model does not add </s> itself; without it Marian rambles.
            pieces.append(tok.eos_token)
        return pieces

    def translate_batch(self, texts: list[str]) -> list[str]:
        if not texts:
            return []
        g = self.entry.generation
        source = [self.tokens(t) for t in texts]
        # transformers spends the last of max_new_tokens on a forced </s> when the config asks
        # for one (opus-mt does); CTranslate2 counts only real tokens, so one fewer here.
        # Capped at the decoder's position table, as the transformers back end is.
        budget = output_limit(g.max_new_tokens, self.loaded.max_position)
        longest = max(1, budget - (1 if self.loaded.forced_eos else 0))
        prefix = [list(self._target_prefix) for _ in texts] if self._target_prefix else None
        results = self.loaded.translator.translate_batch(
            source,
            target_prefix=prefix,
            max_batch_size=self.entry.batch_size,
            beam_size=g.num_beams,
            length_penalty=g.length_penalty,
            repetition_penalty=g.repetition_penalty,
            no_repeat_ngram_size=g.no_repeat_ngram_size,
            max_decoding_length=longest,
            max_input_length=0,  # already cut to the model's limit by the tokenizer
        )
        tok = self.loaded.tokenizer
        out = []
        for res in results:
            ids = tok.convert_tokens_to_ids(res.hypotheses[0])
            out.append(tok.decode(ids, skip_special_tokens=True).strip())
        return out


def translator(
    entry: ModelEntry,
    src: str,
    tgt: str,
    *,
    key: str,
    device: str = "auto",
    offline: bool | None = None,
) -> CT2Translator:
    return CT2Translator(entry, load(entry, key=key, device=device, offline=offline), src, tgt)
