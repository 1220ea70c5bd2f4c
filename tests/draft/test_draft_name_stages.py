"""The stage and the name a drafted figure takes from its own clause, stated on invented
sentences (corpus/README.md, `segment`: the stage the figure's own words name)."""

from __future__ import annotations

from plancmp.draft.prose import Paragraph, Plan, read_paragraph

YEAR = Plan(None, 2024, True)


def stages(text: str) -> list[tuple[str, str, str | None]]:
    found, _, _ = read_paragraph(text, Paragraph("今年主要任务", False, 2024, 0), YEAR)
    return [(f.name, f.raw, f.segment) for f in found]


def test_a_count_of_middle_schools_is_of_no_one_stage() -> None:
    """`中学` alone is junior years, senior years or both: it takes no stage from `小学` beside it."""
    assert stages("今年新建小学2所，新建中学1所。") == [
        ("新建小学", "2所", "小学"),
        ("新建中学", "1所", None),
    ]
    assert stages("将新增小学180个班，中学28个班。")[1][2] is None
    assert stages("今年新建小学2所，新建初级中学1所。")[1][2] == "初中"
