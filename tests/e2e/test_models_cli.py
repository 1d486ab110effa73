"""`newsbrief models list|check|pull`, the hub cache and offline rules, and the missing-model
error (fast, actionable, no network)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.errors import ModelUnavailable, UsageError
from newsbrief.models import hub
from newsbrief.models.registry import ModelEntry, load_config

runner = CliRunner()
ARTICLE = (
    "Presiden Budi meresmikan jembatan baru di Jakarta pada hari Senin. Banjir melanda Surabaya."
)


def fake_cache(model_dir: Path, repo_id: str) -> Path:
    """Lay `model_dir` out as huggingface_hub would cache `repo_id` under $HF_HOME/hub."""
    root = hub.cache_dir() / f"models--{repo_id.replace('/', '--')}"
    commit = "0123456789abcdef0123456789abcdef01234567"
    (root / "refs").mkdir(parents=True, exist_ok=True)
    (root / "refs" / "main").write_text(commit)
    snap = root / "snapshots" / commit
    shutil.copytree(model_dir, snap, dirs_exist_ok=True)
    return snap


def test_models_list_works_offline_on_a_fresh_machine(cli):
    started = time.perf_counter()
    res = cli(["models", "list"])
    assert res.code == 0, res.err
    assert time.perf_counter() - started < 5
    lines = res.out.strip().splitlines()
    assert lines[0].split() == ["TASK", "PAIR", "MODEL", "CACHED", "SIZE"]
    rows = [ln.split() for ln in lines[1:]]
    # not downloaded yet: the known download size, marked approximate
    assert ["translation", "id-en", "Helsinki-NLP/opus-mt-id-en", "no", "~291", "MB"] in rows
    assert ["summarization", "*", "csebuetnlp/mT5_multilingual_XLSum", "no", "~2.3", "GB"] in rows
    assert {r[0] for r in rows} == {"translation", "summarization", "ner"}
    assert all(r[3] == "no" for r in rows)


def test_translate_with_a_missing_model_fails_fast_and_says_what_to_do(cli, seed_text):
    started = time.perf_counter()
    res = cli(["translate", "--to", "en"], input=seed_text)
    elapsed = time.perf_counter() - started
    assert res.code == 1
    assert elapsed < 5, elapsed
    assert res.out == ""
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.err
    msg = lines[0]
    assert msg.startswith("newsbrief: error: translation model Helsinki-NLP/opus-mt-id-en (id-en)")
    assert "is not cached" in msg and "offline mode is on (HF_HUB_OFFLINE=1)" in msg
    assert "newsbrief models pull --task translation --pair id-en" in msg
    assert "translation.id-en.model in models.yaml to a local directory" in msg


def test_an_unreachable_hub_fails_within_seconds(cli):
    env = {"HF_HUB_OFFLINE": "0", "TRANSFORMERS_OFFLINE": "0", "HF_ENDPOINT": "http://127.0.0.1:9"}
    started = time.perf_counter()
    res = cli(["translate", "--to", "en", "--from", "id"], input=ARTICLE, env=env)
    assert res.code == 1
    assert time.perf_counter() - started < 5
    assert "opus-mt-id-en (id-en) is not cached" in res.err
    assert "the hub could not be reached" in res.err
    assert "newsbrief models pull" in res.err


def test_offline_flag_never_touches_the_network(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")
    entry = ModelEntry(model="Helsinki-NLP/opus-mt-id-en")

    def boom(*a, **k):  # pragma: no cover - reaching it is the failure
        raise AssertionError("network used")

    monkeypatch.setattr(hub, "download", boom)
    with pytest.raises(ModelUnavailable, match=r"offline mode is on \(--offline\)"):
        hub.resolve(entry, task="translation", key="id-en", offline=True)
    assert hub.is_offline(None) is False
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub.is_offline(None) is True


def test_cache_dir_honours_hf_home(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "h"))
    assert hub.cache_dir() == tmp_path / "h" / "hub"
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "c"))
    assert hub.cache_dir() == tmp_path / "c"


@pytest.mark.slow
def test_a_cached_hub_model_is_listed_and_used_offline(tmp_path, tiny_models):
    snap = fake_cache(tiny_models["mt-id-en"], "Helsinki-NLP/opus-mt-id-en")
    yaml = tmp_path / "models.yaml"
    yaml.write_text(
        "translation:\n  id-en:\n    model: Helsinki-NLP/opus-mt-id-en\n"
        "    generation: {num_beams: 1, max_new_tokens: 4}\n"
        f"  en-id: {tiny_models['mt-en-id']}\n"
    )
    res = runner.invoke(app, ["models", "list", "--models", str(yaml), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["key"]: r for r in json.loads(res.stdout)}
    assert rows["id-en"]["cached"] and not rows["id-en"]["local"]
    assert rows["id-en"]["path"] == str(snap)
    assert rows["id-en"]["size"] > 10_000 and rows["id-en"]["safetensors"] is True
    assert rows["en-id"]["local"] and rows["en-id"]["cached"]
    text = runner.invoke(app, ["models", "list", "--models", str(yaml)]).stdout
    assert "local" in text and "yes" in text and "KB" in text

    res = runner.invoke(
        app,
        ["translate", "--to", "en", "--from", "id", "--format", "json", "--models", str(yaml)],
        input=ARTICLE,
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["models"] == ["Helsinki-NLP/opus-mt-id-en"]

    res = runner.invoke(app, ["models", "pull", "--models", str(yaml), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "cached     translation    id-en" in res.stdout
    assert "local      translation    en-id" in res.stdout


def test_pull_offline_reports_each_model_and_fails(tmp_path):
    res = runner.invoke(
        app, ["models", "pull", "--task", "translation", "--pair", "id-zh", "--offline"]
    )
    assert res.exit_code == 1
    # a pair with no entry of its own selects both legs of its pivot
    assert "opus-mt-id-en" in res.output and "opus-mt-en-zh" in res.output
    assert res.output.count("offline mode is on") == 2


def test_selection_errors_are_usage_errors():
    cfg = load_config()
    with pytest.raises(UsageError, match="unknown task"):
        hub.select(cfg, "speech")
    with pytest.raises(UsageError, match="no entry"):
        hub.select(cfg, "translation", "zh")
    with pytest.raises(ModelUnavailable, match="no translation model for ms-en"):
        hub.select(cfg, "translation", "ms-en")
    assert [k for _t, k, _e in hub.select(cfg, "summarization", "id")] == ["*"]
    assert [k for _t, k, _e in hub.select(cfg, "ner", "en")] == ["*"]


@pytest.mark.slow
def test_models_check_loads_each_model(tmp_path, tiny_models):
    from tiny_models import models_yaml

    yaml = tmp_path / "models.yaml"
    yaml.write_text(models_yaml(tiny_models))
    res = runner.invoke(app, ["models", "check", "--models", str(yaml), "--device", "cpu"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 6 and all(ln.startswith("ok") for ln in lines)
    ner_line = next(ln for ln in lines if ln.split()[1] == "ner")
    assert "Jakarta/LOC" in ner_line

    yaml.write_text(models_yaml(tiny_models) + "brief: {}\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("translation:\n  id-en: {model: Helsinki-NLP/opus-mt-id-en}\n")
    res = runner.invoke(app, ["models", "check", "--models", str(bad)])
    assert res.exit_code == 1
    assert res.stdout.startswith("FAIL translation    id-en")
    assert "not cached" in res.stdout


@pytest.mark.slow
def test_pickle_only_weights_load_with_a_warning(tmp_path, tiny_models):
    import torch
    from safetensors.torch import load_file

    from newsbrief.translate import translate

    model_dir = tmp_path / "pickled"
    shutil.copytree(tiny_models["mt-id-en"], model_dir)
    weights = model_dir / "model.safetensors"
    torch.save(load_file(str(weights)), model_dir / "pytorch_model.bin")
    weights.unlink()
    yaml = tmp_path / "models.yaml"
    yaml.write_text(
        f"translation:\n  id-en:\n    model: {model_dir}\n"
        "    generation: {num_beams: 1, max_new_tokens: 4}\n"
    )
    result = translate(ARTICLE, "en", lang="id", models=str(yaml), offline=True)
    assert result.text.strip()
    assert any("only pickle weights" in w for w in result.warnings)


def test_device_cuda_without_cuda_is_a_usage_error(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    from newsbrief.models.hf import resolve_device

    with pytest.raises(UsageError, match="no CUDA device"):
        resolve_device("cuda")
    assert resolve_device("auto") == "cpu"
    res = runner.invoke(app, ["translate", "--to", "en", "--device", "tpu"], input=ARTICLE)
    assert isinstance(res.exception, UsageError)


@pytest.mark.slow
def test_remote_code_is_off_unless_models_yaml_allows_it(monkeypatch, tiny_models):
    import transformers

    from newsbrief.models import hf
    from newsbrief.models.base import MODELS

    seen: list[dict] = []
    real = transformers.AutoModelForSeq2SeqLM.from_pretrained

    def spy(*args, **kwargs):
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(transformers.AutoModelForSeq2SeqLM, "from_pretrained", spy)
    MODELS.clear()
    for trust in (False, True):
        entry = ModelEntry(model=str(tiny_models["mt-id-en"]), trust_remote_code=trust)
        hf.translator(entry, "id", "en", key="id-en", device="cpu", offline=True)
    assert [k["trust_remote_code"] for k in seen] == [False, True]
    assert all(k["use_safetensors"] is True for k in seen)
    assert ModelEntry(model="x").trust_remote_code is False
