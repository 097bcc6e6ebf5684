"""Production logging: one JSON object per line on stdout, with request id, path, status and duration."""

from __future__ import annotations

import importlib
import io
import json
import logging.config
import re
import sys

import pytest
from django.conf import settings
from django.test import Client

from decnet.models import HomePage


@pytest.fixture
def production_logging(monkeypatch):
    """Configure logging exactly as production does, read what it writes to stdout, restore it afterwards."""
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "decentralization.net")
    production = importlib.import_module("decnet.settings.production")
    logging.config.dictConfig(production.LOGGING)
    (handler,) = logging.getLogger("decnet.request").handlers
    assert handler.stream is sys.stdout  # production writes to stdout ...
    assert logging.getLogger().handlers == [handler]  # ... through one handler, for every logger
    output = io.StringIO()
    handler.setStream(output)  # ... which this test reads

    def lines() -> list[dict]:
        text, _ = output.getvalue(), output.truncate(0)
        output.seek(0)
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    yield lines
    logging.config.dictConfig(settings.LOGGING)


def access_lines(entries: list[dict]) -> list[dict]:
    return [entry for entry in entries if entry["logger"] == "decnet.request"]


def test_each_request_writes_one_json_line(client, home_page, production_logging):
    response = client.get(home_page.url, {"q": "private search words"})
    assert response.status_code == 200
    client.get("/en/no-such-page/")

    entries = production_logging()
    ok, missing = access_lines(entries)
    assert ok["path"] == home_page.url
    assert ok["status"] == 200
    assert ok["method"] == "GET"
    assert ok["level"] == "INFO"
    assert isinstance(ok["duration_ms"], float) and 0 <= ok["duration_ms"] < 60_000
    assert re.fullmatch(r"[0-9a-f]{32}", ok["request_id"])
    assert ok["request_id"] == response.headers["X-Request-ID"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", ok["time"])
    assert "private search words" not in json.dumps(entries)  # the query string is not logged
    assert missing["status"] == 404 and missing["path"] == "/en/no-such-page/"
    assert missing["request_id"] != ok["request_id"]


def test_a_well_formed_request_id_from_the_proxy_is_kept(client, home_page, production_logging):
    client.get(home_page.url, headers={"x-request-id": "edge-7f3a9c21-0001"})
    client.get(home_page.url, headers={"x-request-id": 'bad id"\n{"level":"forged"}'})
    kept, replaced = access_lines(production_logging())
    assert kept["request_id"] == "edge-7f3a9c21-0001"
    assert re.fullmatch(r"[0-9a-f]{32}", replaced["request_id"])


def test_an_error_is_logged_as_json_with_the_request_id(home_page, production_logging, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "get_context", broken)
    response = Client(raise_request_exception=False).get(home_page.url)
    assert response.status_code == 500
    entries = production_logging()
    (access,) = access_lines(entries)
    assert access["status"] == 500 and access["level"] == "ERROR"
    (error,) = [entry for entry in entries if entry["logger"] == "django.request"]
    assert error["request_id"] == access["request_id"] == response.headers["X-Request-ID"]
    assert "RuntimeError: boom" in error["exception"]


def test_every_line_is_one_json_object(client, home_page, production_logging):
    client.get(home_page.url)
    logging.getLogger("decnet.test").warning(
        "two\nlines", extra={"detail": {"nested": True}, "obj": object()}
    )
    entries = production_logging()
    warning = next(entry for entry in entries if entry["logger"] == "decnet.test")
    assert warning["message"] == "two\nlines"
    assert warning["detail"] == {"nested": True}
    assert warning["obj"].startswith("<object object")
