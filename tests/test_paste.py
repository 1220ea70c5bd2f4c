"""Output a report writer pastes: a title that says what the table is, one sign
convention for distances, units with every number, one number form in JSON."""

import io
import json
import re

import pytest
from typer.testing import CliRunner

from plancmp import load
from plancmp.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


def test_piped_markdown_starts_with_the_metric_its_unit_and_its_note():
    result = run("compare", "普惠性幼儿园覆盖面")
    m = load().find_metric("kindergarten_puhui_coverage")
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == f"普惠性幼儿园覆盖面（单位：%，越高越好）；比较对象：全部规划（5 个）。口径说明：{m.note}"
    )
    assert lines[1] == ""
    assert lines[2].startswith("| 排名")
    segment = run("compare", "disabled_children_enrollment", "-s", "义务段").stdout
    name = load().find_metric("disabled_children_enrollment").name
    assert segment.splitlines()[0].startswith(f"{name}（单位：%，越高越好，学段：义务教育）")


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["gaps", "临安"], "临安区教育事业“十四五”发展规划（2021-2025）（linan）对标发现："),
        (
            ["show", "linan", "-c", "学前"],
            "临安区教育事业“十四五”发展规划（2021-2025）（linan）：学前教育 ",
        ),
    ],
)
def test_gaps_and_show_start_with_the_plan(args, title):
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(title)
    assert result.stdout.split("\n")[1:3] == ["", result.stdout.split("\n")[2]]
    assert result.stdout.split("\n")[2].startswith("| ")


@pytest.mark.parametrize("command", [["compare", "普惠"], ["gaps", "linan"], ["show", "linan"],
                                     ["plans"], ["metrics"], ["matrix"]])  # fmt: skip
def test_data_formats_stay_clean_tables_and_no_title_drops_the_title(command):
    csv = run(*command, "-f", "csv").stdout
    assert csv.startswith(("排名,", "类型,", "指标,", "id,"))
    tsv = run(*command, "-f", "tsv").stdout
    assert tsv.split("\n")[0] == csv.split("\n")[0].replace(",", "\t")
    assert json.loads(run(*command, "-f", "json").stdout)  # a JSON array and nothing else
    titled = run(*command).stdout
    untitled = run(*command, "--no-title").stdout
    assert untitled.startswith("| ") and not titled.startswith("| ")
    assert titled.endswith(untitled) and titled.count("\n") == untitled.count("\n") + 2


