"""The JSON API contract: /api/v1/search, /api/v1/search/suggest, /api/v1/openapi.json."""

import pytest

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module

SEARCH = "/api/v1/search"
SUGGEST = "/api/v1/search/suggest"


def test_search_response_shape(client, corpus):
    response = client.get(SEARCH, {"q": "governance", "page_size": 3})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {
        "query",
        "query_truncated",
        "corrected_query",
        "total",
        "page",
        "page_size",
        "degraded",
        "results",
        "facets",
        "facet_labels",
        "glossary_match",
        "other_languages",
    }
    assert (
        body["query"] == "governance" and body["total"] == 7 and body["page"] == 1 and body["page_size"] == 3
    )
    assert body["degraded"] is False and body["glossary_match"] is None
    assert body["other_languages"] == []  # the corpus is in English only
    assert len(body["results"]) == 3
    for result in body["results"]:
        assert set(result) == {
            "title",
            "url",
            "type",
            "summary",
            "snippet",
            "date",
            "locale",
            "topics",
            "promoted",
        }
        assert result["url"].startswith("http://")
        assert result["type"] in {"blog", "resource", "glossary", "page"}
        assert isinstance(result["summary"], str) and isinstance(result["snippet"], str)
        assert result["date"] is None or len(result["date"]) == 10
        assert result["locale"] == "en"
        assert all(set(topic) == {"slug", "name"} for topic in result["topics"])
    assert set(body["facets"]) == {"type", "topic", "region", "country", "year"}
    assert body["facets"]["type"] == {"blog": 3, "resource": 2, "glossary": 2}
    assert all(isinstance(count, int) for counts in body["facets"].values() for count in counts.values())


def test_glossary_match_and_highlighted_snippet(client, corpus):
    body = client.get(SEARCH, {"q": "IGFT"}).json()
    assert body["glossary_match"] == {
        "term": "Intergovernmental fiscal transfers",
        "definition": "Funds that one level of government passes to another, a core of local governance.",
        "url": "http://testserver/en/glossary/intergovernmental-fiscal-transfers/",
    }
    assert "<mark>IGFT</mark>" in body["results"][0]["snippet"]


def test_repeatable_filters(client, corpus):
    body = client.get(
        SEARCH, {"q": "governance", "type": ["blog", "resource"], "country": ["KE", "NP"]}
    ).json()
    assert body["total"] == 3
    assert {r["type"] for r in body["results"]} == {"blog", "resource"}


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({}, "q", "missing_parameter"),
        ({"q": ""}, "q", "invalid_parameter"),
        ({"q": "   "}, "q", "invalid_parameter"),
        ({"q": "x" * 201}, "q", "invalid_parameter"),
        ({"q": "x" * 10_000}, "q", "invalid_parameter"),
        ({"q": "a", "type": "video"}, "type", "invalid_parameter"),
        ({"q": "a", "topic": "not a slug!"}, "topic", "invalid_parameter"),
        ({"q": "a", "country": "KEN"}, "country", "invalid_parameter"),
        ({"q": "a", "country": "1"}, "country", "invalid_parameter"),
        ({"q": "a", "region": "<b>"}, "region", "invalid_parameter"),
        ({"q": "a", "year": "24"}, "year", "invalid_parameter"),
        ({"q": "a", "year": "abcd"}, "year", "invalid_parameter"),
        ({"q": "a", "lang": "xx"}, "lang", "invalid_parameter"),
        ({"q": "a", "sort": "oldest"}, "sort", "invalid_parameter"),
        ({"q": "a", "page": "0"}, "page", "invalid_parameter"),
        ({"q": "a", "page": "-1"}, "page", "invalid_parameter"),
        ({"q": "a", "page": "abc"}, "page", "invalid_parameter"),
        ({"q": "a", "page_size": "0"}, "page_size", "invalid_parameter"),
        ({"q": "a", "page_size": "51"}, "page_size", "invalid_parameter"),
    ],
)
def test_invalid_parameters_answer_400_with_the_error_shape(client, db, params, field, code):
    response = client.get(SEARCH, params)
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "field"}
    assert body["error"]["field"] == field
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_hostile_queries_answer_200(client, corpus):
    for q in ['"', "'", "a\x00b", "NEAR(", "😀", "地方分权", "اللامركزية", "'; DROP TABLE x; --"]:
        response = client.get(SEARCH, {"q": q})
        assert response.status_code == 200, q
        assert response.json()["total"] >= 0


