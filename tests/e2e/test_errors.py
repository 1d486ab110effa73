"""Wrong arguments and odd inputs end in one clear line, never an internal error: the library's
argument checks, the reader's limits and hints, models.yaml's checks, and the CLI's edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import ConfigError, InputError, UsageError
from newsbrief.models import hub
from newsbrief.models.registry import load_config
from newsbrief.read import read_source

ARTICLE = "Banjir melanda Jakarta kemarin. Warga mengungsi ke masjid terdekat pada malam hari."


@pytest.mark.parametrize("func", ["brief", "summarize", "translate"])
@pytest.mark.parametrize("bad", [None, 42, ["text"]])
def test_library_names_the_function_and_the_type_it_got(func, bad):
    args = (bad, "en") if func == "translate" else (bad,)
    with pytest.raises(TypeError) as err:
        getattr(newsbrief, func)(*args)
    assert str(err.value) == f"{func}() takes article text (str), got {type(bad).__name__}"


def test_library_reads_bytes_as_a_file_would():
    as_text = newsbrief.brief(ARTICLE, engine="lite")
    as_bytes = newsbrief.brief(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), engine="lite")
    assert as_bytes.model_dump() == as_text.model_dump()
    with pytest.raises(InputError, match=r"^brief\(\) bytes: not UTF-8 text"):
        newsbrief.brief("Banjir di Jakarta, café.".encode("cp1252"), engine="lite")


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_a_date_the_engine_cannot_move_from_is_a_usage_error(day):
    with pytest.raises(UsageError, match="out of range"):
        newsbrief.brief(ARTICLE, engine="lite", date=day)


def test_a_date_of_the_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match=r"brief\(\) takes date as a datetime.date, got str"):
        newsbrief.brief(ARTICLE, engine="lite", date="2024-01-02")


def test_summarize_does_not_suggest_an_option_it_lacks():
    with pytest.raises(InputError) as err:
        newsbrief.summarize("Dit is een Nederlandse zin over het weer in Amsterdam vandaag.")
    assert "--from" not in str(err.value)
    assert "summarises id, en and zh" in str(err.value)


def test_a_huge_size_limit_reads_only_what_is_there(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for limit in (10**12, 10**23):
        assert read_source(path, max_bytes=limit)[0] == ARTICLE


def test_a_gbk_file_gets_a_gb18030_hint(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("中国经济今年增长百分之五。国务院总理在北京表示。".encode("gbk"))
    with pytest.raises(InputError, match="iconv -f GB18030 -t UTF-8"):
        read_source(path)
    path.write_bytes("Caf\xe9 au lait co\xfbte cher \xe0 Paris.".encode("cp1252"))
    with pytest.raises(InputError, match="iconv -f WINDOWS-1252 -t UTF-8"):
        read_source(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00version: 1", "not UTF-8 text"),
        (b"version: 99\n", "version 99 is not one this newsbrief reads"),
        (b"version: 1\nversion: 1\n", "key 'version' appears twice"),
        (
            b"translation:\n  id-en: {model: a/b}\n  id-en: {model: c/d}\n",
            "key 'id-en' appears twice",
        ),
    ],
)
def test_models_yaml_problems_are_config_errors(tmp_path, content, message):
    path = tmp_path / "models.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_model_size_stops_on_a_folder_too_big_to_be_a_model(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    (model / "weights.bin").write_bytes(b"x" * 100)
    assert hub.size_on_disk(model) == 102
    deep = tmp_path / "disk" / "a" / "b" / "c" / "d"
    deep.mkdir(parents=True)
    assert hub.size_on_disk(tmp_path / "disk") is None


def test_cli_empty_glob_and_narrow_terminal_encoding(cli, tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = cli(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--glob", ""])
    assert res.code == 2
    assert res.err.strip() == (
        "newsbrief: error: --glob needs a pattern such as '*.txt', not an empty string"
    )
    zh = tmp_path / "zh.txt"
    zh.write_text("中国经济今年增长百分之五。国务院总理在北京表示，政府将继续推进改革。", "utf-8")
    res = cli(["brief", str(zh), "--engine", "lite"], env={"PYTHONIOENCODING": "latin-1"})
    assert res.code == 1
    assert "internal error" not in res.err
    assert "set PYTHONIOENCODING=utf-8" in res.err
    res = cli(["brief", str(zh), "--engine", "lite", "--date", "0001-01-01"])
    assert res.code == 2
    assert res.err.startswith("newsbrief: error: --date 0001-01-01 is out of range")


def test_a_broken_model_folder_falls_back_to_the_offline_engine(tmp_path):
    pytest.importorskip("transformers")
    pytest.importorskip("torch")
    model = tmp_path / "broken"
    model.mkdir()
    (model / "config.json").write_text('{"model_type": "marian"}')
    (model / "pytorch_model.bin").write_bytes(b"\x80\x04not a pickle torch will load")
    yaml = tmp_path / "models.yaml"
    yaml.write_text(f"version: 1\nner:\n  id: {{model: {model}, family: bert}}\n")
    out = newsbrief.brief(ARTICLE, engine="auto", models=str(yaml), date=dt.date(2024, 1, 2))
    assert out.models["who"] == "lite"
    assert any("model unavailable: cannot load" in w for w in out.warnings)
