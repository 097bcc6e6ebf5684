"""The engine switch in settings: database by default, OPENSEARCH_URL or ELASTICSEARCH_URL for an engine."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_BACKENDS = (
    "import json, decnet.settings.base as s; "
    "print(json.dumps({'backends': s.WAGTAILSEARCH_BACKENDS, 'fallback': s.SEARCH_FALLBACK_BACKEND}))"
)


def backends_with(**env: str) -> dict:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL", "SEARCH_INDEX_PREFIX", "DATABASE_URL"}
    }
    environment.update(env)
    output = subprocess.run(
        [sys.executable, "-c", PRINT_BACKENDS],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def test_database_backend_by_default():
    settings = backends_with(DATABASE_URL="sqlite:///:memory:")
    assert settings["backends"] == {
        "default": {"BACKEND": "search.backends.database", "ATOMIC_REBUILD": True}
    }


def test_postgresql_uses_the_accent_folding_configuration():
    settings = backends_with(DATABASE_URL="postgres://u:p@127.0.0.1:5432/x")
    assert settings["backends"]["default"]["SEARCH_CONFIG"] == "decnet_search"


@pytest.mark.parametrize(
    ("variable", "backend"),
    [
        ("OPENSEARCH_URL", "search.backends.opensearch2"),
        ("ELASTICSEARCH_URL", "search.backends.elasticsearch8"),
    ],
)
def test_an_engine_url_switches_engine_and_keeps_the_database_index(variable, backend):
    settings = backends_with(**{variable: "http://search.internal:9200", "SEARCH_INDEX_PREFIX": "site_"})
    default = settings["backends"]["default"]
    assert default["BACKEND"] == backend
    assert default["URLS"] == ["http://search.internal:9200"]
    assert default["INDEX_PREFIX"] == "site_"
    assert default["ATOMIC_REBUILD"] is True
    assert settings["fallback"] == "database"
    assert settings["backends"]["database"]["BACKEND"] == "search.backends.database"
    analyzer = default["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert "asciifolding" in analyzer["filter"]


@pytest.mark.parametrize("module", ["search.backends.opensearch2", "search.backends.elasticsearch8"])
def test_engine_backends_load_and_swap_the_alias_in_one_request(module):
    """Both engine backends build from settings (no connection is made) and use the alias-swapping rebuild
    (tests/search/test_update_index.py proves it on the real node)."""
    from wagtail.search.backends import get_search_backend

    from search.backends import AliasSwappingRebuilder

    backend = get_search_backend(module, URLS=["http://127.0.0.1:9"], ATOMIC_REBUILD=True)
    assert backend.rebuilder_class is AliasSwappingRebuilder
