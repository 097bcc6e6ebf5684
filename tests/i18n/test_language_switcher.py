"""The language switcher lists the languages a page exists in and links to that page's translation."""

import re

import pytest

from tests.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.i18n.conftest import translate_page


def switcher_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="lang-switcher"[^>]*>(.*?)</nav>', html, re.S)
    if nav is None:
        return {}
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav.group(1))}


@pytest.fixture
def post_in_three_languages(translated_home):
    blog = BlogIndexPageFactory(parent=translated_home["en"])
    post = BlogPostPageFactory(parent=blog, title="Budget transfers", slug="budget-transfers")
    translations = {"en": post}
    for code, title in (("fr", "Transferts budgétaires"), ("ar", "التحويلات المالية")):
        translate_page(blog, code, title="Blog")
        translations[code] = translate_page(post, code, title=title)
    return translations


def test_switcher_links_to_the_same_page_in_each_language(client, post_in_three_languages):
    posts = post_in_three_languages
    html = client.get("/fr/blog/budget-transfers/").text
    assert switcher_links(html) == {
        "en": "/en/blog/budget-transfers/",
        "fr": "/fr/blog/budget-transfers/",
        "ar": "/ar/blog/budget-transfers/",
    }
    for code, post in posts.items():
        assert client.get(switcher_links(html)[code]).context["page"].pk == post.pk


def test_switcher_follows_language_order_and_marks_the_current_language(client, post_in_three_languages):
    html = client.get("/ar/blog/budget-transfers/").text
    nav = re.search(r'<nav class="lang-switcher"[^>]*>(.*?)</nav>', html, re.S).group(1)
    assert re.findall(r' lang="([a-z]+)"', nav) == ["en", "fr", "ar"]
    assert re.search(r'<a href="/ar/blog/budget-transfers/"[^>]*aria-current="page"', nav)
    assert 'hreflang="fr"' in nav and "Français" in nav and "العربية" in nav


def test_languages_without_the_page_are_left_out(client, post_in_three_languages):
    html = client.get("/en/blog/budget-transfers/").text
    assert set(switcher_links(html)) == {"en", "fr", "ar"}
    assert "/es/" not in " ".join(switcher_links(html).values())


def test_drafts_and_private_translations_are_not_offered(client, post_in_three_languages):
    french = post_in_three_languages["fr"]
    french.unpublish()
    html = client.get("/en/blog/budget-transfers/").text
    assert set(switcher_links(html)) == {"en", "ar"}


def test_a_page_in_one_language_has_no_switcher(client, translated_home):
    blog = BlogIndexPageFactory(parent=translated_home["en"])
    BlogPostPageFactory(parent=blog, slug="english-only")
    html = client.get("/en/blog/english-only/").text
    assert 'class="lang-switcher"' not in html


def test_home_page_switcher_links_to_every_home(client, translated_home):
    html = client.get("/pt/").text
    assert switcher_links(html) == {code: f"/{code}/" for code in ("en", "fr", "es", "pt", "ar")}


def test_search_page_switcher_keeps_the_query(client, translated_home):
    html = client.get("/es/search/", {"q": "municipal"}).text
    links = switcher_links(html)
    assert links["fr"] == "/fr/search/?q=municipal"
    assert links["ar"] == "/ar/search/?q=municipal"
    assert len(links) == 5
