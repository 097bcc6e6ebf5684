"""One rule for pages that are not translated: in a language where a page does not exist, its URL is a 404,
and nothing (switcher, hreflang, menus, listings) links to it."""

import pytest
from wagtail.models import Locale, Page

from tests.factories import BlogIndexPageFactory, BlogPostPageFactory, StandardPageFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.own_site  # its tests build their own section indexes


@pytest.fixture
def blog(home_page, french_home):
    blog = BlogIndexPageFactory(parent=home_page, show_in_menus=True)
    translate_page(blog, "fr", title="Blog")
    BlogPostPageFactory(parent=blog, slug="english-only", title="English only")
    return blog


def test_an_untranslated_page_is_not_found_in_the_other_language(client, blog):
    assert client.get("/en/blog/english-only/").status_code == 200
    response = client.get("/fr/blog/english-only/")
    assert response.status_code == 404
    assert '<html lang="fr"' in response.text


def test_listings_of_a_language_only_show_its_pages(client, blog):
    assert "English only" in client.get("/en/blog/").text
    assert "English only" not in client.get("/fr/blog/").text


def test_a_draft_translation_is_not_found_either(client, blog):
    english = BlogPostPageFactory(parent=blog, slug="in-progress", title="In progress")
    translate_page(english, "fr", publish=False, title="En cours")
    assert client.get("/fr/blog/in-progress/").status_code == 404
    english_page = client.get("/en/blog/in-progress/").text
    assert 'rel="alternate" hreflang="fr"' not in english_page  # no alternate in <head> ...
    assert "/fr/blog/in-progress/" not in english_page  # ... and the switcher points elsewhere (a fallback)


def test_a_section_not_translated_is_not_found_and_not_in_the_menu(client, home_page, french_home):
    StandardPageFactory(parent=home_page, slug="about", title="About", show_in_menus=True)
    assert client.get("/fr/about/").status_code == 404
    assert 'href="/en/about/"' in client.get("/en/").text
    assert "/about/" not in client.get("/fr/").text


def test_placeholder_aliases_of_untranslated_parents_are_not_found(client, home_page, french_home, locales):
    """wagtail-localize creates an untranslated parent as an alias of the English one when a child is
    translated first; readers do not see the English page under /fr/."""
    about = StandardPageFactory(parent=home_page, slug="about", title="About", show_in_menus=True)
    team = StandardPageFactory(parent=about, slug="team", title="Team")
    french_team = team.copy_for_translation(locales["fr"], copy_parents=True)
    alias = Page.objects.get(pk=french_team.get_parent().pk)
    assert alias.alias_of_id == about.pk and alias.live and alias.locale == locales["fr"]

    assert client.get("/fr/about/").status_code == 404
    assert "/fr/about/" not in client.get("/fr/").text
    english_page = client.get("/en/about/").text
    assert 'rel="alternate" hreflang="fr"' not in english_page
    assert "/fr/about/" not in english_page


def test_an_alias_within_one_language_is_a_normal_page(client, home_page, locales):
    about = StandardPageFactory(parent=home_page, slug="about", title="About")
    about.create_alias(update_slug="about-us")
    assert client.get("/en/about-us/").status_code == 200
    assert Locale.objects.count() == 5
