"""A draft as `plancmp show` prints a plan: the same columns and JSON records, with what
a reviewer needs beside each record (the quote it came from, the reasons to check it)."""

from __future__ import annotations

from typing import Any

from plancmp.draft.build import Draft
from plancmp.metrics import Catalog
from plancmp.output.table import Table
from plancmp.output.views import record_dict, show_table

REVIEW_COLUMN = "待核"
NO_DOUBT = "无具体疑点：与原句核对"
"""The 待核 cell of a record the drafter names no doubt of: every record is checked, and an
empty cell would read as one that need not be (write.UNCHECKED says so in a plan file)."""
METRIC_COLUMN = "指标目录"
QUOTE_COLUMN = "原句"


def draft_table(draft: Draft, catalog: Catalog, quotes: bool = True) -> Table:
    """The drafted records in `show`'s columns, then the proposed metric, the review
    reasons and (with `quotes`: a file or a pipe, where a reviewer checks each row against
    its sentence; a terminal has no room for it) the quote; the JSON records are
    `show --format json`'s plus `source.quote` and `review`."""
    catalog = Catalog([*catalog, *draft.new_metrics], catalog.standards.values())
    records = [d.record for d in draft.records]  # undated ones already carry the plan's year
    shown = show_table(draft.plan, records, catalog)
    rows = [
        [*row, d.record.metric, "；".join(d.review) or NO_DOUBT, *([d.quote] if quotes else [])]
        for row, d in zip(shown.rows, draft.records, strict=True)
    ]
    reached = sum(bool(r.actuals) for r in records)
    title = f"{draft.plan.title}（草稿 {draft.plan.id}）：{len(records)} 项目标" + (
        f"，{reached} 项附实际达到值（actuals，可用 progress 评估）" if reached else ""
    )
    title += "，逐条核对后使用"
    extra = [METRIC_COLUMN, REVIEW_COLUMN, *([QUOTE_COLUMN] if quotes else [])]
    return Table(
        [*shown.columns, *extra],
        rows,
        [
            draft_record(r, d.quote, d.review, catalog)
            for r, d in zip(records, draft.records, strict=True)
        ],
        title=title,
        notes=list(draft.review),
        numbers=[[*numbers, *(None for _ in extra)] for numbers in shown.numbers],
    )


def draft_record(
    record: Any, quote: str, review: tuple[str, ...], catalog: Catalog
) -> dict[str, Any]:
    """`show --format json`'s record with `source.quote` and `review`."""
    out = record_dict(record, catalog)
    out["source"]["quote"] = quote
    out["review"] = list(review)
    return out
