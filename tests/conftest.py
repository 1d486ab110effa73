"""Shared fixtures: an isolated user dir and HF cache per test, the seed article, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "fuzhou-influencers-id.txt"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """No test reads the developer's own config or cache, or reaches a hub."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HF_HOME", str(home / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)
    monkeypatch.delenv("NEWSBRIEF_MAX_BYTES", raising=False)
    monkeypatch.delenv("NEWSBRIEF_DEBUG", raising=False)
    # A run without --ray-address would join the cluster this names instead of its own.
    monkeypatch.delenv("RAY_ADDRESS", raising=False)


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("seed article ../shared/seed is not present on this machine")
    return SEED.read_text(encoding="utf-8")


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(
    args: list[str],
    input: bytes | str | None = None,
    env: dict | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> CliResult:
    """Run `python -m newsbrief ARGS` as a user would, in a subprocess."""
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        input=data if data is not None else b"",
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=timeout,
    )
    return CliResult(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def tiny_models(request, tmp_path_factory) -> dict[str, Path]:
    """Tiny real HF models (tests/tiny_models.py), built once per transformers version and kept
    in pytest's cache dir (a temp dir with -p no:cacheprovider); name -> local model directory."""
    for mod in ("torch", "transformers", "sentencepiece"):
        pytest.importorskip(mod)
    import torch

    from tiny_models import build_all

    # Tiny models gain nothing from intra-op threads, and on a loaded 2-core CI runner the
    # threads' synchronisation made generation ~9x slower (measured: 4.2 s vs 0.5 s).
    torch.set_num_threads(1)
    cache = getattr(request.config, "cache", None)
    root = cache.mkdir("newsbrief-tiny-models") if cache else tmp_path_factory.mktemp("tiny")
    return build_all(Path(root))
