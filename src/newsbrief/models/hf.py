"""The transformers back end: the only module that imports torch and transformers for
seq2seq (translation, summarisation) and token classification (NER).

Built on AutoTokenizer + AutoModelForSeq2SeqLM.generate(), which exist in transformers 4.x and
5.x (5.x dropped the translation/summarization pipelines). Each model directory is resolved by
``hub.resolve`` first (no torch needed to say a model is missing), then loaded once per process
into ``base.MODELS``.

Family conventions (checked against each model's documentation):
- marian (opus-mt): a multi-target model needs a sentence-initial ``>>id<<`` token, e.g.
  ``>>cmn_Hans<<`` for opus-mt-en-zh; set it as ``src_prefix``.
- m2m100: ``tokenizer.src_lang = "id"``; generate with ``forced_bos_token_id =
  tokenizer.get_lang_id("zh")``.
- nllb: ``tokenizer.src_lang = "ind_Latn"``; ``forced_bos_token_id =
  tokenizer.convert_tokens_to_ids("zho_Hans")``.
- mbart50: ``tokenizer.src_lang = "id_ID"``; ``forced_bos_token_id`` = id of ``zh_CN``.
- t5/mt5: plain text in (t5 wants a task prefix such as ``summarize: ``, set as ``src_prefix``).
"""

from __future__ import annotations

import re
import warnings as warnings_module
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

# Model label (after the B-/I- prefix) -> our entity type.
DEFAULT_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "NOR": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "DATE": "DATE",
    "DAT": "DATE",
    "TIME": "DATE",
}


def resolve_device(device: str, entry: ModelEntry | None = None) -> str:
    """CLI --device wins over the entry's; 'auto' means CUDA when torch sees one."""
    import torch

    return pick_device(device, entry, torch.cuda.is_available(), "torch")


