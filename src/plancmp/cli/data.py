"""Commands on the data itself: export, validate, cache."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from plancmp.cli.common import ForceOpt, OutputOpt, app, data_of, fail, outfile, writing
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
            case_sensitive=False,
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
    from plancmp.store.validate import validate as check

    try:
        found = check(paths or [], ctx.obj["data_dir"])
    except DataError as exc:
        fail(1, str(exc))
    for line in found.notes:
        print(line, file=sys.stderr)
    if found.problems:
        for p in found.problems:
            print(p, file=sys.stderr)
        fail(1, f"{len(found.problems)} problem(s) in {found.files} file(s)")
    if found.files == 0:
        fail(1, "no data files found: a data file's name ends in .yaml")
    print(f"{found.files} file(s) OK")


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
        print(f"removed {freed / 2**20:.1f} MiB from {root}")
        return
    items = store_cache.entries()
    indexes = [e for e in items if e.path.name.startswith("index-")]
    size = sum(e.size for e in items)
    print(
        f"{root}: {len(indexes)} index(es), {size / 2**20:.1f} MiB "
        f"(at most {store_cache.max_bytes() >> 20} MiB; PLANCMP_CACHE_MAX_MB sets it)"
    )
