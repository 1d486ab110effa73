"""Package-level facts: the shipped models.yaml, the schema, the version, fast start-up imports."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from conftest import ROOT, run_cli


def test_root_models_yaml_is_the_packaged_default():
    assert (ROOT / "models.yaml").read_text() == (ROOT / "src/newsbrief/models.yaml").read_text()


def test_help_does_not_import_torch_or_transformers():
    code = (
        "import sys; from newsbrief import cli\n"
        "heavy = [m for m in ('torch', 'transformers', 'pydantic', 'jieba', 'dateparser') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_version_and_usage_errors():
    r = run_cli(["--version"])
    assert r.code == 0 and r.out.startswith("newsbrief ")
    r = run_cli(["no-such-command"])
    assert r.code == 2 and "Traceback" not in r.err


def test_schema_validates_a_lite_brief(seed_text):
    schema = json.loads(run_cli(["brief", "--schema"]).out)
    r = run_cli(["brief", "--engine", "lite", "--format", "json"], input=seed_text)
    assert r.code == 0, r.err
    jsonschema.validate(json.loads(r.out), schema)


def test_public_api_names_stay_functions_after_submodule_imports():
    import newsbrief
    import newsbrief.brief
    import newsbrief.detect

    assert callable(newsbrief.brief) and callable(newsbrief.detect)
    assert callable(newsbrief.translate) and callable(newsbrief.summarize)
    det = newsbrief.detect("The central bank raised its key rate by a quarter point on Wednesday.")
    assert det.lang == "en"
    b = newsbrief.brief((ROOT / "samples/en/perth-stabbing.txt").read_text(), engine="lite")
    assert b.lang == "en" and b.where and b.where[0].place == "Perth" and b.where[0].country == "GB"
    assert "Perth" in newsbrief.render(b, "markdown")
