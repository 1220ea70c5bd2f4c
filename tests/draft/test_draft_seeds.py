"""Drafting the five source documents (copies in tests/draft/seeds/): how much of the
curated data the draft finds, and that every drafted value is printed in its document."""

from __future__ import annotations

from pathlib import Path

import pytest

import plancmp
from plancmp.draft import accuracy
from plancmp.draft.build import draft_document
from plancmp.draft.read import document_text, read_document

SEEDS = Path(__file__).parent / "seeds"
PLANS = ("linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023")
TABLE_FLOOR = 0.90
PROSE_FLOOR = 0.75
"""Of the five documents' curated indicator-table records, and of their curated prose
records with a number: what drafting must find (the issue's measure is over all five)."""
PLAN_FLOOR = 0.80
"""Each document on its own: no one of them may be read much worse than the rest."""


@pytest.fixture(scope="module")
def data() -> plancmp.store.Dataset:
    return plancmp.load()


@pytest.fixture(scope="module")
def drafts(data: plancmp.store.Dataset) -> dict:
    metrics = list(data.catalog)
    return {p: draft_document(read_document(SEEDS / f"{p}.txt"), p, metrics) for p in PLANS}


def test_the_seed_copies_are_the_documents_the_plans_were_read_from(data) -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(f"{p}.txt" for p in PLANS)
    assert {data.plans[p].source_file for p in PLANS} == {f"{p}.txt" for p in PLANS}


def _score(plan: str, data: plancmp.store.Dataset, drafts: dict) -> accuracy.Score:
    expected = [accuracy.item_of(r) for r in data.records_of(plan)]
    drafted = [accuracy.item_of(d.record) for d in drafts[plan].records]
    return accuracy.score(expected, drafted, accuracy.pair(expected, drafted))


def test_drafting_finds_the_curated_targets(data, drafts) -> None:
    total = accuracy.Score(
        *(sum(x) for x in zip(*(_score(p, data, drafts) for p in PLANS), strict=True))
    )
    assert total.table_recall >= TABLE_FLOOR, total
    assert total.prose_recall >= PROSE_FLOOR, total


@pytest.mark.parametrize("plan", PLANS)
def test_each_document_is_read_about_as_well(plan: str, data, drafts) -> None:
    score = _score(plan, data, drafts)
    assert score.table_recall >= PLAN_FLOOR, score
    assert score.prose_recall >= PLAN_FLOOR, score


@pytest.mark.parametrize("plan", PLANS)
def test_every_drafted_value_and_quote_is_printed_in_the_document(plan: str, drafts) -> None:
    text = document_text(read_document(SEEDS / f"{plan}.txt"))
    missing = [
        piece
        for d in drafts[plan].records
        for piece in (
            d.record.target.raw,
            d.quote,
            *((d.record.baseline.raw,) if d.record.baseline else ()),
        )
        if piece not in text
    ]
    assert missing == []


def test_a_drafted_plan_names_the_header_fields_it_leaves_for_the_curator(drafts) -> None:
    linhai = drafts["linhai"]
    assert (linhai.header.issuer, linhai.header.jurisdiction, linhai.header.level) == (
        "临海市教育局",
        "临海市",
        None,
    )
    assert [r.split("：")[0] for r in linhai.review] == [
        "doc_number",
        "issued",
        "level",
        "parent_city",
    ]
