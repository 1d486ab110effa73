"""Where models live: the local Hugging Face cache, what is in it, and getting what is not.

Every model path the back ends load is resolved here first, to a local directory, so transformers
itself never touches the network (it is handed a directory). Resolution needs only
huggingface_hub, not torch, so a missing model is reported in well under a second.

Offline means: ``--offline`` (``offline=True``), or ``HF_HUB_OFFLINE`` / ``TRANSFORMERS_OFFLINE``
set. Offline, a model that is not cached is an error; online it downloads on first use with a
progress bar, and a hub that cannot be reached fails within a few seconds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelUnavailable
from .registry import ModelEntry

# Files a transformers model may need; TensorFlow/Flax/ONNX weights and other extras are skipped.
_META = [
    "*.json",
    "*.model",
    "*.spm",
    "*.txt",
    "*.tiktoken",
    "*.py",
    "sentencepiece*",
    "spiece*",
    "vocab*",
    "merges*",
    "source*",
    "target*",
]
_SAFE = ["*.safetensors", "*.safetensors.index.json"]
_PICKLE = ["pytorch_model*.bin", "pytorch_model.bin.index.json"]
# Seconds to wait for the hub before calling it unreachable; the issue asks to fail in seconds.
_CONNECT_TIMEOUT = 3.0


def _truthy(value: str | None) -> bool:
    return (value or "").strip().upper() in {"1", "ON", "YES", "TRUE"}


def is_offline(offline: bool | None = None) -> bool:
    """`--offline` wins; otherwise the environment (read now, not at import, so tests can set it)."""
    if offline is not None:
        return offline
    return _truthy(os.environ.get("HF_HUB_OFFLINE")) or _truthy(
        os.environ.get("TRANSFORMERS_OFFLINE")
    )


def cache_dir() -> Path:
    """The hub cache, honouring HF_HUB_CACHE, then HF_HOME, then XDG_CACHE_HOME, like huggingface_hub."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg).expanduser() / "huggingface" / "hub"


def has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("pytorch_model*.bin"))


def has_safetensors(path: Path) -> bool:
    return any(path.glob("*.safetensors"))


def cached_path(entry: ModelEntry) -> Path | None:
    """The local directory holding `entry`'s files, without touching the network; None if absent."""
    if entry.is_local():
        path = Path(entry.model).expanduser()
        return path if path.is_dir() else None
    from huggingface_hub import try_to_load_from_cache

    try:
        found = try_to_load_from_cache(
            entry.model, "config.json", cache_dir=str(cache_dir()), revision=entry.revision
        )
    except ValueError:  # not a valid repo id
        return None
    if not isinstance(found, str):
        return None
    snapshot = Path(found).parent
    return snapshot if has_weights(snapshot) else None


# A model folder holds a few dozen files at most two levels down; `model: /` (or a home folder)
# must not walk a whole file system, so the count stops there and the size is shown as unknown.
_SIZE_DEPTH = 2
_SIZE_FILES = 2000


def size_on_disk(path: Path) -> int | None:
    """Bytes of the files a snapshot points at (cache snapshots are symlinks into blobs); None
    when the folder is too big or too deep to be one model."""
    total = 0
    seen = 0
    folders = [(path, 0)]
    while folders:
        folder, depth = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if seen > _SIZE_FILES:
                return None
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth + 1 > _SIZE_DEPTH:
                        return None
                    folders.append((Path(entry.path), depth + 1))
                elif entry.is_file():
                    total += entry.stat().st_size  # stat follows the symlink to the blob
            except OSError:
                continue
    return total


def human_size(n: int | None) -> str:
    if n is None:
        return "-"
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit in ("B", "KB") else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


