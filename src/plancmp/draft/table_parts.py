"""Tables inside tables: two tables printed side by side in one grid, an indicator
table inside a form (a performance-target table's particulars and funds above it), and
a table whose years each hold a column per stage.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plancmp.draft.document import Block, Document, Table
from plancmp.draft.segments import segment_of
from plancmp.draft.table_header import (
    LABEL_ROLES,
    UNIT_CLOSE,
    Column,
    header_again,
    is_indicator_table,
    role_of,
)
from plancmp.draft.text import compact

_VALUE_ROLES = ("base", "target", "actual", "current", "earlier", "attribute", "unit", "note")


def column_groups(columns: list[Column]) -> list[list[int]]:
    """The columns of each table printed side by side in one (a performance table's
    `二级指标(长期)…指标值(长期)` beside `二级指标(年度)…指标值(年度)`): the same run of
    roles repeated, each run with the columns before the first run (一级指标). One group
    for an ordinary table."""
    roles = [c.role for c in columns]
    whole = [list(range(len(roles)))]
    last = max(
        (
            i
            for i in range(1, len(roles))
            if roles[i] in LABEL_ROLES and roles[i - 1] in _VALUE_ROLES
        ),
        default=None,
    )
    if last is None or "target" not in roles[last:]:
        return whole
    period = len(roles) - last
    starts = [last]
    while starts[0] - period >= 0 and roles[starts[0] - period : starts[0]] == roles[last:]:
        starts.insert(0, starts[0] - period)
    if len(starts) < 2:
        return whole
    lead = list(range(starts[0]))
    return [lead + list(range(s, s + period)) for s in starts]


_WHEN_WORDS = re.compile(
    r"(?:现状|近期|中期|远期|目标|基期)?\s*[（(]?\s*(?:(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*)?"
    r"(?:19|20)\d\d\s*年?(?:底|末)?\s*[）)]?|(?:现状|近期|中期|远期)|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末)?"
)
"""The words of a column's header that say when (`近期（2026—2030年）`, `2030年`, `“十五五”`)."""
_GOAL_WORD = re.compile(r"(?:目标|预期|规划)值?$")
"""A measure's goal word (`普惠率目标`), or a column that is only a goal (`2030年目标`): the goal of
the measure named before it."""
_STOCK = re.compile(r"^(?:现有|现状)")
_PLACES_LABEL = re.compile(r"设区市|地区|县|区|市|乡镇|街道|片区")
"""A first column of places (`设区市`, `县（市、区）`): its rows name where, not what."""


def measure_groups(header: list[str], columns: list[Column]) -> list[tuple[list[int], str]]:
    """A table whose rows name only stages or places (`学段 | 幼儿园`, `设区市 | 福州市`) under
    columns of two measures or more (`近期（2026—2030年）` over `新建(所) | 新增学位(个)`,
    `2030年毛入园率（%） | 2030年普惠性幼儿园覆盖率（%）`): the columns of each measure with the
    row labels, and the measure, which names the rows' targets; and rows of items under year
    columns that each print one measure (`专业（群） | 中职在校生2025年（人） | 中职在校生2030年
    目标（人）`), its columns alone. Empty for any other table.
    `header`: the table's header rows merged (table_header.merged_header)."""
    roles = [c.role for c in columns]
    labels = [
        c
        for c, role in enumerate(roles)
        if role in LABEL_ROLES and not (c and _STOCK.match(compact(header[c])))
    ]  # a column of what stands now (`现有县中（所）`) is none's measure: left out
    if labels[:1] != [0]:
        return []
    places = labels == [0] and (roles[0] == "segment" or _PLACES_LABEL.search(header[0]))
    measures: dict[str, list[int]] = {}
    before = ""
    printed = set()  # the columns that print their measure themselves
    for c, role in enumerate(roles):
        measure = UNIT_CLOSE.sub("", _WHEN_WORDS.sub("", compact(header[c]))).strip()
        measure = _GOAL_WORD.sub("", measure)
        printed |= {c} if measure else set()
        measure = measure or before  # `2030年目标` after `2025年毛入园率`
        if role in ("target", "base") and measure:
            measures.setdefault(measure, []).append(c)
            before = measure
    aimed = [m for m, cs in measures.items() if any(roles[c] == "target" for c in cs)]
    if places and len(aimed) >= 2:
        return [(labels + measures[m], m) for m in aimed]
    one = aimed[0] if len(aimed) == 1 and roles[0] == "label" else ""
    named = _ONE_MEASURE.fullmatch(one) and role_of(one).role == "label"  # not `基数`, `目标数`
    if named and printed.issuperset(measures[one]):
        return [([0, *measures[one]], one)]
    return []


