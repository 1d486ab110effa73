"""`newsbrief batch --executor ray`: same outputs, manifest and resume as the local executor.

One local Ray instance (num_cpus=2) serves this module; the tests that need it are skipped
when ray is not installed, while the ones about running *without* Ray always run.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli

HAVE_RAY = importlib.util.find_spec("ray") is not None
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason="ray is not installed (newsbrief[ray])")
# Ray Data warns about its own renamed settings whenever a dataset copies its context.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data")

ARTICLES = {
    "id": ["banjir-banjarmasin.txt", "gempa-pasaman-barat.txt"],
    "en": ["earthquake-mindanao.txt", "thailand-rate-hike.txt"],
    "zh": ["hunan-huaihua-rainstorm.txt", "lanzhou-marathon.txt"],
}
BAD = {
    "bad/empty.txt": b"",
    "bad/blank.md": b" \n\t\n",
    "bad/latin1.txt": "Berita dari Bogor: caf\xe9 ditutup polisi.".encode("latin-1"),
    "bad/binary.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 8,
}


@pytest.fixture(scope="module")
def ray_address(tmp_path_factory) -> str:
    """A local Ray instance of this test module's own, gone when the module's tests end.

    address="local": never the machine's other Ray (RAY_ADDRESS, or the cluster a `ray start`
    recorded in /tmp/ray for every user of the machine). ray.init sets variables in os.environ and
    takes over SIGTERM; both are put back, and Ray's processes stop here rather than keep
    running, and loading the machine, through the rest of the suite."""
    if not HAVE_RAY:
        pytest.skip("ray is not installed")
    import ray

    assert not ray.is_initialized(), "an earlier test left Ray running in this process"
    environ, sigterm = dict(os.environ), signal.getsignal(signal.SIGTERM)
    hf = tmp_path_factory.mktemp("ray-hf")
    # Workers are started by Ray, not by the test: give them the offline settings directly.
    env = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HOME": str(hf)}
    env["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("ray-config"))  # not the user's own
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        logging_level=logging.ERROR,
        log_to_driver=False,
        runtime_env={"env_vars": env},
    )
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()
        os.environ.clear()
        os.environ.update(environ)
        signal.signal(signal.SIGTERM, sigterm)


def make_corpus(root: Path, per_lang: int = 2, bad: tuple[str, ...] = tuple(BAD)) -> Path:
    src = root / "in"
    for lang, names in ARTICLES.items():
        (src / lang).mkdir(parents=True)
        for name in names[:per_lang]:
            shutil.copy(SAMPLES / lang / name, src / lang / name)
    for rel in bad:
        data = BAD[rel]
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
    return src


def outputs(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]


def last_run(out: Path, n: int) -> dict[str, dict]:
    """The last run's lines (it wrote `n`), by path, without the timing field."""
    return {e["path"]: {k: v for k, v in e.items() if k != "seconds"} for e in manifest(out)[-n:]}


def run_local(src: Path, out: Path, spec) -> object:
    from newsbrief.batch.local import run_batch

    return run_batch(src, out, spec, quiet=True)


def run_ray(src: Path, out: Path, spec, **opts) -> object:
    from newsbrief.batch.ray import RayOptions, run_batch_ray

    return run_batch_ray(src, out, spec, quiet=True, ray_options=RayOptions(**opts))


def assert_same(local: Path, ray_out: Path, n: int) -> None:
    assert outputs(ray_out) == outputs(local)
    assert last_run(ray_out, n) == last_run(local, n)


@needs_ray
def test_lite_ray_matches_local_and_resumes(tmp_path, ray_address):
    from newsbrief.batch.core import TaskSpec

    src = make_corpus(tmp_path)
    n = sum(map(len, ARTICLES.values())) + len(BAD)
    spec = TaskSpec(task="brief", engine="lite", to="en")
    local = run_local(src, tmp_path / "local", spec)
    # Small batches so that good and bad articles share Ray blocks across both actors.
    first = run_ray(src, tmp_path / "ray", spec, workers=2, batch_size=3)
    assert (first.ok, first.failed, first.skipped) == (local.ok, local.failed, 0) == (6, 4, 0)
    assert first.exit_code == 1
    assert_same(tmp_path / "local", tmp_path / "ray", n)

    briefs = {k: json.loads(v) for k, v in outputs(tmp_path / "ray").items()}
    assert sorted(briefs) == sorted(
        f"{lang}/{Path(name).with_suffix('.json')}"
        for lang, names in ARTICLES.items()
        for name in names
    )
    for rel, b in briefs.items():
        assert b["lang"] == rel.split("/")[0] and b["target_lang"] == "en"
        assert b["source"] == rel.replace(".json", ".txt") and b["summary"]
    failed = {
        p: e["error"] for p, e in last_run(tmp_path / "ray", n).items() if e["status"] == "failed"
    }
    assert sorted(failed) == sorted(BAD)
    assert "empty" in failed["bad/empty.txt"] and "UTF-8" in failed["bad/latin1.txt"]

    # Second run: every finished article is skipped and left untouched.
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "ray").rglob("*.json")}
    again = run_ray(src, tmp_path / "ray", spec, workers=2, batch_size=3)
    assert (again.ok, again.skipped, again.failed) == (0, 6, 4)
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "ray").rglob("*.json")} == before

    # A changed input is redone, in a run split into two windows (two Ray Data datasets).
    changed = src / "en" / "thailand-rate-hike.txt"
    changed.write_text(changed.read_text("utf-8").replace("Thailand", "Vietnam"), "utf-8")
    (src / "bad" / "empty.txt").write_text("Polisi menangkap dua orang di Medan pada Senin.")
    local2 = run_local(src, tmp_path / "local", spec)
    redo = run_ray(src, tmp_path / "ray", spec, workers=2, batch_size=1, window_items=1)
    assert (
        (redo.ok, redo.skipped, redo.failed)
        == (local2.ok, local2.skipped, local2.failed)
        == (2, 5, 3)
    )
    assert_same(tmp_path / "local", tmp_path / "ray", n)
    assert "Vietnam" in outputs(tmp_path / "ray")["en/thailand-rate-hike.json"].decode()


