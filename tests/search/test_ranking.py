"""The relevance order after the engine (search.ranking) and the second try of a query that found nothing
(search.spelling); measured on the demo by tests/search/test_relevance_judged.py."""

from search.query import SearchParams, run_search
from search.ranking import TYPE_SHARE, WINDOW, balance_types
from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory, ResourcePageFactory


def test_page_one_is_balanced_across_types_while_other_types_wait():
    types = dict.fromkeys(range(1, 9), "glossary") | {20: "resource", 21: "resource", 30: "blog", 31: "blog"}
    ordered = balance_types([1, 2, 3, 4, 5, 6, 7, 8, 20, 30, 21, 31], types, keep=1)
    window = ordered[:WINDOW]
    assert ordered[0] == 1  # the kept exact match stays first
    assert [types[pk] for pk in window].count("glossary") == WINDOW - 4
    assert {20, 21, 30, 31} <= set(window)
    assert window[: TYPE_SHARE + 1] == [1, 2, 3, 20]  # the kept result counts towards its type's share
    assert sorted(ordered) == sorted(types)  # nothing lost, nothing repeated


def test_one_type_alone_keeps_its_order():
    types = dict.fromkeys(range(12), "glossary")
    assert balance_types(list(range(12)), types) == list(range(12))


def test_balance_does_not_depend_on_the_page_size(blog_index, library, glossary, reindex):
    for n in range(6):
        GlossaryTermPageFactory(parent=glossary, title=f"Fiscal term {n}", definition="<p>Fiscal rules.</p>")
    for n in range(3):
        BlogPostPageFactory(parent=blog_index, title=f"Post {n}", summary="A fiscal story.")
        ResourcePageFactory(parent=library, title=f"Product {n}", summary="A fiscal handbook.")
    reindex()
    everything = [r.title for r in run_search(SearchParams(q="fiscal", page_size=50)).results]
    pages = [
        r.title
        for page in (1, 2, 3)
        for r in run_search(SearchParams(q="fiscal", page_size=5, page=page)).results
    ]
    assert pages == everything
    first = [result.type for result in run_search(SearchParams(q="fiscal")).results]
    assert first[:TYPE_SHARE] == ["glossary"] * TYPE_SHARE  # every term's title matches, no other does
    assert first.count("blog") == 3 and first.count("resource") == 3


def test_a_query_that_finds_nothing_is_spelled_as_the_site_spells_it(blog_index, reindex, client):
    BlogPostPageFactory(parent=blog_index, title="Devolution in Kenya", summary="Counties and their budgets.")
    reindex()
    outcome = run_search(SearchParams(q="devolusion kenya"))
    assert [result.title for result in outcome.results] == ["Devolution in Kenya"]
    assert outcome.corrected_query == "devolution kenya"
    assert client.get("/api/v1/search", {"q": "devolusion"}).json()["corrected_query"] == "devolution"
    page = client.get("/en/search/", {"q": "devolusion"}).content.decode()
    assert 'id="search-corrected"' in page and "devolution" in page


def test_a_query_that_finds_something_is_never_respelled(blog_index, reindex):
    BlogPostPageFactory(parent=blog_index, title="Devolution in Kenya", summary="Devolusion is a typo here.")
    BlogPostPageFactory(parent=blog_index, title="Devolution in Nepal", summary="Provinces.")
    reindex()
    outcome = run_search(SearchParams(q="devolusion"))
    assert [result.title for result in outcome.results] == ["Devolution in Kenya"]
    assert outcome.corrected_query == ""


def test_nothing_close_stays_nothing(blog_index, reindex):
    BlogPostPageFactory(parent=blog_index, title="Devolution in Kenya", summary="Counties.")
    reindex()
    outcome = run_search(SearchParams(q="zanzibar"))
    assert outcome.total == 0 and outcome.corrected_query == ""


def test_a_term_named_by_its_abbreviation_or_a_synonym_also_finds_its_name(
    blog_index, library, glossary, reindex, client
):
    """ "OSR" raises the card of "Own-source revenue"; the posts and products about it spell the name out, and
    come after the query's own matches."""
    GlossaryTermPageFactory(
        parent=glossary,
        title="Own-source revenue",
        abbreviation="OSR",
        synonyms="local revenue; own revenue",
        definition="<p>Taxes and fees a local government raises itself.</p>",
    )
    ResourcePageFactory(parent=library, title="OSR dataset", summary="Figures by country.")
    BlogPostPageFactory(
        parent=blog_index, title="Own-source revenue in East Africa", summary="Councils raise revenue."
    )
    BlogPostPageFactory(parent=blog_index, title="Village roads", summary="Gravel and bridges.")
    reindex()
    outcome = run_search(SearchParams(q="OSR"))
    assert outcome.glossary_match.term == "Own-source revenue"
    assert [r.title for r in outcome.results] == [
        "Own-source revenue",
        "OSR dataset",
        "Own-source revenue in East Africa",
    ]
    assert outcome.total == 3 and outcome.facets["type"]  # counted like any other match
    assert "<mark>revenue</mark>" in outcome.results[2].snippet  # the name's words are highlighted too
    synonym = run_search(SearchParams(q="local revenue"))
    assert {r.title for r in synonym.results} == {"Own-source revenue", "Own-source revenue in East Africa"}
    # The API answers the same; the name itself is searched once, as typed.
    assert [r["title"] for r in client.get("/api/v1/search", {"q": "osr"}).json()["results"]][2] == (
        "Own-source revenue in East Africa"
    )
    named = run_search(SearchParams(q="own-source revenue"))
    assert {r.title for r in named.results} == {"Own-source revenue", "Own-source revenue in East Africa"}


def test_without_a_definition_card_nothing_else_is_searched(blog_index, glossary, reindex):
    GlossaryTermPageFactory(parent=glossary, title="Own-source revenue", abbreviation="OSR")
    BlogPostPageFactory(parent=blog_index, title="Revenue of councils", summary="OSRs and grants compared.")
    reindex()
    outcome = run_search(SearchParams(q="councils"))
    assert outcome.glossary_match is None
    assert [r.title for r in outcome.results] == ["Revenue of councils"]
