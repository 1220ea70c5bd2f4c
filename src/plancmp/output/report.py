"""A finished 对标分析 for one plan: summary, findings by kind, one comparison per shared
metric, sources.

`build` computes what the report says; `outline` lays it out once, as a list of blocks
(headings, paragraphs, tables, charts, the writer's notes); each format renders the
blocks: Markdown here, HTML in report_html.py, Word in office/report.py. So a new part,
a filter or the writer's notes reach every format alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from plancmp.analysis import frame
from plancmp.analysis.compare import Row, compare
from plancmp.analysis.gaps import KINDS, QUIET_KINDS, Finding
from plancmp.analysis.progress import Progress, progress_of
from plancmp.model import Metric, Plan
from plancmp.output.formats import Format
from plancmp.output.notes import Part, key
from plancmp.output.table import Table
from plancmp.output.text import to_markdown
from plancmp.output.views import compare_table, gaps_table, progress_table
from plancmp.output.words import (
    FINDING_ZH,
    PROGRESS_RULE,
    actual_source,
    frame_line,
    other_period_line,
    peers_label,
    period,
    show_value,
)
from plancmp.peers import Peers
from plancmp.store import Dataset


@dataclass(frozen=True)
class Comparison:
    """One metric the plan shares with other plans, compared."""

    metric: Metric
    segment: str | None
    rows: list[Row]


class Only(NamedTuple):
    """What the writer keeps in the report (`--metric`, `--category`, `--kind`); empty keeps all."""

    metrics: frozenset[str] = frozenset()
    """Metric ids."""
    category: str | None = None
    kinds: frozenset[str] = frozenset()
    """Kinds of finding (the comparisons are not filtered by kind)."""

    def keeps(self, metric: Metric) -> bool:
        return (not self.metrics or metric.id in self.metrics) and (
            self.category is None or metric.category == self.category
        )


EVERYTHING = Only()


@dataclass(frozen=True)
class Report:
    plan: Plan
    findings: list[Finding]
    comparisons: list[Comparison]
    sources: list[Plan]
    has_city: bool
    """Whether the work points of the plan's city are loaded: without them, no
    finding against the city is not a result."""
    has_peers: bool
    """Whether any plan to compare with is loaded (of the same tier, or among --peers)."""
    only: Only = EVERYTHING
    peers: str = ""
    """Whom the plan was compared with, as words (`全部区县规划（4 个）`)."""
    higher: tuple[Plan, ...] = ()
    """The plans of the jurisdictions above the plan's that are loaded."""
    progress: tuple[Progress, ...] = ()
    """The progress of each target that has an actual value."""
    peer_years: tuple[int, ...] = ()
    """The years the peers aim at when none is the plan's own (frame.peer_years_apart),
    else (): the report then says so."""
    other_periods: tuple[Plan, ...] = ()
    """The loaded plans above the plan's that are of another period, so not held to."""


def build(
    data: Dataset, plan_id: str, only: Only = EVERYTHING, chosen: Peers | None = None
) -> Report:
    """Everything the report shows, computed once: the findings `gaps` shows by default
    (not the quiet ones), as far as `only` keeps them. `chosen` are the --peers (default:
    the plans of the plan's tier); the plan is compared with its peers and higher plans."""
    peers = frame.peers_for(data, data.headers[plan_id], chosen)
    plan, everything = frame.gaps(data, plan_id, peers)
    circle = set(frame.circle(data, plan, peers))
    findings = [
        f
        for f in everything
        if not f.quiet and only.keeps(f.metric) and (not only.kinds or f.kind in only.kinds)
    ]
    comparisons = []
    mine = {r.metric for r in plan.records}
    for m in data.catalog:  # catalog order: by category, as the plans list their targets
        if m.id not in mine or not only.keeps(m):
            continue
        entries = [(p, r) for p, r in data.entries_for(m.id) if p.id in circle]
        segments = sorted({r.segment or "" for r in plan.records if r.metric == m.id})
        for seg in segments:
            rows = compare(m, entries, seg or None)
            if {row.plan.id for row in rows} - {plan.id} and any(row.rank for row in rows):
                comparisons.append(Comparison(m, seg or None, rows))
    others = {
        row.plan.id: row.plan for c in comparisons for row in c.rows if row.plan.id != plan.id
    }
    sources = [plan, *sorted(others.values(), key=lambda q: q.id)]
    held, other_periods = frame.higher_by_period(data, plan)
    higher = tuple(held)
    found = progress_of(plan, data.catalog)
    found = [g for g in found if only.keeps(data.catalog.by_id[g.record.metric])]
    peer_plans = frame.peers_of(data, plan, peers)
    years = frame.peer_years_apart(plan, peer_plans)
    return Report(plan, findings, comparisons, sources, any(q.is_city for q in higher),
                  bool(peer_plans), only, peers_label(peers, data.headers), higher,
                  tuple(found), years, tuple(other_periods))  # fmt: skip


# --- the outline every format renders ---------------------------------------------------


