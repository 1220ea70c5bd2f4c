"""The header of a table: what each column holds, and whether the table sets targets.

A column is a name, a category, a unit, a baseline (a base year, 基数, 现状, 十三五数据),
a target (a later year, 目标值), the attribute (约束性/预期性) or a note. A table with a
target column is an indicator table; a list of construction projects or a budget is not,
whatever numbers it prints.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.document import Block, Document, Heading, Paragraph, Table
from plancmp.draft.spans import find_spans
from plancmp.draft.text import PERIODS, YEAR, compact, fold
from plancmp.draft.units import known_unit, numeric

ATTRIBUTES = ("约束性", "预期性")
_PROJECT_HEADER = re.compile(
    r"建设地点|建设规模|建设内容|起止年限|项目期限|建设单位|总投资|投资额|项目业主"
)
"""Construction project lists and budgets (a task table's 牵头单位/责任单位 sets targets)."""
_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attribute", re.compile(r"属性|性质")),
    ("note", re.compile(r"备注|说明")),
    ("seq", re.compile(r"^(?:序号|编号|序)$")),
    ("unit", re.compile(r"^(?:计量)?单位")),
    ("segment", re.compile(r"^学段$")),
    ("base", re.compile(r"基数|基期|现状|基准|基线|实际|完成|十三五|十二五|现值|当前")),
    ("target", re.compile(r"目标|预期值|规划值|计划值|指标值|十四五|十五五")),
    ("category", re.compile(r"类型|类别|维度|领域|方面|分类|一级|二级|板块")),
    ("name", re.compile(r"指标|名称|项目|内容")),
)
LABEL_ROLES = ("seq", "category", "name", "segment", "label")


class Column(NamedTuple):
    role: str
    """name, category, seq, segment, label, unit, base, target, attribute or note."""
    year: int | None = None
    year_inferred: bool = False


def read_header(cells: list[str], base_year: int | None, target_year: int | None) -> list[Column]:
    """The role of each column from its header text."""
    columns = [_role(compact(c)) for c in cells]
    years = [(i, c.year) for i, c in enumerate(columns) if c.role == "year" and c.year]
    if years:
        earliest = min(y for _, y in years)
        many = len(years) > 1 and not any(c.role == "base" for c in columns)
        for i, year in years:
            is_base = (many and year == earliest) or (base_year is not None and year <= base_year)
            columns[i] = Column("base" if is_base else "target", year)
    for i, c in enumerate(columns):
        if c.role in ("base", "target") and c.year is None:
            fallback = base_year if c.role == "base" else target_year
            columns[i] = Column(c.role, fallback, True)
    return columns


def _role(text: str) -> Column:
    if not text:
        return Column("empty")
    years = [int(y) for y in YEAR.findall(text)]
    period = next((end for name, end in PERIODS.items() if name in text), None)
    for role, pattern in _ROLE_WORDS:
        if pattern.search(text):
            if role in ("base", "target"):
                year = years[-1] if years else period
                return Column(role, year)
            if years and role not in ("attribute", "note"):
                break
            return Column(role)
    if years:
        return Column("year", years[-1])
    return Column("label")


def is_project_list(header: list[str]) -> bool:
    """Construction project lists and budgets: their numbers are not targets."""
    return bool(_PROJECT_HEADER.search("".join(compact(c) for c in header)))


def header_rows(table: Table) -> int:
    """How many rows at the top are header: the first, and below it up to two rows that
    hold no value and name years or units (`2020年 | 2025年` under `目标值`)."""
    if not table.rows or any(is_value_cell(c) for c in table.rows[0]):
        return 0
    n = 1
    for row in table.rows[1:3]:
        cells = [compact(c) for c in row]
        if any(is_value_cell(c) or c in ATTRIBUTES for c in cells):
            break
        if not any(_role(c).role in ("year", "base", "target", "unit") for c in cells):
            break
        n += 1
    return n


def is_value_cell(cell: str) -> bool:
    """A cell that prints a number a plan could set (not a year, not a name)."""
    text = fold(cell).strip()
    return (
        bool(re.search(r"\d", text))
        and not YEAR.fullmatch(re.sub(r"年.*$", "", text))
        and (numeric(text) or bool(find_spans(text)))
    )


def merged_header(table: Table, n: int) -> list[str]:
    """The header rows joined column by column (`目标值` over `2025年` → `目标值2025年`)."""
    width = max(len(r) for r in table.rows)
    out = []
    for col in range(width):
        parts: list[str] = []
        for row in table.rows[:n]:
            cell = row[col].strip() if col < len(row) else ""
            if cell and cell not in parts:
                parts.append(cell)
        out.append("".join(parts))
    return out


def is_indicator_table(table: Table, base_year: int | None, target_year: int | None) -> bool:
    """A table with a target column and at least one value under it."""
    n = header_rows(table)
    if n == 0 or n == len(table.rows):
        return False
    header = merged_header(table, n)
    if is_project_list(header):
        return False
    columns = read_header(header, base_year, target_year)
    targets = [i for i, c in enumerate(columns) if c.role == "target"]
    cells = [row[i].strip() for row in table.rows[n:] for i in targets if row[i].strip()]
    sentences = sum(bool(_SENTENCE.search(c) and _WORDS.search(c)) for c in cells)
    return bool(targets) and sentences * 2 <= len(cells)


_SENTENCE = re.compile(r"[。，,；;]")
_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
"""A target cell with words and a comma or full stop is a sentence: a task table's
`年度任务目标` (read as prose), not an indicator's value."""


