"""Strict YAML with line numbers, built straight from LibYAML's event stream.

YAML here is read as a small, safe language: mappings, lists, strings,
decimal integers and floats, true/false and null. The YAML 1.1 surprises
(`no` → False, `012` → 10, `1:30` → 90, bare dates) are plain strings, and
duplicate keys are an error that names both lines. PyYAML is imported only
when a file is parsed: a command answered from the on-disk index never needs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plancmp.i18n import N_, _
from plancmp.store.files import DataError, read_text

MAX_DEPTH = 50
"""How many mappings and lists may stand inside one another. Plan files nest four
deep; a deeper file is a mistake or an attack."""


class LineDict(dict[str, Any]):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A list that remembers its line and the line of each item, where the item starts (an
    unknown member of a group is reported on its own line)."""

    line: int = 0
    lines: list[int]


class _Refused(Exception):
    """Valid YAML that plan files do not allow (a tag, an alias, a duplicate key)."""

    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters no printed plan holds, which a terminal or an editor would act on: control
codes (a `"\\x1b[2J"` escape clears the screen) and the bidirectional overrides that make
text display in another order than it reads (`"\\u202e"`). Tab and line feed are fine."""
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
PLAIN_WORDS: dict[str, Any] = {
    "": None,
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_CORE_TAGS = (None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


MAX_NUMBER_TEXT = 100
"""A plain scalar longer than this stays text, whatever it looks like: the schema then
refuses it as a number, where int() would fail past 4,300 digits (and take long before)."""


def number(value: str) -> Any:
    """A plain scalar that starts like a number: int or float if it is one, else text."""
    if len(value) > MAX_NUMBER_TEXT:
        return value
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    return value


def _next_event(text: str) -> Callable[[], Any]:
    """A function that returns the next YAML event: LibYAML's when present (about ten
    times faster than pure Python), else PyYAML's own parser."""
    import yaml

    if yaml.__with_libyaml__:
        from yaml._yaml import CParser  # LibYAML's parser, where PyYAML was built with it

        get_event: Callable[[], Any] = CParser(text).get_event
        return get_event
    return iter(yaml.parse(text, Loader=yaml.SafeLoader)).__next__  # pragma: no cover


def _build(text: str) -> Any:
    """Plain data straight from the event stream: faster than composing nodes, and
    strict — no tags, no anchors or aliases, no duplicate keys, text keys only.

    `top` is the innermost open container and `key`, when `top` is a mapping, the
    key waiting for its value; `stack` holds the outer ones, with their keys.
    """
    from yaml import events as ev

    # Names bound locally: this loop runs once per scalar of every file.
    scalar_cls, map_start, seq_start = ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent
    map_end, seq_end = ev.MappingEndEvent, ev.SequenceEndEvent
    core_tags, plain_words, number_start = _CORE_TAGS, PLAIN_WORDS, "-0123456789"
    # Control codes reach a value as printed or through a quoted escape (`"\x1b"`): a file
    # with neither, nearly every file, need not have each of its scalars searched.
    screen = "\\" in text or _CONTROL.search(text) is not None
    next_event = _next_event(text)
    stack: list[tuple[Any, str | None]] = []
    top: Any = None
    key: str | None = None
    root: Any = _NOTHING
    documents = 0
    while True:
        event = next_event()
        cls = event.__class__
        if cls is scalar_cls:
            if event.anchor is not None or event.tag not in core_tags:
                _refuse(event)
            value = event.value
            if screen and _CONTROL.search(value):
                _refuse_control(value, event)
            if event.implicit[0]:  # plain, not quoted: YAML 1.2 core typing
                if value in plain_words:
                    value = plain_words[value]
                elif value[:1] in number_start:
                    value = number(value)
        elif cls is map_start or cls is seq_start:
            if event.anchor is not None or event.tag not in core_tags:
                _refuse(event)
            line = event.start_mark.line + 1
            if top.__class__ is LineDict and key is None:
                raise _Refused(line, _("a key must be text, not a mapping or a list: quote it"))
            if len(stack) >= MAX_DEPTH:
                raise _Refused(line, _("nested too deeply"))
            stack.append((top, key))
            if cls is map_start:
                top, key = LineDict(), None
                top.line, top.key_lines = line, {}
            else:
                top = LineList()
                top.line, top.lines = line, []
            continue
        elif cls is map_end or cls is seq_end:
            value = top
            top, key = stack.pop()
        elif cls is ev.AliasEvent:
            _refuse(event)
        elif cls is ev.DocumentStartEvent:
            documents += 1
            if documents > 1:
                line = event.start_mark.line + 1
                raise _Refused(line, _("more than one YAML document (---): keep one per file"))
            continue
        elif cls is ev.StreamEndEvent:
            break
        else:  # StreamStart, DocumentEnd
            continue
        if top is None:
            root = value
        elif top.__class__ is LineList:
            top.append(value)
            top.lines.append(
                value.line if cls is map_end or cls is seq_end else event.start_mark.line + 1
            )
        elif key is not None:
            top[key] = value
            key = None
        else:  # an open mapping without a pending key: this value is a key
            key = _key(top, value, event)
    return None if root is _NOTHING else root


