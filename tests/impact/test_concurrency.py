"""No lost counts when many requests or worker processes count at the same moment.

These tests need a database that several connections write at once: PostgreSQL (CI runs them there). The test
database on SQLite is in memory and shared by every thread through a single connection, so concurrency cannot
be exercised on it and the tests are skipped there.
"""

import multiprocessing
import os
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from django.db.models import Sum

from impact.models import DailyDocumentDownloads, DailyPageViews, DailyProductDownloads, DailyVisits
from impact.services import flush, record_download, record_page_view

pytestmark = [
    pytest.mark.postgres(
        reason="needs PostgreSQL: the in-memory SQLite test database cannot take concurrent writers"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 8
REQUESTS = 120
PROCESSES = 6
EVENTS_PER_PROCESS = 60


def fetch(url: str, user_agent: str) -> int:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        return response.status


@pytest.mark.parametrize("flush_seconds", [0, 5], ids=["write-through", "batched"])
def test_concurrent_page_views_and_downloads_over_http_lose_nothing(
    live_server, pages, products, settings, flush_seconds
):
    settings.IMPACT_FLUSH_SECONDS = flush_seconds
    page_url = live_server.url + pages["about"].url
    document_url = live_server.url + products["framework"].url
    # Each request has its own user agent, so each is a distinct client: a visitor, a session, a download.
    jobs = [
        (url, f"Mozilla/5.0 (X11; Linux) Firefox/{index}.0")
        for index in range(REQUESTS)
        for url in (page_url, document_url)
    ]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        statuses = list(pool.map(lambda job: fetch(*job), jobs))
    assert statuses == [200] * len(jobs)
    flush()  # what the server threads have not written yet (they flush concurrently as counts come due)

    assert DailyPageViews.objects.get(page_id=pages["about"].pk).views == REQUESTS
    visits = DailyVisits.objects.get()
    assert (visits.visitors, visits.sessions) == (REQUESTS, REQUESTS)
    assert DailyDocumentDownloads.objects.get(document_id=products["framework"].pk).downloads == REQUESTS
    per_product = dict(DailyProductDownloads.objects.values_list("product_id").annotate(n=Sum("downloads")))
    assert per_product == {products["logica"].pk: REQUESTS, products["infer"].pk: REQUESTS}


def _count_in_a_worker(task: tuple[str, int, int, str]) -> int:
    kind, object_id, events, day = task
    import datetime

    from django.conf import settings

    connections.close_all()  # never share the parent's socket: this process opens its own connection
    settings.IMPACT_FLUSH_SECONDS = 0  # write through: every event is its own race with the other processes
    date = datetime.date.fromisoformat(day)
    for _ in range(events):
        if kind == "page":
            record_page_view(object_id, date, new_visitor=True, new_session=True)
        else:
            record_download(object_id, date)
    connections.close_all()
    return os.getpid()


def test_several_processes_counting_the_same_rows_lose_nothing(pages, products):
    connections.close_all()
    day = "2026-02-02"
    tasks = [("page", pages["about"].pk, EVENTS_PER_PROCESS, day)] * PROCESSES
    tasks += [("download", products["framework"].pk, EVENTS_PER_PROCESS, day)] * PROCESSES
    with multiprocessing.get_context("fork").Pool(PROCESSES * 2) as pool:
        pids = pool.map(_count_in_a_worker, tasks, chunksize=1)
    assert len(set(pids)) > 1
    expected = PROCESSES * EVENTS_PER_PROCESS
    assert DailyPageViews.objects.get(page_id=pages["about"].pk).views == expected
    visits = DailyVisits.objects.get()
    assert (visits.visitors, visits.sessions) == (expected, expected)
    assert DailyDocumentDownloads.objects.get(document_id=products["framework"].pk).downloads == expected
    assert set(DailyProductDownloads.objects.values_list("product_id", "downloads")) == {
        (products["logica"].pk, expected),
        (products["infer"].pk, expected),
    }
