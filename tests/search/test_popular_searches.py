"""Honest popular searches (issue 15, point 5): per language, only queries that found results for at least
three distinct clients, counted without storing addresses, and never a query editors hid."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from django.urls import reverse

from hardening.models import SharedCounter
from search import querylog
from search.models import HiddenSearchQuery, SearchQueryDay

LANGUAGES = ["en", "fr", "es", "pt", "ar"]


def reader(address: str, user_agent: str = "Mozilla/5.0 Firefox/128.0", **meta):
    """A request from one client, as the search page and the API hand it to the query log."""
    return RequestFactory().get("/en/search/", REMOTE_ADDR=address, HTTP_USER_AGENT=user_agent, **meta)


def search_by(clients: int, query: str, language: str = "en", total: int = 5, first: int = 10) -> None:
    """``clients`` distinct clients (one address each) search for ``query`` once."""
    for number in range(first, first + clients):
        querylog.record_search(query, total, language=language, request=reader(f"192.0.2.{number}"))


def offered(client: Client, language: str) -> list[str]:
    """The popular searches the empty search page of ``language`` shows."""
    html = client.get(f"/{language}/search/").text
    block = (
        html.split('class="tags popular-searches"', 1)[1].split("</ul>", 1)[0]
        if "popular-searches" in html
        else ""
    )
    return re.findall(r"<li><a [^>]*>([^<]*)</a></li>", block)


def test_one_client_repeating_a_junk_query_100_times_shows_it_nowhere(db, client):
    junk = reader("198.51.100.7")
    for _ in range(100):
        querylog.record_search("buy cheap pills", 3, language="en", request=junk)
    row = SearchQueryDay.objects.get(query="buy cheap pills")
    assert (row.hits, row.clients) == (100, 1)
    for language in LANGUAGES:
        assert "buy cheap pills" not in querylog.popular_queries(language)
        assert "buy cheap pills" not in offered(client, language)
    # The same address with a forged X-Forwarded-For (no trusted proxy is declared) or another User-Agent is
    # still one client.
    for number in range(5):
        forged = reader("198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
        querylog.record_search("buy cheap pills", 3, language="en", request=forged)
        disguised = reader("198.51.100.7", user_agent=f"Mozilla/5.0 Bot/{number}")
        querylog.record_search("buy cheap pills", 3, language="en", request=disguised)
    assert SearchQueryDay.objects.get(query="buy cheap pills").clients == 1
    assert querylog.popular_queries("en") == []


def test_three_distinct_clients_are_needed(db, client):
    search_by(2, "fiscal transfers")
    assert querylog.popular_queries("en") == []
    search_by(1, "fiscal transfers", first=40)
    querylog.forget_popular()  # the list is cached for five minutes; a new one is computed here
    assert querylog.popular_queries("en") == ["fiscal transfers"]
    assert offered(client, "en") == ["fiscal transfers"]


def test_the_most_widely_searched_come_first_not_the_most_repeated(db):
    search_by(3, "devolution")
    search_by(5, "property tax")
    for _ in range(50):  # one of the three "devolution" clients again and again
        querylog.record_search("devolution", 4, language="en", request=reader("192.0.2.10"))
    assert querylog.popular_queries("en") == ["property tax", "devolution"]


def test_each_language_shows_its_own_popular_searches(db, client):
    search_by(3, "décentralisation budgétaire", language="fr")
    search_by(3, "fiscal decentralization", language="en")
    search_by(3, "descentralización", language="es")
    search_by(4, "descentralização", language="pt")
    search_by(3, "اللامركزية", language="ar")
    expected = {
        "en": ["fiscal decentralization"],
        "fr": ["décentralisation budgétaire"],
        "es": ["descentralización"],
        "pt": ["descentralização"],
        "ar": ["اللامركزية"],
    }
    for language in LANGUAGES:
        assert querylog.popular_queries(language) == expected[language]
        assert offered(client, language) == expected[language]


def test_a_query_with_zero_results_never_shows(db, client):
    search_by(6, "zanzibar", total=0)
    assert SearchQueryDay.objects.get(query="zanzibar").clients == 0
    assert querylog.popular_queries("en") == []
    # A query that used to find something but whose latest search finds nothing (the page went) is dropped.
    search_by(3, "census 2011")
    querylog.record_search("census 2011", 0, language="en", request=reader("192.0.2.99"))
    assert querylog.popular_queries("en") == []
    assert offered(client, "en") == []


def test_a_hidden_query_never_shows_even_from_the_cache(db, client):
    search_by(4, "john smith phone")
    search_by(3, "devolution")
    assert querylog.popular_queries("en") == ["john smith phone", "devolution"]  # now cached
    hidden = HiddenSearchQuery(query="  John SMITH, phone! ")
    hidden.full_clean()
    hidden.save()
    assert hidden.query == "john smith phone"
    assert querylog.popular_queries("en") == ["devolution"]
    assert offered(client, "en") == ["devolution"]
    hidden.delete()
    assert querylog.popular_queries("en") == ["john smith phone", "devolution"]


def test_clients_are_counted_without_storing_addresses_or_hashes(db):
    search_by(3, "local elections")
    querylog.record_search("local elections", 2, language="en", request=reader("2001:db8::1"))
    assert SearchQueryDay.objects.get(query="local elections").clients == 4
    stored = [str(value) for row in SearchQueryDay.objects.values() for value in row.values()] + list(
        SharedCounter.objects.values_list("key", flat=True)
    )
    addresses = ["192.0.2.10", "192.0.2.11", "192.0.2.12", "2001:db8::1"]
    assert not [text for text in stored for address in addresses if address in text]
    # The shared store holds one opaque key per (client, language, query) for the day, nothing readable.
    keys = [
        key for key in SharedCounter.objects.values_list("key", flat=True) if key.startswith("search:asker:")
    ]
    assert len(keys) == 4 and all(re.fullmatch(r"search:asker:[0-9a-f]{64}", key) for key in keys)
    assert not any("local elections" in key for key in keys)


def test_the_search_page_logs_language_and_distinct_clients(bilingual):
    for number in range(3):
        Client(REMOTE_ADDR=f"192.0.2.{number + 1}").get("/fr/search/", {"q": "Appui budgétaire"})
    Client(REMOTE_ADDR="192.0.2.1").get("/api/v1/search", {"q": "appui budgétaire", "lang": "fr"})
    # Every language searched from the French page: still a French reader's query.
    Client(REMOTE_ADDR="192.0.2.1").get("/fr/search/", {"q": "appui budgétaire", "lang": "all"})
    row = SearchQueryDay.objects.get(query="appui budgétaire")
    assert (row.language, row.hits, row.clients) == ("fr", 5, 3)
    reader_client = Client(REMOTE_ADDR="192.0.2.50")
    assert offered(reader_client, "fr") == ["appui budgétaire"]
    assert offered(reader_client, "en") == []


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def test_an_editor_hides_a_query_from_the_report(db, editor_client):
    search_by(3, "junk words")
    report = editor_client.get(reverse("search_queries_report"))
    assert report.status_code == 200
    add_url = reverse("wagtailsnippets_search_hiddensearchquery:add")
    assert f'href="{add_url}?query=junk%20words"' in report.text
    form = editor_client.get(add_url, {"query": "junk words"})
    assert 'value="junk words"' in form.text
    editor_client.post(add_url, {"query": "Junk words", "reason": "Spam."})
    assert list(HiddenSearchQuery.objects.values_list("query", flat=True)) == ["junk words"]
    assert querylog.popular_queries("en") == []
    assert "<td>Hidden</td>" in editor_client.get(reverse("search_queries_report")).text
    listing = editor_client.get(reverse("wagtailsnippets_search_hiddensearchquery:list"))
    assert listing.status_code == 200 and "junk words" in listing.text and "Spam." in listing.text


def test_one_search_report_in_the_admin(db):
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    client = Client()
    client.force_login(admin)
    reports = client.get("/admin/").text
    assert reverse("search_queries_report") in reports
    assert "/admin/searchpicks/reports/search-terms/" not in reports
    response = client.get("/admin/searchpicks/reports/search-terms/")
    assert response.status_code == 302 and response["Location"] == reverse("search_queries_report")


def test_a_misspelling_answered_by_its_correction_never_becomes_popular(db, client):
    """Logged once, as typed, as answered by a correction: neither a search without results (the reader saw
    results) nor one that found results as typed (no client counted, last total 0)."""
    for number in range(10, 15):
        querylog.record_search(
            "devolusion", 4, corrected=True, language="en", request=reader(f"192.0.2.{number}")
        )
    row = SearchQueryDay.objects.get(query="devolusion")
    assert (row.hits, row.corrected_hits, row.zero_result_hits, row.clients, row.last_total) == (
        5,
        5,
        0,
        0,
        0,
    )
    assert querylog.popular_queries("en") == [] and offered(client, "en") == []
    assert querylog.zero_result_queries() == []
    assert [(r["query"], r["searches"], r["corrected"]) for r in querylog.top_queries()] == [
        ("devolusion", 5, 5)
    ]
    # A correction that found nothing either is a search without results.
    querylog.record_search("devolusion", 0, corrected=True, language="en", request=reader("192.0.2.20"))
    row.refresh_from_db()
    assert (row.hits, row.corrected_hits, row.zero_result_hits) == (6, 5, 1)
    # The same readers typing the word right make it popular.
    search_by(3, "devolution")
    querylog.forget_popular()
    assert querylog.popular_queries("en") == ["devolution"]


def test_the_search_page_and_the_api_log_a_corrected_query_as_typed(blog_index, reindex, editor_client):
    from tests.factories import BlogPostPageFactory

    BlogPostPageFactory(parent=blog_index, title="Devolution in Kenya", summary="Counties and their budgets.")
    reindex()
    for number in range(3):
        Client(REMOTE_ADDR=f"192.0.2.{number + 1}").get("/en/search/", {"q": "Devolusion"})
    Client(REMOTE_ADDR="192.0.2.9").get("/api/v1/search", {"q": "devolusion"})
    Client(REMOTE_ADDR="192.0.2.9").get("/api/v1/search", {"q": "devolution kenya"})
    rows = {row.query: row for row in SearchQueryDay.objects.filter(language="en")}
    assert set(rows) == {"devolusion", "devolution kenya"}  # what readers typed, the correction not added
    typed = rows["devolusion"]
    assert (typed.hits, typed.corrected_hits, typed.zero_result_hits, typed.clients) == (4, 4, 0, 0)
    assert (rows["devolution kenya"].corrected_hits, rows["devolution kenya"].clients) == (0, 1)
    assert querylog.popular_queries("en") == []
    report = editor_client.get(reverse("search_queries_report")).text
    assert "Answered by a corrected spelling" in report
    assert "<td>devolusion</td><td>English</td><td>4</td><td>0</td><td>4</td><td>0</td>" in report
