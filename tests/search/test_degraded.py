"""Engine failure: the page and the API answer from the database index, flagged degraded; /healthz.

By default the engine is an OpenSearch backend on a closed port. `make test` also runs this module once more
after stopping its real OpenSearch node, with SEARCH_STOPPED_ENGINE_URL set to that node's address, so the
degraded mode is proven against the engine actually stopped.
"""

import logging
import os

import pytest
from django.conf import settings as django_settings

from tests.search.conftest import engine_in_use

STOPPED_ENGINE_URL = os.environ.get("SEARCH_STOPPED_ENGINE_URL", "http://127.0.0.1:9")

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module


def broken_engine_backends() -> dict:
    """An OpenSearch backend that does not answer, with the database index as fallback."""
    configured = django_settings.WAGTAILSEARCH_BACKENDS
    database = configured.get("database") or configured["default"]
    assert database["BACKEND"].endswith(".database")
    return {
        "default": {
            "BACKEND": "search.backends.opensearch2",
            "URLS": [STOPPED_ENGINE_URL],
            "INDEX_PREFIX": "unreachable_",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
        },
        "database": database,
    }


@pytest.fixture
def engine_down(corpus, settings):
    settings.WAGTAILSEARCH_BACKENDS = broken_engine_backends()
    settings.SEARCH_FALLBACK_BACKEND = "database"


def test_api_answers_from_the_database_when_the_engine_is_down(client, engine_down, caplog):
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        response = client.get("/api/v1/search", {"q": "governance"})
    assert response.status_code == 200
    body = response.json()
    assert body["degraded"] is True
    assert body["total"] == 7 and body["facets"]["type"] == {"blog": 3, "resource": 2, "glossary": 2}
    assert any("answering from the database index" in record.getMessage() for record in caplog.records)

    suggest = client.get("/api/v1/search/suggest", {"q": "decentr"})
    assert suggest.status_code == 200 and suggest["X-Search-Degraded"] == "true"
    assert "Decentralization" in [item["title"] for item in suggest.json()]


def test_page_answers_with_a_notice_when_the_engine_is_down(client, engine_down):
    response = client.get("/en/search/", {"q": "IGFT"})
    assert response.status_code == 200
    assert "simplified mode" in response.text
    assert "glossary-card" in response.text and "Intergovernmental fiscal transfers" in response.text


def test_after_a_failure_the_engine_is_skipped_for_a_while(client, engine_down, caplog):
    client.get("/api/v1/search", {"q": "governance"})
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        assert client.get("/api/v1/search", {"q": "budget"}).json()["degraded"] is True
    assert not caplog.records  # no second attempt, no second warning


def test_healthz_ok(client, corpus):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["search"] == {"backend": engine_in_use(), "status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_503_when_the_engine_is_down(client, engine_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["database"]["status"] == "ok"
    assert body["search"]["backend"] == "opensearch2" and body["search"]["status"] == "error"


def test_healthz_is_not_language_prefixed(client, db):
    assert client.get("/en/healthz/").status_code == 404


def test_an_engine_that_answers_with_an_error_also_degrades(client, corpus, settings, caplog):
    """The node is up but the index is missing (a botched deployment): an error answer, not a refused
    connection. Runs against the real engine only."""
    if engine_in_use() == "database":
        pytest.skip("needs a real search engine (OPENSEARCH_URL / ELASTICSEARCH_URL)")
    configured = django_settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**configured["default"], "INDEX_PREFIX": "missing_index_"},
        "database": configured["database"],
    }
    settings.SEARCH_FALLBACK_BACKEND = "database"
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        body = client.get("/api/v1/search", {"q": "governance"}).json()
    assert body["degraded"] is True and body["total"] == 7
    assert any("answering from the database index" in record.getMessage() for record in caplog.records)