# Download sizes of the default models (README's table), shown by `models list` before a model is
# fetched: the hub's own file listing would need the network, and `list` is offline.
KNOWN_SIZES = {
    "Helsinki-NLP/opus-mt-id-en": "~291 MB",
    "Helsinki-NLP/opus-mt-en-id": "~291 MB",
    "Helsinki-NLP/opus-mt-zh-en": "~312 MB",
    "Helsinki-NLP/opus-mt-en-zh": "~312 MB",
    "csebuetnlp/mT5_multilingual_XLSum": "~2.3 GB",
    "cahya/bert-base-indonesian-NER": "~440 MB (estimate)",
    "Davlan/xlm-roberta-base-ner-hrl": "~1.1 GB (estimate)",
}


@dataclass
class Status:
    task: str
    key: str
    model: str
    cached: bool
    local: bool
    path: str | None
    size: int | None
    safetensors: bool | None

    def as_dict(self) -> dict:
        return {
            "task": self.task,
            "key": self.key,
            "model": self.model,
            "cached": self.cached,
            "local": self.local,
            "path": self.path,
            "size": self.size,
            "safetensors": self.safetensors,
            "download_size": KNOWN_SIZES.get(self.model),
        }

    @property
    def size_label(self) -> str:
        """Size on disk when cached, else the known download size ('~291 MB'), else '-'."""
        return human_size(self.size) if self.size is not None else KNOWN_SIZES.get(self.model, "-")


def status(task: str, key: str, entry: ModelEntry) -> Status:
    path = cached_path(entry)
    return Status(
        task=task,
        key=key,
        model=entry.model,
        cached=path is not None,
        local=entry.is_local(),
        path=str(path) if path else None,
        size=size_on_disk(path) if path else None,
        safetensors=has_safetensors(path) if path else None,
    )


def pull_hint(task: str, key: str) -> str:
    flag = "--pair" if task == "translation" else "--lang"
    sel = f" {flag} {key}" if key != "*" else ""
    return (
        f"run `newsbrief models pull --task {task}{sel}` where the hub is reachable, "
        f"or set {task}.{key}.model in models.yaml to a local directory"
    )


def _unavailable(task: str, key: str, entry: ModelEntry, why: str) -> ModelUnavailable:
    return ModelUnavailable(f"{task} model {entry.model} ({key}) {why}; {pull_hint(task, key)}")