@needs_ray
def test_hf_translate_ray_matches_local(tmp_path, ray_address, tiny_models):
    from newsbrief.batch.core import TaskSpec
    from tiny_models import models_yaml

    # One article per language keeps the model runs short; the bad files share their blocks.
    src = make_corpus(tmp_path, per_lang=1, bad=("bad/empty.txt", "bad/latin1.txt"))
    n = 5
    cfg = tmp_path / "models.yaml"
    cfg.write_text(models_yaml(tiny_models), "utf-8")
    spec = TaskSpec(task="translate", to="en", models=str(cfg), offline=True, device="cpu")
    local = run_local(src, tmp_path / "local", spec)
    ray_sum = run_ray(src, tmp_path / "ray", spec, workers=2, batch_size=2)
    assert (ray_sum.ok, ray_sum.failed) == (local.ok, local.failed) == (3, 2)
    assert_same(tmp_path / "local", tmp_path / "ray", n)
    outs = {k: json.loads(v) for k, v in outputs(tmp_path / "ray").items()}
    # The tiny models translate nonsense, but each article went through its own pair's model.
    for rel, out in outs.items():
        lang = rel.split("/")[0]
        assert (out["source_lang"], out["target_lang"]) == (lang, "en")
        if lang != "en":
            assert [Path(m).name for m in out["models"]] == [f"opus-mt-{lang}-en"]
            assert out["text"].strip() and out["segments"][0]["translation"]

    again = run_ray(src, tmp_path / "ray", spec, workers=2, batch_size=2)
    assert (again.ok, again.skipped, again.failed) == (0, 3, 2)


@needs_ray
def test_cli_joins_cluster_by_address_with_uri_folders(tmp_path, ray_address):
    """The CLI joins a running cluster; input and output are pyarrow filesystem URIs."""
    src = make_corpus(tmp_path)
    local = run_cli(["batch", str(src), "--out", str(tmp_path / "local"), "--engine", "lite", "-q"])
    args = [
        "batch",
        src.as_uri(),
        "--out",
        (tmp_path / "ray").as_uri(),
        "--engine",
        "lite",
        "-q",
        "--executor",
        "ray",
        "--ray-address",
        ray_address,
        "--workers",
        "2",
        "--batch-size",
        "4",
    ]
    res = run_cli(args, timeout=300)
    assert res.code == local.code == 1, res.err
    assert "6 ok, 4 failed, 0 skipped of 10" in res.err.splitlines()[-1]
    assert_same(tmp_path / "local", tmp_path / "ray", 10)

    # Resume through the URI path too: finished articles are skipped, not redone.
    from newsbrief.batch.core import TaskSpec

    before = last_run(tmp_path / "ray", 10)
    again = run_ray(src.as_uri(), (tmp_path / "ray").as_uri(), TaskSpec(engine="lite"))
    assert (again.ok, again.skipped, again.failed) == (0, 6, 4)
    # compacted: still one line per input, and a skipped article keeps the line that made it
    after = last_run(tmp_path / "ray", 10)
    assert len([e for e in manifest(tmp_path / "ray") if "path" in e]) == 10
    assert after["en/earthquake-mindanao.txt"] == before["en/earthquake-mindanao.txt"]


