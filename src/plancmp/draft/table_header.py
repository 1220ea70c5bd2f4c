"""The header of a table: what each column holds, and whether the table sets targets.

A column is a name, a category, a unit, a baseline (a base year, 基数, 现状, 十三五数据),
a target (a later year, 目标值), the attribute (约束性/预期性) or a note. A table with a
target column is an indicator table; a list of construction projects or a budget is not,
whatever numbers it prints.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.document import Table
from plancmp.draft.spans import Span, find_spans
from plancmp.draft.text import LAST_PERIOD_END, PERIODS, WORKS, YEAR, compact, fold
from plancmp.draft.units import numeric, parses

DUE_COLUMN = re.compile(
    r"^(?:[预預][计計]|[计計][划劃]|[预預]期)"
    r"(?:最早)?(?:落成|竣工|完工|建成|交付|完成|投入?使用|启用|啟用)"
    r"(?:日期|[时時][间間]|年份|年月)$"
    r"|^(?:建成|投用|投入使用|启用|竣工)(?:[时時][间間]|年份)$|^(?:[计計][划劃]|[预預][计計])(?:建成|竣工|完工|投用)$"
    r"|^(?:建[设設]|[实實]施)(?:[时時]序|年度|年份)$"
    r"|^(?:完成|办结|截止|达标|整改)(?:时间|时限|期限|年度|年份)$|^(?:时限|期限|时间节点)$"
)
"""A column of due dates (`预计落成日期`, `預計竣工日期` before a page in traditional characters
is converted, a task table's `完成时限` or `时间节点`, a plan's schools' `建成时间` or `竣工时间`;
not a bare `竣工日期`, the day a list of works done prints) or of a layout plan's schedule
(`建设时序`: `2024年`, `近期`): each row is a work still to be done, due in the year its own
cell names or at the end of the phase it names. A list of works done under a report's review
is read as results all the same."""


_DUE = re.compile(
    r"((?:19|20)\d\d)(?:[.．/]\d{1,2}|年?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日)?|[上下]半年"
    r"|[春秋]季(?:学期)?|暑期)?)"
    r"(?:份)?"
    r"(?:底|末)?(?:前|以前|之前)?$"
)
"""A deadline cell (`2026年12月底`, `2026年12月底前`, `2027年6月30日前`, `2029年上半年`, `2027年底`,
`2026年9月`, `2028年前`, `2028.08`, `2027年秋季`), or a span's end (`2026—2028年`, `2026.06—2028.08`). A cell that says when work starts
(`2026年起`) or that it goes on (`长期坚持`) gives no deadline."""


def due_year(cell: str) -> int | None:
    """The year a cell of a DUE_COLUMN names (`2026年12月底` is 2026), else None."""
    found = _DUE.search(fold(compact(cell)))
    return int(found.group(1)) if found else None


ATTRIBUTES = ("约束性", "预期性")
_ATTRIBUTE_SHORT = re.compile(r"^(约束|预期)[性型]?$")
"""An attribute as a table prints it: in full (`约束性`), cut short where the column is narrow
(`约束`, `预期`), or as `约束型`."""


def attribute_of(cell: str) -> str | None:
    """The attribute a cell prints (`预期` → 预期性), or None."""
    m = _ATTRIBUTE_SHORT.match(cell.strip())
    return f"{m.group(1)}性" if m else None


_PROJECT_HEADER = re.compile(
    r"建设地点|建设规模|建设内容|起止年限|项目期限|建设单位|总投资|投资额|项目业主"
)
"""Construction project lists and budgets (a task table's 牵头单位/责任单位 sets targets):
their sites and sizes; their starts (_START_COLUMN) and kinds of works (_PROJECT_NAMED)."""
_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attribute", re.compile(r"属性|性质")),
    ("note", re.compile(r"备注|说明|原因")),
    ("rate", re.compile(r"^(?:增速|增长率?|增幅)|年均(?:增速|增长|增幅)")),
    ("score", re.compile(r"^(?:分值|得分|权重|评分|扣分)")),
    ("seq", re.compile(r"^(?:序号|编号|序)$")),
    ("unit", re.compile(r"^(?:计量|度量)?单位")),
    ("segment", re.compile(r"^学段$")),
    ("base", re.compile(r"基数|基期|现状|基准|基线|实际|完成|现值|当前|现有(?=$|值|数|水平)")),
    (
        "target",
        re.compile(
            r"目标|预期值|规划值|计划值|指标值|^(?:国家|[省市县][定级]?|评估|达标)?标准值?$"
            r"|^(?:检查|督导|巡查|抽查)?(?:频次|频率)(?:要求)?$"
        ),
    ),
    ("category", re.compile(r"类型|类别|维度|领域|方面|分类|一级|二级|板块")),
    ("name", re.compile(r"指标|名称|项目|内容")),
)
_YEAR_WORKS = re.compile(
    r"^(?:(?:19|20)\d\d年度?|年度)(?:(?:建设|工作|实施)?(?:内容|任务)|计划投资|投资计划)"
)
"""A column of one year's works (`2024年建设内容`, `年度建设内容`): the list is that year's
programme (a 民生实事 list), not a plan's pipeline of projects."""
_WORKS_TO_REACH = re.compile(r"^(?:主要)?(?:建设|工作|实施)?内容(?:及|和|与)(?:目标|任务)")
"""A column of what each project is to reach (`主要建设内容及目标`): a programme of works to do,
unless the list gives each project a span of years (a plan's pipeline)."""
_AIMS = re.compile(r"(?:年度)?(?:目标任务|任务目标|目标|预期目标|绩效目标)")
"""A column of what each project is to reach beside its works (`建设内容 | 目标任务`), or of when it
is to be done (`完成时限`, DUE_COLUMN): works to do, as `主要建设内容及目标` says in one cell."""
PIPELINE = re.compile(r"建设年限|起止年限|建设期限|项目期限|建设周期")
"""A column of the years each project takes (`建设年限`): a plan's pipeline of projects."""
LABEL_ROLES = ("seq", "category", "name", "segment", "label")


class Column(NamedTuple):
    role: str
    """name, category, seq, segment, label, unit, base, target, total, actual, current,
    earlier, rate, attribute, note, score or standard."""
    year: int | None = None
    year_inferred: bool = False


def read_header(cells: list[str], base_year: int | None, target_year: int | None) -> list[Column]:
    """The role of each column from its header text."""
    columns = [role_of(compact(c)) for c in cells]
    worded = [i for i, c in enumerate(columns) if c.role == "target" and c.year is not None]
    years = [(i, c.year) for i, c in enumerate(columns) if c.role in ("year", "period") and c.year]
    if years:
        earliest = min(y for _, y in years)
        # a first year's column starts the later ones; years all alike start nothing
        many = len({y for _, y in years}) > 1 and not any(c.role == "base" for c in columns)
        for i, year in years:
            period = columns[i].role == "period"  # `“十四五”末` beside a later one starts it
            since = base_year is None or year <= base_year or period
            is_base = (many and year == earliest and since) or _base_by(year, base_year, period)
            is_base = is_base or _stock_before(cells[i], year, target_year)
            columns[i] = Column("base" if is_base else "target", year)
    for i, c in enumerate(columns):
        if c.role in ("base", "target") and c.year is None:
            fallback = base_year if c.role == "base" else target_year
            columns[i] = Column(c.role, fallback, True)
        part = i and c.role == "label" and _PART_COLUMN.match(compact(cells[i]))
        if part and columns[i - 1].role == "target":  # `2028年托位数 | 其中：普惠性托位`
            columns[i] = columns[i - 1]  # a part of that year's figure
    columns = _totals(cells, columns)
    return _lowest_level_named(cells, _reached(_yardsticks(cells, columns), worded, base_year))


_PART_COLUMN = re.compile(r"^其中\s*[:：]?")
"""A column of a part of the target column before it (`其中：普惠性托位（个）`)."""
_TOTAL_COLUMN = re.compile(r"^(?:[一二三四五六七八九十两\d]+年)?(?:合计|总计|累计)(?:数|值)?$")


def _totals(cells: list[str], columns: list[Column]) -> list[Column]:
    """A column summing a row's yearly targets (`2024年 | 2025年 | 2026年 | 三年合计`): a target
    of its own, the total due when the last year is (`total`: tables.py names it （合计） and
    reads it only in a row whose years it sums, not a rate's last year printed again)."""
    years = [c.year for c in columns if c.role == "target" and c.year is not None]
    if len(years) < 2:
        return columns
    return [
        Column("total", max(years)) if _TOTAL_COLUMN.match(compact(t)) and c.role == "label" else c
        for c, t in zip(columns, cells, strict=True)
    ]


_STANDARD = re.compile(r"标准值?$")
_LEVELS = (
    re.compile(r"^(?:国家|全国|中央)"),
    re.compile(r"^(?:全?省|省级|省定)"),
    re.compile(r"^(?:全?市|我市|本市|市级|市定)"),
    re.compile(r"^(?:全?[县区]|我[县区]|本[县区]|[县区]级)"),
)
"""Whose targets a column heads, nation to county (`全国目标`, `省定目标`, `我市目标`, `全县目标`)."""


_OWN = re.compile(r"^(?:全|我|本)")
"""A column of the plan's own place (`我市目标`, `全县2030年目标`), not of the places under it
(`县（市、区）目标`, `市级目标` in a province's plan) nor an undated `省目标` of its own."""


_SET_ABOVE = re.compile(r"^(?:国家|国定|省定|市定)")
"""A column of what a body above sets (`省定目标`, `国家目标`): beside a column of targets that
names no place (`2030年目标`), that one is the plan's own, this the yardstick."""


def _higher(level: int | None, own: int | None) -> bool:
    return level is not None and own is not None and level < own


def _level(header: str) -> int | None:
    return next((k for k, level in enumerate(_LEVELS) if level.match(header)), None)


def _yardsticks(cells: list[str], columns: list[Column]) -> list[Column]:
    """A standard or a higher level's targets beside columns of the table's own targets
    (`国家标准 | 小学 目标（2026年）`, `省目标 | 我市2025年现状 | 我市目标`, `全国目标 | 全省目标`) is
    the yardstick they are set against, no target of the plan: read as a `standard`. The plan's
    own level is the most local a column names as its own place (`我市`, `全县`, _OWN); a column
    of a higher level beside it is the yardstick, one of the places under it (`县（市、区）目标`)
    or a column naming no place (`2027年目标`, `其中：山区26县目标`) is not. A standard beside
    an assessment's result (_ASSESSED) is a yardstick too."""
    levels = [
        _level(compact(t)) if c.role == "target" else None
        for c, t in zip(columns, cells, strict=True)
    ]
    own_level = max(
        (k for k, t in zip(levels, cells, strict=True) if k is not None and _OWN.match(compact(t))),
        default=None,
    )
    unplaced = any(c.role == "target" and k is None for c, k in zip(columns, levels, strict=True))
    standard = [
        c.role == "target"
        and (
            bool(_STANDARD.search(compact(t)))
            or _higher(k, own_level)
            or (own_level is None and unplaced and bool(_SET_ABOVE.match(compact(t))))
        )
        for c, t, k in zip(columns, cells, levels, strict=True)
    ]
    own = any(
        c.role == "target" and ("目标" in t or bool(_OWN.match(compact(t)))) and not std
        for c, t, std in zip(columns, cells, standard, strict=True)
    )
    if not own and not any(_ASSESSED.search(compact(t)) for t in cells):
        return columns  # `2025年目标标准` alone: the table's own targets
    return [Column("standard") if std else c for c, std in zip(columns, standard, strict=True)]


_ASSESSED = re.compile(r"自评结果|评估结果|评价结果|是否达标|达标情况")
"""A column of how the place measured up (`国家标准 | 禾湾区现状 | 自评结果`): the standard beside
it is what was assessed against, no target of the document."""


def _reached(columns: list[Column], worded: list[int], base_year: int | None) -> list[Column]:
    """Columns of values reached since the baseline, as a mid-term plan or review prints them
    between its baseline and its target: a later year worded as done (`2020年基数 | 2023年实际
    | 2025年目标`) is `actual`; the one plain year between a baseline and a target worded as
    such (`2020年 | 2022年 | 2025年目标`) is `current`, most likely the value reached (a
    milestone would say 目标 as the last column does), to be checked. The baseline is the
    plan's base year's column where one is; a year before it (`“十二五”末 | “十三五”末 |
    2025年目标` in a 2021–2025 plan) is `earlier`, history that is neither."""
    bases = [c.year for c in columns if c.role == "base" and c.year and not c.year_inferred]
    due = [y for i in worded if (y := columns[i].year) is not None]
    if not bases:
        return columns
    start = base_year if base_year in bases else min(bases)
    plain = [
        i
        for i, c in enumerate(columns)
        if c.role == "target" and i not in worded and c.year and due and start < c.year < min(due)
    ]
    for i, c in enumerate(columns):
        if c.role == "base" and c.year and c.year != start and not c.year_inferred:
            columns[i] = Column("actual" if c.year > start else "earlier", c.year)
    if len(plain) == 1:
        columns[plain[0]] = Column("current", columns[plain[0]].year)
    return columns


def _lowest_level_named(cells: list[str], columns: list[Column]) -> list[Column]:
    """Levels of indicators and no name column (`一级指标 | 二级指标 | 2030年`, `一级 | 二级`):
    the lowest level holds the indicators' names, the levels above it their groups; a kind
    of things counted alone beside the values (`类别 | 单位 | 2026年 | 2027年`) names them."""
    if any(c.role == "name" for c in columns):
        return columns
    levels = [i for i, c in enumerate(columns) if c.role == "category"]
    named = [i for i in levels if "指标" in cells[i]]
    alone = (
        len(levels) == 1
        and not any(c.role in ("label", "note") for c in columns)
        and not any(c.role in ("base", "target") and c.year_inferred for c in columns)
    )  # not `类别 | 目标 | 2026年`, whose 目标 column names the indicators
    if named or len(levels) > 1 or alone:
        columns[(named or levels)[-1]] = Column("name")
    return columns


def _stock_before(cell: str, year: int, target_year: int | None) -> bool:
    """`2026年底疑似辍学人数（人）` in a table for 2027: what stood at the end of a year before
    the table's own, its baseline."""
    return target_year is not None and year < target_year and bool(_YEAR_END.search(cell))


_YEAR_END = re.compile(r"(?:19|20)\d\d\s*年\s*(?:底|末)")


def _base_by(year: int, base_year: int | None, period: bool) -> bool:
    """Whether a year column is the baseline: at or before the plan's base year. A plan of
    unknown years has only its columns named by a period alone (`“十二五”末`, `十三五`) as
    baseline, when that period is finished for such a text (LAST_PERIOD_END or before), as
    `“十三五”末` is in a 十四五 plan; a plain year is not (read_header still takes the earliest
    of several year columns as baseline)."""
    if base_year is not None:
        return year <= base_year
    return period and year <= LAST_PERIOD_END


_NEUTRAL_VALUE = re.compile(r"^(?:指标值|数值)(?:19|20)\d\d年?$")
"""`指标值` over a year names no role (a plan's columns `2025年 | 2030年` under one
`指标值` are its baseline and its target): the year decides, as a bare year column's does."""


def role_of(text: str) -> Column:
    """The role a header cell gives its column (`label` for a word that names none). A
    five-year period with no word of a role (`“十二五”末`, `十三五期末值`, `2015年（十二五末）`) is
    the year it ends, baseline or target as the plan's years make it (read_header)."""
    if not text:
        return Column("empty")
    if DUE_COLUMN.match(text):
        return Column("label")  # `完成时限`: when each row is due, no value column
    years = [int(y) for y in YEAR.findall(text)]
    period = next((end for name, end in PERIODS.items() if name in text), None)
    for role, pattern in _ROLE_WORDS:
        if role in _AFTER_PERIOD and period is not None:
            return Column("period", years[-1] if years else period)
        if pattern.search(text):
            if role == "target" and years and _NEUTRAL_VALUE.match(text):
                return Column("year", years[-1])
            if role in ("base", "target"):
                year = years[-1] if years else period
                return Column(role, year)
            if years and role not in ("attribute", "note", "rate"):
                break
            return Column(role)
    if years:
        return Column("year", years[-1])
    return Column("label")


_AFTER_PERIOD = ("category", "name")
"""The roles a period's name outranks (`十三五规划指标` is the period's column, not names)."""


_PROJECT_COUNT = re.compile(r"项目[\u4e00-\u9fff]{0,2}?(?:个数|数)")
"""A column that counts projects (`项目数`, `项目园数`, `工程项目个数`): a summary of the
projects by place or kind, not a list of them (a list has a row for each project)."""


def is_project_list(header: list[str]) -> bool:
    """Construction project lists and budgets: their numbers are not targets. A cell of running
    text (`…，主要建设内容为…。`) heads no column: a form's value, not a header's name."""
    cells = [compact(c) for c in header if not running_text(c)]
    joined = "".join(cells)
    started = any(_START_COLUMN.fullmatch(c) for c in cells)
    kinds = "建设性质" in cells and any(_PROJECT_NAMED.search(c) for c in cells)
    listed = _PROJECT_HEADER.search(joined) or started or kinds
    return bool(listed) and not _PROJECT_COUNT.search(joined)


_PROJECT_NAMED = re.compile(r"^(?:项目|学校|工程)(?:名称)?$")
"""A column naming each project (`项目名称`, `学校名称`): with a column of its kind of works
(`建设性质`: 新建, 改扩建), a list of projects."""


_START_COLUMN = re.compile(r"(?:计划|预计)?开工(?:时间|日期|年月)?")
"""A column of each project's start (`计划开工`, `开工时间`), a whole header cell: not a count of
works started (`计划开工项目（个）`), which a year's target table may hold."""


def running_text(cell: str) -> bool:
    """A cell of sentences (a full stop, or over forty characters with a comma): a form's or a
    task's text, never a column's name."""
    text = compact(cell)
    return bool(re.search(r"[。；;]", text) or (len(text) > 40 and re.search(r"[，,]", text)))


def one_project(table: Table) -> bool:
    """A table of one project (a header and its one row, or a form flattened into two rows):
    what describes it sets its targets, as a plan's list of several projects does not."""
    return len(table.rows) <= 2


def is_year_works(header: list[str]) -> bool:
    """A project list of works to do (one year's, or each with what it is to reach, and no
    pipeline's span of years): what each project does is a target."""
    if not is_project_list(header):
        return False
    cells = [compact(c) for c in header]
    if any(_YEAR_WORKS.match(c) for c in cells):
        return True
    pipeline = any(PIPELINE.search(c) for c in cells)
    to_reach = any(_WORKS_TO_REACH.match(c) or _AIMS.fullmatch(c) for c in cells)
    return (to_reach or any(DUE_COLUMN.match(c) for c in cells)) and not pipeline


_GLUED_NUMBER = re.compile(r"[\u4e00-\u9fff]\d+(?:\.\d+)?$")
"""A cell whose words run into a number (`规章制度建立与否20`, a value or score glued on
where cells ran together) is a row of the table, never a header naming a year."""


def header_rows(table: Table) -> int:
    """How many rows at the top are header: the first, and below it up to two rows that
    hold no value and name years or units (`2020年 | 2025年` under `目标值`)."""
    if not table.rows or any(is_value_cell(c) for c in table.rows[0]):
        return 0
    n = 1
    for row in table.rows[1:3]:
        cells = [compact(c) for c in row]
        if any(is_value_cell(c) or attribute_of(c) or _GLUED_NUMBER.search(c) for c in cells):
            break
        if not (
            any(role_of(c).role in ("year", "period", "base", "target", "unit") for c in cells)
            or _measures_under_spans(table.rows[n - 1], cells)
            or _units_wrapped(cells)
        ):
            break
        n += 1
    return n


UNIT_CLOSE = re.compile(r"[（(][^（）()]{1,6}[）)]$")
"""A header cell's closing unit in brackets (`（%）`, `新建(所)`)."""


def _units_wrapped(cells: list[str]) -> bool:
    """The rest of a header wrapped onto a second line (`2025年毛入园率` over `（%）`,
    `2030年普惠性幼儿园` over `覆盖率（%）`): every filled cell closes on a unit in brackets."""
    filled = [c for c in cells if c]
    return len(filled) > 1 and all(UNIT_CLOSE.search(c) for c in filled)


def _measures_under_spans(above: tuple[str, ...], cells: list[str]) -> bool:
    """A row of measures (`新建(所) | 新增学位(个)`) under a header row whose cells span them
    (`近期（2026—2030年）` over both): cells the row above prints twice side by side, each split
    into measures below."""
    spans = [
        c
        for c in range(1, min(len(above), len(cells)))
        if above[c].strip() and above[c] == above[c - 1]
    ]
    return bool(spans) and all(cells[c] and cells[c] != cells[c - 1] for c in spans)


def header_again(row: tuple[str, ...], header: tuple[tuple[str, ...], ...]) -> bool:
    """A row that prints a header row again, as a table copied across a page break does."""
    cells = tuple(c.strip() for c in row)
    return any(cells == tuple(c.strip() for c in h) for h in header)


def is_value_cell(cell: str) -> bool:
    """A cell that prints a number a plan could set (not a year, not a name); a year
    wrapped before its 年 (`2025<br>年`) or before its role (`2030年<br>目标`) in a narrow
    header cell is still a year."""
    text = fold(cell).strip()
    years = (re.sub(r"\s*年.*$", "", text), re.sub(r"\s*年\D*$", "", text))
    return (
        bool(re.search(r"\d", text))
        and not any(YEAR.fullmatch(year) for year in years)
        and (numeric(text) or bool(find_spans(text)))
    )


def merged_header(table: Table, n: int) -> list[str]:
    """The header rows joined column by column (`目标值` over `2025年` → `目标值2025年`)."""
    width = max(len(r) for r in table.rows)
    out = []
    for col in range(width):
        parts: list[str] = []
        for row in table.rows[:n]:
            cell = row[col].strip() if col < len(row) else ""
            if cell and cell not in parts:
                parts.append(cell)
        out.append("".join(parts))
    return out


_PAGE_FIELD = re.compile(
    r"(?:索引号|信息索取号|信息名称|标题|公开日期|发布日期|成文日期|生效日期|失效日期|文号|发文字号"
    r"|发布机构|发文机关|公开程序|公开方式|公开范围|主题分类|主题词|体裁分类|信息分类|有效性|效力状态)[:：]?"
)
"""The fields a government page's open-information box prints above the text (索引号, 文号,
发布机构, 公开日期…)."""


def is_page_fields(table: Table) -> bool:
    """A page's open-information box read as a table (`索引号 | jyjl/2021-00030`, `文号 |
    发布机构 舟曲县教育局`): page furniture, no indicators, whatever its cells hold."""
    firsts = [compact(row[0]) for row in table.rows if row]
    fields = sum(bool(_PAGE_FIELD.fullmatch(cell)) for cell in firsts)
    return fields >= 2 and 2 * fields > len(firsts)


_PAY = r"补贴|补助|津贴|奖励金|奖补|资助金"
_PAY_SCALE_TITLE = re.compile(rf"(?:{_PAY}|奖励|资助)(?:标准|额度)(?:表|一览表)?$")
_NOT_PAY = re.compile(r"率|比例|覆盖|人数|人次|人均|数$")
_PAY_COLUMN = re.compile(
    rf"^[\u4e00-\u9fff]{{0,6}}(?:{_PAY})(?:标准|金额|额度)?(?:[（(][^（）()]{{1,12}}[)）])?$"
)


def is_pay_scale(table: Table) -> bool:
    """A table of what is paid to whom (`全职引进高层次教育人才补贴标准`: `人才类别 | 安家补贴（万元）
    | 岗位津贴（元/月）`), by its title or by two or more columns after the first, each a
    payment's name (not a form's `薄弱学校改造补助资金`): subsidy standards, which set no
    targets."""
    named = [compact(row[0]) for row in table.rows[1:] if row]
    if any(YEAR.search(n) for n in named):
        return False  # `2026年 | 5 | 600`: a schedule of raised standards, each year's target
    if _PAY_SCALE_TITLE.search(compact(table.title or "")) and not any(
        _NOT_PAY.search(n) for n in named
    ):
        return True  # not a plan to raise them with its coverage rates (`生活补助覆盖率`)
    header = list(dict.fromkeys(compact(c) for c in table.rows[0][1:])) if table.rows else []
    return len(header) >= 2 and all(_PAY_COLUMN.match(c) for c in header)


_VERDICT_COLUMN = re.compile(
    r"(?:自评|自查|评估|评价|认定|核查|督导)(?:结果|结论|意见)?|是否达标|达标(?:情况|与否)"
)
_VERDICT = re.compile(r"(?:基本|已)?(?:达标|合格|符合|达到)|是|[√✓✔]")
"""A verdict that a row meets its standard: a table of such verdicts reports, where one that
falls short (`未达标`, `否`) shows a gap a plan may set out to close."""


def is_assessment(table: Table) -> bool:
    """A table that judges each row against a standard (`评估指标 | 国家标准 | 本县现状 | 自评`,
    `达标` down the last column): a self-assessment's findings, where things stand beside the
    yardstick, so neither column is a target; unless a column sets what is to be reached
    (`目标（2027年）`, `整改目标及时限`)."""
    heads = [compact(c) for row in table.rows[:2] for c in row]
    if len(table.rows) < 2 or any("目标" in c for c in heads):
        return False
    for c, cell in enumerate(table.rows[0]):
        if not _VERDICT_COLUMN.fullmatch(compact(cell)):
            continue
        below = [compact(row[c]) for row in table.rows[1:] if c < len(row) and row[c].strip()]
        if below and all(_VERDICT.fullmatch(v) for v in below):
            return True
    return False


def is_indicator_table(table: Table, base_year: int | None, target_year: int | None) -> bool:
    """A table with a target column and at least one value under it."""
    n = header_rows(table)
    if n == 0 or n == len(table.rows):
        return False
    header = merged_header(table, n)
    if is_project_list(header) and not _works_by_year(table, n, header):
        return False
    columns = read_header(header, base_year, target_year)
    targets = [i for i, c in enumerate(columns) if c.role == "target"]
    if targets and _review_of_targets(header, columns, targets):
        return False
    cells = [row[i].strip() for row in table.rows[n:] for i in targets if row[i].strip()]
    sentences = sum(_is_sentence(c) for c in cells)
    return bool(targets) and sentences * 2 <= len(cells)


_KIND_OF_WORKS = re.compile(rf"^(?:{WORKS}|改造|建设|新增|配备|购置|维修|更新)")


def _works_by_year(table: Table, n: int, header: list[str]) -> bool:
    """A schedule of kinds of works by year (`建设内容 | 单位 | 2026年 | 2027年 | 2028年` over
    `新建、改扩建学校食堂 | 所 | 8 | 7 | 5`): a plan's yearly targets, not a project list; each
    row names a kind of works (a verb first) and none is counted in money (a project's yearly
    investment, `县第一中学新校区建设 | 万元 | 5000 | 8000`, is a list's). Rows counted in three
    units or more (`间`, `所`, `人次`, `%`, `万元`) are a plan's targets by year too: a list's
    projects share one. A row number may come first (`序号 | 建设内容 | …`)."""
    cells = [compact(h) for h in header]
    lead = 1 if cells[:1] == ["序号"] else 0
    years = sum(bool(re.fullmatch(r"(?:19|20)\d\d年度?", c)) for c in cells)
    if (
        len(cells) <= lead
        or cells[lead] != "建设内容"
        or years < 2
        or _PROJECT_HEADER.search("".join(cells[lead + 1 :]))
    ):
        return False
    rows = [row for row in table.rows[n:] if len(row) > lead and row[lead].strip()]
    unit = cells.index("单位") if "单位" in cells else None
    units = {compact(row[unit]) for row in rows if unit is not None and unit < len(row)} - {""}
    money = any("元" in u for u in units)
    works = all(_KIND_OF_WORKS.match(compact(r[lead])) for r in rows)
    return bool(rows) and ((works and not money) or len(units) >= 3)


_DONE = re.compile(r"完成|实际")
"""A column of what was achieved (`2025年完成`, `实际完成值`), not of a state at the start."""


def _review_of_targets(header: list[str], columns: list[Column], targets: list[int]) -> bool:
    """A table of a past plan's targets beside what was achieved by their year (`2025年目标 |
    2025年完成`): a review, whose targets are due already, not a plan's own."""
    done = [c.year for h, c in zip(header, columns, strict=False) if _DONE.search(h) and c.year]
    due = [columns[i].year for i in targets]
    return bool(done) and all(y is not None and y <= max(done) for y in due)


_PART_OF_CELL = re.compile(
    r"^(?P<whole>.+?)\s*[，,；;\n]?\s*[（(]?\s*其中\s*[：:]?\s*(?P<part>.+?)\s*[)）]?$", re.S
)
_PART_VERB = re.compile(r"\s*(?:应|须|要)?(?:达到|达|为)?\s*$")


def own_part(cell: str, unit: str | None) -> tuple[str, tuple[str, str] | None]:
    """A target cell that prints a part's target after the whole's (`≥22，其中乡村学校≥15`,
    `≥22\n（其中乡村学校≥15）`): the whole's value, and the part's name and value; the cell as
    it is, and None, when the cell holds no such part."""
    m = _PART_OF_CELL.match(cell.strip())
    if m is None or not parses(m["whole"], unit):
        return cell, None
    part = m["part"]
    spans = find_spans(part)
    if len(spans) != 1 or part[spans[0].end :].strip(" ）)。"):
        return cell, None
    who = _PART_VERB.sub("", part[: spans[0].start]).strip(" ：:")
    if not who or not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,12}", who):
        return cell, None
    return m["whole"], (who, part[spans[0].start : spans[0].end])


def _is_sentence(cell: str) -> bool:
    """Words with a comma or full stop, or a verb and its object around a value (`新增托位
    1500个`): a task's text, not an indicator's value (`≥95%`, `1.2万个`, `全覆盖`)."""
    if own_part(cell, None)[1] is not None:
        return False  # `≥22，其中乡村学校≥15`: two values, the whole's and a part's
    if _SENTENCE.search(cell) and _WORDS.search(cell):
        return True
    spans = find_spans(cell)
    if not spans:
        return False
    outside = "".join(cell[a:b] for a, b in _gaps(spans, len(cell)))
    return bool(_WORDS.search(outside))


def _gaps(spans: list[Span], end: int) -> list[tuple[int, int]]:
    starts = [0, *(s.end for s in spans)]
    ends = [*(s.start for s in spans), end]
    return list(zip(starts, ends, strict=True))


_SENTENCE = re.compile(r"[。，,；;]")
_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
"""A target cell with words and a comma or full stop is a sentence: a task table's
`年度任务目标` (read as prose), not an indicator's value."""
