"""Long-form export (CSV, SQLite) and the notebook API."""

import csv
import io
import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

import plancmp
from plancmp.cli import app
from plancmp.output.export import RECORD_COLUMNS

runner = CliRunner()


def total_records():
    shown = json.loads(runner.invoke(app, ["plans", "-f", "json"]).stdout)
    return sum(p["records"] for p in shown)


def test_csv_has_every_record_and_column():
    result = runner.invoke(app, ["export", "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RECORD_COLUMNS
    assert len(rows) - 1 == total_records()


def test_sqlite_count_equals_what_show_prints(tmp_path):
    db = tmp_path / "plans.db"
    result = runner.invoke(app, ["export", "--format", "sqlite", "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    shown = sum(
        len(json.loads(runner.invoke(app, ["show", pid, "-f", "json"]).stdout))
        for pid in plancmp.load().plans
    )
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from records").fetchone()[0] == shown
    assert con.execute("select count(*) from plans").fetchone()[0] == 5
    raw, value = con.execute(
        "select target_raw, target_value from records where plan='linan' and metric='kindergarten_puhui_coverage'"
    ).fetchone()
    assert (raw, value) == ("＞90", 90)
    again = runner.invoke(app, ["export", "--format", "sqlite", "-o", str(db)])
    assert again.exit_code == 2
    assert "exists: use --force" in again.stderr


def test_sqlite_needs_a_file():
    result = runner.invoke(app, ["export", "--format", "sqlite"])
    assert result.exit_code == 2
    assert result.stderr == "plancmp: --format sqlite writes a file: add -o plans.db\n"


def test_api_in_three_lines():
    data = plancmp.load()
    rows = plancmp.to_records(data)
    assert len(rows) == total_records()
    linan = [
        r for r in rows if r["plan"] == "linan" and r["metric"] == "kindergarten_puhui_coverage"
    ]
    assert linan[0]["target_raw"] == "＞90"
    assert linan[0]["baseline_value"] == 91.6
    assert set(rows[0]) == set(RECORD_COLUMNS)


def test_api_loads_a_users_folder(tmp_path):
    src = plancmp.load().plans["linan"].path
    (tmp_path / "linan.yaml").write_text(Path(src).read_text(encoding="utf-8"), encoding="utf-8")
    data = plancmp.load(tmp_path)
    assert data.notes == (f"note: {tmp_path / 'linan.yaml'} replaces the built-in plan 'linan'",)