_ONE_MEASURE = re.compile(r"(?!数值|数据|数量|指标)[\u4e00-\u9fff]{2,12}")
"""The one measure a table's year columns all name (`中职在校生2025年（人）`, `中职在校生2030年
目标（人）`) over rows of items (`专业（群）`): it names each row's targets, as a measure of several
names a place's (`中职在校生（护理）`); not a word that names no measure (`数值`)."""


def sub_table(table: Table, keep: list[int]) -> Table:
    """The table with only the columns `keep`, in that order."""
    rows = tuple(tuple(row[c] for c in keep) for row in table.rows)
    where = {c: k for k, c in enumerate(keep)}
    merged = frozenset((r, where[c]) for r, c in table.merged if c in where)
    return table._replace(rows=rows, merged=merged)


def inner_header(table: Table, base_year: int | None, target_year: int | None) -> int | None:
    """The row where an indicator table starts inside a form (a performance-target table
    whose project particulars and funds come first): a row of header words only, under
    which the rows read as an indicator table. None when there is none."""
    if is_indicator_table(table, base_year, target_year):
        return None
    for r in range(1, len(table.rows) - 1):
        cells = [compact(c) for c in table.rows[r] if c.strip()]
        if len(set(cells)) < 3 or any(role_of(c).role == "label" for c in cells):
            continue  # not every cell a header word (`发文日期:`, a value)
        if is_indicator_table(_from_row(table, r), base_year, target_year):
            return r
    return None


def _from_row(table: Table, r: int) -> Table:
    merged = frozenset((row - r, c) for row, c in table.merged if row >= r)
    return table._replace(rows=table.rows[r:], merged=merged)


def split_forms(doc: Document, base_year: int | None, target_year: int | None) -> Document:
    """The document with each form that holds an indicator table split in two tables:
    the form's rows, then the indicator table (see `inner_header`)."""
    blocks: list[Block] = []
    for block in doc.blocks:
        r = inner_header(block, base_year, target_year) if isinstance(block, Table) else None
        if r is None:
            blocks.append(block)
            continue
        assert isinstance(block, Table)
        form = block._replace(
            rows=block.rows[:r], merged=frozenset(m for m in block.merged if m[0] < r)
        )
        blocks.extend([form, _from_row(block, r)])
    return doc._replace(blocks=tuple(blocks))


