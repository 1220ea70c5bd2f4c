"""Commands that compare: compare, gaps, report."""

from pathlib import Path
from typing import Annotated

import typer

from plancmp.cli.common import (
    ForceOpt,
    FormatOpt,
    OutputOpt,
    PlanArg,
    app,
    data_of,
    fail_usage,
    find_metric,
    find_plan,
    note,
    outfile,
    writing,
)
from plancmp.lookup import NotFound, norm
from plancmp.model import SEGMENTS, Metric
from plancmp.output.formats import Format, choose
from plancmp.output.write import check_target, emit, emit_text
from plancmp.store import Dataset


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
            emit(views.compare_table(m, rows, data.catalog), format, outfile(out), force)


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
    from plancmp.analysis import frame
    from plancmp.analysis.gaps import KINDS
    from plancmp.output import views

    for k in kind or []:
        if k not in KINDS:
            fail_usage(f"unknown kind {k!r}: use one of {' '.join(KINDS)}")
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
        emit(views.gaps_table(p, findings, data.catalog), format, outfile(out), force)


@app.command()
def report(
    ctx: typer.Context,
    plan: PlanArg,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="markdown (the default) or html."
        ),
    ] = None,
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
    from plancmp.output import report as reporting

    out = outfile(out)
    with writing():
        if out is not None:
            check_target(out, force)
        fmt = choose(format, out, (Format.MARKDOWN, Format.HTML), Format.MARKDOWN)
    data = data_of(ctx)
    p = find_plan(data, plan)
    built = reporting.build(data, p.id)
    text = (
        reporting.to_md(built, data) if fmt is Format.MARKDOWN else reporting.to_html(built, data)
    )
    with writing():
        emit_text(text, out, force)
