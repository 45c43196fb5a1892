"""Bar chart geometry for server-rendered SVG (``_bar_chart.html``): no script, no CDN."""

from __future__ import annotations

from collections.abc import Sequence

from admin.contexts import Bar, BarChart


def vertical(title: str, items: Sequence[tuple[str, int]], *, width: int = 640) -> BarChart:
    """Columns (e.g. cases per month), numbers above each column."""
    height, top, bottom, left = 220, 20, 28, 8
    plot = height - top - bottom
    step = (width - 2 * left) / max(len(items), 1)
    peak = max((v for _, v in items), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(items):
        h = plot * value / peak
        x = left + i * step + step * 0.15
        bars.append(
            Bar(
                label=label,
                value=value,
                x=round(x, 1),
                y=round(top + plot - h, 1),
                width=round(step * 0.7, 1),
                height=round(h, 1),
                text_x=round(x + step * 0.35, 1),
                text_y=round(top + plot - h - 4, 1),
            )
        )
    return BarChart(title, width, height, False, tuple(bars), baseline_y=top + plot)


def horizontal(title: str, items: Sequence[tuple[str, int]], *, width: int = 720) -> BarChart:
    """Rows with the label on the left (e.g. cases by field), the number after each bar."""
    row, right = 26, 48
    longest = max((len(label) for label, _ in items), default=4)
    label_w = min(max(13 * longest + 16, 80), 340)  # 12px CJK text is about 13px wide
    height = max(row * len(items) + 8, 34)
    plot = width - label_w - right
    peak = max((v for _, v in items), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(items):
        w = plot * value / peak
        y = 4 + i * row
        bars.append(
            Bar(
                label=label,
                value=value,
                x=label_w,
                y=y,
                width=round(w, 1),
                height=row - 8,
                text_x=round(label_w + w + 6, 1),
                text_y=y + row - 12,
            )
        )
    return BarChart(title, width, height, True, tuple(bars), label_x=label_w - 8)
