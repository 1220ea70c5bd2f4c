"""How long `plancmp draft` takes, as whole processes: the longest shipped document as
text, and the same document printed to a PDF by headless Chromium (about 30 pages).

usage: python benchmarks/draft_speed.py [--runs 5]

Prints the median wall time of --runs runs of each, the PDF's page count and the CPU
time of the runs (what the process itself spent, the same on a busy machine). Needs
chromium for the PDF. Not part of the test suite: timings depend on the machine.

The runs are timed as an installed plancmp runs: with its compiled bytecode. One run before
the timed ones writes it where an editable install has none, and PYTHONDONTWRITEBYTECODE is
cleared for the runs, since with it set every run would compile the sources again (about
0.1 s that `pip install .` spends once, at install).
"""

from __future__ import annotations

import argparse
import html
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "tests" / "draft" / "seeds" / "shangcheng.txt"
_SCRIPT = Path(sys.executable).with_name("plancmp")
PLANCMP = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "plancmp"]


_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + system) of `runs` runs, after one
    untimed run that leaves the bytecode in place."""
    subprocess.run(argv, check=True, capture_output=True, env=_ENV)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=_ENV)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def printed_pdf(text: str, folder: Path) -> Path:
    """The text as a web page, one paragraph a line, printed to PDF by Chromium."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        sys.exit("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    page = folder / "plan.html"
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    style = "<style>body{font-size:18px;line-height:1.8}</style>"  # a printed plan's size
    page.write_text(
        f'<html><meta charset="utf-8">{style}<body>{body}</body></html>', encoding="utf-8"
    )
    out = folder / "plan.pdf"
    subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={out}",
         "--no-pdf-header-footer", page.as_uri()],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = printed_pdf(TEXT.read_text(encoding="utf-8"), Path(folder))
        import pdfplumber

        with pdfplumber.open(pdf) as opened:
            pages = len(opened.pages)
        size = TEXT.stat().st_size // 1024
        for label, path in ((f"{TEXT.name} ({size} KB)", TEXT), (f"the same as a PDF ({pages} pages)", pdf)):  # fmt: skip
            wall, cpu = timed([*PLANCMP, "draft", str(path), "-f", "csv"], args.runs)
            print(f"  draft {label:32} {wall:6.2f} s  (CPU {cpu:.2f} s)")


if __name__ == "__main__":
    main()
