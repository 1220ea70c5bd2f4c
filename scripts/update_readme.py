"""Re-run the README's example commands and write their real output back into it.

usage: python scripts/update_readme.py     (tests/test_readme.py checks the result)
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"```console\n\$ (plancmp [^\n]*)\n.*?```", re.S)


def run(command: str) -> str:
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    return result.stdout


def render(command: str) -> str:
    return f"```console\n$ {command}\n{run(command)}```"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    README.write_text(BLOCK.sub(lambda m: render(m.group(1)), text), encoding="utf-8")


if __name__ == "__main__":
    main()
