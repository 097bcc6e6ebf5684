"""Hostile or mistyped query strings on the blog index answer 200 or 404, never 500."""

import datetime

import pytest

from tests.blog.conftest import build_post
from tests.factories import CountryFactory, PersonFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


@pytest.fixture(scope="module")
def some_posts(shared_site):
    """The tests only read: one post, with a topic, a country and an author, built once per module."""
    build_post(
        shared_site.blog_index,
        title="A real post",
        date=datetime.date(2024, 5, 1),
        topics=[TopicFactory(slug="fiscal")],
        countries=[CountryFactory(code="KE")],
        authors=[PersonFactory(slug="ana")],
    )


BAD_QUERIES = [
    {"topic": "nope"},
    {"topic": "a" * 5000},
    {"topic": "fiscal'; DROP TABLE blog_blogpostpage; --"},
    {"year": "abc"},
    {"year": "99999"},
    {"year": "0000"},
    {"year": "-2024"},
    {"year": "٢٠٢٤"},
    {"page": "999999"},
    {"page": "-1"},
    {"page": "abc"},
    {"page": "\x00"},
    {"country": "x" * 5000},
    {"country": "K\x00"},
    {"country": "KEN"},
    {"author": "\x00"},
    {"author": "ana\x00"},
    {"author": "ana/../../etc"},
    {"topic": "fiscal", "year": "abc", "page": "2"},
]


@pytest.mark.parametrize("params", BAD_QUERIES, ids=lambda params: repr(params)[:40])
def test_bad_input_never_errors(client, some_posts, params):
    response = client.get("/en/blog/", params)
    assert response.status_code in (200, 404)


@pytest.mark.parametrize(
    "params",
    [{"topic": "nope"}, {"year": "abc"}, {"year": "99999"}, {"country": "x" * 5000}, {"author": "\x00"}],
    ids=lambda params: repr(params)[:30],
)
def test_malformed_filters_give_empty_list_not_everything(client, some_posts, params):
    """Documented choice: a filter that cannot match shows no posts (200) with a message."""
    response = client.get("/en/blog/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "A real post" not in html
    assert "No posts match these filters." in html


def test_repeated_parameter_uses_last_value(client, some_posts):
    response = client.get("/en/blog/?topic=nope&topic=fiscal")
    assert response.status_code == 200
    assert "A real post" in response.content.decode()
