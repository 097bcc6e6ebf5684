"""The search page at /<lang>/search/."""

import datetime
import functools
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchQueryDay
from tests.factories import BlogPostPageFactory

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module

URL = "/en/search/"


def result_titles(html: str) -> list[str]:
    section = html.split('class="search-results"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>', section)


def test_results_with_type_label_date_and_highlighted_snippet(client, corpus):
    response = client.get(URL, {"q": "county governance"})
    assert response.status_code == 200
    html = response.text
    assert result_titles(html) == ["Devolution in Kenya, ten years on"]
    assert "Blog post" in html and '<time datetime="2023-03-01">' in html
    assert "What <mark>county</mark> <mark>governance</mark> achieved since 2013." in html
    assert "1 result for “county governance”" in html


def test_page_text_and_the_query_are_escaped(client, blog_index, reindex):
    BlogPostPageFactory(
        parent=blog_index,
        title="Tags <b>in</b> titles",
        summary='<script>alert("x")</script> procurement & <img src=x onerror=alert(1)>',
    )
    reindex()
    html = client.get(URL, {"q": "procurement"}).text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>in</b>" not in html
    # Markup in a text field is dropped from the snippet; the rest is escaped around the <mark>.
    assert "alert(&quot;x&quot;) <mark>procurement</mark> &amp;" in html
    assert "Tags &lt;b&gt;in&lt;/b&gt; titles" in html

    html = client.get(URL, {"q": '<script>alert("q")</script>'}).text
    assert "<script>alert" not in html
    assert 'value="&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;"' in html


def test_facets_with_counts_are_a_get_form(client, corpus):
    html = client.get(URL, {"q": "governance", "type": "blog"}).text

    def facet(name: str, value: str, label: str, count: int, checked: str = "") -> bool:
        field = rf'<label><input [^>]*name="{name}" value="{value}"{checked}>'
        return re.search(rf'{field} {label} <span class="meta">\({count}\)', html) is not None

    assert facet("type", "blog", "Blog post", 3, checked=" checked")
    assert facet("type", "resource", "Knowledge product", 2)
    assert facet("country", "KE", "Kenya", 1)
    assert facet("region", "africa", "Africa", 2)
    assert facet("year", "2024", "2024", 2)
    # A result's topics lead to their hubs (issue 14: every topic chip does).
    assert 'href="/en/topics/local-elections/"' in html
    assert (
        'form="search-form"' in html
        and '<form role="search" method="get" action="" id="search-form">' in html
    )
    assert len(result_titles(html)) == 3


def test_sort_and_pagination(client, blog_index, reindex):
    for n in range(12):
        BlogPostPageFactory(parent=blog_index, title=f"Budget note {n}", date=datetime.date(2020, 1, n + 1))
    reindex()
    first = client.get(URL, {"q": "budget", "sort": "newest"}).text
    assert result_titles(first)[:2] == ["Budget note 11", "Budget note 10"]
    assert "Page 1 of 2" in first and 'rel="next"' in first and "page=2" in first
    second = client.get(URL, {"q": "budget", "sort": "newest", "page": "2"}).text
    assert result_titles(second) == ["Budget note 1", "Budget note 0"]
    assert '<ol class="search-results" start="11">' in second
    # Past the end: the last page, not an error.
    assert result_titles(client.get(URL, {"q": "budget", "sort": "newest", "page": "999999"}).text) == [
        "Budget note 1",
        "Budget note 0",
    ]


def test_empty_query_shows_popular_searches(client, glossary):
    today = datetime.date.today()
    log = functools.partial(SearchQueryDay.objects.create, date=today, language="en")
    log(query="fiscal decentralization", hits=9, last_total=4, clients=5)
    log(query="devolution", hits=3, last_total=2, clients=3)
    log(query="nothing found", hits=5, zero_result_hits=5)
    log(query="once", hits=1, last_total=1, clients=1)
    log(query="in french", language="fr", hits=9, last_total=4, clients=9)
    html = client.get(URL).text
    assert "Popular searches" in html
    assert html.index("fiscal decentralization") < html.index("devolution")
    assert "?q=fiscal%20decentralization" in html
    assert "nothing found" not in html and ">once<" not in html and "in french" not in html
    assert 'href="/en/glossary/"' in html


