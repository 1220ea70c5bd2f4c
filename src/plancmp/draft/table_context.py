"""What a table states about itself outside its grid: the year its title or a line above
names (`2023年重点任务`, `（2020年度）`, `2021年金额`), and the units a line above gives
its values (`单位：万元`, `（单位：所、个）`).
"""

from __future__ import annotations

import re

from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.found import Found
from plancmp.draft.text import YEAR, compact, fold
from plancmp.draft.units import known_unit

_YEAR_LINE = re.compile(r"^[（(]?((?:19|20)\d\d)年(?:度|度?(?:金额|预算|资金))[)）]?$")
"""`（2020年度）` or `2021年金额` alone on a line: the year a budget or performance-target
table is for."""
_FORM_TITLE = re.compile(
    r"^[（(]?((?:19|20)\d\d)年度?[^，。；;]{0,40}?(?:绩效(?:目标|自评|评价)|预算)[^，。；;]{0,8}表(?:公开)?(?:$|\s*[|(（])"
)
"""`2019年度…项目绩效评价指标表`, `2022年度项目支出绩效自评表`: a title naming the one year
a performance-target or budget form is for."""
_CELL_RULE = re.compile(r"^[|\s]+|[|\s]+$")
"""The `|` rules a pipe-flattened row leaves around a line that fills one cell."""
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
    the first `（2020年度）` or `2021年金额` line, or form title naming one year, near its
    top (also as the one filled cell of a `|` row), else None."""
    for block in doc.blocks[:YEAR_LINE_REACH]:
        if not isinstance(block, Paragraph | Heading):
            continue
        text = _CELL_RULE.sub("", compact(block.text))
        if m := _YEAR_LINE.match(text) or _FORM_TITLE.match(text):
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


KIND_MARKS = "★☆*＊※▲△"
"""Marks a table prints by an indicator's name to say what kind it is, which a note explains
(not names.MARKS, the marks that open a list's items)."""
_MARK_LEGEND = re.compile(
    rf"([{KIND_MARKS}])\s*(?:号|符号)?\s*(?:的|者)?(?:指标)?\s*(?:为|是|系)\s*(约束性|预期性)"
)
"""`注：带★的为约束性指标`, `标*号者为预期性指标`: the attribute a mark stands for."""
_LETTER_LEGEND = re.compile(
    r"(?<![A-Za-z])([A-Z])\s*(?:类指标|类)?\s*(?:为|是|表示|代表)\s*(约束性|预期性)"
)
"""`注：A为约束性指标，B为预期性指标`: the attribute a letter in the attribute column stands for."""
_REST_LEGEND = re.compile(
    r"(?:其余|其他|其它|未标注?的?)(?:指标)?\s*(?:为|是|均为)\s*(约束性|预期性)"
)
"""`…，其余为预期性指标`: the attribute of the rows printed without the mark."""


def mark_legend(doc: Document) -> dict[str, str]:
    """What each mark by a table's indicator names, or letter in its attribute column, stands
    for (`★` → 约束性, `B` → 预期性), from the note that explains it; the rows left unmarked
    under the key "" when the note says so."""
    out: dict[str, str] = {}
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for m in _MARK_LEGEND.finditer(block.text):
            out.setdefault(m.group(1), m.group(2))
            if rest := _REST_LEGEND.search(block.text, m.end()):
                out.setdefault("", rest.group(1))
        for m in _LETTER_LEGEND.finditer(block.text):
            out.setdefault(m.group(1), m.group(2))
    return out


def with_marked_attributes(found: list[Found], legend: dict[str, str]) -> list[Found]:
    """Table rows given the attribute their mark stands for, or the unmarked rows' one: only
    rows of a table that marks some of its rows, for a note speaks of its own table (another
    table on the page, with no marks, is none of its `其余`)."""
    if not legend:
        return found
    marked = {f.section for f in found if f.kind == "table" and _marks_of(f, legend)}
    out = []
    for f in found:
        if f.kind == "table" and f.attribute is None:
            marks = _marks_of(f, legend)
            rest = legend.get("") if f.section in marked else None
            f = f._replace(attribute=marks[0] if marks else rest)
        out.append(f)
    return out


def _marks_of(f: Found, legend: dict[str, str]) -> list[str]:
    """The attributes a row's marks by its name, or letters in a cell of their own, stand for."""
    marks = [legend[c] for c in f.quote if c in KIND_MARKS and c in legend]
    return marks or [legend[c] for c in f.quote.split() if c in legend]
