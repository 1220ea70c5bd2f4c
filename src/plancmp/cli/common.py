"""What every command shares: the Typer app, options, failing with a message, loading data.

Exit codes: 0 success, 1 a data or validation problem, 2 a usage error.
"""

# No `from __future__ import annotations` in the cli modules: Typer reads every
# command's annotations at each start, and string annotations would each cost an eval().

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, NoReturn, TypeVar

import typer
from typer._types import TyperChoice

from plancmp import lookup
from plancmp.cli.localized import Command, Group, translated
from plancmp.i18n import N_, _, os_reason
from plancmp.lookup import NotFound
from plancmp.model import CATEGORIES, Metric, Plan, Problem
from plancmp.output.formats import Format, FormatError
from plancmp.output.write import OutputError, silence_stdout
from plancmp.store import Dataset, InvalidData, load

if TYPE_CHECKING:
    from plancmp.peers import Peers


F = TypeVar("F", bound=Callable[..., Any])


class App(typer.Typer):
    """Typer's app, whose commands speak the user's language (cli.localized)."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        return super().command(*args, **{"cls": Command, **kwargs})


app = App(
    cls=Group,
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


def check_lookable(path: Path) -> None:
    """Stop, as a usage error, on a path the system refuses to look at for a reason other than
    its not being there (a name too long, a folder on the way not searchable): pathlib's
    exists() and is_dir() raise on these where they answer False for a missing file."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as err:
        fail_usage(
            _("{path}: cannot be read ({strerror}) — check the path and its permissions").format(
                path=path, strerror=os_reason(err)
            )
        )


def note(message: str) -> None:
    print(f"plancmp: {message}", file=sys.stderr)


@contextmanager
def writing() -> Iterator[None]:
    """Output problems become usage errors (exit 2); a closed pipe ends quietly."""
    try:
        yield
    except (OutputError, FormatError) as exc:
        fail_usage(str(exc))
    except BrokenPipeError:
        pipe_closed()


def pipe_closed() -> NoReturn:
    """The reader went away (`| head`): stop quietly, with success (Click would exit 1)."""
    silence_stdout()
    raise typer.Exit(0)


def check_output(format: Format | None, out: Path | None, force: bool) -> None:
    """Refuse, before any work is done, an output that cannot be written as asked (a file
    that exists, a folder, a format the file's name cannot hold)."""
    from plancmp.output.formats import choose
    from plancmp.output.write import check_target

    with writing():
        if out is not None:
            check_target(out, force)
        choose(format, out)


def outfile(out: Path | None) -> Path | None:
    """`-o -` means stdout, as in other Unix tools."""
    return None if out is not None and str(out) == "-" else out


class FormatChoice(TyperChoice[str]):
    """`--format`'s names, in any case, and the short names people type for two of them."""

    SHORT: ClassVar[dict[str, str]] = {"md": Format.MARKDOWN.value, "yml": Format.YAML.value}

    def __init__(self) -> None:
        super().__init__([f.value for f in Format], case_sensitive=False)

    def convert(self, value: Any, param: Any, ctx: Any) -> str:
        if isinstance(value, str):
            value = self.SHORT.get(value.casefold(), value)
        return super().convert(value, param, ctx)


FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        click_type=FormatChoice(),
        metavar="FORMAT",
        help="rich on a terminal, markdown when piped; also csv, excel (CSV with BOM), tsv, json, the tabulate formats (plain, grid, github, html, latex, rst …), and with -o docx (Word) or xlsx (Excel). With -o, one the file's extension can hold (-f excel -o t.csv); leave it out and the extension decides.",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (text as UTF-8) instead of stdout; without --format the extension decides (.md .csv .json .html .docx .xlsx …). - is stdout; a device or named pipe (/dev/null) is written to as stdout is.",
    ),
]
PlanArg = Annotated[
    str, typer.Argument(metavar="PLAN", help="Plan id or name: linan, 临安, 临安区.")
]
CategoryOpt = Annotated[
    str | None,
    typer.Option("--category", "-c", help="Only this category, e.g. 学前教育 (or 学前)."),
]
ForceOpt = Annotated[
    bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
]
PeersOpt = Annotated[
    str | None,
    typer.Option(
        "--peers",
        help="Compare among these plans, or a group, separated by commas: 临安,上城,越城 or 杭州市辖区 (`plancmp groups` lists the groups).",
    ),
]
NoTitleOpt = Annotated[
    bool,
    typer.Option(
        "--no-title",
        help="Leave out the title line (and in a workbook or Word file the title row: the sheet starts with the header).",
    ),
]


