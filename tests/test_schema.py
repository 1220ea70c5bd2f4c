"""Plan files → Plan, with every problem collected and located."""

from decimal import Decimal

import pytest

from plancmp.store.schema import build_plan
from plancmp.store.yamlread import load_yaml

GOOD = """\
id: "demo"
title: "示例区教育规划"
jurisdiction: "杭州市示例区"
level: "区"
parent_city: "杭州"
kind: "five_year_plan"
base_year: 2020
target_year: 2025
records:
  - metric: "puhui"
    name: "普惠性幼儿园覆盖面（%）"
    unit: "%"
    baseline: {year: 2020, raw: "91.6%", value: 91.6}
    target: {raw: "＞90", op: ">", value: 90}
    attribute: "约束性"
    source: {section: "指标表", kind: "table"}
"""


def build(tmp_path, text):
    path = tmp_path / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    return build_plan(load_yaml(path), str(path), "demo")


def test_good_plan(tmp_path):
    plan, problems = build(tmp_path, GOOD)
    assert problems == []
    (r,) = plan.records
    assert (r.metric, r.unit, r.target.value.op, r.target.value.value, r.target.year) == (
        "puhui",
        "%",
        ">",
        90,
        2025,
    )
    assert r.baseline.value.value == Decimal("91.6")
    assert r.line == 10


def test_all_problems_are_collected_with_lines(tmp_path):
    text = (
        GOOD.replace('level: "区"', 'level: "镇"')
        .replace("value: 90}", "value: 95}")
        .replace('metric: "puhui"', 'metric: "nope"')
        .replace('attribute: "约束性"', 'attribute: "约束性"\n    colour: "red"')
    )
    plan, problems = build(tmp_path, text)
    assert plan is None
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "`level` of the plan is '镇': use one of 区 | 县 | 县级市 | 市 | 省",
        "unknown field 'colour' in record 1: the fields are metric, name, segment, unit, baseline, target, attribute, source, note, review, actuals",
        "`value` of the target of record 1 (普惠性幼儿园覆盖面（%）) is 95 but raw '＞90' reads as 90 (unit %): fix one of them",
    ]
    assert [p.line for p in problems] == [4, 16, 14]


