"""Counting the pages Varnish answered itself, from its hit log (impact/frontendlog.py), by the site's rules.

The lines are what varnishncsa writes (scripts/services/varnish.sh); the real varnishd writing them is in
tests/frontendcache/test_varnish.py."""

from __future__ import annotations

import json
import logging

import pytest
from django.utils import timezone

from impact import frontendlog, services
from impact.models import DailyPageViews, DailyVisits
from tests.impact.conftest import BROWSER

pytestmark = pytest.mark.django_db
CRAWLER = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"


def hit(target, user_agent: str = BROWSER, client: str = "203.0.113.7", **fields: str) -> dict:
    now = timezone.localtime()
    entry = {
        "time": now.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "method": "GET",
        "path": target.url,
        "query": "",
        "status": "200",
        "page": str(target.pk),
        "client": client,
        "forwarded_for": "-",
        "user_agent": user_agent or "-",
        "sec_purpose": "-",
        "purpose": "-",
        "dnt": "-",
        "sec_gpc": "-",
        "referer": "-",
        "host": "127.0.0.1:6081",
    }
    return {**entry, **fields}


def write(path, *entries, raw: bytes = b"") -> None:
    with path.open("ab") as log:
        log.write(b"".join(json.dumps(entry).encode() + b"\n" for entry in entries) + raw)


def views(page) -> int:
    services.flush()
    return sum(DailyPageViews.objects.filter(page_id=page.pk).values_list("views", flat=True))


def test_readers_count_and_crawlers_scripts_and_prefetches_do_not(pages, tmp_path):
    log, state = tmp_path / "hits.log", tmp_path / "hits.position"
    about = pages["about"]
    write(
        log,
        *(hit(about, f"{BROWSER} reader/{n}") for n in range(4)),
        hit(about, CRAWLER),
        hit(about, ""),  # no User-Agent ("-" in the log)
        hit(about, sec_purpose="prefetch"),
        hit(about, method="HEAD"),
    )
    assert frontendlog.ingest(log, state) == (8, 4)
    assert views(about) == 4


def test_visitors_are_recognised_by_the_same_client_hash_and_dnt_is_honoured(pages, tmp_path):
    log, state = tmp_path / "hits.log", tmp_path / "hits.position"
    write(
        log,
        hit(pages["about"]),
        hit(pages["term"]),  # the same reader again: one visitor, one session
        hit(pages["about"], client="198.51.100.9", dnt="1"),  # counted, not recognised
    )
    assert frontendlog.ingest(log, state) == (3, 3)
    services.flush()
    visits = DailyVisits.objects.get()
    assert (visits.visitors, visits.sessions) == (1, 1)


def test_the_read_position_is_kept_and_a_new_log_is_read_from_its_start(pages, tmp_path):
    log, state = tmp_path / "hits.log", tmp_path / "hits.position"
    write(log, hit(pages["about"]), raw=b'{"time": "half a line')  # the last line is still being written
    assert frontendlog.ingest(log, state) == (1, 1)
    assert frontendlog.ingest(log, state) == (0, 0)
    with log.open("ab") as growing:
        growing.write(b'"}\n')  # ends that line: not a hit, skipped
    write(log, hit(pages["term"]))
    assert frontendlog.ingest(log, state)[1] == 1
    log.rename(tmp_path / "hits.log.1")  # rotated: a new file starts at its first byte
    write(log, hit(pages["about"]))
    assert frontendlog.ingest(log, state) == (1, 1)
    assert views(pages["about"]) == 2 and views(pages["term"]) == 1


def test_a_broken_line_is_reported_with_its_place_and_skipped(pages, tmp_path, caplog):
    log, state = tmp_path / "hits.log", tmp_path / "hits.position"
    write(log, raw=b"not json\n")
    write(log, hit(pages["about"], page="-"), hit(pages["about"]))
    with caplog.at_level(logging.ERROR, logger="impact.frontendlog"):
        assert frontendlog.ingest(log, state) == (3, 1)
    assert f"{log}, byte 0: skipped" in caplog.text and "byte 9: skipped" in caplog.text
    assert views(pages["about"]) == 1


def test_a_stop_asked_during_a_long_backlog_ends_the_pass_after_the_batch_with_its_place_kept(
    pages, tmp_path
):
    log, state = tmp_path / "hits.log", tmp_path / "hits.position"
    write(log, *(hit(pages["about"], f"{BROWSER} reader/{n}") for n in range(5)))
    # SIGTERM arrives while the counter works through its backlog: it stops after the batch being read.
    assert frontendlog.ingest(log, state, batch=2, stopping=lambda: True) == (2, 2)
    assert views(pages["about"]) == 2
    assert frontendlog.ingest(log, state, batch=2) == (3, 3)  # the next start goes on from there
    assert views(pages["about"]) == 5
