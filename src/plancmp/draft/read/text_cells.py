"""The layout a web page gives when its table is copied as text: one cell a line,
no marker, often a blank line between cells.

Nothing in the text says where a row ends, so the header decides: a run of
header cells (指标, 2020年, 2025年, 属性 …; 一级指标, 三级指标, 指标值 in a
performance-target table) gives the number of columns, and each row is an
indicator's name followed by its values. Two things bend the count: a section
row (`一、发展水平`) that is a name with no values, and a row whose name cell holds
several lines (`其中：小学` / `初中`; `在校生` / `其中：研究生`), so each value cell
holds as many. When the page kept every cell, empty ones as lines of spaces,
the rows are simply runs of the header's width.

Where blank lines separate the cells, lines with no blank line between them are
one cell of several lines; where none do, a project list's blank line is an empty cell
(`合计（12个）` blank under `建设性质`). A numbered table's last columns may name who is
responsible (`责任单位`), a cell each row may leave out. A line too long or too
sentence-like to be a cell ends the table.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from plancmp.draft.read.grid import looks_like_value
from plancmp.draft.read.text_tables import VALUE_HEADS, Rows, Taken
from plancmp.values import ValueParseError, parse

_INDICATOR_CUES = frozenset(
    [
        "指标",
        "指标名称",
        "主要指标",
        "指标项目",
        "指标内容",
        "项目",
        "项目名称",
        "学校名称",
        "三级指标",
        *("乡镇", "乡镇（街道）", "县（市、区）", "县（区）", "县市区", "设区市", "地区"),
    ]
)
"""The header cells over each row's own name (the indicator, the project, the school, the
place: `乡镇`, `县（市、区）`)."""
_NAME_CUES = _INDICATOR_CUES | frozenset(
    [
        "序号",
        "类别",
        "类型",
        "项目类型",
        "项目类别",
        "维度",
        "领域",
        "分类",
        "学段",
        "一级指标",
        "二级指标",
    ]
)
"""The header cells over the words that name a row: its own name, and its number or kind."""
_OTHER_CUES = frozenset(
    [
        "属性",
        "指标属性",
        "单位",
        "计量单位",
        "备注",
        "基期值",
        "现状值",
        "基期",
        "现状",
        *(_RESPONSIBLE := ("责任单位", "牵头单位", "责任部门", "牵头部门")),
        *(
            _PROJECT_FIELDS := (
                "建设性质",
                "建设年限",
                "建设地点",
                "开工时间",
                "竣工时间",
                "计划竣工时间",
                "预计竣工时间",
                "建成时间",
                "建成年份",
                "计划建成时间",
                "投用时间",
                "计划建成",
                "预计建成",
                "计划竣工",
            )
        ),
    ]
)
_VALUE_CUE = re.compile(
    r"^(?:(?:19|20)\d\d年?(?:度?(?:基期|基准|目标|现状|实际|完成|预期)值?|基数)?"
    r"|“?十[一二三四五六]五”?(?:末|期末|数据|目标)?"
    r"|(?:年度|预期|绩效|规划)?(?:目标值|指标值)|目标"
    r"|(?:国家|省级?|市级?|县级?|评估|达标)?标准值?)$"
)
"""A column of values: a year (`2025年基数`, `2026年目标值`), a plan period, 目标值, 指标值 (a performance table's), the
standard an evaluation requires (国家标准, 省级标准, 标准值)."""
_LEAD_CUES = frozenset(("序号", "一级指标", "二级指标"))
_QUALIFIER = re.compile(r"[(（][^()（）]{1,6}[)）]$")
"""`二级指标(长期)`, `指标值（年度）`: a header cell's qualifier, which names no kind."""
_ATTRIBUTE = re.compile(r"^(?:约束性|预期性|约束|预期)$")
_CELL_MAX = 40

EMPTY = ""


def _key(line: str) -> str:
    """A header cell as the cues read it: without spaces or a qualifier, in half-width
    characters (`２０２５年` is a year's column as `2025年` is)."""
    return _QUALIFIER.sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", line)))


def _cue(line: str) -> str | None:
    key = _key(line)
    dated = _DATED_CELL.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", line)))
    if dated and _VALUE_CUE.match(f"{dated['year']}年{dated['word']}"):
        return "value"  # `现状值（2025年）` heads a year's values as `2025年现状值` does
    if key in _NAME_CUES:
        return "name"
    if key in _OTHER_CUES:
        return "other"
    if _VALUE_CUE.match(key):
        return "value"
    return None


_MEASURE_CUE = re.compile(
    r"^(?:(?:19|20)\d\d年(?:底|末)?)?[\u4e00-\u9fff]{2,14}(?:[(（][^()（）\d]{1,4}[)）]"
    r"|(?<=[数额率])|(?<=比例|比重|占比|规模|面积|金额|学位|床位|投资|资金))$"
)
"""A column of a measure, named with its unit (`项目个数（项）`, `投资规模（亿元）`) or as a count,
sum, rate or share (`学校数`, `占总投资比例`), or one counted at a year's end (`2026年底疑似辍学
人数（人）`): a statistics table's values, as a year's are a plan table's. Only in a header with
no year or 目标值 before it: under `2020年 | 2025年` such a cell is the first row's name."""
_UNIT_LINE = re.compile(r"^\s*[(（][^()（）\d]{1,4}[)）]\s*$")
"""A header cell's unit on a line of its own (`投资规模` / `（亿元）`, a cell of two lines)."""
_DATED_CELL = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,4})\((?P<year>(?:19|20)\d\d)年?\)$")
"""A header cell that dates its column in brackets after its word (`目标值（2030年）`)."""
_YEAR_LINE = re.compile(r"^\s*[(（]\s*(?:19|20)\d\d\s*年?\s*[)）]\s*$")
"""A header cell's year on a line of its own (`现状值` / `（2025年）`, a cell of two lines)."""


