"""The shipped data, held to pedantic rules (SPEC §2, §4)."""

from collections import Counter
from decimal import Decimal

import pytest

from plancmp.lookup import NotFound
from plancmp.model import Plan
from plancmp.store import Dataset, load
from plancmp.store.files import default_data_dir
from plancmp.store.yamlread import load_yaml

DATA = default_data_dir()
PLANS = ("linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023")

# Indicator-table cells, counted by hand from the documents (rows × segments;
# a cell holding two indicators counts twice).
TABLE_CELLS = {
    # 学前 6 + 义务 9 (系数, 经费, 学历 × 小学/初中) + 高中 5 (>95；>30 split) + 特殊 4 + 成人 2 + 综合 5
    "linan": 31,
    # 核心指标: 19 rows → 25 cells (体质健康 ×2 合格率/优良率, 差异系数 ×2, 残疾入学率 ×3,
    # 生均事业费 ×3); 重大建设项目 table: its total row (项目数, 总投资, 2021-2025年投资额) → 3
    "yuecheng": 28,
    # 学段与规模 3 + 公平与均衡 8 + 普及与质量 8 + 健康与卫生 5
    "shangcheng": 24,
    "linhai": 0,  # prose only
    "hangzhou2023": 0,  # prose only
}


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load()


def test_all_five_plans_load(data):
    assert sorted(data.plans) == sorted(PLANS)


def test_the_shipped_data_validates_with_the_unit_table():
    from plancmp.store.validate import validate

    found = validate([])
    assert found.problems == []
    assert (
        found.files == len(list(DATA.glob("*.yaml"))) == len(PLANS) + 4
    )  # metrics, standards, units, groups


def test_file_names_are_ids():
    plan_files = {p.stem for p in DATA.glob("*.yaml") if "records" in load_yaml(p)}
    assert plan_files == set(PLANS)


@pytest.mark.parametrize("pid", PLANS)
def test_table_records_match_table_cells(data, pid):
    plan: Plan = data.plans[pid]
    assert sum(r.source.kind == "table" for r in plan.records) == TABLE_CELLS[pid]


@pytest.mark.parametrize("pid", PLANS)
def test_every_target_stores_its_normalized_value(pid):
    """op and value are written down, so a parser change cannot silently change the data."""
    doc = load_yaml(DATA / f"{pid}.yaml")
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
    assert data.find_metric(printed).id == data.find_metric(canonical).id


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


# --- 口径: what each record counts (each test states the rule it pins) ------------------------


def _records(data, metric):
    return [r for p in data.plans.values() for r in p.records if r.metric == metric]


def _by_name(data, pid, name):
    found = [r for r in data.plans[pid].records if r.name == name]
    assert len(found) == 1, f"{pid}: {len(found)} records named {name}"
    return found[0]


def test_pairing_coverage_has_no_baseline_from_rural_online_pairing(data):
    """结对共建 of 镇区 and 乡村 schools is not 互联网+结对帮扶 of 乡村 schools: linan's
    十三五 75% (乡村 schools paired online) is no baseline of its 结对共建 target."""
    (r,) = _records(data, "urban_rural_school_pairing_coverage")
    assert (r.plan, r.baseline) == ("linan", None)
    m = data.catalog.get("urban_rural_school_pairing_coverage")
    assert not any("帮扶" in n for n in (m.name, *m.aliases))


def test_migrant_children_targets_are_compulsory_education(data):
    """随迁子女 targets are printed for 义务教育(段) children: their segment says so, in the
    city's work points (义务教育段随迁子女) as in linan's table."""
    records = _records(data, "migrant_children_enrollment_rate") + _records(
        data, "migrant_children_public_school_share"
    )
    assert {(r.plan, r.segment) for r in records} == {
        ("hangzhou2023", "义务教育"),
        ("linan", "义务教育"),
    }
    assert len(records) == 3


