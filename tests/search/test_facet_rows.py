"""Each page's facet values kept as rows of the database index (search.facet_rows), and the documents of the
pages that read a changed snippet updated with it (search.related_updates).

The database backends count facets from the rows; an engine keeps the same values in its documents'
``facet_<name>`` fields. Both follow what a page's document follows: its publish, an edit of its relations,
a change to a topic, country, region or person it reads, its deletion, ``update_index``. The counts' tests
(tests/search/test_facets_filters.py and others) run on every engine unchanged.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from blog.models import BlogPostAuthor, BlogPostPage
from search import engine, facet_rows, related_updates
from search.engine import backend_for
from search.models import FacetValue
from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    PersonFactory,
    RegionFactory,
    StandardPageFactory,
    TopicFactory,
)
from tests.search.conftest import searchable


def rows_of(page: Page) -> set[tuple[str, str]]:
    return set(FacetValue.objects.filter(page_id=page.pk).values_list("facet", "value"))


def declared(page: Page) -> set[tuple[str, str]]:
    """The page's values as its content contract gives them (what an engine's ``facet_<name>`` indexes)."""
    page = page.specific
    names = ["type", "year", *page.facet_paths]
    return {(name, value) for name in names for value in page.facet_values(name)}


def found(words: str) -> set[int]:
    searchable()
    return {page.pk for page in backend_for("default").search(words, Page.objects.live(), operator="and")}


def test_each_pages_rows_are_the_values_its_contract_declares(corpus, blog_index):
    pages = [page for page in corpus.values() if hasattr(page.specific, "facet_paths")]
    assert {page.specific.search_type for page in pages} >= {"blog", "resource", "glossary"}
    for page in pages:
        assert rows_of(page) == declared(page) and rows_of(page), page
    other = StandardPageFactory(parent=blog_index.get_parent(), title="About")
    assert rows_of(other) == {("type", "page"), ("year", str(other.first_published_at.year))}


@pytest.fixture
def post(blog_index):
    region = RegionFactory(name="Region rlinked", slug="rlinked")
    post = BlogPostPageFactory(
        parent=blog_index,
        title="Linked snippets",
        topics=[TopicFactory(name="Topic tlinked", slug="tlinked")],
        countries=[CountryFactory(name="Country clinked", code="QX", region=region)],
    )
    post.authors.add(BlogPostAuthor(person=PersonFactory(name="Author alinked", slug="alinked")))
    post.save_revision().publish()
    return BlogPostPage.objects.get(pk=post.pk)


def api(client, settings, **params) -> dict:
    settings.SEARCH_API_RATE_LIMIT = "off"
    searchable()
    return client.get("/api/v1/search", {"q": "linked snippets", **params}).json()


def test_a_country_moved_to_another_region_moves_its_pages_with_it(post, client, settings):
    country = post.countries.get()
    assert api(client, settings)["facets"]["region"] == {"rlinked": 1}
    country.region = RegionFactory(name="Region rmoved", slug="rmoved")
    country.save()
    assert ("region", "rmoved") in rows_of(post) and ("region", "rlinked") not in rows_of(post)
    assert rows_of(post) == declared(post)
    assert api(client, settings)["facets"]["region"] == {"rmoved": 1}
    assert api(client, settings, region="rmoved")["total"] == 1
    assert api(client, settings, region="rlinked")["total"] == 0
    assert post.pk in found("rmoved") and post.pk not in found("rlinked")


def test_renamed_snippets_find_their_pages_by_their_new_names(post):
    topic, person = post.topics.get(), post.authors.get().person
    topic.name, topic.slug = "Topic trenamed", "trenamed"
    topic.save()
    person.name = "Author arenamed"
    person.save()
    assert {"trenamed", "arenamed"} <= {word for word in ("trenamed", "arenamed") if post.pk in found(word)}
    assert post.pk not in found("tlinked") and post.pk not in found("alinked")
    assert ("topic", "trenamed") in rows_of(post) and rows_of(post) == declared(post)


def test_a_deleted_topic_leaves_its_pages_counts(post, client, settings):
    assert api(client, settings)["facets"]["topic"] == {"tlinked": 1}
    post.topics.get().delete()
    assert not any(facet == "topic" for facet, _value in rows_of(post))
    assert api(client, settings)["facets"]["topic"] == {}
    assert post.pk not in found("tlinked")


def test_a_new_snippet_is_read_by_no_page_yet_and_costs_no_query(post):
    assert related_updates.readers()  # topics, countries, regions, people are read by indexed pages

    def queries_to_create(name: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            TopicFactory(name=name)
        return len(queries)

    with_handler = queries_to_create("Topic tnew")
    post_save.disconnect(dispatch_uid="search_related_updates_save")
    try:
        assert queries_to_create("Topic tnewer") == with_handler
    finally:
        related_updates.connect()


def test_a_deleted_page_leaves_no_rows(post):
    page_id = post.pk
    post.delete()
    assert not FacetValue.objects.filter(page_id=page_id).exists()


def test_update_index_writes_every_pages_rows_again(corpus):
    before = set(FacetValue.objects.values_list("page_id", "facet", "value"))
    FacetValue.objects.all().delete()
    alias = engine.fallback_alias() or "default"
    call_command("update_index", backend_name=alias, stdout=io.StringIO(), stderr=io.StringIO())
    assert set(FacetValue.objects.values_list("page_id", "facet", "value")) == before != set()


def test_a_site_indexed_before_the_rows_existed_gets_them_with_its_next_migrate(corpus):
    before = set(FacetValue.objects.values_list("page_id", "facet", "value"))
    FacetValue.objects.all().delete()
    facet_rows.fill_after_migrate(using="default")
    assert set(FacetValue.objects.values_list("page_id", "facet", "value")) == before != set()
    FacetValue.objects.filter(pk=FacetValue.objects.first().pk).delete()
    facet_rows.fill_after_migrate(using="default")  # rows there: nothing written
    assert FacetValue.objects.count() == len(before) - 1


def test_rows_already_written_by_a_concurrent_save_are_kept_not_refused(post, monkeypatch):
    """Two saves of one page committing at once: the second finds the first's rows (the same values) where
    it removed none; it keeps them instead of failing the editor's publish on the unique constraint."""
    before = rows_of(post)
    monkeypatch.setattr(facet_rows, "forget", lambda *args: None)  # what the second save saw: no rows
    facet_rows.write(BlogPostPage, [post.pk])
    assert rows_of(post) == before and FacetValue.objects.filter(page_id=post.pk).count() == len(before)
