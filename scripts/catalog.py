"""The Chinese catalog: gather every user-facing message from the code into the .po, and
compile the .po into the .mo that ships in the wheel.

usage: python scripts/catalog.py     (then translate the new, empty msgstr in the .po and
                                       run it again; tests/test_i18n.py checks both files)

What counts as a message: the literal in `_("…")` or `N_("…")` anywhere in the package,
and in the command line (cli/) every `help="…"` and the docstring of every function
registered with `.command()` or `.callback()` — Typer shows those as help.
"""

from __future__ import annotations

import ast
import inspect
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "plancmp"
PO = PACKAGE / "locale" / "zh_CN" / "LC_MESSAGES" / "plancmp.po"
MO = PO.with_suffix(".mo")
HEADER = (
    "Project-Id-Version: plancmp\n"
    "Language: zh_CN\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
)
MARKERS = ("_", "N_")


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent).as_posix()}:{getattr(node, 'lineno', 0)}"


def _registers_a_command(node: ast.FunctionDef) -> bool:
    for deco in node.decorator_list:
        func = deco.func if isinstance(deco, ast.Call) else deco
        if isinstance(func, ast.Attribute) and func.attr in ("command", "callback"):
            return True
    return False


def _messages_in(path: Path) -> list[tuple[str, str]]:
    """(message, where) for every message in one file; an f-string in `_()` is an error."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_cli = "cli" in path.relative_to(PACKAGE).parts
    found = []
    for node in ast.walk(tree):
        marked = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        if marked and node.func.id in MARKERS and node.args:  # type: ignore[attr-defined]
            arg = node.args[0]  # type: ignore[attr-defined]
            if isinstance(arg, ast.JoinedStr):
                raise ValueError(f"{_where(path, node)}: an f-string in _(): use .format()")
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((arg.value, _where(path, node)))
        if in_cli and isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "help" and isinstance(kw.value, ast.Constant):
                    found.append((inspect.cleandoc(str(kw.value.value)), _where(path, kw)))
        if in_cli and isinstance(node, ast.FunctionDef) and _registers_a_command(node):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                found.append((doc, _where(path, node)))
    return sorted(found, key=lambda m: int(m[1].rsplit(":", 1)[1]))


def extract() -> dict[str, list[str]]:
    """Every message of the package, in file order, with where each is used."""
    messages: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for text, where in _messages_in(path):
            if text:
                messages.setdefault(text, []).append(where)
    return messages


def _quote(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"{body}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def _unquote(text: str) -> str:
    out, chars = [], iter(text)
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    for c in chars:
        out.append(escapes[next(chars)] if c == "\\" else c)
    return "".join(out)


def read_po(text: str) -> dict[str, tuple[str, bool]]:
    """msgid → (msgstr, fuzzy) for every entry, the header ("") included."""
    entries: dict[str, tuple[str, bool]] = {}
    for block in text.strip().split("\n\n"):
        fuzzy, field, parts = False, "", {"msgid": "", "msgstr": ""}
        for line in block.splitlines():
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith(("msgid ", "msgstr ")):
                field, _, rest = line.partition(" ")
                parts[field] = _unquote(rest.strip()[1:-1])
            elif line.startswith('"') and field:
                parts[field] += _unquote(line.strip()[1:-1])
        if field:
            entries[parts["msgid"]] = (parts["msgstr"], fuzzy)
    return entries


def write_po(messages: dict[str, list[str]], old: dict[str, tuple[str, bool]]) -> str:
    """The .po for these messages, keeping the translations already made."""
    out = [f"msgid {_quote('')}\nmsgstr {_quote(HEADER)}\n"]
    for text, places in messages.items():
        refs = "".join(f"#: {p}\n" for p in places)
        translation, fuzzy = old.get(text, ("", False))
        flag = "#, fuzzy\n" if fuzzy else ""
        out.append(f"{refs}{flag}msgid {_quote(text)}\nmsgstr {_quote(translation)}\n")
    return "\n".join(out)


def compile_mo(entries: dict[str, tuple[str, bool]]) -> bytes:
    """A GNU .mo file (the layout of CPython's Tools/i18n/msgfmt.py), fuzzy and empty
    translations left out, as msgfmt does."""
    kept = {k: v for k, (v, fuzzy) in entries.items() if v and not fuzzy}
    keys = sorted(kept)
    ids, strs, places = b"", b"", []
    for key in keys:
        places.append((len(key.encode()), len(ids), len(kept[key].encode()), len(strs)))
        ids += key.encode() + b"\0"
        strs += kept[key].encode() + b"\0"
    ids_at = 7 * 4 + 16 * len(keys)
    strs_at = ids_at + len(ids)
    head = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    table_ids = b"".join(struct.pack("ii", n, at + ids_at) for n, at, _, _ in places)
    table_strs = b"".join(struct.pack("ii", n, at + strs_at) for _, _, n, at in places)
    return head + table_ids + table_strs + ids + strs


def main() -> None:
    old = read_po(PO.read_text(encoding="utf-8")) if PO.exists() else {}
    PO.parent.mkdir(parents=True, exist_ok=True)
    PO.write_text(write_po(extract(), old), encoding="utf-8")
    MO.write_bytes(compile_mo(read_po(PO.read_text(encoding="utf-8"))))
    missing = [
        k
        for k, (v, fuzzy) in read_po(PO.read_text(encoding="utf-8")).items()
        if k and (not v or fuzzy)
    ]
    print(f"{PO.relative_to(ROOT)}: {len(missing)} message(s) to translate")


if __name__ == "__main__":
    main()
