"""`plancmp draft`: a plan document in, a plan file to review out."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from plancmp.cli.common import (
    ForceOpt,
    FormatOpt,
    app,
    data_of,
    fail,
    fail_usage,
    note,
    outfile,
    writing,
)
from plancmp.i18n import _
from plancmp.output.formats import TABLE_FORMATS, Format, choose
from plancmp.output.write import check_target, emit, emit_text

if TYPE_CHECKING:
    from plancmp.draft.build import Draft
    from plancmp.draft.read import DocumentError
    from plancmp.store.dataset import Dataset

DRAFT_FORMATS = TABLE_FORMATS | {Format.YAML}


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
            help="FILE.yaml: a plan file to review (and metrics-<id>.yaml beside it for new indicators); FILE.html: a review sheet, each record beside its sentence or row with the values marked; another extension writes the table. - is stdout.",
        ),
    ] = None,
    force: ForceOpt = False,
    text: Annotated[
        bool,
        typer.Option(
            "--text",
            help="Print the document's text as drafting reads it, after the conversions the plan file lists (traditional characters, reposting noise): what `raw` and `source.quote` are checked against.",
        ),
    ] = False,
) -> None:
    """Draft a plan's targets from its document, each with its quote and what to check: printed like show, or written with -o FILE.yaml as a plan file to review."""
    from plancmp.draft.patterns import kept_between_runs

    with kept_between_runs():  # the drafting modules' ~1,100 patterns, compiled once
        from plancmp.draft import command
        from plancmp.draft.read import DocumentError
        from plancmp.draft.read import text as _text_reader  # noqa: F401  (its patterns too)

    out = outfile(out)
    if text:
        _print_text(path, out, force)
        return
    with writing():
        if out is not None:
            check_target(out, force)
        fmt = choose(format, out, DRAFT_FORMATS)
    try:
        pid, made_up = command.choose_id(plan_id, out if fmt is Format.YAML else None, path)
    except command.DraftUsageError as exc:
        fail_usage(str(exc))
    data = data_of(ctx)
    try:
        drafted = command.draft_file(path, pid, made_up, data.catalog)
    except DocumentError as exc:
        _unread(exc)
    drafted = command.with_known_level(drafted, data.headers.values())
    segments = _segments_by_metric(data, drafted.plan.id)
    drafted = command.with_known_segments(drafted, segments, data.catalog)
    if not drafted.records:
        note(
            _(
                "{path}: no target found; the draft holds the plan's header only. If the document has targets, check that it is the plan's text (`plancmp draft --text {path}` shows what drafting reads)"
            ).format(path=path)
        )
    if fmt is Format.YAML:
        _write_plan(drafted, out, force)
        return
    if fmt is Format.HTML and out is not None:
        from plancmp.draft.sheet import review_sheet

        with writing():
            emit_text(review_sheet(drafted, data.catalog), out, force)
        return
    from plancmp.draft.view import draft_table

    with writing():
        emit(draft_table(drafted, data.catalog, quotes=fmt is not Format.RICH), fmt, out, force)


def _print_text(path: Path, out: Path | None, force: bool) -> None:
    """The converted text, so that a reader can repeat the conversion and find every
    drafted value in it."""
    from plancmp.draft.read import DocumentError, document_text, read_document

    with writing():
        if out is not None:
            check_target(out, force)
    try:
        doc = read_document(path)
    except DocumentError as exc:
        _unread(exc)
    with writing():
        emit_text(document_text(doc) + "\n", out, force)


def _unread(exc: "DocumentError") -> NoReturn:
    """Stop on a document that cannot be read: exit 1, or 2 for a path that names no file
    (mistyped, or a folder, as a missing --data-dir or one that is a file is)."""
    from plancmp.draft.read import NotAFile

    if isinstance(exc, NotAFile):
        fail_usage(str(exc))
    fail(1, str(exc))


def _write_plan(drafted: "Draft", out: Path | None, force: bool) -> None:
    """The plan file (and the catalog file of new metrics) to `out`, or the plan to stdout."""
    from plancmp.draft import command
    from plancmp.draft.write import plan_text

    if out is None:
        with writing():
            emit_text(plan_text(drafted))
        return
    with writing():
        written = command.write_files(drafted, out, force)
    doubts = sum(bool(d.review) for d in drafted.records)
    print(
        _("wrote {path}: {records} records to check, {doubts} with a doubt named").format(
            path=written[0], records=len(drafted.records), doubts=doubts
        ),
        file=sys.stderr,
    )
    if len(written) > 1:
        print(
            _("wrote {path}: {count} new metrics").format(
                path=written[1], count=len(drafted.new_metrics)
            ),
            file=sys.stderr,
        )


def _segments_by_metric(data: "Dataset", leave_out: str) -> dict[str, set[str | None]]:
    """Each metric's stages in the loaded plans but the one being drafted (`leave_out`: an
    earlier file of it vouches for nothing), so that a draft is recorded as they are."""
    out: dict[str, set[str | None]] = {}
    for plan_id in data.headers:
        if plan_id == leave_out:
            continue
        for r in data.records_of(plan_id):
            out.setdefault(r.metric, set()).add(r.segment)
    return out
