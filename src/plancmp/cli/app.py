"""The command line: the app's global options and the entry point.

Each command lives in the module of its family (browse, analyse, data); they
register themselves on the shared app when imported here.
"""

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from plancmp.cli import analyse, browse, data, draft  # noqa: F401 - importing registers the commands
from plancmp.cli.common import app, silence_stdout
from plancmp.output.write import prepare_stdout
from plancmp.version import __version__


def _version(value: bool) -> None:
    if value:
        print(f"plancmp {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="PLANCMP_DATA_DIR",
            help="A folder of your own plan files, loaded beside the built-in ones.",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Parse every data file again instead of using the on-disk index."
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = {"data_dir": data_dir, "use_cache": not no_cache}


def main() -> None:
    """Entry point: run the app; turn every expected failure into a message and an exit code."""
    prepare_stdout()
    try:
        app()  # click handles its own usage errors (exit 2) and --help
    except BrokenPipeError:  # a write outside the commands' own guard: the same quiet ending
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("PLANCMP_DEBUG"):
            raise
        print(
            f"plancmp: internal error: {exc!r} — please report it (PLANCMP_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        sys.exit(1)
