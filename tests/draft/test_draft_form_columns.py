"""A performance self-evaluation form (绩效自评表) prints each indicator across columns of
their own: the comparator (`指标性质`: ≥, ＝), the value (`指标值`), its unit
(`度量单位`), then the result and the scores (`分值`, `得分`), which are no targets."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.draft.build import draft_document, read_all
from plancmp.draft.found import Found
from plancmp.draft.header import read_header
from plancmp.draft.read import read_document
from plancmp.draft.tables import split_cell

FORM = "\n".join([
    "2022年度项目支出绩效自评表",
    "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 受资助学生人数 | ≥ | 735 | 人次 | 735 | 10 | 10 |",
    " | 质量指标 | 资助覆盖率 | ＝ | 100 | % | 98% | 10 | 9 |",
    "满意度指标 | 服务对象满意度指标 | 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 |",
])  # fmt: skip


def drafted(tmp_path: Path, text: str) -> list[Found]:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    found, _ = read_all(doc, read_header(doc))
    return found


def test_a_self_evaluation_row_reads_its_value_unit_and_comparator_not_its_scores(
    tmp_path: Path,
) -> None:
    got = drafted(tmp_path, FORM)
    assert [(f.name, f.raw, f.unit, f.comparator, f.year) for f in got] == [
        ("受资助学生人数", "735", "人次", "≥", 2022),
        ("资助覆盖率", "100", "%", "＝", 2022),
        ("家长满意度", "95", "%", "≧", 2022),
    ]


def test_the_comparator_cell_gives_the_drafted_target_its_op(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    draft = draft_document(read_document(path), "form", [])
    assert [(d.record.target.raw, d.record.target.value.op) for d in draft.records] == [
        ("735", ">="),
        ("100", "="),
        ("95", ">="),
    ]


def test_a_forms_tick_boxes_and_telephone_numbers_are_no_values() -> None:
    assert split_cell("新增项目□ 延续项目☑", None) == []
    assert split_cell("18073426859", None) == []
    assert split_cell("0743-8221234", None) == []
    assert split_cell("18073", None) == ["18073"]  # a count, however long, stays a value


def test_a_drafted_comparator_cell_is_kept_as_printed_and_validates(tmp_path: Path) -> None:
    """The file says where the op came from (`comparator: "≥"` beside `raw: "735"`), so
    `validate` reads the same op from it, with no hand edit."""
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    out = tmp_path / "plans" / "form.yaml"
    out.parent.mkdir()
    drafted = CliRunner().invoke(app, ["draft", str(path), "-o", str(out)])
    assert drafted.exit_code == 0, drafted.stderr
    text = out.read_text(encoding="utf-8")
    assert '      raw: "735"\n      op: ">="\n' in text
    assert '      comparator: "≥"\n' in text and '      comparator: "≧"\n' in text
    checked = CliRunner().invoke(app, ["validate", str(out.parent)])
    assert checked.exit_code == 0, checked.stderr
    shown = CliRunner().invoke(app, ["--data-dir", str(out.parent), "show", "form", "-f", "csv"])
    assert shown.exit_code == 0, shown.stderr
    assert "受资助学生人数," in shown.stdout and ",735,≥735人次,2022," in shown.stdout


SPILLED = "\n".join([
    "2022年度项目支出绩效自评表",
    "| 年度总体目标 | 确保学生享受政策 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受资助学生人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |",
    "| 质量指标 | 资助覆盖率 | ═ | 100 | % | 98% | 10 | 9 |",
    "| 有效 | 10 | 10 |",
    "|",
    "| 满意度指标 | 服务对象满意度指标等 | 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 |",
    "| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |",
])  # fmt: skip


def test_a_form_whose_header_spilled_into_one_row_is_read_by_its_comparator_cells(
    tmp_path: Path,
) -> None:
    """Header cells and the first row run together in one long `|` row, and the rows below
    differ in width (kinds merged down): each row is the indicator before its comparator
    cell, the value and unit after it; the actual values and scores stay out."""
    got = drafted(tmp_path, SPILLED)
    assert [(f.name, f.raw, f.unit, f.comparator, f.year) for f in got] == [
        ("受资助学生人数", "735", "人次", "≧", 2022),
        ("资助覆盖率", "100", "%", "═", 2022),
        ("家长满意度", "95", "%", "≧", 2022),
    ]
