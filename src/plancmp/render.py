"""Output formats as a registry: each format is a pure function Table → str.

Formatters never print. The one exception is the rich terminal table, which
needs a console; it lives in `terminal.py` so rich is imported only there.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Table:
    """What a command shows: a titled grid of text, and the same rows as JSON records."""

    columns: list[str]
    rows: list[list[str]]
    records: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    """Lines shown under a terminal table (not in machine formats)."""


class Format(StrEnum):
    """Every output format `--format` accepts."""

    RICH = "rich"
    MARKDOWN = "markdown"
    CSV = "csv"
    EXCEL = "excel"
    TSV = "tsv"
    JSON = "json"
    PLAIN = "plain"
    SIMPLE = "simple"
    GITHUB = "github"
    GRID = "grid"
    SIMPLE_GRID = "simple_grid"
    ROUNDED_GRID = "rounded_grid"
    FANCY_GRID = "fancy_grid"
    PIPE = "pipe"
    ORGTBL = "orgtbl"
    JIRA = "jira"
    PRESTO = "presto"
    PRETTY = "pretty"
    PSQL = "psql"
    RST = "rst"
    MEDIAWIKI = "mediawiki"
    HTML = "html"
    LATEX = "latex"
    LATEX_BOOKTABS = "latex_booktabs"
    TEXTILE = "textile"
    ASCIIDOC = "asciidoc"


TABULATE_FORMATS = {
    f
    for f in Format
    if f not in (Format.RICH, Format.MARKDOWN, Format.CSV, Format.EXCEL, Format.TSV, Format.JSON)
}


def _tabulate(table: Table, fmt: str) -> str:
    from tabulate import tabulate  # imported here: csv/json output never needs it

    return tabulate(table.rows, headers=table.columns, tablefmt=fmt, disable_numparse=True) + "\n"


def to_markdown(table: Table) -> str:
    """A GitHub/pipe table; `|` inside cells is escaped (tabulate does not)."""
    escaped = Table([_md(c) for c in table.columns], [[_md(c) for c in row] for row in table.rows])
    if not escaped.rows:
        escaped = Table(escaped.columns, [])
    return _tabulate(escaped, "pipe")


def _md(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def _delimited(table: Table, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return buf.getvalue()


def to_csv(table: Table) -> str:
    return _delimited(table, ",")


def to_excel(table: Table) -> str:
    """CSV with a byte-order mark, so Excel reads the Chinese as UTF-8."""
    return "\ufeff" + _delimited(table, ",")


def to_tsv(table: Table) -> str:
    return _delimited(table, "\t")


def to_json(table: Table) -> str:
    return json.dumps(table.records, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[Format, Callable[[Table], str]] = {
    Format.MARKDOWN: to_markdown,
    Format.CSV: to_csv,
    Format.EXCEL: to_excel,
    Format.TSV: to_tsv,
    Format.JSON: to_json,
    **{f: (lambda t, _f=f: _tabulate(t, _f.value)) for f in TABULATE_FORMATS},
}
"""Every format but RICH, which needs a terminal (see terminal.py)."""


def render(table: Table, fmt: Format) -> str:
    """The table as text in `fmt` (not RICH)."""
    return RENDERERS[fmt](table)
