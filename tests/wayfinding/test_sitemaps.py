"""sitemap.xml lists every live page in every language with hreflang alternates, and validates against the
sitemaps.org schema (tests/site/schemas); robots.txt points to it."""

from pathlib import Path

import pytest
from lxml import etree

from tests.factories import BlogPostPageFactory, GlossaryPageFactory, GlossaryTermPageFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.own_site  # its tests build their own section indexes

SCHEMA_PATH = Path(__file__).parent / "schemas" / "sitemap-with-alternates.xsd"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def parse_sitemap(client) -> etree._Element:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def entries(tree: etree._Element) -> dict[str, dict[str, str]]:
    """loc → {hreflang: href} of every <url>."""
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in tree.findall("sm:url", NS)
    }


@pytest.fixture
def multilingual_site(translated_home, blog_index):
    glossary = GlossaryPageFactory(parent=translated_home["en"])
    term = GlossaryTermPageFactory(parent=glossary, title="Devolution", slug="devolution")
    translate_page(glossary, "fr", title="Glossaire")
    translate_page(term, "fr", title="Dévolution")
    BlogPostPageFactory(parent=blog_index, title="English only", slug="english-only")
    BlogPostPageFactory(parent=blog_index, title="Draft", slug="draft", live=False)
    return {"glossary": glossary, "term": term}


def test_sitemap_validates_against_the_sitemaps_org_schema(client, multilingual_site, schema):
    tree = parse_sitemap(client)
    assert schema.validate(tree), schema.error_log


def test_schema_rejects_a_broken_sitemap(schema):
    """The schema is strict enough to fail: a relative loc and an unknown hreflang are refused."""
    broken = etree.fromstring(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        b'<url><loc>/en/</loc><xhtml:link rel="alternate" hreflang="english!" href="/en/"/></url></urlset>'
    )
    assert not schema.validate(broken)


def test_every_live_page_in_every_language_is_listed(client, multilingual_site):
    urls = entries(parse_sitemap(client))
    expected = {f"http://testserver/{code}/" for code in ("en", "fr", "es", "pt", "ar")} | {
        "http://testserver/en/blog/",
        "http://testserver/en/blog/english-only/",
        "http://testserver/en/glossary/",
        "http://testserver/fr/glossary/",
        "http://testserver/en/glossary/devolution/",
        "http://testserver/fr/glossary/devolution/",
    }
    assert set(urls) == expected  # no draft, no placeholder, nothing twice


def test_each_url_has_its_language_versions_and_x_default(client, multilingual_site):
    urls = entries(parse_sitemap(client))
    term_versions = {
        "en": "http://testserver/en/glossary/devolution/",
        "fr": "http://testserver/fr/glossary/devolution/",
        "x-default": "http://testserver/en/glossary/devolution/",
    }
    assert urls["http://testserver/en/glossary/devolution/"] == term_versions
    assert urls["http://testserver/fr/glossary/devolution/"] == term_versions
    assert urls["http://testserver/en/blog/english-only/"] == {
        "en": "http://testserver/en/blog/english-only/",
        "x-default": "http://testserver/en/blog/english-only/",
    }
    assert set(urls["http://testserver/ar/"]) == {"en", "fr", "es", "pt", "ar", "x-default"}


def test_sitemap_alternates_match_the_pages_hreflang_links(client, multilingual_site):
    from tests.i18n.test_hreflang import alternates

    urls = entries(parse_sitemap(client))
    for loc in ("http://testserver/fr/glossary/devolution/", "http://testserver/es/"):
        assert urls[loc] == alternates(client.get(loc).text)


def test_robots_txt_points_to_the_sitemap_with_an_absolute_url(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /en/" not in lines
