"""A knowledge product's page shows one download button per file and, from the editors' threshold up, how
often it was downloaded in the past twelve months (the impact counters, read through the
``decnet_download_counts`` hook); the library sorts by those counts at a constant number of queries."""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from impact.models import DailyProductDownloads
from impact.services import flush
from resources.models import DEFAULT_DOWNLOAD_COUNT_THRESHOLD, LibrarySettings, ResourcePage
from tests.impact.conftest import reader_from

pytestmark = pytest.mark.django_db

SENTENCE = re.compile(r'<p class="download-count">Downloaded (\d+) times? in the past 12 months</p>')


@pytest.fixture
def product(make_resource, make_document):
    return make_resource(
        title="Fiscal transfers primer",
        slug="transfers-primer",
        files=[(make_document("Primer"), "en", "Full report"), (make_document("Data"), "fr", "Données")],
    )


def record(product: ResourcePage, days_ago: int, downloads: int, language: str = "en") -> None:
    """Counter rows as impact.services writes them (one per day, document, product and language)."""
    DailyProductDownloads.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        document_id=product.files.order_by("sort_order", "pk").first().document_id,
        product_id=product.pk,
        language=language,
        downloads=downloads,
    )


def set_threshold(value: int) -> None:
    LibrarySettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"download_count_threshold": value}
    )


def shown_count(client, product: ResourcePage) -> int | None:
    html = client.get(product.url).content.decode()
    match = SENTENCE.search(html)
    return int(match.group(1)) if match else None


def test_every_file_has_a_download_button(client, product):
    html = client.get(product.url).content.decode()
    button = r'<a class="document-link button download-button" href="([^"]+)"[^>]* download>'
    buttons = re.findall(button, html)
    files = product.files.select_related("document").order_by("sort_order", "pk")
    assert buttons == [file.document.url for file in files]


def test_the_count_shows_from_the_threshold_up(client, product):
    set_threshold(5)
    record(product, days_ago=3, downloads=4)
    assert shown_count(client, product) is None  # 4 < 5: hidden
    record(product, days_ago=20, downloads=1, language="fr")
    assert shown_count(client, product) == 5  # 5 = threshold: shown


def test_the_count_covers_the_past_twelve_months_only(client, product):
    set_threshold(1)
    record(product, days_ago=0, downloads=2)
    record(product, days_ago=364, downloads=3)
    record(product, days_ago=400, downloads=50)  # more than a year ago
    assert shown_count(client, product) == 5


def test_a_single_download_reads_in_the_singular(client, product):
    set_threshold(1)
    record(product, days_ago=1, downloads=1)
    assert "Downloaded 1 time in the past 12 months" in client.get(product.url).content.decode()


def test_nothing_downloaded_says_nothing_even_with_threshold_zero(client, product):
    set_threshold(0)
    assert shown_count(client, product) is None


def test_default_threshold_applies_until_editors_save_the_setting(client, product):
    record(product, days_ago=1, downloads=DEFAULT_DOWNLOAD_COUNT_THRESHOLD - 1)
    assert shown_count(client, product) is None
    assert not LibrarySettings.objects.exists()  # reading the page wrote no settings row
    record(product, days_ago=2, downloads=1)
    assert shown_count(client, product) == DEFAULT_DOWNLOAD_COUNT_THRESHOLD


def test_real_downloads_are_counted_on_the_page(client, product):
    """Readers download through /documents/…: the impact app counts them and the page quotes the count."""
    set_threshold(2)
    document = product.files.order_by("sort_order", "pk").first().document
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        response = reader_from(address).get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    reader_from("198.51.100.9", "curl/8.5.0").get(document.url)  # not a reader: not counted
    flush()
    assert shown_count(client, product) == 3


def test_threshold_is_a_site_setting_editors_change_in_the_admin(admin_client, product):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/resources/librarysettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"download_count_threshold": "25"})
    assert response.status_code == 302
    assert LibrarySettings.objects.get(site=site).download_count_threshold == 25
    refused = admin_client.post(url, {"download_count_threshold": "-3"})
    assert refused.status_code == 200  # the form again, with the error
    assert LibrarySettings.objects.get(site=site).download_count_threshold == 25


def _titles_in_order(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_library_sorts_by_downloads_at_constant_queries(client, make_resource):
    """Most downloaded first (ties newest first), with counter rows for every product: the same number of
    queries for 4 and 16 products (one counts query for all, not one per item)."""

    def add(first: int, how_many: int) -> None:
        for number in range(first, first + how_many):
            product = make_resource(
                title=f"Product {number:02d}",
                publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            )
            record(product, days_ago=number % 7, downloads=number * 3 % 11 + 1)

    def measure() -> tuple[int, list[str]]:
        url = "/en/library/?sort=downloads"
        client.get(url)
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        return len(queries.captured_queries), _titles_in_order(html)

    def expected() -> list[str]:
        products = ResourcePage.objects.live().order_by("-publication_date", "-pk")
        downloads = dict.fromkeys((product.title for product in products), 0)
        for row in DailyProductDownloads.objects.all():
            title = ResourcePage.objects.get(pk=row.product_id).title
            downloads[title] += row.downloads
        return sorted(downloads, key=lambda title: -downloads[title])[:12]

    add(0, 4)
    few, order_few = measure()
    assert order_few == expected()
    add(4, 12)
    many, order_many = measure()
    assert order_many == expected()
    assert len(order_many) == 12
    assert many == few
