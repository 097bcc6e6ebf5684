"""A term page shows every field, links its live related terms and links back to its letter."""

import pytest

from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def igft(make_term):
    devolution = make_term("Devolution")
    draft = make_term("Draft neighbour", live=False)
    transfers = make_term("Transfers")
    return make_term(
        "Intergovernmental fiscal transfers",
        abbreviation="IGFT",
        definition="<p>Grants from the <i>central</i> government to subnational governments.</p>",
        synonyms="grants; intergovernmental transfers",
        sources="<p>Boadway, R. and Shah, A. (2007). <i>Intergovernmental Fiscal Transfers</i>.</p>",
        topics=[TopicFactory(name="Local government finance"), TopicFactory(name="Fiscal decentralization")],
        related=[transfers, draft, devolution],
    )


def test_term_page_shows_all_fields(client, igft):
    response = client.get(igft.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Intergovernmental fiscal transfers</h1>" in html
    assert '<abbr title="Intergovernmental fiscal transfers">IGFT</abbr>' in html
    assert "Grants from the <i>central</i> government" in html
    assert "<li>grants</li>" in html and "<li>intergovernmental transfers</li>" in html
    # Topics lead to their hubs (wayfinding.hubs).
    assert '<li><a href="/en/topics/local-government-finance/">Local government finance</a></li>' in html
    assert '<li><a href="/en/topics/fiscal-decentralization/">Fiscal decentralization</a></li>' in html
    assert "<i>Intergovernmental Fiscal Transfers</i>" in html
    assert '<meta name="description" content="Grants from the central government' in html


def test_related_terms_are_live_links_in_editor_order(client, igft, glossary):
    html = client.get(igft.url).content.decode()
    related = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/en/glossary/transfers/"' in related
    assert 'href="/en/glossary/devolution/"' in related
    assert related.index("Transfers") < related.index("Devolution")
    assert "Draft neighbour" not in html


def test_link_back_to_the_letter(client, igft, make_term):
    html = client.get(igft.url).content.decode()
    assert 'href="/en/glossary/#letter-I"' in html
    accented = make_term("Économie locale")
    assert 'href="/en/glossary/#letter-E"' in client.get(accented.url).content.decode()
    number = make_term("2030 Agenda")
    assert 'href="/en/glossary/#letter-num"' in client.get(number.url).content.decode()


def test_minimal_term_has_no_empty_sections(client, make_term):
    html = client.get(make_term("Bare").url).content.decode()
    for heading in (
        "synonyms-heading",
        "related-heading",
        "topics-heading",
        "sources-heading",
        "Abbreviation",
    ):
        assert heading not in html
    assert "A definition used in tests." in html


def test_no_link_back_to_a_glossary_readers_cannot_open(client, make_term, glossary):
    term = make_term("Devolution")
    glossary.unpublish()
    html = client.get(term.url).content.decode()
    assert client.get("/en/glossary/").status_code == 404
    assert "<h1>Devolution</h1>" in html
    assert 'class="glossary-back"' not in html
