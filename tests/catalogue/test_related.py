"""Related items (catalogue.related): up to three pages sharing a page's topics and countries, on posts and
knowledge products, chosen with a fixed number of queries however many candidates there are."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.related import related_items
from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    GlossaryTermPageFactory,
    ResourcePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy():
    return {
        "finance": TopicFactory(name="Finance", slug="finance"),
        "elections": TopicFactory(name="Elections", slug="elections"),
        "kenya": CountryFactory(code="KE", name="Kenya"),
    }


def test_related_items_rank_by_shared_topics_and_countries_then_date(blog_index, library, glossary, taxonomy):
    finance, elections, kenya = taxonomy["finance"], taxonomy["elections"], taxonomy["kenya"]
    post = BlogPostPageFactory(parent=blog_index, title="The post", topics=[finance], countries=[kenya])
    both = ResourcePageFactory(
        parent=library,
        title="Shares both",
        topics=[finance],
        countries=[kenya],
        publication_date=datetime.date(2010, 1, 1),
    )
    newer = BlogPostPageFactory(
        parent=blog_index, title="Newer, one shared", topics=[finance], date=datetime.date(2025, 1, 1)
    )
    older = BlogPostPageFactory(
        parent=blog_index, title="Older, one shared", countries=[kenya], date=datetime.date(2020, 1, 1)
    )
    BlogPostPageFactory(
        parent=blog_index, title="Oldest, one shared", topics=[finance], date=datetime.date(2001, 1, 1)
    )
    BlogPostPageFactory(
        parent=blog_index, title="Nothing shared", topics=[elections], date=datetime.date(2026, 1, 1)
    )
    BlogPostPageFactory(parent=blog_index, title="Draft", topics=[finance], countries=[kenya], live=False)

    assert [item.title for item in related_items(post)] == [both.title, newer.title, older.title]


def test_terms_join_related_items_by_topic(blog_index, glossary, taxonomy):
    post = BlogPostPageFactory(parent=blog_index, title="The post", topics=[taxonomy["finance"]])
    term = GlossaryTermPageFactory(parent=glossary, title="Own-source revenue", topics=[taxonomy["finance"]])
    assert [item.pk for item in related_items(post)] == [term.pk]


def test_a_page_without_topics_or_countries_has_no_related_items(blog_index, taxonomy):
    post = BlogPostPageFactory(parent=blog_index, title="Unclassified")
    BlogPostPageFactory(parent=blog_index, title="Other", topics=[taxonomy["finance"]])
    assert related_items(post) == []


def test_post_page_shows_its_related_items_as_cards(client, blog_index, library, taxonomy):
    post = BlogPostPageFactory(
        parent=blog_index, title="The post", slug="the-post", topics=[taxonomy["finance"]]
    )
    ResourcePageFactory(parent=library, title="A finance guide", slug="guide", topics=[taxonomy["finance"]])
    BlogPostPageFactory(parent=blog_index, title="Ballot design", topics=[taxonomy["elections"]])
    html = client.get(post.url).text
    related = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/en/library/guide/">A finance guide</a>' in related
    assert "Ballot design" not in related
    assert "The post</a>" not in related


def test_product_page_shows_its_related_items(client, blog_index, library, taxonomy):
    product = ResourcePageFactory(
        parent=library, title="The guide", slug="guide", countries=[taxonomy["kenya"]]
    )
    BlogPostPageFactory(
        parent=blog_index, title="County revenue", slug="county", countries=[taxonomy["kenya"]]
    )
    related = client.get(product.url).text.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/en/blog/county/">County revenue</a>' in related


def test_no_related_section_without_related_items(client, blog_index, taxonomy):
    post = BlogPostPageFactory(parent=blog_index, title="Alone", topics=[taxonomy["finance"]])
    assert 'id="related-heading"' not in client.get(post.url).text


def _candidates(blog_index, library, taxonomy, how_many: int) -> None:
    for number in range(how_many):
        if number % 2:
            BlogPostPageFactory(
                parent=blog_index, topics=[taxonomy["finance"]], countries=[taxonomy["kenya"]]
            )
        else:
            ResourcePageFactory(
                parent=library,
                topics=[taxonomy["finance"]],
                countries=[taxonomy["kenya"]],
                publication_date=datetime.date(2024, 5, 1),  # the posts' date: the newest ids win the tie
            )


def test_three_and_thirty_candidates_cost_the_same_queries(client, blog_index, library, taxonomy):
    post = BlogPostPageFactory(
        parent=blog_index, title="The post", topics=[taxonomy["finance"]], countries=[taxonomy["kenya"]]
    )
    _candidates(blog_index, library, taxonomy, 3)
    client.get(post.url)  # warm the site's caches
    with CaptureQueriesContext(connection) as few_items:
        few = related_items(post)
    with CaptureQueriesContext(connection) as few_page:
        assert client.get(post.url).status_code == 200
    _candidates(blog_index, library, taxonomy, 27)
    client.get(post.url)  # publishing started a new cache generation: warm it again (decnet.fragments)
    with CaptureQueriesContext(connection) as many_items:
        many = related_items(post)
    with CaptureQueriesContext(connection) as many_page:
        assert client.get(post.url).status_code == 200
    assert len(few) == len(many) == 3
    # Both choices are a mix of posts and products, so both load the two types.
    assert {type(item) for item in few} == {type(item) for item in many}
    assert len(many_items) == len(few_items)
    assert len(many_page) == len(few_page)
