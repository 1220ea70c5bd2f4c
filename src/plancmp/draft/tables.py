"""Indicator tables → targets: one per row and segment, with baseline, unit and attribute.

The header says what each column is (name, unit, a baseline year, a target year, the
attribute); rows are read against it from the right, because the columns that hold
values keep their places while the label columns on the left vary: merged cells leave
them empty or out, and a segment (小学/初中) or sub-name (合格率/优良率) adds a cell.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from plancmp.draft.document import Table
from plancmp.draft.found import Found, FoundActual, FoundBaseline
from plancmp.draft.sections import numbering
from plancmp.draft.segments import cell_segment, leading_segment, segment_of, topic_segment
from plancmp.draft.spans import find_spans
from plancmp.draft.table_context import KIND_MARKS
from plancmp.draft.table_header import (
    LABEL_ROLES,
    Column,
    attribute_of,
    header_again,
    header_rows,
    is_value_cell,
    merged_header,
    own_part,
    read_header,
)
from plancmp.draft.table_parts import column_groups, measure_groups, sub_table
from plancmp.draft.table_text import NOTE
from plancmp.draft.text import PLACE_END, strip_brackets
from plancmp.draft.units import DASHES, known_unit, numeric, parses, unit_in_name
from plancmp.phrases import CELLS

MULTI = "一格多值，已拆分"
_GROUP = re.compile(r"[\u4e00-\u9fff]{1,6}指标")
"""A cell that names a kind of indicator (`数量指标`, `满意度指标`), not an indicator."""


class Row(NamedTuple):
    """One data row read against the header."""

    labels: list[str]
    unit: str | None
    base: tuple[Column, str] | None
    targets: list[tuple[Column, str]]
    attribute: str | None
    comparator: str | None = None
    """The comparator printed in a column of its own (`指标性质`: ≥, ＝), as printed."""
    reached: tuple[tuple[Column, str], ...] = ()
    """The cells of the columns of values reached since the baseline (`2023年实际`)."""


_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}")
"""A rate column's cell of words alone, in its own place (`累计` under `年均增长/累计`): how
the row counts, the column's own text, no value of the target before it."""


def first_value_column(columns: list[Column]) -> int:
    """Where a row's values start: the first column that is no label (nor empty)."""
    return next(
        (i for i, c in enumerate(columns) if c.role not in (*LABEL_ROLES, "empty")), len(columns)
    )


def _labels_first(columns: list[Column]) -> list[int] | None:
    """The columns in an order with the labels first, where a standard or a unit stands
    between them (`指标 | 国家标准 | 学段 | 2024年现状 | 2027年目标`, `指标 | 单位 | 学段 | …`): the
    stage after them labels the row as the name before it does. None where the labels come
    first already."""
    first = first_value_column(columns)
    run = first
    while run < len(columns) and columns[run].role in ("standard", "unit", *LABEL_ROLES):
        run += 1
    later = [k for k in range(first, run) if columns[k].role == "segment"]
    if not later:
        return None
    labels = [*range(first), *later]
    return labels + [k for k in range(len(columns)) if k not in labels]


def _real_length(cells: list[str]) -> int:
    n = len(cells)
    while n and not cells[n - 1]:
        n -= 1
    return n


def _in_place(cells: list[str], columns: list[Column], first_data: int) -> bool:
    """Every cell of the row in its own column: the row is as wide as the header and its last
    cell is filled, or no label column holds a value (a copy that padded a short row on the
    right puts its values under the labels: `逾期发放率 | >=100% | | ` under 二级 | 三级 | 指标值;
    a full row's figure under a label is the label's: `22` under `县（市、区）数`)."""
    return len(cells) == len(columns) and (
        bool(cells[-1].strip())
        or not any(is_value_cell(cells[c]) for c in range(first_data) if columns[c].role != "seq")
    )


def align(cells: list[str], columns: list[Column]) -> Row:
    """Read a row against the header from the right (see the module docstring). A row as
    wide as the header has every cell in its column: its empty last cells are a target
    left open (`1200 800 600 — ` under 2021年 … 2025年), not cells it lacks, and each cell
    is read under its own column: a remark even where it holds a figure (`每年下降1个百分点`
    under 备注), an attribute left empty."""
    first_data = first_value_column(columns)
    full = _in_place(cells, columns, first_data)
    j = len(cells) - 1 if full else _real_length(cells) - 1
    unit, attribute, comparator = None, None, None
    base: tuple[Column, str] | None = None
    targets: list[tuple[Column, str]] = []
    reached: list[tuple[Column, str]] = []
    for k in reversed(range(first_data, len(columns))):
        col = columns[k]
        j = k if full else j
        if j < 0:
            break
        cell = cells[j]
        if col.role in ("empty", *LABEL_ROLES):
            continue  # padding, or a text column among the values: holds no value
        if col.role == "attribute":
            if attribute_of(cell):
                attribute, j = attribute_of(cell), j - 1
            elif cell.strip() in CELLS:
                comparator, j = cell.strip(), j - 1
            elif cell.strip() and not is_value_cell(cell):
                j -= 1  # a mark of the table's own (`A`, `★`), which a note explains: no value
            continue
        if col.role in ("score", "standard"):  # a form's score, a yardstick: no target
            if is_value_cell(cell):
                j -= 1
            continue
        if col.role == "rate":  # how fast the row grows from baseline to target: no level
            if j == k and (
                is_value_cell(cell) or cell.strip() in DASHES or _WORDS_ONLY.fullmatch(cell.strip())
            ):
                j -= 1  # only in its own place: a row that left it empty ends at its target
            continue
        if col.role == "note":
            if not is_value_cell(cell) and not attribute_of(cell):
                j -= 1
            continue
        if col.role == "unit":
            units = {known_unit(line) for line in cell.split("\n")}
            if cell == "" or cell in DASHES or (None not in units and len(units) == 1):
                unit, j = units.pop() if len(units) == 1 else None, j - 1
            continue
        if col.role == "base":
            base = (col, cell)
        elif col.role in ("actual", "current"):
            reached.insert(0, (col, cell))
        elif col.role in ("target", "total"):
            targets.insert(0, (col, cell))
        # an `earlier` cell (a year before the baseline) is history: passed over
        j -= 1
    j = first_data - 1 if full else j
    return Row(cells[: j + 1], unit, base, targets, attribute, comparator, tuple(reached))


