"""Commands on the data itself: export, validate, cache."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from plancmp.cli.common import (
    ForceOpt,
    FormatChoice,
    OutputOpt,
    app,
    check_lookable,
    data_of,
    fail,
    fail_usage,
    note_text,
    outfile,
    writing,
)
from plancmp.i18n import _
from plancmp.output.formats import FILE_FORMATS, Format, choose
from plancmp.output.write import check_target, emit, emit_files, needs_file
from plancmp.store import DataError

EXPORT_FORMATS = (Format.CSV, Format.EXCEL, Format.TSV, Format.JSON, Format.SQLITE, Format.XLSX)


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            click_type=FormatChoice(),
            metavar="FORMAT",
            help="csv (the default), excel (CSV with BOM), tsv, json; or, with -o, sqlite or xlsx (a file with records, plans and metrics tables). With -o, one the file's extension can hold; leave it out and the extension decides (.csv .tsv .json .db .xlsx).",
        ),
    ] = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Every record of every plan in long form, all fields: for Excel, pandas, DuckDB, Datasette."""
    from plancmp.output import export as exporting

    out = outfile(out)
    with writing():
        if out is not None:
            check_target(out, force)
        fmt = choose(format, out, EXPORT_FORMATS, Format.CSV)
        if fmt in FILE_FORMATS:
            needs_file(fmt, out, "plans")
    data = data_of(ctx)
    tables = exporting.book(data)
    with writing():
        if fmt in FILE_FORMATS:  # every table: a sheet or an SQLite table each
            emit_files(tables, fmt, out, force, titled=False)
        else:
            emit(tables[0], fmt, out, force)


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATH]...", help="Files or folders to check (default: all data)."),
    ] = None,
) -> None:
    """Check data files; every problem with file:line and what to fix."""
    from plancmp.store.validate import MISSING
    from plancmp.store.validate import validate as check

    for path in paths or []:
        check_lookable(path)
        if not path.exists():  # a mistyped path, as a mistyped plan, is a usage error
            fail_usage(f"{path}: {_(MISSING)}")
    try:
        found = check(paths or [], ctx.obj["data_dir"])
    except DataError as exc:
        fail(1, str(exc))
    for line in found.notes:
        print(note_text(line), file=sys.stderr)
    if found.problems:
        for p in found.problems:
            print(p, file=sys.stderr)
        fail(
            1,
            _("{problems} problem(s) in {files} file(s)").format(
                problems=len(found.problems), files=len({p.path for p in found.problems})
            ),
        )
    if found.files == 0:
        fail(1, _("no data files found: a data file's name ends in .yaml"))
    if found.beside:  # read to know a drafted plan's new metrics, so checked too
        print(
            _("{files} file(s) OK, and the catalog file(s) beside: {paths}").format(
                files=found.files, paths=", ".join(found.beside)
            )
        )
    else:
        print(_("{files} file(s) OK").format(files=found.files))


@app.command()
def cache(
    clear: Annotated[
        bool, typer.Option("--clear", help="Remove everything in the cache folder.")
    ] = False,
) -> None:
    """Where plancmp keeps its index of checked data, and how big it is (--clear empties it)."""
    from plancmp.store import cache as store_cache

    root = store_cache.cache_root()
    if clear:
        freed = store_cache.clear()
        print(_("removed {size:.1f} MiB from {folder}").format(size=freed / 2**20, folder=root))
        return
    items = store_cache.entries()
    indexes = [e for e in items if e.path.name.startswith("index-")]
    size = sum(e.size for e in items)
    print(
        _(
            "{folder}: {count} index(es), {size:.1f} MiB (at most {most} MiB; PLANCMP_CACHE_MAX_MB sets it)"
        ).format(
            folder=root, count=len(indexes), size=size / 2**20, most=store_cache.max_bytes() >> 20
        )
    )
