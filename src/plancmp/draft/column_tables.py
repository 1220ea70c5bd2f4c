"""Tables whose columns are the indicators: a row per group, a column per measure.

`类别 | 新改扩建学校（所） | 新增学位（万个）` over `合计 | 178 | 20`, `幼儿园 | 50 | 2`:
each number is one target, named by its column and row. Only a table that says it sets
targets (a counting verb such as 新增, or 目标/任务/计划 in its header or title, a title that
dates what it sets in a year to come, `到2030年，…达到以下标准：`, or a column of
due dates, `预计竣工日期`, whose rows are works still to come, each in its own year) is read
so; a table of present statistics is not.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Table
from plancmp.draft.found import Found
from plancmp.draft.scope import table_scope
from plancmp.draft.segments import segment_of, topic_segment
from plancmp.draft.table_header import (
    DUE_COLUMN,
    header_rows,
    is_project_list,
    is_value_cell,
    merged_header,
    read_header,
    role_of,
)
from plancmp.draft.tables import split_cell
from plancmp.draft.tense import roc_year
from plancmp.draft.text import (
    BOUNDS,
    COUNT_VERBS,
    OWN_START,
    YEAR,
    YEAR_SPAN,
    compact,
    one_year,
    strip_brackets,
)
from plancmp.draft.units import DASHES, parses, unit_in_name
from plancmp.phrases import SUFFIXES

_TARGET_WORDS = re.compile(rf"目标|任务|计划|预期|规划|{COUNT_VERBS}")
_DUE_BY = re.compile(r"(?<![截直止])到\s*((?:19|20)\d\d)\s*年")
"""A title that dates what its table sets (`到2030年，…达到以下标准：`): targets when the year is
to come, after the plan's base year (`截止到2020年底…如下`, `到2020年底…` in a 2021 plan report)."""
_STATISTICS = re.compile(r"现状|基本情况|统计|现有|实际")
_STANDING = re.compile(r"^(?:现状|现有)[\u4e00-\u9fff]{1,8}[（(][^（）()]{1,4}[)）]$")
"""A column counting what stands now (`现状小学（所）`), beside columns of what is to be built."""
_PAIR = re.compile(
    r"^\s*[(（]?\s*([^/／()（）]+?)\s*[)）]?\s*[/／]\s*[(（]?\s*([^/／()（）]+?)\s*[)）]?\s*$"
)
"""Two things in one cell, set apart by a slash, the second maybe in brackets (`课室数目/
(地盘面积)`, `设有30个课室/ (约6 400平方米)`)."""


def paired_columns(table: Table) -> Table:
    """The table with each column that prints two measures in one (`课室数目/ (地盘面积)` over
    `设有30个课室/ (约6 400平方米)` in every row) split into two columns, one a measure."""
    if len(table.rows) < 2:
        return table
    table = _one_header_row(table)
    pairs = [
        j
        for j, cell in enumerate(table.rows[0])
        if _PAIR.match(cell) and all(_PAIR.match(r[j]) for r in table.rows[1:])
    ]
    if not pairs:
        return table

    def split(row: tuple[str, ...]) -> tuple[str, ...]:
        cells: list[str] = []
        for j, cell in enumerate(row):
            m = _PAIR.match(cell) if j in pairs else None
            cells.extend(m.groups() if m else (cell,))
        return tuple(cells)

    return table._replace(rows=tuple(split(r) for r in table.rows), merged=frozenset())


def _one_header_row(table: Table) -> Table:
    """A header on two rows whose first cell spans both (`片区 | 新增学位（个）` over `片区 |
    合计 | 小学 | 初中`): one row, each column named by both (`新增学位（个）小学`); the second row
    had been read as a row of the table."""
    if len(table.rows) < 3:
        return table
    top, second = table.rows[0], table.rows[1]
    first = top[0].strip()
    if not first or second[0].strip() != first or any(is_value_cell(c) for c in second):
        return table
    if all(c.strip() == t.strip() for c, t in zip(second, top, strict=False)):
        return table
    merged = frozenset((r - 1, c) for r, c in table.merged if r >= 2)
    return table._replace(rows=(tuple(merged_header(table, 2)), *table.rows[2:]), merged=merged)


def due_column(header: list[str]) -> int | None:
    """The column of the rows' due dates, if the header has one."""
    return next((j for j, c in enumerate(header) if DUE_COLUMN.match("".join(c.split()))), None)


def value_columns(table: Table) -> list[int]:
    """The columns (after the first) where most data rows print a value or a dash for
    none (`—`), and one at least a value."""
    n = header_rows(table)
    rows = table.rows[n:]
    if n != 1 or len(rows) < 2:
        return []
    width = len(table.rows[0])
    due = due_column(list(table.rows[0]))
    return [
        j
        for j in range(1, width)
        if table.rows[0][j].strip()
        and j != due
        and role_of(compact(table.rows[0][j])).role != "score"  # `分值`: a scoring table's points
        and sum(_short_value(r[j]) or r[j].strip() in DASHES for r in rows) * 2 > len(rows)
        and any(_short_value(r[j]) for r in rows)
    ]