class Labels(NamedTuple):
    name: str
    segment: str | None
    category: str | None
    own: str = ""
    """The name cell's own text, which the rows below it repeat when theirs is empty."""
    segments: tuple[str, ...] = ()
    """One segment per line of a cell (`小学\n初中`) for a cell of several values."""
    names: tuple[str, ...] = ()
    """One name per line of a cell (`在校生\n其中：研究生`) for a cell of several values."""


def read_labels(labels: list[str], columns: list[Column], previous: Labels | None) -> Labels:
    """Name, segment and category from the label cells of a row.

    An empty name cell (a merged cell) repeats the row above; a segment word (学前段,
    小学) in any label cell is the segment; a long name in an extra cell is the indicator
    and the cell before it a group label (师资 / 中职双师型教师占专任教师比).
    """
    first_data = first_value_column(columns)
    # the labels before the values: a column of words among them (`变化`) labels no row
    label_cols = [c for c in columns[:first_data] if c.role in LABEL_ROLES]
    cells = labels[len(labels) - len(label_cols) :] if len(labels) < len(label_cols) else labels
    cols = (
        label_cols[len(label_cols) - len(cells) :] if len(cells) < len(label_cols) else label_cols
    )
    category = previous.category if previous else None
    name, segment, extras = "", None, []
    segments: tuple[str, ...] = ()
    name_cols = [i for i, c in enumerate(cols) if c.role in ("name", "label")]
    names: tuple[str, ...] = ()
    for i, cell in enumerate(cells):
        role = cols[i].role if i < len(cols) else "extra"
        text = "".join(cell.split()) if "\n" not in cell.strip() else cell.strip()
        seg = cell_segment(text)
        lines = (
            [cell_segment(_QIZHONG.sub("", x)) for x in text.split("\n")] if "\n" in text else []
        )
        if lines and all(lines):
            segments = tuple(x for x in lines if x)
            text = ""
        elif role in ("name", "label") and not name and _stage_lines(text):
            names = _line_names(text.split("\n"), previous.name if previous else "")
            name, segments = names[0], tuple(x for x in lines[1:] if x)
        elif role in ("name", "label") and not name and _has_qizhong_line(text):
            names = _line_names(text.split("\n"), previous.name if previous else "")
            name = names[0]
        elif seg:
            segment = seg
        elif role == "seq" or not text or (role == "segment" and text in DASHES):
            continue  # `—` under 学段: no stage, nothing to name
        elif role == "category" or _GROUP.fullmatch(text):
            category = text
        elif role in ("name", "label") and not name and i == name_cols[0]:
            name = text
        elif role == "label" and re.fullmatch(r"\d+(?:\.\d+)?", text):
            continue  # `22` under `县（市、区）数`: a count the row states, not a word of its name
        else:
            extras.append(text)
    given = category if category != (previous.category if previous else None) else None
    if not name and segment and given and not _GROUP.fullmatch(given):
        # `校际差异系数 | 小学段 | …` over `初中段 | …`: a name cell spanning its stages' rows,
        # in the column a category cell spanning rows stands in; the category is the one above
        name, category = given, previous.category if previous else None
    own = name = _NAME_NOTE.sub("", _MARK.sub("", _ORDINAL.sub("", _joined(name))))
    if not name and previous:
        own = name = previous.own  # a merged name cell; none when the row above named none
    for extra in extras:
        name = _with_extra(name, extra)
    if _QIZHONG.match(name):
        rest = _QIZHONG.sub("", name).strip()
        seg = cell_segment(rest)
        if seg and previous:
            # a stage row under a `其中：幼儿园` row repeats its cell: the row's own stage wins
            name, segment = previous.name, segment or seg
        else:
            name = sub_name(previous.name if previous else "", rest)
    elif segments and not name and previous:
        name = previous.name  # `其中：小学\n初中` under its indicator's row
    elif previous and previous.segment and not segment and (stage := segment_of(name)):
        name, own, segment = previous.name, previous.own, stage  # `普通高中` under `…比例 | 初中`
    if segment is None:
        lead, _ = leading_segment(extras[-1]) if extras else (None, "")
        segment = lead
    return Labels(name, segment, category, own, segments, names)


