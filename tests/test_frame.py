"""Whom a plan is held to: chosen peers and groups, and the plans above it."""

import json
import re
from decimal import Decimal

import pytest
from conftest import CATALOG_YAML, plan_yaml, record_yaml, write_data
from typer.testing import CliRunner

from plancmp.analysis import frame
from plancmp.analysis.compare import compare
from plancmp.cli import app
from plancmp.lookup import NotFound
from plancmp.store import InvalidData, load

runner = CliRunner()

GROUPS = """groups:
  - id: "mine"
    name: "对标组"
    members: ["b", "c", "d"]
"""


@pytest.fixture
def four(tmp_path):
    """Four districts of 杭州 setting 普惠 (a is the most ambitious), and a group without a."""
    return write_data(tmp_path / "four", {
        "metrics.yaml": CATALOG_YAML,
        "a.yaml": plan_yaml("a", record_yaml("puhui", ">97")),
        "b.yaml": plan_yaml("b", record_yaml("puhui", "92%以上")),
        "c.yaml": plan_yaml("c", record_yaml("puhui", "＞95")),
        "d.yaml": plan_yaml("d", record_yaml("puhui", "90")),
        "groups.yaml": GROUPS,
    })  # fmt: skip


def ranking(data, chosen=None):
    m = data.catalog.get("puhui")
    wanted = set(frame.among(data, chosen).plans)
    rows = compare(m, [(p, r) for p, r in data.entries_for("puhui") if p.id in wanted])
    return [(r.plan.id, r.rank, r.delta_to_best, r.delta_to_median) for r in rows]


def test_a_peer_group_limits_the_ranking_its_best_and_its_median(four):
    data = load(builtin_dir=four)
    assert ranking(data) == [
        ("a", 1, 0, Decimal("3.5")),
        ("c", 2, -2, Decimal("1.5")),
        ("b", 3, -5, Decimal("-1.5")),
        ("d", 4, -7, Decimal("-3.5")),
    ]
    group = data.find_peers("对标组")
    assert group.plans == ("b", "c", "d")
    assert ranking(data, group) == [("c", 1, 0, 3), ("b", 2, -3, 0), ("d", 3, -5, -2)]


def test_a_peer_group_limits_the_gaps_best_and_median(four):
    data = load(builtin_dir=four)
    _, everyone = frame.gaps(data, "d")
    (f,) = everyone
    assert (f.facts.best.plan.id, f.facts.median, f.facts.compared) == ("a", 93.5, 4)
    _, chosen = frame.gaps(data, "d", data.find_peers("mine"))
    (f,) = chosen
    assert (f.facts.best.plan.id, f.facts.median, f.facts.compared) == ("c", 92, 3)
    assert f.facts.more_ambitious == 2


def test_peers_are_named_by_plans_and_groups_in_the_order_given(four):
    data = load(builtin_dir=four)
    assert data.find_peers("d,a").plans == ("d", "a")
    both = data.find_peers("a、对标组")  # a Chinese list, and a group: its members once each
    assert (both.plans, both.named, [g.id for g in both.groups]) == (
        ("a", "b", "c", "d"),
        ("a",),
        ["mine"],
    )
    assert data.find_peers("杭州市所辖区县").plans == (
        "a",
        "b",
        "c",
        "d",
    )  # derived from parent_city
    with pytest.raises(NotFound, match="unknown plan or group 'zz'"):
        data.find_peers("a,zz")


def test_derived_groups_follow_the_plans(four):
    data = load(builtin_dir=four)
    assert {g.id: g.members for g in data.groups.values() if g.kind != "file"} == {
        "all": ("a", "b", "c", "d"),
        "tier:county": ("a", "b", "c", "d"),
        "city:杭州": ("a", "b", "c", "d"),
    }
    assert data.find_group("全部区县").id == "tier:county"