_TASK_WORDS = re.compile(rf"{_TARGET_WORDS.pattern}|撤并|撤销|需|补充|增加")


def _task_columns(header: list[str], columns: list[int]) -> list[int]:
    """The columns to read: all of them; or, in a table that prints where things stand beside
    the tasks (`现有学校（所、个）`), the columns that name a task only (`撤并数量`, `新建（所）`,
    `需补充专任教师`), not another count of the present (`在校生数（人）`)."""
    if not any(_STATISTICS.search(header[j]) for j in columns):
        return columns
    return [
        j for j in columns if _TASK_WORDS.search(header[j]) and not _STATISTICS.search(header[j])
    ]


def _short_value(cell: str) -> bool:
    """A cell that is a value and nothing more (not a sentence that holds one)."""
    return len(cell.strip()) <= 16 and is_value_cell(cell) and bool(split_cell(cell, None))


def is_column_table(table: Table, base_year: int | None, target_year: int | None) -> bool:
    """A table of indicator columns that sets targets (see the module docstring)."""
    header = merged_header(table, header_rows(table)) if table.rows else []
    values = value_columns(table)
    if not header or is_project_list(header) or not values:
        return False
    columns = read_header(header, base_year, target_year)
    if any(
        c.role == "target" or (c.role == "base" and not _STANDING.match(compact(h)))
        for c, h in zip(columns, header, strict=True)
    ):
        return False  # an indicator table; a count of what stands (`现状小学（所）`) beside tasks is read
    said = "".join(header) + (table.title or "")
    due = due_column(header) is not None
    start = base_year if base_year is not None else OWN_START - 1
    dated = any(int(y) > start for y in _DUE_BY.findall(table.title or ""))
    stated = _STATISTICS.search(table.title or "") or _STATISTICS.search("".join(header[:1]))
    if stated or not _task_columns(header, values):
        return False  # a table of where things stand; a column of them beside tasks is a baseline
    # rows named by years to come (`2026 | 24 | ≥20`, in a plan from 2025): a schedule
    ahead = sum((_row_year(r[0], header[0]) or 0) > start for r in table.rows[1:]) > 1
    return due or dated or ahead or bool(_TARGET_WORDS.search(said)) or _bounded(table, values)


_BOUND_SIGN = re.compile(rf"^\s*(?:[≥≤＞＜><]|{BOUNDS})|(?:{'|'.join(SUFFIXES)})\s*$")
"""A cell's bound: a sign or a bound in words before its figure, or a bound word after it."""


def _bounded(table: Table, values: list[int]) -> bool:
    """Most value cells print a bound (`≥4.2`, `≤0.50`, `45人以下`): the levels each row must
    reach, a standard to meet; a table of where things stand prints bare figures."""
    cells = [r[j] for r in table.rows[1:] for j in values if j < len(r) and r[j].strip()]
    return bool(cells) and sum(bool(_BOUND_SIGN.search(c)) for c in cells) * 2 > len(cells)


_GENERIC = re.compile(r"^(?:金额|资金|经费|数额|数量|数值|合计)$")
_TITLE_ENDS = re.compile(r"^(?:\d{4}年度?)|(?:安排|分配|下达|明细|一览|汇总)?表?[\s|]*$")


def _measure(column: str, title: str | None) -> str:
    """A column's name, or for a bare `金额 (万元)` the money the table's title names
    (`2023年…奖补资金安排表` → `…奖补资金`)."""
    name = "".join(strip_brackets(column).split())
    if _GENERIC.match(name) and title:
        named = _TITLE_ENDS.sub("", "".join(title.split()))
        return named or name
    return name


def _numbered(header: list[str]) -> bool:
    """A first column of row numbers (序号), which names no row."""
    return role_of(header[0]).role == "seq" if header else False


_CODE = re.compile(r"^[A-Za-z]{1,4}-?\d{1,4}[A-Za-z]?$")


def _row_label(header: list[str], row: tuple[str, ...], values: list[int]) -> str:
    """What names a row: its first cell, or under a 序号 column the first filled cell
    after it (`1 | 仁化县 | …`; a total row's `合计` stands wherever its merge left it). A
    code under 编号 (`X1`, letters and a number) is the row's own name."""
    cells = (
        [row[0]]
        if not _numbered(header) or _CODE.match(row[0].strip())
        else [row[j] for j in range(1, len(row)) if j not in values]
    )
    first = next((c.strip() for c in cells if c.strip()), "")
    return re.sub(r"^其中[：:]?", "", first)


def _row_segment(
    header: list[str], row: tuple[str, ...], values: list[int], label: str
) -> str | None:
    """The stage a row's label names or, in a table of numbered rows, the stage the
    row's other words name (its project: `创建…学前教育普及普惠县`), first named first."""
    if not _numbered(header):
        return topic_segment(label)
    words = [row[j] for j in range(1, len(row)) if j not in values and row[j].strip()]
    return next((s for s in map(topic_segment, words) if s), None)


