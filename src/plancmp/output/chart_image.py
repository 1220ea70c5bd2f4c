"""A comparison's bar chart as a PNG image (matplotlib), for documents that cannot hold SVG.

Drawn with a Chinese font found on this computer (fonts.py) and nothing else, so that no
character can come out as a box: a chart whose text the font cannot show is left out.
"""

from __future__ import annotations

import io
import sys

from plancmp.i18n import _
from plancmp.output import fonts
from plancmp.output.report import Chart

WIDTH_INCHES = 6.0
"""About the width of an A4 page's text block (15.6 cm)."""
ROW_INCHES = 0.32
DPI = 150
"""Sharp on paper at the chart's printed width, and small enough for 30 charts."""
MINE, OTHERS = "#e08a00", "#8fb3dc"
"""The plan's bar and the others' (as in the HTML report)."""


def png(chart: Chart) -> bytes | None:
    """The chart as PNG bytes; None when it has no bars or no font can show its text."""
    if not chart.bars:
        return None
    font = fonts.cjk_font()
    if font is None:
        fonts.say_none_found()
        return None
    text = "".join(b.label + b.text for b in chart.bars)
    lacking = fonts.missing(font.path, text)
    if lacking:
        print(
            "plancmp: "
            + _("the chart of {title} is left out: the font {font} has no {lacking!r}").format(
                title=chart.title, font=font.family, lacking=lacking
            ),
            file=sys.stderr,
        )
        return None
    return _draw(chart, font.path)


def _draw(chart: Chart, font_path: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    font = FontProperties(fname=font_path, size=9)
    n = len(chart.bars)
    figure = Figure(figsize=(WIDTH_INCHES, 0.35 + ROW_INCHES * n), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.3, 0.02, 0.62, 0.96))
    values = [b.value for b in chart.bars]
    axes.barh(range(n), values, height=0.62, color=[MINE if b.mine else OTHERS for b in chart.bars])
    axes.set_yticks(range(n), [b.label for b in chart.bars], fontproperties=font)
    axes.invert_yaxis()  # the best first, at the top
    top = max(abs(v) for v in values) or 1.0
    axes.set_xlim(min(0.0, min(values) * 1.3), top * 1.3)
    for i, b in enumerate(chart.bars):
        axes.text(b.value + top * 0.02, i, b.text, va="center", fontproperties=font)
    mine = next((b.value for b in chart.bars if b.mine), None)
    if mine is not None:
        axes.axvline(mine, color=MINE, linestyle=(0, (4, 3)), linewidth=1)
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