class Heading(NamedTuple):
    level: int
    """1 the report's title, 2 a section, 3 a kind of finding or a metric."""
    text: str


class Text(NamedTuple):
    text: str
    meta: bool = False
    """About the report rather than its findings (shown quieter)."""


class Counts(NamedTuple):
    """The summary: findings by kind."""

    pairs: list[tuple[str, str]]


class Grid(NamedTuple):
    table: Table
    highlight: frozenset[int] = frozenset()
    """Rows of the plan itself."""


class Bar(NamedTuple):
    label: str
    value: float
    text: str
    """The value as the report shows it (≥90%)."""
    mine: bool


class Chart(NamedTuple):
    """Bars of the ranked targets of one comparison, the plan's highlighted."""

    title: str
    bars: list[Bar]


class Items(NamedTuple):
    items: list[str]


class Note(NamedTuple):
    """The writer's commentary (Markdown) under a heading."""

    markdown: str


Block = Heading | Text | Counts | Grid | Chart | Items | Note


NO_FINDINGS = "没有发现。"
NO_COMPARISONS = "比较对象和上级规划中，没有与本规划同一指标、可以一起排名的目标。"
"""What an empty section says, so a finished report never has a heading over nothing."""


def outline(report: Report, data: Dataset) -> list[Block]:
    """The report as blocks, in reading order."""
    p = report.plan
    out: list[Block] = [
        Heading(1, f"{p.title} 对标分析"),
        Text(f"{p.place}，{period(p)}。由 plancmp 生成，数据见文末来源。", meta=True),
        Text(frame_line(report.peers, report.higher, report.other_periods), meta=True),
    ]
    if line := other_period_line(p.target_year, report.peer_years):
        out.append(Text(line, meta=True))
    if report.only != EVERYTHING:
        out.append(Text(_scope(report.only, data), meta=True))
    out += [Heading(2, "概览"), Counts(_counts(report)), Heading(2, "发现")]
    if not report.findings:
        out.append(Text(NO_FINDINGS, meta=True))
    for kind in KINDS:
        found = [f for f in report.findings if f.kind == kind]
        if found:
            table = _without_empty(_without_kind(gaps_table(p, found, data.catalog)))
            out += [Heading(3, f"{FINDING_ZH[kind]}（{len(found)}）"), Grid(table)]
    if report.progress:
        table = progress_table(p, report.progress, data.catalog)
        out += [Heading(2, "进度评估"), Grid(table), Text(PROGRESS_RULE, meta=True)]
    out.append(Heading(2, "逐项比较"))
    if not report.comparisons:
        out.append(Text(NO_COMPARISONS, meta=True))
    for c in report.comparisons:
        mine = frozenset(i for i, r in enumerate(c.rows) if r.plan.id == p.id)
        out += [Heading(3, comparison_title(c)), chart_of(c, p.id)]
        out.append(Grid(compare_table(c.metric, c.rows, data.catalog), mine))
        if c.metric.note:
            out.append(Text(f"口径说明：{c.metric.note}", meta=True))
    out += [Heading(2, "来源"), Items(_source_lines(report))]
    out.append(
        Text(f"{len(report.findings)} 条发现，{len(report.comparisons)} 项比较。", meta=True)
    )
    return out


def with_notes(blocks: Sequence[Block], parts: Sequence[Part]) -> tuple[list[Block], list[Part]]:
    """The blocks with each part of the writer's notes under the heading it names (notes.py),
    and the parts whose heading names no part of this report."""
    by_key: dict[str, list[Part]] = {}
    for part in parts:
        by_key.setdefault(key(part.heading), []).append(part)
    out: list[Block] = []
    for b in blocks:
        out.append(b)
        if isinstance(b, Heading):
            names = ("", key(b.text)) if b.level == 1 else (key(b.text),)
            out += [Note(part.body) for name in names for part in by_key.pop(name, [])]
    return out, [part for left in by_key.values() for part in left]


def headings(blocks: Sequence[Block]) -> list[str]:
    """The texts a note's heading can name, for messages."""
    return [b.text for b in blocks if isinstance(b, Heading) and b.level > 1]


def _scope(only: Only, data: Dataset) -> str:
    parts = []
    if only.category:
        parts.append(f"类别 {only.category}")
    if only.metrics:
        names = [m.name for m in data.catalog if m.id in only.metrics]
        parts.append("指标 " + "、".join(names))
    if only.kinds:
        parts.append("发现 " + "、".join(FINDING_ZH[k] for k in KINDS if k in only.kinds))
    return "本报告只含：" + "；".join(parts) + "。"


