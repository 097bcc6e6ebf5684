"""Shared fixtures: a site tree with a home page and the three section indexes."""

import pytest
from wagtail.models import Page, Site

from tests.factories import (
    BlogIndexPageFactory,
    GlossaryPageFactory,
    HomePageFactory,
    ResourceLibraryPageFactory,
)


@pytest.fixture
def home_page(db):
    # Wagtail's default "Welcome" page holds the slug "home"; the site's own home page replaces it.
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page)


@pytest.fixture
def library(home_page):
    return ResourceLibraryPageFactory(parent=home_page)


@pytest.fixture
def glossary(home_page):
    return GlossaryPageFactory(parent=home_page)
