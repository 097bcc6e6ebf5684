"""The glossary index's filter box (``?q=``): a plain GET form (no script), matching titles and abbreviations
without regard to case or accents, keeping the A–Z grouping; any input is answered, never with a 500."""

import re

import pytest

from tests.glossary.test_glossary_page import some_terms  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _listed_terms(html: str) -> list[str]:
    return re.findall(r'<dt><a href="[^"]+">([^<]+)</a>', html)


def test_the_index_has_a_filter_form_that_needs_no_script(client, glossary, some_terms):  # noqa: F811
    html = client.get("/en/glossary/").content.decode()
    form = re.search(
        r'<form class="glossary-filter" method="get" action="/en/glossary/"[^>]*>(.*?)</form>', html, re.S
    )
    assert form, "no filter form"
    assert '<label for="glossary-q">Find a term</label>' in form.group(1)
    assert 'id="glossary-q" type="search" name="q" value=""' in form.group(1)
    assert len(_listed_terms(html)) == len(some_terms)
    assert 'name="robots" content="noindex' not in html


def test_filter_keeps_matching_terms_grouped_a_to_z(client, glossary, some_terms):  # noqa: F811
    html = client.get("/en/glossary/", {"q": "DE"}).content.decode()
    assert _listed_terms(html) == [
        "Decentralization",
        "devolution",
    ]  # "Ebola response" has no "de"… in its title
    assert '<section class="glossary-letter" id="letter-D"' in html
    assert 'id="letter-E"' not in html
    assert "2 terms match “DE”." in html
    assert 'value="DE"' in html
    assert 'href="/en/glossary/">Show all terms</a>' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    # The letter navigation greys out the letters the filter left empty.
    assert re.search(r'<span class="letter-nav__empty">E<', html)


def test_filter_ignores_accents_and_finds_abbreviations(client, glossary, some_terms):  # noqa: F811
    assert _listed_terms(client.get("/en/glossary/", {"q": "economie"}).content.decode()) == [
        "Économie locale"
    ]
    assert _listed_terms(client.get("/en/glossary/", {"q": "igft"}).content.decode()) == [
        "Intergovernmental fiscal transfers"
    ]
    html = client.get("/en/glossary/", {"q": "fiscal  transfers"}).content.decode()
    assert _listed_terms(html) == ["Intergovernmental fiscal transfers"]
    assert "1 term matches “fiscal transfers”." in html


def test_no_match_says_so_and_offers_all_terms(client, glossary, some_terms):  # noqa: F811
    html = client.get("/en/glossary/", {"q": "zzzz"}).content.decode()
    assert _listed_terms(html) == []
    assert "No term matches “zzzz”." in html
    assert "The glossary has no terms yet." not in html
    assert 'href="/en/glossary/">Show all terms</a>' in html


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        "%00",
        "a\x00b",
        "x" * 5000,
        "'; DROP TABLE wagtailcore_page; --",
        "\u202e\u200b",
        "( [ * + ? \\",
    ],
)
def test_bad_input_is_answered_never_a_500(client, glossary, some_terms, raw):  # noqa: F811
    response = client.get("/en/glossary/", {"q": raw})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "\x00" not in html
    value = re.search(r'id="glossary-q" type="search" name="q" value="([^"]*)"', html).group(1)
    assert len(value) <= 100


def test_repeated_parameter_and_other_parameters(client, glossary, some_terms):  # noqa: F811
    assert client.get("/en/glossary/?q=dev&q=&page=abc&letter=%ff").status_code == 200
    html = client.get("/en/glossary/?q=&q=dev").content.decode()
    assert _listed_terms(html) == ["devolution"]


# -- ?topic=<slug>: a topic hub's "See all" (wayfinding.hubs) leads to the index narrowed to its terms


@pytest.fixture
def topical_terms(make_term):
    from tests.factories import TopicFactory

    finance = TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")
    TopicFactory(name="Elections", slug="elections")
    return {
        "transfers": make_term("Intergovernmental fiscal transfers", topics=[finance]),
        "revenue": make_term("Own-source revenue", topics=[finance]),
        "ballot": make_term("Ballot", topics=[]),
    }


def test_topic_narrows_the_index_and_says_so(client, glossary, topical_terms):
    html = client.get("/en/glossary/", {"topic": "fiscal-decentralization"}).content.decode()
    assert _listed_terms(html) == ["Intergovernmental fiscal transfers", "Own-source revenue"]
    assert "2 terms on Fiscal decentralization." in html
    assert 'href="/en/glossary/">Show all terms</a>' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    # The filter box keeps the topic, so a word narrows further within it.
    assert '<input type="hidden" name="topic" value="fiscal-decentralization">' in html
    html = client.get("/en/glossary/", {"topic": "fiscal-decentralization", "q": "revenue"}).content.decode()
    assert _listed_terms(html) == ["Own-source revenue"]


def test_topic_without_terms_says_so(client, glossary, topical_terms):
    html = client.get("/en/glossary/", {"topic": "elections"}).content.decode()
    assert _listed_terms(html) == []
    assert "0 terms on Elections." in html
    assert "The glossary has no terms yet." not in html


@pytest.mark.parametrize("raw", ["no-such-topic", "<script>", "a\x00b", "x" * 500, ""])
def test_unknown_or_malformed_topic_lists_every_term(client, glossary, topical_terms, raw):
    response = client.get("/en/glossary/", {"topic": raw})
    assert response.status_code == 200
    html = response.content.decode()
    assert len(_listed_terms(html)) == 3
    assert "terms on" not in html
    assert 'name="topic"' not in html
