from django.apps import AppConfig


class ImpactConfig(AppConfig):
    name = "impact"
    default_auto_field = "django.db.models.BigAutoField"
