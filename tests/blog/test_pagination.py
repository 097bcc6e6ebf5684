"""Pagination of the blog index: 10 per page, stable order, and 404 for pages that do not exist."""

import datetime
import re

import pytest

from blog.models import BlogIndexPage
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture(scope="module")
def posts_built_once(shared_site):
    """Built once for the module (the tests only read them). Several posts share a date so the tie-break
    on pk is exercised across the page boundary."""
    for number in range(23):
        BlogPostPageFactory(
            parent=shared_site.blog_index,
            title=f"Post {number:02d}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number // 3),
        )


@pytest.fixture
def twenty_three_posts(posts_built_once, db):
    pass


def test_pages_split_posts_without_repeats(client, twenty_three_posts):
    assert BlogIndexPage.per_page == 10
    pages = [client.get("/en/blog/", {"page": number}) for number in (1, 2, 3)]
    assert [response.status_code for response in pages] == [200, 200, 200]
    titles = [_titles(response.content.decode()) for response in pages]
    assert [len(page) for page in titles] == [10, 10, 3]
    assert titles[0] != titles[1]
    everything = titles[0] + titles[1] + titles[2]
    assert len(set(everything)) == 23
    assert everything[0] == "Post 22" and everything[-1] == "Post 00"


def test_first_page_without_parameter_equals_page_one(client, twenty_three_posts):
    assert _titles(client.get("/en/blog/").content.decode()) == _titles(
        client.get("/en/blog/?page=1").content.decode()
    )


def test_pagination_links_keep_filters(client, twenty_three_posts):
    html = client.get("/en/blog/", {"year": "2024", "page": "2"}).content.decode()
    assert 'href="?page=1&amp;year=2024" rel="prev"' in html
    assert 'href="?page=3&amp;year=2024" rel="next"' in html
    assert "Page 2 of 3" in html


@pytest.mark.parametrize("page", ["4", "999999", "0", "-1", "abc", "1.5", "9" * 40])
def test_pages_that_do_not_exist_are_404(client, twenty_three_posts, page):
    """Documented choice (catalogue.listing.paginate_or_404): no clamping; anything but a real page: 404."""
    assert client.get("/en/blog/", {"page": page}).status_code == 404


def test_empty_listing_still_has_page_one(client, home_page):
    # A blog index of its own: the module's posts sit under /en/blog/.
    BlogIndexPageFactory(parent=home_page, title="News", slug="news")
    assert client.get("/en/news/", {"page": "1"}).status_code == 200
    assert client.get("/en/news/", {"page": "2"}).status_code == 404
