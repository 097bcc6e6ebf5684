"""The blog index lists its own live, public posts in its locale, newest first, with each card's details."""

import datetime
import re

import pytest
from wagtail.models import Locale, PageViewRestriction

from tests.factories import BlogIndexPageFactory, CountryFactory, PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_index_lists_posts_newest_first(client, make_post):
    make_post(title="Older", date=datetime.date(2022, 1, 10))
    make_post(title="Newest", date=datetime.date(2024, 6, 1))
    make_post(title="Same day, created first", date=datetime.date(2023, 3, 3))
    make_post(title="Same day, created second", date=datetime.date(2023, 3, 3))
    response = client.get("/en/blog/")
    assert response.status_code == 200
    assert _titles(response.content.decode()) == [
        "Newest",
        "Same day, created second",
        "Same day, created first",
        "Older",
    ]


def test_index_hides_drafts_and_private_posts(client, make_post):
    make_post(title="Published post")
    make_post(title="Draft post", live=False)
    private = make_post(title="Private post")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert _titles(client.get("/en/blog/").content.decode()) == ["Published post"]


def test_index_lists_only_its_own_children_in_its_locale(client, home_page, make_post):
    make_post(title="Mine")
    french = Locale.objects.get(language_code="fr")
    make_post(title="Stray French post", slug="stray", locale=french)
    other_home_child = BlogIndexPageFactory(parent=home_page, slug="other-blog", title="Other blog")
    make_post(title="Elsewhere", parent=other_home_child)
    assert _titles(client.get("/en/blog/").content.decode()) == ["Mine"]


def test_card_shows_title_date_authors_summary_topics_and_thumbnail(client, make_post, make_image):
    make_post(
        title="Budgets in Nairobi",
        slug="budgets",
        date=datetime.date(2024, 2, 29),
        summary="Participatory budgeting in practice.",
        authors=[PersonFactory(name="Ana Costa", slug="ana-costa")],
        topics=[TopicFactory(name="Local finance", slug="local-finance")],
        countries=[CountryFactory(code="KE", name="Kenya")],
        feed_image=make_image(),
    )
    html = client.get("/en/blog/").content.decode()
    card = html.split('<li class="card">', 1)[1].split("</li>\n", 1)[0]
    assert '<a href="/en/blog/budgets/">Budgets in Nairobi</a>' in card
    assert '<time datetime="2024-02-29">' in card
    assert '<a href="/en/blog/?author=ana-costa">Ana Costa</a>' in card
    assert "Participatory budgeting in practice." in card
    assert '<a href="/en/topics/local-finance/">Local finance</a>' in card  # the topic's hub
    img = re.search(r"<img [^>]*>", card).group(0)
    assert 'loading="lazy"' in img
    assert "fill-480x270" in img  # one 16:9 crop for every card (the test image is smaller: not enlarged)
    assert 'width="' in img and 'height="' in img


def test_card_without_image_has_no_img(client, make_post):
    make_post(title="Text only")
    html = client.get("/en/blog/").content.decode()
    assert "<img" not in html.split("<main", 1)[1]


def test_empty_index_says_so(client, blog_index):
    response = client.get("/en/blog/")
    assert response.status_code == 200
    assert "No posts yet." in response.content.decode()
