"""The A–Z index: terms grouped by letter, the letter navigation, short definitions, what is hidden."""

import re

import pytest
from wagtail.models import PageViewRestriction

from glossary.models import SHORT_DEFINITION_WORDS

pytestmark = pytest.mark.django_db


def _section(html: str, anchor: str) -> str:
    match = re.search(rf'<section[^>]* id="{re.escape(anchor)}"[^>]*>(.*?)</section>', html, re.S)
    assert match, f"no section {anchor}"
    return match.group(1)


def _nav(html: str) -> str:
    match = re.search(r'<nav class="letter-nav"[^>]*>(.*?)</nav>', html, re.S)
    assert match, "no letter navigation"
    return match.group(1)


@pytest.fixture
def some_terms(make_term):
    return {
        "decentralization": make_term("Decentralization", definition="<p>Transfer of authority.</p>"),
        "devolution": make_term("devolution", definition="<p>The strongest form.</p>"),
        "economie": make_term("Économie locale", definition="<p>Local economy &amp; finance.</p>"),
        "ebola": make_term("Ebola response", definition="<p>Not governance.</p>"),
        "igft": make_term(
            "Intergovernmental fiscal transfers",
            abbreviation="IGFT",
            definition="<p>Grants from the centre.</p>",
        ),
        "agenda": make_term("2030 Agenda", definition="<p>The SDGs.</p>"),
        "demos": make_term("Δήμος", definition="<p>Municipality in Greek.</p>"),
    }


def test_index_groups_terms_by_letter(client, glossary, some_terms):
    response = client.get("/en/glossary/")
    assert response.status_code == 200
    html = response.content.decode()

    d_section = _section(html, "letter-D")
    assert d_section.index("Decentralization") < d_section.index("devolution")
    e_section = _section(html, "letter-E")
    # "Économie" is filed under E and sorted as if it had no accent.
    assert e_section.index("Ebola response") < e_section.index("Économie locale")
    assert "2030 Agenda" in _section(html, "letter-num")
    assert "Δήμος" in _section(html, "letter-Δ")
    # Groups in order: Latin letters, other scripts, numbers.
    assert html.index('id="letter-D"') < html.index('id="letter-E"') < html.index('id="letter-I"')
    assert html.index('id="letter-I"') < html.index('id="letter-Δ"') < html.index('id="letter-num"')
    assert 'id="letter-B"' not in html


def test_terms_link_to_their_pages_with_abbreviation_and_short_definition(client, some_terms):
    html = client.get("/en/glossary/").content.decode()
    i_section = _section(html, "letter-I")
    assert f'href="{some_terms["igft"].url}"' in i_section
    assert '<abbr title="Intergovernmental fiscal transfers">IGFT</abbr>' in i_section
    assert "Grants from the centre." in i_section
    # Entities in the stored rich text are decoded once, then escaped once by the template.
    assert "Local economy &amp; finance." in html
    assert "&amp;amp;" not in html


def test_short_definitions_are_truncated(client, make_term):
    make_term("Long", definition="<p>" + " ".join(f"word{n}" for n in range(100)) + "</p>")
    html = client.get("/en/glossary/").content.decode()
    assert f"word{SHORT_DEFINITION_WORDS - 1}" in html
    assert f"word{SHORT_DEFINITION_WORDS} " not in html and "word99" not in html


def test_letter_navigation_links_only_letters_with_terms(client, some_terms):
    nav = _nav(client.get("/en/glossary/").content.decode())
    for letter in "DEI":
        assert f'href="#letter-{letter}"' in nav
    assert 'href="#letter-Δ"' in nav and 'href="#letter-num"' in nav
    for letter in "ABCFXYZ":
        assert f'href="#letter-{letter}"' not in nav
        assert re.search(rf'<span class="letter-nav__empty"[^>]*>{letter}<', nav), letter
    assert (
        nav.index(">A<") < nav.index('href="#letter-D"') < nav.index(">Z<") < nav.index('href="#letter-num"')
    )


def test_drafts_and_private_terms_are_hidden(client, make_term):
    make_term("Published term")
    make_term("Draft term", live=False)
    private = make_term("Private term")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/glossary/").content.decode()
    assert "Published term" in html
    assert "Draft term" not in html
    assert "Private term" not in html


def test_draft_term_page_is_not_served(client, make_term):
    draft = make_term("Draft term", live=False)
    assert client.get(f"/en/glossary/{draft.slug}/").status_code == 404


def test_empty_glossary(client, glossary):
    response = client.get("/en/glossary/")
    assert response.status_code == 200
    assert "The glossary has no terms yet." in response.content.decode()
    assert 'class="letter-nav"' not in response.content.decode()


BAD_QUERIES = [
    {"letter": "nope"},
    {"letter": "<script>"},
    {"letter": "a" * 5000},
    {"letter": "\x00"},
    {"letter": "Δ"},
    {"page": "999999"},
    {"page": "-1"},
    {"page": "abc"},
    {"page": "\x00"},
]


@pytest.mark.parametrize("params", BAD_QUERIES, ids=lambda params: repr(params)[:40])
def test_query_parameters_are_ignored(client, some_terms, params):
    """The index reads only its filter box (``q``, tests/glossary/test_glossary_filter.py): anything else in
    the query string still shows the whole glossary."""
    response = client.get("/en/glossary/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Decentralization" in html and "2030 Agenda" in html
    assert "<script>" not in html.split("<main", 1)[1]
