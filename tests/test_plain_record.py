"""The one-pass record builder gives the checking path's Record, or declines."""

from pathlib import Path

import pytest

from plancmp.store import schema
from plancmp.store.plain_record import plain_record
from plancmp.store.yamlread import load_yaml

DATA = Path(__file__).resolve().parents[1] / "data"

RECORD = """\
records:
  - metric: "puhui"
    name: "普惠性幼儿园覆盖面（%）"
    segment: "学前"
    unit: "%"
    baseline: {year: 2020, raw: "91.6%", value: 91.6, section: "现状"}
    target: {raw: "＞90", op: ">", value: 90, value_max: null, scope: "level"}
    attribute: "约束性"
    source: {section: "指标表", kind: "table", also: ["正文"], quote: "＞90"}
    note: "示例"
    review: ["核对"]
"""


def first_record(tmp_path, text):
    path = tmp_path / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    return load_yaml(path)["records"][0]


def checked(m):
    """The checking path's record and problems."""
    c = schema.Checker("demo.yaml")
    record = schema._record(c, m, 0, schema._Context("demo", 2025, 2020))
    return record, c.problems


@pytest.mark.parametrize(
    "change",
    [
        ("", ""),
        ("    segment: \"学前\"\n", ""),
        ("    unit: \"%\"\n    baseline: {year: 2020, raw: \"91.6%\", value: 91.6, section: \"现状\"}\n"
         "    target: {raw: \"＞90\", op: \">\", value: 90",
         "    unit: \"万人\"\n    target: {raw: \"＞4.2\", op: \">\", value: 42000"),
        ("    baseline: {year: 2020, raw: \"91.6%\", value: 91.6, section: \"现状\"}\n", ""),
        ("{raw: \"＞90\", op: \">\", value: 90, value_max: null, scope: \"level\"}",
         "{raw: \"提高5个百分点\", year: 2024}"),
        ("    review: [\"核对\"]\n", ""),
    ],
)  # fmt: skip
def test_a_well_formed_record_is_built_as_the_checks_build_it(tmp_path, change):
    m = first_record(tmp_path, RECORD.replace(*change))
    record, problems = checked(m)
    assert problems == [] and record is not None
    assert plain_record(m, "demo", 2025, 2020) == record


@pytest.mark.parametrize(
    "change",
    [
        ('segment: "学前"', 'segment: "大学"'),  # not a segment
        ('unit: "%"', 'unit: "斤"'),  # not a unit
        ('"91.6%", value: 91.6', '"91.6%", value: 91.5'),  # value disagrees with raw
        ('op: ">"', 'op: ">="'),  # op disagrees with raw
        ("year: 2020", "year: 2025"),  # baseline not before the target
        ('kind: "table"', 'kind: "list"'),
        ('attribute: "约束性"', "attribute: 1"),
        ('note: "示例"', 'note: ""'),
        ('review: ["核对"]', "review: [1]"),
        ('name: "普惠性幼儿园覆盖面（%）"', 'name: " "'),
        ('    note: "示例"\n', '    notes: "示例"\n'),  # unknown field
        ('"＞90", op', '"＞90", comparator: "≥", op'),  # left to the checks
    ],
)
def test_anything_out_of_the_ordinary_is_left_to_the_checks(tmp_path, change):
    text = RECORD.replace(*change)
    assert text != RECORD
    m = first_record(tmp_path, text)
    assert plain_record(m, "demo", 2025, 2020) is None


def test_a_record_with_actuals_is_left_to_the_checks(tmp_path):
    text = RECORD + '    actuals:\n      - {year: 2022, raw: "92%", source: {document: "年报"}}\n'
    m = first_record(tmp_path, text)
    record, problems = checked(m)
    assert problems == [] and len(record.actuals) == 1
    assert plain_record(m, "demo", 2025, 2020) is None


def test_it_reads_every_field_the_schema_knows():
    """A field the schema gains and this builder does not read would be dropped silently
    on the fast path; the builder's own lists must be brought up to date with it."""
    from plancmp.store import plain_record as fast

    assert schema.RECORD_KEYS.known == fast._RECORD
    assert schema.TARGET_KEYS.known == fast._TARGET
    assert schema.BASELINE_KEYS.known == fast._BASELINE
    assert schema.SOURCE_KEYS.known == fast._SOURCE


def test_every_shipped_record_is_built_as_the_checks_build_it():
    """On the curated data: every record the one-pass builder takes is the checks' own."""
    taken = total = 0
    for path in sorted(DATA.glob("*.yaml")):
        data = load_yaml(path)
        if schema.file_kind(data) != "plan":
            continue
        ctx = schema._Context(data["id"], data["target_year"], data["base_year"])
        for i, m in enumerate(data["records"]):
            total += 1
            fast = plain_record(m, ctx.plan_id, ctx.target_year, ctx.base_year)
            if fast is not None:
                taken += 1
                c = schema.Checker(str(path))
                assert fast == schema._record(c, m, i, ctx), (path.name, i)
    assert total > 300 and taken > total / 2  # the fast path is the common one