_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|全[市县区省])$")


def _repeats_its_one_part(
    label: str, row: tuple[str, ...], rows: tuple[tuple[str, ...], ...], values: list[int]
) -> bool:
    """A total row over one row only, printing the same figures (`合计` over the county's
    own row): the figures are printed twice and read once, under the row that names them."""
    if not _TOTAL_ROW.match(label) or len(rows) != 2:
        return False
    other = rows[1] if rows[0] is row else rows[0]
    return all(row[j].strip() == other[j].strip() for j in values)


_YEAR_ROW = re.compile(
    r"^\s*((?:19|20)\d\d)\s*年?度?\s*(?:[（(]\s*(?:基期|基数|基准年|现状|实际)(?:值)?\s*[）)])?\s*$"
)
"""A row named by a year alone (`2024年`, `2025年度`) in a table of yearly tasks: its values are
that year's, due then, each named by its column alone; a row of the base year (`2025年（基期）`)
is where things stand."""


_ROC_ROW = re.compile(r"^\s*(1[0-2]\d)\s*(?:学年度?)?\s*$")


def _row_year(label: str, first: str) -> int | None:
    """The year a row is named by: a Western year (`2024年`), or a Republic of China school
    year under a `学年度` column (`113` → 2024, as 民國113學年度 opens in 2024)."""
    if m := _YEAR_ROW.match(label):
        return int(m[1])
    if "学年" in first and (m := _ROC_ROW.match(label)):
        return roc_year(m[1])
    return None


def _due_year(cell: str, phases: tuple[tuple[str, int], ...]) -> int | None:
    """The year a due-date cell names (`2026年9月`), or the end of the plan's phase it names
    (`近期` in a plan whose 近期 is 2021—2025年), if one."""
    span = YEAR_SPAN.search(cell)  # `2024—2025年`: due at its end
    phase = next((end for name, end in phases if name in cell), None)  # `近期建设`
    return int(span[1]) if span else one_year(YEAR, cell) or phase


def read_column_table(
    table: Table,
    section: str,
    year: int | None,
    one_year: bool,
    order: int,
    units: tuple[str, ...] = (),
    phases: tuple[tuple[str, int], ...] = (),
    base_year: int | None = None,
) -> list[Found]:
    """One target per value cell, named `column（row）`; a column's unit is in its header
    (`新增学位（万个）`) or in a unit line above the table (`单位：所、个`, in the order of
    the columns, or one for all). A row with a due date, or named by a year, is of that year; a
    column named by a phase the plan defines (`近期新建小学（所）`), of the phase's end. Where
    every value column is a stage (`指标 | 小学 | 初中`), the rows are the indicators: each
    value is named by its row, in its row's unit, of its column's stage; rows of places or
    groups under stage columns (`镇街 | 幼儿园 | 小学`) are named `column（row）` as any."""
    out = []
    header = [c.strip() for c in table.rows[0]]
    columns = _task_columns(header, value_columns(table))
    stages = {j: segment_of(strip_brackets(header[j])) for j in columns}
    named = any(role_of(compact(h)).role == "name" for j, h in enumerate(header) if j not in stages)
    by_stage = len(columns) > 1 and all(stages.values()) and named  # `指标 | 小学 | 初中`
    due = due_column(header)
    lined = dict(zip(columns, units * len(columns) if len(units) == 1 else units, strict=False))
    rows = table.rows[1:]
    for i, row in enumerate(rows):
        label = _row_label(header, row, columns)
        if _repeats_its_one_part(label, row, rows, columns):
            continue
        own = _due_year(row[due], phases) if due is not None else None
        if own is None and (row_year := _row_year(label, header[0])) is not None:
            if base_year is not None and row_year <= base_year:
                continue  # `2023年 | 48 | 11500` in a plan from 2024: where things stand
            own, label = row_year, ""  # `2024年 | 4 | 1200`: that year's
        for j in columns:
            column = header[j]
            phase = next((end for name, end in phases if name in column), None)  # `近期新建小学`
            unit = unit_in_name(label if by_stage else column) or (
                lined.get(j)
                if len(units) == 1 or (len(units) == len(columns) and not by_stage)
                else None
            )
            for raw in split_cell(row[j], unit):
                if not parses(raw, unit):
                    continue
                what = _measure(column, table.title)
                name = label if by_stage else f"{what}（{label}）" if label else what
                due_then = own or phase
                review = ("年份由上下文推断",) if year is not None and due_then is None else ()
                scope = table_scope(name, raw, unit, one_year or own is not None)
                segment = (
                    stages[j]
                    if by_stage
                    else (
                        _row_segment(header, row, columns, label)
                        or topic_segment(column)
                        or topic_segment(table.title or "")
                    )
                )
                quote = "\t".join(row).rstrip("\t")
                out.append(
                    Found(
                        name,
                        raw,
                        unit,
                        due_then or year,
                        scope,
                        "table",
                        section,
                        quote,
                        segment,
                        review=review,
                        order=order + i * 10 + j,
                    )
                )
    return out