def test_compare_with_peers_on_the_command_line(four):
    result = runner.invoke(app, ["--data-dir", str(four), "compare", "puhui", "--peers", "对标组", "-f", "json"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["plan"], r["rank"], r["delta_to_best"]) for r in rows] == [
        ("c", 1, 0), ("b", 2, -3), ("d", 3, -5)
    ]  # fmt: skip
    assert rows[0]["peers"] == {
        "name": "对标组（3 个）", "groups": ["mine"], "count": 3, "plans": ["b", "c", "d"]
    }  # fmt: skip


def test_every_output_says_which_peers_it_used(four, tmp_path):
    page = tmp_path / "compare.html"
    args = ["--data-dir", str(four), "compare", "puhui", "--peers", "c,d", "-o", str(page)]
    assert runner.invoke(app, args).exit_code == 0
    assert (
        "<h1>普惠性幼儿园覆盖面（单位：%，越高越好）；比较对象：杭州市c区、杭州市d区</h1>"
        in page.read_text("utf-8")
    )
    gaps = json.loads(
        runner.invoke(app, ["--data-dir", str(four), "gaps", "d", "-f", "json"]).stdout
    )
    assert gaps[0]["peers"]["name"].startswith("全部区县规划（")
    assert gaps[0]["peers"]["plans"] is None  # a whole tier: `groups` says which
    matrix = runner.invoke(app, ["--data-dir", str(four), "matrix", "--peers", "b,c", "-f", "csv"])
    assert matrix.stdout.splitlines()[0] == "指标,学段,类别,杭州市b区,杭州市c区"
    report = runner.invoke(app, ["--data-dir", str(four), "report", "d", "--peers", "mine"]).stdout
    assert "比较对象：对标组（3 个）；上级规划：《杭州市教育局2023年工作要点》。" in report


def test_unknown_peer_is_a_usage_error_naming_the_word():
    result = runner.invoke(app, ["compare", "普惠", "--peers", "临安,火星"])
    assert result.exit_code == 2
    assert "--peers: unknown plan or group '火星'" in result.stderr


# --- groups files ---------------------------------------------------------------------------


def test_an_unknown_group_member_fails_validate_with_file_and_line(tmp_path):
    folder = write_data(tmp_path / "mine", {"groups.yaml": (
        'groups:\n  - id: "mine"\n    name: "我的对标组"\n    members:\n'
        '      - "linan"\n      - "shangchen"\n'
    )})  # fmt: skip
    result = runner.invoke(app, ["validate", str(folder / "groups.yaml")])
    assert result.exit_code == 1
    assert f"{folder / 'groups.yaml'}:6: unknown plan 'shangchen' in group 'mine': did you mean shangcheng?" in result.stderr  # fmt: skip
    loading = runner.invoke(app, ["--data-dir", str(folder), "plans"])
    assert loading.exit_code == 1
    assert f"{folder / 'groups.yaml'}:6: unknown plan 'shangchen'" in loading.stderr


def test_group_ids_are_unique_and_never_a_plans(four):
    (four / "more.yaml").write_text(
        'groups:\n  - {id: "mine", name: "又一组", members: ["a"]}\n'
        '  - {id: "a", name: "甲", members: ["a"]}\n'
        '  - {id: "all", name: "全", members: ["a", "a"]}\n',
        encoding="utf-8",
    )
    with pytest.raises(InvalidData) as caught:
        load(builtin_dir=four)
    messages = sorted(f"{p.path.rsplit('/', 1)[1]}:{p.line}: {p.message.split(':')[0]}" for p in caught.value.problems)  # fmt: skip
    assert messages == [
        "more.yaml:2: group id 'mine' is also used at " + str(four / "groups.yaml"),
        "more.yaml:3: group id 'a' is a plan's id",
        "more.yaml:4: group id 'all' is kept for every plan",
        "more.yaml:4: plan 'a' is listed twice in group all",
    ]


def test_a_users_group_replaces_a_builtin_one_with_a_note(four, tmp_path):
    mine = write_data(
        tmp_path / "user", {"groups.yaml": GROUPS.replace('["b", "c", "d"]', '["a"]')}
    )
    data = load(mine, builtin_dir=four)
    assert data.groups["mine"].members == ("a",)
    assert any("replaces the built-in group 'mine'" in n for n in data.notes)


