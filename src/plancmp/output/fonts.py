"""A font with Chinese characters for the charts, found on this computer.

matplotlib draws with DejaVu Sans, which has no Chinese: every character would be a box.
So the charts use a CJK font that is installed (Noto CJK, Source Han, WenQuanYi, SimSun,
Microsoft YaHei, PingFang …); where there is none, the charts are left out and the user
is told once how to install one (README, "Fonts for the charts").
"""

from __future__ import annotations

import functools
import sys
from typing import NamedTuple

from plancmp.i18n import _

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "DengXian",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
    "NSimSun",
    "Songti SC",
    "AR PL UMing CN",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Source Han Sans",
    "Arial Unicode MS",
)
"""Families known to hold simplified Chinese, best first (a JP or TC face of Noto or
Source Han holds every simplified character too)."""
PROBE = "对标分析规划教育覆盖率"
"""Characters any font used for the charts must have."""


class Font(NamedTuple):
    family: str
    path: str


@functools.cache
def cjk_font() -> Font | None:
    """The best installed font that has Chinese, or None."""
    from matplotlib import font_manager

    known = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in known and covers(known[family], PROBE):
            return Font(family, known[family])
    # matplotlib lists the fonts of its first run: look again for any installed since
    for path in sorted(font_manager.findSystemFonts()):
        if covers(path, PROBE):
            return Font(_family(path), path)
    return None


def covers(path: str, text: str) -> bool:
    """Whether the font file has a glyph for every character of `text` (spaces aside)."""
    return not missing(path, text)


def missing(path: str, text: str) -> str:
    """The characters of `text` the font file has no glyph for."""
    try:
        charmap = _charmap(path)
    except (OSError, RuntimeError):
        return text
    return "".join(sorted({ch for ch in text if not ch.isspace() and ord(ch) not in charmap}))


@functools.cache
def _charmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(path).get_charmap())


def _family(path: str) -> str:
    from matplotlib.ft2font import FT2Font

    return str(FT2Font(path).family_name)


_told = False


def say_none_found() -> None:
    """Tell the user, once, that charts are left out and how to fix it."""
    global _told
    if not _told:
        _told = True
        words = _(
            'no Chinese font found (Noto Sans CJK, Source Han Sans, WenQuanYi, SimSun, Microsoft YaHei …), so the report has no charts: install one (README, "Fonts for the charts"), e.g. `sudo apt-get install fonts-noto-cjk` on Debian/Ubuntu'
        )
        print(f"plancmp: {words}", file=sys.stderr)
