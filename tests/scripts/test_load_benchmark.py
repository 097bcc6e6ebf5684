"""benchmarks/load.py's preparation: what `make test`'s load stage runs before its measured seconds."""

import uuid

import pytest
from django.core import management
from django.db import connection

from benchmarks import load
from tests import db_template

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("static_files", "commands"), [(True, ["migrate", "collectstatic"]), (False, ["migrate"])]
)
def test_a_prepared_run_does_not_collect_the_static_files_again(
    home_page, monkeypatch, static_files, commands
):
    """`--prepared` (after `--prepare-only`, which collected them) only checks the migrations; a site that has
    its home page gets no demo content a second time."""
    called = []
    monkeypatch.setattr(management, "call_command", lambda name, **options: called.append(name))
    load.prepare_site(static_files=static_files)
    assert called == commands


def test_prepared_is_a_command_line_flag(monkeypatch):
    seen = {}
    monkeypatch.setattr(
        load, "prepare_site", lambda static_files=True: seen.setdefault("static", static_files)
    )
    monkeypatch.setattr(load, "ensure_database", lambda url, fresh=False, template=None: None)
    monkeypatch.setattr(load.os.environ, "update", lambda env: None)
    monkeypatch.setattr("sys.argv", ["load.py", "--prepared", "--prepare-only"])
    assert load.main() == 0
    assert seen == {"static": False}


@pytest.mark.postgres
def test_a_database_made_from_a_template_has_its_tables_and_rows():
    """`--template` (make test gives the migrated test template): the new database starts as a copy, so the
    migrations find nothing to do; --fresh drops an earlier copy first."""
    import psycopg
    from psycopg import sql

    suffix = uuid.uuid4().hex[:8]
    template, copy = f"decnet_loadtpl_{suffix}", f"decnet_loadcopy_{suffix}"
    with db_template.admin_connection(connection.settings_dict) as admin:
        try:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(template)))
            with psycopg.connect(db_template.url_for(template), autocommit=True) as source:
                source.execute("CREATE TABLE migrated (name text)")
                source.execute("INSERT INTO migrated VALUES ('wagtailcore.0001_initial')")
            for _ in range(2):  # the second time, --fresh replaces the first copy
                load.ensure_database(db_template.url_for(copy), fresh=True, template=template)
                with psycopg.connect(db_template.url_for(copy)) as made:
                    rows = made.execute("SELECT name FROM migrated").fetchall()
                    assert rows == [("wagtailcore.0001_initial",)]
                    made.execute("INSERT INTO migrated VALUES ('written to the copy')")
                    made.commit()
            load.ensure_database(db_template.url_for(copy), template=template)  # exists, not --fresh: kept
            with psycopg.connect(db_template.url_for(copy)) as kept:
                assert kept.execute("SELECT count(*) FROM migrated").fetchone() == (2,)
        finally:
            for name in (copy, template):
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
