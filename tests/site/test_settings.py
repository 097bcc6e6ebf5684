"""Settings are declared, not assembled: one ordered literal each for the apps and the middleware, and a
production module that holds only what differs from base."""

import ast
import importlib
import sys
from pathlib import Path

import pytest

SETTINGS = Path(__file__).resolve().parents[2] / "site" / "settings"
DECLARED = {"MIDDLEWARE", "INSTALLED_APPS"}


def _base_tree():
    return ast.parse((SETTINGS / "base.py").read_text())


@pytest.mark.parametrize("module", sorted(p.name for p in SETTINGS.glob("*.py")))
def test_apps_and_middleware_are_never_edited_in_place(module):
    tree = ast.parse((SETTINGS / module).read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            assert node.target.id not in DECLARED, f"{module}:{node.lineno} uses += on {node.target.id}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in DECLARED:
                raise AssertionError(f"{module}:{node.lineno} calls {owner.id}.{node.func.attr}()")


def _literal(name):
    for node in _base_tree().body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]:
            return node
    raise AssertionError(f"{name} is not assigned once at the top of base.py")


def test_installed_apps_is_one_literal_with_one_comment_per_entry():
    node = _literal("INSTALLED_APPS")
    assert isinstance(node.value, ast.List)
    lines = (SETTINGS / "base.py").read_text().splitlines()
    for element in node.value.elts:
        assert isinstance(element, ast.Constant)
        assert "  # " in lines[element.lineno - 1], f"no comment for {element.value}"


def test_middleware_is_one_literal_with_one_comment_per_entry():
    function = next(n for n in _base_tree().body if isinstance(n, ast.FunctionDef) and n.name == "middleware")
    returned = function.body[-1].value
    assert isinstance(returned, ast.List)
    lines = (SETTINGS / "base.py").read_text().splitlines()
    for element in returned.elts:
        assert lines[element.lineno - 2].strip().startswith("#"), f"no comment above line {element.lineno}"


def test_middleware_order(settings):
    from decnet.settings.base import middleware

    order = settings.MIDDLEWARE
    assert order == middleware()
    assert order[0] == "hardening.middleware.RequestLogMiddleware"
    assert order[-1] == "axes.middleware.AxesMiddleware"
    security = order.index("django.middleware.security.SecurityMiddleware")
    assert order[security + 1] == "hardening.middleware.SecurityHeadersMiddleware"
    assert order.index("impact.middleware.ImpactMiddleware") > order.index(
        "django.contrib.auth.middleware.AuthenticationMiddleware"
    )
    assert "django.middleware.gzip.GZipMiddleware" not in order


@pytest.fixture
def production(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "production-test-key-" + "x" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "decentralization.net")
    monkeypatch.delitem(sys.modules, "decnet.settings.production", raising=False)
    module = importlib.import_module("decnet.settings.production")
    yield module
    sys.modules.pop("decnet.settings.production", None)


def test_production_adds_gzip_after_the_request_log(production):
    from decnet.settings.base import middleware

    assert production.MIDDLEWARE[1] == "django.middleware.gzip.GZipMiddleware"
    assert [m for m in production.MIDDLEWARE if "gzip" not in m] == middleware()


def test_production_holds_only_what_differs_from_base(production):
    base = importlib.import_module("decnet.settings.base")
    tree = ast.parse((SETTINGS / "production.py").read_text())
    assigned = [
        t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
    ]
    assert assigned, "production.py assigns nothing?"
    same = [
        name for name in assigned if hasattr(base, name) and getattr(base, name) == getattr(production, name)
    ]
    assert same == []


@pytest.mark.parametrize("variable", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(monkeypatch, variable):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("SECRET_KEY", "production-test-key-" + "x" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "decentralization.net")
    monkeypatch.delenv(variable)
    monkeypatch.delitem(sys.modules, "decnet.settings.production", raising=False)
    try:
        with pytest.raises(ImproperlyConfigured, match=variable):
            importlib.import_module("decnet.settings.production")
    finally:
        sys.modules.pop("decnet.settings.production", None)


def test_production_keeps_each_workers_database_connection(production, monkeypatch):
    """A connection per request (connect, pragmas, schema read, statements prepared again) was half of a
    simple page's CPU; production keeps it, checked before reuse, unless DB_CONN_MAX_AGE says otherwise."""
    base = importlib.import_module("decnet.settings.base")
    kept = production.DATABASES["default"]
    assert kept["CONN_MAX_AGE"] == 60 and kept["CONN_HEALTH_CHECKS"] is True
    assert base.DATABASES["default"]["CONN_MAX_AGE"] == 0  # base (and so tests, development) left alone
    monkeypatch.setenv("DB_CONN_MAX_AGE", "0")
    sys.modules.pop("decnet.settings.production", None)
    assert importlib.import_module("decnet.settings.production").DATABASES["default"]["CONN_MAX_AGE"] == 0


def _database_options(monkeypatch, url: str, **env: str) -> dict:
    """The database OPTIONS base settings give for ``url`` and ``env``; the loaded settings module is put
    back after the test (monkeypatch restores what it replaced, in reverse order)."""
    import decnet.settings

    monkeypatch.setitem(sys.modules, "decnet.settings.base", sys.modules["decnet.settings.base"])
    monkeypatch.setattr(decnet.settings, "base", decnet.settings.base)
    monkeypatch.setenv("DATABASE_URL", url)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    del sys.modules["decnet.settings.base"]
    return importlib.import_module("decnet.settings.base").DATABASES["default"].get("OPTIONS", {})


def test_postgres_sessions_price_random_reads_for_memory_and_ssd(monkeypatch):
    """At PostgreSQL's default (4) a broad search scanned the whole index table instead of its GIN index."""
    url = "postgres://decnet:secret@db.example:5432/decnet"
    assert _database_options(monkeypatch, url)["options"] == "-c random_page_cost=1.1"
    assert _database_options(monkeypatch, url, POSTGRES_RANDOM_PAGE_COST="2")["options"] == (
        "-c random_page_cost=2.0"
    )
    assert "options" not in _database_options(monkeypatch, url, POSTGRES_RANDOM_PAGE_COST="")
    assert "options" not in _database_options(monkeypatch, "sqlite:////tmp/decnet.sqlite3")
    # Options the address carries (e.g. a schema) are kept, the price added after them.
    assert _database_options(
        monkeypatch, f"{url}?options=-c%20search_path%3Dsite", POSTGRES_RANDOM_PAGE_COST="1.1"
    )["options"] == ("-c search_path=site -c random_page_cost=1.1")


def test_reading_other_database_settings_leaves_the_loaded_ones(monkeypatch):
    import decnet.settings

    loaded = sys.modules["decnet.settings.base"]
    with monkeypatch.context() as patched:
        _database_options(patched, "postgres://decnet:secret@db.example:5432/decnet")
        assert sys.modules["decnet.settings.base"] is not loaded
    assert sys.modules["decnet.settings.base"] is loaded and decnet.settings.base is loaded


def test_the_postgres_connection_uses_the_setting(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == 1.1
