"""Where output goes: stdout (format chosen for a terminal or a pipe) or a file, atomically."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from plancmp.render import Format, Table, render

T = TypeVar("T")
EXTENSIONS = {
    ".md": Format.MARKDOWN,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".json": Format.JSON,
    ".html": Format.HTML,
    ".txt": Format.PLAIN,
}


WORKBOOKS = (".xlsx", ".xls", ".xlsm", ".et")
"""Excel and WPS workbooks: a CSV under such a name would not open."""


class OutputError(Exception):
    """The output cannot be written as asked (exit 2)."""


def prepare_stdout() -> None:
    """A stdout that cannot encode Chinese (GBK is fine, ASCII is not) replaces instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _is_terminal() -> bool:
    return sys.stdout.isatty()


def choose(fmt: Format | None, out: Path | None) -> Format:
    """The format to use: as asked, else by the file's extension, else by where stdout goes."""
    if out is not None and out.suffix.lower() in WORKBOOKS:
        raise OutputError(
            f"plancmp writes CSV for Excel, not {out.suffix} workbooks: "
            f"name the file {out.with_suffix('.csv').name} and add --format excel"
        )
    if fmt is not None:
        if fmt is Format.RICH and out is not None:
            raise OutputError(
                "--format rich is for the terminal: choose markdown, csv, json … for a file"
            )
        return fmt
    if out is not None:
        if out.suffix.lower() not in EXTENSIONS:
            known = " ".join(sorted(EXTENSIONS))
            raise OutputError(
                f"cannot tell the format from {out.name!r} (known: {known}): add --format"
            )
        return EXTENSIONS[out.suffix.lower()]
    return Format.RICH if _is_terminal() else Format.MARKDOWN


def emit(table: Table, fmt: Format | None, out: Path | None = None, force: bool = False) -> None:
    """Show or write one table."""
    chosen = choose(fmt, out)
    if out is not None:
        text = render(table, chosen)
        if chosen is Format.HTML:
            text = html_page(table.title, text)
        write_file(out, text, force)
        print(f"wrote {out}", file=sys.stderr)
        return
    if chosen is Format.RICH:
        from plancmp.terminal import print_table

        print_table(table, sys.stdout)
        return
    emit_text(render(table, chosen))


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


def emit_text(text: str, out: Path | None = None, force: bool = False) -> None:
    """Text as it is (a chart) to stdout or a file."""
    if out is not None:
        write_file(out, text, force)
        print(f"wrote {out}", file=sys.stderr)
        return
    _warn_unencodable(text)
    sys.stdout.write(text)
    sys.stdout.flush()


def _warn_unencodable(text: str) -> None:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        print(
            f"plancmp: this terminal's encoding ({encoding}) cannot show Chinese; characters are replaced. "
            "Set PYTHONIOENCODING=utf-8 or write a file with -o",
            file=sys.stderr,
        )
    except LookupError:  # pragma: no cover - an encoding Python does not know
        pass


def write_file(path: Path, text: str, force: bool) -> None:
    """Write UTF-8 atomically (temp file + rename); never clobber unless forced."""
    write_binary(path, force, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_binary(path: Path, force: bool, writer: Callable[[Path], T]) -> T:
    """Let `writer(tmp_path)` make the file, then move it into place atomically, with the
    permissions the user's umask gives a new file."""
    import tempfile

    if path.is_dir():
        raise OutputError(f"{path} is a folder: give a file name")
    if path.exists() and not force:
        raise OutputError(f"{path} exists: use --force to overwrite it, or choose another name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist: create it first")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            result = writer(tmp)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return result
