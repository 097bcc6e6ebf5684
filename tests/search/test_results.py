"""A page of results is described from what is kept per page until the next publish (search.results,
catalogue.facets): a warm search reads no page row, and an editor's change shows on the very next search."""

import datetime
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import BlogPostPageFactory

API = "/api/v1/search"


def _search(client, q: str) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(API, {"q": q})
    assert response.status_code == 200
    return json.loads(response.content), [query["sql"] for query in queries.captured_queries]


# A statement that reads pages by a list of their ids: the results' descriptions or their facts.
_BY_IDS = re.compile(r'(?:"wagtailcore_page"\."id"|"page_ptr_id") IN \(\d')


def _reads_page_rows(statements: list[str]) -> bool:
    return any(_BY_IDS.search(sql) for sql in statements)


def test_a_warm_search_reads_no_page_row_and_a_publish_shows_on_the_next(
    client, blog_index, taxonomy, reindex
):
    post = BlogPostPageFactory(
        parent=blog_index,
        title="Budget transfers to counties",
        date=datetime.date(2024, 5, 2),
        topics=[taxonomy["finance"]],
    )
    reindex()
    cold, cold_statements = _search(client, "budget")
    warm, warm_statements = _search(client, "budget")
    assert _reads_page_rows(cold_statements)
    assert not _reads_page_rows(warm_statements), warm_statements
    assert warm["results"] == cold["results"]
    assert [(r["title"], [t["slug"] for t in r["topics"]]) for r in warm["results"]] == [
        ("Budget transfers to counties", ["fiscal-decentralization"])
    ]

    post.title = "Budget transfers to counties and towns"
    post.topics.set([taxonomy["services"]])
    post.save_revision().publish()
    after, after_statements = _search(client, "budget")
    assert _reads_page_rows(after_statements)
    assert [(r["title"], [t["slug"] for t in r["topics"]]) for r in after["results"]] == [
        ("Budget transfers to counties and towns", ["service-delivery"])
    ]
