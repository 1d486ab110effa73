"""User defaults: config.toml in the user dir, NEWSBRIEF_* variables over it, bad values named."""

from __future__ import annotations

import pytest

from newsbrief import config
from newsbrief.errors import ConfigError


def _write(text: str) -> None:
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_built_in_defaults_without_a_file():
    assert config.defaults() == config.Defaults()


def test_the_file_sets_defaults_and_the_environment_wins(monkeypatch):
    _write('engine = "lite"\nto = "English"\noffline = true\ndevice = "cpu"\n')
    got = config.defaults()
    assert (got.engine, got.to, got.offline, got.device, got.quiet) == (
        "lite",
        "en",
        True,
        "cpu",
        False,
    )
    monkeypatch.setenv("NEWSBRIEF_ENGINE", "auto")
    monkeypatch.setenv("NEWSBRIEF_QUIET", "1")
    got = config.defaults()
    assert (got.engine, got.quiet) == ("auto", True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('engine = "fast"\n', "engine must be one of auto, lite, hf"),
        ('colour = "red"\n', "unknown key 'colour'"),
        ("engine = \n", "not valid TOML"),
        ('offline = "maybe"\n', "offline must be true or false"),
    ],
)
def test_a_bad_file_is_one_error_naming_file_and_key(text, message):
    _write(text)
    with pytest.raises(ConfigError, match=message) as err:
        config.defaults()
    assert str(config.config_path()) in str(err.value)


def test_a_bad_variable_is_named(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_DEVICE", "tpu")
    with pytest.raises(ConfigError, match="NEWSBRIEF_DEVICE"):
        config.defaults()


def test_the_no_models_notice_is_shown_once_per_machine():
    first = config.no_models_notice()
    assert first and "newsbrief models pull" in first and "NEWSBRIEF_ENGINE=lite" in first
    assert config.no_models_notice() is None
    assert not config.models_downloaded()  # the tests' isolated HF cache is empty


def test_auto_without_any_model_is_the_offline_engine_with_one_line_for_a_missing_translator():
    from newsbrief.brief import brief

    text = "Banjir merendam ratusan rumah di Banjarmasin, Senin (5/6). Warga mengungsi."
    same = brief(text, engine="auto", date=None)
    assert same.engine == "lite" and not [w for w in same.warnings if "model" in w]
    other = brief(text, engine="auto", to="en")
    model_lines = [w for w in other.warnings if "model" in w]
    assert len(model_lines) == 1 and "models pull --task translation --pair id-en" in model_lines[0]
