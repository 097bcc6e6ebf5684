from django.apps import AppConfig


class DecnetConfig(AppConfig):
    name = "decnet"
    label = "decnet"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from decnet import deferral  # noqa: F401 - connects the reference-index handlers of deferred saves
        from decnet.routing import install
        from multilingual.locales import sync_locales_after_migrate

        install()  # the site, locale and child-page lookups of a request through the cache (issue 18)

        # One Locale per language of the table (multilingual.languages), on every migrated database.
        post_migrate.connect(sync_locales_after_migrate, sender=self, dispatch_uid="decnet.sync_locales")
