"""A knowledge product's page: its fields, its classification links and one download link per file."""

import datetime

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils.html import escape
from wagtail.documents import get_document_model

from tests.factories import CountryFactory, PersonFactory, RegionFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(make_resource, make_document, make_image):
    africa = RegionFactory(name="Africa", slug="africa")
    report = make_document("LoGICA report")
    data = make_document("LoGICA data", extension="xlsx", content=b"PK\x03\x04" + b"x" * 3000)
    french = make_document("LoGICA rapport")
    return make_resource(
        title="LoGICA assessment framework",
        slug="logica",
        resource_type=ResourceTypeFactory(name="Assessment framework", slug="assessment-framework"),
        summary="A framework to assess local governance institutions.",
        body=[{"type": "paragraph", "value": "<p>Body text about the LoGICA method.</p>"}],
        publication_date=datetime.date(2023, 6, 15),
        publisher="Local Public Sector Alliance",
        doi="10.5555/lpsa.2023.007",
        isbn="978-1-7391842-3-0",
        cover_image=make_image(),
        topics=[TopicFactory(name="Local governance", slug="local-governance")],
        countries=[CountryFactory(name="Kenya", code="KE", region=africa)],
        authors=[PersonFactory(name="Amara Nwosu-Bello"), PersonFactory(name="Marek Kowalczyk")],
        files=[(report, "en", "Full report"), (data, "en", "Data tables"), (french, "fr", "Rapport complet")],
    )


def test_product_page_shows_its_fields(client, product):
    response = client.get("/en/library/logica/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>LoGICA assessment framework</h1>" in html
    assert "Assessment framework</a>" in html
    assert '<p class="lead">A framework to assess local governance institutions.</p>' in html
    assert "Body text about the LoGICA method." in html
    assert '<time datetime="2023-06-15">' in html
    assert "Amara Nwosu-Bello" in html and "Marek Kowalczyk" in html
    assert "Local Public Sector Alliance" in html
    assert '<a href="https://doi.org/10.5555/lpsa.2023.007">' in html
    assert "978-1-7391842-3-0" in html
    assert "Local governance</a>" in html
    assert "Kenya</a>" in html
    assert '<figure class="resource-cover">' in html and "srcset=" in html


def test_type_link_filters_the_library_and_chips_lead_to_hubs(client, product):
    html = client.get("/en/library/logica/").content.decode()
    assert 'href="/en/topics/local-governance/"' in html
    assert 'href="/en/countries/ke/"' in html
    assert 'href="/en/library/?type=assessment-framework"' in html


def test_each_file_has_a_download_link_with_label_language_format_and_size(client, product):
    html = client.get("/en/library/logica/").content.decode()
    # The page lists the files in the editor's order (sort_order, then creation): the same order here.
    files = list(product.files.select_related("document").order_by("sort_order", "pk"))
    assert len(files) == 3
    for file, language_name, file_format in zip(
        files, ["English", "English", "Français"], ["PDF", "XLSX", "PDF"], strict=True
    ):
        document = file.document
        assert document.url.startswith(f"/documents/{document.pk}/")
        link_start = html.index(f'href="{document.url}"')
        link = html[html.rindex("<a", 0, link_start) : html.index("</a>", link_start)]
        assert file.label in link
        assert language_name in link
        assert f'<span class="document-link__format">{file_format}</span>' in link
        assert escape(filesizeformat(document.file_size)) in link
    assert (
        'hreflang="fr"' in html and '<span class="document-link__language" lang="fr">Français</span>' in html
    )


def test_download_link_serves_the_document(client, product):
    document = product.files.order_by("sort_order", "pk").first().document  # the PDF full report
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_size_is_measured_once_when_never_recorded(client, make_resource, make_document):
    document = make_document("Imported", record_size=False)
    assert document.file_size is None
    make_resource(slug="imported", files=[(document, "en", "Imported report")])

    html = client.get("/en/library/imported/").content.decode()
    document.refresh_from_db()
    assert document.file_size == document.file.size > 0
    shown = escape(filesizeformat(document.file_size))
    assert f'<span class="document-link__size">{shown}</span>' in html

    # Stored: later requests read the size from the row, not from storage (here: gone).
    document.file.storage.delete(document.file.name)
    assert shown in client.get("/en/library/imported/").content.decode()


def test_missing_file_hides_the_size_instead_of_failing(client, make_resource, make_document):
    document = make_document("Lost", record_size=False)
    document.file.storage.delete(document.file.name)
    make_resource(slug="lost", files=[(document, "en", "Lost report")])

    response = client.get("/en/library/lost/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lost report" in html
    assert '<span class="document-link__format">PDF</span>)' in html
    assert get_document_model().objects.get(pk=document.pk).file_size is None


def test_optional_fields_are_left_out_when_empty(client, make_resource):
    make_resource(slug="plain", doi="", isbn="", files=[("en", "Text")])
    html = client.get("/en/library/plain/").content.decode()
    assert "doi.org" not in html
    assert "ISBN" not in html
    assert "resource-cover" not in html


def test_doi_typed_as_url_still_links_once(client, make_resource):
    make_resource(slug="doi-url", doi=" https://doi.org/10.5555/ABC(1)<2> ")
    html = client.get("/en/library/doi-url/").content.decode()
    assert 'href="https://doi.org/10.5555/ABC%281%29%3C2%3E"' in html
    assert "doi.org/https" not in html


def test_draft_product_is_not_served(client, make_resource):
    make_resource(slug="draft", live=False)
    assert client.get("/en/library/draft/").status_code == 404
