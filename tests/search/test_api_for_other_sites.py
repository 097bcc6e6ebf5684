"""The search API as other sites use it (issue 15, point 6): absolute URLs on the host called, promoted
results, facet labels in the requested language, HTTP caching (ETag, 304), the `lang` enum in the OpenAPI
document, the documentation page, and over-long queries."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from multilingual.languages import LANGUAGE_TABLE
from search.text import MAX_TERMS, search_terms_and_cut, shorten

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module

SEARCH = "/api/v1/search"
SUGGEST = "/api/v1/search/suggest"
OPENAPI = "/api/v1/openapi.json"
DOCS = "/api/v1/docs"


# -- absolute URLs ------------------------------------------------------------------------------------------


def test_urls_are_absolute_on_the_host_the_client_called(client, corpus):
    host = {"HTTP_HOST": "search.example.org", "secure": True}
    body = client.get(SEARCH, {"q": "IGFT"}, **host).json()
    assert body["glossary_match"]["url"] == (
        "https://search.example.org/en/glossary/intergovernmental-fiscal-transfers/"
    )
    assert body["results"] and all(
        result["url"].startswith("https://search.example.org/en/") for result in body["results"]
    )
    suggestions = client.get(SUGGEST, {"q": "decentr"}, **host).json()
    assert suggestions and all(s["url"].startswith("https://search.example.org/en/") for s in suggestions)
    # Never the Wagtail Site record's hostname.
    assert "localhost" not in str(body) + str(suggestions)


def test_a_configured_public_base_url_wins(client, corpus, settings):
    settings.PUBLIC_BASE_URL = "https://decentralization.net/"
    body = client.get(SEARCH, {"q": "IGFT"}, HTTP_HOST="10.1.2.3:8000").json()
    assert body["glossary_match"]["url"] == (
        "https://decentralization.net/en/glossary/intergovernmental-fiscal-transfers/"
    )
    assert all(r["url"].startswith("https://decentralization.net/en/") for r in body["results"])
    suggestion = client.get(SUGGEST, {"q": "decentr"}).json()[0]
    assert suggestion["url"].startswith("https://decentralization.net/en/")


# -- promoted results and facet labels ---------------------------------------------------------------------


def test_promoted_results_say_so(client, corpus):
    SearchPromotion.objects.create(query=Query.get("governance"), page=corpus["primer"], sort_order=0)
    results = client.get(SEARCH, {"q": "governance"}).json()["results"]
    assert results[0]["title"] == "A primer on multilevel governance"
    assert [result["promoted"] for result in results] == [True] + [False] * (len(results) - 1)
    newest = client.get(SEARCH, {"q": "governance", "sort": "newest"}).json()["results"]
    assert not any(result["promoted"] for result in newest)


def test_facet_labels_in_the_requested_language_beside_unchanged_counts(client, corpus, french, reindex):
    english = client.get(SEARCH, {"q": "governance"}).json()
    assert english["facets"]["type"] == {"blog": 3, "resource": 2, "glossary": 2}
    assert set(english["facet_labels"]) == set(english["facets"])
    for parameter, counts in english["facets"].items():
        assert set(english["facet_labels"][parameter]) == set(counts), parameter
    assert english["facet_labels"]["type"] == {
        "blog": "Blog post",
        "resource": "Knowledge product",
        "glossary": "Glossary term",
    }
    assert english["facet_labels"]["country"]["KE"] == "Kenya"
    assert english["facet_labels"]["topic"]["fiscal-decentralization"] == "Fiscal decentralization"
    assert english["facet_labels"]["year"]["2024"] == "2024"

    # A French post and Kenya's French name: with lang=fr the labels are French.
    kenya = corpus["kenya_post"].countries.get()
    kenya_fr = kenya.copy_for_translation(french)
    kenya_fr.name = "Kenya (fr)"
    kenya_fr.save()
    post = corpus["kenya_post"].copy_for_translation(french, copy_parents=True)
    post.title = "La gouvernance au Kenya"
    post.save_revision().publish()
    reindex()
    body = client.get(SEARCH, {"q": "gouvernance", "lang": "fr"}).json()
    assert body["facets"]["type"] == {"blog": 1} and body["facets"]["country"] == {"KE": 1}
    assert body["facet_labels"]["type"] == {"blog": "Article de blog"}
    assert body["facet_labels"]["country"] == {"KE": "Kenya (fr)"}
    # The same request in English still says "Blog post": the labels follow `lang`, not the request's
    # Accept-Language.
    assert (
        client.get(SEARCH, {"q": "governance"}, HTTP_ACCEPT_LANGUAGE="fr").json()["facet_labels"]["type"][
            "blog"
        ]
        == "Blog post"
    )


# -- HTTP caching ------------------------------------------------------------------------------------------


def test_cache_control_etag_and_304(client, corpus):
    first = client.get(SEARCH, {"q": "governance"})
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    etag = first["ETag"]
    assert re.fullmatch(r'(W/)?"[^"]+"', etag)
    again = client.get(SEARCH, {"q": "governance"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["Cache-Control"] == "public, max-age=60"
    assert again["Access-Control-Allow-Origin"] == "*"
    # A list of tags, one of them current, and the weak form of it, match too.
    assert client.get(SEARCH, {"q": "governance"}, HTTP_IF_NONE_MATCH=f'"old", W/{etag}').status_code == 304
    # Another answer has another tag; an outdated tag gets the full answer.
    other = client.get(SEARCH, {"q": "governance", "page": "2"})
    assert other.status_code == 200 and other["ETag"] != etag
    stale = client.get(SEARCH, {"q": "governance"}, HTTP_IF_NONE_MATCH='"outdated"')
    assert stale.status_code == 200 and stale.json()["total"] == 7
    for url, params in ((SUGGEST, {"q": "gov"}), (OPENAPI, {})):
        response = client.get(url, params)
        assert response["ETag"] and response["Cache-Control"].startswith("public")
        assert client.get(url, params, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_errors_are_not_cached_and_conditional_requests_are_rate_limited(client, corpus, settings):
    settings.SEARCH_API_RATE_LIMIT = "3/hour"  # an hour's window: no boundary falls inside the test
    bad = client.get(SEARCH, {"q": "governance", "page": "0"})
    assert bad.status_code == 400 and bad["Cache-Control"] == "no-store" and not bad.has_header("ETag")
    etag = client.get(SEARCH, {"q": "governance"})["ETag"]
    assert client.get(SEARCH, {"q": "governance"}, HTTP_IF_NONE_MATCH=etag).status_code == 304
    limited = client.get(SEARCH, {"q": "governance"}, HTTP_IF_NONE_MATCH=etag)
    assert limited.status_code == 429 and limited["Cache-Control"] == "no-store"


# -- the OpenAPI document and the documentation page -------------------------------------------------------


def test_openapi_lists_the_languages_and_the_new_fields(client, db):
    document = client.get(OPENAPI).json()
    expected = [language.code for language in LANGUAGE_TABLE] + ["all"]
    for route in ("/api/v1/search", "/api/v1/search/suggest"):
        lang = next(p for p in document["paths"][route]["get"]["parameters"] if p["name"] == "lang")
        options = lang["schema"].get("anyOf", [lang["schema"]])
        enums = [option["enum"] for option in options if "enum" in option]
        assert enums == [expected], route
    schemas = document["components"]["schemas"]
    assert {"query_truncated", "facet_labels"} <= set(schemas["SearchOut"]["properties"])
    assert schemas["SearchOut"]["properties"]["query_truncated"]["type"] == "boolean"
    assert schemas["ResultOut"]["properties"]["promoted"]["type"] == "boolean"
    # The document links to the human-readable page (a reference relative to the document's own URL).
    docs = urljoin("http://testserver" + OPENAPI, document["externalDocs"]["url"])
    assert urlsplit(docs).path == DOCS


class _Fetched(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        """What the browser fetches on its own (links followed only on a click do not count)."""
        if tag != "a":
            self.urls += [
                value for name, value in attrs if name in {"src", "href", "srcset", "data"} and value
            ]


def test_docs_page_is_served_by_the_site_and_reaches_no_other_host(client, db):
    response = client.get(DOCS, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["Content-Language"] == "en"
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    html = response.text
    links = _Fetched()
    links.feed(html)
    # The site's own scripts (the header's autocomplete) may load; nothing comes from another host.
    foreign = [url for url in links.urls if urlsplit(url).netloc not in ("", "testserver")]
    assert foreign == [], foreign
    assert "style=" not in html
    # Drawn from the OpenAPI document: every endpoint and parameter is named.
    document = client.get(OPENAPI).json()
    for route, methods in document["paths"].items():
        assert f"GET {route}" in html
        for parameter in methods["get"]["parameters"]:
            assert f"<code>{parameter['name']}</code>" in html
    assert f'href="{OPENAPI}"' in html
    assert all(f"<code>{language.code}</code>" in html for language in LANGUAGE_TABLE)


def test_footer_links_to_the_api_docs(client, corpus):
    html = client.get("/fr/search/", {"q": "governance"}).text
    footer = html.split('class="site-footer"', 1)[1]
    assert f'href="{DOCS}"' in footer and "API de recherche pour les développeurs" in footer


# -- over-long queries -------------------------------------------------------------------------------------


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("  short query ", 200) == ("short query", False)
    text = "decentralization " * 20  # 340 characters
    cut, was_cut = shorten(text, 200)
    assert was_cut and len(cut) <= 200 and cut.endswith("decentralization") and cut.count(" ") == 10
    assert shorten("x" * 300, 200) == ("x" * 200, True)
    assert shorten("a" * 150 + " " + "b" * 100, 200) == ("a" * 150, True)


def test_search_terms_report_what_they_leave_out():
    words = [f"word{n}" for n in range(MAX_TERMS + 4)]
    terms, cut = search_terms_and_cut(" ".join(words))
    assert terms == words[:MAX_TERMS] and cut
    assert search_terms_and_cut("fiscal fiscal decentralization") == (["fiscal", "decentralization"], False)
    assert search_terms_and_cut("x" * 65)[1] is True
    # Repeated words past the limit are not "left out".
    assert search_terms_and_cut(" ".join(words[:MAX_TERMS] + words[:3]))[1] is False


def test_the_page_says_a_long_query_was_shortened(client, corpus):
    long_query = "governance " + " ".join(f"municipal{n}" for n in range(30))  # over 200 characters
    html = client.get("/en/search/", {"q": long_query}).text
    notice = html.split('id="search-shortened"', 1)[1].split("</p>", 1)[0]
    assert "only its beginning was searched for" in notice
    assert "municipal14" in notice and "municipal15" not in notice  # the 16 words searched for
    value = re.search(r'id="search-q" type="search" name="q" value="([^"]*)"', html).group(1)
    assert len(value) <= 200 and value.split()[-1] in long_query.split()  # cut between two words
    assert 'id="search-shortened"' not in client.get("/en/search/", {"q": "governance"}).text


def test_the_api_reports_a_truncated_query(client, corpus):
    many = "governance " + " ".join(f"w{n}" for n in range(20))
    body = client.get(SEARCH, {"q": many}).json()
    assert body["query_truncated"] is True and body["query"] == many
    assert client.get(SEARCH, {"q": "governance"}).json()["query_truncated"] is False


@pytest.mark.parametrize("url", [SEARCH, SUGGEST])
def test_the_api_still_refuses_queries_over_200_characters(client, db, url):
    response = client.get(url, {"q": "word " * 50})
    assert response.status_code == 400 and response.json()["error"]["field"] == "q"
