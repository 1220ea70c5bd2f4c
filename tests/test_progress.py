"""Progress against actual results: the straight line, the ratio and the status rule."""

import json
from decimal import Decimal

import pytest
from conftest import CATALOG_YAML, plan_yaml, rec, record_yaml, write_data
from typer.testing import CliRunner

from plancmp.analysis.progress import progress
from plancmp.cli import app
from plancmp.model import Actual
from plancmp.output.words import STATUS_ZH, ratio_shown
from plancmp.store import InvalidData, load
from plancmp.values import parse

runner = CliRunner()


def reached(r, *actuals, unit="%"):
    """The record with actual values (year, printed value)."""
    return r._replace(
        actuals=tuple(Actual(y, raw, parse(raw, unit), "统计公报") for y, raw in actuals)
    )


def status(r, better="higher"):
    g = progress(r, better)
    shown = ratio_shown(g.ratio) if g.ratio is not None else None
    return g.required, shown, STATUS_ZH.get(g.status or "", g.why)


EIGHTY_TO_NINETY = rec("me", "puhui", "90", base="80%")  # 2020 → 2025


def test_behind_the_line_by_more_than_half_is_far_behind():
    assert status(reached(EIGHTY_TO_NINETY, (2023, "82%"))) == (86, Decimal("0.33"), "明显滞后")


def test_ahead_of_the_line_is_on_track():
    assert status(reached(EIGHTY_TO_NINETY, (2023, "86.5%"))) == (86, Decimal("1.08"), "进度正常")


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("86%", (86, Decimal("1"), "进度正常")),  # exactly on the line
        ("84%", (86, Decimal("0.66"), "略有滞后")),
        ("83%", (86, Decimal("0.5"), "略有滞后")),  # half the required change
        ("80%", (86, Decimal("0"), "明显滞后")),  # no change
        ("79%", (86, Decimal("-0.17"), "退步")),  # ratios are rounded down
        ("90%", (86, Decimal("1.66"), "已实现")),
    ],
)
def test_the_status_rule(actual, expected):
    assert status(reached(EIGHTY_TO_NINETY, (2023, actual))) == expected


def test_the_latest_actual_counts():
    r = reached(EIGHTY_TO_NINETY, (2022, "86%"), (2024, "83%"))
    g = progress(r, "higher")
    assert (g.actual.year, g.required, g.status) == (2024, 88, "far_behind")


def test_a_strict_target_is_met_only_beyond_its_number():
    strict = rec("me", "puhui", "＞90", base="80%")
    assert status(reached(strict, (2025, "90%")))[2] == "进度正常"
    assert status(reached(strict, (2025, "90.1%")))[2] == "已实现"


def test_a_target_met_is_met_even_below_its_own_baseline():
    lower_than_base = rec("me", "puhui", "＞90", base="91.6%")
    assert status(reached(lower_than_base, (2023, "91%"))) == (Decimal("90.64"), Decimal("0.62"), "已实现")  # fmt: skip
    assert status(reached(lower_than_base, (2023, "89%")))[2] == "退步"


def test_lower_is_better_follows_the_same_rules_downwards():
    myopia = rec("me", "myopia", "50", base="57.8%")  # 2020 → 2025: 1.56 points a year down
    assert status(reached(myopia, (2023, "55%")), "lower") == (Decimal("53.12"), Decimal("0.59"), "略有滞后")  # fmt: skip
    assert status(reached(myopia, (2023, "53%")), "lower")[2] == "进度正常"
    assert status(reached(myopia, (2023, "58%")), "lower")[2] == "退步"
    assert status(reached(myopia, (2024, "49.5%")), "lower")[2] == "已实现"


def test_a_range_counts_by_its_end_in_the_metrics_direction():
    coefficient = rec("me", "balance", "0.25~0.30", None, base="0.40")  # lower is better: 0.30
    assert status(reached(coefficient, (2023, "0.33"), unit=None), "lower") == (
        Decimal("0.34"), Decimal("1.16"), "进度正常"
    )  # fmt: skip
    assert status(reached(coefficient, (2025, "0.3"), unit=None), "lower")[2] == "已实现"
    places = rec("me", "places", "5~7所", "所", base="1所")  # higher is better: 5
    assert status(reached(places, (2023, "3所"), unit="所")) == (Decimal("3.4"), Decimal("0.83"), "略有滞后")  # fmt: skip


def test_a_yearly_change_in_points_is_a_line_from_the_baseline():
    yearly = rec("me", "myopia", "每年降低0.5个百分点以上", base="53.6%", base_year=2018, year=2023)
    assert status(reached(yearly, (2020, "52.7%")), "lower") == (Decimal("52.6"), Decimal("0.9"), "略有滞后")  # fmt: skip
    relative = rec("me", "myopia", "每年下降1%", base="53.6%", base_year=2018, year=2023)
    assert status(reached(relative, (2020, "52.7%")), "lower") == (None, None, "relative_rate")


