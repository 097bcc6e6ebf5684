"""How many SQL queries a reader's warm request for a page runs (issue 18: at most 15 on every public page
type, whatever the amount of content)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Issue 18's ceiling for every public page type; each test states its page's own, lower, figure as well.
MAX_QUERIES_PER_PAGE = 15


def warm_queries(client, url: str, *, savepoints: bool = True) -> tuple[int, str]:
    """Queries of the second of two requests (the first warms renditions and the cached page chrome),
    and the page's HTML. The test client sends no User-Agent, so the view counter (impact), whose batched
    writes land on whichever request comes when a batch is due, stays out of the figure. ``savepoints``
    False: without the SAVEPOINT and RELEASE statements that the test's own transaction adds around each
    write (in production a write outside a transaction is one statement)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    statements = [query["sql"] for query in queries.captured_queries]
    if not savepoints:
        statements = [sql for sql in statements if "SAVEPOINT" not in sql]
    return len(statements), response.content.decode()
