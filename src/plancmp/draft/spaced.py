"""Tables that arrive as lines of text, cells split by spaces.

A table copied from a web page often loses its grid: each row becomes a line
(`幼儿在园人数 万人 181 222`) under a header line (`单位 2015年 2020年`), with group
lines between (`学前教育`). Such a run of lines is turned back into a `Table`, so the
table reader reads it like any other; each row keeps its line as printed, for quotes.

A table of indicator columns comes as a line of column names (`类别 新建学校 新增学位`)
over lines of a label and as many values (`幼儿园 12 3600`).

A narrow table may be printed on its side: a line of names after the name column's
header (`三级指标 新建高校(校区) 工程质量达标率(%)`, running onto the next line), then
the label of the values (`年度目标值`) and a line of as many values (`7 100% 100%`).
It is turned back into a table of a name and a value a row.

A form's table keeps its column numbers (`01 02 03`) on a line under header lines that lost
their grid: numbered_columns lays the names back over the numbered columns.

An excerpt may have lost the header line too. Rows that end in the attribute
(`城镇登记失业率(%) 2.6% ≤ 4% 约束性`, `- 150 预期性` where a value is missing) are
an indicator table all the same: the last value is the target, a value before it
the baseline, both in years the plan gives (and marked as inferred), and a cell
before the name that only some rows print is the category a merged cell spanned.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Block, Document, Paragraph, Table
from plancmp.draft.numbered_columns import numbered_at
from plancmp.draft.read.grid import RULE_LINE, word_columns_after, words_left_empty
from plancmp.draft.segments import segment_of
from plancmp.draft.table_context import unit_line
from plancmp.draft.table_header import attribute_of
from plancmp.draft.text import fold
from plancmp.draft.units import DASHES, known_unit, parses

_YEAR_CELL = re.compile(r"^(?:19|20)\d\d年?(?:目标|目标值|基数|预期)?$")
_HEADER_WORD = re.compile(
    r"^(?:单位|计量单位|指标|指标名称|主要指标|目标值|基数|现状值|属性|指标属性|备注)$"
)
_SENTENCE = re.compile(r"[。，,；;：:！？!?]")
MIN_ROWS = 2


def _cells(text: str) -> list[str]:
    return text.split()


def _is_header(text: str) -> bool:
    cells = _cells(text)
    if len(cells) < 2 or _SENTENCE.search(text):
        return False
    years = sum(bool(_YEAR_CELL.match(fold(c))) for c in cells)
    words = sum(bool(_HEADER_WORD.match(c)) for c in cells)
    return years >= 1 and years + words >= 2


def _is_row(text: str) -> bool:
    cells = _cells(text)
    if len(cells) < 2 or len(cells) > 10 or _SENTENCE.search(fold(text).replace(":", "")):
        return False
    last = fold(cells[-1])
    worded = (  # `0.8 动态清零`, not an attribute (`88 95 预期性`)
        bool(_GOAL_WORD.fullmatch(last))
        and not attribute_of(last)
        and any(map(_value, cells[1:-1]))
    )
    return bool(re.search(r"[\u4e00-\u9fff]", cells[0])) and (
        (bool(re.search(r"\d", last)) and parses(last, None)) or last in DASHES or worded
    )


def _is_group(text: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff（）()]{2,14}", text.strip()))


def with_spaced_tables(doc: Document) -> tuple[Document, dict[int, tuple[str, ...]]]:
    """The document with runs of space-separated table lines made tables, and for each
    such table (by id) the lines its rows were printed as."""
    blocks = list(doc.blocks)
    out: list[Block] = []
    lines_of: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(blocks):
        found = _table_at(blocks, i)
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        table, lines, start, end = found
        del out[len(out) - (i - start) :]  # a label line above the header belongs to it
        out.append(table)
        lines_of[id(table)] = lines
        i = end
    if not lines_of:
        return doc, {}
    return doc._replace(blocks=tuple(out)), lines_of


_SIGN = re.compile(r"^[≤≥<>＜＞≦≧=＝]+$")


def _attribute_cells(text: str, headed: bool = False) -> list[str] | None:
    """The cells of a row that ends in its attribute, a sign printed apart from its
    number (`≤ 4%`) kept with it; None when the line is no such row. Under a header line
    (`headed`) a row may state both its values in words (`全覆盖 全覆盖 约束性`)."""
    words = text.split()
    cells: list[str] = []
    for word in words:
        if cells and _SIGN.match(cells[-1]):
            cells[-1] = f"{cells[-1]} {word}"
        else:
            cells.append(word)
    if (
        len(cells) < 3
        or not attribute_of(cells[-1])
        or _SENTENCE.search(fold(text).replace(":", ""))
    ):
        return None
    values = cells[-3:-1]
    if not re.search(r"[\u4e00-\u9fff]", cells[0]) or not (headed or any(map(_value, values))):
        return None
    if not all(_value(v) or _GOAL_WORD.fullmatch(v) for v in values):
        return None
    return cells


_GOAL_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
"""A target a row states in words beside its baseline (`0.8 动态清零 约束性`, `— 全覆盖 预期性`)."""


_SERIAL = re.compile(r"\d{1,3}[.、．]?")
"""A row's number under a 序号 column (`1`, `2.`, `3、`)."""


