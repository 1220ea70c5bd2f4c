"""The one place that decides an output format, for every command and every file type.

The rule (README, "Output formats"):
- `--format` wins when it is given;
- else the `-o` file's extension decides;
- an extension that cannot hold the chosen format is a usage error naming both
  (`-f json -o x.docx`), but a format of the extension's family is fine
  (`-f excel -o x.csv`);
- a file format (a Word document, a workbook, SQLite) is never written to stdout;
- with neither, a table goes to a terminal as a table and to a pipe as Markdown;
  so does one for a device or a named pipe given to `-o` (`/dev/null`), which has no
  extension to tell.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from enum import StrEnum
from pathlib import Path

from plancmp.i18n import N_, _


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
    SQLITE = "sqlite"
    DOCX = "docx"
    XLSX = "xlsx"
    YAML = "yaml"
    """A plan file (`plancmp draft`)."""


FILE_FORMATS = frozenset({Format.SQLITE, Format.DOCX, Format.XLSX})
"""Formats that are files, not text: written with -o only (write.FILE_WRITERS)."""
TABULATE_FORMATS = frozenset(
    f
    for f in Format
    if f not in FILE_FORMATS
    and f.value not in ("rich", "markdown", "csv", "excel", "tsv", "json", "yaml")
)
"""Formats rendered by the tabulate library."""
TEXT_FORMATS = frozenset(Format) - {Format.RICH, Format.YAML} - FILE_FORMATS
"""Formats that render a table as text."""
TABLE_FORMATS = TEXT_FORMATS | {Format.RICH, Format.DOCX, Format.XLSX}
"""What the table commands (show, compare, gaps, …) offer."""

_TEXT_FILE = (
    Format.PLAIN,
    Format.SIMPLE,
    Format.GRID,
    Format.SIMPLE_GRID,
    Format.ROUNDED_GRID,
    Format.FANCY_GRID,
    Format.PRESTO,
    Format.PRETTY,
    Format.PSQL,
    Format.JIRA,
    Format.MARKDOWN,
    Format.PIPE,
    Format.GITHUB,
)
SUFFIXES: dict[str, tuple[Format, ...]] = {
    ".md": (Format.MARKDOWN, Format.PIPE, Format.GITHUB),
    ".markdown": (Format.MARKDOWN, Format.PIPE, Format.GITHUB),
    ".csv": (Format.CSV, Format.EXCEL),
    ".tsv": (Format.TSV,),
    ".json": (Format.JSON,),
    ".html": (Format.HTML,),
    ".htm": (Format.HTML,),
    ".txt": _TEXT_FILE,
    ".tex": (Format.LATEX, Format.LATEX_BOOKTABS),
    ".rst": (Format.RST,),
    ".org": (Format.ORGTBL,),
    ".adoc": (Format.ASCIIDOC,),
    ".wiki": (Format.MEDIAWIKI,),
    ".textile": (Format.TEXTILE,),
    ".db": (Format.SQLITE,),
    ".sqlite": (Format.SQLITE,),
    ".sqlite3": (Format.SQLITE,),
    ".docx": (Format.DOCX,),
    ".xlsx": (Format.XLSX,),
    ".yaml": (Format.YAML,),
    ".yml": (Format.YAML,),
}
"""What a file of each extension can hold; the first is what the extension alone means."""
NOT_WRITTEN = {
    ".xls": N_("an old Excel workbook"),
    ".xlsm": N_("a macro workbook"),
    ".et": N_("a WPS workbook"),
    ".ods": N_("an OpenDocument spreadsheet"),
    ".doc": N_("an old Word document"),
    ".wps": N_("a WPS document"),
    ".odt": N_("an OpenDocument text"),
    ".pdf": N_("a PDF"),
}
"""Extensions people try, refused with the one to use instead (Excel, WPS and LibreOffice
all open .xlsx and .docx)."""


class FormatError(Exception):
    """The format asked for cannot be written where it was asked (a usage error)."""


def choose(
    requested: Format | None,
    out: Path | None,
    offered: Collection[Format] = TABLE_FORMATS,
    default: Format | None = None,
) -> Format:
    """The format to write, by the rule above. `offered` are the formats the command can
    write; `default`, where no rule decides, else a table for a terminal, Markdown for a pipe."""
    if requested is not None and requested not in offered:
        raise FormatError(
            _("this command does not write {format}: use one of {formats}").format(
                format=requested, formats=_listed(offered)
            )
        )
    if requested is None and out is not None and _is_stream(out):
        # /dev/null, a named pipe: no extension to tell, so the format a pipe gets
        return default if default is not None else Format.MARKDOWN
    if out is None:
        if requested is not None:
            return requested
        if default is not None:
            return default
        return Format.RICH if sys.stdout is not None and sys.stdout.isatty() else Format.MARKDOWN
    return _for_file(requested, out, offered)


def _for_file(requested: Format | None, out: Path, offered: Collection[Format]) -> Format:
    suffix = out.suffix.lower()
    if suffix in NOT_WRITTEN:
        raise FormatError(
            _("cannot write {kind} ({name}): {instead}").format(
                kind=_(NOT_WRITTEN[suffix]), name=out.name, instead=_instead(suffix, offered)
            )
        )
    holds = SUFFIXES.get(suffix)
    if requested is Format.RICH:
        raise FormatError(
            _("--format rich is for the terminal: choose markdown, csv, json … for a file")
        )
    if requested is not None:
        if holds is not None and requested not in holds:
            better = _suffix_of(requested) or next(
                (s for s, fs in SUFFIXES.items() if requested in fs), None
            )
            fix = (
                _("name the file {name}").format(name=out.with_suffix(better).name)
                if better
                else _("choose another name")
            )
            raise FormatError(
                _(
                    "-f {format} -o {name}: a {suffix} file cannot hold {format}: {fix}, or leave out --format"
                ).format(format=requested, name=out.name, suffix=suffix, fix=fix)
            )
        return requested
    if holds is None:
        known = " ".join(s for s, fs in SUFFIXES.items() if any(f in offered for f in fs))
        raise FormatError(
            _("cannot tell the format from {name!r} (known: {known}): add --format").format(
                name=out.name, known=known
            )
        )
    usable = [f for f in holds if f in offered]
    if not usable:
        raise FormatError(
            _("this command does not write {suffix} files: use one of {formats}").format(
                suffix=suffix, formats=_listed(offered)
            )
        )
    return usable[0]


def _is_stream(out: Path) -> bool:
    """A device or a named pipe without a known extension (`/dev/null`, `/dev/stdout` in a
    pipe): it is written to as stdout is."""
    import stat

    if out.suffix.lower() in SUFFIXES:
        return False
    try:
        mode = out.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _suffix_of(fmt: Format) -> str | None:
    return next((s for s, fs in SUFFIXES.items() if fs[0] is fmt), None)


def _instead(suffix: str, offered: Collection[Format]) -> str:
    sheet = suffix in (".xls", ".xlsm", ".et", ".ods")
    if sheet and Format.XLSX in offered:
        return _("name the file .xlsx (Excel, WPS and LibreOffice open it)")
    if suffix in (".doc", ".wps", ".odt") and Format.DOCX in offered:
        return _("name the file .docx (Word, WPS and LibreOffice open it)")
    if sheet and Format.EXCEL in offered:
        return _("write CSV for Excel instead: -f excel -o table.csv")
    names = dict.fromkeys(_suffix_of(f) for f in Format if f in offered)
    return _("name the file {names}").format(names=_(" or ").join(n for n in names if n))


def _listed(offered: Collection[Format]) -> str:
    return " ".join(f.value for f in Format if f in offered)
