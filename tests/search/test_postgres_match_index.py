"""PostgreSQL: a search's full-text match reads an index, and the planner knows how many index entries it
keeps (migration search/0007, ``create_match_index``). Without the index on ``title || body`` the match was
a sequential scan with no statistics: the planner took any match for one row and joined the matches to the
pages in a nested loop over a text cast, 2.8 s for one search at 10,000 pages."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page

from search.backends.database_postgres import MATCH_INDEX, create_match_index, drop_match_index

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

ENTRIES = 400
COMMON_EVERY = 2  # every second entry has the common word: 200 matches


def fill_index() -> None:
    """ENTRIES index entries (written in SQL: only their documents matter here), then ANALYZE, which in this
    transaction samples them as autovacuum would once committed."""
    page_type = ContentType.objects.get_for_model(Page).pk
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry "
            "(object_id, title_norm, content_type_id, autocomplete, title, body, title_text, body_text) "
            "SELECT 'stat-' || n, 1.0, %s, ''::tsvector, to_tsvector('simple', 'entry ' || n), "
            "to_tsvector('simple', CASE WHEN n %% %s = 0 THEN 'fiscal transfers' ELSE 'local councils' END), "
            "'', '' FROM generate_series(1, %s) AS n",
            [page_type, COMMON_EVERY, ENTRIES],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def estimated_matches(word: str) -> tuple[float, int]:
    """The planner's estimate of the entries matching ``word``, and the true number."""
    match = "(title || body) @@ to_tsquery('simple', %s)"
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT id FROM wagtailsearch_indexentry WHERE {match}", [word])
        plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        cursor.execute(f"SELECT count(*) FROM wagtailsearch_indexentry WHERE {match}", [word])
        return plan[0]["Plan"]["Plan Rows"], cursor.fetchone()[0]


def test_the_migration_created_the_index_and_a_match_can_read_it():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [MATCH_INDEX])
        assert cursor.fetchone() is not None
    assert create_match_index(connection) is True  # again: left as it is
    fill_index()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # usable at all (on 400 rows a scan is as cheap)
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('simple', 'x')"
        )
        assert MATCH_INDEX in "\n".join(row[0] for row in cursor.fetchall())


def test_the_planner_estimates_a_common_match_close_to_its_true_size():
    fill_index()
    estimate, actual = estimated_matches("fiscal")
    assert actual >= ENTRIES // COMMON_EVERY
    assert actual / 2 <= estimate <= actual * 2, (estimate, actual)
    rare_estimate, rare_actual = estimated_matches("nowhere")
    assert rare_actual == 0 and rare_estimate < actual / 10, rare_estimate


def test_without_the_index_the_planner_takes_a_common_match_for_a_handful_of_rows():
    """What the migration fixes, shown on the same rows (the drop is rolled back with the test)."""
    drop_match_index(connection)
    fill_index()
    estimate, actual = estimated_matches("fiscal")
    assert estimate < actual / 10, (estimate, actual)
