"""Server-rendered SVG charts: the geometry is computed here, templates/impact/charts/ only draw it.

Every chart has a title and a description for assistive technology, and the dashboard shows the same
numbers in a table beside it.
"""

import math
from dataclasses import dataclass, field

WIDTH = 640
SERIES_CLASSES = ["impact-chart__series--1", "impact-chart__series--2", "impact-chart__series--3"]


def nice_ceiling(value: float) -> int:
    """The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so axis ticks are round numbers."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def _ticks(maximum: int, count: int = 4) -> list[int]:
    step = max(1, maximum // count)
    return list(range(0, maximum + 1, step))


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


@dataclass
class Bar:
    label: str
    full_label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    value_x: float
    value_y: float


@dataclass
class Tick:
    value: int
    x1: float
    y1: float
    x2: float
    y2: float
    label_x: float
    label_y: float


@dataclass
class Chart:
    title: str
    description: str
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    series: list[dict] = field(default_factory=list)
    x_labels: list[dict] = field(default_factory=list)
    legend: list[dict] = field(default_factory=list)
    empty: bool = False


def horizontal_bars(
    title: str, description: str, items: list[tuple[str, int]], label_width: int = 230
) -> Chart:
    """One bar per item, longest first as given; for rankings such as downloads per product."""
    row, top = 26, 10
    plot_left, plot_right = label_width, WIDTH - 60
    maximum = nice_ceiling(max((value for _, value in items), default=0))
    height = top + row * max(len(items), 1) + 24
    chart = Chart(title, description, WIDTH, height, empty=not items)
    scale = (plot_right - plot_left) / maximum
    for index, (label, value) in enumerate(items):
        y = top + index * row
        width = value * scale
        chart.bars.append(
            Bar(
                label=_short(label, 34),
                full_label=label,
                value=value,
                x=plot_left,
                y=y + 4,
                width=round(width, 1),
                height=row - 8,
                label_x=plot_left - 8,
                label_y=y + row / 2 + 4,
                value_x=round(plot_left + width + 6, 1),
                value_y=y + row / 2 + 4,
            )
        )
    axis_y = top + row * max(len(items), 1)
    for value in _ticks(maximum):
        x = round(plot_left + value * scale, 1)
        chart.ticks.append(Tick(value, x, top, x, axis_y, x, axis_y + 16))
    return chart


def vertical_bars(title: str, description: str, items: list[tuple[str, int]], height: int = 240) -> Chart:
    """One column per item in the given order; for series such as blog posts per year."""
    left, right, top, bottom = 48, WIDTH - 10, 10, 30
    maximum = nice_ceiling(max((value for _, value in items), default=0))
    chart = Chart(title, description, WIDTH, height, empty=not items)
    plot_height = height - top - bottom
    slot = (right - left) / max(len(items), 1)
    bar_width = min(48, slot * 0.7)
    for index, (label, value) in enumerate(items):
        bar_height = value * plot_height / maximum
        x = left + index * slot + (slot - bar_width) / 2
        y = top + plot_height - bar_height
        chart.bars.append(
            Bar(
                label=label,
                full_label=label,
                value=value,
                x=round(x, 1),
                y=round(y, 1),
                width=round(bar_width, 1),
                height=round(bar_height, 1),
                label_x=round(x + bar_width / 2, 1),
                label_y=height - bottom + 16,
                value_x=round(x + bar_width / 2, 1),
                value_y=round(y - 4, 1),
            )
        )
    for value in _ticks(maximum):
        y = round(top + plot_height - value * plot_height / maximum, 1)
        chart.ticks.append(Tick(value, left, y, right, y, left - 6, y + 4))
    return chart


def lines(
    title: str, description: str, labels: list[str], series: list[tuple[str, list[int]]], height: int = 260
) -> Chart:
    """One line per series over shared x labels (months); for page views, visitors and sessions."""
    left, right, top, bottom = 56, WIDTH - 16, 28, 30
    maximum = nice_ceiling(max((value for _, values in series for value in values), default=0))
    chart = Chart(title, description, WIDTH, height, empty=not labels)
    plot_height = height - top - bottom
    step = (right - left) / max(len(labels) - 1, 1)
    label_every = max(1, math.ceil(len(labels) / 6))  # room for "2026-01" under each label
    for index, label in enumerate(labels):
        if index % label_every == 0:
            chart.x_labels.append(
                {"text": label, "x": round(left + index * step, 1), "y": height - bottom + 16}
            )
    for number, (name, values) in enumerate(series):
        points = [
            (round(left + index * step, 1), round(top + plot_height - value * plot_height / maximum, 1))
            for index, value in enumerate(values)
        ]
        css = SERIES_CLASSES[number % len(SERIES_CLASSES)]
        chart.series.append(
            {
                "name": name,
                "css": css,
                "points": " ".join(f"{x},{y}" for x, y in points),
                "dots": [
                    {"x": x, "y": y, "value": value} for (x, y), value in zip(points, values, strict=True)
                ],
            }
        )
        chart.legend.append({"name": name, "css": css, "x": left + number * 150, "y": 12})
    for value in _ticks(maximum):
        y = round(top + plot_height - value * plot_height / maximum, 1)
        chart.ticks.append(Tick(value, left, y, right, y, left - 6, y + 4))
    return chart
