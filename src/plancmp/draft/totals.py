"""The total row of a list of construction projects.

A project list sets no target row by row (a project's size and cost describe it), but its
total row does: how many projects the plan will build and what they will cost over the
period. The total row is the one whose label says so (合计, 总计, 小计) or names the group
with its count (`（一）教育事业项目35个`), with no row number and no project name, and
amounts under the money columns (`总投资（亿元）`, `2021-2025年投资额（亿元）`). Each amount
is a target named by the group and the column; the count in the label is one too. Beside a
money column, a column of what the projects add, a unit in its header (`新增床位（个）`, under a
merged `建设规模`) or a header that names places, beds or classes (`新增学位`, `班数`), is summed by
the total row too. The rows right after a total that name a stage (`其中：小学（7个）`, `初中（7个）`)
are its parts, and so is a stage's row with its count wherever it stands (`初中（2个）` after the
schools of 小学); each part is named by its stage (`总投资（小学）`). A row's span of years
(`建设年限 | 2026—2028年`) dates its totals by the span's end.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Table
from plancmp.draft.found import Found
from plancmp.draft.segments import segment_of, topic_segment
from plancmp.draft.table_header import DUE_COLUMN, PIPELINE, due_year
from plancmp.draft.text import YEAR, compact, fold, strip_brackets
from plancmp.draft.units import numeric, unit_in_name

_TOTAL = re.compile(r"^(?:合计|总计|小计|共计|总计划)(?:[(（]\d+个(?:项目)?[)）])?$")
"""`合计`, `合计（14个项目）`: the whole list's total (the count of its rows says nothing new)."""
_STAGE_PART = re.compile(
    r"^(?:其中[:：]?)?(?P<stage>[\u4e00-\u9fff]{2,8}?)(?P<count>[(（]\d+个?[)）])?$"
)
"""`其中：小学（7个）`, `初中（7个）`, `九年一贯制学校（2个）`: a stage's part of the total just above."""
_SPAN_COLUMN = re.compile(rf"{PIPELINE.pattern}|完成年限")
"""A column of each project's span of years (`建设年限`, `完成年限`): its end dates a total."""
_GROUP = re.compile(
    r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?"
    r"(?P<name>[\u4e00-\u9fff]{2,20}?)(?:共|合计)?(?P<count>\d+(?:个|项|所))$"
)
_MONEY = re.compile(r"投资|资金|金额|经费|造价")
_MONEY_UNIT = ("元", "万元", "亿元")


def money_columns(header: list[str]) -> list[int]:
    """The columns of amounts of money: an investment word and a unit of money."""
    return [
        c
        for c, cell in enumerate(header)
        if _MONEY.search(compact(cell)) and unit_in_name(fold(cell)) in _MONEY_UNIT
    ]


def _header(table: Table) -> list[str]:
    """Each column's lowest header cell, under the rows at the top with no number in them (a
    merged `建设规模` over `建筑面积（平方米）` and `新增床位（个）`)."""
    n = 1
    while n < min(3, len(table.rows) - 1) and not any(
        numeric(c.strip(), None) for c in table.rows[n]
    ):
        n += 1
    return [compact(c) for c in table.rows[n - 1]]


def _amount_columns(header: list[str]) -> list[int]:
    """The money columns, and when there are some, the columns that size a project in a unit
    (`新增床位（个）`): a total row sums them too."""
    money = money_columns(header)
    sized = [
        c
        for c, cell in enumerate(header)
        if money and c not in money and _column_unit(cell) and not _SPAN_COLUMN.search(cell)
    ]
    return sorted(money + sized)


_COUNTED_BY = {"学位": "个", "床位": "张", "班数": "个", "班级数": "个"}
"""Columns whose header prints no unit but names what they count (`新增学位`, `班数`): places,
beds and classes, counted in 个 and 张."""


def _column_unit(cell: str) -> str | None:
    """The unit a column's header prints, or the one its measure implies (_COUNTED_BY)."""
    unit = unit_in_name(fold(cell))
    implied = next((u for end, u in _COUNTED_BY.items() if compact(cell).endswith(end)), None)
    return unit or implied


