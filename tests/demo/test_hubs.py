"""Every topic and country of the demo taxonomy has a hub in each of the five languages, in the sitemap."""

from django.conf import settings

from decnet.models import Country, Topic


def test_every_demo_topic_and_country_has_a_hub_in_every_language(demo, client):
    languages = [code for code, _name in settings.LANGUAGES]
    assert len(languages) == 5
    sitemap = client.get("/sitemap.xml").text
    for code in languages:
        topics = list(Topic.objects.filter(locale__language_code=code).order_by("slug"))
        countries = list(Country.objects.filter(locale__language_code=code).order_by("code"))
        assert topics and countries, code
        for path in [f"/{code}/topics/{t.slug}/" for t in topics] + [
            f"/{code}/countries/{c.code.lower()}/" for c in countries
        ]:
            response = client.get(path)
            assert response.status_code == 200, path
        # The hubs with content are in the sitemap, e.g. Kenya's (which has its intergovernmental profile).
        assert f"http://testserver/{code}/countries/ke/" in sitemap
        assert f"http://testserver/{code}/topics/fiscal-decentralization/" in sitemap


def test_kenya_hub_leads_with_its_intergovernmental_profile(demo, client):
    html = client.get("/en/countries/ke/").text
    products = html.split("Knowledge products", 1)[1]
    first_card = products.split('<li class="card">', 2)[1]
    assert "Intergovernmental profile" in first_card
