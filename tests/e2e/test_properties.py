"""Property tests: whatever text, bytes, options or models.yaml content arrive, the library and the
CLI give a result, one of the project's own errors, or (library only) a TypeError naming the
function and the argument type it takes. Never an internal error or a traceback.

Examples are kept few and small so the suite stays quick; the lite engine is used throughout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import sys
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import newsbrief  # noqa: E402
from newsbrief.errors import NewsbriefError  # noqa: E402
from newsbrief.models.registry import load_config  # noqa: E402

QUICK = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TYPE_ERROR = re.compile(r"^\w+\(\) takes ")

# Text that looks a little like news in each language, mixed with anything at all.
_WORDS = st.sampled_from(
    [
        "Banjir",
        "melanda",
        "Jakarta",
        "kemarin",
        "Presiden",
        "said",
        "on",
        "Monday",
        "北京",
        "国务院",
        "昨天",
        "表示",
        "2024",
        "12/3",
        "(ANTARA)",
        "-",
        ".",
        "。",
        "\n\n",
        "http://x.id",
        "Rp 5,2 miliar",
        "Senin (4/3/2024)",
        "“",
        "”",
        "SBY",
    ]
)
NEWSISH = st.lists(_WORDS, max_size=40).map(" ".join)
TEXT = st.one_of(NEWSISH, st.text(max_size=300))
SOURCE = st.one_of(TEXT, st.binary(max_size=300), st.none(), st.integers(), st.lists(st.text()))
LANG = st.sampled_from([None, "id", "en", "zh", "ms", "xx", "", "EN", "zh-Hant"])
DATE = st.one_of(st.none(), st.dates(), st.just(dt.date(1, 1, 1)), st.text(max_size=10))


def _allowed(exc: BaseException) -> bool:
    if isinstance(exc, NewsbriefError):
        return "\n" not in str(exc).strip()
    return isinstance(exc, TypeError) and TYPE_ERROR.match(str(exc)) is not None


@QUICK
@given(source=SOURCE, to=LANG, lang=LANG, date=DATE, n=st.integers(-2, 60))
def test_brief_gives_a_result_or_a_project_error(source, to, lang, date, n):
    try:
        out = newsbrief.brief(source, engine="lite", to=to, lang=lang, date=date, sentences=n)
    except Exception as exc:
        assert _allowed(exc), repr(exc)
    else:
        assert isinstance(out, newsbrief.Brief)


@QUICK
@given(source=SOURCE, date=DATE, n=st.integers(-2, 60))
def test_summarize_and_detect_give_a_result_or_a_project_error(source, date, n):
    for call in (
        lambda: newsbrief.summarize(source, sentences=n, date=date),
        lambda: newsbrief.detect(source),
    ):
        try:
            call()
        except Exception as exc:
            assert _allowed(exc), repr(exc)


_YAML_PIECES = st.sampled_from(
    [
        "version: 1\n",
        "version: 99\n",
        "version: x\n",
        "translation:\n",
        "  id-en:\n",
        "    model: a/b\n",
        "    model: /\n",
        "  id-en: a/b\n",
        "ner: [1, 2]\n",
        "brief: {}\n",
        "&a [*a]\n",
        "? [a]\n: b\n",
        "!!python/object:os.system\n",
        "    generation: {num_beams: x}\n",
        "summarization: 5\n",
        "\t\n",
        "- a\n",
        "    backend: nope\n",
        "    device: cuda9\n",
    ]
)
YAML = st.one_of(
    st.lists(_YAML_PIECES, max_size=8).map("".join).map(str.encode),
    st.text(max_size=200).map(str.encode),
    st.binary(max_size=200),
)


@QUICK
@given(content=YAML)
def test_models_yaml_loads_or_is_a_config_error(content):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "models.yaml"
        path.write_bytes(content)
        try:
            load_config(path)
        except NewsbriefError as exc:
            assert "\n" not in str(exc).strip()


def _main(args: list[str]) -> tuple[int, str]:
    """Run the console entry point in-process: (exit code, stderr)."""
    from newsbrief.cli import main

    err, out = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["newsbrief", *args]
    code = 0
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            main()
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        sys.argv = argv
    return code, err.getvalue()


COMMAND = st.sampled_from(
    [["brief", "--engine", "lite"], ["summarize"], ["detect"], ["brief", "--engine", "auto"]]
)
OPTION = st.sampled_from(
    [
        [],
        ["--to", "zh"],
        ["--to", "xx"],
        ["--date", "0001-01-01"],
        ["--date", "2024-02-30"],
        ["--from", "en"],
        ["--from", "nl"],
        ["--max-bytes", "10"],
        ["--max-bytes", "1" + "0" * 25],
        ["--format", "markdown"],
        ["--format", "text"],
        ["-n", "0"],
        ["--sentences", "999"],
    ]
)


@QUICK
@given(
    command=COMMAND,
    option=OPTION,
    data=st.one_of(TEXT.map(str.encode), st.binary(max_size=200)),
    models=st.one_of(st.none(), YAML),
)
def test_cli_exits_with_a_line_never_an_internal_error(command, option, data, models):
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_bytes(data)
        args = [command[0], str(article), *command[1:], *option]
        if models is not None and command[0] == "brief":
            (Path(tmp) / "models.yaml").write_bytes(models)
            args += ["--models", str(Path(tmp) / "models.yaml")]
        code, err = _main(args)
    assert code in (0, 1, 2), (code, err)
    assert "internal error" not in err and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert all(line.startswith("newsbrief: ") for line in lines), err  # notices, warnings
    if code:
        assert lines[-1].startswith("newsbrief: error:"), err
