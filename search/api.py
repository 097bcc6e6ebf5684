"""Public JSON search API (django-ninja): /api/v1/search, /api/v1/search/suggest, /api/v1/openapi.json.

Parameters are validated by ``search.query.SearchParams`` (the same model the HTML page uses) and the query
runs through ``search.query.run_search``; this module only maps outcomes and errors to JSON. Every invalid
request answers 400 ``{"error": {"code", "message", "field"}}`` (ninja's own default is 422).
"""

import datetime
import threading
from functools import wraps
from typing import Annotated
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.utils import translation
from django.utils.cache import get_conditional_response, set_response_etag
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError, Throttled, ValidationError
from ninja.throttling import BaseThrottle
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from search import querylog, ratelimit
from search.query import QUERY_MAX_LENGTH, Language, SearchParams, run_search, suggest
from search.text import MAX_TERM_LENGTH, MAX_TERMS

API_DESCRIPTION = """
Search the knowledge of the Local Public Sector Alliance on Decentralization.Net: blog posts, knowledge
products, glossary terms and pages. Only published, public pages are searched, in the site's main language
unless `lang` says otherwise. Invalid parameters answer 400 with `{"error": {"code", "message", "field"}}`;
each client IP may make a limited number of requests a minute (429 with `Retry-After` beyond it).
GET requests are allowed from any origin (CORS). Successful answers carry `Cache-Control` and an `ETag`;
send it back in `If-None-Match` to get `304 Not Modified`. Human-readable documentation: [/api/v1/docs](docs).
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
    url: str = Field(description="Absolute URL of the page, on the host the request was made to.")
    type: str = Field(description="The kind of page: blog, resource, glossary or page.")
    summary: str = Field(description="Plain-text summary.")
    snippet: str = Field(
        description="HTML: an escaped excerpt in which the matched words are wrapped in <mark> elements."
    )
    date: datetime.date | None
    locale: str = Field(description="Language code of the page.")
    topics: list[TopicOut]
    promoted: bool = Field(
        description="True when the site's editors recommend this page for the query (it is listed first)."
    )


class GlossaryMatchOut(Schema):
    term: str
    definition: str = Field(description="Plain-text short definition.")
    url: str = Field(description="Absolute URL of the term's page.")


class OtherLanguageOut(Schema):
    lang: str = Field(description="Language code, a value of the `lang` parameter.")
    name: str = Field(description="The language's own name, e.g. Français.")
    total: int = Field(description="Number of pages of that language matching the query (no filters).")
    url: str = Field(description="Absolute URL of the site's search page of that language for the query.")


class SearchOut(Schema):
    query: str
    query_truncated: bool = Field(
        description=f"True when only the first {MAX_TERMS} words of the query were searched for (or a "
        f"word was cut to {MAX_TERM_LENGTH} characters)."
    )
    corrected_query: str = Field(
        "",
        description="Nothing matched the query as typed: the words searched for instead, spelled as the "
        "site spells them (e.g. 'devolution' for 'devolusion'); empty otherwise.",
    )
    total: int = Field(description="Number of matching results (all pages).")
    page: int
    page_size: int
    degraded: bool = Field(description="True when the search engine is down and a simpler index answered.")
    results: list[ResultOut]
    facets: dict[str, dict[str, int]] = Field(
        description="For each facet (type, topic, region, country, year): value -> number of results that "
        "choosing it gives (with the other filters applied)."
    )
    facet_labels: dict[str, dict[str, str]] = Field(
        description="For each facet of `facets`: value -> its name in the language of `lang` (the site's "
        "main language for 'all'), e.g. country code -> country name. Same keys as `facets`."
    )
    glossary_match: GlossaryMatchOut | None = Field(
        description="The glossary term whose name, abbreviation or synonym is exactly the query (or, when "
        "the query is a term's name in another language, that term in the language of `lang`)."
    )
    other_languages: list[OtherLanguageOut] = Field(
        description="The other languages whose pages match the query, with their number of matches; empty "
        "when none do, or when `lang` is 'all'. Search again with that `lang` to see them."
    )


class SuggestionOut(Schema):
    title: str
    url: str = Field(description="Absolute URL of the page.")
    type: str


class SuggestParams(BaseModel):
    model_config = ConfigDict(extra="ignore")

    q: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=QUERY_MAX_LENGTH)] = (
        Field(description="The beginning of a title or glossary term (1–200 characters).", pattern=r"\S")
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
    # The human-readable documentation served by the site (search.views.api_docs); a relative reference,
    # resolved against this document's own URL (/api/v1/openapi.json -> /api/v1/docs).
    openapi_extra={"externalDocs": {"description": "Documentation of the search API", "url": "docs"}},
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


def absolute_url(request: HttpRequest, url: str) -> str:
    """``url`` (a path, or already absolute) as an absolute URL: on ``PUBLIC_BASE_URL`` when it is set (the
    address other sites should link to, behind a proxy), else on the host and scheme of the request."""
    if not url or urlsplit(url).scheme:
        return url
    base = settings.PUBLIC_BASE_URL
    if base:
        return f"{base.rstrip('/')}/{url.lstrip('/')}"
    return request.build_absolute_uri(url)


def _labels_language(lang: str | None) -> str:
    """The language facet labels and type names are given in: ``lang``, or the main language for all/none."""
    return settings.LANGUAGE_CODE if lang in (None, "all") else lang


@api.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut, 429: ErrorOut},
    summary="Search pages",
    description="Full-text search with filters, facet counts (and their labels), pagination and a glossary "
    "match.",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    with translation.override(_labels_language(params.lang)):
        outcome = run_search(params, request)
        facet_labels = outcome.facet_labels
    if params.page == 1:
        querylog.record_search(
            params.q,
            outcome.total,
            corrected=bool(outcome.corrected_query),
            language=params.lang or settings.LANGUAGE_CODE,
            request=request,
        )
    match = outcome.glossary_match
    return {
        "query": params.q,
        "query_truncated": outcome.query_truncated,
        "corrected_query": outcome.corrected_query,
        "total": outcome.total,
        "page": params.page,
        "page_size": params.page_size,
        "degraded": outcome.degraded,
        "results": [
            {
                "title": result.title,
                "url": absolute_url(request, result.url),
                "type": result.type,
                "summary": result.summary,
                "snippet": result.snippet,
                "date": result.date,
                "locale": result.locale,
                "topics": [{"slug": topic.slug, "name": topic.name} for topic in result.topics],
                "promoted": result.promoted,
            }
            for result in outcome.results
        ],
        "facets": outcome.facet_counts,
        "facet_labels": facet_labels,
        "glossary_match": (
            {"term": match.term, "definition": match.definition, "url": absolute_url(request, match.url)}
            if match
            else None
        ),
        "other_languages": [
            {
                "lang": other.code,
                "name": other.name,
                "total": other.total,
                "url": absolute_url(request, other.url),
            }
            for other in outcome.other_languages
        ],
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
        request,
        [{"title": s.title, "url": absolute_url(request, s.url), "type": s.type} for s in suggestions],
        status=200,
    )
    if degraded:
        response["X-Search-Degraded"] = "true"
    return response


def _public_get(view):
    """GET from any origin (CORS); a successful answer is cacheable by browsers and proxies for
    ``SEARCH_API_CACHE_SECONDS`` and carries an ``ETag``, so a client that sends it back in ``If-None-Match``
    gets ``304 Not Modified`` without the body. Errors (4xx) are never cached. The view (and so the rate
    limit) runs for every request, conditional or not."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return response
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "Retry-After, X-Search-Degraded, ETag"
        if response.status_code != 200:
            response["Cache-Control"] = "no-store"
            return response
        response["Cache-Control"] = f"public, max-age={settings.SEARCH_API_CACHE_SECONDS}"
        set_response_etag(response)
        conditional = get_conditional_response(request, etag=response["ETag"], response=response)
        if conditional is not response:  # 304: Django keeps the caching headers; keep CORS too
            for header in ("Access-Control-Allow-Origin", "Access-Control-Expose-Headers"):
                conditional[header] = response[header]
        return conditional

    return wrapped


def urlpatterns(*beside: URLPattern) -> tuple[list, str]:
    """The API's URL patterns and app name, for ``include()`` under ``api/v1/``; every view answers GET from
    any origin (CORS), with caching headers. Include them with ``namespace="search-api"``. ``beside``: more
    patterns in the same namespace (decnet.urls adds the human-readable documentation, search.views.api_docs,
    which reads this module's OpenAPI document)."""
    patterns, app_name, _namespace = api.urls
    wrapped = [
        path(str(p.pattern), _public_get(p.callback), name=p.name) if isinstance(p, URLPattern) else p
        for p in patterns
    ]
    return [*wrapped, *beside], app_name