def data_of(ctx: typer.Context) -> Dataset:
    """The data the command works on; every problem in it is a one-line message, exit 1."""
    user_dir = ctx.obj["data_dir"]
    if user_dir is not None:
        check_lookable(user_dir)
    if user_dir is not None and not user_dir.is_dir():
        if not user_dir.exists():
            fail_usage(
                _("--data-dir {path} does not exist: give a folder of YAML plan files").format(
                    path=user_dir
                )
            )
        fail_usage(
            _("--data-dir {path} is not a folder: give a folder of YAML plan files").format(
                path=user_dir
            )
        )
    try:
        data = load(user_dir, use_cache=ctx.obj["use_cache"])
    except InvalidData as exc:
        hint = "\n" + _("run `plancmp validate` for the full list") if len(exc.problems) > 1 else ""
        fail(1, problems_text(exc.problems) + hint)
    for line in data.notes:
        print(note_text(line), file=sys.stderr)
    return data


def problems_text(problems: list[Problem], limit: int = 20) -> str:
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(_("… and {count} more").format(count=len(problems) - limit))
    return "\n".join(lines)


NOTES = (
    (r"note: (?P<path>.+) replaces the built-in plan (?P<id>'.*')$",
     N_("note: {path} replaces the built-in plan {id}")),
    (r"note: (?P<path>.+) replaces the built-in group (?P<id>'.*')$",
     N_("note: {path} replaces the built-in group {id}")),
    (r"note: (?P<path>.+) is not read: a data file's name ends in \.yaml$",
     N_("note: {path} is not read: a data file's name ends in .yaml")),
    (r"note: (?P<path>.+): (?P<records>\d+) record\(s\) and (?P<fields>\d+) header field\(s\) are marked for review: check each against the document, then delete its `review:`$",
     N_("note: {path}: {records} record(s) and {fields} header field(s) are marked for review: check each against the document, then delete its `review:`")),
    (r"note: (?P<path>.+): (?P<metrics>\d+) metric\(s\) are marked for review: check each one's name, unit, category and direction, then delete its `review:`$",
     N_("note: {path}: {metrics} metric(s) are marked for review: check each one's name, unit, category and direction, then delete its `review:`")),
)  # fmt: skip
"""The notes the store writes (and its index keeps) in English, and the same note with
stable words to translate when it is shown."""


def note_text(line: str) -> str:
    """A note from the data, in the user's language."""
    return translated(line, NOTES)


def find_plan(data: Dataset, word: str) -> Plan:
    """The plan a word names; which one was taken, on stderr, when it names others too."""
    try:
        plan, matched = lookup.match_plan(data.headers.values(), word)
    except NotFound as exc:
        if exc.close or exc.ambiguous:
            fail_usage(_("{problem} — `plancmp plans` lists them").format(problem=exc))
        fail_usage(
            _(
                "{problem} — `plancmp plans` lists them; to add a plan of your own, draft it"
                " with `plancmp draft FILE -o DIR/PLAN.yaml` and add `--data-dir DIR`"
            ).format(problem=exc)
        )
    if len(matched) > 1:
        note(lookup.took(word, matched))
    return plan


def nothing_contains(data: Dataset, query: str) -> str:
    """Why `metrics QUERY` lists nothing, or a word names no metric: no id, name or alias holds
    it, with the nearest names when some are close."""
    problem = _("no metric's id, name or alias contains {query!r}").format(query=query)
    try:
        lookup.match_metric(data.catalog, query)
    except lookup.NotFound as exc:
        if exc.close:
            names = {m.id: m.name for m in data.catalog}
            shown = "、".join(f"{k}（{names[k]}）" for k in exc.candidates[: lookup.MAX_SHOWN])
            problem += _("; the nearest are {names}").format(names=shown)
    return _("{problem} — `plancmp metrics` lists them all").format(problem=problem)


def find_metric(data: Dataset, word: str) -> Metric:
    """The metric a word names (the best match, lookup.match); which one was taken, on
    stderr, when the word names others too."""
    try:
        metric, matched = lookup.match_metric(data.catalog, word)
    except NotFound as exc:
        if not exc.ambiguous and not exc.close:
            fail_usage(nothing_contains(data, word))  # not the catalog's first entries
        fail_usage(_("{problem} — `plancmp metrics` lists them").format(problem=exc))
    if len(matched) > 1:
        note(lookup.took(word, matched))
    return metric


def find_peers(data: Dataset, text: str | None) -> "Peers | None":
    """The plans `--peers` names; None when it is not given."""
    if text is None:
        return None
    if not text.strip(" ,，、;；"):
        fail_usage(_("--peers is empty: name plans or a group, e.g. --peers 临安,上城"))
    try:
        return data.find_peers(text)
    except NotFound as exc:
        fail_usage(
            _("--peers: {problem} — `plancmp plans` and `plancmp groups` list them").format(
                problem=exc
            )
        )


def find_category(data: Dataset, word: str) -> str:
    try:
        return data.find_category(word)
    except NotFound:
        fail_usage(
            _("unknown category {word!r}: use one of {choices}").format(
                word=word, choices=" ".join(CATEGORIES)
            )
        )