def _dtype(entry: ModelEntry, device: str) -> Any:
    import torch

    if entry.dtype != "auto":
        return getattr(torch, entry.dtype)
    if device == "cpu":
        return torch.float32
    # T5-family weights overflow in float16; bfloat16 keeps their range.
    if entry.family in ("t5", "mt5"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    return torch.float16


@dataclass
class HFModel:
    """A tokenizer and model on a device, plus what the user should know about them."""

    tokenizer: Any
    model: Any
    path: Path
    device: str
    model_id: str
    warnings: list[str] = field(default_factory=list)

    def input_limit(self, entry: ModelEntry) -> int:
        config = self.model.config
        return input_limit(
            entry,
            getattr(self.tokenizer, "model_max_length", None),
            getattr(config, "max_position_embeddings", None),
            getattr(config, "n_positions", None),
        )


def _quiet(transformers: Any) -> None:
    """Keep stderr for newsbrief's own lines: no weight-loading bars, and no "sequence longer
    than the maximum" notes (the chunker counts tokens on purpose with over-long text)."""
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


def _load(entry: ModelEntry, path: Path, device: str, kind: str) -> HFModel:
    import torch
    import transformers

    warnings = weight_warnings(entry, path)
    safe = not warnings
    auto = (
        transformers.AutoModelForTokenClassification
        if kind == "ner"
        else transformers.AutoModelForSeq2SeqLM
    )
    _quiet(transformers)
    try:
        with warnings_module.catch_warnings():
            # e.g. "Recommended: pip install sacremoses": not actionable for a CLI user
            warnings_module.simplefilter("ignore", UserWarning)
            tokenizer = transformers.AutoTokenizer.from_pretrained(
                str(path), trust_remote_code=entry.trust_remote_code
            )
        model = auto.from_pretrained(
            str(path),
            dtype=_dtype(entry, device),
            use_safetensors=safe,
            trust_remote_code=entry.trust_remote_code,
        )
    # A model folder is input like an article: whatever its files make the loaders raise (torch
    # refusing pickle weights with UnpicklingError, a truncated file, a tokenizer file missing
    # and transformers failing with a TypeError or an assert) means this model is unavailable,
    # and --engine auto falls back to the offline engine.
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelUnavailable(
            f"cannot load {entry.model} from {path}: {first[:200]} "
            "(is it a transformers model of the right task? trust_remote_code is only honoured "
            "when set in models.yaml)"
        ) from None
    model.eval()
    model.to(torch.device(device))
    return HFModel(tokenizer, model, path, device, entry.model, warnings)


def load(
    entry: ModelEntry,
    *,
    task: str,
    key: str,
    device: str = "auto",
    offline: bool | None = None,
    kind: str = "seq2seq",
) -> HFModel:
    """Resolve, then load once per process (keyed by directory, device and dtype)."""
    path = hub.resolve(entry, task=task, key=key, offline=offline)
    dev = resolve_device(device, entry)
    cache_key = (kind, str(path), dev, entry.dtype, entry.trust_remote_code)
    return MODELS.get(cache_key, lambda: _load(entry, path, dev, kind))


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class HFSeq2Seq:
    """Shared generate() plumbing for translators and summarisers."""

    def __init__(self, entry: ModelEntry, loaded: HFModel) -> None:
        self.entry = entry
        self.loaded = loaded
        self.family = family(
            entry, getattr(loaded.model.config, "model_type", ""), loaded.tokenizer
        )
        self.prefix = entry.src_prefix or ""
        self.model_ids = [entry.model]
        self.warnings = list(loaded.warnings)
        self.max_input_tokens = loaded.input_limit(entry)

    def count_tokens(self, text: str) -> int:
        ids = self.loaded.tokenizer(self.prefix + text, add_special_tokens=True)["input_ids"]
        return len(ids)

    def _gen_kwargs(self) -> dict[str, Any]:
        g = self.entry.generation
        limit = getattr(self.loaded.model.config, "max_position_embeddings", None)
        max_new = output_limit(g.max_new_tokens, limit)
        kwargs: dict[str, Any] = {
            "num_beams": g.num_beams,
            "max_new_tokens": max_new,
            "repetition_penalty": g.repetition_penalty,
        }
        if g.no_repeat_ngram_size:
            kwargs["no_repeat_ngram_size"] = g.no_repeat_ngram_size
        if g.num_beams > 1:
            kwargs["length_penalty"] = g.length_penalty
        return kwargs

    def generate(self, texts: list[str], extra: dict[str, Any] | None = None) -> list[str]:
        """Generate for every text, batch_size at a time, longest first so padding stays small;
        output i answers input i."""
        import torch

        if not texts:
            return []
        tok, model = self.loaded.tokenizer, self.loaded.model
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out: list[str] = [""] * len(texts)
        kwargs = {**self._gen_kwargs(), **(extra or {})}
        for batch in _chunks(order, self.entry.batch_size):
            enc = tok(
                [self.prefix + texts[i] for i in batch],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.max_input_tokens,
            ).to(model.device)
            with torch.inference_mode():
                ids = model.generate(**enc, **kwargs)
            for i, text in zip(batch, tok.batch_decode(ids, skip_special_tokens=True), strict=True):
                out[i] = text.strip()
        return out


class HFTranslator(HFSeq2Seq):
    """One translation direction over a seq2seq model (Translator protocol)."""

    def __init__(self, entry: ModelEntry, loaded: HFModel, src: str, tgt: str) -> None:
        super().__init__(entry, loaded)
        self.src = src
        self.tgt = tgt
        self._extra: dict[str, Any] = {}
        self._lang_token: str | None = None
        codes = lang_codes(entry, self.family)
        tok = loaded.tokenizer
        if self.family in MULTILINGUAL:
            src_code, tgt_code = codes.get(src), codes.get(tgt)
            if not src_code or not tgt_code:
                raise ModelUnavailable(
                    f"{entry.model}: no language code for {src} or {tgt}; set lang_codes in models.yaml"
                )
            tok.src_lang = src_code
            # m2m100's token for "zh" is "__zh__": its tokenizer maps codes itself
            get_lang_id = getattr(tok, "get_lang_id", None)
            bos = get_lang_id(tgt_code) if get_lang_id else tok.convert_tokens_to_ids(tgt_code)
            self._lang_token = tok.convert_ids_to_tokens(bos) if bos is not None else None
            if bos is None or bos == tok.unk_token_id:
                raise ModelUnavailable(
                    f"{entry.model}: its tokenizer has no language token {tgt_code!r} for {tgt}"
                )
            self._extra["forced_bos_token_id"] = bos
        self.max_input_tokens = loaded.input_limit(entry)

    def translate_batch(self, texts: list[str]) -> list[str]:
        # m2m100/nllb/mbart tokenizers read src_lang at call time; a shared cached tokenizer may
        # have been set for another direction since.
        if self.family in MULTILINGUAL:
            codes = lang_codes(self.entry, self.family)
            self.loaded.tokenizer.src_lang = codes[self.src]
        outs = self.generate(texts, self._extra)
        lang = self._lang_token
        if lang:
            # a tokenizer saved without its language codes as special tokens decodes the forced
            # target-language token as text
            outs = [o[len(lang) :].lstrip() if o.startswith(lang) else o for o in outs]
        return outs


_WS = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class HFSummarizer(HFSeq2Seq):
    """Abstractive summary: one text in (whitespace normalised, as XL-Sum was trained), one out.
    Input beyond the model's limit is cut: news puts the essentials first."""

    def summarize(self, text: str) -> str:
        return self.summarize_many([text])[0]

    def summarize_many(self, texts: list[str]) -> list[str]:
        """One summary per text, generated in batches of the entry's batch_size."""
        return self.generate([_WS.sub(" ", t).strip() for t in texts])


@dataclass
class Entity:
    label: str  # PER | ORG | LOC | DATE
    start: int
    end: int
    score: float


class HFNer:
    """Token classification into character spans, per sentence window within the model's limit."""

    def __init__(self, entry: ModelEntry, loaded: HFModel) -> None:
        self.entry = entry
        self.loaded = loaded
        self.model_ids = [entry.model]
        self.warnings = list(loaded.warnings)
        self.max_input_tokens = loaded.input_limit(entry)
        labels = {k.upper(): v for k, v in (entry.labels or {}).items()}
        self.labels = {**DEFAULT_LABELS, **labels}

    def _type(self, label: str) -> tuple[str, str | None]:
        """('B'|'I'|'O', our type or None)."""
        up = label.upper()
        # A label without B-/I- (e.g. plain "PER") continues an entity of the same type.
        tag, _, name = up.partition("-") if up[:2] in ("B-", "I-", "E-", "S-") else ("I", "", up)
        if up == "O" or not name:
            return "O", None
        return ("I" if tag in ("I", "E") else "B"), self.labels.get(name)

    def entities(self, text: str, windows: list[tuple[int, int]]) -> list[Entity]:
        """Entities in `text`, tagging each (start, end) window on its own (sentences)."""
        return self.entities_many([(text, windows)])[0]

    def entities_many(self, docs: list[tuple[str, list[tuple[int, int]]]]) -> list[list[Entity]]:
        """`entities` for many texts at once: their windows share the model's batches."""
        import torch

        tok, model = self.loaded.tokenizer, self.loaded.model
        id2label = model.config.id2label
        flat = [(d, w) for d, (_, wins) in enumerate(docs) for w in wins]
        found: list[list[Entity]] = [[] for _ in docs]
        budget = self.max_input_tokens
        # longest first, so each batch pads little
        order = sorted(range(len(flat)), key=lambda k: flat[k][1][0] - flat[k][1][1])
        for batch in _chunks(order, self.entry.batch_size):
            pieces = [docs[flat[k][0]][0][flat[k][1][0] : flat[k][1][1]] for k in batch]
            enc = tok(
                pieces,
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=budget,
                return_offsets_mapping=True,
            )
            offsets = enc.pop("offset_mapping").tolist()
            with torch.inference_mode():
                logits = model(**{k: v.to(model.device) for k, v in enc.items()}).logits
            probs = logits.float().softmax(-1).cpu()
            for row, k in enumerate(batch):
                d, (base, _) = flat[k]
                found[d].extend(
                    self._decode(
                        enc.word_ids(row), offsets[row], probs[row], id2label, base, pieces[row]
                    )
                )
        for ents in found:
            ents.sort(key=lambda e: (e.start, e.end))
        return found

    def _decode(self, word_ids, offsets, probs, id2label, base: int, piece: str) -> list[Entity]:
        out: list[Entity] = []
        current: Entity | None = None
        last_word = None
        for pos, word in enumerate(word_ids):
            if word is None:
                continue
            s, e = offsets[pos]
            # A sub-word extends whatever its word started; but a Han "word" is a whole
            # space-less run (often a sentence), so there every token speaks for itself.
            if word == last_word and not _HAN.search(piece[s:e]):
                if current is not None:
                    current.end = base + e
                continue
            last_word = word
            score, idx = probs[pos].max(-1)
            tag, kind = self._type(id2label.get(int(idx), "O"))
            if kind is None:
                current = None
                continue
            if current is not None and tag == "I" and current.label == kind:
                current.end = base + e
                current.score = min(current.score, float(score))
                continue
            current = Entity(kind, base + s, base + e, float(score))
            out.append(current)
        return out


def translator(
    entry: ModelEntry,
    src: str,
    tgt: str,
    *,
    key: str,
    device: str = "auto",
    offline: bool | None = None,
) -> HFTranslator:
    return HFTranslator(
        entry, load(entry, task="translation", key=key, device=device, offline=offline), src, tgt
    )


def summarizer(
    entry: ModelEntry, *, key: str, device: str = "auto", offline: bool | None = None
) -> HFSummarizer:
    return HFSummarizer(
        entry, load(entry, task="summarization", key=key, device=device, offline=offline)
    )


def ner(entry: ModelEntry, *, key: str, device: str = "auto", offline: bool | None = None) -> HFNer:
    return HFNer(
        entry, load(entry, task="ner", key=key, device=device, offline=offline, kind="ner")
    )