def read_totals(
    table: Table, section: str, year: int | None, one_year: bool, order: int
) -> list[Found]:
    """The targets of the total rows of a project list (see the module docstring)."""
    if len(table.rows) < 3:
        return []
    header = _header(table)
    columns = _amount_columns(header)
    spans = [c for c, cell in enumerate(header) if _SPAN_COLUMN.search(cell)]
    latest = max((_span_end(row, spans) or 0 for row in table.rows[1:]), default=0) or None
    out: list[Found] = []
    above = False  # whether the row above is a total or a stage's part of one
    for r, row in enumerate(table.rows[1:], 1):
        label = _total_label(row, columns)
        part = _stage_part(row, columns, above) if label is None else None
        stage = part[1] if part else None
        above = label is not None or part is not None
        if label is None and stage is None:
            continue
        group, count = label or ("", None)
        suffix = f"（{part[0]}）" if part else ""  # a stage's part: `总投资（小学）`
        quote = "\t".join(row).rstrip("\t")
        # a total that leaves its span blank: in a year's plan, due by the projects' last year;
        # in a period's plan, by the plan's end
        due = _span_end(row, spans) or (latest if one_year else None)
        raws: list[tuple[str, str, str | None, int | None]] = []
        if count:
            raws.append((group, count, None, None))
        for c in columns:
            unit = _column_unit(header[c])
            if c < len(row) and numeric(row[c].strip(), unit):
                name = f"{group}{strip_brackets(header[c])}{suffix}"
                years = [int(y) for y in YEAR.findall(fold(header[c]))]
                raws.append((name, row[c].strip(), unit, max(years) if years else due))
        for k, (name, raw, unit, own) in enumerate(raws):
            review = ("年份由上下文推断",) if own is None and year is not None else ()
            spanned = own is not None and own == due  # built over the projects' span of years
            scope = "per_year" if one_year and not spanned else "cumulative"
            out.append(
                Found(
                    name,
                    raw,
                    unit,
                    own or year,
                    scope,
                    "table",
                    section,
                    quote,
                    segment=stage,
                    review=review,
                    order=order + r * 10 + k,
                )
            )
    return out


def _stage_part(row: tuple[str, ...], columns: list[int], above: bool) -> tuple[str, str] | None:
    """The stage word and segment of a row that is a stage's part of a total: right under the
    total or another part (`其中：小学（7个）`, `初中（7个）`), or anywhere with its count of
    projects (`初中（2个）` after the schools of 小学); else None."""
    labels = set(_labels(row, columns))
    m = _STAGE_PART.match(labels.pop()) if len(labels) == 1 else None
    if m is None or not (above or m.group("count")):
        return None
    segment = segment_of(m.group("stage")) or topic_segment(m.group("stage"))
    return (m.group("stage"), segment) if segment else None


def _labels(row: tuple[str, ...], columns: list[int]) -> list[str]:
    """The words before a row's amounts (`合计（12个）`), without the figures of columns no
    amount is read from (`班数 | 新增学位` before `总投资（万元）`)."""
    if not columns:
        return []
    return [compact(c) for c in row[: columns[0]] if c.strip() and not numeric(c.strip(), None)]


def _span_end(row: tuple[str, ...], spans: list[int]) -> int | None:
    """The last year of a row's span of years (`2026—2028年`), or None."""
    years = [int(y) for c in spans if c < len(row) for y in YEAR.findall(fold(row[c]))]
    return max(years) if years else None


_ANNUAL = re.compile(r"年度|(?:19|20)\d\d年(?![-—–~至到])")
_PROJECT_NAME = re.compile(r"^(?:项目|学校|工程)(?:名称)?$")