TRAILING = ("分值", "备注")
"""Columns an evaluation table prints after its values: the score, a remark."""
_GLUED_WORDS = sorted(
    [
        *_NAME_CUES,
        *_OTHER_CUES,
        *TRAILING,
        *VALUE_HEADS,
        "绩效指标",
        "评价指标",
        "评价内容",
        "指标说明",
    ],
    key=len,
    reverse=True,
)


def header_words(line: str) -> list[str] | None:
    """A header whose cells ran together (`绩效指标一级指标二级指标指标内容指标值`) split
    into its words, each the longest known header word where it starts; None unless the
    whole line is three or more such words, the last naming values (or only a score and a
    remark after it)."""
    words: list[str] = []
    rest = re.sub(r"\s+", "", line)
    while rest:
        word = next((w for w in _GLUED_WORDS if rest.startswith(w)), None)
        if word is None:
            return None
        words.append(word)
        rest = rest[len(word) :]
    kept = list(words)
    while kept and kept[-1] in TRAILING:
        kept.pop()
    return words if len(words) >= 3 and kept and _cue(kept[-1]) == "value" else None


class _Header(NamedTuple):
    cells: list[str]
    end: int
    """The index of the line after the header."""
    spaced: bool
    """Blank lines separate the cells: lines without one between them are one cell."""
    values: tuple[bool, ...] = ()
    """For each cell: whether it heads values (a year, 目标值, a measure: `总投资（万元）`)."""


def _header(lines: list[str], i: int) -> _Header | None:
    cells: list[str] = []
    values: list[bool] = []
    kinds: set[str] = set()
    measures = False  # the value columns are measures (`投资规模（亿元）`), not years
    blanks = 0
    j = i
    while j < len(lines):
        if not lines[j].strip():
            blanks += bool(cells)
            j += 1
            continue
        cell, after = lines[j].strip(), j + 1
        unit = next((k for k in range(after, min(after + 6, len(lines))) if lines[k].strip()), None)
        if unit is not None and (_UNIT_LINE.match(lines[unit]) or _YEAR_LINE.match(lines[unit])):
            cell, after = cell + lines[unit].strip(), unit + 1  # `投资规模` / `（亿元）`
        kind = _cue(cell)
        measure = _MEASURE_CUE.match(re.sub(r"\s+", "", cell))
        if kind is None and measure and (measures or "value" not in kinds):
            kind, measures = "value", True
        elif kind == "value" and measures:
            break  # a year after measures: the header was the measures'
        if kind is None or "\t" in lines[j]:
            break
        cells.append(cell)
        values.append(kind == "value")
        kinds.add(kind)
        j = after
    if len(cells) < 3 or "value" not in kinds or len(kinds) < 2:
        return None
    return _Header(cells, j, blanks >= len(cells) - 1, tuple(values))


