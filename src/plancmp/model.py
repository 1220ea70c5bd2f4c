"""The value objects every other module shares. No I/O, no imports of ours.

They are NamedTuples: immutable, and about five times cheaper to define than
frozen dataclasses, which every command pays for at start-up (and cheaper to make:
a large dataset makes hundreds of thousands). `._replace()` gives a changed copy,
`._asdict()` a dict. Being tuples, they compare equal to a tuple of the same
fields, can be unpacked and iterated, and json.dumps writes them as arrays: use
the field names (and export.py for JSON), never positions.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

OPS = (">", ">=", "<", "<=", "=", "range", "trend", "text", "change", "growth")
"""`change`: a signed change from the baseline in the record's unit (提高5个百分点 → 5);
`growth`: a signed relative change in percent (增长10% → 10, 翻一番 → 100)."""
NUMERIC_OPS = (">", ">=", "=", "<", "<=", "range")
"""The ops whose targets have a number to rank by."""
SCOPES = ("level", "cumulative", "per_year")
SCOPE_ZH = {"level": "水平", "cumulative": "期间累计", "per_year": "每年"}
SEGMENTS = ("学前", "小学", "初中", "义务教育", "高中段", "中职")
SEGMENT_WORDS = {
    "学前段": "学前",
    "幼儿园": "学前",
    "幼稚园": "学前",
    "学前教育": "学前",
    "学前教育段": "学前",
    "小学段": "小学",
    "初中段": "初中",
    "义务": "义务教育",
    "义务段": "义务教育",
    "义务教育段": "义务教育",
    "义务教育阶段": "义务教育",
    "高中": "高中段",
    "普高": "高中段",
    "高中教育": "高中段",
    "普通高中": "高中段",
    "高中阶段": "高中段",
    "职高": "中职",
    "中职学校": "中职",
    "中等职业学校": "中职",
    "职业中专": "中职",
    "中等职业教育": "中职",
}
"""How the documents name segments: what the drafter reads as one (draft/segments.py) and
a user may type (`--segment 义务段`, `--segment 普高`)."""
ATTRIBUTES = ("约束性", "预期性")
KINDS = ("five_year_plan", "five_year_outline", "annual_work_points", "action_plan", "opinion")
"""What a plan document is: a five-year plan or outline, a year's work points, an action plan
or programme (行动计划, 实施方案), or a government's opinion on a field (实施意见, 意见)."""
PLAN_KIND_ZH = {
    "five_year_plan": "五年规划",
    "five_year_outline": "五年思路",
    "annual_work_points": "年度工作要点",
    "action_plan": "行动计划",
    "opinion": "实施意见",
}
LEVELS = ("区", "县", "县级市", "市", "省")
HEIGHT = {"区": 0, "县": 0, "县级市": 0, "市": 1, "省": 2}
"""How high a level stands: a plan is held to the plans of the jurisdictions above it."""
PLACE_SUFFIXES = ("自治区", "省", "市")
"""Dropped when jurisdictions are matched: `杭州`, `杭州市` name the same city."""
CATEGORIES = (
    "学前教育",
    "义务教育",
    "高中教育",
    "特殊教育",
    "终身教育",
    "教师队伍",
    "健康",
    "保障",
    "综合",
)
BETTER = ("higher", "lower", "neutral")
BETTER_ZH = {"higher": "越高越好", "lower": "越低越好", "neutral": "规模（无方向）"}
POINTS = "个百分点"
"""The printed unit of a yearly change in percentage points (每年下降1个百分点)."""


class Value(NamedTuple):
    """A printed value after parsing: comparator, number(s) in the base unit."""

    op: str
    """One of OPS."""
    value: Decimal | None = None
    """The number in the base unit; the low end of a range; the yearly rate of a trend."""
    value_max: Decimal | None = None
    """The high end of a range, else None."""
    unit: str | None = None
    """The base unit the numbers are in (`%`, `人`, `元`), or None when unitless."""
    printed_unit: str | None = None
    """The unit as printed (`万人`), before normalization."""
    approx: bool = False
    """True when the document says 约 (about)."""
    direction: str | None = None
    """For trends, changes and growth: `up` or `down`."""
    at_least: bool = False
    """For trends, changes and growth: the document says 以上 (提高5个百分点以上)."""


class Baseline(NamedTuple):
    """Where the plan starts: the value it reports for its base year."""

    year: int | None
    raw: str
    value: Value
    section: str | None = None
    """Where it is printed, when that is not the target's own location."""


class Target(NamedTuple):
    """What the plan commits to, as printed and normalized."""

    raw: str
    value: Value
    year: int
    scope: str
    """level, cumulative (over the plan period) or per_year."""


class Source(NamedTuple):
    """Where in the document a record stands."""

    section: str
    kind: str
    """table or prose."""
    also: tuple[str, ...] = ()
    """Other sections that restate the same value."""
    quote: str | None = None
    """The sentence or table row the value came from, as printed (drafted records)."""


class Actual(NamedTuple):
    """A value an indicator actually reached in one year, read from a statistical bulletin
    or an evaluation report (中期/终期评估), with where it was read."""

    year: int
    raw: str
    """As printed (`82.5%`)."""
    value: Value
    document: str
    """The document it was read from, as titled."""
    section: str | None = None
    url: str | None = None


