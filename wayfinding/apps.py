from django.apps import AppConfig


class WayfindingConfig(AppConfig):
    name = "wayfinding"
    verbose_name = "Wayfinding (hubs, sitemap, robots.txt)"
