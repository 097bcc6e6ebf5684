"""Canonical links, OpenGraph and Twitter card meta, and JSON-LD (schema.org) on the public pages."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from blog.models import BlogPostAuthor
from resources.models import ResourceAuthor, ResourceFile
from tests.factories import (
    BlogPostPageFactory,
    GlossaryTermPageFactory,
    PersonFactory,
    ResourcePageFactory,
    StandardPageFactory,
    TopicFactory,
)
from tests.hardening.headers import inline_code

pytestmark = pytest.mark.django_db


def head_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def meta(soup: BeautifulSoup, key: str) -> str | None:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(soup: BeautifulSoup) -> dict[str, dict]:
    """Every JSON-LD block of the page, parsed, by @type (each must be valid JSON)."""
    blocks = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    return {block["@type"]: block for block in blocks}


@pytest.fixture
def post(blog_index):
    authors = [PersonFactory(name="Amina Diallo", organisation="LPSA"), PersonFactory(name="Jon Smith")]
    return BlogPostPageFactory(
        parent=blog_index,
        title="Fiscal transfers </script> explained",
        slug="fiscal-transfers",
        date=datetime.date(2024, 6, 3),
        summary="How equalisation grants reach local governments.",
        authors=[BlogPostAuthor(person=person) for person in authors],
        topics=[TopicFactory(name="Fiscal decentralization")],
    )


@pytest.fixture
def product(library):
    document = get_document_model().objects.create(
        title="Full text", file=ContentFile(b"%PDF-1.4 test", name="full-text.pdf")
    )
    return ResourcePageFactory(
        parent=library,
        title="Local Public Sector Assessment",
        slug="assessment",
        summary="A framework to assess local public sectors.",
        publication_date=datetime.date(2023, 11, 20),
        doi="10.1234/lpsa.2023.1",
        isbn="978-3-16-148410-0",
        authors=[ResourceAuthor(person=PersonFactory(name="Jamie Boex"))],
        files=[ResourceFile(document=document, language="en", label="Full report")],
    )


def test_canonical_open_graph_and_twitter_on_a_post(client, post):
    soup = head_of(client, "/en/blog/fiscal-transfers/")
    url = "http://testserver/en/blog/fiscal-transfers/"
    assert soup.find("link", rel="canonical")["href"] == url
    assert meta(soup, "og:url") == url
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == "Fiscal transfers </script> explained"
    assert meta(soup, "og:description") == "How equalisation grants reach local governments."
    assert meta(soup, "og:site_name") == "Decentralization.Net"
    assert meta(soup, "og:locale") == "en_GB"
    assert meta(soup, "twitter:card") == "summary"
    assert meta(soup, "twitter:title") == "Fiscal transfers </script> explained"
    assert meta(soup, "description") == "How equalisation grants reach local governments."


def test_share_image_gives_a_large_card(client, blog_index, make_png_image):
    BlogPostPageFactory(parent=blog_index, slug="with-image", feed_image=make_png_image())
    soup = head_of(client, "/en/blog/with-image/")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "og:image").startswith("http://testserver/")
    assert meta(soup, "og:image") == meta(soup, "twitter:image")


def test_blog_posting_json_ld(client, post):
    data = json_ld(head_of(client, "/en/blog/fiscal-transfers/"))
    posting = data["BlogPosting"]
    assert posting["headline"] == "Fiscal transfers </script> explained"
    assert posting["datePublished"] == "2024-06-03"
    assert posting["inLanguage"] == "en"
    assert posting["url"] == posting["mainEntityOfPage"] == "http://testserver/en/blog/fiscal-transfers/"
    assert [author["name"] for author in posting["author"]] == ["Amina Diallo", "Jon Smith"]
    assert posting["author"][0]["@type"] == "Person"
    assert posting["publisher"] == {"@type": "Organization", "name": "Local Public Sector Alliance"}
    assert posting["keywords"] == ["Fiscal decentralization"]


def test_json_ld_cannot_close_its_script_element(client, post):
    html = client.get("/en/blog/fiscal-transfers/").text
    blocks = html.split('<script type="application/ld+json">')[1:]
    assert blocks and all("</script>" not in block.split("</script>", 1)[0] for block in blocks)
    assert "\\u003C/script\\u003E" in html


def test_report_json_ld_with_files_as_encoding(client, product):
    report = json_ld(head_of(client, "/en/library/assessment/"))["Report"]
    assert report["name"] == "Local Public Sector Assessment"
    assert report["datePublished"] == "2023-11-20"
    assert report["inLanguage"] == "en"
    assert report["author"] == [
        {
            "@type": "Person",
            "name": "Jamie Boex",
            "affiliation": {"@type": "Organization", "name": "Local Public Sector Alliance"},
        }
    ]
    assert report["publisher"]["name"] == "Local Public Sector Alliance"
    [media] = report["encoding"]
    assert media["@type"] == "MediaObject"
    assert media["name"] == "Full report"
    assert media["encodingFormat"] == "application/pdf"
    assert media["contentUrl"].startswith("http://testserver/documents/")
    assert media["inLanguage"] == "en"
    identifiers = {item["propertyID"]: item["value"] for item in report["identifier"]}
    assert identifiers == {"DOI": "https://doi.org/10.1234/lpsa.2023.1", "ISBN": "978-3-16-148410-0"}


def test_defined_term_in_its_defined_term_set(client, glossary):
    GlossaryTermPageFactory(
        parent=glossary,
        title="Devolution",
        slug="devolution",
        abbreviation="DEV",
        synonyms="Political decentralization; Home rule",
        definition="<p>The transfer of <b>powers</b> to local governments.</p>",
    )
    data = json_ld(head_of(client, "/en/glossary/devolution/"))
    term = data["DefinedTerm"]
    assert term["name"] == "Devolution"
    assert term["description"] == "The transfer of powers to local governments."
    assert term["termCode"] == "DEV"
    assert term["alternateName"] == ["Political decentralization", "Home rule"]
    assert term["inDefinedTermSet"] == {
        "@type": "DefinedTermSet",
        "name": "Glossary",
        "url": "http://testserver/en/glossary/",
    }
    index = json_ld(head_of(client, "/en/glossary/"))
    assert index["DefinedTermSet"]["url"] == "http://testserver/en/glossary/"


@pytest.mark.parametrize(
    "url, names",
    [
        ("/en/", ["Decentralization.Net"]),
        (
            "/en/blog/fiscal-transfers/",
            ["Decentralization.Net", "Blog", "Fiscal transfers </script> explained"],
        ),
        ("/en/library/assessment/", ["Decentralization.Net", "Library", "Local Public Sector Assessment"]),
        ("/en/about/", ["Decentralization.Net", "About"]),
    ],
)
def test_breadcrumb_list_on_every_page(client, post, product, home_page, url, names):
    StandardPageFactory(parent=home_page, title="About", slug="about")
    trail = json_ld(head_of(client, url))["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == names
    assert [item["position"] for item in trail] == list(range(1, len(names) + 1))
    assert trail[-1]["item"] == f"http://testserver{url}"
    assert all(item["@type"] == "ListItem" for item in trail)


def test_canonical_keeps_the_listing_page_but_not_filters(client, blog_index, make_png_image):
    for number in range(12):
        BlogPostPageFactory(parent=blog_index, slug=f"post-{number}")
    soup = head_of(client, "/en/blog/?page=2&topic=")
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/en/blog/?page=2"
    soup = head_of(client, "/en/blog/?year=2024")
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/en/blog/"


def test_search_page_is_canonical_without_query(client, home_page):
    soup = head_of(client, "/fr/search/?q=budget")
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/fr/search/"
    assert meta(soup, "og:locale") == "fr_FR"


def test_not_found_page_has_no_canonical(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.text
    assert "og:url" not in response.text


def test_structured_data_needs_nothing_the_csp_forbids(client, post, product):
    """JSON-LD data blocks are not scripts the browser runs: no inline code for the policy to allow."""
    for url in ("/en/blog/fiscal-transfers/", "/en/library/assessment/"):
        response = client.get(url)
        assert "application/ld+json" in response.text
        assert inline_code(response.text)["scripts"] == []
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
