from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial (page forms, translations)"

    def ready(self) -> None:
        # Signal receivers that keep translated pages' relations in their own language (docs/languages.md).
        from editorial import translation  # noqa: F401