_QIZHONG = re.compile(r"^\s*其中\s*[：:]?\s*")
_MARK = re.compile(rf"^[{KIND_MARKS}]+|[{KIND_MARKS}]+$")
"""A mark by the name that says what kind of indicator it is (table_context.mark_legend)."""
_NAME_NOTE = re.compile(r"\s*(?:[①-⑳]+|[\[［〔【（(]\s*注\s*\d{1,2}\s*[\]］〕】)）])$")
"""A mark after a name that a note under the table explains (`毛入园率①`, `巩固率（注2）`),
as `_CELL_NOTE` is after a value: no part of the name."""
_ORDINAL = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])\s*")
"""A list number before a name (`1.学前教育毛入园率`), which names nothing."""
_SUBJECT = re.compile(r"^.*?(?:教师|学生|幼儿园|学校|儿童|人口|幼儿)(?:教师|学生)?")
"""Who an indicator counts (`幼儿教师…比例`): a `其中` line about a part of the same
people (`本科及以上学历比例`) is about them too."""


def _joined(name: str) -> str:
    """A name cell's lines as one name: a name wrapped in its cell (`义务教育学校` / `达标率`)
    joins with no space, as its words were printed, unless a Latin word stands at the break
    (`STEM` / `course`)."""
    lines = name.split()
    out = lines[0] if lines else ""
    for line in lines[1:]:
        latin = (
            out[-1:].isascii() and out[-1:].isalpha() and line[:1].isascii() and line[:1].isalpha()
        )
        out += (" " if latin else "") + line
    return out


def sub_name(parent: str, sub: str) -> str:
    """The name of a `其中` line: `幼儿教师专科及以上学历比例` + `本科及以上学历比例` →
    `幼儿教师本科及以上学历比例`; a line that says whom it counts stays as it is."""
    subject = _SUBJECT.match(_ORDINAL.sub("", parent))
    if subject is None or _SUBJECT.match(sub) or sub.startswith(subject.group(0)):
        return sub
    return subject.group(0) + sub


def _has_qizhong_line(text: str) -> bool:
    """A cell of several lines, one of them a `其中` line."""
    lines = text.split("\n")
    return len(lines) > 1 and any(_QIZHONG.match(line) for line in lines)


def _stage_lines(text: str) -> bool:
    """A name cell whose lines after the indicator's are its stages (`标准班额比例\n其中：小学\n
    初中`), a Word or web table's cell holding the rows a text copy prints one a line: the
    values' lines are the stages', of the one indicator."""
    lines = text.split("\n")
    stages = [cell_segment(_QIZHONG.sub("", line)) for line in lines[1:]]
    return len(lines) > 2 and bool(_QIZHONG.match(lines[1])) and all(stages)


def _line_names(lines: list[str], parent: str) -> tuple[str, ...]:
    """The names of a name cell's lines: the first, then each `其中` line's own
    (`在校生\n其中：研究生`); or, when the cell opens with `其中`, the parts of the
    indicator above (`其中：公办\n民办` → `在园幼儿数（公办）`, `在园幼儿数（民办）`)."""
    if _QIZHONG.match(lines[0]):
        parts = [_QIZHONG.sub("", line.strip()) for line in lines]
        return tuple(f"{parent}（{part}）" if parent else part for part in parts)
    first = _ORDINAL.sub("", lines[0].strip())
    return (first, *(sub_name(first, _QIZHONG.sub("", line.strip())) for line in lines[1:]))


def _with_extra(name: str, extra: str) -> str:
    """A sub-label joined to the name: `学生体质健康测试` + `合格率`; a long, complete
    indicator name (`…占专任教师比（%）`) replaces a short group label (`师资`)."""
    if not name:
        return extra
    if len(strip_brackets(extra)) >= 6 and len(strip_brackets(extra)) > len(strip_brackets(name)):
        return extra
    return f"{name}{extra}"


_CELL_NOTE = re.compile(
    r"(?<=[\d%‰])\s*(?:[（(]\s*((?:19|20)\d\d)\s*年(?:底|末)?\s*[)）]"
    r"|[\[［〔【（(]\s*注?\s*\d{1,2}\s*[\]］〕】)）]|[①-⑳*＊]+)\s*$"
)
"""A note after a cell's value: the year it is for (`91（2024年）`), or a mark that a
footnote explains (`≥95[注1]`, `97①`, `88*`); neither is part of the value."""


_CELL_DEADLINE = re.compile(
    r"\s*((?:19|20)\d\d)\s*年(?:度)?(?:底|末|秋季学期|春季学期|秋季|春季|\d{1,2}月底?)?\s*"
    r"(?:前|以前|之前)\s*(?:要|将)?\s*(?:达到|实现|完成)?\s*"
)
"""A deadline a target cell opens with (`2027年秋季学期前消除超规模学校`, `2026年底前达到100%`):
the year the value after it is due, no amount in 年."""


def cell_value(cell: str) -> tuple[str, int | None]:
    """A cell's value without a deadline before it or a trailing note, and the year either
    gives, if any."""
    text = cell.strip()
    due = _CELL_DEADLINE.match(text)
    if due and text[due.end() :].strip():
        return text[due.end() :].strip(), int(due.group(1))
    note = _CELL_NOTE.search(text)
    if note is None:
        return text, None
    return text[: note.start()], int(note.group(1)) if note.group(1) else None


_NO_VALUE_OF_ITS_OWN = re.compile(
    r"同[左右上下前]|同上年|同\d{4}年|(?:注|说明|备注)\s*\d?\s*[：:].*", re.S
)
"""A cell that points at its neighbour (`同左`, `同上`): the neighbour's value again, no value
of its own to draft (it was drafted as a goal in words, `同左`); the reviewer reads it there.
A note spanning a header's cells (`注：全区性指标两栏合并填写`) is no value either."""