@pytest.mark.parametrize(
    ("pid", "metric", "segment", "raw", "op", "value", "year"),
    [
        # 高质量普及残疾儿童少年十五年基础教育: Chinese numerals, text until the grammar reads 十五
        ("yuecheng", "special_ed_fifteen_year_universal", None, "十五年", "=", "15", 2025),
        # the project list's 合计 row: 总投资（亿元）77.8
        ("yuecheng", "education_project_total_investment", None, "77.8", "=", "7780000000", 2025),
        # 新教师“3+3+1”: 3年的职后培训、1年的强化培训
        ("shangcheng", "new_teacher_inservice_training_years", None, "3年", "=", "3", 2025),
        ("shangcheng", "new_teacher_intensive_training_years", None, "1年", "=", "1", 2025),
        ("shangcheng", "brand_promotion_platforms", None, "五大推广平台", "text", None, 2025),
        ("shangcheng", "education_data_cockpit_levels", None, "三级驾驶舱", "text", None, 2025),
        (
            "hangzhou2023",
            "smart_education_integrated_scenarios",
            None,
            "四大综合场景",
            "text",
            None,
            2023,
        ),
        # 启动区职教中心建设，总投资7.3亿元，将于2022年启用新校区
        ("linan", "education_project_total_investment", "中职", "7.3亿元", "=", "730000000", 2022),
    ],
)
def test_targets_once_missing_are_recorded(data, pid, metric, segment, raw, op, value, year):
    found = [r for r in data.plans[pid].records if r.metric == metric and r.segment == segment]
    assert len(found) == 1
    t = found[0].target
    assert (t.raw, t.value.op, t.value.value, t.year) == (
        raw,
        op,
        None if value is None else Decimal(value),
        year,
    )


def test_new_schools_built_counts_schools_not_new_build_projects(data):
    """新建成/新建设学校 counts every school built; the 新建 part of a project list
    (续建8个，新建3个，小区配套10个) counts projects of one kind and has its own metrics."""
    built = _records(data, "new_schools_built")
    assert {r.plan for r in built} == {"shangcheng", "hangzhou2023"}
    assert all(r.unit == "所" and "项目" not in r.name for r in built)
    assert _by_name(data, "linan", "幼儿园新建项目").metric == "new_build_projects"
    assert _by_name(data, "linan", "中小学新建项目").metric == "school_project_new_builds"


LINAN_SCHOOL_PROJECTS = "六、谋划重大项目：创设设施优良的现代办学条件 / （二）中小学计划建设项目"


def test_project_figures_without_kindergartens_are_not_all_level_totals(data):
    """A segment-null project count or sum covers every level, kindergartens included
    (yuecheng's 35 projects, 77.8亿元). linan's 中小学 list (18 projects, 约34亿元) leaves
    kindergartens out, so each of its figures is on a metric named 中小学, and its 21
    kindergarten projects carry segment 学前 (21 + 18 = 39 is not printed)."""
    school = [r for r in data.plans["linan"].records if r.source.section == LINAN_SCHOOL_PROJECTS]
    assert len(school) == 5
    assert all("中小学" in data.catalog.get(r.metric).name for r in school)
    counts = {
        (r.plan, r.segment, r.target.raw) for r in _records(data, "major_education_project_count")
    }
    assert counts == {
        ("yuecheng", None, "35个"),
        ("linhai", None, "70余个"),
        ("linan", "学前", "21个"),
    }
    sums = {
        (r.plan, r.segment, r.target.raw)
        for r in _records(data, "education_project_total_investment")
    }
    assert sums == {
        ("yuecheng", None, "77.8"),
        ("linan", "学前", "约5亿元"),
        ("linan", "中职", "7.3亿元"),
    }


def test_university_freshmen_are_not_a_high_school_segment(data):
    """高校新生体质健康 measures students entering university, not 高中段 students."""
    for metric in ("physical_health_pass_rate", "physical_health_good_rate"):
        assert not any("高校新生" in r.name for r in _records(data, metric))
    fresh = _records(data, "freshman_physical_health_pass_rate") + _records(
        data, "freshman_physical_health_good_rate"
    )
    assert {(r.plan, r.segment, r.target.raw) for r in fresh} == {
        ("linan", None, ">95"),
        ("linan", None, ">30"),
    }


