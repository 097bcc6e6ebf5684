"""Locale rows follow the language table (multilingual.languages): one Wagtail Locale per language.

Run by ``manage.py sync_locales`` (``make setup``) and after every ``migrate`` (so a fresh database, the test
database included, has them). Locales are only ever added: a language removed from the table keeps its
Locale, and its content, until an editor deletes them in the admin.
"""

from __future__ import annotations

from django.db import connections
from wagtail.models import Locale

from multilingual.languages import LANGUAGE_TABLE


def sync_locales(using: str = "default") -> list[str]:
    """Create the missing Locales; return the codes created."""
    existing = set(Locale.objects.using(using).values_list("language_code", flat=True))
    missing = [language.code for language in LANGUAGE_TABLE if language.code not in existing]
    Locale.objects.using(using).bulk_create([Locale(language_code=code) for code in missing])
    return missing


def sync_locales_after_migrate(sender, using: str = "default", plan=None, **kwargs) -> None:
    """post_migrate receiver: does nothing while Wagtail's tables do not exist (yet, or any more)."""
    if Locale._meta.db_table in connections[using].introspection.table_names():
        sync_locales(using)
