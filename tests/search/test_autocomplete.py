"""What the autocomplete script (static/js/suggest.js) needs from the server, and the forms without it: the
script comes from the site itself under the unchanged public policy, the fields carry the suggest endpoint,
the page's language and translated texts, and both search forms stay plain GET forms."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.urls import reverse

from hardening import csp
from tests.factories import BlogPostPageFactory
from tests.hardening.headers import inline_code, is_same_origin
from tests.search.test_search_page import result_titles

SEARCH_FIELDS = ("header-q", "search-q")

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_script_is_served_from_self_deferred_under_the_unchanged_policy(client, blog_index):
    post = BlogPostPageFactory(parent=blog_index, title="Who collects the property tax?")
    for url in ("/en/search/", post.url):
        response = client.get(url)
        scripts = soup_of(response).find_all("script", src=True)
        suggest = [tag for tag in scripts if "js/suggest" in tag["src"]]
        assert len(suggest) == 1, scripts
        assert is_same_origin(suggest[0]["src"]) and suggest[0].has_attr("defer")
        # No nonce, no inline code, no new source: the policy is exactly the public one.
        assert response.headers["Content-Security-Policy"] == csp.serialize(csp.public_directives())
        assert inline_code(response.content.decode())["scripts"] == []
    assert finders.find("js/suggest.js")


def test_search_fields_carry_the_endpoint_language_and_texts(client, corpus):
    soup = soup_of(client.get("/en/search/"))
    for field_id in SEARCH_FIELDS:
        field = soup.find(id=field_id)
        assert field["data-suggest"] == reverse("search-api:search_suggest")
        assert field["data-suggest-lang"] == "en"
        texts = json.loads(field["data-suggest-texts"])
        assert texts["label"] == "Suggestions"
        # One announcement per number of suggestions the API can return (0 to 10), each with its number.
        assert texts["counts"][0] == "No suggestions" and len(texts["counts"]) == 11
        assert texts["counts"][1].startswith("1 suggestion.")
        assert texts["counts"][10].startswith("10 suggestions.")
        assert texts["types"]["glossary"] == "Glossary term"

    # The endpoint answers the script's request (q and the page's language) with types it has labels for.
    suggestions = client.get(field["data-suggest"], {"q": "decentr", "lang": "en"}).json()
    assert suggestions and {item["type"] for item in suggestions} <= set(texts["types"])


def test_arabic_fields_ask_in_arabic_with_arabic_texts(client, home_page):
    field = soup_of(client.get("/ar/search/")).find(id="header-q")
    assert field["data-suggest-lang"] == "ar"
    texts = json.loads(field["data-suggest-texts"])
    assert texts["label"] == "اقتراحات" and texts["counts"][0] == "لا توجد اقتراحات"
    assert texts["types"]["glossary"] == "مصطلح في المسرد"
    assert all(str(count) in texts["counts"][count] for count in range(3, 11))


def test_without_javascript_both_forms_are_plain_get_forms(client, corpus):
    """No combobox or listbox markup is served (the script adds it); each form's GET finds results."""
    html = client.get("/en/search/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find(attrs={"role": "combobox"}) and not soup.find(attrs={"role": "listbox"})
    for field_id in SEARCH_FIELDS:
        form = soup.find(id=field_id).find_parent("form")
        assert form["method"] == "get" and soup.find(id=field_id)["name"] == "q"
        action = form["action"] or "/en/search/"
        assert action == "/en/search/"
        assert result_titles(client.get(action, {"q": "county governance"}).text) == [
            "Devolution in Kenya, ten years on"
        ]
