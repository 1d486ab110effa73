"""Before a translate batch touches its output folder: are the translators its inputs need there?

Without this check, a folder translated with no model downloaded failed every file alike (one
identical error line per file) after creating the output folder and its manifest. The check
reads the start of up to 400 inputs spread over the folder (warm.sample_heads), takes their
languages as the translate task does (--from, else detection), and resolves every translator
those languages need (each leg of a pivot) the way loading one starts, without loading it: found
in the cache or a local folder, downloaded where the hub is reachable (the run would download it
anyway), or one error that names what is missing and how to get it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import ModelUnavailable
from ..options import Options
from .warm import head_reader, sample_heads


def _heads(paths: Sequence[Path]) -> Iterable[str]:
    for head in sample_heads(head_reader(paths), len(paths)):
        text = head.decode("utf-8", "ignore")
        if text.strip():
            yield text


def needed_pairs(texts: Iterable[str], spec: Options) -> list[tuple[str, str]]:
    """The (source, target) pairs that translating `texts` to spec.to needs a model for."""
    from ..detect import detect
    from ..langs import READ_AS, SUPPORTED

    found: set[tuple[str, str]] = set()
    for text in texts:
        src = spec.lang or detect(text).lang
        src = READ_AS.get(src, src)
        if src != spec.to and src in SUPPORTED:
            found.add((src, spec.to or ""))
        if spec.lang:
            break  # --from gives every text the same pair: one readable input shows it
    return sorted(found)


def check_translators(spec: Options, paths: Sequence[Path]) -> None:
    """Raise ModelUnavailable (one line) when a translator the inputs need cannot be had."""
    pairs = needed_pairs(_heads(paths), spec)
    if not pairs:
        return
    from ..models import hub
    from ..models.registry import load_config, plan

    cfg = load_config(spec.models)
    missing: list[tuple[str, str]] = []
    for src, tgt in pairs:
        try:
            for _src, _tgt, key, entry in plan(src, tgt, cfg):
                hub.resolve(entry, task="translation", key=key, offline=spec.offline or None)
        except ModelUnavailable as exc:
            missing.append((f"{src}-{tgt}", str(exc)))
    if not missing:
        return
    message = missing[0][1]
    if len(missing) > 1:
        names = " and ".join(pair for pair, _ in missing)
        message += (
            f" (these inputs need {names}; `newsbrief models pull --task translation` "
            "fetches every translator)"
        )
    raise ModelUnavailable(f"{message}; nothing was translated or written")
