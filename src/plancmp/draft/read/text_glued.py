"""Tables whose cells ran together when the page was copied: nothing between them.

The header is a line of header words with no space between them
(`绩效指标一级指标二级指标指标内容指标值`); each row below is a line whose kinds of
indicator, name and value are glued (`产出指标数量指标农村义务教育学校改造覆盖率100%`).
The header words are known, so the header splits; a row splits into the kinds of
indicator it opens with (`…指标`), its value at the end (a number as tables print
it, or a trend in words, `稳步提高`), and its name between. A row that prints fewer
kinds than the header has columns sits under cells merged down from a row above: its
kinds fill the header's last kind columns, the others stay empty.
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_cells import KIND, header_words
from plancmp.draft.read.text_tables import Rows, Taken

_LEVEL = re.compile(r"^(?:绩效指标|[一二]级指标)$")
_VALUE = re.compile(
    r"(?:[≥≤＞＜<>]=?\s*)?\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)?"
    r"(?:以上|以下|以内)?$"
    r"|(?:稳步|持续|逐年|逐步|不断|明显|显著|有所|巩固)(?:提高|提升|改善|增长|下降|减少)$"
)
_ROW_MAX = 60


def take_glued(lines: list[str], i: int) -> Taken:
    """A glued table starting at `lines[i]`, or None."""
    header = header_words(lines[i].strip())
    if header is None or not any(_LEVEL.match(h) for h in header):
        return None
    levels = [c for c, h in enumerate(header) if _LEVEL.match(h)]
    if len(header) != levels[-1] + 3:
        return None  # not kinds, then the name, then the value
    rows: Rows = [header]
    j = i + 1
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        row = _row(lines[j].strip(), len(header), levels)
        if row is None:
            break
        rows.append(row)
        j += 1
    return (rows, j) if len(rows) >= 3 else None


def _row(line: str, width: int, levels: list[int]) -> list[str] | None:
    """The cells of one glued row: its kinds, name and value; None when the line is none."""
    if len(line) > _ROW_MAX or re.search(r"[。；;，,：:]", line):
        return None
    kinds: list[str] = []
    rest = line
    while m := KIND.match(rest):
        kinds.append(m.group(0))
        rest = rest[m.end() :]
    value = _VALUE.search(rest)
    if value is None or value.start() < 2 or len(kinds) > len(levels):
        return None
    cells = [""] * width
    for c, kind in zip(levels[len(levels) - len(kinds) :], kinds, strict=True):
        cells[c] = kind
    cells[levels[-1] + 1] = rest[: value.start()].strip()
    cells[-1] = value.group(0).strip()
    return cells