_VALUE_ROLES = ("base", "target", "attribute", "unit", "note")


def column_groups(columns: list[Column]) -> list[list[int]]:
    """The columns of each table printed side by side in one (a performance table's
    `二级指标(长期)…指标值(长期)` beside `二级指标(年度)…指标值(年度)`): the same run of
    roles repeated, each run with the columns before the first run (一级指标). One group
    for an ordinary table."""
    roles = [c.role for c in columns]
    whole = [list(range(len(roles)))]
    last = max(
        (
            i
            for i in range(1, len(roles))
            if roles[i] in LABEL_ROLES and roles[i - 1] in _VALUE_ROLES
        ),
        default=None,
    )
    if last is None or "target" not in roles[last:]:
        return whole
    period = len(roles) - last
    starts = [last]
    while starts[0] - period >= 0 and roles[starts[0] - period : starts[0]] == roles[last:]:
        starts.insert(0, starts[0] - period)
    if len(starts) < 2:
        return whole
    lead = list(range(starts[0]))
    return [lead + list(range(s, s + period)) for s in starts]


def sub_table(table: Table, keep: list[int]) -> Table:
    """The table with only the columns `keep`, in that order."""
    rows = tuple(tuple(row[c] for c in keep) for row in table.rows)
    where = {c: k for k, c in enumerate(keep)}
    merged = frozenset((r, where[c]) for r, c in table.merged if c in where)
    return table._replace(rows=rows, merged=merged)


_YEAR_LINE = re.compile(r"^[（(]?((?:19|20)\d\d)年(?:度|度?(?:金额|预算|资金))[)）]?$")
"""`（2020年度）` or `2021年金额` alone on a line: the year a budget or performance-target
table is for."""
YEAR_LINE_REACH = 60
"""How far from the top a year line may stand: a performance table prints its project's
particulars (name, department, funds) above its indicators."""


def table_years(doc: Document) -> dict[int, int]:
    """The one year each table's title names, by the table's `id`."""
    out: dict[int, int] = {}
    for block in doc.blocks:
        if isinstance(block, Table):
            years = {int(y) for y in YEAR.findall(fold(block.title or ""))}
            if len(years) == 1:
                out[id(block)] = years.pop()
    return out


def year_line(doc: Document) -> int | None:
    """The year of a document that is one year's budget or performance-target table:
    the first `（2020年度）` or `2021年金额` line near its top, else None."""
    for block in doc.blocks[:YEAR_LINE_REACH]:
        if isinstance(block, Paragraph | Heading) and (m := _YEAR_LINE.match(compact(block.text))):
            return int(m.group(1))
    return None


_UNIT_LINE = re.compile(
    r"^[(（]?(?:计量)?单位[:：]([^()（）]+?)[)）]?$|^[(（]([^()（）]{1,4})[)）]$"
)
UNIT_LINE_REACH = 2
"""A unit line stands just above its table, or above the table's title."""


def unit_line(text: str) -> tuple[str, ...]:
    """The units a line states for a table below it (`单位：万元`, `（单位：所、个）`,
    `(万元)`), in order; empty when the line is no such line or names an unknown unit."""
    m = _UNIT_LINE.match(compact(text))
    if not m:
        return ()
    units = [u for u in re.split(r"[、，,/；;]", m.group(1) or m.group(2)) if u]
    return tuple(units) if units and all(known_unit(u) for u in units) else ()


def table_units(doc: Document) -> dict[int, tuple[str, ...]]:
    """The units each table's unit line states (by the table's `id`): its title, or one
    of the lines just above it."""
    out: dict[int, tuple[str, ...]] = {}
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Table):
            continue
        above = [
            b.text for b in doc.blocks[max(0, i - UNIT_LINE_REACH) : i] if isinstance(b, Paragraph)
        ]
        for text in [block.title or "", *reversed(above)]:
            if units := unit_line(text):
                out[id(block)] = units
                break
    return out


def inner_header(table: Table, base_year: int | None, target_year: int | None) -> int | None:
    """The row where an indicator table starts inside a form (a performance-target table
    whose project particulars and funds come first): a row of header words only, under
    which the rows read as an indicator table. None when there is none."""
    if is_indicator_table(table, base_year, target_year):
        return None
    for r in range(1, len(table.rows) - 1):
        cells = [compact(c) for c in table.rows[r] if c.strip()]
        if len(set(cells)) < 3 or any(_role(c).role == "label" for c in cells):
            continue  # not every cell a header word (`发文日期:`, a value)
        if is_indicator_table(_from_row(table, r), base_year, target_year):
            return r
    return None


def _from_row(table: Table, r: int) -> Table:
    merged = frozenset((row - r, c) for row, c in table.merged if row >= r)
    return table._replace(rows=table.rows[r:], merged=merged)


def split_forms(doc: Document, base_year: int | None, target_year: int | None) -> Document:
    """The document with each form that holds an indicator table split in two tables:
    the form's rows, then the indicator table (see `inner_header`)."""
    blocks: list[Block] = []
    for block in doc.blocks:
        r = inner_header(block, base_year, target_year) if isinstance(block, Table) else None
        if r is None:
            blocks.append(block)
            continue
        assert isinstance(block, Table)
        form = block._replace(
            rows=block.rows[:r], merged=frozenset(m for m in block.merged if m[0] < r)
        )
        blocks.extend([form, _from_row(block, r)])
    return doc._replace(blocks=tuple(blocks))
