"""A performance form flattened with `|` whose header cells spilled into one long row:

    | … | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |
    | 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |

The kinds of indicator (一级, 二级) are merged down, so rows differ in width, and the actual
values and scores follow the unit. What stays fixed is the form's own order: the indicator,
its comparator cell (指标性质), its value, its unit. Each row is read by its comparator cell;
the cells after the unit (实际完成值, 分值, 得分) are results and are left out.
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_tables import Rows, Taken
from plancmp.phrases import CELLS

_HEADER = ("指标性质", "指标值")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_UNIT = re.compile(r"^[^\d|]{1,4}$")


def _cells(line: str) -> list[str]:
    return [re.sub(r"\s+", "", c) for c in line.split("|")]


def _header_at(cells: list[str]) -> int | None:
    """Where `三级指标 | 指标性质 | 指标值` runs in a row, or None."""
    for k in range(1, len(cells) - 1):
        if cells[k - 1].endswith("指标") and tuple(cells[k : k + 2]) == _HEADER:
            return k
    return None


def _row(cells: list[str]) -> list[str] | None:
    """The indicator, comparator, value and unit of a row, by its comparator cell."""
    for k in range(1, len(cells) - 1):
        if cells[k] in CELLS and _NUMBER.match(cells[k + 1]) and cells[k - 1]:
            unit = cells[k + 2] if k + 2 < len(cells) and _UNIT.match(cells[k + 2]) else ""
            return [cells[k - 1], cells[k], cells[k + 1], unit]
    return None


def take_spilled_form(lines: list[str], i: int) -> Taken:
    """The rows of a flattened performance form from the line that holds its header on,
    while lines hold `|`; a form with no row read by its comparator is not taken."""
    cells = _cells(lines[i])
    at = _header_at(cells) if "|" in lines[i] else None
    if at is None:
        return None
    unit = "度量单位" if at + 2 < len(cells) and cells[at + 2] == "度量单位" else "单位"
    rows: Rows = [[cells[at - 1], *_HEADER, unit]]
    first = _row(cells[at + 3 :])
    rows.extend([first] if first else [])
    j = i + 1
    while j < len(lines) and "|" in lines[j]:
        row = _row(_cells(lines[j]))
        rows.extend([row] if row else [])
        j += 1
    return (rows, j) if len(rows) >= 2 else None
