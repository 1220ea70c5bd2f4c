"""The command line: the app's global options and the entry point.

Each command lives in the module of its family (browse, analyse, data); they
register themselves on the shared app when imported here.
"""

import errno
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from plancmp.cli import analyse, browse, data, draft, progress  # noqa: F401 - importing registers the commands
from plancmp.cli.common import app
from plancmp.i18n import _, os_reason
from plancmp.output.write import prepare_stdout, silence_stdout
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
        try:
            app()  # click handles its own usage errors (exit 2) and --help
        finally:  # what is still buffered is written now, where a failure can be reported
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:  # a write outside the commands' own guard: the same quiet ending
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:
        if exc.errno not in STDOUT_ERRORS:
            _internal(exc)
        silence_stdout()
        print(
            "plancmp: " + _("cannot write to stdout: {reason}").format(reason=os_reason(exc)),
            file=sys.stderr,
        )
        sys.exit(2)
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        _internal(exc)


STDOUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})
"""How writing to stdout fails (`> /dev/full`, a full disk, a closed descriptor): every
file plancmp itself opens reports its own errors, so one of these is stdout's."""


def _internal(exc: BaseException) -> NoReturn:
    """A bug: one line for the user, the traceback on request."""
    if os.environ.get("PLANCMP_DEBUG"):
        raise exc
    print(
        "plancmp: "
        + _(
            "internal error: {error} — please report it (PLANCMP_DEBUG=1 shows the traceback)"
        ).format(error=repr(exc)),
        file=sys.stderr,
    )
    sys.exit(1)
