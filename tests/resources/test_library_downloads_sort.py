"""The library's "most downloaded in the last 12 months" sort reads the impact app's product download counts
(through the ``decnet_download_counts`` hook: neither the foundation nor the library imports impact)."""

import datetime

import pytest
from django.utils import timezone

from impact.models import DailyProductDownloads
from tests.resources.test_library_search import _titles

pytestmark = pytest.mark.django_db


def test_sort_by_downloads_in_the_last_twelve_months(client, searchable_catalogue):
    today = timezone.localdate()
    document = searchable_catalogue["nepal"].files.first().document

    def downloads(product, days_ago: int, count: int) -> None:
        DailyProductDownloads.objects.create(
            date=today - datetime.timedelta(days=days_ago),
            document_id=document.pk,
            product_id=product.pk,
            language="en",
            downloads=count,
        )

    downloads(searchable_catalogue["nepal"], 10, 5)
    downloads(searchable_catalogue["equalisation"], 30, 3)
    downloads(searchable_catalogue["equalisation"], 400, 100)  # older than 12 months: not counted
    assert _titles(client.get("/en/library/", {"sort": "downloads"}).text) == [
        "Nepal country profile",
        "Fiscal equalisation primer",
        "Kenya country profile",
    ]
