"""The command line: a thin Typer layer over the library (see app.py)."""

from plancmp.cli.app import app, main

__all__ = ["app", "main"]
