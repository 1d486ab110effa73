"""The CTranslate2 back end on the tiny Marian test models: conversion once into a cache,
</s> on every source, same output as transformers at float32, int8 by default on CPU, and the
install hint when ctranslate2 is missing."""

from __future__ import annotations

import json
import sys

import pytest

from newsbrief.errors import ModelUnavailable
from newsbrief.models.base import MODELS, Translator

TEXTS = [
    "Banjir melanda Jakarta setelah hujan deras selama dua hari.",
    "Presiden Budi meresmikan jembatan baru di Surabaya pada hari Senin.",
    "Polisi Medan menangkap tiga tersangka penipuan daring, kata Sari.",
    "Pemerintah akan membangun sekolah.",
]


@pytest.fixture(autouse=True)
def _ct2_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_CT2_CACHE", str(tmp_path_factory.getbasetemp() / "ct2-cache"))


def _yaml(tmp_path, tiny_models, *, backend: str, dtype: str = "auto", new: int = 12) -> str:
    lines = ["version: 1", "translation:"]
    for pair in ("id-en", "en-id", "zh-en", "en-zh"):
        lines += [
            f"  {pair}:",
            f"    model: {tiny_models['mt-' + pair]}",
            "    family: marian",
            f"    backend: {backend}",
            f"    dtype: {dtype}",
            f"    generation: {{num_beams: 1, max_new_tokens: {new}}}",
            "    batch_size: 3",
        ]
    path = tmp_path / f"models-{backend}-{dtype}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_missing_ctranslate2_says_how_to_install(monkeypatch, tmp_path):
    from newsbrief.models import ct2
    from newsbrief.models.registry import ModelEntry

    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # import fails as if not installed
    entry = ModelEntry(model=str(tmp_path), backend="ctranslate2")
    with pytest.raises(ModelUnavailable, match=r"pip install 'newsbrief\[ct2\]'"):
        ct2.translator(entry, "id", "en", key="id-en", device="cpu")


@pytest.fixture
def ct2_mod():
    pytest.importorskip("ctranslate2")
    from newsbrief.models import ct2

    return ct2


@pytest.mark.slow
def test_converts_once_and_translates_through_the_protocol(tmp_path, tiny_models, ct2_mod):
    from newsbrief.models.translators import get_translator

    yaml = _yaml(tmp_path, tiny_models, backend="ctranslate2")
    tr = get_translator("id", "en", models=yaml, offline=True, device="cpu")
    assert isinstance(tr, ct2_mod.CT2Translator) and isinstance(tr, Translator)
    assert tr.loaded.compute_type == "int8" and tr.loaded.device == "cpu"
    assert tr.model_ids == [str(tiny_models["mt-id-en"])]
    converted = tr.loaded.converted
    assert (converted / "model.bin").is_file() and converted.is_relative_to(ct2_mod.cache_root())
    stamp = (converted / "model.bin").stat().st_mtime_ns
    out = tr.translate_batch(TEXTS)
    assert len(out) == len(TEXTS) and all(isinstance(t, str) and t for t in out)
    # A fresh process (an emptied model cache) reuses the conversion instead of redoing it.
    MODELS.clear()
    again = get_translator("id", "en", models=yaml, offline=True, device="cpu")
    assert again.loaded.converted == converted
    assert (converted / "model.bin").stat().st_mtime_ns == stamp
    # Another quantization is another cache entry.
    f32 = get_translator(
        "id",
        "en",
        models=_yaml(tmp_path, tiny_models, backend="ctranslate2", dtype="float32"),
        offline=True,
        device="cpu",
    )
    assert f32.loaded.converted != converted and f32.loaded.compute_type == "float32"


