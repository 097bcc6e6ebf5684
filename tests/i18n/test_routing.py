"""Language routing: `/` goes to the reader's language (Accept-Language only, no cookie), every public URL has
a language prefix, and the admin, API, health check and documents stay where they are."""

import pytest

from multilingual.i18n import parse_accept_language, preferred_language

# The tests that need pages read one home page in five languages, built once per module.
pytestmark = [pytest.mark.own_site, pytest.mark.shared_home]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr", "/fr/"),
        ("fr-CA,fr;q=0.9,en;q=0.8", "/fr/"),
        ("es-419,es;q=0.9", "/es/"),
        ("pt-BR", "/pt/"),
        ("ar-EG,ar;q=0.9", "/ar/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("de, ar;q=0.5", "/ar/"),
        ("en;q=0.2, pt;q=0.8", "/pt/"),
        ("fr;q=0, es", "/es/"),
        ("*", "/en/"),
        ("", "/en/"),
        ("garbage;;;,,q=abc", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, db, header, expected):
    response = client.get("/", headers={"accept-language": header} if header else {})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_redirect_sets_no_cookie_and_ignores_the_language_cookie(client, db):
    client.cookies["django_language"] = "es"
    response = client.get("/", headers={"accept-language": "fr"})
    assert response["Location"] == "/fr/"
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_root_redirect_keeps_the_query_string(client, db):
    response = client.get("/?utm_source=newsletter", headers={"accept-language": "pt"})
    assert response["Location"] == "/pt/?utm_source=newsletter"


def test_root_only_answers_get_and_head(client, db):
    assert client.head("/").status_code == 302
    assert client.post("/").status_code == 405


def test_each_language_prefix_serves_its_home_page(client, translated_home):
    for code, home in translated_home.items():
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        assert response.context["page"].pk == home.pk
        assert not response.cookies
        assert response["Content-Language"] == code


def test_unknown_language_prefix_is_just_a_path_that_does_not_exist(client, translated_home):
    response = client.get("/de/", headers={"accept-language": "de"})
    assert response["Location"] == "/en/de/"
    assert client.get("/en/de/").status_code == 404
    assert client.get("/fr/xx/anything/").status_code == 404


def test_unprefixed_page_path_redirects_to_the_prefixed_one(client, translated_home):
    response = client.get("/some/page/", headers={"accept-language": "es"})
    assert response.status_code == 302
    assert response["Location"] == "/es/some/page/"


def test_admin_api_health_and_documents_stay_unprefixed(client, translated_home):
    admin = client.get("/admin/", headers={"accept-language": "fr"})
    assert admin.status_code == 302 and admin["Location"].startswith("/admin/login/")
    assert client.get("/healthz").status_code == 200
    assert client.get("/api/v1/search", {"q": "x"}).status_code == 200
    assert client.get("/fr/admin/").status_code == 404
    assert client.get("/documents/1/missing.pdf").status_code == 404


def test_search_page_is_prefixed(client, translated_home):
    assert client.get("/fr/search/").status_code == 200
    assert client.get("/ar/search/").status_code == 200


def test_accept_language_parsing_orders_by_quality():
    assert parse_accept_language("da, en-gb;q=0.8, en;q=0.7") == ["da", "en-gb", "en"]
    assert parse_accept_language("en;q=0.5, fr") == ["fr", "en"]
    assert parse_accept_language("fr;q=0") == []
    assert parse_accept_language("fr;q=2, es;q=-1, pt;level=1") == []
    assert parse_accept_language("x" * 600) == []
    assert parse_accept_language("fr\x00, es") == ["es"]


def test_preferred_language_falls_back_to_english():
    assert preferred_language("zh-Hant-TW, ja") == "en"
    assert preferred_language("*, fr") == "en"
    assert preferred_language("ar-MA") == "ar"


def test_a_shared_home_module_reads_one_home_in_five_languages_as_fresh_copies(
    translated_home, shared_home, shared_home_translations
):
    """The pages are the module's rows (tests/conftest.py, shared_home), as each test's own objects."""
    assert translated_home["en"].pk == shared_home.pk
    assert {code: page.pk for code, page in translated_home.items() if code != "en"} == {
        code: page.pk for code, page in shared_home_translations.items()
    }
    assert translated_home["en"] is not shared_home
    assert translated_home["fr"] is not shared_home_translations["fr"]
