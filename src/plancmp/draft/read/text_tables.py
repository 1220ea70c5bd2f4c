"""Tables in plain text, in the layouts that converted documents come in.

Each `take_*` looks at `lines[i]`; if a table of its layout starts there it
returns the table's rows (lists of cell text, possibly ragged) and the index of
the first line after it, else None. A cell's own line breaks are kept as "\\n".
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from plancmp.draft.read.grid import RULE_LINE
from plancmp.draft.sections import numbering

Rows = list[list[str]]
Taken = tuple[Rows, int] | None

_TOC_ENTRY = re.compile(r"[.·…．]{3,}\s*\t\s*\d+\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_GAP = re.compile(r"(?:[ \xa0]{2,}|\u3000+[ \xa0\u3000]*)")
_CONTINUATION_MAX = 40


def _blank(line: str) -> bool:
    return not line.strip()


def _wraps_cell(line: str) -> bool:
    """A short line without a tab that can be the rest of a cell, not a paragraph."""
    text = line.strip()
    return (
        bool(text)
        and "\t" not in line
        and len(text) <= _CONTINUATION_MAX
        and not text.endswith("。")
    )


_PART_HEADING = re.compile(r"[一二三四五六七八九十]+、\S|第[一二三四五六七八九十]+[章节部分]")


def _heading_after(lines: list[str], j: int) -> bool:
    """Line j is the text's next heading right under a table's last row (`二、主要任务`): a
    numbered part with no row after it, where a group row (`一、学前教育`) heads more rows."""
    text, below = lines[j].strip(), lines[j + 1] if j + 1 < len(lines) else ""
    alone = len(text) <= _HEADING_MAX and not re.search(r"\s{2,}", text)
    return alone and bool(_PART_HEADING.match(text)) and not _aligned_line(below)


_HEADING_MAX = 20


# --- a row's first cell on a line of its own, each further cell on a line opening with a tab ---

_TAB_LED_ROWS = 3
_LED_CELL_MAX = 60


def _led(lines: list[str], j: int) -> bool:
    return j < len(lines) and lines[j].startswith("\t")


def _row_head(line: str) -> bool:
    text = line.strip()
    return (
        bool(text) and not line.startswith("\t") and len(text) <= _LED_CELL_MAX and "。" not in text
    )


def _row_start(lines: list[str], j: int, wraps: bool) -> str | None:
    """The first line of a row at line j, or (`wraps`: below the first row) its first cell
    wrapped over two lines (`普通` / `高中`) when the line after it is no cell and the next one
    is; None where no row starts."""
    line = lines[j] if j < len(lines) else ""
    if not _row_head(line):
        return None
    if _led(lines, j + 1):
        return line
    after = lines[j + 1] if j + 1 < len(lines) else ""
    if wraps and _row_head(after) and "\t" not in line + after and _led(lines, j + 2):
        return f"{line.strip()}\n{after.strip()}"
    return None


def take_tab_led_rows(lines: list[str], i: int) -> Taken:
    """A web table whose cells end with a tab and a line break (`一级` / `\\t二级` /
    `\\t2025目标` / `\\t`): each row opens with a line of its own, every further cell is on a
    line that opens with a tab (two cells may share one), and a bare tab closes the row: lines
    indented under a heading (`一、目标` / `\\t到2030年，…`) close with none, and are no table."""
    rows: Rows = []
    j = i
    while (start := _row_start(lines, j, bool(rows))) is not None:
        row = [start] if "\n" in start else start.split("\t")
        k = j + start.count("\n") + 1
        while _led(lines, k) and len(lines[k].strip()) <= _LED_CELL_MAX:
            row.extend(lines[k].split("\t")[1:])
            k += 1
        if lines[k - 1].strip():
            break  # no bare tab closes it
        j = k
        while row and not row[-1].strip():
            row.pop()
        rows.append([c.strip() for c in row])
    if len(rows) < _TAB_LED_ROWS or max(len(r) for r in rows) < 3:
        return None
    return rows, j


# --- one cell per line, each line starting with a tab; blank line between rows ---


def _cell_line(line: str) -> bool:
    return line.startswith("\t") and "\t" not in line[1:]


def take_cell_lines(lines: list[str], i: int) -> Taken:
    """linan/yuecheng: `\\t类型` `\\t指标` … one cell a line, a blank line ends a
    row, and a line without the tab continues the cell above it."""
    if not _cell_line(lines[i]):
        return None
    rows: Rows = []
    j = i
    while j < len(lines) and _cell_line(lines[j]):
        row: list[str] = []
        while j < len(lines):
            line = lines[j]
            if _cell_line(line):
                row.append(line[1:].strip())
            elif row and _wraps_cell(line):
                row[-1] = f"{row[-1]}\n{line.strip()}" if row[-1] else line.strip()
            else:
                break
            j += 1
        rows.append(row)
        k = j
        while k < len(lines) and _blank(lines[k]) and not _cell_line(lines[k]):
            k += 1
        if k < len(lines) and _cell_line(lines[k]):
            j = k
        else:
            break
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    return rows, j


# --- rows on one line, cells separated by tabs ---


def _tab_cells(line: str, least: int = 2, width: int = 0) -> list[str] | None:
    """The cells of a tab-separated row with at least `least` filled cells, or
    None when the line is not one (a table of contents' `…·····\t4` is not). A tab that
    ends the row is no cell, unless the row is then as wide as the header (`width`): the
    last column's cell left empty (a 备注 with nothing to note)."""
    if "\t" not in line or _TOC_ENTRY.search(line) or _cell_line(line):
        return None
    cells = line.split("\t")
    if cells and not cells[-1].strip() and len(cells) != width:
        cells.pop()
    if sum(1 for c in cells if c.strip()) < least:
        return None
    return [c.strip() for c in cells]


def take_tab_rows(lines: list[str], i: int) -> Taken:
    """shangcheng: `维度\\t主要指标\\t2020年…` one row a line; a cell may wrap onto
    the next line."""
    first = _tab_cells(lines[i])
    if first is None:
        return None
    rows: Rows = [first]
    width = len(first)
    j = i + 1
    while j < len(lines):
        cells = _tab_cells(lines[j], least=1, width=len(first))
        if cells is not None:
            if (
                len(rows[-1]) < width
                and len(rows[-1]) + len(cells) - 1 == width
                and lines[j][:1] != "\t"
            ):
                rows[-1][-1] = f"{rows[-1][-1]}\n{cells[0]}"
                rows[-1].extend(cells[1:])
            else:
                rows.append(cells)
                width = max(width, len(cells))
            j += 1
        elif _wraps_cell(lines[j]) and j + 1 < len(lines) and _tab_cells(lines[j + 1]) is not None:
            if _section_row(lines[j], rows[-1], width):
                rows.append([lines[j].strip()] + [""] * (width - 1))
            else:
                rows[-1][-1] = f"{rows[-1][-1]}\n{lines[j].strip()}"
            j += 1
        elif _blank(lines[j]) and j + 1 < len(lines) and _tab_cells(lines[j + 1]) is not None:
            j += 1
        else:
            break
    if len(rows) < 2:
        return None
    return [[_unquoted(c) for c in row] for row in rows], j


def _section_row(line: str, above: list[str], width: int) -> bool:
    """A tabless line under a full row that opens like a heading (`二、教育质量`): a
    section row merged across the table, as a Word table copied to text gives it, not the
    rest of the last cell above."""
    return len(above) >= width and numbering(line.strip()) in ("chapter", "cn", "cn_paren")


def _unquoted(cell: str) -> str:
    """A cell as a spreadsheet copies it out: one holding a line break (or a quote) comes
    wrapped in quotes, its own quotes doubled (`"义务教育学校\n达标率"`); the text inside."""
    quoted = len(cell) > 1 and cell[0] == cell[-1] == '"'
    if quoted and ("\n" in cell or '""' in cell) and '"' not in cell[1:-1].replace('""', ""):
        return cell[1:-1].replace('""', '"')
    return cell


# --- Markdown pipe tables ---


def _pipe_cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells = re.split(r"(?<!\\)\|", text)
    return [re.sub(r"<br\s*/?>", "\n", c.replace("\\|", "|"), flags=re.I).strip() for c in cells]


def take_pipe_table(lines: list[str], i: int) -> Taken:
    """| 指标 | 2025年 |, then | --- | --- |, then a row a line; or, copied from a web
    page without the rule, rows of three or more cells split by `|`."""
    if "|" not in lines[i] or i + 1 >= len(lines):
        return None
    if not (_PIPE_RULE.match(lines[i + 1]) and "-" in lines[i + 1]):
        return _pipe_rows(lines, i)
    rows = [_pipe_cells(lines[i])]
    j = i + 2
    while j < len(lines) and not _blank(lines[j]):
        if "|" in lines[j]:
            rows.append(_pipe_cells(lines[j]))
            j += 1
        elif _first_cell_apart(lines, j, len(rows[0])):
            rows.append([lines[j].strip(), *_pipe_cells(lines[j + 1])])
            j += 2
        else:
            break
    return rows, j


def _first_cell_apart(lines: list[str], j: int, width: int) -> bool:
    """`PS2 (注1至4)` over `| 北区 | … |`: a row whose first cell the copy left on a line of
    its own, the line below opening on `|` with one cell fewer than the header."""
    below = lines[j + 1].strip() if j + 1 < len(lines) else ""
    return below.startswith("|") and len(_pipe_cells(below)) == width - 1


def _short_pipe(line: str) -> bool:
    """`|` or `| 合计 |`: one cell, or none, left on its own line by a copied row."""
    return "|" in line and len(_pipe_cells(line)) == 1


class _Printed(NamedTuple):
    cells: list[str]
    loose: bool  # copied one cell a line
    end: int  # the line after it
    carried: bool = False  # its last cells were carried onto lines of their own


def _printed_rows(lines: list[str], j: int, width: int, open_end: bool) -> list[_Printed]:
    """The rows split by `|` from line j on. A line of one cell or none (`|`, `| 合计 |`)
    is a cell the copy put on its own line: it goes on the row above while that row is
    narrower than the header, else it starts a row of such lines (a total row whose cells
    were copied one a line). Under a header with no closing `|` (`open_end`), a row's last
    `|` closes its last cell, left empty (`合计 |  | 96 | 52000 | `)."""
    rows: list[_Printed] = []
    while j < len(lines) and "|" in lines[j]:
        cells = _pipe_cells(lines[j])
        if open_end and lines[j].rstrip().endswith("|") and len(cells) == width - 1:
            cells.append("")
        if len(cells) > 1 and lines[j].count("|") >= 2:
            rows.append(_Printed(cells, False, j + 1))
        elif not _short_pipe(lines[j]):
            break
        elif rows and (rows[-1].loose or len(rows[-1].cells) < width):
            last = rows[-1]
            rows[-1] = _Printed(last.cells + cells, last.loose, j + 1, not last.loose)
        else:
            rows.append(_Printed(cells, True, j + 1))
        j += 1
    return rows


def _pipe_rows(lines: list[str], i: int) -> Taken:
    """Rows split by `|` with no rule under the header. A row with fewer cells than the
    header starts under a cell merged down from a row above (a category), so its cells
    keep to the right, unless it prints its last cells empty where the header shows that
    empty cells were kept (`a | b | ||` under `x | y | z | |`) or its last cells went onto
    lines of their own (`1 | 仁化县 | 1000 |` then `|`) to the header's width; a row with fewer than half the header's cells ends the table, as does a
    line of `label: | value` pairs (a page's `索引号: | … | 成文日期: | …`). Under a
    performance table's header (一级指标 … 指标值) the kinds of indicator are merged down
    over many rows, so a row of a name and its value (`补贴发放合规率 | ≥95% | |||`) is a
    row too; so is a row of two or more filled cells copied one a line, kept to the right
    as printed."""
    printed_header = _pipe_cells(lines[i])
    header = _filled(list(printed_header))
    empties = len(printed_header) - len(header)
    if len(header) < 3:
        return None
    fewest = 2 if _performance_header(header) else len(header) // 2 + 1
    rows = [header]
    j = i + 1
    open_end = not lines[i].rstrip().endswith("|")
    for printed, loose, end, carried in _printed_rows(lines, i + 1, len(header), open_end):
        cells = _filled(list(printed))
        labels = sum(c.endswith((":", "：")) for c in cells)
        filled = sum(bool(c) for c in cells)
        if loose and filled >= 2 and len(printed) <= len(header):
            rows.append([""] * (len(header) - len(printed)) + printed)
        elif len(cells) < fewest or len(cells) > len(header) or labels >= 2:
            break  # too few cells, or a page's `索引号: | … | 成文日期: | …` line
        elif (
            (carried and len(printed) == len(header))
            or (empties and len(printed) - len(cells) > empties)
            or (open_end and len(printed) == len(header))
        ):
            rows.append(cells + [""] * (len(header) - len(cells)))
        else:
            rows.append([""] * (len(header) - len(cells)) + cells)
        j = end
    return (rows, j) if len(rows) >= 2 else None


_LEVELS = re.compile(r"^[一二三]级指标$")
VALUE_HEADS = ("指标值", "目标值", "年度指标值", "年度目标值")
"""What a performance table heads its column of values with."""


def _performance_header(cells: list[str]) -> bool:
    """一级指标 | 二级指标 | 三级指标 | 指标值: kinds of indicator in levels, then values."""
    return any(_LEVELS.match(c) for c in cells) and re.sub(r"\s", "", cells[-1]) in VALUE_HEADS


def _filled(cells: list[str]) -> list[str]:
    """The cells without the empty ones a row's closing `| |` leaves after it."""
    while cells and not cells[-1]:
        cells.pop()
    return cells


# --- columns aligned with runs of spaces ---


def _segments(line: str, gaps: re.Pattern[str] | None = None) -> list[tuple[int, int, int, int]]:
    """(start column, end column, start index, end index) of each run of text,
    where runs are split by 2+ spaces (or `gaps`); columns count CJK characters as two."""
    out = []
    col = 0
    index_cols = []
    for ch in line:
        index_cols.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    index_cols.append(col)
    pos = 0
    for gap in [*(gaps or _GAP).finditer(line.rstrip()), None]:
        end = gap.start() if gap else len(line.rstrip())
        piece = line[pos:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            s, e = pos + lead, end
            out.append((index_cols[s], index_cols[e], s, e))
        if gap:
            pos = gap.end()
    return out


_CAPTION = re.compile(r"\s*(?:专栏|附表|续表|表)\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?\s")
"""A table's caption, its number set apart from its title by spaces (`专栏1　某县…主要指标`)."""


def _aligned_line(line: str) -> bool:
    """A line of 2+ runs of text split by spaces; a `|` between them makes it a row of
    a pipe table (or a page's `发布时间:… | 发布单位:…` line), not aligned columns, and a
    caption's number and title (`专栏1　…主要指标`) are one line of text, not a row."""
    segments = _segments(line)
    return (
        "\t" not in line
        and len(segments) >= 2
        and not any(line[s:e].strip() in ("|", "｜") for _, _, s, e in segments)
        and not (len(segments) == 2 and _CAPTION.match(line))
    )


_LETTER_SPACED_LABEL = re.compile(
    r"^(\s*)([\u4e00-\u9fff])( {1,4}|\u3000{1,2})([\u4e00-\u9fff])(?=\s{2,}|$)"
)
"""A row's two-character label set out to the column's width (`合  计`, `小  学`): one cell; its
spaces are moved after it, keeping every column where it stands."""


def take_aligned(lines: list[str], i: int) -> Taken:
    """Columns lined up with spaces: 2+ consecutive lines of 2+ cells (one of
    them 3+). Columns are found by position, so `指  标` in a header stays one
    cell when the rows below have text under the gap. A run of such lines is read whole
    or not at all: not from a line inside it that the run above was left with. Where one
    row's cell ran into the next by one space and bridged two columns, the columns are those
    the widest rows print apart (two or more lines as wide, the header as wide as its rows
    counting too; a header spaced wider than its rows, `指        标`, gives none; a second
    header line of measures, `园数(所) 学位(个)`, is no row)."""
    if i and not _blank(lines[i - 1]) and _aligned_line(lines[i - 1]):
        return None
    j = i
    block: list[str] = []
    while j < len(lines) and _goes_on_block(lines[j], block) and not _heading_after(lines, j):
        if not RULE_LINE.match(lines[j]):
            block.append(_LETTER_SPACED_LABEL.sub(r"\1\2\4\3", lines[j]))
        j += 1
    multi = [line for line in block if _aligned_line(line)]
    counts = {len(_segments(line)) for line in multi}
    if len(multi) < 2 or max(counts) < 3:
        return None
    columns = _columns([seg for line in multi for seg in _segments(line)])
    rows_widest = max(len(_segments(line)) for line in multi[1:])
    widest = [line for line in multi if len(_segments(line)) == rows_widest]
    body = multi[2:] if len(multi) > 2 and not _rows_of_figures(multi[1:2]) else multi[1:]
    if len(columns) < rows_widest and len(widest) >= 2 and _rows_of_figures(body):
        # a cell run into the next with one space bridged two columns the rows print apart
        full = _columns([seg for line in widest for seg in _segments(line)])
        columns = full if len(full) == rows_widest else columns
    if _rows_of_figures(multi[1:]):
        # cells spaced apart, not lined up: in order when every line prints as many, else
        # left to the spaced-table reader, which finds the merged cell a short row lacks
        if len(counts) == 1 and (
            len(columns) != max(counts) or not all(_in_own_columns(line, columns) for line in multi)
        ):
            return _spaced_rows(block), j
        if len(columns) < max(len(_segments(line)) for line in multi[1:]):
            return None
    if 2 * len(columns) <= max(counts):
        return None  # runs that line up nowhere, or by chance: cells set apart, read by spaced.py
    rows: Rows = []
    for line in block:
        cells = [""] * len(columns)
        segments = _segments_in(line, columns)
        for c, (lo, hi) in enumerate(columns):
            parts = [(s, e) for a, b, s, e in segments if a < hi and b > lo]
            if parts:
                cells[c] = line[parts[0][0] : parts[-1][1]].strip()
        filled = [c for c, text in enumerate(cells) if text]
        if rows and len(filled) == 1 and (filled[0] > 0 or cells[0][:1] in "（("):
            c = filled[0]
            rows[-1][c] = f"{rows[-1][c]}\n{cells[c]}" if rows[-1][c] else cells[c]
        elif len(rows) >= 2 and _wrapped_cells(cells, filled, rows[0]):
            for c in filled:
                rows[-1][c] += cells[c]  # words wrapped, one phrase
        else:
            rows.append(cells)
    return rows, j


def _wrapped_cells(cells: list[str], filled: list[int], header: list[str]) -> bool:
    """A line of words only, under neither a row's number nor its name (the header's
    `指标`/`名称` column, else the first two): the rest of two or more cells the row above
    wrapped (`通过国家督导` / `评估认定` beside `通过省级` / `评估`), no row of its own. A row
    naming its own indicator under merged cells (`县域义务教育发展水平  基本均衡  优质均衡
    约束性`) fills the name column, and a whole attribute (`约束性`) is no cell's rest."""
    named = next((c for c, h in enumerate(header) if _NAME_HEADER.search(h)), 1)
    return (
        len(filled) >= 2
        and min(filled) > max(named, 1)
        and not any(_FIGURE_CELL.match(cells[c]) or re.search(r"\d", cells[c]) for c in filled)
        and not any(_ATTRIBUTE_CELL.fullmatch(cells[c]) for c in filled)
    )


_NAME_HEADER = re.compile(r"指标|名称|项目|内容")
_ATTRIBUTE_CELL = re.compile(r"约束性|预期性|指导性")


_NOTE = re.compile(r"\s*(?:注|说明|备注)\s*\d?\s*[：:]")
"""A note under a table (`注：…`): its own paragraph, not the rest of a row's cell."""


def _goes_on_block(line: str, block: list[str]) -> bool:
    """Whether a line goes on a block of aligned lines: another aligned line, the rest of a
    cell (not a note under the table), or a rule drawn inside it."""
    if block and RULE_LINE.match(line):
        return True
    if _blank(line):
        return False
    return _aligned_line(line) or (bool(block) and _wraps_cell(line) and not _NOTE.match(line))


_ONE_SPACE = re.compile(r" +")


def _segments_in(line: str, columns: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The line's runs of text, a run that spans two columns split at its single spaces
    (`小学≤0.50，初中≤0.45 小学`: two cells printed one space apart)."""
    out = []
    for a, b, s, e in _segments(line):
        spanned = sum(1 for lo, hi in columns if a < hi and b > lo)
        if spanned > 1 and " " in line[s:e].strip():
            out += [w for w in _segments(line, _ONE_SPACE) if s <= w[2] and w[3] <= e]
        else:
            out.append((a, b, s, e))
    return out


_FIGURE_CELL = re.compile(
    r"^[≥≤＞＜<>约]?\s*[\[［]?\d[\d.,]*[\]］]?\s*(?:%|％|以上|以下|左右)?$|^[—－\-/／]+$"
)
"""A cell that is a figure of a table (`98`, `≥95%`, `[12]`, `—`), not words about one."""


def _rows_of_figures(lines: list[str]) -> bool:
    """Each line under the first holds a cell that is a figure: rows of a table, not a
    page's lines of links (`某某  ·  一则标题  ·  4 小时前`)."""
    return all(
        any(_FIGURE_CELL.match(line[s:e].strip()) for _, _, s, e in _segments(line))
        for line in lines
    )


def _in_own_columns(line: str, columns: list[tuple[int, int]]) -> bool:
    """Each of the line's cells lies under a column of its own: the columns were lined up. A
    table whose rows each print as many cells, padded by a count of characters rather than to
    a width (`学前三年毛入园率` and `指标` set out with spaces to the same length), lines up
    nowhere: its cells are read in their order."""
    taken = [
        [c for c, (lo, hi) in enumerate(columns) if a < hi and b > lo]
        for a, b, _, _ in _segments(line)
    ]
    return all(len(t) == 1 for t in taken) and len({t[0] for t in taken}) == len(taken)


def _spaced_rows(block: list[str]) -> Rows:
    """Lines of as many cells each, set apart by runs of spaces that do not line up (a web
    page's cells copied with their gaps, not padded to a width): the cells in their order,
    a short line the rest of the cell above it."""
    rows: Rows = []
    for line in block:
        cells = [line[s:e].strip() for _, _, s, e in _segments(line)]
        if rows and len(cells) == 1:
            rows[-1][0] = f"{rows[-1][0]}\n{cells[0]}"
        else:
            rows.append(cells)
    return rows


def _columns(segments: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping column ranges into the table's columns, left to right."""
    spans: list[list[int]] = []
    for start, end, _, _ in sorted(segments):
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(a, b) for a, b in spans]
