"""Lines of a PDF's text layer → paragraphs; running headers and footers out.

Pure functions on positioned lines, so the rules can be tested without a PDF.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－·•]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d+\s*页)?[\s\-—–－·•]*$"
)
_ENDS = ("。", "！", "？", "!", "?")
_EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page can be running text."""


class Line(NamedTuple):
    """One line of text on a page, with where it stands."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    size: float
    page_width: float


def chars_to_lines(chars: list[dict[str, object]], page: int, page_width: float) -> list[Line]:
    """Lines from pdfplumber's chars: a char belongs to the line it overlaps by
    more than half its height (curly quotes from a fallback font sit a few
    points lower than the characters around them)."""
    rows: list[list[dict[str, object]]] = []
    bottom = 0.0
    for char in sorted(chars, key=lambda c: (float(c["top"]), float(c["x0"]))):  # type: ignore[arg-type]
        top, low = float(char["top"]), float(char["bottom"])  # type: ignore[arg-type]
        if rows and top < bottom - 0.5 * (low - top):
            rows[-1].append(char)
            bottom = max(bottom, low)
        else:
            rows.append([char])
            bottom = low
    return [line for row in rows if (line := _line(row, page, page_width)) is not None]


def _line(row: list[dict[str, object]], page: int, page_width: float) -> Line | None:
    row.sort(key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
    parts: list[str] = []
    previous: dict[str, object] | None = None
    for char in row:
        text = str(char["text"])
        if previous is not None:
            size = float(char.get("size") or 10)  # type: ignore[arg-type]
            gap = float(char["x0"]) - float(previous["x1"])  # type: ignore[arg-type]
            wide = _wide(text) and _wide(str(previous["text"]))
            if gap > (1.0 if wide else 0.25) * size:
                parts.append(" ")
        parts.append(text)
        previous = char
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    if not text:
        return None
    size = max(float(c.get("size") or 0) for c in row)  # type: ignore[arg-type]
    x0 = min(float(c["x0"]) for c in row)  # type: ignore[arg-type]
    x1 = max(float(c["x1"]) for c in row)  # type: ignore[arg-type]
    top = min(float(c["top"]) for c in row)  # type: ignore[arg-type]
    return Line(page, text, x0, x1, top, size, page_width)


def _wide(text: str) -> bool:
    return bool(text) and (
        "\u2e80" <= text[0] <= "\u9fff" or "\uff00" <= text[0] <= "\uffef" or text[0] in "“”‘’"
    )


def running_lines(lines: list[Line], pages: int) -> set[int]:
    """ids of lines to drop: page numbers (`- 3 -`, `第3页 共30页`), and lines at
    a page's top or bottom that recur word for word on at least half the pages
    (three at least)."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edges: list[Line] = []
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda ln: ln.top)
        edges.extend(ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:])
    counts = Counter(_shape(line) for line in _unique(edges))
    threshold = max(3, pages // 2)
    drop = set()
    for line in _unique(edges):
        if _PAGE_NUMBER.match(line.text) or (pages >= 3 and counts[_shape(line)] >= threshold):
            drop.add(id(line))
    return drop


def _unique(lines: list[Line]) -> list[Line]:
    seen: set[int] = set()
    out = []
    for line in lines:
        if id(line) not in seen:
            seen.add(id(line))
            out.append(line)
    return out


def _shape(line: Line) -> str:
    return re.sub(r"\s+", "", line.text)


def paragraphs(lines: list[Line]) -> list[str]:
    """The paragraphs of consecutive lines: wrapped lines joined."""
    if not lines:
        return []
    left = _mode(round(line.x0) for line in lines)
    right = max(round(line.x1) for line in lines)
    out: list[str] = []
    current = ""
    previous: Line | None = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        em = line.size or 10
        indented = line.x0 > left + 1.5 * em
        if current and (previous is None or _ends(previous, right) or indented):
            out.append(current)
            current = ""
        current = _join(current, text)
        previous = line
    if current:
        out.append(current)
    return out


def _ends(line: Line, right: float) -> bool:
    em = line.size or 10
    return line.text.rstrip().endswith(_ENDS) or line.x1 < right - 2 * em


def _join(current: str, text: str) -> str:
    if current and re.search(r"[A-Za-z0-9,.;:]$", current) and re.match(r"[A-Za-z0-9(]", text):
        return f"{current} {text}"
    return current + text


def _mode(values: object) -> int:
    counts = Counter(values)  # type: ignore[call-overload]
    return int(counts.most_common(1)[0][0]) if counts else 0
