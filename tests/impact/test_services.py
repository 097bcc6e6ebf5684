"""Writing the counts: batching, race-safe increments, and no loss when the database is briefly away."""

import datetime
from unittest import mock

import pytest
from django.db.models.query import QuerySet
from freezegun import freeze_time

from impact import services
from impact.models import DailyPageViews, DailyVisits

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 4, 1)


def test_increment_creates_the_row_then_adds_to_it(pages):
    key = {"date": DAY, "page_id": pages["about"].pk}
    services.increment(DailyPageViews, key, views=2)
    services.increment(DailyPageViews, key, views=3)
    assert DailyPageViews.objects.get(**key).views == 5


def test_increment_adds_when_another_process_inserted_the_row_first(pages):
    """The losing insert of a race: the update found no row, the insert hits the unique constraint."""
    key = {"date": DAY, "page_id": pages["about"].pk}
    DailyPageViews.objects.create(**key, views=5)  # "the other process"
    real_update = QuerySet.update
    calls = []

    def update_missing_the_row_once(self, **kwargs):
        calls.append(kwargs)
        return 0 if len(calls) == 1 else real_update(self, **kwargs)

    with mock.patch.object(QuerySet, "update", update_missing_the_row_once):
        services.increment(DailyPageViews, key, views=2)
    assert len(calls) == 2
    assert DailyPageViews.objects.get(**key).views == 7


def test_events_wait_in_memory_and_are_written_as_one_batch(pages):
    about, term = pages["about"].pk, pages["term"].pk
    for _ in range(3):
        services.record_page_view(about, DAY, new_visitor=True, new_session=True)
    services.record_page_view(term, DAY, new_session=True)
    assert not DailyPageViews.objects.exists()
    assert services.flush() == 4  # four counters: two pages, visitors, sessions
    assert dict(DailyPageViews.objects.values_list("page_id", "views")) == {about: 3, term: 1}
    visits = DailyVisits.objects.get(date=DAY)
    assert (visits.visitors, visits.sessions) == (3, 4)
    assert services.flush() == 0


def test_write_through_when_flush_seconds_is_zero(pages, settings):
    settings.IMPACT_FLUSH_SECONDS = 0
    services.record_page_view(pages["about"].pk, DAY)
    assert DailyPageViews.objects.get().views == 1


def test_pending_counts_are_written_once_due_after_a_response(pages, reader, settings):
    settings.IMPACT_FLUSH_SECONDS = 60
    with freeze_time("2026-04-01 10:00:00") as clock:
        reader.get(pages["about"].url)
        reader.get(pages["about"].url)
        assert not DailyPageViews.objects.exists()  # not due yet
        clock.tick(61)
        reader.get(pages["term"].url)  # its request_finished finds the counts due
    assert sum(DailyPageViews.objects.values_list("views", flat=True)) == 3


def test_many_pending_counters_are_due_at_once(pages, settings):
    settings.IMPACT_FLUSH_EVENTS = 3
    services.record_page_view(pages["about"].pk, DAY, new_visitor=True)
    services.flush_if_due()
    assert not DailyPageViews.objects.exists()
    services.record_page_view(pages["term"].pk, DAY)
    services.flush_if_due()
    assert DailyPageViews.objects.count() == 2


def test_counts_survive_a_failed_write(pages, monkeypatch, caplog, settings):
    settings.IMPACT_FLUSH_EVENTS = 1
    services.record_page_view(pages["about"].pk, DAY)

    def database_away(counts):
        raise RuntimeError("database away")

    monkeypatch.setattr(services, "apply_counts", database_away)
    services.flush_if_due()  # logs, keeps the counts
    assert "kept for the next try" in caplog.text
    monkeypatch.undo()
    services.record_page_view(pages["about"].pk, DAY)
    services.flush()
    assert DailyPageViews.objects.get().views == 2


def test_threads_adding_at_once_lose_nothing():
    from concurrent.futures import ThreadPoolExecutor

    counts = services.PendingCounts()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _: counts.add(("page", DAY, 1), ("sessions", DAY)), range(5000)))
    taken = counts.take()
    assert taken[("page", DAY, 1)] == 5000
    assert taken[("sessions", DAY)] == 5000


def test_a_flush_returns_only_once_a_batch_another_thread_is_writing_is_written(monkeypatch):
    """A server thread's flush is writing a batch when the report (or a test) flushes: the second flush finds
    nothing pending, and must still not return before that batch is in the database."""
    import threading

    services.record_page_view(1, DAY)
    writing, release = threading.Event(), threading.Event()
    written = []

    def slow_apply(counts):  # the database write, held until released
        writing.set()
        release.wait(5)
        written.append(sum(counts.values()))

    monkeypatch.setattr(services, "apply_counts", slow_apply)
    server_thread = threading.Thread(target=services.flush)
    server_thread.start()
    assert writing.wait(5)
    second = threading.Thread(target=services.flush)
    second.start()
    second.join(0.2)
    assert second.is_alive(), "the second flush returned while the first batch was still being written"
    release.set()
    second.join(5)
    server_thread.join(5)
    assert written == [1]  # the one view, written once
