"""models.yaml as the library reads it: entries by task and key, and the plan for a pair."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError, ModelUnavailable
from newsbrief.models.registry import load_config, plan

YAML = """\
version: 1
translation:
  id-en: {model: org/id-en}
  en-zh: {model: org/en-zh, backend: ctranslate2}
summarization:
  '*': {model: org/summ}
"""


@pytest.fixture
def cfg(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(YAML, encoding="utf-8")
    return load_config(path)


def test_entries_by_task_and_key(cfg):
    assert [(t, k) for t, k, _ in cfg.entries()] == [
        ("translation", "id-en"),
        ("translation", "en-zh"),
        ("summarization", "*"),
    ]
    assert cfg.translation["en-zh"].backend == "ctranslate2"
    assert cfg.entry("summarization", "id")[1].model == "org/summ"  # '*' serves every language


def test_plan_takes_the_exact_pair_then_pivots_through_english(cfg):
    assert [(s, t, k) for s, t, k, _ in plan("id", "en", cfg)] == [("id", "en", "id-en")]
    assert [(s, t, k) for s, t, k, _ in plan("id", "zh", cfg)] == [
        ("id", "en", "id-en"),
        ("en", "zh", "en-zh"),
    ]
    assert plan("zh", "zh", cfg) == []


def test_plan_names_the_missing_pair_and_how_to_add_it(cfg):
    with pytest.raises(
        ModelUnavailable, match=r"no translation model for zh-id .*translation: \{zh-id"
    ):
        plan("zh", "id", cfg)


def test_unknown_keys_in_an_entry_are_refused_with_the_file_named(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\ntranslation:\n  id-en: {model: x, colour: red}\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        load_config(path)
