"""Redraw the README's pictures of the report from the report itself.

usage: python scripts/screenshots.py [html] [docx]     (both when none is named)

html  docs/report-linan.png       the HTML report's first screen, in headless Chromium
docs  docs/report-linan-docx.png  the Word report laid out by LibreOffice (the PDF that
                                  `soffice --headless --convert-to pdf` makes): its first
                                  page beside the first page of comparisons, by pdftoppm

Needs what .ci/run installs: chromium, libreoffice-writer, poppler-utils and a Chinese
font (fonts-wqy-microhei, or Noto CJK).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PLAN = "linan"
DPI = 80
"""An A4 page 660 pixels wide: two side by side read on a screen."""


def report(folder: Path, suffix: str) -> Path:
    out = folder / f"{PLAN}.{suffix}"
    result = CliRunner().invoke(app, ["report", PLAN, "-o", str(out)])
    if result.exit_code != 0:
        sys.exit(result.stderr)
    return out


def tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    sys.exit(f"{names[0]} is not installed (.ci/run installs it)")


def html(folder: Path) -> None:
    page = report(folder, "html")
    png = DOCS / "report-linan.png"
    subprocess.run(
        [tool("chromium", "chromium-browser"), "--headless", "--no-sandbox", "--disable-gpu",
         "--hide-scrollbars", f"--user-data-dir={folder / 'chromium'}", "--window-size=900,1400",
         f"--screenshot={png}", page.as_uri()],
        check=True, capture_output=True,
    )  # fmt: skip
    print(f"wrote {png.relative_to(ROOT)}")


def docx(folder: Path) -> None:
    document = report(folder, "docx")
    subprocess.run(
        [tool("soffice", "libreoffice"), "--headless", "--norestore",
         f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--convert-to", "pdf",
         "--outdir", str(folder), str(document)],
        check=True, capture_output=True,
    )  # fmt: skip
    pdf = document.with_suffix(".pdf")
    pages = [1, first_page_with(pdf, "逐项比较")]
    images = [render(pdf, n, folder) for n in pages]
    png = DOCS / "report-linan-docx.png"
    side_by_side(images, png)
    print(f"wrote {png.relative_to(ROOT)} (pages {pages[0]} and {pages[1]})")


def first_page_with(pdf: Path, text: str) -> int:
    """The number of the first page of `pdf` whose text holds `text` (pdftotext)."""
    pages = subprocess.run([tool("pdftotext"), "-layout", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")  # fmt: skip
    return next(i for i, page in enumerate(pages, 1) if text in page)


def render(pdf: Path, page: int, folder: Path) -> Path:
    stem = folder / f"page{page}"
    subprocess.run([tool("pdftoppm"), "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    return stem.with_suffix(".png")


def side_by_side(images: list[Path], out: Path) -> None:
    """The pages in a row on grey, each with a thin border, as a viewer shows them."""
    from PIL import Image, ImageOps

    pages = [
        ImageOps.expand(Image.open(p).convert("RGB"), border=1, fill="#999999") for p in images
    ]
    gap = 16
    width = sum(p.width for p in pages) + gap * (len(pages) + 1)
    height = max(p.height for p in pages) + 2 * gap
    sheet = Image.new("RGB", (width, height), "#e6e8eb")
    x = gap
    for p in pages:
        sheet.paste(p, (x, gap))
        x += p.width + gap
    sheet.save(out, optimize=True)


def main() -> None:
    chosen = sys.argv[1:] or ["html", "docx"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            {"html": html, "docx": docx}[name](Path(tmp))


if __name__ == "__main__":
    main()
