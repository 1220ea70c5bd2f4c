"""The review sheet: a draft as one web page a curator checks record by record, each value
marked in the sentence or table row it was read from (`plancmp draft DOC -o review.html`).

The columns are the draft table's (view.draft_table); only the quote is drawn differently:
the target's printed value marked, the baseline's marked in another colour, a table row's
cells set apart. Every occurrence is marked, since a draft keeps no offset into its quote:
a value printed twice in one sentence is marked twice, and the reviewer sees both.
"""

from __future__ import annotations

from html import escape

from plancmp.draft.build import Draft, Drafted
from plancmp.draft.view import QUOTE_COLUMN, REVIEW_COLUMN, draft_table
from plancmp.metrics import Catalog
from plancmp.numerals import START

_STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:1.5em}
h1{font-size:1.3em}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:top;font-size:.9em}
th{background:#eef;position:sticky;top:0}
tr.check td.review{background:#fff3c4}
td.short{white-space:nowrap}
td.quote{min-width:22em}
td.text{min-width:5em}
td.review{min-width:10em}
mark{background:#ffe066;padding:0 1px}
mark.base{background:#cde4ff}
.cell{color:#999}
.legend{font-size:.9em;color:#444}
@media print{th{position:static}}
"""


def review_sheet(draft: Draft, catalog: Catalog) -> str:
    """The page: title, what the header leaves to check, then one row per record with its
    quote marked."""
    table = draft_table(draft, catalog, quotes=True)
    quote_at = list(table.columns).index(QUOTE_COLUMN)
    review_at = list(table.columns).index(REVIEW_COLUMN)
    short = {i for i in range(len(table.columns)) if all(len(r[i]) <= 5 for r in table.rows)}
    head = "".join(f"<th>{escape(c)}</th>" for c in ["#", *table.columns])
    body = []
    for n, (row, d) in enumerate(zip(table.rows, draft.records, strict=True), start=1):
        cells = [f"<td>{n}</td>"]
        for i, cell in enumerate(row):
            if i == quote_at:
                cells.append(f'<td class="quote">{marked(d)}</td>')
            else:
                kind = "review" if i == review_at else "short" if i in short else "text"
                cells.append(f'<td class="{kind}">{escape(cell)}</td>')
        check = ' class="check"' if d.review else ""
        body.append(f"<tr{check}>{''.join(cells)}</tr>")
    notes = "".join(f"<li>{escape(note)}</li>" for note in table.notes)
    title = escape(table.title or draft.plan.title)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_STYLE}</style></head><body>\n"
        f"<h1>{title}</h1>\n"
        + (f"<ul>{notes}</ul>\n" if notes else "")
        + '<p class="legend"><mark>目标值</mark> <mark class="base">基线值</mark> '
        "黄底“待核”：核对后删去该条 review</p>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>\n"
        "</body></html>\n"
    )


def marked(d: Drafted) -> str:
    """The quote as HTML: the target's raw marked wherever it is printed, the baseline's raw
    marked as a baseline, a table row's cells set apart by a bar."""
    base = d.record.baseline.raw if d.record.baseline is not None else ""
    spans = _occurrences(d.quote, d.record.target.raw, "")
    taken = {i for start, end, _ in spans for i in range(start, end)}
    spans += [s for s in _occurrences(d.quote, base, "base") if not taken & set(range(s[0], s[1]))]
    out, at = [], 0
    for start, end, kind in sorted(spans):
        out += [_plain(d.quote[at:start]), _mark(d.quote[start:end], kind)]
        at = end
    out.append(_plain(d.quote[at:]))
    return "".join(out)


def _occurrences(quote: str, raw: str, kind: str) -> list[tuple[int, int, str]]:
    """Where `raw` is printed in `quote`, each time, not overlapping, and never as a part
    of a longer number (the `5` of `95`, the `五所` of `十五所`)."""
    found: list[tuple[int, int, str]] = []
    start = quote.find(raw) if raw else -1
    while start >= 0:
        end = start + len(raw)
        before, after = quote[start - 1 : start], quote[end : end + 1]
        part = _runs_on(raw[0], before) or _runs_on(raw[-1], after)
        if not part:
            found.append((start, end, kind))
        start = quote.find(raw, start + 1 if part else end)
    return found


_SPELLED = START + "○百千万亿佰仟"
"""The characters of a number spelled in words (numerals.START and what goes on one)."""


def _runs_on(edge: str, beside: str) -> bool:
    """Whether the number `edge` ends goes on into `beside`: a digit into a digit or a point,
    a spelled numeral into a spelled one (`五` after `十` is `十五`)."""
    if edge.isdigit():
        return beside.isdigit() or beside == "."
    return edge in _SPELLED and beside != "" and beside in _SPELLED


def _plain(text: str) -> str:
    return escape(text).replace("\t", '<span class="cell"> │ </span>')


def _mark(text: str, kind: str) -> str:
    return f'<mark class="{kind}">{_plain(text)}</mark>' if kind else f"<mark>{_plain(text)}</mark>"