class Record(NamedTuple):
    """One target for one indicator (and segment) of one plan."""

    plan: str
    metric: str
    name: str
    segment: str | None
    unit: str | None
    """The base unit of target and baseline."""
    printed_unit: str | None
    target: Target
    baseline: Baseline | None
    attribute: str | None
    source: Source
    note: str | None = None
    line: int | None = None
    """Line of the record in its data file, for messages."""
    review: tuple[str, ...] = ()
    """Why a drafted record still awaits a person's check; empty once checked."""
    actuals: tuple[Actual, ...] = ()
    """Values actually reached, by year (oldest first), for progress against the target."""


class TargetRow(NamedTuple):
    """One record's target without its wording and provenance: what ranking a plan
    against thousands of others needs, read without building whole records."""

    plan: str
    metric: str
    segment: str | None
    unit: str | None
    printed_unit: str | None
    source_kind: str
    """table or prose: a plan's indicator-table value stands for it (compare.preferred)."""
    raw: str
    year: int
    scope: str
    value: Value
    base: Decimal | None = None
    """The record's baseline value, where it states one exactly (a change target's level
    is reckoned from it)."""

    @classmethod
    def of(cls, r: Record) -> TargetRow:
        t, b = r.target, r.baseline
        base = b.value.value if b is not None and b.value.op == "=" else None
        return cls(
            r.plan,
            r.metric,
            r.segment,
            r.unit,
            r.printed_unit,
            r.source.kind,
            t.raw,
            t.year,
            t.scope,
            t.value,
            base,
        )


Cell = tuple[str, str, str | None, str, int]
"""What a cell of `matrix` shows, one plan's target for one metric as printed: (plan,
metric, segment, shown, year), `shown` the target's raw text with the indicator's unit where
only the row's heading printed it (values.with_unit: `96.5` in a `（%）` row is `96.5%`),
`year` the target's year (a plan's 2022 target is not its 2025 one).
A plain tuple: a matrix of 10,000 plans reads 660,000 of them, and making each a
NamedTuple costs more than half a second."""


class Metric(NamedTuple):
    """A canonical indicator that records of different plans share."""

    id: str
    name: str
    aliases: tuple[str, ...]
    unit: str | None
    category: str
    better: str
    """higher, lower, or neutral (sizes that are not better or worse)."""
    note: str | None = None
    operational: bool = False
    """A yearly operational count (正脊筛查学生数) that a five-year plan would not set:
    its absence from a plan is not worth a finding by default."""
    review: tuple[str, ...] = ()
    """Why a drafted metric still awaits a person's check."""
    related: tuple[str, ...] = ()
    """Metrics of the same concept under another 口径 (持证 or not; 中小学 or all
    schools): never ranked together, but a plan that sets one is not told it lacks the
    other. The relation goes both ways."""


class Standard(NamedTuple):
    """A national supervision standard for one metric: a floor (or, for a lower-is-better
    metric, a ceiling) that a county must reach, with where it is written."""

    metric: str
    limit: Decimal
    unit: str | None
    raw: str
    """As the standard prints it (`达到85%`)."""
    document: str
    doc_number: str | None
    checked_against: str
    """Where the figure was checked, so a reader can check it again."""


class Plan(NamedTuple):
    """One plan document with its identity and records."""

    id: str
    title: str
    names: tuple[str, ...]
    issuer: str | None
    doc_number: str | None
    issued: str | None
    jurisdiction: str | None
    """None in a draft whose document does not say."""
    level: str | None
    """区, 县, 县级市 or 市; None in a draft whose document does not say."""
    parent_city: str | None
    kind: str | None
    base_year: int | None
    target_year: int
    source_file: str | None
    records: tuple[Record, ...] = ()
    path: str | None = None
    conversions: tuple[str, ...] = ()
    """What was done to the source text before it was read (繁体→简体 …), so that
    `raw` values can be checked against the converted text."""
    review: tuple[str, ...] = ()
    """Header fields a drafted plan leaves for a person to fill in or check."""
    parents: tuple[str, ...] = ()
    """The jurisdictions above the plan's, nearest first (`杭州市`, `浙江省`), as the file
    names them; empty when the file gives only `parent_city`."""

    @property
    def is_city(self) -> bool:
        return self.level == "市"

    @property
    def tier(self) -> str | None:
        """Plans of one tier compare with each other: county (区, 县, 县级市), city or
        province; None for a draft whose level is not filled in."""
        if self.level is None:
            return None
        return ("county", "city", "province")[self.height]

    @property
    def height(self) -> int:
        """0 for county-level plans (and plans of no known level), 1 for a city, 2 for a province."""
        return HEIGHT.get(self.level or "", 0)

    @property
    def above(self) -> tuple[str, ...]:
        """The jurisdictions above the plan's, nearest first, as place_key gives them:
        `parent_city` first unless `parents` already names it."""
        keys = [place_key(x) for x in self.parents]
        if self.parent_city and place_key(self.parent_city) not in keys:
            keys.insert(0, place_key(self.parent_city))
        return tuple(keys)

    @property
    def place(self) -> str:
        """The name a table shows for the plan: its jurisdiction, else its title."""
        return self.jurisdiction or self.title

    @property
    def city_name(self) -> str:
        """The city a plan belongs to (its own name for a city plan), without 市:
        `杭州` and `杭州市` name the same city."""
        if self.is_city:
            return (self.jurisdiction or "").removesuffix("市")
        if self.parent_city:
            return self.parent_city.removesuffix("市")
        return self.above[0] if self.above and self.height == 0 else ""


def place_key(name: str) -> str:
    """A jurisdiction's name as plans are matched by it: `浙江省` → 浙江, `杭州市` → 杭州."""
    name = name.strip()
    for suffix in PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name.removesuffix(suffix)
    return name


class Problem(NamedTuple):
    """One thing wrong with a data file, with where and how to fix it."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
