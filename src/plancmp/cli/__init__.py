"""The command line: a thin Typer layer over the library (see app.py)."""

from plancmp.cli.app import main
from plancmp.cli.common import app

__all__ = ["app", "main"]