_CLOSING_LOOK = 40
"""How many lines after a header are looked at for cells closed by a tab on a line of its own
(a page's markup indented, each `</td>` a tab): there a line of spaces is indentation, no cell."""


def _tokens(
    lines: list[str], j: int, spaced: bool, blank_cells: bool = False
) -> list[tuple[str, int]]:
    """The cell lines after the header, up to the first line that cannot be a
    cell, each with the index of the line after it. A line of spaces is an
    empty cell; an empty line separates cells, and where it does (`spaced`),
    lines with none between them are one cell; with `blank_cells` it is an empty cell."""
    out: list[tuple[str, int]] = []
    joined = False
    closed = any(not t.strip() and "\t" in t for t in lines[j : j + _CLOSING_LOOK])
    while j < len(lines):
        line = lines[j]
        text = line.strip()
        if blank_cells and not line:
            out.append(("", j + 1))
            j += 1
            continue
        if not line or (closed and not text):
            joined = False
            j += 1
            continue
        if (
            "\t" in line
            or line.startswith("#")
            or len(text) > _CELL_MAX
            or text.endswith(("。", "；", "：", ":"))
        ):
            break
        if (spaced and joined and text and out[-1][0]) or (
            out and _PART_LINE.match(text) and _kind(out[-1][0]) == "V"
        ):
            out[-1] = (f"{out[-1][0]}\n{text}", j + 1)  # `≥22` / `其中乡村学校≥15`: one cell
        else:
            out.append((text, j + 1))
        joined = bool(text)
        j += 1
    return out


_PART_LINE = re.compile(
    r"^[（(]?其中[：:]?[\u4e00-\u9fff（）()]{1,12}?(?:达到|为)?[≥≤＞＜><]?=?\s*\d[\d.]*\s*%?[）)]?$"
)
"""A value cell's second line that gives a part's value (`≥22` / `其中乡村学校≥15`)."""
_YEARLY_CHANGE = re.compile(r"^(?:力争|争取)?(?:每年|逐年|年均)[\u4e00-\u9fff]{1,4}\d")
"""A yearly change (`每年降低1个百分点以上`) is a value cell, though its words are many, as is
a goal in words (`通过国家督导评估`)."""


def _parses(text: str) -> bool:
    try:
        parse(text)
    except ValueParseError:
        return False
    return True


def _kind(text: str) -> str:
    """E for an empty cell, V for a value (or unit, attribute, goal in words), N for a name:
    a line with a figure inside many words (`义务教育56人以上大班额`) names its indicator."""
    if not text:
        return "E"
    lines = text.split("\n")
    yearly = _YEARLY_CHANGE.match(lines[0]) and _parses(lines[0])
    in_words = not re.search(r"\d", lines[0]) and looks_like_value(lines[0])  # `通过国家督导评估`
    if len(_HAN.findall(lines[0])) >= _NAME_HAN and not (yearly or in_words):
        return "N"
    if (yearly or looks_like_value(lines[0])) and all(
        looks_like_value(line) or _PART_LINE.match(line) for line in lines[1:]
    ):
        return "V"
    return "N"


_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME_HAN = 8
"""As many Chinese characters as a value cell never holds (`不低于国家标准` has seven)."""


