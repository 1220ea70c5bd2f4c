"""The report as one self-contained HTML file, with inline SVG bars.

It needs no network: no scripts, no web fonts, no external files; it reads on a phone
and prints on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from plancmp.output.report import Block, Chart, Counts, Grid, Heading, Items, Text
from plancmp.output.table import Table

CSS = """
body{font-family:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
 margin:0 auto;max-width:960px;padding:16px;color:#1d2430;line-height:1.55}
h1{font-size:1.5em;margin:.2em 0}h2{border-bottom:2px solid #1d4e89;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:1.05em;margin:1.2em 0 .4em}
.meta{color:#555}.summary{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}
.summary li{background:#eef3f9;border-radius:6px;padding:6px 10px}
.note{border-left:3px solid #1d4e89;padding:0 12px;margin:.6em 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0}
th,td{border:1px solid #ccd5e0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eef3f9}
tr.me td{background:#fff4d6;font-weight:600}svg{max-width:100%;height:auto}
.bar{fill:#8fb3dc}.bar.me{fill:#e08a00}.line{stroke:#e08a00;stroke-dasharray:4 3}
text{font-size:12px;fill:#1d2430}
@media print{body{max-width:none}h2{page-break-after:avoid}.chart,table{page-break-inside:avoid}}
"""


def to_html(blocks: Sequence[Block]) -> str:
    title = next((b.text for b in blocks if isinstance(b, Heading)), "plancmp")
    out = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
    ]
    out += [_block(b) for b in blocks]
    out.append("</body></html>")
    return "\n".join(x for x in out if x)


def _block(b: Block) -> str:
    if isinstance(b, Heading):
        return f"<h{b.level}>{escape(b.text)}</h{b.level}>"
    if isinstance(b, Text):
        return f'<p class="meta">{escape(b.text)}</p>' if b.meta else f"<p>{escape(b.text)}</p>"
    if isinstance(b, Counts):
        items = "".join(f"<li>{escape(k)}：<b>{escape(n)}</b></li>" for k, n in b.pairs)
        return f'<ul class="summary">{items}</ul>'
    if isinstance(b, Grid):
        return _table_html(b.table, b.highlight)
    if isinstance(b, Chart):
        return _chart(b)
    if isinstance(b, Items):
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in b.items) + "</ul>"
    from plancmp.output.notes import to_html as note_html

    return f'<div class="note">{note_html(b.markdown)}</div>'


def _table_html(table: Table, highlight: frozenset[int]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for i, row in enumerate(table.rows):
        cls = ' class="me"' if i in highlight else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _chart(chart: Chart) -> str:
    """Horizontal bars for the ranked targets; the plan's bar and a line at its target highlighted."""
    if not chart.bars:
        return ""
    top = max(abs(b.value) for b in chart.bars) or 1.0
    label_w, bar_w, row_h = 200, 520, 24
    height = row_h * len(chart.bars) + 10
    parts = [
        f'<svg class="chart" viewBox="0 0 {label_w + bar_w + 120} {height}" role="img" aria-label="{escape(chart.title)}">'
    ]
    mine = None
    for i, bar in enumerate(chart.bars):
        width = max(2.0, bar_w * abs(bar.value) / top)
        y = 5 + i * row_h
        if bar.mine:
            mine = width
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{escape(bar.label)}</text>'
        )
        parts.append(
            f'<rect class="bar{" me" if bar.mine else ""}" x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}"/>'
        )
        parts.append(f'<text x="{label_w + width + 6:.1f}" y="{y + 16}">{escape(bar.text)}</text>')
    if mine is not None:
        parts.append(
            f'<line class="line" x1="{label_w + mine:.1f}" x2="{label_w + mine:.1f}" y1="0" y2="{height}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
