"""What every command does around the library call: settings over the user's defaults, reading
the input, printing warnings and the result."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import typer

from ..errors import UsageError
from ..options import Options
from .params import EngineOpt


@dataclass(frozen=True)
class Settings:
    engine: str
    to: str | None
    offline: bool | None
    device: str
    quiet: bool


def settings(
    engine: EngineOpt | None = None,
    to: str | None = None,
    offline: bool = False,
    device: str | None = None,
    quiet: bool = False,
) -> Settings:
    """Command-line values over the user's defaults (config.toml, NEWSBRIEF_*), over built-ins."""
    from ..config import defaults

    d = defaults()
    return Settings(
        engine=engine.value if engine is not None else d.engine,
        to=to if to is not None else d.to,
        offline=(offline or d.offline) or None,
        device=device if device is not None else d.device,
        quiet=quiet or d.quiet,
    )


def warn(lines: list[str], quiet: bool) -> None:
    if not quiet:
        for line in lines:
            typer.echo(f"newsbrief: warning: {line}", err=True)


def notice_no_models(settings: Settings, models: str | None) -> None:
    """Once per machine: `auto` runs the offline engine because no model is downloaded."""
    from ..config import models_downloaded, no_models_notice, notice_due

    if settings.quiet or settings.engine != "auto" or not notice_due():
        return
    if not models_downloaded(models):
        notice = no_models_notice()
        if notice:
            typer.echo(f"newsbrief: {notice}", err=True)


def byte_limit(value: int | None) -> int | None:
    if value is not None:
        return value
    env = os.environ.get("NEWSBRIEF_MAX_BYTES")
    if env:
        try:
            limit = int(env)
        except ValueError:
            limit = 0
        if limit < 1:
            raise UsageError(f"NEWSBRIEF_MAX_BYTES must be a positive number of bytes, not {env!r}")
        return limit
    return None


def read_input(
    path: str | None, max_bytes: int | None, command: str = ""
) -> tuple[str, str | None]:
    """(text, source name) of the input, for a command that needs no publication date."""
    from ..read import read_document

    _check_input(path, command)
    text, name, _ = read_document(path, max_bytes=byte_limit(max_bytes))
    return text, name


def run_article(
    options: Options,
    path: str | None,
    command: str,
    *,
    quiet: bool = False,
    dates: str | None = None,
    notice: tuple[Settings, str | None] | None = None,
) -> None:
    """Read one article, run the task on it, print its warnings (stderr) and its text (stdout).

    The options are checked before the input is read: a usage error wins over bad input. The
    publication date follows read.decode_dated, the rule batch uses for every file.
    """
    from ..read import DateMap, read_dated
    from ..task import run_task

    options = options.validated()
    date_map = DateMap.from_csv(dates) if dates else None
    _check_input(path, command)
    dated, source = read_dated(
        path, max_bytes=byte_limit(options.max_bytes), option=options.day, dates=date_map
    )
    out = run_task(dated.text, options, source=source, page_date=dated.date)
    if notice is not None:  # only once the brief is made: an error stays the only line
        notice_no_models(*notice)
    warn(out.warnings, quiet)
    typer.echo(out.text, nl=False)


def _check_input(path: str | None, command: str) -> None:
    if path is None and sys.stdin.isatty():
        usage = f" (newsbrief {command} FILE, or ... | newsbrief {command})" if command else ""
        raise UsageError(f"no input: give a file, or pipe an article on stdin{usage}")
    if path == "-" and sys.stdin.isatty():  # asked for on purpose: wait, but say for what
        typer.echo("newsbrief: reading the article from the terminal; end it with Ctrl-D", err=True)