def _counts(report: Report) -> list[tuple[str, str]]:
    """Findings by kind; a kind that could not be looked for says so instead of 0."""
    p = report.plan
    out = []
    for k in (k for k in KINDS if k not in QUIET_KINDS):
        if report.only.kinds and k not in report.only.kinds:
            continue
        n = str(sum(f.kind == k for f in report.findings))
        if k == "below_city" and p.height >= 1:
            n = "不适用（本规划即市级）" if p.is_city else "不适用（本规划为省级）"
        elif k == "below_city" and not report.has_city:
            n = f"未比较（未收录{p.city_name or '所属'}市工作要点）"
            if any(q.is_city for q in report.other_periods):
                n = f"未比较（已收录的{p.city_name or '所属'}市规划与本规划不同期）"
        elif k == "below_province" and p.tier == "province":
            n = "不适用（本规划即省级）"
        elif k == "below_province" and not any(q.tier == "province" for q in report.higher):
            n = f"未比较（未收录{_province(p)}的规划）"
            if any(q.tier == "province" for q in report.other_periods):
                n = f"未比较（已收录的{_province(p)}规划与本规划不同期）"
        elif k in ("below_peers", "missing") and not report.has_peers:
            n = "未比较（未收录同级规划）"
        out.append((FINDING_ZH[k], n))
    return out


def _province(p: Plan) -> str:
    """The province a plan names above it (`浙江省`), else words for an unknown one."""
    i = 1 - p.height  # a county-level plan names its city first, a city its province
    return f"{p.above[i]}省" if 0 <= i < len(p.above) else "所属省份"


def _source_lines(report: Report) -> list[str]:
    """The plans compared, then the documents the actual values were read from."""
    documents = {actual_source(g.actual): None for g in report.progress if g.actual}
    return [*(_source_line(s) for s in report.sources), *(f"实际值：{d}" for d in documents)]


def _source_line(p: Plan) -> str:
    parts = [p.title, p.issuer or "", p.doc_number or "", p.issued or ""]
    return "，".join(x for x in parts if x)


def _without_kind(table: Table) -> Table:
    """Findings listed under their kind's heading need no kind column."""
    numbers = [row[1:] for row in table.numbers]
    rows = [row[1:] for row in table.rows]
    return Table(table.columns[1:], rows, table.records, table.title, numbers=numbers)


def _without_empty(table: Table) -> Table:
    """A column no finding of the kind fills (本规划目标 under 缺少指标, 学段 where no target
    has one) is left out: on a phone or a printed page it only squeezes the others."""
    keep = [i for i in range(len(table.columns)) if i == 0 or any(row[i] for row in table.rows)]
    if len(keep) == len(table.columns):
        return table
    rows = [[row[i] for i in keep] for row in table.rows]
    numbers = [[row[i] for i in keep] for row in table.numbers]
    columns = [table.columns[i] for i in keep]
    return Table(columns, rows, table.records, table.title, numbers=numbers)


def comparison_title(c: Comparison) -> str:
    return c.metric.name + (f"（{c.segment}）" if c.segment else "")


def chart_of(c: Comparison, plan_id: str) -> Chart:
    """The ranked targets as bars, best first."""
    bars = []
    for r in c.rows:
        v = r.record.target.value
        if r.rank is None or v.value is None:
            continue
        label = f"{r.rank}. {r.plan.place}"
        bars.append(Bar(label, float(v.value), show_value(v), r.plan.id == plan_id))
    return Chart(comparison_title(c), bars)


# --- Markdown ------------------------------------------------------------------------------


def to_md(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out += ["#" * b.level + " " + b.text, ""]
        elif isinstance(b, Text | Note):
            out += [b.text if isinstance(b, Text) else b.markdown, ""]
        elif isinstance(b, Counts):
            out += [_md_table(Table(["发现", "条数"], [[k, n] for k, n in b.pairs])), ""]
        elif isinstance(b, Grid):
            out += [_md_table(b.table), ""]
        elif isinstance(b, Items):
            out += [*(f"- {item}" for item in b.items), ""]
    return "\n".join(out)


def _md_table(table: Table) -> str:
    """A table without its closing line break: the blank line after each part is added
    once, for every kind of part alike."""
    return to_markdown(table).rstrip("\n")


# --- every format ----------------------------------------------------------------------------


def _html(blocks: Sequence[Block]) -> str:
    from plancmp.output.report_html import to_html

    return to_html(blocks)


def _docx(blocks: Sequence[Block], path: Path) -> None:
    from plancmp.output.office.report import write_report

    write_report(blocks, path)


TEXT: dict[Format, Callable[[Sequence[Block]], str]] = {Format.MARKDOWN: to_md, Format.HTML: _html}
"""The formats the report is written in as text."""
FILES: dict[Format, Callable[[Sequence[Block], Path], None]] = {Format.DOCX: _docx}
"""The formats the report is written in as a file."""
FORMATS = (*TEXT, *FILES)


def emit(blocks: Sequence[Block], fmt: Format, out: Path | None, force: bool) -> None:
    """Write the report in `fmt` (FORMATS): text to stdout or -o, a file format to -o only."""
    from plancmp.output.write import emit_file, emit_text

    if fmt in FILES:
        emit_file(fmt, out, force, lambda path: FILES[fmt](blocks, path), "report")
    else:
        emit_text(TEXT[fmt](blocks), out, force)
