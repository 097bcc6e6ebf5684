from django.apps import AppConfig


class TrafficConfig(AppConfig):
    name = "traffic"
    verbose_name = "Traffic (what a request served)"

    def ready(self) -> None:
        from wagtail.documents.models import document_served

        from traffic.locales import memoise_locale_lookups
        from traffic.served import record_served_document

        memoise_locale_lookups()

        # Documents are recorded when Wagtail sends the file, after every before_serve_document hook
        # (collection restrictions…) passed; pages in traffic/wagtail_hooks.py.
        document_served.connect(record_served_document, dispatch_uid="decnet_record_served_document")
