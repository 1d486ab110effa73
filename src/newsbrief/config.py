"""User defaults: `config.toml` in the user dir (beside models.yaml) and NEWSBRIEF_* variables.

A command-line option wins over an environment variable, which wins over the config file, which
wins over the built-in default. The file, for example::

    # ~/.config/newsbrief/config.toml
    engine = "lite"      # auto | lite | hf
    to = "en"            # render briefs in English by default
    offline = true       # never touch the network for models
    device = "cpu"       # auto | cpu | cuda
    quiet = true         # no warnings or notices on stderr (errors still show)

The user dir also remembers that the "no models downloaded" notice was shown, so that it is shown
once per machine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .models.registry import ModelsConfig

KEYS = ("engine", "to", "offline", "device", "quiet")
ENV = {key: f"NEWSBRIEF_{key.upper()}" for key in KEYS}
_CHOICES = {"engine": ("auto", "lite", "hf"), "device": ("auto", "cpu", "cuda")}
_NOTICE_STAMP = "notice-no-models"


def user_dir() -> Path:
    """Where models.yaml, config.toml and the notice stamp live."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsbrief"))


def config_path() -> Path:
    env = os.environ.get("NEWSBRIEF_CONFIG")
    return Path(env).expanduser() if env else user_dir() / "config.toml"


@dataclass(frozen=True)
class Defaults:
    engine: str = "auto"
    to: str | None = None
    offline: bool = False
    device: str = "auto"
    quiet: bool = False


def _bool(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{where} must be true or false, not {value!r}")


def _check(key: str, value: object, where: str) -> object:
    if key in ("offline", "quiet"):
        return _bool(value, where)
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, not {value!r}")
    value = value.strip().lower()
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ConfigError(f"{where} must be one of {', '.join(_CHOICES[key])}, not {value!r}")
    if key == "to":
        from .langs import normalize_lang

        return normalize_lang(value)
    return value


def _read_file(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    return {k: _check(k, v, f"{path}: {k}") for k, v in data.items()}


@lru_cache(maxsize=4)
def _defaults(path: Path, env: tuple[tuple[str, str], ...]) -> Defaults:
    values: dict[str, object] = _read_file(path)
    for key, value in env:
        values[key] = _check(key, value, ENV[key])
    return Defaults(**values)  # type: ignore[arg-type]


def defaults() -> Defaults:
    """The user's defaults: environment over config file over built-in; ConfigError if bad."""
    env = tuple((k, os.environ[ENV[k]]) for k in KEYS if os.environ.get(ENV[k], "") != "")
    return _defaults(config_path(), env)


def models_downloaded(models: str | ModelsConfig | None = None) -> bool:
    """True when any model named in models.yaml is on this machine (cache or local folder)."""
    from .models.hub import statuses
    from .models.registry import ModelsConfig, load_config

    try:
        cfg = models if isinstance(models, ModelsConfig) else load_config(models)
        return any(s.cached for s in statuses(cfg, None, None))
    except Exception:  # a broken models.yaml is reported where it is used, not here
        return True


def notice_due() -> bool:
    """True until the no-models notice has been shown on this machine (a cheap check first)."""
    return not (user_dir() / _NOTICE_STAMP).exists()


def no_models_notice() -> str | None:
    """The one-time notice that `auto` runs the offline engine, or None once it was shown.

    Shown once per machine: a stamp in the user dir remembers it (until models are installed,
    when it no longer applies).
    """
    stamp = user_dir() / _NOTICE_STAMP
    if stamp.exists():
        return None
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text("shown\n", encoding="utf-8")
    except OSError:
        pass  # a read-only home: better shown again than not at all
    return (
        "no models downloaded: using the offline engine (`newsbrief models pull` fetches "
        f'models; engine = "lite" in {config_path()} or NEWSBRIEF_ENGINE=lite makes it the '
        "default; shown once)"
    )
