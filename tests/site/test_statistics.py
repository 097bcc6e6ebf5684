"""decnet.statistics: after a bulk change, PostgreSQL's statistics of the searched tables are refreshed once
the change is committed (right after the demo load, searches otherwise took 30–50 s: the planner took the
tables for empty and repeated the full-text match in nested loops)."""

import pytest
from django.db import connection

from blog.models import BlogPostPage
from decnet.statistics import SEARCHED_TABLES, refresh_after_bulk_change, searched_tables
from resources.models import ResourcePage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def analyze_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT relname, analyze_count FROM pg_stat_user_tables WHERE relname = ANY(%s)",
            [searched_tables()],
        )
        return dict(cursor.fetchall())


def test_the_searched_tables_are_analyzed_when_the_change_is_committed(django_capture_on_commit_callbacks):
    before = analyze_counts()
    with django_capture_on_commit_callbacks() as on_commit:
        refresh_after_bulk_change()
    assert analyze_counts() == before  # not before the commit: the rows may still be rolled back
    assert len(on_commit) == 1
    on_commit[0]()  # the commit
    after = analyze_counts()
    assert set(after) == set(searched_tables())
    assert all(after[table] == before.get(table, 0) + 1 for table in after), (before, after)


def test_the_searched_tables_are_asked_of_the_content_models():
    """Wagtail's, then each content type's own table and its classification links, which the facet counts
    join (shown for two of the content types that content_models() gives)."""
    tables = searched_tables()
    assert tables[: len(SEARCHED_TABLES)] == list(SEARCHED_TABLES)
    for model in (BlogPostPage, ResourcePage):
        assert model._meta.db_table in tables
        assert model.topics.through._meta.db_table in tables
        assert model.countries.through._meta.db_table in tables
