"""A finished 对标分析 for one plan: summary, findings by kind, one comparison per shared
metric, sources — as Markdown, or as one self-contained HTML file with inline SVG bars.

Pure: takes a Dataset, returns text. The HTML needs no network: no scripts, no web fonts,
no external files; it reads on a phone and prints on A4.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from plancmp.analysis import frame
from plancmp.analysis.compare import Row, compare
from plancmp.analysis.gaps import KINDS, QUIET_KINDS, Finding
from plancmp.model import Metric, Plan
from plancmp.output.table import Table
from plancmp.output.text import to_markdown
from plancmp.output.views import compare_table, gaps_table
from plancmp.output.words import FINDING_ZH, period, show_value
from plancmp.store import Dataset


@dataclass(frozen=True)
class Comparison:
    """One metric the plan shares with other plans, compared."""

    metric: Metric
    segment: str | None
    rows: list[Row]


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
    """Whether any other plan of the same tier (county-level, or city) is loaded."""


def build(data: Dataset, plan_id: str) -> Report:
    """Everything the report shows, computed once: the findings `gaps` shows by default."""
    plan, everything = frame.gaps(data, plan_id)
    findings = [f for f in everything if not f.quiet]
    comparisons = []
    mine = {r.metric for r in plan.records}
    for m in data.catalog:  # catalog order: by category, as the plans list their targets
        if m.id not in mine:
            continue
        metric_id = m.id
        entries = data.entries_for(metric_id)
        segments = sorted({r.segment or "" for r in plan.records if r.metric == metric_id})
        for seg in segments:
            rows = compare(m, entries, seg or None)
            if {row.plan.id for row in rows} - {plan.id} and any(row.rank for row in rows):
                comparisons.append(Comparison(m, seg or None, rows))
    others = {
        row.plan.id: row.plan for c in comparisons for row in c.rows if row.plan.id != plan.id
    }
    sources = [plan, *sorted(others.values(), key=lambda q: q.id)]
    has_city = bool(frame.city_plans(data, plan))
    return Report(plan, findings, comparisons, sources, has_city, bool(frame.peers_of(data, plan)))


def _counts(report: Report) -> list[tuple[str, str]]:
    """Findings by kind; a kind that could not be looked for says so instead of 0."""
    p = report.plan
    out = []
    for k in (k for k in KINDS if k not in QUIET_KINDS):
        n = str(sum(f.kind == k for f in report.findings))
        if k == "below_city" and p.is_city:
            n = "不适用（本规划即市级）"
        elif k == "below_city" and not report.has_city:
            n = f"未比较（未收录{p.city_name or '所属'}市工作要点）"
        elif k in ("below_peers", "missing") and not report.has_peers:
            n = "未比较（未收录同级规划）"
        out.append((FINDING_ZH[k], n))
    return out


def _source_line(p: Plan) -> str:
    parts = [p.title, p.issuer or "", p.doc_number or "", p.issued or ""]
    return "，".join(x for x in parts if x)


def _without_kind(table: Table) -> Table:
    """Findings listed under their kind's heading need no kind column."""
    return Table(table.columns[1:], [row[1:] for row in table.rows], table.records, table.title)


def _comparison_title(c: Comparison) -> str:
    return c.metric.name + (f"（{c.segment}）" if c.segment else "")


# --- Markdown ------------------------------------------------------------------------------


def to_md(report: Report, data: Dataset) -> str:
    p = report.plan
    out = [
        f"# {p.title} 对标分析",
        "",
        f"{p.place}，{period(p)}。由 plancmp 生成，数据见文末来源。",
        "",
    ]
    out += [
        "## 概览",
        "",
        to_markdown(Table(["发现", "条数"], [[k, n] for k, n in _counts(report)])),
        "",
    ]
    out += ["## 发现", ""]
    for kind in KINDS:
        found = [f for f in report.findings if f.kind == kind]
        if found:
            out += [
                f"### {FINDING_ZH[kind]}（{len(found)}）",
                "",
                to_markdown(gaps_table(p, found, data.catalog)),
                "",
            ]
    out += ["## 逐项比较", ""]
    for c in report.comparisons:
        out += [
            f"### {_comparison_title(c)}",
            "",
            to_markdown(compare_table(c.metric, c.rows, data.catalog)),
            "",
        ]
    out += ["## 来源", ""] + [f"- {_source_line(s)}" for s in report.sources] + [""]
    return "\n".join(out)


