"""Space-flattened tables whose columns are numbered (`01 02 03 …`, a form's 栏次 line).

A statistical form copied from a web page keeps its column numbers on a line of their
own, under header lines that lost their grid: a line of column names, then the names of
the sub-columns some of them split into (`合计 新建 改扩建`), a sub-name wrapped onto the
next line after `其中:`, and a line of the units the columns that print one print
(`平方米 万元`). The numbers say how many columns there are; the rows below print a
label and as many values.

A column that splits into sub-columns opens them with its total (`合计`, `小计`), so which
names split is found from the figures: the one arrangement where each total is the sum of
its parts in every row; where no one arrangement is, the table is not read.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from plancmp.draft.document import Block, Paragraph, Table
from plancmp.draft.text import fold
from plancmp.draft.units import DASHES, known_unit, parses

_TOTAL = re.compile(r"^(?:合计|小计|总计)$")
_PART = re.compile(r"^其中[：:]?")
_SENTENCE = re.compile(r"[。，,；;！？!?]")
HEADER_LINES = 8
"""How far above the column numbers a header reaches."""
MAX_SPLITS = 4
"""The most columns a header may split into sub-columns (the arrangements to try grow fast)."""


def numbered_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    """The table whose column numbers are block i, from its first header line to its last
    row; None when block i is no line of column numbers or the header does not fit them."""
    width = _numbers(blocks[i])
    if width is None:
        return None
    rows, lines = _rows(blocks, i + 1, width)
    texts, units = _header_lines(blocks, i)
    if not rows or not texts:
        return None
    for t in range(len(texts)):
        names = _columns(texts[t].split(), _sub_names(texts[t + 1 :]), rows, width)
        if names is None:
            continue
        label, columns = names
        header = [label, *_with_units(columns, units)]
        caption = " ".join(texts[:t]) or None
        table = Table(tuple(tuple(r) for r in [header, *rows]), caption)
        start = i - len(texts) - bool(units)
        return table, ("\n".join(texts), *lines), start, i + 1 + len(rows)
    return None


def _numbers(block: Block) -> int | None:
    """How many columns a line of column numbers counts (`01 02 … 16`), three or more; a
    form may letter the label column first (`甲 1 2 3`, `栏次 1 2 3`)."""
    if not isinstance(block, Paragraph):
        return None
    words = block.text.split()
    words = words[1:] if words and words[0] in ("甲", "栏次") else words
    if len(words) < 3 or not all(w.isdigit() for w in words):
        return None
    return len(words) if [int(w) for w in words] == list(range(1, len(words) + 1)) else None


def _value(cell: str) -> bool:
    return cell in DASHES or (bool(re.search(r"\d", cell)) and parses(fold(cell), None))


def _rows(blocks: list[Block], j: int, width: int) -> tuple[list[list[str]], list[str]]:
    """The rows below the numbers: a label and as many values as there are columns."""
    rows: list[list[str]] = []
    lines: list[str] = []
    for block in blocks[j:]:
        if not isinstance(block, Paragraph):
            break
        cells = block.text.split()
        if len(cells) != width + 1 or _value(cells[0]) or not all(map(_value, cells[1:])):
            break
        rows.append(cells)
        lines.append(block.text.strip())
    return rows, lines


def _header_lines(blocks: list[Block], i: int) -> tuple[list[str], list[str]]:
    """The header's lines above the numbers, top first, and the units its units line
    gives (the line just above the numbers whose every word is a unit)."""
    texts: list[str] = []
    units: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - HEADER_LINES), -1):
        block = blocks[k]
        if not isinstance(block, Paragraph):
            break
        text = block.text.strip()
        words = text.split()
        if k == i - 1 and words and all(known_unit(w) for w in words):
            units = words
            continue
        if not words or _SENTENCE.search(text) or re.search(r"\d", text):
            break
        if any(len(w) > 16 for w in words):
            break
        texts.insert(0, text)
    return texts, units


def _sub_names(texts: list[str]) -> list[str]:
    """The sub-column names under the line of column names, a name wrapped after `其中:`
    joined to it."""
    out: list[str] = []
    for word in " ".join(texts).split():
        if out and re.fullmatch(r"其中[：:]", out[-1]):
            out[-1] += word
        else:
            out.append(word)
    return out


def _groups(subs: list[str]) -> list[list[str]] | None:
    """The sub-names in runs, each opened by its total; None when they do not open so."""
    if not subs:
        return []
    if not _TOTAL.match(subs[0]):
        return None
    groups: list[list[str]] = []
    for word in subs:
        if _TOTAL.match(word):
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups if all(len(g) >= 2 for g in groups) else None


def _columns(
    tops: list[str], subs: list[str], rows: list[list[str]], width: int
) -> tuple[str, list[str]] | None:
    """The row labels' header and the name of each numbered column, or None when the
    names cannot be laid over the columns in one way only."""
    groups = _groups(subs)
    if groups is None or len(groups) > MAX_SPLITS or len(tops) < 2:
        return None
    leaves = len(tops) - len(groups) + len(subs)
    if leaves not in (width, width + 1):
        return None
    label = tops[0] if leaves == width + 1 else ""
    names = tops[1:] if label else tops
    found = [
        layout
        for split in itertools.combinations(range(len(names)), len(groups))
        if (layout := _layout(names, split, groups)) and _adds_up(layout, rows)
    ]
    return (label, [name for name, _ in found[0]]) if len(found) == 1 else None


def _layout(
    names: list[str], split: tuple[int, ...], groups: list[list[str]]
) -> list[tuple[str, int | None]]:
    """Each column's name and, for a part, the column of its total."""
    out: list[tuple[str, int | None]] = []
    parts = dict(zip(split, groups, strict=True))
    for k, name in enumerate(names):
        if k not in parts:
            out.append((name, None))
            continue
        total = len(out)
        out.append((name, None))
        out.extend((f"{name}{_PART.sub('', part)}", total) for part in parts[k][1:])
    return out


