"""Commands that compare: compare, gaps, report."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plancmp.cli.common import (
    CategoryOpt,
    ForceOpt,
    FormatChoice,
    FormatOpt,
    NoTitleOpt,
    OutputOpt,
    PeersOpt,
    PlanArg,
    app,
    check_lookable,
    check_output,
    data_of,
    fail,
    fail_usage,
    find_category,
    find_metric,
    find_peers,
    find_plan,
    note,
    outfile,
    writing,
)
from plancmp.i18n import N_, _
from plancmp.lookup import NotFound, norm
from plancmp.model import SEGMENTS, Metric
from plancmp.output.formats import Format, choose
from plancmp.output.text import title_line
from plancmp.output.write import check_target, emit, emit_text, needs_file
from plancmp.store import Dataset

if TYPE_CHECKING:
    from plancmp.analysis.compare import Basis
    from plancmp.model import Plan, Record
    from plancmp.output.notes import Part
    from plancmp.output.report import Only


class By(StrEnum):
    """What `compare` ranks by."""

    TARGET = "target"
    PACE = "pace"


ByOpt = Annotated[
    By,
    typer.Option(
        "--by",
        case_sensitive=False,
        help="target: rank by the target (the default); pace: by the yearly change it asks for from its own baseline, (target − baseline) ÷ years, so that targets of different years rank together.",
    ),
]
AtOpt = Annotated[
    int | None,
    typer.Option(
        "--at",
        min=1949,
        max=2100,
        metavar="YEAR",
        help="Rank by each target's value in YEAR on the straight line from its baseline (按直线推算).",
    ),
]

SegmentOpt = Annotated[
    str | None,
    typer.Option(
        "--segment",
        "-s",
        help="Only this segment: 学前 小学 初中 义务教育 高中段 中职"
        " (as plans also write them: 高中 or 普高 is 高中段, 职高 is 中职).",
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
    segment: SegmentOpt = None,
    peers: PeersOpt = None,
    by: ByOpt = By.TARGET,
    at: AtOpt = None,
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
    """One metric across all plans (or --peers), ranked by ambition, with how far each is ahead of the best and the median."""
    from plancmp.analysis import frame
    from plancmp.analysis.compare import compare as run_compare
    from plancmp.output import views

    if query is not None and metric is not None and query != metric:
        fail_usage(
            _("two metrics given ({query!r} and --metric {metric!r}): name one").format(
                query=query, metric=metric
            )
        )
    word = metric or query
    if word is None:
        fail_usage(_("name a metric: plancmp compare 普惠 (or --metric, or see `plancmp metrics`)"))
    if chart and format is not None:
        fail_usage(_("--chart draws bars: leave out --format (or drop --chart for a table)"))
    basis = _basis(by, at, chart)
    if not chart:
        check_output(format, outfile(out), force)
    data = data_of(ctx)
    m = find_metric(data, word)
    if segment is not None:
        segment = _segment(data, segment, m)
    chosen = frame.among(data, find_peers(data, peers))
    wanted = set(chosen.plans)
    entries = [(p, r) for p, r in data.entries_for(m.id) if p.id in wanted]
    rows = run_compare(m, entries, segment, basis)
    _drafts_among([(row.plan, row.record) for row in rows])
    if not rows:
        where = _(" among the --peers") if peers else ""
        if segment:
            note(
                _("no plan sets {name} ({id}) for {segment}").format(
                    name=m.name, id=m.id, segment=segment
                )
                + where
            )
        else:
            note(_("no plan sets {name} ({id})").format(name=m.name, id=m.id) + where)
    shown = views.among(chosen, data.headers)
    table = views.compare_table(m, rows, data.catalog, segment, shown, basis)
    with writing():
        if chart:
            from plancmp.output.chart import chart_lines

            title = title_line(table) if table.title and not no_title else None
            emit_text("\n".join(chart_lines(m, rows, title)) + "\n", outfile(out), force)
        else:
            emit(table, format, outfile(out), force, not no_title)


def _drafts_among(entries: "list[tuple[Plan, Record]]") -> None:
    """Say so when a compared target is a draft's record nobody has checked yet, as gaps
    and report say of the plan they read: a ranking should not stand on it unnoticed."""
    drafts = sorted({p.id for p, r in entries if r.review})
    if drafts:
        note(
            _(
                "{ids}: drafted records still carry `review`; check them against the document before using this comparison"
            ).format(ids="、".join(drafts))
        )


def _basis(by: By, at: int | None, chart: bool) -> "Basis":
    """What compare ranks by, from --by and --at."""
    from plancmp.analysis.compare import Basis

    if at is not None and by is By.PACE:
        fail_usage(_("--by pace and --at rank differently: give one of them"))
    if chart and (at is not None or by is By.PACE):
        fail_usage(_("--chart draws the targets themselves: leave out --by pace and --at"))
    return Basis("at", at) if at is not None else Basis(by.value)


def _segment(data: Dataset, word: str, m: Metric) -> str:
    """The segment asked for, as the data names it, and one the metric is set for."""
    try:
        segment = data.find_segment(word)
    except NotFound:
        fail_usage(
            _("unknown segment {word!r}: use one of {choices}").format(
                word=norm(word), choices=" ".join(SEGMENTS)
            )
        )
    has = sorted({r.segment for r in data.records_for(m.id) if r.segment}, key=SEGMENTS.index)
    if segment not in has:
        which = (
            _("its segments are {segments}").format(segments=" ".join(has))
            if has
            else _("it is set without segments; leave out --segment")
        )
        fail_usage(
            _("{name} has no segment {segment!r}: {which}").format(
                name=m.name, segment=segment, which=which
            )
        )
    return segment


KindsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="Only these kinds, by name or in Chinese, several at once: -k 低于同类,前后不一致. Kinds: below_national_standard (低于国家标准) below_city (低于市级) below_province (低于省级) conflict (前后不一致) not_above_baseline (未高于基线) below_peers (低于同类) missing (缺少指标) qualitative (定性目标); with --all also not_below_city (达到市级) city_not_compared (未与市级比较) not_below_province (达到省级) province_not_compared (未与省级比较).",
    ),
]
SkipOpt = Annotated[
    list[str] | None,
    typer.Option("--skip", help="Leave out these kinds, as for --kind: --skip 缺少指标,定性目标."),
]
AllOpt = Annotated[
    bool,
    typer.Option(
        "--all",
        "-a",
        help="Also the quiet findings: city pairs that hold or cannot be compared (and why), and missing indicators that are yearly operational counts or amounts.",
    ),
]


@app.command()
def gaps(
    ctx: typer.Context,
    plan: PlanArg,
    kind: KindsOpt = None,
    skip: SkipOpt = None,
    everything: AllOpt = False,
    peers: PeersOpt = None,
    format: FormatOpt = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    no_title: NoTitleOpt = False,
) -> None:
    """Where one plan falls short: of national standards, its city's and province's plans, its peers, its own baseline."""
    from plancmp.analysis import frame
    from plancmp.analysis.gaps import select
    from plancmp.output import views

    kinds, skipped = _kinds(kind), _kinds(skip)
    check_output(format, outfile(out), force)
    data = data_of(ctx)
    p = find_plan(data, plan)
    chosen = frame.peers_for(data, p, find_peers(data, peers))
    peer_plans = frame.peers_of(data, p, chosen)
    if peers is not None:
        _few_peers(p, peer_plans)
    elif not peer_plans and p.tier in ALONE:
        note(_(ALONE[p.tier]).format(id=p.id))
    _other_period(p, frame.peer_years_apart(p, peer_plans))
    _higher_apart(p, frame.higher_by_period(data, p)[1])
    p, found = frame.gaps(data, p.id, chosen)
    _unchecked(p)
    shown = select(found, kinds, skipped, everything)
    table = views.gaps_table(p, shown, data.catalog, views.among(chosen, data.headers))
    with writing():
        emit(table, format, outfile(out), force, not no_title)
    hidden = 0 if everything else len(select(found, kinds, skipped, True)) - len(shown)
    if hidden and out is None and sys.stdout.isatty():  # a person reading: say what is left out
        note(
            _(
                "{count} quiet finding(s) left out (city pairs that hold or cannot be compared, missing operational counts and amounts): --all shows them"
            ).format(count=hidden)
        )


ALONE = {
    "city": N_(
        "{id} is a city's plan and no other city's is loaded to compare it with, so only conflicts, baselines, national standards and qualitative targets are checked; to compare it with other plans, pass them with --peers, or put one metric of every plan side by side with `plancmp compare`"
    ),
    "province": N_(
        "{id} is a province's plan and no other province's is loaded to compare it with, so only conflicts, baselines, national standards and qualitative targets are checked; to compare it with other plans, pass them with --peers, or put one metric of every plan side by side with `plancmp compare`"
    ),
}
"""What `gaps` says of a city's or province's plan that no plan of its tier is loaded beside:
its 低于同类 and 缺少指标 are then empty for want of peers, not because none fall short."""


def _few_peers(p: "Plan", peer_plans: "list[Plan]") -> None:
    """Peers the writer named that leave fewer than two to compare with. None (`--peers
    临安` for 临安 itself): nothing is ranked among peers. One: an indicator is missing by the
    peers' rule only where two peers set it, so one peer adds none to 缺少指标 (those a
    higher plan sets are still listed); a writer comparing with one neighbour would read
    the list as all that is missing."""
    if not peer_plans:
        note(
            _(
                "--peers names no plan besides {id}: only its own targets and higher plans are checked"
            ).format(id=p.id)
        )
    elif len(peer_plans) == 1:
        note(
            _(
                "--peers names one plan besides {id}: a peer's indicator counts as missing (缺少指标) only where two peers set it, so this one adds none (those a higher plan sets are still listed): name two or more plans to look for them"
            ).format(id=p.id)
        )


def _other_period(p: "Plan", years: tuple[int, ...]) -> None:
    """Say so when no peer aims at the plan's year (`years`, the peers' years then, as
    frame.peer_years_apart gives them; empty when one does): a year's work plan among
    five-year plans has its targets ranked against none, and what it misses is only what
    plans of another period set."""
    if not years:
        return
    note(
        _(
            "{id} aims at {year}, its peers at {years}: targets of other years are not ranked, and a missing metric only says what plans of another period set — --peers can name plans of its own period"
        ).format(id=p.id, year=p.target_year, years="、".join(map(str, years)))
    )


def _higher_apart(p: "Plan", other_periods: "list[Plan]") -> None:
    """Name the loaded higher plans of another period, which gaps does not hold the plan
    to (frame.higher_by_period): with no word, a city plan left out reads as one missing,
    and a plan with no city finding as one that keeps to its city's."""
    if other_periods:
        note(
            _(
                "{id}: {titles} of another period are loaded but not compared: a higher plan is compared only when its period meets the plan's"
            ).format(id=p.id, titles="、".join(f"《{q.title}》" for q in other_periods))
        )


