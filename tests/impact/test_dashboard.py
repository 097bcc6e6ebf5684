"""The dashboard shows exactly the figures of the events a test generated; bad periods are form errors."""

import pytest
from django.urls import reverse

from tests.impact import events
from tests.impact.conftest import fresh_site

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


@pytest.fixture
def impact_site(site_and_events, db):
    return fresh_site(site_and_events[0])


@pytest.fixture
def expected(site_and_events, db):
    return site_and_events[1]


def get_dashboard(client, user, **params):
    client.force_login(user)
    return client.get(reverse("impact_dashboard"), params)


def test_headline_figures_and_tables_equal_the_generated_events(client, editor, expected):
    start, end = events.PERIOD
    response = get_dashboard(client, editor, start=start, end=end)
    assert response.status_code == 200
    html = response.content.decode()
    for key in ("downloads", "page_views", "visitors", "sessions", "products_published"):
        assert f'data-figure="{key}">{expected[key]}<' in html
    tables = response.context["tables"]
    assert tables["downloads_by_product"].rows == expected["downloads_by_product"]
    assert tables["top_pages"].rows == expected["top_pages"]
    assert tables["top_glossary_terms"].rows == expected["top_glossary_terms"]
    assert tables["top_searches"].rows == expected["top_searches"]
    assert tables["zero_result_searches"].rows == expected["zero_result_searches"]
    assert tables["downloads_by_language"].rows == expected["downloads_by_language"]
    assert [row[:2] for row in tables["posts_per_year"].rows] == [
        (str(y), n) for y, n in expected["posts_per_year"].items()
    ]
    # The per-language columns: every post of the fixture is in English only.
    assert [row[2:] for row in tables["posts_per_year"].rows] == [
        (n, 0, 0, 0, 0) for n in expected["posts_per_year"].values()
    ]
    monthly = {
        month: (views, visitors, sessions)
        for month, views, visitors, sessions in tables["monthly_traffic"].rows
    }
    assert len(monthly) == 12
    for month, figures in monthly.items():
        assert figures == expected["monthly"].get(month, (0, 0, 0)), month


def test_charts_are_accessible_svg_with_a_table_beside_them(client, editor, expected):
    start, end = events.PERIOD
    html = get_dashboard(client, editor, start=start, end=end).content.decode()
    assert html.count('<svg class="impact-chart" role="img"') == 3
    assert (
        'aria-labelledby="impact-chart-downloads_by_product-title impact-chart-downloads_by_product-desc"'
        in html
    )
    assert '<title id="impact-chart-monthly_traffic-title">' in html
    assert '<desc id="impact-chart-posts_per_year-desc">' in html
    for name in ("downloads_by_product", "monthly_traffic", "posts_per_year"):
        assert f'data-table="{name}"' in html
    assert "<script" not in html.split('id="impact-downloads_by_product"')[1].split("</section>")[0]


def test_the_default_period_is_the_past_twelve_months(client, editor, expected):
    from impact.selectors import default_period

    response = get_dashboard(client, editor)
    assert response.status_code == 200
    assert response.context["period"] == default_period()


def test_the_period_changes_the_figures(client, editor, expected):
    response = get_dashboard(client, editor, start="2024-01-01", end="2024-12-31")
    assert response.context["tables"]["top_pages"].rows == [("About LPSA", "en", 1)]
    assert 'data-figure="downloads">1<' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"start": "2026-13-01"},
        {"start": "yesterday"},
        {"end": "2026-02-30"},
        {"start": "2026-05-01", "end": "2026-01-01"},
        {"start": "1000-01-01", "end": "2026-01-01"},
        {"start": "x" * 5000},
        {"start": "2026-01-01\x00"},
    ],
)
def test_bad_dates_are_form_errors_not_server_errors(client, editor, impact_site, params):
    response = get_dashboard(client, editor, **params)
    assert response.status_code == 200
    assert response.context["period"] is None
    assert response.context["form"].errors
    assert 'role="alert"' in response.content.decode()


def test_editors_page_views_of_the_dashboard_are_not_counted(client, editor, impact_site):
    from impact.models import DailyPageViews

    views = list(DailyPageViews.objects.order_by("pk").values_list("pk", "views"))
    get_dashboard(client, editor)
    assert list(DailyPageViews.objects.order_by("pk").values_list("pk", "views")) == views
