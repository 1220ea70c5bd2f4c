"""The document model every reader produces and the drafter reads.

A reader (one per input format) turns a file into a `Document`: its blocks in
reading order, with tables as grids of cell text. Nothing after the readers
knows which format a document came in, so a new format is one new reader.
"""

from __future__ import annotations

from typing import NamedTuple


class Heading(NamedTuple):
    """A heading the format marks as one (a Word heading style, an HTML <h2>).
    Numbered headings in plain text (一、 （一） 1.) arrive as paragraphs."""

    text: str
    level: int
    """1 for the top level."""


class Paragraph(NamedTuple):
    """One paragraph of running text, its lines joined."""

    text: str


class Table(NamedTuple):
    """A table as a full grid: every row has the same number of cells.

    A merged cell's text stands in every position it covers; `merged` lists the
    positions (row, column) that repeat the cell above or to the left, so a
    reader of the grid can tell a repeat from a value printed twice.
    """

    rows: tuple[tuple[str, ...], ...]
    title: str | None = None
    """The table's caption, or the short line printed just above it."""
    merged: frozenset[tuple[int, int]] = frozenset()


Block = Heading | Paragraph | Table


class Document(NamedTuple):
    """A whole document, after any conversion to clean simplified text."""

    path: str
    blocks: tuple[Block, ...]
    conversions: tuple[str, ...] = ()
    """What was done to the text before reading it, in order, in words a reviewer can
    repeat (`繁体字转为简体字（OpenCC t2s）`); empty when the text is used as it is."""
