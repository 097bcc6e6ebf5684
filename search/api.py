"""Public JSON search API (django-ninja): /api/v1/search, /api/v1/search/suggest, /api/v1/openapi.json.

Parameters are validated by ``search.query.SearchParams`` (the same model the HTML page uses) and the query
runs through ``search.query.run_search``; this module only maps outcomes and errors to JSON. Every invalid
request answers 400 ``{"error": {"code", "message", "field"}}`` (ninja's own default is 422).
"""

import datetime
import threading
from functools import wraps
from typing import Annotated

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError, Throttled, ValidationError
from ninja.throttling import BaseThrottle
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from search import querylog, ratelimit
from search.query import QUERY_MAX_LENGTH, Language, SearchParams, run_search, suggest

API_DESCRIPTION = """
Search the knowledge of the Local Public Sector Alliance on Decentralization.Net: blog posts, knowledge
products, glossary terms and pages. Only published, public pages are searched, in the site's main language
unless `lang` says otherwise. Invalid parameters answer 400 with `{"error": {"code", "message", "field"}}`;
each client IP may make a limited number of requests a minute (429 with `Retry-After` beyond it).
GET requests are allowed from any origin (CORS).
"""


class ErrorDetail(Schema):
    code: str = Field(description="Machine-readable reason, e.g. invalid_parameter, missing_parameter.")
    message: str
    field: str | None = Field(None, description="The query parameter at fault, if any.")


class ErrorOut(Schema):
    error: ErrorDetail


class TopicOut(Schema):
    slug: str
    name: str


class ResultOut(Schema):
    title: str
    url: str = Field(description="Absolute URL of the page.")
    type: str = Field(description="The kind of page: blog, resource, glossary or page.")
    summary: str = Field(description="Plain-text summary.")
    snippet: str = Field(
        description="HTML: an escaped excerpt in which the matched words are wrapped in <mark> elements."
    )
    date: datetime.date | None
    locale: str = Field(description="Language code of the page.")
    topics: list[TopicOut]


class GlossaryMatchOut(Schema):
    term: str
    definition: str = Field(description="Plain-text short definition.")
    url: str


class SearchOut(Schema):
    query: str
    total: int = Field(description="Number of matching results (all pages).")
    page: int
    page_size: int
    degraded: bool = Field(description="True when the search engine is down and a simpler index answered.")
    results: list[ResultOut]
    facets: dict[str, dict[str, int]] = Field(
        description="For each facet (type, topic, region, country, year): value -> number of results that "
        "choosing it gives (with the other filters applied)."
    )
    glossary_match: GlossaryMatchOut | None = Field(
        description="The glossary term whose name, abbreviation or synonym is exactly the query."
    )


class SuggestionOut(Schema):
    title: str
    url: str
    type: str


class SuggestParams(BaseModel):
    model_config = ConfigDict(extra="ignore")

    q: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=QUERY_MAX_LENGTH)] = (
        Field(description="The beginning of a title or glossary term (1–200 characters).")
    )
    lang: Language | None = Field(
        None, description="Language code, or 'all'. Default: the site's main language."
    )


class _ClientIPThrottle(BaseThrottle):
    """Applies ``SEARCH_API_RATE_LIMIT`` per client IP (shared counter for all API endpoints)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def allow_request(self, request: HttpRequest) -> bool:
        self._local.wait = ratelimit.retry_after(request, "api")
        return self._local.wait is None

    def wait(self) -> int | None:
        return getattr(self._local, "wait", None)


api = NinjaAPI(
    title="Decentralization.Net search API",
    version="1",
    description=API_DESCRIPTION,
    urls_namespace="search-api",
    openapi_url="/openapi.json",
    docs_url=None,
    throttle=_ClientIPThrottle(),
)


def error_response(request: HttpRequest, status: int, code: str, message: str, field: str | None = None):
    return api.create_response(
        request, {"error": {"code": code, "message": message, "field": field}}, status=status
    )


@api.exception_handler(ValidationError)
def _invalid_parameters(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    problem = exc.errors[0] if exc.errors else {}
    # ninja locates errors as ("query", "q") or ("query", "params", "type", 0): keep the parameter's name.
    location = [
        part for part in problem.get("loc", ()) if isinstance(part, str) and part not in ("query", "params")
    ]
    field = location[0] if location else None
    code = "missing_parameter" if problem.get("type") == "missing" else "invalid_parameter"
    message = problem.get("msg", "Invalid parameter.")
    if field:
        message = f"{field}: {message}"
    return error_response(request, 400, code, message, field)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc, Throttled):
        response = error_response(request, 429, "rate_limited", "Too many requests; retry later.")
        response["Retry-After"] = str(exc.wait or 60)
        return response
    return error_response(request, exc.status_code, "error", str(exc))


@api.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut, 429: ErrorOut},
    summary="Search pages",
    description="Full-text search with filters, facet counts, pagination and a glossary match.",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    outcome = run_search(params, request)
    if params.page == 1:
        querylog.record_search(params.q, outcome.total)
    match = outcome.glossary_match
    return {
        "query": params.q,
        "total": outcome.total,
        "page": params.page,
        "page_size": params.page_size,
        "degraded": outcome.degraded,
        "results": [
            {
                "title": result.title,
                "url": result.page.get_full_url(request) or result.url,
                "type": result.type,
                "summary": result.summary,
                "snippet": result.snippet,
                "date": result.date,
                "locale": result.locale,
                "topics": [{"slug": topic.slug, "name": topic.name} for topic in result.topics],
            }
            for result in outcome.results
        ],
        "facets": outcome.facet_counts,
        "glossary_match": (
            {
                "term": match.term,
                "definition": match.definition,
                "url": match.page.get_full_url(request) or match.url,
            }
            if match
            else None
        ),
    }


@api.get(
    "/search/suggest",
    response={200: list[SuggestionOut], 400: ErrorOut, 429: ErrorOut},
    summary="Suggest pages as the reader types",
    description="Up to 10 pages whose title (or glossary abbreviation) starts with the words typed. "
    "The header X-Search-Degraded: true says the search engine is down and a simpler index answered.",
)
def search_suggest(request: HttpRequest, params: Query[SuggestParams]):
    suggestions, degraded = suggest(params.q, params.lang, request)
    response = api.create_response(
        request, [{"title": s.title, "url": s.url, "type": s.type} for s in suggestions], status=200
    )
    if degraded:
        response["X-Search-Degraded"] = "true"
    return response


def _allow_any_origin(view):
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "Retry-After, X-Search-Degraded"
        return response

    return wrapped


def urlpatterns() -> tuple[list, str]:
    """The API's URL patterns and app name, for ``include()`` under ``api/v1/``; every view answers GET from
    any origin (CORS). Include them with ``namespace="search-api"``."""
    patterns, app_name, _namespace = api.urls
    wrapped = [
        path(str(p.pattern), _allow_any_origin(p.callback), name=p.name) if isinstance(p, URLPattern) else p
        for p in patterns
    ]
    return wrapped, app_name