def read_year_works(table: Table, section: str, year: int | None, order: int) -> list[Found]:
    """Each project's money for the year in a list of one year's works (a 民生实事 list,
    `年度投资金额（万元）`): what the year's programme spends on it, named by the project."""
    header = [compact(c) for c in table.rows[0]]
    names = [c for c, cell in enumerate(header) if _PROJECT_NAME.match(cell)]
    due = next((c for c, cell in enumerate(header) if DUE_COLUMN.match(cell)), None)
    if due is None:  # a year's list whose projects run over years: each due at its span's end
        due = next((c for c, cell in enumerate(header) if _SPAN_COLUMN.search(cell)), None)
    columns = [c for c in money_columns(header) if _ANNUAL.search(header[c]) or due is not None]
    if len(names) != 1 or not columns:
        return []
    if due is not None:  # each project's design (`班级数（个）`, `学位数（个）`), due with it
        columns = sorted({*columns, *_size_columns(header, due)})
    stages = next((c for c, cell in enumerate(header) if _STAGE_COLUMN.match(cell)), None)
    out: list[Found] = []
    for r, row in enumerate(table.rows[1:], 1):
        project = row[names[0]].strip() if names[0] < len(row) else ""
        if not project or _total_label(row, columns) is not None:
            continue
        quote = "\t".join(row).rstrip("\t")
        finished = due_year(row[due]) if due is not None and due < len(row) else None
        for k, c in enumerate(columns):
            unit = _column_unit(header[c])
            raw = row[c].strip() if c < len(row) else ""
            if not numeric(raw, unit):
                continue
            own = [int(y) for y in YEAR.findall(fold(header[c]))]
            cost = not _ANNUAL.search(header[c])  # a project's whole cost, due when it is finished
            name = f"{compact(project)}{strip_brackets(header[c])}"
            stage = _project_stage(row, stages, project)
            out.append(
                Found(name, raw, unit, (finished or year) if cost else (own[-1] if own else year),
                      "cumulative" if cost else "per_year", "table",
                      section, quote, stage, None, None, None, (), order + r * 10 + k)
            )  # fmt: skip
    return out


_STAGE_COLUMN = re.compile(r"^(?:学段|学校类型|办学层次|类型)$")
"""A project list's column of each school's stage (`学段 | 幼儿园`, `九年一贯制`)."""


def _size_columns(header: list[str], due: int) -> list[int]:
    """The columns that size a project in a unit (`班级数（个）`, `学位数（个）`, `建筑面积（平方米）`),
    besides its money, its years and its due date."""
    return [
        c
        for c, cell in enumerate(header)
        if c != due
        and c not in money_columns(header)
        and _column_unit(cell)
        and not _SPAN_COLUMN.search(cell)
        and not YEAR.search(fold(cell))
    ]


def _project_stage(row: tuple[str, ...], stages: int | None, project: str) -> str | None:
    """A project's stage: its row's cell under `学段` (`幼儿园`, `九年一贯制`), else its name's
    (`某幼儿园分园` is 学前's), its whole cost's and its money for the year alike; none for
    stages together (`十二年一贯制`, `中小学`) nor for works outside the school."""
    cell = row[stages].strip() if stages is not None and stages < len(row) else ""
    if not cell and _OUTSIDE_SCHOOL.search(project):
        return None  # `城北小学门前道路建设项目`: a road, no school's
    return (segment_of(cell) or topic_segment(cell) if cell else None) or topic_segment(project)


_OUTSIDE_SCHOOL = re.compile(r"门前|周边|道路|路口|交通|停车")
"""Works outside a school its name names (`城北小学门前道路建设项目`): of no stage."""


def _total_label(row: tuple[str, ...], columns: list[int]) -> tuple[str, str | None] | None:
    """(group, count) of a total row: its one label before the amounts, a total word or a
    group with its count; None for a project's row (a number, a name, a place…)."""
    if not columns or not any(row[c].strip() for c in columns):
        return None
    labels = _labels(row, columns)
    if len(set(labels)) != 1:
        return None
    label = labels[0]
    if _TOTAL.match(label):
        return "", None
    m = _GROUP.match(fold(label))
    return (m.group("name"), label[m.start("count") :]) if m else None
