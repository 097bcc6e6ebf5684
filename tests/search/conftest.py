"""Search tests run against whatever engine is configured: the database backend (SQLite FTS5 or PostgreSQL,
from DATABASE_URL) or a real OpenSearch/Elasticsearch node (OPENSEARCH_URL / ELASTICSEARCH_URL).

With a real engine, the session gets its own index prefix (so it never touches a developer's index), the
page index is created with Wagtail's mappings, emptied before each test and deleted at the end. If the node
does not answer, the tests skip, except in CI (CI=true or CI_REQUIRE_SERVICES=true) where they fail.
"""

import datetime
import os
import urllib.error
import urllib.request
import uuid

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    GlossaryTermPageFactory,
    RegionFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    TopicFactory,
)

ENGINE_URL = os.environ.get("OPENSEARCH_URL") or os.environ.get("ELASTICSEARCH_URL") or ""
_TRUE = {"1", "true", "yes", "on"}
REQUIRE_SERVICES = (
    os.environ.get("CI_REQUIRE_SERVICES", "").lower() in _TRUE or os.environ.get("CI", "").lower() in _TRUE
)


def engine_in_use() -> str:
    """'database' or the engine backend's module name (opensearch2, elasticsearch8)."""
    return django_settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]


def _page_models() -> list[type[Page]]:
    return [model for model in get_indexed_models() if issubclass(model, Page)]


def _engine_answers(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/_cluster/health", timeout=5) as response:
            response.read()
        return None
    except (OSError, urllib.error.URLError) as error:
        return f"{type(error).__name__}: {error}"


@pytest.fixture(scope="session", autouse=True)
def search_engine_session(django_db_setup, django_db_blocker):
    """With a real engine: check it answers, give this session its own index prefix, create the page index."""
    if not ENGINE_URL:
        yield None
        return
    problem = _engine_answers(ENGINE_URL)
    if problem:
        message = f"search engine at {ENGINE_URL} does not answer ({problem})"
        if REQUIRE_SERVICES:
            pytest.fail(message + "; CI requires it", pytrace=False)
        pytest.skip(message)
    config = django_settings.WAGTAILSEARCH_BACKENDS["default"]
    original_prefix = config["INDEX_PREFIX"]
    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    config["INDEX_PREFIX"] = prefix
    backend = get_search_backend("default")
    index = backend.get_index_for_model(Page)
    index.reset()
    for model in _page_models():
        index.add_model(model)
    try:
        yield backend
    finally:
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)
        config["INDEX_PREFIX"] = original_prefix


@pytest.fixture(autouse=True)
def clean_search_state(search_engine_session):
    """Each test starts with an empty engine index (the database index rolls back with the test) and with
    no rate-limit counters or engine-down flag left in the cache."""
    cache.clear()
    if search_engine_session is not None:
        index = search_engine_session.get_index_for_model(Page)
        search_engine_session.es.delete_by_query(
            index=index.name, body={"query": {"match_all": {}}}, refresh=True, conflicts="proceed"
        )
    yield
    cache.clear()


@pytest.fixture
def reindex(db):
    """Call after creating a test's pages: (re)indexes every page in every configured backend and refreshes,
    so what the test searches is exactly its own data."""

    def rebuild() -> None:
        for alias in django_settings.WAGTAILSEARCH_BACKENDS:
            backend = get_search_backend(alias)
            for model in _page_models():
                backend.add_bulk(model, list(model.get_indexed_objects()))
            backend.get_index_for_model(Page).refresh()

    return rebuild


@pytest.fixture
def taxonomy(db):
    """Two regions, three countries, three topics: enough to filter and facet by each."""
    africa = RegionFactory(name="Africa", slug="africa")
    asia = RegionFactory(name="Asia", slug="asia")
    return {
        "africa": africa,
        "asia": asia,
        "kenya": CountryFactory(name="Kenya", code="KE", region=africa),
        "uganda": CountryFactory(name="Uganda", code="UG", region=africa),
        "nepal": CountryFactory(name="Nepal", code="NP", region=asia),
        "finance": TopicFactory(name="Fiscal decentralization", slug="fiscal-decentralization"),
        "services": TopicFactory(name="Service delivery", slug="service-delivery"),
        "elections": TopicFactory(name="Local elections", slug="local-elections"),
    }


@pytest.fixture
def corpus(blog_index, library, glossary, taxonomy, reindex):
    """A small site about decentralization: posts, knowledge products and glossary terms, all mentioning
    "governance", with known types, topics, countries and years; indexed."""
    t = taxonomy
    primer = ResourceTypeFactory(name="Primer", slug="primer")
    pages = {
        "term": GlossaryTermPageFactory(
            parent=glossary,
            title="Intergovernmental fiscal transfers",
            abbreviation="IGFT",
            synonyms="Grants to local governments; Fiscal transfers",
            definition="<p>Funds that one level of government passes to another, a core of local governance.</p>",  # noqa: E501
            topics=[t["finance"]],
        ),
        "decentralization": GlossaryTermPageFactory(
            parent=glossary,
            title="Decentralization",
            definition="<p>The transfer of powers and resources to local governments; it shapes governance.</p>",  # noqa: E501
            topics=[t["finance"], t["services"]],
        ),
        "kenya_post": BlogPostPageFactory(
            parent=blog_index,
            title="Devolution in Kenya, ten years on",
            summary="What county governance achieved since 2013.",
            date=datetime.date(2023, 3, 1),
            topics=[t["services"]],
            countries=[t["kenya"]],
        ),
        "uganda_post": BlogPostPageFactory(
            parent=blog_index,
            title="Local elections and governance in Uganda",
            summary="Turnout in district councils and what it says about governance.",
            date=datetime.date(2024, 6, 1),
            topics=[t["elections"]],
            countries=[t["uganda"]],
        ),
        "nepal_post": BlogPostPageFactory(
            parent=blog_index,
            title="Nepal's federal transition",
            summary="Municipal governance after the 2015 constitution, and intergovernmental fiscal transfers.",  # noqa: E501
            date=datetime.date(2024, 9, 1),
            topics=[t["finance"]],
            countries=[t["nepal"]],
        ),
        "framework": ResourcePageFactory(
            parent=library,
            title="Local Public Sector Country Assessment framework",
            summary="A framework to assess decentralization and local governance in a country.",
            publication_date=datetime.date(2022, 1, 15),
            resource_type=primer,
            topics=[t["finance"], t["services"]],
            countries=[t["kenya"], t["nepal"]],
        ),
        "primer": ResourcePageFactory(
            parent=library,
            title="A primer on multilevel governance",
            summary="Why tasks are shared between levels of government.",
            publication_date=datetime.date(2024, 2, 1),
            resource_type=primer,
            topics=[t["services"]],
        ),
    }
    reindex()
    return pages


@pytest.fixture
def french(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def bilingual(blog_index, french, reindex):
    """A post and its French translation, published and indexed: (English, French)."""
    english = BlogPostPageFactory(
        parent=blog_index, title="Budget support in Kenya", summary="Devolved funds."
    )
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Appui budgétaire au Kenya"
    translation.summary = "Fonds décentralisés."
    translation.save_revision().publish()
    reindex()
    return english, translation.specific
