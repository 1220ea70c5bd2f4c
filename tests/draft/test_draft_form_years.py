"""The one year a performance-target or budget form is for, read from the lines above
its grid: a `（2023年度）` line, also left as the one filled cell of a `|` row, or a
title that names one year's form (`2019年度…绩效评价指标表`)."""

from __future__ import annotations

import pytest

from plancmp.draft.document import Document, Paragraph
from plancmp.draft.table_context import year_line


def doc(*lines: str) -> Document:
    return Document("t.txt", tuple(Paragraph(line) for line in lines))


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (("项目支出绩效目标表", "（2021年度）"), 2021),
        (("| 某某计划绩效目标申报表 | |||||", "| (2023年度) | |||||||||"), 2023),
        (("某某项目绩效目标表 | ||||||", "(2018年度) | ||||||"), 2018),
        (("2019年度某县高中助学金项目绩效评价指标表", "评价指标"), 2019),
        (("2022年度项目支出绩效自评表 | 部门:某某中学 |",), 2022),
        (("2023年项目支出绩效目标表公开",), 2023),
        (("2024年部门预算表",), 2024),
    ],
)
def test_a_form_takes_the_year_its_year_line_or_title_names(
    lines: tuple[str, ...], year: int
) -> None:
    assert year_line(doc(*lines)) == year


@pytest.mark.parametrize(
    "lines",
    [
        ("2023年教育工作要点", "新建幼儿园3所。"),  # a year's work points: not a form
        ("| 2023年 | 2025年 |",),  # a header row of two cells
        ("2021年完成绩效目标表中的各项任务。",),  # a sentence, not a title
    ],
)
def test_lines_that_are_no_form_title_give_no_year(lines: tuple[str, ...]) -> None:
    assert year_line(doc(*lines)) is None
