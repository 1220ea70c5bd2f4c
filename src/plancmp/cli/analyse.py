"""Commands that compare: compare, gaps, report."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plancmp.cli.common import (
    CategoryOpt,
    ForceOpt,
    FormatOpt,
    NoTitleOpt,
    OutputOpt,
    PlanArg,
    app,
    data_of,
    fail,
    fail_usage,
    find_category,
    find_metric,
    find_plan,
    note,
    outfile,
    writing,
)
from plancmp.lookup import NotFound, norm
from plancmp.model import SEGMENTS, Metric
from plancmp.output.formats import Format, choose
from plancmp.output.write import check_target, emit, emit_text, needs_file
from plancmp.store import Dataset

if TYPE_CHECKING:
    from plancmp.output.notes import Part
    from plancmp.output.report import Only

KindOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="Only these kinds: conflict below_national_standard not_above_baseline below_city below_peers missing qualitative.",
    ),
]


@app.command()
def compare(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(metavar="[METRIC]", help="The metric, as for --metric.")
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
    no_title: NoTitleOpt = False,
) -> None:
    """One metric across all plans, ranked by ambition, with the gap to the best and the median."""
    from plancmp.analysis.compare import compare as run_compare
    from plancmp.output import views

    if query is not None and metric is not None and query != metric:
        fail_usage(f"two metrics given ({query!r} and --metric {metric!r}): name one")
    word = metric or query
    if word is None:
        fail_usage("name a metric: plancmp compare 普惠 (or --metric, or see `plancmp metrics`)")
    if chart and format is not None:
        fail_usage("--chart draws bars: leave out --format (or drop --chart for a table)")
    data = data_of(ctx)
    m = find_metric(data, word)
    if segment is not None:
        segment = _segment(data, segment, m)
    rows = run_compare(m, data.entries_for(m.id), segment)
    if not rows:
        note(f"no plan sets {m.name} ({m.id})" + (f" for {segment}" if segment else ""))
    with writing():
        if chart:
            from plancmp.output.chart import chart_lines

            emit_text("\n".join(chart_lines(m, rows)) + "\n", outfile(out), force)
        else:
            table = views.compare_table(m, rows, data.catalog)
            emit(table, format, outfile(out), force, not no_title)


def _segment(data: Dataset, word: str, m: Metric) -> str:
    """The segment asked for, as the data names it, and one the metric is set for."""
    try:
        segment = data.find_segment(word)
    except NotFound:
        fail_usage(f"unknown segment {norm(word)!r}: use one of {' '.join(SEGMENTS)}")
    has = sorted({r.segment for r in data.records_for(m.id) if r.segment}, key=SEGMENTS.index)
    if segment not in has:
        which = (
            f"its segments are {' '.join(has)}"
            if has
            else "it is set without segments; leave out --segment"
        )
        fail_usage(f"{m.name} has no segment {segment!r}: {which}")
    return segment


@app.command()
def gaps(
    ctx: typer.Context,
    plan: PlanArg,
    kind: KindOpt = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """Where one plan falls short: of its peers, its city's work points, its own baseline."""
    from plancmp.analysis import frame
    from plancmp.output import views

    _check_kinds(kind)
    data = data_of(ctx)
    p = find_plan(data, plan)
    if p.is_city and not frame.peers_of(data, p):
        note(
            f"{p.id} is a city's work points; no other city's are loaded to hold them to,"
            " so only conflicts, baselines, national standards and qualitative targets are"
            " checked (`plancmp compare` puts one metric of every plan side by side)"
        )
    p, findings = frame.gaps(data, p.id)
    if kind:
        findings = [f for f in findings if f.kind in kind]
    with writing():
        table = views.gaps_table(p, findings, data.catalog)
        emit(table, format, outfile(out), force, not no_title)


def _check_kinds(kinds: list[str] | None) -> None:
    from plancmp.analysis.gaps import KINDS

    for k in kinds or []:
        if k not in KINDS:
            fail_usage(f"unknown kind {k!r}: use one of {' '.join(KINDS)}")


@app.command()
def report(
    ctx: typer.Context,
    plan: PlanArg,
    metric: Annotated[
        list[str] | None,
        typer.Option(
            "--metric", "-m", help="Only this metric (repeat for more): findings and comparisons."
        ),
    ] = None,
    category: CategoryOpt = None,
    kind: KindOpt = None,
    notes: Annotated[
        Path | None,
        typer.Option(
            "--notes",
            help="Your commentary, in Markdown: each part goes under the report heading its own heading names (## 概览, ### 普惠性幼儿园覆盖面); text before the first heading under the title.",
        ),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            metavar="FORMAT",
            help="markdown (the default), html or docx (with -o).",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="report.md; report.html, one self-contained file with charts; or report.docx, a Word document with charts (default: Markdown to stdout).",
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """A finished 对标分析 for one plan: summary, findings, a comparison per shared metric, sources."""
    from plancmp.output import report as reporting

    out = outfile(out)
    with writing():
        if out is not None:
            check_target(out, force)
        fmt = choose(format, out, reporting.FORMATS, Format.MARKDOWN)
        if fmt in reporting.FILES:
            needs_file(fmt, out, "report")
    _check_kinds(kind)
    parts = _read_notes(notes) if notes is not None else []
    data = data_of(ctx)
    p = find_plan(data, plan)
    built = reporting.build(data, p.id, _only(data, metric, category, kind))
    if not built.findings and not built.comparisons and built.only != reporting.EVERYTHING:
        note(f"{p.id}: nothing in the report matches the filters given")
    blocks, left = reporting.with_notes(reporting.outline(built, data), parts)
    for part in left:
        note(_unplaced(notes, part, reporting.headings(blocks)))
    with writing():
        reporting.emit(blocks, fmt, out, force)


def _only(
    data: Dataset, metrics: list[str] | None, category: str | None, kinds: list[str] | None
) -> "Only":
    from plancmp.output.report import Only

    ids = frozenset(find_metric(data, word).id for word in metrics or [])
    found = find_category(data, category) if category is not None else None
    return Only(ids, found, frozenset(kinds or []))


def _read_notes(path: Path) -> list["Part"]:
    """The writer's notes: a missing file is a usage error, an unreadable one a data error."""
    from plancmp.output.notes import read_notes
    from plancmp.store.files import DataError, read_text

    if not path.is_file():
        what = "does not exist"
        if path.is_dir():
            what = "is a folder"
        elif path.exists():  # a named pipe or a device: never read, it could wait forever
            what = "is not a regular file"
        fail_usage(f"--notes {path} {what}: give a Markdown file of your commentary")
    try:
        return read_notes(read_text(path))
    except DataError as exc:
        fail(1, str(exc))


def _unplaced(path: Path | None, part: "Part", headings: list[str]) -> str:
    import difflib

    from plancmp.output.notes import key

    by_key = {key(h): h for h in headings}
    close = difflib.get_close_matches(key(part.heading), list(by_key), n=3, cutoff=0.5)
    hint = (
        f"did you mean {'、'.join(by_key[c] for c in close)}?"
        if close
        else "`plancmp report` prints the headings"
    )
    return f"{path}:{part.line}: the heading {part.heading!r} names no part of this report, so its text is left out: {hint}"
