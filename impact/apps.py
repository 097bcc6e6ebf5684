from django.apps import AppConfig


class ImpactConfig(AppConfig):
    name = "impact"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Impact"

    def ready(self) -> None:
        from django.core.signals import request_finished

        from impact import services

        # Pending counts are written after a response has gone out, so no reader waits for the database
        # (and by a background thread when no request comes; on SIGTERM; at exit: see impact.services).
        request_finished.connect(services.flush_if_due, dispatch_uid="impact_flush_if_due")
        if services.background_flush_enabled():
            services.flush_on_terminate()