def _python(code: str, *, hide_ray: bool) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter; with hide_ray, `import ray` fails as if not installed."""
    prelude = "import sys\n" + ("sys.modules['ray'] = None\n" if hide_ray else "")
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSBRIEF_DEBUG": ""},
        timeout=120,
    )


def test_without_ray_the_executor_says_how_to_install(tmp_path):
    src = make_corpus(tmp_path)
    code = (
        f"sys.argv = ['newsbrief', 'batch', {str(src)!r}, '--out', {str(tmp_path / 'o')!r}, "
        "'--executor', 'ray', '--engine', 'lite']\n"
        "from newsbrief.cli import main\nmain()\n"
    )
    res = _python(code, hide_ray=True)
    assert res.returncode == 2, res.stderr
    assert res.stderr.strip() == (
        "newsbrief: error: --executor ray needs Ray: pip install 'newsbrief[ray]'"
    )
    assert not (tmp_path / "o" / "manifest.jsonl").exists()


def test_rest_of_cli_never_imports_ray(tmp_path):
    src = make_corpus(tmp_path)
    code = (
        "from typer.testing import CliRunner\nfrom newsbrief.cli import app\n"
        "r = CliRunner()\n"
        "assert r.invoke(app, ['--help']).exit_code == 0\n"
        f"res = r.invoke(app, ['batch', {str(src)!r}, '--out', {str(tmp_path / 'o')!r}, "
        "'--engine', 'lite', '-q'])\n"
        f"r.invoke(app, ['brief', '--engine', 'lite', {str(src / 'en' / 'earthquake-mindanao.txt')!r}])\n"
        "print(res.exit_code, sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n"
    )
    res = _python(code, hide_ray=False)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split()[-2:] == ["1", "[]"]
    assert len(list((tmp_path / "o").rglob("*.json"))) == 6


def test_worker_isolates_a_crashing_core(monkeypatch):
    """If the core itself raises for a batch, only the article that breaks it fails."""
    from newsbrief.batch import ray as batch_ray
    from newsbrief.batch.core import Item, Result, TaskSpec

    def core(items, spec, engines):
        if any(i.path == "boom.txt" for i in items):
            raise RuntimeError("kaput")
        return [Result(i.path, "ok", output=i.path.upper()) for i in items]

    monkeypatch.setattr(batch_ray, "process_batch", core)
    worker = batch_ray.BatchWorker(TaskSpec(task="brief", engine="lite"))
    items = [Item.of(p, b"x") for p in ("a.txt", "boom.txt", "c.txt")]
    cols = batch_ray._columns(worker._process(items))
    rows = [dict(zip(cols, row, strict=True)) for row in zip(*cols.values(), strict=True)]
    back = {r.path: r for r in batch_ray._rows_to_results(rows)}
    assert {p: r.status for p, r in back.items()} == {
        "a.txt": "ok",
        "boom.txt": "failed",
        "c.txt": "ok",
    }
    assert back["boom.txt"].error == "internal error: RuntimeError: kaput"
    assert (back["a.txt"].output, back["c.txt"].output) == ("A.TXT", "C.TXT")


class _FakeRay:
    """Just the cluster description plan_pool reads: two nodes, 8 + 4 CPUs, 2 GPUs."""

    def cluster_resources(self) -> dict:
        return {"CPU": 12.0, "GPU": 2.0}

    def nodes(self) -> list[dict]:
        return [
            {"Alive": True, "Resources": {"CPU": 8.0, "GPU": 2.0}},
            {"Alive": True, "Resources": {"CPU": 4.0}},
        ]


def test_worker_resources_follow_the_cluster():
    from newsbrief.batch.ray import Pool, RayOptions, plan_pool
    from newsbrief.errors import UsageError

    fake = _FakeRay()
    assert plan_pool(fake, RayOptions(), 16) == Pool(12, 1.0, 0.0, 16)
    # Fewer CPU workers share the CPUs (torch threads follow), never more than a node holds.
    assert plan_pool(fake, RayOptions(workers=3), 16) == Pool(3, 4.0, 0.0, 16)
    assert plan_pool(fake, RayOptions(workers=1), 16) == Pool(1, 8.0, 0.0, 16)
    assert plan_pool(fake, RayOptions(gpus_per_worker=0.5), 16) == Pool(4, 1.0, 0.5, 16)
    assert plan_pool(fake, RayOptions(gpus_per_worker=1, workers=1), 16) == Pool(1, 1.0, 1.0, 16)
    with pytest.raises(UsageError, match="has 2 GPUs"):
        plan_pool(fake, RayOptions(gpus_per_worker=4), 16)


@needs_ray
def test_unreachable_cluster_fails_fast(tmp_path):
    src = make_corpus(tmp_path, per_lang=1, bad=())
    res = run_cli(
        [
            "batch",
            str(src),
            "--out",
            str(tmp_path / "o"),
            "--executor",
            "ray",
            "--ray-address",
            "127.0.0.1:1",
            "--engine",
            "lite",
        ],
        timeout=60,
    )
    assert res.code == 2
    assert res.err.strip().startswith("newsbrief: error: cannot reach a Ray cluster at 127.0.0.1:1")
    assert "ray start --head" in res.err
