"""Feeds of new knowledge products (RSS 2.0 and Atom): valid and complete."""

import datetime

import feedparser
import pytest

from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def parse(client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture
def products(make_resource):
    return [
        make_resource(title="Primer", slug="primer", publication_date=datetime.date(2022, 2, 1)),
        make_resource(
            title="Assessment",
            slug="assessment",
            publication_date=datetime.date(2024, 9, 15),
            authors=[PersonFactory(name="Jamie Boex")],
        ),
    ]


def test_rss_lists_the_newest_products_first_with_required_elements(client, products):
    feed = parse(client, "/en/library/feeds/rss/")
    assert feed.version == "rss20"
    assert feed.feed.title == "Decentralization.Net: new knowledge products"
    assert feed.feed.link == "http://testserver/en/library/"
    assert feed.feed.description
    assert [entry.title for entry in feed.entries] == ["Assessment", "Primer"]
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/en/library/") and entry.id == entry.link
        assert entry.published_parsed is not None
    assert feed.entries[0].published_parsed[:3] == (2024, 9, 15)
    assert feed.entries[0].tags[0].term == products[1].resource_type.name


def test_atom_has_every_required_element(client, products):
    feed = parse(client, "/en/library/feeds/atom/")
    assert feed.version == "atom10"
    assert feed.feed.id and feed.feed.title and feed.feed.updated_parsed
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated_parsed and entry.link and entry.author
    assert feed.entries[0].author == "Jamie Boex"


def test_unknown_feed_kind_is_a_404(client, products):
    assert client.get("/en/library/feeds/json/").status_code == 404
