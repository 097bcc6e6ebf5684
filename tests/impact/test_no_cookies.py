"""Anonymous readers get no cookie at all: no Set-Cookie header on any public response."""

import pytest

from tests.impact.conftest import BROWSER

pytestmark = pytest.mark.django_db


def assert_no_cookie(response) -> None:
    assert not response.cookies, f"cookies set: {list(response.cookies)}"
    assert "Set-Cookie" not in response.headers


def test_public_responses_set_no_cookie(impact_site, reader):
    urls = [
        "/",
        impact_site["home"].url,
        impact_site["about"].url,
        impact_site["term"].url,
        impact_site["logica"].url,
        impact_site["posts"][0].url,
        "/en/search/",
        "/en/search/?q=decentralization",
        "/en/search/?q=nothing-matches-this-word",
        impact_site["framework"].url,
        "/en/no-such-page/",
        "/documents/999999/missing.pdf",
    ]
    for url in urls:
        response = reader.get(url)
        assert response.status_code in (200, 302, 404), url
        assert_no_cookie(response)


@pytest.mark.parametrize("headers", [{"DNT": "1"}, {"Sec-GPC": "1"}, {"Accept-Language": "fr-FR,fr;q=0.9"}])
def test_no_cookie_whatever_the_request_headers(pages, client, headers):
    for url in ("/", pages["about"].url):
        assert_no_cookie(client.get(url, headers={"user-agent": BROWSER, **headers}))


def test_repeat_visits_still_get_no_cookie(pages, reader):
    for _ in range(3):
        assert_no_cookie(reader.get(pages["about"].url))
