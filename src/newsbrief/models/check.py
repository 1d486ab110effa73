"""`newsbrief models check`: load each configured model the way its task loads it, run it once.

A translation entry goes through ``translators.load_translator``, the same dispatch as
``translate``, so a ``backend: ctranslate2`` entry is converted and loaded by CTranslate2 here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ModelUnavailable, UsageError
from .registry import ModelEntry
from .translators import load_translator


@dataclass
class CheckResult:
    task: str
    key: str
    model: str
    ok: bool
    message: str
    seconds: float


def check(
    task: str, key: str, entry: ModelEntry, *, device: str = "auto", offline: bool | None = None
) -> CheckResult:
    """Load one configured model and run it once on a short text; report, never raise."""
    import time

    from . import hf

    started = time.perf_counter()
    try:
        if task == "translation":
            src, tgt = key.split("-") if key != "*" else ("en", "id")
            # the back end the entry names, loaded as translate loads it (ct2 converts first)
            tr = load_translator(entry, src, tgt, key=key, device=device, offline=offline)
            sample = {"id": "Hari ini hujan.", "en": "It is raining today.", "zh": "今天下雨。"}[
                src
            ]
            out = tr.translate_batch([sample])[0]
            msg = f"{tr.loaded.device}, max {tr.max_input_tokens} tokens: {sample!r} -> {out!r}"
            extra = tr.warnings
        elif task == "summarization":
            sm = hf.summarizer(entry, key=key, device=device, offline=offline)
            out = sm.summarize("It is raining in Jakarta today. Schools are closed.")
            msg = f"{sm.loaded.device}, max {sm.max_input_tokens} tokens: summary {out[:60]!r}"
            extra = sm.warnings
        elif task == "ner":
            tagger = hf.ner(entry, key=key, device=device, offline=offline)
            text = "Joko Widodo visited Jakarta."
            ents = tagger.entities(text, [(0, len(text))])
            msg = f"{tagger.loaded.device}: " + (
                ", ".join(f"{text[e.start : e.end]}/{e.label}" for e in ents) or "no entities"
            )
            extra = tagger.warnings
        else:
            return CheckResult(
                task, key, entry.model, False, f"checking {task} models is not supported", 0.0
            )
    except (ModelUnavailable, UsageError) as exc:
        return CheckResult(task, key, entry.model, False, str(exc), time.perf_counter() - started)
    except Exception as exc:  # a broken model directory must not stop the other checks
        return CheckResult(
            task,
            key,
            entry.model,
            False,
            f"{type(exc).__name__}: {exc}"[:300],
            time.perf_counter() - started,
        )
    if extra:
        msg += "; " + "; ".join(extra)
    return CheckResult(task, key, entry.model, True, msg, time.perf_counter() - started)
