"""The search API answers as its own OpenAPI document says (issue 15, point 6): schemathesis generates
requests from /api/v1/openapi.json, valid ones and invalid ones, sends them through the WSGI application and
checks each answer (status code documented, content type, body against the response schema, invalid input
refused with 4xx, no 5xx). Bounded: a fixed number of examples per operation, derandomized."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode

EXAMPLES = {GenerationMode.POSITIVE: 60, GenerationMode.NEGATIVE: 30}


@pytest.fixture
def keep_the_test_connection():
    """Requests go through the real WSGI handler, which closes the database connection after each request;
    the test's transaction lives on that connection (as Django's test client does, skip the closing)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("mode", list(EXAMPLES), ids=lambda mode: mode.value)
def test_the_api_matches_its_openapi_document(corpus, settings, keep_the_test_connection, mode):
    settings.SEARCH_API_RATE_LIMIT = "off"
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {operation.path for operation in operations} == {"/api/v1/search", "/api/v1/search/suggest"}
    for operation in operations:

        @hypothesis_settings(
            max_examples=EXAMPLES[mode],
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def answers_as_documented(case):
            case.call_and_validate()

        answers_as_documented()
