"""Shared fixtures (a site tree with a home page and the three section indexes) and the suite's plumbing:
test databases cloned from a migrated template (tests/db_template.py), a per-stage summary (scripts/test.sh).
"""

import atexit
import contextlib
import gc
import json
import os
import resource
import time
from collections import Counter, defaultdict

import pytest
from django.conf import settings
from wagtail.models import Site

from tests import cpu_tokens, db_template
from tests.factories import (
    BlogIndexPageFactory,
    GlossaryPageFactory,
    ResourceLibraryPageFactory,
    fresh,
    make_home_page,
    make_site_tree,
)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """pytest-django's hook (after its per-worker name suffix): start each test database from the migrated
    template instead of migrating it from scratch."""
    from django.db import connections

    keepers = [db_template.prepare(connections[alias]) for alias in connections]
    yield
    for keeper in keepers:
        if keeper is not None:
            keeper.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    """Once a test's set-up has made this process's test databases, or failed to, the next process may copy
    the PostgreSQL template: a failure must fail this worker's tests, not leave the others waiting forever.
    (A conftest's ``pytest_fixture_setup`` is not called for pytest-django's session fixtures.)"""
    try:
        return (yield)
    finally:
        db_template.created()


# --- CPU per test: where a stage's time goes when the stages share the machine's cores (scripts/test.sh)
_CPU_MARK = pytest.StashKey[float]()
_CPU_PROPERTY = "cpu_seconds"
_CPU_BY_TEST: dict[str, float] = defaultdict(float)


