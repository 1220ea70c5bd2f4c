"""The shipped data, held to pedantic rules (SPEC §2, §4)."""

from collections import Counter
from decimal import Decimal

import pytest

from plancmp import dataset, loader
from plancmp.model import Plan

DATA = loader.default_data_dir()
PLANS = ("linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023")

# Indicator-table cells, counted by hand from the documents (rows × segments;
# a cell holding two indicators counts twice).
TABLE_CELLS = {
    # 学前 6 + 义务 9 (系数, 经费, 学历 × 小学/初中) + 高中 5 (>95；>30 split) + 特殊 4 + 成人 2 + 综合 5
    "linan": 31,
    # 核心指标: 19 rows → 25 cells (体质健康 ×2 合格率/优良率, 差异系数 ×2, 残疾入学率 ×3,
    # 生均事业费 ×3); 重大建设项目 table: its total row (项目数, 投资) → 2
    "yuecheng": 27,
    # 学段与规模 3 + 公平与均衡 8 + 普及与质量 8 + 健康与卫生 5
    "shangcheng": 24,
    "linhai": 0,  # prose only
    "hangzhou2023": 0,  # prose only
}


@pytest.fixture(scope="module")
def data() -> dataset.Dataset:
    return dataset.load()


def test_all_five_plans_load(data):
    assert sorted(data.plans) == sorted(PLANS)


def test_the_shipped_data_validates_with_the_unit_table():
    problems, checked = dataset.validate([])
    assert problems == []
    assert checked == len(list(DATA.glob("*.yaml"))) == len(PLANS) + 3  # metrics, standards, units


def test_file_names_are_ids():
    plan_files = {p.stem for p in DATA.glob("*.yaml") if "records" in loader.load_yaml(p)}
    assert plan_files == set(PLANS)


@pytest.mark.parametrize("pid", PLANS)
def test_table_records_match_table_cells(data, pid):
    plan: Plan = data.plans[pid]
    assert sum(r.source.kind == "table" for r in plan.records) == TABLE_CELLS[pid]


@pytest.mark.parametrize("pid", PLANS)
def test_every_target_stores_its_normalized_value(pid):
    """op and value are written down, so a parser change cannot silently change the data."""
    doc = loader.load_yaml(DATA / f"{pid}.yaml")
    for rec in doc["records"]:
        assert {"op", "value"} <= set(rec["target"]), (
            f"{pid}.yaml:{rec.line}: target without op/value"
        )
        if rec.get("baseline"):
            assert "value" in rec["baseline"], f"{pid}.yaml:{rec.line}: baseline without value"


def test_every_metric_is_used(data):
    used = {r.metric for p in data.plans.values() for r in p.records}
    assert [m.id for m in data.catalog if m.id not in used] == []


def test_metric_names_and_aliases_are_unique(data):
    names = Counter(n for m in data.catalog for n in {m.name, *m.aliases})
    assert [n for n, c in names.items() if c > 1] == []


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("普惠性幼儿园在园儿童覆盖面", "普惠性幼儿园覆盖面"),
        ("公办幼儿园在园儿童覆盖面", "公办幼儿园覆盖率"),
        ("省二级及以上幼儿园在园儿童覆盖面", "优质学前教育覆盖率"),
        ("校际优质均衡差异系数", "校际优质均衡系数"),
    ],
)
def test_spec_equivalences(data, printed, canonical):
    assert data.catalog.find(printed).id == data.catalog.find(canonical).id


def test_public_kindergarten_share_is_not_coverage(data):
    share = [m for m in data.catalog if "公办园占比" in (m.name, *m.aliases)]
    assert all(m.id != "kindergarten_public_coverage" for m in share)


def _one(data, pid, metric, segment=None):
    found = [
        r
        for r in data.plans[pid].records
        if r.metric == metric and r.segment == segment and r.source.kind == "table"
    ]
    found = found or [
        r for r in data.plans[pid].records if r.metric == metric and r.segment == segment
    ]
    return found[0]


@pytest.mark.parametrize(
    ("pid", "metric", "segment", "raw", "op", "value", "base"),
    [
        ("linan", "kindergarten_puhui_coverage", None, "＞90", ">", Decimal(90), Decimal("91.6")),
        ("linan", "kindergarten_public_coverage", None, "＞75", ">", Decimal(75), Decimal("58.2")),
        ("linan", "school_balance_coefficient", "小学", "0.30", "=", Decimal("0.3"), None),
        (
            "yuecheng",
            "kindergarten_puhui_coverage",
            None,
            "96.5",
            "=",
            Decimal("96.5"),
            Decimal("97.6"),
        ),
        ("yuecheng", "myopia_rate", None, "50", "=", Decimal(50), Decimal("57.8")),
        ("shangcheng", "myopia_rate", None, "<50.78", "<", Decimal("50.78"), Decimal("56.78")),
        (
            "shangcheng",
            "school_balance_coefficient",
            "初中",
            "0.25",
            "=",
            Decimal("0.25"),
            Decimal("0.277"),
        ),
        ("linhai", "kindergarten_puhui_coverage", None, "90%以上", ">=", Decimal(90), None),
        # Chinese numerals: linan prints the 15 years of special education in words
        ("linan", "special_ed_fifteen_year_universal", None, "“十五年”", "=", Decimal(15), None),
        # 亩 is stored in 平方米 (data/units.yaml), to 4 decimal places
        ("linhai", "new_education_land", None, "1400余亩", ">", Decimal("933333.3333"), None),
    ],
)
def test_spot_values(data, pid, metric, segment, raw, op, value, base):
    r = _one(data, pid, metric, segment)
    assert (r.target.raw, r.target.value.op, r.target.value.value) == (raw, op, value)
    assert (r.baseline.value.value if r.baseline else None) == base


def test_national_standards_cite_their_documents(data):
    standards = data.catalog.standards
    assert {m: (str(s.limit), s.doc_number) for m, s in standards.items()} == {
        "preschool_gross_enrollment": ("85", "教督〔2020〕1号"),
        "kindergarten_puhui_coverage": ("80", "教督〔2020〕1号"),
        "kindergarten_public_coverage": ("50", "教督〔2020〕1号"),
    }
    assert all(s.checked_against for s in standards.values())
