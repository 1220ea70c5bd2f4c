"""Small synthetic plans for logic tests; data tests read data/ instead."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import settings

from plancmp.metrics import Catalog
from plancmp.model import Baseline, Metric, Plan, Record, Source, Target
from plancmp.values import parse

settings.register_profile("plancmp", deadline=None)
settings.load_profile("plancmp")
"""Property tests check what a function returns, not how fast: a first call that imports a
module, on a loaded machine, must not fail them (speed is measured in benchmarks/)."""

METRICS = Catalog([
    Metric("puhui", "普惠性幼儿园覆盖面", ("普惠性幼儿园在园儿童覆盖面",), "%", "学前教育", "higher"),
    Metric("public_kg", "公办幼儿园覆盖率", (), "%", "学前教育", "higher"),
    Metric("myopia", "儿童青少年总体近视率", ("近视率",), "%", "健康", "lower"),
    Metric("balance", "校际优质均衡系数", ("校际优质均衡差异系数",), None, "义务教育", "lower"),
    Metric("pupils", "在校生数", (), "人", "综合", "neutral"),
    Metric("places", "新增学位", (), "个", "保障", "higher"),
    Metric("skills", "学生掌握运动技能项数", (), "项", "健康", "higher"),
    Metric("screening", "正脊筛查学生数", (), "名", "健康", "higher", operational=True),
])  # fmt: skip


def rec(
    plan: str,
    metric: str,
    raw: str,
    unit: str | None = "%",
    *,
    base: str | None = None,
    base_year: int = 2020,
    segment: str | None = None,
    scope: str = "level",
    year: int = 2025,
    section: str = "指标表",
    kind: str = "table",
) -> Record:
    """A record as a curator would write it: the printed value, parsed."""
    value = parse(raw, unit)
    baseline = Baseline(base_year, base, parse(base, unit)) if base else None
    return Record(plan, metric, metric, segment, value.unit, unit, Target(raw, value, year, scope),
                  baseline, None, Source(section, kind))  # fmt: skip


def plan(
    pid: str, *records: Record, level: str = "区", city: str | None = "杭州", year: int = 2025
) -> Plan:
    jurisdiction = f"{city}市" if level == "市" else f"{pid}区"
    return Plan(pid, f"{pid}规划", (), None, None, None, jurisdiction, level,
                None if level == "市" else city, "annual_work_points" if level == "市" else "five_year_plan",
                None if level == "市" else 2020, year, None, tuple(records))  # fmt: skip


@pytest.fixture
def catalog() -> Catalog:
    return METRICS


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own cache folder: tests never touch ~/.cache or each other."""
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Tests read the English interface whatever the machine's locale; the Chinese one is
    tested explicitly (test_i18n.py), with PLANCMP_LANG or LANG set in the test."""
    monkeypatch.setenv("PLANCMP_LANG", "en")


# --- data files, for tests that load a folder as plancmp does -------------------------------

CATALOG_YAML = """metrics:
  - {id: "puhui", name: "普惠性幼儿园覆盖面", unit: "%", category: "学前教育", better: "higher"}
  - {id: "myopia", name: "儿童青少年总体近视率", unit: "%", category: "健康", better: "lower"}
  - {id: "balance", name: "校际优质均衡系数", category: "义务教育", better: "lower"}
"""


def record_yaml(
    metric: str,
    raw: str,
    *,
    base: str | None = None,
    base_year: int | None = None,
    unit: str | None = "%",
    year: int | None = None,
    actuals: tuple[tuple[int, str], ...] = (),
) -> str:
    """One record of a plan file, as a curator writes it."""
    lines = [f'  - metric: "{metric}"', f'    name: "{metric}"']
    if unit:
        lines.append(f'    unit: "{unit}"')
    if base:
        lines.append(
            f'    baseline: {{raw: "{base}"' + (f", year: {base_year}" if base_year else "") + "}"
        )
    lines.append(f'    target: {{raw: "{raw}"' + (f", year: {year}" if year else "") + "}")
    lines.append('    source: {section: "指标表", kind: "table"}')
    if actuals:
        lines.append("    actuals:")
        for y, a in actuals:
            lines += [f"      - year: {y}", f'        raw: "{a}"',
                      '        source: {document: "统计公报"}']  # fmt: skip
    return "\n".join(lines) + "\n"


def plan_yaml(
    pid: str,
    *records: str,
    level: str | None = "区",
    jurisdiction: str | None = None,
    parent_city: str | None = None,
    parents: tuple[str, ...] = (),
    base_year: int | None = 2020,
    target_year: int = 2025,
    title: str | None = None,
) -> str:
    """A plan file; a county-level plan lies in 杭州 unless told otherwise."""
    if jurisdiction is None:
        jurisdiction = f"杭州市{pid}区" if level in ("区", "县") else f"{pid}市"
    if parent_city is None and not parents and level in ("区", "县", "县级市"):
        parent_city = "杭州"

    def q(v: object) -> str:
        return "null" if v is None else f'"{v}"'

    head = [f'id: "{pid}"', f'title: {q(title or f"{pid}规划")}', f"jurisdiction: {q(jurisdiction)}",
            f"level: {q(level)}", f"parent_city: {q(parent_city)}",
            f"base_year: {base_year if base_year else 'null'}", f"target_year: {target_year}"]  # fmt: skip
    if parents:
        head.append("parents: [" + ", ".join(f'"{p}"' for p in parents) + "]")
    return "\n".join(head) + "\nrecords:\n" + "".join(records)


def write_data(folder, files: dict[str, str]):
    """A data folder holding these files (name → text); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class Hung(BaseException):
    """A test ran past its time limit (a BaseException: no `except OSError` swallows it)."""


@pytest.fixture
def no_hang():
    """Fail a test that hangs (a named pipe opened, a device read forever) instead of
    waiting: SIGALRM interrupts Python code; where C code waits on (SQLite retries an
    interrupted open), the whole run ends with a traceback of where it hung."""
    import faulthandler
    import signal

    def expired(signum, frame):
        raise Hung("still running after 30 s: something waits forever")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(30)
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def devices(tmp_path_factory) -> dict[str, str]:
    """/dev/null and /dev/full for `-o`. Run as root, a fault that renames a file onto
    its output would replace the machine's own devices, so root gets devices of its own."""
    if os.geteuid() != 0:
        return {"null": "/dev/null", "full": "/dev/full"}
    folder = tmp_path_factory.mktemp("dev")
    for name, minor in (("null", 3), ("full", 7)):
        os.mknod(folder / name, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return {name: str(folder / name) for name in ("null", "full")}
