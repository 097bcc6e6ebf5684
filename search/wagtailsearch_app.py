"""Wagtail's search app, with its index update handlers replaced by ours (search.index_updates), and the
updates of the pages that read a changed related object (search.related_updates).

Wagtail connects its handlers in this app's ``ready``, which runs after the ``search`` app's (the settings
list ``search`` first, for its templates); so the replacement happens here, right after Wagtail's ``ready``.
The settings name ``search.wagtailsearch_app.WagtailSearchConfig`` in place of ``wagtail.search``.
"""

from wagtail.search.apps import WagtailSearchAppConfig


class WagtailSearchConfig(WagtailSearchAppConfig):
    default = False

    def ready(self) -> None:
        super().ready()
        from search import related_updates
        from search.index_updates import route_index_updates

        route_index_updates()
        related_updates.connect()