_CATEGORY_HEAD = re.compile(r"^(?:类别|领域|维度|分类|类型)$")
"""A first column of categories, whose cell a PDF or a web page prints on the first row of each
category only (a cell merged down over its rows)."""


def _attributed_row(text: str, header: str) -> list[str] | None:
    """The cells of a row under a header line that ends in its attribute and is as wide as
    the header (`学前三年毛入园率 % 95 98 预期性` under `指标 单位 2025年 2030年 属性`), after its
    number under a 序号 column; a row a cell narrower, a `其中：` sub-row or one under a category
    column a PDF prints on its first row only, has that cell empty; rows of other widths are left
    to the reading of a category cell that spanned them."""
    head, words = _cells(header), text.split(maxsplit=1)
    if head[:1] == ["序号"] and len(words) == 2 and _SERIAL.fullmatch(words[0]):
        rest = _attribute_cells(words[1], True)  # `1 学前三年毛入园率 % 95 98 预期性` under 序号
        cells = [words[0], *rest] if rest else None
    else:
        cells = _attribute_cells(text, True)
    narrower = cells is not None and len(cells) == len(head) - 1
    if cells and narrower and (cells[0].startswith("其中") or _CATEGORY_HEAD.search(head[0])):
        return ["", *cells]  # `其中：初中在校生 万人 …`, or a row under a category merged down
    return cells if cells and len(cells) == len(head) else None


def _wrapped_row(blocks: list[Block], j: int, header: str) -> tuple[list[str], str] | None:
    """A numbered row whose name ran onto the next line (`8 中等职业学校“双师型”教师占专业课` over
    `教师比例 % 48 ≥60 预期性`): its cells and the two lines as one, else None."""
    text = blocks[j].text.strip()  # type: ignore[union-attr]
    below = blocks[j + 1] if j + 1 < len(blocks) else None
    words = text.split()
    if len(words) != 2 or not _SERIAL.fullmatch(words[0]) or not isinstance(below, Paragraph):
        return None
    joined = f"{text}{below.text.strip()}"
    cells = _attributed_row(joined, header)
    return (cells, joined) if cells else None


