"""Pagination is stable: across all pages, every result appears exactly once."""

import datetime

import pytest

from search.query import SearchParams, run_search
from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory

RESULTS = 23


@pytest.fixture
def many_budget_pages(blog_index, glossary, reindex):
    for n in range(RESULTS - 3):
        # Identical texts give identical scores: the order between them must still be stable.
        BlogPostPageFactory(
            parent=blog_index,
            title=f"Notes {n}",
            summary="Municipal budget notes.",
            date=datetime.date(2020 + n % 5, 1, 1),
        )
    for n in range(3):
        GlossaryTermPageFactory(
            parent=glossary, title=f"Budget term {n}", definition="<p>About a budget.</p>"
        )
    BlogPostPageFactory(parent=blog_index, title="Unrelated", summary="Nothing to see.")
    reindex()


def test_pages_partition_the_results(many_budget_pages):
    for sort in ("relevance", "newest"):
        for page_size in (1, 5, 10, 50):
            first = run_search(SearchParams(q="budget", sort=sort, page_size=page_size))
            assert first.total == RESULTS
            seen: list[int] = []
            for number in range(1, first.num_pages + 1):
                outcome = run_search(SearchParams(q="budget", sort=sort, page_size=page_size, page=number))
                assert outcome.total == RESULTS
                seen.extend(result.pk for result in outcome.results)
            assert len(seen) == RESULTS == len(set(seen)), (sort, page_size)

    # The same request twice gives the same order; a page past the end is empty, not an error.
    orders = {
        tuple(r.pk for r in run_search(SearchParams(q="budget", page_size=50)).results) for _ in range(3)
    }
    assert len(orders) == 1
    past_the_end = run_search(SearchParams(q="budget", page=999_999))
    assert past_the_end.results == [] and past_the_end.total == RESULTS