class _Shape(NamedTuple):
    """What the header says about the rows below it."""

    width: int
    name_col: int
    """The column of the indicator's name; the columns before it are leads."""
    categories: tuple[bool, ...]
    """For each lead column: a category (类别, 维度), which a web page prints
    once over several rows (rowspan), rather than a row number (序号)."""
    values: tuple[bool, ...]
    """For each column: whether its header names values (a year, 指标值)."""
    trailing: int = 0
    """Columns after the values that name who is responsible (`责任单位`): in a numbered
    table each row's cell there is the one before the next row's number."""
    fields: tuple[bool, ...] = ()
    """For each column: whether it is a project's field of words or dates (`建设性质`,
    `建设年限`), whose cell may read as a value (`2026—2027`) though it heads none."""


class _Tokens(NamedTuple):
    texts: list[str]
    kinds: list[str]


def take_header_cells(lines: list[str], i: int) -> Taken:
    """A header-driven table starting at `lines[i]`, or None."""
    header = _header(lines, i)
    if header is None:
        return None
    keys = [_key(h) for h in header.cells]
    name_col = next((c for c, k in enumerate(keys) if k in _INDICATOR_CUES), 0)
    shape = _Shape(
        len(keys),
        name_col,
        tuple(k != "序号" for k in keys[:name_col]),
        header.values,
        _responsible_columns(keys, name_col),
        tuple(k in _PROJECT_FIELDS for k in keys),
    )
    rows, used, found = _dense_rows(lines, header, shape)
    if rows:
        return [header.cells, *rows], found[used - 1][1]
    found = _tokens(lines, header.end, header.spaced)
    tokens = _Tokens([text for text, _ in found], [_kind(text) for text, _ in found])
    rows, used = _full_rows(tokens, shape)
    if not rows and _is_levelled(keys):
        rows, used = _levelled_rows(tokens, len(keys) - 2)
    if not rows:
        rows, used = _rows(tokens, shape)
    if not rows:
        return None
    return [header.cells, *rows], found[used - 1][1]


def _responsible_columns(keys: list[str], name_col: int) -> int:
    """How many columns end a numbered table's header that name who is responsible
    (`序号 | 指标 | 目标值 | 责任单位`); none in a table without row numbers, where such a cell
    could not be told from the next row's name."""
    if "序号" not in keys[:name_col]:
        return 0
    n = 0
    while n < len(keys) - name_col - 2 and keys[-1 - n] in _RESPONSIBLE:
        n += 1
    return n


KIND = re.compile(r"[\u4e00-\u9fff]{1,14}?指标")
"""A kind of indicator (`产出指标`, `社会公众或服务对象满意度指标`): a level's cell."""
_LEVEL = re.compile(r"^(?:绩效指标|[一二]级指标)$")


def _is_levelled(keys: list[str]) -> bool:
    """A performance table's header: levels of kinds (一级指标, 二级指标), then the
    indicator and its value."""
    levels = len(keys) - 2
    return levels >= 1 and all(_LEVEL.match(k) for k in keys[:levels]) and _cue(keys[-1]) == "value"


def _levelled_rows(tokens: _Tokens, levels: int) -> tuple[Rows, int]:
    """The rows of a performance table: the kinds a row opens with (cells ending in
    指标; those it leaves out are merged down from the row above), then the indicator and
    its value, which may be words (`巩固提高`, `参照政府采购成本控制`)."""
    texts = tokens.texts
    rows: Rows = []
    t = 0
    while t < len(texts):
        start = t
        while t < len(texts) and KIND.fullmatch(texts[t]):
            t += 1
        kinds = texts[start:t]
        if len(kinds) > levels or t + 1 >= len(texts) or tokens.kinds[t] != "N":
            t = start
            break
        if KIND.fullmatch(texts[t + 1]) or tokens.kinds[t + 1] == "E":
            t = start
            break
        above = rows[-1][:levels] if rows else [EMPTY] * levels
        rows.append([*above[: levels - len(kinds)], *kinds, texts[t], texts[t + 1]])
        t += 2
    return (rows, t) if len(rows) >= 2 else ([], 0)


