"""Document downloads: counted per file and per knowledge product, once per client and file per 30 minutes."""

import datetime

import pytest
from django.db.models import Sum
from freezegun import freeze_time

from impact.models import DailyDocumentDownloads, DailyProductDownloads
from impact.services import flush
from resources.reporting import products_for_document
from tests.factories import ResourcePageFactory, add_resource_file, fresh
from tests.impact.conftest import BROWSER, build_products, reader_from

pytestmark = [pytest.mark.django_db, pytest.mark.shared_site]


@pytest.fixture(scope="module")
def built_products(shared_site) -> dict:
    """Every test here counts the same two products: built once per module, each test's counts and changes
    rolled back with it."""
    return build_products(shared_site.library)


@pytest.fixture
def products(built_products, db) -> dict:
    return {name: fresh(item) for name, item in built_products.items()}


def downloads_of(document) -> int:
    flush()
    return (
        DailyDocumentDownloads.objects.filter(document_id=document.pk).aggregate(n=Sum("downloads"))["n"] or 0
    )


def by_product() -> dict[tuple[int, int, str], int]:
    flush()
    return {
        (row.product_id, row.document_id, row.language): row.downloads
        for row in DailyProductDownloads.objects.all()
    }


def test_a_download_counts_for_the_file_and_every_product_linking_it(products, reader):
    response = reader.get(products["framework"].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert downloads_of(products["framework"]) == 1
    assert by_product() == {
        (products["logica"].pk, products["framework"].pk, "en"): 1,
        (products["infer"].pk, products["framework"].pk, "en"): 1,
    }


def test_the_file_language_is_the_language_of_the_attribution(products, reader):
    reader.get(products["primer"].url)
    assert by_product() == {(products["logica"].pk, products["primer"].pk, "fr"): 1}


def test_a_file_no_product_links_still_counts_in_the_total(products, reader):
    assert reader.get(products["orphan"].url).status_code == 200
    assert downloads_of(products["orphan"]) == 1
    assert by_product() == {}


def test_the_same_client_within_thirty_minutes_counts_once(products):
    client = reader_from("203.0.113.40")
    with freeze_time("2026-03-10 10:00:00") as clock:
        client.get(products["framework"].url)
        clock.tick(datetime.timedelta(minutes=10))
        client.get(products["framework"].url)
        clock.tick(datetime.timedelta(minutes=19))
        client.get(products["framework"].url)  # 29 minutes after the counted one
        client.get(products["primer"].url)  # another file counts
        clock.tick(datetime.timedelta(minutes=2))
        client.get(products["framework"].url)  # 31 minutes after the counted one: counts again
    assert downloads_of(products["framework"]) == 2
    assert downloads_of(products["primer"]) == 1


def test_another_client_counts_separately(products):
    reader_from("203.0.113.41").get(products["framework"].url)
    reader_from("203.0.113.42").get(products["framework"].url)
    reader_from("203.0.113.42", "Mozilla/5.0 (iPhone) Mobile Safari/604.1").get(products["framework"].url)
    assert downloads_of(products["framework"]) == 3


def test_dnt_clients_downloads_count(products):
    reader_from("203.0.113.43", DNT="1").get(products["framework"].url)
    assert downloads_of(products["framework"]) == 1


def test_head_requests_are_not_downloads(products, reader):
    assert reader.head(products["framework"].url).status_code == 200
    assert downloads_of(products["framework"]) == 0


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Wget/1.21.4",
        "ClaudeBot/1.0",
        "",
    ],
)
def test_crawlers_are_not_downloads(products, user_agent):
    assert reader_from("198.51.100.8", user_agent).get(products["framework"].url).status_code == 200
    assert downloads_of(products["framework"]) == 0


def test_files_opened_from_the_admin_are_previews(products, admin_client):
    response = admin_client.get(
        products["framework"].url,
        headers={"user-agent": BROWSER, "referer": "http://testserver/admin/documents/"},
    )
    assert response.status_code == 200
    assert downloads_of(products["framework"]) == 0


def test_a_reader_following_a_link_from_another_site_counts(products):
    reader_from("203.0.113.44", referer="https://example.org/admin/links").get(products["framework"].url)
    assert downloads_of(products["framework"]) == 1


def test_editors_downloading_are_not_counted(products, client, editor):
    client.force_login(editor)
    client.get(products["framework"].url, headers={"user-agent": BROWSER})
    assert downloads_of(products["framework"]) == 0


def test_wrong_filename_or_missing_document_is_not_counted(products, reader):
    assert reader.get(f"/documents/{products['framework'].pk}/other-name.pdf").status_code == 404
    assert reader.get("/documents/999999/nothing.pdf").status_code == 404
    flush()
    assert not DailyDocumentDownloads.objects.exists()


def test_conditional_get_not_modified_is_not_a_new_download(products):
    document = products["framework"]
    document.file_hash = "abc123"
    document.save()
    client = reader_from("203.0.113.45")
    response = client.get(document.url, headers={"if-none-match": '"abc123"'})
    assert response.status_code == 304
    assert downloads_of(document) == 0


def test_translations_of_a_product_count_as_one_product(products, library):
    # A second page with the same translation key in another locale links the same file.
    from wagtail.models import Locale

    logica = products["logica"]
    french = logica.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    add_resource_file(french, products["framework"], language="fr")
    attributions = products_for_document(products["framework"].pk)
    assert (logica.pk, "en") in attributions
    assert all(product_id != french.pk for product_id, _ in attributions)
    assert len(attributions) == 2


def test_deleting_a_product_keeps_its_downloads_in_the_totals(products, reader, library):
    extra = ResourcePageFactory(parent=library, title="Soon deleted")
    add_resource_file(extra, products["orphan"])
    reader.get(products["orphan"].url)
    flush()  # counted (and attributed) before an editor deletes the product
    extra.delete()
    assert downloads_of(products["orphan"]) == 1
    assert DailyProductDownloads.objects.filter(product_id=extra.pk).exists()
