"""Where the shipped data lives: inside the installed package, else the checkout."""

from __future__ import annotations

from pathlib import Path


def default_data_dir() -> Path:
    """The shipped data: inside the installed package (the wheel puts it at
    plancmp/data), else the checkout's top-level data/ (editable installs)."""
    here = Path(__file__).resolve().parent
    installed = here / "data"
    if installed.is_dir():
        return installed
    return here.parents[1] / "data"