def test_compare_takes_the_best_match_and_says_which_on_stderr():
    result = run("compare", "普惠", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout == run("compare", "kindergarten_puhui_coverage", "-f", "csv").stdout
    assert result.stderr.startswith(
        "plancmp: '普惠' taken as kindergarten_puhui_coverage（普惠性幼儿园覆盖面）; it also matches "
    )
    for other in ("new_childcare_places", "national_preschool_puhui_county",
                  "county_preschool_universal_puhui_pass_share"):  # fmt: skip
        assert other in result.stderr
    exact = run("compare", "kindergarten_puhui_coverage", "-f", "csv")
    assert exact.stderr == ""


def test_equally_good_matches_are_a_usage_error_with_the_candidates():
    result = run("compare", "覆盖")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "metric '覆盖' is ambiguous: it matches" in result.stderr
    assert re.search(r"等 \d+ 个", result.stderr)  # every name 覆盖 is inside, counted


def test_positive_is_ahead_whatever_the_direction():
    higher = {
        r["plan"]: r for r in json.loads(run("compare", "普惠性幼儿园覆盖面", "-f", "json").stdout)
    }
    assert (higher["linan"]["delta_to_best"], higher["linan"]["ahead_of_best"]) == (-6.5, -6.5)
    assert higher["yuecheng"]["ahead_of_median"] == 4
    lower = {
        (r["plan"], r["rank"]): r for r in json.loads(run("compare", "近视率", "-f", "json").stdout)
    }
    shangcheng = lower[("shangcheng", 2)]
    assert (shangcheng["delta_to_best"], shangcheng["ahead_of_best"]) == (0.78, -0.78)
    assert shangcheng["ahead_of_median"] == -0.39  # behind the median: a higher rate
    table = run("compare", "近视率").stdout
    header = table.splitlines()[2]
    assert "比最优（+领先/-落后）" in header and "比中位数（+领先/-落后）" in header
    row = next(line for line in table.splitlines() if "杭州市上城区" in line and "<50.78" in line)
    assert "| -0.78 个百分点 " in row and "| -0.39 个百分点 " in row


def test_the_chart_says_what_it_left_out():
    lines = run("compare", "近视率", "--chart").stdout.splitlines()
    assert lines[0] == "儿童青少年总体近视率（单位：%，越低越好）；比较对象：全部规划（5 个）"
    assert lines[1].startswith("1. 绍兴市越城区")
    rest = lines[lines.index("未画出 6 项（未排名）：") + 1 :]
    assert "  杭州市 逐年下降1个百分点以上：趋势目标：只有方向或年变化率，无水平值" in rest
    assert "  台州市临海市 大幅下降：定性目标：无法按数值比较" in rest
    assert len(rest) == 6
    assert run("compare", "近视率", "--chart", "--no-title").stdout.startswith("1. ")


def _numbers(value, path=""):
    """Every number in a JSON document, with where it is."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _numbers(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _numbers(v, f"{path}[{i}]")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield path, value


def test_json_numbers_have_one_form_in_every_command():
    """A whole number is written 90, never 90.0, in every JSON a command writes."""
    data = load()
    commands = [["plans"], ["metrics"], ["matrix"], ["export", "-f", "json"]]
    commands += [["show", p] for p in data.headers] + [["gaps", p, "--all"] for p in data.headers]
    commands += [["compare", m.id] for m in data.catalog if data.records_for(m.id)]
    floats = []
    for command in commands:
        result = run(*command, "-f", "json") if command[0] != "export" else run(*command)
        assert result.exit_code == 0, (command, result.stderr)
        floats += [(command, where, n) for where, n in _numbers(json.loads(result.stdout))
                   if isinstance(n, float) and n == int(n)]  # fmt: skip
    assert floats == []


def test_a_finding_fits_an_80_column_terminal(monkeypatch):
    """说明 gets the room, not 本规划目标; no finding wraps over 20 lines."""
    from rich.cells import cell_len

    from plancmp.analysis import frame
    from plancmp.output.terminal import print_table
    from plancmp.output.views import gaps_table

    data = load()
    monkeypatch.setenv("COLUMNS", "80")
    for plan_id in data.headers:
        p, found = frame.gaps(data, plan_id)
        if not found:
            continue
        out = _printed(print_table, gaps_table(p, found, data.catalog))
        lines = out.splitlines()
        assert max(cell_len(line.rstrip()) for line in lines) <= 80
        widths = _widths(out)
        assert widths["说明"] >= 2 * widths["本规划目标"], (plan_id, widths)
        rule = next(i for i, line in enumerate(lines) if line.strip().startswith("─"))
        starts = [i for i, line in enumerate(lines) if i > rule and line[:3].strip()]
        ends = [*starts[1:], len(lines)]
        tallest = max(end - start for start, end in zip(starts, ends, strict=True))
        assert len(starts) == len(found) and tallest <= 20, (plan_id, tallest)


def _printed(print_table, table) -> str:
    stream = io.StringIO()
    print_table(table, stream)
    return stream.getvalue()


def _widths(out: str) -> dict[str, int]:
    """Each column's width in terminal cells, from where the headers start (a header
    folded onto a second line is read from the first)."""
    from rich.cells import cell_len

    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.strip().startswith("─"))
    header, starts, at = lines[rule - 1], [], 0
    for i, ch in enumerate(header):
        if ch != " " and (i == 0 or header[i - 1] == " "):
            starts.append((at, i))
        at += cell_len(ch)
    names, end = {}, cell_len(lines[rule].rstrip())
    for (cell, i), (next_cell, _) in zip(starts, [*starts[1:], (end + 2, 0)], strict=True):
        names[header[i:].split(" ")[0]] = next_cell - cell - 2
    return names


def test_linan_sport_skills_range_is_below_the_citys_range():
    result = run("gaps", "linan", "-k", "低于市级", "-f", "json")
    (finding,) = [f for f in json.loads(result.stdout) if f["metric"] == "student_sport_skills"]
    assert finding["kind"] == "below_city"
    assert finding["reason"].endswith("：区间下限 1项 低于市级 2项")
    assert finding["compared"]["plan_end"] == "low"


@pytest.mark.parametrize("plan_id", ["linan", "shangcheng"])
def test_every_pair_a_district_shares_with_its_city_is_listed_with_all(plan_id):
    data = load()
    city = data.with_records("hangzhou2023")
    mine = {r.metric for r in data.records_of(plan_id)}
    shared = {c.metric for c in city.records if c.metric in mine}
    result = run("gaps", plan_id, "--kind", "below_city", "--all", "-f", "json")
    found = json.loads(result.stdout)
    assert {f["metric"] for f in found} == shared
    assert {f["kind"] for f in found} <= {"below_city", "not_below_city", "city_not_compared"}
    for f in found:
        compared = f["compared"]
        assert ("not_compared" in compared) == (f["kind"] == "city_not_compared")
        if f["kind"] == "city_not_compared":
            assert "：未比较，" in f["reason"]
    default = json.loads(run("gaps", plan_id, "-k", "below_city", "-f", "json").stdout)
    assert [f for f in found if f["kind"] == "below_city"] == default


def test_default_missing_leaves_out_operational_counts_and_amounts():
    data = load()
    everything = json.loads(run("gaps", "linan", "-k", "missing", "--all", "-f", "json").stdout)
    default = json.loads(run("gaps", "linan", "-k", "missing", "-f", "json").stdout)
    assert default == [f for f in everything if f["compared"]["quiet"] is None]
    assert len(default) < len(everything)
    city = {c.metric: c for c in data.records_of("hangzhou2023")}
    for f in everything:
        m, quiet = data.catalog.get(f["metric"]), f["compared"]["quiet"]
        assert (quiet == "operational") == m.operational
        c = city.get(f["metric"])
        if quiet is None and f["compared"]["set_by"] == ["hangzhou2023"]:
            assert c.target.scope == "level" or c.unit in ("%", None)
        if c is not None and c.target.scope == "per_year" and c.unit not in ("%", None):
            assert quiet is not None  # a count the city sets per year


def test_kinds_in_chinese_several_at_once_and_skipped():
    by_name = run("gaps", "linan", "-k", "below_peers", "-k", "conflict", "-f", "csv").stdout
    assert run("gaps", "linan", "-k", "低于同类,前后不一致", "-f", "csv").stdout == by_name
    rows = by_name.splitlines()[1:]
    assert rows and {r.split(",")[0] for r in rows} == {"低于同类", "前后不一致"}
    skipped = run("gaps", "linan", "--skip", "缺少指标", "--skip", "qualitative", "-f", "csv")
    kinds = {r.split(",")[0] for r in skipped.stdout.splitlines()[1:]}
    assert "缺少指标" not in kinds and "定性目标" not in kinds and "低于同类" in kinds
    bad = run("gaps", "linan", "-k", "低于")
    assert bad.exit_code == 2
    assert "kind '低于' is ambiguous" in bad.stderr and "below_city（低于市级）" in bad.stderr
    for empty in ("", "，"):  # an option given with no kind in it filters nothing: refused
        for option in ("-k", "--skip"):
            none = run("gaps", "linan", option, empty)
            assert none.exit_code == 2 and none.stdout == ""
            assert none.stderr.startswith(f"plancmp: unknown kind {empty!r} — kinds: below_")


def test_a_mistyped_kind_lists_every_kind_once_with_its_chinese_name():
    bad = run("gaps", "linan", "-k", "低于同类x")
    assert bad.exit_code == 2
    assert bad.stderr.startswith(
        "plancmp: unknown kind '低于同类x': use one of below_national_standard（低于国家标准）、"
    )
    assert bad.stderr.count("below_peers") == 1 and "等" not in bad.stderr
    assert "province_not_compared（未与省级比较）" in bad.stderr


def test_findings_come_in_the_documented_order():
    found = json.loads(run("gaps", "linan", "-f", "json").stdout)
    order = ["below_national_standard", "below_city", "conflict", "not_above_baseline",
             "below_peers", "missing", "qualitative"]  # fmt: skip
    positions = [order.index(f["kind"]) for f in found]
    assert positions == sorted(positions)
