"""How news of a year's school projects dates them: rules read from how such pages are
written, each stated on invented sentences."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph


def drafted(*lines: str) -> list[tuple[str, int | None]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]


def test_this_year_of_an_undated_page_is_not_after_its_first_due_year() -> None:
    """An undated page's `今年` is no later than the first year it says works are due in,
    wherever in the page that year is printed: works still due fall in this year or later."""
    got = drafted(
        "某市今年新建中小学10所,目前已有3所完工。",
        "某路初中规划建设18个班,计划于2026年建成投入使用。",
        "某路小学新建36班小学,预计2025年8月建成。",
    )
    assert ("10所", 2025) in got


def test_a_due_year_after_plan_and_at_dates_the_clause_before() -> None:
    """`规划建设18个班，计划于2026年建成`: the classes are due in the year the works are."""
    got = drafted(
        "某市今年新建中小学10所,预计2025年8月建成。",
        "某路初中规划建设18个班,计划于2026年建成投入使用。",
    )
    assert ("18个", 2026) in got
