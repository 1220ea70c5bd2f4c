"""A figure printed on a line of its own under the words it belongs to.

News pages set a figure large under a short caption (`今年安排学前教育资金` over `92亿元`):
the two lines are one statement, read as one.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Block, Document, Paragraph
from plancmp.draft.text import fold
from plancmp.draft.units import numeric

MAX_CAPTION = 20
_CAPTION = re.compile(rf"[^。；;，,：:！？!?、\d]{{2,{MAX_CAPTION}}}")
"""A short line of words with no sentence mark and no figure of its own."""
_VALUE_LINE = re.compile(
    r"(?!(?:19|20)\d\d\s*年)(?:约|近|超过|超)?\s*\d[\d.]*\s*(?:万|亿)?\s*[^\d\s。；;，,]{1,4}"
)
"""A lone figure with its unit (`92亿元`, `约17万个`); a year on a line of its own dates a page."""


def _value_line(block: Block | None) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = fold(block.text.strip())
    return bool(_VALUE_LINE.fullmatch(text)) and numeric(text)


_SENTENCE = re.compile(r"[。！？!?]")


def _running(block: Block | None) -> bool:
    """Running text (a paragraph with a sentence in it), or no block: what stands around a
    caption and its figure; the short lines of a table printed one cell a line are not."""
    return block is None or (isinstance(block, Paragraph) and bool(_SENTENCE.search(block.text)))


def with_captions_joined(doc: Document) -> Document:
    """The document with each lone figure joined to the caption line above it, where running
    text stands around the two (not in a table printed one cell a line)."""
    blocks = list(doc.blocks)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above = out[-1] if out else None
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            isinstance(block, Paragraph)
            and _value_line(block)
            and isinstance(above, Paragraph)
            and _CAPTION.fullmatch(above.text.strip())
            and _running(below)
            and _running(out[-2] if len(out) > 1 else None)
        ):
            out[-1] = Paragraph(above.text.strip() + block.text.strip())
            continue
        out.append(block)
    return doc if len(out) == len(blocks) else doc._replace(blocks=tuple(out))
