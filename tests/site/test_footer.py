"""The footer: about, contact, feeds, newsletter, member portal, licence and social links, from Settings →
Footer, with its wording translated per language (a FooterText snippet) and complete defaults."""

import re

import pytest
from wagtail.models import Locale, Site

from decnet.models import FooterSettings, FooterText
from tests.factories import StandardPageFactory
from tests.i18n.conftest import translate_page


def footer(html: str) -> str:
    return re.search(r'<footer class="site-footer">(.*?)</footer>\s*</body>', html, re.S).group(1)


@pytest.mark.django_db
def test_defaults_give_a_complete_footer(client, home_page, blog_index):
    StandardPageFactory(parent=home_page, title="About LPSA", slug="about")
    StandardPageFactory(parent=home_page, title="Contact", slug="contact")
    html = footer(client.get("/en/").text)
    assert 'href="/en/about/"' in html and 'href="/en/contact/"' in html
    assert "mailto:info@decentralization.net" in html
    assert "https://localpublicsector.org/" in html  # newsletter and member portal
    assert "Subscribe to the newsletter" in html
    assert "/en/blog/feeds/rss/" in html
    assert "quote and share" in html  # the licence statement
    assert "LinkedIn" in html


@pytest.mark.django_db
def test_editors_settings_and_texts_are_used(client, home_page):
    about = StandardPageFactory(parent=home_page, title="Who we are", slug="who-we-are")
    text = FooterText.objects.create(about="Run by LPSA.", licence="CC BY 4.0.", newsletter="Get the letter")
    settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.text = text
    settings.about_page = about
    settings.youtube_url = "https://www.youtube.com/@lpsa"
    settings.linkedin_url = ""
    settings.save()
    html = footer(client.get("/en/").text)
    assert "Run by LPSA." in html and "CC BY 4.0." in html and "Get the letter" in html
    assert 'href="/en/who-we-are/"' in html
    assert "https://www.youtube.com/@lpsa" in html and "LinkedIn" not in html


@pytest.mark.django_db
def test_the_wording_and_pages_follow_the_reader_language(client, home_page, translated_home):
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    translate_page(about, "fr", title="À propos")
    text = FooterText.objects.create(licence="Reuse with a reference.")
    french = text.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.licence = "Réutilisation avec une référence."
    french.save()
    settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.text = text
    settings.about_page = about
    settings.save()
    html = footer(client.get("/fr/").text)
    assert "Réutilisation avec une référence." in html
    assert 'href="/fr/about/">À propos</a>' in html
    # Spanish has neither: the English wording, and the English page.
    html = footer(client.get("/es/").text)
    assert "Reuse with a reference." in html and 'href="/en/about/"' in html


@pytest.mark.django_db
def test_standard_wording_is_translated_when_no_text_is_chosen(client, translated_home):
    assert "Local Public Sector Alliance" in footer(client.get("/fr/").text)
    html = footer(client.get("/fr/").text)
    assert "Subscribe to the newsletter" not in html, "the French footer speaks French"


@pytest.mark.django_db
def test_footer_settings_are_editable_in_the_admin(client, superuser, home_page):
    client.force_login(superuser)
    site = Site.objects.get(is_default_site=True)
    response = client.get(f"/admin/settings/decnet/footersettings/{site.pk}/")
    assert response.status_code == 200
    assert "newsletter_url" in response.text and "member_portal_url" in response.text
    assert client.get("/admin/snippets/decnet/footertext/").status_code == 200


@pytest.mark.django_db
def test_the_page_chrome_is_built_once_with_one_query_for_the_default_pages(rf, home_page):
    """The menu, the home page and the footer are asked for by several tags and includes (the home page
    shows the footer's member link too): they are built once, kept until the next change (decnet.fragments),
    and the footer's default pages (about, contact, privacy) come in one query, not one each."""
    from django.db import connection
    from django.template import Context, Template
    from django.test.utils import CaptureQueriesContext

    from traffic.scope import request_scope

    for slug in ("about", "contact", "privacy"):
        StandardPageFactory(parent=home_page, title=slug.title(), slug=slug)
    template = Template("{% load decnet_tags %}{% site_footer as f %}{% main_menu_items as m %}{{ f.pages }}")
    with request_scope(), CaptureQueriesContext(connection) as first:
        html = template.render(Context({"request": rf.get("/en/")}))
    assert html.count("Link(title=") == 3 and "url=&#x27;/en/contact/&#x27;" in html
    by_slug = [query for query in first.captured_queries if '"wagtailcore_page"."slug" IN' in query["sql"]]
    assert len(by_slug) == 1
    with request_scope(), CaptureQueriesContext(connection) as again:  # a later request
        assert template.render(Context({"request": rf.get("/en/")})) == html
    assert again.captured_queries == []
    StandardPageFactory(parent=home_page, title="Terms", slug="terms")  # a publish: a new generation
    with request_scope(), CaptureQueriesContext(connection) as after_publish:
        template.render(Context({"request": rf.get("/en/")}))
    assert after_publish.captured_queries  # built again
