"""decnet.statistics: after a bulk change, PostgreSQL's statistics of the searched tables are refreshed once
the change is committed (right after the demo load, searches otherwise took 30–50 s: the planner took the
tables for empty and repeated the full-text match in nested loops)."""

import pytest
from django.db import connection, transaction

from decnet.statistics import SEARCHED_TABLES, refresh_after_bulk_change

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://…)")


def analyze_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT relname, analyze_count FROM pg_stat_user_tables WHERE relname = ANY(%s)",
            [list(SEARCHED_TABLES)],
        )
        return dict(cursor.fetchall())


def test_the_searched_tables_are_analyzed_when_the_change_is_committed():
    before = analyze_counts()
    with transaction.atomic():
        refresh_after_bulk_change()
        assert analyze_counts() == before  # not yet: the rows may still be rolled back
    after = analyze_counts()
    assert set(after) == set(SEARCHED_TABLES)
    assert all(after[table] == before.get(table, 0) + 1 for table in SEARCHED_TABLES), (before, after)


def test_a_rolled_back_change_analyzes_nothing():
    before = analyze_counts()
    with pytest.raises(RuntimeError), transaction.atomic():
        refresh_after_bulk_change()
        raise RuntimeError("the import failed")
    assert analyze_counts() == before