def test_disabled_children_enrollment_is_counted_by_disability_certificate(data):
    """disabled_children_enrollment counts 持证 children: each record's printed name says
    持证. Rates whose document does not say so (linhai; shangcheng's prose) are apart."""
    certified = _records(data, "disabled_children_enrollment")
    assert certified and all("持证" in r.name for r in certified)
    unspecified = _records(data, "disabled_children_enrollment_unspecified")
    assert not any("持证" in r.name for r in unspecified)
    assert sorted((r.plan, r.segment) for r in unspecified) == sorted(
        (p, s) for p in ("linhai", "shangcheng") for s in ("学前", "义务教育", "高中段")
    )


def test_famous_school_groups_exclude_mutual_help_communities(data):
    """名校集团（含互助共同体） is wider than 名校集团: linan's is not ranked with shangcheng's."""
    groups = _records(data, "famous_school_group_coverage")
    assert {r.plan for r in groups} == {"shangcheng"}
    assert not any("互助共同体" in r.name for r in groups)
    wider = _records(data, "famous_school_group_or_community_coverage")
    assert [(r.plan, r.segment) for r in wider] == [("linan", "初中")]


def test_modern_school_stock_is_not_schools_created(data):
    """现代化学校 9 → 60 is a stock; 现代化学校创建数 / 创成 count schools created."""
    stock = _records(data, "modern_school_count")
    assert [(r.plan, r.baseline.raw, r.target.raw) for r in stock] == [("shangcheng", "9", "60")]
    created = _records(data, "modern_school_creations")
    assert sorted(r.target.raw for r in created) == ["15", "5~7所"]
    assert all(r.plan == "linan" and ("创建" in r.name or "创成" in r.name) for r in created)


# --- one concept, one metric (or linked notes) -------------------------------------------------

FUNDING = ("public_budget_education_expenditure", "per_student_public_budget_expenditure")


def test_two_never_decreasing_requirements_are_two_records_each(data):
    """两个只增不减 is the two statutory quantities: every plan that sets it has a record on
    each, so `compare` finds linan beside shangcheng and yuecheng."""
    for pid in ("linan", "shangcheng", "yuecheng"):
        for metric in FUNDING:
            assert any(r.metric == metric for r in data.plans[pid].records), (pid, metric)
    assert "education_funding_growth" not in data.catalog
    with pytest.raises(NotFound) as found:
        data.find_metric("两个只增不减")
    assert found.value.ambiguous and set(found.value.candidates) == set(FUNDING)


def test_elderly_learning_halls_are_one_metric(data):
    """老年学堂: linan's 老年大学（学堂）(十三五: 建设老年学堂1所) and shangcheng's 老年学堂建设 are
    the same count of halls built in the period."""
    halls = _records(data, "elderly_learning_halls_built")
    assert {(r.plan, r.target.raw) for r in halls} == {("linan", "2-3"), ("shangcheng", "10 个")}
    assert data.find_metric("老年大学（学堂）").id == "elderly_learning_halls_built"
    assert [r.plan for r in _records(data, "new_elderly_schools")] == ["hangzhou2023"]
    # linan counts them in 所, shangcheng in 个: the same things, ranked together
    from plancmp.analysis.compare import compare

    rows = compare(
        data.catalog.by_id["elderly_learning_halls_built"],
        data.entries_for("elderly_learning_halls_built"),
    )
    assert [(row.plan.id, row.rank) for row in rows] == [("shangcheng", 1), ("linan", 2)]


EDUCATOR = (
    "educator_type_teachers_principals",
    "educator_type_famous_teachers_trained",
    "eminent_principals_trained",
)


