"""Chart geometry: round axis maxima, bars proportional to their values, one point per month."""

import pytest

from impact import charts


@pytest.mark.parametrize(
    ("value", "ceiling"), [(0, 1), (1, 1), (3, 5), (7, 10), (11, 20), (1885, 2000), (68041, 100000)]
)
def test_nice_ceiling(value, ceiling):
    assert charts.nice_ceiling(value) == ceiling


def test_horizontal_bars_are_proportional_and_keep_full_labels():
    title = "Local Governance Institutions Comparative Assessment (LoGICA) Framework"
    chart = charts.horizontal_bars("Downloads", "desc", [(title, 10), ("InFER", 5)])
    first, second = chart.bars
    assert first.width == pytest.approx(2 * second.width)
    assert first.full_label == title and first.label.endswith("…") and len(first.label) <= 34
    assert [tick.value for tick in chart.ticks][-1] == 10


def test_line_chart_has_a_point_per_month_and_a_legend_per_series():
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    chart = charts.lines("Traffic", "desc", months, [("Page views", list(range(12))), ("Visitors", [1] * 12)])
    assert [len(series["dots"]) for series in chart.series] == [12, 12]
    assert [item["name"] for item in chart.legend] == ["Page views", "Visitors"]
    assert 0 < len(chart.x_labels) <= 6


def test_empty_data_gives_an_empty_chart():
    assert charts.vertical_bars("Posts", "desc", []).empty
    assert charts.horizontal_bars("Downloads", "desc", []).empty
