from django.apps import AppConfig


class PageTypeConfig(AppConfig):
    """A page type that exists only in the tests: a new content type needs no edit outside its app."""

    name = "tests.pagetype"
    label = "pagetype"
    default_auto_field = "django.db.models.BigAutoField"
