from django.apps import AppConfig


class ImpactConfig(AppConfig):
    name = "impact"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Impact"

    def ready(self) -> None:
        from django.core.signals import request_finished
        from wagtail.documents.models import document_served

        from impact.services import flush_if_due
        from impact.signals import mark_served_document

        # document_served is sent after every before_serve_document hook passed (collection restrictions…).
        document_served.connect(mark_served_document, dispatch_uid="impact_mark_served_document")
        # Pending counts are written after a response has gone out, so no reader waits for the database.
        request_finished.connect(flush_if_due, dispatch_uid="impact_flush_if_due")