def _unchecked(p: "Plan") -> None:
    """Say so when findings stand on a draft nobody has checked yet, or on a plan
    whose level is unknown (it then has no peers and no higher plans)."""
    if p.level is None:
        note(
            _(
                "{id}: `level` is not set, so it has no peers and no higher plans to be held to: fill in `level` (and `parent_city`) in its file"
            ).format(id=p.id)
        )
    waiting = sum(1 for r in p.records if r.review)
    if waiting or p.review:
        note(
            _(
                "{id} is a draft: {records} record(s) and {fields} header field(s) still carry `review`; check them against the document before using these findings"
            ).format(id=p.id, records=waiting, fields=len(p.review))
        )


def _kinds(typed: list[str] | None) -> list[str]:
    """Finding kinds as typed: by name or in Chinese, several in one option."""
    from plancmp.analysis.gaps import KINDS
    from plancmp.lookup import find_choices
    from plancmp.output.words import FINDING_ZH, FORMER_FINDING_ZH

    chinese = {zh: kind for kind, zh in FINDING_ZH.items()} | FORMER_FINDING_ZH
    try:
        return find_choices(typed or [], KINDS, N_("kind"), chinese)
    except NotFound as exc:
        listed = "、".join(f"{k}（{FINDING_ZH[k]}）" for k in KINDS)
        if exc.ambiguous or exc.close or not exc.candidates:
            fail_usage(_("{problem} — kinds: {kinds}").format(problem=exc, kinds=listed))
        # the kinds are few: list each once, with its Chinese name, not eight and "等 12 个"
        fail_usage(
            _("unknown kind '{word}': use one of {kinds}").format(word=exc.word, kinds=listed)
        )


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
    kind: KindsOpt = None,
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
            click_type=FormatChoice(),
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
    peers: PeersOpt = None,
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
    kinds = _kinds(kind)
    parts = _read_notes(notes) if notes is not None else []
    data = data_of(ctx)
    p = find_plan(data, plan)
    only = _only(data, metric, category, kinds)
    chosen = find_peers(data, peers)
    built = reporting.build(data, p.id, only, chosen)
    if chosen is not None:
        from plancmp.analysis import frame

        _few_peers(p, frame.peers_of(data, p, chosen))
    _other_period(p, built.peer_years)
    _unchecked(built.plan)
    if not built.findings and not built.comparisons and built.only != reporting.EVERYTHING:
        note(_("{id}: nothing in the report matches the filters given").format(id=p.id))
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

    check_lookable(path)
    if not path.is_file():
        what = N_("--notes {path} does not exist: give a Markdown file of your commentary")
        if path.is_dir():
            what = N_("--notes {path} is a folder: give a Markdown file of your commentary")
        elif path.exists():  # a named pipe or a device: never read, it could wait forever
            what = N_(
                "--notes {path} is not a regular file: give a Markdown file of your commentary"
            )
        elif path.is_symlink():
            what = N_(
                "--notes {path} is a link to nothing (or a loop of links): give a Markdown file of your commentary"
            )
        fail_usage(_(what).format(path=path))
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
        _("did you mean {headings}?").format(headings="、".join(by_key[c] for c in close))
        if close
        else _("`plancmp report` prints the headings")
    )
    return _(
        "{path}:{line}: the heading {heading!r} names no part of this report, so its text is left out: {hint}"
    ).format(path=path, line=part.line, heading=part.heading, hint=hint)