def _rows(tokens: _Tokens, shape: _Shape) -> tuple[Rows, int]:
    """Rows read name by name (see the module docstring), and the tokens they use."""
    rows: Rows = []
    t = 0
    while t < len(tokens.texts):
        parsed = _row(tokens, t, shape, rows[-1] if rows else None)
        if parsed is None:
            break
        row, t = parsed
        rows.append(row)
    return rows, t


def _dense_rows(
    lines: list[str], header: _Header, shape: _Shape
) -> tuple[Rows, int, list[tuple[str, int]]]:
    """A table whose header's cells stand on lines with no blank line between them, and whose
    empty cells are blank lines (a project list's `合计` row, blank under `建设性质`): rows of
    the header's width, read by _full_rows with each blank line an empty cell."""
    if header.spaced or not any(shape.fields):
        return [], 0, []
    found = _tokens(lines, header.end, False, blank_cells=True)
    tokens = _Tokens([text for text, _ in found], [_kind(text) for text, _ in found])
    rows, used = _full_rows(tokens, shape, any_empty=False)
    return rows, used, found


def _full_rows(tokens: _Tokens, shape: _Shape, any_empty: bool = True) -> tuple[Rows, int]:
    """Rows of exactly the header's width, when the page kept its empty cells (lines of
    spaces): each run of cells with names under the name columns and values (or
    words, `持续改善`) under the value columns. Fewer than two such rows: none. Unless the
    empty cells are known to be kept (`any_empty` false), an empty one among the first
    rows shows that they are."""
    if any_empty and "E" not in tokens.kinds[: 3 * shape.width]:
        return [], 0
    rows: Rows = []
    t = 0
    while t + shape.width <= len(tokens.texts) and _full_row(tokens, t, shape):
        rows.append(tokens.texts[t : t + shape.width])
        t += shape.width
    return (rows, t) if len(rows) >= 2 else ([], 0)


def _full_row(tokens: _Tokens, t: int, shape: _Shape) -> bool:
    texts, kinds = tokens.texts[t : t + shape.width], tokens.kinds[t : t + shape.width]
    if all(k == "E" for k, v in zip(kinds, shape.values, strict=True) if v):
        return False
    total = bool(_TOTAL_NAME.match(texts[shape.name_col]))
    if not total and not any(k == "N" for k, v in zip(kinds, shape.values, strict=True) if not v):
        return False
    fields = list(shape.fields or (False,) * shape.width)
    fields[shape.name_col] = total
    for c in range(shape.name_col):  # a row's number (序号), a value under no value column
        fields[c] = fields[c] or not shape.categories[c]
    for text, kind, value, field in zip(texts, kinds, shape.values, fields, strict=True):
        if value and kind == "N" and re.search(r"\d", text):
            return False  # a name under a value column: the row is not this wide
        if not value and kind == "V" and not _ATTRIBUTE.match(text) and not field:
            return False
    return True


_TOTAL_NAME = re.compile(r"(?:合计|总计|小计|其中)|[\u4e00-\u9fff]{2,}[（(]\d+[个所项][)）]$")
"""A total's or a part's name (`合计（12个）`, `其中：小学（6个）`, `初中（4个）`), which a count in it
makes read as a value."""


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
        return _unnumbered_row(tokens, t, shape)
    named = _leads(tokens, t, shape.name_col - len(lead))
    lead = _lead_cells(lead, texts[t : t + named], shape, above)
    t += named
    for names in _name_cells(tokens, t):
        depth = sum(len(n.split("\n")) for n in names)
        count = shape.width - shape.name_col - 1 - shape.trailing
        values, end = _values(tokens, t + len(names), depth, count)
        if values and len(values) == count and shape.trailing:
            values, end = _responsible(tokens, values, end, shape)
        if len(names) > 1 and len(values) < count:
            # `X` / `其中：小学` / `0.38` / `≤0.35`: X names the 其中 rows below it
            return [*lead, texts[t], *[EMPTY] * (shape.width - shape.name_col - 1)], t + 1
        if values and (end >= len(texts) or kinds[end] == "N" or len(names) == 1):
            return [*lead, "\n".join(names), *values], end
    return _section_row(tokens, t, shape)