def test_educator_type_combined_count_is_linked_not_merged(data):
    """5-10名“教育家型”名师和卓越校长 is one number for both; shangcheng's 10 + 10 are
    one kind each. Not the same measure: the three stay apart, each note names the others,
    and 教育家型 finds all three."""
    for mid in EDUCATOR:
        note = data.catalog.get(mid).note or ""
        assert all(other in note for other in EDUCATOR if other != mid), mid
    with pytest.raises(NotFound) as found:
        data.find_metric("教育家型")
    assert set(found.value.candidates) == set(EDUCATOR)


# --- yearly operational counts ------------------------------------------------------------------

OPERATIONAL = {
    "new_urban_rural_education_communities",  # 新增城乡义务教育共同体50个以上
    "new_after_school_courses",  # 新增课后服务课程300门以上
    "quality_high_school_enrollment_increase",  # 招生计划数较2022年增加2800名以上
    "special_schools_provincial_standard_passed",  # 新增2所…通过省级标准化评估验收
    "new_elderly_schools",  # 新建71所老年学校
    "provincial_quality_elderly_schools_new",  # 培育省级老年教育优质(示范校)8所
    "elderly_digital_skills_training",  # 老年人智能技术培训不少于10万人次
    "adult_secondary_degree_upgrades",  # 完成成人中等学历提升1.6万人
    "adult_college_degree_upgrades",  # 大专及以上学历提升6.5万人
    "vocational_social_training_volume",  # 职业院校年度社会培训量不少于11万人次
    "spine_screening_students",  # 为53万名义务教育段学生开展正脊筛查
    "smart_education_flagship_apps",  # 建设标志性应用12个
    "smart_education_integrated_scenarios",  # 四大综合场景
    "school_sports_venues_open",  # 场地(馆)开放数达1000个以上
    "campus_safety_reform_schools",  # 改革覆盖全市500所小学以上
}


def test_operational_counts_are_chosen_with_a_reason(data):
    """A yearly operational count is a person's decision, written in the note: the set is
    listed here, and no five-year plan sets any of them."""
    flagged = {m.id for m in data.catalog if m.operational}
    assert flagged == OPERATIONAL
    assert all("属年度工作量" in (data.catalog.get(m).note or "") for m in flagged)
    five_year = [p for p in data.plans.values() if p.kind == "five_year_plan"]
    assert [(p.id, r.metric) for p in five_year for r in p.records if r.metric in flagged] == []


def test_numbers_in_chinese_numerals_and_frequencies_are_read(data):
    """十五年 (linan “十五年”, yuecheng 十五年) is 15 years, as hangzhou2023's 15年, so
    the three are compared; 每半年召开1次 is twice a year, not once."""
    fifteen = {
        r.plan: (r.target.value.op, r.target.value.value, r.unit)
        for r in data.records_for("special_ed_fifteen_year_universal")
    }
    assert fifteen == {p: ("=", Decimal(15), "年") for p in ("hangzhou2023", "linan", "yuecheng")}
    (meetings,) = [
        r
        for r in data.records_of("shangcheng")
        if r.metric == "education_leadership_group_meetings"
    ]
    assert (meetings.target.raw, meetings.target.value.value, meetings.target.scope) == (
        "每半年召开1次",
        Decimal(2),
        "per_year",
    )


def test_a_plan_that_sets_one_of_two_related_metrics_is_not_missing_the_other(data):
    """持证 enrolment and enrolment whose document does not say 持证 are one concept under
    two 口径 (`related`): 临安 sets the first, so it does not lack the second."""
    from plancmp.analysis import frame

    _, findings = frame.gaps(data, "linan")
    missing = {f.metric.id for f in findings if f.kind == "missing"}
    assert "disabled_children_enrollment_unspecified" not in missing
    linked = data.catalog.get("disabled_children_enrollment")
    assert linked is not None and linked.related == ("disabled_children_enrollment_unspecified",)
    for m in data.catalog:  # every link names a metric of the catalog
        assert all(other in data.catalog for other in m.related), m.id
