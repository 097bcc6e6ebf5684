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
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
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
    fresh,
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


class _EngineIndex:
    """What the engine's index holds between tests. The database index rolls back with each test's
    transaction; the engine's does not, so it is emptied before each test, or, in a `shared_corpus` module,
    put back to the module's corpus when a test changed it (a save or delete of an indexed model, or a
    reindex)."""

    holds_shared_corpus = False
    changed = False

    @classmethod
    def note_change(cls, sender, **kwargs) -> None:
        if issubclass(sender, Page) or sender in _page_models():
            cls.changed = True


def _empty_engine(backend) -> None:
    backend.es.delete_by_query(
        index=backend.get_index_for_model(Page).name,
        body={"query": {"match_all": {}}},
        refresh=True,
        conflicts="proceed",
    )


@pytest.fixture(autouse=True)
def clean_search_state(search_engine_session, request):
    """Each test starts with the engine index holding only its own data (see _EngineIndex) and with no
    rate-limit counters or engine-down flag left in the cache."""
    cache.clear()
    shared = request.node.get_closest_marker("shared_corpus") is not None
    if search_engine_session is not None:
        if shared:
            if _EngineIndex.changed or not _EngineIndex.holds_shared_corpus:
                _empty_engine(search_engine_session)
                reindex_all()
        else:
            _empty_engine(search_engine_session)
        _EngineIndex.holds_shared_corpus = shared
        _EngineIndex.changed = False
        post_save.connect(_EngineIndex.note_change, dispatch_uid="search-tests-engine-changed")
        post_delete.connect(_EngineIndex.note_change, dispatch_uid="search-tests-engine-deleted")
    yield
    post_save.disconnect(dispatch_uid="search-tests-engine-changed")
    post_delete.disconnect(dispatch_uid="search-tests-engine-deleted")
    cache.clear()


def reindex_all() -> None:
    """(Re)index every page in every configured backend and refresh, so that what a test searches is exactly
    its own data."""
    for alias in django_settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        for model in _page_models():
            backend.add_bulk(model, list(model.get_indexed_objects()))
        backend.get_index_for_model(Page).refresh()


def searchable() -> None:
    """What the backends took is searched from now on: an engine shows it after a refresh (the database at
    once)."""
    for alias in django_settings.WAGTAILSEARCH_BACKENDS:
        get_search_backend(alias).get_index_for_model(Page).refresh()


@pytest.fixture
def reindex(db):
    """Call after creating a test's pages (`reindex_all`)."""

    def rebuild() -> None:
        _EngineIndex.changed = True
        reindex_all()

    return rebuild


def make_taxonomy() -> dict:
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


def make_corpus(tree, taxonomy: dict) -> dict:
    """A small site about decentralization: posts, knowledge products and glossary terms, all mentioning
    "governance", with known types, topics, countries and years."""
    blog_index, library, glossary, t = tree.blog_index, tree.library, tree.glossary, taxonomy
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
    return pages


@pytest.fixture(scope="module", autouse=True)
def shared_search_site(request, shared_site):
    """In a module marked `shared_corpus` (its tests only read the corpus): the taxonomy and the corpus on the
    module's shared site tree (tests/conftest.py, shared_site), built and indexed once, before any test's own
    transaction (module fixtures come first). None elsewhere."""
    if request.node.get_closest_marker("shared_corpus") is None:
        return None
    taxonomy = make_taxonomy()
    pages = make_corpus(shared_site, taxonomy)
    reindex_all()
    _EngineIndex.changed = True  # the engine's index is put back to exactly this corpus before the first test
    return SimpleNamespace(taxonomy=taxonomy, corpus=pages)


def _shared(request):
    """The module's shared corpus, or None when the module builds its own data per test."""
    return request.getfixturevalue("shared_search_site")


@pytest.fixture
def taxonomy(db, request):
    shared = _shared(request)
    return shared.taxonomy if shared else make_taxonomy()


@pytest.fixture
def corpus(blog_index, library, glossary, taxonomy, reindex, request):
    """The corpus (make_corpus), indexed: built for the test, or once for a `shared_corpus` module."""
    shared = _shared(request)
    if shared:
        return {name: fresh(page) for name, page in shared.corpus.items()}
    pages = make_corpus(SimpleNamespace(blog_index=blog_index, library=library, glossary=glossary), taxonomy)
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
