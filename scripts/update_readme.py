"""Re-run the READMEs' example commands and redraw the dependency graph from the code.

README.md's examples run in English, README.zh-CN.md's in Chinese (PLANCMP_LANG=zh).

usage: python scripts/update_readme.py     (tests/test_readme.py checks the result)
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
READMES = {README: "en", ROOT / "README.zh-CN.md": "zh"}
"""Each README and the language its examples run in."""
PACKAGE = ROOT / "src" / "plancmp"
BLOCK = re.compile(r"```console\n\$ (plancmp [^\n]*)\n.*?```", re.S)
GRAPH = re.compile(r"(<!-- deps:start -->\n).*?(<!-- deps:end -->)", re.S)
LAYERS = ("cli", "draft", "output", "analysis", "store", "core")
"""Top to bottom: a layer may import the ones below it, never those above."""


def run(command: str, lang: str = "en") -> str:
    args = shlex.split(command)[1:]
    if command.endswith("--help"):
        return help_on_a_terminal(args, lang)
    result = CliRunner().invoke(
        app, args, env={"PLANCMP_LANG": lang, "COLUMNS": "80"}, prog_name="plancmp"
    )
    return result.stdout


def help_on_a_terminal(args: list[str], lang: str) -> str:
    """Help as an 80-column terminal shows it (78 columns of text): CliRunner would wrap
    it at 80 whatever COLUMNS says, so it runs in a process of its own."""
    env = {**os.environ, "PLANCMP_LANG": lang, "COLUMNS": "80"}
    plancmp = Path(sys.executable).with_name("plancmp")  # the installed command
    done = subprocess.run([str(plancmp), *args], env=env, capture_output=True, text=True)
    return done.stdout


def render(command: str, lang: str = "en") -> str:
    return f"```console\n$ {command}\n{run(command, lang)}```"


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in LAYERS else "core"


def modules_by_layer() -> dict[str, list[str]]:
    """Each layer's modules, as `plancmp.x.y` names."""
    found: dict[str, list[str]] = {name: [] for name in LAYERS}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if path.stem not in ("__init__", "__main__"):
            found[layer(name)].append(name)
    return found


def edges() -> set[tuple[str, str]]:
    """(importing layer, imported layer) for every import between two layers."""
    out = set()
    for names in modules_by_layer().values():
        for name in names:
            path = PACKAGE.parent / (name.replace(".", "/") + ".py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                module = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
                if module.startswith("plancmp.") and layer(module) != layer(name):
                    out.add((layer(name), layer(module)))
    return out


def graph() -> str:
    """The layers as a Mermaid flowchart, drawn top to bottom."""
    lines = ["```mermaid", "flowchart TD"]
    for name, members in modules_by_layer().items():
        # plancmp.draft.read.text → read/ (a subpackage once), plancmp.draft.tables → tables
        parts = [m.split(".")[2:] if name != "core" else m.split(".")[1:] for m in members]
        short = dict.fromkeys(p[0] + "/" if len(p) > 1 else p[0] for p in parts if p)
        lines.append(f'  {name}["<b>{name}</b><br/>{" · ".join(short)}"]')
    for a, b in sorted(edges(), key=lambda e: (LAYERS.index(e[0]), LAYERS.index(e[1]))):
        lines.append(f"  {a} --> {b}")
    return "\n".join([*lines, "```", ""])


def main() -> None:
    os.chdir(ROOT)  # examples name folders of the repository (--data-dir examples)
    for path, lang in READMES.items():
        text = path.read_text(encoding="utf-8")
        text = BLOCK.sub(lambda m, lang=lang: render(m.group(1), lang), text)
        text = GRAPH.sub(lambda m: m.group(1) + graph() + m.group(2), text)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
