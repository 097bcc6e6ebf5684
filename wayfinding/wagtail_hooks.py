"""The hubs' routes below the home page (decnet.home's ``decnet_home_routes`` hook)."""

from wagtail import hooks

from wayfinding.routes import hub_routes

hooks.register("decnet_home_routes", hub_routes)
