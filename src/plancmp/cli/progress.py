"""`plancmp progress`: how far a plan has come, by the actual values its records carry."""

from typing import Annotated

import typer

from plancmp.cli.common import (
    ForceOpt,
    FormatOpt,
    OutputOpt,
    PlanArg,
    app,
    data_of,
    find_plan,
    note,
    outfile,
    writing,
)
from plancmp.i18n import _
from plancmp.output.write import emit


@app.command()
def progress(
    ctx: typer.Context,
    plan: PlanArg,
    everything: Annotated[
        bool, typer.Option("--all", help="Also list the targets that have no actual value.")
    ] = False,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Each target's latest actual value against the straight line from baseline to target (中期/终期评估)."""
    from plancmp.analysis.progress import progress_of
    from plancmp.output import views

    data = data_of(ctx)
    p = data.with_records(find_plan(data, plan).id)
    found = progress_of(p, data.catalog, everything)
    if not any(r.actuals for r in p.records):
        note(
            _(
                '{id} has no actual values: add `actuals:` to its records (data/README.md, "Actual values")'
            ).format(id=p.id)
        )
    with writing():
        emit(views.progress_table(p, found, data.catalog), format, outfile(out), force)
