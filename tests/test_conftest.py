"""The suite's own rules (tests/conftest.py) hold: what scripts/test.sh relies on to run a test in fewer
stages."""

import pytest
from django.db import connection


@pytest.mark.database_free
def test_a_database_free_test_that_queries_fails(django_db_blocker):
    """Unblocked the way a module fixture would unblock it, a query from a database_free test still fails:
    the PostgreSQL stage leaves these tests out, so none may depend on the database."""
    with (
        django_db_blocker.unblock(),
        pytest.raises(AssertionError, match="marked database_free"),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT 1")
