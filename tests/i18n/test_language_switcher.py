"""The language switcher is on every page: it links to the page's translation in each language it exists in,
and, for a language it does not exist in, to the nearest translated page above it, saying so."""

import re

import pytest

from tests.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.i18n.conftest import translate_page

# Its tests build their own section indexes, on one home page in five languages built once per module.
pytestmark = [pytest.mark.own_site, pytest.mark.shared_home]


def _switcher_anchors(html: str) -> list[tuple[str, str, bool]]:
    nav = re.search(r'<nav class="lang-switcher"[^>]*>(.*?)</nav>', html, re.S)
    if nav is None:
        return []
    return [
        (code, href, "lang-menu__fallback" in rest)
        for href, code, rest in re.findall(r'<a href="([^"]+)" lang="([a-z]+)"([^>]*)>', nav.group(1))
    ]


def switcher_links(html: str) -> dict[str, str]:
    """{language: URL} of the languages the page is translated into."""
    return {code: href for code, href, fallback in _switcher_anchors(html) if not fallback}


def fallback_links(html: str) -> dict[str, str]:
    """{language: URL} of the languages the page is not translated into (links to a page above it)."""
    return {code: href for code, href, fallback in _switcher_anchors(html) if fallback}


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
    assert list(switcher_links(html)) == ["en", "fr", "ar"]
    assert re.search(r'<summary>.*<span lang="ar">العربية</span></summary>', nav), (
        "the menu button names the language"
    )
    assert re.search(r'<a href="/ar/blog/budget-transfers/"[^>]*aria-current="page"', nav)
    assert 'hreflang="fr"' in nav and "Français" in nav and "العربية" in nav


def test_languages_without_the_page_lead_to_the_home_page_in_that_language(client, post_in_three_languages):
    html = client.get("/en/blog/budget-transfers/").text
    assert set(switcher_links(html)) == {"en", "fr", "ar"}
    assert fallback_links(html) == {"es": "/es/", "pt": "/pt/"}


def test_drafts_and_private_translations_are_not_offered(client, post_in_three_languages):
    french = post_in_three_languages["fr"]
    french.unpublish()
    html = client.get("/en/blog/budget-transfers/").text
    assert set(switcher_links(html)) == {"en", "ar"}
    assert fallback_links(html)["fr"] == "/fr/blog/"


def test_a_page_in_one_language_links_each_other_language_to_the_nearest_translated_page(
    client, translated_home
):
    blog = BlogIndexPageFactory(parent=translated_home["en"], title="Blog", slug="blog")
    BlogPostPageFactory(parent=blog, slug="english-only")
    translate_page(blog, "fr", title="Le blog")
    html = client.get("/en/blog/english-only/").text
    assert switcher_links(html) == {"en": "/en/blog/english-only/"}
    # French has the blog: the nearest translated page above the post; the others only the home page.
    assert fallback_links(html) == {"fr": "/fr/blog/", "es": "/es/", "pt": "/pt/", "ar": "/ar/"}
    assert "Not yet available in Français" in html and "opens “Le blog”" in html
    # The fallbacks are not alternates of the page: search engines are told of the English page only.
    assert 'hreflang="fr"' not in html.split("</head>")[0]


def test_every_language_is_offered_in_settings_order(client, post_in_three_languages):
    html = client.get("/en/blog/budget-transfers/").text
    assert [code for code, _href, _fallback in _switcher_anchors(html)] == ["en", "fr", "es", "pt", "ar"]
    assert set(fallback_links(html)) == {"es", "pt"}


def test_the_404_page_offers_every_language_home(client, translated_home):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = response.text
    assert switcher_links(html) == {"fr": "/fr/"}
    assert fallback_links(html) == {code: f"/{code}/" for code in ("en", "es", "pt", "ar")}


def test_home_page_switcher_links_to_every_home(client, translated_home):
    html = client.get("/pt/").text
    assert switcher_links(html) == {code: f"/{code}/" for code in ("en", "fr", "es", "pt", "ar")}


def test_search_page_switcher_keeps_the_query(client, translated_home):
    html = client.get("/es/search/", {"q": "municipal"}).text
    links = switcher_links(html)
    assert links["fr"] == "/fr/search/?q=municipal"
    assert links["ar"] == "/ar/search/?q=municipal"
    assert len(links) == 5