def test_file_name_must_match_id(tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text(GOOD, encoding="utf-8")
    _, problems = build_plan(load_yaml(path), str(path), "other")
    assert [p.message for p in problems] == [
        "plan id 'demo' differs from the file name 'other': rename the file to demo.yaml"
    ]


def test_top_level_list_is_refused(tmp_path):
    _, problems = build(tmp_path, "- a\n- b\n")
    assert [p.message for p in problems] == [
        "a plan file must be a mapping of `key: value` lines, not a list"
    ]


def test_unquoted_number_raw_is_refused(tmp_path):
    _, problems = build(tmp_path, GOOD.replace('raw: "＞90"', "raw: 0.30"))
    assert (
        "`raw` of the target of record 1 (普惠性幼儿园覆盖面（%）) is float 0.3: quote it exactly as printed"
        in problems[0].message
    )


@pytest.mark.parametrize("comparator", ["≥", "不低于", "≧"])
def test_a_comparator_printed_in_a_cell_of_its_own_gives_the_op(tmp_path, comparator):
    target = f'target: {{raw: "90", op: ">=", value: 90, comparator: "{comparator}"}}'
    plan, problems = build(
        tmp_path, GOOD.replace('target: {raw: "＞90", op: ">", value: 90}', target)
    )
    assert problems == []
    assert (plan.records[0].target.raw, plan.records[0].target.value.op) == ("90", ">=")


def test_a_comparator_cell_must_agree_with_op_and_raw(tmp_path):
    def problems_of(target):
        _, problems = build(
            tmp_path, GOOD.replace('target: {raw: "＞90", op: ">", value: 90}', target)
        )
        return [p.message for p in problems]

    what = "the target of record 1 (普惠性幼儿园覆盖面（%）)"
    assert problems_of('target: {raw: "90", op: ">", value: 90, comparator: "≥"}') == [
        f"`op` of {what} is '>' but raw '90' reads as '>=': fix one of them"
    ]
    assert problems_of('target: {raw: "＞90", op: ">", value: 90, comparator: "≥"}') == [
        f"raw '＞90' of {what} states its own comparator (>): remove `comparator`"
    ]
    (unknown,) = problems_of('target: {raw: "90", op: "=", value: 90, comparator: "约"}')
    assert unknown.startswith(f"`comparator` of {what} is '约': use one of ≥ | ≧ | >= ")


def test_a_verb_of_change_printed_before_a_list_makes_each_value_a_change(tmp_path):
    """`分别提高5个百分点和3个百分点`: `提高` is the 3's comparator, and raw the 3 as printed."""
    target = 'target: {raw: "3个百分点", op: "change", value: 3, comparator: "提高"}'
    plan, problems = build(
        tmp_path, GOOD.replace('target: {raw: "＞90", op: ">", value: 90}', target)
    )
    assert problems == []
    value = plan.records[0].target.value
    assert (value.op, value.value, value.direction) == ("change", 3, "up")
    target = 'target: {raw: "提高3个百分点", op: "change", value: 3, comparator: "提高"}'
    _, problems = build(tmp_path, GOOD.replace('target: {raw: "＞90", op: ">", value: 90}', target))
    assert [p.message for p in problems] == [
        "raw '提高3个百分点' of the target of record 1 (普惠性幼儿园覆盖面（%）) states its own"
        " comparator (change): remove `comparator`"
    ]


def test_baseline_year_defaults_to_the_plans_base_year(tmp_path):
    plan, problems = build(tmp_path, GOOD.replace("baseline: {year: 2020, raw:", "baseline: {raw:"))
    assert problems == []
    assert plan.records[0].baseline.year == 2020


def test_baseline_must_come_before_the_target(tmp_path):
    _, problems = build(tmp_path, GOOD.replace("baseline: {year: 2020,", "baseline: {year: 2025,"))
    assert [p.message for p in problems] == [
        "the baseline of record 1 (普惠性幼儿园覆盖面（%）) is for 2025, not before the target's year 2025: check both years"
    ]


def test_the_plans_target_year_must_come_after_its_base_year(tmp_path):
    """A typo in target_year (2015 for 2025) was taken as it stood when no record has a
    baseline of its own: every record dated 2015, a period of 2020—2015."""
    text = GOOD.replace('baseline: {year: 2020, raw: "91.6%", value: 91.6}', "baseline: null")
    plan, problems = build(tmp_path, text.replace("target_year: 2025", "target_year: 2015"))
    assert plan is None
    assert [(p.line, p.message) for p in problems] == [
        (8, "`base_year` of the plan is 2020, not before its `target_year` 2015: check both years")
    ]


def test_baseline_and_target_in_different_units(tmp_path):
    text = GOOD.replace('    unit: "%"\n', "").replace(
        'raw: "91.6%", value: 91.6', 'raw: "1.2万人", value: 12000'
    )
    _, problems = build(tmp_path, text.replace('raw: "＞90"', 'raw: "＞90%"'))
    assert [p.message for p in problems] == [
        "the baseline of record 1 (普惠性幼儿园覆盖面（%）) is in 人 but the target in %: give the record the `unit` printed for the indicator"
    ]


def test_a_trend_does_not_lend_its_unit_to_the_indicator(tmp_path):
    text = (
        GOOD.replace('    unit: "%"\n', "")
        .replace(
            'target: {raw: "＞90", op: ">", value: 90}',
            'target: {raw: "每年提高1个百分点", op: "trend"}',
        )
        .replace('baseline: {year: 2020, raw: "91.6%", value: 91.6}', "baseline: null")
    )
    plan, problems = build(tmp_path, text)
    assert problems == []
    (r,) = plan.records
    assert (r.target.value.printed_unit, r.printed_unit) == ("个百分点", None)


@pytest.mark.parametrize(
    ("raw", "op", "unit"), [("提高1个百分点", "change", "%"), ("增长10%", "growth", None)]
)
def test_a_change_does_not_lend_its_unit_to_the_indicator(tmp_path, raw, op, unit):
    text = (
        GOOD.replace('    unit: "%"\n', "")
        .replace(
            'target: {raw: "＞90", op: ">", value: 90}', f'target: {{raw: "{raw}", op: "{op}"}}'
        )
        .replace('baseline: {year: 2020, raw: "91.6%", value: 91.6}', "baseline: null")
    )
    plan, problems = build(tmp_path, text)
    assert problems == []
    (r,) = plan.records
    assert (r.target.value.op, r.printed_unit, r.unit) == (op, None, unit)


def test_a_scope_written_as_the_outputs_print_it_is_read_as_its_id(tmp_path):
    text = GOOD.replace(
        'target: {raw: "＞90", op: ">", value: 90}',
        'target: {raw: "＞90", op: ">", value: 90, scope: "每年"}',
    )
    plan, problems = build(tmp_path, text)
    assert problems == [] and plan is not None
    assert plan.records[0].target.scope == "per_year"


def test_a_direction_written_as_the_outputs_print_it_is_read_as_its_id(tmp_path):
    from plancmp.store.schema import build_metrics

    data = {
        "metrics": [
            {"id": "m", "name": "某率", "unit": "%", "category": "学前教育", "better": "越高越好"}
        ]
    }
    metrics, problems = build_metrics(data, "metrics.yaml")
    assert problems == [] and metrics[0].better == "higher"