def _cpu_seconds() -> float:
    """This process's CPU time and that of its children that have ended (servers and commands a test ran)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """A test (set-up and tear-down included) runs while its process holds one of the run's CPU tokens."""
    with cpu_tokens.token():
        item.stash[_CPU_MARK] = _cpu_seconds()
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Each phase's report (set-up, call, tear-down) carries the CPU seconds it took, also from an xdist
    worker to the controller, which adds them up per test (wall times, which --durations gives, measure
    mostly the wait for a core when three stages share two)."""
    report = yield
    now = _cpu_seconds()
    spent = now - item.stash.get(_CPU_MARK, now)
    item.stash[_CPU_MARK] = now
    report.user_properties = [*report.user_properties, (_CPU_PROPERTY, round(spent, 3))]
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name == _CPU_PROPERTY:
            _CPU_BY_TEST[report.nodeid] += value


def cpu_by_file(cpu_by_test: dict[str, float]) -> dict[str, float]:
    """CPU seconds per test file, costliest first."""
    totals: dict[str, float] = defaultdict(float)
    for nodeid, seconds in cpu_by_test.items():
        totals[nodeid.split("::", 1)[0]] += seconds
    rows = sorted(totals.items(), key=lambda row: -row[1])
    return {path: round(seconds, 1) for path, seconds in rows}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site for a test module: its test database swapped for a copy of the demo content, loaded once
    per run (tests/db_template.py), and swapped back when the module is done. Yields what
    `load_demo_content` printed."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    with django_db_blocker.unblock(), db_template.demo_database(connection) as output:
        Site.clear_site_root_paths_cache()
        ContentType.objects.clear_cache()
        yield output
    # The cached site root paths point at the demo's home page.
    Site.clear_site_root_paths_cache()
    ContentType.objects.clear_cache()


@pytest.fixture
def demo(demo_site, db):
    """The demo site, for tests that read it (`db` gives each test its own transaction, rolled back)."""
    return demo_site


# The cyclic garbage collector of a test process: Python's default runs a collection every 700 net allocations
# of container objects, and a test process builds hundreds of thousands (querysets, SQL expressions, template
# nodes), so about a tenth of its CPU went into collections that mostly walked the imported modules' objects.
# Rarer young collections, and what exists once the tests are collected frozen out of every collection
# (gc.freeze): a page request in a test took about 10 % less CPU (docs/testing.md, "CPU"). Servers and
# commands that tests start keep Python's thresholds and freeze their own heap (decnet/wsgi.py, manage.py).
GC_THRESHOLDS = (50_000, 20, 20)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """PYTEST_SEED=<n> replays a random order (pytest-randomly's --randomly-seed=<n> does the same). The
    collector's thresholds are set for the whole process (above)."""
    gc.set_threshold(*GC_THRESHOLDS)
    # The last exit handler: what the tests left is freed without a collection over it (as manage.py does).
    atexit.register(gc.freeze)
    seed = os.environ.get("PYTEST_SEED", "").strip()
    if seed and getattr(config.option, "randomly_seed", None) == "default":
        config.option.randomly_seed = int(seed)


def _flushes_the_database(item: pytest.Item) -> bool:
    """A transactional test empties the database when it ends (Django restores a serialized copy only when the
    next transactional test starts), so a plain database test after it in the same xdist worker would find no
    root page, locales or groups. Such tests count as `serial`: the serial run holds only them, each restoring
    the serialized data it needs."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def _skip_postgres_tests_elsewhere(items: list[pytest.Item]) -> None:
    """A test marked `postgres` is skipped, before any of its fixtures is set up, when the default database is
    not PostgreSQL; the reason is the marker's own (``@pytest.mark.postgres(reason=...)``), else "needs
    PostgreSQL". Which stage runs it is still chosen by the marker (``-m``, scripts/test.sh)."""
    from django.db import DEFAULT_DB_ALIAS, connections

    if connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("postgres")
        if marker is not None:
            item.add_marker(pytest.mark.skip(reason=marker.kwargs.get("reason", "needs PostgreSQL")))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgres` are skipped on other databases (above). With TEST_SERIAL_LIST set
    (scripts/test.sh sets it for its parallel runs), leave out the tests marked `serial` and write their ids
    to that file. With TEST_SERIAL_ONLY set, keep only them: scripts/test.sh runs them in one process of their
    own (its own test database) beside the parallel run."""
    _skip_postgres_tests_elsewhere(items)
    for item in items:
        if _flushes_the_database(item):
            item.add_marker(pytest.mark.serial)
    if os.environ.get("TEST_SERIAL_ONLY"):
        others = [item for item in items if not item.get_closest_marker("serial")]
        items[:] = [item for item in items if item.get_closest_marker("serial")]
        config.hook.pytest_deselected(items=others)
        return
    path = os.environ.get("TEST_SERIAL_LIST")
    if not path:
        return
    serial = [item for item in items if item.get_closest_marker("serial")]
    if not serial:
        return
    items[:] = [item for item in items if not item.get_closest_marker("serial")]
    config.hook.pytest_deselected(items=serial)
    if getattr(config, "workerinput", {}).get("workerid", "gw0") == "gw0":  # every worker collects the same
        with open(path, "w", encoding="utf-8") as listing:
            listing.writelines(f"{item.nodeid}\n" for item in serial)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """The seed of the random order, also under -q (where pytest-randomly's header line is hidden)."""
    seed = getattr(config.option, "randomly_seed", None)
    if isinstance(seed, int):
        terminalreporter.write_line(f"random order: --randomly-seed={seed} (PYTEST_SEED={seed} replays it)")
    if _CPU_BY_TEST and not hasattr(config, "workerinput"):
        total = sum(_CPU_BY_TEST.values())
        terminalreporter.write_sep("=", f"CPU seconds: {total:.0f} over {len(_CPU_BY_TEST)} tests, costliest")
        costliest = sorted(_CPU_BY_TEST.items(), key=lambda row: -row[1])[:10]
        for nodeid, seconds in costliest:
            terminalreporter.write_line(f"{seconds:8.1f} s  {nodeid}")
        terminalreporter.write_line("costliest files:")
        for path, seconds in list(cpu_by_file(_CPU_BY_TEST).items())[:10]:
            terminalreporter.write_line(f"{seconds:8.1f} s  {path}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With TEST_STAGE_REPORT set (scripts/test.sh sets it), append this run's counts to that file as one JSON
    line. In an xdist run only the controller writes: it has every worker's results."""
    path = os.environ.get("TEST_STAGE_REPORT")
    if not path or hasattr(session.config, "workerinput"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    outcomes: dict[str, str] = {}
    for category in ("passed", "skipped", "xfailed", "xpassed", "failed", "error"):
        for report in reporter.stats.get(category, []) if reporter else []:
            nodeid = getattr(report, "nodeid", None) or repr(report)
            # A test whose call passed but whose teardown erred counts as an error, not as passed.
            if outcomes.get(nodeid) not in {"failed", "error"}:
                outcomes[nodeid] = category
    counts = Counter(outcomes.values())
    outcome_names = ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
    line = {name: counts.get(name, 0) for name in outcome_names}
    line["exitstatus"] = int(exitstatus)
    line["seed"] = getattr(session.config.option, "randomly_seed", None)
    line["cpu_seconds"] = round(sum(_CPU_BY_TEST.values()), 1)
    line["cpu_by_file"] = cpu_by_file(_CPU_BY_TEST)
    with open(path, "a", encoding="utf-8") as report_file:
        report_file.write(json.dumps(line) + "\n")


@pytest.fixture(autouse=True)
def no_store_purge_by_chance(request, monkeypatch):
    """The database shared store also deletes its expired rows on about one call in 500, drawn at random
    (hardening.sharedstore): that request makes one query more, and a test that counts a request's queries
    failed by chance (make check, Dec 6: 7 queries with two matching posts, 6 with eight). Tests take the
    path of the other 499 calls; tests/hardening/test_sharedstore.py tests the draw (marker
    ``store_purge_draw``) and the purge itself."""
    if request.node.get_closest_marker("store_purge_draw") is None:
        from hardening.sharedstore import DatabaseStore

        monkeypatch.setattr(DatabaseStore, "_maybe_purge", lambda self, now: None)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language, whatever language a test before it in this process
    activated (a request to /ar/… leaves Arabic active in the thread)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches (tests use local-memory ones): no rate-limit counts, cached site
    root paths or renditions left by the tests that ran before it in this process, whatever the order."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def no_pending_counts():
    """Every test starts with no view or download counts pending in this process. A test that counts a
    reader's visit and never flushes would otherwise have its counts written during a later test's request,
    once they are due (impact.services): rows in that test's database and queries in its query budget."""
    from impact import services

    services.pending.take()


@pytest.fixture(autouse=True)
def database_free_guard(request):
    """A test marked `database_free` runs in one database stage only (scripts/test.sh), which is right only if
    it never reaches a database: any query it makes fails it, in whichever stage it runs."""
    if request.node.get_closest_marker("database_free") is None:
        yield
        return
    from django.db import connections

    def refuse(execute, sql, params, many, context):
        raise AssertionError(f"a test marked database_free queried the database: {sql[:200]}")

    assert request.node.get_closest_marker("django_db") is None, "database_free and django_db contradict"
    with contextlib.ExitStack() as wrappers:
        for connection in connections.all():
            wrappers.enter_context(connection.execute_wrapper(refuse))
        yield


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Data a test module builds once and its tests only read: an outer transaction, open from the first
    test that asks for it to the module's end, then rolled back. Each test's own transaction (`db`)
    nests in it as a savepoint, so what a test writes still rolls back with the test. Build the data in a
    module-scoped fixture that depends on this one (e.g. with `tests.factories.make_site_tree`)."""
    from django.db import transaction

    atomic = transaction.atomic()
    with django_db_blocker.unblock():  # for the module's fixtures too
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            Site.clear_site_root_paths_cache()


SITE_TREE_FIXTURES = {"home_page", "blog_index", "library", "glossary", "corpus"}


def _module_items(request: pytest.FixtureRequest) -> list[pytest.Item]:
    """The tests of the module a module-scoped fixture is set up for."""
    return [item for item in request.session.items if getattr(item, "module", None) is request.module]


@pytest.fixture(scope="module", autouse=True)
def shared_site(request):
    """The home page and the three section indexes, built once per test module (in module_db) and handed to
    each test, as a fresh copy, by the fixtures below: about 10% of the suite's time went into building them
    again for every test. Each test's changes still roll back with it.

    A module marked `shared_site` gets it even when its tests ask only for module fixtures built on it.
    A module builds its own per test instead when it marks itself `own_site` (its tests build another tree,
    e.g. a second blog index with the slug "blog"), when it reads the demo content (which swaps the whole
    database), or when it has transactional tests (which empty the database)."""
    items = _module_items(request)
    wanted = request.node.get_closest_marker("shared_site") or any(
        SITE_TREE_FIXTURES & set(item.fixturenames) for item in items
    )
    if request.node.get_closest_marker("own_site") or not wanted:
        return None
    if any({"demo", "demo_site"} & set(item.fixturenames) or _flushes_the_database(item) for item in items):
        return None
    request.getfixturevalue("module_db")
    return make_site_tree()


@pytest.fixture(scope="module", autouse=True)
def shared_home(request, shared_site):
    """For a module marked `shared_home` (and `own_site`: its tests build their own sections on the home
    page): the home page alone, built once per module in module_db; the i18n fixtures add its translations
    once too (tests/i18n/conftest.py, translated_home)."""
    if shared_site is not None or request.node.get_closest_marker("shared_home") is None:
        return None
    assert not any(_flushes_the_database(item) for item in _module_items(request)), (
        "a shared_home module cannot hold transactional tests: they empty the database it is built in"
    )
    request.getfixturevalue("module_db")
    return make_home_page()


@pytest.fixture
def home_page(db, shared_site, shared_home):
    if shared_site:
        return fresh(shared_site.home)
    return fresh(shared_home) if shared_home else make_home_page()


@pytest.fixture
def blog_index(home_page, shared_site):
    return fresh(shared_site.blog_index) if shared_site else BlogIndexPageFactory(parent=home_page)


@pytest.fixture
def library(home_page, shared_site):
    return fresh(shared_site.library) if shared_site else ResourceLibraryPageFactory(parent=home_page)


@pytest.fixture
def glossary(home_page, shared_site):
    return fresh(shared_site.glossary) if shared_site else GlossaryPageFactory(parent=home_page)


def make_user(username: str, group: str | None = None, **extra):
    """A user with the test password, in one of the groups the data migrations create."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username=username, password="a-long-test-password", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return make_user("edna-editor", "Editors")


@pytest.fixture
def moderator(db):
    return make_user("moe-moderator", "Moderators")


@pytest.fixture
def translator(db):
    return make_user("tara-translator", "Translators")


@pytest.fixture
def superuser(db):
    return make_user("ada-admin", is_superuser=True, is_staff=True)