def _number(cell: str) -> Decimal | None:
    try:
        return Decimal(fold(cell).rstrip("%"))
    except InvalidOperation:
        return None


def _adds_up(layout: list[tuple[str, int | None]], rows: list[list[str]]) -> bool:
    """Whether in every row each total is the sum of its parts. (That a total is at least
    its parts, as over `其中` parts that are only some, fits too many ways to choose by.)"""
    totals = {t for _, t in layout if t is not None}
    for cells in rows:
        values = [_number(c) for c in cells[1:]]
        for t in totals:
            parts = [values[k] for k, (_, of) in enumerate(layout) if of == t]
            total = values[t]
            if total is None or any(p is None for p in parts):
                return False
            gap = total - sum(p for p in parts if p is not None)
            if abs(gap) > Decimal("0.01"):
                return False
    return True


_COUNT = re.compile(r"数$|个数$|[所个]$")
"""A column that counts (`班级数`): a form prints no unit over it."""


def _with_units(columns: list[str], units: list[str]) -> list[str]:
    """The column names with their units in brackets: one unit a column, or one for each
    column that is no count, in order (a form leaves a count's unit cell empty)."""
    if len(units) == len(columns):
        return [f"{c}（{u}）" for c, u in zip(columns, units, strict=True)]
    measured = [k for k, c in enumerate(columns) if not _COUNT.search(_stem(c, columns))]
    if not units or len(measured) != len(units):
        return columns
    out = list(columns)
    for k, unit in zip(measured, units, strict=True):
        out[k] = f"{columns[k]}（{unit}）"
    return out


def _stem(name: str, columns: list[str]) -> str:
    """The name of the column a part belongs to (`投资额` for `投资额中央专项`)."""
    return next((c for c in columns if c != name and name.startswith(c)), name)
