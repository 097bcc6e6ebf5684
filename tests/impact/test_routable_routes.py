"""A page's extra routes (feeds, citation downloads) are not views of the page; the page itself still is."""

import pytest

from impact.models import DailyPageViews
from impact.services import flush
from tests.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db


def views_of(page) -> int:
    flush()
    return sum(DailyPageViews.objects.filter(page_id=page.pk).values_list("views", flat=True))


def test_feeds_and_citations_are_not_page_views(reader, blog_index, library):
    product = ResourcePageFactory(parent=library, slug="primer")
    for url in ("/en/blog/feeds/rss/", "/en/blog/feeds/atom/", "/en/library/feeds/rss/"):
        assert reader.get(url).status_code == 200
    for url in ("/en/library/primer/cite/ris/", "/en/library/primer/cite/bib/"):
        assert reader.get(url).status_code == 200
    assert views_of(blog_index) == views_of(library) == views_of(product) == 0

    for url in ("/en/blog/", "/en/library/", "/en/library/primer/"):
        assert reader.get(url).status_code == 200
    assert views_of(blog_index) == views_of(library) == views_of(product) == 1
