"""Ready citations of knowledge products: the APA reference on the page; RIS and BibTeX files that parse."""

import datetime

import bibtexparser
import pytest
import rispy
from bs4 import BeautifulSoup

from resources import citations
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

URL = "http://testserver/en/library/fiscal-review/"


@pytest.fixture
def product(make_resource):
    return make_resource(
        title="Fiscal Decentralization Review: 50% & more",
        slug="fiscal-review",
        summary="A review of   intergovernmental fiscal transfers.",
        publication_date=datetime.date(2024, 3, 8),
        doi="https://doi.org/10.1234/lpsa.2024.7",
        isbn="978-1-4028-9462-6",
        authors=[PersonFactory(name="Jean-Pierre Elong Mbassi"), PersonFactory(name="Jamie Boex")],
    )


@pytest.fixture
def bare_product(make_resource):
    """No authors, no DOI, no ISBN: the publisher is the author."""
    return make_resource(
        title="Annual report", slug="annual-report", publication_date=datetime.date(2021, 1, 5)
    )


def test_name_parsing_and_initials():
    name = citations.Name.parse("Jean-Pierre Paul Mbassi")
    assert (name.family, name.given, name.initials) == ("Mbassi", "Jean-Pierre Paul", "J.-P. P.")
    assert citations.Name.parse("UN-Habitat").inverted == "UN-Habitat"


def test_page_shows_an_apa_citation_and_download_links(client, product):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    citation = soup.select_one(".resource-citation .citation")
    assert citation.get_text() == (
        "Mbassi, J.-P. E., & Boex, J. (2024). Fiscal Decentralization Review: 50% & more. "
        "Local Public Sector Alliance. https://doi.org/10.1234/lpsa.2024.7"
    )
    assert citation.i.get_text() == "Fiscal Decentralization Review: 50% & more"
    hrefs = [link["href"] for link in soup.select(".citation-downloads a")]
    assert hrefs == ["/en/library/fiscal-review/cite/ris/", "/en/library/fiscal-review/cite/bib/"]


def test_apa_without_people_names_the_publisher_once_and_links_the_page(client, bare_product):
    soup = BeautifulSoup(client.get("/en/library/annual-report/").content, "html.parser")
    assert soup.select_one(".citation").get_text() == (
        "Local Public Sector Alliance (2021). Annual report. http://testserver/en/library/annual-report/"
    )


def test_ris_download_parses_with_every_field(client, product):
    response = client.get(f"{URL}cite/ris/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="fiscal-review.ris"'
    [entry] = rispy.loads(response.content.decode())
    assert entry["type_of_reference"] == "RPRT"
    assert entry["authors"] == ["Mbassi, Jean-Pierre Elong", "Boex, Jamie"]
    assert entry["year"] == "2024"
    assert entry["title"] == "Fiscal Decentralization Review: 50% & more"
    assert entry["publisher"] == "Local Public Sector Alliance"
    assert entry["urls"] == [URL]
    assert entry["doi"] == "10.1234/lpsa.2024.7"
    assert entry["issn"] == "978-1-4028-9462-6"  # rispy's name for SN (ISSN/ISBN)
    assert entry["abstract"] == "A review of intergovernmental fiscal transfers."


def test_bibtex_download_parses_with_every_field(client, product):
    response = client.get(f"{URL}cite/bib/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="fiscal-review.bib"'
    library = bibtexparser.parse_string(response.content.decode())
    assert not library.failed_blocks
    [entry] = library.entries
    assert entry.entry_type == "techreport"
    assert entry.key == "mbassi2024fiscal"
    fields = {field.key: field.value for field in entry.fields}
    assert fields["author"] == "Mbassi, Jean-Pierre Elong and Boex, Jamie"
    assert fields["title"] == r"Fiscal Decentralization Review: 50\% \& more"
    assert fields["year"] == "2024"
    assert fields["institution"] == fields["publisher"] == "Local Public Sector Alliance"
    assert fields["url"] == URL
    assert fields["doi"] == "10.1234/lpsa.2024.7"
    assert fields["isbn"] == "978-1-4028-9462-6"
    assert fields["month"] == "mar"


def test_bibtex_without_authors_doi_or_isbn_has_no_empty_fields(client, bare_product):
    library = bibtexparser.parse_string(client.get("/en/library/annual-report/cite/bib/").content.decode())
    [entry] = library.entries
    fields = {field.key: field.value for field in entry.fields}
    assert "author" not in fields and "doi" not in fields and "isbn" not in fields
    assert fields["institution"] == "Local Public Sector Alliance"


def test_bibtex_escapes_braces_and_backslashes():
    assert citations.bibtex_escape("a {b} \\c_d") == r"a \{b\} \textbackslash{}c\_d"


def test_unknown_citation_format_is_a_404(client, product):
    assert client.get(f"{URL}cite/xml/").status_code == 404
    assert client.get(f"{URL}cite/").status_code == 404
