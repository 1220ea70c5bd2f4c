"""Running text inside tables that set no targets of their own: a task table's
`项目内容` or `年度任务目标` column, a boxed 重点任务. Their sentences are read as prose.

Only the columns that say what is to be done are read: a progress report's columns
(`1-9月份工作完成情况`, `取得成效`) and a rectification list's `存在问题` print results, the
columns of who answers for a task (责任单位, 分管领导, 监督电话) print no target, and a column of
a higher body's rules (`国家和省主要规定`) prints what the document keeps.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.document import Table
from plancmp.draft.table_header import (
    DUE_COLUMN,
    PIPELINE,
    due_year,
    is_project_list,
    is_year_works,
    one_project,
)
from plancmp.draft.text import YEAR, compact, fold

_RESULTS = re.compile(r"完成情况|进展|成效|进度|落实情况|执行情况|实际|现状|^(?:存在|主要)的?问题$")
_TASKS = re.compile(r"目标|任务|计划")
_RULES_ABOVE = re.compile(
    r"(?:国家|省|中央|教育部)(?:和|及|、)?(?:省|市)?(?:主要|有关|相关)?(?:规定|标准|要求)"
)
"""A column of the rules a body above sets (`国家和省主要规定`, `国家标准`), beside the document's
own (`本市监测目标`): what it keeps, no target of its own."""
_WHO = re.compile(r"单位|领导|部门|电话|联系人|责任人|负责人")


class TextCell(NamedTuple):
    """A cell's running text, with the row's heading and the year its column names."""

    text: str
    heading: str | None
    year: int | None = None
    """The one year the column's header names (`2022年度任务目标`), else None."""
    tasks: bool = False
    """The column's header names what was set (`年度目标任务`): its text states targets even
    in a report of how they were met (`…完成情况`)."""
    by: bool = False
    """The year is the row's deadline (`完成时限 | 2027年8月前`): what it makes is made by then,
    over the years before, not in that year alone."""


def text_cells(table: Table) -> list[TextCell]:
    """The running text in a table that is not an indicator table (a task table's
    `项目内容`, a boxed 重点任务), each with the row's heading if it has one."""
    if not table.rows:
        return []
    first = list(table.rows[0])
    if is_project_list(first) and not is_year_works(first) and not one_project(table):
        return []  # a plan's pipeline of projects: their sizes describe them; one's are its
    skip, years = _columns(table)
    header = [compact(c) for c in table.rows[0]]
    tasks = {c for c, h in enumerate(header) if _TASKS.search(h) and c not in skip}
    project = is_project_list(first)
    due = _deadline_column(table, project) if len(table.rows) > 1 else None
    out: list[TextCell] = []
    heading: str | None = None
    for r, row in enumerate(table.rows):
        cells = [
            (c, text.strip())
            for c, text in enumerate(row)
            if text.strip() and c not in skip and (r, c) not in table.merged
        ]
        if len(cells) == 1 and len(cells[0][1]) <= 40 and not re.search(r"[。；;]", cells[0][1]):
            heading = cells[0][1]  # a box's title (重点任务一：…) over the text below it
            continue
        label = None
        year = due_year(row[due]) if due is not None and r > 0 and due < len(row) else None
        cells = [(c, cell) for c, cell in cells if c != due]
        for k, (c, cell) in enumerate(cells):
            if k < len(cells) - 1 and _is_label(cell) and not _content(header, c):
                if not (label and _NATURE_OF_WORKS.fullmatch(cell)):
                    label = cell  # the row's name, before the text it heads (not `新建` after it)
            elif len(cell) >= 6 and re.search(r"[\u4e00-\u9fff]", cell) and not NOTE.match(cell):
                by = years.get(c) is None and year is not None  # the row's deadline
                cell_year = years.get(c) or year
                if project and label and _content(header, c):
                    cell = f"{label}，{cell}"  # `占地40亩，…` sizes the project its row names
                out.append(TextCell(cell, label or heading, cell_year, r > 0 and c in tasks, by))
    return out


_NATURE_OF_WORKS = re.compile(r"(?:新建|改扩建|扩建|续建|迁建|改建|新改扩建)(?:项目)?")
"""A project's kind of works in its own column (`建设性质`: 新建, 改扩建): no name of the project,
which the cell before it gives."""


NOTE = re.compile(r"\s*(?:注|说明|备注|数据来源|资料来源)\s*\d?\s*[：:]")
"""A table's note, as its last row or the paragraph after it (`注：1.…按户籍人口口径计算；3.“大体
相当”指…比例保持在6:4左右`, `说明：本次大会应出席代表458名…`, `数据来源：…`): what its words
mean and where its data come from, no target or task of its own."""
DEFINES = re.compile(r"[”\"率数比额]\s*(?:是)?指(?![标导出定挥南])|测算|口径|计算")
"""A note that says what a word means or how a figure is reckoned (`注：“大体相当”指…`, `说明：学位
按…测算`), wherever it stands: no target of its own."""


def _deadline_column(table: Table, project: bool) -> int | None:
    """The column of a task table that says when each task is due (table_header.DUE_COLUMN:
    `完成时限`, `计划完成时间`, `时间节点`), if its header has one: no text of its own, but the
    year its cell names dates the row's targets. A project list's span of years
    (`建设起止年限 | 2026.03—2027.08`) ends when its project is done."""
    header = [compact(c) for c in table.rows[0]]
    due = next((c for c, h in enumerate(header) if DUE_COLUMN.match(h)), None)
    if due is None and project:
        due = next((c for c, h in enumerate(header) if PIPELINE.search(h)), None)
    return due


_CONTENT = re.compile(r"内容|目标|措施|举措")
"""A column of what is to be done (`建设内容`, `目标任务`): its cells are text, however short
(`为农村中小学教室安装空调1260台`), never the row's name (as a bare `任务` column's may be)."""


def _content(header: list[str], c: int) -> bool:
    return c < len(header) and _CONTENT.search(header[c]) is not None


def _is_label(cell: str) -> bool:
    return len(cell) <= 30 and not re.search(r"[。；;，,]", cell)


def _columns(table: Table) -> tuple[set[int], dict[int, int]]:
    """The columns to leave unread (results, who answers), and the year each names,
    when the first row is a header of three or more named columns."""
    header = [compact(c) for c in table.rows[0]]
    if len(table.rows) < 2 or sum(bool(h) for h in header) < 3:
        return set(), {}
    skip = {
        c
        for c, h in enumerate(header)
        if _RESULTS.search(h) or _WHO.search(h[-4:]) or _RULES_ABOVE.match(h)
    }
    years: dict[int, int] = {}
    for c, h in enumerate(header):
        found = {int(y) for y in YEAR.findall(fold(h))}
        if len(found) == 1:
            years[c] = found.pop()
    return skip, years
