from django.apps import AppConfig


class HardeningConfig(AppConfig):
    """Safe uploads, security headers, login lockout and request logs (issue 7)."""

    name = "hardening"
    verbose_name = "Hardening"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # System checks that keep the upload and serving settings from drifting back to unsafe values.
        from hardening import checks  # noqa: F401
