"""The block YAML that plan files are written in, read in pure Python, twice as fast as
LibYAML's events: parsing bounds how long a first look at thousands of plans takes.

Plan files, written by people, by `plancmp draft` or by a script, are nearly always
the same few shapes: `key: value` lines, `- ` items, plain or quoted one-line scalars,
`[]` and `{}`. This reader takes exactly those and gives the same data, with the same
lines, as yamlread's full reader. On anything else (a comment after a value, a
backslash, a tab, a flow list, a value running over two lines, an indent it does not
expect, a duplicate key, a line it cannot place) it gives up with `Unsure`, and the full
reader, which knows all of YAML and explains every error, reads the file instead. So it
never decides an error and never reads a file differently: it only declines to read.
"""

from __future__ import annotations

import re
from typing import Any

from plancmp.store.yamlread import MAX_DEPTH, PLAIN_WORDS, LineDict, LineList, number


class Unsure(Exception):
    """The text is not in the shapes read here: the full reader must read it."""


_LINE = re.compile(r"( *)(- +)?(?:([A-Za-z_][A-Za-z0-9_]{0,63}):(?: +|$))?(.*)")
"""A line: indent, a `- `, a `key:` (a short ASCII name, as every schema key is;
LibYAML limits a key to 1024 characters), and the rest."""
_PARTS: dict[str, Any] = {}
"""Lines already read, as written, to their parts (_split): most lines of a plan file are
written before, in it or in the plans read before it (`  segment: null`, `    kind: table`:
seven lines in ten of the shipped and test plans), and a dictionary finds one faster than
the pattern splits it and the value is read."""
_KEPT_MOST = 20_000
"""Entries each of _PARTS and _READ holds at most in a process; a full one starts again."""


def _keep(table: dict[str, Any], written: str, read: Any) -> None:
    if len(table) >= _KEPT_MOST:
        table.clear()
    table[written] = read


_OUTSIDE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]"
)
"""A character that sends the whole text to the full reader: one YAML refuses, reads as a
line break (U+0085, U+2028, U+2029) or a tab, a carriage return, or one the full reader
refuses in a plan file (a control code, a bidirectional override: yamlread._CONTROL).
Written as the few ranges it holds, not as all the others: compiling the class of all
the others cost each process reading plans 16 ms."""
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""Characters that give a value's first place a meaning in YAML."""
_NUMBER_START = frozenset("-0123456789")
_MARKERS = ("---", "...")

Token = tuple[int, int, str | None, Any]
"""(line, column, key, value): key None for a `- `, "" for a value after one; value the
value written on the line, read, or _NOTHING when none is."""
_NOTHING: Any = object()
_SKIP = (0, 0, "", None)
"""A blank line or a comment line, as _split gives it."""
_NEW_LIST: Any = object()
_NEW_MAPPING: Any = object()
"""`[]` and `{}`, read afresh for each line: a new list or mapping carries its line."""


def read_block(text: str) -> Any:
    """The data of `text` as yamlread's full reader gives it, or `Unsure`."""
    if "\\" in text or text.startswith(_MARKERS) or "\n---" in text or "\n..." in text:
        raise Unsure  # an escape in a quoted value; a document's start or end
    tokens = _tokens(text)
    if not tokens or tokens[0][1] != 0:
        raise Unsure
    reader = _Reader(tokens)
    data = reader.block(0, 0)
    if reader.i != len(tokens):
        raise Unsure
    return data


def _tokens(text: str) -> list[Token]:
    """The lines that hold something, blank lines and comment lines left out; a `- `
    and what follows it on its line are two tokens. Every value is read here: a token's
    value is always read (or the text is Unsure), so reading it once per line written
    gives the same data."""
    out: list[Token] = []
    append = out.append
    known, skip = _PARTS, _SKIP
    line = 0
    for written in text.split("\n"):
        line += 1
        parts = known.get(written)
        if parts is None:
            parts = _split(written)
            _keep(known, written, parts)
        if parts is skip:
            continue
        column, dash, key, value = parts
        if dash:
            append((line, column, None, _NOTHING))
            column += dash
        if value is _NEW_LIST or value is _NEW_MAPPING:
            value = _new(value, line)
        append((line, column, key, value))
    return out


def _split(written: str) -> tuple[int, int, str, Any]:
    """A line's (column, length of its `- `, key, value read), or _SKIP; Unsure for a line
    not in the shapes read here. The line is searched for characters _OUTSIDE first."""
    if _OUTSIDE.search(written):
        raise Unsure
    found = _LINE.fullmatch(written)
    assert found is not None  # (.*) takes any line
    indent, dash, key, rest = found.groups("")
    if key and key in PLAIN_WORDS:
        raise Unsure  # `null:` or `true:`, a key that is not text
    if dash:
        if not key and (not rest or rest[0] == "#"):
            raise Unsure  # an item whose value starts on the next line
    elif not key:
        if not rest or rest[0] == "#":
            return _SKIP
        raise Unsure  # a value on a line of its own: a continued value, or a mistake
    return len(indent), len(dash), key, _scalar(rest) if rest else _NOTHING


