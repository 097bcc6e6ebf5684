"""The reader-facing search page and the /healthz status endpoint.

The page parses the request with the same ``SearchParams`` as the API (leniently: a bad filter value is
dropped, never an error) and renders ``search.query.run_search``'s outcome.
"""

from functools import partial

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.models import Locale

from decnet import fragments
from search import engine, querylog, ratelimit
from search.api import absolute_url, api
from search.query import QUERY_MAX_LENGTH, parse_params, run_search
from search.text import search_terms, shorten
from traffic.visibility import public

# The page keeps this much of a query, cut at a word boundary (the API refuses longer queries: 400).
QUERY_DISPLAY_LENGTH = QUERY_MAX_LENGTH


def _glossary_url(request: HttpRequest) -> str:
    """The reference index offered beside search (the glossary: a ``decnet_reference_index`` hook), looked up
    once per publish (it was a twelfth of a no-results page's CPU)."""

    def find() -> str:
        for reference_index in hooks.get_hooks("decnet_reference_index"):
            page = public(reference_index().objects.live()).filter(locale=Locale.get_active()).first()
            if page is not None:
                return page.get_url(request) or ""
        return ""

    return fragments.chrome(request, "reference index url", find)


def _rate_limited(request: HttpRequest, wait: int) -> HttpResponse:
    response = render(request, "search/rate_limited.html", {"retry_after": wait}, status=429)
    response["Retry-After"] = str(wait)
    return response


def search_page(request: HttpRequest) -> HttpResponse:
    """/<lang>/search/: results with facets, or popular searches when there is no query yet."""
    wait = ratelimit.retry_after(request, "page")
    if wait is not None:
        return _rate_limited(request, wait)

    query, shortened = shorten(request.GET.get("q", ""), QUERY_DISPLAY_LENGTH)
    context = {
        "query": query,
        # Callables: the template only evaluates them on the empty and the no-results page.
        "popular_queries": partial(querylog.popular_queries, get_language()),
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
        # Logged under the page's language (the reader's), even when every language was searched.
        querylog.record_search(
            params.q,
            outcome.total,
            corrected=bool(outcome.corrected_query),
            language=get_language(),
            request=request,
        )

    paginator = Paginator(range(outcome.total), params.page_size)
    context.update(
        outcome=outcome,
        params=params,
        has_terms=bool(search_terms(query)),
        page_obj=paginator.page(params.page) if outcome.total else None,
        facet_groups=[group for group in outcome.facet_groups if group.buckets],
        # The query was too long: cut at a word boundary here, or past the words an engine is given.
        query_shortened=shortened or outcome.query_truncated,
        searched_words=" ".join(outcome.terms),
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


def _schema_type(schema: dict) -> str:
    """A JSON schema (of the OpenAPI document) in a few words: "string", "array of ResultOut", ..."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:  # an optional value: "null" says nothing more to a reader
        options = [option for option in schema["anyOf"] if option.get("type") != "null"]
        return " or ".join(_schema_type(option) for option in options)
    kind = schema.get("type", "object")
    if kind == "array":
        return f"array of {_schema_type(schema.get('items', {}))}"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"object: string → {_schema_type(schema['additionalProperties'])}"
    if schema.get("format"):
        return f"{kind} ({schema['format']})"
    return kind


def _parameter(parameter: dict) -> dict:
    schema = parameter.get("schema", {})
    options = [option for option in schema.get("anyOf", [schema]) if option.get("type") != "null"]
    values = [value for option in options for value in option.get("enum", [])]
    items = schema.get("items", {})
    return {
        "name": parameter["name"],
        "required": parameter.get("required", False),
        "type": _schema_type(schema),
        "values": values or items.get("enum", []),
        "pattern": next((option["pattern"] for option in [*options, items] if "pattern" in option), ""),
        "default": schema.get("default"),
        "description": parameter.get("description") or schema.get("description", ""),
    }


def api_docs(request: HttpRequest) -> HttpResponse:
    """/api/v1/docs: the search API explained for the developers of other sites, on the site itself (its
    CSS, no script, nothing from another host). Endpoints, parameters and fields are read from the OpenAPI
    document, so this page cannot drift from the API. In English, like the OpenAPI document."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        document = api.get_openapi_schema()
        endpoints = [
            {
                "method": method.upper(),
                "path": route,
                "anchor": operation.get("operationId", route),
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": [_parameter(parameter) for parameter in operation.get("parameters", [])],
                "responses": [
                    {
                        "status": status,
                        "description": answer.get("description", ""),
                        "type": _schema_type(
                            answer.get("content", {}).get("application/json", {}).get("schema", {})
                        ),
                    }
                    for status, answer in operation.get("responses", {}).items()
                ],
            }
            for route, methods in document["paths"].items()
            for method, operation in methods.items()
        ]
        schemas = [
            {
                "name": name,
                "fields": [
                    {
                        "name": field,
                        "type": _schema_type(spec),
                        "required": field in schema.get("required", []),
                        "description": spec.get("description", ""),
                    }
                    for field, spec in schema.get("properties", {}).items()
                ],
            }
            for name, schema in document.get("components", {}).get("schemas", {}).items()
        ]
        base = absolute_url(request, reverse("search-api:api-root"))
        context = {
            "document": document,
            "endpoints": endpoints,
            "schemas": schemas,
            "openapi_url": reverse("search-api:openapi-json"),
            "example_search": f"{base}search?q=fiscal+decentralization&lang=fr&type=resource&page_size=5",
            "example_suggest": f"{base}search/suggest?q=decentr",
            "cache_seconds": settings.SEARCH_API_CACHE_SECONDS,
            "rate_limit": settings.SEARCH_API_RATE_LIMIT,
        }
        response = render(request, "search/api_docs.html", context)
    response["Content-Language"] = language
    return response
