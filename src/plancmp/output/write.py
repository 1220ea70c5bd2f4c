"""Where output goes: stdout, or a file written whole and never clobbered without --force.

A regular file is written under a temporary name and moved into place, so it is
never half-written. A symlink is written through (the file it points to is
replaced, the link stays). A device or a named pipe (`/dev/null`, `/dev/stdout`)
is written to directly, never replaced.

Formats that are files rather than text (a workbook, a Word document, SQLite) are written
by FILE_WRITERS, each importing its library only when it is used.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from plancmp.i18n import N_, _, os_reason
from plancmp.output.formats import FILE_FORMATS, Format, choose
from plancmp.output.table import Table
from plancmp.output.text import html_page, render, to_json

T = TypeVar("T")


class OutputError(Exception):
    """The output cannot be written as asked (exit 2)."""


def prepare_stdout() -> None:
    """A stdout that cannot encode Chinese (GBK is fine, ASCII is not) replaces instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def check_target(out: Path, force: bool) -> None:
    """Refuse, before any work is done, an output file that cannot be written as asked."""
    try:
        info = out.stat()  # follows a symlink: what matters is what it points to
    except FileNotFoundError:
        folder = out.parent if str(out.parent) else Path(".")
        if not folder.is_dir():
            raise OutputError(
                _("folder {folder} does not exist: create it first").format(folder=folder)
            ) from None
        return
    except OSError as exc:
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=out, reason=os_reason(exc))
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(_("{path} is a folder: give a file name").format(path=out))
    if stat.S_ISREG(info.st_mode) and not force:
        raise OutputError(
            _("{path} exists: use --force to overwrite it, or choose another name").format(path=out)
        )


def emit(
    table: Table,
    fmt: Format | None,
    out: Path | None = None,
    force: bool = False,
    titled: bool = True,
) -> None:
    """Show or write one table in the format the rule chooses (formats.choose); `titled`
    False leaves the title out of a document or sheet (--no-title)."""
    if out is not None:
        check_target(out, force)
    chosen = choose(fmt, out)
    if chosen in FILE_FORMATS:
        emit_files([table], chosen, out, force, titled)
        return
    if not titled:  # --no-title: no title line (and no notes said with it)
        table = table._replace(title=None, notes=())
    if chosen is Format.RICH:
        from plancmp.output.terminal import print_table

        print_table(table, sys.stdout)
        return
    text = render(table, chosen)
    if out is None and chosen is Format.JSON and not _can_encode(text):
        text = to_json(table, ascii_only=True)
    if out is not None and chosen is Format.HTML:
        text = html_page(table.title, text)
    emit_text(text, out, force, for_excel=chosen is Format.CSV)


def emit_text(
    text: str, out: Path | None = None, force: bool = False, for_excel: bool = False
) -> None:
    """Text as it is to stdout, or to a file as UTF-8; `for_excel`: a plain CSV file, which
    Excel opens as the system's code page, so the note says how to write one it reads."""
    if out is None:
        _warn_unencodable(text)
        _to_stdout(text)
        return
    write_file(out, text, force)
    if for_excel:
        said = _("wrote {path} (UTF-8; for Excel, write it with -f excel or as .xlsx)")
    else:
        said = _("wrote {path}")
    print(said.format(path=out), file=sys.stderr)


def _to_stdout(text: str) -> None:
    """Write to stdout; a closed or full stdout (`>&-`, `> /dev/full`) is a write error."""
    if sys.stdout is None:
        raise OutputError(_("stdout is closed: write to a file with -o"))
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # `| head`: the quiet ending of a closed pipe (cli.writing)
    except OSError as exc:
        silence_stdout()  # what stays buffered would fail again at exit, as an ignored exception
        raise OutputError(
            _("cannot write to stdout: {reason}").format(reason=os_reason(exc))
        ) from None


