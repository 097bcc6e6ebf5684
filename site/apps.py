from django.apps import AppConfig


class DecnetConfig(AppConfig):
    name = "decnet"
    label = "decnet"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"
