from django.apps import AppConfig


class HardeningConfig(AppConfig):
    """Safe uploads, security headers, login lockout and request logs (issue 7)."""

    name = "hardening"
    verbose_name = "Hardening"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # System checks that keep the upload and serving settings from drifting back to unsafe values.
        from hardening import checks  # noqa: F401
        from hardening.spreadsheet import protect_wagtail_exports

        protect_wagtail_exports()
        # A page's translations carry the page's view restrictions (hardening/restrictions.py).
        from hardening import restrictions

        restrictions.connect()