def silence_stdout() -> None:
    """Python docs, "Note on SIGPIPE": point stdout at devnull so the exit flush is quiet. A
    closed pipe needs it, and so does a full one (`> /dev/full`): the text the failed write
    left in stdout's buffer is written again at exit, which failed with exit code 120 where
    stdout is buffered (as it is unless PYTHONUNBUFFERED is set)."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no descriptor to point elsewhere: nothing will be flushed to it either


def _can_encode(text: str, stream: object = None) -> bool:
    encoding = getattr(stream or sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _warn_unencodable(text: str) -> None:
    if not _can_encode(text):
        encoding = getattr(sys.stdout, "encoding", None)
        words = N_(
            "this terminal's encoding ({encoding}) cannot show Chinese; characters are replaced. Set PYTHONIOENCODING=utf-8 or write a file with -o"
        )
        message = _(words).format(encoding=encoding)
        if not _can_encode(message, sys.stderr):  # a Chinese hint it cannot show: in English
            message = words.format(encoding=encoding)
        print(f"plancmp: {message}", file=sys.stderr)


def write_file(path: Path, text: str, force: bool) -> None:
    """Write UTF-8 (see write_with)."""
    write_with(path, force, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_with(path: Path, force: bool, writer: Callable[[Path], T]) -> T:
    """Let `writer(path)` make the file: a regular file atomically (temp file + rename,
    with the permissions the user's umask gives a new file), a device or pipe directly."""
    check_target(path, force)
    try:
        if _special(path):  # /dev/null, a named pipe, /dev/stdout: written to, never replaced
            return _through(path, writer)
        # A symlink is written through: the file it points to is replaced, the link stays.
        return _atomically(path.resolve() if path.is_symlink() else path, writer)
    except BrokenPipeError:
        raise  # -o /dev/stdout | head: the quiet ending of a closed pipe (cli.writing)
    except OSError as exc:
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=path, reason=os_reason(exc))
        ) from None


def _special(path: Path) -> bool:
    """Whether `path` (links followed, /dev/stdout's too) is something other than a
    regular file; a path that does not exist yet is not."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False


def _through(target: Path, writer: Callable[[Path], T]) -> T:
    """Write to a device or a named pipe, opened once (and a named pipe no process reads
    refused, not waited on): the output is made as a file first, as SQLite and zip files
    need one they can seek in, then its bytes are copied in."""
    import fcntl
    import shutil
    import tempfile

    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a named pipe with no reader
            raise OutputError(
                _("no process is reading the named pipe {path}: start the reader first").format(
                    path=target
                )
            ) from None
        raise
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    with os.fdopen(fd, "wb") as dst, tempfile.TemporaryDirectory(prefix="plancmp-") as folder:
        made = Path(folder) / f"out{target.suffix}"
        result = writer(made)
        with made.open("rb") as src:
            shutil.copyfileobj(src, dst)
    return result


def _atomically(path: Path, writer: Callable[[Path], T]) -> T:
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".plancmp-", suffix=".tmp")
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
    return result


if TYPE_CHECKING:  # an alias built at run time would cost every command's start-up
    FileWriter = Callable[[Sequence[Table], Path, bool], None]
    """Writes tables to a new file: (tables, path, titled)."""


def _xlsx(tables: Sequence[Table], path: Path, titled: bool) -> None:
    from plancmp.output.office.xlsx import write_workbook

    write_workbook(tables, path, titled)


def _docx(tables: Sequence[Table], path: Path, titled: bool) -> None:
    from plancmp.output.office.docx import write_tables

    write_tables(tables, path, titled)


def _sqlite(tables: Sequence[Table], path: Path, titled: bool) -> None:
    import sqlite3

    from plancmp.output.export import write_sqlite

    try:
        write_sqlite(tables, path)
    except sqlite3.Error as exc:  # a full disk: a write error like any other
        raise OSError(f"{exc}") from None


FILE_WRITERS: dict[Format, FileWriter] = {
    Format.XLSX: _xlsx,
    Format.DOCX: _docx,
    Format.SQLITE: _sqlite,
}
"""Every format in formats.FILE_FORMATS: one sheet, one titled Word table, one SQLite
table per Table."""


def emit_files(
    tables: Sequence[Table], fmt: Format, out: Path | None, force: bool, titled: bool = True
) -> None:
    """Write tables in a file format (FILE_WRITERS): never to stdout."""
    writer = FILE_WRITERS[fmt]
    emit_file(fmt, out, force, lambda tmp: writer(tables, tmp, titled))


def emit_file(
    fmt: Format, out: Path | None, force: bool, writer: Callable[[Path], None], name: str = "table"
) -> None:
    """Let `writer(path)` make a file of format `fmt` at `out` (write_with)."""
    out = needs_file(fmt, out, name)
    write_with(out, force, writer)
    print(_("wrote {path}").format(path=out), file=sys.stderr)


def needs_file(fmt: Format, out: Path | None, name: str = "table") -> Path:
    """`out`, or a usage error for a file format without -o: a binary file on a terminal or
    in a pipe is of no use. `name` is the file name the message suggests."""
    if out is None:
        raise OutputError(
            _("--format {format} writes a file: add -o {name}").format(
                format=fmt, name=f"{name}.{_suffix(fmt)}"
            )
        )
    return out


def _suffix(fmt: Format) -> str:
    return "db" if fmt is Format.SQLITE else fmt.value
