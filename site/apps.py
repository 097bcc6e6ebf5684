from django.apps import AppConfig


class DecnetConfig(AppConfig):
    name = "decnet"
    label = "decnet"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate
        from wagtail.documents.models import document_served

        from decnet.locales import sync_locales_after_migrate

        # One Locale per language of the table (decnet.languages), on every migrated database.
        post_migrate.connect(sync_locales_after_migrate, sender=self, dispatch_uid="decnet.sync_locales")

        # Signal receivers that keep translated pages' relations in their own language (see DEVELOPERS.md).
        from decnet import translation  # noqa: F401
        from decnet.served import record_served_document

        # What a request served (decnet.served): documents are recorded when Wagtail sends the file, after
        # every before_serve_document hook (collection restrictions…) passed; pages in wagtail_hooks.
        document_served.connect(record_served_document, dispatch_uid="decnet_record_served_document")