def test_no_results_offers_suggestions(client, corpus):
    SearchQueryDay.objects.create(
        date=datetime.date.today(), language="en", query="devolution", hits=4, last_total=1, clients=3
    )
    html = client.get(URL, {"q": "zanzibar", "type": "blog"}).text
    assert "Nothing matches “zanzibar”" in html
    assert "Search again without filters" in html and "?q=zanzibar" in html
    assert "?q=devolution" in html
    assert "Browse the glossary from A to Z" in html and 'href="/en/glossary/"' in html


def test_glossary_definition_card_on_top(client, corpus):
    for q in ("IGFT", "intergovernmental fiscal transfers", "Grants to local governments"):
        html = client.get(URL, {"q": q}).text
        card = html.split('class="card glossary-card"', 1)[1].split("</aside>", 1)[0]
        assert 'href="/en/glossary/intergovernmental-fiscal-transfers/"' in card
        assert "Intergovernmental fiscal transfers</a> (IGFT)" in card
        assert "Funds that one level of government passes to another" in card
        assert html.index("glossary-card") < html.index("search-results")
    assert "glossary-card" not in client.get(URL, {"q": "governance"}).text


def test_promoted_results_come_first(client, corpus):
    query = Query.get("governance")
    SearchPromotion.objects.create(
        query=query, page=corpus["primer"], sort_order=0, description="Start here."
    )
    # A promoted page is shown even when its text does not match the query.
    SearchPromotion.objects.create(query=query, page=corpus["decentralization"].get_parent(), sort_order=1)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://lpsa.example.org/", external_link_text="LPSA", sort_order=2
    )
    html = client.get(URL, {"q": "Governance"}).text
    titles = result_titles(html)
    assert titles[:2] == ["A primer on multilevel governance", "Glossary"]
    assert titles.count("A primer on multilevel governance") == 1
    assert html.count("<strong>Recommended</strong>") == 2
    assert 'href="https://lpsa.example.org/"' in html
    # Not with another sort order.
    assert "<strong>Recommended</strong>" not in client.get(URL, {"q": "governance", "sort": "newest"}).text


def promotion_queries(client, query: str) -> tuple[int, str]:
    """Queries on the promotions one search page makes, and its markup."""
    with CaptureQueriesContext(connection) as queries:
        html = client.get(URL, {"q": query}).text
    read = sum("wagtailsearchpromotions_searchpromotion" in one["sql"] for one in queries.captured_queries)
    return read, html


def test_promotions_are_read_only_for_promoted_queries_and_a_change_shows_at_once(client, corpus):
    """The promoted queries are kept per generation: a query no one promoted reads no promotion; one saved
    or deleted in the admin (in another request, maybe another worker) shows in the next search."""
    client.get(URL, {"q": "budget"})
    assert promotion_queries(client, "budget")[0] == 0
    promotion = SearchPromotion.objects.create(
        query=Query.get("budget"), external_link_url="https://lpsa.example.org/budgets", sort_order=0
    )
    read, html = promotion_queries(client, "Budget")
    assert read == 2 and 'href="https://lpsa.example.org/budgets"' in html  # the promoted queries, its own
    assert promotion_queries(client, "governance")[0] == 0
    promotion.delete()
    read, html = promotion_queries(client, "budget")
    assert read == 1 and "lpsa.example.org/budgets" not in html  # the promoted queries, now none


BAD_INPUT = [
    {"q": "governance", "topic": "nope"},
    {"q": "governance", "year": "abc"},
    {"q": "governance", "page": "999999"},
    {"q": "governance", "page": "-1"},
    {"q": "governance", "page": "abc"},
    {"q": "governance", "page_size": "1000"},
    {"q": "governance", "type": "x" * 5000},
    {"q": "x" * 5000},
    {"q": "gov\x00ernance"},
    {"q": "governance", "country": "\x00"},
    {"q": "governance", "lang": "xx"},
    {"q": '"'},
    {"q": "😀"},
    {"q": "   "},
]


def test_bad_input_answers_200(client, corpus, settings):
    settings.SEARCH_API_RATE_LIMIT = "off"
    for params in BAD_INPUT:
        assert client.get(URL, params).status_code == 200, params


def test_friendly_rate_limit_page(client, corpus, settings):
    settings.SEARCH_API_RATE_LIMIT = "2/hour"  # an hour's window: no boundary falls inside the test
    assert client.get(URL, {"q": "governance"}).status_code == 200
    assert client.get(URL, {"q": "governance"}).status_code == 200
    response = client.get(URL, {"q": "governance"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Too many searches" in response.text and "Please wait" in response.text
    assert '<html lang="en"' in response.text