def stage_rows(table: Table, lines: tuple[str, ...] | None) -> tuple[Table, tuple[str, ...] | None]:
    """A header of years over stages (`指标 | 2020年 | | 2025年 |` over `| 小学 | 初中 | 小学 |
    初中`) read as a row per indicator and stage under a `学段` column (`生师比 | 小学 | 17.5 |
    17`), so that each stage's baseline and target pair. Each new row quotes the row as
    printed (`lines`, else its cells); the header printed again among the rows (a page break)
    is left out. The table unchanged where its second row is no such header: each year (or
    baseline, target) over each stage once, the stages side by side."""
    if len(table.rows) < 3 or len(table.rows[1]) != len(table.rows[0]):
        return table, lines
    top, under = table.rows[0], table.rows[1]
    upper, lower = top, list(under)
    at = [j for j, cell in enumerate(under) if segment_of(cell)]
    if len(at) < 2:  # stages over years (`小学 | | 初中 |` over `现状 | 目标 | 现状 | 目标`)
        upper, lower = under, _filled(top)
        at = _stage_run(lower, under)
    if len(at) < 2 or at != list(range(at[0], at[-1] + 1)):
        return table, lines
    if any(under[j].strip() not in ("", top[j].strip()) for j in range(len(top)) if j not in at):
        return table, lines  # a label row of its own, not a header over the values
    spans = [upper[j].strip() for j in at]
    for k in range(1, len(spans)):
        spans[k] = spans[k] or spans[k - 1]  # a year printed once over its stages
    stages = [stage for j in at if (stage := segment_of(lower[j]))]
    years, kinds = list(dict.fromkeys(spans)), list(dict.fromkeys(stages))
    where = {(y, s): j for y, s, j in zip(spans, stages, at, strict=True)}
    timed = all(role_of(compact(y)).role in _TIMED for y in years)
    if not timed or len(kinds) < 2 or len(where) != len(at) or len(at) != len(years) * len(kinds):
        return table, lines
    lead, tail = range(at[0]), range(at[-1] + 1, len(top))
    header = ("学段", *(top[j] for j in lead), *years, *(top[j] for j in tail))

    def split(cells: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [
            (stage, *(cells[j] for j in lead), *(cells[where[y, stage]] for y in years),
             *(cells[j] for j in tail))
            for stage in kinds
        ]  # fmt: skip

    return _pivoted(table, lines, header, split)


def _pivoted(
    table: Table,
    lines: tuple[str, ...] | None,
    header: tuple[str, ...],
    split: Callable[[tuple[str, ...]], list[tuple[str, ...]]],
) -> tuple[Table, tuple[str, ...]]:
    """The table under a two-row header read again as `header` over the rows `split` makes of
    each row below it (padded to the header's width), each quoting the row as printed (`lines`,
    else its cells); the header printed again among the rows (a page break) is left out."""
    top, under = table.rows[0], table.rows[1]
    rows = [header]
    quotes = [lines[0] if lines else "\t".join(top).rstrip("\t")]
    for r, row in enumerate(table.rows[2:], start=2):
        if header_again(row, (top, under)):
            continue
        made = split((*row, *("",) * (len(top) - len(row))))
        rows += made
        quotes += [lines[r] if lines and r < len(lines) else "\t".join(row).rstrip("\t")] * len(
            made
        )
    return table._replace(rows=tuple(rows), merged=frozenset()), tuple(quotes)


def measure_rows(
    table: Table, lines: tuple[str, ...] | None
) -> tuple[Table, tuple[str, ...] | None]:
    """A header of years over measures (`学段 | 现状（2025年） | | 近期（2027年） |` over `| 学校数（所）
    | 学位数（个） | 学校数（所） | 学位数（个）`, a layout plan's) read as a row per row label and
    measure (`幼儿园学位数（个） | 47,100 | 46,800`), so each measure's baseline and targets pair.
    Each new row quotes the row as printed. The table unchanged where its second row names no
    measures repeated under each year."""
    if len(table.rows) < 3 or len(table.rows[1]) != len(table.rows[0]):
        return table, lines
    top, under = table.rows[0], table.rows[1]
    lead = 0
    while lead < len(top) and compact(under[lead]) in ("", compact(top[lead])):
        lead += 1
    measures = [compact(c) for c in under[lead:]]
    kinds = list(dict.fromkeys(measures))
    k = len(kinds)
    if not lead or k < 2 or len(measures) < 2 * k or measures != kinds * (len(measures) // k):
        return table, lines
    if not all(role_of(m).role == "label" and _MEASURE.fullmatch(m) for m in kinds):
        return table, lines
    if any(_PLACE.match(m) for m in kinds):
        return table, lines
    groups = [list(range(j, j + k)) for j in range(lead, len(top), k)]
    years = [top[g[0]].strip() for g in groups]
    for g in groups:  # a year printed once over its measures (or, in a PDF, the cell below)
        if any(compact(top[j]) not in ("", compact(top[g[0]]), compact(under[j])) for j in g):
            return table, lines
    if not all(role_of(compact(y)).role in _TIMED for y in years):
        return table, lines
    label = _label_column(top, lead)

    def split(cells: tuple[str, ...]) -> list[tuple[str, ...]]:
        named = [cells[label].strip() + under[lead + m].strip() for m in range(k)]  # 幼儿园学位数
        return [(named[m], *(cells[g[m]] for g in groups)) for m in range(k)]

    return _pivoted(table, lines, ("指标", *years), split)


def _label_column(top: tuple[str, ...], lead: int) -> int:
    """The lead column nearest the values that names the rows (`学段` after `类别`), not their
    unit, a number or a remark; the last lead column where none does."""
    roles = [role_of(compact(top[j])).role for j in range(lead)]
    named = [j for j, role in enumerate(roles) if role in LABEL_ROLES and role != "seq"]
    return named[-1] if named else lead - 1


_MEASURE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[(（][^()（）\d]{1,6}[)）])?")
"""A measure a column counts (`学校数（所）`, `学位数（个）`, `班级`), with its unit, if any."""
_PLACE = re.compile(r"城区|乡村|城镇|农村|镇区|县城|城市|街道|乡镇|全[市县区]|[东西南北]部")
"""Columns of places (`城区 | 乡村`, `城区（所）`): a table's figures by place, no measures."""


def _filled(row: tuple[str, ...]) -> list[str]:
    """A header row with each empty cell after a stage given that stage (`小学 | | 初中 |`: each
    stage printed once over its columns)."""
    out = list(row)
    for j in range(1, len(out)):
        if not out[j].strip() and segment_of(out[j - 1]):
            out[j] = out[j - 1]
    return out


def _stage_run(stages: list[str], under: tuple[str, ...]) -> list[int]:
    """The columns under stages printed over years or roles (`stages`, each one filled over
    its columns): from the first stage on, each under a stage whose cell below is a year, a
    baseline or a target."""
    first = next((j for j, cell in enumerate(stages) if segment_of(cell)), None)
    if first is None:
        return []
    run = []
    for j in range(first, len(stages)):
        if not segment_of(stages[j]) or role_of(compact(under[j])).role not in _TIMED:
            break
        run.append(j)
    return run


_TIMED = ("year", "period", "base", "target", "actual", "current")
"""The roles of a header cell that may stand over stages: a year, a period, a baseline or a
target (`2020年`, `“十四五”末`, `现状值`, `目标值`), not a place (`东城`)."""
