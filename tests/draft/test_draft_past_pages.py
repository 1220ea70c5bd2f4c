"""Pages that report the past: how a news page, a speech or a summary marks its figures as
what was done rather than what is to be done, stated on invented pages."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.tense import reports_since


def raws(*lines: str) -> list[str]:
    """The printed target of each record drafted from a page of these lines."""
    doc = Document("t.txt", tuple(Paragraph(line) for line in lines))
    return [r.record.target.raw for r in draft_document(doc, "n", []).records]


def test_a_page_told_since_a_past_year_with_no_word_ahead_reports_results() -> None:
    """`2021年以来` over a page that never says what will be done: its bare `新建…所` are
    results; the same figures under a lead that speaks of what is to come stay targets."""
    past = ("某县办学条件持续改善", "2021年以来", "全县新建小学3所", "新增学位3600个")
    assert raws(*past) == []
    ahead = ("某县办学条件持续改善", "2021年以来，全县办学条件持续改善。", "今年将新建小学3所")
    assert raws(*ahead) == ["3所"]


def test_a_since_lead_needs_the_page_to_be_silent_about_what_is_to_come() -> None:
    assert reports_since(["近年来，某区不断加大投入。"], "新建小学3所。")
    assert not reports_since(["近年来，某区不断加大投入。"], "到2025年，新建小学3所。")
    assert not reports_since(["某区教育工作要点"], "新建小学3所。")
