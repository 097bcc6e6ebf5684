"""Query logging (daily counts per normalised query and language, nothing personal) and the admin report.
Popular searches: tests/search/test_popular_searches.py."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from search import querylog
from search.models import SearchQueryDay


def test_searches_are_counted_per_normalised_query_and_day(client, corpus):
    client.get("/en/search/", {"q": "Governance"})
    client.get("/api/v1/search", {"q": '  "governance"!'})
    client.get("/api/v1/search", {"q": "governance", "page": "2"})  # paging through is not a new search
    client.get("/en/search/", {"q": "zanzibar"})
    client.get("/en/search/", {"q": "😀"})  # no words: nothing to log
    client.get("/api/v1/search", {"q": "governance", "lang": "all"})  # no reader language: ""
    rows = {row.query: row for row in SearchQueryDay.objects.filter(language="en")}
    assert set(rows) == {"governance", "zanzibar"}
    assert SearchQueryDay.objects.filter(language="", query="governance").count() == 1
    assert (rows["governance"].hits, rows["governance"].zero_result_hits, rows["governance"].last_total) == (
        2,
        0,
        7,
    )
    assert (rows["zanzibar"].hits, rows["zanzibar"].zero_result_hits) == (1, 1)
    assert rows["governance"].date == timezone.localdate()
    # One client (the test client's address): counted once among the searches that found something.
    assert (rows["governance"].clients, rows["zanzibar"].clients) == (1, 0)


def test_the_log_stores_no_personal_data(db):
    fields = {field.name for field in SearchQueryDay._meta.get_fields()}
    assert fields == {
        "id",
        "date",
        "language",
        "query",
        "hits",
        "zero_result_hits",
        "corrected_hits",
        "last_total",
        "clients",
    }


def test_report_covers_the_last_30_days(db):
    today = timezone.localdate()
    SearchQueryDay.objects.create(
        date=today, language="en", query="devolution", hits=5, zero_result_hits=0, last_total=3, clients=2
    )
    SearchQueryDay.objects.create(
        date=today - datetime.timedelta(days=29),
        language="en",
        query="devolution",
        hits=2,
        last_total=3,
        clients=1,
    )
    SearchQueryDay.objects.create(
        date=today - datetime.timedelta(days=30),
        language="en",
        query="old",
        hits=99,
        last_total=3,
        clients=50,
    )
    SearchQueryDay.objects.create(date=today, language="fr", query="zanzibar", hits=4, zero_result_hits=4)
    zanzibar = {
        "query": "zanzibar",
        "language": "fr",
        "searches": 4,
        "zero_results": 4,
        "corrected": 0,
        "distinct_clients": 0,
    }
    assert querylog.top_queries() == [
        {
            "query": "devolution",
            "language": "en",
            "searches": 7,
            "zero_results": 0,
            "corrected": 0,
            "distinct_clients": 3,
        },
        zanzibar,
    ]
    assert querylog.zero_result_queries() == [zanzibar]
    assert querylog.popular_queries("en") == ["devolution"]  # "old" is past the 30 days


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser(
        "search-admin", "admin@example.org", "a-long-test-password"
    )
    client.force_login(user)
    return client


def test_admin_report_lists_top_and_zero_result_queries(admin_client):
    today = timezone.localdate()
    SearchQueryDay.objects.create(
        date=today, language="en", query="fiscal decentralization", hits=12, last_total=5, clients=4
    )
    SearchQueryDay.objects.create(date=today, language="ar", query="zanzibar", hits=3, zero_result_hits=3)
    response = admin_client.get("/admin/reports/search-queries/")
    assert response.status_code == 200
    html = response.text
    top = html.split('id="top-queries"', 1)[1].split('id="zero-result-queries"', 1)[0]
    zero = html.split('id="zero-result-queries"', 1)[1]
    # Searches, without results, answered by a corrected spelling, readers who found results.
    assert "fiscal decentralization" in top
    assert "<td>English</td><td>12</td><td>0</td><td>0</td><td>4</td>" in top
    assert "zanzibar" in zero and "fiscal decentralization" not in zero and "<td>العربية</td>" in zero
    popular = html.split('id="popular-searches"', 1)[1].split('id="top-queries"', 1)[0]
    assert 'data-hide-query="fiscal decentralization"' in popular
    menu = admin_client.get("/admin/").text
    assert "/admin/reports/search-queries/" in menu


def test_report_needs_the_permission(client, db):
    user = get_user_model().objects.create_user("plain-editor", password="a-long-test-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/search-queries/").status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="view_searchqueryday"))
    user = get_user_model().objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get("/admin/reports/search-queries/").status_code == 200


def test_a_search_is_not_refused_when_the_log_cannot_be_written(db, monkeypatch):
    from django.db import OperationalError

    from search import querylog

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(querylog, "_record", locked)
    querylog.record_search("fiscal transfers", 3)  # no exception: the count is skipped
