"""The page factories publish a new page in a few queries (tests.factories._publish_new_page), not through
Wagtail's publish action: a page they make must be what ``add_child``, ``save_revision`` and ``publish``
leave, in the page's row, its revision, its log, the signal, the search index and the reference index."""

import datetime
import json

import pytest
from wagtail.models import PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry
from wagtail.signals import page_published

from blog.models import BlogPostPage
from search.models import FacetValue
from tests.factories import BlogPostPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

# Fields that name or place a page, or date its saves: different for any two pages made one after the other.
PER_PAGE = {
    "id",
    "page_ptr",
    "path",
    "title",
    "draft_title",
    "slug",
    "url_path",
    "translation_key",
    "latest_revision",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
}
PER_REVISION = PER_PAGE | {"pk", "content_type", "wagtail_admin_comments"}


@pytest.fixture
def published_signals():
    received = []

    def receive(sender, instance, revision, **kwargs):
        received.append((sender, instance.pk, revision.pk))

    page_published.connect(receive, dispatch_uid="tests-factory-published")
    yield received
    page_published.disconnect(dispatch_uid="tests-factory-published")


def made_by_wagtail(parent, topic, **fields) -> BlogPostPage:
    page = BlogPostPage(**fields)
    page.topics.set([topic])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return BlogPostPage.objects.get(pk=page.pk)


def row(page: BlogPostPage) -> dict:
    return {
        field.name: field.value_to_string(page)
        for field in BlogPostPage._meta.concrete_fields
        if field.name not in PER_PAGE
    }


def what_was_logged(page: BlogPostPage) -> list[tuple]:
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    return [(entry.action, entry.revision_id, entry.content_changed, entry.user_id) for entry in entries]


def test_a_factory_page_is_what_wagtails_publish_leaves(blog_index, published_signals):
    topic = TopicFactory()
    linked = f'<p>See <a linktype="page" id="{blog_index.pk}">the blog</a>.</p>'
    fields = {
        "date": datetime.date(2024, 5, 1),
        "summary": "Devolved budgets.",
        # One block id for both pages (a new block gets a random one).
        "body": json.dumps([{"type": "paragraph", "value": linked, "id": "4f2b6c1e-factory-and-wagtail"}]),
    }
    wagtail = made_by_wagtail(blog_index, topic, title="Published by Wagtail", **fields)
    made = BlogPostPageFactory(parent=blog_index, title="Made by the factory", topics=[topic], **fields)

    assert row(made) == row(wagtail)
    assert list(made.topics.all()) == list(wagtail.topics.all()) == [topic]
    for page in (made, wagtail):
        assert page.live and not page.has_unpublished_changes
        assert page.live_revision_id == page.latest_revision_id
        assert page.first_published_at == page.last_published_at >= page.latest_revision_created_at
        assert page.draft_title == page.title

    revisions = {page: list(Revision.objects.for_instance(page)) for page in (made, wagtail)}
    assert [len(found) for found in revisions.values()] == [1, 1]
    content = {page: found[0].content for page, found in revisions.items()}
    assert {key: value for key, value in content[made].items() if key not in PER_REVISION} == {
        key: value for key, value in content[wagtail].items() if key not in PER_REVISION
    }
    assert set(content[made]) == set(content[wagtail])

    for page in (made, wagtail):
        assert what_was_logged(page) == [
            ("wagtail.create", None, True, None),
            ("wagtail.publish", page.live_revision_id, True, None),
        ]
    assert published_signals == [
        (BlogPostPage, wagtail.pk, wagtail.live_revision_id),
        (BlogPostPage, made.pk, made.live_revision_id),
    ]

    facets = {
        page: set(FacetValue.objects.filter(page_id=page.pk).values_list("facet", "value"))
        for page in (made, wagtail)
    }
    assert facets[made] == facets[wagtail] != set()
    for page in (made, wagtail):
        assert IndexEntry.objects.filter(object_id=str(page.pk)).count() == 1
    references = {
        page: set(ReferenceIndex.get_references_for_object(page).values_list("to_object_id", "model_path"))
        for page in (made, wagtail)
    }
    assert references[made] == references[wagtail] != set()


def test_a_page_scheduled_to_go_live_later_is_published_by_wagtail(blog_index):
    """A future go-live date makes the publish schedule the page: the factory leaves that to Wagtail."""
    later = datetime.datetime(2999, 1, 1, tzinfo=datetime.UTC)
    page = BlogPostPageFactory(parent=blog_index, go_live_at=later)
    assert not page.live and page.live_revision_id is None
    assert Revision.objects.for_instance(page).get().approved_go_live_at == later
    assert [action for action, *_ in what_was_logged(page)] == ["wagtail.create", "wagtail.publish.schedule"]
