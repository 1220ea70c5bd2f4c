"""The scope of a table's count: made over the plan's period, made in the year, or a level."""

from __future__ import annotations

import re

from plancmp.draft.text import RUNNING_TOTAL
from plancmp.grammar import PERIOD_TOTAL
from plancmp.values import ValueParseError, parse

_FLOW = re.compile(
    r"新增|新建|建设|新改扩建|改扩建|扩建|续建|新培养|培养|培育|引进|招聘|开工|建成|完成"
)
"""Words that make a count an amount made (新增学位数), not a stock (在校生数). Narrower than
text.COUNT_VERBS on purpose: a table's row named by spending or giving (`教育投入`, `提供学位`)
is the level of its target year, not a sum over the plan."""
INTENSIVE = (None, "%", "元/生", "年", "小时", "岁", "分钟")
"""Units of rates, ratios and per-student amounts: always a level."""


def table_scope(name: str, raw: str, unit: str | None, one_year: bool) -> str:
    """`level` for rates and stocks; for a count of things made (`新增学位数`),
    `per_year` in a one-year programme and `cumulative` over a plan's period; a value in
    square brackets (`[2.4]`) is the period's total, as such tables mark it; a yearly rate
    of change (`每年下降1个百分点`) is per year."""
    if PERIOD_TOTAL.match(raw):
        return "cumulative"
    try:
        value = parse(raw, unit)
    except ValueParseError:
        return "level"
    if value.op == "trend" and value.value is not None:
        return "per_year"  # `每年下降1个百分点`: a rate of change a year, as prose reads it
    base = value.unit
    if base in INTENSIVE or not _FLOW.search(name):
        return "level"
    return "per_year" if one_year else "cumulative"


def scheduled_rows(names_years: list[tuple[str, int | None]]) -> set[str]:
    """The rows a table gives for more than one target year (`新增学位 | 2023年 3000 |
    2024年 4000 | 2025年 5000`): a schedule, whose every column is what that year makes,
    so a count made in it is per year, unless the row says it is a running total (累计)."""
    years: dict[str, set[int]] = {}
    for name, year in names_years:
        if year is not None:
            years.setdefault(name, set()).add(year)
    return {name for name, seen in years.items() if len(seen) > 1 and RUNNING_TOTAL not in name}
