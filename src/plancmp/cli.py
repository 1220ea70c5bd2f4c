"""The command line: options, choice of format, errors → stderr and exit codes.

Exit codes: 0 success, 1 a data or validation problem, 2 a usage error.
"""

# No `from __future__ import annotations` here: Typer reads every command's
# annotations at each start, and string annotations would each cost an eval().

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from plancmp import __version__, dataset, output
from plancmp.lookup import NotFound, norm
from plancmp.render import Format

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Compare the quantitative targets of Chinese education plans (对标分析), with evidence.",
)


def fail(code: int, message: str) -> NoReturn:
    """Stop with one clear message on stderr: exit 1 for data problems, 2 for usage."""
    print(f"plancmp: {message}", file=sys.stderr)
    raise typer.Exit(code)


def fail_usage(message: str) -> NoReturn:
    fail(2, message)


@contextmanager
def _writing() -> Iterator[None]:
    """Output problems become usage errors (exit 2); a closed pipe ends quietly."""
    try:
        yield
    except output.OutputError as exc:
        fail_usage(str(exc))
    except BrokenPipeError:
        _pipe_closed()


def emit(table, fmt: Format | None, out: Path | None, force: bool) -> None:
    with _writing():
        output.emit(table, fmt, out, force)


def emit_text(text: str, out: Path | None, force: bool) -> None:
    with _writing():
        output.emit_text(text, out, force)


def _pipe_closed() -> NoReturn:
    """The reader went away (`| head`): stop quietly, with success.

    Python docs, "Note on SIGPIPE": point stdout at devnull so the exit flush is quiet.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(0)


FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", case_sensitive=False,
        help="rich on a terminal, markdown when piped; also csv, excel (CSV with BOM), tsv, json and tabulate formats.",
    ),
]  # fmt: skip
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (UTF-8) instead of stdout; the format follows the extension.",
    ),
]
PlanArg = Annotated[
    str, typer.Argument(metavar="PLAN", help="Plan id or name: linan, 临安, 临安区.")
]
CategoryOpt = Annotated[
    str | None, typer.Option("--category", "-c", help="Only this category, e.g. 学前教育.")
]
ForceOpt = Annotated[
    bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
]


def _version(value: bool) -> None:
    if value:
        print(f"plancmp {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="PLANCMP_DATA_DIR",
            help="A folder of your own plan files, loaded beside the built-in ones.",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Parse every data file again instead of using the on-disk index."
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = {"data_dir": data_dir, "use_cache": not no_cache}


def _data(ctx: typer.Context) -> dataset.Dataset:
    user_dir = ctx.obj["data_dir"]
    if user_dir is not None and not user_dir.is_dir():
        what = "does not exist" if not user_dir.exists() else "is not a folder"
        fail_usage(f"--data-dir {user_dir} {what}: give a folder of YAML plan files")
    try:
        data = dataset.load(user_dir, use_cache=ctx.obj["use_cache"])
    except dataset.InvalidData as exc:
        hint = "\nrun `plancmp validate` for the full list" if len(exc.problems) > 1 else ""
        fail(1, _problems_text(exc.problems) + hint)
    for note in data.notes:
        print(note, file=sys.stderr)
    return data


def _problems_text(problems: list, limit: int = 20) -> str:
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… and {len(problems) - limit} more")
    return "\n".join(lines)


def _find_plan(data: dataset.Dataset, word: str):
    try:
        return data.find_plan(word)
    except NotFound as exc:
        fail_usage(f"{exc} — `plancmp plans` lists them")


@app.command()
def plans(
    ctx: typer.Context, format: FormatOpt = None, out: OutputOpt = None, force: ForceOpt = False
) -> None:
    """The plans: id, title, jurisdiction, kind, period, counts."""
    from plancmp import views

    data = _data(ctx)
    emit(views.plans_table(list(data.plans.values()), data.counts), format, out, force)


@app.command()
def show(
    ctx: typer.Context,
    plan: PlanArg,
    category: CategoryOpt = None,
    metric: Annotated[
        str | None,
        typer.Option("--metric", "-m", help="Only this metric (id, name, alias or fragment)."),
    ] = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """One plan's records, with baseline, target, attribute and source."""
    from plancmp import views

    data = _data(ctx)
    p = _find_plan(data, plan)
    records = list(data.records_of(p.id))
    if metric:
        m = _find_metric(data, metric)
        records = [r for r in records if r.metric == m.id]
    if category:
        category = _check_category(category)
        records = [
            r for r in records if (m := data.catalog.get(r.metric)) and m.category == category
        ]
    if not records and (metric or category):
        asked = " in ".join(x for x in (metric, category) if x)
        print(f"plancmp: {p.id} sets no target for {asked}", file=sys.stderr)
    emit(views.show_table(p, records, data.catalog), format, out, force)


