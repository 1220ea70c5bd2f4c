"""A budget form's money in two columns: last year's amount and this year's.

A project's budget form sets out its money under a header line that names both columns
and the unit (`项目资金申请(万元) 项目 上年度安排资金 本年度申请资金`); each row below is a
label and two amounts (`县级资金 213.4 259`), maybe followed by a note of how it was
reckoned. This year's amount is the target, last year's its baseline. A row with a label
and no amount (`市级资金`) is a source the project does not draw on; a `合计` printing the
same two amounts as a total above it (the spending table restating the request) says the
same money again. Any other line ends the table.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.found import BLOCK, Found, FoundBaseline
from plancmp.draft.funds import money
from plancmp.draft.segments import topics
from plancmp.draft.text import fold
from plancmp.draft.units import parses

_HEADER = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12})[(（](?P<unit>万元|亿元|元)[)）]"
    r".*上一?年度?[\u4e00-\u9fff]{0,6}\s+.*(?:本年度?|当年)[\u4e00-\u9fff]{0,6}"
)
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_ROW = re.compile(
    rf"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\s（）()、：:]{{0,30}}?)\s+"
    rf"(?P<last>{_AMOUNT})\s+(?P<this>{_AMOUNT})(?:\s+\D.*)?"
)
_LABEL_ONLY = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\s（）()、]{0,20}")
_TOTAL = re.compile(r"合\s*计|总\s*计")


def _lines(doc: Document) -> list[tuple[str, int]]:
    """Every paragraph, and every table row with its cells apart, in reading order."""
    out: list[tuple[str, int]] = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            out.extend((" ".join(c for c in row if c.strip()), i) for row in block.rows)
        elif isinstance(block, Paragraph):
            out.append((block.text, i))
    return [(fold(text).strip(), i) for text, i in out]


def read_fund_columns(doc: Document, year: int | None) -> list[Found]:
    """The rows of every two-column money table (see the module docstring)."""
    found: list[Found] = []
    totals: set[tuple[str, str]] = set()
    title, unit = "", None
    for k, (line, block) in enumerate(_lines(doc)):
        head = _HEADER.search(line)
        if head:
            title, unit = head.group("title"), head.group("unit")
            continue
        if unit is None:
            continue
        row = _ROW.fullmatch(line)
        if row is None:
            if not _LABEL_ONLY.fullmatch(line):
                unit = None
            continue
        label = re.sub(r"\s+", "", row.group("label"))
        amounts = (row.group("last"), row.group("this"))
        if _TOTAL.fullmatch(label):
            if amounts in totals:
                continue
            totals.add(amounts)
            label = f"{title}（{label}）"
        if parses(amounts[1], unit):
            found.append(_found(label, amounts, unit, year, line, block * BLOCK + k))
    return found


def _found(
    label: str, amounts: tuple[str, str], unit: str, year: int | None, quote: str, order: int
) -> Found:
    stages = topics(label)
    return money(
        label,
        amounts[1],
        unit,
        year,
        quote,
        (f"单位取自上方的“（{unit}）”", "基线取自“上年度”一栏"),
        order,
        segment=next(iter(stages)) if len(stages) == 1 else None,
        baseline=FoundBaseline(amounts[0], year - 1 if year else None),
    )
