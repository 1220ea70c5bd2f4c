"""Commands that show the data as it is: plans, metrics, show, matrix, groups."""

from typing import Annotated

import typer

from plancmp.cli.common import (
    CategoryOpt,
    ForceOpt,
    FormatOpt,
    NoTitleOpt,
    OutputOpt,
    PeersOpt,
    PlanArg,
    app,
    check_output,
    data_of,
    fail_usage,
    find_category,
    find_metric,
    find_peers,
    find_plan,
    note,
    nothing_contains,
    outfile,
    writing,
)
from plancmp.i18n import _
from plancmp.output.write import emit


@app.command()
def plans(
    ctx: typer.Context,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """The plans: id, title, jurisdiction, kind, period, counts."""
    from plancmp.output import views

    check_output(format, outfile(out), force)
    data = data_of(ctx)
    table = views.plans_table(list(data.headers.values()), data.counts)
    with writing():
        emit(table, format, outfile(out), force, not no_title)


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
    no_title: NoTitleOpt = False,
) -> None:
    """One plan's records, with baseline, target, attribute and source."""
    from plancmp.output import views

    check_output(format, outfile(out), force)
    data = data_of(ctx)
    p = find_plan(data, plan)
    records = list(data.records_of(p.id))
    only = []
    if metric is not None:
        m = find_metric(data, metric)
        records = [r for r in records if r.metric == m.id]
        only.append(m.name)
    if category is not None:
        category = find_category(data, category)
        records = [
            r for r in records if (x := data.catalog.get(r.metric)) and x.category == category
        ]
        only.append(category)
    if not records and (metric or category):
        asked = _(" in ").join(x for x in (metric, category) if x)
        note(_("{id} sets no target for {asked}").format(id=p.id, asked=asked))
    table = views.show_table(p, records, data.catalog, "、".join(only) or None)
    with writing():
        emit(table, format, outfile(out), force, not no_title)


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
    no_title: NoTitleOpt = False,
) -> None:
    """The metric catalog, with the plans that set each metric."""
    from plancmp.output import views

    check_output(format, outfile(out), force)
    data = data_of(ctx)
    setters = {m: list(s.first) for m, s in data.setters(first=len(data.headers)).items()}
    table = views.metrics_table(data.catalog, setters, query)
    if query and not table.rows:
        fail_usage(nothing_contains(data, query))
    with writing():
        emit(table, format, outfile(out), force, not no_title)


@app.command()
def matrix(
    ctx: typer.Context,
    category: CategoryOpt = None,
    peers: PeersOpt = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """Metrics × plans, one cell per target as printed: the wide table a report needs."""
    from plancmp.analysis import frame
    from plancmp.output import views

    check_output(format, outfile(out), force)
    data = data_of(ctx)
    if category is not None:
        category = find_category(data, category)
    chosen = frame.among(data, find_peers(data, peers))
    plans = [data.headers[i] for i in chosen.plans]
    shown = views.among(chosen, data.headers)
    table = views.matrix_table(data.catalog, plans, data.cells(), category, shown)
    with writing():
        emit(table, format, outfile(out), force, not no_title)


@app.command()
def groups(
    ctx: typer.Context,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """The groups of plans --peers accepts: from groups files, and derived (same tier, same city)."""
    from plancmp.output import views

    data = data_of(ctx)
    table = views.groups_table(list(data.groups.values()), data.headers)
    with writing():
        emit(table, format, outfile(out), force, not no_title)
