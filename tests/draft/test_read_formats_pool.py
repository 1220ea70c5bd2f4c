"""Every table of the development pool reads the same from a web page, a Word file and a
PDF as from its text: the documents are rebuilt in each format from what the text
reader found (its tables as real tables, merged cells spanning) and drafted again.

A PDF wraps long lines where the text did not, and an undated page's year is read from
its opening lines (header.py): from a PDF, the records are compared without their year."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from draft_helpers import blocks_docx, blocks_html, print_pdf, seed

import plancmp
from plancmp.draft import spaced
from plancmp.draft.build import draft_document
from plancmp.draft.read import read_document
from plancmp.store.yamlread import load_yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
TABLE_RECORDS = {
    str(truth.relative_to(CORPUS)).removesuffix(".truth.yaml"): [
        r for r in load_yaml(truth)["records"] if r["kind"] == "table"
    ]
    for truth in CORPUS.glob("*/*.truth.yaml")
}
WITH_TABLES = sorted(name for name, records in TABLE_RECORDS.items() if records)
"""Documents with a table; those whose table records are all optional (a task table whose
only goal is in words) need not draft anything from it."""
SEEDS = ("linan", "yuecheng", "shangcheng")
MEASURED_ONLY: tuple[str, ...] = ("holdout82", "holdout95")
"""Sets measured once, unseen, and not yet developed on (tests/draft/corpus/README.md): the
drafter may not read their tables yet (the benchmark says how many it does); what it reads
must still read alike in every format. A set leaves this list when it is developed on."""


READS_NONE = ("holdout38/zhoushan_2007_county_education_assessment_table",)
"""Documents whose tables the drafter reads no target from, by design: a county scoring form
whose thresholds are the criteria for points (`区域内标准化学校达到85%得10分；低于85%的县(区)按…`),
where the truth file counts the 85% as a target. Its one drafted row had been the `低于85%` of
the counties picked out, a false record."""


@functools.cache
def _metrics() -> tuple[plancmp.Metric, ...]:
    return tuple(plancmp.load().catalog)


def _records(path: Path, year: bool = True) -> list[tuple]:
    draft = draft_document(read_document(path), "plan", _metrics())
    return [
        (r.name, r.segment, r.target.raw, r.target.year if year else None,
         r.baseline.raw if r.baseline else None, r.source.kind)
        for r in (d.record for d in draft.records)
    ]  # fmt: skip


def _rebuilt(text: Path, folder: Path, kinds: tuple[str, ...]) -> dict[str, Path]:
    blocks = spaced.with_spaced_tables(read_document(text))[0].blocks
    page = blocks_html(blocks)
    out: dict[str, Path] = {}
    if "html" in kinds:
        out["html"] = folder / "plan.html"
        out["html"].write_text(page, encoding="utf-8")
    if "docx" in kinds:
        out["docx"] = blocks_docx(blocks, folder / "plan.docx")
    if "pdf" in kinds:
        out["pdf"] = print_pdf(page, folder, "plan")
    return out


@pytest.mark.parametrize("name", WITH_TABLES)
def test_pool_tables_read_alike_in_every_format(name: str, tmp_path: Path) -> None:
    text = CORPUS / f"{name}.txt"
    expected = _records(text)
    optional = all(r["optional"] for r in TABLE_RECORDS[name])
    assert expected or optional or name.split("/")[0] in MEASURED_ONLY or name in READS_NONE
    for kind, path in _rebuilt(text, tmp_path, ("html", "docx", "pdf")).items():
        if kind == "pdf":
            assert _records(path, year=False) == _records(text, year=False), kind
        else:
            assert _records(path) == expected, kind


@pytest.mark.parametrize("name", SEEDS)
def test_seed_tables_read_alike_from_a_web_page_and_a_word_file(name: str, tmp_path: Path) -> None:
    text = seed(f"{name}.txt")
    expected = _records(text)
    for kind, path in _rebuilt(text, tmp_path, ("html", "docx")).items():
        assert _records(path) == expected, kind
