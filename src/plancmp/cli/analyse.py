"""Commands that compare: compare, gaps, report."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from plancmp.cli.common import (
    ForceOpt,
    FormatOpt,
    NoTitleOpt,
    OutputOpt,
    PlanArg,
    app,
    data_of,
    fail_usage,
    find_metric,
    find_plan,
    note,
    outfile,
    titled,
    writing,
)
from plancmp.lookup import NotFound, norm
from plancmp.model import SEGMENTS, Metric
from plancmp.output.formats import Format, choose
from plancmp.output.text import title_line
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
        bool,
        typer.Option(
            "--chart", help="Bars instead of a table, one per ranked target; the rest listed."
        ),
    ] = False,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """One metric across all plans, ranked by ambition, with how far each is ahead of the best and the median."""
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
    table = titled(views.compare_table(m, rows, data.catalog, segment), no_title)
    with writing():
        if chart:
            from plancmp.output.chart import chart_lines

            title = title_line(table) if table.title else None
            emit_text("\n".join(chart_lines(m, rows, title)) + "\n", outfile(out), force)
        else:
            emit(table, format, outfile(out), force)


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


KindsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind", "-k",
        help="Only these kinds, by name or in Chinese, several at once: -k 低于同类,前后矛盾. Kinds: below_national_standard (低于国家标准) below_city (低于市级) conflict (前后矛盾) not_above_baseline (未高于基线) below_peers (低于同类) missing (缺少指标) qualitative (定性目标); with --all also not_below_city (达到市级) city_not_compared (未与市级比较).",
    ),
]  # fmt: skip
SkipOpt = Annotated[
    list[str] | None,
    typer.Option("--skip", help="Leave out these kinds, as for --kind: --skip 缺少指标,定性目标."),
]
AllOpt = Annotated[
    bool,
    typer.Option(
        "--all", "-a",
        help="Also the quiet findings: city pairs that hold or cannot be compared (and why), and missing indicators that are yearly operational counts or amounts.",
    ),
]  # fmt: skip


@app.command()
def gaps(
    ctx: typer.Context,
    plan: PlanArg,
    kind: KindsOpt = None,
    skip: SkipOpt = None,
    everything: AllOpt = False,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """Where one plan falls short: of national standards, its city's work points, its peers, its own baseline."""
    from plancmp.analysis import frame
    from plancmp.analysis.gaps import select
    from plancmp.output import views

    kinds, skipped = _kinds(kind), _kinds(skip)
    data = data_of(ctx)
    p = find_plan(data, plan)
    if p.is_city and not frame.peers_of(data, p):
        note(f"{p.id} is a city's work points; no other city's are loaded to hold them to,"
             " so only conflicts, baselines, national standards and qualitative targets are"
             " checked (`plancmp compare` puts one metric of every plan side by side)")  # fmt: skip
    p, found = frame.gaps(data, p.id)
    shown = select(found, kinds, skipped, everything)
    table = titled(views.gaps_table(p, shown, data.catalog), no_title)
    with writing():
        emit(table, format, outfile(out), force)
    hidden = 0 if everything else len(select(found, kinds, skipped, True)) - len(shown)
    if hidden and out is None and sys.stdout.isatty():  # a person reading: say what is left out
        note(f"{hidden} quiet finding(s) left out (city pairs that hold or cannot be compared,"
             " missing operational counts and amounts): --all shows them")  # fmt: skip


def _kinds(typed: list[str] | None) -> list[str]:
    """Finding kinds as typed: by name or in Chinese, several in one option."""
    from plancmp.analysis.gaps import KINDS
    from plancmp.lookup import find_choices
    from plancmp.output.words import FINDING_ZH

    chinese = {zh: kind for kind, zh in FINDING_ZH.items()}
    try:
        return find_choices(typed or [], KINDS, "kind", chinese)
    except NotFound as exc:
        listed = " ".join(f"{k}（{FINDING_ZH[k]}）" for k in KINDS)
        fail_usage(f"{exc} — kinds: {listed}")


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