def _new(marker: Any, line: int) -> Any:
    """The empty list or mapping `marker` stands for, on `line`."""
    if marker is _NEW_LIST:
        items = LineList()
        items.line, items.lines = line, []
        return items
    mapping = LineDict()
    mapping.line, mapping.key_lines = line, {}
    return mapping


class _Reader:
    """Reads the tokens from `i` on, one block (a mapping or a list) at a time."""

    def __init__(self, tokens: list[Token]):
        self.tokens, self.i = tokens, 0

    def block(self, column: int, depth: int) -> Any:
        if depth >= MAX_DEPTH - 1:
            raise Unsure  # a level short of the limit: an item's mapping, [] and {} go one deeper
        if self.tokens[self.i][2] is None:
            return self.sequence(column, depth)
        return self.mapping(column, depth)

    def mapping(self, column: int, depth: int) -> LineDict:
        tokens, end, i = self.tokens, len(self.tokens), self.i
        mapping = LineDict()
        mapping.line, mapping.key_lines = tokens[i][0], {}
        key_lines = mapping.key_lines
        while i < end:
            line, at, key, value = tokens[i]
            if at != column:
                if at < column:
                    break
                raise Unsure
            if not key or key in key_lines:
                raise Unsure  # an item or a value where a key belongs, or a duplicate
            key_lines[key] = line
            i += 1
            if value is not _NOTHING:
                mapping[key] = value
            elif i < end and (
                tokens[i][1] > column or (tokens[i][1] == column and tokens[i][2] is None)
            ):
                self.i = i
                mapping[key] = self.block(tokens[i][1], depth + 1)
                i = self.i
            else:
                mapping[key] = None
        self.i = i
        return mapping

    def sequence(self, column: int, depth: int) -> LineList:
        tokens, end = self.tokens, len(self.tokens)
        items = LineList()
        items.line, items.lines = tokens[self.i][0], []
        while self.i < end:
            line, at, key, value = tokens[self.i]
            if at != column or key is not None:
                if at < column or (at == column and key):
                    break
                raise Unsure
            items.lines.append(line)
            self.i += 1
            line, at, key, value = tokens[self.i]  # what follows the `- ` on its line
            if key:
                items.append(self.mapping(at, depth + 1))
            else:
                items.append(value)
                self.i += 1
        return items


_READ: dict[str, Any] = {}
"""Values already read, as written, to what they read as: plan files repeat most of theirs
(`null`, `table`, `level`, a section's name, `'%'`, 2025), and reading one again cost a
first load of 10,000 plans seconds. Only values that cannot change are kept (text, numbers,
booleans, null): an empty list or mapping carries its line."""
_KEPT = (str, int, float, bool, type(None))


def _scalar(value: str) -> Any:
    """A value written on its key's or item's line (_NEW_LIST or _NEW_MAPPING for `[]` and
    `{}`)."""
    try:
        return _READ[value]
    except KeyError:
        pass
    read = _read_scalar(value)
    if type(read) in _KEPT:
        _keep(_READ, value, read)
    return read


def _read_scalar(value: str) -> Any:
    if value[-1] == " ":
        value = value.rstrip(" ")
    if value[0] in _INDICATORS:
        return _marked(value)
    return _plain(value)


def _plain(value: str) -> Any:
    """An unquoted value, typed as yamlread types it."""
    if ": " in value or " #" in value or value[-1] == ":":
        raise Unsure  # a mapping in a value (an error) or a comment after it
    if value in PLAIN_WORDS:
        return PLAIN_WORDS[value]
    if value[0] in _NUMBER_START:
        return number(value)
    return value


def _marked(value: str) -> Any:
    """A value whose first character means something: a quoted text, an empty list or
    mapping, a negative number; anything else is left to the full reader."""
    first, inner = value[0], value[1:-1]
    if first == "'" and len(value) > 1 and value[-1] == "'":
        if "'" not in inner.replace("''", ""):
            return inner.replace("''", "'")
    elif first == '"' and len(value) > 1 and value[-1] == '"' and '"' not in inner:
        return inner  # a backslash, the only escape, sent the text to the full reader
    elif value == "[]":
        return _NEW_LIST
    elif value == "{}":
        return _NEW_MAPPING
    elif first == "-" and len(value) > 1 and value[1] in "0123456789.":
        return _plain(value)
    raise Unsure
