"""The demo content is loaded once per test module (it takes several seconds) inside a transaction that is
rolled back when the module is done, so other test modules start from an empty site again."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Site


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Run `load_demo_content` once; each test then runs in a savepoint inside this outer transaction."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            stdout = io.StringIO()
            call_command("load_demo_content", stdout=stdout)
            yield stdout.getvalue()
            transaction.set_rollback(True)
        # The cached site root paths point at the rolled-back home page.
        Site.clear_site_root_paths_cache()


@pytest.fixture
def demo(demo_output, db):
    """The demo site, for tests that read it (`db` opens the per-test savepoint)."""
    return demo_output
