"""`manage.py impact_report`: the contract (options, JSON keys), its figures, and its one-line errors."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from impact.selectors import default_period
from tests.impact import events
from tests.impact.conftest import fresh_site

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]  # the site and its events: built once
ROOT = Path(__file__).resolve().parents[2]
KEYS = [
    "period",
    "downloads",
    "page_views",
    "visitors",
    "sessions",
    "posts_per_year",
    "products_published",
    "downloads_by_product",
    "posts_per_year_by_language",
    "downloads_by_language",
    "monthly_traffic",
    "top_pages",
    "top_glossary_terms",
    "top_searches",
    "zero_result_searches",
]


def report(*args: str) -> str:
    out = io.StringIO()
    call_command("impact_report", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def impact_site(site_and_events, db):
    return fresh_site(site_and_events[0])


@pytest.fixture
def expected(site_and_events, db):
    return site_and_events[1]


def test_json_has_exactly_the_contract_keys_and_the_generated_figures(expected, impact_site):
    start, end = events.PERIOD
    figures = json.loads(report("--from", start, "--to", end, "--format", "json"))
    assert list(figures) == KEYS
    assert figures["period"] == {"from": start, "to": end}
    for key in ("downloads", "page_views", "visitors", "sessions", "products_published"):
        assert figures[key] == expected[key], key
    assert figures["posts_per_year"] == {str(year): n for year, n in expected["posts_per_year"].items()}
    assert [(row["title"], row["downloads"]) for row in figures["downloads_by_product"]] == expected[
        "downloads_by_product"
    ]
    assert figures["downloads_by_product"][0]["id"] == impact_site["logica"].pk
    assert figures["downloads_by_product"][0]["url"] == impact_site["logica"].url


def test_text_output_states_the_figures(expected):
    start, end = events.PERIOD
    text = report("--from", start, "--to", end)
    assert f"Impact figures from {start} to {end}" in text
    assert "Knowledge products downloaded: 3 times" in text
    assert "Page views: 5" in text
    assert "Visitors: 2" in text
    assert "Sessions: 2" in text
    assert "Knowledge products published: 1" in text
    assert "  2025: 2" in text
    assert "LoGICA assessment" in text


def test_the_default_period_is_the_twelve_months_up_to_today(impact_site):
    figures = json.loads(report("--format", "json"))
    period = default_period()
    assert figures["period"] == {"from": period.start.isoformat(), "to": period.end.isoformat()}
    assert (period.end - period.start).days in (364, 365)


def test_only_to_gives_the_twelve_months_before_it(impact_site):
    figures = json.loads(report("--to", "2026-03-31", "--format", "json"))
    assert figures["period"] == {"from": "2025-04-01", "to": "2026-03-31"}


def test_only_from_runs_until_today(impact_site):
    figures = json.loads(report("--from", "2026-01-01", "--format", "json"))
    assert figures["period"] == {"from": "2026-01-01", "to": default_period().end.isoformat()}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "--from must be a date written YYYY-MM-DD"),
        (["--to", "31/12/2026"], "--to must be a date written YYYY-MM-DD"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "reversed"),
    ],
)
def test_bad_dates_and_reversed_periods_raise_command_errors(args, message):
    with pytest.raises(CommandError, match=message):
        report(*args)


@pytest.mark.parametrize(
    "args",
    [["--from", "2026-13-01"], ["--from", "2026-05-01", "--to", "2026-01-01"], ["--to", "soon"]],
)
def test_errors_print_one_line_and_exit_non_zero(args):
    # A separate process, as an operator runs it; the error happens before any database access.
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "impact_report", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("CommandError: ")
    assert "Traceback" not in result.stderr


def test_an_unknown_format_is_refused():
    with pytest.raises(CommandError):
        report("--format", "xml")
