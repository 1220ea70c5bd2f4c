"""What a command shows: a titled grid of text, and the same rows as JSON records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

Number = int | float
"""A number as JSON and spreadsheets hold it (decimals.as_number: 90, never 90.0)."""


class Table(NamedTuple):
    """Every table output goes through this: the views build it, a format renders it."""

    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    records: Sequence[dict[str, Any]] = ()
    """The same rows for scripts (JSON), with numbers as numbers."""
    title: str | None = None
    notes: Sequence[str] = ()
    """Lines shown under a terminal table (not in machine formats)."""
    numbers: Sequence[Sequence[Number | None]] = ()
    """The number each cell stands for, where it stands for one: the same shape as `rows`,
    or empty when no cell does. Text formats ignore it; a spreadsheet writes these cells
    as numbers (sheet.py)."""
