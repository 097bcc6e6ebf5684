"""Counting the pages a frontend cache (Varnish) answered itself, from its request log (docs/caching.md).

A page Varnish delivers from its cache never reaches the site, so the site's counting middleware never sees
it. Varnish logs each such delivery (scripts/services/varnish/decnet.vcl, `page:<id>`; varnishncsa writes one
JSON object a line, scripts/services/varnish.sh). Each line is turned back into the request the site would
have received (method, path, the reader's headers, the address as the site reads it behind one more proxy)
and counted by the impact app's own rules (impact.rules) and services: readers count, crawlers, prefetches
and scripts do not, visitors and sessions by the same daily client hash. Misses and passes reached the site
and were counted there; the log holds only hits, so every request is counted in exactly one place.

The reader keeps its place (file identity and byte offset) in a small state file, written after the counts
of a batch are in the database: a crash between the two counts that batch again (at most one batch), a
crash before never loses a line.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

from impact import rules, services
from traffic import served

logger = logging.getLogger(__name__)

MISSING = "-"  # varnishncsa's value for a header the reader did not send
# Log field -> the request header (as Django's META key) it carries.
HEADERS = {
    "user_agent": "HTTP_USER_AGENT",
    "forwarded_for": "HTTP_X_FORWARDED_FOR",
    "sec_purpose": "HTTP_SEC_PURPOSE",
    "purpose": "HTTP_PURPOSE",
    "dnt": "HTTP_DNT",
    "sec_gpc": "HTTP_SEC_GPC",
    "referer": "HTTP_REFERER",
    "host": "HTTP_HOST",
}


class LogLineError(ValueError):
    pass


@dataclass
class Position:
    inode: int = 0
    offset: int = 0


def _value(entry: dict, field: str) -> str:
    value = entry.get(field, "")
    return "" if value == MISSING else str(value)


def request_from(entry: dict) -> tuple[HttpRequest, datetime.datetime]:
    """The request the site would have received for a hit, and when it came."""
    try:
        page_id = int(entry["page"])
        when = datetime.datetime.strptime(entry["time"], "%Y-%m-%dT%H:%M:%S%z")
        method, path = entry["method"], entry["path"]
    except (KeyError, TypeError, ValueError) as error:
        raise LogLineError(f"not a page hit: {error}") from None
    request = HttpRequest()
    request.method = method
    request.path = request.path_info = path
    request.META["QUERY_STRING"] = _value(entry, "query").lstrip("?")
    request.META["REMOTE_ADDR"] = _value(entry, "client")
    for field, key in HEADERS.items():
        if _value(entry, field):
            request.META[key] = _value(entry, field)
    # Varnish adds the address it saw to X-Forwarded-For before it passes a request on: the site behind it
    # (TRUSTED_PROXY_COUNT counting Varnish) reads the reader's address from there, and so do we.
    client = _value(entry, "client")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if client and not forwarded.replace(" ", "").endswith(client):
        request.META["HTTP_X_FORWARDED_FOR"] = f"{forwarded}, {client}" if forwarded else client
    request.user = AnonymousUser()  # signed-in users are never answered from the cache (they pass)
    served.record(request, served.PAGE, Page.from_db(DEFAULT_DB_ALIAS, ["id"], [page_id]))
    return request, when


def count_entry(entry: dict) -> bool:
    """Count one logged hit by the site's rules; True when it counted as a reader's page view."""
    request, when = request_from(entry)
    page = rules.counted_page(request, HttpResponse(status=int(_value(entry, "status") or 0)))
    if page is None:
        return False
    services.count_page_view(request, page, now=when)
    return True


def _lines(path: Path, position: Position) -> Iterator[tuple[int, bytes]]:
    """Complete lines after ``position`` (a line still being written waits for the next pass), with the
    offset just past each."""
    with path.open("rb") as log:
        log.seek(position.offset)
        offset = position.offset
        for line in log:
            if not line.endswith(b"\n"):
                return
            offset += len(line)
            yield offset, line


def read_position(state: Path, log: Path) -> Position:
    try:
        saved = json.loads(state.read_text())
        position = Position(int(saved["inode"]), int(saved["offset"]))
    except (OSError, ValueError, KeyError, TypeError):
        position = Position()
    stat = log.stat()
    if position.inode != stat.st_ino or position.offset > stat.st_size:  # a new or rotated log
        return Position(stat.st_ino, 0)
    return position


def write_position(state: Path, position: Position) -> None:
    temporary = state.with_name(state.name + ".tmp")
    temporary.write_text(json.dumps({"inode": position.inode, "offset": position.offset}))
    os.replace(temporary, state)


def ingest(
    log: Path, state: Path, batch: int = 1000, stopping: Callable[[], bool] = lambda: False
) -> tuple[int, int]:
    """Count the hits logged since the last pass; returns (lines read, page views counted). ``stopping`` is
    asked after each batch (counts written, position kept): a long backlog need not be read to its end
    before the process may stop (`make stack-stop` stops the services under it soon after)."""
    if not log.exists():
        return 0, 0
    position = read_position(state, log)
    lines = counted = 0
    for offset, raw in _lines(log, position):
        lines += 1
        try:
            counted += count_entry(json.loads(raw))
        except (LogLineError, ValueError) as error:
            logger.error("%s, byte %d: skipped: %s", log, offset - len(raw), error)
        position.offset = offset
        if lines % batch == 0:
            services.flush()
            write_position(state, position)
            if stopping():
                return lines, counted
    services.flush()
    write_position(state, position)
    return lines, counted