def _headed_row(text: str, header: str) -> list[str] | None:
    """The cells of a line under a header line, each under its column, or None when the line
    is no row of it. Under `序号 … 属性`: a numbered row with its attribute, and the `其中：` rows
    that print no number (`其中：小学 % 3.2 6 预期性`) and perhaps no attribute (`其中：小学 % 3.2
    6`); under `序号` alone, a numbered row (`1 学前三年毛入园率 % 92.6 ≥96`)."""
    if attributed := _attributed_row(text, header):
        return attributed
    head, words = _cells(header), text.split(maxsplit=1)
    numbered = head[:1] == ["序号"]
    attributed_head = "属性" in head[-1]
    serial = len(words) == 2 and bool(_SERIAL.fullmatch(words[0]))
    if numbered and attributed_head and not serial:
        cells = _attribute_cells(text, True)
        if cells and len(cells) == len(head) - 1:
            return ["", *cells]
    if numbered and serial and _is_row(words[1]):
        return [words[0], *_cells(words[1])]
    if _is_row(text):
        cells = _cells(text)
        if numbered and attributed_head and len(cells) == len(head) - 2:
            return ["", *cells, ""]
        return cells
    return _cells(text) if _is_group(text) else None


_UNIT_TAIL = re.compile(
    r"^[\u4e00-\u9fff]{1,10}[（(](?![一二三四五六七八九十\d]+[）)]|续[）)])[^（）()\s]{1,6}[）)]$"
)
"""The rest of a name cell a page wrapped onto a line of its own (`园率（%）` under
`学前教育毛入 93 96 预期性`): a few words and the unit bracket that ends an indicator's name;
a bracket of an ordinal or 续 (`附表（二）`, `主要指标（续）`) numbers a table, no unit."""


def _name_runs_on(row: list[str], line: str) -> bool:
    """Whether `line` is the wrapped end of the row's name cell, fourth from its end (which
    has no unit yet); a row of three cells opens on a value and has no name cell to run on."""
    return len(row) >= 4 and bool(_UNIT_TAIL.match(line)) and not row[-4].endswith((")", "）"))


def _stage_word(cell: str) -> str | None:
    return segment_of(cell) if 0 < len(cell) <= 4 else None


def _staged_row(text: str, header: str) -> list[str] | None:
    """`教育 义务教育校际优质均衡差异系 — 小学 0.38 ≤0.35 约束性`: a row one cell wider than its
    header with a stage word after its name: the indicator's row of that stage, the stage put
    into its name (`…差异系（小学）`)."""
    cells = _cells(text)
    at = [k for k in range(2, len(cells)) if _stage_word(cells[k])]
    if len(cells) != len(_cells(header)) + 1 or len(at) != 1:
        return None
    k = at[0]
    name = max(range(k), key=lambda c: len(re.findall(r"[\u4e00-\u9fff]", cells[c])))
    out = cells[:k] + cells[k + 1 :]
    out[name] = f"{out[name]}（{cells[k]}）"
    return out


def _second_stage(cells: list[str], header: str, above: list[str] | None) -> list[str]:
    """`数 初中 0.32 ≤0.30 约束性` under a row of one stage (`…差异系（小学）`): the same
    indicator's row of the next stage, whose stage word stands under the unit column and the
    rest of a wrapped name (`数`) under the name's."""
    head = _cells(header)
    unit = head.index("单位") if "单位" in head else None
    if unit is None or above is None or len(cells) != len(head) or len(above) != len(head):
        return cells
    stage = _stage_word(cells[unit])
    named = re.match(r"^(.+)（([^（）]{1,4})）$", above[unit - 1])
    if stage is None or named is None or not _stage_word(named.group(2)):
        return cells
    return [
        *cells[: unit - 1],
        f"{named.group(1)}（{cells[unit]}）",
        above[unit],
        *cells[unit + 1 :],
    ]


def _value(cell: str) -> bool:
    return cell in DASHES or (bool(re.search(r"\d", cell)) and parses(fold(cell), None))


