"""`compare --chart`: the ranking as text bars, aligned for Chinese names."""

from __future__ import annotations

from collections.abc import Sequence

from plancmp.analysis.compare import Row
from plancmp.model import Metric
from plancmp.output.words import BETTER_ZH, show_value

BAR_WIDTH = 40


def chart_lines(metric: Metric, rows: Sequence[Row]) -> list[str]:
    """Horizontal bars, one per ranked target, scaled to the largest; Chinese names padded
    by display width so the bars start in one column."""
    from wcwidth import wcswidth

    ranked = [r for r in rows if r.rank is not None and r.record.target.value.value is not None]
    if not ranked:
        return [f"{metric.name}：没有可排名的目标"]
    values = [r.record.target.value.value for r in ranked]
    top = max(abs(v) for v in values if v is not None) or 1
    labels = [
        f"{r.rank}. {r.plan.place}" + (f" {r.record.segment}" if r.record.segment else "")
        for r in ranked
    ]
    width = max(wcswidth(label) for label in labels)
    lines = [f"{metric.name}（{BETTER_ZH[metric.better]}）"]
    for label, r in zip(labels, ranked, strict=True):
        v = r.record.target.value
        assert v.value is not None
        n = max(1, round(BAR_WIDTH * float(abs(v.value) / top)))
        pad = " " * (width - wcswidth(label))
        lines.append(f"{label}{pad}  {'█' * n}{' ' * (BAR_WIDTH - n)}  {show_value(v)}")
    return lines
