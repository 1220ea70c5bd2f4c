"""Strict YAML: safe, no 1.1 surprises, duplicate keys and bad files reported with lines."""

import pytest
from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.store.files import DataError
from plancmp.store.yamlread import load_yaml


def load(tmp_path, text: str | bytes, name: str = "p.yaml"):
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return load_yaml(path)


def error(tmp_path, text, name="p.yaml") -> DataError:
    with pytest.raises(DataError) as info:
        load(tmp_path, text, name)
    return info.value


def test_yaml_11_surprises_stay_strings(tmp_path):
    data = load(
        tmp_path, "a: no\nb: on\nc: 012\nd: 1:30\ne: 2022-07-04\nf: 0.30\ng: 90\nh: true\ni: null\n"
    )
    assert data == {"a": "no", "b": "on", "c": "012", "d": "1:30", "e": "2022-07-04",
                    "f": 0.3, "g": 90, "h": True, "i": None}  # fmt: skip


def test_nesting_is_limited(tmp_path):
    deepest = "a: " + "{b: " * 49 + "1" + "}" * 49 + "\n"  # 50 mappings
    assert load(tmp_path, deepest)["a"]["b"]["b"]["b"]
    e = error(tmp_path, "a: " + "[" * 50 + "1" + "]" * 50 + "\n")  # 51 containers
    assert (e.line, e.message) == (1, "nested too deeply")


def test_mappings_remember_lines(tmp_path):
    data = load(tmp_path, "id: x\nrecords:\n  - metric: a\n    name: b\n")
    assert data.line == 1
    assert data.key_lines["records"] == 2
    assert data["records"][0].line == 3
    assert data["records"][0].key_lines["name"] == 4


def test_duplicate_key_names_both_lines(tmp_path):
    e = error(tmp_path, "id: a\ntitle: x\nid: b\n")
    assert (e.line, e.message) == (3, "duplicate key 'id' (first on line 1): keep one of them")


def test_python_tags_are_refused_and_never_run(tmp_path):
    e = error(tmp_path, "id: !!python/object/apply:os.system ['touch /tmp/pwned']\n")
    assert e.line == 1
    assert "is not allowed" in e.message


def test_alias_is_refused(tmp_path):
    bomb = 'a: &a ["x", "x"]\nb: &b [*a, *a]\nc: [*b, *b]\n'
    e = error(tmp_path, bomb)
    assert e.message == "anchors and aliases (&, *) are not allowed: write the value out"


def test_tab_indentation(tmp_path):
    e = error(tmp_path, "id: a\nrecords:\n\t- x\n")
    assert e.line == 3
    assert e.message.endswith("indent with spaces, not tabs")


def test_unclosed_quote_names_the_line_that_opens_it(tmp_path):
    e = error(tmp_path, 'id: "linan\ntitle: x\n')
    assert (e.line, e.message) == (
        1,
        'a quote opened on this line is not closed: end the text with "',
    )
    e = error(tmp_path, 'id: "linan"\ntitle: "x\nlevel: "区"\n')
    assert e.line == 2


def test_an_open_quote_is_named_wherever_the_parser_stops_after_it(tmp_path):
    e = error(tmp_path, 'id: a\nrecords:\n  - name: "普惠\n    segment: null\n    unit: "%"\n')
    assert (e.line, e.message) == (
        3,
        'a quote opened on this line is not closed: end the text with "',
    )


def test_a_required_field_written_empty_is_named_on_its_own_line(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(
        'id: "x"\ntitle: "t"\nbase_year: 2020\ntarget_year: null\nrecords: []\n', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert (
        result.stderr.splitlines()[0] == f"{path}:4: `target_year` of the plan is empty: write it"
    )


def test_a_text_quoted_over_two_lines_is_not_taken_for_an_open_quote(tmp_path):
    e = error(tmp_path, 'id: a\nnote: "one\n  two"\n- x\n')
    assert e.line == 4 and "did not find expected key" in e.message


def test_empty_file(tmp_path):
    e = error(tmp_path, "   \n")
    assert e.message == "the file is empty: a plan file needs `id:` and `records:`"


def test_gbk_file_says_how_to_fix(tmp_path):
    e = error(tmp_path, "id: a\ntitle: 临安\n".encode("gbk"))
    assert (e.line, e.message) == (
        2,
        "not UTF-8 (GBK?): save the file as UTF-8 (in Excel/WPS: 另存为 UTF-8)",
    )


def test_binary_garbage(tmp_path):
    e = error(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00")
    assert e.message == "not a text file (it contains NUL bytes)"


def test_utf8_bom_is_accepted(tmp_path):
    assert load(tmp_path, "\ufeffid: a\n") == {"id": "a"}


def test_huge_file(tmp_path):
    e = error(tmp_path, "a: " + "x" * 6_000_000 + "\n")
    assert e.message.startswith("file is 6,000,004 bytes")


def test_non_text_key(tmp_path):
    e = error(tmp_path, "1: a\n")
    assert e.message == "key 1 is not text: quote it"