def _headerless_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    """Rows ending in the attribute with no header line above them (see the docstring)."""
    rows: list[list[str]] = []
    lines: list[str] = []
    j = i
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        text = blocks[j].text.strip()  # type: ignore[union-attr]
        cells = _attribute_cells(text)
        if cells is None and rows and _name_runs_on(rows[-1], text):
            rows[-1][-4] += text
            lines[-1] += "\n" + text
            j += 1
            continue
        if cells is None:
            break
        rows.append(cells)
        lines.append(text)
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    width = min(len(r) for r in rows)
    if width not in (3, 4) or max(len(r) for r in rows) > width + 1:
        return None
    header = ["类别", "指标", *(["基期"] if width == 4 else []), "目标", "属性"]
    grid = [header] + [([""] * (width + 1 - len(r))) + r for r in rows]
    return Table(tuple(tuple(r) for r in grid), _title(blocks, i)), ("", *lines), i, j


_NAME_HEAD = re.compile(r"^(?:[一二三]级指标|指标名称|指标内容|指标|绩效指标)$")
_VALUE_HEAD = re.compile(r"^(?:(?:年度|预期|规划)?(?:目标值|指标值)|(?:19|20)\d\d年(?:目标值?)?)$")
NAME_LINE = 20
"""A line that carries on a line of names is short: one or two names."""


def _texts(blocks: list[Block], i: int, count: int) -> list[str]:
    """The text of up to `count` paragraphs from block i, stopping at anything else."""
    out = []
    for block in blocks[i : i + count]:
        if not isinstance(block, Paragraph):
            break
        out.append(block.text.strip())
    return out


def _sideways_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    """A table printed on its side (see the module docstring)."""
    first = _texts(blocks, i, 1)
    words = first[0].split() if first else []
    if len(words) < 2 or not _NAME_HEAD.match(words[0]):
        return None
    texts = _texts(blocks, i, 8)
    names, k = words[1:], 1
    while (
        k < len(texts) and len(texts[k]) <= NAME_LINE and not _VALUE_HEAD.match(texts[k].split()[0])
    ):
        if _SENTENCE.search(texts[k]) or any(_value(w) for w in texts[k].split()):
            return None
        names.extend(texts[k].split())
        k += 1
    label = texts[k].split() if k < len(texts) else []
    if not label or not _VALUE_HEAD.match(label[0]):
        return None
    values = label[1:] or (texts[k + 1].split() if k + 1 < len(texts) else [])
    end = i + k + (1 if label[1:] else 2)
    if len(values) != len(names) or not all(_value(v) for v in values):
        return None
    quote = "\n".join(texts[: end - i])
    rows = [[words[0], label[0]], *([n, v] for n, v in zip(names, values, strict=True))]
    return Table(tuple(tuple(r) for r in rows), _title(blocks, i)), (quote,) * len(rows), i, end


def _columns_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    """A line of three or more column names without numbers, over two or more lines of a
    label and as many values (see the module docstring)."""
    first = _texts(blocks, i, 1)
    header = first[0].split() if first else []
    if len(header) < 3 or any(re.search(r"\d", h) or len(h) > 12 for h in header):
        return None
    if _SENTENCE.search(first[0]):
        return None
    rows: list[list[str]] = []
    texts = first
    width = _row_width(blocks, i + 1, len(header))
    for block in blocks[i + 1 :]:
        if not isinstance(block, Paragraph):
            break
        texts.append(block.text.strip())
        cells = texts[-1].split()
        if len(cells) != width or _value(cells[0]) or not all(map(_value, cells[1:])):
            break
        rows.append(cells)
    if len(rows) < MIN_ROWS:
        return None
    if width > len(header):
        header = ["", *header]
    if _counts_by_kind(header, rows):
        rows = [[cells[0], *map(_none_planned, cells[1:])] for cells in rows]
    table = Table(tuple(tuple(r) for r in [header, *rows]), _title(blocks, i))
    return table, tuple(texts[: len(rows) + 1]), i, i + len(rows) + 1


