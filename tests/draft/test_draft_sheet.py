"""The review sheet (`plancmp draft DOC -o review.html`): each record beside its quote, the
values marked, and nothing of the quote lost or changed by the marking."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.draft.build import Drafted
from plancmp.draft.sheet import marked
from plancmp.model import Baseline, Record, Source, Target
from plancmp.values import parse

PLAN = """某区教育事业发展“十四五”规划
三、主要目标
到2025年，学前三年毛入园率由95%提高到99%，义务教育巩固率保持在100%，新建学校5所。
儿童青少年近视率<50.78%。
主要指标
指标\t2020年\t2025年\t属性
普惠性幼儿园覆盖面（%）\t94.9\t>95\t约束性
"""


def drafted(quote: str, raw: str, base: str | None = None) -> Drafted:
    baseline = Baseline(2020, base, parse(base), None) if base else None
    record = Record("p", "m", "名", None, "%", "%", Target(raw, parse(raw), 2025, "level"),
                    baseline, None, Source("s", "prose"))  # fmt: skip
    return Drafted(record, quote, ())


def test_the_target_and_the_baseline_are_marked_where_printed() -> None:
    d = drafted("入园率由95%提高到99%。", "99%", "95%")
    assert marked(d) == '入园率由<mark class="base">95%</mark>提高到<mark>99%</mark>。'


def test_a_value_is_never_marked_inside_a_longer_number() -> None:
    """The `5` of `95` and of `5.5` is no occurrence of a target `5`; the `5所` is."""
    d = drafted("入园率95%，生均5.5平方米，新建学校5所。", "5")
    assert marked(d) == "入园率95%，生均5.5平方米，新建学校<mark>5</mark>所。"


def test_a_spelled_value_is_never_marked_inside_a_longer_spelled_number() -> None:
    """`五所` is printed inside `十五所` too; only the one that stands alone is the value."""
    d = drafted("新建幼儿园十五所，改扩建五所。", "五所")
    assert marked(d) == "新建幼儿园十五所，改扩建<mark>五所</mark>。"


def test_the_quote_is_escaped_and_a_rows_cells_set_apart() -> None:
    d = drafted("近视率（%）\t56.78\t<50.78", "<50.78", "56.78")
    assert marked(d) == (
        '近视率（%）<span class="cell"> │ </span><mark class="base">56.78</mark>'
        '<span class="cell"> │ </span><mark>&lt;50.78</mark>'
    )


class _Cells(HTMLParser):
    """The text of each `td.quote`, and the number of table rows."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[str] = []
        self.rows = 0
        self._in = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows += 1
        if tag == "td" and ("class", "quote") in attrs:
            self.quotes.append("")
            self._in = 1
        elif self._in and tag == "td":
            self._in = 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._in = 0

    def handle_data(self, data: str) -> None:
        if self._in:
            self.quotes[-1] += data


def test_o_html_writes_a_sheet_whose_quotes_read_as_printed(tmp_path: Path) -> None:
    document = tmp_path / "mou.txt"
    document.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["draft", str(document), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    cells = _Cells()
    cells.feed(page)
    assert cells.rows == 1 + 5  # the header row and the five records
    assert cells.quotes == [
        *["到2025年，学前三年毛入园率由95%提高到99%，义务教育巩固率保持在100%，新建学校5所。"] * 3,
        "儿童青少年近视率<50.78%。",
        "普惠性幼儿园覆盖面（%） │ 94.9 │ >95 │ 约束性",
    ]
    assert '由<mark class="base">95%</mark>提高到<mark>99%</mark>' in page
    assert '<tr class="check">' in page and "指标名未在目录中" in page
    printed = CliRunner().invoke(app, ["draft", str(document), "-f", "html"])
    assert printed.exit_code == 0 and "<mark>" not in printed.stdout  # stdout keeps the table


def test_the_help_of_o_says_an_html_file_is_the_review_sheet(monkeypatch) -> None:
    """`-o review.html` writes the sheet, not the table: the help says so, in both languages."""
    english = CliRunner().invoke(app, ["draft", "--help"])
    assert "FILE.html: a review sheet" in " ".join(english.stdout.split())
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    chinese = CliRunner().invoke(app, ["draft", "--help"])
    assert "FILE.html：核对网页" in "".join(chinese.stdout.split())
