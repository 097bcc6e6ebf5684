"""A page's own markup kept between requests (issue 18, point 1: ``{% page_fragment %}``, decnet.fragments):
a post's, a product's and a term's body, a listing's filters and cards, the head and the header are built
once per generation and served from the cache after that; an edit shows on the next view, a preview never
reads or writes them, languages and filtered views never share one, and markup with a nonce is never kept."""

from __future__ import annotations

import pytest
from django.template import engines
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from blog.models import BlogPostPage
from hardening.csp import CspNonce
from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory, ResourcePageFactory
from tests.glossary.conftest import translate
from traffic.scope import request_scope

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(blog_index):
    return BlogPostPageFactory(parent=blog_index, title="Kept post", summary="Old summary of the post.")


@pytest.fixture
def reads(monkeypatch):
    """How many times a post fetched its byline, topics and countries (only when its body is built)."""
    calls = []
    original = BlogPostPage.reading_prefetches

    def counting(self):
        calls.append(self.pk)
        return original(self)

    monkeypatch.setattr(BlogPostPage, "reading_prefetches", counting)
    return calls


def html(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_posts_body_is_built_once_per_generation(client, post, reads):
    first = html(client, post.url)
    assert reads == [post.pk]
    second = html(client, post.url)
    assert reads == [post.pk]  # body and JSON-LD from the cache: the relations are not read again
    assert second == first


def test_a_published_edit_shows_on_the_next_view(client, post, blog_index, reads):
    html(client, post.url)
    html(client, blog_index.url)
    post.title = "Renamed post"
    post.summary = "New summary of the post."
    post.save_revision().publish()
    page = html(client, post.url)
    assert "New summary of the post." in page and "Old summary" not in page
    assert "<h1>Renamed post</h1>" in page
    assert "Renamed post" in html(client, blog_index.url)  # the listing's cards too
    assert len(reads) == 2


def test_a_new_item_shows_in_its_listing_and_a_new_term_in_the_glossary(client, post, blog_index, glossary):
    html(client, blog_index.url)
    html(client, glossary.url)
    BlogPostPageFactory(parent=blog_index, title="Fresh post")
    GlossaryTermPageFactory(parent=glossary, title="Fresh term")
    assert "Fresh post" in html(client, blog_index.url)
    assert "Fresh term" in html(client, glossary.url)


def test_a_product_and_a_term_show_an_edit_on_the_next_view(client, library, glossary):
    product = ResourcePageFactory(parent=library, title="Kept product", summary="Old product summary.")
    term = GlossaryTermPageFactory(parent=glossary, title="Kept term", definition="<p>Old definition.</p>")
    assert "Old product summary." in html(client, product.url)
    assert "Old definition." in html(client, term.url)
    product.summary = "New product summary."
    product.save_revision().publish()
    term.definition = "<p>New definition.</p>"
    term.save_revision().publish()
    assert "New product summary." in html(client, product.url)
    assert "New definition." in html(client, term.url)


def test_a_preview_neither_reads_nor_writes_the_kept_body(client, post):
    html(client, post.url)
    post.summary = "Draft summary, not published."
    post.save_revision()  # a draft: no new generation
    draft = post.get_latest_revision_as_object()
    with request_scope():  # as if served: fragments would be read and written here
        preview = draft.make_preview_request(original_request=None, preview_mode=draft.default_preview_mode)
        preview.render()
    assert "Draft summary, not published." in preview.content.decode()
    live = html(client, post.url)
    assert "Old summary of the post." in live and "Draft summary" not in live


def test_languages_never_share_a_fragment(client, post, blog_index):
    french = translate(post, "fr", "Article en français", summary="Résumé en français.")
    english_page = html(client, post.url)
    french_page = html(client, french.url)
    assert "Résumé en français." in french_page and "Old summary of the post." not in french_page
    assert "Résumé en français." not in english_page
    with translation.override("fr"):
        about_fr = gettext("About this site")
    assert about_fr != "About this site"
    assert about_fr in french_page  # the footer, kept per language
    assert about_fr not in html(client, post.url)


def test_filtered_views_of_a_listing_are_kept_apart(client, blog_index):
    from tests.factories import TopicFactory

    finance = TopicFactory(name="Finance", slug="finance")
    BlogPostPageFactory(parent=blog_index, title="About finance", topics=[finance])
    BlogPostPageFactory(parent=blog_index, title="About nothing in particular")
    everything = html(client, blog_index.url)
    filtered = html(client, f"{blog_index.url}?topic=finance")
    assert "About nothing in particular" in everything
    assert "About finance" in filtered and "About nothing in particular" not in filtered
    assert "About nothing in particular" in html(client, blog_index.url)


def test_markup_carrying_the_requests_nonce_is_never_kept():
    template = engines["django"].from_string(
        '{% load decnet_tags %}{% cached_fragment "nonce test" %}'
        '<script nonce="{{ request.csp_nonce }}"></script>{% end_cached_fragment %}'
    )
    outputs = []
    for _ in range(2):
        request = RequestFactory().get("/en/")
        request.csp_nonce = CspNonce()
        with request_scope():
            outputs.append((template.render({"request": request}), str(request.csp_nonce)))
    for markup, nonce in outputs:
        assert f'nonce="{nonce}"' in markup
    assert outputs[0][1] != outputs[1][1]


def test_markup_without_a_nonce_is_kept():
    template = engines["django"].from_string(
        '{% load decnet_tags %}{% cached_fragment "kept test" %}{{ value }}{% end_cached_fragment %}'
    )
    with request_scope():
        first = template.render({"request": RequestFactory().get("/en/"), "value": "first"})
    with request_scope():
        second = template.render({"request": RequestFactory().get("/en/"), "value": "second"})
    assert first == second == "first"
