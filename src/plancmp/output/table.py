"""What a command shows: a titled grid of text, and the same rows as JSON records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Table:
    """Every table output goes through this: the views build it, a format renders it."""

    columns: list[str]
    rows: list[list[str]]
    records: list[dict[str, Any]] = field(default_factory=list)
    """The same rows for scripts (JSON), with numbers as numbers."""
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    """Lines shown under a terminal table (not in machine formats)."""