def download(
    entry: ModelEntry, *, progress: bool = True, task: str = "model", key: str = "*"
) -> Path:
    """Fetch `entry` into the cache (safetensors preferred; pickle weights only when that is all
    the repo has). Raises ModelUnavailable quickly when the hub is unreachable or the repo is not
    there. Returns the snapshot directory."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import (
        GatedRepoError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    timeout = float(os.environ.get("HF_HUB_ETAG_TIMEOUT") or _CONNECT_TIMEOUT)
    kwargs = dict(
        revision=entry.revision,
        cache_dir=str(cache_dir()),
        etag_timeout=timeout,
        library_name="newsbrief",
    )
    if not progress:
        # tqdm_class only reaches the overall bar; this silences the per-file ones as well
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    try:
        snap = Path(snapshot_download(entry.model, allow_patterns=_META + _SAFE, **kwargs))
        if not has_safetensors(snap):
            snap = Path(snapshot_download(entry.model, allow_patterns=_META + _PICKLE, **kwargs))
    except (RepositoryNotFoundError, GatedRepoError) as exc:
        raise _unavailable(
            task, key, entry, f"was not found on the hub or needs a login ({type(exc).__name__})"
        ) from None
    except RevisionNotFoundError:
        raise _unavailable(task, key, entry, f"has no revision {entry.revision!r}") from None
    except OfflineModeIsEnabled:
        raise _unavailable(task, key, entry, "is not cached and offline mode is on") from None
    # LocalEntryNotFoundError, HTTP and OS errors, httpx transport errors and the like: one line
    except Exception as exc:
        raise _unavailable(
            task,
            key,
            entry,
            f"is not cached in {cache_dir()} and the hub could not be reached "
            f"({type(exc).__name__})",
        ) from None
    if not has_weights(snap):
        raise _unavailable(
            task, key, entry, "has no PyTorch weights (safetensors or .bin) on the hub"
        )
    return snap


def resolve(entry: ModelEntry, *, task: str, key: str, offline: bool | None = None) -> Path:
    """A local directory for `entry`: the path itself, the cached snapshot, or a fresh download
    (online only). Raises ModelUnavailable naming the model, why, and what to do."""
    if entry.is_local() or entry.model.startswith(("/", ".", "~")):
        path = Path(entry.model).expanduser()
        if not path.is_dir():
            raise ModelUnavailable(
                f"{task} model directory {path} ({key}) does not exist; fix {task}.{key}.model "
                "in models.yaml"
            )
        if not (path / "config.json").is_file():
            raise ModelUnavailable(
                f"{task} model directory {path} ({key}) has no config.json; point "
                f"{task}.{key}.model at a directory saved with save_pretrained"
            )
        return path
    found = cached_path(entry)
    if found is not None:
        return found
    if is_offline(offline):
        why = "--offline" if offline else "HF_HUB_OFFLINE=1"
        raise _unavailable(
            task, key, entry, f"is not cached in {cache_dir()} and offline mode is on ({why})"
        )
    return download(entry, task=task, key=key)


def select(
    cfg, task: str | None = None, key: str | None = None
) -> list[tuple[str, str, ModelEntry]]:
    """The models.yaml entries a `--task`/`--pair` selection names. A translation pair without
    its own entry selects what would serve it (the `*` entry, or both legs of the pivot)."""
    from ..errors import UsageError
    from .registry import MODEL_TASKS

    if task is not None and task not in MODEL_TASKS:
        raise UsageError(f"unknown task {task!r}: use one of {', '.join(MODEL_TASKS)}")
    rows = [(t, k, e) for t, k, e in cfg.entries() if task is None or t == task]
    if key is not None:
        exact = [r for r in rows if r[1] == key]
        if exact:
            rows = exact
        elif task in (None, "translation") and key.count("-") == 1:
            from .registry import plan

            src, tgt = key.split("-")
            rows = [("translation", k, e) for _s, _t, k, e in plan(src, tgt, cfg)]
        elif task is not None and cfg.entry(task, key) is not None:
            k, e = cfg.entry(task, key)
            rows = [(task, k, e)]
        else:
            rows = []
    if not rows:
        what = " ".join(
            x for x in (f"--task {task}" if task else "", f"--pair {key}" if key else "") if x
        )
        raise UsageError(f"no entry in {cfg.path or 'models.yaml'} matches {what or 'anything'}")
    return rows


def statuses(cfg, task: str | None = None, key: str | None = None) -> list[Status]:
    """Cache status of the selected entries; never touches the network."""
    return [status(t, k, e) for t, k, e in select(cfg, task, key)]


@dataclass
class PullResult:
    status: Status
    action: str  # "local" | "cached" | "downloaded" | "failed"
    message: str = ""


def pull(
    cfg,
    task: str | None = None,
    key: str | None = None,
    *,
    offline: bool | None = None,
    progress: bool = True,
) -> list[PullResult]:
    """Download every selected model that is not cached yet; one failure does not stop the rest."""
    out: list[PullResult] = []
    for t, k, e in select(cfg, task, key):
        before = status(t, k, e)
        if before.local:
            msg = "" if before.cached else f"directory {e.model} does not exist"
            out.append(PullResult(before, "local" if before.cached else "failed", msg))
            continue
        if before.cached:
            out.append(PullResult(before, "cached"))
            continue
        if is_offline(offline):
            out.append(
                PullResult(before, "failed", "offline mode is on (--offline or HF_HUB_OFFLINE=1)")
            )
            continue
        try:
            download(e, progress=progress, task=t, key=k)
        except ModelUnavailable as exc:
            # the hint to run `models pull` is noise here: this is that command
            out.append(
                PullResult(before, "failed", str(exc).split("; run `newsbrief models pull")[0])
            )
            continue
        after = status(t, k, e)
        note = "" if after.safetensors else "only pickle weights (pytorch_model.bin) are published"
        out.append(PullResult(after, "downloaded", note))
    return out
