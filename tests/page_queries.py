"""How many SQL queries a reader's warm request for a page runs (issue 18: at most 15 on every public page
type, whatever the amount of content)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Issue 18's ceiling for every public page type; each test states its page's own, lower, figure as well.
MAX_QUERIES_PER_PAGE = 15


def warm_queries(client, url: str) -> tuple[int, str]:
    """Queries of the second of two requests (the first warms renditions and the cached page chrome),
    and the page's HTML. The test client sends no User-Agent, so the view counter (impact), whose batched
    writes land on whichever request comes when a batch is due, stays out of the figure."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response.content.decode()
