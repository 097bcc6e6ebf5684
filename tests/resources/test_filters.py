"""Every GET filter of the library narrows the list to matching products, and filters combine with AND."""

import datetime

import pytest

from tests.factories import CountryFactory, RegionFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _titles(client, query: str) -> set[str]:
    response = client.get(f"/en/library/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    titles = set()
    for chunk in html.split('<h3 class="card__title">')[1:]:
        link = chunk[: chunk.index("</a>")]
        titles.add(link[link.index(">") + 1 :])
    return titles


@pytest.fixture
def catalogue(make_resource):
    """Three products that differ in every filtered field."""
    africa = RegionFactory(name="Africa", slug="africa")
    asia = RegionFactory(name="Asia", slug="asia")
    kenya = CountryFactory(name="Kenya", code="KE", region=africa)
    uganda = CountryFactory(name="Uganda", code="UG", region=africa)
    nepal = CountryFactory(name="Nepal", code="NP", region=asia)
    primer = ResourceTypeFactory(name="Primer", slug="primer")
    profile = ResourceTypeFactory(name="Country profile", slug="country-profile")
    finance = TopicFactory(name="Local finance", slug="local-finance")
    services = TopicFactory(name="Service delivery", slug="service-delivery")
    make_resource(
        title="Kenya profile",
        resource_type=profile,
        topics=[finance],
        countries=[kenya],
        publication_date=datetime.date(2023, 5, 1),
        files=[("en", "Profile"), ("fr", "Profil")],
    )
    make_resource(
        title="Nepal profile",
        resource_type=profile,
        topics=[services],
        countries=[nepal],
        publication_date=datetime.date(2024, 2, 1),
        files=[("en", "Profile")],
    )
    make_resource(
        title="Finance primer",
        resource_type=primer,
        topics=[finance, services],
        countries=[uganda],
        publication_date=datetime.date(2021, 9, 1),
        files=[("es", "Guía")],
    )


EVERYTHING = {"Kenya profile", "Nepal profile", "Finance primer"}


def test_unfiltered_lists_everything(client, catalogue):
    assert _titles(client, "") == EVERYTHING
    assert _titles(client, "type=&topic=&region=&country=&year=&language=") == EVERYTHING


FILTER_CASES = [
    ("type=country-profile", {"Kenya profile", "Nepal profile"}),
    ("type=primer", {"Finance primer"}),
    ("topic=local-finance", {"Kenya profile", "Finance primer"}),
    ("topic=service-delivery", {"Nepal profile", "Finance primer"}),
    ("region=africa", {"Kenya profile", "Finance primer"}),
    ("region=asia", {"Nepal profile"}),
    ("country=KE", {"Kenya profile"}),
    ("country=ke", {"Kenya profile"}),
    ("country=Ug", {"Finance primer"}),
    ("year=2024", {"Nepal profile"}),
    ("year=2021", {"Finance primer"}),
    ("language=en", {"Kenya profile", "Nepal profile"}),
    ("language=fr", {"Kenya profile"}),
    ("language=ES", {"Finance primer"}),
]

EMPTY_CASES = ["type=guide", "topic=gender", "region=europe", "country=FR", "year=2022", "language=pt"]


def test_each_filter_keeps_matches_and_drops_the_rest(client, catalogue):
    """Every filter, with products that must and must not match (one catalogue, looped cases)."""
    results = {query: _titles(client, query) for query, _expected in FILTER_CASES}
    assert results == dict(FILTER_CASES)


def test_well_formed_values_without_products_give_an_empty_list(client, catalogue):
    for query in EMPTY_CASES:
        response = client.get(f"/en/library/?{query}")
        assert response.status_code == 200, query
        html = response.content.decode()
        assert '<h3 class="card__title">' not in html, query
        assert "No knowledge products match these filters." in html, query
        assert '<meta name="robots" content="noindex, follow">' in html, query


def test_filters_combine_with_and(client, catalogue):
    assert _titles(client, "region=africa&type=country-profile") == {"Kenya profile"}
    assert _titles(client, "topic=local-finance&language=es") == {"Finance primer"}
    assert _titles(client, "region=asia&year=2023") == set()
    assert _titles(
        client, "type=country-profile&topic=local-finance&region=africa&country=KE&year=2023&language=fr"
    ) == {"Kenya profile"}


def test_form_offers_only_values_that_occur(client, catalogue, make_resource):
    TopicFactory(name="Unused topic", slug="unused-topic")
    CountryFactory(
        name="Unused country", code="ZZ", region=RegionFactory(name="Unused region", slug="unused")
    )
    ResourceTypeFactory(name="Unused type", slug="unused-type")
    unused_on_drafts = TopicFactory(name="Draft topic", slug="draft-topic")
    make_resource(
        title="Draft", live=False, topics=[unused_on_drafts], publication_date=datetime.date(1999, 1, 1)
    )

    html = client.get("/en/library/").content.decode()
    main = html[html.index("<main") :]
    form = main[main.index("<form") : main.index("</form>")]
    for legend in ["Type", "Topic", "Region", "Country", "Year", "Language of the files"]:
        assert f"<legend>{legend}</legend>" in form
    assert '<button type="submit">' in form
    assert 'method="get"' in form
    for offered in [
        'value="primer"',
        'value="country-profile"',
        'value="local-finance"',
        'value="africa"',
        'value="asia"',
        'value="KE"',
        'value="NP"',
        'value="2024"',
        'value="2021"',
        'value="en"',
        'value="es"',
    ]:
        assert offered in form
    for absent in [
        "unused-topic",
        "ZZ",
        "unused",
        "unused-type",
        "draft-topic",
        "1999",
        'value="pt"',
        'value="ar"',
    ]:
        assert absent not in form


def test_chosen_values_stay_selected(client, catalogue):
    html = client.get("/en/library/?type=primer&country=ug&year=2021&language=es").content.decode()
    assert 'name="type" value="primer" checked>' in html
    assert 'name="country" value="UG" checked>' in html
    assert 'name="year" value="2021" checked>' in html
    assert 'name="language" value="es" checked>' in html
    assert "Clear filters" in html


def test_type_links_on_cards_lead_to_filtered_lists_and_chips_to_hubs(client, catalogue):
    html = client.get("/en/library/").content.decode()
    assert 'href="/en/library/?type=primer"' in html
    assert 'href="/en/topics/local-finance/"' in html
    assert 'href="/en/countries/ke/"' in html
