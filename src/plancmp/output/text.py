"""Text formats as a registry: each is a pure function Table → str. Formatters never print."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence

from plancmp.output.formats import TABULATE_FORMATS, Format
from plancmp.output.table import Table


def _tabulate(table: Table, fmt: str) -> str:
    from tabulate import tabulate  # imported here: csv/json output never needs it

    return tabulate(table.rows, headers=table.columns, tablefmt=fmt, disable_numparse=True) + "\n"


def _tabulated(fmt: Format) -> Callable[[Table], str]:
    def render(table: Table) -> str:
        return _tabulate(_one_line(table) if fmt.value in _PIPE_TABLES else table, fmt.value)

    return render


_PIPE_TABLES = ("github", "pipe")
"""Markdown tables, whose every row must be one line (`-f github` as `-f markdown`)."""


def to_markdown(table: Table) -> str:
    return _tabulate(_one_line(table), "pipe")


def _one_line(table: Table) -> Table:
    """A table for a Markdown pipe table: `|` inside cells is escaped (tabulate does not),
    and a cell's line breaks and tabs (a table row quoted as the draft read it) are
    spaces, so that each row stays one line and its columns line up."""
    return Table([_md(c) for c in table.columns], [[_md(c) for c in row] for row in table.rows])


def _md(cell: str) -> str:
    return re.sub(r"\r\n|[\r\n\t]", " ", cell.replace("|", "\\|"))


def _delimited(table: Table, delimiter: str, cell: Callable[[str], str] | None = None) -> str:
    """Rows written as they are when no cell needs changing (a matrix at 10,000 plans has
    millions of cells); else each cell through `cell` and with its CRs made line feeds."""
    written = None if cell else _written(table.columns, table.rows, delimiter)
    if written is not None and "\r" not in written:
        return written

    def out(c: str) -> str:  # a bare CR ends a row for Excel, but the csv module leaves it unquoted
        return (cell(c) if cell else c).replace("\r\n", "\n").replace("\r", "\n")

    return _written(
        [out(c) for c in table.columns], ([out(c) for c in row] for row in table.rows), delimiter
    )


def _written(columns: Sequence[str], rows: Iterable[Sequence[str]], delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buf.getvalue()


def to_csv(table: Table) -> str:
    return _delimited(table, ",")


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """A cell Excel must not run as a formula (OWASP, CSV injection): text that starts
    with = + - @, a tab or a carriage return gets a leading apostrophe; numbers stay."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def to_excel(table: Table) -> str:
    """CSV with a byte-order mark, so Excel reads the Chinese as UTF-8; no live formulas."""
    return "\ufeff" + _delimited(table, ",", defuse)


def to_tsv(table: Table) -> str:
    return _delimited(table, "\t")


def to_json(table: Table, ascii_only: bool = False) -> str:
    """JSON records; with `ascii_only`, Chinese as \\u escapes (for a stream that cannot
    encode it: the data must survive any stdout)."""
    return json.dumps(list(table.records), ensure_ascii=ascii_only, indent=2) + "\n"


RENDERERS: dict[Format, Callable[[Table], str]] = {
    Format.MARKDOWN: to_markdown,
    Format.CSV: to_csv,
    Format.EXCEL: to_excel,
    Format.TSV: to_tsv,
    Format.JSON: to_json,
    **{f: _tabulated(f) for f in TABULATE_FORMATS},
}
"""Every text format (RICH needs a terminal: see terminal.py)."""


UNTITLED = frozenset({Format.CSV, Format.EXCEL, Format.TSV, Format.JSON, Format.HTML})
"""Formats that stay a clean table, without a title line: data for a program (CSV, TSV,
JSON), and HTML, whose page carries the title in its heading (html_page)."""


def title_line(table: Table) -> str:
    """The line that says what a pasted table is: its title, with what must be said with
    it (口径说明)."""
    assert table.title is not None
    return "。".join([table.title, *table.notes])


def render(table: Table, fmt: Format) -> str:
    """The table as text in `fmt`; a format a person reads starts with the title line."""
    text = RENDERERS[fmt](table)
    if table.title and fmt not in UNTITLED:
        return f"{title_line(table)}\n\n{text}"
    return text


def html_page(title: str | None, body: str) -> str:
    """An HTML table as a page of its own: a browser (and Word, pasting from it) must be
    told the text is UTF-8, or Chinese comes out garbled."""
    from html import escape

    heading = f"<h1>{escape(title)}</h1>\n" if title else ""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title or 'plancmp')}</title>"
        "<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 6px}</style>"
        f"</head><body>\n{heading}{body}</body></html>\n"
    )