# --- higher plans ---------------------------------------------------------------------------


@pytest.fixture
def above(tmp_path):
    """A district naming its city and province, one naming only its city (the old field),
    the city's five-year plan and the province's."""
    me = plan_yaml("me", record_yaml("puhui", "90", base="85%"), parents=("杭州市", "浙江省"))
    old = plan_yaml("old", record_yaml("puhui", "90", base="85%"), parent_city="杭州")
    city = plan_yaml("hz", record_yaml("puhui", "95%以上"), level="市", jurisdiction="杭州市",
                     parents=("浙江省",), title="杭州市教育事业发展十四五规划")  # fmt: skip
    province = plan_yaml("zj", record_yaml("puhui", "97"), level="省", jurisdiction="浙江省",
                         title="浙江省教育事业发展十四五规划")  # fmt: skip
    return write_data(tmp_path / "above", {"metrics.yaml": CATALOG_YAML, "me.yaml": me,
                                           "old.yaml": old, "hz.yaml": city, "zj.yaml": province})  # fmt: skip


def test_a_district_is_held_to_its_citys_and_provinces_plans(above):
    data = load(builtin_dir=above)
    me = data.headers["me"]
    assert [q.id for q in frame.higher_plans(data, me)] == ["hz", "zj"]
    assert [q.id for q in frame.higher_plans(data, data.headers["old"])] == ["hz"]
    assert [q.id for q in frame.higher_plans(data, data.headers["hz"])] == ["zj"]
    assert [p.id for p in frame.peers_of(data, me)] == ["old"]  # cities and provinces are not peers


def test_a_higher_plan_that_ended_before_the_plan_began_is_not_held_to(above):
    ended = plan_yaml("hz2008", record_yaml("puhui", "99"), level="市", jurisdiction="杭州市",
                      base_year=2004, target_year=2008, title="杭州市旧意见")  # fmt: skip
    write_data(above, {"hz2008.yaml": ended})
    data = load(builtin_dir=above)
    assert [q.id for q in frame.higher_plans(data, data.headers["me"])] == ["hz", "zj"]


def test_a_higher_plan_that_began_after_the_plan_ended_is_not_held_to(above):
    """A district's plan for 2016-2020 was not written to its city's plan for 2021-2025 nor
    to its city's work points of 2023; a city's work points of 2020 it was."""
    late = plan_yaml("me2016", record_yaml("puhui", "80", base="70%"), parents=("杭州市",),
                     base_year=2015, target_year=2020)  # fmt: skip
    points = plan_yaml("hz2023", record_yaml("puhui", "99"), level="市", jurisdiction="杭州市",
                       base_year=None, target_year=2023, title="杭州市2023年工作要点")  # fmt: skip
    same = plan_yaml("hz2020", record_yaml("puhui", "99"), level="市", jurisdiction="杭州市",
                     base_year=None, target_year=2020, title="杭州市2020年工作要点")  # fmt: skip
    write_data(above, {"me2016.yaml": late, "hz2023.yaml": points, "hz2020.yaml": same})
    data = load(builtin_dir=above)
    assert [q.id for q in frame.higher_plans(data, data.headers["me2016"])] == ["hz2020"]
    assert [q.id for q in frame.higher_plans(data, data.headers["me"])] == [
        "hz",
        "hz2020",
        "hz2023",
        "zj",
    ]  # a plan for 2021-2025 is held to work points of 2020 and 2023 alike


