"""How news reports, digests and programmes write targets: rules read from how such texts
are written, each stated on invented sentences."""

from __future__ import annotations

from plancmp.draft.found import Found
from plancmp.draft.prose import Paragraph, Plan, read_paragraph

NEWS_2022 = Plan(2020, 2025, False, now=2022, news=True, ahead=(2025,), dated=True)


def read(text: str, plan: Plan) -> tuple[list[tuple[str, int | None]], list[str]]:
    found, baselines, _ = read_paragraph(text, Paragraph("正文", False, None, 0), plan)
    return [(f.raw, f.year) for f in found], [f.raw for f in baselines]


def brief(found: list[Found]) -> list[tuple[str, int | None]]:
    return [(f.raw, f.year) for f in found]


def test_an_amount_reached_is_no_target_year() -> None:
    """`达到3150亿元` reaches an amount; only `到2025年` names a year ahead."""
    targets, results = read("“十三五”时期，全省教育经费累计达到3150亿元，年均增长7.5%。", NEWS_2022)
    assert targets == []
    assert results[0] == "3150亿元"


def test_a_quoted_programme_name_states_no_intent() -> None:
    """`“强师计划”` names a programme: the sentence goes on reporting results."""
    targets, results = read(
        "目前，全区义务教育巩固率达到98.1%。入选“强师计划”培养学校6所。", NEWS_2022
    )
    assert targets == []
    assert results == ["98.1%", "6所"]
