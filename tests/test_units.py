"""The unit table (data/units.yaml): read by the grammar, checked by `validate`, quoted in
data/README.md."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from typer.testing import CliRunner

from plancmp import units, values
from plancmp.cli import app
from plancmp.paths import default_data_dir

DATA = default_data_dir()


def test_the_readme_quotes_the_table_as_it_is():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"```yaml\n(units:\n.*?)```", readme, re.S)
    assert quoted is not None
    table = (DATA / "units.yaml").read_text(encoding="utf-8")
    assert quoted.group(1) == table[table.index("units:\n") :]


def test_multipliers_are_expanded_and_shares_take_none():
    table = units.table()
    assert table.units["万人"] == ("人", 10000)
    assert table.units["亿元"] == ("元", 100000000)
    assert table.units["万方"] == ("平方米", 10000)
    assert table.units["亩"] == ("平方米", Fraction(10000, 15))
    assert table.units["‰"] == ("%", Fraction(1, 10))
    assert table.units["亿"] == ("元", 100000000)
    assert table.units["万亿元"] == ("元", 1000000000000)
    assert table.units["万亿"] == ("元", 1000000000000)  # bare, like 亿: money
    assert not {"万%", "万个百分点", "万成", "万‰", "万万亿"} & set(table.units)
    assert values.UNITS is table.units and values.MULTIPLIERS == {
        "千": 1000,
        "万": 10000,
        "亿": 100000000,
        "万亿": 1000000000000,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('units:\n  base:\n    "%": {base: "%"}\n    "%": {base: "%"}\n', "duplicate key '%'"),
        (
            'units:\n  base:\n    "斤": {base: "斤", factor: "half"}\n',
            "factor 'half' must be a positive number",
        ),
        (
            'units:\n  base:\n    "所": {base: "所"}\n  counts: ["所"]\n',
            "unit '所' is defined twice",
        ),
        ('units:\n  prefixes: {"万": 10000}\n', "unknown section 'prefixes'"),
        ('units:\n  multipliers: {"万": "0.5"}\n', "multiplier '万' must be a whole number"),
    ],
)
def test_validate_checks_a_units_file(tmp_path, text, message):
    path = tmp_path / "units.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr


def test_the_shipped_units_file_validates_and_is_not_read_as_a_plan():
    result = CliRunner().invoke(app, ["validate", str(DATA / "units.yaml")])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "1 file(s) OK\n"


def test_bandwidth_is_read_in_megabits():
    """`出口总带宽达到40Gbps`, `接入带宽不低于1000Mbps`: bandwidth, in Mbps (no unit was known,
    and the figures were not drafted)."""
    fast = values.parse("40Gbps")
    assert (fast.value, fast.unit) == (40000, "Mbps")
    floor = values.parse("不低于1000Mbps")
    assert (floor.op, floor.value, floor.unit) == (">=", 1000, "Mbps")