def _check_category(category: str) -> str:
    """The category as the catalog names it; a unique beginning (学前) is enough."""
    from plancmp.model import CATEGORIES

    typed = norm(category)
    found = [c for c in CATEGORIES if c.startswith(typed)] if typed else []
    if len(found) != 1:
        fail_usage(f"unknown category {category!r}: use one of {' '.join(CATEGORIES)}")
    return found[0]


def _find_metric(data: dataset.Dataset, word: str):
    try:
        return data.catalog.find(word)
    except NotFound as exc:
        fail_usage(f"{exc} — `plancmp metrics` lists them")


@app.command()
def metrics(
    ctx: typer.Context,
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]", help="Only metrics whose id, name or alias contains this."
        ),
    ] = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """The metric catalog, with the plans that set each metric."""
    from plancmp import views

    data = _data(ctx)
    table = views.metrics_table(data.catalog, list(data.plans.values()), data.metrics_of, query)
    if not table.rows:
        print(f"plancmp: no metric's id, name or alias contains {query!r}", file=sys.stderr)
    emit(table, format, out, force)


@app.command()
def compare(
    ctx: typer.Context,
    query: Annotated[
        str | None,
        typer.Argument(metavar="[METRIC]", help="The metric, as for --metric."),
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            "--metric", "-m", help="Metric id, name, alias or a distinctive fragment (普惠)."
        ),
    ] = None,
    segment: Annotated[
        str | None,
        typer.Option(
            "--segment", "-s", help="Only this segment: 学前 小学 初中 义务教育 高中段 中职."
        ),
    ] = None,
    chart: Annotated[
        bool, typer.Option("--chart", help="Bars instead of a table, one per ranked target.")
    ] = False,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """One metric across all plans, ranked by ambition, with the gap to the best and the median."""
    from plancmp import views
    from plancmp.compare import compare as run_compare
    from plancmp.model import SEGMENT_WORDS, SEGMENTS

    if query is not None and metric is not None and query != metric:
        fail_usage(f"two metrics given ({query!r} and --metric {metric!r}): name one")
    word = metric or query
    if word is None:
        fail_usage("name a metric: plancmp compare 普惠 (or --metric, or see `plancmp metrics`)")
    data = _data(ctx)
    m = _find_metric(data, word)
    entries = data.entries_for(m.id)
    if segment is not None:
        typed = norm(segment)
        segment = SEGMENT_WORDS.get(typed, typed)
        if segment not in SEGMENTS:
            fail_usage(f"unknown segment {typed!r}: use one of {' '.join(SEGMENTS)}")
        has = sorted({r.segment for _, r in entries if r.segment}, key=SEGMENTS.index)
        if segment not in has:
            fail_usage(
                f"{m.name} has no segment {segment!r}: "
                + (
                    f"its segments are {' '.join(has)}"
                    if has
                    else "it is set without segments; leave out --segment"
                )
            )
    rows = run_compare(m, entries, segment)
    if not rows:
        print(
            f"plancmp: no plan sets {m.name} ({m.id})" + (f" for {segment}" if segment else ""),
            file=sys.stderr,
        )
    if chart:
        if format is not None:
            fail_usage("--chart draws bars: leave out --format (or drop --chart for a table)")
        emit_text("\n".join(views.chart_lines(m, rows)) + "\n", out, force)
        return
    emit(views.compare_table(m, rows, data.catalog), format, out, force)


@app.command()
def gaps(
    ctx: typer.Context,
    plan: PlanArg,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            help="Only these kinds: conflict below_national_standard not_above_baseline below_city below_peers missing qualitative.",
        ),
    ] = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Where one plan falls short: of its peers, its city's work points, its own baseline."""
    from plancmp import views
    from plancmp.gaps import KINDS

    data = _data(ctx)
    p = _find_plan(data, plan)
    for k in kind or []:
        if k not in KINDS:
            fail_usage(f"unknown kind {k!r}: use one of {' '.join(KINDS)}")
    if p.is_city and not data.peers_of(p):
        print(
            f"plancmp: {p.id} is a city's work points; no other city's are loaded to hold them to,"
            " so only conflicts, baselines, national standards and qualitative targets are"
            " checked (`plancmp compare` puts one metric of every plan side by side)",
            file=sys.stderr,
        )
    p, findings = data.gaps(p.id)
    if kind:
        findings = [f for f in findings if f.kind in kind]
    emit(views.gaps_table(p, findings, data.catalog), format, out, force)


