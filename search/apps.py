from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from search.backends.database_postgres import create_language_configs_after_migrate
        from search.facet_rows import fill_after_migrate
        from search.models import HiddenSearchQuery
        from search.querylog import forget_popular

        # Hiding a query (or showing it again) recomputes the cached popular searches.
        post_save.connect(forget_popular, sender=HiddenSearchQuery, dispatch_uid="search_hidden_query_saved")
        post_delete.connect(
            forget_popular, sender=HiddenSearchQuery, dispatch_uid="search_hidden_query_deleted"
        )
        # PostgreSQL: a language added to the table gets its text-search configuration (docs/search.md).
        post_migrate.connect(
            create_language_configs_after_migrate, sender=self, dispatch_uid="search_language_configs"
        )
        # Pages indexed before the facet rows existed get theirs (search.facet_rows).
        post_migrate.connect(fill_after_migrate, sender=self, dispatch_uid="search_facet_rows")