def test_a_change_from_the_baseline_is_a_line_to_the_level_it_implies():
    points = rec("me", "puhui", "提高5个百分点", base="80%")  # 80 → 85
    assert status(reached(points, (2023, "82%"))) == (83, Decimal("0.66"), "略有滞后")
    assert status(reached(points, (2024, "85%")))[2] == "已实现"
    doubled = rec("me", "places", "翻一番", "所", base="10所")  # 10 → 20
    assert status(reached(doubled, (2023, "17所"), unit="所")) == (16, Decimal("1.16"), "进度正常")
    assert progress(rec("me", "puhui", "提高5个百分点"), "higher").why == "no_actual"
    bare = reached(rec("me", "puhui", "提高5个百分点"), (2023, "82%"))
    assert progress(bare, "higher").why == "no_baseline"


def test_without_a_baseline_only_a_met_target_has_a_status():
    bare = rec("me", "puhui", "90%以上")
    assert status(reached(bare, (2023, "91%")))[2] == "已实现"
    assert status(reached(bare, (2023, "85%"))) == (None, None, "no_baseline")


def test_a_size_takes_the_direction_of_its_own_line():
    pupils = rec("me", "pupils", "50000", "人", base="60000")  # neutral: the plan asks for fewer
    assert status(reached(pupils, (2023, "55000"), unit="人"), "neutral")[2] == "略有滞后"
    assert status(reached(pupils, (2023, "61000"), unit="人"), "neutral")[2] == "退步"


def test_qualitative_targets_and_missing_actuals_have_no_status():
    assert progress(rec("me", "puhui", "通过", base="80%"), "higher").why == "no_actual"
    text = reached(rec("me", "puhui", "大幅提高", base="80%"), (2023, "85%"))
    assert progress(text, "higher").why == "text"


# --- data and command -------------------------------------------------------------------------


@pytest.fixture
def actuals(tmp_path):
    me = plan_yaml("me", record_yaml("puhui", "90", base="80%", actuals=((2022, "81%"), (2023, "82%"))),
                   record_yaml("myopia", "50", base="57.8%", actuals=((2023, "55%"),)),
                   record_yaml("balance", "0.30", base="0.40", unit=None))  # fmt: skip
    return write_data(tmp_path / "actuals", {"metrics.yaml": CATALOG_YAML, "me.yaml": me})


def test_progress_json_contract(actuals):
    result = runner.invoke(app, ["--data-dir", str(actuals), "progress", "me", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["metric"], r["actual"]["year"], r["actual"]["value"], r["required"], r["ratio"],
             r["status"], r["status_name"]) for r in rows] == [
        ("puhui", 2023, 82, 86, 0.33, "far_behind", "明显滞后"),
        ("myopia", 2023, 55, 53.12, 0.59, "slightly_behind", "略有滞后"),
    ]  # fmt: skip
    assert rows[0]["actual"]["source"] == {"document": "统计公报", "section": None, "url": None}
    everything = runner.invoke(app, ["--data-dir", str(actuals), "progress", "me", "--all", "-f", "json"])  # fmt: skip
    assert json.loads(everything.stdout)[2]["reason"] == "无实际值"


def test_progress_in_a_table_and_in_the_report(actuals):
    table = runner.invoke(app, ["--data-dir", str(actuals), "progress", "me", "-f", "csv"]).stdout
    assert (
        table.splitlines()[1] == "puhui,,80%（2020）,90%,2025,82%,2023,86%,0.33,明显滞后,统计公报"
    )
    report = runner.invoke(app, ["--data-dir", str(actuals), "report", "me"]).stdout
    assert "## 进度评估" in report
    assert "- 实际值：统计公报" in report


def test_a_plan_without_actuals_says_how_to_add_them():
    result = runner.invoke(app, ["progress", "linan", "-f", "json"])
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert "linan has no actual values: add `actuals:` to its records" in result.stderr


@pytest.mark.parametrize(
    ("actuals", "message"),
    [
        ('[{year: 2019, raw: "81%", source: {document: "公报"}}]', "actual 1 of record 1 (puhui) is for 2019, not after the baseline's year 2020"),
        ('[{year: 2023, raw: "81%", source: {document: "公报"}}, {year: 2023, raw: "82%", source: {document: "公报"}}]', "record 1 (puhui) has two actuals for 2023"),
        ('[{year: 2023, raw: "80%~85%", source: {document: "公报"}}]', "actual 1 of record 1 (puhui) ('80%~85%') is not one number"),
        ('[{year: 2023, raw: "81%"}]', "actual 1 of record 1 (puhui) has no `source`"),
        ('[{year: 2023, raw: "81%", value: 18, source: {document: "公报"}}]', "`value` of actual 1 of record 1 (puhui) is 18 but raw '81%' reads as 81"),
    ],
)  # fmt: skip
def test_actuals_are_checked_with_their_line(tmp_path, actuals, message):
    text = plan_yaml("me", record_yaml("puhui", "90", base="80%") + f"    actuals: {actuals}\n")
    folder = write_data(tmp_path / "bad", {"metrics.yaml": CATALOG_YAML, "me.yaml": text})
    with pytest.raises(InvalidData) as caught:
        load(builtin_dir=folder)
    (problem,) = caught.value.problems
    assert problem.line is not None and message in problem.message
