"""Relevance, on whichever engine is configured (database on SQLite/PostgreSQL, or OpenSearch)."""

import datetime

from search.query import SearchParams, run_search
from tests.factories import (
    BlogPostPageFactory,
    PersonFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    StandardPageFactory,
    add_author,
)


def titles(q: str, **params) -> list[str]:
    return [result.title for result in run_search(SearchParams(q=q, **params)).results]


def test_title_match_ranks_above_body_mentions(blog_index, library, reindex):
    for n in range(3):
        BlogPostPageFactory(
            parent=blog_index,
            title=f"Annual review {n}",
            summary="Participatory budgeting came up again, as participatory budgeting does every year.",
        )
    ResourcePageFactory(
        parent=library, title="Participatory budgeting", summary="How citizens decide on part of a budget."
    )
    reindex()
    found = titles("participatory budgeting")
    assert found[0] == "Participatory budgeting"
    assert len(found) == 4


def test_glossary_term_query_returns_the_term_page_first(corpus):
    assert titles("Decentralization")[0] == "Decentralization"
    assert titles("intergovernmental fiscal transfers")[0] == "Intergovernmental fiscal transfers"


def test_abbreviation_finds_its_term(corpus):
    outcome = run_search(SearchParams(q="IGFT"))
    found = [result.title for result in outcome.results]
    assert found[0] == "Intergovernmental fiscal transfers"
    assert outcome.glossary_match.term == "Intergovernmental fiscal transfers"
    # Only the term spells "IGFT"; the pages that spell its name out come after it (search.query._named_term).
    assert set(found) == set(titles("intergovernmental fiscal transfers"))


def test_synonym_finds_its_term(corpus):
    assert titles("grants to local governments")[0] == "Intergovernmental fiscal transfers"


def test_matching_ignores_accents(home_page, blog_index, reindex):
    BlogPostPageFactory(parent=blog_index, title="Décentralisation budgétaire au Sénégal", summary="Étude.")
    StandardPageFactory(parent=home_page, title="Decentralisation policy", introduction="Plain ASCII.")
    reindex()
    assert titles("decentralisation budgetaire") == ["Décentralisation budgétaire au Sénégal"]
    assert titles("senegal") == ["Décentralisation budgétaire au Sénégal"]
    assert sorted(titles("décentralisation")) == [
        "Decentralisation policy",
        "Décentralisation budgétaire au Sénégal",
    ]


def test_related_names_are_searchable(blog_index, library, taxonomy, reindex):
    """Authors', topics', countries' and resource types' names are indexed through related fields."""
    post = BlogPostPageFactory(
        parent=blog_index,
        title="A post",
        summary="Nothing else to find here.",
        topics=[taxonomy["elections"]],
        countries=[taxonomy["nepal"]],
    )
    add_author(post, PersonFactory(name="Wanjiru Kamau"))
    ResourcePageFactory(
        parent=library,
        title="A product",
        summary="Nothing either.",
        resource_type=ResourceTypeFactory(name="Assessment framework"),
    )
    reindex()
    assert titles("Wanjiru Kamau") == ["A post"]
    assert titles("local elections") == ["A post"]
    assert titles("Nepal") == ["A post"]
    assert titles("assessment framework") == ["A product"]


def test_drafts_and_private_pages_are_not_found(blog_index, reindex):
    from wagtail.models import PageViewRestriction

    BlogPostPageFactory(parent=blog_index, title="Draft about budgets", live=False)
    private = BlogPostPageFactory(parent=blog_index, title="Private budgets note")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    BlogPostPageFactory(parent=blog_index, title="Public budgets post", date=datetime.date(2024, 1, 1))
    reindex()
    assert titles("budgets") == ["Public budgets post"]


def test_glossary_term_is_indexed_for_engine_side_filters(corpus, taxonomy):
    """The FilterFields inside RelatedFields let Wagtail filter by topic slug in the engine itself."""
    from glossary.models import GlossaryTermPage
    from search.engine import backend_for

    terms = GlossaryTermPage.objects.live().filter(topics__slug="service-delivery")
    found = backend_for("default").search("governance", terms, operator="and")
    assert [page.title for page in found] == ["Decentralization"]


def test_unrelated_query_finds_nothing(corpus):
    assert titles("zanzibar") == []
