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


def make_user(username: str, group: str | None = None, **extra):
    """A user with the test password, in one of the groups the data migrations create."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username=username, password="a-long-test-password", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return make_user("edna-editor", "Editors")


@pytest.fixture
def moderator(db):
    return make_user("moe-moderator", "Moderators")


@pytest.fixture
def translator(db):
    return make_user("tara-translator", "Translators")


@pytest.fixture
def superuser(db):
    return make_user("ada-admin", is_superuser=True, is_staff=True)
