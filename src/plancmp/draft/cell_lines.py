"""A list copied one cell a line: a line naming a thing, then a line of its figure.

    新安小学
    新增学位1080个
    八一路小学
    新增学位360个

The figure's line names only the measure (`新增学位`); what it counts for is the line
above it, a short line with no number and no sentence mark (a school, a site, a place).
The figure is named `measure（thing）` and takes the stage the thing names (a 小学's places
are 小学 places) where its own words name none.
"""

from __future__ import annotations

import re

from plancmp.draft.found import Found
from plancmp.draft.sections import numbering
from plancmp.draft.segments import abbreviated_segment, topic_segment

SUBJECT_MAX = 24
"""A line longer than this is a sentence or a title, not one cell of a list."""
VALUE_MAX = 16
"""A figure's line longer than this says more than a measure and its value."""
_SENTENCE = re.compile(r"[，,。；;：:！!？?、]")
_MARKS = re.compile(r"[，,。；;：:！!？?、\d０-９]")


def subject_line(text: str) -> str | None:
    """The thing a line names, if it can be a list's name cell: short, no digit, no
    sentence mark and no heading number."""
    line = text.strip()
    if not line or len(line) > SUBJECT_MAX or _MARKS.search(line) or numbering(line):
        return None
    return line


def _value_line(f: Found) -> bool:
    quote = f.quote.strip()
    return f.kind == "prose" and len(quote) <= VALUE_MAX and not _SENTENCE.search(quote)


def named_by(found: list[Found], subject: str | None) -> list[Found]:
    """The figures of one short line, each named for the thing the line above names."""
    if subject is None or len(found) != 1 or not _value_line(found[0]):
        return found
    f = found[0]
    if subject in f.name:
        return found
    segment = f.segment or abbreviated_segment(subject) or topic_segment(subject)
    return [f._replace(name=f"{f.name}（{subject}）", segment=segment)]