def split_cell(cell: str, unit: str | None) -> list[str]:
    """The values a target cell prints: one, or several (`>95；>30`, `34.52%\\n77.34%`)."""
    text = cell_value(cell)[0]
    if (
        not text
        or text in DASHES
        or _FORM_ENTRY.search(text)
        or _NO_VALUE_OF_ITS_OWN.fullmatch(text)
    ):
        return []
    account = not re.search(r"\d", text) and _ACCOUNT.search(text)
    pair = _TWO_FIGURES.fullmatch(text)
    if parses(text, unit) and not re.search(r"[；;\n、]", text) and not account and not pair:
        return [text]
    parts = [p.strip() for p in re.split(r"[；;\n、]", text) if p.strip()]
    if len(parts) > 1 and all(parses(p, unit) for p in parts):
        return parts
    paired = [p.strip() for p in re.split(r"[/／]", text)]  # `2100/66.5` of `在校生数/毛入学率`
    if len(paired) > 1 and all(p and re.search(r"\d", p) and parses(p, None) for p in paired):
        return paired
    spans = find_spans(text)
    if spans:
        return [text[s.start : s.end] for s in spans]
    return [text] if parses(text, unit) and not re.search(r"\d", text) and not account else []


_TWO_FIGURES = re.compile(r"\d+(?:\.\d+)?\s?[/／]\s?\d+(?:\.\d+)?%?")
"""`2/3` alone in a cell: a figure for each of two indicators (`小学/初中`), as a table pairs
them, not the share 1/3 a sentence prints."""
_FORM_ENTRY = re.compile(r"[□☐☑☒■]|^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
"""A form's particulars, never a value to reach: boxes to tick (`新增项目□ 延续项目☑`)
and a telephone number (a mobile's eleven digits, an area code and number)."""
_ACCOUNT = re.compile(r"[,，。]|(?<![为除])了(?!解)")
"""A cell in words that runs to a sentence (`…,大力支持…`) or says what was done
(`显著提升了…`) gives an account, not a level to reach."""


_STAGE_NOTED = re.compile(r"[（(]([^（()）]+)[）)]$")


def _own_stage(name: str) -> str | None:
    """The stage of one indicator a split name gives it: its bracketed stage first
    (`义务教育学校生均公用经费（小学）` is 小学's, though the name's words say 义务教育)."""
    return _bracket_stage(name) or topic_segment(name)


def _bracket_stage(name: str) -> str | None:
    noted = _STAGE_NOTED.search(name)
    return segment_of(noted.group(1)) if noted else None


def split_names(name: str, count: int) -> list[str] | None:
    """`高校新生体质健康合格率与优良率（%）` → its two indicators, each with the unit; units
    paired as the names are (`在校生数或毛入学率（人/%）`) go each to its own; stages listed
    before the name they share (`小学/初中生师比`) or after it in brackets (`…比例（小学/初中）`)
    give one indicator a stage."""
    bare = strip_brackets(name)
    suffix = name[len(bare) :] if name.startswith(bare) else ""
    units = re.fullmatch(r"[（(]([^（()）]+)[）)]", suffix)
    paired = re.split(r"[/／、；;]", units.group(1)) if units else []  # `（小学；初中）` too
    if len(paired) == count and all(segment_of(p) for p in paired):
        return [f"{bare}（{p}）" for p in paired]  # `…学历比例（小学/初中）`: one a stage
    parts = [p for p in re.split(r"与|和|及|、|或|/|／", bare) if p]
    if len(parts) != count:
        return None
    stage, shared = leading_segment(parts[-1])
    if stage and shared and all(segment_of(p) for p in parts[:-1]):
        return [p + shared + suffix for p in parts[:-1]] + [parts[-1] + suffix]  # `小学/初中生师比`
    if len(paired) == count:
        return [
            f"{p}（{u}）" for p, u in zip(split_names(bare, count) or parts, paired, strict=True)
        ]
    first = parts[0]
    out = [first]
    for part in parts[1:]:
        if len(part) < len(first) and first[-1] == part[-1]:
            part = first[: len(first) - len(part)] + part
        out.append(part)
    return [p + suffix for p in out]


_NO_MEASURE = re.compile(r"^(?:重点|主要|工作|建设)?(?:方向|领域|内容|举措|措施|任务|说明|备注)$")
"""A row naming what kind of words it holds (`重点方向 | 城区新建学校、高中紧缺学科 | 音体美`):
the directions each year's figure is spent on, no indicator of its own."""


def section_row(cells: list[str]) -> str | None:
    """A row that only names a group (`一、发展水平`, a cell merged across the table)."""
    texts = {c.strip() for c in cells if c.strip()}
    if len(texts) != 1:
        return None
    (text,) = texts
    if is_value_cell(text) or attribute_of(text) or len(text) > 30:
        return None
    first = next(c.strip() for c in cells if c.strip())
    return text if numbering(text) or cells[0].strip() == first else None


_BRACKETED_STANDARD = re.compile(
    r"^(?P<name>[^()（）\d]{4,}?)\s*[(（](?P<value>[≥≤＞＜><]\s*\d[\d.]*\s*[^\d()（）]{0,6})[)）]$"
)


def standard_row(cells: list[str], columns: list[Column]) -> list[str]:
    """A row of one cell naming an indicator with its standard in brackets
    (`幼儿园生均建筑面积(≥10.44平方米)` over the rates that measure it): the name under the
    name column and the standard under the first target column."""
    texts = [c for c in cells if c.strip()]
    m = _BRACKETED_STANDARD.match(texts[0].strip()) if len(texts) == 1 else None
    roles = [c.role for c in columns]
    if m is None or "name" not in roles or "target" not in roles:
        return cells
    out = [""] * len(cells)
    out[roles.index("name")] = m["name"]
    out[roles.index("target")] = m["value"].strip()
    return out


def _rate_of(cells: list[str], columns: list[Column]) -> bool:
    """A row under a bracketed standard that only measures it (`2017年规划设计的达标率(%)`,
    no list number of its own, no subject in its name): a rate of that indicator, named
    by it, for the same rate under the next standard is another target."""
    seq = [c for c, col in zip(cells, columns, strict=False) if col.role == "seq"]
    names = [c for c, col in zip(cells, columns, strict=False) if col.role in ("name", "label")]
    if any(seq) or not names or not names[0]:
        return False
    return not _WHOSE.search(names[0]) and bool(re.search(r"率|比例", names[0]))


_WHOSE = re.compile(r"教师|学生|儿童|幼儿|人口|园|校")
"""Words that say what a rate is of (`新建园达标率`): a row naming them names its own subject."""


def read_table(
    table: Table,
    section: str,
    base_year: int | None,
    target_year: int | None,
    order: int,
    lines: tuple[str, ...] | None = None,
    unit: str | None = None,
) -> list[Found]:
    """The targets of one indicator table, row by row. `lines` are the rows as printed
    when the table was printed as lines of text (spaced.py), for the quotes; `unit` is
    the one a line above the table states for all its values (`单位：万元`)."""
    n = header_rows(table)
    header = merged_header(table, n)
    columns = read_header(header, base_year, target_year)
    unit = unit or _header_unit(header, columns)
    moved = _labels_first(columns)
    if moved is not None:
        return read_table(
            sub_table(table, moved), section, base_year, target_year, order, lines, unit
        )
    parts = _read_parts(table, n, header, columns, (section, base_year, target_year, order, unit))
    if parts is not None:
        return parts
    out: list[Found] = []
    previous: Labels | None = None
    broken_down = _broken_down(table, n)
    measured = ""  # the indicator a bracketed standard row names, over the rates measuring it
    first_data = first_value_column(columns)
    for i, row in enumerate(table.rows[n:]):
        if header_again(row, table.rows[:n]):
            continue  # the header printed again where the table runs onto a new page
        if row and NOTE.match(row[0]):
            continue  # `注：…国家基本标准为每生每年6000元`, spanning the table: no indicator
        cells = _label_cells(table, n + i, columns, first_data)
        standard = standard_row(cells, columns)
        if standard != cells:
            measured = next(c for c in standard if c)  # `幼儿园生均建筑面积(≥10.44平方米)`
        elif not _rate_of(cells, columns):
            measured = ""
        cells = standard
        group = section_row(cells)
        if group is not None:
            if _QIZHONG.match(_first_label(table.rows[n + i + 1 :])):
                # the indicator whose 其中 rows follow, not a group of indicators
                name = _ORDINAL.sub("", group)
                previous = Labels(name, None, previous.category if previous else None, name)
            else:
                previous = Labels("", None, group, "")
            continue
        aligned = align(cells, columns)
        labels = read_labels(aligned.labels, columns, previous)
        if not labels.name and labels.segment and table.title:
            labels = labels._replace(name=_titled_indicator(table.title))  # `小学 | ≤0.45`
        if not labels.name or _NO_MEASURE.match(labels.name):
            continue
        if broken_down:
            labels = labels._replace(name=_of_place(labels.name, broken_down))
        if measured and _rate_of(cells, columns):
            labels = labels._replace(name=measured + labels.name)  # its rate, of its subject
        if aligned.unit is None and unit and not unit_in_name(labels.name):
            aligned = aligned._replace(unit=_fitting(unit, aligned.targets))
        previous = labels
        quote = lines[n + i] if lines and n + i < len(lines) else "\t".join(row).rstrip("\t")
        for k, found in enumerate(_row_targets(aligned, labels, section, quote)):
            out.append(found._replace(order=order + i * 10 + k))
    return out


_Where = tuple[str, int | None, int | None, int, str | None]
"""Where a table stands, as read_table takes it: section, base year, target year, order, unit."""


def _read_parts(
    table: Table, n: int, header: list[str], columns: list[Column], where: _Where
) -> list[Found] | None:
    """The targets of a table that is several in one: stage or place rows under columns of
    several measures (measure_groups), or tables printed side by side (column_groups); None
    for one table. `header`: its `n` header rows merged."""
    by_measure = measure_groups(header, columns)
    if by_measure and [table.title] != [m for _, m in by_measure]:  # not one already cut out
        return _by_measure(table, n, header, by_measure, where)
    groups = column_groups(columns)
    if len(groups) < 2:
        return None
    section, base_year, target_year, order, unit = where
    return [
        found
        for k, keep in enumerate(groups)
        for found in read_table(
            sub_table(table, keep), section, base_year, target_year,
            order + k * len(table.rows) * 10, None, unit,
        )
    ]  # fmt: skip


def _by_measure(
    table: Table, n: int, header: list[str], by_measure: list[tuple[list[int], str]], where: _Where
) -> list[Found]:
    """Each measure's columns read as a table of its own, under one header row (the spans and
    the measures joined), its rows' targets named by the measure: `新建` for a stage's row,
    `新建（九年一贯制）` for a row that names a kind of school or the total, `毛入园率（福州市）`
    for a place's."""
    section, base_year, target_year, order, unit = where
    merged = frozenset((r - n + 1, c) for r, c in table.merged if r >= n)
    whole = table._replace(rows=(tuple(header), *table.rows[n:]), merged=merged)
    out: list[Found] = []
    for k, (keep, measure) in enumerate(by_measure):
        sub = sub_table(whole, keep)._replace(title=measure)
        at = order + k * len(table.rows) * 10
        for found in read_table(sub, section, base_year, target_year, at, None, unit):
            rest = found.name.replace(measure, "", 1).strip()  # `三明市毛入园率`: a place's
            segment = found.segment or topic_segment("", measure)  # `中职在校生`'s stage
            segment = segment or topic_segment("", table.title or "")  # or the caption's
            named = f"{measure}（{rest}）" if rest else measure
            out.append(found._replace(name=named, segment=segment))
    return out


_TABLE_NUMBER = re.compile(
    r"^\s*(?:(?:附|续)?(?:表|专栏)\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?)?[\s　:：、.．]*"
)
_UNIT_NOTE = re.compile(r"[（(]\s*单位\s*[:：][^（）()]*[）)]\s*$")


_PLACE_ROW = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?{PLACE_END}")
_OWN_ROW = re.compile(r"(?:全|本|我)(?:省|市|县|区|州|旗)|合计|总计|全部")
_BREAKDOWN_WORDS = re.compile(
    r"^(?:(?:19|20)\d\d\s*年度?)?(?:[\u4e00-\u9fff]{1,6}?(?:省|市|州|盟|县|区)(?=各|分))?(?:各|分)?"
    r"(?:县[（(]?市[、，]?区[)）]?|区[（(]?县[、，]?市[)）]?|市县区?|县市区|区县|县区|乡镇|镇街|街镇)?"
    r"|(?:目标)?(?:任务)?(?:分解|一览|汇总)?表$"
)
"""What a breakdown's caption says besides its indicator: the year, the whole's place and the
places it is broken into (`2025年某市各县（市、区）`), and that it is a table of targets."""


def _broken_down(table: Table, n: int) -> str:
    """The indicator a table breaks down by place (`各县市区公办幼儿园在园幼儿占比目标分解表`
    over rows `某区 | 48.6 | 52`, `全市 | 52.3 | 56`), named by its caption; "" when its rows
    are not all places or its caption names no indicator."""
    first = (
        next((c.strip() for c in row if c.strip() and not numeric(c)), "") for row in table.rows[n:]
    )
    rows = [cell for cell in first if cell]
    if len(rows) < 2 or not all(_PLACE_ROW.fullmatch(r) or _OWN_ROW.fullmatch(r) for r in rows):
        return ""
    return _BREAKDOWN_WORDS.sub("", _titled_indicator(table.title or "")) if table.title else ""


def _of_place(place: str, indicator: str) -> str:
    """A place's row of a breakdown: the indicator of that place; the whole's (`全市`) is the
    plan's own, the indicator alone."""
    return indicator if _OWN_ROW.fullmatch(place) else place + indicator


def _header_unit(header: list[str], columns: list[Column]) -> str | None:
    """The unit the value columns' headers print (`2025年现状（%）`, `目标值（万人）`), when they
    all print the same (`2025年现状（%） | 目标值（%）`): the table's unit, as a unit line above it
    would be. Printed over some columns only, it may be theirs alone."""
    units = {
        unit_in_name(cell)
        for cell, column in zip(header, columns, strict=False)
        if column.role in ("base", "target", "current")
    }
    return units.pop() if len(units) == 1 else None


def _titled_indicator(title: str) -> str:
    """The indicator of a table whose rows are named only by stage (`学段 | 现状 | 2025年目标`
    over `小学`, `初中`): its caption's, without the table's number (`表2  某区…校际综合差异系数`)."""
    return _UNIT_NOTE.sub("", _TABLE_NUMBER.sub("", title)).strip()


def _label_cells(table: Table, r: int, columns: list[Column], first_data: int) -> list[str]:
    """Row r's cells, where a label cell that repeats the one above or to its left (a merged
    cell) says nothing new; but a name spread over the category column before it is the name
    (a category cell spanning rows, copied as text, leaves its rows short: the row keeps the
    category of the row above)."""
    row = table.rows[r]
    cells = [
        "" if (r, c) in table.merged and c < first_data else text.strip()
        for c, text in enumerate(row)
    ]
    for c in range(1, min(first_data, len(row), len(columns))):
        spread = (r, c) in table.merged and row[c] == row[c - 1]
        if spread and columns[c].role == "name" and columns[c - 1].role == "category":
            cells[c - 1], cells[c] = "", row[c].strip()
    return cells


def _fitting(unit: str, targets: list[tuple[Column, str]]) -> str | None:
    """The table's unit, if every value of the row reads in it (`95%` does not in 万元)."""
    cells = [cell for _, cell in targets if cell.strip()]
    return unit if cells and all(parses(c.strip(), unit) for c in cells) else None


def _first_label(rows: tuple[tuple[str, ...], ...]) -> str:
    """The first filled cell of the next row, if there is one."""
    return next((c for c in rows[0] if c.strip()), "") if rows else ""


def _row_targets(row: Row, labels: Labels, section: str, quote: str) -> list[Found]:
    unit = row.unit or unit_in_name(labels.name)
    out = []
    for at, (col, cell) in enumerate(row.targets):
        if col.role == "total" and not _sums_its_years(row, cell):
            continue  # `覆盖率 | 50 | 60 | 70 | 70`: a rate's last year again, no total
        own = row._replace(reached=_reached_by(row, at))  # its values reached only
        segment = (
            labels.segment
            or _bracket_stage(labels.name)  # `…差异系数（小学）`: the bracket's stage first
            or topic_segment(labels.name, labels.category or "")
        )
        if dated := _dated_parts(cell, unit):
            bases = split_cell(row.base[1], unit) if row.base else []
            base_raw = bases[0] if len(bases) == 1 else None
            out += [
                _found(labels.name, raw, unit, Column("target", year), segment, labels, own,
                       section, quote, base_raw, [])
                for year, raw in dated
            ]  # fmt: skip
            continue
        cell, part = _part_target(cell, unit, col, labels, own, (section, quote), segment)
        out += part
        if staged := _staged_targets(cell, unit, col, labels, own, section, quote):
            out += staged  # `小学80；初中95`: a value for each stage
            continue
        cell, hoped = _aspiration(cell)
        parts = _share_of_one(split_cell(cell, unit), cell, labels)
        if not parts:
            continue
        if (noted := cell_value(cell)[1]) and len(parts) == 1:
            col = Column("target", noted)  # `96（2028年）`: the value is due in its note's year
        names, segments = [labels.name] * len(parts), [segment] * len(parts)
        units = [unit] * len(parts)
        review = [f"另有力争目标{hoped}，未录入"] if hoped else []
        if len(parts) > 1:
            review.append(MULTI)
            if len(labels.segments) == len(parts):
                segments = list(labels.segments)
            elif len(labels.names) == len(parts):
                names = list(labels.names)
                segments = [
                    labels.segment or topic_segment(n, labels.category or "") for n in names
                ]
            else:
                names = split_names(labels.name, len(parts)) or [
                    f"{labels.name}（{k + 1}）" for k in range(len(parts))
                ]
                units = [row.unit or unit_in_name(n) for n in names]
                stages = [_own_stage(n) for n in names]
                if all(stages) and len(set(stages)) == len(names):
                    segments = stages  # `小学/初中生师比`: each its own stage
        bases = (
            _share_of_one(split_cell(row.base[1], unit), row.base[1], labels) if row.base else []
        )
        for k, raw in enumerate(parts):
            base_raw = bases[k] if len(bases) == len(parts) else None
            out.append(
                _found(
                    f"{names[k]}（合计）" if col.role == "total" else names[k],
                    raw,
                    units[k],
                    col,
                    segments[k],
                    labels,
                    own,
                    section,
                    quote,
                    base_raw,
                    review,
                )
            )
    return out


def _part_target(
    cell: str,
    unit: str | None,
    col: Column,
    labels: Labels,
    row: Row,
    where: tuple[str, str],
    segment: str | None,
) -> tuple[str, list[Found]]:
    """A target cell that prints a part's target after the whole's (`≥22，其中乡村学校≥15`): the
    whole's value, and the part's target, named by the row and its part, with no baseline."""
    cell, part = own_part(cell, unit)
    if part is None:
        return cell, []
    who, raw = part
    name = f"{strip_brackets(labels.name)}（{who}）"
    section, quote = where
    found = _found(
        name, raw, unit, col, segment_of(who) or segment, labels, row, section, quote, None, []
    )
    return cell, [found]


def _sums_its_years(row: Row, total: str) -> bool:
    """Whether a 合计 cell is the sum of the row's yearly targets (`250 | 300 | 350 | 900`)."""
    try:
        years = [
            Decimal(c.replace(",", "").strip()) for col, c in row.targets if col.role == "target"
        ]
        return len(years) >= 2 and sum(years) == Decimal(total.replace(",", "").strip())
    except InvalidOperation:
        return False


def _reached_by(row: Row, at: int) -> tuple[tuple[Column, str], ...]:
    """The values reached that belong to the row's target `at`: a year's one cell, or, where
    the row prints a year once for each target (groups side by side: `小学 2020年基数 | 2023年
    实际 | 2025年目标 初中 …`), the one in the same place; none where the two do not pair."""
    out = []
    for year in dict.fromkeys(c.year for c, _ in row.reached):
        cells = [r for r in row.reached if r[0].year == year]
        if len(cells) == 1 or len(cells) == len(row.targets):
            out.append(cells[0] if len(cells) == 1 else cells[at])
    return tuple(out)


def _share_of_one(parts: list[str], cell: str, labels: Labels) -> list[str]:
    """A cell's `2/3` is a figure for each of two things only where the row names two
    (`小学/初中…`, two segments or lines); under one indicator it is the share 2/3."""
    text = cell_value(cell)[0].strip()
    two = len(labels.segments) == 2 or len(labels.names) == 2 or split_names(labels.name, 2)
    if len(parts) == 2 and _TWO_FIGURES.fullmatch(text) and not two and parses(text, None):
        return [text]
    return parts


_ASPIRED = re.compile(r"\s*[（(]\s*(?:力争|争取)\s*(?:达到|达)?\s*([^()（）]+?)\s*[)）]\s*$")
"""`99%（力争99.5%）`: the level a cell strives for beside the one it sets."""


def _aspiration(cell: str) -> tuple[str, str | None]:
    """A cell without the level it strives for after its target (`99%（力争99.5%）`), and
    that level: the target is the level set; striving for more is no second indicator."""
    m = _ASPIRED.search(cell)
    if m is None or not parses(m.group(1), None) or not parses(cell[: m.start()].strip(), None):
        return cell, None
    return cell[: m.start()], m.group(1)


_DATED_PART = re.compile(r"^((?:19|20)\d\d)\s*年(?:底|末)?\s*[：:]?\s*(?:达到|达|为)?\s*(.+)$")


def _dated_parts(cell: str, unit: str | None) -> list[tuple[int, str]]:
    """A target cell that gives a value for each of its years (`2027年：96；2030年：98`): the
    (year, value) of each part; empty when any part is not such a pair. A comma before three
    digits is a thousands mark (`2027年：1,200`), not a break between parts."""
    parts = [p.strip() for p in re.split(r"[；;，\n]|,(?!\d{3}(?!\d))", cell) if p.strip()]
    pairs = [_DATED_PART.match(p) for p in parts]
    if len(parts) < 2 or not all(m and parses(m.group(2), unit) for m in pairs):
        return []
    return [(int(m.group(1)), m.group(2)) for m in pairs if m]


def _staged_parts(cell: str, unit: str | None) -> list[tuple[str, str, str]]:
    """A cell that gives a value for each stage (`小学80；初中95`, `小学：68.5；初中：88.2`): the
    (stage word, segment, value) of each part; empty when any part is not such a pair."""
    text = _stages_each(cell_value(cell)[0])
    parts = [p.strip() for p in re.split(r"[；;，,\n]", text) if p.strip()]
    out = []
    for part in parts:
        segment, rest = leading_segment(part)
        value = re.sub(r"^\s*[:：]?\s*(?:达到|为)?\s*", "", rest)
        if segment is None or not re.search(r"\d", value) or not parses(value, unit):
            return []
        out.append((part[: len(part) - len(rest)].strip(), segment, value))
    return out if len(out) > 1 else []


_STAGES_EACH = re.compile(
    r"\s*(?P<a>[\u4e00-\u9fff]{2,5})[、和及与](?P<b>[\u4e00-\u9fff]{2,5})\s*"
    r"(?:(?:均|都)\s*(?P<both>[^、，,；;]+)|分别\s*(?P<one>[^、，,；;]+)[、和及与](?P<two>[^、，,；;]+))\s*"
)
"""Two stages given one value (`小学、初中均≥1.1`) or a value each (`小学、初中分别≤45、≤50`)."""


def _stages_each(text: str) -> str:
    """`小学、初中均≥1.1` as `小学≥1.1；初中≥1.1`, `小学、初中分别≤45、≤50` as `小学≤45；初中≤50`,
    when both words name stages; any other cell as it is."""
    m = _STAGES_EACH.fullmatch(text)
    if m is None or not (segment_of(m["a"]) and segment_of(m["b"])):
        return text
    first, second = (m["both"], m["both"]) if m["both"] else (m["one"], m["two"])
    return f"{m['a']}{first}；{m['b']}{second}"


def _staged_targets(
    cell: str, unit: str | None, col: Column, labels: Labels, row: Row, section: str, quote: str
) -> list[Found]:
    """The targets of a cell of a value for each stage, each named by the row and its stage,
    with the base cell's value for the same stage (`小学68.5；初中88.2`)."""
    staged = _staged_parts(cell, unit)
    bases = {word: raw for word, _, raw in _staged_parts(row.base[1], unit)} if row.base else {}
    name = strip_brackets(labels.name)
    return [
        _found(f"{name}（{word}）", raw, unit, col, segment, labels, row, section, quote,
               bases.get(word), [])
        for word, segment, raw in staged
    ]  # fmt: skip


def _found(
    name: str,
    raw: str,
    unit: str | None,
    col: Column,
    segment: str | None,
    labels: Labels,
    row: Row,
    section: str,
    quote: str,
    base_raw: str | None,
    review: list[str],
) -> Found:
    notes = list(review)
    if unit and not parses(raw, unit):
        notes.append(f"单位“{unit}”与数值不符，未用")
        unit = None
    baseline = None
    if base_raw and row.base and numeric(base_raw, unit):
        base_col = row.base[0]
        year = cell_value(row.base[1])[1]
        inferred = base_col.year_inferred and year is None
        baseline = FoundBaseline(base_raw, year or base_col.year, None, False, inferred)
        if inferred:
            notes.append("基线年份由上下文推断")
    if col.year_inferred:
        notes.append("年份由上下文推断")
    actuals = _actuals(row, unit, len(split_cell(raw, unit)) == 1)
    read = {a.year for a in actuals}  # only a value read from the plain column is to check
    notes += [
        CURRENT.format(c.year) for c, _ in row.reached if c.role == "current" and c.year in read
    ]
    return Found(
        name,
        raw,
        unit,
        col.year,
        "level",
        "table",
        section,
        quote,
        segment,
        row.attribute,
        baseline,
        labels.category,
        tuple(notes),
        comparator=row.comparator,
        actuals=actuals,
    )


CURRENT = "“{}年”一列未标“目标”，按实际达到的值录入 actuals，请核对"
"""The review note of a value read from the one plain year column between a baseline and a
target worded as such (table_header._reached)."""


def _actuals(row: Row, unit: str | None, single: bool) -> tuple[FoundActual, ...]:
    """The values the row reached since its baseline (`2023年实际`), each one number in the
    row's unit; none for a row of several values in a cell, whose parts the columns do not
    pair. A row with no baseline (a new indicator's `—`) keeps them: what it reached is
    printed all the same, and a target can be met without one."""
    out = []
    for col, cell in row.reached if single else ():
        raw = cell.strip()
        if col.year is not None and raw and numeric(raw, unit) and len(split_cell(raw, unit)) == 1:
            out.append(FoundActual(raw, col.year))
    return tuple(out)
