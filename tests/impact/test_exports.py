"""Every dashboard table exports to CSV and XLSX with the same figures."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from impact.tables import TABLES
from tests.impact import events
from tests.impact.conftest import fresh_site

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


@pytest.fixture
def impact_site(site_and_events, db):
    return fresh_site(site_and_events[0])


@pytest.fixture
def logged_in(client, editor, site_and_events):
    client.force_login(editor)
    return client, site_and_events[1]


def export(client, file_format: str, table: str, **params):
    start, end = events.PERIOD
    query = {"start": start, "end": end, "export": file_format, "table": table, **params}
    return client.get(reverse("impact_dashboard"), query)


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def read_xlsx(response) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_downloads_by_product_as_csv(logged_in):
    client, expected = logged_in
    response = export(client, "csv", "downloads_by_product")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert (
        'filename="impact-downloads_by_product-2025-12-01-2026-11-30.csv"' in response["Content-Disposition"]
    )
    rows = read_csv(response)
    assert rows[0] == ["Knowledge product", "Downloads"]
    assert rows[1:] == [[title, str(count)] for title, count in expected["downloads_by_product"]]


def test_downloads_by_product_as_xlsx(logged_in):
    client, expected = logged_in
    response = export(client, "xlsx", "downloads_by_product")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows = read_xlsx(response)
    assert rows[0] == ("Knowledge product", "Downloads")
    assert rows[1:] == expected["downloads_by_product"]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_table_exports_the_same_rows_in_both_formats(logged_in, table):
    client, _ = logged_in
    page = client.get(reverse("impact_dashboard"), dict(zip(("start", "end"), events.PERIOD, strict=True)))
    rows = page.context["tables"][table].rows
    assert rows, table
    as_csv = read_csv(export(client, "csv", table))
    as_xlsx = read_xlsx(export(client, "xlsx", table))
    assert as_csv[1:] == [[str(value) for value in row] for row in rows]
    assert as_xlsx[1:] == [tuple(row) for row in rows]
    assert tuple(as_csv[0]) == as_xlsx[0]


def test_monthly_traffic_export_matches_the_events(logged_in):
    client, expected = logged_in
    rows = read_xlsx(export(client, "xlsx", "monthly_traffic"))
    by_month = {row[0]: row[1:] for row in rows[1:]}
    assert by_month["2026-01"] == expected["monthly"]["2026-01"]
    assert by_month["2026-03"] == expected["monthly"]["2026-03"]
    assert sum(row[1] for row in rows[1:]) == expected["page_views"]


def test_titles_that_look_like_formulas_stay_text(logged_in, impact_site):
    client, _ = logged_in
    impact_site["logica"].title = '=HYPERLINK("http://evil")'
    impact_site["logica"].save_revision().publish()
    assert read_csv(export(client, "csv", "downloads_by_product"))[1][0] == '\'=HYPERLINK("http://evil")'
    sheet = load_workbook(io.BytesIO(export(client, "xlsx", "downloads_by_product").content)).active
    assert sheet["A2"].data_type == "s"


@pytest.mark.parametrize(
    ("file_format", "table", "status"),
    [("pdf", "top_pages", 400), ("csv", "passwords", 400), ("csv", "", 400), ("", "top_pages", 400)],
)
def test_unknown_formats_and_tables_are_bad_requests(logged_in, file_format, table, status):
    client, _ = logged_in
    assert export(client, file_format, table).status_code == status


def test_an_export_with_a_bad_period_is_a_bad_request(logged_in):
    client, _ = logged_in
    assert export(client, "csv", "top_pages", start="2026-13-45").status_code == 400
