"""Running text inside tables that set no targets of their own: a task table's
`项目内容` column, a boxed 重点任务. Their sentences are read as prose."""

from __future__ import annotations

import re

from plancmp.draft.document import Table
from plancmp.draft.table_header import is_project_list


def text_cells(table: Table) -> list[tuple[str, str | None]]:
    """The running text in a table that is not an indicator table (a task table's
    `项目内容`, a boxed 重点任务), each with the row's heading if it has one."""
    if not table.rows or is_project_list(list(table.rows[0])):
        return []
    out: list[tuple[str, str | None]] = []
    heading: str | None = None
    for row in table.rows:
        cells = [c.strip() for c in row if c.strip()]
        if not cells:
            continue
        label = cells[0] if len(cells) > 1 and len(cells[0]) <= 30 else None
        for cell in cells[1:] if label else cells:
            if len(cells) == 1 and len(cell) <= 40 and not re.search(r"[。；;]", cell):
                heading = cell  # a box's title (重点任务一：…) over the text below it
                continue
            if len(cell) >= 6 and re.search(r"[\u4e00-\u9fff]", cell):
                out.append((cell, heading))
    return out
