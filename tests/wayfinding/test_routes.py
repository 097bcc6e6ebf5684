"""The home page serves the hubs through the ``decnet_home_routes`` hook: it names no hub itself (site/ sits
below wayfinding/, scripts/check_layers.py), yet its resolver knows every hub route."""

from decnet.models import HomePage, StandardPage
from wayfinding import routes


def test_the_home_page_resolves_the_hub_routes_wayfinding_registers(db):
    home = HomePage()
    assert home.reverse_subpage("topic_hubs") == "topics/"
    assert home.reverse_subpage("country_hub", args=["ke"]) == "countries/ke/"
    view, args, kwargs = home.resolve_subpage("/topics/fiscal-decentralization/")
    assert view.__func__ is routes.topic_hub
    assert kwargs == {"value": "fiscal-decentralization"}


def test_only_a_page_with_the_hub_routes_serves_the_hubs_404(db):
    assert routes.serves_hubs(HomePage())
    assert not routes.serves_hubs(StandardPage())