# --- HTML ----------------------------------------------------------------------------------

CSS = """
body{font-family:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
 margin:0 auto;max-width:960px;padding:16px;color:#1d2430;line-height:1.55}
h1{font-size:1.5em;margin:.2em 0}h2{border-bottom:2px solid #1d4e89;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:1.05em;margin:1.2em 0 .4em}
.meta{color:#555}.summary{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}
.summary li{background:#eef3f9;border-radius:6px;padding:6px 10px}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0}
th,td{border:1px solid #ccd5e0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eef3f9}
tr.me td{background:#fff4d6;font-weight:600}svg{max-width:100%;height:auto}
.bar{fill:#8fb3dc}.bar.me{fill:#e08a00}.line{stroke:#e08a00;stroke-dasharray:4 3}
text{font-size:12px;fill:#1d2430}
@media print{body{max-width:none}h2{page-break-after:avoid}.chart,table{page-break-inside:avoid}}
"""


def _table_html(table: Table, highlight: set[int] | None = None) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for i, row in enumerate(table.rows):
        cls = ' class="me"' if highlight and i in highlight else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _number(r: Row) -> float:
    value = r.record.target.value.value
    assert value is not None  # ranked rows have one
    return float(value)


def _chart(c: Comparison, plan_id: str) -> str:
    """Horizontal bars for the ranked targets; the plan's bar and a line at its target highlighted."""
    ranked = [r for r in c.rows if r.rank is not None and r.record.target.value.value is not None]
    if not ranked:
        return ""
    top = max(abs(_number(r)) for r in ranked) or 1.0
    label_w, bar_w, row_h = 200, 520, 24
    height = row_h * len(ranked) + 10
    parts = [
        f'<svg class="chart" viewBox="0 0 {label_w + bar_w + 120} {height}" role="img" aria-label="{escape(_comparison_title(c))}">'
    ]
    mine = None
    for i, r in enumerate(ranked):
        v = r.record.target.value
        width = max(2.0, bar_w * abs(_number(r)) / top)
        y = 5 + i * row_h
        me = r.plan.id == plan_id
        if me:
            mine = width
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{escape(f"{r.rank}. {r.plan.place}")}</text>'
        )
        parts.append(
            f'<rect class="bar{" me" if me else ""}" x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}"/>'
        )
        parts.append(
            f'<text x="{label_w + width + 6:.1f}" y="{y + 16}">{escape(show_value(v))}</text>'
        )
    if mine is not None:
        parts.append(
            f'<line class="line" x1="{label_w + mine:.1f}" x2="{label_w + mine:.1f}" y1="0" y2="{height}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def to_html(report: Report, data: Dataset) -> str:
    p = report.plan
    out = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(p.title)} 对标分析</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(p.title)} 对标分析</h1>",
        f'<p class="meta">{escape(p.place)}，{period(p)}。由 plancmp 生成，数据见文末来源。</p>',
        '<h2>概览</h2><ul class="summary">',
        *(f"<li>{escape(k)}：<b>{n}</b></li>" for k, n in _counts(report)),
        "</ul><h2>发现</h2>",
    ]
    for kind in KINDS:
        found = [f for f in report.findings if f.kind == kind]
        if found:
            out.append(f"<h3>{escape(FINDING_ZH[kind])}（{len(found)}）</h3>")
            out.append(_table_html(_without_kind(gaps_table(p, found, data.catalog))))
    out.append("<h2>逐项比较</h2>")
    for c in report.comparisons:
        table = compare_table(c.metric, c.rows, data.catalog)
        mine = {i for i, r in enumerate(c.rows) if r.plan.id == p.id}
        out.append(f"<h3>{escape(_comparison_title(c))}</h3>")
        out.append(_chart(c, p.id))
        out.append(_table_html(table, mine))
        if c.metric.note:
            out.append(f'<p class="meta">口径说明：{escape(c.metric.note)}</p>')
    out.append("<h2>来源</h2><ul>")
    out += [f"<li>{escape(_source_line(s))}</li>" for s in report.sources]
    out.append(
        f'</ul><p class="meta">{len(report.findings)} 条发现，{len(report.comparisons)} 项比较。</p></body></html>'
    )
    return "\n".join(out)
