"""On a real terminal: a table; with NO_COLOR or TERM=dumb: no colour codes."""

import os
import pty
import subprocess
import sys

import pytest


def on_terminal(env_extra: dict[str, str]) -> str:
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "xterm-256color", **env_extra}
    env.pop("NO_COLOR", None) if "NO_COLOR" not in env_extra else None
    proc = subprocess.run(
        [sys.executable, "-m", "plancmp", "plans"],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_terminal_gets_a_table_not_markdown():
    out = on_terminal({})
    assert "临安区教育事业" in out
    assert "|:--" not in out


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_colour_when_asked(env):
    out = on_terminal(env)
    assert "linan" in out
    assert "\x1b[" not in out


def test_short_cells_never_wrap_and_empty_columns_are_left_out(monkeypatch):
    import io

    from rich.cells import cell_len

    from plancmp.output.table import Table
    from plancmp.output.terminal import print_table

    section = "四、统筹六类教育：创建公平优质的临安教育新格局 / 义务教育发展任务表"
    table = Table(
        ["地区", "学段", "基线", "出处"],
        [["绍兴市越城区", "", "97.6%", section], ["杭州市临安区", "", "91.6%", section]],
    )
    monkeypatch.setenv("COLUMNS", "50")  # rich takes the width from COLUMNS
    stream = io.StringIO()
    print_table(table, stream)
    lines = stream.getvalue().splitlines()
    assert any("绍兴市越城区" in line for line in lines)  # whole, on one line
    assert any("杭州市临安区" in line for line in lines)
    assert not any("学段" in line for line in lines)  # a column with nothing in it
    assert max(cell_len(line.rstrip()) for line in lines) <= 50


def test_a_narrow_terminal_keeps_every_column(monkeypatch):
    import io

    from plancmp import load
    from plancmp.analysis.compare import compare
    from plancmp.output.terminal import print_table
    from plancmp.output.views import compare_table

    data = load()
    m = data.find_metric("普惠")
    table = compare_table(m, compare(m, data.entries_for(m.id)), data.catalog)
    for width in ("80", "60"):
        monkeypatch.setenv("COLUMNS", width)
        stream = io.StringIO()
        print_table(table, stream)
        out = stream.getvalue()
        head = out.split("2/")[0]  # the title and the first row's card
        for header in (
            "排名",
            "地区",
            "基线",
            "目标（原文）",
            "规范值",
            "比最优（+领先/-落后）",
            "比中位数（+领先/-落后）",
            "说明",
        ):
            assert header in head, (width, header)
        assert "2025" in head and "绍兴市越城区" in head  # whole


def test_a_table_too_wide_for_the_terminal_prints_a_card_per_row(monkeypatch):
    """As psql's expanded display: when the short cells cannot stay whole side by side,
    each row is a card of `column  value` lines, numbered, every value whole on its line;
    a terminal wide enough gets the table."""
    import io

    from rich.cells import cell_len

    from plancmp.output.table import Table
    from plancmp.output.terminal import print_table

    columns = ["地区", "基线", "目标（原文）", "规范值", "年份", "口径", "属性", "说明"]
    rows = [
        ["绍兴市越城区", "97.6%（2020）", "96.5", "96.5%", "2025", "水平", "", "目标低于基线"],
        ["杭州市上城区", "94.9%（2020）", ">95", ">95%", "2025", "水平", "约束性", ""],
    ]
    table = Table(columns, rows, title="普惠性幼儿园覆盖面", notes=("口径说明：同一儿童占比",))
    monkeypatch.setenv("COLUMNS", "40")
    stream = io.StringIO()
    print_table(table, stream)
    lines = [line.rstrip() for line in stream.getvalue().splitlines()]
    assert lines[0] == "普惠性幼儿园覆盖面"
    assert "1/2" in lines and "2/2" in lines
    card = lines[lines.index("2/2") + 1 : lines.index("2/2") + 8]
    assert [line.split()[0] for line in card] == columns[:-1]  # the empty 说明 is left out
    assert card[0].split() == ["地区", "杭州市上城区"]
    assert lines[-1] == "口径说明：同一儿童占比"
    assert max(cell_len(line) for line in lines) <= 40
    monkeypatch.setenv("COLUMNS", "160")
    stream = io.StringIO()
    print_table(table, stream)
    assert "1/2" not in stream.getvalue()
    assert any(line.split()[:2] == ["地区", "基线"] for line in stream.getvalue().splitlines())


def test_an_empty_table_keeps_its_title_and_headers(monkeypatch):
    import io

    from plancmp.output.table import Table
    from plancmp.output.terminal import print_table

    stream = io.StringIO()
    print_table(Table(["地区", "说明"], [], title="没有目标"), stream)
    assert "没有目标" in stream.getvalue() and "地区" in stream.getvalue()