def test_page_past_the_end(client, corpus):
    body = client.get(SEARCH, {"q": "governance", "page": "999999"}).json()
    assert body["results"] == [] and body["total"] == 7


def test_cors_and_no_cookies(client, corpus):
    for url, params in (
        (SEARCH, {"q": "governance"}),
        (SUGGEST, {"q": "gov"}),
        (SEARCH, {}),
        ("/api/v1/openapi.json", {}),
    ):
        response = client.get(url, params, HTTP_ORIGIN="https://example.org")
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert "X-Search-Degraded" in response["Access-Control-Expose-Headers"], url
        assert not response.cookies, url


def test_only_get_is_allowed(client, db):
    assert client.post(SEARCH, {"q": "x"}).status_code == 405


def test_rate_limit_answers_429_with_retry_after(client, corpus, settings):
    settings.SEARCH_API_RATE_LIMIT = "3/day"  # a day's window: a boundary falls inside the test almost never
    statuses = [client.get(SEARCH, {"q": "governance"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    response = client.get(SEARCH, {"q": "governance"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 86400
    assert response.json()["error"]["code"] == "rate_limited"
    assert response["Access-Control-Allow-Origin"] == "*"
    # The suggest endpoint shares the API's budget; another client IP has its own.
    assert client.get(SUGGEST, {"q": "gov"}).status_code == 429
    assert client.get(SEARCH, {"q": "governance"}, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_suggest_completes_a_prefix(client, corpus):
    response = client.get(SUGGEST, {"q": "decentr"})
    assert response.status_code == 200
    suggestions = response.json()
    assert isinstance(suggestions, list) and 1 <= len(suggestions) <= 10
    assert all(set(item) == {"title", "url", "type"} for item in suggestions)
    assert any(item["title"].startswith("Decentralization") for item in suggestions)
    glossary = [item for item in suggestions if item["type"] == "glossary"]
    assert glossary[0] == {
        "title": "Decentralization",
        "url": "http://testserver/en/glossary/decentralization/",
        "type": "glossary",
    }


def test_suggest_by_abbreviation_and_limits(client, corpus, glossary, reindex):
    from tests.factories import GlossaryTermPageFactory

    for n in range(12):
        GlossaryTermPageFactory(parent=glossary, title=f"Municipal thing {n}")
    reindex()
    assert [item["title"] for item in client.get(SUGGEST, {"q": "igf"}).json()] == [
        "Intergovernmental fiscal transfers"
    ]
    assert len(client.get(SUGGEST, {"q": "municip"}).json()) == 10
    assert client.get(SUGGEST, {"q": "zzzz"}).json() == []
    assert client.get(SUGGEST, {"q": '"'}).json() == []


@pytest.mark.parametrize(
    ("params", "field"), [({}, "q"), ({"q": ""}, "q"), ({"q": "a", "lang": "zz"}, "lang")]
)
def test_suggest_invalid_parameters(client, db, params, field):
    response = client.get(SUGGEST, params)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == field


def test_openapi_document_describes_both_endpoints(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"]
    search = document["paths"]["/api/v1/search"]["get"]
    suggest = document["paths"]["/api/v1/search/suggest"]["get"]
    names = {parameter["name"] for parameter in search["parameters"]}
    assert names == {"q", "type", "topic", "country", "region", "year", "lang", "sort", "page", "page_size"}
    assert {parameter["name"] for parameter in suggest["parameters"]} == {"q", "lang"}
    assert {"200", "400", "429"} <= set(search["responses"]) and {"200", "400", "429"} <= set(
        suggest["responses"]
    )
    schemas = document["components"]["schemas"]
    assert set(schemas["SearchOut"]["properties"]) == {
        "query",
        "query_truncated",
        "corrected_query",
        "total",
        "page",
        "page_size",
        "degraded",
        "results",
        "facets",
        "facet_labels",
        "glossary_match",
        "other_languages",
    }
    assert set(schemas["OtherLanguageOut"]["properties"]) == {"lang", "name", "total", "url"}
    assert set(schemas["ErrorOut"]["properties"]) == {"error"}
    q = next(parameter for parameter in search["parameters"] if parameter["name"] == "q")
    assert q["required"] is True and q["schema"]["maxLength"] == 200
