"""The fast reader of block YAML (store/block_yaml.py) reads a file exactly as the full
reader does, lines included, or declines it: it never decides an error and never gives
other data. Checked on every YAML file in the repository, on named cases, and on random
documents and random damage to them."""

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plancmp.store.block_yaml import Unsure, read_block
from plancmp.store.yamlread import LineDict, LineList, _build, _Refused

ROOT = Path(__file__).resolve().parent.parent


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:  # tests/bad/binary.yaml: refused before any YAML is read
        return None


EVERY_YAML = {
    str(p.relative_to(ROOT)): text
    for pattern in ("data/*.yaml", "examples/**/*.yaml", "tests/**/*.yaml")
    for p in sorted(ROOT.glob(pattern))
    if (text := _text(p)) is not None
}


def same(a: Any, b: Any) -> bool:
    """Equal data, of the same types, with the same lines at every level."""
    if type(a) is not type(b):
        return False
    if isinstance(a, LineDict):
        return (a.line, a.key_lines, list(a)) == (b.line, b.key_lines, list(b)) and all(
            same(a[k], b[k]) for k in a
        )
    if isinstance(a, LineList):
        return (a.line, a.lines, len(a)) == (b.line, b.lines, len(b)) and all(
            same(x, y) for x, y in zip(a, b, strict=True)
        )
    return bool(a == b)


def full(text: str) -> Any:
    """What the full reader makes of `text`: its data, or the error it raises."""
    try:
        return _build(text)
    except (_Refused, yaml.YAMLError) as exc:
        return exc


def agrees(text: str) -> bool:
    """Whether the fast reader declines `text` or reads it as the full reader does."""
    try:
        fast = read_block(text)
    except Unsure:
        return True
    return same(fast, full(text))


@pytest.mark.parametrize("name", EVERY_YAML)
def test_every_file_in_the_repository_is_read_alike_or_declined(name):
    assert agrees(EVERY_YAML[name])


PLAN = """\
id: x
title: XX区教育事业“十四五”发展规划
names: []
level: 区
base_year: 2020
records:
- metric: kindergarten_puhui_coverage
  name: 普惠性幼儿园覆盖率（%）
  unit: '%'
  baseline: {}
  target:
    raw: 90%以上
    op: '>='
    value: 90.5
    value_max: null
    year: 2025
  note: "a: b # c"
  members:
  - linan
  - -3
"""


def test_a_plan_file_as_written_is_read_fast_with_its_lines():
    data = read_block(PLAN)
    assert same(data, full(PLAN))
    record = data["records"][0]
    assert (data.line, data.key_lines["records"], data["records"].lines) == (1, 6, [7])
    assert record["target"]["value"] == 90.5 and record["target"]["value_max"] is None
    assert record["unit"] == "%" and record["note"] == "a: b # c"
    assert record["members"] == ["linan", -3] and record["members"].lines == [19, 20]
    assert data["names"] == [] and data["base_year"] == 2020


def test_a_value_read_before_is_read_alike_and_an_empty_list_keeps_its_own_line():
    text = "a: []\nb: 2025\nc: level\nd: '%'\n"
    first, second = read_block(text), read_block("x: 1\n" + text)
    assert (second["b"], second["c"], second["d"]) == (2025, "level", "%")
    assert first["a"] is not second["a"]
    assert (first["a"].line, second["a"].line) == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1  # a comment after a value\n",
        "a:\tb\n",
        'a: "\\u00e9"\n',
        "a: text that\n  runs on\n",
        "a: 1\na: 2\n",
        "null: 1\n",
        "true: 1\n",
        "a:\n  b: 1\n   c: 2\n",
        "- - a\n",
        "-\n  a: 1\n",
        "a: |\n  text\n",
        "a: [1, 2]\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: b: c\n",
        "a: 'it's'\n",
        "a: 'quoted' tail\n",
        "---\na: 1\n",
        "a: 1\r\n",
        "a: 1\u2028b: 2\n",
        "a: \x1b[2J\n",
        "  a: 1\n",
        "k" * 70 + ": 1\n",
        "a: 1\n- b\n",
        "# only a comment\n",
        "- null: 1\n",
        "- true: x\n",
        "a:\n- NULL: 1\n",
        "".join("  " * d + "a:\n" for d in range(49)) + "  " * 49 + "b: []\n",
        "".join("  " * d + "a:\n" for d in range(49)) + "  " * 49 + "- x: 1\n",
    ],
)
def test_what_it_does_not_read_goes_to_the_full_reader(text):
    with pytest.raises(Unsure):
        read_block(text)


KEYS = st.sampled_from(["id", "records", "raw", "value", "a_b", "x1", "on", "Null", "k"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet="ab 中%-.:#'\"[]{},&*!|>?@`~0123456789\\\t", max_size=12),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.integers(2, 4), st.booleans())
def test_random_documents_are_read_alike_or_declined(data, indent, flow):
    text = yaml.safe_dump(data, allow_unicode=True, indent=indent, default_flow_style=flow)
    assert agrees(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_documents_are_read_alike_or_declined(data):
    text = PLAN
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 3))
        put = data.draw(st.sampled_from(["", " ", "  ", "-", "- ", ":", ": ", "#", "'", '"', "\n"]))
        text = text[:at] + put + text[at + cut :]
    assert agrees(text)


ALLOWED = (
    (0x0A, 0x0A),
    (0x20, 0x7E),
    (0xA0, 0x2027),
    (0x202F, 0x2065),
    (0x206A, 0xD7FF),
    (0xE000, 0xFEFE),
    (0xFF00, 0xFFFD),
    (0x10000, 0x10FFFF),
)
"""The characters the fast reader takes: line feed, printable ASCII, and the rest of
Unicode but for C1 controls, line and paragraph separators, bidirectional overrides,
surrogates, the byte-order mark and the non-characters U+FFFE and U+FFFF."""


def test_the_characters_sent_to_the_full_reader_are_all_and_only_those_outside():
    from plancmp.store.block_yaml import _OUTSIDE

    outside = {c for c in range(0x110000) if _OUTSIDE.search(chr(c))}
    allowed = {c for lo, hi in ALLOWED for c in range(lo, hi + 1)}
    assert outside == set(range(0x110000)) - allowed
    assert 0x09 in outside and 0x0D in outside and 0x202E in outside and 0xFEFF in outside