def test_a_report_names_the_higher_plans_of_another_period_it_did_not_hold_to(above):
    """Left out of the frame, a loaded city plan must not read as a missing one."""
    late = plan_yaml("me2016", record_yaml("puhui", "80", base="70%"), parents=("杭州市",),
                     base_year=2015, target_year=2020)  # fmt: skip
    ended = plan_yaml("hz2008", record_yaml("puhui", "99"), level="市", jurisdiction="杭州市",
                      base_year=2004, target_year=2008, title="杭州市旧意见")  # fmt: skip
    write_data(above, {"me2016.yaml": late, "hz2008.yaml": ended})
    alone = runner.invoke(app, ["--data-dir", str(above), "report", "me2016"]).stdout
    line = next(x for x in alone.splitlines() if x.startswith("比较对象："))
    held, left = line.split("上级规划：")[1].split("（", 1)
    assert held == "无同期规划"
    assert left == (  # the built-in work points of 2023 as well as the folder's plans
        "《杭州市教育局2023年工作要点》、《杭州市教育事业发展十四五规划》、《杭州市旧意见》"
        "与本规划不同期，未作对照）。"
    )
    assert re.search(r"\| 低于市级 +\| 未比较（已收录的杭州市规划与本规划不同期） +\|", alone)
    me = runner.invoke(app, ["--data-dir", str(above), "report", "me"]).stdout
    line = next(x for x in me.splitlines() if x.startswith("比较对象："))
    held, left = line.split("上级规划：")[1].split("（", 1)
    assert "《杭州市教育事业发展十四五规划》" in held and "旧意见" not in held
    assert left == "《杭州市旧意见》与本规划不同期，未作对照）。"


def test_gaps_names_the_higher_plans_of_another_period_it_did_not_hold_to(above):
    """As report does: with no word, a loaded city plan left out would read as a missing one,
    and no city finding as a plan that keeps to its city's."""
    late = plan_yaml("me2016", record_yaml("puhui", "80", base="70%"), parents=("杭州市",),
                     base_year=2015, target_year=2020)  # fmt: skip
    ended = plan_yaml("hz2008", record_yaml("puhui", "99"), level="市", jurisdiction="杭州市",
                      base_year=2004, target_year=2008, title="杭州市旧意见")  # fmt: skip
    write_data(above, {"me2016.yaml": late, "hz2008.yaml": ended})
    alone = runner.invoke(app, ["--data-dir", str(above), "gaps", "me2016"])
    assert alone.exit_code == 0, alone.stderr
    assert (
        "plancmp: me2016: 《杭州市教育局2023年工作要点》、《杭州市教育事业发展十四五规划》、"
        "《杭州市旧意见》 of another period are loaded but not compared: a higher plan is"
        " compared only when its period meets the plan's"
    ) in alone.stderr.splitlines()
    me = runner.invoke(app, ["--data-dir", str(above), "gaps", "me"])
    assert [x for x in me.stderr.splitlines() if "another period" in x] == [
        "plancmp: me: 《杭州市旧意见》 of another period are loaded but not compared: a higher"
        " plan is compared only when its period meets the plan's"
    ]
    assert "another period" not in runner.invoke(app, ["gaps", "linan"]).stderr


def test_gaps_says_which_higher_document_each_finding_comes_from(above):
    result = runner.invoke(app, ["--data-dir", str(above), "gaps", "me", "--kind", "below_city",
                                 "--kind", "below_province", "-f", "json"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert [(f["kind"], f["compared"]["city_plan"], f["compared"]["higher_document"]) for f in found] == [
        ("below_city", "hz", "杭州市教育事业发展十四五规划"),
        ("below_province", "zj", "浙江省教育事业发展十四五规划"),
    ]  # fmt: skip
    assert (
        found[0]["reason"]
        == "《杭州市教育事业发展十四五规划》2025年要求 95%以上；本规划目标 90%：90% 低于市级 95%"
    )
    assert (
        found[1]["reason"]
        == "《浙江省教育事业发展十四五规划》2025年要求 97%；本规划目标 90%：90% 低于省级 97%"
    )


def test_parent_city_must_be_among_parents(tmp_path):
    text = plan_yaml(
        "me", record_yaml("puhui", "90"), parents=("宁波市", "浙江省"), parent_city="杭州"
    )
    folder = write_data(tmp_path / "bad", {"metrics.yaml": CATALOG_YAML, "me.yaml": text})
    with pytest.raises(
        InvalidData, match=r"`parent_city` '杭州' is not among `parents` \(宁波市, 浙江省\)"
    ):
        load(builtin_dir=folder)
