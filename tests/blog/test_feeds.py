"""The blog's RSS 2.0 and Atom feeds (all posts, per topic): valid, complete, translated, advertised."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.factories import PersonFactory, TopicFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.django_db


def parse(client, url: str, media_type: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == f"{media_type}; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture
def posts(make_post):
    governance = TopicFactory(name="Local governance", slug="local-governance")
    finance = TopicFactory(name="Local finance", slug="local-finance")
    author = PersonFactory(name="Amina Diallo")
    return [
        make_post(
            title="Older post",
            slug="older",
            date=datetime.date(2024, 1, 10),
            authors=[author],
            topics=[governance],
        ),
        make_post(title="Newer post", slug="newer", date=datetime.date(2024, 5, 2), topics=[finance]),
    ]


def test_rss_has_every_required_element(client, posts):
    feed = parse(client, "/en/blog/feeds/rss/", "application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Decentralization.Net blog"
    assert feed.feed.link == "http://testserver/en/blog/"
    assert feed.feed.description
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == ["Newer post", "Older post"]
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/en/blog/")
        assert entry.id == entry.link
        assert entry.published_parsed is not None
        assert entry.summary
    assert feed.entries[1].published_parsed[:3] == (2024, 1, 10)
    assert feed.entries[1].author == "Amina Diallo"


def test_atom_has_every_required_element(client, posts):
    feed = parse(client, "/en/blog/feeds/atom/", "application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.id
    assert feed.feed.title == "Decentralization.Net blog"
    assert feed.feed.updated_parsed is not None
    assert feed.feed.author == "Local Public Sector Alliance"
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://testserver/en/blog/feeds/atom/"]
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated_parsed
        assert entry.link.startswith("http://testserver/en/blog/")
        assert entry.author
    assert {entry.author for entry in feed.entries} == {"Amina Diallo", "Local Public Sector Alliance"}


@pytest.mark.parametrize(
    "kind, media_type", [("rss", "application/rss+xml"), ("atom", "application/atom+xml")]
)
def test_topic_feed_lists_only_that_topics_posts(client, posts, kind, media_type):
    feed = parse(client, f"/en/blog/feeds/topic/local-finance/{kind}/", media_type)
    assert [entry.title for entry in feed.entries] == ["Newer post"]
    assert feed.feed.title == "Decentralization.Net blog: Local finance"
    assert [tag.term for tag in feed.entries[0].tags] == ["Local finance"]


def test_unknown_topic_is_the_404_page(client, posts):
    response = client.get("/en/blog/feeds/topic/no-such-topic/rss/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_drafts_are_not_in_the_feed(client, posts, make_post):
    make_post(title="Unpublished", slug="unpublished", live=False)
    feed = parse(client, "/en/blog/feeds/rss/", "application/rss+xml")
    assert "Unpublished" not in [entry.title for entry in feed.entries]


def test_empty_blog_still_gives_a_valid_feed(client, blog_index):
    feed = parse(client, "/en/blog/feeds/atom/", "application/atom+xml")
    assert feed.entries == [] and feed.feed.updated_parsed is not None


def test_feed_titles_are_translated(client, posts, translated_home):
    french_blog = translate_page(posts[0].get_parent(), "fr", title="Blog", slug="blog")
    translate_page(posts[0], "fr", title="Ancien billet")
    feed = parse(client, "/fr/blog/feeds/rss/", "application/rss+xml")
    assert feed.feed.title == "Blog de Decentralization.Net"
    assert feed.feed.language == "fr"
    assert feed.feed.link == f"http://testserver{french_blog.url}"
    assert [entry.title for entry in feed.entries] == ["Ancien billet"]


def test_feeds_are_advertised_in_the_head(client, posts, library):
    soup = BeautifulSoup(client.get("/en/blog/newer/").content, "html.parser")
    links = {
        link["href"]: (link["type"], link["title"])
        for link in soup.head.find_all("link", rel="alternate", type=True)
    }
    assert links["http://testserver/en/blog/feeds/rss/"] == (
        "application/rss+xml",
        "Decentralization.Net blog (RSS)",
    )
    assert links["http://testserver/en/blog/feeds/atom/"][0] == "application/atom+xml"
    assert "http://testserver/en/library/feeds/rss/" in links


def test_topic_feed_is_advertised_on_the_filtered_index(client, posts):
    soup = BeautifulSoup(client.get("/en/blog/?topic=local-finance").content, "html.parser")
    hrefs = [link["href"] for link in soup.head.find_all("link", rel="alternate", type=True)]
    assert "/en/blog/feeds/topic/local-finance/rss/" in hrefs
    assert "/en/blog/feeds/topic/local-finance/atom/" in hrefs


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_markup_typed_by_editors_reaches_feed_readers_as_text(client, make_post, kind):
    """Feed readers render RSS descriptions and Atom summaries as HTML, and often titles and categories too:
    a summary's markup arrives escaped (shown, not run); titles, topic and author names lose their tags."""
    from xml.etree import ElementTree

    topic = TopicFactory(name="<b onmouseover=alert(1)>Budgets</b>", slug="budgets")
    author = PersonFactory(name="<script>alert(2)</script>Ana")
    make_post(
        title="<img src=x onerror=alert(3)>Transfers",
        slug="transfers",
        summary="Grants <script>alert(4)</script> & loans",
        topics=[topic],
        authors=[author],
    )
    body = client.get(f"/en/blog/feeds/{kind}/").content
    texts = [element.text or "" for element in ElementTree.fromstring(body).iter()]
    values = [value for element in ElementTree.fromstring(body).iter() for value in element.attrib.values()]
    assert not [text for text in texts + values if "<" in text]
    assert any(text == "Grants &lt;script&gt;alert(4)&lt;/script&gt; &amp; loans" for text in texts)
    assert "Transfers" in texts and "Budgets" in texts + values
