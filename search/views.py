"""The reader-facing search page and the /healthz status endpoint.

The page parses the request with the same ``SearchParams`` as the API (leniently: a bad filter value is
dropped, never an error) and renders ``search.query.run_search``'s outcome.
"""

from functools import partial

from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.models import Locale

from search import engine, querylog, ratelimit
from search.query import parse_params, run_search
from search.text import search_terms

QUERY_DISPLAY_LENGTH = 200


def _glossary_url(request: HttpRequest) -> str:
    """The reference index offered beside search (the glossary: a ``decnet_reference_index`` hook)."""
    for reference_index in hooks.get_hooks("decnet_reference_index"):
        page = reference_index().objects.live().public().filter(locale=Locale.get_active()).first()
        if page is not None:
            return page.get_url(request) or ""
    return ""


def _rate_limited(request: HttpRequest, wait: int) -> HttpResponse:
    response = render(request, "search/rate_limited.html", {"retry_after": wait}, status=429)
    response["Retry-After"] = str(wait)
    return response


def search_page(request: HttpRequest) -> HttpResponse:
    """/<lang>/search/: results with facets, or popular searches when there is no query yet."""
    wait = ratelimit.retry_after(request, "page")
    if wait is not None:
        return _rate_limited(request, wait)

    query = request.GET.get("q", "").strip()[:QUERY_DISPLAY_LENGTH]
    context = {
        "query": query,
        # Callables: the template only evaluates them on the empty and the no-results page.
        "popular_queries": querylog.popular_queries,
        "glossary_url": partial(_glossary_url, request),
        "all_languages": request.GET.get("lang") == "all",
    }
    if not query:
        return render(request, "search/search_page.html", context)

    params = parse_params(request.GET, lenient=True)
    params = params.model_copy(update={"lang": "all" if params.lang == "all" else get_language()})
    outcome = run_search(params, request)
    if outcome.total and params.page > outcome.num_pages:
        params = params.model_copy(update={"page": outcome.num_pages})
        outcome = run_search(params, request)
    if params.page == 1:
        querylog.record_search(params.q, outcome.total)

    paginator = Paginator(range(outcome.total), params.page_size)
    context.update(
        outcome=outcome,
        params=params,
        has_terms=bool(search_terms(query)),
        page_obj=paginator.page(params.page) if outcome.total else None,
        facet_groups=[group for group in outcome.facet_groups if group.buckets],
    )
    return render(request, "search/search_page.html", context)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Status of the database and of the search engine: 200 when both answer, 503 otherwise."""
    database = {"status": "ok", "vendor": connection.vendor}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001 - reported, not raised
        database.update(status="error", error=type(error).__name__)
    search = engine.check_engine()
    healthy = database["status"] == "ok" and search["status"] == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", "database": database, "search": search},
        status=200 if healthy else 503,
    )
