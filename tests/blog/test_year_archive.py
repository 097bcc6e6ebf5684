"""The year archive on the blog index: each year with its number of live posts, linking to ?year=."""

import datetime

import pytest
from django.test import RequestFactory

from blog.models import YearCount

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts_over_three_years(make_post):
    for day in (1, 2, 3):
        make_post(date=datetime.date(2024, 3, day))
    make_post(date=datetime.date(2022, 12, 31))
    for month in (1, 6):
        make_post(date=datetime.date(2023, month, 1))
    make_post(date=datetime.date(2021, 1, 1), live=False)


def test_year_archive_counts_live_posts_per_year(blog_index, posts_over_three_years):
    request = RequestFactory().get("/en/blog/?topic=whatever")  # the archive ignores the filters
    request.user = None
    context = blog_index.get_context(request)
    assert context["year_archive"] == [
        YearCount(year=2024, count=3),
        YearCount(year=2023, count=2),
        YearCount(year=2022, count=1),
    ]


def test_index_shows_archive_links_with_counts(client, posts_over_three_years):
    html = client.get("/en/blog/").content.decode()
    archive = html.split('aria-labelledby="archive-heading"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/en/blog/?year=2024">2024</a>' in archive
    assert "(3 posts)" in archive
    assert "(2 posts)" in archive
    assert "(1 post)" in archive
    assert "2021" not in archive
    assert archive.index("2024") < archive.index("2023") < archive.index("2022")


def test_current_year_is_marked(client, posts_over_three_years):
    html = client.get("/en/blog/", {"year": "2023"}).content.decode()
    assert '<a href="/en/blog/?year=2023" aria-current="page">2023</a>' in html
