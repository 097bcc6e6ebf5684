"""Page views, visitors and sessions: which responses count; clients recognised without cookies."""

import datetime

import pytest
from django.utils import timezone
from freezegun import freeze_time

from impact.models import DailyPageViews, DailyVisits
from impact.services import flush
from tests.factories import fresh
from tests.impact.conftest import BROWSER, build_pages, reader_from

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


@pytest.fixture(scope="module")
def built_pages(shared_site) -> dict:
    """Every test here counts views of the same three pages: built once per module, each test's counts
    rolled back with it."""
    return build_pages(shared_site.home, shared_site.glossary)


@pytest.fixture
def pages(built_pages, db) -> dict:
    return {name: fresh(page) for name, page in built_pages.items()}


def views_of(page) -> int:
    flush()
    return sum(DailyPageViews.objects.filter(page_id=page.pk).values_list("views", flat=True))


def visits() -> tuple[int, int]:
    flush()
    rows = DailyVisits.objects.all()
    return sum(row.visitors for row in rows), sum(row.sessions for row in rows)


def test_a_reader_view_counts_a_view_a_visitor_and_a_session(pages, reader):
    assert reader.get(pages["about"].url).status_code == 200
    assert views_of(pages["about"]) == 1
    assert visits() == (1, 1)
    row = DailyPageViews.objects.get()
    assert row.date == timezone.localdate()


def test_views_per_page_add_up_and_one_client_is_one_visitor(pages, reader):
    for _ in range(3):
        reader.get(pages["about"].url)
    reader.get(pages["term"].url)
    reader.get(pages["home"].url)
    assert views_of(pages["about"]) == 3
    assert views_of(pages["term"]) == 1
    assert views_of(pages["home"]) == 1
    assert visits() == (1, 1)


def test_different_address_or_user_agent_is_a_different_visitor(pages):
    reader_from("203.0.113.1").get(pages["about"].url)
    reader_from("203.0.113.2").get(pages["about"].url)
    reader_from("203.0.113.2", "Mozilla/5.0 (Macintosh) Safari/605.1.15").get(pages["about"].url)
    assert views_of(pages["about"]) == 3
    assert visits() == (3, 3)


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0",
        "",
    ],
)
def test_bots_are_not_counted(pages, user_agent):
    response = reader_from("198.51.100.7", user_agent).get(pages["about"].url)
    assert response.status_code == 200
    assert views_of(pages["about"]) == 0
    assert visits() == (0, 0)


def test_head_requests_are_not_counted(pages, reader):
    assert reader.head(pages["about"].url).status_code == 200
    assert views_of(pages["about"]) == 0


def test_not_found_is_not_counted(pages, reader):
    assert reader.get("/en/no-such-page/").status_code == 404
    flush()
    assert not DailyPageViews.objects.exists()
    assert visits() == (0, 0)


def test_admin_is_not_counted(pages, client, editor):
    client.force_login(editor)
    assert client.get("/admin/", headers={"user-agent": BROWSER}).status_code == 200
    assert (
        client.get(f"/admin/pages/{pages['about'].pk}/", headers={"user-agent": BROWSER}).status_code == 200
    )
    flush()
    assert not DailyPageViews.objects.exists()


def test_editors_on_the_public_site_are_not_readers(pages, client, editor):
    client.force_login(editor)
    assert client.get(pages["about"].url, headers={"user-agent": BROWSER}).status_code == 200
    assert views_of(pages["about"]) == 0


def test_previews_are_not_counted(pages, admin_client):
    page = pages["about"]
    response = page.make_preview_request(original_request=None, preview_mode=page.default_preview_mode)
    assert response.status_code == 200
    url = f"/admin/pages/{page.pk}/edit/preview/"
    admin_client.get(url, headers={"user-agent": BROWSER})
    assert views_of(page) == 0


def test_prefetch_is_not_a_view(pages):
    reader_from("203.0.113.9", **{"Sec-Purpose": "prefetch"}).get(pages["about"].url)
    assert views_of(pages["about"]) == 0


def test_password_form_of_a_restricted_page_is_not_a_view(pages, reader):
    from wagtail.models import PageViewRestriction

    page = pages["about"]
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-word")
    response = reader.get(page.url)
    assert response.status_code == 200
    assert "password" in response.content.decode().lower()
    assert views_of(page) == 0


def test_search_page_and_non_page_urls_are_not_page_views(pages, reader):
    reader.get("/en/search/?q=decentralization")
    reader.get("/static/css/site.css")
    flush()
    assert not DailyPageViews.objects.exists()


@pytest.mark.parametrize("header", [{"DNT": "1"}, {"Sec-GPC": "1"}])
def test_do_not_track_and_gpc_count_a_view_but_no_visitor_or_session(pages, header):
    client = reader_from("203.0.113.20", **header)
    client.get(pages["about"].url)
    client.get(pages["term"].url)
    assert views_of(pages["about"]) == 1
    assert views_of(pages["term"]) == 1
    assert visits() == (0, 0)


def test_dnt_zero_is_tracked_normally(pages):
    reader_from("203.0.113.21", DNT="0").get(pages["about"].url)
    assert visits() == (1, 1)


def test_a_new_session_after_thirty_quiet_minutes_but_the_same_visitor(pages):
    client = reader_from("203.0.113.30")
    with freeze_time("2026-03-10 09:00:00") as clock:
        client.get(pages["about"].url)
        clock.tick(datetime.timedelta(minutes=29))
        client.get(pages["about"].url)  # same session
        clock.tick(datetime.timedelta(minutes=29))
        client.get(pages["about"].url)  # still the same: the gap is measured from the last view
        clock.tick(datetime.timedelta(minutes=31))
        client.get(pages["about"].url)  # a new session, same visitor that day
    assert views_of(pages["about"]) == 4
    assert visits() == (1, 2)


def test_the_next_day_the_same_client_is_a_new_visitor(pages):
    client = reader_from("203.0.113.31")
    with freeze_time("2026-03-10 23:50:00") as clock:
        client.get(pages["about"].url)
        clock.tick(datetime.timedelta(minutes=20))
        client.get(pages["about"].url)
    flush()
    rows = {row.date: (row.visitors, row.sessions) for row in DailyVisits.objects.all()}
    assert rows == {datetime.date(2026, 3, 10): (1, 1), datetime.date(2026, 3, 11): (1, 1)}


def test_no_address_or_user_agent_is_stored(pages):
    reader_from("203.0.113.77", "Mozilla/5.0 UniqueBrowser/9.9").get(pages["about"].url)
    flush()
    from django.db import connection

    dumped = []
    with connection.cursor() as cursor:
        for table in ("impact_dailypageviews", "impact_dailyvisits"):
            cursor.execute(f"SELECT * FROM {table}")
            dumped.extend(str(row) for row in cursor.fetchall())
    assert dumped
    assert not any("203.0.113.77" in row or "UniqueBrowser" in row for row in dumped)


def test_a_counting_failure_never_breaks_the_page(pages, reader, monkeypatch, caplog):
    from impact import services

    def broken(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(services, "record_page_view", broken)
    assert reader.get(pages["about"].url).status_code == 200
    assert "could not count" in caplog.text
