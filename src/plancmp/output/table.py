"""What a command shows: a titled grid of text, and the same rows as JSON records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple


class Table(NamedTuple):
    """Every table output goes through this: the views build it, a format renders it."""

    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    records: Sequence[dict[str, Any]] = ()
    """The same rows for scripts (JSON), with numbers as numbers."""
    title: str | None = None
    notes: Sequence[str] = ()
    """What the title needs said with it (口径说明): under a terminal table, after the
    title line of a text format; never in CSV, TSV or JSON."""
    room_for: str | None = None
    """The column that gets the room when a terminal is too narrow for every column
    whole (a reason): the others fold first."""