def _counts_by_kind(header: list[str], rows: list[list[str]]) -> bool:
    """A table of whole counts under column names of kinds, not of years or of a baseline
    and a target (`幼儿园 小学` over `甲区 5 3`, not `指标 现状值 目标值` over `大班额比例 5.2 0`,
    where 0 is the target)."""
    return not any(re.search(r"\d", name) for name in header) and all(
        re.fullmatch(r"\d+", cell) for cells in rows for cell in cells[1:]
    )


def _none_planned(cell: str) -> str:
    """A bare 0 in a table of counts by label and kind says none of that kind is
    planned there: no target, so the cell is read as a dash (no value)."""
    return "—" if cell == "0" else cell


def _row_width(blocks: list[Block], i: int, names: int) -> int:
    """How many cells the rows under a line of column names hold: as many as the names,
    or one more when the header printed no name over the label column (`幼儿园 小学`
    over `甲区 5 3`)."""
    below = blocks[i] if i < len(blocks) else None
    if isinstance(below, Paragraph) and len(below.text.split()) == names + 1:
        return names + 1
    return names


def _table_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    block = blocks[i]
    if not isinstance(block, Paragraph):
        return None
    if not _is_header(block.text):
        return (
            numbered_at(blocks, i)
            or _sideways_at(blocks, i)
            or _headerless_at(blocks, i)
            or _columns_at(blocks, i)
        )
    rows: list[list[str]] = []
    lines: list[str] = []
    j = i + 1
    below = blocks[j] if j < len(blocks) else None
    if isinstance(below, Paragraph) and RULE_LINE.match(below.text):
        j += 1  # a rule drawn under the header
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        text = blocks[j].text.strip()  # type: ignore[union-attr]
        cells = _headed_row(text, block.text)
        if cells is None and (wrapped := _wrapped_row(blocks, j, block.text)):
            cells, text = wrapped
            j += 1
        if cells is None:
            cells = _staged_row(text, block.text)
        if cells is None:
            break
        cells = _second_stage(cells, block.text, rows[-1] if rows else None)
        rows.append(cells)
        lines.append(text)
        j += 1
    if sum(len(r) > 1 for r in rows) < MIN_ROWS:
        return None
    start = i
    header = _cells(block.text)
    above = blocks[i - 1] if i else None
    label = None
    if (
        isinstance(above, Paragraph)
        and _is_group(above.text)
        and _HEADER_WORD.match(above.text.strip())
    ):
        label, start = above.text.strip(), i - 1
    width = max(len(r) for r in rows)
    header = [label or "指标", *header] if len(header) < width else header
    words = word_columns_after(header) if len(header) == width else 0
    grid = [_pad(header, width)] + [_row(words_left_empty(r, width, words), width) for r in rows]
    title = _title(blocks, start)
    return Table(tuple(tuple(r) for r in grid), title), (" ".join(header), *lines), start, j


def _pad(cells: list[str], width: int) -> list[str]:
    return ([""] * (width - len(cells)) + cells)[-width:] if len(cells) < width else cells[:width]


def _row(cells: list[str], width: int) -> list[str]:
    """A group line in the first column; a data line's name first, values at the right
    (a row without a unit leaves the unit column empty)."""
    if len(cells) == 1:
        return [cells[0]] + [""] * (width - 1)
    if len(cells) >= width:
        return [" ".join(cells[: len(cells) - width + 1]), *cells[len(cells) - width + 1 :]]
    values = cells[1:]
    if not known_unit(values[0]):
        return [cells[0], *[""] * (width - len(cells)), *values]
    return [cells[0], *_pad(values, width - 1)]


def _title(blocks: list[Block], start: int) -> str | None:
    """The short line above a table, past a unit line (`单位：万元`) between them."""
    above = blocks[start - 1] if start else None
    if isinstance(above, Paragraph) and unit_line(above.text) and start > 1:
        above = blocks[start - 2]
    if (
        isinstance(above, Paragraph)
        and len(above.text.strip()) <= 40
        and not _SENTENCE.search(above.text)
    ):
        return above.text.strip()
    return None