@app.command()
def matrix(
    ctx: typer.Context,
    category: CategoryOpt = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Metrics × plans, one cell per target as printed: the wide table a report needs."""
    from plancmp import views

    data = _data(ctx)
    if category is not None:
        category = _check_category(category)
    plans = list(data.plans.values())
    emit(views.matrix_table(data.catalog, plans, data.targets(), category), format, out, force)


@app.command()
def report(
    ctx: typer.Context,
    plan: PlanArg,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="report.md, or report.html: one self-contained file with charts (default: Markdown to stdout).",
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """A finished 对标分析 for one plan: summary, findings, a comparison per shared metric, sources."""
    from plancmp import report as reporting

    data = _data(ctx)
    p = _find_plan(data, plan)
    suffix = out.suffix.lower() if out is not None else ".md"
    if suffix not in (".md", ".html", ".htm"):
        fail_usage(
            f"a report is .md or .html, not {suffix!r}: name the file report.md or report.html"
        )
    built = reporting.build(data, p.id)
    text = reporting.to_md(built, data) if suffix == ".md" else reporting.to_html(built, data)
    emit_text(text, out, force)


class ExportFormat(StrEnum):
    CSV = "csv"
    EXCEL = "excel"
    JSON = "json"
    SQLITE = "sqlite"


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="csv (the default), excel (CSV with BOM), json, or sqlite (needs -o); with -o the extension decides (.csv .json .db).",
        ),
    ] = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Every record of every plan in long form, all fields: for Excel, pandas, DuckDB, Datasette."""
    from plancmp import export as exporting
    from plancmp.render import Table

    if format is None and out is not None and out.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        format = ExportFormat.SQLITE
    data = _data(ctx)
    if format is ExportFormat.SQLITE:
        if out is None:
            fail_usage("--format sqlite writes a file: add -o plans.db")
        with _writing():
            count = output.write_binary(out, force, lambda tmp: exporting.write_sqlite(tmp, data))
        print(f"wrote {count} records to {out}", file=sys.stderr)
        return
    rows = exporting.to_records(data)
    columns = list(exporting.RECORD_COLUMNS)
    cells = [["" if row[c] is None else str(row[c]) for c in columns] for row in rows]
    table_format = Format(format.value) if format else (None if out is not None else Format.CSV)
    emit(Table(columns, cells, rows), table_format, out, force)


@app.command()
def draft(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(metavar="PATH", help="The plan document: .txt, .md, .html, .docx or .pdf."),
    ],
    plan_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            help="The plan's id (lower-case ASCII, e.g. yuhang); default: the -o file's name, else the document's.",
        ),
    ] = None,
    format: FormatOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="FILE.yaml: write a plan file to review (and metrics-<id>.yaml beside it for new indicators); another extension writes the table.",
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """Draft a plan's targets from its document, each with its quote and what to check: printed like show, or written with -o FILE.yaml as a plan file to review."""
    from plancmp.draft import command
    from plancmp.draft.read import DocumentError

    try:
        pid, made_up = command.choose_id(plan_id, out, path)
    except command.DraftUsageError as exc:
        fail_usage(str(exc))
    data = _data(ctx)
    try:
        drafted = command.draft_file(path, pid, made_up, data.catalog)
    except DocumentError as exc:
        fail(1, str(exc))
    if out is not None and out.suffix.lower() in command.PLAN_SUFFIXES:
        if format is not None:
            fail_usage(
                "-o FILE.yaml writes a plan file: leave out --format (or write the table to .md, .csv, .json)"
            )
        with _writing():
            written = command.write_files(drafted, out, force)
        review = sum(bool(d.review) for d in drafted.records)
        print(
            f"wrote {written[0]}: {len(drafted.records)} records, {review} to review",
            file=sys.stderr,
        )
        if len(written) > 1:
            print(f"wrote {written[1]}: {len(drafted.new_metrics)} new metrics", file=sys.stderr)
        return
    from plancmp.draft.view import draft_table

    emit(draft_table(drafted, data.catalog), format, out, force)


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATH]...", help="Files or folders to check (default: all data)."),
    ] = None,
) -> None:
    """Check data files; every problem with file:line and what to fix."""
    try:
        problems, count = dataset.validate(paths or [], ctx.obj["data_dir"])
    except dataset.loader.DataError as exc:
        fail(1, str(exc))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        fail(1, f"{len(problems)} problem(s) in {count} file(s)")
    print(f"{count} file(s) OK")


def main() -> None:
    """Entry point: run the app; turn every expected failure into a message and an exit code."""
    output.prepare_stdout()
    try:
        app()  # click handles its own usage errors (exit 2) and --help
    except BrokenPipeError:  # a write outside emit(): the same quiet ending
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except dataset.cache.IndexGone as exc:
        print(f"plancmp: {exc}", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("PLANCMP_DEBUG"):
            raise
        print(
            f"plancmp: internal error: {exc!r} — please report it (PLANCMP_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        sys.exit(1)
