"""Fixtures for the hardening tests: a superuser's admin client, one published page of each type."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import get_resolver
from wagtail.documents import get_document_model

from tests.factories import (
    BlogPostPageFactory,
    GlossaryTermPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    add_resource_file,
)
from tests.hardening import files

STRONG_PASSWORD = "Decentralize-the-budget-2024!"


@pytest.fixture(autouse=True, scope="session")
def urls_loaded_before_any_frozen_clock():
    """Import the URLconf with the real clock (the search API builds models at import time that freezegun's
    fake date class would break), since a lockout test may make its first request under freeze_time."""
    assert get_resolver().url_patterns


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", STRONG_PASSWORD)


@pytest.fixture
def superuser_client(superuser) -> Client:
    client = Client()
    client.force_login(superuser)
    return client


def make_document(filename: str, content: bytes, title: str | None = None):
    """A stored document, as an import script would create it (bypassing the upload form)."""
    return get_document_model().objects.create(
        title=title or filename, file=ContentFile(content, name=filename), file_size=len(content)
    )


@pytest.fixture
def public_site(home_page, blog_index, library, glossary):
    return build_public_site(
        SimpleNamespace(home=home_page, blog_index=blog_index, library=library, glossary=glossary)
    )


def build_public_site(tree) -> dict:
    """One published page of every public page type, and a knowledge product with a PDF file, on a site
    tree (tests.factories.make_site_tree)."""
    resource = ResourcePageFactory(parent=tree.library, title="Fiscal decentralization primer", slug="primer")
    add_resource_file(resource, make_document("primer.pdf", files.pdf_bytes(), title="Primer (PDF)"))
    return {
        "home": tree.home,
        "standard": StandardPageFactory(parent=tree.home, title="About LPSA", slug="about"),
        "blog_index": tree.blog_index,
        "blog_post": BlogPostPageFactory(parent=tree.blog_index, title="Local budgets", slug="local-budgets"),
        "library": tree.library,
        "resource": resource,
        "glossary": tree.glossary,
        "term": GlossaryTermPageFactory(parent=tree.glossary, title="Subsidiarity", slug="subsidiarity"),
    }
