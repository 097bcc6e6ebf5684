"""A small site for counting tests: two knowledge products sharing one file, a glossary term, blog posts."""

import datetime
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import get_resolver
from wagtail.documents import get_document_model
from wagtail.models import Page

from impact.clients import impact_cache
from tests.factories import (
    BlogPostPageFactory,
    GlossaryTermPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    add_resource_file,
    fresh,
)

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def make_document(title: str, filename: str):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(TINY_PDF), save=False)
    document.save()
    return document


@pytest.fixture(autouse=True, scope="session")
def urls_loaded_before_any_frozen_clock():
    """Import the URLconf with the real clock: models built at import time (the search API's schemas) do not
    accept freezegun's fake date class, and the first request of a test may run under freeze_time."""
    assert get_resolver().url_patterns


@pytest.fixture(autouse=True)
def fresh_impact_state():
    """Client hashes from one test must not leak into the next (pending counts: tests/conftest.py)."""
    impact_cache().clear()
    yield
    impact_cache().clear()


@pytest.fixture
def reader() -> Client:
    return Client(headers={"user-agent": BROWSER})


def reader_from(address: str, user_agent: str = BROWSER, **headers) -> Client:
    """A distinct client: what makes it distinct is its IP address and user agent."""
    return Client(REMOTE_ADDR=address, headers={"user-agent": user_agent, **headers})


def build_pages(home_page, glossary) -> dict:
    """Enough for page-view tests: the home page, a standard page and a glossary term."""
    return {
        "home": home_page,
        "about": StandardPageFactory(parent=home_page, title="About LPSA", slug="about"),
        "term": GlossaryTermPageFactory(parent=glossary, title="Fiscal decentralization", slug="fiscal"),
    }


def build_products(library) -> dict:
    """Two products; the shared framework PDF is linked from both, the primer PDF only from the first."""
    framework = make_document("LoGICA framework", "logica-framework.pdf")
    primer = make_document("Primer on decentralization", "primer.pdf")
    orphan = make_document("Unlinked annex", "annex.pdf")
    logica = ResourcePageFactory(parent=library, title="LoGICA assessment", slug="logica")
    add_resource_file(logica, framework, language="en", label="Framework")
    add_resource_file(logica, primer, language="fr", label="Primer (French)")
    infer = ResourcePageFactory(parent=library, title="InFER review", slug="infer")
    add_resource_file(infer, framework, language="en", label="Framework")
    return {"logica": logica, "infer": infer, "framework": framework, "primer": primer, "orphan": orphan}


def build_impact_site(tree) -> dict:
    """Pages, products and three blog posts (2023, and two in 2025), on a site tree (make_site_tree)."""
    posts = [
        BlogPostPageFactory(
            parent=tree.blog_index, title="Post 2023", slug="p2023", date=datetime.date(2023, 4, 1)
        ),
        BlogPostPageFactory(
            parent=tree.blog_index, title="Post 2025a", slug="p2025a", date=datetime.date(2025, 2, 1)
        ),
        BlogPostPageFactory(
            parent=tree.blog_index, title="Post 2025b", slug="p2025b", date=datetime.date(2025, 9, 1)
        ),
    ]
    return {**build_pages(tree.home, tree.glossary), **build_products(tree.library), "posts": posts}


@pytest.fixture
def pages(home_page, glossary):
    return build_pages(home_page, glossary)


@pytest.fixture
def products(library):
    return build_products(library)


@pytest.fixture
def impact_site(home_page, blog_index, library, glossary):
    tree = SimpleNamespace(home=home_page, blog_index=blog_index, library=library, glossary=glossary)
    return build_impact_site(tree)


@pytest.fixture(scope="module")
def site_and_events(shared_site):
    """For a module marked `shared_site` whose tests only read them: the counting site (build_impact_site)
    and its events (tests/impact/events.py), built once for the module."""
    from tests.impact import events  # it imports this conftest (reader_from)

    site = build_impact_site(shared_site)
    return site, events.generate(site)


def fresh_site(site: dict) -> dict:
    """The site's pages as the database has them now (tests.factories.fresh); other items as they are."""
    return {name: fresh(item) if isinstance(item, Page) else item for name, item in site.items()}
