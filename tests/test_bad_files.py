"""A corpus of broken plan files: each gets one exact message, its line, and exit code 1."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

BAD = Path(__file__).parent / "bad"

EXPECTED = {
    "alias.yaml": [
        "alias.yaml:2: anchors and aliases (&, *) are not allowed: write the value out",
    ],
    "binary.yaml": [
        "binary.yaml: not a text file (it contains NUL bytes)",
    ],
    "empty.yaml": [
        "empty.yaml: the file is empty: a plan file needs `id:` and `records:`",
    ],
    "gbk.yaml": [
        "gbk.yaml:2: not UTF-8 (GBK?): save the file as UTF-8 (in Excel/WPS: 另存为 UTF-8)",
    ],
    "metric_by_name.yaml": [
        "metric_by_name.yaml:10: unknown metric '近视率' in record 1: use its id if it is myopia_rate（儿童青少年总体近视率）, or add it to a catalog file (metrics.yaml) or use an existing id (`plancmp metrics`)",
    ],
    "python_tag.yaml": [
        "python_tag.yaml:2: tag '!!python/object/apply:os.system' is not allowed: plan files hold plain data, remove the tag",
    ],
    "records_not_list.yaml": [
        "records_not_list.yaml:9: `records` must be a list of records (lines starting with `- `), not str 'none'",
    ],
    "tab.yaml": [
        "tab.yaml:3: while scanning for the next token, found character that cannot start any token — indent with spaces, not tabs",
    ],
    "target_year_in_words.yaml": [
        "target_year_in_words.yaml:8: `target_year` of the plan is '二〇二五': write a year such as 2025",
    ],
    "top_level_list.yaml": [
        "top_level_list.yaml:1: a plan file must be a mapping of `key: value` lines, not a list",
    ],
    "top_level_scalar.yaml": [
        "top_level_scalar.yaml:1: a plan file must be a mapping of `key: value` lines, not str 'just a string'",
    ],
    "unclosed_quote.yaml": [
        'unclosed_quote.yaml:1: a quote opened on this line is not closed: end the text with "',
    ],
    "unknown_field.yaml": [
        "unknown_field.yaml:15: unknown field 'colour' in record 1: the fields are metric, name, segment, unit, baseline, target, attribute, source, note, review, actuals",
    ],
    "unknown_metric.yaml": [
        "unknown_metric.yaml:10: unknown metric 'happiness_index' in record 1: add it to a catalog file (metrics.yaml) or use an existing id (`plancmp metrics`)",
    ],
    "unknown_unit.yaml": [
        "unknown_unit.yaml:12: record 1 (普惠): unknown unit '斤': use one of the units listed in data/units.yaml (e.g. %, 元/生, 万人, 所, 个), or leave unit empty for a ratio",
    ],
    "unparseable_value.yaml": [
        "unparseable_value.yaml:13: `op` of the target of record 1 (普惠) is '>=' but raw '明显提高' reads as 'text': fix one of them",
        "unparseable_value.yaml:13: `value` of the target of record 1 (普惠) is 90 but raw '明显提高' reads as null (unit %): fix one of them",
    ],
    "wrong_type.yaml": [
        "wrong_type.yaml:13: `year` of the target of record 1 (普惠) is '2025年': write a year such as 2025",
    ],
}


def test_every_bad_file_has_an_expectation():
    assert {p.name for p in BAD.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_message_and_exit_code(name):
    result = CliRunner().invoke(app, ["validate", str(BAD / name)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [line.replace(str(BAD) + "/", "") for line in lines[:-1]] == EXPECTED[name]
    assert lines[-1].startswith("plancmp: ")


def test_python_tag_never_runs(tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    (tmp_path / "evil.yaml").write_text(
        f'id: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8"
    )
    CliRunner().invoke(app, ["validate", str(tmp_path / "evil.yaml")])
    assert not marker.exists()


def test_duplicate_plan_ids_across_files(tmp_path):
    good = (
        (BAD / "unknown_field.yaml").read_text(encoding="utf-8").replace('    colour: "red"\n', "")
    )
    (tmp_path / "one.yaml").write_text(
        good.replace('id: "unknown_field"', 'id: "one"'), encoding="utf-8"
    )
    (tmp_path / "two.yaml").write_text(
        good.replace('id: "unknown_field"', 'id: "one"'), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "plans"])
    assert result.exit_code == 1
    assert (
        "plan id 'one' differs from the file name 'two': rename the file to one.yaml"
        in result.stderr
    )


def test_data_dir_that_is_a_file(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--data-dir", str(f), "plans"])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"plancmp: --data-dir {f} is not a folder: give a folder of YAML plan files\n"
    )


def test_huge_file_is_refused_quickly(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * 6_000_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(big)])
    assert result.exit_code == 1
    assert f"{big}: file is 6,000,004 bytes, more than a plan file can be" in result.stderr


def test_catalog_unit_of_the_wrong_type(tmp_path):
    (tmp_path / "extra.yaml").write_text(
        'metrics:\n  - id: "x_metric"\n    name: "某指标"\n    unit: [1]\n    category: "综合"\n    better: "higher"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "extra.yaml")])
    assert result.exit_code == 1
    assert (
        f"{tmp_path / 'extra.yaml'}:4: `unit` of metric x_metric is a list: quote it"
        in result.stderr
    )


def test_a_metric_from_another_catalog_file_of_the_users_folder(tmp_path):
    (tmp_path / "extra.yaml").write_text(
        'metrics:\n  - id: "x_metric"\n    name: "某指标"\n    unit: "%"\n    category: "综合"\n    better: "higher"\n',
        encoding="utf-8",
    )
    plan = (BAD / "unknown_metric.yaml").read_text(encoding="utf-8")
    plan = plan.replace("happiness_index", "x_metric").replace('id: "unknown_metric"', 'id: "demo"')
    (tmp_path / "demo.yaml").write_text(plan, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["--data-dir", str(tmp_path), "validate", str(tmp_path / "demo.yaml")]
    )
    assert result.exit_code == 0, result.stderr


def test_a_copy_of_the_builtin_catalog_in_the_users_folder_is_harmless(tmp_path):
    from plancmp.store.files import default_data_dir

    (tmp_path / "metrics.yaml").write_text(
        (default_data_dir() / "metrics.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "plans", "-f", "csv"])
    assert result.exit_code == 0, result.stderr


def test_a_kind_written_as_the_outputs_print_it_is_read_and_an_unknown_one_is_shown_the_ids(
    tmp_path,
):
    """`kind: "五年规划"`, as the outputs print it, is read as its id (so are a scope's and a
    direction's words: `每年`, `越高越好`); an
    unknown word is shown each id with the words the outputs use for it; the count says how many
    files hold problems, not how many were read (a catalog file beside the plan holds none)."""
    good = (
        (BAD / "unknown_field.yaml").read_text(encoding="utf-8").replace('    colour: "red"\n', "")
    )
    plan = good.replace('id: "unknown_field"', 'id: "one"')
    (tmp_path / "metrics-one.yaml").write_text("metrics: []\n", encoding="utf-8")
    (tmp_path / "one.yaml").write_text(
        plan.replace('kind: "five_year_plan"', 'kind: "五年规划"'), encoding="utf-8"
    )
    assert CliRunner().invoke(app, ["validate", str(tmp_path)]).exit_code == 0
    shown = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "plans", "-f", "csv"]).stdout
    assert ",五年规划," in next(line for line in shown.splitlines() if line.startswith("one,"))
    (tmp_path / "one.yaml").write_text(
        plan.replace('kind: "five_year_plan"', 'kind: "五年计划"'), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].endswith(
        "`kind` of the plan is '五年计划': use one of five_year_plan（五年规划） | "
        "five_year_outline（五年思路） | annual_work_points（年度工作要点） | action_plan（行动计划） | "
        "opinion（实施意见）"
    )
    assert lines[-1] == f"plancmp: {len(lines) - 1} problem(s) in 1 file(s)"
