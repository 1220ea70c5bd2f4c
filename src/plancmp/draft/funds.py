"""The money a budget or performance-target table sets for its year.

Such a table opens with its funds, a label and an amount a cell: `资金总额 | 10000万元`,
`年度资金总额:16` under `资金情况（万元）`, `其中：财政拨款 | 10000万元`. Copied as text,
each cell becomes a line; in a web page or a Word file they stay cells. Either way the
cells are read in order: a label that names money (…资金, …资金总额, …拨款, …预算安排)
with its amount in the same cell or the next one, in the unit the amount prints or,
failing that, the unit a label above states (`（万元）`).

`当年资金总额` beside a `资金总额` of the same amount says the same money again (the
project runs one year): it is left out. A form of two columns (`中期资金总额 | 年度资金总额`)
gives each its own `其中：财政拨款` row below: the n-th `其中` of a run belongs to the n-th
total above it, and where two of them print the same label each is named by its total.
A line of two amounts apart (`县级资金 213.4 259`) is a row of last year's and this year's
money (fund_columns.py), never one amount.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.found import BLOCK, Found, FoundBaseline
from plancmp.draft.text import compact, fold
from plancmp.draft.units import parses

_LABEL = re.compile(
    r"^(?P<sub>其中[:：]?)?(?P<name>[\u4e00-\u9fff]{0,10}?(?:资金总额|资金|拨款|预算安排|金额))"
    r"[:：]?(?P<value>(?:\d[\d,]*(?:\.\d+)?)(?:万元|亿元|元)?)?$"
)
_AMOUNT = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)?$")
_UNIT = re.compile(r"[(（](万元|亿元|元)[)）]?")
UNIT_REACH = 6
"""How many cells other than the form's money cells may stand between an amount and the
`（万元）` label above it."""
_PERFORMANCE = re.compile(r"绩效目标|绩效指标|预算|专项资金")


class _Cell(NamedTuple):
    text: str
    block: int
    split: bool = False
    """True when the printed cell holds two amounts apart (`213.4 259`)."""


_TWO_AMOUNTS = re.compile(r"\d\s+\d")


def _cells(doc: Document) -> list[_Cell]:
    """Every paragraph and table cell, in reading order, without white space."""
    out: list[_Cell] = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            for r, row in enumerate(block.rows):
                out.extend(
                    _Cell(compact(c), i) for k, c in enumerate(row) if (r, k) not in block.merged
                )
        elif isinstance(block, Paragraph):
            out.append(_Cell(compact(block.text), i, bool(_TWO_AMOUNTS.search(block.text))))
    return [c for c in out if c.text]


def read_funds(doc: Document, year: int | None) -> list[Found]:
    """The funds of a budget or performance-target table (see the module docstring)."""
    cells = _cells(doc)
    if not any(_PERFORMANCE.search(c.text) for c in cells[:80]):
        return []
    found: list[Found] = []
    for k, cell in enumerate(cells):
        m = _LABEL.match(fold(cell.text))
        if m is None or cell.split:
            continue
        raw = m.group("value")
        quote = cell.text
        if raw is None and k + 1 < len(cells) and _AMOUNT.match(fold(cells[k + 1].text)):
            raw, quote = cells[k + 1].text, f"{cell.text}\n{cells[k + 1].text}"
        if raw is None:
            continue
        unit = None if re.search(r"元$", raw) else _unit_above(cells, k)
        if not parses(raw, unit):
            continue
        name = m.group("name")
        review = () if unit is None else (f"单位取自上方的“（{unit}）”",)
        found.append(money(name, raw, unit, year, quote, review, cell.block * BLOCK + k))
    return _without_restatements(_named_by_totals(found))


def money(
    name: str,
    raw: str,
    unit: str | None,
    year: int | None,
    quote: str,
    review: tuple[str, ...],
    order: int,
    segment: str | None = None,
    baseline: FoundBaseline | None = None,
) -> Found:
    """A budget table's money for its year, in the one shape both readers of such tables
    (this module and fund_columns.py) draft it."""
    return Found(
        name,
        raw,
        unit,
        year,
        "per_year",
        "table",
        "项目资金",
        quote,
        segment,
        baseline=baseline,
        review=review,
        order=order,
    )


def _unit_above(cells: list[_Cell], k: int) -> str | None:
    """The unit a label above states: the money cells of the form between (`中期资金总额:`,
    `3581.8`, `其中:财政拨款`, …) do not count against the reach."""
    reach = UNIT_REACH
    for cell in reversed(cells[: k + 1]):
        text = fold(cell.text)
        m = _UNIT.search(text)
        if m:
            return m.group(1)
        if not (_LABEL.match(text) or _AMOUNT.match(text)):
            reach -= 1
        if reach < 0:
            return None
    return None


def _without_restatements(found: list[Found]) -> list[Found]:
    """Leave out `当年X` where `X` prints the same amount."""
    amounts = {(f.name, f.raw, f.unit) for f in found}
    return [
        f
        for f in found
        if not (f.name.startswith("当年") and (f.name[2:], f.raw, f.unit) in amounts)
    ]


def _named_by_totals(found: list[Found]) -> list[Found]:
    """Name a `其中` row by its total where two of a run print the same label."""
    out = list(found)
    totals: list[str] = []
    run: list[int] = []
    for i, f in enumerate(found):
        if f.quote.startswith("其中"):
            run.append(i)
            continue
        _name_run(out, totals, run)
        totals, run = ([] if run else totals), []
        totals.append(f.name)
    _name_run(out, totals, run)
    return out


def _name_run(out: list[Found], totals: list[str], run: list[int]) -> None:
    names = [out[j].name for j in run]
    if len(run) > len(totals):
        return
    for n, j in enumerate(run):
        if names.count(names[n]) > 1:
            total = totals[n].removesuffix("总额")
            out[j] = out[j]._replace(name=f"{total}（其中：{names[n]}）")
