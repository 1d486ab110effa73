"""Model-served briefs: --engine hf/auto through tiny summariser, NER and Marian models, brief
--to, per-task fallbacks with warnings, and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import lite
from newsbrief.article import make_article
from newsbrief.cli import app
from newsbrief.errors import ModelUnavailable
from newsbrief.model import Brief, Where
from newsbrief.neural import align, ner_fields

runner = CliRunner()
ARTICLE = (
    "Presiden Budi Santoso meresmikan jembatan baru di Jakarta pada hari Senin. "
    "Polri menangkap tiga tersangka penipuan di Surabaya.\n\n"
    "Banjir melanda Medan setelah hujan deras selama dua hari."
)


def _yaml(tmp_path: Path, tiny_models, **kw) -> Path:
    from tiny_models import models_yaml

    path = tmp_path / "models.yaml"
    path.write_text(models_yaml(tiny_models, **kw))
    return path


def _brief(args: list[str]) -> tuple[dict, str]:
    res = runner.invoke(app, ["brief", "--from", "id", *args], input=ARTICLE)
    assert res.exit_code == 0, (res.output, res.exception)
    return json.loads(res.stdout), res.stderr


@pytest.mark.slow
def test_engine_hf_brief_in_english_uses_every_model(tmp_path, tiny_models):
    yaml = _yaml(tmp_path, tiny_models)
    # a publication date, so that 'hari Senin' needs no warning: stderr must stay empty
    args = ["--engine", "hf", "--to", "en", "--models", str(yaml), "--offline"]
    out, err = _brief([*args, "--date", "2024-05-22"])
    assert out["engine"] == "hf"
    assert out["lang"] == "id" and out["target_lang"] == "en" and out["summary_lang"] == "en"
    models = out["models"]
    assert models["summary"] == str(tiny_models["summ"])
    assert models["who"] == str(tiny_models["ner"])
    assert models["translation"] == str(tiny_models["mt-id-en"])
    # NER (hand-set tiny model): names as written, with spans into the source
    who = {(w["text"], w["kind"]) for w in out["who"]}
    assert ("Budi Santoso", "person") in who and ("Polri", "organization") in who
    for w in out["who"]:
        assert ARTICLE[w["span"][0] : w["span"][1]] == w["text"]
    # abstractive summary sentences keep the span of their evidence sentence, and a translation
    assert out["summary_sentences"]
    for s in out["summary_sentences"]:
        assert s["translation"]
        assert ARTICLE[s["span"][0] : s["span"][1]].strip()
    assert out["summary"] == " ".join(s["translation"] for s in out["summary_sentences"])
    assert out["what"]["translation"]
    assert ARTICLE[out["what"]["span"][0] : out["what"]["span"][1]] == out["what"]["text"]
    assert err == ""


@pytest.mark.slow
def test_brief_to_chinese_pivots_and_lists_both_models(tmp_path, tiny_models):
    yaml = _yaml(tmp_path, tiny_models, summ=False, ner=False)
    out, err = _brief(["--to", "zh", "--models", str(yaml), "--offline"])
    assert out["engine"] == "auto"
    assert out["models"]["translation"] == f"{tiny_models['mt-id-en']} + {tiny_models['mt-en-zh']}"
    assert out["summary_lang"] == "zh"
    # no summariser / NER configured: those tasks fell back to the offline engine, with a warning
    assert out["models"]["summary"] == "lite" and out["models"]["who"] == "lite"
    assert "newsbrief: warning: summary: offline engine used, no summarization model for id" in err
    assert "newsbrief: warning: who: offline engine used, no ner model for id" in err
    assert any("no summarization model" in w for w in out["warnings"])


@pytest.mark.slow
def test_auto_falls_back_per_task_when_a_model_is_missing(tmp_path, tiny_models):
    yaml = _yaml(tmp_path, tiny_models, summ=False)
    yaml.write_text(
        yaml.read_text() + "summarization:\n  '*': {model: csebuetnlp/mT5_multilingual_XLSum}\n"
    )
    out, err = _brief(["--models", str(yaml)])
    assert out["engine"] == "auto"
    assert out["models"]["summary"] == "lite"
    assert out["models"]["who"] == str(tiny_models["ner"])  # NER still served by its model
    assert (
        "offline engine used for summary: not downloaded: csebuetnlp/mT5_multilingual_XLSum "
        "(`newsbrief models pull` fetches them" in err
    )
    assert out["summary_lang"] == "id"

    res = runner.invoke(
        app, ["brief", "--from", "id", "--engine", "hf", "--models", str(yaml)], input=ARTICLE
    )
    assert isinstance(res.exception, ModelUnavailable)
    assert "csebuetnlp/mT5_multilingual_XLSum" in str(res.exception)


@pytest.mark.slow
def test_summarize_serves_the_summariser_under_the_brief_fallback_rules(tmp_path, tiny_models):
    from tiny_models import models_yaml

    yaml = str(_yaml(tmp_path, tiny_models, ner=False))
    res = runner.invoke(
        app, ["summarize", "-f", "json", "--engine", "hf", "--models", yaml], input=ARTICLE
    )
    assert res.exit_code == 0, res.output
    sents = json.loads(res.stdout)
    lite = json.loads(
        runner.invoke(app, ["summarize", "-f", "json", "--engine", "lite"], input=ARTICLE).stdout
    )
    assert sents and sents != lite  # the summariser's words, not the extracted sentences
    for s in sents:  # each with the span of its evidence sentence in the source
        assert ARTICLE[s["span"][0] : s["span"][1]].strip()
    # auto with a summariser that is not downloaded (other models are): the offline summary,
    # and one warning; with no model on the machine at all, auto is the offline engine silently
    missing = tmp_path / "missing.yaml"
    missing.write_text(
        models_yaml(tiny_models, summ=False) + "summarization:\n  '*': {model: org/not-here}\n"
    )
    auto = runner.invoke(app, ["summarize", "-f", "json", "--models", str(missing)], input=ARTICLE)
    assert auto.exit_code == 0 and json.loads(auto.stdout) == lite
    assert "offline engine used for summary: not downloaded: org/not-here" in auto.stderr
    strict = runner.invoke(
        app, ["summarize", "--engine", "hf", "--models", str(missing)], input=ARTICLE
    )
    assert isinstance(strict.exception, ModelUnavailable)


def test_engine_hf_with_missing_models_is_one_clear_error(cli):
    res = cli(["brief", "--engine", "hf", "--from", "id"], input=ARTICLE)
    assert res.code == 1
    assert res.err.count("\n") == 1 and "Traceback" not in res.err
    assert "csebuetnlp/mT5_multilingual_XLSum" in res.err and "newsbrief models pull" in res.err


def test_brief_to_another_language_without_translator(tmp_path):
    """auto keeps summary/what in the source language with a warning; hf makes it an error."""
    yaml = tmp_path / "models.yaml"
    yaml.write_text("ner: {}\n")
    args = ["brief", "--from", "id", "--to", "en", "--models", str(yaml)]
    res = runner.invoke(app, args, input=ARTICLE)
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["target_lang"] == "en" and out["summary_lang"] == "id"
    assert "translation" not in out["models"]
    assert any("summary and what stay in id" in w for w in out["warnings"])
    res = runner.invoke(app, [*args, "--engine", "hf"], input=ARTICLE)
    assert isinstance(res.exception, ModelUnavailable)
    assert "no translation model for id-en" in str(res.exception)


def test_align_gives_each_summary_sentence_its_evidence_span():
    art = make_article(ARTICLE, lang="id")
    out = align("Banjir melanda Medan. Budi Santoso meresmikan jembatan.", art)
    assert [ARTICLE[s.span[0] : s.span[1]] for s in out] == [
        "Banjir melanda Medan setelah hujan deras selama dua hari.",
        "Presiden Budi Santoso meresmikan jembatan baru di Jakarta pada hari Senin.",
    ]
    assert align("", art) == []


class _Ent:
    def __init__(self, label: str, start: int, end: int) -> None:
        self.label, self.start, self.end, self.score = label, start, end, 0.9


def test_ner_fields_map_entities_to_who_and_resolved_where(monkeypatch):
    art = make_article(ARTICLE, lang="id")
    base = Brief(
        lang="id",
        lang_confidence=1.0,
        target_lang="id",
        summary="",
        summary_lang="id",
        engine="lite",
    )

    def resolve_place(name, lang, context):
        return {"place": name, "country": "ID", "kind": "city"} if name == "Jakarta" else None

    monkeypatch.setattr(
        lite, "where", type("W", (), {"resolve_place": staticmethod(resolve_place)}), raising=False
    )
    i = ARTICLE.index
    ents = [
        _Ent("PER", i("Budi"), i("Budi") + 12),
        _Ent("ORG", i("Polri"), i("Polri") + 5),
        _Ent("LOC", i("Jakarta"), i("Jakarta") + 7),
        _Ent("LOC", i("Medan"), i("Medan") + 5),
        _Ent("PER", i("Budi"), i("Budi") + 12),
    ]
    who, where = ner_fields(base, art, ents)
    assert [(w.text, w.kind) for w in who] == [
        ("Budi Santoso", "person"),
        ("Polri", "organization"),
    ]
    assert [(w.text, w.country, w.span) for w in where] == [
        ("Jakarta", "ID", (i("Jakarta"), i("Jakarta") + 7))
    ]
    assert isinstance(where[0], Where)


def test_ner_places_resolve_through_the_lite_gazetteer():
    art = make_article(ARTICLE, lang="id")
    base = Brief(
        lang="id",
        lang_confidence=1.0,
        target_lang="id",
        summary="",
        summary_lang="id",
        engine="lite",
    )
    i = ARTICLE.index("Surabaya")
    _who, where = ner_fields(base, art, [_Ent("LOC", i, i + 8)])
    assert [(w.text, w.place, w.country, w.span) for w in where] == [
        ("Surabaya", "Surabaya", "ID", (i, i + 8))
    ]


def test_ner_decoding_of_han_runs_and_labels_without_bio_prefix():
    import torch

    from newsbrief.models.hf import DEFAULT_LABELS, HFNer

    ner = HFNer.__new__(HFNer)
    ner.labels = dict(DEFAULT_LABELS)

    def probs(labels: list[int], n: int):
        return torch.nn.functional.one_hot(torch.tensor(labels), n).float()

    # XLM-R pre-tokenises on spaces, so a Chinese sentence is one "word" of many tokens
    id2label = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-LOC", 4: "I-LOC"}
    word_ids = [None, 0, 0, 0, 0, 0, None]
    offsets = [(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (0, 0)]
    ents = ner._decode(
        word_ids, offsets, probs([0, 1, 2, 0, 3, 4, 0], 5), id2label, 10, "王伟在北京"
    )
    assert [(e.label, e.start, e.end) for e in ents] == [("PER", 10, 12), ("LOC", 13, 15)]
    # Latin sub-words follow their word; plain "PER" labels join into one entity
    ents = ner._decode(
        [0, 0, 1, 2],
        [(0, 2), (2, 4), (5, 12), (13, 15)],
        probs([1, 0, 1, 0], 2),
        {0: "O", 1: "PER"},
        0,
        "Budi Santoso di",
    )
    assert [(e.label, e.start, e.end) for e in ents] == [("PER", 0, 12)]