def _responsible(
    tokens: _Tokens, values: list[str], t: int, shape: _Shape
) -> tuple[list[str], int]:
    """A numbered row's values and the cells after them that name who is responsible
    (`县教育局、县文旅局`): each a name, before the next row's number or where no row starts
    (the table's end); empty when the next row's number follows the values at once."""
    texts, kinds = tokens
    end = t + shape.trailing
    names = end <= len(texts) and all(k == "N" for k in kinds[t:end])
    if names and (end == len(texts) or kinds[end] == "V" or _row(tokens, end, shape, None) is None):
        return [*values, *texts[t:end]], end
    if t == len(texts) or kinds[t] == "V":  # the next row's number: this row names no one
        return [*values, *[EMPTY] * shape.trailing], t
    return values, t


def _lead_cells(
    numbers: list[str], names: list[str], shape: _Shape, above: list[str] | None
) -> list[str]:
    """The cells before a row's name: its number under 序号 and its category names under the
    category columns, the categories it leaves out (a cell merged down, `二 | 义务教育` over `5`)
    taken from the row above. Where the numbers or names do not fit those columns, the
    row's own cells last and the covered ones first."""
    seq = [c for c in range(shape.name_col) if not shape.categories[c]]
    kinds = [c for c in range(shape.name_col) if shape.categories[c]]

    def from_above(c: int) -> str:
        return above[c] if above is not None and c < len(above) and shape.categories[c] else EMPTY

    if len(numbers) > len(seq) or len(names) > len(kinds):
        own = [*numbers, *names]
        return [from_above(c) for c in range(shape.name_col - len(own))] + own
    lead = [EMPTY] * shape.name_col
    for c, number in zip(seq, numbers, strict=False):
        lead[c] = number
    missing = len(kinds) - len(names)
    for c in kinds[:missing]:
        lead[c] = from_above(c)
    for c, name in zip(kinds[missing:], names, strict=True):
        lead[c] = name
    return lead


def _leads(tokens: _Tokens, t: int, room: int) -> int:
    """How many of the names at t are category cells before the row's own name: all
    but the last of the names before the first value, at most `room`."""
    run = 0
    while t + run < len(tokens.texts) and tokens.kinds[t + run] == "N":
        if tokens.texts[t + run].startswith("其中"):
            return 0
        run += 1
    return max(0, min(run - 1, room))


def _name_cells(tokens: _Tokens, t: int) -> list[list[str]]:
    """The ways the name cell at t may run on, most lines first: `其中：小学` with the
    short names after it (`初中`), or a name with the `其中：…` line after it."""
    texts, kinds = tokens
    names = [texts[t]]
    k = t + 1
    if not names[0].startswith("其中") and k < len(texts) and texts[k].startswith("其中"):
        names.append(texts[k])
        k += 1
    if names[-1].startswith("其中"):
        while k < len(texts) and kinds[k] == "N" and len(texts[k]) <= 8:
            names.append(texts[k])
            k += 1
    return [names, [texts[t]]] if len(names) > 1 else [names]


def _unnumbered_row(tokens: _Tokens, t: int, shape: _Shape) -> tuple[list[str], int] | None:
    """A numbered table's row with no number: a second indicator under the number above
    (the 序号 cell spans both rows: `4` / `公办园…标准` / `500` / `民办园…标准` / `500`) when
    its values follow its name, else a section row (`一、发展水平`)."""
    texts, kinds = tokens
    count = shape.width - shape.name_col - 1
    values, end = _values(tokens, t + 1, 1, count)
    if len(values) == count and (end >= len(texts) or kinds[end] != "E"):
        return [*([EMPTY] * shape.name_col), texts[t], *values], end
    return _section_row(tokens, t, shape)


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
        lines = texts[t].split("\n")
        if len(lines) == depth or not texts[t]:
            values.append(texts[t])  # a cell of several lines printed as one
            t += 1
            continue
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
