"""Tables of units' tasks: a row per school or place, for each measure where it stands and
its target (`学校名称 | “双师型”教师比例（%）现状 | …目标 | 需新增工位（个） | 达标年度`).

Each target is named `measure（row）`, as a column table's value is, with the row's
present value as its baseline. Only the target columns are read, and the columns of what
each unit must add (需补充, 新增); a present statistic (`在校生数`) is not.
"""

from __future__ import annotations

import re

from plancmp.draft.column_tables import due_column, value_columns
from plancmp.draft.document import Table
from plancmp.draft.found import Found, FoundBaseline
from plancmp.draft.scope import table_scope
from plancmp.draft.segments import topic_segment
from plancmp.draft.table_header import Column, read_header
from plancmp.draft.tables import split_cell
from plancmp.draft.text import YEAR, compact, one_year, strip_brackets
from plancmp.draft.units import parses, unit_in_name

_UNIT_COLUMN = re.compile(
    r"^(?:学校|单位|园所|幼儿园|院校)(?:名称)?$"
    r"|^(?:县|县市区|县[(（]市、?区[)）]|区县|县区|地区|区域|乡镇|镇街|乡镇[(（]街道[)）]|街道|片区|学区)"
    r"(?:名称)?$"
)
"""The column that names each row's unit: a school or a place, not an indicator."""
_ROLE_WORD = re.compile(
    r"现状值?|基期值?|基数|目标值?|预期值|规划值?|计划值?|(?:19|20)\d\d年?|[（(][^）)]*[）)]"
)
_TO_ADD = re.compile(r"(?:需|需要|计划|拟)?(?:新增|补充|增加|新建|改扩建|配备|培训)")
"""A column of what each unit must add (`需补充专任教师（名）`, `需新增工位（个）`): its task."""


def _measure(cell: str) -> str:
    """What a column measures, its role words and brackets taken off (`“双师型”教师占专业课教师
    比例（%）目标` → `“双师型”教师占专业课教师比例`)."""
    return _ROLE_WORD.sub("", compact(cell))


def _measures(header: list[str], columns: list[Column]) -> list[str]:
    """Each column's measure; a bare `目标` right after a `…现状` column measures the same (a
    PDF's merged header cell printed over the first of the two columns it spans)."""
    out = [_measure(cell) for cell in header]
    for j in range(1, len(out)):
        if columns[j].role == "target" and not out[j] and columns[j - 1].role == "base":
            out[j] = out[j - 1]
        elif columns[j].role == "target" and columns[j - 1].role == "base":
            shared = _shared_measure(header[j - 1], header[j])
            if shared:  # `招生人数（人）` over `2026年实际录取 | 2027年计划招生`
                out[j - 1] = out[j] = shared
    return out


def _shared_measure(base: str, target: str) -> str:
    """The words a base column and the target column beside it open on alike, the merged
    cell over both (`招生人数（人）2026年实际录取`, `招生人数（人）2027年计划招生` → `招生人数`)."""
    a, b = compact(base), compact(target)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    shared = _measure(re.sub(r"[(（][^)）]*$|(?:19|20)?\d*$", "", a[:k]))
    return shared if len(shared) >= _MEASURE_MIN else ""


_MEASURE_MIN = 2


_KIND_COLUMN = re.compile(r"^(?:学校|园所|幼儿园)(?:类型|类别)$|^类型$")
"""A column of kinds of school (`学校类型`: 义务教育学校合计, 其中：小学, 教学点…), each row a kind
measured as a unit is, when no other column names the rows."""


def _unit_column(header: list[str], columns: list[Column]) -> int | None:
    named = [j for j, c in enumerate(columns) if c.role != "seq"]
    first = named[0] if named else None
    if first is None:
        return None
    text = compact(header[first])
    others = [j for j in named if j != first and columns[j].role in ("name", "category")]
    kinds = _KIND_COLUMN.match(text) is not None and not others
    return first if _UNIT_COLUMN.match(text) or kinds else None


def is_unit_task_table(table: Table, base_year: int | None, target_year: int | None) -> bool:
    """A header naming units in its first column (after 序号) and a target column that names
    its own measure (`…比例（%）目标`), none a bare year (`2026年 | 2027年`, a schedule by year):
    the indicators are in the columns, the rows are the units."""
    if len(table.rows) < 3:
        return False
    header = [c.strip() for c in table.rows[0]]
    columns = read_header(header, base_year, target_year)
    if _unit_column(header, columns) is None or not value_columns(table):
        return False
    measures = _measures(header, columns)
    bare = any(c.role in ("target", "year") and len(measures[j]) < 2 for j, c in enumerate(columns))
    return not bare and any(
        c.role == "target" and len(measures[j]) >= 2 for j, c in enumerate(columns)
    )


def _read_columns(header: list[str], columns: list[Column]) -> dict[int, int | None]:
    """The columns to read, each with the column of its baseline (the base column that
    measures the same), if one."""
    out: dict[int, int | None] = {}
    measures = _measures(header, columns)
    for j, column in enumerate(columns):
        to_add = column.role == "label" and bool(_TO_ADD.search(compact(header[j])))
        if (column.role == "target" and len(measures[j]) >= 2) or to_add:
            same = (
                k for k, c in enumerate(columns) if c.role == "base" and measures[k] == measures[j]
            )
            out[j] = None if to_add else next(same, None)
    return out


def _last_part(cell: str) -> str:
    """The lower line of a header merged from two rows (`专任教师` over `需补充专任教师（名）`):
    the column's own words."""
    text = compact(cell)
    added = _TO_ADD.search(text)
    lines = [line for line in cell.split("\n") if line.strip()]
    return text[added.start() :] if added else (lines[-1] if lines else text)


def read_unit_task_table(
    table: Table, section: str, year: int | None, order: int, base_year: int | None
) -> list[Found]:
    """One target per unit and measure, due in the row's year (`达标年度`) or the plan's."""
    header = [c.strip() for c in table.rows[0]]
    columns = read_header(header, base_year, year)
    unit_at = _unit_column(header, columns)
    assert unit_at is not None
    due = due_column(header)
    read = _read_columns(header, columns)
    measures = _measures(header, columns)
    out = []
    for i, row in enumerate(table.rows[1:]):
        label = re.sub(r"^其中\s*[：:]?", "", row[unit_at].strip())
        own = one_year(YEAR, row[due]) if due is not None else None
        for j, base in read.items():
            to_add = columns[j].role != "target"  # `需补充专任教师（名）`, no target column
            what = strip_brackets(_last_part(header[j])) if to_add else measures[j]
            unit = unit_in_name(header[j])
            for raw in split_cell(row[j], unit):
                if not parses(raw, unit):
                    continue
                name = f"{what}（{label}）" if label else what
                baseline = (
                    FoundBaseline(row[base].strip(), columns[base].year, year_inferred=True)
                    if base is not None and parses(row[base].strip(), unit)
                    else None
                )
                out.append(
                    Found(
                        name,
                        raw,
                        unit,
                        own or columns[j].year or year,
                        table_scope(name, raw, unit, False),  # a deadline, not one year's
                        "table",
                        section,
                        "\t".join(row).rstrip("\t"),
                        topic_segment(what)
                        or topic_segment(label)
                        or topic_segment(table.title or ""),
                        baseline=baseline,
                        order=order + i * 10 + j,
                    )
                )
    return out
