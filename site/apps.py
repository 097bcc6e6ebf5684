from django.apps import AppConfig


class DecnetConfig(AppConfig):
    name = "decnet"
    label = "decnet"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Signal receivers that keep translated pages' relations in their own language (see DEVELOPERS.md).
        from decnet import translation  # noqa: F401
