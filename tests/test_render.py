"""Every format renders a whole, exact output; Chinese columns line up."""

import json

import pytest
import tabulate as tabulate_module
from conftest import plan

from plancmp.output import words
from plancmp.output.formats import FILE_FORMATS, TABULATE_FORMATS, TEXT_FORMATS, Format
from plancmp.output.table import Table
from plancmp.output.text import RENDERERS, render
from plancmp.output.write import FILE_WRITERS

TABLE = Table(["指标", "目标"], [["普惠性幼儿园覆盖面", "＞90"], ["a|b", "700"]],
              [{"name": "普惠性幼儿园覆盖面", "value": 90}], title="t")  # fmt: skip


def test_every_format_has_a_renderer():
    assert set(RENDERERS) == TEXT_FORMATS
    assert set(FILE_WRITERS) == FILE_FORMATS == {Format.SQLITE, Format.DOCX, Format.XLSX}
    assert TEXT_FORMATS | {Format.RICH, Format.YAML} | FILE_FORMATS == set(Format)
    assert set(tabulate_module.tabulate_formats) >= TABULATE_FORMATS


def test_wide_chars_mode_is_on():
    assert tabulate_module.WIDE_CHARS_MODE


def test_markdown_aligns_chinese_and_escapes_pipes():
    assert render(TABLE, Format.MARKDOWN) == (
        "t\n"
        "\n"
        "| 指标               | 目标   |\n"
        "|:-------------------|:-------|\n"
        "| 普惠性幼儿园覆盖面 | ＞90   |\n"
        "| a\\|b               | 700    |\n"
    )


def test_markdown_cells_stay_on_one_line_with_their_columns_aligned():
    # a table row quoted as drafting read it: its cells joined by tabs
    t = Table(["原句", "目标"], [["1\t某类学校覆盖率\t95%", "95%"], ["第一行\r\n第二行", "a|b"]])
    assert render(t, Format.MARKDOWN) == (
        "| 原句                 | 目标   |\n"
        "|:---------------------|:-------|\n"
        "| 1 某类学校覆盖率 95% | 95%    |\n"
        "| 第一行 第二行        | a\\|b   |\n"
    )
    assert render(t, Format.GITHUB) == (
        "| 原句                 | 目标   |\n"
        "|----------------------|--------|\n"
        "| 1 某类学校覆盖率 95% | 95%    |\n"
        "| 第一行 第二行        | a\\|b   |\n"
    )


def test_csv_tsv_excel():
    assert render(TABLE, Format.CSV) == "指标,目标\n普惠性幼儿园覆盖面,＞90\na|b,700\n"
    assert render(TABLE, Format.TSV) == "指标\t目标\n普惠性幼儿园覆盖面\t＞90\na|b\t700\n"
    assert render(TABLE, Format.EXCEL) == "\ufeff指标,目标\n普惠性幼儿园覆盖面,＞90\na|b,700\n"


def test_json_keeps_chinese_readable():
    text = render(TABLE, Format.JSON)
    assert json.loads(text) == [{"name": "普惠性幼儿园覆盖面", "value": 90}]
    assert "普惠" in text


def test_numbers_are_not_rewritten():
    t = Table(["x"], [["1.10"], ["0.250"]])
    assert render(t, Format.PLAIN) == "x\n1.10\n0.250\n"


@pytest.mark.parametrize(
    ("base_year", "target_year", "shown"),
    [
        (2020, 2025, "2021—2025年"),
        (2015, 2020, "2016—2020年"),
        (None, 2023, "2023年"),
        (2022, 2023, "2023年"),
    ],
)
def test_a_plans_period_begins_the_year_after_its_base_year(base_year, target_year, shown):
    """A 十四五 plan is 2021—2025 to its readers; its base_year 2020 dates its baselines."""
    p = plan("x")._replace(base_year=base_year, target_year=target_year)
    assert words.period(p) == shown
