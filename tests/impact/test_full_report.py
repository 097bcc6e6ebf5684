"""The report carries every dashboard table, with the dashboard's figures, as JSON, CSV and XLSX."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import load_workbook

from impact import selectors
from impact.tables import TABLES
from tests.i18n.conftest import translate_page
from tests.impact import events
from tests.impact.conftest import fresh_site

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]  # the site and its events: built once


@pytest.fixture
def impact_site(site_and_events, db):
    return fresh_site(site_and_events[0])


@pytest.fixture
def expected(site_and_events, db):
    return site_and_events[1]


def report(*args: str) -> str:
    out = io.StringIO()
    call_command("impact_report", "--from", events.PERIOD[0], "--to", events.PERIOD[1], *args, stdout=out)
    return out.getvalue()


def dashboard_tables(client, editor) -> dict:
    client.force_login(editor)
    start, end = events.PERIOD
    response = client.get(reverse("impact_dashboard"), {"start": start, "end": end})
    assert response.status_code == 200
    return response.context["tables"]


def test_json_report_has_every_dashboard_table_with_the_same_totals(client, editor, expected):
    figures = json.loads(report("--format", "json"))
    tables = dashboard_tables(client, editor)
    assert set(TABLES) <= set(figures)
    for name, table in tables.items():
        if name == "posts_per_year":
            assert figures[name] == {year: posts for year, posts, *_ in table.rows}
            by_language = figures["posts_per_year_by_language"]
            assert [[year, *counts.values()] for year, counts in by_language.items()] == [
                [year, *counts] for year, _posts, *counts in table.rows
            ]
            continue
        rows = figures[name]
        assert len(rows) == len(table.rows), name
        for key, total in table.totals().items():
            assert sum(row[key] for row in rows) == total, (name, key)
    assert figures["downloads"] == sum(n for _language, n in expected["downloads_by_language"])
    assert [(row["query"], row["searches"]) for row in figures["top_searches"]] == expected["top_searches"]
    assert [(row["title"], row["language"], row["views"]) for row in figures["top_pages"]] == expected[
        "top_pages"
    ]
    assert figures["top_pages"][0]["url"] == tables["top_pages"].links[0]
    assert sum(row["page_views"] for row in figures["monthly_traffic"]) == expected["page_views"]


def test_csv_report_has_the_dashboard_exports_columns(client, editor, expected):
    text = report("--format", "csv")
    lines = list(csv.reader(io.StringIO(text)))
    tables = dashboard_tables(client, editor)
    for table in tables.values():
        start = lines.index([table.title]) + 1
        assert lines[start] == table.columns
        assert lines[start + 1 : start + 1 + len(table.rows)] == [[str(v) for v in row] for row in table.rows]
    assert ["Downloads", str(expected["downloads"])] in lines


def test_xlsx_report_has_one_sheet_per_table_and_formulas_stay_text(client, editor, expected, tmp_path):
    product = expected_product = '=HYPERLINK("http://evil.example","x")'
    from resources.models import ResourcePage

    ResourcePage.objects.filter(title="LoGICA assessment").update(title=product)
    target = tmp_path / "report.xlsx"
    report("--format", "xlsx", "--output", str(target))
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["summary", *TABLES]
    tables = dashboard_tables(client, editor)
    for name, table in tables.items():
        rows = [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
        assert rows[0] == tuple(table.columns)
        assert len(rows) == len(table.rows) + 1
    cell = workbook["downloads_by_product"]["A2"]
    assert cell.value == expected_product
    assert cell.data_type == "s"
    assert list(workbook["summary"].iter_rows(values_only=True))[1] == ("Downloads", expected["downloads"])


def test_csv_report_escapes_formula_cells(expected):
    from resources.models import ResourcePage

    ResourcePage.objects.filter(title="LoGICA assessment").update(title="=1+1")
    assert "'=1+1" in report("--format", "csv")


def test_xlsx_needs_an_output_file(expected):
    with pytest.raises(CommandError, match="--output"):
        report("--format", "xlsx")


def test_a_translated_post_is_counted_once_and_in_each_of_its_languages(impact_site):
    post = impact_site["posts"][1]  # 2025
    end = impact_site["posts"][2].date.replace(month=12, day=31)
    before = selectors.posts_per_year(end)
    translate_page(post, "fr", title="Billet 2025a")
    assert selectors.posts_per_year(end) == before == {2023: 1, 2024: 0, 2025: 2}
    by_language = selectors.posts_per_year_by_language(end)
    assert by_language[2025]["en"] == 2
    assert by_language[2025]["fr"] == 1
    assert by_language[2023] == {"en": 1, "fr": 0, "es": 0, "pt": 0, "ar": 0}
