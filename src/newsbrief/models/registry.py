"""models.yaml: which model serves which task and language pair.

Lookup order: an explicit path (``--models``), ``$NEWSBRIEF_MODELS``, the user config dir
(``<user_config_dir>/newsbrief/models.yaml``), then the default shipped inside the package.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError, ModelUnavailable

MODEL_TASKS = ("translation", "summarization", "ner", "brief")
# The language a pair with no model of its own is translated through (id <-> zh via en).
PIVOT = "en"
LANGS = ("id", "en", "zh")


class Generation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    num_beams: int = Field(default=4, ge=1)
    max_new_tokens: int = Field(default=256, ge=1)
    no_repeat_ngram_size: int = Field(default=0, ge=0)
    repetition_penalty: float = Field(default=1.0, gt=0)
    length_penalty: float = 1.0


class ModelEntry(BaseModel):
    """One model as declared in models.yaml."""

    model_config = ConfigDict(extra="forbid")
    model: str = Field(description="Hugging Face hub id or a local directory")
    revision: str | None = None
    family: Literal[
        "auto", "marian", "m2m100", "nllb", "mbart50", "t5", "mt5", "bert", "causal"
    ] = "auto"
    src_prefix: str | None = Field(
        default=None, description="text put before every source, e.g. '>>cmn_Hans<< '"
    )
    lang_codes: dict[str, str] | None = Field(
        default=None, description="our code -> the model's (e.g. id: ind_Latn); family default"
    )
    generation: Generation = Field(default_factory=Generation)
    device: Literal["auto", "cpu", "cuda"] = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    batch_size: int = Field(default=16, ge=1)
    max_input_tokens: int | None = Field(default=None, ge=8)
    trust_remote_code: bool = False
    backend: Literal["transformers", "ctranslate2"] = "transformers"
    labels: dict[str, str] | None = Field(
        default=None, description="NER: model label -> PER|ORG|LOC|DATE (family default otherwise)"
    )

    def is_local(self) -> bool:
        return (
            self.model.startswith(("/", "./", "../", "~")) or Path(self.model).expanduser().is_dir()
        )


class ModelsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    translation: dict[str, ModelEntry] = Field(default_factory=dict)
    summarization: dict[str, ModelEntry] = Field(default_factory=dict)
    ner: dict[str, ModelEntry] = Field(default_factory=dict)
    brief: dict[str, ModelEntry] = Field(default_factory=dict)
    path: str | None = Field(default=None, exclude=True, description="where it was read from")

    def entry(self, task: str, key: str) -> tuple[str, ModelEntry] | None:
        """The entry for `key` (a pair like 'id-en' or a language), falling back to '*'."""
        table: dict[str, ModelEntry] = getattr(self, task)
        if key in table:
            return key, table[key]
        if "*" in table:
            return "*", table["*"]
        return None

    def entries(self) -> list[tuple[str, str, ModelEntry]]:
        return [(task, key, e) for task in MODEL_TASKS for key, e in getattr(self, task).items()]


def default_path() -> Path:
    return Path(__file__).resolve().parent.parent / "models.yaml"


def user_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsbrief")) / "models.yaml"


def find_config(explicit: str | Path | None = None) -> Path:
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: models file not found")
        return path
    env = os.environ.get("NEWSBRIEF_MODELS")
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: models file named by NEWSBRIEF_MODELS not found")
        return path
    user = user_path()
    return user if user.is_file() else default_path()


def _check_keys(data: dict[str, Any], where: str) -> None:
    for task in ("translation",):
        for key in data.get(task) or {}:
            if key == "*":
                continue
            parts = str(key).split("-")
            if (
                len(parts) != 2
                or parts[0] not in LANGS
                or parts[1] not in LANGS
                or parts[0] == parts[1]
            ):
                raise ConfigError(
                    f"{where}: translation.{key}: key must be SRC-TGT with SRC != TGT in "
                    f"{'/'.join(LANGS)} (like id-en), or '*'"
                )
    for task in ("summarization", "ner"):
        for key in data.get(task) or {}:
            if key != "*" and key not in LANGS:
                raise ConfigError(
                    f"{where}: {task}.{key}: key must be a language ({', '.join(LANGS)}) or '*'"
                )


SCHEMA_VERSION = 1


def _unique_keys_loader() -> type:
    """yaml.SafeLoader that refuses a key given twice in one mapping (YAML would keep the last
    one silently, so a pasted second `id-en:` would replace the first without a word)."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_mapping(self, node: Any, deep: bool = False) -> dict:
            seen: set = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    twice = key in seen
                    seen.add(key)
                except TypeError:  # an unhashable key: SafeLoader reports it below
                    continue
                if twice:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} appears twice", key_node.start_mark
                    )
            return super().construct_mapping(node, deep=deep)

    return Loader


def load_config(path: str | Path | None = None) -> ModelsConfig:
    """Read and validate models.yaml; every error names the file, the key and the problem."""
    import yaml

    file = find_config(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{file}: not UTF-8 text (invalid byte at offset {exc.start}); models.yaml must be "
            "a UTF-8 YAML file"
        ) from None
    try:
        data = yaml.load(text, Loader=_unique_keys_loader()) or {}
    except RecursionError:
        raise ConfigError(f"{file}: nested too deeply to be a models file") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).strip().split("\n")[0]
        raise ConfigError(f"{file}: not valid YAML{at}: {problem}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: top level must be a mapping of tasks")
    if data.get("version", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise ConfigError(
            f"{file}: version {data['version']!r} is not one this newsbrief reads (it reads "
            f"version {SCHEMA_VERSION}); upgrade newsbrief or write the file for version "
            f"{SCHEMA_VERSION}"
        )
    for task, table in data.items():
        if task in MODEL_TASKS:
            if table is None:
                data[task] = {}
            elif not isinstance(table, dict):
                raise ConfigError(f"{file}: {task}: must be a mapping of keys to model entries")
            else:
                for key, entry in list(table.items()):
                    if isinstance(entry, str):  # shorthand: `id-en: Helsinki-NLP/opus-mt-id-en`
                        table[key] = {"model": entry}
    _check_keys(data, str(file))
    try:
        cfg = ModelsConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{file}: {loc}: {err['msg']}") from None
    base = file.parent
    for _task, _key, entry in cfg.entries():
        # relative local paths are relative to the yaml file, not to the working directory
        if entry.model.startswith(("./", "../")):
            entry.model = str((base / entry.model).resolve())
        elif entry.model.startswith("~"):
            entry.model = str(Path(entry.model).expanduser())
    cfg.path = str(file)
    return cfg


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
