"""Generates a known set of reader events through real requests, with the figures they must produce."""

import datetime

from freezegun import freeze_time

from impact.services import flush
from resources.models import ResourcePage
from search.models import SearchQueryDay
from tests.impact.conftest import reader_from

PERIOD = ("2025-12-01", "2026-11-30")


def generate(site: dict) -> dict:
    """Reader A, B (Do Not Track) and C inside the period, reader D before it, and a crawler."""
    a = reader_from("192.0.2.1")
    b = reader_from("192.0.2.2", DNT="1")
    c = reader_from("192.0.2.3")
    d = reader_from("192.0.2.4")
    bot = reader_from("192.0.2.5", "Mozilla/5.0 (compatible; bingbot/2.0)")
    with freeze_time("2026-01-15 10:00:00"):
        a.get(site["about"].url)
        a.get(site["about"].url)
        a.get(site["term"].url)
        a.get(site["framework"].url)
        a.get(site["framework"].url)  # within 30 minutes: not a second download
        b.get(site["about"].url)
        bot.get(site["about"].url)
        bot.get(site["framework"].url)
    with freeze_time("2026-03-03 16:00:00"):
        c.get(site["term"].url)
        c.get(site["primer"].url)
        a.get(site["framework"].url)
    with freeze_time("2024-06-01 12:00:00"):
        d.get(site["about"].url)
        d.get(site["framework"].url)
    flush()
    ResourcePage.objects.filter(pk=site["logica"].pk).update(publication_date=datetime.date(2026, 2, 1))
    SearchQueryDay.objects.create(date=datetime.date(2026, 2, 1), query="fiscal transfers", hits=7)
    SearchQueryDay.objects.create(date=datetime.date(2026, 2, 2), query="fiscal transfers", hits=2)
    SearchQueryDay.objects.create(date=datetime.date(2026, 2, 2), query="zakat", hits=3, zero_result_hits=3)
    SearchQueryDay.objects.create(date=datetime.date(2024, 2, 2), query="old query", hits=50)
    return {
        "downloads": 3,
        "page_views": 5,
        "visitors": 2,
        "sessions": 2,
        "products_published": 1,
        "downloads_by_product": [("LoGICA assessment", 3), ("InFER review", 2)],
        "monthly": {"2026-01": (4, 1, 1), "2026-03": (1, 1, 1)},
        "top_pages": [("About LPSA", "en", 3), ("Fiscal decentralization", "en", 2)],
        "top_glossary_terms": [("Fiscal decentralization", "en", 2)],
        "posts_per_year": {2023: 1, 2024: 0, 2025: 2, 2026: 0},
        "top_searches": [("fiscal transfers", 9), ("zakat", 3)],
        "zero_result_searches": [("zakat", 3)],
        "downloads_by_language": [("en", 2), ("fr", 1)],  # the shared file counts once
    }
