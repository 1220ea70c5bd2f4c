"""`compare --chart`: the ranking as text bars, aligned for Chinese names."""

from __future__ import annotations

from collections.abc import Sequence

from plancmp.analysis.compare import Row
from plancmp.model import Metric
from plancmp.output.words import show_value, target_text, why

BAR_WIDTH = 40


def chart_lines(metric: Metric, rows: Sequence[Row], title: str | None = None) -> list[str]:
    """Horizontal bars, one per ranked target, scaled to the largest; Chinese names padded
    by display width so the bars start in one column. The title first (unless None), and
    after the bars the targets left out, each with why it is not ranked."""
    ranked = [r for r in rows if r.rank is not None and r.record.target.value.value is not None]
    left_out = [r for r in rows if r not in ranked]
    lines = [title] if title else []
    if ranked:
        lines += _bars(ranked)
    else:
        lines.append(f"{metric.name}：没有可排名的目标")
    if left_out:
        lines.append(f"未画出 {len(left_out)} 项（未排名）：")
        for r in left_out:
            where = r.plan.place + (f" {r.record.segment}" if r.record.segment else "")
            lines.append(f"  {where} {target_text(r.record)}：{why(r.why) or '未排名'}")
    return lines


def _bars(ranked: list[Row]) -> list[str]:
    from wcwidth import wcswidth

    values = [r.record.target.value.value for r in ranked]
    top = max(abs(v) for v in values if v is not None) or 1
    labels = [
        f"{r.rank}. {r.plan.place}" + (f" {r.record.segment}" if r.record.segment else "")
        for r in ranked
    ]
    width = max(wcswidth(label) for label in labels)
    lines: list[str] = []
    for label, r in zip(labels, ranked, strict=True):
        v = r.record.target.value
        assert v.value is not None
        n = max(1, round(BAR_WIDTH * float(abs(v.value) / top)))
        pad = " " * (width - wcswidth(label))
        lines.append(f"{label}{pad}  {'█' * n}{' ' * (BAR_WIDTH - n)}  {show_value(v)}")
    return lines