@pytest.mark.slow
def test_every_source_ends_with_eos(tmp_path, tiny_models, ct2_mod):
    from newsbrief.models.translators import get_translator

    tr = get_translator(
        "en",
        "zh",
        models=_yaml(tmp_path, tiny_models, backend="ctranslate2"),
        offline=True,
        device="cpu",
    )
    tokens = tr.tokens("Floods hit Jakarta.")
    assert tokens[-1] == "</s>" and tokens.count("</s>") == 1
    assert tr.count_tokens("Floods hit Jakarta.") == len(tokens)


@pytest.mark.slow
def test_float32_matches_transformers_greedy(tmp_path, tiny_models, ct2_mod):
    """Same weights, same tokens, same greedy search: the same words as the transformers path."""
    from newsbrief.models.translators import get_translator

    kw = {"offline": True, "device": "cpu"}
    ct = get_translator(
        "id",
        "en",
        models=_yaml(tmp_path, tiny_models, backend="ctranslate2", dtype="float32"),
        **kw,
    )
    hf = get_translator(
        "id",
        "en",
        models=_yaml(tmp_path, tiny_models, backend="transformers", dtype="float32"),
        **kw,
    )
    assert ct.translate_batch(TEXTS) == hf.translate_batch(TEXTS)
    assert ct.max_input_tokens == hf.max_input_tokens


@pytest.mark.slow
def test_article_and_batch_translation_on_ct2(tmp_path, tiny_models, ct2_mod):
    from newsbrief.batch.core import Item, LoadedEngines, TaskSpec, process_batch
    from newsbrief.translate import translate

    yaml = _yaml(tmp_path, tiny_models, backend="ctranslate2")
    # Longer than the tiny model's 48-token limit: the chunker must split it, losing nothing.
    article = " ".join(TEXTS * 3) + "\n\n" + TEXTS[0] + "\n"
    single = translate(article, "en", models=yaml, offline=True, device="cpu")
    assert len(single.segments) == 13 and all(s.translation for s in single.segments)
    assert single.models == [str(tiny_models["mt-id-en"])]
    spec = TaskSpec(task="translate", to="en", models=yaml, offline=True, device="cpu").validated()
    zh = "王伟总统周一在北京为一座新桥剪彩。福州暴雨导致洪水。\n"
    res = process_batch(
        [Item.of("a.txt", article.encode()), Item.of("b.txt", zh.encode())],
        spec,
        LoadedEngines(spec),
    )
    assert [r.status for r in res] == ["ok", "ok"], [r.error for r in res]
    data = {"schema_version": 1, **single.model_dump(mode="json")}
    assert res[0].output == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(res[1].output)["models"] == [str(tiny_models["mt-zh-en"])]


@pytest.mark.slow
def test_decoding_is_capped_at_the_position_table_like_transformers(tmp_path, tiny_models, ct2_mod):
    """max_new_tokens above the tiny Marian's 48 positions: CTranslate2 used to fail with 'No
    position encodings are defined for positions >= 48'; it is capped as transformers is."""
    from newsbrief.models.translators import get_translator

    yaml = _yaml(tmp_path, tiny_models, backend="ctranslate2", new=200)
    tr = get_translator("id", "en", models=yaml, offline=True, device="cpu")
    out = tr.translate_batch(TEXTS[:2])
    assert len(out) == 2 and all(out)
    ids = [tr.loaded.tokenizer(o)["input_ids"] for o in out]
    assert all(len(i) <= 48 for i in ids)


@pytest.mark.slow
def test_models_check_loads_a_ctranslate2_entry_through_ctranslate2(tmp_path, tiny_models, ct2_mod):
    from typer.testing import CliRunner

    from newsbrief.cli import app

    yaml = _yaml(tmp_path, tiny_models, backend="ctranslate2")
    res = CliRunner().invoke(
        app, ["models", "check", "--models", yaml, "--pair", "id-en", "--offline"]
    )
    assert res.exit_code == 0, res.output
    assert res.output.startswith("ok ")
    converted = list(ct2_mod.cache_root().glob("*int8*/model.bin"))
    assert converted, "models check did not convert the entry for CTranslate2"
    assert any(key[0] == "ct2" for key in MODELS.loads)
