"""Glossary terms woven into posts and knowledge products: the first mention links to the live term of the
page's language, with its definition as the link's description; editors can turn it off per page; the terms
cost a fixed number of queries, however many there are."""

from __future__ import annotations

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory, ResourcePageFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.django_db

BODY = [
    (
        "paragraph",
        "<h2>Fiscal decentralization at a glance</h2><p>Fiscal decentralization and OSR matter.</p>",
    ),
    (
        "paragraph",
        '<p>See <a href="/elsewhere/">fiscal decentralization</a>; fiscal decentralization again.</p>',
    ),
]


def term_links(html: str) -> list[tuple[str, str, str]]:
    """(href, describedby, text) of every term link in a page."""
    return re.findall(
        r'<a class="term-link" href="([^"]+)"(?: aria-describedby="([^"]+)")?>([^<]*)</a>', html
    )


def tooltip(html: str, tip_id: str) -> str:
    found = re.search(rf'<span class="term-tip" role="tooltip" id="{tip_id}">([^<]*)</span>', html)
    return found.group(1) if found else ""


@pytest.fixture
def terms(glossary):
    fiscal = GlossaryTermPageFactory(
        parent=glossary,
        title="Fiscal decentralization",
        slug="fiscal-decentralization",
        definition="<p>Giving local governments <b>revenue</b> &amp; spending powers.</p>",
    )
    osr = GlossaryTermPageFactory(
        parent=glossary, title="Own-source revenue", slug="own-source-revenue", abbreviation="OSR"
    )
    GlossaryTermPageFactory(parent=glossary, title="Draft term", slug="draft-term", live=False)
    return {"fiscal": fiscal, "osr": osr}


def test_post_links_first_mention_with_definition(client, blog_index, terms):
    post = BlogPostPageFactory(
        parent=blog_index, slug="post", body=BODY + [("paragraph", "<p>Draft term.</p>")]
    )
    html = client.get(post.url).content.decode()
    fiscal = terms["fiscal"]
    assert term_links(html) == [
        (fiscal.url, f"term-tip-{fiscal.pk}", "Fiscal decentralization"),
        (terms["osr"].url, f"term-tip-{terms['osr'].pk}", "OSR"),
    ]
    assert tooltip(html, f"term-tip-{fiscal.pk}") == "Giving local governments revenue &amp; spending powers."
    # The heading and the existing link keep their text; the later mentions stay plain.
    assert "<h2>Fiscal decentralization at a glance</h2>" in html
    assert '<a href="/elsewhere/">fiscal decentralization</a>; fiscal decentralization again.' in html
    assert "js/term-tips" in html and 'class="term-scope"' in html


def test_product_links_terms_too(client, library, terms):
    product = ResourcePageFactory(parent=library, slug="product", body=[("paragraph", "<p>On OSR.</p>")])
    html = client.get(product.url).content.decode()
    assert [link[0] for link in term_links(html)] == [terms["osr"].url]


def test_editors_turn_it_off_per_page(client, blog_index, library, terms):
    post = BlogPostPageFactory(parent=blog_index, slug="post", body=BODY, link_glossary_terms=False)
    product = ResourcePageFactory(parent=library, slug="p", body=BODY, link_glossary_terms=False)
    for page in (post, product):
        html = client.get(page.url).content.decode()
        assert term_links(html) == [] and "term-tip" not in html and "js/term-tips" not in html
    assert "link_glossary_terms" in {
        getattr(panel, "field_name", "") for panel in type(post).content_panels
    } & {getattr(panel, "field_name", "") for panel in type(product).content_panels}


def test_a_page_without_mentions_is_unchanged(client, blog_index, terms):
    post = BlogPostPageFactory(parent=blog_index, slug="post", body=[("paragraph", "<p>Nothing here.</p>")])
    html = client.get(post.url).content.decode()
    assert "term-scope" not in html and "js/term-tips" not in html


def test_french_post_links_the_french_term(client, blog_index, glossary, terms, locales):
    translate_page(blog_index.get_parent(), "fr", title="Accueil")
    translate_page(glossary, "fr", title="Glossaire", slug="glossaire")
    french_term = translate_page(
        terms["fiscal"],
        "fr",
        title="Décentralisation budgétaire",
        slug="decentralisation-budgetaire",
        definition="<p>Donner aux collectivités des recettes.</p>",
    )
    post = BlogPostPageFactory(
        parent=blog_index,
        slug="post",
        body=[("paragraph", "<p>La décentralisation budgétaire et Fiscal decentralization.</p>")],
    )
    french_post = translate_page(
        post, "fr", title="Billet", body=[("paragraph", "<p>Sur la Décentralisation budgétaire.</p>")]
    )
    html = client.get(french_post.url).content.decode()
    assert term_links(html) == [
        (french_term.url, f"term-tip-{french_term.pk}", "Décentralisation budgétaire")
    ]
    assert french_term.url.startswith("/fr/")
    assert tooltip(html, f"term-tip-{french_term.pk}") == "Donner aux collectivités des recettes."
    # The English post links the English term, not the French one.
    assert [link[0] for link in term_links(client.get(post.url).content.decode())] == [terms["fiscal"].url]


def _queries(client, url: str) -> tuple[int, str]:
    client.get(url)
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_query_count_does_not_grow_with_terms(client, blog_index, glossary):
    words = [f"alpha{n}" for n in range(12)]
    body = [("paragraph", "<p>" + " ".join(words) + ".</p>")]
    post = BlogPostPageFactory(parent=blog_index, slug="post", body=body)
    for word in words[:2]:
        GlossaryTermPageFactory(
            parent=glossary, title=word.capitalize(), slug=word, abbreviation=word.upper()
        )
    few, html_few = _queries(client, post.url)
    assert len(term_links(html_few)) == 2
    for word in words[2:]:
        GlossaryTermPageFactory(
            parent=glossary, title=word.capitalize(), slug=word, abbreviation=word.upper()
        )
    many, html_many = _queries(client, post.url)
    assert len(term_links(html_many)) == 12
    assert few == many
    # What the links cost at all: the glossary's names, its pages, the view restrictions.
    post.link_glossary_terms = False
    post.save_revision().publish()
    off, html_off = _queries(client, post.url)
    assert term_links(html_off) == []
    assert many - off <= 3


def test_definitions_and_names_are_escaped(client, blog_index, glossary):
    term = GlossaryTermPageFactory(
        parent=glossary,
        title='Evil"><script>alert(1)</script>',
        slug="evil",
        abbreviation="EVL",
        definition="<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</p>",
    )
    post = BlogPostPageFactory(
        parent=blog_index,
        slug="post",
        body=[("paragraph", "<p>On EVL &lt;script&gt;alert(2)&lt;/script&gt;</p>")],
    )
    html = client.get(post.url).content.decode()
    assert term_links(html) == [(term.url, f"term-tip-{term.pk}", "EVL")]
    assert (
        tooltip(html, f"term-tip-{term.pk}") == "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"
    )
    assert "<img src=x" not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;</p>" in html
