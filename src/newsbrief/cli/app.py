"""The `newsbrief` command: the Typer app, its root options, the commands' registration and the
entry point. Each command lives in its own module beside this one; nothing else lives here.

Library errors (NewsbriefError) become one line on stderr and an exit code at `main()`; heavy
modules are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from .. import __version__
from ..errors import NewsbriefError
from . import batch, brief, detect, digest, summarize, translate
from . import eval as eval_cmd
from .help import Command, Group
from .models import models_app

app = typer.Typer(
    name="newsbrief",
    help="Detect, translate, summarise and brief news articles in Indonesian, English and Chinese.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=Group,
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsbrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """newsbrief — news in id/en/zh to structured briefs. Reads a file or stdin.

    Defaults for --engine, --to, --offline, --device and --quiet can be set in config.toml in the
    user config dir (beside models.yaml) or as NEWSBRIEF_ENGINE, NEWSBRIEF_TO, ... (README).
    """


# Registered in this order, which is the order `newsbrief --help` lists them in.
app.command(cls=Command, epilog=detect.EXAMPLES)(detect.detect)
app.command(cls=Command, epilog=brief.EXAMPLES)(brief.brief)
app.command(cls=Command, epilog=summarize.EXAMPLES)(summarize.summarize)
app.command("eval", cls=Command, epilog=eval_cmd.EXAMPLES)(eval_cmd.eval_)
app.command(cls=Command, epilog=batch.EXAMPLES)(batch.batch)
app.command(cls=Command, epilog=digest.EXAMPLES)(digest.digest)
app.command(cls=Command, epilog=translate.EXAMPLES)(translate.translate)
app.add_typer(models_app, name="models")


def main() -> None:
    """Console entry point: run the app and turn library errors into one line and an exit code."""
    try:
        # Outside standalone mode click returns typer.Exit's code instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except NewsbriefError as exc:
        typer.echo(f"newsbrief: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("newsbrief: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("newsbrief: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except UnicodeEncodeError as exc:
        # stdout's encoding (PYTHONIOENCODING, a C locale) cannot hold the text: say how to fix
        # it rather than print a part of it
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        typer.echo(
            f"newsbrief: error: the output has characters the terminal's encoding ({encoding}) "
            "cannot show; set PYTHONIOENCODING=utf-8 (or a UTF-8 locale), or write to a file "
            "with batch --out",
            err=True,
        )
        sys.exit(1)
    except Exception as exc:  # the user gets one line, not a traceback; NEWSBRIEF_DEBUG shows it
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        # click's usage errors: one line like every other error (click's own is four), exit 2
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} -h')" if ctx is not None else ""
            message = " ".join(exc.format_message().split()).replace("Value error, ", "")
            typer.echo(f"newsbrief: error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        typer.echo(
            f"newsbrief: internal error: {type(exc).__name__}: {exc} "
            "(set NEWSBRIEF_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)
