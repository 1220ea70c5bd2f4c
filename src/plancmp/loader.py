"""The only filesystem code: where data lives, and strict YAML with line numbers.

YAML here is read as a small, safe language: mappings, lists, strings,
decimal integers and floats, true/false and null. The YAML 1.1 surprises
(`no` → False, `012` → 10, `1:30` → 90, bare dates) are plain strings, and
duplicate keys are an error that names both lines.
"""

from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

MAX_FILE_BYTES = 5_000_000
"""A plan file is a few tens of kilobytes; anything this large is a mistake."""


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


class _StrictResolver(BaseResolver):
    """Only YAML 1.2 core scalars; everything else stays a string."""


_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^-?(?:0|[1-9][0-9]*)\.[0-9]+$"),
    list("-0123456789"),
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


class _StrictConstructor(SafeConstructor):
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> LineDict:  # type: ignore[override]
        if not isinstance(node, MappingNode):  # pragma: no cover - yaml checks this first
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise ConstructorError(
                    None, None, f"key {key!r} is not text: quote it", key_node.start_mark
                )
            line = key_node.start_mark.line + 1
            if key in result:
                raise ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first on line {result.key_lines[key]}): "
                    f"keep one of them",
                    key_node.start_mark,
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = line
        return result

    def construct_undefined(self, node: Any) -> Any:
        raise ConstructorError(
            None,
            None,
            f"tag {node.tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed: "
            "plan files hold plain data, remove the tag",
            node.start_mark,
        )


_StrictConstructor.add_constructor("tag:yaml.org,2002:map", _StrictConstructor.construct_mapping)
_StrictConstructor.add_constructor(None, _StrictConstructor.construct_undefined)


if yaml.__with_libyaml__:  # LibYAML's parser is about ten times faster
    from yaml.cyaml import CParser

    class _Parser(CParser):
        """LibYAML reads, scans, parses and composes."""

else:  # pragma: no cover - depends on how PyYAML was built

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        """The pure-Python pipeline, for a PyYAML built without LibYAML."""

        def __init__(self, stream: str):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


class StrictLoader(_Parser, _StrictConstructor, _StrictResolver):
    """A safe loader with LibYAML's parser when present and strict typing."""

    def __init__(self, stream: str):
        _Parser.__init__(self, stream)
        _StrictConstructor.__init__(self)
        _StrictResolver.__init__(self)


def _refuse_aliases(root: Node) -> None:
    """Plan files need no anchors; refusing aliases also defuses alias bombs."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise ConstructorError(
                None,
                None,
                "anchors and aliases (&, *) are not allowed: write the value out",
                node.start_mark,
            )
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))


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
    try:
        loader = StrictLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise DataError(
                    name, None, "the file holds no data: a plan file needs `id:` and `records:`"
                )
            _refuse_aliases(node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        if exc.context and "duplicate key" not in problem and "not allowed" not in problem:
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
    except RecursionError:
        raise DataError(name, None, "nested too deeply") from None


def default_data_dir() -> Path:
    """The shipped data: inside the installed package, else the checkout's data/."""
    installed = Path(str(files("plancmp"))) / "data"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "data"


def user_data_dir(option: str | None) -> Path | None:
    """The user's own plan folder from --data-dir or PLANCMP_DATA_DIR, if any."""
    value = option or os.environ.get("PLANCMP_DATA_DIR") or None
    return Path(value) if value else None


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
