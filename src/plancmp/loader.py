"""The only filesystem code: where data lives, and strict YAML with line numbers.

YAML here is read as a small, safe language: mappings, lists, strings,
decimal integers and floats, true/false and null. The YAML 1.1 surprises
(`no` → False, `012` → 10, `1:30` → 90, bare dates) are plain strings, and
duplicate keys are an error that names both lines.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# PyYAML is imported where a file is parsed: a command answered from the on-disk
# index (cache.py) never needs it.

MAX_FILE_BYTES = 5_000_000
"""A plan file is a few tens of kilobytes; anything this large is a mistake."""
MAX_DEPTH = 50
"""How many mappings and lists may stand inside one another. Plan files nest four
deep; a deeper file is a mistake or an attack."""


class DataError(Exception):
    """A data file cannot be read; `str()` is `file:line: what — how to fix`."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


class _Refused(Exception):
    """Valid YAML that plan files do not allow (a tag, an alias, a duplicate key)."""

    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_PLAIN_WORDS: dict[str, Any] = {"": None, "~": None, "null": None, "Null": None, "NULL": None,
                                "true": True, "True": True, "TRUE": True,
                                "false": False, "False": False, "FALSE": False}  # fmt: skip
_CORE_TAGS = (None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _number(value: str) -> Any:
    """A plain scalar that starts like a number: int or float if it is one, else text."""
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    return value


def _next_event(text: str):
    """A function that returns the next YAML event: LibYAML's when present (about ten
    times faster than pure Python), else PyYAML's own parser."""
    import yaml

    if yaml.__with_libyaml__:
        from yaml.cyaml import CParser

        return CParser(text).get_event
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
    core_tags, plain_words, number_start = _CORE_TAGS, _PLAIN_WORDS, "-0123456789"
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
            if event.implicit[0]:  # plain, not quoted: YAML 1.2 core typing
                if value in plain_words:
                    value = plain_words[value]
                elif value[:1] in number_start:
                    value = _number(value)
        elif cls is map_start or cls is seq_start:
            if event.anchor is not None or event.tag not in core_tags:
                _refuse(event)
            line = event.start_mark.line + 1
            if top.__class__ is LineDict and key is None:
                raise _Refused(line, "a key must be text, not a mapping or a list: quote it")
            if len(stack) >= MAX_DEPTH:
                raise _Refused(line, "nested too deeply")
            stack.append((top, key))
            if cls is map_start:
                top, key = LineDict(), None
                top.line, top.key_lines = line, {}
            else:
                top = []
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
                raise _Refused(line, "more than one YAML document (---): keep one per file")
            continue
        elif cls is ev.StreamEndEvent:
            break
        else:  # StreamStart, DocumentEnd
            continue
        if top is None:
            root = value
        elif top.__class__ is list:
            top.append(value)
        elif key is not None:
            top[key] = value
            key = None
        else:  # an open mapping without a pending key: this value is a key
            line = event.start_mark.line + 1
            if value.__class__ is not str:
                raise _Refused(line, f"key {value!r} is not text: quote it")
            if value in top:
                raise _Refused(
                    line,
                    f"duplicate key {value!r} (first on line {top.key_lines[value]}): keep one of them",
                )
            top.key_lines[value] = line
            key = value
    return None if root is _NOTHING else root


def _refuse(event: Any) -> None:
    from yaml import events as ev

    line = event.start_mark.line + 1
    if event.__class__ is ev.AliasEvent or event.anchor is not None:
        raise _Refused(line, "anchors and aliases (&, *) are not allowed: write the value out")
    shown = event.tag.replace("tag:yaml.org,2002:", "!!")
    raise _Refused(
        line, f"tag {shown!r} is not allowed: plan files hold plain data, remove the tag"
    )


_NOTHING = object()


def read_text(path: Path) -> str:
    """A data file's text, with clear errors for the ways a file can be unreadable."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(name, None, "no such file: check the path") from None
    except IsADirectoryError:
        raise DataError(name, None, "is a folder, not a YAML file") from None
    except OSError as exc:
        raise DataError(name, None, f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError(name, None, f"file is {len(data):,} bytes, more than a plan file can be")
    if b"\x00" in data:
        raise DataError(name, None, "not a text file (it contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            name, line, "not UTF-8 (GBK?): save the file as UTF-8 (in Excel/WPS: 另存为 UTF-8)"
        ) from None


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Parse one YAML file strictly; raise DataError with file:line on any problem."""
    name = str(path)
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise DataError(name, None, "the file is empty: a plan file needs `id:` and `records:`")
    import yaml

    try:
        data = _build(text)
    except _Refused as exc:
        raise DataError(name, exc.line, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        if exc.context:
            problem = f"{exc.context}, {problem}"
        lines = text.splitlines()
        here = lines[line - 1] if line and line <= len(lines) else ""
        if "\t" in here:
            problem += " — indent with spaces, not tabs"
        elif "found" in problem or "expected" in problem:
            problem += " — check quotes, colons and indentation on this line"
        raise DataError(name, line, problem) from None
    except yaml.YAMLError as exc:
        raise DataError(name, None, f"not valid YAML: {exc}") from None
    if data is None:
        raise DataError(
            name, None, "the file holds no data: a plan file needs `id:` and `records:`"
        )
    return data


def default_data_dir() -> Path:
    """The shipped data: inside the installed package (the wheel puts it at
    plancmp/data), else the checkout's top-level data/ (editable installs)."""
    here = Path(__file__).resolve().parent
    installed = here / "data"
    if installed.is_dir():
        return installed
    return here.parents[1] / "data"


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files of a data folder, in a stable order."""
    if not folder.exists():
        raise DataError(str(folder), None, "data folder does not exist: check --data-dir")
    if not folder.is_dir():
        raise DataError(
            str(folder), None, "is not a folder: --data-dir takes a folder of YAML files"
        )
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError as exc:
        raise DataError(str(folder), None, f"cannot read the folder: {exc.strerror}") from None
