"""The layout a web page gives when its table is copied as text: one cell a line,
no marker, often a blank line between cells.

Nothing in the text says where a row ends, so the header decides: a run of
header cells (指标, 2020年, 2025年, 属性 …) gives the number of columns, and each
row is an indicator's name followed by its values. Two things bend the count:
a section row (`一、发展水平`) that is a name with no values, and a `其中：小学`
row whose name cell holds several lines, so each value cell holds as many.
A line too long or too sentence-like to be a cell ends the table.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.read.grid import looks_like_value
from plancmp.draft.read.text_tables import Rows, Taken

_NAME_CUES = frozenset(
    [
        "指标",
        "指标名称",
        "主要指标",
        "指标项目",
        "项目",
        "项目名称",
        "序号",
        "类别",
        "类型",
        "维度",
        "领域",
        "分类",
        "学段",
    ]
)
_OTHER_CUES = frozenset(
    [
        "属性",
        "指标属性",
        "单位",
        "计量单位",
        "备注",
        "目标值",
        "基期值",
        "现状值",
        "基期",
        "目标",
        "现状",
        "责任单位",
    ]
)
_PERIOD_CUE = re.compile(
    r"^(?:(?:19|20)\d\d年?(?:基期值|目标值|目标|现状|实际|预期)?|“?十[一二三四五六]五”?(?:末|期末|数据|目标)?)$"
)
_INDICATOR_CUES = frozenset(("指标", "指标名称", "主要指标", "指标项目", "项目", "项目名称"))
_ATTRIBUTE = re.compile(r"^(?:约束性|预期性|约束|预期)$")
_CELL_MAX = 40

EMPTY = ""


def _key(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _cue(line: str) -> str | None:
    key = _key(line)
    if key in _NAME_CUES:
        return "name"
    if key in _OTHER_CUES:
        return "other"
    if _PERIOD_CUE.match(key):
        return "period"
    return None


def _header(lines: list[str], i: int) -> tuple[list[str], int] | None:
    cells: list[str] = []
    kinds: set[str] = set()
    j = i
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        kind = _cue(lines[j])
        if kind is None or "\t" in lines[j]:
            break
        cells.append(lines[j].strip())
        kinds.add(kind)
        j += 1
    if len(cells) < 3 or "period" not in kinds or len(kinds) < 2:
        return None
    return cells, j


def _tokens(lines: list[str], j: int) -> list[tuple[str, int]]:
    """The cell lines after the header, up to the first line that cannot be a
    cell, each with the index of the line after it. A line of spaces is an
    empty cell; an empty line separates cells."""
    out: list[tuple[str, int]] = []
    while j < len(lines):
        line = lines[j]
        text = line.strip()
        if not line:
            j += 1
            continue
        if (
            "\t" in line
            or line.startswith("#")
            or len(text) > _CELL_MAX
            or text.endswith(("。", "；", "：", ":"))
        ):
            break
        out.append((text, j + 1))
        j += 1
    return out


def _kind(text: str) -> str:
    if not text:
        return "E"
    if looks_like_value(text):
        return "V"
    return "N"


class _Shape(NamedTuple):
    """What the header says about the rows below it."""

    width: int
    name_col: int
    """The column of the indicator's name; the columns before it are leads."""
    categories: tuple[bool, ...]
    """For each lead column: a category (类别, 维度), which a web page prints
    once over several rows (rowspan), rather than a row number (序号)."""


class _Tokens(NamedTuple):
    texts: list[str]
    kinds: list[str]


def take_header_cells(lines: list[str], i: int) -> Taken:
    """A header-driven table starting at `lines[i]`, or None."""
    found = _header(lines, i)
    if found is None:
        return None
    header, j = found
    keys = [_key(h) for h in header]
    name_col = next((c for c, k in enumerate(keys) if k in _INDICATOR_CUES), 0)
    shape = _Shape(len(header), name_col, tuple(k != "序号" for k in keys[:name_col]))
    found_tokens = _tokens(lines, j)
    tokens = _Tokens([text for text, _ in found_tokens], [_kind(text) for text, _ in found_tokens])
    rows: Rows = [header]
    t = 0
    end = j
    while t < len(tokens.texts):
        parsed = _row(tokens, t, shape, rows[-1] if len(rows) > 1 else None)
        if parsed is None:
            break
        row, t = parsed
        rows.append(row)
        end = found_tokens[t - 1][1]
    if len(rows) < 2:
        return None
    return rows, end


def _row(
    tokens: _Tokens, t: int, shape: _Shape, above: list[str] | None
) -> tuple[list[str], int] | None:
    """One row from the tokens at t; None when no valid row starts there."""
    texts, kinds = tokens
    lead: list[str] = []
    while len(lead) < shape.name_col and t < len(texts) and kinds[t] == "V":
        lead.append(texts[t])
        t += 1
    if t >= len(texts) or kinds[t] != "N":
        return None
    if not lead and shape.name_col and not all(shape.categories):
        return _section_row(tokens, t, shape)  # a numbered table's row with no number
    if (
        len(lead) < shape.name_col
        and t + 2 < len(texts)
        and kinds[t + 1] == "N"
        and kinds[t + 2] != "N"
    ):
        lead.append(texts[t])
        t += 1
    while len(lead) < shape.name_col:
        covered = above is not None and shape.categories[len(lead)]
        lead.append(above[len(lead)] if above is not None and covered else EMPTY)
    names = [texts[t]]
    t += 1
    if names[0].startswith("其中"):
        while t < len(texts) and kinds[t] == "N" and len(texts[t]) <= 8:
            names.append(texts[t])
            t += 1
    values, t = _values(tokens, t, len(names), shape.width - shape.name_col - 1)
    if not values:
        return _section_row(tokens, t - len(names), shape)
    return [*lead, "\n".join(names), *values], t


def _section_row(tokens: _Tokens, t: int, shape: _Shape) -> tuple[list[str], int] | None:
    """`一、发展水平` alone on its row, when a valid row follows it."""
    if t + 1 < len(tokens.texts) and _row(tokens, t + 1, shape, None) is not None:
        return [tokens.texts[t]], t + 1
    return None


def _values(tokens: _Tokens, t: int, depth: int, count: int) -> tuple[list[str], int]:
    """Up to `count` value cells of `depth` lines each (the attribute cell may
    have one line for all)."""
    texts, kinds = tokens
    values: list[str] = []
    while len(values) < count and t < len(texts) and kinds[t] in "VE":
        take = depth
        if _ATTRIBUTE.match(texts[t]):
            take = 1
            while take < depth and t + take < len(texts) and _ATTRIBUTE.match(texts[t + take]):
                take += 1
        cell = texts[t : t + take]
        if len(cell) < take or any(kinds[t + k] == "N" for k in range(take)):
            break
        values.append("\n".join(cell))
        t += take
    return values, t
