"""A blog post page shows its byline, lead, image, body and classification, linking back to the index."""

import datetime
import re

import pytest
from wagtail.rich_text import RichText

from tests.factories import CountryFactory, PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(make_post):
    return make_post(
        title="Fiscal transfers that reach the frontline",
        slug="fiscal-transfers",
        date=datetime.date(2023, 11, 14),
        summary="How intergovernmental transfers fund local services.",
        body=[("paragraph", RichText("<p>Local governments depend on predictable grants.</p>"))],
        authors=[
            PersonFactory(name="Ana Costa", slug="ana-costa"),
            PersonFactory(name="Jamie Boex", slug="jamie-boex"),
        ],
        topics=[TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization")],
        countries=[CountryFactory(code="KE", name="Kenya"), CountryFactory(code="UG", name="Uganda")],
    )


def test_post_renders_its_fields(client, post):
    response = client.get("/en/blog/fiscal-transfers/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Fiscal transfers that reach the frontline</h1>" in html
    assert '<time datetime="2023-11-14">' in html
    assert '<p class="lead">How intergovernmental transfers fund local services.</p>' in html
    assert "Local governments depend on predictable grants." in html
    for text in ("Ana Costa", "Jamie Boex", "Fiscal decentralization", "Kenya", "Uganda"):
        assert text in html


def test_post_links_authors_to_filtered_index_and_topics_and_countries_to_hubs(client, post):
    html = client.get(post.url).content.decode()
    assert 'href="/en/blog/?author=ana-costa"' in html
    assert 'href="/en/blog/?author=jamie-boex"' in html
    assert 'href="/en/topics/fiscal-decentralization/"' in html
    assert 'href="/en/countries/ke/"' in html
    assert 'href="/en/countries/ug/"' in html


def test_post_has_breadcrumbs_back_to_index(client, post):
    html = client.get(post.url).content.decode()
    breadcrumbs = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/en/blog/">Blog</a>' in breadcrumbs
    assert 'aria-current="page">Fiscal transfers that reach the frontline' in breadcrumbs


def test_post_feed_image_is_responsive(client, make_post, make_image):
    post = make_post(slug="with-image", feed_image=make_image(width=1600, height=900))
    html = client.get(post.url).content.decode()
    img = re.search(r"<img [^>]*>", html.split("<main", 1)[1]).group(0)
    assert "srcset=" in img and "sizes=" in img
    assert 'width="' in img and 'height="' in img


def test_draft_post_is_not_served(client, make_post):
    draft = make_post(slug="draft", title="Unfinished thoughts", live=False)
    assert client.get("/en/blog/draft/").status_code == 404
    assert "Unfinished thoughts" not in client.get("/en/blog/").content.decode()
    assert draft.live is False