def _key(mapping: LineDict, value: Any, event: Any) -> str:
    """A new key of `mapping`: text, and not one it has already."""
    line = event.start_mark.line + 1
    if value.__class__ is not str:
        raise _Refused(line, _("key {value!r} is not text: quote it").format(value=value))
    if value in mapping:
        first = mapping.key_lines[value]
        raise _Refused(
            line,
            _("duplicate key {value!r} (first on line {first}): keep one of them").format(
                value=value, first=first
            ),
        )
    mapping.key_lines[value] = line
    return str(value)


def _refuse_control(value: str, event: Any) -> None:
    found = _CONTROL.search(value)
    assert found is not None
    raise _Refused(
        event.start_mark.line + 1,
        f"the text holds the control character U+{ord(found.group()):04X}: remove it "
        "(a plan file holds printed text only)",
    )


def _refuse(event: Any) -> None:
    from yaml import events as ev

    line = event.start_mark.line + 1
    if event.__class__ is ev.AliasEvent or event.anchor is not None:
        raise _Refused(line, _("anchors and aliases (&, *) are not allowed: write the value out"))
    shown = event.tag.replace("tag:yaml.org,2002:", "!!")
    words = _("tag {tag!r} is not allowed: plan files hold plain data, remove the tag")
    raise _Refused(line, words.format(tag=shown))


_NOTHING = object()

PARSER_WORDS = frozenset(
    (
        N_("while scanning for the next token"),
        N_("found character that cannot start any token"),
        N_("while scanning a plain scalar"),
        N_("found a tab character that violates indentation"),
        N_("while parsing a block mapping"),
        N_("did not find expected key"),
        N_("mapping values are not allowed in this context"),
        N_("while parsing a block collection"),
        N_("did not find expected '-' indicator"),
        N_("while parsing a flow sequence"),
        N_("did not find expected ',' or ']'"),
        N_("while parsing a flow mapping"),
        N_("did not find expected ',' or '}'"),
        N_("while parsing a quoted scalar"),
        N_("found unknown escape character"),
        N_("while scanning a quoted scalar"),
        N_("found unexpected end of stream"),
        N_("while scanning a simple key"),
        N_("could not find expected ':'"),
    )
)
"""What LibYAML says of the mistakes people make in a plan file, to put in their language;
other parser words are shown as the parser gives them."""


def _syntax_problem(exc: Any, lines: list[str]) -> tuple[int | None, str]:
    """(line, message) for a YAML syntax error: where a double quote was left open at or
    above the line the parser stopped at, that line and that mistake (the parser stops later,
    on whatever the open quote ran into); else the parser's words."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    if line is not None and (opened := _open_quote(lines, line)) is not None:
        return opened, _('a quote opened on this line is not closed: end the text with "')
    problem = _parser_words(exc.problem or str(exc))
    if exc.context:
        problem = _("{context}, {problem}").format(
            context=_parser_words(exc.context), problem=problem
        )
    here = lines[line - 1] if line and line <= len(lines) else ""
    if "\t" in here:
        return line, _("{problem} — indent with spaces, not tabs").format(problem=problem)
    words = _("{problem} — check quotes, colons and indentation on this line")
    return line, words.format(problem=problem)


def _parser_words(words: str) -> str:
    return _(words) if words in PARSER_WORDS else words


def _open_quote(lines: list[str], upto: int) -> int | None:
    """The line, up to `upto`, of a double quote left open. A plan file writes a quoted text
    on one line, or on two that each hold an odd number of quotes (an escaped one aside);
    of such lines, one left without its pair opened a quote it did not close."""
    odd = [
        n
        for n, text in enumerate(lines[:upto], 1)
        if not text.lstrip().startswith("#") and (text.count('"') - text.count('\\"')) % 2
    ]
    return odd[-1] if len(odd) % 2 else None


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Parse one YAML file strictly; raise DataError with file:line on any problem."""
    name = str(path)
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise DataError(name, None, _("the file is empty: a plan file needs `id:` and `records:`"))
    from plancmp.store.block_yaml import Unsure, read_block

    try:
        return read_block(text)
    except Unsure:
        pass
    import yaml

    try:
        data = _build(text)
    except _Refused as exc:
        raise DataError(name, exc.line, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        line, problem = _syntax_problem(exc, text.splitlines())
        raise DataError(name, line, problem) from None
    except yaml.YAMLError as exc:
        raise DataError(name, None, _("not valid YAML: {problem}").format(problem=exc)) from None
    if data is None:
        raise DataError(
            name, None, _("the file holds no data: a plan file needs `id:` and `records:`")
        )
    return data
